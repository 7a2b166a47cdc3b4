"""Ranking and faceting in memory, on top of the Whoosh index files.

Why not Whoosh's own searcher: our tokens are character bigrams, so a five-character word is
an AND of four terms, and common bigrams (ボラ, 食堂) have posting lists as long as the
directory. Whoosh walks those lists one posting at a time in Python; at 100,000 listings that
alone was slower than SQL ``LIKE``. Here each posting list is read from the Whoosh segment
once, as a pair of numpy arrays (document numbers, term counts), and kept per segment; a query
is a handful of vectorised array operations: BM25 over the three weighted fields on the
documents each token finds (a word's tokens are ANDed by looking the shorter list up in the
longer, so a word costs what it finds, not the size of the directory), then boolean masks for
the words together, the facets and their counts. Whoosh remains the store, the analyser and
the locking layer.

Segments are immutable in Whoosh, so the cache is keyed by segment id: after a one-listing
update only the new small segment is read (and the deletion set of the old one), which keeps
"published → findable" well under a second even on a large index. Document numbers in a view
are global (segment offset + local number); deleted documents are masked out. After a rebuild
the folder's current index has another name (``lifecycle.current_name``); the ranker notices at
its next search and reads the new one. A folder without an index (never built, or removed, until
it is rebuilt) is searched as an empty one, and says so (``Ranker.missing``): a search finds
nothing rather than failing, the health check reports the index missing, and the web app answers
such a search as unavailable rather than empty (``webapp.search.SearchUnavailable``).

Posting lists are read through ``directory.search.postings`` (the one place that knows
Whoosh's block format); everything else here is Whoosh's public reader API.

A word of three or more characters must occur *as a whole*: its bigrams select the candidates,
then the stored normalised text (or reading) of each candidate is checked for the word, once
per word and index generation — so 「ボランテア」 no longer matches a listing where ボラ, ラン,
ンテ and テア come from different words. When all the words together find fewer than
``FEW`` listings (a page) and the query allows it,
listings that match some of the words follow, ranked
by how many matched (:class:`Ranked` says how many matched all). The view also answers
:class:`Lexicon` questions for query understanding: how many listings contain a word, and
which words of the index's vocabulary are one character away from a word that found nothing.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from whoosh.filedb.filestore import RamStorage
from whoosh.index import FileIndex
from whoosh.reading import IndexReader

from directory.ages import ADULT_AGE, MAX_AGE, age_of_key, target_fit
from directory.search.analyzer import mark_options
from directory.search.index import (
    FACETS,
    FIELD_BOOSTS,
    LIST_FACETS,
    READING_FIELD,
    TEXT_FIELDS,
    schema,
)
from directory.search.lifecycle import DAMAGE_ERRORS, IndexMissing, current_name, open_index
from directory.search.postings import read_postings
from geo.distance import (
    LOCAL_LIMIT_KM,
    LOCAL_RELATIVE_ERROR,
    bounding_box,
    geodesic_km,
    local_km,
)

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
# The documents a term or an alternative matches (ascending global numbers) and its score in
# each: as long as what it finds, not as the index (a mask over every document cost O(size)
# per word; at 100,000 listings that was most of a query).
Matches = tuple[IntArray, FloatArray]
NO_MATCHES: Matches = (np.zeros(0, dtype=np.int64), np.zeros(0))
for _empty in NO_MATCHES:
    _empty.flags.writeable = False  # shared; matches are read, never written in place

K1, B = 1.2, 0.75
READ_ATTEMPTS = 20
WHOLE_WORD_FROM = 3  # characters; shorter words are exactly their bigram or unigram
DENSE_FROM = 16  # a token found in more than 1/16 of the documents is gathered by a mask
DISTANCE_SHOWN_KM = 0.1  # how finely a result's distance is shown (約1.2km)
# All words together finding fewer than a page: listings matching some words follow, those
# matching most first. It was 3 for words typed apart (and a page only for words cut out of a
# sentence); on the judged queries of benchmarks/search_queries.toml a page raised 17 multi-word
# queries (「親子 外遊び」, 「ボランテイア 募集」, 「30代 ひきこもり 相談」) and lowered none: the listings
# matching every word still come first, and the page says how many they are.
FEW = 10
ALL_FIELDS = (*TEXT_FIELDS, READING_FIELD)
ALTERNATIVES_MEMORY = 32_000_000
# Spellings of one kana word with lost marks restored that are followed at once: each must be
# spelt by bigrams the index holds, so few survive (ホッチヤ: ボッチャ alone).
RESTORATIONS_KEPT = 64
TEXT = "text"
READING = "reading"
AGE = "age"  # a filter on who a listing is for, by age (not a facet with counts)
# A price ceiling (「300円以下」, the API's max_cost): listings whose 参加費 is known and at most
# the amount (無料 included). Values are ``cost_key``s; not a facet with counts.
COST = "max_cost"


@dataclass(frozen=True)
class Alternative:
    """One way a query word may appear: all of ``tokens`` in one listing, scored × ``weight``.

    ``phrase`` (normalised) must then occur whole in the listing's text — or in its reading
    when ``field`` is ``READING`` — if it has ``WHOLE_WORD_FROM`` characters or more.
    """

    tokens: tuple[str, ...]
    weight: float = 1.0
    phrase: str = ""
    field: str = TEXT


@dataclass(frozen=True)
class TextQuery:
    """Words combine with AND; each word matches if any of its alternatives does.

    With ``partial``, listings matching only some words follow when all of them find few
    (``FEW``).
    """

    words: tuple[tuple[Alternative, ...], ...] = ()
    partial: bool = False
    # The words were cut out of a sentence rather than typed apart. Ranking treats both alike
    # now (``FEW``); kept as what query understanding read.
    sentence: bool = False
    # 対象 codes of whom the words say the search is for (「高齢の母」: seniors; 「子連れ」: parents):
    # among listings matching as many words, those for them come first. Ordering only, no filter.
    prefer: tuple[str, ...] = ()
    # Of ``prefer``, those meant most (子連れ: parents, before listings open to everyone).
    prefer_first: tuple[str, ...] = ()
    # The words that named the age asked (高校生, 中学生): a listing writing one is for someone of
    # that age whatever 対象年齢 it states (「高校生ボランティアが先生役です」 in a class for 小学生:
    # a 高校生 looking for somewhere to help is looking for it). Passes an ``AGE`` filter.
    age_words: tuple[int, ...] = ()
    # The words saying how the person lives (ひとり暮らし) beside what they need: they add to a
    # listing's score but are nothing it must match, so a listing writing 一人暮らし and, in
    # passing, 雑談 does not come before the salons that fit 「話し相手がいない」.
    circumstances: tuple[int, ...] = ()
    # How a listing writes the place named as where it meets (第二地区公民館), when the place is
    # one activities meet at: among those matching as many words, those meeting there come
    # first, before the nearest (a 集会所 next door is as near as the 公民館's 町丁目 point).
    venue: tuple[Alternative, ...] = ()
    # 「毎日 たいくつ」「毎日 行ける 居場所」: the person could go every day. Among listings matching
    # as many words, for whom the search is, those meeting on more weekdays (月〜金) come first:
    # the 平日 lounge open all day before a monthly salon that merely writes 居場所 more often.
    often: bool = False

    @property
    def few(self) -> int:
        return FEW


def cost_key(yen: int, *, exact_first: bool = False) -> str:
    """A price ceiling as a ``COST`` filter value: "300" (at most 300 yen), "100=" (at most
    100 yen, those costing exactly 100 first: a bare 「100円」 names a price)."""
    return f"{yen}=" if exact_first else str(yen)


def cost_of_key(value: str) -> tuple[int, bool] | None:
    """(yen, exact first) of a ``cost_key``; None for anything else."""
    digits = value.removesuffix("=")
    if not digits.isascii() or not digits.isdigit():
        return None
    return int(digits), value.endswith("=")


@dataclass(frozen=True)
class Ranked:
    listing_ids: list[int]
    total: int
    counts: dict[str, dict[str, int]]
    distances_km: dict[int, float] = field(default_factory=dict)
    complete: int | None = None  # with partial matches: how many matched every word
    # With a price ceiling: how many listings would match but for a 参加費 that is not one
    # amount (月500円, 年会費, not given) — left out, and said so on the page.
    cost_unknown: int = 0


class Lexicon:
    """What query understanding may ask the index (one audience, one index generation)."""

    def __init__(self, ranker: Ranker, *, public_only: bool) -> None:
        self._ranker, self._public_only = ranker, public_only

    def frequency(self, alternatives: tuple[Alternative, ...]) -> int:
        """How many listings contain the word through one of its alternatives."""
        return self._ranker.frequency(alternatives, public_only=self._public_only)

    def corrections(self, word: str) -> list[str]:
        """Vocabulary words one character away from ``word`` (normalised), commonest first."""
        return self._ranker.corrections(word, public_only=self._public_only)

    def known(self, word: str) -> bool:
        """Whether ``word`` (normalised) is a word of the index's vocabulary as it is."""
        return self._ranker.known(word, public_only=self._public_only)

    def restorations(self, word: str) -> list[str]:
        """``word`` (normalised kana) with voiced marks or small kana a phone lost put back
        (ホッチヤ → ボッチャ, シユワ → シュワ), as far as the index's text and readings spell
        them: fewest changes first. Whether a spelling finds a listing is for ``frequency``."""
        return self._ranker.restorations(word)


