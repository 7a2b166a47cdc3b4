"""A pause or restart to come written in the schedule cell: the meetings go on until the pause
and start from the restart; never the other way round."""

from __future__ import annotations

from datetime import date

import pytest

from directory.schedules import next_occurrences, parse_schedule

TODAY = date(2026, 11, 23)  # a Monday


def days(text: str, start: date = TODAY, count: int = 60) -> list[date]:
    spec = parse_schedule(text, today=TODAY)
    assert not spec.needs_review, spec.unparsed
    return [o.day for o in next_occurrences(spec, start, count)]


@pytest.mark.parametrize(
    "text",
    [
        "毎週月曜日 ※令和9年4月から休止予定",
        "毎週月曜日 10:00～12:00（令和9年4月から休止予定）",
        "毎週月曜日\u3000※２０２７年４月～休止予定",
        "毎週月曜日 ※R9.4.1から休止予定",
        "毎週月曜日 ※来年4月から休止予定",
        "毎週月曜日 ※令和9年4月以降は休会予定",
        "毎週月曜日（4月からお休みします）",
        "毎週月曜日 ※令和9年3月末をもって廃止予定",
    ],
)
def test_a_pause_to_come_ends_the_meetings_the_day_before(text: str) -> None:
    # it was read as the meetings' start: nothing listed before April, every Monday after it
    found = days(text)
    assert found[0] == TODAY
    assert found[-1] == date(2027, 3, 29)  # the last Monday before April


def test_a_pause_from_a_day_keeps_the_meetings_before_it() -> None:
    assert days("毎週金曜日 14:00～16:00 ※1月8日からお休みします")[-1] == date(2027, 1, 1)
    assert days("毎月第3日曜日（12月20日から休止予定）") == []  # the 20th is the first day off


@pytest.mark.parametrize(
    "text",
    [
        "毎週月曜日 ※令和8年4月から休止予定",  # the pause has begun: stopped, or a stale note?
        "毎週月曜日 ※11月から休止予定",  # this November, begun already, or next?
        "毎週月曜日 ※来月から休止予定",
        "毎週金曜日（令和９年１月～３月は休会予定）",
        "毎週月曜日 4月から当面休止",
        "毎週水曜日 ※1月から再開",  # paused now, as 「（4月から再開予定）」 is: which January?
    ],
)
def test_a_pause_not_read_with_certainty_is_for_a_human(text: str) -> None:
    spec = parse_schedule(text, today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 1) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("第2・第4火曜日 10:00～11:30（令和9年1月12日から再開予定）", date(2027, 1, 12)),
        ("毎週月曜日 ※現在休止中、令和9年4月から再開予定", date(2027, 4, 5)),
        ("毎週土曜日 ※2027年1月9日から再開します", date(2027, 1, 9)),
    ],
)
def test_a_restart_to_come_is_when_the_meetings_start(text: str, first: date) -> None:
    assert days(text, count=1) == [first]


def test_a_break_with_its_restart_is_read_as_before() -> None:
    assert days("毎週水曜日 10:00～12:00 ※12/23で年内終了、1/13から再開", count=7)[-2:] == [
        date(2027, 1, 13),
        date(2027, 1, 20),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the break's end said in other words: it listed every Saturday through the break
        "毎週土曜日 ※12月26日からお休みします（1月9日から）",
        "毎週土曜日 ※12月26日からお休みします。1月9日からまた開催します",
    ],
)
def test_a_pause_to_come_with_an_end_in_other_words_is_for_a_human(text: str) -> None:
    spec = parse_schedule(text, today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 1) == []


@pytest.mark.parametrize(
    "text",
    [
        "毎週月曜日 ※令和9年4月から休止予定（公民館改修のため）",
        "毎週月曜日（公民館改修のため）令和9年4月から休止",
        "毎週月曜日 ※改修工事に伴い、令和9年4月から休会予定",
        "毎週月曜日（体育館耐震工事のため4月から休止します）",
        "毎週月曜日\n令和9年3月末で活動終了予定（担い手不足のため）",
        "毎週月曜日 ※R9.3.31をもって休会予定（会員減少のため）",
    ],
)
def test_a_pause_to_come_with_its_reason_ends_the_meetings(text: str) -> None:
    # the reason left the pause unread (flagged), or read as the meetings' start
    found = days(text)
    assert found[0] == TODAY
    assert found[-1] == date(2027, 3, 29)
    spec = parse_schedule(text, today=TODAY)
    assert any(("ため" in note or "伴い" in note) for note in spec.notes)


