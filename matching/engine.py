"""The matching engine: explained, deterministic suggestions for one participation need.

Two stages, as coordinators reason about it:

1. **Hard filters** remove what the person cannot join at all: not for them (対象), never open
   when they are free (曜日・時間帯), too far (travel limit), not taking referrals
   (参加支援の受け入れ), missing a required accessibility feature or language, or costing more
   than the ceiling the person set (a ceiling is what they can pay, not a preference). How many
   listings each filter removed is reported, so "nothing fits" can be explained too.
2. **Soft scores** in [0, 1] order what is left: interests (matched word by word through the
   same Japanese analyzer as search, so 子ども食堂/こども食堂 and synonyms agree), wanted
   categories, distance, cost, other conditions (少人数, 見学できる…) and freshness of the
   information. The total is the weighted mean of the components that apply, out of 100.

Every suggestion carries its score breakdown, the reasons it fits ("水曜午後に開催",
"自宅エリアから1.2km", "「料理」に関心") and what does not fit. Weights live in ``Weights``;
ties are broken by distance and then listing id, so the same input always gives the same list.

The hard filters and scores run as numpy vector operations over a ``ListingTable``; only the
listings finally shown are explained one by one. Distances and word analysis are passed in
(``DistanceFn`` and ``TermAnalyzer``) so this module stays pure and testable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

import numpy as np
import numpy.typing as npt

from directory.labels import LANGUAGES
from geo.distance import bounding_box
from matching import labels
from matching.plans import NeedData
from matching.profiles import FLAG, SLOTS, ListingProfile, ListingTable, slot_mask

FloatArray = npt.NDArray[np.float64]
DistanceFn = Callable[[float, float, FloatArray, FloatArray], FloatArray]  # → km
WEEKDAY = "月火水木金土日"
EVERYONE = "everyone"


class TermAnalyzer(Protocol):
    """The search analyzer, as the engine needs it."""

    def terms(self, text: str) -> frozenset[str]:
        """The index terms of a text."""

    def alternatives(self, word: str) -> Sequence[frozenset[str]]:
        """Term sets that each stand for the word (itself, its variants and synonyms)."""


@dataclass(frozen=True)
class Weights:
    """How much each soft score counts. One place, so a team can tune and document it."""

    interest: float = 0.35
    category: float = 0.15
    distance: float = 0.20
    cost: float = 0.10
    conditions: float = 0.10
    freshness: float = 0.10
    distance_scale_km: float = 5.0  # with no travel limit, the distance counting as "far"
    fresh_days: int = 90  # information confirmed this recently counts as fully fresh
    stale_days: int = 365  # … and this long ago, or more, as not fresh at all
    free_cost_yen: int = 1000  # with no cost ceiling, the cost that scores zero


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Origin:
    lat: float
    lon: float
    label: str  # "自宅エリア(新治地区)" or "指定した地点"


@dataclass(frozen=True)
class Component:
    key: str
    label: str
    weight: float
    value: float  # 0..1

    @property
    def points(self) -> float:
        return self.weight * self.value


@dataclass(frozen=True)
class Suggestion:
    listing: ListingProfile
    score: float  # 0..100
    distance_km: float | None
    components: tuple[Component, ...]
    reasons: tuple[str, ...]
    misfits: tuple[str, ...]


@dataclass(frozen=True)
class Exclusion:
    reason: str
    count: int


@dataclass(frozen=True)
class Suggestions:
    items: tuple[Suggestion, ...]
    candidates: int  # how many passed the hard filters
    considered: int  # how many listings there were
    exclusions: tuple[Exclusion, ...] = field(default=())


_WORD_SPLIT = re.compile(r"[\s、。,，・/／「」『』()（）!?！？]+")
_CONTENT = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ffー\uff66-\uff9fA-Za-z0-9]{2,}")
_HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309fー]{3,8}$")


MAX_WHOLE_CHUNK = 12  # longer chunks are sentences, never one word


def interest_words(
    interests: str, tags: Sequence[str], known: Callable[[str], bool] = lambda _: False
) -> list[str]:
    """The words of a need's interests, in order, without repeats.

    Tags are taken whole. The free text is cut at spaces and punctuation; a chunk that the
    directory knows as a whole (``known``: some listing mentions it, e.g. こども食堂) stays one
    word. Otherwise its runs of kanji/katakana/latin (料理, 畑仕事, カフェ) are the content
    words, and a short all-hiragana chunk (おしゃべり) is kept; particles (が, を…) are not.
    """
    words: list[str] = [unicodedata.normalize("NFKC", t).strip() for t in tags if t.strip()]
    for chunk in _WORD_SPLIT.split(unicodedata.normalize("NFKC", interests)):
        if not chunk:
            continue
        if _HIRAGANA_ONLY.match(chunk) or (len(chunk) <= MAX_WHOLE_CHUNK and known(chunk)):
            words.append(chunk)
        else:
            words.extend(_CONTENT.findall(chunk))
    return list(dict.fromkeys(words))


class TermIndex:
    """Positions of the table's listings by analyzer term, built once per table."""

    def __init__(self, table: ListingTable, analyzer: TermAnalyzer) -> None:
        postings: dict[str, list[int]] = {}
        for position, item in enumerate(table.profiles):
            for term in analyzer.terms(item.text):
                postings.setdefault(term, []).append(position)
        self.postings = {t: np.array(p, dtype=np.int64) for t, p in postings.items()}
        self.size = len(table)
        self.analyzer = analyzer

    def known(self, word: str) -> bool:
        """Whether any listing mentions the word (or a variant or synonym of it)."""
        return bool(self.matching(word).any())

    def matching(self, word: str) -> npt.NDArray[np.bool_]:
        """A boolean column: which listings mention the word (or a variant or synonym)."""
        hit = np.zeros(self.size, dtype=bool)
        for terms in self.analyzer.alternatives(word):
            lists = [self.postings[t] for t in terms if t in self.postings]
            if not terms or len(lists) < len(terms):
                continue  # some term of this alternative appears nowhere
            common = lists[0]
            for other in lists[1:]:
                common = np.intersect1d(common, other, assume_unique=True)
            hit[common] = True
        return hit


