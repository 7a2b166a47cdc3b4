"""The conditions of a need that can be 必須 or 希望, checked against every listing at once.

For each condition key of ``matching.plans.CONDITION_KEYS`` that the need actually sets,
``check_conditions`` returns a ``Check``: which listings meet it (a boolean column), and how
well (a value in [0, 1] that scores it when the need marks it 希望). ``why_not`` says in a few
words why one listing does not meet one condition, as a near miss shows it:
「直線3.2km（希望 3km）」「直線4.7km（自転車の目安4km）」「土曜午前のみ」「対象年齢 15〜39歳」.

曜日・時間帯: a listing meets the person's days and times when it meets while they are free —
and, for a meeting that starts before noon (平日 10:00〜14:00), when they are free in the
morning: someone who cannot do mornings does not join a 就労体験 or a 学びの部屋 halfway. A
出入り自由 place, and hours of six or more (a 窓口's 8:30〜17:15), are joined at any time
(``matching.profiles.ScheduleShape.entry``); the near miss says 「午前に始まる（…）」.

A listing beyond the travel limit that offers 送迎 says so in its near miss when the person
needs one (送迎 ticked, or 「送迎があれば」 in the note: 「直線4.6km（徒歩の目安1.5km）・送迎あり」).
It is not let through the limit: how far a 町内会's 送迎 goes is for the coordinator to ask,
and the judged personas disagree on it (a 74-year-old's 4.6km サロン judged good, an
82-year-old's 3.5km ones not).

A listing that leaves something unknown (no address, 毎月15日 with no weekday, no age range,
cost not given) meets the condition: the suggestion says what to check instead of hiding it.

対象: a listing is open to the person when it is for everyone or names one of their groups,
unless its name or kind names a group they are not in (「外国につながる子どもの学習教室」 for a
child with no foreign roots, 「親子ひろば」 or a 子育てひろば for a child alone: ``matching.profiles.groups_named``); a near
miss then says which group and that the listing's name says so. For an adult, a place for
children (対象 子ども・子育て世帯 only, besides circumstances) is open but not *meant* for them
through a circumstance it names (``named_target``): its 生活困窮 is the children's. Someone
who comes to help is none of those a place serves: when the need asks for ボランティア and
another kind, a place of that kind whose text names volunteers is open to them whatever its 対象
and 対象年齢 (``helper_places``; a retired teacher and a children's study room).

Age: the case records an age band (15〜19歳), not an age. A listing's range (its 対象年齢, or
the ages its description states) is for the person when it holds at least two of the band's
years or half of them: 中学生 (12〜15歳, generous at its end) touches the 15〜19 band in one
year only, and a high-school student is not who a 中学生's study room is for. A child under 15
is offered only places that say they are for children — a range holding their ages, a 対象 of
children's ages (子ども), or 子連れ歓迎 — not an adult's 事務の練習会 that says どなたでも.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from directory.ages import MAX_AGE, TARGET_AGES, describe_age_range
from directory.labels import LANGUAGES
from matching import labels
from matching.models import AgeBand, TimeSlot
from matching.noted_conditions import pickup_noted
from matching.noted_gender import for_fathers, man_noted, named_parents_closed, woman_noted
from matching.plans import NeedData
from matching.profiles import (
    FLAG,
    SLOTS,
    ListingProfile,
    ListingTable,
    groups_named,
    slot_mask,
)

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
WEEKDAY = "月火水木金土日"
EVERYONE = "everyone"

# The years an age band spans (both ends included).
AGE_BAND_YEARS: dict[AgeBand, tuple[int, int]] = {
    AgeBand.UNDER_6: (0, 5),
    AgeBand.AGE_6_12: (6, 12),
    AgeBand.AGE_13_14: (13, 14),
    AgeBand.UNDER_15: (0, 14),
    AgeBand.AGE_15_19: (15, 19),
    AgeBand.AGE_20S: (20, 29),
    AgeBand.AGE_30S: (30, 39),
    AgeBand.AGE_40S: (40, 49),
    AgeBand.AGE_50S: (50, 59),
    AgeBand.AGE_60S: (60, 69),
    AgeBand.AGE_70S: (70, 79),
    AgeBand.OVER_80: (80, 130),
}


def wants_pickup(need: NeedData) -> bool:
    """Whether the person needs a pickup: 送迎 ticked, or asked for in the note."""
    return "pickup" in need.accessibility or bool(pickup_noted(need.interests))


DEMENTIA_CAFE = "ninchisho_cafe"  # a category code: its 高齢者 are people with dementia
# The person's own dementia (「若年性認知症」, ``matching.noted_groups.dementia_noted``): a 対象
# no listing ticks, for the 認知症カフェ are for people with dementia and their families
# whatever 対象 they tick (介護をしている家族, 高齢者). Joined to the need's 対象 by the engine.
OWN_DEMENTIA = "dementia"
SENIORS = "seniors"
CARERS = "carers"
YOUTH = "youth"
CHILD_AGE = 14  # a band ending at or below this is a child's: see the module docstring
ADULT_AGE = 20  # a band starting here is an adult's: a children's place is not meant for them
CHILD_GROUPS = ("children", "parents")  # 対象 of a child's ages (子育て世帯: under school age)


def band_within(years: tuple[int, int], low: float, high: float) -> bool:
    """Whether the ages ``low``..``high`` hold at least two of the band's years, or half."""
    first, last = years[0], min(years[1], MAX_AGE)
    common = min(last, high) - max(first, low) + 1
    return bool(common >= 2 or 2 * common >= last - first + 1) and common > 0


