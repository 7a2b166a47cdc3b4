"""Jinja filters and globals: Japanese dates, labels, today's date in the town's time zone."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, current_app
from markupsafe import Markup, escape

from directory import labels
from directory.ages import age_wording
from directory.listings import is_paused
from directory.schedules import (
    WEEKDAY_LABELS,
    Occurrence,
    ScheduleSpec,
    format_occurrence,
    format_schedule,
)
from directory.schedules.formatting import unbroken_parts
from webapp import messages


def today() -> date:
    """Today in the municipality's time zone (servers often run in UTC)."""
    return datetime.now(ZoneInfo(current_app.config["TIMEZONE"])).date()


def now_utc() -> datetime:
    return datetime.now(UTC)


def jdatetime(value: datetime | None) -> str:
    """2026年11月23日(月) 14:05, in the municipality's time zone."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(current_app.config["TIMEZONE"]))
    return f"{jdate(local.date())} {local:%H:%M}"


def jdate(value: date | datetime | None) -> str:
    """2026年11月23日(月)"""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(current_app.config["TIMEZONE"])).date()
    return messages.DATE_WITH_WEEKDAY.format(
        year=value.year, month=value.month, day=value.day, weekday=WEEKDAY_LABELS[value.weekday()]
    )


def yen(value: int | None) -> str:
    if value is None:
        return ""
    return messages.FREE if value == 0 else messages.YEN.format(amount=value)


def occurrence(value: Occurrence) -> str:
    return format_occurrence(value)


def occurrence_time(value: Occurrence) -> str:
    """Only the time part ("14:00〜16:00"), for lists already grouped by day."""
    _, _, times = format_occurrence(value).partition(" ")
    return times or messages.TIME_TO_BE_CONFIRMED


def schedule(spec: ScheduleSpec) -> str:
    """The schedule in canonical Japanese (a date without its year when the municipality's today
    gives it back); the organiser's words when we could not structure it."""
    if spec.needs_review or not spec.rules:
        return spec.original
    return format_schedule(spec, today=today())


def keep_together(text: str | None) -> Markup:
    """Schedule text with each time, date and range of them (「10:00〜12:00」「12月28日〜1月4日」),
    with the punctuation after it, kept on one line (``unbroken_parts``): a phone of 320 px
    broke 「10:00〜」 from 「12:00」. Each is an inline block (``.keep``) that moves to the next
    line whole, and breaks inside only when it is wider than the line itself (large text)."""
    if not text:
        return Markup("")
    if isinstance(text, Markup):
        return text
    return Markup("").join(
        _KEEP.format(part) if i % 2 else escape(part)
        for i, part in enumerate(unbroken_parts(str(text)))
    )


_KEEP = Markup('<span class="keep">{}</span>')


def count(value: int) -> str:
    """A count as people read it: 1,234 (件, activities, người alike)."""
    return f"{value:,}"


def http_url(value: str) -> str:
    """Only http(s) links leave our pages; a javascript: URL typed into a profile is dropped."""
    return value if value.lower().startswith(("https://", "http://")) else ""


# A field's name as its form shows it (``_forms.html``): the <label for="f-…"> of an input, or
# the <legend> of a group of check boxes, whose first box has the id.
_LABEL = re.compile(r'<label for="f-([\w-]+)"[^>]*>(.*?)</label>', re.S)
_LEGEND = re.compile(r"<legend>(.*?)</legend>(?:(?!<legend>).)*?\sid=\"f-([\w-]+)\"", re.S)
_REQUIRED = re.compile(r'<span class="required">.*?</span>', re.S)
_TAG = re.compile(r"<[^>]+>")


def field_labels(form: str) -> dict[str, str]:
    """The fields of a rendered form, in the form's order, by name: their labels' words. An
    error summary names the field of each mistake with them (「受付日: 未来の日付は…」): two
    fields' identical messages are otherwise two identical links."""

    def words(fragment: str) -> str:
        return " ".join(html.unescape(_TAG.sub("", _REQUIRED.sub("", fragment))).split())

    found: dict[str, tuple[int, str]] = {}
    for match in _LEGEND.finditer(form):
        found.setdefault(match[2], (match.start(), words(match[1])))
    for match in _LABEL.finditer(form):  # an input's own label before its group's legend
        found[match[1]] = (match.start(), words(match[2]))
    return {name: text for name, (_, text) in sorted(found.items(), key=lambda x: x[1][0])}


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        field_labels=field_labels,
        jdate=jdate,
        jdatetime=jdatetime,
        yen=yen,
        occurrence=occurrence,
        occurrence_time=occurrence_time,
        schedule=schedule,
        keep_together=keep_together,
        http_url=http_url,
        count=count,
    )
    app.jinja_env.globals.update(
        age_wording=age_wording,
        paused=lambda listing: is_paused(listing, today()),
        labels=labels,
        messages=messages,
        today=today,
        weekday_labels=WEEKDAY_LABELS,
        zip=zip,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
