"""The schedule value types: what a parsed schedule *is*, independent of any text.

:class:`ScheduleSpec` holds the :class:`Rule` s (one per recurrence: weekly,
n-th weekday of the month, day of the month, specific dates, irregular), the
closures and the remarks.  All types are frozen dataclasses, so a spec can be
compared, hashed and cached; the parser builds them, the formatter, the date
calculator and the serialiser only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from enum import StrEnum
from typing import Final

WEEKDAY_LABELS: tuple[str, ...] = ("月", "火", "水", "木", "金", "土", "日")  # 0 = Monday

HOLIDAY_BIT: Final = 1 << 7  # weekday_mask bit for "meets on national holidays"
SPEC_VERSION: Final = 1  # the "v" of the dict form
VALID_NTH: Final = frozenset({1, 2, 3, 4, 5, -1})  # 第1〜第5, and -1 = 最終


class RuleKind(StrEnum):
    WEEKLY = "weekly"  # 毎週水曜 / 隔週金曜 (interval_weeks=2) / 平日 / 土日祝
    MONTHLY_NTH = "monthly_nth"  # 第2・第4土曜 / 毎月第3日曜 / 最終金曜 (nth=-1)
    MONTHLY_DAY = "monthly_day"  # 毎月15日 / 毎月10日・25日
    DATES = "dates"  # 12月20日（日） / 2026年12月5日 — specific dates
    IRREGULAR = "irregular"  # 月1回（不定期） / 月2回 / 年4回 — no computable dates


@dataclass(frozen=True)
class TimeRange:
    start: time | None = None
    end: time | None = None


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    weekdays: tuple[int, ...] = ()  # sorted unique, 0=Mon..6=Sun (WEEKLY, MONTHLY_NTH)
    holidays: bool = False  # also meets on national holidays (土日祝)
    interval_weeks: int = 1  # 2 = 隔週
    anchor: date | None = None  # 隔週: the date it meets from (「12月4日から」), when the text says
    nth: tuple[int, ...] = ()  # sorted; 1..5, -1 = 最終 (MONTHLY_NTH)
    days: tuple[int, ...] = ()  # days of month (MONTHLY_DAY)
    dates: tuple[date, ...] = ()  # DATES
    per_month: int | None = None  # IRREGULAR: 月1回 → 1
    per_month_max: int | None = None  # IRREGULAR: 月1〜2回 → per_month 1, per_month_max 2
    per_year: int | None = None  # IRREGULAR: 年4回 → 4 (2か月に1回 → 6)
    times: TimeRange | None = None
    months: tuple[int, ...] = ()  # sorted, 1..12; () = every month (奇数月の / 4〜9月の)
    valid_from: date | None = None  # 2026年5月28日〜2027年3月5日: the rule holds in the period
    valid_until: date | None = None


@dataclass(frozen=True)
class ClosedPeriod:
    """A yearly closure, e.g. 12月29日～1月3日 (may wrap the year end).

    A whole month is a closure too: 8月は休み → (8,1)-(8,31).
    """

    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]


@dataclass(frozen=True)
class Move:
    """「（祝日の場合は翌日）」: a meeting that falls on a national holiday (``holidays``) or on
    one of ``weekdays`` is held on another day instead: ``days`` later (翌日 1, 翌週 7); or
    the next ``weekday`` after it (翌火曜日), or with ``next_week`` that of the week after
    (翌週の火曜日); or with ``nth`` the nth ``weekday`` of its month (第2月曜日), when that is
    later; or with ``workday`` the next weekday that is not a national holiday (翌平日). Where the text names no day (振替日は別途), there is no Move: the day is closed."""

    holidays: bool = False
    weekdays: tuple[int, ...] = ()
    days: int = 0
    weekday: int | None = None
    next_week: bool = False
    nth: int | None = None
    workday: bool = False  # 翌平日・翌営業日: the next Monday–Friday that is not a holiday


@dataclass(frozen=True)
class FiscalYear:
    """「令和8年度 毎週水曜日」: the rules are the list of one fiscal year (April to March), as
    written in the heading (``said``). Once that year is over the list is last year's, not an
    end: :func:`as_of` flags it on the day the schedule is shown or used."""

    year: int  # the year its April falls in: 令和8年度 is 2026
    said: str

    @property
    def last_day(self) -> date:
        return date(self.year + 1, 3, 31)


@dataclass(frozen=True)
class ScheduleSpec:
    rules: tuple[Rule, ...] = ()
    closed_on_holidays: bool = False
    closed_periods: tuple[ClosedPeriod, ...] = ()
    notes: tuple[str, ...] = ()  # recognised remarks kept verbatim
    unparsed: tuple[str, ...] = ()  # fragments not understood, verbatim
    original: str = ""
    # A facility's 開館時間・利用時間: when it is open, never a meeting (design.md §6).
    hours: tuple[Rule, ...] = ()
    # 休館日・定休日・休み written as rules (毎週火曜日, 第3月曜日): days with no meeting and no
    # opening, never occurrences.
    closed_rules: tuple[Rule, ...] = ()
    # Where a meeting on a closed day goes instead (「祝日の場合は翌日」); the text stays a note.
    moves: tuple[Move, ...] = ()
    # The fiscal year a heading gives the rules (「令和8年度 …」); 「令和8年度末まで」 is an end, not this.
    fiscal_year: FiscalYear | None = None

    @property
    def needs_review(self) -> bool:
        """True when something was not understood, or text was given but no rule found.

        Opening hours and closed days count as understood: a 公民館's 「開館時間 9:00〜21:00」
        or a café's 「定休日：月曜日」 says all there is to say, and so does a 公共施設一覧's
        「休館日：12/29～1/3」."""
        return bool(self.unparsed) or (
            bool(self.original.strip())
            and not (self.rules or self.hours or self.closed_rules or self.closed_periods)
        )

    @property
    def has_dates(self) -> bool:
        """True when :func:`next_occurrences` can compute dates.

        Never while a fragment is unparsed: "毎月下旬の" or "学校のある日" may
        restrict the dates, and a wrong "次回" date is worse than none.
        """
        return not self.unparsed and any(rule_has_dates(rule) for rule in self.rules)


@dataclass(frozen=True)
class Occurrence:
    day: date
    start: time | None
    end: time | None


def rule_has_dates(rule: Rule) -> bool:
    """Whether the rule alone determines dates (not 不定期, not 隔週 without a known date)."""
    match rule.kind:
        case RuleKind.WEEKLY:
            has_days = bool(rule.weekdays) or rule.holidays
            phase_known = rule.interval_weeks == 1 or (
                rule.interval_weeks > 1 and rule.anchor is not None
            )
            return has_days and phase_known
        case RuleKind.MONTHLY_NTH:
            return bool(rule.weekdays and rule.nth)
        case RuleKind.MONTHLY_DAY:
            return bool(rule.days)
        case RuleKind.DATES:
            return bool(rule.dates)
        case RuleKind.IRREGULAR:
            return False


def as_of(spec: ScheduleSpec, today: date) -> ScheduleSpec:
    """The spec as it reads on ``today``: a list headed with a fiscal year already over
    (「令和7年度 毎週水曜日」 read in 令和8年度) is last year's list, and a human checks it (its
    heading becomes a fragment not understood, so it lists no date). Decided on the day the
    schedule is shown or used, never once when it is parsed: a text saved in March is flagged
    from April on."""
    fiscal = spec.fiscal_year
    if fiscal is None or fiscal.last_day >= today or fiscal.said in spec.unparsed:
        return spec
    return replace(spec, unparsed=(*spec.unparsed, fiscal.said))
