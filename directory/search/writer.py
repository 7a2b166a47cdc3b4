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

import zlib
from array import array
from collections import Counter
from collections.abc import Iterator
from itertools import count, repeat
from pickle import dumps
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3PostingsWriter, W3TermInfo, length_to_byte
from whoosh.formats import Frequency
from whoosh.index import FileIndex
from whoosh.system import pack_int, pack_uint, pack_ushort
from whoosh.writing import SegmentWriter

from directory.search.analyzer import BigramTokenizer, cached_index_token_bytes

Posting = tuple[str, bytes, int, float, bytes | None]
Value = tuple[float, bytes | None]  # a posting's weight and encoded value
# A term's postings: its bytes, document numbers in order, and value ids (``MemoryPool.values``).
TermPostings = tuple[bytes, list[int], list[int]]


class _FieldPostings:
    """One field's postings as three flat arrays (term id, document, value id)."""

    def __init__(self) -> None:
        self.term_ids: dict[bytes, int] = {}
        self._next_id = count()  # ids are unique, not dense: setdefault consumes one per call
        self.terms = array("q")
        self.docs = array("q")
        self.values = array("q")

    def add(self, docnum: int, terms: Any, values: Any, n: int) -> None:
        """``n`` postings of one document; ``terms`` and ``values`` iterables of that length.
        Every step runs in C (map over dict.setdefault, array.extend)."""
        self.terms.extend(map(self.term_ids.setdefault, terms, self._next_id))
        self.docs.extend(repeat(docnum, n))
        self.values.extend(values)

    def sorted_terms(self) -> Iterator[TermPostings]:
        """Terms in byte order, each with its postings in document order."""
        if not self.terms:
            return
        terms = np.frombuffer(self.terms, dtype=np.int64)
        docs = np.frombuffer(self.docs, dtype=np.int64)
        order = np.lexsort((docs, terms))  # by term, then document (merged segments interleave)
        terms = terms[order]
        starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
        bounds = [*starts.tolist(), len(terms)]
        doc_list = docs[order].tolist()
        value_list = np.frombuffer(self.values, dtype=np.int64)[order].tolist()
        key_of = {i: key for key, i in self.term_ids.items()}
        keys = [key_of[i] for i in terms[starts].tolist()]
        for j in sorted(range(len(keys)), key=keys.__getitem__):
            a, b = bounds[j], bounds[j + 1]
            yield keys[j], doc_list[a:b], value_list[a:b]


class MemoryPool:
    """Postings by field in flat arrays, in memory (what ``SegmentWriter`` needs of a pool)."""

    def __init__(self) -> None:
        self.fieldnames: set[str] = set()
        self.fields: dict[str, _FieldPostings] = {}
        self.values: list[Value] = []  # value id → (weight, value bytes)
        self._value_ids: dict[Value, int] = {}

    def value_id(self, weight: float, vbytes: bytes | None) -> int:
        pair = (weight, vbytes)
        found = self._value_ids.get(pair)
        if found is None:
            found = self._value_ids[pair] = len(self.values)
            self.values.append(pair)
        return found

    def field(self, fieldname: str) -> _FieldPostings:
        postings = self.fields.get(fieldname)
        if postings is None:
            self.fieldnames.add(fieldname)
            postings = self.fields[fieldname] = _FieldPostings()
        return postings

    def add(self, item: Posting) -> None:
        """One posting (Whoosh's merge of an older segment sends them this way)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.field(fieldname).add(docnum, (tbytes,), (self.value_id(weight, vbytes),), 1)

    def iter_terms(self) -> Iterator[tuple[str, Iterator[TermPostings]]]:
        for fieldname in sorted(self.fields):
            yield fieldname, self.fields[fieldname].sorted_terms()

    def iter_postings(self) -> Iterator[Posting]:
        values = self.values
        for fieldname, terms in self.iter_terms():
            for tbytes, docnums, value_ids in terms:
                for docnum, value_id in zip(docnums, value_ids, strict=True):
                    weight, vbytes = values[value_id]
                    yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self) -> None:
        self.fields.clear()


class _Frequencies(dict[int, int]):
    """Term count → the id of the posting value Whoosh's ``Frequency`` format gives it."""

    def __init__(self, pool: MemoryPool, boost: float) -> None:
        super().__init__()
        self.pool, self.boost = pool, boost

    def __missing__(self, n: int) -> int:
        value = self[n] = self.pool.value_id(float(n) * self.boost, pack_uint(n))
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
                    counts = Counter(cached_index_token_bytes(value))
                    values = self._frequencies(field.format.field_boost)
                    self.pool.field(name).add(
                        docnum, counts, map(values.__getitem__, counts.values()), len(counts)
                    )
                    if field.scorable:
                        length = sum(counts.values())
                elif field.indexed:
                    items = list(field.index(value))
                    pool = self.pool
                    pool.field(name).add(
                        docnum,
                        [t for t, _, _, _ in items],
                        [pool.value_id(w, v) for _, _, w, v in items],
                        len(items),
                    )
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
        """What ``FieldWriter.add_postings`` does, a term at a time (``_write_term``)."""
        writer, docs = self.fieldwriter, range(self.docnum)
        values = self.pool.values
        weights = [weight for weight, _ in values]
        # What a weight reads back as: the codec keeps them in an array of C floats.
        stored_weights = array("f", weights).tolist()
        value_bytes = [vbytes for _, vbytes in values]
        for fieldname, terms in self.pool.iter_terms():
            field = self.schema[fieldname]
            lengths = (
                [reader.doc_field_length(d, fieldname, 0) for d in docs]
                if reader is not None and field.scorable
                else None
            )
            writer.start_field(fieldname, field)
            direct = type(getattr(writer, "_postwriter", None)) is W3PostingsWriter
            table = _ValueTable(weights, stored_weights, value_bytes, field.format)
            for tbytes, docnums, value_ids in terms:
                if direct:
                    _write_term(writer, tbytes, docnums, value_ids, table, lengths)
                    continue
                writer.start_term(tbytes)
                for docnum, value_id in zip(docnums, value_ids, strict=True):
                    weight, vbytes = values[value_id]
                    length = lengths[docnum] if lengths is not None else 0
                    writer.add(docnum, weight, vbytes or b"", length)
                writer.finish_term()
            writer.finish_field()


