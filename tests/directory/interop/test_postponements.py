"""An event moved to another day, as event lists write it: the new date where it is certain."""

from __future__ import annotations

from datetime import date

import pytest

from directory.interop.postponements import moved_in_place, postponed, says_a_move

OLD = date(2026, 12, 6)  # a Sunday


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("延期→12月13日（日）", date(2026, 12, 13)),
        ("延期→12月13日", date(2026, 12, 13)),
        ("※雨天のため12/13に延期", date(2026, 12, 13)),
        ("講師都合により12/20(日)に延期", date(2026, 12, 20)),
        ("12/6→12/13に延期となりました", date(2026, 12, 13)),
        ("12月6日（日）から12月13日（日）に変更", date(2026, 12, 13)),
        ("延期（令和9年1月17日）", date(2027, 1, 17)),
        ("1/17に順延", date(2027, 1, 17)),  # 12月 → 1月: the next year
        # The era's short form, its dots between year, month and day.
        ("R8.12.13に延期", date(2026, 12, 13)),
        ("延期→R8.12.13（日）", date(2026, 12, 13)),
        ("令和8年12月13日（日）に延期", date(2026, 12, 13)),
        ("2026.12.20に延期しました", date(2026, 12, 20)),
        # Not certain, or no move: the old date stays.
        ("雨天の場合は12/13に延期", None),  # what may happen
        ("荒天時は12/13（日）に延期", None),
        ("延期→12月14日（日）", None),  # 12/14 is a Monday: the words disagree
        ("12/5→12/12に延期", None),  # another day than the row's
        ("第2回を12/20に延期", None),  # one session of a series
        ("延期（日程未定）", None),
        ("12/13または12/20に延期", None),  # two dates
        ("12.13に延期", None),  # 12.13 with no year before it may be anything
        ("会場を12月13日に変更したホールに", None),
        ("延期→11月29日", None),  # earlier: no postponement
    ],
)
def test_a_postponement_gives_the_new_date_only_when_certain(text: str, new: date | None) -> None:
    found = postponed(text, OLD)
    assert (found.new if found else None) == new


@pytest.mark.parametrize(
    ("cell", "new"),
    [
        ("12/5（土）→12/12（土）に変更", date(2026, 12, 12)),
        ("令和8年12月5日→12月12日", date(2026, 12, 12)),
        ("12/27（日）→1/10（日）に延期", date(2027, 1, 10)),
        ("R8.12.5（土）→R8.12.12（土）に変更", date(2026, 12, 12)),
        ("12/5（日）→12/12（日）に変更", None),  # 12/5 is a Saturday
        ("12月5日（土）", None),
    ],
)
def test_a_date_cell_that_says_its_move_is_read_as_the_new_date(
    cell: str, new: date | None
) -> None:
    found = moved_in_place(cell, date(2026, 12, 1))
    assert (found.new if found else None) == new


def test_what_may_happen_is_no_move() -> None:
    assert says_a_move("1/24→1/31に延期となりました")
    assert not says_a_move("雨天の場合は2/13（土）に延期")
    assert not says_a_move("延期（日程未定）")
