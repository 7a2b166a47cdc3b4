"""The matching engine: explained, deterministic suggestions for one participation need.

Three stages, as coordinators reason about it:

1. **Filters** remove what the person cannot join: listings not taking referrals
   (参加支援の受け入れ) or paused (受入状況「休止中」), and whatever fails a condition the need
   marks 必須 — 対象, the person's age band against the listing's 対象年齢, 曜日・時間帯,
   distance, a required accessibility feature or language, a cost ceiling. A condition marked
   希望 does not filter; it scores. How many listings each filter removed is reported.
2. **Soft scores** in [0, 1] order what is left: interests (matched word by word through the
   search analyzer, see ``matching.interests``), wanted categories, whether the listing names
   the person's group (対象) rather than only どなたでも, distance, cost, other conditions
   (少人数, 見学できる…), freshness, and each 希望 condition. The total is the weighted mean
   of the components that apply, out of 100.
3. **An honest fit.** A suggestion must meet what the person wants: it must be of a kind they
   want (a wanted category) and, when they named interests, meet at least one of them; or it
   must offer at least half of their interests, weighted by how telling each word is
   (``Weights.fit_share``), and score at least ``fit_min_score`` on everything together (a
   word that happens to appear in a far, weekend-only place for other people is no fit).
   Places of the wanted kind that meet none of the interests are not suggestions — unless
   their 対象 names the person's group (a 職場体験 for 障害のある方, an ibasho for ひきこもり):
   such a place is meant for people like them, and a coordinator proposes it below the places
   that offer what they like. The others are listed apart, as such, when few places fit.
   Nothing else is
   listed however near or cheap it is, so "nothing fits" is said plainly instead of being
   hidden under unrelated places. What the organization says about taking people now
   (受入状況) is a score: 受け入れ可 (set within ``intake_stale_days``) ranks a listing above
   comparable fits, 要相談 below them. It is not a tier above better fits: places that set
   受け入れ可 are mostly recruiting volunteers, and a strict tier put 託児ボランティア above
   every 親子ひろば for a parent.

Days and times typed in the need's 関心 instead of its 曜日・時間帯 fields (「土日のみ」「夕方以降
なら」「午前は無理」, read by ``matching.noted_times``) count as a 希望 when those fields are
empty, and are said (「土曜午前に開催（メモ「土日のみ」より）」): 「…のみ」「…は無理」 is 必須 like the
field (unless the need marks 曜日・時間帯 希望), 「…希望」「できれば…」 a 希望.
A school year or age typed there (「中3」「16歳」, ``matching.noted_age``) is checked against
対象年齢 with the case's age band, which it narrows: a 15-year-old in 中3 fits a 中学生's room.
Conditions typed there (「人が多いのは苦手」 → 少人数, 「子連れで」 → 子連れ可, ``matching.
noted_conditions``) join the need's own, which rank. Groups typed there (「ASD」「療育手帳B2」
「生保」「外国籍」, ``matching.noted_groups``) join the need's 対象, and each suggestion they open
says which word led there (「対象に「障害のある方」（メモ「ASD」より）」). When neither the 対象
boxes nor the note say who the person is, the case's age band does (``conditions.age_groups``:
若者 for 15〜39, 高齢者 from 70, 子ども under 15), said as 「対象に「若者」（年代「15〜19歳」より）」:
a 17-year-old was not offered the 若者のたまり場, an 82-year-old no 高齢者サロン. In the 60代 band,
which 65 splits, a note saying the person has retired (「定年退職」「3月に退職」「年金生活」) opens
the 高齢者 places (「対象に「高齢者」（メモ「定年」より）」): they are open to the person, not meant
for them, so one offering none of their interests is no fit for that alone; ages a place
states (「65歳以上」) are checked as before. (Adding the age
group also when the note names a group, 「ASD」「療育手帳」, was measured: recall@5 up for two
judged people, down for two, precision@5 of held-out 10 0.68 → 0.60 — so the note's groups
say who the person is, and the age adds nothing then.) So does a cost ceiling typed there
(「300円までで」「お金はかけられない」, ``matching.noted_cost``) when the need's 参加費の上限 is
empty; a sum for the month (「会費は月千円まで」) is set against the fee times how often one
would come (``matching.profiles.visits_a_month``), and the reasons say the month's sum
(「参加費250円（月4回通うと約1,000円）（月の上限 500円）」).

A place open to the person on paper may still not suit their age (``matching.age_fit``): a
フットサル for someone of 75 or more, a 子ども食堂 that does not welcome adults on their own for
an adult without a child. It comes after the other fits and says why.

Below the suggestions come **near misses**: listings that fail exactly one 必須 condition and
would be a fit, with that condition in a few words (「直線3.2km（希望 3km）」「直線4.7km（自転車の
目安4km）」「土曜午前のみ」), so
the coordinator can relax it in one click.

Every suggestion carries its score breakdown, the reasons it fits ("水曜午後に開催",
"自宅エリアから1.2km", "「料理」に関心") and what does not fit. Weights live in ``Weights``;
ties are broken by distance and then listing id, so the same input always gives the same list.

The filters and scores run as numpy vector operations over a ``ListingTable``; only the
listings finally shown are explained one by one. Distances and word analysis are passed in
(``DistanceFn`` and ``TermAnalyzer``) so this module stays pure and testable.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from directory.ages import describe_age_range, describe_ages
from directory.labels import INTAKE_STATUS, LANGUAGES
from directory.models import IntakeStatus
from geo.distance import bounding_box
from matching import labels
from matching.age_fit import age_misfit, childrens_meals, too_vigorous
from matching.conditions import (
    ADULT_AGE,
    AGE_BAND_YEARS,
    CHILD_AGE,
    CHILD_GROUPS,
    DEMENTIA_CAFE,
    EVERYONE,
    OWN_DEMENTIA,
    ROLE_WISH,
    SENIORS,
    VOLUNTEER_CATEGORY,
    Check,
    age_groups,
    check_conditions,
    childrens_place,
    dementia_cafes,
    free_mask,
    guest_only_cafes,
    helper_places,
    only_as_helper,
    roles_with_children_or_alone,
    why_not,
)
from matching.interests import (
    TermAnalyzer,
    TermIndex,
    WordsMet,
    declined_words,
    interest_words,
    is_quality,
)
from matching.models import AgeBand
from matching.noted_age import age_noted, years_within
from matching.noted_child import child_need_noted
from matching.noted_conditions import conditions_noted
from matching.noted_cost import noted_cost
from matching.noted_groups import (
    YOUNG_ONSET_UNTIL,
    dementia_noted,
    groups_noted,
    minding_grandchild,
)
from matching.noted_times import NotedTimes, when_noted
from matching.plans import CONDITION_KEYS, NeedData
from matching.profiles import (
    FLAG,
    INTAKE_CODE,
    SLOTS,
    VOLUNTEER_WORD,
    ListingProfile,
    ListingTable,
)

__all__ = [
    "DEFAULT_WEIGHTS",
    "Component",
    "DistanceFn",
    "Exclusion",
    "NearMiss",
    "Origin",
    "Suggestion",
    "Suggestions",
    "TermAnalyzer",
    "TermIndex",
    "Weights",
    "interest_words",
    "suggest",
]

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
DistanceFn = Callable[[float, float, FloatArray, FloatArray], FloatArray]  # → km
WEEKDAY = "月火水木金土日"


@dataclass(frozen=True)
class Weights:
    """How much each soft score counts, and the fit rules. One place, so a team can tune it."""

    interest: float = 0.35
    category: float = 0.15
    target: float = 0.10  # the listing names the person's group, not only どなたでも
    distance: float = 0.20
    cost: float = 0.10
    conditions: float = 0.10
    freshness: float = 0.10
    preferred: float = 0.15  # each condition marked 希望 (曜日・時間帯, 年齢, 設備, ことば)
    distance_scale_km: float = 5.0  # with no travel limit, the distance counting as "far"
    fresh_days: int = 90  # information confirmed this recently counts as fully fresh
    stale_days: int = 365  # … and this long ago, or more, as not fresh at all
    free_cost_yen: int = 1000  # with no cost ceiling, the cost that scores zero
    fit_share: float = 0.5  # a fit is of a wanted kind, or offers this share of the interests
    fit_min_score: float = 40.0  # … and scores at least this (of 100) on everything together
    intake: float = 0.10  # 受入状況: 受け入れ可 1, not set or out of date 0.5, 要相談 0
    min_fits: int = 3  # fewer fits than this: the page says so and offers an unmet need
    near_misses: int = 5  # how many near misses to show
    intake_stale_days: int = 60  # a 受入状況 older than this is shown as possibly out of date
    by_age_alone: float = 10.0  # points a fit only by the 対象 of the person's age ranks lower
    declined: float = 15.0  # points a place about what the person declines (体操はいい) ranks lower
    # points a place at another time than the one a note sets against time spent at home
    # (「昼間は家にいる。夜なら行けるかも」) ranks lower
    other_time: float = 10.0
    # points a place for people with roots abroad (多文化, 対象 外国にルーツ) ranks lower for a
    # person whose note and 対象 say no such thing and who did not ask for 多文化
    foreign_focus: float = 15.0
    # points a role with children or carried out alone ranks lower for a person with dementia
    unsuited_role: float = 15.0
    # points a 認知症カフェ where the person would only be a guest ranks lower for a person with
    # dementia who asks for a role (「何か役割がほしい」)
    guest_only: float = 10.0
    # points a place ranks lower whose age fit its 対象 does not say (``matching.age_fit``): a
    # フットサル for a person of 75 or more, a 子ども食堂 for an adult coming alone
    age_fit: float = 15.0


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Origin:
    """Where distances are measured from.

    With no point given, it is the centre (地区公民館) of the 地区 the person lives in, and
    ``area_id`` names that 地区: where in it they live is not recorded, so a place in their own
    地区 meets a travel limit however far it is from the centre (永国 is 3 km from 大岩田,
    both in 第三地区), and its suggestion says to check the distance from home.
    """

    lat: float
    lon: float
    label: str  # "自宅エリア(新治地区)" or "指定した地点"
    area_id: int | None = None  # the person's 地区, when the point is its centre


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
    intake_open: bool = False  # 受け入れ可, set by the organization recently


@dataclass(frozen=True)
class NearMiss:
    """A listing that fails one 必須 condition and would otherwise fit."""

    suggestion: Suggestion
    condition: str  # a key of CONDITION_KEYS, or "intake" (休止中: not something to relax)
    label: str  # 距離, 曜日・時間帯 …
    reason: str  # 「直線3.2km（希望 3km）」「直線4.7km（自転車の目安4km）」


@dataclass(frozen=True)
class Exclusion:
    reason: str
    count: int


@dataclass(frozen=True)
class Suggestions:
    items: tuple[Suggestion, ...]
    candidates: int  # how many passed the filters
    considered: int  # how many listings there were
    exclusions: tuple[Exclusion, ...] = field(default=())
    near_misses: tuple[NearMiss, ...] = field(default=())
    fits: int = 0  # how many candidates are a fit (items is the first ``limit`` of them)
    min_fits: int = DEFAULT_WEIGHTS.min_fits
    # When too few fit: places of the wanted kind that meet none of the named interests.
    kind_only: tuple[Suggestion, ...] = field(default=())

    @property
    def too_few(self) -> bool:
        """Fewer fits than a coordinator needs to offer a choice: say so plainly."""
        return self.fits < self.min_fits


# Filters that report how many listings they removed, in the order they are applied.
FILTER_REASON = {
    "target": "対象が合わない",
    "age": "年齢が対象年齢に合わない",
    "schedule": "曜日・時間帯が合わない",
    "accepts_referrals": "参加支援の受け入れをしていない",
    "paused": "受け入れを休止中",
    "accessibility": "必要な設備・支援がない",
    "language": "必要な言語に対応していない",
    "cost": "参加費が上限を超える",
}
FILTER_ORDER = (
    "target", "age", "schedule", "accepts_referrals", "paused", "accessibility", "language",
    "cost", "distance",
)  # fmt: skip
UNFIT_REASON = "希望の種類・関心に当てはまらない"
HELPING_WORDS = frozenset({"手伝い", "お手伝い", "手伝う", "役割", "支える"})
# The component that scores a condition marked 希望 (対象 is scored by the "target" component).
PREFERRED_PART = {
    "schedule": "schedule",
    "age": "age",
    "accessibility": "accessibility",
    "language": "language",
    "distance": "travel",
    "cost": "budget",
}

COMPONENT_LABEL = {
    "interest": "関心との一致",
    "category": "希望の種類",
    "target": "対象の一致",
    "distance": "距離",
    "cost": "参加費",
    "conditions": "その他の条件",
    "freshness": "情報の新しさ",
    "intake": "受入状況",
    "schedule": "曜日・時間帯(希望)",
    "age": "年齢(希望)",
    "accessibility": "設備・支援(希望)",
    "language": "ことば(希望)",
    "travel": "距離(希望)",
    "budget": "参加費(希望)",
}


# Groups that say who the person is at the places they would go better than an age does: a
# disability, caring for someone, raising a child (a 33-year-old in ダブルケア was offered the
# 若者のたまり場 before the 親子ひろば).
_SAYS_WHO = frozenset({"disability", "carers", "parents"})
_SCHOOL_CHILD = "不登校"
CHILD = "children"  # the 対象 of a child a parent's need is for (``matching.noted_child``)
DISABILITY = "disability"  # 対象 障害のある方
WORK = "shuro"  # the kind 就労・中間的就労
FOREIGN_ROOTS = "foreign_roots"  # 対象 外国にルーツ
LOW_INCOME = "low_income"  # 対象 生活困窮
STUDYING_ABROAD = "留学"  # 「ネパールからの留学生」: the words that made the person 外国にルーツ
MULTICULTURAL = "tabunka"  # the kind 多文化交流
# 対象 that say only how old the person is (not 子育て世帯: raising a child says who they are).
AGE_GROUPS = frozenset({"seniors"})
# How a 対象 given by the case's age band (or the note's school year) is said
BY_AGE_BAND = ("年代", "メモの学年・年齢")


def _age_groups(noted_groups: Mapping[str, str], years: tuple[int, int] | None) -> tuple[str, ...]:
    """The age's groups (``conditions.age_groups``) that join the 対象 the note gave, when the
    boxes are empty (see ``_age_says_who``). Caring (「ヤングケアラー」 at 14) and staying away
    from school (「不登校」, said only of a school child) do not make a child any less a child:
    the study rooms and 子ども食堂 for 子ども are theirs (before, a 中2 young carer and a 中3
    staying home from school were offered none; unlike 生活困窮, no children's study room names
    either). Such a child gets 子ども only, not 若者 (学び直し教室, for those who left 高校,
    came before a 中3's second 学習教室)."""
    groups = age_groups(years)
    if years is not None and years[1] <= CHILD_AGE + 1:
        says = noted_groups.keys() & _SAYS_WHO
        if says == {"carers"} or (not says and _SCHOOL_CHILD in noted_groups.get("hikikomori", "")):
            return tuple(g for g in groups if g == "children")
    return groups if _age_says_who(noted_groups, years) else ()


def _age_says_who(noted_groups: Mapping[str, str], years: tuple[int, int] | None) -> bool:
    """Whether, with the 対象 boxes empty, the age band's group (若者, 高齢者…) is one of the
    person's. Yes when the note names no group; also when it names only a circumstance
    (「生保」「外国籍」) of someone past 中学: a 24-year-old on 生活保護 is as much a
    若者 as anyone (before, he was offered no 若者のたまり場). Not when it names a disability:
    the places for it say who the person is better than the age does (measured: adding 若者
    put the たまり場 before the ボッチャ for a 30-year-old with ダウン症, held-out 10's
    precision@5 0.68 → 0.60), caring or a child (``_SAYS_WHO``); nor for a 中学生, whom the children's places that name the
    circumstance already serve (若者 put 学び直し教室, for those who left 高校, before a 中3's
    second 学習教室)."""
    if not noted_groups:
        return True
    if noted_groups.keys() & _SAYS_WHO or years is None:
        return False
    return years[1] > CHILD_AGE + 1


def suggest(
    table: ListingTable,
    index: TermIndex,
    need: NeedData,
    *,
    origin: Origin | None,
    distance: DistanceFn,
    today: date,
    age_band: AgeBand = AgeBand.UNKNOWN,
    weights: Weights = DEFAULT_WEIGHTS,
    category_labels: Mapping[str, str] | None = None,
    target_labels: Mapping[str, str] | None = None,
    limit: int = 20,
) -> Suggestions:
    """Rank the table's listings for the need; see the module docstring for the rules."""
    category_labels = category_labels or {}
    target_labels = target_labels or {}
    noted = None
    if not need.weekdays and not need.time_slots and (noted := when_noted(need.interests)):
        need = dataclasses.replace(
            need,
            weekdays=noted.weekdays,
            time_slots=noted.time_slots,
            preferred=need.preferred
            if noted.strict
            else tuple(dict.fromkeys((*need.preferred, "schedule"))),
        )
    cost_note = None
    if need.cost_ceiling_yen is None and (cost_note := noted_cost(need.interests)):
        need = dataclasses.replace(
            need,
            cost_ceiling_yen=cost_note.ceiling_yen,
            preferred=tuple(dict.fromkeys((*need.preferred, "cost"))),
        )
    if noted_conditions := [
        c for c in conditions_noted(need.interests) if c not in need.conditions
    ]:
        need = dataclasses.replace(need, conditions=(*need.conditions, *noted_conditions))
    # 「ASD」「生保」「外国籍」: the 対象 the note puts the person in, and the word that says so.
    years = years_within(AGE_BAND_YEARS.get(age_band), age_noted(need.interests))
    noted_groups = {
        g.target: f"メモ「{g.words}」"
        for g in groups_noted(need.interests, years)
        if g.target not in need.targets
    }
    if (own := dementia_noted(need.interests)) and OWN_DEMENTIA not in need.targets:
        # 「若年性認知症」: the 認知症カフェ are for the person (``conditions.OWN_DEMENTIA``); 若年性
        # says they are under 65 (not the 高齢者 of a band of 60〜69).
        noted_groups[OWN_DEMENTIA] = f"メモ「{own.words}」"
        if own.young_onset and years is not None and years[0] < YOUNG_ONSET_UNTIL:
            years = (years[0], min(years[1], YOUNG_ONSET_UNTIL - 1))
        if own.young_onset and WORK in need.categories and DISABILITY not in need.targets:
            # 若年性認知症 with 就労 wanted: the 作業体験 and 内職 for 障害のある方 are the work
            # open to the person (障害福祉サービス; a man of 56 who wanted a role was offered
            # them only as near misses). Not otherwise: as a 対象 for every kind, it put いすヨガ
            # and ボッチャ before the cafés of people who asked for 認知症カフェ and 運動.
            noted_groups.setdefault(DISABILITY, f"メモ「{own.words}」")
    if not need.targets:
        # Nothing else says who the person is: the age the case records does (若者, 高齢者).
        band = labels.AGE_BAND.get(age_band, "") if age_band in AGE_BAND_YEARS else ""
        for code in _age_groups(noted_groups, years):
            noted_groups[code] = f"{BY_AGE_BAND[0]}「{band}」" if band else BY_AGE_BAND[1]
    if "parents" not in need.targets and "parents" not in noted_groups:
        if minding := minding_grandchild(need.interests):
            # 「孫（1歳）を預かっている」: the 子育て places are open to the grandparent too
            # (``noted_groups.minding_grandchild``); their own age's groups stay theirs.
            noted_groups["parents"] = f"メモ「{minding}」"
    child = None
    if VOLUNTEER_CATEGORY not in need.categories and (years is None or years[0] >= ADULT_AGE):
        # 「中1の娘の勉強を見てもらえる所」: the study rooms are the child's; their 対象 and
        # 対象年齢 are checked for the child too (``matching.noted_child``).
        if (child := child_need_noted(need.interests)) and CHILD in need.targets:
            # 子ども ticked: the coordinator has said the places for children are for this one
            child = dataclasses.replace(child, at_home=True, age_said=False)
        elif child:
            noted_groups.setdefault(CHILD, f"メモ「{child.words}」")
    if noted_groups:
        need = dataclasses.replace(need, targets=(*need.targets, *noted_groups))
    n = len(table)
    base = (table.flags & FLAG["accepts_referrals"]) != 0
    intake_age = today.toordinal() - table.intake_ordinal
    with np.errstate(invalid="ignore"):
        intake_fresh = intake_age <= weights.intake_stale_days
    paused = (table.intake == INTAKE_CODE[IntakeStatus.PAUSED]) & intake_fresh
    standing: dict[str, BoolArray] = {"accepts_referrals": base, "paused": ~paused}
    home = None if origin is None or origin.area_id is None else table.area == origin.area_id
    km = _distances(table, need, origin, distance, base, home)  # paused ones too: near misses
    accepting, base = base, base & ~paused
    free = noted.mask if noted and noted.either_or else None  # 「平日夕方か土日」
    # 「子どもに勉強を教える手伝い」: whom a place serves is not who helps there.
    helper = helper_places(table, need)
    checks = {
        c.key: c
        for c in check_conditions(
            table,
            need,
            km,
            age_band,
            home,
            years,
            free,
            helper,
            child.years if child else None,
            child.at_home if child else False,
            child.age_said if child else False,
        )
    }
    monthly = cost_note is not None and cost_note.monthly
    if monthly and "cost" in checks:
        # 「会費は月千円まで」: what the person can spend in a month, against the fee times how
        # often one would come (毎週300円 is about 1,200円 a month: over it)
        with np.errstate(invalid="ignore"):
            over = table.cost * table.visits > (need.cost_ceiling_yen or 0)
        within = np.where(over, 0.0, 1.0).astype(np.float64)
        checks["cost"] = dataclasses.replace(checks["cost"], passing=~over, value=within)
    if SENIORS in noted_groups and not noted_groups[SENIORS].startswith(BY_AGE_BAND):
        # 「定年退職」 in the 60代 band (``matching.noted_groups``): the 高齢者 places are open
        # to the person, not meant for them — one that offers none of their interests is no
        # fit for that alone, nor ranks as one named for them (the 百歳体操 before the 男の台所
        # サロン for a man of 64 who wants 料理; a 話し相手 role for 高齢者 before the 読み聞かせ
        # for a retired woman who wants to help children).
        target = checks["target"]
        others = [t for t in need.targets if t != SENIORS]
        theirs = (table.targets & table.bits(others, table.target_bit)) != 0
        value = np.where((target.value >= 1.0) & ~theirs, 0.5, target.value)
        checks["target"] = dataclasses.replace(target, value=value)
    required = [c for c in checks.values() if need.required(c.key)]
    failed = np.zeros(n, dtype=np.int64)
    for check in required:
        failed += ~check.passing
    keep = base & (failed == 0)
    exclusions = _exclusions(n, standing, required, need)

    scorer = _Scorer(table, index, need, km, checks, origin, today, weights, intake_fresh)
    if monthly:
        scorer.visits = table.visits
    by_age = {code for code, said in noted_groups.items() if said.startswith(BY_AGE_BAND)}
    if by_age and FOREIGN_ROOTS in noted_groups:
        # 「ベトナムからの留学生」: the note says who the person is; the 若者 the age band adds
        # says only how old (the 若者のたまり場 came before the 日本語 and 国際交流 places).
        scorer.by_age = AGE_GROUPS | by_age
    scorer.studying_abroad = STUDYING_ABROAD in noted_groups.get(FOREIGN_ROOTS, "")
    explain = _Explainer(
        need,
        age_band,
        km,
        origin,
        today,
        weights,
        category_labels,
        target_labels,
        index,
        checks,
        home,
        scorer.words,
        scorer.met,
        noted,
        cost_note.words if cost_note else "",
        noted_groups,
        only_as_helper(table, need, age_band, helper, years),
    )
    declined = declined_words(need.interests, index.about)
    explain.declined = declined
    explain.monthly = monthly
    positions = np.flatnonzero(keep)
    scored = scorer.score(positions)
    fit = scored.fit
    unfit = int(np.count_nonzero(~fit))
    if unfit:
        exclusions.append(Exclusion(UNFIT_REASON, unfit))
    kind_only = _first(table, positions, scored, scored.kind_only, km, explain, weights.near_misses)
    positions, scores, parts = positions[fit], scored.scores[fit], _subset(scored.parts, fit)
    rank = scores
    if scored.by_age_alone is not None:
        rank = scores - weights.by_age_alone * scored.by_age_alone[fit]
    if declined:
        # 「体操はいい」「接客は苦手」: a place about it comes after the others that fit.
        about_declined = np.zeros(len(positions), dtype=bool)
        for word in declined:
            about_declined |= index.strength(word)[positions] >= 1.0
        rank = rank - weights.declined * about_declined
    if noted is not None and noted.contrasted and "schedule" in checks:
        # 「昼間は家にいる。夜なら行けるかも」: a place in the daytime comes after those in the
        # evening, though it says 不登校 (a 希望 alone weighs less than one interest word).
        rank = rank - weights.other_time * ~checks["schedule"].passing[positions]
    if FOREIGN_ROOTS not in need.targets and MULTICULTURAL not in need.categories:
        # A 多文化ママの会 or 多文化ひろば fits a Japanese grandmother minding her grandchild
        # through its other 対象 (子育て世帯): it comes after the places that are simply hers.
        focus = _foreign_focus(table)
        explain.foreign_focus = focus
        rank = rank - weights.foreign_focus * focus[positions]
    if OWN_DEMENTIA in need.targets:
        # 「若年性認知症。何かの役に立ちたい」: roles with children or carried out alone come
        # after the others that fit (``conditions.roles_with_children_or_alone``).
        children, alone = roles_with_children_or_alone(table)
        explain.unsuited = children, alone
        rank = rank - weights.unsuited_role * (children | alone)[positions]
        if ROLE_WISH.search(unicodedata.normalize("NFKC", need.interests)):
            # 「何か役割がほしい」: a café where the person would sit as a guest comes after the
            # roles (a volunteer, a 作業体験, a café whose people with dementia serve the tea)
            guest = guest_only_cafes(table)
            explain.guest_only = guest
            rank = rank - weights.guest_only * guest[positions]
    # 「午後は昼寝」 at 80: a フットサル comes after the 体操; a student of 19 short of food: the
    # 子ども食堂 for children and their parents come after the places open to him
    with_child = bool(set(CHILD_GROUPS) & ({*need.targets} | noted_groups.keys()))
    for unsuited, vigorous in (
        (too_vigorous(table, positions, years), True),
        (childrens_meals(table, positions, years, with_child), False),
    ):
        if unsuited is not None:
            unsuited &= ~helper[positions]  # (where the person would help, its people are others)
            for p in positions[unsuited]:
                explain.age_misfits[int(p)] = age_misfit(table.profiles[p], vigorous=vigorous)
            rank = rank - weights.age_fit * unsuited
    order = np.lexsort((table.ids[positions], np.nan_to_num(km[positions], nan=np.inf), -rank))
    items = tuple(
        explain(table.profiles[positions[i]], int(positions[i]), float(scores[i]), parts, i)
        for i in order[:limit]
    )

    paused_check = Check("intake", ~paused, (~paused) * 1.0)
    near = _near_misses(
        table, need, km, base, failed, [*required, paused_check], scorer, weights, explain,
        paused_only=accepting & paused & (failed == 0),
    )  # fmt: skip
    return Suggestions(
        items,
        candidates=int(np.count_nonzero(keep)),
        considered=n,
        exclusions=tuple(exclusions),
        near_misses=near,
        fits=len(positions),
        min_fits=weights.min_fits,
        kind_only=kind_only if len(positions) < weights.min_fits else (),
    )


def _first(
    table: ListingTable,
    positions: npt.NDArray[np.int64],
    scored: Scored,
    mask: BoolArray,
    km: FloatArray,
    explain: _Explainer,
    limit: int,
) -> tuple[Suggestion, ...]:
    """The best ``limit`` of the positions under ``mask``, explained."""
    chosen = np.flatnonzero(mask)
    order = np.lexsort(
        (
            table.ids[positions[chosen]],
            np.nan_to_num(km[positions[chosen]], nan=np.inf),
            -scored.scores[chosen],
        )
    )
    return tuple(
        explain(
            table.profiles[positions[i]],
            int(positions[i]),
            float(scored.scores[i]),
            scored.parts,
            int(i),
        )
        for i in chosen[order][:limit]
    )


def _distances(
    table: ListingTable,
    need: NeedData,
    origin: Origin | None,
    distance: DistanceFn,
    base: BoolArray,
    home: BoolArray | None = None,
) -> FloatArray:
    """km from the origin to each listing that may be shown (NaN elsewhere).

    With a travel limit, only listings inside a box a little larger than the limit, or in the
    person's own 地区, get an exact distance: the rest are far beyond it, for suggestions and
    near misses alike.
    """
    km = np.full(len(table), np.nan)
    if origin is None:
        return km
    candidates = np.flatnonzero(base & ~np.isnan(table.lat))
    limit_km = need.travel_limit_km
    if limit_km is not None:
        box = bounding_box(origin.lat, origin.lon, limit_km * 1.5 + 1.0)
        inside = box.contains(table.lat[candidates], table.lon[candidates])
        if home is not None:
            inside |= home[candidates]
        candidates = candidates[inside]
    if len(candidates):
        km[candidates] = distance(
            origin.lat, origin.lon, table.lat[candidates], table.lon[candidates]
        )
    return km


def _exclusions(
    n: int, standing: dict[str, BoolArray], required: list[Check], need: NeedData
) -> list[Exclusion]:
    """How many listings each filter removed, applied one after the other."""
    passing = dict(standing) | {c.key: c.passing for c in required}
    limit_km = need.travel_limit_km
    reasons = FILTER_REASON | {"distance": f"{limit_km or 0:g}kmより遠い・場所が未確認"}
    keep = np.ones(n, dtype=bool)
    result = []
    for key in FILTER_ORDER:
        if key not in passing:
            continue
        removed = int(np.count_nonzero(keep & ~passing[key]))
        if removed:
            result.append(Exclusion(reasons[key], removed))
        keep &= passing[key]
    return result


Parts = dict[str, tuple[float, FloatArray]]


def _subset(parts: Parts, mask: BoolArray) -> Parts:
    return {k: (w, v[mask]) for k, (w, v) in parts.items()}


@dataclass(frozen=True)
class Scored:
    scores: FloatArray  # 0..100
    fit: BoolArray
    kind_only: BoolArray  # of a wanted kind, but none of the named interests
    parts: Parts
    # fits that meet none of the named interests and are meant for the person only by age
    # (高齢者, 若者, 子ども): ranked after those that offer what the person wants
    by_age_alone: BoolArray | None = None


class _Scorer:
    """The soft scores of given positions; a relaxed 必須 condition scores like a 希望 one."""

    def __init__(
        self,
        table: ListingTable,
        index: TermIndex,
        need: NeedData,
        km: FloatArray,
        checks: dict[str, Check],
        origin: Origin | None,
        today: date,
        weights: Weights,
        intake_fresh: BoolArray,
    ) -> None:
        self.table, self.index, self.need, self.km = table, index, need, km
        self.checks, self.origin, self.today, self.weights = checks, origin, today, weights
        # 「会費は月千円まで」: visits a month the fee is multiplied by (``suggest``)
        self.visits: FloatArray | None = None
        intake = np.where(table.intake == INTAKE_CODE[IntakeStatus.OPEN], 1.0, 0.5)
        intake = np.where(table.intake == INTAKE_CODE[IntakeStatus.CONSULT], 0.0, intake)
        self.intake = np.where(intake_fresh, intake, 0.5)
        self.words = interest_words(
            need.interests,
            need.tags,
            index.known,
            index.about,
            skills=VOLUNTEER_CATEGORY in need.categories,
        )
        self.words = _one_per_meaning(self.words, index)
        self.met = WordsMet(index, table, self.words)
        self.word_weights = _word_weights(self.words, index)
        # 「ベトナムからの留学生」: the note says a student from abroad (set by ``suggest``)
        self.studying_abroad = False
        # 対象 that say only how old the person is (``AGE_GROUPS``, and those the age band gave)
        self.by_age: frozenset[str] = AGE_GROUPS
        # A volunteer's role (お手伝いボランティア) fits someone who wants to help, or whose
        # need names no kind of place (農作業 on a farm is 農作業, as a volunteer or not); not a
        # carer who asked for a 認知症カフェ.
        self.volunteers = (
            not need.categories
            or VOLUNTEER_CATEGORY in need.categories
            or any(word in HELPING_WORDS or VOLUNTEER_WORD in word for word in self.words)
        )

    def score(self, positions: npt.NDArray[np.int64], relaxed: str | None = None) -> Scored:
        """Score 0..100, fit and components of each position."""
        table, need, w = self.table, self.need, self.weights
        parts: Parts = {}
        relevant: Parts = {}
        # The fit counts every mention; the score counts a mention only in the description
        # half (``TermIndex.strength``).
        share = np.zeros(len(positions))
        doing = np.zeros(len(positions))  # the share of the activities (qualities left out)
        if self.word_weights:
            hits = np.zeros(len(positions))
            for word, weight in self.word_weights.items():
                hits += weight * self.met.strength(word)[positions]
                met = weight * self.met.matching(word)[positions]
                share += met
                if not is_quality(word):
                    doing += met
            relevant["interest"] = (w.interest, hits)
        if need.categories:
            bits = table.bits(need.categories, table.category_bit)
            matched = ((table.categories[positions] & bits) != 0) * 1.0
            relevant["category"] = (w.category, matched)
        parts.update(relevant)
        if need.targets:
            parts["target"] = (w.target, self.checks["target"].value[positions])
        if self.origin is not None:
            scale = need.travel_limit_km or w.distance_scale_km
            d = self.km[positions]
            near = np.where(np.isnan(d), 0.0, np.clip(1 - d / scale, 0.0, 1.0))
            parts["distance"] = (w.distance, near)
        parts["cost"] = (w.cost, self._cost(positions))
        conditions = [c for c in need.conditions if c in FLAG]
        if conditions:
            met = np.zeros(len(positions))
            for condition in conditions:
                met += (table.flags[positions] & FLAG[condition]) != 0
            parts["conditions"] = (w.conditions, met / len(conditions))
        age = self.today.toordinal() - table.verified_ordinal[positions]
        span = max(w.stale_days - w.fresh_days, 1)
        fresh = np.clip(1 - (age - w.fresh_days) / span, 0.0, 1.0)
        parts["freshness"] = (w.freshness, np.where(np.isnan(age), 0.0, fresh))
        parts["intake"] = (w.intake, self.intake[positions])
        # Each 希望 condition (and the one relaxed for a near miss) counts as met or not met.
        for key, part in PREFERRED_PART.items():
            if key in self.checks and (key == relaxed or not need.required(key)):
                parts[part] = (w.preferred, self.checks[key].value[positions])

        total_weight = sum(weight for weight, _ in parts.values()) or 1.0
        total = sum((weight * v for weight, v in parts.values()), np.zeros(len(positions)))
        # With no interest or category given, there is nothing to fit; with some given but no
        # word any listing mentions, nothing fits.
        wished = bool(self.words or need.categories)
        fit = np.zeros(len(positions), dtype=bool) if wished else np.ones(len(positions), bool)
        kind_only = np.zeros(len(positions), dtype=bool)
        if "interest" in relevant:
            # Of another kind, a place must offer half of what the person wants to do.
            fit |= doing >= w.fit_share - 1e-9
        if "category" in relevant:
            kind = relevant["category"][1] >= w.fit_share - 1e-9
            if "interest" in relevant:
                # The person said what they like: a place of the wanted kind that offers none
                # of it is not a fit (it is listed apart when few places fit) — unless it is
                # meant for people like them (its 対象 names their group, not only どなたでも):
                # a 就労体験 for 障害のある方 is what a coordinator proposes to a man
                # recovering from depression who named パソコン, ranked below the places
                # that offer パソコン.
                for_them = self.checks["target"].value[positions] >= 1.0
                if self.studying_abroad and LOW_INCOME not in need.targets:
                    # 「日本人と交流したい」: the 暮らしの相談会 and the フードパントリー name
                    # 外国にルーツ with 生活困窮 — help for foreigners in need, not a place for
                    # a 留学生 who asked for 交流 (offered them through 対象 alone). A worker
                    # or a mother from abroad may need them; a student says so when they do.
                    targets, bit = self.table.targets[positions], self.table.target_bit
                    for_them &= ~(
                        ((targets & self.table.bits([FOREIGN_ROOTS], bit)) != 0)
                        & ((targets & self.table.bits([LOW_INCOME], bit)) != 0)
                    )
                kind_only = kind & (share == 0) & ~fit & ~for_them
                kind &= (share > 0) | for_them
            fit |= kind
        scores = np.round(100 * total / total_weight, 1)
        fit &= scores >= w.fit_min_score
        if not self.volunteers:
            fit &= ~table.volunteer_role[positions]
        by_age_alone = None
        if "interest" in relevant and need.targets:
            # A place whose 対象 says only the person's age (高齢者 for a woman of 78 who
            # wants 書道) says nothing of what they want: most places of a kind are for their
            # age. It stays a fit, after the places that offer their interests or are meant
            # for their circumstances (外国にルーツ, ひきこもり, 障害のある方…).
            others = [t for t in need.targets if t not in self.by_age]
            theirs = (table.targets[positions] & table.bits(others, table.target_bit)) != 0
            if OWN_DEMENTIA in need.targets:
                theirs |= dementia_cafes(table)[positions]
            by_age_alone = fit & (share == 0) & ~theirs
        return Scored(scores, fit, kind_only, parts, by_age_alone)

    def _cost(self, positions: npt.NDArray[np.int64]) -> FloatArray:
        cost = self.table.cost[positions]
        if self.visits is not None:
            cost = cost * self.visits[positions]
        ceiling = self.need.cost_ceiling_yen
        if ceiling is not None:
            value = np.clip(1 - 0.5 * cost / max(ceiling, 1), 0.5, 1.0)
            value = np.where(cost > ceiling, 0.0, value)  # only when the ceiling is 希望
        else:
            value = np.clip(1 - cost / self.weights.free_cost_yen, 0.0, 1.0)
        return np.where(np.isnan(cost), 0.5, value)


def _foreign_focus(table: ListingTable) -> BoolArray:
    """Places of the kind 多文化 whose 対象 names 外国にルーツ and not どなたでも: meant first for
    people with roots abroad, though others of their 対象 are welcome (「外国出身の保護者と日本人の
    保護者が」). One open to どなたでも (a 多文化ふれあいサロン for the 地区's elders) is not."""
    foreign = table.target_bit.get(FOREIGN_ROOTS, 0)
    everyone = table.target_bit.get(EVERYONE, 0)
    kind = table.category_bit.get(MULTICULTURAL, 0)
    focus: BoolArray = (
        ((table.targets & foreign) != 0)
        & ((table.targets & everyone) == 0)
        & ((table.categories & kind) != 0)
    )
    return focus


def _one_per_meaning(words: list[str], index: TermIndex) -> list[str]:
    """The words without those that stand for one said before (``synonyms.tsv``): 「一眼レフで
    写真を撮り始めた…撮影にも」 is one interest, photography — counted three times, and said
    three times under each suggestion, it outweighed everything else the note asked for."""
    seen: set[frozenset[frozenset[str]]] = set()
    kept = []
    for word in words:
        meaning = frozenset(index.analyzer.alternatives(word))
        if len(meaning) > 1 and meaning in seen:
            continue
        seen.add(meaning)
        kept.append(word)
    return kept


def _word_weights(words: list[str], index: TermIndex) -> dict[str, float]:
    """Each interest word's share of the interest score, by how telling it is (IDF).

    A word that many listings mention (相談, お茶) says less about a place than a rare one
    (囲碁, 認知症). A word no listing mentions weighs nothing: it is a wish the directory
    cannot meet anywhere (the suggestions say so, and it may be an unmet need), not a reason
    to rank one place above another.
    """
    size = max(index.size, 1)
    counts = {word: int(np.count_nonzero(index.matching(word))) for word in words}
    raw = {word: float(np.log(1 + size / n)) for word, n in counts.items() if n}
    total = sum(raw.values())
    return {word: value / total for word, value in raw.items()} if total else {}


def _near_misses(
    table: ListingTable,
    need: NeedData,
    km: FloatArray,
    base: BoolArray,
    failed: npt.NDArray[np.int64],
    required: list[Check],
    scorer: _Scorer,
    weights: Weights,
    explain: _Explainer,
    paused_only: BoolArray,
) -> tuple[NearMiss, ...]:
    """The best listings that fail exactly one 必須 condition and would be a fit without it,
    and those that fit but whose organization paused intake (休止中: said, not relaxable)."""
    found: list[tuple[float, float, int, int, Check, int, Parts]] = []
    one_off = base & (failed == 1)
    for check in required:
        candidates = paused_only if check.key == "intake" else one_off & ~check.passing
        positions = np.flatnonzero(candidates)
        if check.key == "distance":
            positions = positions[~np.isnan(km[positions])]  # far beyond, or no place at all
        if not len(positions):
            continue
        scored = scorer.score(positions, relaxed=None if check.key == "intake" else check.key)
        scores, parts = scored.scores, scored.parts
        for index in np.flatnonzero(scored.fit).tolist():
            position = int(positions[index])
            tie = np.inf if np.isnan(km[position]) else float(km[position])
            found.append(
                (
                    -float(scores[index]),
                    tie,
                    int(table.ids[position]),
                    position,
                    check,
                    index,
                    parts,
                )
            )
    found.sort(key=lambda entry: entry[:3])
    result = []
    for minus_score, _, _, position, check, at, parts in found[: weights.near_misses]:
        item = table.profiles[position]
        suggestion = explain(item, position, -minus_score, parts, at)
        if check.key == "intake":
            since = f"（{_date(item.intake_on)}から）" if item.intake_on else ""
            near = NearMiss(suggestion, "intake", "受入状況", f"休止中{since}")
        else:
            why = why_not(
                check.key, item, need, suggestion.distance_km, explain.target_labels,
                explain.age_band, explain.free,
            ) + (explain.noted if check.key == "schedule" else "")  # fmt: skip
            near = NearMiss(suggestion, check.key, labels.CONDITION_KEY[check.key], why)
        result.append(near)
    return tuple(result)


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


class _Explainer:
    """Reasons and misfits of one listing, in the coordinator's words."""

    def __init__(
        self,
        need: NeedData,
        age_band: AgeBand,
        km: FloatArray,
        origin: Origin | None,
        today: date,
        weights: Weights,
        category_labels: Mapping[str, str],
        target_labels: Mapping[str, str],
        index: TermIndex,
        checks: dict[str, Check],
        home: BoolArray | None,
        words: list[str],
        met: WordsMet,
        noted: NotedTimes | None = None,
        cost_note: str = "",
        noted_groups: Mapping[str, str] | None = None,
        helper: BoolArray | None = None,
    ) -> None:
        self.helper = helper  # places open to the person only as a helper (``only_as_helper``)
        self.need, self.km, self.origin, self.today, self.weights = need, km, origin, today, weights
        self.age_band = age_band
        self.category_labels, self.target_labels = category_labels, target_labels
        self.index, self.checks, self.home = index, checks, home
        self.words = words  # the scorer's: a need's note is read once
        self.met = met
        self.declined: list[str] = []  # 「体操はいい」: set by ``suggest``
        # roles with children, roles carried out alone: set by ``suggest`` for a person with
        # dementia of their own
        self.unsuited: tuple[BoolArray, BoolArray] | None = None
        self.foreign_focus: BoolArray | None = None
        # 認知症カフェ where the person is only a guest, for one who asks for a role
        self.guest_only: BoolArray | None = None
        # places unsuited to the person's age, and why (``matching.age_fit``)
        self.age_misfits: dict[int, str] = {}
        # The days and times read from the note, when the need's own fields were empty.
        self.noted = f"（メモ「{noted.words}」より）" if noted else ""
        self.free = noted.mask if noted and noted.either_or else None  # 「平日夕方か土日」
        self.cost_note = f"（メモ「{cost_note}」より）" if cost_note else ""
        self.monthly = False  # the ceiling is the month's (「月千円まで」): set by ``suggest``
        # 対象 read from the note (``matching.noted_groups``) or the age band → where from
        # (「メモ「ASD」」「年代「80歳以上」」).
        self.noted_groups = noted_groups or {}

    def __call__(
        self, item: ListingProfile, position: int, score: float, parts: Parts, i: int
    ) -> Suggestion:
        reasons: list[str] = []
        misfits: list[str] = []
        self._schedule(item, reasons, misfits)
        distance_km = self._distance(position, reasons, misfits)
        self._interests(position, reasons, misfits)
        self._kinds_and_people(item, position, reasons, misfits)
        self._cost(item, reasons, misfits)
        self._conditions(item, reasons, misfits)
        self._preferences(item, position, distance_km, misfits)
        intake_open = self._intake(item, reasons, misfits)
        self._freshness(item, reasons, misfits)
        components = tuple(
            Component(key, COMPONENT_LABEL[key], weight, round(float(values[i]), 3))
            for key, (weight, values) in parts.items()
        )
        return Suggestion(
            item, score, distance_km, components, tuple(reasons), tuple(misfits), intake_open
        )

    def _schedule(self, item: ListingProfile, reasons: list[str], misfits: list[str]) -> None:
        need, shape = self.need, item.schedule
        overlap = shape.mask & free_mask(need, self.free)
        if overlap and (need.weekdays or need.time_slots or self.free is not None):
            reasons.append(f"{_slot_phrase(overlap)}に開催{self.noted}")
        if not shape.weekdays_known:
            misfits.append(f"開催日は要確認(「{item.schedule_text or '日程未登録'}」)")
        elif not shape.times_known:
            misfits.append("開催時間は要確認")

    def _distance(self, position: int, reasons: list[str], misfits: list[str]) -> float | None:
        km = self.km[position]
        distance_km = None if np.isnan(km) else round(float(km), 1)
        if self.origin is None:
            return distance_km
        if distance_km is None:
            misfits.append("場所が未確認のため距離がわかりません")
            return None
        reasons.append(f"{self.origin.label}から{distance_km:.1f}km")
        scale = self.weights.distance_scale_km
        limit_km = self.need.travel_limit_km
        if limit_km is None and distance_km > scale:
            misfits.append(f"{scale:g}km以上離れている")
        elif limit_km is not None and distance_km > limit_km and self._at_home(position):
            misfits.append(
                f"同じ地区の中心から{distance_km:.1f}km（{self.need.travel_limit_phrase}）:"
                " 自宅からの距離は要確認"
            )
        return distance_km

    def _at_home(self, position: int) -> bool:
        return self.home is not None and bool(self.home[position])

    def _interests(self, position: int, reasons: list[str], misfits: list[str]) -> None:
        for word in self.words:
            if self.met.matching(word)[position]:
                reasons.append(f"「{word}」に関心")
            else:
                misfits.append(f"「{word}」についての記載はない")
        for word in self.declined:
            if self.index.strength(word)[position] >= 1.0:
                misfits.append(f"「{word}」の場（メモでは望まない）")
        if self.foreign_focus is not None and self.foreign_focus[position]:
            misfits.append("外国につながる方が中心の場（メモ・対象に記載なし）")
        if self.unsuited is not None:
            children, alone = self.unsuited
            if children[position]:
                misfits.append("子どもを見る役割（ご本人には後に回した）")
            elif alone[position]:
                misfits.append("ひとりで任される役割（ご本人には後に回した）")
        if self.guest_only is not None and self.guest_only[position]:
            misfits.append("ご本人の役割がある場ではない（役割のある場を先にした）")
        if position in self.age_misfits:
            misfits.append(self.age_misfits[position])

    def _kinds_and_people(
        self, item: ListingProfile, position: int, reasons: list[str], misfits: list[str]
    ) -> None:
        need, categories = self.need, self.category_labels
        if need.categories:
            matched = [c for c in need.categories if c in item.categories]
            if matched:
                reasons.append(f"希望の種類({'・'.join(categories.get(c, c) for c in matched)})")
            else:
                wanted = "・".join(categories.get(c, c) for c in need.categories)
                misfits.append(f"希望の種類({wanted})ではない")
        if self.helper is not None and self.helper[position]:
            # Its 対象 and ages are whom the person would help: say so, not as theirs.
            served = [self.target_labels.get(t, t) for t in sorted(item.targets)]
            if item.age_min is not None or item.age_max is not None:
                served.append(item.age_text or describe_age_range(item.age_min, item.age_max))
            whom = f"（対象: {'・'.join(served)}）" if served else ""
            reasons.append(f"ボランティアとして関われる場{whom}")
            return
        named = [t for t in need.targets if t in item.targets]
        if OWN_DEMENTIA in need.targets and DEMENTIA_CAFE in item.categories:
            reasons.append(f"認知症のご本人とご家族の場（{self.noted_groups[OWN_DEMENTIA]}より）")
        if named and self.checks["target"].value[position] < 1.0:
            # Not meant for them though it names their group. A child's place names the
            # circumstance (生活困窮) of the children it serves; a 囲碁クラブ for どなたでも・
            # 高齢者, after the carers' places for a carer, or a 認知症カフェ's 高齢者 (people
            # with dementia) for an older person, is no child's place and says nothing.
            if childrens_place(item):
                groups = "・".join(self.target_labels.get(t, t) for t in sorted(item.targets))
                misfits.append(f"子どものための場（対象: {groups}）")
            # 「定年退職」 opens the 高齢者 places without making them meant for the person
            # (``suggest``): why one is open to a man of 64 is still said.
            said_by_note = self.noted_groups.get(SENIORS, "")
            opened = SENIORS in named and not said_by_note.startswith(BY_AGE_BAND)
            named = [SENIORS] if opened and said_by_note else []
        said = [t for t in named if t not in self.noted_groups]
        if said:
            reasons.append(
                "対象に「" + "・".join(self.target_labels.get(t, t) for t in said) + "」"
            )
        for t in named:
            if t in self.noted_groups:
                label = self.target_labels.get(t, t)
                reasons.append(f"対象に「{label}」（{self.noted_groups[t]}より）")
        if item.age_min is not None or item.age_max is not None:
            check = self.checks.get("age")
            if check is None or check.passing[position]:
                if item.age_text:  # read from the description: say so, in its words
                    reasons.append(f"説明に『{item.age_text}』")
                else:
                    ages = describe_ages(
                        item.age_min, item.age_max, with_adults=item.ages_with_adults
                    )
                    reasons.append(f"対象年齢 {ages}")

    def _cost(self, item: ListingProfile, reasons: list[str], misfits: list[str]) -> None:
        ceiling = self.need.cost_ceiling_yen
        if item.cost_yen is None:
            misfits.append("参加費は要確認")
        elif item.cost_yen == 0:
            reasons.append("参加費無料")
        elif ceiling is not None and self.monthly:
            if item.cost_yen * item.visits_a_month <= ceiling:
                reasons.append(
                    f"参加費{self._per_month(item)}(月の上限{ceiling:,}円以内){self.cost_note}"
                )
        elif ceiling is not None and item.cost_yen <= ceiling:
            reasons.append(f"参加費{item.cost_yen:,}円(上限{ceiling:,}円以内){self.cost_note}")

    @staticmethod
    def _per_month(item: ListingProfile) -> str:
        """「100円（月1回で100円）」「250円（月4回通うと約1,000円）」: the fee and the month's sum."""
        fee, visits = item.cost_yen or 0, item.visits_a_month
        if visits == 1:
            return f"{fee:,}円（月1回）"
        return f"{fee:,}円（月{visits}回通うと約{fee * visits:,}円）"

    def _conditions(self, item: ListingProfile, reasons: list[str], misfits: list[str]) -> None:
        need = self.need
        for condition in need.conditions:
            label = labels.CONDITIONS.get(condition, condition)
            if condition in FLAG and item.has(condition):
                reasons.append(label)
            elif condition in labels.CONDITIONS_UNSTATED and item.capacity is None:
                misfits.append(labels.CONDITIONS_UNSTATED[condition])
            else:
                misfits.append(labels.CONDITIONS_UNMET.get(condition, f"{label}:該当しない"))
        for feature in need.accessibility:
            if feature in FLAG and item.has(feature):
                reasons.append(labels.ACCESSIBILITY.get(feature, feature))
        for language in need.languages:
            if language != "ja" and language in item.languages:
                reasons.append(f"{LANGUAGES.get(language, language)}に対応")

    def _preferences(
        self, item: ListingProfile, position: int, distance_km: float | None, misfits: list[str]
    ) -> None:
        """希望 (not 必須) conditions the listing does not meet: said, not filtered."""
        need = self.need
        for key in CONDITION_KEYS:
            check = self.checks.get(key)
            if check is not None and not need.required(key) and not check.passing[position]:
                why = why_not(
                    key, item, need, distance_km, self.target_labels, self.age_band, self.free
                )
                noted = {"schedule": self.noted, "cost": self.cost_note}.get(key, "")
                if key == "cost" and self.monthly:
                    why = f"参加費{self._per_month(item)}（月の上限 {need.cost_ceiling_yen or 0:,}円）"
                misfits.append(f"{labels.CONDITION_KEY[key]}(希望): {why}{noted}")

    def _freshness(self, item: ListingProfile, reasons: list[str], misfits: list[str]) -> None:
        if item.verified_at is None:
            misfits.append("情報確認日が未登録")
            return
        age = (self.today - item.verified_at).days
        if age > self.weights.stale_days:
            misfits.append(f"情報確認日が1年以上前({_date(item.verified_at)})")
        elif age <= self.weights.fresh_days:
            reasons.append(f"情報確認日 {_date(item.verified_at)}")

    def _intake(self, item: ListingProfile, reasons: list[str], misfits: list[str]) -> bool:
        """受入状況 as the organization set it; True when it says 受け入れ可 and is recent."""
        if item.intake is None:
            return False
        state = f"{INTAKE_STATUS[item.intake]}({_date(item.intake_on)})" if item.intake_on else ""
        stale = (
            item.intake_on is None
            or (self.today - item.intake_on).days > self.weights.intake_stale_days
        )
        if stale:
            misfits.append(
                f"受入状況は{self.weights.intake_stale_days}日以上前の情報: {state or '日付なし'}"
            )
            return False
        if item.intake is IntakeStatus.OPEN:
            reasons.append(f"受入状況: {state}")
            return True
        misfits.append(f"受入状況: {state}")
        return False
