"""Whether a list is last year's: every date it names is past (a stale file).

A 社協 re-imports next year's list from the file it has at hand; when that is still last
year's (「令和7年度」 in its title, its events dated 2025年), every listing would be updated with
dates that are gone. The preview says so above the rows, so that the clerk checks the file.

Main decision: only dates written with their year count (「10月5日」 alone is this year's, to a
reader); a 年度 in the rows above the header counts when no date of the rows is still to come.
Nothing is said of a list that names neither.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from directory import labels
from directory.interop.postponements import DATE, date_of

_DATE = re.compile(DATE)
# 「令和7年度」「R7年度」「2025年度」: April of that year to March of the next.
_FISCAL_YEAR = re.compile(r"(?:(令和|R)\s*([0-9]{1,2}|元)|(20[0-9]{2}))\s*年度")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _dated(texts: Iterable[str]) -> list[date]:
    found = []
    for text in texts:
        for match in _DATE.finditer(_fold(text)):
            if match.group("era") or match.group("y"):
                if (day := date_of(match, None)) is not None:
                    found.append(day)
    return found


def _fiscal_years(texts: Iterable[str]) -> list[tuple[str, int]]:
    """(as written, the year it begins) of every 年度 the texts name."""
    years = []
    for text in texts:
        for match in _FISCAL_YEAR.finditer(_fold(text)):
            era, era_year, year = match.groups()
            begins = int(year) if year else 2018 + (1 if era_year == "元" else int(era_year))
            years.append((match.group(), begins))
    return years


def stale_warning(title: Iterable[str], schedules: Iterable[str], today: date) -> str | None:
    """The preview's words when the list looks like last year's, or None.

    ``title``: the rows above the header; ``schedules``: the rows' 開催日時 as read. Only a
    list whose rows are mostly dated says so by its dates: one past 秋祭り among twenty weekly
    サロン says nothing of the file's year."""
    written = [text for text in schedules if text and text.strip()]
    dated_rows = [found for text in written if (found := _dated([text]))]
    dates = [day for found in dated_rows for day in found]
    if dates and 2 * len(dated_rows) < len(written):
        return None
    if dates and max(dates) < today:
        latest = max(dates)
        return labels.IMPORT_STALE_DATES.format(
            latest=f"{latest.year}年{latest.month}月{latest.day}日"
        )
    if dates:
        return None  # a date still to come: this year's list
    years = _fiscal_years(title)
    if years and all(date(begins + 1, 3, 31) < today for _, begins in years):
        return labels.IMPORT_STALE_YEAR.format(year=years[-1][0])
    return None
