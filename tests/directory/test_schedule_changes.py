"""What differs from a rule, said beside it: a month's own week, one meeting moved, the next
date of a 隔週 rule, a session more. The next dates a resident sees follow it, and what cannot be
read with certainty is flagged with no dates listed."""

from __future__ import annotations

from datetime import date

import pytest

from directory.schedules import next_occurrences, parse_schedule, spec_from_dict, spec_to_dict

TODAY = date(2026, 11, 23)  # a Monday


def dates(text: str, count: int = 3) -> list[str]:
    spec = parse_schedule(text, today=TODAY)
    assert not spec.needs_review, spec.unparsed
    return [
        f"{o.day.isoformat()} {o.start.strftime('%H:%M') if o.start else ''}".strip()
        for o in next_occurrences(spec, TODAY, count)
    ]


def test_one_meeting_moved_to_another_date() -> None:
    text = "毎月第2土曜日 10:00〜 ※12月は第2土曜日（12月12日）ではなく12月19日に変更"
    assert dates(text) == ["2026-12-19 10:00", "2027-01-09 10:00", "2027-02-13 10:00"]


def test_a_month_that_meets_in_another_week() -> None:
    text = "毎月第2土曜日 10:00～12:00 ※1月は第3土曜日に変更"
    assert dates(text) == ["2026-12-12 10:00", "2027-01-16 10:00", "2027-02-13 10:00"]
    # a standing exception, said without 変更
    assert dates("毎月最終金曜日 18時～20時（12月は第3金曜日）", 2) == [
        "2026-11-27 18:00",
        "2026-12-18 18:00",
    ]
    assert dates("毎月1日（1月は4日）", 2) == ["2026-12-01", "2027-01-04"]
    # the reason in a bracket after the change (横手市's list): a reason, as before it
    assert dates("毎月第2月曜日 10:00～12:00 ※1月は第3月曜日に変更（成人の日のため）", 2) == [
        "2026-12-14 10:00",
        "2027-01-18 10:00",
    ]
    assert parse_schedule("毎月第1土曜日 ※12月は第2土曜日に変更（未定）", today=TODAY).needs_review


def test_a_notice_of_a_month_far_ahead_is_flagged() -> None:
    # written for last July, maybe: a human decides
    spec = parse_schedule("毎月第4水曜日 10:30～12:00（7月は第3水曜日に変更）", today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 3) == []


def test_a_weekly_meeting_moved_to_the_next_day() -> None:
    text = "毎週月・木 9:00～12:00 ※1月4日（月）は休業、1月5日（火）に振替"
    spec = parse_schedule(text, today=date(2027, 1, 1))
    days = [o.day.isoformat() for o in next_occurrences(spec, date(2027, 1, 1), 3)]
    assert days == ["2027-01-05", "2027-01-07", "2027-01-11"]


def test_the_next_date_anchors_the_fortnight() -> None:
    text = "火曜日（隔週）13時～15時　※次回は12月1日"
    assert dates(text) == ["2026-12-01 13:00", "2026-12-15 13:00", "2026-12-29 13:00"]


