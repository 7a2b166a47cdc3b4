"""An event moved to another day, as a list writes it: the day it now meets.

Event lists keep the old date in the date column and say the move beside it: 「延期→12月13日
（日）」「※雨天のため1/18に延期」「1/24→1/31に延期となりました」 in 備考, or in the date cell
itself 「12/5（土）→12/12（土）に変更」. Read as written, the event would be shown on a day it
does not meet.

Main decision: the new date is read only where it is certain — the move has happened (not
「雨天の場合は2/13に延期」, which says what may happen), the event has one date to move (a
series of dates is left as written and flagged), the new date comes after the old one within
half a year, a weekday written beside it is that date's, and an old date the words name is the
row's.
A year left out is the old date's year, or the next one when the month and day come earlier in
the year (12月 → 1月). Anything less certain keeps the old date, and the row says why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

# A date as lists write it (NFKC-folded): 2026年12月13日, 令和8年12月13日, R8.12.13, 2026/12/13,
# 12月13日, 12/13; with its weekday after it or not (「（日）」「(日曜)」).
_YEAR = r"(?:(?P<era>令和|R)\s*(?P<ey>[0-9]{1,2}|元)\s*[年.]|(?P<y>20[0-9]{2})\s*[年/.-])?"
# 「R8.12.13」「2026.12.13」 (and an .xlsx date cell's 2026-12-13): a dot between month and day
# too, where a year is written before.
_DAY = r"(?P<m>[0-9]{1,2})\s*(?:月|/|(?(era)\.|(?(y)[.-]|(?!))))\s*(?P<d>[0-9]{1,2})日?"
_WEEKDAY = r"(?:\s*\((?P<w>[月火水木金土日])(?:曜日?)?(?:・?祝)?\))?"
DATE = _YEAR + _DAY + _WEEKDAY
_DATE = re.compile(DATE)

_ARROW = r"\s*(?:→|⇒|=>|->|➡|⇨|から)\s*"
# 「12/5（土）→12/12（土）に変更」「1/24→1/31に延期となりました」: the old date and the new.
_FROM_TO = re.compile(
    "(?P<old>" + DATE.replace("?P<", "?P<o_").replace("(?(", "(?(o_") + ")" + _ARROW
    + "(?P<new>" + DATE + r")\s*(?:に|へ)?\s*(?:延期|変更|日程変更|振替|順延)?"
)  # fmt: skip
# 「延期→12月13日」「延期（12/13）」「延期：12月13日に開催」「日程変更→1/31」.
_TO_AFTER = re.compile(
    r"(?:延期|日程変更|変更|順延)\s*(?:→|⇒|->|:|\(|と(?:なり|し)[、,]?)\s*(?P<new>" + DATE + ")"
)
# 「12/26(土)に延期」「1月18日へ順延」「12月14日に日程変更」.
_TO_BEFORE = re.compile(
    "(?P<new>"
    + DATE
    + r")\s*(?:に|へ)\s*(?:延期|順延|日程変更|変更(?=$|[、。,.)\s]|します|しました|と|になり|いた)|振替)"
)
# What may happen, not what did: 「雨天の場合は2/13に延期」「荒天時は…」「中止または延期の際は」.
_IF_SO = re.compile(r"場合|際[はにの]|とき|時は|時に|なら|可能性|ことがあ|こともあ|予備日")
# A series of sessions: 「第2回を1/18に延期」 names one of them.
_ONE_SESSION = re.compile(r"第[0-9]+回|[0-9]+回目|初回")
# What every move says (before the text is folded): most cells say none of it, and are passed
# over without the date patterns.
_MAYBE_A_MOVE = re.compile(r"延期|変更|順延|振替|→|⇒|➡|⇨|->|=>|－＞|から")
MOST_DAYS = 183  # a postponement moves an event by weeks, a few months at most


@dataclass(frozen=True)
class Postponement:
    """What a cell says: the event moved from ``old`` to ``new``."""

    old: date
    new: date
    said: str  # the words, as the cell has them (folded)
    span: tuple[int, int] = (0, 0)  # where 「old→new」 is in the folded cell (moved in place)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _year(match: re.Match[str], prefix: str = "") -> int | None:
    era, era_year, year = (match.group(prefix + g) for g in ("era", "ey", "y"))
    if year:
        return int(year)
    if era:
        return 2018 + (1 if era_year == "元" else int(era_year))
    return None


def date_of(match: re.Match[str], near: date | None, prefix: str = "") -> date | None:
    """The date a match of ``DATE`` names; a year left out is ``near``'s (None without it)."""
    year = _year(match, prefix) or (near.year if near else None)
    if year is None:
        return None
    try:
        found = date(year, int(match.group(prefix + "m")), int(match.group(prefix + "d")))
    except ValueError:
        return None
    weekday = match.group(prefix + "w")
    if weekday and "月火水木金土日".index(weekday) != found.weekday():
        return None
    return found


