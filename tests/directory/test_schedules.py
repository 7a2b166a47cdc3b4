"""Schedules: free Japanese text → structured recurrence → canonical text and next dates."""

from __future__ import annotations

import calendar
import dataclasses
import json
import time as timer
from datetime import date, time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directory.schedules import (
    WEEKDAY_LABELS,
    ClosedPeriod,
    Occurrence,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
    format_occurrence,
    format_schedule,
    is_holiday,
    next_occurrences,
    parse_schedule,
    spec_from_dict,
    spec_to_dict,
    weekday_mask,
)

TODAY = date(2026, 11, 23)  # a Monday, and 勤労感謝の日
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS = (MON, TUE, WED, THU, FRI)
ODD_MONTHS = (1, 3, 5, 7, 9, 11)
EVEN_MONTHS = (2, 4, 6, 8, 10, 12)
YEAR_END = ClosedPeriod((12, 29), (1, 3))


def hm(text: str) -> time:
    hour, minute = text.split(":")
    return time(int(hour), int(minute))


def span(start: str | None = None, end: str | None = None) -> TimeRange:
    return TimeRange(hm(start) if start else None, hm(end) if end else None)


def weekly(*days: int, at: TimeRange | None = None, **fields: Any) -> Rule:
    return Rule(RuleKind.WEEKLY, weekdays=days, times=at, **fields)


def nth(ordinals: tuple[int, ...], *days: int, at: TimeRange | None = None, **fields: Any) -> Rule:
    return Rule(RuleKind.MONTHLY_NTH, weekdays=days, nth=ordinals, times=at, **fields)


def monthday(*days: int, at: TimeRange | None = None, **fields: Any) -> Rule:
    return Rule(RuleKind.MONTHLY_DAY, days=days, times=at, **fields)


def on(*dates: date, at: TimeRange | None = None) -> Rule:
    return Rule(RuleKind.DATES, dates=dates, times=at)


def irregular(*days: int, at: TimeRange | None = None, **fields: Any) -> Rule:
    return Rule(RuleKind.IRREGULAR, weekdays=days, times=at, **fields)


def spec(*rules: Rule, **fields: Any) -> ScheduleSpec:
    return ScheduleSpec(rules=rules, **fields)


def parse(text: str) -> ScheduleSpec:
    return parse_schedule(text, today=TODAY)


def fmt(value: ScheduleSpec) -> str:
    return format_schedule(value, today=TODAY)


def without_original(value: ScheduleSpec) -> ScheduleSpec:
    return dataclasses.replace(value, original="")