@pytest.mark.parametrize(
    "text",
    [
        "隔週金曜日 13:30〜15:00 ※次回は12月5日",  # a Saturday
        "毎月第3火曜日 10:00～ ※次回は12月22日（火）",  # the fourth Tuesday
        "隔週土曜日 10:00～12:00（次回は未定）",
        "毎週水曜日 10:00-11:30 ※年内は12月16日まで",  # and after?
        "毎週火曜日 10:00～11:30（8月はお盆休み）",  # the お盆 days, or all August?
        "毎週水曜日 10:00〜 ※祝日振替なし",  # held on the holiday, or not?
        "毎週木曜日（8月はお盆休みです）",  # said as a sentence: the same question
        "毎月第3土曜日（12月は20日）",  # a Sunday: moved to it, or last year's note?
        "毎週土曜日（12月は20日）",  # a Sunday too
        "第2・第4水曜日（12月は16日）",  # which of the two meetings moves?
        "毎月第3日曜日（3月は14日）",  # a month far ahead: maybe last March's
        "毎月第3日曜日（12月13日）",  # no は: moved there, miscounted, or one more meeting?
        "毎月第３日曜日\u3000（１２月１３日（日））",  # its weekday said: the same question
        "毎週土曜日 10:00～\n（12月20日）",  # a Sunday: instead of the 19th, or besides?
        "毎月第2土曜日（ただし12月19日は休み）",  # the 2nd Saturday is the 12th: a stale note?
        "毎月第2土曜日 ※12月19日は休み",
        "毎週土曜日 9:30～（12月20日は休み）",  # no Saturday this year
        "毎月第1土曜日（令和9年1月9日は休み）",  # the 1st Saturday is the 2nd
        "毎月第3日曜日 ※12.13に変更",  # a move it cannot read is no remark
        "毎月第3日曜日 12月13日に変更",  # no ※: 「変更」 is no remark either
        "毎月第3日曜日\u300012月は13日に変更",
        "第1・第3水曜日（12/2・12/9）",  # the 9th in place of the 16th, or besides?
        "毎週土曜日（12月19日・20日）",  # the 20th a Sunday: and the 26th?
    ],
)
def test_a_change_that_cannot_be_read_with_certainty_is_flagged(text: str) -> None:
    spec = parse_schedule(text, today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 3) == []


def test_the_next_date_that_is_the_rule_s_own_is_a_remark() -> None:
    assert dates("毎月第3火曜日 10:00～ ※次回は12月15日（火）", 1) == ["2026-12-15 10:00"]


def test_obon_of_a_monthly_meeting_closes_that_month() -> None:
    # August's meeting is off, though 8月1日 is no お盆 day
    spec = parse_schedule("毎月第1日曜日 9:00～12:00 8月はお盆休み", today=date(2027, 7, 1))
    assert not spec.needs_review
    days = [o.day.isoformat() for o in next_occurrences(spec, date(2027, 7, 1), 2)]
    assert days == ["2027-07-04", "2027-09-05"]


def test_an_afternoon_session_more_on_those_days() -> None:
    spec = parse_schedule("毎週木曜日 10時〜正午（第2木曜日は午後も開催）", today=TODAY)
    assert not spec.needs_review
    on_the_10th = [o for o in next_occurrences(spec, TODAY, 6) if o.day == date(2026, 12, 10)]
    assert len(on_the_10th) == 2  # the morning, and the afternoon (its time not said)


def test_the_year_end_break_between_the_last_and_first_dates() -> None:
    text = "毎週火曜日 10:00～12:00 ※年内最終は12月15日、年明けは1月12日から"
    assert dates(text, 3) == ["2026-11-24 10:00", "2026-12-01 10:00", "2026-12-08 10:00"]
    spec = parse_schedule(text, today=TODAY)
    days = [o.day.isoformat() for o in next_occurrences(spec, date(2026, 12, 14), 2)]
    assert days == ["2026-12-15", "2027-01-12"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R8.12.13（日）10:00～12:00", ["2026-12-13 10:00"]),
        ("開催日：8.12.6（日）、8.12.20（日）", ["2026-12-06", "2026-12-20"]),
        ("R8.12.5 / R8.12.19 いずれも10:00～11:30", ["2026-12-05 10:00", "2026-12-19 10:00"]),
    ],
)
def test_short_reiwa_dates(text: str, expected: list[str]) -> None:
    assert dates(text, 5) == expected


def test_an_irregular_meeting_s_likely_day_is_no_doubt() -> None:
    spec = parse_schedule("不定期（月1回程度・主に日曜日）", today=TODAY)
    assert not spec.needs_review
    assert spec.rules[0].weekdays == (6,)
    assert next_occurrences(spec, TODAY, 3) == []  # no date is invented


def test_a_moved_meeting_survives_storage() -> None:
    text = "毎月第4木曜日 14:00～15:30 ※12月は第3木曜日（12月17日）に変更"
    spec = parse_schedule(text, today=TODAY)
    again = spec_from_dict(spec_to_dict(spec))
    assert next_occurrences(again, TODAY, 3) == next_occurrences(spec, TODAY, 3)
    assert [o.day.isoformat() for o in next_occurrences(again, TODAY, 2)] == [
        "2026-11-26",
        "2026-12-17",
    ]