def _after(match: re.Match[str], old: date, prefix: str = "") -> date | None:
    """The new date of a move from ``old``: its year the old one's, or the next (12月 → 1月)."""
    new = date_of(match, old, prefix)
    if (new is None or new <= old) and _year(match, prefix) is None:
        new = date_of(match, date(old.year + 1, 1, 1), prefix)
    if new is None or not old < new <= old + timedelta(days=MOST_DAYS):
        return None
    return new


def moved_in_place(text: str, near: date) -> Postponement | None:
    """A date cell that says the move itself: 「12/5（土）→12/12（土）に変更」 (the year left out
    is the one of ``near``, the day the list is read). None unless both dates are certain."""
    if not _MAYBE_A_MOVE.search(text):
        return None
    folded = _fold(text)
    found = _FROM_TO.search(folded)
    if found is None or _IF_SO.search(folded):
        return None
    old = date_of(found, near, "o_")
    if old is None:
        return None
    new = _after(found, old)
    if new is None:
        return None
    return Postponement(old, new, found.group(0).strip(), found.span())


def postponed(text: str, old: date) -> Postponement | None:
    """The date an event of the one date ``old`` moved to, when ``text`` (a 備考 or 状況 cell)
    says so for certain; None otherwise (``text`` says no move, or an uncertain one)."""
    folded = _fold(text)
    if "延期" not in folded and "変更" not in folded and "順延" not in folded:
        return None
    if _IF_SO.search(folded) or _ONE_SESSION.search(folded):
        return None
    found = _FROM_TO.search(folded)
    if found is not None:
        named = date_of(found, old, "o_")
        if named != old:
            return None  # it moves another day than the row's
        new = _after(found, old)
        return Postponement(old, new, found.group(0).strip()) if new else None
    matches = [m for pattern in (_TO_AFTER, _TO_BEFORE) for m in pattern.finditer(folded)]
    dates = {d for m in matches if (d := _after(m, old)) is not None}
    if len(matches) != 1 or len(dates) != 1:
        return None  # none, or several moves: not certain which
    if len(_DATE.findall(folded)) > 1:
        return None  # 「12/13または12/20に延期」: another date beside it
    return Postponement(old, dates.pop(), matches[0].group(0).strip())


def says_a_move(text: str) -> bool:
    """Whether ``text`` says the event moved to a date (certain or not): no 延期 to read as a
    pause (「延期→12月13日」 is no 「延期（日程未定）」). What may happen (「雨天の場合は2/13に
    延期」) is no move."""
    if not _MAYBE_A_MOVE.search(text):
        return False
    folded = _fold(text)
    if _IF_SO.search(folded):
        return False
    return bool(_FROM_TO.search(folded) or _TO_AFTER.search(folded) or _TO_BEFORE.search(folded))


def dates_in(text: str, near: date) -> list[tuple[date, tuple[int, int]]]:
    """Every certain date ``text`` (folded) names, with its span: where an old date is written."""
    found = []
    for match in _DATE.finditer(text):
        if (day := date_of(match, near)) is not None:
            found.append((day, match.span()))
    return found


def written(day: date) -> str:
    """A date as the schedule parser and a resident read it: 「2026年12月13日(日)」."""
    return f"{day.year}年{day.month}月{day.day}日({'月火水木金土日'[day.weekday()]})"


__all__ = [
    "DATE",
    "Postponement",
    "date_of",
    "dates_in",
    "moved_in_place",
    "postponed",
    "says_a_move",
    "written",
]
