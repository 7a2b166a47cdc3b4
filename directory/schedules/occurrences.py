"""Next dates: national holidays, :func:`next_occurrences` and :func:`weekday_mask`.

Dates are found by walking day by day from the start date and asking every
rule whether it meets; at a few hundred days per listing this is simpler and
safer than per-kind date arithmetic, and closures are a plain per-day check.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterator
from datetime import date, time, timedelta
from functools import lru_cache

import holidays as holidays_lib

from directory.schedules.model import (
    HOLIDAY_BIT,
    ClosedPeriod,
    Move,
    Occurrence,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    rule_has_dates,
)


@lru_cache(maxsize=64)
def _holiday_dates(year: int) -> frozenset[date]:
    # Building the holidays object is the expensive part; one set per year is cached.
    return frozenset(holidays_lib.country_holidays("JP", years=year).keys())


@lru_cache(maxsize=64)
def _substitute_holidays(year: int) -> frozenset[date]:
    names = holidays_lib.country_holidays("JP", years=year, language="ja")
    return frozenset(day for day, name in names.items() if "振替休日" in name)


def is_substitute_holiday(day: date) -> bool:
    """True on a 振替休日: the holiday carried over from a Sunday holiday, by law the nearest
    day after it that is not a national holiday."""
    return day in _substitute_holidays(day.year)


def is_holiday(day: date) -> bool:
    """True on a Japanese national holiday (including substitute holidays)."""
    return day in _holiday_dates(day.year)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def meets(rule: Rule, day: date) -> bool:
    """True when the rule alone meets on that day (no closure, no move)."""
    return _meets(rule, day)


def _meets(rule: Rule, day: date) -> bool:
    if rule.months and day.month not in rule.months:
        return False
    if (rule.valid_from is not None and day < rule.valid_from) or (
        rule.valid_until is not None and day > rule.valid_until
    ):
        return False
    match rule.kind:
        case RuleKind.WEEKLY:
            return _meets_weekly(rule, day)
        case RuleKind.MONTHLY_NTH:
            return day.weekday() in rule.weekdays and _nth_matches(rule.nth, day)
        case RuleKind.MONTHLY_DAY:
            return day.day in rule.days
        case RuleKind.DATES:
            return day in rule.dates
        case RuleKind.IRREGULAR:
            return False


def _meets_weekly(rule: Rule, day: date) -> bool:
    if day.weekday() not in rule.weekdays and not (rule.holidays and is_holiday(day)):
        return False
    if rule.interval_weeks == 1:
        return True
    if rule.anchor is None:
        return False  # 隔週 without a known date: the phase is unknowable
    if day < rule.anchor:
        return False  # 「隔週水曜日（1月13日から）」: the first meeting, not only the phase
    weeks = (_monday(day) - _monday(rule.anchor)).days // 7
    return weeks % rule.interval_weeks == 0


def _nth_matches(nth: Collection[int], day: date) -> bool:
    if (day.day - 1) // 7 + 1 in nth:
        return True
    return -1 in nth and day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def _in_period(day: date, period: ClosedPeriod) -> bool:
    key = (day.month, day.day)
    if period.start <= period.end:
        return period.start <= key <= period.end
    return key >= period.start or key <= period.end  # wraps the year end


def _is_closed(spec: ScheduleSpec, day: date) -> bool:
    if spec.closed_on_holidays and is_holiday(day):
        return True
    if any(_meets(rule, day) for rule in spec.closed_rules if rule_has_dates(rule)):
        return True  # 休館日: 第3月曜日
    return any(_in_period(day, period) for period in spec.closed_periods)


def _days(start: date, horizon_days: int) -> Iterator[date]:
    for offset in range(horizon_days):
        try:
            yield start + timedelta(days=offset)
        except OverflowError:
            return


# A moved meeting is held at most this many days after the day it moves off (第1月曜日 →
# 第5月曜日 is 28): the walk starts this much earlier, so a meeting moved into the dates
# asked for is found.
MOVE_REACH_DAYS = 28


def next_occurrences(
    spec: ScheduleSpec, start: date, count: int = 3, *, horizon_days: int = 400
) -> list[Occurrence]:
    """The next ``count`` meetings on/after ``start``, sorted, within ``horizon_days``.

    A meeting on a closed day that moves (``spec.moves``: 「祝日の場合は翌日」) is held on the
    day it moves to, unless that day is closed too. On a holiday that a rule naming 祝日 meets
    on, only such rules meet."""
    found: list[Occurrence] = []
    if not spec.has_dates or count <= 0:
        return found
    rules = [rule for rule in spec.rules if rule_has_dates(rule)]
    holiday_rules = any(rule.holidays for rule in rules)
    moved: dict[date, set[Occurrence]] = {}
    reach = MOVE_REACH_DAYS if spec.moves else 0
    for day in _days(start - timedelta(days=reach), horizon_days + reach):
        if _is_closed(spec, day):
            for move in spec.moves:
                target = _moved(move, day)
                if target is not None and target >= start and not _is_closed(spec, target):
                    meetings = {_occurrence(rule, target) for rule in rules if _meets(rule, day)}
                    moved.setdefault(target, set()).update(meetings)
            if day >= start and (retimed := _retimed(spec, rules, day)):
                found.extend(sorted(retimed, key=_occurrence_key))
                if len(found) >= count:
                    break
            continue
        if day < start:
            continue
        meeting = [rule for rule in rules if _meets(rule, day)]
        if holiday_rules and any(rule.holidays for rule in meeting) and is_holiday(day):
            # 「月曜～土曜 10:00～19:00、日曜・祝日 10:00～17:00」: a holiday keeps the hours of
            # the rule that names 祝日, not those of its weekday as well
            meeting = [rule for rule in meeting if rule.holidays]
        meetings = {_occurrence(rule, day) for rule in meeting}
        meetings |= moved.pop(day, set())
        found.extend(sorted(meetings, key=_occurrence_key))  # a set: two rules, one meeting
        if len(found) >= count:
            break
    return found[:count]


def _retimed(spec: ScheduleSpec, rules: list[Rule], day: date) -> set[Occurrence]:
    """「※1月6日は11:30～14:00」: the day's usual meeting is closed by date, and the same date
    is named as a meeting at its own time, which is held. Any other closure of the day (a
    holiday, 年末年始, a closed weekday) still closes it."""
    dated = {
        _occurrence(rule, day)
        for rule in rules
        if rule.kind is RuleKind.DATES and _meets(rule, day)
    }
    if not dated:
        return set()
    once = ScheduleSpec(
        closed_on_holidays=spec.closed_on_holidays,
        closed_periods=spec.closed_periods,
        closed_rules=tuple(rule for rule in spec.closed_rules if rule.kind is not RuleKind.DATES),
    )
    return set() if _is_closed(once, day) else dated


# 「土日祝の場合は翌日」 steps over a weekend and a holiday Monday: a few steps at most
_MOVE_STEPS = 7


def _moves_off(move: Move, day: date) -> bool:
    return (move.holidays and is_holiday(day)) or day.weekday() in move.weekdays


def _moved(move: Move, day: date) -> date | None:
    """The day a meeting on ``day`` is held instead, when ``move`` moves it (always later)."""
    if not _moves_off(move, day):
        return None
    if move.days:
        # 「土日祝の場合は翌日」: a Saturday's next day is a Sunday, moved off too; the meeting
        # is held on the first day the move does not move off (Monday, or Tuesday after a
        # holiday Monday), not lost on the Sunday. A move off holidays alone (「祝日の場合は
        # 翌日」) names no days the meeting avoids: onto a second holiday (5/3 → みどりの日), it
        # is not held; but the 翌日 of a Sunday holiday is always its 振替休日, the same holiday
        # carried over, so 「日曜日（祝日の場合は翌日）」 means the day after that (Tuesday).
        target = day + timedelta(days=move.days)
        if not move.weekdays:
            while move.days == 1 and is_substitute_holiday(target):
                target += timedelta(days=1)
            return target
        for _ in range(_MOVE_STEPS):
            if not _moves_off(move, target):
                return target
            target += timedelta(days=move.days)
        return None
    if move.workday:  # 翌平日: Monday to Friday, not a holiday (at most a long weekend away)
        target = day + timedelta(days=1)
        while target.weekday() >= 5 or is_holiday(target):
            target += timedelta(days=1)
        return target
    if move.weekday is None:
        return None
    if move.nth is not None:  # 第2月曜日: of the same month
        first = day.replace(day=1)
        target_day = 1 + (move.weekday - first.weekday()) % 7 + 7 * (move.nth - 1)
        if target_day > calendar.monthrange(day.year, day.month)[1]:
            return None
        target = day.replace(day=target_day)
        return target if target > day else None
    if move.next_week:  # 翌週の火曜日
        return _monday(day) + timedelta(days=7 + move.weekday)
    return day + timedelta(days=(move.weekday - day.weekday()) % 7 or 7)  # 翌火曜日


def _occurrence(rule: Rule, day: date) -> Occurrence:
    times = rule.times or TimeRange()
    return Occurrence(day, times.start, times.end)


def _occurrence_key(occ: Occurrence) -> tuple[date, time, time]:
    # Meetings without a start time sort first on their day.
    return occ.day, occ.start or time.min, occ.end or time.min


def weekday_mask(spec: ScheduleSpec) -> int:
    """Bit i for each weekday i the activity can meet on; bit 7 when it meets on holidays."""
    mask = 0
    for rule in spec.rules:
        match rule.kind:
            case RuleKind.MONTHLY_DAY:
                days: Collection[int] = range(7) if rule.days else ()
            case RuleKind.DATES:
                days = {day.weekday() for day in rule.dates}
            case _:
                days = rule.weekdays
        for day in days:
            mask |= 1 << day
        if rule.holidays and not spec.closed_on_holidays:
            mask |= HOLIDAY_BIT
    return mask
