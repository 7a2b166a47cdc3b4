"""When a 募集一覧's intake closes (申込締切・募集期間), read from the cell as towns write it.

A ボランティア募集 or 参加者募集 list keeps rows whose 申込締切 has passed: the list was made
in March and is read in April, and nobody wrote 「募集終了」 beside the date. Read as live, such
a row would be proposed to a resident whose application can no longer be taken, so a date that
has passed, on the day the list is read, says the intake is over (the activity itself may still
run: a coordinator asks). ``status`` reads the words (「（募集終了）」「定員に達したため締め切り
ました」); this module reads the date.

Main decision: the deadline is the last date the cell names, the end of a period (「令和8年3月1日
～令和8年3月31日」) or the day alone (「令和８年３月３１日」「Ｒ８．４．１０」「R8.3.20〆切」, an
.xlsx date cell's 2026-04-03), a month's end its last day (「令和８年３月末」「3月末日で締切」). A date
that only starts the period (「令和8年5月1日から」) is no deadline. A date of no year (「3/31」
「4月17日(金)まで」) is the one of the year the list is read in, unless that is more than three
months past: a list read in December that says 「1/31」 means the coming January, one read in
April that says 「3/31」 the March just gone. Words that close the intake on a condition
(「定員になり次第締切」) name no date and say nothing here.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from directory.interop.postponements import DATE, date_of

_DATE = re.compile(DATE)
# A month's end: 「令和８年３月末」「R8.3末」「2026年3月末日」「3月末」.
_MONTH_END = re.compile(
    r"(?:(?P<era>令和|R)\s*(?P<ey>[0-9]{1,2}|元)\s*[年.]|(?P<y>20[0-9]{2})\s*[年/.])?"
    r"\s*(?P<m>[0-9]{1,2})\s*月?\s*末"
)
# What comes after a date that starts the period only: 「令和8年5月1日から」「5/1～」.
_STARTS = re.compile(r"^\s*(?:から|より|以降|[~〜～])\s*$")
# How far back a date of no year may be and still be this year's.
_RECENT = timedelta(days=92)


def _year(match: re.Match[str]) -> int | None:
    if match["y"]:
        return int(match["y"])
    if match["era"]:
        return 2018 + (1 if match["ey"] == "元" else int(match["ey"]))
    return None


def _of_no_year(month: int, day: int | None, today: date) -> date | None:
    """A date of no year: this year's, or next year's when this year's is long past."""
    for year in (today.year, today.year + 1):
        last = calendar.monthrange(year, month)[1]
        if day is not None and day > last:
            return None
        found = date(year, month, day or last)
        if found >= today - _RECENT:
            return found
    return None


def deadline_of(text: str, today: date) -> date | None:
    """The day a 申込締切・募集期間 cell says the intake closes, or None when it names none."""
    folded = unicodedata.normalize("NFKC", text)
    found: list[tuple[int, date, int]] = []  # (where it ends, the day, where it starts)
    for match in _DATE.finditer(folded):
        year = _year(match)
        day = (
            date_of(match, None)
            if year is not None
            else _of_no_year(int(match["m"]), int(match["d"]), today)
            if 1 <= int(match["m"]) <= 12
            else None
        )
        if day is not None:
            found.append((match.end(), day, match.start()))
    for match in _MONTH_END.finditer(folded):
        month = int(match["m"])
        if not 1 <= month <= 12:
            continue
        year = _year(match)
        if year is None:
            end = _of_no_year(month, None, today)
        else:
            end = date(year, month, calendar.monthrange(year, month)[1])
        if end is not None:
            found.append((match.end(), end, match.start()))
    if not found:
        return None
    at, last, _start = max(found)
    if _STARTS.match(folded[at:]):
        return None  # the period starts then: when it ends is not said
    return last


def deadline_passed(text: str, today: date) -> date | None:
    """The deadline a 申込締切・募集期間 cell names when it is before ``today`` (the day the list
    is read), else None: the intake is over, whatever the list's other columns say of room."""
    deadline = deadline_of(text, today)
    return deadline if deadline is not None and deadline < today else None


__all__ = ["deadline_of", "deadline_passed"]
