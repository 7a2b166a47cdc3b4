"""The tokens the tokenizer emits and the assembler consumes.

Every token carries its span in the normalised text, so whatever the
assembler cannot use is reported verbatim.  :class:`Draft` is the one mutable
type: a rule under construction, frozen into a :class:`~.model.Rule` at the end.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date

from directory.schedules.model import ClosedPeriod, RuleKind, TimeRange


@dataclass
class Draft:
    """A rule under construction; mutable until the assembler freezes it."""

    kind: RuleKind
    start: int  # offsets in the normalised text, for error reporting
    end: int
    weekdays: set[int] = field(default_factory=set)
    holidays: bool = False
    interval: int = 1
    anchor: DateRef | None = None
    nth: set[int] = field(default_factory=set)
    days: set[int] = field(default_factory=set)
    dates: set[date] = field(default_factory=set)
    per_month: int | None = None
    per_month_max: int | None = None
    per_year: int | None = None
    times: TimeRange | None = None
    months: set[int] = field(default_factory=set)
    bare: bool = False  # a weekday list without 毎週/隔週: next to "月1回" it only names the day
    in_brackets: bool = False  # 「（第1日曜日を除く）」: read inside a bracket
    of_the_rules: bool = False  # 「（5週目はお休み）」: the weekdays are those the rules meet on
    yearless: bool = False  # 「1月12日・19日・26日」: dates written with no year, read from today

    def copy(self) -> Draft:
        return dataclasses.replace(
            self,
            weekdays=set(self.weekdays),
            nth=set(self.nth),
            days=set(self.days),
            dates=set(self.dates),
            months=set(self.months),
        )


@dataclass(frozen=True)
class DateRef:
    year: int | None
    month: int
    day: int


@dataclass(frozen=True)
class Selector:
    start: int
    end: int
    draft: Draft
    from_paren: bool = False
    closes_holidays: bool = False  # 平日
    adds_weeks: bool = False  # 「（5週目がある月は第5土曜日も）」: more weeks of the rule before


@dataclass(frozen=True)
class Times:
    start: int
    end: int
    times: TimeRange
    in_brackets: bool = False  # "（15:30集合）" adds no session of its own


@dataclass(frozen=True)
class Freq:
    start: int
    end: int
    per_month: int | None
    per_year: int | None
    per_month_max: int | None = None  # 月1〜2回


@dataclass(frozen=True)
class WeekFreq:
    start: int
    end: int
    count: int = 0  # 週2回 → 2


@dataclass(frozen=True)
class IrregularMark:
    start: int
    end: int
    in_brackets: bool = False


@dataclass(frozen=True)
class Months:
    """A month restriction: "奇数月の" before a rule, or "（5月・10月）" right after one."""

    start: int
    end: int
    months: frozenset[int]
    trailing: bool = False
    season: bool = False  # 「4月〜9月は」 right before a time: the time those months have
    # 「1月～3月は第2月曜日、4月～12月は第3月曜日」: the days those months have, in place of
    # the other months' days
    topic: bool = False


@dataclass(frozen=True)
class Closure:
    start: int
    end: int
    holidays: bool
    periods: tuple[ClosedPeriod, ...]
    weekdays: frozenset[int]
    bare: bool = False  # 「年末年始」 without 休み: a closure only after a 休館日 label
    # 「（祝日の場合は第2月曜日）」: a meeting moves off these days; for a closed day
    # (休館日：月曜日（祝日の場合は翌日）) it means the opposite, and closes nothing
    shift: bool = False
    to: str = ""  # a shift's destination as written: 翌日, 翌火曜日, 第2月曜日
    # 「令和8年12月は休み」「2027年1月・2月はお休み」: (year, month)s closed once, not yearly
    year_months: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Label:
    """【開館時間】, 休館日：, 開催日 … : what the rules after it are (until the next label)."""

    start: int
    end: int
    mode: str  # MEETING | HOURS | CLOSED


@dataclass(frozen=True)
class CloseVerb:
    """「は休館」「休み」 after a rule without a time: that rule is a closed day."""

    start: int
    end: int


@dataclass(frozen=True)
class DateRange:
    """2026年5月28日〜2027年3月5日: a period of meetings, or (after 休館日) of closure."""

    start: int
    end: int
    first: DateRef
    last: DateRef
    fiscal: str = ""  # 「令和8年度」 as written, when the period is a fiscal year


@dataclass(frozen=True)
class Anchor:
    """「12月4日から」: the date a 隔週 rule meets, or else the day the rules start.

    ``month_only`` (「2027年4月から」, day 1) only ever says when the rules start."""

    start: int
    end: int
    ref: DateRef
    month_only: bool = False


@dataclass(frozen=True)
class Until:
    """「3月まで」「2027年3月31日まで」: the last day the rules hold (``day`` None: the month's end)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None


@dataclass(frozen=True)
class Note:
    start: int
    end: int
    text: str
    absorbent: bool = False  # a bare remark that swallows adjacent unknown words


@dataclass(frozen=True)
class Unparsed:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class HardSep:
    start: int
    end: int


MEETING, HOURS, CLOSED = "meeting", "hours", "closed"

Token = (
    Label
    | CloseVerb
    | DateRange
    | Selector
    | Times
    | Freq
    | WeekFreq
    | IrregularMark
    | Months
    | Closure
    | Anchor
    | Until
    | Note
    | Unparsed
    | HardSep
)