def _eligible_targets(table: ListingTable, wanted: Sequence[str]) -> npt.NDArray[np.bool_]:
    bits = table.bits([EVERYONE, *wanted], table.target_bit)
    eligible: npt.NDArray[np.bool_] = (table.targets == 0) | ((table.targets & bits) != 0)
    return eligible


def suggest(
    table: ListingTable,
    index: TermIndex,
    need: NeedData,
    *,
    origin: Origin | None,
    distance: DistanceFn,
    today: date,
    weights: Weights = DEFAULT_WEIGHTS,
    category_labels: dict[str, str] | None = None,
    limit: int = 20,
) -> Suggestions:
    """Rank the table's listings for the need; see the module docstring for the rules."""
    category_labels = category_labels or {}
    n = len(table)
    keep = np.ones(n, dtype=bool)
    exclusions: list[Exclusion] = []

    def apply(passing: npt.NDArray[np.bool_], reason: str) -> None:
        nonlocal keep
        removed = int(np.count_nonzero(keep & ~passing))
        if removed:
            exclusions.append(Exclusion(reason, removed))
        keep &= passing

    apply(_eligible_targets(table, need.targets), "対象が合わない")
    wanted_slots = slot_mask(need.weekdays, need.time_slots)
    apply(((table.slots & wanted_slots) != 0) | ~table.weekdays_known, "曜日・時間帯が合わない")
    apply((table.flags & FLAG["accepts_referrals"]) != 0, "参加支援の受け入れをしていない")
    access = sum(FLAG[a] for a in need.accessibility if a in FLAG)
    if access:
        apply((table.flags & access) == access, "必要な設備・支援がない")
    languages = [x for x in need.languages if x != "ja"]
    if languages:
        apply(
            (table.languages & table.bits(languages, table.language_bit)) != 0,
            "必要な言語に対応していない",
        )

    if need.cost_ceiling_yen is not None:
        # A ceiling is what the person can pay; an unknown cost stays, marked 要確認.
        apply(~(table.cost > need.cost_ceiling_yen), "参加費が上限を超える")

    km = np.full(n, np.nan)
    limit_km = need.travel_limit_km
    if origin is not None:
        candidates = np.flatnonzero(keep & ~np.isnan(table.lat))
        if limit_km is not None:
            # Bounding box first: only listings inside it get an exact distance.
            box = bounding_box(origin.lat, origin.lon, limit_km)
            candidates = candidates[box.contains(table.lat[candidates], table.lon[candidates])]
        if len(candidates):
            km[candidates] = distance(
                origin.lat, origin.lon, table.lat[candidates], table.lon[candidates]
            )
        if limit_km is not None:
            apply(km <= limit_km, f"{limit_km:g}kmより遠い・場所が未確認")

    positions = np.flatnonzero(keep)
    scores, parts = _score(table, index, need, positions, km, limit_km, origin, today, weights)
    order = np.lexsort((table.ids[positions], np.nan_to_num(km[positions], nan=np.inf), -scores))
    top = order[:limit]
    items = tuple(
        _explain(
            table.profiles[positions[i]],
            float(scores[i]),
            km[positions[i]],
            {k: (w, float(v[i])) for k, (w, v) in parts.items()},
            need,
            origin,
            limit_km,
            today,
            weights,
            category_labels,
            index,
            int(positions[i]),
        )
        for i in top
    )
    return Suggestions(items, candidates=len(positions), considered=n, exclusions=tuple(exclusions))