class _Segment:
    """What one Whoosh segment holds, as arrays (stored fields, lengths, posting lists)."""

    def __init__(self, reader: IndexReader) -> None:
        n = reader.doc_count_all()
        self.n = n
        self.listing_ids = np.zeros(n, dtype=np.int64)
        self.public = np.zeros(n, dtype=bool)
        self.lat = np.full(n, np.nan)
        self.lon = np.full(n, np.nan)
        self.age_min = np.full(n, np.nan)  # 対象年齢; NaN: open at that end
        self.age_max = np.full(n, np.nan)
        self.age_with_adults = np.zeros(n, dtype=bool)  # a child's ages; its adults come too
        self.cost = np.full(n, np.nan)  # 参加費 in yen; NaN: not one amount
        self.sort_keys = [""] * n
        self.texts: list[str] = [""] * n
        self.readings: list[str] = [""] * n
        self._words: list[Any] = [()] * n  # (normalised, as written) pairs
        self._vocabulary: _Vocabulary | None = None
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
            low, high, *adults = facets.get("age") or (None, None)  # older indexes: two
            self.age_min[docnum] = np.nan if low is None else low
            self.age_max[docnum] = np.nan if high is None else high
            self.age_with_adults[docnum] = bool(adults and adults[0])
            cost = facets.get("cost")
            self.cost[docnum] = np.nan if cost is None else cost
            self.sort_keys[docnum] = stored.get("sort_key", "")
            texts = stored.get("texts") or ("", "")  # an index of an older format has none
            self.texts[docnum], self.readings[docnum] = texts
            self._words[docnum] = stored.get("words") or ()
        self.lengths = {
            f: np.array([reader.doc_field_length(d, f, 0) for d in range(n)], dtype=np.float64)
            for f in ALL_FIELDS
        }
        self._postings: dict[tuple[str, str], tuple[IntArray, FloatArray]] = {}
        self._masks: dict[tuple[str, str], BoolArray] = {}
        self.sort_array = np.array(self.sort_keys, dtype=str) if n else np.zeros(0, dtype=str)

    def vocabulary(self) -> _Vocabulary:
        """This segment's vocabulary (segments never change: built once, at the first need or
        by :meth:`Ranker.warm`). Deleted documents still count: a suggestion is checked
        against the live index."""
        if self._vocabulary is None:
            self._vocabulary = _Vocabulary(self._words, self.public)
        return self._vocabulary

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
        self.age_min = self._concat([s.age_min for s, _, _ in segments], np.float64)
        self.age_max = self._concat([s.age_max for s, _, _ in segments], np.float64)
        self.age_with_adults = self._concat([s.age_with_adults for s, _, _ in segments], bool)
        self.cost = self._concat([s.cost for s, _, _ in segments], np.float64)
        self.lengths = {
            f: self._concat([s.lengths[f] for s, _, _ in segments], np.float64) for f in ALL_FIELDS
        }
        self.avg_length = {
            f: float(self.lengths[f][alive].mean()) if self.doc_count else 1.0 for f in ALL_FIELDS
        }
        self.texts = {
            TEXT: [t for s, _, _ in segments for t in s.texts],
            READING: [t for s, _, _ in segments for t in s.readings],
        }
        self._phrases: dict[tuple[str, str], IntArray] = {}
        self._holds: dict[str, bool] = {}
        self._alternatives: dict[tuple[Any, ...], Matches] = {}
        self._kept = 0  # bytes of the alternatives kept, at most ALTERNATIVES_MEMORY
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

    def term(self, token: str, fields: tuple[str, ...] = TEXT_FIELDS) -> Matches:
        """The documents containing ``token`` in any of ``fields`` (ascending), and its BM25F
        contribution to each. Only the token's postings are touched, never every document:
        a query's words cost what they find, whatever the size of the directory."""
        parts = []
        for seg, leaf, offset in self.segments:
            for f in fields:
                ids, tf = seg.postings(leaf, f, token)
                if len(ids):
                    parts.append((f, ids + offset, tf))
        if not parts:
            return NO_MATCHES
        where: IntArray | None = None
        if len(parts) == 1:  # one segment, one field: its postings are the documents
            found = parts[0][1]
        elif sum(len(ids) for _, ids, _ in parts) * DENSE_FROM < self.n:
            found, where = np.unique(
                np.concatenate([ids for _, ids, _ in parts]), return_inverse=True
            )
        else:  # a common token (食堂, ボラ): marking every document is cheaper than sorting
            marked = np.zeros(self.n, dtype=bool)
            for _, ids, _ in parts:
                marked[ids] = True
            found = np.flatnonzero(marked)
        df = int(np.count_nonzero(self.alive[found]))
        if df == 0:
            return found, np.zeros(len(found))
        idf = math.log(1 + (self.doc_count - df + 0.5) / (df + 0.5))
        contributions = [
            FIELD_BOOSTS[f]
            * idf
            * tf
            * (K1 + 1)
            / (tf + K1 * (1 - B + B * self.lengths[f][ids] / max(self.avg_length[f], 1.0)))
            for f, ids, tf in parts
        ]
        # Summed per document field after field (the same sums, whichever way is taken).
        if len(parts) == 1:
            return found, contributions[0]
        if where is not None:
            summed = np.bincount(where, np.concatenate(contributions), len(found))
            return found, summed.astype(np.float64, copy=False)  # weighted: floats already
        score = np.zeros(self.n)
        for (_, ids, _), contribution in zip(parts, contributions, strict=True):
            score[ids] += contribution
        return found, score[found]

    def alternative(self, alt: Alternative) -> Matches:
        """Where one alternative of a word matches (whole word checked), and its score
        (unweighted). Recent ones are kept: query understanding asks about the words it reads,
        then the search asks again."""
        key = (alt.tokens, alt.phrase, alt.field)
        cached = self._alternatives.pop(key, None)  # put back last: most recently used
        if cached is None:
            cached = self._alternative(alt)
            self._kept += cached[0].nbytes + cached[1].nbytes
            while self._alternatives and self._kept > ALTERNATIVES_MEMORY:
                ids, scores = self._alternatives.pop(next(iter(self._alternatives)))
                self._kept -= ids.nbytes + scores.nbytes
        self._alternatives[key] = cached
        return cached

    def _alternative(self, alt: Alternative) -> Matches:
        fields = (READING_FIELD,) if alt.field == READING else TEXT_FIELDS
        if not alt.tokens:
            return np.arange(self.n), np.zeros(self.n)
        found, score = self.term(alt.tokens[0], fields)
        for token in alt.tokens[1:]:
            token_found, token_score = self.term(token, fields)
            mine, theirs = _common(found, token_found)
            found, score = found[mine], score[mine] + token_score[theirs]
        if len(alt.phrase) >= WHOLE_WORD_FROM and len(found):
            whole, _ = _common(found, self.whole(alt.phrase, alt.field, found))
            found, score = found[whole], score[whole]
        return found, score

    def whole(self, phrase: str, field: str, candidates: IntArray) -> IntArray:
        """Those of ``candidates`` whose text (or reading) contains ``phrase``; cached per
        phrase (the candidates of a phrase are always its own bigrams' documents)."""
        key = (field, phrase)
        found = self._phrases.get(key)
        if found is None:
            texts = self.texts[field]
            # An index of an older format has no text to check: the bigrams decide.
            found = np.array(
                [i for i in candidates.tolist() if not texts[i] or phrase in texts[i]],
                dtype=np.int64,
            )
            self._phrases[key] = found
        return found

    def holds(self, token: str) -> bool:
        """Whether any listing's text or reading has ``token`` (deleted ones too: a guess that
        is then checked against the live index)."""
        found = self._holds.get(token)
        if found is None:
            found = any((f, token) in leaf for _, leaf, _ in self.segments for f in ALL_FIELDS)
            self._holds[token] = found
        return found

    def restorations(self, word: str) -> list[str]:
        """See :meth:`Lexicon.restorations`: a walk along ``word``, each kana as typed or with
        a mark restored (``mark_options``), keeping the spellings whose every bigram is held."""
        if not word:
            return []
        spelt = [(option, int(i > 0)) for i, option in enumerate(mark_options(word[0]))]
        for char in word[1:]:
            spelt = sorted(
                (
                    (before + option, changes + int(i > 0))
                    for before, changes in spelt
                    for i, option in enumerate(mark_options(char))
                    if self.holds(before[-1] + option)
                ),
                key=lambda item: item[1],
            )[:RESTORATIONS_KEPT]
        return [spelling for spelling, changes in spelt if changes]

    def vocabulary_count(self, word: str, public_only: bool) -> int:
        return sum(seg.vocabulary().count(word, public_only) for seg, _, _ in self.segments)

    def similar(self, word: str, public_only: bool) -> list[str]:
        """Vocabulary words one edit from ``word``, commonest first, as written."""
        counts: dict[str, int] = {}
        shown: dict[str, str] = {}
        for seg, _, _ in self.segments:
            vocabulary = seg.vocabulary()
            for other in vocabulary.similar(word):
                n = vocabulary.count(other, public_only)
                if n:
                    counts[other] = counts.get(other, 0) + n
                    shown.setdefault(other, vocabulary.shown[other])
        return [shown[w] for w in sorted(counts, key=lambda w: (-counts[w], w))]