def age_check(table: ListingTable, years: tuple[int, int]) -> BoolArray:
    """Which listings are for someone of the band's years (see the module docstring)."""
    low = np.nan_to_num(table.age_min, nan=0.0)
    high = np.nan_to_num(table.age_max, nan=float(MAX_AGE))
    first, last = years[0], min(years[1], MAX_AGE)
    common = np.minimum(last, high) - np.maximum(first, low) + 1
    passing: BoolArray = (common > 0) & ((common >= 2) | (2 * common >= last - first + 1))
    # (band_within, over the whole table at once)
    if first >= 18:
        passing = passing | table.ages_with_adults  # a parent bringing a child of those ages
    if last <= CHILD_AGE:
        unstated = np.isnan(table.age_min) & np.isnan(table.age_max)
        kids_welcome = (table.flags & FLAG["kids_welcome"]) != 0
        meant = [code for code in table.target_bit if _target_for(code, years)]
        for_children = kids_welcome | ((table.targets & table.bits(meant, table.target_bit)) != 0)
        passing = passing & (~unstated | for_children)
    return passing


def age_groups(years: tuple[int, int] | None) -> tuple[str, ...]:
    """The 対象 of an age (``TARGET_AGES``: 高齢者, 若者, 子ども) that hold all of the person's
    years: 高齢者 for 70代 and 80歳以上 (not 60代: 65 splits it), 若者 for 15〜19歳 to 30代,
    子ども for a child of 中学 age at most — a place for 子ども that states no ages is a
    小中学生's, not a 高校生's (measured: 子ども for a 高1 put a 放課後まなび広場 first); a note's
    「中3」 on a 15〜19歳 case (15) is 中学 age. 子育て世帯 is the parent's, not an age of the
    person's."""
    if years is None:
        return ()
    first, last = years[0], min(years[1], MAX_AGE)
    return tuple(
        code
        for code, ranges in TARGET_AGES.items()
        if code != "parents"
        and (code != "children" or last <= CHILD_AGE + 1)
        and any(
            (low or 0) <= first and last <= (MAX_AGE if high is None else high)
            for low, high in ranges
        )
    )


def _target_for(code: str, years: tuple[int, int]) -> bool:
    """Whether the 対象 ``code`` is meant for people of the band's years (子ども for 6〜12歳;
    not 子育て世帯, whose child is under school age)."""
    return any(
        band_within(years, low or 0, MAX_AGE if high is None else high)
        for low, high in TARGET_AGES.get(code, ())
    )


