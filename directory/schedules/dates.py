"""Calendar helpers shared by parsing, formatting and serialisation.

The one real decision here is :func:`resolve_yearless`: which year a date
written without one ("12月20日（日）") means.  Parser and formatter both call it,
so the formatter can drop the year exactly when the parser will restore it.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from typing import Final

ODD_MONTHS: Final = frozenset(range(1, 13, 2))  # 奇数月
EVEN_MONTHS: Final = frozenset(range(2, 13, 2))  # 偶数月


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_length(month: int) -> int:
    """Longest length of the month in any year (29 for February, so leap days count)."""
    return 29 if month == 2 else (date(2001, month % 12 + 1, 1) - timedelta(days=1)).day


def valid_month_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= month_length(month)


def resolve_yearless(
    month: int, day: int, today: date, weekdays: Collection[int] | None
) -> date | None:
    """The date a yearless "M月D日" means, seen from today.

    With weekdays (the weekday written next to the date, or the weekdays of the
    隔週 rule an anchor belongs to) the year where the date falls on one of them
    wins, the first such on/after today, else the latest before it.  Without,
    the next such date on/after today.  Shared by parsing and formatting so
    that formatting can drop the year exactly when parsing will restore it.
    """
    if not weekdays:
        for year in range(today.year, min(today.year + 9, date.max.year + 1)):
            found = safe_date(year, month, day)
            if found is not None and found >= today:
                return found
        return None
    years = range(max(today.year - 1, date.min.year), min(today.year + 2, date.max.year + 1))
    candidates = [
        found
        for year in years
        if (found := safe_date(year, month, day)) is not None and found.weekday() in weekdays
    ]
    upcoming = [found for found in candidates if found >= today]
    if upcoming:
        return min(upcoming)
    return max(candidates) if candidates else None


def month_span(first: int, last: int) -> frozenset[int]:
    """The months from first to last inclusive; "11月〜3月" wraps the year end."""
    return frozenset((first - 1 + offset) % 12 + 1 for offset in range((last - first) % 12 + 1))


def as_month_span(months: Collection[int]) -> tuple[int, int] | None:
    """(first, last) when months are one run of three or more (cyclic, not all twelve)."""
    chosen = frozenset(months)
    starts = [month for month in chosen if (month - 2) % 12 + 1 not in chosen]
    if len(chosen) < 3 or len(starts) != 1:
        return None
    first = starts[0]
    return first, (first + len(chosen) - 2) % 12 + 1
