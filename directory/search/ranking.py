"""Ranking and faceting in memory, on top of the Whoosh index files.

Why not Whoosh's own searcher: our tokens are character bigrams, so a five-character word is
an AND of four terms, and common bigrams (ボラ, 食堂) have posting lists as long as the
directory. Whoosh walks those lists one posting at a time in Python; at 100,000 listings that
alone was slower than SQL ``LIKE``. Here each posting list is read from the Whoosh segment
once, as a pair of numpy arrays (document numbers, term counts), and kept per segment; a query
is a handful of vectorised array operations (BM25 over the three weighted fields, boolean masks
for AND/OR and facets). Whoosh remains the store, the analyser and the locking layer.

Segments are immutable in Whoosh, so the cache is keyed by segment id: after a one-listing
update only the new small segment is read (and the deletion set of the old one), which keeps
"published → findable" well under a second even on a large index. Document numbers in a view
are global (segment offset + local number); deleted documents are masked out. After a rebuild
the folder's current index has another name (``lifecycle.current_name``); the ranker notices at
its next search and reads the new one.

Posting lists are read through ``directory.search.postings`` (the one place that knows
Whoosh's block format); everything else here is Whoosh's public reader API.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.index import FileIndex
from whoosh.reading import IndexReader

from directory.search.index import FACETS, FIELD_BOOSTS, LIST_FACETS, TEXT_FIELDS
from directory.search.lifecycle import current_name, open_index
from directory.search.postings import read_postings
from geo.distance import bounding_box, geodesic_km

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

K1, B = 1.2, 0.75
READ_ATTEMPTS = 20


@dataclass(frozen=True)
class Alternative:
    """One way a query word may appear: all of ``tokens`` in one listing, scored × ``weight``."""

    tokens: tuple[str, ...]
    weight: float = 1.0


@dataclass(frozen=True)
class TextQuery:
    """Words combine with AND; each word matches if any of its alternatives does."""

    words: tuple[tuple[Alternative, ...], ...] = ()


@dataclass(frozen=True)
class Ranked:
    listing_ids: list[int]
    total: int
    counts: dict[str, dict[str, int]]
    distances_km: dict[int, float] = field(default_factory=dict)


class _Segment:
    """What one Whoosh segment holds, as arrays (stored fields, lengths, posting lists)."""

    def __init__(self, reader: IndexReader) -> None:
        n = reader.doc_count_all()
        self.n = n
        self.listing_ids = np.zeros(n, dtype=np.int64)
        self.public = np.zeros(n, dtype=bool)
        self.lat = np.full(n, np.nan)
        self.lon = np.full(n, np.nan)
        self.sort_keys = [""] * n
        self.values: dict[str, dict[str, list[int]]] = {f: {} for f in FACETS}
        for docnum, stored in reader.iter_docs():
            self.listing_ids[docnum] = int(stored["id"])
            facets = stored.get("facets") or {}
            self.public[docnum] = facets.get("visibility") == "public"
            for name in FACETS:
                value = facets.get(name)
                values = (value or []) if name in LIST_FACETS else ([value] if value else [])
                for v in values:
                    self.values[name].setdefault(str(v), []).append(docnum)
            if point := stored.get("point"):
                self.lat[docnum], self.lon[docnum] = point
            self.sort_keys[docnum] = stored.get("sort_key", "")
        self.lengths = {
            f: np.array([reader.doc_field_length(d, f, 0) for d in range(n)], dtype=np.float64)
            for f in TEXT_FIELDS
        }
        self._postings: dict[tuple[str, str], tuple[IntArray, FloatArray]] = {}
        self._masks: dict[tuple[str, str], BoolArray] = {}
        self.sort_array = np.array(self.sort_keys, dtype=str) if n else np.zeros(0, dtype=str)

    def facet_mask(self, name: str, value: str) -> BoolArray:
        key = (name, value)
        mask = self._masks.get(key)
        if mask is None:
            mask = np.zeros(self.n, dtype=bool)
            mask[np.array(self.values[name].get(value, []), dtype=np.int64)] = True
            self._masks[key] = mask
        return mask

    def postings(
        self, reader: IndexReader, fieldname: str, term: str
    ) -> tuple[IntArray, FloatArray]:
        key = (fieldname, term)
        cached = self._postings.get(key)
        if cached is None:
            cached = read_postings(reader, fieldname, term)
            self._postings[key] = cached
        return cached


class _View:
    """The index at one generation: segments side by side with global document numbers."""

    def __init__(self, reader: IndexReader, segments: list[tuple[_Segment, IndexReader, int]]):
        self.reader = reader
        self.segments = segments
        self.n = sum(seg.n for seg, _, _ in segments)
        alive = np.ones(self.n, dtype=bool)
        for seg, leaf, offset in segments:
            if leaf.has_deletions():
                alive[offset : offset + seg.n] = False
                alive[offset + np.fromiter(leaf.all_doc_ids(), dtype=np.int64)] = True
        self.alive = alive
        self.doc_count = int(alive.sum())
        self.public = self._concat([s.public for s, _, _ in segments], bool)
        self.listing_ids = self._concat([s.listing_ids for s, _, _ in segments], np.int64)
        self.lat = self._concat([s.lat for s, _, _ in segments], np.float64)
        self.lon = self._concat([s.lon for s, _, _ in segments], np.float64)
        self.lengths = {
            f: self._concat([s.lengths[f] for s, _, _ in segments], np.float64) for f in TEXT_FIELDS
        }
        self.avg_length = {
            f: float(self.lengths[f][alive].mean()) if self.doc_count else 1.0 for f in TEXT_FIELDS
        }
        sort_keys = self._concat([s.sort_array for s, _, _ in segments], str)
        order = np.lexsort((self.listing_ids, sort_keys)) if self.n else np.zeros(0, np.int64)
        self.alpha_rank = np.empty(self.n, dtype=np.int64)
        self.alpha_rank[order] = np.arange(self.n)
        self._facets: dict[tuple[str, str], BoolArray] = {}
        self.facet_values: dict[str, set[str]] = {f: set() for f in FACETS}
        for seg, _, _ in segments:
            for name in FACETS:
                self.facet_values[name].update(seg.values[name])

    def _concat(self, parts: Sequence[Any], dtype: Any) -> Any:
        return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

    def facet(self, name: str, value: str) -> BoolArray:
        key = (name, value)
        mask = self._facets.get(key)
        if mask is None:
            mask = self._concat([s.facet_mask(name, value) for s, _, _ in self.segments], bool)
            self._facets[key] = mask
        return mask

    def term(self, token: str) -> tuple[BoolArray, FloatArray]:
        """Which documents contain ``token`` in any field, and its BM25F contribution."""
        hit = np.zeros(self.n, dtype=bool)
        score = np.zeros(self.n)
        df = 0
        parts = []
        for seg, leaf, offset in self.segments:
            for f in TEXT_FIELDS:
                ids, tf = seg.postings(leaf, f, token)
                if len(ids):
                    parts.append((f, ids + offset, tf))
        for _f, ids, _tf in parts:
            hit[ids] = True
        df = int(np.count_nonzero(hit & self.alive))
        if df == 0:
            return hit, score
        idf = math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5))
        for f, ids, tf in parts:
            norm = K1 * (1 - B + B * self.lengths[f][ids] / max(self.avg_length[f], 1.0))
            score[ids] += FIELD_BOOSTS[f] * idf * tf * (K1 + 1) / (tf + norm)
        return hit, score


class Ranker:
    """Searches one index folder; safe to share between threads of one process."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.RLock()
        self._index: FileIndex | None = None
        self._name = ""
        self._view: _View | None = None
        self._segments: dict[str, _Segment] = {}

    def _current(self) -> _View:
        for attempt in range(READ_ATTEMPTS):
            try:
                name = current_name(self.directory)
                if self._index is None or name != self._name:
                    # First use, or a rebuild made another index current: start afresh.
                    self._index, self._name = open_index(self.directory), name
                    self._segments = {}
                    if self._view is not None:
                        self._view.reader.close()
                        self._view = None
                latest = self._index.latest_generation()
                if self._view is not None and self._view.reader.generation() == latest:
                    return self._view
                reader = self._index.reader()
                break
            except FileNotFoundError:
                # Another process committed and removed the files we were about to read.
                self._index = None
                if attempt == READ_ATTEMPTS - 1:
                    raise
                time.sleep(0.01)
        leaves = reader.leaf_readers()
        segments = []
        keep: dict[str, _Segment] = {}
        for leaf, offset in leaves:
            segid = leaf.segment().segment_id()
            seg = self._segments.get(segid) or _Segment(leaf)
            keep[segid] = seg
            segments.append((seg, leaf, offset))
        old = self._view
        self._view = _View(reader, segments)
        self._segments = keep
        if old is not None:
            old.reader.close()
        return self._view

    def refresh(self) -> None:
        """Bring the in-memory view up to the newest index generation (also done per search)."""
        with self._lock:
            self._current()

    def close(self) -> None:
        with self._lock:
            if self._view is not None:
                self._view.reader.close()
            self._view = None
            self._segments = {}
            self._index = None

    def search(
        self,
        query: TextQuery,
        filters: Mapping[str, Sequence[str]],
        *,
        public_only: bool,
        origin: tuple[float, float] | None = None,
        by_distance: bool = False,
        within_km: float | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> Ranked:
        with self._lock:
            view = self._current()
            base = view.alive.copy()
            if public_only:
                base &= view.public
            scores = np.zeros(view.n)
            for alternatives in query.words:
                # A word scores by its best alternative, so a listing that uses the very word
                # typed is not outranked by one that merely also uses its synonyms.
                word_hit = np.zeros(view.n, dtype=bool)
                word_score = np.zeros(view.n)
                for alt in alternatives:
                    alt_hit = np.ones(view.n, dtype=bool)
                    alt_score = np.zeros(view.n)
                    for token in alt.tokens:
                        hit, score = view.term(token)
                        alt_hit &= hit
                        alt_score += score
                    word_hit |= alt_hit
                    np.maximum(
                        word_score, np.where(alt_hit, alt_score * alt.weight, 0.0), out=word_score
                    )
                scores += word_score
                base &= word_hit

            distances = np.full(view.n, np.inf)
            if origin is not None and within_km is not None:
                # The radius is a filter like a facet: it narrows the counts too. A cheap
                # rectangle first, then exact distances for the listings inside it.
                box = bounding_box(origin[0], origin[1], within_km)
                candidates = np.flatnonzero(base & box.contains(view.lat, view.lon))
                distances[candidates] = _geodesic(origin, view, candidates)
                base &= distances <= within_km

            facet_masks = {
                name: _any_of(view, name, values) for name, values in filters.items() if values
            }
            matched = base.copy()
            for mask in facet_masks.values():
                matched &= mask
            counts = _counts(view, base, facet_masks)

            hits = np.flatnonzero(matched)
            if origin is not None and within_km is None:
                distances[hits] = _geodesic(origin, view, hits)
            keys: tuple[Any, ...]
            if by_distance and origin is not None:
                keys = (view.alpha_rank[hits], -scores[hits], distances[hits])
            elif query.words:
                keys = (view.alpha_rank[hits], -scores[hits])
            else:
                keys = (view.alpha_rank[hits],)
            order = hits[np.lexsort(keys)] if len(hits) else hits
            page = order[offset : offset + limit]
            ids = [int(view.listing_ids[i]) for i in page]
            dist = (
                {
                    int(view.listing_ids[i]): float(distances[i])
                    for i in page
                    if np.isfinite(distances[i])
                }
                if origin is not None
                else {}
            )
            return Ranked(listing_ids=ids, total=len(hits), counts=counts, distances_km=dist)


def _any_of(view: _View, name: str, values: Sequence[str]) -> BoolArray:
    mask = np.zeros(view.n, dtype=bool)
    for value in values:
        mask |= view.facet(name, value)
    return mask


def _counts(
    view: _View, base: BoolArray, facet_masks: Mapping[str, BoolArray]
) -> dict[str, dict[str, int]]:
    """Per facet value, how many results there would be with that value chosen.

    A facet's own selection is left out of its counts (choosing 火曜 must not make 水曜 read
    0), the other facets' selections apply.
    """
    counts: dict[str, dict[str, int]] = {}
    for name in FACETS:
        others = base.copy()
        for other, mask in facet_masks.items():
            if other != name:
                others &= mask
        counts[name] = {
            value: int(np.count_nonzero(others & view.facet(name, value)))
            for value in sorted(view.facet_values[name])
        }
    return counts


def _geodesic(origin: tuple[float, float], view: _View, rows: IntArray) -> FloatArray:
    """Distances on the ellipsoid (as geopy's geodesic) to ``rows``; no coordinates → inf."""
    km = geodesic_km(origin[0], origin[1], view.lat[rows], view.lon[rows])
    result: FloatArray = np.where(np.isnan(km), np.inf, km)
    return result