@dataclass(frozen=True)
class Check:
    key: str
    passing: BoolArray  # over the whole table
    value: FloatArray  # 0..1 over the whole table: how well each listing meets it


def _eligible_targets(table: ListingTable, wanted: tuple[str, ...]) -> BoolArray:
    """Listings for everyone, or naming one of the person's groups — and whose name names no
    group the person is not in (``matching.profiles.groups_named``)."""
    bits = table.bits([EVERYONE, *wanted], table.target_bit)
    eligible: BoolArray = (table.targets == 0) | ((table.targets & bits) != 0)
    if OWN_DEMENTIA in wanted:
        eligible |= dementia_cafes(table)
    eligible &= (table.named_groups & ~bits) == 0
    return eligible


def dementia_cafes(table: ListingTable) -> BoolArray:
    """The listings of the 認知症カフェ kind."""
    cafes: BoolArray = (table.categories & table.bits([DEMENTIA_CAFE], table.category_bit)) != 0
    return cafes


def named_target(
    table: ListingTable, wanted: tuple[str, ...], years: tuple[int, int] | None = None
) -> BoolArray:
    """Listings that name one of the person's groups (not only どなたでも).

    For an adult (``years`` from ``ADULT_AGE``), a place for children — its 対象 names only
    children's groups (子ども, 子育て世帯) besides circumstances, or its ages end below 18 —
    names their circumstance (生活困窮, 障害のある方) for the children it serves: a
    放課後まなび広場 for 子ども・生活困窮 is no place meant for a man of 52 on 生活保護. It
    stays open to them (an adult may help there, or come along); it is just not for them.

    A 認知症カフェ's 高齢者 are people with dementia, whom it serves with their families: it
    names a carer (介護をしている家族), not every older person — an 83-year-old who wanted to
    play 将棋 was offered one as a place meant for him.
    """
    bits = table.target_bit
    named: BoolArray = (table.targets & table.bits(list(wanted), bits)) != 0
    dementia = (table.categories & table.bits([DEMENTIA_CAFE], table.category_bit)) != 0
    if SENIORS in wanted:
        besides = (table.targets & table.bits([t for t in wanted if t != SENIORS], bits)) != 0
        named = np.where(dementia, besides, named)
    if OWN_DEMENTIA in wanted:
        named = named | dementia  # 「若年性認知症」: the 認知症カフェ are for them
    if years is None or years[0] < ADULT_AGE:
        return named
    ages = [t for t in wanted if t in TARGET_AGES]
    circumstances = [t for t in wanted if t not in TARGET_AGES]
    grown = [EVERYONE, *(t for t in TARGET_AGES if t not in CHILD_GROUPS)]
    for_children = ((table.targets & table.bits(CHILD_GROUPS, bits)) != 0) & (
        (table.targets & table.bits(grown, bits)) == 0
    )
    with np.errstate(invalid="ignore"):
        for_children |= table.age_max < ADULT_AGE - 2
    by_age = (table.targets & table.bits(ages, bits)) != 0
    by_age &= ~dementia | (
        (table.targets & table.bits([a for a in ages if a != SENIORS], bits)) != 0
    )
    by_circumstance = (table.targets & table.bits(circumstances, bits)) != 0
    if OWN_DEMENTIA in wanted:
        by_circumstance |= dementia
    result: BoolArray = by_age | (by_circumstance & ~for_children)
    return result


def childrens_place(item: ListingProfile) -> bool:
    """Whether a place is for children (``named_target``, one listing): its 対象 name children's
    groups and no grown one (どなたでも, 高齢者, 若者), or its ages end below 18. A 囲碁クラブ
    for どなたでも・高齢者 is none, though it comes after the carers' places for a carer."""
    grown = {EVERYONE, *(t for t in TARGET_AGES if t not in CHILD_GROUPS)}
    targets = set(item.targets)
    if targets & set(CHILD_GROUPS) and not targets & grown:
        return True
    return item.age_max is not None and item.age_max < ADULT_AGE - 2


