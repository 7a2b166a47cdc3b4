"""Describe a revision's changes in Japanese, field by field (old → new), for reviewers.

Revisions store raw values (codes, booleans, numbers); reviewers and organizations read labels:
「活動の種類: サロン → サロン、通いの場」, 「車いす: なし → あり」.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import labels
from directory.models import (
    Area,
    Category,
    LocationPrecision,
    OrganizationKind,
    Target,
    Visibility,
)
from directory.schedules import format_occurrence, format_schedule, next_occurrences, parse_schedule


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str


_FLAGS = frozenset(
    {"wheelchair", "accessible_toilet", "pickup", "parking", "accepts_referrals", "trial_visit"}
)


class _Labeller:
    def __init__(self, session: Session) -> None:
        self.categories = {c.code: c.label for c in session.scalars(select(Category))}
        self.targets = {t.code: t.label for t in session.scalars(select(Target))}
        self.areas = {a.code: a.name for a in session.scalars(select(Area))}

    def text(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return "（なし）"
        if name in _FLAGS:
            return "あり" if value else "なし"
        tables: dict[str, dict[str, str]] = {
            "categories": self.categories,
            "targets": self.targets,
            "languages": labels.LANGUAGES,
            "features": labels.FEATURES,
        }
        if name in tables:
            return "、".join(tables[name].get(v, v) for v in value)
        if name == "tags":
            return "、".join(value)
        if name == "summaries":
            return "／".join(
                f"{labels.SUMMARY_LANGUAGES.get(code, code)}: {text}"
                for code, text in sorted(value.items())
            )
        if name == "area":
            return self.areas.get(str(value), str(value))
        if name == "visibility":
            return labels.VISIBILITY[Visibility(value)]
        if name == "precision":
            return labels.LOCATION_PRECISION[LocationPrecision(value)]
        if name == "cost_yen":
            return f"{value:,}円"
        if name in ("age_min", "age_max"):
            return f"{value}歳"
        if name == "kind":
            return labels.ORGANIZATION_KIND[OrganizationKind(value)]
        return str(value)


def describe(
    session: Session, changes: dict[str, list[Any]], field_labels: dict[str, str] | None = None
) -> list[FieldChange]:
    """The changes in the order of the form, with Japanese labels and values."""
    names = field_labels or labels.LISTING_FIELDS
    labeller = _Labeller(session)
    ordered = [n for n in names if n in changes] + [n for n in changes if n not in names]
    return [
        FieldChange(
            field=name,
            label=names.get(name, name),
            old=labeller.text(name, changes[name][0]),
            new=labeller.text(name, changes[name][1]),
        )
        for name in ordered
    ]


@dataclass(frozen=True)
class ScheduleReading:
    """How a schedule as written (日時) is read: what residents get as dates.

    ``read``: the canonical wording when every part was understood ("" otherwise);
    ``unread``: the fragments that were not (residents see the text as written, without
    next dates); ``next_dates``: the next meetings, as on the public page."""

    read: str
    unread: tuple[str, ...]
    next_dates: tuple[str, ...]


def read_schedule(text: str, today: date) -> ScheduleReading | None:
    """How ``text`` is read, for the reviewer and the member who wrote it (None: no text).

    So that a reviewer who cannot tell whether 「13時半〜15時半（8月はお休み）」 gives dates
    does not send the change back to ask for 「13:30」, and the member sees it was understood."""
    if not text.strip():
        return None
    spec = parse_schedule(text, today=today)
    return ScheduleReading(
        read="" if spec.needs_review else format_schedule(spec, today=today),
        unread=tuple(spec.unparsed),
        next_dates=tuple(format_occurrence(o) for o in next_occurrences(spec, today)),
    )