# (text, expected structure, expected canonical text)
EXAMPLES = [
    # --- weekly -------------------------------------------------------------------
    pytest.param(
        "毎週水曜日 14:00〜16:00",
        spec(weekly(WED, at=span("14:00", "16:00"))),
        "毎週水曜日 14:00〜16:00",
        id="every-wednesday",
    ),
    pytest.param(
        "毎週月・木 10時～12時",
        spec(weekly(MON, THU, at=span("10:00", "12:00"))),
        "毎週月・木曜日 10:00〜12:00",
        id="monday-and-thursday-in-hours",
    ),
    pytest.param(
        "毎週月、木 10:00〜12:00",
        spec(weekly(MON, THU, at=span("10:00", "12:00"))),
        "毎週月・木曜日 10:00〜12:00",
        id="comma-inside-weekday-list",
    ),
    pytest.param(
        "毎週月曜と木曜 13:00〜15:00",
        spec(weekly(MON, THU, at=span("13:00", "15:00"))),
        "毎週月・木曜日 13:00〜15:00",
        id="to-inside-weekday-list",
    ),
    pytest.param(
        "火・金曜日 9:30〜12:00",
        spec(weekly(TUE, FRI, at=span("9:30", "12:00"))),
        "毎週火・金曜日 9:30〜12:00",
        id="weekly-without-maishu",
    ),
    pytest.param(
        "水曜日 10:00〜",
        spec(weekly(WED, at=span("10:00"))),
        "毎週水曜日 10:00〜",
        id="start-time-only",
    ),
    pytest.param(
        "（水） 10:00〜12:00",
        spec(weekly(WED, at=span("10:00", "12:00"))),
        "毎週水曜日 10:00〜12:00",
        id="weekday-in-brackets",
    ),
    pytest.param(
        "毎週月・水・金 10:00〜15:00",
        spec(weekly(MON, WED, FRI, at=span("10:00", "15:00"))),
        "毎週月・水・金曜日 10:00〜15:00",
        id="three-weekdays",
    ),
    pytest.param(
        "月曜～金曜 9:00〜17:00",
        spec(weekly(*WEEKDAYS, at=span("9:00", "17:00"))),
        "毎週月〜金曜日 9:00〜17:00",
        id="weekday-range-is-literal",
    ),
    pytest.param(
        "月〜水・金 9:00-17:00",
        spec(weekly(MON, TUE, WED, FRI, at=span("9:00", "17:00"))),
        "毎週月〜水・金曜日 9:00〜17:00",
        id="range-and-list-mixed",
    ),
    pytest.param(
        "平日 9:00-17:00",
        spec(weekly(*WEEKDAYS, at=span("9:00", "17:00")), closed_on_holidays=True),
        "平日 9:00〜17:00（祝日は休み）",
        id="heijitsu-excludes-holidays",
    ),
    pytest.param(
        "毎週水曜日 10:00〜12:00 休み：12月30日、1月6日",
        spec(
            weekly(WED, at=span("10:00", "12:00")),
            closed_rules=(on(date(2026, 12, 30), date(2027, 1, 6)),),
        ),
        # a meeting's days off, not a facility's 休館日
        "毎週水曜日 10:00〜12:00（12月30日(水)、1月6日(水)は休み）",
        id="a-meeting-s-days-off",
    ),
    pytest.param(
        "平日 9:00ー17:00",
        spec(weekly(*WEEKDAYS, at=span("9:00", "17:00")), closed_on_holidays=True),
        "平日 9:00〜17:00（祝日は休み）",
        id="katakana-long-vowel-as-dash",
    ),
    pytest.param(
        "平日（月〜金） 9:30〜12:00",
        spec(weekly(*WEEKDAYS, at=span("9:30", "12:00")), closed_on_holidays=True),
        "平日 9:30〜12:00（祝日は休み）",
        id="bracketed-weekdays-annotate-heijitsu",
    ),
    pytest.param(
        "平日 10:00〜15:00（水曜休み）",
        spec(weekly(MON, TUE, THU, FRI, at=span("10:00", "15:00")), closed_on_holidays=True),
        "毎週月・火・木・金曜日 10:00〜15:00（祝日は休み）",
        id="weekday-closure-removes-a-day",
    ),
    pytest.param(
        "土日祝",
        spec(weekly(SAT, SUN, holidays=True)),
        "土日・祝日",
        id="weekends-and-holidays",
    ),
    pytest.param(
        "日曜・祝日 10:00〜16:00",
        spec(weekly(SUN, holidays=True, at=span("10:00", "16:00"))),
        "毎週日曜日・祝日 10:00〜16:00",
        id="sunday-and-holidays",
    ),
    pytest.param(
        "毎日 7:00〜9:00",
        spec(weekly(*range(7), at=span("7:00", "9:00"))),
        "毎日 7:00〜9:00",
        id="every-day",
    ),
    pytest.param(
        "隔週金曜日",
        spec(weekly(FRI, interval_weeks=2)),
        "隔週金曜日",
        id="biweekly-without-anchor",
    ),
    pytest.param(
        "隔週金曜日（1月9日から） 10:00〜11:30",
        spec(weekly(FRI, interval_weeks=2, anchor=date(2026, 1, 9), at=span("10:00", "11:30"))),
        "隔週金曜日（1月9日から） 10:00〜11:30",
        id="biweekly-with-anchor",
    ),
    pytest.param(
        "毎週火曜日 １０：００～１２：００",
        spec(weekly(TUE, at=span("10:00", "12:00"))),
        "毎週火曜日 10:00〜12:00",
        id="full-width-digits",
    ),
    pytest.param(
        "毎週日曜日 14:00ｰ17:00",
        spec(weekly(SUN, at=span("14:00", "17:00"))),
        "毎週日曜日 14:00〜17:00",
        id="half-width-long-vowel-as-dash",
    ),
    pytest.param(
        "水 10:00〜12:00",
        spec(weekly(WED, at=span("10:00", "12:00"))),
        "毎週水曜日 10:00〜12:00",
        id="lone-weekday-before-a-time",
    ),
    # --- times --------------------------------------------------------------------
    pytest.param(
        "毎週水曜 10時半～12時",
        spec(weekly(WED, at=span("10:30", "12:00"))),
        "毎週水曜日 10:30〜12:00",
        id="half-past-in-hours",
    ),
    pytest.param(
        "第3木曜日 13時30分〜15時",
        spec(nth((3,), THU, at=span("13:30", "15:00"))),
        "第3木曜日 13:30〜15:00",
        id="hours-and-minutes",
    ),
    pytest.param(
        "第1金曜日 午後1時〜3時",
        spec(nth((1,), FRI, at=span("13:00", "15:00"))),
        "第1金曜日 13:00〜15:00",
        id="gogo-applies-to-both-ends",
    ),
    pytest.param(
        "毎週土曜日 午前10時〜正午",
        spec(weekly(SAT, at=span("10:00", "12:00"))),
        "毎週土曜日 10:00〜12:00",
        id="until-noon",
    ),
    pytest.param(
        "毎週木曜日 10:00から12:00まで",
        spec(weekly(THU, at=span("10:00", "12:00"))),
        "毎週木曜日 10:00〜12:00",
        id="kara-made",
    ),
    pytest.param(
        "毎週金曜日 〜15:00",
        spec(weekly(FRI, at=span(None, "15:00"))),
        "毎週金曜日 〜15:00",
        id="end-time-only",
    ),
    pytest.param(
        "毎週月曜日 10〜12時",
        spec(weekly(MON, at=span("10:00", "12:00"))),
        "毎週月曜日 10:00〜12:00",
        id="bare-start-hour",
    ),
    pytest.param(
        "毎週火曜日 12時〜1時",
        spec(weekly(TUE, at=span("12:00", "13:00"))),
        "毎週火曜日 12:00〜13:00",
        id="end-before-start-is-afternoon",
    ),
    pytest.param(
        "毎週水曜日 午前中",
        spec(weekly(WED), notes=("午前中",)),
        "毎週水曜日（午前中）",
        id="vague-morning-is-a-note",
    ),
    pytest.param(
        "毎週水曜日 10:00〜12:00、13:00〜15:00",
        spec(weekly(WED, at=span("10:00", "12:00")), weekly(WED, at=span("13:00", "15:00"))),
        "毎週水曜日 10:00〜12:00、毎週水曜日 13:00〜15:00",
        id="two-sessions-a-day",
    ),
    # --- monthly ------------------------------------------------------------------
    pytest.param(
        "第2・第4土曜日 11:30～13:30",
        spec(nth((2, 4), SAT, at=span("11:30", "13:30"))),
        "第2・第4土曜日 11:30〜13:30",
        id="second-and-fourth-saturday",
    ),
    pytest.param(
        "毎月第3日曜",
        spec(nth((3,), SUN)),
        "第3日曜日",
        id="third-sunday",
    ),
    pytest.param(
        "第1・3水曜",
        spec(nth((1, 3), WED)),
        "第1・第3水曜日",
        id="ordinals-without-repeated-dai",
    ),
    pytest.param(
        "第1、第3水曜日 10:00〜11:30",
        spec(nth((1, 3), WED, at=span("10:00", "11:30"))),
        "第1・第3水曜日 10:00〜11:30",
        id="comma-inside-ordinal-list",
    ),
    pytest.param(
        "第２・第４月曜日 １０：００〜１２：００",
        spec(nth((2, 4), MON, at=span("10:00", "12:00"))),
        "第2・第4月曜日 10:00〜12:00",
        id="full-width-ordinals",
    ),
    pytest.param(
        "第二・第四土曜日 午後一時〜三時",
        spec(nth((2, 4), SAT, at=span("13:00", "15:00"))),
        "第2・第4土曜日 13:00〜15:00",
        id="kanji-numerals",
    ),
    pytest.param(
        "毎月最終金曜日 17:00〜19:00",
        spec(nth((-1,), FRI, at=span("17:00", "19:00"))),
        "最終金曜日 17:00〜19:00",
        id="last-friday",
    ),
    pytest.param(
        "第4土曜と最終日曜 10:00〜12:00",
        spec(nth((4,), SAT, at=span("10:00", "12:00")), nth((-1,), SUN, at=span("10:00", "12:00"))),
        "第4土曜日 10:00〜12:00、最終日曜日 10:00〜12:00",
        id="fourth-saturday-and-last-sunday",
    ),
    pytest.param(
        "毎月15日 10:00〜11:30",
        spec(monthday(15, at=span("10:00", "11:30"))),
        "毎月15日 10:00〜11:30",
        id="fifteenth-of-the-month",
    ),
    pytest.param(
        "毎月10日・25日",
        spec(monthday(10, 25)),
        "毎月10日・25日",
        id="two-days-of-the-month",
    ),
    # --- month restrictions ---------------------------------------------------------
    pytest.param(
        "奇数月の第2水曜日 10:00〜12:00",
        spec(nth((2,), WED, at=span("10:00", "12:00"), months=ODD_MONTHS)),
        "奇数月の第2水曜日 10:00〜12:00",
        id="odd-months",
    ),
    pytest.param(
        "偶数月の第１土曜",
        spec(nth((1,), SAT, months=EVEN_MONTHS)),
        "偶数月の第1土曜日",
        id="even-months",
    ),
    pytest.param(
        "偶数月 第3土曜日 10:00ｰ12:00",
        spec(nth((3,), SAT, at=span("10:00", "12:00"), months=EVEN_MONTHS)),
        "偶数月の第3土曜日 10:00〜12:00",
        id="even-months-without-no",
    ),
    pytest.param(
        "6月と11月の第3日曜日",
        spec(nth((3,), SUN, months=(6, 11))),
        "6・11月の第3日曜日",
        id="two-named-months",
    ),
    pytest.param(
        "毎年5月と10月の第4日曜日 8:00〜9:30",
        spec(nth((4,), SUN, at=span("8:00", "9:30"), months=(5, 10))),
        "5・10月の第4日曜日 8:00〜9:30",
        id="every-year-in-named-months",
    ),
    pytest.param(
        "毎年8月の第1日曜",
        spec(nth((1,), SUN, months=(8,))),
        "8月の第1日曜日",
        id="one-month-a-year",
    ),
    pytest.param(
        "4月〜9月の毎週土曜 9:00〜11:00",
        spec(weekly(SAT, at=span("9:00", "11:00"), months=(4, 5, 6, 7, 8, 9))),
        "4〜9月の毎週土曜日 9:00〜11:00",
        id="span-of-months",
    ),
    pytest.param(
        "11月〜3月の毎週土曜",
        spec(weekly(SAT, months=(1, 2, 3, 11, 12))),
        "11〜3月の毎週土曜日",
        id="span-of-months-across-the-year-end",
    ),
    pytest.param(
        "1月・2月の平日 9:00〜17:00",
        spec(weekly(*WEEKDAYS, at=span("9:00", "17:00"), months=(1, 2)), closed_on_holidays=True),
        "1・2月の平日 9:00〜17:00（祝日は休み）",
        id="named-months-of-weekdays",
    ),
    pytest.param(
        "第4日曜日 8:00〜9:30（5月・10月）",
        spec(nth((4,), SUN, at=span("8:00", "9:30"), months=(5, 10))),
        "5・10月の第4日曜日 8:00〜9:30",
        id="months-in-brackets-after-the-rule",
    ),
    pytest.param(
        "毎週土曜日（4月〜11月のみ）",
        spec(weekly(SAT, months=(4, 5, 6, 7, 8, 9, 10, 11))),
        "4〜11月の毎週土曜日",
        id="span-in-brackets-after-the-rule",
    ),
    pytest.param(
        "第2水曜日と第4土曜日（奇数月）",
        spec(nth((2,), WED, months=ODD_MONTHS), nth((4,), SAT, months=ODD_MONTHS)),
        "奇数月の第2水曜日／奇数月の第4土曜日",
        id="months-in-brackets-apply-to-the-group",
    ),
    pytest.param(
        "奇数月の15日 10:00〜",
        spec(monthday(15, at=span("10:00"), months=ODD_MONTHS)),
        "奇数月の15日 10:00〜",
        id="day-of-month-in-odd-months",
    ),
    pytest.param(
        "偶数月10日・25日",
        spec(monthday(10, 25, months=EVEN_MONTHS)),
        "偶数月の10日・25日",
        id="days-of-even-months",
    ),
    pytest.param(
        "年2回（六月と十一月の日曜日）",
        spec(irregular(SUN, per_year=2, months=(6, 11))),
        "年2回（不定期） 6・11月の日曜日",
        id="twice-a-year-on-sundays-in-named-months",
    ),
    pytest.param(
        "4〜9月に月1回",
        spec(irregular(per_month=1, months=(4, 5, 6, 7, 8, 9))),
        "4〜9月の月1回（不定期）",
        id="once-a-month-in-a-span",
    ),
    # --- specific dates -----------------------------------------------------------
    pytest.param(
        "12月20日（日） 10:00〜12:00",
        spec(on(date(2026, 12, 20), at=span("10:00", "12:00"))),
        "12月20日(日) 10:00〜12:00",
        id="date-without-year",
    ),
    pytest.param(
        "2026年12月5日(土)",
        spec(on(date(2026, 12, 5))),
        "12月5日(土)",
        id="date-with-year",
    ),
    pytest.param(
        "1/15",
        spec(on(date(2027, 1, 15))),
        "1月15日(金)",
        id="slash-date-next-january",
    ),
    pytest.param(
        "12月20日、1月17日、2月21日 10:00〜12:00",
        spec(
            on(date(2026, 12, 20), date(2027, 1, 17), date(2027, 2, 21), at=span("10:00", "12:00"))
        ),
        "12月20日(日)、1月17日(日)、2月21日(日) 10:00〜12:00",
        id="several-dates-share-a-time",
    ),
    pytest.param(
        "令和8年12月5日(土)",
        spec(on(date(2026, 12, 5))),
        "12月5日(土)",
        id="reiwa-year",
    ),
    # --- irregular ----------------------------------------------------------------
    pytest.param(
        "月1回（不定期）", spec(irregular(per_month=1)), "月1回（不定期）", id="once-a-month"
    ),
    pytest.param("年4回", spec(irregular(per_year=4)), "年4回（不定期）", id="four-times-a-year"),
    pytest.param(
        "月2回（水曜日） 10:00〜12:00",
        spec(irregular(WED, per_month=2, at=span("10:00", "12:00"))),
        "月2回（不定期） 水曜日 10:00〜12:00",
        id="twice-a-month-on-wednesdays",
    ),
    pytest.param(
        "毎月1回 第3土曜日 13:30〜",
        spec(nth((3,), SAT, at=span("13:30"))),
        "第3土曜日 13:30〜",
        id="frequency-before-a-monthly-rule-is-redundant",
    ),
    pytest.param(
        "週2回（月・木） 10:00〜12:00",
        spec(weekly(MON, THU, at=span("10:00", "12:00"))),
        "毎週月・木曜日 10:00〜12:00",
        id="twice-a-week-on-named-days",
    ),
    # --- several clauses, closures, notes -----------------------------------------
    pytest.param(
        "毎週月曜日 10:00〜12:00、第3土曜日 13:00〜15:00",
        spec(weekly(MON, at=span("10:00", "12:00")), nth((3,), SAT, at=span("13:00", "15:00"))),
        "毎週月曜日 10:00〜12:00、第3土曜日 13:00〜15:00",
        id="two-clauses",
    ),
    pytest.param(
        "毎週月曜、第2土曜 10:00〜12:00",
        spec(weekly(MON, at=span("10:00", "12:00")), nth((2,), SAT, at=span("10:00", "12:00"))),
        "毎週月曜日 10:00〜12:00、第2土曜日 10:00〜12:00",
        id="a-time-applies-to-the-whole-group",
    ),
    pytest.param(
        "毎週水曜日／第3土曜日 10:00〜12:00",
        spec(weekly(WED), nth((3,), SAT, at=span("10:00", "12:00"))),
        "毎週水曜日／第3土曜日 10:00〜12:00",
        id="slash-ends-a-group",
    ),
    pytest.param(
        "毎週水曜日 14:00〜16:00（祝日は休み）",
        spec(weekly(WED, at=span("14:00", "16:00")), closed_on_holidays=True),
        "毎週水曜日 14:00〜16:00（祝日は休み）",
        id="closed-on-holidays",
    ),
    pytest.param(
        "毎週月曜 祝日休み",
        spec(weekly(MON), closed_on_holidays=True),
        "毎週月曜日（祝日は休み）",
        id="shukujitsu-yasumi",
    ),
    pytest.param(
        "月〜金（祝日を除く）",
        spec(weekly(*WEEKDAYS), closed_on_holidays=True),
        "平日（祝日は休み）",
        id="excluding-holidays",
    ),
    pytest.param(
        "平日 9時～16時（12月29日～1月3日は休み）",
        spec(
            weekly(*WEEKDAYS, at=span("9:00", "16:00")),
            closed_on_holidays=True,
            closed_periods=(YEAR_END,),
        ),
        "平日 9:00〜16:00（祝日は休み）（12月29日〜1月3日は休み）",
        id="year-end-dates",
    ),
    pytest.param(
        "平日 9:30〜12:00（土日祝・年末年始は休み）",
        spec(
            weekly(*WEEKDAYS, at=span("9:30", "12:00")),
            closed_on_holidays=True,
            closed_periods=(YEAR_END,),
        ),
        "平日 9:30〜12:00（祝日は休み）（12月29日〜1月3日は休み）",
        id="nenmatsu-nenshi",
    ),
    pytest.param(
        "毎週水曜 10時半〜12時（8月は休み）",
        spec(
            weekly(WED, at=span("10:30", "12:00")), closed_periods=(ClosedPeriod((8, 1), (8, 31)),)
        ),
        "毎週水曜日 10:30〜12:00（8月は休み）",
        id="august-off",
    ),
    pytest.param(
        "毎週月曜日～金曜日 9:00～17:00（土日祝日、年末年始は休館）",
        spec(
            weekly(*WEEKDAYS, at=span("9:00", "17:00")),
            closed_on_holidays=True,
            closed_periods=(YEAR_END,),
        ),
        "平日 9:00〜17:00（祝日は休み）（12月29日〜1月3日は休み）",
        id="office-hours-closed-on-holidays-and-year-end",
    ),
    pytest.param(
        "毎週水曜 AM10:00〜PM3:00",
        spec(weekly(WED, at=span("10:00", "15:00"))),
        "毎週水曜日 10:00〜15:00",
        id="am-pm",
    ),
    pytest.param(
        "毎週水曜日 10：00～12：00（受付9：30～）",
        spec(weekly(WED, at=span("10:00", "12:00")), notes=("受付9：30～",)),
        "毎週水曜日 10:00〜12:00（受付9：30～）",
        id="reception-time-is-a-remark",
    ),
    pytest.param(
        "毎週日曜日 7:00〜9:00（雨天中止）",
        spec(weekly(SUN, at=span("7:00", "9:00")), notes=("雨天中止",)),
        "毎週日曜日 7:00〜9:00（雨天中止）",
        id="rain-cancels",
    ),
    pytest.param(
        "毎週水曜日 10:00〜12:00（雨天中止、要予約）※詳細はお問い合わせください",
        spec(
            weekly(WED, at=span("10:00", "12:00")),
            notes=("雨天中止", "要予約", "詳細はお問い合わせください"),
        ),
        "毎週水曜日 10:00〜12:00（雨天中止）（要予約）（詳細はお問い合わせください）",
        id="several-remarks",
    ),
    pytest.param(
        "【要予約】第2火曜日 10:00～12:00　先着２０名",
        spec(nth((2,), TUE, at=span("10:00", "12:00")), notes=("要予約", "先着２０名")),
        "第2火曜日 10:00〜12:00（要予約）（先着２０名）",
        id="remarks-keep-the-organisers-characters",
    ),
    pytest.param(
        "毎週水曜日（夏休み中は時間変更あり（7/20～8/31））",
        spec(weekly(WED), notes=("夏休み中は時間変更あり（7/20～8/31）",)),
        "毎週水曜日（夏休み中は時間変更あり（7/20～8/31））",
        id="nested-brackets-in-a-remark",
    ),
    pytest.param(
        "毎週土曜 9:00〜11:30（雨天中止、7・8月は8時から）",
        spec(
            weekly(SAT, at=span("9:00", "11:30"), months=(1, 2, 3, 4, 5, 6, 9, 10, 11, 12)),
            weekly(SAT, at=span("8:00", None), months=(7, 8)),
            notes=("雨天中止",),
        ),
        "9〜6月の毎週土曜日 9:00〜11:30、7・8月の毎週土曜日 8:00〜（雨天中止）",
        id="seasonal-time-change-gives-those-months-their-time",
    ),
]

