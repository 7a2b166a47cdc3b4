"""What the matching engine knows about a listing, and a table of them in column arrays.

A ``ListingProfile`` is a plain, immutable summary of a published listing (no ORM object), so
scoring is a pure function that tests can feed directly. ``ListingTable`` keeps the same facts
as numpy columns so that hard filters over 100,000 listings are a handful of vector operations.

Schedules become a 21-bit "slot mask": bit ``weekday * 3 + slot`` (slot 0 = 午前, 1 = 午後,
2 = 夜間) is set when the listing meets on that weekday at that time of day. A rule with no
time sets all three slots of its days (``times_known`` is then False), and a rule with no
weekday (毎月15日, 月1回不定期) leaves ``weekdays_known`` False: the engine does not exclude
such listings for their day, it says that the day must be checked. Their times are still
known (毎月15日 10:00〜11:30 is a morning): ``undated_slots`` holds the times of day of the
rules without a weekday, so a 平日午後 need does not meet a monthly morning.

A listing's 対象 is a list of groups, and most lists are alternatives: 「高齢者・障害のある方」
welcomes either, a 子ども食堂 for 子ども・子育て世帯 a child alone or a parent with one, and 外国に
ルーツ among the groups of 神立ひろば ぽっけ (「ベトナムやフィリピン出身のお母さんも一緒に」) does not
shut out a Japanese mother. The demo listings show when the groups are joined instead: the
listing's own name names one of them — 「外国につながる子どもの学習教室」 (子ども・外国にルーツ) is
for children with foreign roots, 「こども家庭センター 親子ひろば」 (子育て世帯・子ども) for a parent
with a small child, not a 14-year-old alone, 「にほんごひろば 夜のクラス」 (外国にルーツ・若者) for
foreign young people. So does its kind: the standard vocabulary defines 子育てひろば as 「乳幼児と
保護者が遊び、相談できる場」 (and こども食堂 as a place a child may come to alone), so よちよちサロン
(子育てひろば, 子育て世帯・子ども) is for a parent with a small child too. ``groups_named`` reads
those names and kinds (``NAMED_GROUP_WORDS``: the groups
that are a circumstance, not an age, which the age check covers), and the engine asks the
person to be in every group the name names. A listing whose 対象 also says どなたでも names no
group: it says itself that everyone is welcome.

A listing's 地区 (``area_id``, from its place) lets the engine tell a place in the person's own
地区 when it measures from that 地区's centre (see ``matching.engine.Origin``).

A listing's age range (対象年齢) is what its organization wrote (``Listing.age_min/age_max``);
when that is empty, it is what the description states as a condition (「小学生〜中学生が対象」
「65歳以上の方」, read by ``directory.ages.ages_in_text``), kept with the words as written
(``age_text``) so a suggestion can say where the range comes from; a statement about the child
of a family (「未就学児と保護者」), in either, also lets in the adults who bring one
(``ages_with_adults``; ``Listing.age_with_adults`` for the 対象年齢).
Its 受入状況 and the day it was set come along, so the engine can rank and explain them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Row, select, true
from sqlalchemy.orm import Session

from directory.ages import ages_in_text
from directory.models import (
    Category,
    IntakeStatus,
    Listing,
    ListingStatus,
    Location,
    Organization,
    Schedule,
    Target,
    listing_categories,
    listing_targets,
)
from directory.schedules import ScheduleSpec
from directory.schedules.model import RuleKind
from directory.schedules.serialization import spec_from_dict
from matching.models import TimeSlot

SLOTS = (TimeSlot.MORNING, TimeSlot.AFTERNOON, TimeSlot.EVENING)
NOON, EVENING = time(12, 0), time(17, 0)
ALL_SLOTS_MASK = (1 << 21) - 1
OPEN_HOURS = 6  # a time range this long is opening hours (平日 8:30〜17:15), not a meeting

# Accessibility and condition flags, one bit each in ``ListingTable.flags``: the listing's
# own columns, its features, and free of charge (参加費 0円).
COLUMN_FLAGS = (
    "wheelchair",
    "accessible_toilet",
    "pickup",
    "parking",
    "accepts_referrals",
    "trial_visit",
)
FEATURE_FLAGS = ("small_group", "kids_welcome", "women_only", "drop_in")
FLAG_NAMES = (*COLUMN_FLAGS, *FEATURE_FLAGS, "free")
FLAG = {name: 1 << i for i, name in enumerate(FLAG_NAMES)}
# Words of a listing's name that name one of its 対象 (see the module docstring). Ages are
# left to the age check: 子ども or 若者 in a name says how old, which 対象年齢 already tells.
NAMED_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "foreign_roots": ("外国", "日本語", "にほんご"),
    "parents": ("親子", "子育て", "ママ", "パパ"),
    "carers": ("介護者", "ケアラー"),
    "disability": ("障害", "障がい", "障碍"),
    "hikikomori": ("ひきこもり", "引きこもり"),
    "low_income": ("生活困窮",),
}
VOLUNTEER_WORD = "ボランティア"  # in a listing's name: the listing is a volunteer's role
SMALL_GROUP_CAPACITY = 10  # 定員10人以下なら少人数とみなす
# 受入状況 as a small integer column (0 = not set).
INTAKE_CODE: dict[IntakeStatus | None, int] = {
    None: 0,
    IntakeStatus.OPEN: 1,
    IntakeStatus.CONSULT: 2,
    IntakeStatus.PAUSED: 3,
}


def slot_bits(start: time | None, end: time | None) -> int:
    """Which of 午前/午後/夜間 a time range touches (all three when the time is unknown)."""
    if start is None and end is None:
        return 0b111
    begin = start if start is not None else end
    finish = end if end is not None else start
    if begin is None or finish is None:  # unreachable; narrows the types
        return 0b111
    bits = 0
    if begin < NOON:
        bits |= 0b001
    if begin < EVENING and finish > NOON:
        bits |= 0b010
    if finish > EVENING or begin >= EVENING:
        bits |= 0b100
    return bits or 0b010


def _open_hours(start: time, end: time | None) -> bool:
    """Whether a time range is a counter's or an open room's hours, not one meeting."""
    if end is None:
        return False
    minutes = (end.hour - start.hour) * 60 + end.minute - start.minute
    return minutes >= OPEN_HOURS * 60


def slot_mask(weekdays: Sequence[int], slots: Sequence[TimeSlot]) -> int:
    """The mask of a need's availability; no weekdays or no slots means "any"."""
    days = weekdays or range(7)
    slot_set = {SLOTS.index(s) for s in slots} if slots else {0, 1, 2}
    return sum(1 << (d * 3 + s) for d in days for s in slot_set)