VOLUNTEER_CATEGORY = "volunteer"


def helper_places(table: ListingTable, need: NeedData) -> BoolArray:
    """Places the person would join as a helper: the need asks for ボランティア and another
    kind of place, and a place of that other kind says volunteers do its work (「元教員や大学生
    のボランティアが…」).

    Its 対象 and 対象年齢 then say whom it serves, not who may help: a retired teacher who wants
    to teach children is no child, and was offered no children's study room. Only with the
    ボランティア kind asked for (the role is the person's choice, not read from a word in a
    note: a 16-year-old with ダウン症 who would 「お手伝い」 lost his weekend places when it was),
    and only places of the other kinds asked for, whose text names volunteers.
    """
    if VOLUNTEER_CATEGORY not in need.categories:
        return np.zeros(len(table), dtype=np.bool_)
    others = [c for c in need.categories if c != VOLUNTEER_CATEGORY]
    kinds = (table.categories & table.bits(others, table.category_bit)) != 0
    helped: BoolArray = kinds & table.takes_helpers
    return helped


def only_as_helper(
    table: ListingTable,
    need: NeedData,
    age_band: AgeBand,
    helper: BoolArray,
    years: tuple[int, int] | None = None,
) -> BoolArray:
    """The ``helper`` places the person could not join for themselves (their 対象 or 対象年齢
    leaves the person out): a suggestion of one says whom it serves, not that it is for them."""
    own = _eligible_targets(table, need.targets)
    years = years or AGE_BAND_YEARS.get(age_band)
    if years is not None:
        own = own & age_check(table, years)
    result: BoolArray = helper & ~own
    return result


# Roles a person with dementia of their own is better not offered first (「若年性認知症。何かの
# 役に立ちたい」): minding children (託児, 子ども食堂, 見守り of a school route), where the
# family and the organizer must trust the helper with them, and a role carried out alone (a
# 生活支援 on request at someone's home, an older person's 付き添い). A man of 62 who wanted a
# role was offered the 託児 and 子ども食堂 volunteers before the 配食 kitchen and the 花壇.
_WITH_CHILDREN = re.compile(r"託児|お子さん|子ども|子供|こども|小学生|中学生|登下校|園児|赤ちゃん")
_ALONE = re.compile(r"ご依頼|依頼に合わせ|お宅|訪問|付き添|ひとりで|一人で|個別に")
_CHILDREN_KINDS = ("kodomo_shokudo", "kosodate", "gakushu")


def roles_with_children_or_alone(table: ListingTable) -> tuple[BoolArray, BoolArray]:
    """The volunteer roles (a listing of the ボランティア kind, or named one) that mind
    children, and those carried out alone (see ``_WITH_CHILDREN``, ``_ALONE``)."""
    role = table.volunteer_role | (
        (table.categories & table.bits([VOLUNTEER_CATEGORY], table.category_bit)) != 0
    )
    kinds = (table.categories & table.bits(list(_CHILDREN_KINDS), table.category_bit)) != 0
    for_children = (table.targets & table.bits(["children"], table.target_bit)) != 0
    said = _says(table, role, _WITH_CHILDREN)
    alone = _says(table, role, _ALONE)
    children: BoolArray = role & (kinds | for_children | said)
    by_themselves: BoolArray = role & alone & ~children
    return children, by_themselves


# 「何か役割がほしい」「まだ働ける」「人の役に立ちたい」「することがない」: a person with dementia
# of their own who asks for something to do, not for a place to sit
ROLE_WISH = re.compile(
    r"役割|役に立|出番|働け|働き|働く|作業が?したい|仕事が?したい|何かしたい|何かやりたい"
    r"|することがない|やることがない|まだできる|今もできる"
)
# 「認知症の方が、お茶を淹れたり…する役を担って」: a café where the person with dementia has a role
_CAFE_ROLE = re.compile(
    r"(?:認知症の(?:方|人|ご本人)|ご本人|本人)が[^。]{0,40}?(?:役|係|担っ|担い)"
)
WORK_CATEGORY = "shuro"


