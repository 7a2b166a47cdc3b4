"""Lists and schedules that speak of dates to come are not read as now: 「令和9年3月末で休止」
read in December 2026 is a pause from 1 April 2027 (the activity meets until then), 「令和9年3月末で
廃止」 an end to come; a course's period stops its dates; a meeting moved off a Sunday holiday is
held after its 振替休日. Judged rows: ``judged_dates_to_come``."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from directory.interop import Action
from directory.interop.status import RowStatus, end_to_come, pause_to_come, status_of_text
from directory.models import IntakeStatus
from directory.schedules import next_occurrences, parse_schedule
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes
from tests.directory.interop.judged_dates_to_come import (
    BOUNDED_PAUSE_ROWS,
    HELD_OUT_BOUNDED_PAUSE_ROWS,
    HELD_OUT_SCHEDULE_ROWS,
    HELD_OUT_STATUS_ROWS,
    READ_ON,
    SCHEDULE_ROWS,
    STATUS_ROWS,
)


@pytest.mark.parametrize(
    ("text", "status", "start"),
    [pytest.param(*row[1:], id=row[0]) for row in STATUS_ROWS + HELD_OUT_STATUS_ROWS],
)
def test_a_cell_is_read_as_it_stands_on_the_day_the_list_is_read(
    text: str, status: RowStatus | None, start: date | None
) -> None:
    assert status_of_text(text, today=READ_ON) is status
    assert pause_to_come(text, today=READ_ON) == start
    if start is not None and re.search(r"令和|R|20[0-9]{2}", text):
        # once the day has come (「来年度から」 read then is the year after: still to come)
        assert status_of_text(text, today=start) is RowStatus.PAUSED


@pytest.mark.parametrize(
    "text", ["令和9年3月末で廃止", "2027年3月31日で廃止", "令和9年3月をもって終了", "R9.3末で閉所"]
)
def test_an_end_to_come_is_an_end_once_its_day_has_come(text: str) -> None:
    assert status_of_text(text, today=READ_ON) is None
    assert end_to_come(text, today=READ_ON) == date(2027, 4, 1)
    assert pause_to_come(text, today=READ_ON) is None
    assert status_of_text(text, today=date(2027, 4, 1)) is RowStatus.ENDED
    assert status_of_text(text) is RowStatus.ENDED  # no day given: as written, as before


@pytest.mark.parametrize(
    "text",
    [
        "令和9年3月まで休止",  # paused until then: now, not from then
        "12月～2月は休止",  # a season
        "4月～5月休止",
        "令和8年12月24日は休止",  # one day
        "毎週金曜日 10:00～休止",
    ],
)
def test_what_only_looks_like_a_date_to_come_says_none(text: str) -> None:
    assert pause_to_come(text, today=READ_ON) is None


def test_a_list_saying_paused_after_march_imports_the_activity_as_meeting_until_then(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "活動名,会場,住所,開催日,備考",
        "ひまわりサロン,金沢公民館,日立市金沢町1-2-3,毎週火曜日,令和9年3月末で休止",
        "あおぞらサロン,大沼公民館,日立市大沼町1-1,毎週木曜日,休止（R9.4～）",
        "こもれびサロン,助川公民館,日立市助川町1-1,毎週金曜日,令和8年3月末で休止",
        "いちょうサロン,中央公民館,日立市中央町1-1,毎週月曜日,令和9年3月末で廃止",
        "さくらサロン,宮田公民館,日立市宮田町1-1,毎週水曜日,令和8年3月末で廃止",
        encoding="cp932",
    )
    plan = plan_bytes(
        db_session, data, geocoder, organization="日立市社協", categories=("salon",),
        today=READ_ON,
    )  # fmt: skip
    to_come, bracket, paused, ending, ended = plan.rows
    for row in (to_come, bracket):
        assert row.action is Action.CREATE
        assert row.intake is not IntakeStatus.PAUSED
        assert any("2027年4月1日" in w.message for w in row.warnings)
    assert paused.action is Action.CREATE
    assert paused.intake is IntakeStatus.PAUSED
    assert ending.action is Action.CREATE  # it meets until the end of March
    assert ending.intake is not IntakeStatus.PAUSED
    assert any(
        "「令和9年3月末で廃止」" in w.message and "2027年4月1日" in w.message
        for w in ending.warnings
    )
    assert ended.action is Action.SKIP


def _dates(text: str, today: date, count: int) -> list[str]:
    spec = parse_schedule(text, today=today)
    return [f"{o.day.month}/{o.day.day}" for o in next_occurrences(spec, today, count)]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [pytest.param(*row[1:], id=row[0]) for row in SCHEDULE_ROWS + HELD_OUT_SCHEDULE_ROWS],
)
def test_a_schedule_lists_the_dates_it_says_from_the_day_it_is_read(
    text: str, today: date, expected: list[str]
) -> None:
    found = _dates(text, today, len(expected) + 1)
    assert found[: len(expected)] == expected
    if "祝日" not in text:  # a course of a period: nothing after it, nothing twice
        assert found == expected


def test_a_course_whose_dates_are_days_after_a_date_lists_them_and_nothing_after() -> None:
    # held-s4: 「2/6・13・20」 (days after a M/D date) was not read, flagged with no dates; they
    # are the February dates now, and the period's last is its last meeting
    _, text, today, _ = next(row for row in HELD_OUT_SCHEDULE_ROWS if row[0] == "held-s4")
    spec = parse_schedule(text, today=today)
    assert not spec.needs_review
    assert [o.day for o in next_occurrences(spec, date(2027, 2, 1), 6)] == [
        date(2027, 2, 6),
        date(2027, 2, 13),
        date(2027, 2, 20),
        date(2027, 2, 27),
        date(2027, 3, 6),
    ]


def test_a_course_count_that_disagrees_with_its_period_is_flagged() -> None:
    # 2027-02-02 to 03-16 has seven Tuesdays: 「全6回」 leaves one out, which?
    spec = parse_schedule("2027年2月2日～3月16日 毎週火曜日 13:30～15:00（全6回）", today=READ_ON)
    assert spec.needs_review


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # 2027-03-21 (春分の日) is a Sunday and 03-22 its 振替休日: the 23rd, a Tuesday
        ("毎週日曜日 10:00～12:00（祝日の場合は翌日）", date(2027, 3, 15), ["3/23", "3/28"]),
        # 2026-05-03 is a Sunday holiday and 05-04 みどりの日, a holiday of its own: off that week
        ("毎週日曜日（祝日の場合は翌日）", date(2026, 5, 1), ["5/10"]),
        # a Monday 振替休日 of a Monday meeting: the Tuesday, as for any holiday
        ("毎週月曜日（祝日の場合は翌日）", date(2027, 3, 20), ["3/23", "3/29"]),
    ],
)
def test_a_meeting_moved_off_a_sunday_holiday_is_held_after_its_substitute_holiday(
    text: str, start: date, expected: list[str]
) -> None:
    assert _dates(text, start, len(expected)) == expected


@pytest.mark.parametrize(
    ("text", "status", "start"),
    [
        ("3月末で休止", None, date(2027, 4, 1)),  # told ahead: the coming March
        ("1月末で休止", None, date(2027, 2, 1)),
        ("今月末で休止", None, date(2027, 1, 1)),
        ("6月末で休止", RowStatus.PAUSED, None),  # the June just past is nearer
    ],
)
def test_an_end_in_a_month_of_no_year_is_the_nearest_such_end(
    text: str, status: RowStatus | None, start: date | None
) -> None:
    assert status_of_text(text, today=READ_ON) is status
    assert pause_to_come(text, today=READ_ON) == start


@pytest.mark.parametrize(
    ("text", "status", "start", "restart"),
    [pytest.param(*row[1:], id=row[0]) for row in BOUNDED_PAUSE_ROWS + HELD_OUT_BOUNDED_PAUSE_ROWS],
)
def test_a_pause_with_its_restart_said_is_paused_only_between_the_two(
    text: str, status: RowStatus | None, start: date | None, restart: date | None
) -> None:
    # 「3月で一旦休止、5月再開」 read in December: meeting now, paused in April, meeting from May
    assert status_of_text(text, today=READ_ON) is status
    assert pause_to_come(text, today=READ_ON) == start
    if start is not None:
        assert status_of_text(text, today=start - timedelta(days=1)) is None
        assert status_of_text(text, today=start) is RowStatus.PAUSED
    if restart is not None:
        assert status_of_text(text, today=restart - timedelta(days=1)) is RowStatus.PAUSED
        # 「休止中（R9.4再開予定）」: still what the list says once the planned day is past
        planned_only = "休止中" in text and "予定" in text
        after = RowStatus.PAUSED if planned_only else None
        assert status_of_text(text, today=restart) is after
        assert pause_to_come(text, today=restart) is None


def test_a_pause_at_the_end_of_march_with_a_restart_in_april_misses_no_day() -> None:
    text = "令和9年3月末で休止し、4月から再開予定"
    for day in (READ_ON, date(2027, 3, 31), date(2027, 4, 1), date(2027, 5, 1)):
        assert status_of_text(text, today=day) is None
        assert pause_to_come(text, today=day) is None


def test_a_restart_written_as_a_slash_date_is_that_day() -> None:
    # 「4/1から再開」: April 1st, not January (the pause would have ended on 1 January)
    text = "休止（4/1から再開）"
    assert status_of_text(text, today=READ_ON) is RowStatus.PAUSED
    assert status_of_text(text, today=date(2027, 1, 5)) is RowStatus.PAUSED
    assert status_of_text(text, today=date(2027, 4, 1)) is None
