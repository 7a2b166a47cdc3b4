"""Jinja filters and globals: Japanese dates, labels, today's date in the town's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, current_app

from directory import labels
from directory.schedules import (
    WEEKDAY_LABELS,
    Occurrence,
    ScheduleSpec,
    format_occurrence,
    format_schedule,
)
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
    """The schedule in canonical Japanese; the organiser's words when we could not structure it."""
    if spec.needs_review or not spec.rules:
        return spec.original
    return format_schedule(spec)


def count(value: int) -> str:
    """A count as people read it: 1,234 (件, activities, người alike)."""
    return f"{value:,}"


def http_url(value: str) -> str:
    """Only http(s) links leave our pages; a javascript: URL typed into a profile is dropped."""
    return value if value.lower().startswith(("https://", "http://")) else ""


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        jdate=jdate,
        jdatetime=jdatetime,
        yen=yen,
        occurrence=occurrence,
        occurrence_time=occurrence_time,
        schedule=schedule,
        http_url=http_url,
        count=count,
    )
    app.jinja_env.globals.update(
        labels=labels,
        messages=messages,
        today=today,
        weekday_labels=WEEKDAY_LABELS,
        zip=zip,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