class _Vocabulary:
    """Words of a segment's documents (tags, labels, names, compounds): how many documents
    (all, public) use each, as written, and one-deletion keys (SymSpell: two words one edit
    apart share a key)."""

    def __init__(self, words: list[Any], public: BoolArray) -> None:
        # Counted by the collections' C loops: 100,000 listings' words in ~0.5 s, not 3.
        kept = [[p for p in pairs if type(p) in _PAIR and len(p) == 2] for pairs in words]
        self.all = Counter(p[0] for pairs in kept for p in pairs)
        self.public = Counter(p[0] for i in np.flatnonzero(public) for p in kept[i])
        self.shown = dict(reversed([p for pairs in kept for p in pairs]))  # first as written
        self._deletions: dict[str, list[str]] | None = None

    def count(self, word: str, public_only: bool) -> int:
        return (self.public if public_only else self.all).get(word, 0)

    def similar(self, word: str) -> set[str]:
        deletions = self._deletions
        if deletions is None:  # at the first word that finds nothing, not before
            deletions = {}
            for known in self.all:
                for key in _deletions(known):
                    deletions.setdefault(key, []).append(known)
            self._deletions = deletions  # whole: a search beside the keeper's warming sees all
        return {
            other
            for key in _deletions(word)
            for other in deletions.get(key, ())
            if other != word and _one_edit(word, other)
        }