@dataclass(frozen=True)
class ScheduleShape:
    mask: int
    weekdays_known: bool
    times_known: bool
    undated_slots: int = 0b111  # 午前/午後/夜間 bits of the rules without a weekday
    # The slots a person must be free at to join, by the same bits: a meeting that starts
    # before noon (平日 10:00〜14:00) is joined in the morning — someone free only in the
    # afternoon does not walk into a 就労体験 or a 学びの部屋 halfway (unless it is 出入り自由,
    # which the engine checks). Hours of a counter or an open room (平日 8:30〜17:15,
    # ``OPEN_HOURS``) are not a meeting: any time in them will do. None: the same as ``mask``.
    entry: int | None = None

    @property
    def entry_mask(self) -> int:
        return self.mask if self.entry is None else self.entry


WEEKS_A_MONTH = 4  # 「週1回300円」 is about 1,200円 a month


def visits_a_month(spec: ScheduleSpec) -> int:
    """How many times in a month one person would come: each meeting, up to once a week
    (``WEEKS_A_MONTH``). A place open every weekday, or 週2回, is a weekly visit; 隔週 two;
    第1・第3水曜 two; 月1回, a date or a schedule not known, one. A note's monthly budget
    (「会費は月千円まで」, ``matching.noted_cost``) is set against the fee times this."""
    visits = 0
    for rule in spec.rules:
        match rule.kind:
            case RuleKind.WEEKLY:
                visits += WEEKS_A_MONTH // max(rule.interval_weeks, 1)
            case RuleKind.MONTHLY_NTH:
                visits += len(rule.nth) * max(len(rule.weekdays), 1)
            case RuleKind.MONTHLY_DAY:
                visits += len(rule.days)
            case RuleKind.IRREGULAR:
                visits += rule.per_month or 1
            case _:
                visits += 1
    return min(max(visits, 1), WEEKS_A_MONTH)