FLAGGED = [
    pytest.param(
        "日程は季節により変わります。お問い合わせください",
        ("日程は季節により変わります",),
        id="nothing-structured",
    ),
    pytest.param(
        "毎週水曜日 10:00〜12:00 公民館にて", ("公民館にて",), id="unknown-words-after-a-rule"
    ),
    pytest.param(
        "毎月下旬の土曜日 10:00〜14:00", ("毎月下旬の",), id="late-in-the-month-is-ambiguous"
    ),
    pytest.param("隔月第2水曜日", ("隔月",), id="every-other-month-has-no-known-phase"),
    pytest.param(
        "奇数月の第2水曜日と第4土曜日",
        ("奇数月の",),
        id="months-before-two-rules-are-ambiguous",
    ),
    pytest.param("12月20日（奇数月）", ("（奇数月）",), id="months-after-a-date-mean-nothing"),
    pytest.param(
        "10月〜12月の全5回（土曜 14:00〜16:00）",
        ("10月〜12月の全5回",),
        id="course-of-sessions-is-not-a-recurrence",
    ),
    pytest.param(
        "休日 10:00〜16:00", ("休日", "10:00〜16:00"), id="a-word-ending-in-a-weekday-is-not-one"
    ),
    pytest.param("第2土曜日 10:00〜12:00（隔月）", ("隔月",), id="unknown-when-words-in-brackets"),
    pytest.param("毎週　10:00〜12:00", ("毎週", "10:00〜12:00"), id="every-week-without-a-day"),
    pytest.param(
        "12月29日〜1月3日", ("12月29日〜1月3日",), id="date-range-without-closure-verb-or-time"
    ),
    pytest.param("2026年12月20日（月）", ("2026年12月20日（月）",), id="weekday-contradicts-date"),
    pytest.param(
        "毎週水曜日 16:00〜14:00", ("16:00〜14:00",), id="time-range-ending-before-it-starts"
    ),
    pytest.param("毎週水曜日 10:00〜10:00", ("10:00〜10:00",), id="time-range-ending-as-it-starts"),
    pytest.param(
        "第1金曜日 午後3時〜午後1時", ("午後3時〜午後1時",), id="afternoon-range-backwards"
    ),
    pytest.param("毎週土曜日 18:00〜1:00", ("18:00〜1:00",), id="overnight-range-is-not-read"),
]