_PAIR = (list, tuple)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of at most one (one substitution, insertion or deletion)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class Ranker:
    """Searches one index folder; safe to share between threads of one process."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._lock = threading.RLock()
        self._index: FileIndex | None = None
        self._name = ""
        self._view: _View | None = None
        self._segments: dict[str, _Segment] = {}
        self.missing = False  # the folder had no index at the last look: searched as empty

    def _current(self) -> _View:
        for attempt in range(READ_ATTEMPTS):
            try:
                name = current_name(self.directory)
                if self._index is None or name != self._name or self.missing:
                    # First use, or a rebuild made another index current: start afresh.
                    try:
                        self._index, self.missing = open_index(self.directory), False
                    except IndexMissing:
                        # Until it is rebuilt; looked for again at each call.
                        self._index, self.missing = RamStorage().create_index(schema()), True
                    self._name = name
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
            except DAMAGE_ERRORS:
                # Its files cannot be read: searched as missing (webapp answers 503) until the
                # keeper has rebuilt it (``lifecycle.needs_rebuild``); looked at again each call.
                if self._view is not None:
                    self._view.reader.close()
                    self._view = None
                self._index, self.missing, self._name = (
                    RamStorage().create_index(schema()),
                    True,
                    "",
                )
                self._segments = {}
                reader = self._index.reader()
                break
        leaves = reader.leaf_readers()
        segments = []
        keep: dict[str, _Segment] = {}
        for leaf, offset in leaves:
            if leaf.segment() is None:
                continue  # an index without any document yet (a new town's) reads as one empty reader
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

    def warm(self) -> None:
        """Build what the first unusual query would wait for: each segment's vocabulary and
        its one-deletion keys (~2 s at 100,000 listings), outside the lock, so searches go on
        meanwhile (a search needing a segment's vocabulary first builds it too; either copy
        is the same)."""
        with self._lock:
            segments = [seg for seg, _, _ in self._current().segments]
        for seg in segments:
            seg.vocabulary().similar("")

    def doc_count(self) -> int:
        """How many listings the index holds, read from the view searches use (brought up to
        the newest generation first): a health check that opened a reader of its own would
        read every segment's files each time (40 ms at 100,000 listings)."""
        with self._lock:
            return self._current().doc_count

    def lexicon(self, *, public_only: bool) -> Lexicon:
        return Lexicon(self, public_only=public_only)

    def frequency(self, alternatives: tuple[Alternative, ...], *, public_only: bool) -> int:
        with self._lock:
            view = self._current()
            marked = np.zeros(view.n, dtype=bool)
            for alt in alternatives:
                marked[view.alternative(alt)[0]] = True
            marked &= view.alive & view.public if public_only else view.alive
            return int(np.count_nonzero(marked))

    def known(self, word: str, *, public_only: bool) -> bool:
        with self._lock:
            return self._current().vocabulary_count(word, public_only) > 0

    def corrections(self, word: str, *, public_only: bool) -> list[str]:
        with self._lock:
            return self._current().similar(word, public_only)

    def restorations(self, word: str) -> list[str]:
        with self._lock:
            return self._current().restorations(word)

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
            found = np.zeros(view.n, dtype=np.int64)  # how many of the words each matches
            writes_age = np.zeros(view.n, dtype=bool)  # writes a word naming the age asked
            for i, alternatives in enumerate(query.words):
                if i in query.age_words and alternatives:  # the word itself, not its synonyms
                    writes_age[view.alternative(alternatives[0])[0]] = True
                # A word scores by its best alternative, so a listing that uses the very word
                # typed is not outranked by one that merely also uses its synonyms.
                word_hit = np.zeros(view.n, dtype=bool)
                word_score = np.zeros(view.n)
                for alt in alternatives:
                    alt_found, alt_score = view.alternative(alt)
                    word_hit[alt_found] = True
                    word_score[alt_found] = np.maximum(
                        word_score[alt_found], alt_score * alt.weight
                    )
                scores += word_score
                if i not in query.circumstances:
                    found += word_hit
            if query.words:
                base &= found > 0  # narrowed to all the words below, unless they find few

            distances = np.full(view.n, np.inf)
            if origin is not None and within_km is not None:
                # The radius is a filter like a facet: it narrows the counts too. A cheap
                # rectangle first, then distances for the listings inside it.
                box = bounding_box(origin[0], origin[1], within_km)
                candidates = np.flatnonzero(base & box.contains(view.lat, view.lon))
                distances[candidates] = _distances(origin, view, candidates, within_km)
                base &= distances <= within_km

            facet_masks = {
                name: _any_of(view, name, values)
                for name, values in filters.items()
                if values and name not in (AGE, COST)
            }
            fit: FloatArray | None = None
            if filters.get(AGE):
                facet_masks[AGE], fit = _ages(view, filters[AGE])
                facet_masks[AGE] |= writes_age
            priced: BoolArray | None = None
            unknown: BoolArray | None = None  # what a price ceiling leaves out for want of one
            if filters.get(COST):
                facet_masks[COST], priced = _costs(view, filters[COST])
                unknown = base & np.isnan(view.cost)
                for name, mask in facet_masks.items():
                    if name != COST:
                        unknown &= mask
            complete: int | None = None
            if query.words:
                needed = len(query.words) - len(query.circumstances)
                every = found == needed
                if query.partial and needed > 1:
                    complete = int(np.count_nonzero(base & every & _all_of(facet_masks, view.n)))
                    if complete >= query.few:
                        base &= every
                else:
                    base &= every
            matched = base.copy()
            for mask in facet_masks.values():
                matched &= mask
            cost_unknown = int(np.count_nonzero(unknown & base)) if unknown is not None else 0
            counts = _counts(view, base, facet_masks)

            hits = np.flatnonzero(matched)
            if origin is not None and within_km is None:
                distances[hits] = _distances(origin, view, hits)
            keys: tuple[Any, ...]
            # An age asked for: the listings meant for that age before those merely open to it.
            closeness = (-fit[hits],) if fit is not None else ()
            if priced is not None:  # a bare 「100円」: those costing 100 yen first
                closeness = (*closeness, ~priced[hits])
            # Whom the search is for, below what the resident asked outright (an age, a price).
            whom = (~_any_of(view, "target", query.prefer)[hits],) if query.prefer else ()
            if query.prefer_first:  # a listing meant for them before one merely open to them
                whom = (~_any_of(view, "target", query.prefer_first)[hits], *whom)
            at_venue = np.zeros(len(hits), dtype=bool)
            for alt in query.venue:
                at_venue |= np.isin(hits, view.alternative(alt)[0])
            there = (~at_venue,) if query.venue else ()
            if query.often:
                days = np.zeros(len(hits), dtype=np.int64)
                for day in range(5):
                    days += view.facet("weekday", str(day))[hits]
                whom = (-days, *whom)  # below whom the search is for, above the words' scores
            if by_distance and origin is not None:
                # Nearest first, as far as the page tells distances apart (約1.2km): among those
                # it shows as far, an age asked and whom the search is for come first, as they
                # do by relevance (listings geocoded to the same 町丁目 are exactly as far).
                shown = np.floor(distances[hits] / DISTANCE_SHOWN_KM + 0.5)
                keys = (
                    view.alpha_rank[hits],
                    -scores[hits],
                    distances[hits],
                    *whom,
                    *closeness,
                    shown,
                    *there,
                    -found[hits],
                )
            elif query.words:
                keys = (
                    view.alpha_rank[hits],
                    -scores[hits],
                    *whom,
                    *closeness,
                    *there,
                    -found[hits],
                )
            else:
                keys = (view.alpha_rank[hits], *whom, *closeness, *there)
            page = hits[first_in_order(keys, offset + limit)][offset:]
            ids = [int(view.listing_ids[i]) for i in page]
            dist: dict[int, float] = {}
            if origin is not None and len(page):
                exact = _geodesic(origin, view, page)  # what the page shows: the geodesic
                dist = {
                    int(view.listing_ids[i]): float(km)
                    for i, km in zip(page, exact, strict=True)
                    if np.isfinite(km)
                }
            return Ranked(
                listing_ids=ids,
                total=len(hits),
                counts=counts,
                distances_km=dist,
                complete=complete,
                cost_unknown=cost_unknown,
            )


