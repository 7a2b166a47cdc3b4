"""A Whoosh segment writer that keeps postings in memory: the same segment files, written faster.

Whoosh's ``SegmentWriter`` sends every posting (term, document, weight, value) through
``PostingPool``, which estimates its size, pickles it into temporary "run" files once 128 MB
of estimates are reached, and merges the runs back with a heap at commit — then the codec
asks the per-document lengths column for the length of each posting's document, one posting
at a time. Profiling the 10,000-listing import benchmark (about 100 postings a listing) showed
those three steps taking two thirds of the index phase.

Main decision: postings are grouped by (field, term) in memory as they arrive, with the
documents of a term in plain lists and each distinct (weight, value) pair stored once, so a
posting costs a few bytes rather than a pickled tuple; at commit the terms are sorted once
and each term's documents are already in order (documents are numbered as they are added).
Field lengths are read once per document and field into a list. The codec, the file format
and the segment are Whoosh's own, so readers (``directory.search.ranking``) see no difference.

Memory: roughly 20 bytes a posting, i.e. about 2 MB per 1,000 listings, instead of Whoosh's
bounded pool; a directory of 100,000 listings stays near 200 MB during a rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.formats import Frequency
from whoosh.index import FileIndex
from whoosh.system import pack_uint
from whoosh.writing import SegmentWriter

from directory.search.analyzer import BigramTokenizer, cached_index_tokens

Posting = tuple[str, bytes, int, float, bytes | None]
Value = tuple[float, bytes | None]  # a posting's weight and encoded value
Entry = tuple[int, Value]


class MemoryPool:
    """Postings grouped by field and term, in memory (what ``SegmentWriter`` needs of a pool)."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        # field → term → (document numbers, (weight, value) pairs); equal pairs are one object
        self.terms: dict[str, dict[bytes, tuple[list[int], list[Value]]]] = {}
        self._values: dict[Value, Value] = {}

    def value(self, weight: float, vbytes: bytes | None) -> Value:
        """The shared (weight, value) pair: a posting then costs a pointer, not a tuple."""
        pair = (weight, vbytes)
        return self._values.setdefault(pair, pair)

    def add(self, item: Posting) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        self.add_terms(fieldname, docnum, [(tbytes, self.value(weight, vbytes))])

    def add_terms(self, fieldname: str, docnum: int, items: Iterable[tuple[bytes, Value]]) -> None:
        """One document's postings in one field (values from :meth:`value`)."""
        terms = self.terms.get(fieldname)
        if terms is None:
            self.fieldnames.add(fieldname)
            terms = self.terms[fieldname] = {}
        for tbytes, value in items:
            entry = terms.get(tbytes)
            if entry is None:
                terms[tbytes] = ([docnum], [value])
            else:
                entry[0].append(docnum)
                entry[1].append(value)

    def iter_terms(self) -> Iterator[tuple[str, Iterator[tuple[bytes, Iterable[Entry]]]]]:
        """Fields in order, each with its terms in order, each with (docnum, value) pairs."""
        for fieldname in sorted(self.terms):
            yield fieldname, self._field_terms(self.terms[fieldname])

    @staticmethod
    def _field_terms(
        terms: dict[bytes, tuple[list[int], list[Value]]],
    ) -> Iterator[tuple[bytes, Iterable[Entry]]]:
        for tbytes in sorted(terms):
            docnums, values = terms[tbytes]
            pairs: Iterable[Entry] = zip(docnums, values, strict=True)
            if any(a >= b for a, b in zip(docnums, docnums[1:], strict=False)):
                pairs = sorted(pairs)  # documents merged from older segments come unordered
            yield tbytes, pairs

    def iter_postings(self) -> Iterator[Posting]:
        for fieldname, terms in self.iter_terms():
            for tbytes, pairs in terms:
                for docnum, (weight, vbytes) in pairs:
                    yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self) -> None:
        self.terms.clear()


class _Frequencies(dict[int, Value]):
    """Term count → the posting value Whoosh's ``Frequency`` format gives it (weight, bytes)."""

    def __init__(self, pool: MemoryPool, boost: float) -> None:
        super().__init__()
        self.pool, self.boost = pool, boost

    def __missing__(self, count: int) -> Value:
        value = self[count] = self.pool.value(float(count) * self.boost, pack_uint(count))
        return value


def _plain(field: Any) -> bool:
    """Whether ``field`` is indexed the way :meth:`MemorySegmentWriter.add_document` can do
    itself: counts of :func:`cached_index_tokens`, nothing else per document."""
    return (
        type(field.format) is Frequency
        and isinstance(field.analyzer, BigramTokenizer)
        and not field.vector
        and not field.separate_spelling()
        and field.column_type is None
    )