class _ValueTable:
    """Posting values by id, as the block encoder needs them."""

    def __init__(
        self,
        weights: list[float],
        stored_weights: list[float],
        value_bytes: list[bytes | None],
        format_: Any,
    ) -> None:
        self.weights, self.stored_weights, self.value_bytes = weights, stored_weights, value_bytes
        self.fixed_size = format_.fixed_value_size()


def _write_term(
    writer: Any,
    tbytes: bytes,
    docnums: list[int],
    value_ids: list[int],
    table: _ValueTable,
    lengths: list[int] | None,
) -> None:
    """``start_term``, one ``add`` per posting and ``finish_term`` of Whoosh's
    ``W3FieldWriter``/``W3PostingsWriter``, in one pass over the term's postings.

    Writes the same bytes Whoosh writes (``tests/directory/search/test_writer.py`` compares the
    postings and term files): per block of up to ``blocklimit`` postings, a length, a pickled
    info tuple and the pickled (and compressed) ids, weights and values; the first block of a
    term is preceded by the magic number; the term-table entry carries the term's statistics
    and where its blocks are. What it saves is Whoosh's per-posting method calls and per-block
    buffers (about a third of writing a 10,000-listing segment).
    """
    postings = writer._postwriter
    limit, level = postings._blocklimit, postings._compression
    weights, stored, value_bytes = table.weights, table.stored_weights, table.value_bytes
    fixed_size = table.fixed_size
    postfile = postings._postfile
    start = postfile.tell()
    info = W3TermInfo()
    parts = [WHOOSH3_HEADER_MAGIC]
    total = len(docnums)
    for first in range(0, total, limit):
        ids = docnums[first : first + limit]
        chunk = value_ids[first : first + limit]
        block_stored = [stored[v] for v in chunk]
        top = max([weights[v] for v in chunk])
        max_weight = top if top > 0 else 0
        short: int | None = None
        long_ = 0
        if lengths is not None:
            found = [length for docnum in ids if (length := lengths[docnum])]
            if found:
                short, long_ = min(found), max(found)
        # W3TermInfo.add_block
        info._weight += sum(block_stored)
        info._df += len(ids)
        info._minlength = short if info._minlength is None else min(info._minlength, short)
        info._maxlength = max(info._maxlength, long_)
        info._maxweight = max(info._maxweight, max_weight)
        if info._minid is None:
            info._minid = ids[0]
        info._maxid = ids[-1]
        # W3PostingsWriter._mini_ids, _mini_weights, _mini_values
        mini_ids = (ids[0], *[b - a for a, b in zip(ids, ids[1:], strict=False)])
        head = block_stored[0]
        if head == 1.0 and block_stored.count(1.0) == len(block_stored):
            mini_weights: Any = None
        elif block_stored.count(head) == len(block_stored):
            mini_weights = head
        else:
            mini_weights = tuple(block_stored)
        present = [vbytes for v in chunk if (vbytes := value_bytes[v])]
        if fixed_size is None or fixed_size < 0:
            mini_values: Any = tuple(present)
        elif fixed_size == 0:
            mini_values = None
        else:
            mini_values = b"".join(present)
        data = dumps((mini_ids, mini_weights, mini_values), 2)
        if level:
            data = zlib.compress(data, level)
        head_bytes = dumps(
            (len(ids), ids[-1], max_weight, level, length_to_byte(short), length_to_byte(long_)),
            2,
        )
        size = len(head_bytes) + len(data)
        parts += (pack_int(-size if first + limit >= total else size), head_bytes, data)
    blob = b"".join(parts)
    postfile.write(blob)
    info.set_extent(start, len(blob))
    writer._tindex.add(pack_ushort(writer._fieldid) + tbytes, info.to_bytes())
