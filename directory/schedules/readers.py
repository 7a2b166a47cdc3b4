"""Readers: the text of one matched token → values (weekdays, months, times, dates, closures).

Each reader returns None when the text matched a pattern but its values are
impossible (25:00, 2月30日, 13月, a time range that ends before it starts), so the tokenizer
keeps it as unparsed.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import Final

from directory.schedules.dates import (
    EVEN_MONTHS,
    ODD_MONTHS,
    month_length,
    month_span,
    resolve_yearless,
    safe_date,
    valid_month_day,
)
from directory.schedules.model import WEEKDAY_LABELS, ClosedPeriod, Move, TimeRange
from directory.schedules.patterns import (
    ANNOTATION_RE,
    CLOSE_ITEM_RE,
    DATE_DETAIL_RE,
    DATE_LIST_ITEM_RE,
    MONTH_DAY_RE,
    MONTH_ITEM_RE,
    MOVE_DAYS_RE,
    MOVE_NTH_RE,
    MOVE_WEEKDAY_RE,
    MOVE_WORKDAY_RE,
    WD_ITEM_RE,
)
from directory.schedules.tokens import Closure, DateRef


def weekday_items(text: str) -> tuple[set[int], bool]:
    """The weekdays of a matched weekday list, and whether it includes 祝日."""
    weekdays: set[int] = set()
    holidays = False
    for item in WD_ITEM_RE.finditer(text):
        if item.group("set"):
            weekdays |= _SET_WORD_DAYS[item.group("set")]
        elif item.group("hol"):
            holidays = True
        else:
            weekdays |= _weekday_span(item.group("a"), item.group("b"))
    return weekdays, holidays


_SET_WORD_DAYS: Final = {
    "平日毎日": frozenset(range(5)),  # 「平日毎日」: every weekday
    "平日": frozenset(range(5)),
    "毎日": frozenset(range(7)),
    "土日": frozenset({5, 6}),
    "週末": frozenset({5, 6}),
    "毎週末": frozenset({5, 6}),
}


def _weekday_span(first: str, last: str | None) -> set[int]:
    start = WEEKDAY_LABELS.index(first)
    if last is None:
        return {start}
    stop = WEEKDAY_LABELS.index(last)
    return {(start + offset) % 7 for offset in range((stop - start) % 7 + 1)}


def months_in(text: str) -> frozenset[int] | None:
    """The months of a month restriction ("奇数月", "6月と11月", "11〜3月"); None if invalid."""
    if "奇数月" in text:
        return ODD_MONTHS
    if "偶数月" in text:
        return EVEN_MONTHS
    months: set[int] = set()
    for item in MONTH_ITEM_RE.finditer(text):
        first = int(item.group("a"))
        last = int(item.group("b") or first)
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return None
        months |= month_span(first, last)
    return frozenset(months) if months else None


def _clock_value(match: re.Match[str], tag: str) -> tuple[time, bool] | None:
    """(time, has its own meridiem) for the clock with this tag, None if invalid."""
    meridiem = match.group(f"{tag}mer")
    if match.group(f"{tag}noon"):
        return time(12, 0), True
    if match.group(f"{tag}h") is not None:
        hour, minute = int(match.group(f"{tag}h")), int(match.group(f"{tag}m"))
    else:
        hour = int(match.group(f"{tag}hh"))
        minute = 30 if match.group(f"{tag}half") else int(match.group(f"{tag}mm") or 0)
    hour = _apply_meridiem(hour, meridiem)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute), meridiem is not None


def _is_pm(meridiem: str | None) -> bool:
    return meridiem is not None and meridiem.lower().startswith(("午後", "p", "夕", "夜"))


def _apply_meridiem(hour: int, meridiem: str | None) -> int:
    if _is_pm(meridiem) and hour < 12:
        return hour + 12
    return hour


def parse_time(match: re.Match[str]) -> TimeRange | None:
    if match.group("tmer") or match.group("tnoon") or match.group("th") or match.group("thh"):
        end = _clock_value(match, "t")  # "〜15:00": end only
        return None if end is None else TimeRange(None, end[0])
    meridiem = match.group("bmer") or match.group("smer")
    first = _start_clock(match)
    if first is None:
        return None
    has_end = bool(match.group("enoon") or match.group("eh") or match.group("ehh"))
    if not has_end:
        if match.group("until") and not match.group("rng"):
            return TimeRange(None, first[0])  # "12時まで"
        return TimeRange(first[0], None)
    second = _clock_value(match, "e")
    if second is None:
        return None
    last = _adjust_end(first[0], second[0], second[1], meridiem)
    if last <= first[0]:
        return None  # "16:00〜14:00", "10:00〜10:00": a typo, not a meeting (nor overnight)
    return TimeRange(first[0], last)


def _start_clock(match: re.Match[str]) -> tuple[time, bool] | None:
    if match.group("bh") is None:
        return _clock_value(match, "s")
    meridiem = match.group("bmer")  # "10〜12時": an hour without 時
    hour = _apply_meridiem(int(match.group("bh")), meridiem)
    return (time(hour, 0), meridiem is not None) if hour <= 23 else None


def _adjust_end(start: time, end: time, end_has_meridiem: bool, start_meridiem: str | None) -> time:
    """午後 before the start carries over to the end; "12時〜1時" ends at 13:00."""
    if end_has_meridiem or end.hour >= 12:
        return end
    if _is_pm(start_meridiem) or (end < start and time(end.hour + 12, end.minute) > start):
        return time(end.hour + 12, end.minute)
    return end


def parse_date_items(text: str, today: date) -> tuple[set[date], bool] | None:
    """Dates in a DATES token, and whether a written weekday contradicted one.

    A year written on a date holds for the yearless dates after it, up to the next year's
    months (「2026年12月5日・12月19日」 is 2026-12-19, 「2026年12月26日・1月9日」 2027-01-09),
    whatever the day it is read on; only a list that writes no year is read from ``today``.
    Such a list, when a date of it says no weekday either, is one run in the order written
    (「12/18・25・1/8・22」: January is the next year's): the first run that has a date on or
    after ``today`` and agrees with the weekdays written, so a list read half-way through keeps
    its dates gone by in their year (not a year later).
    """
    in_order = _in_order(text, today)
    if in_order is not None:
        return in_order, False
    found: set[date] = set()
    mismatch = False
    month: int | None = None
    written: date | None = None  # the last date of the list whose year was written
    for item in DATE_LIST_ITEM_RE.finditer(text):
        year_text = item.group("y") or item.group("y2")
        month_text = item.group("m") or item.group("m2")
        month = int(month_text) if month_text else month
        if month is None:
            return None
        year = int(year_text) if year_text else None
        if year is None and written is not None:  # 「…12月26日・1月9日」: the next year's
            year = written.year + (month < written.month)
        day = int(item.group("d") or item.group("d2") or item.group("d3"))
        annotation = ANNOTATION_RE.match(text, item.end())
        weekday = WEEKDAY_LABELS.index(annotation.group("ann")) if annotation else None
        resolved = _resolve_date(year, month, day, weekday, today)
        if resolved is None:
            return None
        found.add(resolved[0])
        mismatch = mismatch or resolved[1]
        if year is not None:
            written = resolved[0]
    return found, mismatch


def _in_order(text: str, today: date) -> set[date] | None:
    """The dates of a list with no year written and a date with no weekday, read in order."""
    items: list[tuple[int, int, int | None]] = []  # month, day, weekday written
    month: int | None = None
    for item in DATE_LIST_ITEM_RE.finditer(text):
        if item.group("y") or item.group("y2"):
            return None
        month_text = item.group("m") or item.group("m2")
        month = int(month_text) if month_text else month
        if month is None:
            return None
        annotation = ANNOTATION_RE.match(text, item.end())
        weekday = WEEKDAY_LABELS.index(annotation.group("ann")) if annotation else None
        items.append((month, int(item.group("d") or item.group("d2") or item.group("d3")), weekday))
    if len(items) < 2 or all(weekday is not None for _m, _d, weekday in items):
        return None
    runs: list[list[date]] = []
    for first_year in range(today.year - 1, today.year + 2):
        run: list[date] = []
        year = first_year
        for month, day, weekday in items:
            if run and (month, day) <= (run[-1].month, run[-1].day):
                if month >= run[-1].month:
                    break  # 「12/25・12/18」: not in order, each date is read alone
                year += 1  # 「12/18・1/8」: over the year end
            found = safe_date(year, month, day)
            if found is None or (weekday is not None and found.weekday() != weekday):
                break
            run.append(found)
        else:
            runs.append(run)
    if not runs:
        return None
    upcoming = [run for run in runs if run[-1] >= today]
    return set(upcoming[0] if upcoming else runs[-1])


def _resolve_date(
    year: int | None, month: int, day: int, weekday: int | None, today: date
) -> tuple[date, bool] | None:
    """(date, written weekday contradicts it)."""
    if year is not None:
        exact = safe_date(year, month, day) if year >= 1 else None
        return (
            None if exact is None else (exact, weekday is not None and exact.weekday() != weekday)
        )
    if weekday is not None:
        annotated = resolve_yearless(month, day, today, (weekday,))
        if annotated is not None:
            return annotated, False
    plain = resolve_yearless(month, day, today, None)
    return None if plain is None else (plain, weekday is not None)


def date_ref(text: str) -> DateRef | None:
    """The first "[YYYY年]M月D日" or "[YYYY/]M/D" in text, if it is a real date."""
    item = DATE_DETAIL_RE.search(text)
    month_text = item and (item.group("m") or item.group("m2"))
    if item is None or not month_text:
        return None
    year_text = item.group("y") or item.group("y2")
    ref = DateRef(
        int(year_text) if year_text else None,
        int(month_text),
        int(item.group("d") or item.group("d2")),
    )
    if not valid_month_day(ref.month, ref.day):
        return None
    if ref.year is not None and safe_date(ref.year, ref.month, ref.day) is None:
        return None
    return ref


def parse_closure_items(text: str) -> Closure | None:
    holidays = False
    periods: list[ClosedPeriod] = []
    weekdays: set[int] = set()
    for item in CLOSE_ITEM_RE.finditer(text):
        if item.group("hol"):
            holidays = True
        elif (item.group("yearend") or item.group("obon") or item.group("gw")) and _DATED.match(
            text, item.end()
        ):
            continue  # 「年末年始（12/28-1/4）」: the dates in brackets are its dates
        elif item.group("yearend"):
            periods.append(ClosedPeriod((12, 29), (1, 3)))
        elif item.group("obon"):
            periods.append(ClosedPeriod((8, 13), (8, 16)))
        elif item.group("gw"):  # ゴールデンウィーク: 昭和の日 to こどもの日
            periods.append(ClosedPeriod((4, 29), (5, 5)))
        elif item.group("wd"):
            weekdays |= weekday_items(item.group("wd"))[0]
        else:
            new = _closure_period(item)
            if new is None:
                return None
            periods.extend(new)
    return Closure(0, 0, holidays, tuple(dict.fromkeys(periods)), frozenset(weekdays))


# 「年末年始（12/28-1/4）」「お盆（8月13日〜16日）」: a season followed by its own dates
_DATED: Final = re.compile(r"\s*(?:期間)?\s*\(\s*[0-9]{1,2}(?:/|月)")


def read_move(closure: Closure) -> Move | None:
    """Where a meeting on the days of a shift (「祝日の場合は翌日」) goes, or None when its
    ``to`` names no day we can compute (振替日は別途, 前日, 別の日)."""
    weekdays = tuple(sorted(closure.weekdays))
    if not (closure.holidays or weekdays):
        return None  # 「年末年始の場合は翌日」 alone: the season is closed (and flagged where met)
    to = closure.to.strip()
    if found := MOVE_DAYS_RE.fullmatch(to):
        days = 1 if found.group("span").startswith(("翌日", "次の日")) else 7
        return Move(closure.holidays, weekdays, days=days)
    if found := MOVE_WEEKDAY_RE.fullmatch(to):
        weekday = WEEKDAY_LABELS.index(found.group("wd"))
        return Move(
            closure.holidays, weekdays, weekday=weekday, next_week=bool(found.group("week"))
        )
    if MOVE_WORKDAY_RE.fullmatch(to):  # 「土日祝の場合は翌平日」
        return Move(closure.holidays, weekdays, workday=True)
    if found := MOVE_NTH_RE.fullmatch(to):
        weekday = WEEKDAY_LABELS.index(found.group("wd"))
        return Move(closure.holidays, weekdays, weekday=weekday, nth=int(found.group("n")))
    return None


def _closure_period(item: re.Match[str]) -> list[ClosedPeriod] | None:
    if item.group("md1"):
        first = _month_day(item.group("md1"))
        if item.group("md2"):
            last = _month_day(item.group("md2"))
        elif item.group("d2") and first is not None:
            last = (first[0], int(item.group("d2")))
        else:
            last = first
        if first is None or last is None or not valid_month_day(*last):
            return None
        return [ClosedPeriod(first, last)]
    if item.group("mo3"):
        first_month, last_month = int(item.group("mo3")), int(item.group("mo4"))
        if item.group("mrange") is None:  # "1・2月": two separate months
            return _whole_months([(first_month, first_month), (last_month, last_month)])
        return _whole_months([(first_month, last_month)])
    first_month = int(item.group("mo1"))
    last_month = int(item.group("mo2") or first_month)
    return _whole_months([(first_month, last_month)])


def _whole_months(spans: list[tuple[int, int]]) -> list[ClosedPeriod] | None:
    if not all(1 <= month <= 12 for span in spans for month in span):
        return None
    return [ClosedPeriod((first, 1), (last, month_length(last))) for first, last in spans]


def _month_day(text: str) -> tuple[int, int] | None:
    match = MONTH_DAY_RE.search(text)
    if match is None:
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    return (month, day) if valid_month_day(month, day) else None