def schedule_shape(spec: ScheduleSpec) -> ScheduleShape:
    mask, entry, weekdays_known, times_known = 0, 0, bool(spec.rules), bool(spec.rules)
    undated = 0 if spec.rules else 0b111
    for rule in spec.rules:
        bits = slot_bits(*(rule.times.start, rule.times.end) if rule.times else (None, None))
        if rule.times is None or (rule.times.start is None and rule.times.end is None):
            times_known = False
        if not rule.weekdays:
            weekdays_known = False
            undated |= bits
            continue
        starts, ends = (rule.times.start, rule.times.end) if rule.times else (None, None)
        meeting = starts is not None and starts < NOON and not _open_hours(starts, ends)
        joined = 0b001 if meeting else bits
        for day in rule.weekdays:
            mask |= bits << (day * 3)
            entry |= joined << (day * 3)
    return ScheduleShape(mask, weekdays_known, times_known, undated, entry)


@dataclass(frozen=True)
class ListingProfile:
    id: int
    name: str
    organization: str
    categories: frozenset[str]
    targets: frozenset[str]
    schedule: ScheduleShape
    schedule_text: str
    lat: float | None
    lon: float | None
    cost_yen: int | None
    capacity: int | None
    flags: int
    languages: frozenset[str]
    verified_at: date | None
    text: str  # name, tags, categories and description: what interests are matched against
    age_min: int | None = None  # 対象年齢; None = open at that end
    age_max: int | None = None
    intake: IntakeStatus | None = None  # 受入状況, as the organization last set it
    intake_on: date | None = None
    # name, tags and category labels: what the listing is about, as its organization sums it
    # up (a word here counts fully; a word only in the description counts half)
    summary: str = ""
    area_id: int | None = None  # the 地区 its place is in
    # The description's words the age range was read from (「65歳以上の方」); empty when the
    # organization filled 対象年齢 itself or no age is stated.
    age_text: str = ""
    ages_with_adults: bool = False  # the ages are a child's: adults bringing one may come
    kinds: tuple[str, ...] = ()  # its categories' labels (子育てひろば, こども食堂)
    visits_a_month: int = 1  # how often one person would come in a month (``visits_a_month``)

    def has(self, flag: str) -> bool:
        return bool(self.flags & FLAG[flag])


# What a profile is made of, read as plain columns (no ORM objects: loading 100,000 listings
# with their categories, targets, places, schedules and organizations as objects took 30 s).
_COLUMNS = (
    Listing.id,
    Listing.name,
    Organization.name.label("organization"),
    Listing.tags,
    Listing.description,
    Listing.cost_yen,
    Listing.capacity,
    Listing.wheelchair,
    Listing.accessible_toilet,
    Listing.pickup,
    Listing.parking,
    Listing.accepts_referrals,
    Listing.trial_visit,
    Listing.features,
    Listing.languages,
    Listing.verified_at,
    Listing.age_min,
    Listing.age_max,
    Listing.age_with_adults,
    Listing.intake_status,
    Listing.intake_status_on,
    Location.lat,
    Location.lon,
    Location.area_id,
    Schedule.spec.label("schedule_spec"),
    Schedule.text.label("schedule_text"),
)


def profile(
    row: Row[Any],
    categories: Sequence[str],
    targets: Iterable[str],
    category_labels: dict[str, str],
) -> ListingProfile:
    """A listing's profile from its columns (``_COLUMNS``) and its category and target codes
    (categories in their vocabulary's order)."""
    spec = spec_from_dict(row.schedule_spec) if row.schedule_spec else ScheduleSpec()
    features = set(row.features or ())
    flags = 0
    for name in COLUMN_FLAGS:
        if getattr(row, name):
            flags |= FLAG[name]
    for name in FEATURE_FLAGS:
        if name in features:
            flags |= FLAG[name]
    if row.capacity is not None and row.capacity <= SMALL_GROUP_CAPACITY:
        flags |= FLAG["small_group"]
    if row.cost_yen == 0:
        flags |= FLAG["free"]
    summary = " ".join(
        [
            row.name,
            " ".join(row.tags or ()),
            " ".join(category_labels.get(c, "") for c in categories),
        ]
    )
    age_min, age_max, age_text = row.age_min, row.age_max, ""
    with_adults = bool(row.age_with_adults)  # 「未就学児とその保護者」 in its 対象年齢
    if age_min is None and age_max is None and (stated := ages_in_text(row.description or "")):
        (age_min, age_max), age_text, with_adults = stated.range, stated.phrase, stated.with_adults
    return ListingProfile(
        id=row.id,
        name=row.name,
        organization=row.organization,
        categories=frozenset(categories),
        targets=frozenset(targets),
        schedule=schedule_shape(spec),
        visits_a_month=visits_a_month(spec),
        schedule_text=row.schedule_text or "",
        lat=row.lat,
        lon=row.lon,
        cost_yen=row.cost_yen,
        capacity=row.capacity,
        flags=flags,
        languages=frozenset(row.languages or ()) | {"ja"},
        verified_at=row.verified_at,
        age_min=age_min,
        age_max=age_max,
        age_text=age_text,
        ages_with_adults=with_adults,
        intake=row.intake_status,
        intake_on=row.intake_status_on,
        text=f"{summary} {row.description}",
        summary=summary,
        area_id=row.area_id,
        kinds=tuple(category_labels[c] for c in categories if c in category_labels),
    )


