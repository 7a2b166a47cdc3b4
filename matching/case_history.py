"""What a case was on a past day: its meeting (会議), 事業/任意, 年代 and 地区 as they stood then.

The 実績 report groups cases by these. A case keeps only its current values, so a
change recorded after a year's end (a case moved to 重層的支援会議 in May, a family that moved
to another 地区) would move it in last year's report, already sent to the prefecture. Each
change is kept as a ``CaseChange`` with the value before it and the day it took effect; the
value on a day is the one before the first change after that day, else the current one.

Main decision: a change takes effect on the day it was recorded, except a meeting, which
takes effect on its own date (the sitting's day, or the 会議日 written on the case) when that
day is not in the future: a coordinator writing on 4月3日 that the case went to the
重層的支援会議 on 3月25日 is describing last year.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from matching.models import AgeBand, Case, CaseChange, Meeting, SupportBasis

# The attributes kept, with how their text is read back.
KEPT = ("meeting", "basis", "age_band", "area_id")


def values(case: Case) -> dict[str, object]:
    """The case's kept values now (to compare after a change)."""
    return {name: getattr(case, name) for name in KEPT}


def record(case: Case, before: Mapping[str, object], *, today: date) -> None:
    """Keep each kept value of ``case`` that differs from ``before`` (``values`` taken before
    the change), effective today or, for a meeting, on its date."""
    for name in KEPT:
        old = before[name]
        if getattr(case, name) == old:
            continue
        on = today
        if name == "meeting" and case.meeting_date is not None and case.meeting_date <= today:
            on = case.meeting_date
        case.changes.append(
            CaseChange(field=name, before=None if old is None else str(old), changed_on=on)
        )


def value_on(case: Case, name: str, day: date) -> object:
    """The value of ``name`` (one of ``KEPT``) the case had at the end of ``day``."""
    for change in case.changes:  # ordered by the day each took effect
        if change.field == name and change.changed_on > day:
            return _read(name, change.before)
    return getattr(case, name)


def _read(name: str, text: str | None) -> object:
    if text is None:  # a case with no area
        return None
    if name == "meeting":
        return Meeting(text)
    if name == "basis":
        return SupportBasis(text)
    if name == "age_band":
        return AgeBand(text)
    return int(text)