def test_only_the_substitute_holiday_closed_is_flagged() -> None:
    # and 敬老の日, a Monday too? (was read as closed on every holiday)
    assert parse_schedule("毎週月曜日 13:30～15:00（振替休日は休み）", today=TODAY).needs_review


def test_fortnight_dates_that_skip_a_week_are_listed_and_no_others() -> None:
    # 12/30 is left out (the year end): the fortnight was listed from 12/2, 12/30 included
    spec = parse_schedule("隔週水曜日 19時～21時（12/2、12/16、1/13…）", today=TODAY)
    days = [(o.day.isoformat(), o.start) for o in next_occurrences(spec, TODAY, 5)]
    assert [day for day, _ in days] == ["2026-12-02", "2026-12-16", "2027-01-13"]
    assert all(start is not None and start.hour == 19 for _, start in days)


def test_a_day_of_the_month_on_a_sunday_is_held_the_day_it_names() -> None:
    # 2026-12-20 and 2027-06-20 are Sundays
    text = "毎月20日 10:00～11:00（20日が日曜日の場合は21日）"
    assert dates(text, 2) == ["2026-12-21 10:00", "2027-01-20 10:00"]
    assert dates("毎月10日 9時～ ※10日が土日祝日の場合は12日", 2) == [
        "2026-12-10 09:00",
        "2027-01-12 09:00",
    ]
    # said of one of two days: which meetings move is not certain
    assert parse_schedule("毎月5日・20日（20日が日曜日の場合は21日）", today=TODAY).needs_review
    # a week later is no shift off a weekend
    assert parse_schedule("毎月20日（20日が日曜日の場合は27日）", today=TODAY).needs_review


def test_a_january_week_named_with_its_date_closes_that_day_once() -> None:
    text = "毎週火曜日 10:00～（1月の第1火曜日（1月5日）は休み）"
    assert dates(text, 7)[-2:] == ["2026-12-29 10:00", "2027-01-12 10:00"]
    spec = parse_schedule(text, today=TODAY)
    # the next year's first Tuesday of January meets
    assert date(2028, 1, 4) in [o.day for o in next_occurrences(spec, date(2028, 1, 1), 1)]
    # a date that is not the week it names: a human decides
    assert parse_schedule(
        "毎週火曜日 10:00～（1月の第1火曜日（1月12日）は休み）", today=TODAY
    ).needs_review


def test_one_meeting_at_another_time() -> None:
    text = "毎週水曜日 14:00～16:00 ※1月6日（水）は新年会のため11:30～14:00"
    assert dates(text, 8)[-3:] == ["2026-12-30 14:00", "2027-01-06 11:30", "2027-01-13 14:00"]
    # a day the rule does not meet on: flagged
    assert parse_schedule("毎週水曜日 14:00～16:00 ※1月7日は11:30～14:00", today=TODAY).needs_review


def test_an_evening_session_of_one_week_is_listed_at_its_time() -> None:
    text = "毎週火曜日 10:00～12:00 第1火曜日は夜の部 19:00～もあり"
    assert dates(text, 3) == ["2026-11-24 10:00", "2026-12-01 10:00", "2026-12-01 19:00"]
    # 夜の部 at nine in the morning: which is it?
    assert parse_schedule(
        "毎週火曜日 10:00～12:00（第1火曜日は夜の部 9:00～も開催）", today=TODAY
    ).needs_review


def test_the_year_end_closes_beside_a_remark_on_other_closures() -> None:
    text = "毎週月曜日 10:00～16:00（年末年始・臨時休業あり）"
    spec = parse_schedule(text, today=TODAY)
    assert not spec.needs_review
    days = [o.day for o in next_occurrences(spec, date(2027, 12, 25), 2)]
    assert days == [date(2027, 12, 27), date(2028, 1, 10)]  # 1/3 closed (12/29～1/3)
    assert "臨時休業あり" in spec.notes
    # 「雨天中止」 at the end is the season's closure word too, and stays a remark
    rain = parse_schedule("毎週月曜日 10:00～16:00（年末年始・雨天中止）", today=TODAY)
    assert [o.day for o in next_occurrences(rain, date(2027, 12, 25), 2)] == days
    assert "雨天中止" in rain.notes