ALL_TEXTS = [pytest.param(p.values[0], id=p.id) for p in EXAMPLES + FLAGGED]


@pytest.mark.parametrize(("text", "expected", "canonical"), EXAMPLES)
def test_table_example_parses_into_the_expected_structure(
    text: str, expected: ScheduleSpec, canonical: str
) -> None:
    parsed = parse(text)
    assert without_original(parsed) == expected
    assert parsed.original == text
    assert not parsed.needs_review


@pytest.mark.parametrize(("text", "expected", "canonical"), EXAMPLES)
def test_table_example_formats_as_canonical_japanese(
    text: str, expected: ScheduleSpec, canonical: str
) -> None:
    assert fmt(parse(text)) == canonical


@pytest.mark.parametrize(("text", "expected", "canonical"), EXAMPLES)
def test_canonical_text_parses_back_to_the_same_structure(
    text: str, expected: ScheduleSpec, canonical: str
) -> None:
    assert without_original(parse(canonical)) == expected


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_formatting_a_parsed_text_is_idempotent(text: str) -> None:
    once = fmt(parse(text))
    assert fmt(parse(once)) == once


@pytest.mark.parametrize(("text", "unparsed"), FLAGGED)
def test_text_not_understood_is_kept_verbatim_and_flagged(
    text: str, unparsed: tuple[str, ...]
) -> None:
    parsed = parse(text)
    assert parsed.needs_review
    assert parsed.original == text
    assert parsed.unparsed == unparsed
    assert fmt(parsed) == text