class MemorySegmentWriter(SegmentWriter):  # type: ignore[misc]
    """``SegmentWriter`` with :class:`MemoryPool`, its own posting loop (module docstring)."""

    def __init__(self, ix: FileIndex, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = MemoryPool()
        self._plain = {name: _plain(field) for name, field in self.schema.items()}
        self._frequency_tables: dict[float, _Frequencies] = {}

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``add_document`` with bigram fields counted in one pass (module docstring);
        any other field, or any boost or custom stored value, takes Whoosh's own path."""
        schema = self.schema
        names = sorted(fields)
        if any(name.startswith("_") for name in names):
            super().add_document(**fields)
            return
        self._check_state()
        self._check_fields(schema, names)
        docnum, perdoc = self.docnum, self.perdocwriter
        perdoc.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if self._plain.get(name):
                    counts = Counter(cached_index_tokens(value))
                    values = self._frequencies(field.format.field_boost)
                    self.pool.add_terms(
                        name, docnum, [(t.encode(), values[n]) for t, n in counts.items()]
                    )
                    if field.scorable:
                        length = sum(counts.values())
                elif field.indexed:
                    items = list(field.index(value))
                    pool = self.pool
                    pool.add_terms(name, docnum, [(t, pool.value(w, v)) for t, _, w, v in items])
                    if field.scorable:
                        length = sum(freq for _, freq, _, _ in items)
                perdoc.add_field(name, field, value if field.stored else None, length)
                if field.column_type is not None:
                    perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def prepare_commit(self) -> list[Any]:
        """What ``commit()`` does before the table of contents: merge small segments into
        this one and write its files; returns the segment list :meth:`finish_commit` lists.
        Nothing is visible to readers yet (``directory.search.background`` runs this while
        the database transaction is still open)."""
        self._check_state()
        segments: list[Any] = self._merge_segments(None, None, None)
        if self._added:
            segments.append(self._finalize_segment())
        else:
            self._close_segment()
        return segments

    def finish_commit(self, segments: list[Any]) -> None:
        """Publish what :meth:`prepare_commit` wrote (the rest of ``commit()``)."""
        self._commit_toc(segments)
        self._finish()

    def _frequencies(self, boost: float) -> _Frequencies:
        table = self._frequency_tables.get(boost)
        if table is None:
            table = self._frequency_tables[boost] = _Frequencies(self.pool, boost)
        return table

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        reader = self.per_document_reader() if self.codec.length_stats else None
        try:
            self._write_postings(reader)
        finally:
            self.fieldwriter.close()
            if reader is not None:
                reader.close()

    def _write_postings(self, reader: Any) -> None:
        """What ``FieldWriter.add_postings`` does, per term rather than per posting."""
        writer, docs = self.fieldwriter, range(self.docnum)
        for fieldname, terms in self.pool.iter_terms():
            field = self.schema[fieldname]
            lengths = (
                [reader.doc_field_length(d, fieldname, 0) for d in docs]
                if reader is not None and field.scorable
                else None
            )
            writer.start_field(fieldname, field)
            blocks = type(getattr(writer, "_postwriter", None)) is W3PostingsWriter
            for tbytes, pairs in terms:
                writer.start_term(tbytes)
                if blocks:
                    _add_blocks(writer._postwriter, list(pairs), lengths)
                else:
                    for docnum, (weight, vbytes) in pairs:
                        length = lengths[docnum] if lengths is not None else 0
                        writer.add(docnum, weight, vbytes or b"", length)
                writer.finish_term()
            writer.finish_field()


def _add_blocks(postings: W3PostingsWriter, pairs: list[Entry], lengths: list[int] | None) -> None:
    """``W3PostingsWriter.add_posting`` for a term's postings, a block at a time.

    Fills the writer's block buffers (ids, weights, values, length and weight statistics)
    exactly as that many ``add_posting`` calls would, and writes a full block where the next
    call would (before adding to it), so the postings file is byte for byte Whoosh's
    (``tests/directory/search/test_writer.py`` compares them).
    """
    limit = postings._blocklimit
    for start in range(0, len(pairs), limit):
        if start:
            postings._write_block()
        chunk = pairs[start : start + limit]
        weights = [weight for _, (weight, _) in chunk]
        postings._ids.extend([docnum for docnum, _ in chunk])
        postings._weights.extend(weights)
        postings._maxweight = max(postings._maxweight, *weights)
        postings._values.extend([vbytes for _, (_, vbytes) in chunk if vbytes])
        if lengths is not None:
            found = [length for docnum, _ in chunk if (length := lengths[docnum])]
            if found:
                low = min(found)
                if postings._minlength is None or low < postings._minlength:
                    postings._minlength = low
                postings._maxlength = max(postings._maxlength, *found)