@pytest.mark.parametrize(
    "text",
    [
        "毎週火曜日 10時～（2月2日～2月16日は会場改修工事のためお休みします）",
        "毎週火曜日 10時～（2月2日から2月16日まで会場改修工事のためお休みします）",
        "毎週火曜日 10時～ ※2/2～2/16は改修工事のため休み",
    ],
)
def test_a_span_closed_for_works_closes_this_winter_s_meetings_in_it(text: str) -> None:
    # it was read as its first and last day closed, 2月9日 listed; a span closed for works is
    # this winter's, not every year's
    found = days(text, count=70)
    assert date(2027, 1, 26) in found
    assert date(2027, 2, 23) in found
    assert not {date(2027, 2, 2), date(2027, 2, 9), date(2027, 2, 16)} & set(found)
    assert date(2028, 2, 8) in days(text, start=date(2028, 2, 1), count=2)  # next year's
    assert any("工事" in note for note in parse_schedule(text, today=TODAY).notes)


def test_a_year_end_span_said_with_o_yasumi_shimasu_is_every_year_s() -> None:
    # as every 年末年始 span of the judged set: next winter's days are nearly the same
    text = "毎週土曜日 10:00～12:00（12月28日から1月4日までお休みします）"
    found = days(text, count=70)
    assert date(2027, 1, 2) not in found
    assert date(2026, 12, 26) in found
    assert date(2027, 1, 9) in found
    assert days(text, start=date(2027, 12, 20), count=2) == [date(2027, 12, 25), date(2028, 1, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "毎週日曜日 ※年末年始休み（12月27日～1月3日）",
        "毎週日曜日（年末年始 12/27～1/3 はお休み）",
        "毎週日曜日 ９：００～（年末年始（１２／２７～１／３）及び臨時休館日を除く）",
        "毎週日曜日 ９：００～（年末年始・臨時休館日を除く）",
    ],
)
def test_year_end_closures_said_with_their_dates_or_a_vague_closure_close_those_days(
    text: str,
) -> None:
    # the closure was lost (kept as a remark, or the cell flagged): 1月3日 (a Sunday) was listed
    found = days(text, count=8)
    assert date(2027, 1, 3) not in found
    assert date(2026, 12, 20) in found
    assert date(2027, 1, 10) in found


def test_year_end_said_as_the_last_and_first_meeting_closes_the_days_between() -> None:
    # it was read as the meetings' start (nothing before 1月14日) and flagged
    found = days("毎週木曜日 10:00～11:30（年末は12月24日まで、新年は1月14日から）", count=8)
    assert date(2026, 12, 24) in found
    assert date(2027, 1, 14) in found
    assert not {date(2026, 12, 31), date(2027, 1, 7)} & set(found)


def test_a_reiwa_year_shortened_with_its_nen_is_that_year() -> None:
    found = days("Ｒ８年１２月１９日（土）・Ｒ９年１月１６日（土）\u3000１０時～１２時")
    assert found == [date(2026, 12, 19), date(2027, 1, 16)]


def test_a_school_break_said_with_its_months_closes_them() -> None:
    found = days("毎月第2日曜日 10:00～ ※夏休み期間（7月・8月）は休み", count=12)
    assert date(2027, 6, 13) in found
    assert date(2027, 9, 12) in found
    assert not [day for day in found if day.month in (7, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "毎週水曜日（12/29～1/3を除く、臨時休館日あり）",
        "毎週水曜日（12/29～1/3・臨時休館日を除く）",
        "毎週水曜日（12月29日～1月3日及び臨時休館日を除く）",
    ],
)
def test_a_year_end_span_beside_a_vague_temporary_closure_is_every_year_s(text: str) -> None:
    # 臨時 is the other item's: the span is the season's, closed every year, not this one only
    found = days(text, start=date(2027, 12, 20), count=3)
    assert found == [date(2027, 12, 22), date(2028, 1, 5), date(2028, 1, 12)]