@pytest.mark.parametrize(
    "text",
    [
        "毎月第3日曜日 10:00～（12月は13日）",
        "毎月第3日曜日 10:00～\n（12月は13日）",
        "毎月第３日曜日\u3000１０：００～\u3000（１２月は１３日）",
        "毎月第3日曜日 10:00～ ※12月は13日に変更",
        "毎月第3日曜日 10:00～（ただし12月は13日）",
    ],
)
def test_a_day_named_for_a_month_is_the_coming_month_s_meeting(text: str) -> None:
    # December 2026's meeting is the 13th, not the 20th; the next December's is its third Sunday
    assert dates(text) == ["2026-12-13 10:00", "2027-01-17 10:00", "2027-02-21 10:00"]
    spec = parse_schedule(text, today=TODAY)
    later = [o.day.isoformat() for o in next_occurrences(spec, date(2027, 12, 1), 1)]
    assert later == ["2027-12-19"]


def test_a_day_named_for_a_month_of_a_weekly_rule_is_its_only_meeting() -> None:
    text = "毎週土曜日 10:00～12:00\n（12月は19日）"
    assert dates(text, 4) == [
        "2026-11-28 10:00",
        "2026-12-19 10:00",
        "2027-01-02 10:00",
        "2027-01-09 10:00",
    ]
    assert dates("第2・第4水曜日 13:30～（12月は9日）", 3) == [
        "2026-11-25 13:30",
        "2026-12-09 13:30",
        "2027-01-13 13:30",
    ]


@pytest.mark.parametrize(
    "said",
    [
        "8月はお盆休みです",
        "（8月はお盆休みとなります）",
        "※8月はお盆休みになります。",
        "（８月はお盆のため、お休みです）",
        "\n8月はお盆休みをいただきます",
    ],
)
def test_obon_said_as_a_sentence_reads_as_the_short_form(said: str) -> None:
    short = parse_schedule("毎月第1日曜日 9:00～12:00 8月はお盆休み", today=TODAY)
    spec = parse_schedule(f"毎月第1日曜日 9:00～12:00 {said}", today=TODAY)
    assert not spec.needs_review, spec.unparsed
    assert spec.closed_periods == short.closed_periods
    assert next_occurrences(spec, date(2027, 7, 1), 2) == next_occurrences(
        short, date(2027, 7, 1), 2
    )


def test_a_closed_day_the_rule_meets_on_is_still_read() -> None:
    # the 2nd Saturday of December 2026 is the 12th: that meeting is off
    assert dates("毎月第2土曜日 10:00～（ただし12月12日は休み）", 2) == [
        "2027-01-09 10:00",
        "2027-02-13 10:00",
    ]
    # 正月 days closed together, one of them a Sunday the rule does not meet on
    assert dates("毎週土曜日 10時～15時（1月2日・3日は休み）", 6) == [
        "2026-11-28 10:00",
        "2026-12-05 10:00",
        "2026-12-12 10:00",
        "2026-12-19 10:00",
        "2026-12-26 10:00",
        "2027-01-09 10:00",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "毎月第3日曜日 10:00～（12月は13日のみ）",
        "毎月第3日曜日 10:00～（12月は13日のみ開催）",
        "毎月第3日曜日 10:00～（12月は13日・1月は17日）",
    ],
)
def test_a_month_s_only_day_is_read_as_its_day(text: str) -> None:
    assert dates(text) == ["2026-12-13 10:00", "2027-01-17 10:00", "2027-02-21 10:00"]


def test_two_months_each_with_its_day_split_by_a_dot() -> None:
    text = "毎月第3日曜日 10:00～（12月は13日・1月は10日）"
    assert dates(text) == ["2026-12-13 10:00", "2027-01-10 10:00", "2027-02-21 10:00"]
    # a day of another weekday in one of them: a human says, no date is listed
    odd = parse_schedule("毎月第3日曜日 10:00～（12月は13日・1月は11日）", today=TODAY)
    assert odd.needs_review
    assert next_occurrences(odd, TODAY, 1) == []


