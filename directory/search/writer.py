"""A Whoosh segment writer that keeps postings in memory: the same segment files, written faster.

Whoosh's ``SegmentWriter`` sends every posting (term, document, weight, value) through
``PostingPool``, which estimates its size, pickles it into temporary "run" files once 128 MB
of estimates are reached, and merges the runs back with a heap at commit — then the codec
asks the per-document lengths column for the length of each posting's document, one posting
at a time. Profiling the 10,000-listing import benchmark (about 100 postings a listing) showed
those three steps taking two thirds of the index phase.

Main decision: each field's postings are three flat integer arrays (term id, document, value
id) filled in C as documents arrive (``map`` over ``dict.setdefault``, ``array.extend``); each
distinct (weight, value) pair is stored once. At commit numpy sorts a field's postings by term
and document and computes every block's statistics, id deltas and value bytes at once; what is
left per block is Whoosh's own encoding (pickle, zlib) in :func:`_write_field`. The codec, the
file format and the bytes are Whoosh's (``tests/directory/search/test_writer.py`` compares the
postings and term files with Whoosh's writer), so readers (``directory.search.ranking``) see no
difference. The 10,000 documents of the import benchmark, measured in one process with the
collector paused: Whoosh's ``SegmentWriter`` adds them in 4.5 s and commits in 5.3 s; this
writer in 0.75 s and 0.54 s.

Memory: 24 bytes a posting in the arrays (plus the term table), about 2.5 MB per 1,000
listings, instead of Whoosh's bounded pool.
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
from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3PostingsWriter, W3TermInfo, length_to_byte
from whoosh.formats import Existence, Frequency
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


_COUNTED = "counted"  # bigram text: counts of cached_index_tokens
_WHOLE = "whole"  # an ID field: the value is the term
_OTHER = "other"  # anything else: Whoosh's field.index


def _kind(field: Any) -> str:
    """How :meth:`MemorySegmentWriter.add_document` indexes ``field`` itself (or not)."""
    plain = not field.vector and not field.separate_spelling() and field.column_type is None
    if plain and type(field.format) is Frequency and isinstance(field.analyzer, BigramTokenizer):
        return _COUNTED
    if (
        plain
        and type(field.format) is Existence
        and field.format.field_boost == 1.0
        and type(field.analyzer) is IDTokenizer
    ):
        return _WHOLE
    return _OTHER


class MemorySegmentWriter(SegmentWriter):  # type: ignore[misc]
    """``SegmentWriter`` with :class:`MemoryPool`, its own posting loop (module docstring)."""

    def __init__(self, ix: FileIndex, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.pool = MemoryPool()
        self._kinds = {name: _kind(field) for name, field in self.schema.items()}
        self._existence = (self.pool.value_id(1.0, b""),)
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
                kind = self._kinds[name]
                if kind is _COUNTED:
                    counts = Counter(cached_index_token_bytes(value))
                    values = self._frequencies(field.format.field_boost)
                    self.pool.field(name).add(
                        docnum, counts, map(values.__getitem__, counts.values()), len(counts)
                    )
                    if field.scorable:
                        length = sum(counts.values())
                elif kind is _WHOLE and isinstance(value, str):
                    # IDTokenizer + Existence: the value itself is the one term (what
                    # field.index yields for it, without its generators).
                    self.pool.field(name).add(docnum, (value.encode(),), self._existence, 1)
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
        """What ``FieldWriter.add_postings`` does, a field at a time (``_write_field``)."""
        writer, docs = self.fieldwriter, range(self.docnum)
        values = self.pool.values
        for fieldname, postings in sorted(self.pool.fields.items()):
            field = self.schema[fieldname]
            lengths = (
                [reader.doc_field_length(d, fieldname, 0) for d in docs]
                if reader is not None and field.scorable
                else None
            )
            writer.start_field(fieldname, field)
            if type(getattr(writer, "_postwriter", None)) is W3PostingsWriter:
                _write_field(writer, postings, values, field.format.fixed_value_size(), lengths)
            else:
                for tbytes, docnums, value_ids in postings.sorted_terms():
                    writer.start_term(tbytes)
                    for docnum, value_id in zip(docnums, value_ids, strict=True):
                        weight, vbytes = values[value_id]
                        length = lengths[docnum] if lengths is not None else 0
                        writer.add(docnum, weight, vbytes or b"", length)
                    writer.finish_term()
            writer.finish_field()


def _write_field(
    writer: Any,
    postings: _FieldPostings,
    values: list[Value],
    fixed_size: int | None,
    lengths: list[int] | None,
) -> None:
    """Every term of a field as Whoosh's ``W3FieldWriter`` writes it — ``start_term``, one
    ``add`` per posting, ``finish_term`` — with the per-posting work done on arrays.

    The bytes are Whoosh's (``tests/directory/search/test_writer.py`` compares the postings
    and term files): per block of up to ``blocklimit`` postings, a length, a pickled info tuple
    (count, last id, top weight, compression, shortest and longest field length as bytes) and
    the pickled, compressed (delta-encoded ids, weights, values); a term's first block is
    preceded by the magic number; its term-table entry carries its statistics and extent.
    Block statistics, deltas and value bytes are computed for the whole field with numpy; what
    stays per block is pickling and compressing (about a third of the time Whoosh's per-posting
    calls took on a 10,000-listing segment).
    """
    if not postings.terms:
        return
    pw = writer._postwriter
    limit, level = pw._blocklimit, pw._compression
    postfile, tindex, prefix = pw._postfile, writer._tindex, pack_ushort(writer._fieldid)

    terms = np.frombuffer(postings.terms, dtype=np.int64)
    docs = np.frombuffer(postings.docs, dtype=np.int64)
    order = np.lexsort((docs, terms))  # by term, then document (merged segments interleave)
    terms, docs = terms[order], docs[order]
    value_ids = np.frombuffer(postings.values, dtype=np.int64)[order]
    total = len(terms)
    starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
    ends = np.append(starts[1:], total)
    # Blocks: each term's postings cut every ``limit``.
    per_term = (ends - starts + limit - 1) // limit
    block_term = np.repeat(np.arange(len(starts)), per_term)
    first_block = np.cumsum(per_term) - per_term
    block_start = (
        starts[block_term] + (np.arange(len(block_term)) - first_block[block_term]) * limit
    )
    block_end = np.minimum(block_start + limit, ends[block_term])

    raw_weights = np.array([weight for weight, _ in values], dtype=np.float64)[value_ids]
    # What a weight reads back as: the codec keeps a block's weights in an array of C floats.
    stored = raw_weights.astype(np.float32).astype(np.float64)
    top = np.maximum.reduceat(raw_weights, block_start).tolist()
    low_w = np.minimum.reduceat(stored, block_start).tolist()
    high_w = np.maximum.reduceat(stored, block_start).tolist()
    if lengths is not None:
        # A missing length reads as None; the codec skips it like 0 (``if length:``).
        field_lengths = np.asarray([n or 0 for n in lengths], dtype=np.int64)[docs]
        unset = np.iinfo(np.int64).max
        shortest = np.minimum.reduceat(
            np.where(field_lengths > 0, field_lengths, unset), block_start
        ).tolist()
        longest = np.maximum.reduceat(field_lengths, block_start).tolist()
        short = [None if n == unset else n for n in shortest]
    else:
        short = [None] * len(block_start)
        longest = [0] * len(block_start)
    deltas = docs.copy()
    deltas[1:] -= docs[:-1]
    deltas[block_start] = docs[block_start]

    encoded = [vbytes for _, vbytes in values]
    value_blob: bytes | None = None
    if fixed_size is not None and fixed_size > 0:
        # The pool's value table serves every field; only this field's values must fit.
        fits = np.array([v is not None and len(v) == fixed_size for v in encoded])
        if fits[value_ids].all():
            padding = bytes(fixed_size)
            joined = b"".join(
                [
                    v if v is not None and ok else padding
                    for v, ok in zip(encoded, fits, strict=True)
                ]
            )
            table = np.frombuffer(joined, dtype=np.uint8).reshape(-1, fixed_size)
            value_blob = table[value_ids].tobytes()
    value_list = value_ids.tolist()
    size_ = fixed_size or 0

    ids, delta_list, weight_list = docs.tolist(), deltas.tolist(), stored.tolist()
    bstart, bend = block_start.tolist(), block_end.tolist()
    first_block_list = first_block.tolist()
    per_term_list = per_term.tolist()
    key_of = {i: key for key, i in postings.term_ids.items()}
    keys = [key_of[i] for i in terms[starts].tolist()]
    byte_of = {n: length_to_byte(n) for n in {*short, *longest}}
    offset = postfile.tell()
    blobs: list[bytes] = []
    for j in sorted(range(len(keys)), key=keys.__getitem__):
        info = W3TermInfo()
        parts = [WHOOSH3_HEADER_MAGIC]
        last = first_block_list[j] + per_term_list[j] - 1
        for b in range(first_block_list[j], last + 1):
            a, e = bstart[b], bend[b]
            block_weights = weight_list[a:e]
            max_weight = top[b] if top[b] > 0 else 0
            # W3TermInfo.add_block
            info._weight += sum(block_weights)
            info._df += e - a
            info._minlength = (
                short[b] if info._minlength is None else min(info._minlength, short[b])
            )
            info._maxlength = max(info._maxlength, longest[b])
            info._maxweight = max(info._maxweight, max_weight)
            if info._minid is None:
                info._minid = ids[a]
            info._maxid = ids[e - 1]
            # W3PostingsWriter._mini_ids, _mini_weights, _mini_values
            if low_w[b] != high_w[b]:
                mini_weights: Any = tuple(block_weights)
            elif low_w[b] == 1.0:
                mini_weights = None
            else:
                mini_weights = low_w[b]
            if value_blob is not None:
                mini_values: Any = value_blob[a * size_ : e * size_]
            elif fixed_size == 0:
                mini_values = None
            else:
                present = [v for i in value_list[a:e] if (v := encoded[i])]
                mini_values = (
                    tuple(present) if fixed_size is None or fixed_size < 0 else b"".join(present)
                )
            data = dumps((tuple(delta_list[a:e]), mini_weights, mini_values), 2)
            if level:
                data = zlib.compress(data, level)
            head = dumps(
                (e - a, ids[e - 1], max_weight, level, byte_of[short[b]], byte_of[longest[b]]),
                2,
            )  # fmt: skip
            size = len(head) + len(data)
            parts += (pack_int(-size if b == last else size), head, data)
        blob = b"".join(parts)
        blobs.append(blob)
        info.set_extent(offset, len(blob))
        offset += len(blob)
        tindex.add(prefix + keys[j], info.to_bytes())
    postfile.write(b"".join(blobs))  # the extents above count from where the field began