def first_in_order(keys: tuple[Any, ...], k: int) -> IntArray:
    """The positions of the first ``k`` in ``np.lexsort(keys)`` order (the last key primary;
    ties in every key by position), without sorting them all: only those whose two leading
    keys could place them among the first ``k`` are sorted (a broad query's 30,000 hits at
    100,000 listings cost 0.6 ms sorted whole, for a page of 20)."""
    n = len(keys[0])
    if k <= 0 or n == 0:
        return np.zeros(0, dtype=np.int64)
    if n <= 4 * k:
        return np.lexsort(keys)[:k]
    primary = keys[-1]
    kth = np.partition(primary, k - 1)[k - 1]
    keep = primary < kth  # fewer than k: the kth's equals fill the rest
    tied = np.flatnonzero(primary == kth)
    need = k - int(np.count_nonzero(keep))
    if len(keys) > 1 and need < len(tied):
        secondary = keys[-2][tied]
        cut = np.partition(secondary, need - 1)[need - 1]
        tied = tied[secondary <= cut]
    keep[tied] = True
    candidates = np.flatnonzero(keep)
    order = np.lexsort(tuple(key[candidates] for key in keys))
    return candidates[order[:k]]


def _common(a: IntArray, b: IntArray) -> tuple[IntArray, IntArray]:
    """Where the numbers both ascending ``a`` and ``b`` hold are, in each: the shorter looked
    up in the longer (no sorting: a rare word's few documents cost little against 食堂's)."""
    if len(a) > len(b):
        theirs, mine = _common(b, a)
        return mine, theirs
    if not len(b):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if len(a) * DENSE_FROM < b[-1]:
        at = np.minimum(np.searchsorted(b, a), len(b) - 1)
        mine = np.flatnonzero(b[at] == a)
        return mine, at[mine]
    # Both common: where each of b's documents is, by document number.
    position = np.full(b[-1] + 1, -1, dtype=np.int64)
    position[b] = np.arange(len(b))
    at = position[a[: np.searchsorted(a, b[-1], side="right")]]  # a's first, up to b's last
    mine = np.flatnonzero(at >= 0)
    return mine, at[mine]