def _score(
    table: ListingTable,
    index: TermIndex,
    need: NeedData,
    positions: npt.NDArray[np.int64],
    km: FloatArray,
    limit_km: float | None,
    origin: Origin | None,
    today: date,
    weights: Weights,
) -> tuple[FloatArray, dict[str, tuple[float, FloatArray]]]:
    parts: dict[str, tuple[float, FloatArray]] = {}
    words = interest_words(need.interests, need.tags, index.known)
    if words:
        hits = np.zeros(len(positions))
        for word in words:
            hits += index.matching(word)[positions]
        parts["interest"] = (weights.interest, hits / len(words))
    if need.categories:
        bits = table.bits(need.categories, table.category_bit)
        parts["category"] = (weights.category, ((table.categories[positions] & bits) != 0) * 1.0)
    if origin is not None:
        scale = limit_km or weights.distance_scale_km
        d = km[positions]
        parts["distance"] = (
            weights.distance,
            np.where(np.isnan(d), 0.0, np.clip(1 - d / scale, 0.0, 1.0)),
        )
    cost = table.cost[positions]
    if need.cost_ceiling_yen is not None:
        ceiling = max(need.cost_ceiling_yen, 1)
        value = np.clip(1 - 0.5 * cost / ceiling, 0.5, 1.0)  # over the ceiling is filtered out
    else:
        value = np.clip(1 - cost / weights.free_cost_yen, 0.0, 1.0)
    parts["cost"] = (weights.cost, np.where(np.isnan(cost), 0.5, value))
    conditions = [c for c in need.conditions if c in FLAG]
    if conditions:
        met = np.zeros(len(positions))
        for condition in conditions:
            met += (table.flags[positions] & FLAG[condition]) != 0
        parts["conditions"] = (weights.conditions, met / len(conditions))
    age = today.toordinal() - table.verified_ordinal[positions]
    span = max(weights.stale_days - weights.fresh_days, 1)
    fresh = np.clip(1 - (age - weights.fresh_days) / span, 0.0, 1.0)
    parts["freshness"] = (weights.freshness, np.where(np.isnan(age), 0.0, fresh))

    total_weight = sum(w for w, _ in parts.values()) or 1.0
    total = sum((w * v for w, v in parts.values()), np.zeros(len(positions)))
    return np.round(100 * total / total_weight, 1), parts