def guest_only_cafes(table: ListingTable) -> BoolArray:
    """The 認知症カフェ where a person with dementia is a guest: not a volunteer role, nor of the
    就労 kind, nor a café that says its people with dementia take a role (お茶を淹れる役)."""
    role = table.volunteer_role | (
        (table.categories & table.bits([VOLUNTEER_CATEGORY, WORK_CATEGORY], table.category_bit))
        != 0
    )
    guest: BoolArray = dementia_cafes(table) & ~role
    return guest & ~_says(table, guest, _CAFE_ROLE)


def _says(table: ListingTable, among: BoolArray, pattern: re.Pattern[str]) -> BoolArray:
    """Which of the listings ``among`` say ``pattern`` in their text: only those are read (a
    request reads the few roles or cafés, not every listing's text, at 100,000 listings)."""
    found: BoolArray = np.zeros(len(table.profiles), dtype=np.bool_)
    for i in np.flatnonzero(among):
        found[i] = pattern.search(unicodedata.normalize("NFKC", table.profiles[i].text)) is not None
    return found


CHILD_TARGET = "children"
# When a school child is free: weekday afternoons and evenings, and the weekend.
AFTER_SCHOOL = slot_mask(range(5), (TimeSlot.AFTERNOON, TimeSlot.EVENING)) | slot_mask((5, 6), ())


def time_bits(need: NeedData) -> int:
    """The 午前/午後/夜間 bits the person is free at (all three when not said)."""
    if not need.time_slots:
        return 0b111
    return sum(1 << SLOTS.index(s) for s in need.time_slots)


def free_mask(need: NeedData, free: int | None = None) -> int:
    """The day × time bits the person is free at: ``free`` when a note said more than the
    need's 曜日 × 時間帯 can (「平日夕方か土日」, ``matching.noted_times``), else their product."""
    return slot_mask(need.weekdays, need.time_slots) if free is None else free


def _for_fathers(table: ListingTable) -> BoolArray:
    """The listings named for fathers (``matching.noted_gender.for_fathers``)."""
    return np.fromiter((for_fathers(item.name) for item in table.profiles), bool, len(table))