@pytest.mark.parametrize(
    "text",
    ["毎月第3日曜日 10:00～ ※R8.12.13に変更", "毎月第3日曜日 10:00～ ※2026/12/13に変更"],
)
def test_a_move_to_a_date_written_with_its_year_and_slashes(text: str) -> None:
    # it was kept as a remark: the 20th was listed
    assert dates(text) == ["2026-12-13 10:00", "2027-01-17 10:00", "2027-02-21 10:00"]


def test_a_list_of_a_monthly_rule_s_dates_names_each_month_s_meeting() -> None:
    # one date a month: the 13th is December's meeting, the 20th is off
    assert dates("毎月第3日曜日 10:00～（12月13日・1月17日）") == [
        "2026-12-13 10:00",
        "2027-01-17 10:00",
        "2027-02-21 10:00",
    ]
    assert dates("毎月第3日曜日 10:00～（12月20日・1月10日）") == [
        "2026-12-20 10:00",
        "2027-01-10 10:00",
        "2027-02-21 10:00",
    ]


@pytest.mark.parametrize(
    "text", ["毎月第3日曜日 12/13", "毎週土曜日 10時～ 12月20日", "毎月第１水曜日\u3000１２／９"]
)
def test_a_date_beside_a_rule_with_no_bracket_on_another_day_is_for_a_human(text: str) -> None:
    # as in a bracket: moved there, the week miscounted, or one more meeting? It was one more
    spec = parse_schedule(text, today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 1) == []


def test_a_date_beside_a_rule_with_no_bracket_on_its_meeting_day_is_that_meeting() -> None:
    assert dates("毎週土曜日 10時～ 12月19日", 2) == ["2026-11-28 10:00", "2026-12-05 10:00"]
    assert dates("第2土曜日 10:00～ 1/9", 2) == ["2026-12-12 10:00", "2027-01-09 10:00"]
    # a date of its own after 「、」 or 「／」 is a meeting of its own, as it was
    assert "2026-12-19" in dates("毎週月曜日 10時～、12月19日（土）", 6)


@pytest.mark.parametrize(
    "text",
    [
        "毎週土曜日 10時～ ※12/13より会場変更",
        "毎週土曜日 10時～（12月1日より会場を中央公民館に変更）",
        "毎週土曜日 10時～ ※1月14日から場所変更",
    ],
)
def test_a_venue_changed_from_a_date_keeps_the_days(text: str) -> None:
    # where, not when: it was flagged with no date listed
    assert dates(text, 2) == ["2026-11-28 10:00", "2026-12-05 10:00"]
    assert any("会場" in note or "場所" in note for note in parse_schedule(text, today=TODAY).notes)
    # the time changed from a date is for a human still
    assert parse_schedule("毎週土曜日 10時～ ※12/12より会場・時間変更", today=TODAY).needs_review


@pytest.mark.parametrize(
    "text", ["毎週土曜日\n12月20日", "毎月第3日曜日\n１２月１３日", "毎週金曜日\n12/20・1/17"]
)
def test_a_date_on_a_line_of_its_own_after_a_rule_on_another_day_is_for_a_human(text: str) -> None:
    # as beside it: moved there, the week miscounted, or one more meeting? It was one more
    spec = parse_schedule(text, today=TODAY)
    assert spec.needs_review
    assert next_occurrences(spec, TODAY, 1) == []


def test_a_date_on_a_line_of_its_own_on_the_rule_s_day_is_that_meeting() -> None:
    assert dates("毎週土曜日 10時～12時\n12月19日", 4) == [
        "2026-11-28 10:00",
        "2026-12-05 10:00",
        "2026-12-12 10:00",
        "2026-12-19 10:00",
    ]
    assert dates("第2水曜日 13:30～\n1/13", 2) == ["2026-12-09 13:30", "2027-01-13 13:30"]
