"""The day a 申込締切・募集期間 cell says a 募集's intake closes, as lists write it."""

from __future__ import annotations

from datetime import date

import pytest

from directory.interop.deadlines import deadline_of, deadline_passed

APRIL_15 = date(2026, 4, 15)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("令和８年３月３１日", date(2026, 3, 31)),
        ("Ｒ８．４．１０", date(2026, 4, 10)),
        ("令和8年5月29日（金）", date(2026, 5, 29)),
        ("令和８年３月末", date(2026, 3, 31)),
        ("令和8年3月末日で締切", date(2026, 3, 31)),
        ("3/31", date(2026, 3, 31)),  # no year: the March just gone
        ("10/31", date(2026, 10, 31)),  # no year: the coming October, not last year's
        ("４／１０", date(2026, 4, 10)),
        ("令和8年4月1日～令和8年8月31日", date(2026, 8, 31)),  # a period: its end
        ("2026-04-03", date(2026, 4, 3)),  # an .xlsx date cell
        ("R8.3.20〆切　※延長の可能性あり", date(2026, 3, 20)),
        ("4月17日(金)まで", date(2026, 4, 17)),
        ("令和８年４月１４日（火）必着", date(2026, 4, 14)),
        ("令和8年5月1日から", None),  # when it starts, not when it closes
        ("随時", None),
        ("定員になり次第締切", None),
        ("", None),
    ],
)
def test_a_deadline_is_the_last_day_the_cell_names(text: str, day: date | None) -> None:
    assert deadline_of(text, APRIL_15) == day


def test_a_deadline_of_no_year_read_in_december_is_the_coming_one() -> None:
    assert deadline_of("1/31", date(2026, 12, 7)) == date(2027, 1, 31)


def test_the_deadline_day_itself_is_not_past() -> None:
    assert deadline_passed("令和8年4月15日", APRIL_15) is None
    assert deadline_passed("令和8年4月14日", APRIL_15) == date(2026, 4, 14)