def _all_of(masks: Mapping[str, BoolArray], n: int) -> BoolArray:
    result = np.ones(n, dtype=bool)
    for mask in masks.values():
        result &= mask
    return result


def _any_of(view: _View, name: str, values: Sequence[str]) -> BoolArray:
    mask = np.zeros(view.n, dtype=bool)
    for value in values:
        mask |= view.facet(name, value)
    return mask


def _ages(view: _View, values: Sequence[str]) -> tuple[BoolArray, FloatArray]:
    """``directory.ages.age_fit`` over the whole view: which listings are for someone of the
    ages asked (values are ``age_key`` ranges, any of them), and how closely (0: merely open)."""
    passing = np.zeros(view.n, dtype=bool)
    fit = np.zeros(view.n)
    stated = ~np.isnan(view.age_min) | ~np.isnan(view.age_max)
    lo = np.where(np.isnan(view.age_min), 0, view.age_min)
    hi = np.where(np.isnan(view.age_max), MAX_AGE, view.age_max)
    codes = sorted(view.facet_values["target"])
    named = np.zeros(view.n, dtype=bool)  # names a 対象 at all
    for code in codes:
        named |= view.facet("target", code)
    for value in values:
        asked = age_of_key(value)
        if asked is None:
            continue
        low, high = asked[0] or 0, MAX_AGE if asked[1] is None else asked[1]
        common = np.minimum(hi, high) - np.maximum(lo, low) + 1
        in_range = common > 0
        by_range = np.where(
            stated & in_range, common / (np.maximum(hi, high) - np.minimum(lo, low) + 1), 0.0
        )
        open_to = ~named  # no 対象 said: open to every age
        by_targets = np.zeros(view.n)
        others = np.ones(view.n)  # 1 + how many of its 対象 are not meant for the age
        for code in codes:
            target = target_fit(code, asked)
            mask = view.facet("target", code)
            if target is not None:
                open_to |= mask
                by_targets += mask * target
            if not target:
                others += mask
        if low >= ADULT_AGE:  # the parent of a child the listing is for (age_fit)
            in_range = in_range | (view.age_with_adults & stated)
        meant = in_range & open_to
        closeness = np.maximum(by_range, by_targets / others)
        passing |= meant
        fit = np.maximum(fit, np.where(meant, closeness, 0.0))
    return passing, fit