def test_a_rule_next_to_unknown_words_is_still_structured() -> None:
    parsed = parse("毎月下旬の土曜日 10:00〜14:00")
    assert parsed.rules == (weekly(SAT, at=span("10:00", "14:00")),)


def test_a_flagged_spec_offers_no_dates_because_the_unknown_part_may_restrict_them() -> None:
    parsed = parse("毎月下旬の土曜日 10:00〜14:00")
    assert not parsed.has_dates
    assert next_occurrences(parsed, TODAY) == []


@pytest.mark.parametrize("text", ["毎週水曜日 16:00〜14:00", "毎週水曜日 10:00〜10:00"])
def test_a_time_range_that_ends_before_it_starts_offers_no_dates(text: str) -> None:
    assert next_occurrences(parse(text), TODAY) == []


def test_text_with_only_remarks_needs_review_and_keeps_them() -> None:
    parsed = parse("詳細はお問い合わせください")
    assert parsed.rules == ()
    assert parsed.notes == ("詳細はお問い合わせください",)
    assert parsed.needs_review


@pytest.mark.parametrize("text", ["", "   ", "\n"], ids=["empty", "spaces", "newline"])
def test_empty_text_gives_an_empty_spec_that_needs_no_review(text: str) -> None:
    parsed = parse_schedule(text)
    assert without_original(parsed) == ScheduleSpec()
    assert not parsed.needs_review
    assert not parsed.has_dates