def groups_named(item: ListingProfile) -> dict[str, str]:
    """The 対象 of a listing that its name or its kind (種類) names, each of which a person
    must be in (see the module docstring), with the words that name it (「名称「親子ひろば」」,
    「種類「子育てひろば」」): none when its 対象 says どなたでも."""
    if "everyone" in item.targets:
        return {}
    named: dict[str, str] = {}
    for what, text in (("名称", item.name), *(("種類", kind) for kind in item.kinds)):
        plain = unicodedata.normalize("NFKC", text)
        for code in sorted(item.targets):
            if code not in named and any(w in plain for w in NAMED_GROUP_WORDS.get(code, ())):
                named[code] = f"{what}「{text}」"
    return named


class ListingTable:
    """Profiles plus their facts as numpy columns, in the same order."""

    def __init__(self, profiles: Sequence[ListingProfile]) -> None:
        self.profiles = list(profiles)
        target_codes = sorted({t for p in self.profiles for t in p.targets})
        category_codes = sorted({c for p in self.profiles for c in p.categories})
        self.category_bit = {code: 1 << i for i, code in enumerate(category_codes)}
        language_codes = sorted({lang for p in self.profiles for lang in p.languages})
        self.target_bit = {code: 1 << i for i, code in enumerate(target_codes)}
        self.language_bit = {code: 1 << i for i, code in enumerate(language_codes)}
        n = len(self.profiles)
        self.ids = np.fromiter((p.id for p in self.profiles), dtype=np.int64, count=n)
        self.lat = np.array(
            [np.nan if p.lat is None else p.lat for p in self.profiles], dtype=np.float64
        )
        self.lon = np.array(
            [np.nan if p.lon is None else p.lon for p in self.profiles], dtype=np.float64
        )
        self.slots = np.fromiter((p.schedule.mask for p in self.profiles), dtype=np.int64, count=n)
        # What a person must be free at to join (``ScheduleShape.entry``); a 出入り自由 place
        # is joined at any time it is open.
        self.entry_slots = np.fromiter(
            (p.schedule.mask if p.has("drop_in") else p.schedule.entry_mask for p in self.profiles),
            dtype=np.int64,
            count=n,
        )
        self.weekdays_known = np.fromiter(
            (p.schedule.weekdays_known for p in self.profiles), dtype=bool, count=n
        )
        self.undated_slots = np.fromiter(
            (p.schedule.undated_slots for p in self.profiles), dtype=np.int64, count=n
        )
        self.age_min = np.array(
            [np.nan if p.age_min is None else p.age_min for p in self.profiles], dtype=np.float64
        )
        self.age_max = np.array(
            [np.nan if p.age_max is None else p.age_max for p in self.profiles], dtype=np.float64
        )
        self.ages_with_adults = np.fromiter(
            (p.ages_with_adults for p in self.profiles), dtype=np.bool_, count=n
        )
        self.intake = np.array([INTAKE_CODE[p.intake] for p in self.profiles], dtype=np.int8)
        self.intake_ordinal = np.array(
            [np.nan if p.intake_on is None else p.intake_on.toordinal() for p in self.profiles],
            dtype=np.float64,
        )
        self.flags = np.fromiter((p.flags for p in self.profiles), dtype=np.int64, count=n)
        self.targets = np.fromiter(
            (sum(self.target_bit[t] for t in p.targets) for p in self.profiles),
            dtype=np.int64,
            count=n,
        )
        self.named_groups = np.fromiter(
            (sum(self.target_bit[t] for t in groups_named(p)) for p in self.profiles),
            dtype=np.int64,
            count=n,
        )
        self.categories = np.fromiter(
            (sum(self.category_bit[c] for c in p.categories) for p in self.profiles),
            dtype=np.int64,
            count=n,
        )
        # 「オレンジカフェのお手伝いボランティア」: the listing is a volunteer's role, not a place
        # to take part in as a guest (the 認知症カフェ itself is another listing).
        self.volunteer_role = np.fromiter(
            (VOLUNTEER_WORD in unicodedata.normalize("NFKC", p.name) for p in self.profiles),
            dtype=np.bool_,
            count=n,
        )
        # 「元教員や大学生のボランティアが…」: the place says volunteers do its work there, so
        # someone who comes to help is not one of the 対象 it serves.
        self.takes_helpers = np.fromiter(
            (VOLUNTEER_WORD in unicodedata.normalize("NFKC", p.text) for p in self.profiles),
            dtype=np.bool_,
            count=n,
        )
        self.area = np.fromiter(
            (-1 if p.area_id is None else p.area_id for p in self.profiles),
            dtype=np.int64,
            count=n,
        )
        self.cost = np.array(
            [np.nan if p.cost_yen is None else p.cost_yen for p in self.profiles], dtype=np.float64
        )
        self.visits = np.fromiter(
            (p.visits_a_month for p in self.profiles), dtype=np.float64, count=n
        )
        self.verified_ordinal = np.array(
            [np.nan if p.verified_at is None else p.verified_at.toordinal() for p in self.profiles],
            dtype=np.float64,
        )
        self.languages = np.fromiter(
            (sum(self.language_bit[x] for x in p.languages) for p in self.profiles),
            dtype=np.int64,
            count=n,
        )

    def __len__(self) -> int:
        return len(self.profiles)

    def bits(self, codes: Sequence[str], table: dict[str, int]) -> int:
        """The bit mask of the codes; a code named twice is still one bit (a sum would carry
        into the next code's bit: どなたでも twice read as 外国にルーツ)."""
        mask = 0
        for code in codes:
            mask |= table.get(code, 0)
        return mask

    def positions(self) -> npt.NDArray[np.int64]:
        return np.arange(len(self.profiles), dtype=np.int64)