def check_conditions(
    table: ListingTable,
    need: NeedData,
    km: FloatArray,
    age_band: AgeBand,
    home: BoolArray | None = None,
    years: tuple[int, int] | None = None,
    free: int | None = None,
    helper: BoolArray | None = None,
    child: tuple[int, int] | None = None,
    child_at_home: bool = False,
    child_age_said: bool = False,
) -> list[Check]:
    """The conditions the need sets, in the order of ``CONDITION_KEYS``.

    ``home``: the listings in the person's own 地区 when ``km`` is measured from its centre
    (where in it they live is unknown): those meet a travel limit. ``years``: the person's age
    when known better than the band's years (a note's 「中3」, ``matching.noted_age``).
    ``free``: the day × time bits a note says the person is free at (``free_mask``).
    ``helper``: the places the person would join as a helper (``helper_places``), open to
    them whatever their 対象 and 対象年齢. ``child``: the years of a child the need is for
    (「中1の娘の勉強」, ``matching.noted_child``): a place for the child's age is open too,
    when it meets after school or at the weekend — any time when ``child_at_home`` (不登校).
    """
    n = len(table)
    checks: list[Check] = []

    def add(key: str, passing: BoolArray, value: FloatArray | None = None) -> None:
        values = passing * 1.0 if value is None else value
        checks.append(Check(key, passing, np.asarray(values, dtype=np.float64)))

    # Always checked: with no group given, only places for everyone (or unstated) are open.
    helping = np.zeros(n, dtype=np.bool_) if helper is None else helper
    eligible = _eligible_targets(table, need.targets)
    years = years or AGE_BAND_YEARS.get(age_band)
    named = named_target(table, need.targets, years) & eligible
    if man_noted(need.interests):
        # 「育休中の父親」: a place for women only is not open to him (``matching.noted_gender``).
        eligible = eligible & ((table.flags & FLAG["women_only"]) == 0)
    elif woman_noted(need.interests):
        # 「ママ友がほしい」: nor is a place named for fathers open to her.
        eligible = eligible & ~_for_fathers(table)
    # 「ふたご・みつごの会」「パパとあそぼう」: open when the note says the person is one of them.
    closed = np.fromiter(
        (
            EVERYONE not in item.targets and bool(named_parents_closed(item.name, need.interests))
            for item in table.profiles
        ),
        bool,
        n,
    )
    eligible = eligible & ~closed
    if child is not None and not child_at_home:
        # A place open only to the child the need is for (「子（小3）の宿題」) must meet when a
        # school child is free: after school or at the weekend. One held in school hours
        # (平日 10:00〜15:00) is for children who do not go (不登校), not for this child.
        others = tuple(t for t in need.targets if t != CHILD_TARGET)
        through_child = eligible & ~_eligible_targets(table, others)
        in_school_hours = table.weekdays_known & ((table.entry_slots & AFTER_SCHOOL) == 0)
        eligible = eligible & ~(through_child & in_school_hours)
        if child_age_said:
            # 「息子（小3）の宿題」: with the child's school year said, a place the parent cannot
            # join that says no ages is not known to be for this child (a near miss).
            unstated = np.isnan(table.age_min) & np.isnan(table.age_max)
            eligible = eligible & ~(through_child & unstated)
        named = named & eligible
    eligible = eligible | helping
    value = np.where(named, 1.0, np.where(eligible, 0.5, 0.0))
    if CARERS in need.targets:
        # 「夫（要介護3）を在宅介護」: the places for carers come before those the person's age
        # alone names (a carer of 74 was offered two general salons before the one for carers).
        # Only 高齢者・若者 (an age's groups) are put after; a parent's or a child's stay first.
        others = tuple(t for t in need.targets if t not in (SENIORS, YOUTH))
        value = np.where(named & ~named_target(table, others, years), 0.75, value)
    add("target", eligible, value)
    if years is not None:
        for_child = age_check(table, child) if child is not None else helping
        if child is not None and child_age_said:
            # 「中1」 is 12〜13: a 小学生's room (6〜12) shares a year with it, and is still
            # no room for a 中1. The child's school year must lie within the place's ages.
            low = np.nan_to_num(table.age_min, nan=0.0)
            high = np.nan_to_num(table.age_max, nan=float(MAX_AGE))
            for_child = (low <= child[0]) & (high >= min(child[1], MAX_AGE))
        add("age", age_check(table, years) | helping | for_child)
    if need.weekdays or need.time_slots or free is not None:
        dated = (table.entry_slots & free_mask(need, free)) != 0
        undated = ~table.weekdays_known & ((table.undated_slots & time_bits(need)) != 0)
        passing = dated | undated
        add("schedule", passing, np.where(dated, 1.0, np.where(passing, 0.5, 0.0)))
    limit_km = need.travel_limit_km
    if limit_km is not None:
        with np.errstate(invalid="ignore"):
            within = km <= limit_km
        if home is not None:
            within = within | home
        add("distance", within)
    access = [a for a in need.accessibility if a in FLAG]
    if access:
        met = sum(((table.flags & FLAG[a]) != 0) * 1.0 for a in access)
        add("accessibility", met == len(access), np.asarray(met / len(access), dtype=np.float64))
    languages = [x for x in need.languages if x != "ja"]
    if languages:
        add("language", (table.languages & table.bits(languages, table.language_bit)) != 0)
    if need.cost_ceiling_yen is not None:
        add("cost", ~(table.cost > need.cost_ceiling_yen))
    assert all(len(c.passing) == n for c in checks)  # noqa: S101 (an invariant, not input)
    return checks