def test_a_date_without_year_is_resolved_against_today_by_default() -> None:
    parsed = parse_schedule("12月20日")
    (day,) = parsed.rules[0].dates
    assert (day.month, day.day) == (12, 20)
    assert day >= date.today()


def test_a_written_weekday_picks_the_year_of_a_date() -> None:
    assert parse("1月9日(金)").rules == (on(date(2026, 1, 9)),)
    assert parse("1月9日(土)").rules == (on(date(2027, 1, 9)),)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("2026年12月5日・12月19日 13:00〜15:00", (date(2026, 12, 5), date(2026, 12, 19))),
        ("2026年12月5日・19日 13:00〜15:00", (date(2026, 12, 5), date(2026, 12, 19))),
        ("2026年12月26日・1月9日 10:00〜12:00", (date(2026, 12, 26), date(2027, 1, 9))),
        ("2026/12/5(土)・12/19(土) 13:00〜15:00", (date(2026, 12, 5), date(2026, 12, 19))),
    ],
)
@pytest.mark.parametrize("today", [date(2026, 11, 23), date(2027, 4, 2), date(2028, 2, 29)])
def test_a_year_written_on_the_first_date_holds_for_the_dates_after_it(
    text: str, days: tuple[date, ...], today: date
) -> None:
    """Read after the list's year has passed (a new fiscal year), 12月19日 is still 2026's."""
    parsed = parse_schedule(text, today=today)
    assert [day for rule in parsed.rules for day in rule.dates] == list(days)
    assert not parsed.needs_review


def test_a_date_the_weekday_cannot_place_is_formatted_with_its_year() -> None:
    assert fmt(spec(on(date(2020, 12, 20)))) == "2020年12月20日(日)"
    assert fmt(spec(on(date(2027, 12, 20)))) == "12月20日(月)"


# --- next dates -----------------------------------------------------------------------


def days(value: ScheduleSpec, count: int = 3, start: date = TODAY) -> list[date]:
    return [occ.day for occ in next_occurrences(value, start, count)]


def test_second_and_fourth_saturdays_meet_on_those_saturdays_only() -> None:
    assert days(parse("第2・第4土曜日 11:30～13:30")) == [
        date(2026, 11, 28),
        date(2026, 12, 12),
        date(2026, 12, 26),
    ]


def test_occurrences_carry_the_rule_times() -> None:
    (first,) = next_occurrences(parse("第2・第4土曜日 11:30～13:30"), TODAY, 1)
    assert first == Occurrence(date(2026, 11, 28), time(11, 30), time(13, 30))


def test_weekly_monday_closed_on_holidays_skips_labour_thanksgiving_day() -> None:
    assert days(parse("毎週月曜 10:00〜12:00（祝日は休み）")) == [
        date(2026, 11, 30),
        date(2026, 12, 7),
        date(2026, 12, 14),
    ]


def test_weekly_monday_without_closure_meets_on_the_holiday() -> None:
    assert days(parse("毎週月曜"), 1) == [TODAY]


def test_weekday_rule_skips_the_year_end_closure() -> None:
    meetings = days(parse("平日（12月29日～1月3日は休み）"), 4, date(2026, 12, 25))
    assert meetings == [date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 5)]


def test_last_friday_is_the_last_friday_of_each_month() -> None:
    assert days(parse("最終金曜")) == [date(2026, 11, 27), date(2026, 12, 25), date(2027, 1, 29)]


def test_fifth_week_rule_skips_months_without_a_fifth_weekday() -> None:
    assert days(parse("第5月曜日"), 2) == [date(2026, 11, 30), date(2027, 3, 29)]


def test_thirty_first_of_the_month_skips_short_months() -> None:
    assert days(parse("毎月31日"), 3, date(2026, 11, 1)) == [
        date(2026, 12, 31),
        date(2027, 1, 31),
        date(2027, 3, 31),
    ]


def test_biweekly_rule_without_a_known_date_has_no_dates() -> None:
    parsed = parse("隔週金曜日")
    assert not parsed.has_dates
    assert next_occurrences(parsed, TODAY) == []


def test_biweekly_rule_meets_every_other_week_from_its_anchor() -> None:
    assert days(parse("隔週金曜日（1月9日から）")) == [
        date(2026, 11, 27),
        date(2026, 12, 11),
        date(2026, 12, 25),
    ]


def test_a_rule_with_holidays_also_meets_on_a_holiday_weekday() -> None:
    assert days(parse("土日祝")) == [TODAY, date(2026, 11, 28), date(2026, 11, 29)]


def test_specific_dates_are_listed_from_start_onwards() -> None:
    parsed = parse("2026年11月1日、2026年12月5日、2027年1月9日")
    assert days(parsed, 5) == [date(2026, 12, 5), date(2027, 1, 9)]


def test_irregular_rules_have_no_dates() -> None:
    parsed = parse("月1回（不定期）")
    assert not parsed.has_dates
    assert next_occurrences(parsed, TODAY) == []


