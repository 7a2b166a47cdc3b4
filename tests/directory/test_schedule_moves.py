"""「（祝日の場合は翌日）」: a meeting that falls on a closed day is held on the day the
organiser names instead, and the next dates say so (with the real national holidays)."""

from __future__ import annotations

from datetime import date

import pytest

from directory.schedules import (
    Move,
    format_schedule,
    next_occurrences,
    parse_schedule,
    spec_from_dict,
    spec_to_dict,
)

WEEKDAYS = "月火水木金土日"


def dates(text: str, start: date, count: int) -> list[str]:
    spec = parse_schedule(text, today=start)
    assert not spec.needs_review, spec.unparsed
    return [
        f"{o.day.month}/{o.day.day}({WEEKDAYS[o.day.weekday()]})"
        for o in next_occurrences(spec, start, count)
    ]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        # 2027-01-11 is 成人の日 (a Monday): the meeting is on Tuesday the 12th.
        (
            "毎週月曜日 10:00〜12:00（祝日の場合は翌日）",
            date(2027, 1, 1),
            ["1/4(月)", "1/12(火)", "1/18(月)", "1/25(月)"],
        ),
        # Asked from the Tuesday itself: the meeting moved onto it is the first.
        ("毎週月曜日（祝日の場合は翌日に変更します）", date(2027, 1, 12), ["1/12(火)", "1/18(月)"]),
        (
            "毎週月曜日（祝日の場合は翌週火曜日）",
            date(2027, 1, 1),
            ["1/4(月)", "1/18(月)", "1/19(火)"],
        ),
        ("毎週月曜日（祝日の時は翌火曜日）", date(2027, 1, 5), ["1/12(火)", "1/18(月)"]),
        # 翌週 on a weekly meeting: the next week's meeting is the one held.
        ("毎週月曜日（祝日の場合は翌週）", date(2027, 1, 5), ["1/18(月)", "1/25(月)"]),
        # 2027-05-03 (憲法記念日) is the first Monday of May: the 10th instead.
        (
            "毎月第1月曜日（祝日の場合は第2月曜日）10:00～11:30",
            date(2027, 4, 6),
            ["5/10(月)", "6/7(月)", "7/5(月)"],
        ),
        # The 20th of February 2027 is a Saturday: Monday the 22nd.
        (
            "毎月20日（土日の場合は翌月曜日）10:00-12:00",
            date(2027, 2, 1),
            ["2/22(月)", "3/22(月)", "4/20(火)"],
        ),
        # Moved onto another holiday (5/3 → みどりの日 5/4): not held that week.
        ("毎週月曜日（祝日の場合は翌日）", date(2027, 4, 27), ["5/10(月)", "5/17(月)"]),
        # Where it goes is not said: the holiday is only closed.
        ("毎週月曜日（祝日の場合は振替日を別途お知らせします）", date(2027, 1, 5), ["1/18(月)"]),
    ],
)
def test_a_meeting_moved_off_a_closed_day_is_listed_on_the_day_it_moves_to(
    text: str, start: date, expected: list[str]
) -> None:
    assert dates(text, start, len(expected)) == expected


def test_a_move_is_read_kept_in_json_and_written_back() -> None:
    spec = parse_schedule("毎週月曜日 10:00〜12:00（祝日の場合は翌日）")
    assert spec.moves == (Move(holidays=True, days=1),)
    assert spec.notes == ("祝日の場合は翌日",)
    assert spec_from_dict(spec_to_dict(spec)) == spec
    canonical = format_schedule(spec)
    assert canonical == "毎週月曜日 10:00〜12:00（祝日の場合は翌日）"
    assert parse_schedule(canonical).moves == spec.moves


def test_a_closed_days_own_shift_moves_no_meeting() -> None:
    """休館日：月曜日（祝日の場合は翌日）: the facility closes on Tuesday instead; nothing meets."""
    spec = parse_schedule("開館時間：9:00〜17:00 休館日：月曜日（祝日の場合は翌日）")
    assert spec.moves == ()


@pytest.mark.parametrize(
    "moves",
    [
        [{"holidays": True, "weekdays": [], "weekday": 9}],
        [{"holidays": True, "days": -1}],
        [{"nth": 7}],
    ],
)
def test_stored_moves_that_make_no_sense_are_refused(moves: list[dict[str, object]]) -> None:
    data = spec_to_dict(parse_schedule("毎週月曜日（祝日の場合は翌日）")) | {"moves": moves}
    with pytest.raises(ValueError, match="out of range"):
        spec_from_dict(data)


def test_a_move_written_after_a_note_mark_moves_the_meeting_too() -> None:
    # 2027-09-22 is not a holiday but 2027-09-23 (秋分の日) is a Thursday; 2027-11-03
    # (文化の日) is the first Wednesday of November.
    assert dates("第1・第3水曜日 13:30～15:30 ※祝日の場合は翌週", date(2027, 10, 25), 3) == [
        "11/10(水)",
        "11/17(水)",
        "12/1(水)",
    ]


def test_a_closed_day_of_no_year_is_the_coming_one_where_a_meeting_was_moved() -> None:
    # 2027-01-11 is 成人の日: its meeting moves to Tuesday the 12th, which the note closes. The
    # 12th was read as 2026's Monday, gone by, and the cell was flagged
    text = "毎週月曜日（祝日の場合は翌日）（1月12日は休み）"
    assert dates(text, date(2026, 11, 23), 9)[-3:] == ["1/4(月)", "1/18(月)", "1/25(月)"]
    # a closed day the coming year does not meet on is still for a human
    assert parse_schedule("毎週金曜日（1月9日は休み）", today=date(2026, 11, 23)).needs_review