def _costs(view: _View, values: Sequence[str]) -> tuple[BoolArray, BoolArray | None]:
    """Which listings a price ceiling keeps (参加費 known and at most the lowest ceiling asked;
    NaN compares false, so a 参加費 that is not one amount is left out), and, when a bare price
    was asked, which cost exactly that price (to come first)."""
    asked = [found for found in map(cost_of_key, values) if found is not None]
    if not asked:
        return np.ones(view.n, dtype=bool), None
    ceiling = min(yen for yen, _ in asked)
    exact = [yen for yen, first in asked if first and yen == ceiling]
    priced = view.cost == ceiling if exact else None
    return view.cost <= ceiling, priced


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


def _distances(
    origin: tuple[float, float], view: _View, rows: IntArray, within_km: float | None = None
) -> FloatArray:
    """Distances to ``rows`` for filtering and ordering: the fast local formula, and the
    geodesic where that formula's error could matter (beyond its range, or so near the radius
    ``within_km`` that its error could move a listing across it); no coordinates → inf."""
    km = local_km(origin[0], origin[1], view.lat[rows], view.lon[rows])
    unsure = km > LOCAL_LIMIT_KM
    if within_km is not None:
        unsure |= np.abs(km - within_km) <= within_km * LOCAL_RELATIVE_ERROR + 1e-9
    if unsure.any():
        km[unsure] = geodesic_km(
            origin[0], origin[1], view.lat[rows[unsure]], view.lon[rows[unsure]]
        )
    result: FloatArray = np.where(np.isnan(km), np.inf, km)
    return result


def _geodesic(origin: tuple[float, float], view: _View, rows: IntArray) -> FloatArray:
    """Distances on the ellipsoid (as geopy's geodesic) to ``rows``; no coordinates → inf."""
    km = geodesic_km(origin[0], origin[1], view.lat[rows], view.lon[rows])
    result: FloatArray = np.where(np.isnan(km), np.inf, km)
    return result