def test_occurrences_are_sorted_by_day_then_time_and_deduplicated() -> None:
    parsed = parse("毎週水曜日 13:00〜15:00、毎週水曜日 10:00〜12:00、第4水曜日 10:00〜12:00")
    assert next_occurrences(parsed, TODAY, 3) == [
        Occurrence(date(2026, 11, 25), time(10, 0), time(12, 0)),
        Occurrence(date(2026, 11, 25), time(13, 0), time(15, 0)),
        Occurrence(date(2026, 12, 2), time(10, 0), time(12, 0)),
    ]


def test_odd_month_rule_meets_only_in_odd_months() -> None:
    assert days(parse("奇数月の第2水曜日")) == [
        date(2027, 1, 13),
        date(2027, 3, 10),
        date(2027, 5, 12),
    ]


def test_a_span_of_months_across_the_year_end_resumes_in_november() -> None:
    meetings = days(parse("11月〜3月の毎週土曜"), 3, date(2027, 3, 20))
    assert meetings == [date(2027, 3, 20), date(2027, 3, 27), date(2027, 11, 6)]


def test_named_months_meet_once_each_within_the_horizon() -> None:
    assert days(parse("第4日曜日（5月・10月）"), 5) == [date(2027, 5, 23), date(2027, 10, 24)]


def test_month_restriction_and_closures_both_apply() -> None:
    parsed = parse("奇数月の1日・15日（12月29日〜1月3日は休み）")
    assert days(parsed, 3, date(2026, 12, 20)) == [
        date(2027, 1, 15),
        date(2027, 3, 1),
        date(2027, 3, 15),
    ]


def test_next_dates_stop_at_the_horizon() -> None:
    parsed = parse("毎月15日")
    assert len(next_occurrences(parsed, TODAY, 10, horizon_days=60)) == 2
    assert next_occurrences(parsed, TODAY, 0) == []


def test_occurrence_is_formatted_with_its_weekday() -> None:
    occ = Occurrence(date(2026, 11, 25), time(14, 0), time(16, 0))
    assert format_occurrence(occ) == "11月25日(水) 14:00〜16:00"
    assert format_occurrence(Occurrence(date(2026, 11, 25), None, None)) == "11月25日(水)"
    assert (
        format_occurrence(Occurrence(date(2026, 11, 25), time(9, 30), None))
        == "11月25日(水) 9:30〜"
    )


def test_national_holidays_are_recognised() -> None:
    assert is_holiday(date(2026, 11, 23))  # 勤労感謝の日
    assert is_holiday(date(2026, 1, 1))
    assert not is_holiday(date(2026, 11, 24))
    assert not is_holiday(date(1, 1, 1))
    assert not is_holiday(date(9999, 12, 31))


# --- weekday mask -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mask"),
    [
        pytest.param("毎週月・木 10時～12時", 0b0001001, id="monday-thursday"),
        pytest.param("平日", 0b0011111, id="weekdays-closed-on-holidays"),
        pytest.param("土日祝", 0b1100000 | 128, id="weekends-and-holidays"),
        pytest.param("土日祝（祝日は休み）", 0b1100000, id="closure-clears-holiday-bit"),
        pytest.param("第2・第4土曜日", 0b0100000, id="nth-saturday"),
        pytest.param("奇数月の第2水曜日", 0b0000100, id="months-do-not-change-the-days"),
        pytest.param("毎月15日", 0b1111111, id="day-of-month-can-fall-on-any-day"),
        pytest.param("12月20日（日）、12月23日（水）", 0b1000100, id="specific-dates"),
        pytest.param("月1回（不定期）", 0, id="irregular-without-a-day"),
        pytest.param("月2回（水曜日）", 0b0000100, id="irregular-on-wednesdays"),
        pytest.param("", 0, id="empty"),
    ],
)
def test_weekday_mask_has_a_bit_per_weekday_and_one_for_holidays(text: str, mask: int) -> None:
    assert weekday_mask(parse(text)) == mask


# --- serialisation -------------------------------------------------------------------------