LOAD_BATCH = 1000  # listings named in one statement when some are read again


def load_profiles(session: Session, ids: Collection[int] | None = None) -> list[ListingProfile]:
    """The profiles of the published listings (coordinators see coordinator-only ones too),
    by id; of those among ``ids`` only when given (a listing not published has none)."""
    category_labels = {
        code: label for code, label in session.execute(select(Category.code, Category.label))
    }
    if ids is None:
        return _profiles(session, None, category_labels)
    wanted = sorted(ids)
    found: list[ListingProfile] = []
    for first in range(0, len(wanted), LOAD_BATCH):
        found += _profiles(session, wanted[first : first + LOAD_BATCH], category_labels)
    return found


def _profiles(
    session: Session, ids: Sequence[int] | None, category_labels: dict[str, str]
) -> list[ListingProfile]:
    def chosen(column: Any) -> Any:
        return true() if ids is None else column.in_(ids)

    categories: dict[int, list[str]] = {}
    for listing_id, code in session.execute(
        select(listing_categories.c.listing_id, Category.code)
        .join(Category, Category.id == listing_categories.c.category_id)
        .where(chosen(listing_categories.c.listing_id))
        .order_by(Category.position, Category.id)
    ):
        categories.setdefault(listing_id, []).append(code)
    targets: dict[int, list[str]] = {}
    for listing_id, code in session.execute(
        select(listing_targets.c.listing_id, Target.code)
        .join(Target, Target.id == listing_targets.c.target_id)
        .where(chosen(listing_targets.c.listing_id))
    ):
        targets.setdefault(listing_id, []).append(code)
    rows = session.execute(
        select(*_COLUMNS)
        .join(Organization, Organization.id == Listing.organization_id)
        .outerjoin(Location, Location.listing_id == Listing.id)
        .outerjoin(Schedule, Schedule.listing_id == Listing.id)
        .where(Listing.status == ListingStatus.PUBLISHED, chosen(Listing.id))
        .order_by(Listing.id)
    )
    return [
        profile(row, categories.get(row.id, ()), targets.get(row.id, ()), category_labels)
        for row in rows
    ]


def load_table(session: Session) -> ListingTable:
    """Every published listing (coordinators see coordinator-only ones too), as a table."""
    return ListingTable(load_profiles(session))