COMPONENT_LABEL = {
    "interest": "関心との一致",
    "category": "希望の種類",
    "distance": "距離",
    "cost": "参加費",
    "conditions": "その他の条件",
    "freshness": "情報の新しさ",
}


def _date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _slot_phrase(mask: int) -> str:
    """水曜午後・金曜午前 … from a slot mask, at most three entries."""
    phrases = [
        f"{WEEKDAY[d]}曜{labels.TIME_SLOT[SLOTS[s]]}"
        for d in range(7)
        for s in range(3)
        if mask & (1 << (d * 3 + s))
    ]
    return "・".join(phrases[:3]) + ("など" if len(phrases) > 3 else "")


def _explain(
    item: ListingProfile,
    score: float,
    km: float,
    parts: dict[str, tuple[float, float]],
    need: NeedData,
    origin: Origin | None,
    limit_km: float | None,
    today: date,
    weights: Weights,
    category_labels: dict[str, str],
    index: TermIndex,
    position: int,
) -> Suggestion:
    reasons: list[str] = []
    misfits: list[str] = []
    shape = item.schedule
    overlap = shape.mask & slot_mask(need.weekdays, need.time_slots)
    if overlap and (need.weekdays or need.time_slots):
        reasons.append(f"{_slot_phrase(overlap)}に開催")
    if not shape.weekdays_known:
        misfits.append(f"開催日は要確認(「{item.schedule_text or '日程未登録'}」)")
    elif not shape.times_known:
        misfits.append("開催時間は要確認")

    distance_km = None if np.isnan(km) else round(float(km), 1)
    if origin is not None:
        if distance_km is None:
            misfits.append("場所が未確認のため距離がわかりません")
        else:
            reasons.append(f"{origin.label}から{distance_km:.1f}km")
            if limit_km is None and distance_km > weights.distance_scale_km:
                misfits.append(f"{weights.distance_scale_km:g}km以上離れている")

    for word in interest_words(need.interests, need.tags, index.known):
        if index.matching(word)[position]:
            reasons.append(f"「{word}」に関心")
        else:
            misfits.append(f"「{word}」についての記載はない")

    if need.categories:
        matched = [c for c in need.categories if c in item.categories]
        if matched:
            reasons.append(
                "希望の種類(" + "・".join(category_labels.get(c, c) for c in matched) + ")"
            )
        else:
            wanted = "・".join(category_labels.get(c, c) for c in need.categories)
            misfits.append(f"希望の種類({wanted})ではない")

    if item.cost_yen is None:
        misfits.append("参加費は要確認")
    elif item.cost_yen == 0:
        reasons.append("参加費無料")
    elif need.cost_ceiling_yen is not None:
        reasons.append(f"参加費{item.cost_yen:,}円(上限{need.cost_ceiling_yen:,}円以内)")

    for condition in need.conditions:
        label = labels.CONDITIONS.get(condition, condition)
        if condition in FLAG and item.has(condition):
            reasons.append(label)
        else:
            misfits.append(labels.CONDITIONS_UNMET.get(condition, f"{label}:該当しない"))
    for feature in need.accessibility:
        if feature in FLAG and item.has(feature):
            reasons.append(labels.ACCESSIBILITY.get(feature, feature))
    for language in need.languages:
        if language != "ja" and language in item.languages:
            reasons.append(f"{LANGUAGES.get(language, language)}に対応")

    if item.verified_at is None:
        misfits.append("情報確認日が未登録")
    elif (today - item.verified_at).days > weights.stale_days:
        misfits.append(f"情報確認日が1年以上前({_date(item.verified_at)})")
    elif (today - item.verified_at).days <= weights.fresh_days:
        reasons.append(f"情報確認日 {_date(item.verified_at)}")

    components = tuple(
        Component(key, COMPONENT_LABEL[key], weight, round(value, 3))
        for key, (weight, value) in parts.items()
    )
    return Suggestion(item, score, distance_km, components, tuple(reasons), tuple(misfits))