def json_safe(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(json_safe(item) for item in value)
    return value is None or isinstance(value, str | int | bool)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_spec_survives_a_trip_through_json(text: str) -> None:
    parsed = parse(text)
    data = spec_to_dict(parsed)
    assert data["v"] == 1
    assert json_safe(data)
    assert spec_from_dict(json.loads(json.dumps(data))) == parsed


def test_an_unknown_dict_version_is_refused() -> None:
    with pytest.raises(ValueError, match="version"):
        spec_from_dict({"v": 99, "rules": []})


def test_a_malformed_dict_is_refused() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        spec_from_dict({"v": 1, "rules": [{"kind": "weekly", "weekdays": "月"}]})


def test_months_are_stored_only_when_they_restrict_the_rule() -> None:
    assert "months" not in spec_to_dict(parse("毎週水曜日"))["rules"][0]
    assert spec_to_dict(parse("奇数月の第2水曜日"))["rules"][0]["months"] == list(ODD_MONTHS)


def test_a_dict_stored_before_months_existed_still_loads() -> None:
    stored = {"v": 1, "rules": [{"kind": "monthly_nth", "weekdays": [2], "nth": [2]}]}
    assert spec_from_dict(stored).rules == (nth((2,), WED),)


@pytest.mark.parametrize("months", [[0], [13], ["4"], [True]], ids=["zero", "13", "text", "bool"])
def test_a_dict_with_an_impossible_month_is_refused(months: list[Any]) -> None:
    with pytest.raises(ValueError, match="months"):
        spec_from_dict({"v": 1, "rules": [{"kind": "weekly", "weekdays": [2], "months": months}]})


# --- properties -----------------------------------------------------------------------------

SCHEDULE_ALPHABET = list(
    "毎週隔月火水木金土日曜第最終・、，,〜~ー-0123456789０１２３時分半午前後正中（）()【】"
    "祝休み除く年末始回不定期/／;。\n 　※雨天止要予約先着名平から奇偶数のと"
)
FIXED_NOTES = [
    "雨天中止",
    "要予約",
    "先着20名",
    "夏休み中は時間変更あり",
    "詳細はお問い合わせください",
]

weekday_sets = st.sets(st.integers(0, 6), min_size=1).map(lambda s: tuple(sorted(s)))
clock = st.builds(time, st.integers(0, 23), st.integers(0, 59))
time_ranges = st.one_of(
    st.none(),
    clock.map(lambda t: TimeRange(t, None)),
    clock.map(lambda t: TimeRange(None, t)),
    st.tuples(clock, clock).filter(lambda p: p[0] < p[1]).map(lambda p: TimeRange(*p)),
)
some_dates = st.dates(date(2000, 1, 1), date(2040, 12, 31))
# Never all twelve: that is no restriction, and parses back as ().
month_sets = st.just(()) | st.sets(st.integers(1, 12), min_size=1, max_size=11).map(
    lambda s: tuple(sorted(s))
)


@st.composite
def weekly_rules(draw: st.DrawFn) -> Rule:
    interval = draw(st.integers(1, 4))
    return Rule(
        RuleKind.WEEKLY,
        weekdays=draw(weekday_sets),
        holidays=draw(st.booleans()),
        interval_weeks=interval,
        anchor=draw(st.none() | some_dates) if interval > 1 else None,
        times=draw(time_ranges),
        months=draw(month_sets),
    )


nth_rules = st.builds(
    lambda days, ordinals, times, months: Rule(
        RuleKind.MONTHLY_NTH, weekdays=days, nth=ordinals, times=times, months=months
    ),
    weekday_sets,
    st.sets(st.sampled_from([1, 2, 3, 4, 5, -1]), min_size=1).map(lambda s: tuple(sorted(s))),
    time_ranges,
    month_sets,
)
monthday_rules = st.builds(
    lambda days, times, months: Rule(RuleKind.MONTHLY_DAY, days=days, times=times, months=months),
    st.sets(st.integers(1, 31), min_size=1).map(lambda s: tuple(sorted(s))),
    time_ranges,
    month_sets,
)
date_rules = st.builds(
    lambda dates, times: Rule(RuleKind.DATES, dates=dates, times=times),
    st.sets(some_dates, min_size=1, max_size=4).map(lambda s: tuple(sorted(s))),
    time_ranges,
)


@st.composite
def irregular_rules(draw: st.DrawFn) -> Rule:
    frequency = draw(st.sampled_from(["month", "year", "none"]))
    weekdays = draw(st.just(()) | weekday_sets)
    return Rule(
        RuleKind.IRREGULAR,
        weekdays=weekdays,
        holidays=bool(weekdays) and draw(st.booleans()),
        per_month=draw(st.integers(1, 31)) if frequency == "month" else None,
        per_year=draw(st.integers(1, 365)) if frequency == "year" else None,
        times=draw(time_ranges),
        months=draw(month_sets),
    )


@st.composite
def month_days(draw: st.DrawFn) -> tuple[int, int]:
    month = draw(st.integers(1, 12))
    longest = calendar.monthrange(2000, month)[1]  # a leap year: 2月29日 is a valid closure day
    return month, draw(st.integers(1, longest))


structured_specs = st.builds(
    ScheduleSpec,
    rules=st.lists(
        st.one_of(weekly_rules(), nth_rules, monthday_rules, date_rules, irregular_rules()),
        max_size=3,
    ).map(tuple),
    closed_on_holidays=st.booleans(),
    closed_periods=st.lists(st.builds(ClosedPeriod, month_days(), month_days()), max_size=2).map(
        tuple
    ),
    notes=st.lists(st.sampled_from(FIXED_NOTES), max_size=2).map(tuple),
)


@settings(max_examples=400, deadline=None, database=None)
@given(structured_specs)
def test_any_structured_spec_survives_formatting_and_parsing(value: ScheduleSpec) -> None:
    text = fmt(value)
    assert without_original(parse(text)) == value, text


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_parsing_never_raises_on_arbitrary_text(text: str) -> None:
    parsed = parse(text)
    assert parsed.original == text
    fmt(parsed)
    spec_from_dict(spec_to_dict(parsed))
    next_occurrences(parsed, TODAY, 3)


@settings(max_examples=500, deadline=None, database=None)
@given(st.text(alphabet=SCHEDULE_ALPHABET, max_size=40))
def test_parsing_never_raises_on_schedule_like_text(text: str) -> None:
    parsed = parse(text)
    assert fmt(parse(fmt(parsed))) == fmt(parsed)
    weekday_mask(parsed)
    next_occurrences(parsed, TODAY, 3)


@settings(max_examples=200, deadline=None, database=None)
@given(structured_specs, st.text(max_size=20))
def test_any_spec_survives_a_trip_through_a_dict(value: ScheduleSpec, original: str) -> None:
    value = dataclasses.replace(value, original=original, unparsed=(original,) if original else ())
    assert spec_from_dict(spec_to_dict(value)) == value


def test_weekday_labels_start_on_monday() -> None:
    assert WEEKDAY_LABELS == ("月", "火", "水", "木", "金", "土", "日")


def test_parsing_is_fast_enough_for_bulk_imports() -> None:
    texts = [str(p.values[0]) for p in ALL_TEXTS]
    started = timer.perf_counter()
    for _ in range(20):
        for text in texts:
            parse(text)
    mean = (timer.perf_counter() - started) / (20 * len(texts))
    assert mean < 0.002  # typical inputs take well under a millisecond; generous for slow CI


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("毎日 6:30〜（ラジオ体操）", "ラジオ体操"),
        ("毎月第4日曜日 17:00～19:00（こども食堂）", "こども食堂"),
        ("毎週土曜日 11:30-14:00（食材がなくなり次第終了）", "食材がなくなり次第終了"),
    ],
)
def test_a_bracket_saying_nothing_about_when_is_a_remark(text: str, note: str) -> None:
    spec = parse_schedule(text, today=TODAY)
    assert not spec.needs_review
    assert note in spec.notes
    assert spec.rules
