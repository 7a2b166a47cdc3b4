"""Formatting: a spec → canonical Japanese, and an occurrence → its listing line.

The canonical text is written in exactly the language the parser reads, so
``parse_schedule(format_schedule(spec))`` gives the spec back.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, time

from directory.schedules.dates import (
    EVEN_MONTHS,
    ODD_MONTHS,
    as_month_span,
    month_length,
    resolve_yearless,
)
from directory.schedules.model import (
    WEEKDAY_LABELS,
    ClosedPeriod,
    Occurrence,
    Rule,
    RuleKind,
    ScheduleSpec,
    TimeRange,
)

# What a page keeps on one line of a schedule as written (``webapp.templating.keep_together``):
# a time (10:00, １０：００, 10時半), a date (12月28日, 12/28, 5日(土)), a range of them
# (10:00〜12:00, 12月28日〜1月4日, 9:30～) or nth weekdays (第2・第4土曜日), as organisers
# write schedules.
_D = "[0-9０-９]"
_POINT = (
    rf"(?:{_D}{{1,2}}(?:[:：]{_D}{{2}}|時(?:{_D}{{1,2}}分|半)?)"
    rf"|(?:{_D}{{1,2}}月)?{_D}{{1,2}}日(?:[(（][月火水木金土日祝・]{{1,3}}[)）])?"
    rf"|{_D}{{1,2}}/{_D}{{1,2}}(?:[(（][月火水木金土日祝・]{{1,3}}[)）])?)"
)
# The punctuation after it goes with it: a line never starts with 「・」 or 「、」.
_NTH = rf"第{_D}(?:[・、,]第?{_D})*(?:[月火水木金土日]曜日?)?"  # 第2・第4土曜日
UNBROKEN_PHRASE_RE = re.compile(
    rf"(?:{_POINT}(?:\s?[〜～~\-－–—―]\s?{_POINT}?)?|{_NTH})[・、。，,）)／/]*"
)


def unbroken_parts(text: str) -> list[str]:
    """``text`` cut around what stays on one line (``UNBROKEN_PHRASE_RE``): the parts at odd
    positions are those phrases, the others the text between them (possibly empty).
    "第4日曜日 13:00〜15:00" → ["", "第4", "日曜日 ", "13:00〜15:00", ""]."""
    parts: list[str] = []
    at = 0
    for match in UNBROKEN_PHRASE_RE.finditer(text):
        parts += [text[at : match.start()], match.group()]
        at = match.end()
    parts.append(text[at:])
    return parts


def _format_time(value: time) -> str:
    return f"{value.hour}:{value.minute:02d}"


def _format_time_range(times: TimeRange) -> str:
    start = "" if times.start is None else _format_time(times.start)
    end = "" if times.end is None else _format_time(times.end)
    return f"{start}〜{end}" if (start or end) else ""


def _format_weekday_list(weekdays: Collection[int]) -> str:
    """(0, 1, 2, 4) → "月〜水・金": runs of three or more become ranges."""
    runs: list[list[int]] = []
    for day in sorted(weekdays):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAY_LABELS[run[0]]}〜{WEEKDAY_LABELS[run[-1]]}")
        else:
            parts.extend(WEEKDAY_LABELS[day] for day in run)
    return "・".join(parts)


def _format_weekdays(weekdays: Collection[int], holidays: bool) -> str:
    text = f"{_format_weekday_list(weekdays)}曜日" if weekdays else ""
    if holidays:
        text = f"{text}・祝日" if text else "祝日"
    return text


def _format_weekly(rule: Rule, closed_on_holidays: bool, today: date) -> str:
    weekdays = set(rule.weekdays)
    every_week = rule.interval_weeks == 1
    holidays = "・祝日" if rule.holidays else ""
    if every_week and weekdays == set(range(5)) and closed_on_holidays and not rule.holidays:
        return "平日"  # reads back as Monday–Friday closed on holidays
    if every_week and weekdays == set(range(7)):
        return f"毎日{holidays}"
    if weekdays == {5, 6}:
        days = f"土日{holidays}"
        prefix = "" if every_week else _interval_prefix(rule.interval_weeks)
    else:
        days = _format_weekdays(weekdays, rule.holidays)
        prefix = _interval_prefix(rule.interval_weeks)
    return f"{prefix}{days}{_format_anchor(rule, today)}"


def _interval_prefix(weeks: int) -> str:
    return {1: "毎週", 2: "隔週"}.get(weeks, f"{weeks}週ごとの")


def _format_anchor(rule: Rule, today: date) -> str:
    if rule.anchor is None:
        return ""
    anchor = rule.anchor
    yearless = resolve_yearless(anchor.month, anchor.day, today, rule.weekdays) or resolve_yearless(
        anchor.month, anchor.day, today, None
    )
    year = "" if yearless == anchor else f"{anchor.year}年"
    return f"（{year}{anchor.month}月{anchor.day}日から）"


def _format_nth(rule: Rule) -> str:
    ordinals = [f"第{n}" for n in rule.nth if n > 0] + ["最終" for n in rule.nth if n == -1]
    return f"{'・'.join(ordinals)}{_format_weekdays(rule.weekdays, False)}"


def _format_dates(days: Collection[date], today: date) -> str:
    """「2026年12月5日(土)、12月19日(土)」: a date without its year where the reader
    (``parse_date_items``) gives it back: from the year written before it in the list, or
    before any is written, from today."""
    parts = []
    written: date | None = None  # the last date whose year the list says, written or carried
    for day in days:
        if written is not None:
            carried = written.year + (day.month < written.month)
            omit = day.year == carried
        else:
            omit = resolve_yearless(day.month, day.day, today, (day.weekday(),)) == day
        if not omit or written is not None:
            written = day
        year = "" if omit else f"{day.year}年"
        parts.append(f"{year}{day.month}月{day.day}日({WEEKDAY_LABELS[day.weekday()]})")
    return "、".join(parts)


def _format_months(months: Collection[int]) -> str:
    """(1, 3, 5, 7, 9, 11) → "奇数月"; (4, …, 9) → "4〜9月"; (6, 11) → "6・11月"."""
    chosen = frozenset(months)
    if chosen == ODD_MONTHS:
        return "奇数月"
    if chosen == EVEN_MONTHS:
        return "偶数月"
    span = as_month_span(chosen)
    if span is not None:
        return f"{span[0]}〜{span[1]}月"
    return "・".join(str(month) for month in sorted(chosen)) + "月"


def _in_months(rule: Rule, text: str) -> str:
    """The month restriction as a prefix of the rule text: "奇数月の第2水曜日"."""
    return f"{_format_months(rule.months)}の{text}" if rule.months else text


def _format_monthday(rule: Rule) -> str:
    days = "・".join(f"{day}日" for day in rule.days)
    return _in_months(rule, days) if rule.months else f"毎月{days}"


def _format_irregular(rule: Rule) -> str:
    if rule.per_month is not None and rule.per_month_max is not None:
        text = f"月{rule.per_month}〜{rule.per_month_max}回（不定期）"
    elif rule.per_month is not None:
        text = f"月{rule.per_month}回（不定期）"
    elif rule.per_year is not None:
        text = f"年{rule.per_year}回（不定期）"
    else:
        text = "不定期"
    if not rule.weekdays:
        return _in_months(rule, text)  # "4〜9月の月1回（不定期）"
    # "年2回（不定期） 6・11月の日曜日", as organisers write it
    return f"{text} {_in_months(rule, _format_weekdays(rule.weekdays, rule.holidays))}"


def _format_rule(rule: Rule, closed_on_holidays: bool, today: date) -> str:
    match rule.kind:
        case RuleKind.WEEKLY:
            text = _in_months(rule, _format_weekly(rule, closed_on_holidays, today))
        case RuleKind.MONTHLY_NTH:
            text = _in_months(rule, _format_nth(rule))
        case RuleKind.MONTHLY_DAY:
            text = _format_monthday(rule)
        case RuleKind.DATES:
            text = _format_dates(rule.dates, today)
        case RuleKind.IRREGULAR:
            text = _format_irregular(rule)
    times = _format_time_range(rule.times) if rule.times else ""
    return f"{text} {times}" if times else text


def _format_period(period: ClosedPeriod) -> str:
    (first_month, first_day), (last_month, last_day) = period.start, period.end
    if first_day == 1 and last_day == month_length(last_month):
        if first_month == last_month:
            return f"{first_month}月"
        return f"{first_month}月〜{last_month}月"
    first = f"{first_month}月{first_day}日"
    if period.start == period.end:
        return f"毎年{first}"  # 「12月31日は休み」 alone is the next December 31st only
    return f"{first}〜{last_month}月{last_day}日"


def format_schedule(spec: ScheduleSpec, *, today: date | None = None) -> str:
    """Canonical natural Japanese for a spec.

    A spec that needs review is shown as its original text (we never present a
    guess as canonical).  ``today`` decides whether a date needs its year (the
    same reference :func:`parse_schedule` uses; default :meth:`date.today`).
    """
    if spec.needs_review and spec.original.strip():
        return spec.original.strip()
    reference = today or date.today()
    text = _format_period_of(spec.rules) + _format_rules(spec.rules, spec, reference)
    if spec.hours:
        text = f"{text} 開館時間：{_format_rules(spec.hours, spec, reference)}".strip()
    # The days a meeting moves off are closed; the move's note (「祝日の場合は翌日」) says so.
    moved_off = {move.weekdays for move in spec.moves if move.weekdays}
    closed_rules = [rule for rule in spec.closed_rules if not _is_moved_off(rule, moved_off)]
    if spec.rules and not spec.hours:
        # a meeting's skipped weeks, not a facility's 休館日: 「（第3水曜日は休み）」
        skipped = [rule for rule in closed_rules if _is_skipped_week(rule)]
        closed_rules = [rule for rule in closed_rules if not _is_skipped_week(rule)]
        if skipped:
            days = "・".join(_format_rule(rule, False, reference) for rule in skipped)
            text += f"（{days}は休み）"
    if closed_rules and spec.rules and not spec.hours:
        # a meeting's days off (「休み：12月30日、1月6日」), not a facility's 休館日
        closed = "、".join(_format_rule(rule, False, reference) for rule in closed_rules)
        text += f"（{closed}は休み）"
    elif closed_rules:
        closed = "／".join(_format_rule(rule, False, reference) for rule in closed_rules)
        text = f"{text} 休館日：{closed}".strip()
    if spec.closed_on_holidays and not any(move.holidays for move in spec.moves):
        text += "（祝日は休み）"
    text += "".join(f"（{_format_period(period)}は休み）" for period in spec.closed_periods)
    text += "".join(f"（{note}）" for note in spec.notes)
    if spec.unparsed:
        text = " ".join([text, *spec.unparsed]).strip()
    return text


def _is_skipped_week(rule: Rule) -> bool:
    return rule == Rule(RuleKind.MONTHLY_NTH, weekdays=rule.weekdays, nth=rule.nth)


def _is_moved_off(rule: Rule, moved_off: set[tuple[int, ...]]) -> bool:
    """A closed day that is only the days a move takes meetings off (土日の場合は翌月曜日)."""
    plain = Rule(RuleKind.WEEKLY, weekdays=rule.weekdays)
    return rule == plain and rule.weekdays in moved_off


def _format_rules(rules: tuple[Rule, ...], spec: ScheduleSpec, today: date) -> str:
    text = ""
    for index, rule in enumerate(rules):
        if index:
            # After a rule without times, "、" would let the next rule's time attach to it.
            text += "／" if rules[index - 1].times is None else "、"
        text += _format_rule(rule, spec.closed_on_holidays, today)
    return text


def _format_period_of(rules: tuple[Rule, ...]) -> str:
    """「2026年5月28日〜2027年3月5日 」 before the rules it limits (the parser reads one)."""
    first = next(
        (rule for rule in rules if rule.valid_from is not None or rule.valid_until is not None),
        None,
    )
    if first is None:
        return ""
    start, end = first.valid_from, first.valid_until
    if start is None and end is not None:  # 「2027年3月31日まで」
        return f"{end.year}年{end.month}月{end.day}日まで "
    if start is None:
        return ""
    if end is None:  # 「2026年12月1日から」
        return f"{start.year}年{start.month}月{start.day}日から "
    return f"{start.year}年{start.month}月{start.day}日〜{end.year}年{end.month}月{end.day}日 "


def format_hours(spec: ScheduleSpec, *, today: date | None = None) -> str:
    """Only the opening hours and closed days (a facility's 開館時間・休館日), or ""."""
    if not spec.hours and not spec.closed_rules:
        return ""
    reference = today or date.today()
    parts = []
    if spec.hours:
        parts.append(f"開館時間：{_format_rules(spec.hours, spec, reference)}")
    if spec.closed_rules:
        closed = "／".join(_format_rule(rule, False, reference) for rule in spec.closed_rules)
        parts.append(f"休館日：{closed}")
    return " ".join(parts)


def format_occurrence(occ: Occurrence) -> str:
    """An occurrence as shown on a listing: "11月25日(水) 14:00〜16:00"."""
    day = f"{occ.day.month}月{occ.day.day}日({WEEKDAY_LABELS[occ.day.weekday()]})"
    times = _format_time_range(TimeRange(occ.start, occ.end))
    return f"{day} {times}" if times else day