def _when(mask: int) -> str:
    """土曜午前・日曜 … from a slot mask: a whole day is named without a time of day."""
    phrases = []
    for day in range(7):
        bits = (mask >> (day * 3)) & 0b111
        if bits == 0b111:
            phrases.append(f"{WEEKDAY[day]}曜")
        elif bits:
            times = "・".join(labels.TIME_SLOT[SLOTS[s]] for s in range(3) if bits & (1 << s))
            phrases.append(f"{WEEKDAY[day]}曜{times}")
    return "・".join(phrases[:3]) + ("など" if len(phrases) > 3 else "")


def why_not(
    key: str,
    item: ListingProfile,
    need: NeedData,
    km: float | None,
    target_labels: Mapping[str, str],
    age_band: AgeBand = AgeBand.UNKNOWN,
    free: int | None = None,
) -> str:
    """Why ``item`` does not meet condition ``key`` of the need, in a few words (``free``: as
    for ``check_conditions``)."""
    match key:
        case "target":
            if item.has("women_only") and (man := man_noted(need.interests)):
                return f"女性のみの場（メモ「{man}」より）"
            if for_fathers(item.name) and (woman := woman_noted(need.interests)):
                return f"父親のための場（メモ「{woman}」より）"
            if EVERYONE not in item.targets and (
                closed := named_parents_closed(item.name, need.interests)
            ):
                return closed
            named = groups_named(item)
            if missing := [code for code in named if code not in need.targets]:
                names = "・".join(target_labels.get(t, t) for t in missing)
                where = "・".join(dict.fromkeys(named[t] for t in missing))
                return f"{names}のための場（{where}より）"
            names = "・".join(target_labels.get(t, t) for t in sorted(item.targets))
            return f"{names}向け"
        case "age":
            return _why_not_age(item, age_band, target_labels)
        case "schedule":
            shape = item.schedule
            if not shape.weekdays_known and not shape.mask:
                times = "・".join(
                    labels.TIME_SLOT[SLOTS[s]] for s in range(3) if shape.undated_slots & (1 << s)
                )
                return f"{item.schedule_text}（{times}）"
            if shape.mask & free_mask(need, free) and not item.has("drop_in"):
                return f"午前に始まる（{item.schedule_text or _when(shape.mask)}）"
            return f"{_when(shape.mask)}のみ"
        case "distance":
            if km is None:
                return "場所が未確認"
            # 「送迎があれば」: a place beyond the limit that fetches people is worth a call.
            fetched = "・送迎あり" if item.has("pickup") and wants_pickup(need) else ""
            return f"直線{km:.1f}km（{need.travel_limit_phrase}）{fetched}"
        case "accessibility":
            missing = [
                labels.ACCESSIBILITY.get(a, a)
                for a in need.accessibility
                if a in FLAG and not item.has(a)
            ]
            return "・".join(missing) + "の記載なし"
        case "language":
            wanted = [LANGUAGES.get(x, x) for x in need.languages if x != "ja"]
            return "・".join(wanted) + "の対応なし"
        case "cost":
            return f"参加費 {item.cost_yen or 0:,}円（上限 {need.cost_ceiling_yen or 0:,}円）"
    return labels.CONDITION_KEY.get(key, key)


def _why_not_age(item: ListingProfile, age_band: AgeBand, target_labels: Mapping[str, str]) -> str:
    """「説明に『65歳以上の方』とあり、15〜19歳は対象外の可能性」「対象年齢 15〜39歳」."""
    who = re.sub(r"（.*?）", "", labels.AGE_BAND.get(age_band, ""))
    if item.age_min is None and item.age_max is None:
        names = "・".join(target_labels.get(t, t) for t in sorted(item.targets)) or "記載なし"
        return f"子どもが参加できるとの記載なし（対象: {names}）"
    if item.age_text:
        return f"説明に『{item.age_text}』とあり、{who}は対象外の可能性"
    stated = f"対象年齢 {describe_age_range(item.age_min, item.age_max)}"
    years = AGE_BAND_YEARS.get(age_band)
    low = 0 if item.age_min is None else item.age_min
    high = MAX_AGE if item.age_max is None else item.age_max
    if years is not None and min(years[1], high) >= max(years[0], low):
        return f"{stated}（{who}は対象外の可能性）"  # touches the band in one year only
    return stated
