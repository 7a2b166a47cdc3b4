"""The Whoosh index of published listings: its schema, and a listing turned into a document.

One document per *published* listing (public or coordinator-only; the audience filter is a
stored field). Drafts, pending and archived listings are not in the index at all.

Nothing personal is indexed: contact name, phone and e-mail are left out, and so is the street
address (place name and area are enough to search by). Searchable text is split by weight
into three fields — ``name`` > ``tags`` (tags, category and target labels) > ``body``
(description, place, organization, area, schedule, cost) — and facet values are stored as
plain values that :mod:`directory.search.ranking` keeps in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from whoosh.fields import ID, STORED, TEXT, Schema

from directory import labels
from directory.browse import schedule_spec
from directory.listings import ACCESSIBILITY_FIELDS, ListingData
from directory.models import Listing, ListingStatus, Visibility
from directory.schedules import ScheduleSpec
from directory.search.analyzer import analyzer

TEXT_FIELDS = ("name", "tags", "body")
# How much a match in each field counts; a name match outranks the same word in a description.
FIELD_BOOSTS = {"name": 3.0, "tags": 2.0, "body": 1.0}

# Facets whose values are lists of codes (a listing has several).
LIST_FACETS = ("category", "target", "weekday", "time", "access", "language")
# Facets with one value (or none) per listing.
SINGLE_FACETS = ("area", "free", "referrals")
FACETS = LIST_FACETS + SINGLE_FACETS

# 時間帯: when a meeting starts.
TIMES_OF_DAY = {"morning": "午前", "afternoon": "午後", "evening": "夕方・夜"}
AFTERNOON_FROM, EVENING_FROM = 12, 17


def schema() -> Schema:
    text = TEXT(analyzer=analyzer(), phrase=False)
    return Schema(
        id=ID(stored=True, unique=True),
        fingerprint=STORED(),
        facets=STORED(),
        point=STORED(),
        sort_key=STORED(),
        name=text,
        tags=TEXT(analyzer=analyzer(), phrase=False),
        body=TEXT(analyzer=analyzer(), phrase=False),
    )


def fingerprint(listing_version: int, updated_at: Any, organization_version: int) -> str:
    """What the index remembers of the row it was built from, to detect drift cheaply."""
    stamp = updated_at.isoformat() if updated_at is not None else ""
    return f"{listing_version}:{stamp}:{organization_version}"


def listing_fingerprint(listing: Listing) -> str:
    return fingerprint(listing.version, listing.updated_at, listing.organization.version)


def is_indexed(listing: Listing) -> bool:
    return listing.status is ListingStatus.PUBLISHED


def times_of_day(listing: Listing) -> list[str]:
    return spec_times_of_day(schedule_spec(listing))


def spec_times_of_day(spec: ScheduleSpec) -> list[str]:
    """時間帯 codes of a parsed schedule, in the order of ``TIMES_OF_DAY``."""
    found = []
    for rule in spec.rules:
        start = rule.times.start if rule.times else None
        if start is None:
            continue
        if start.hour < AFTERNOON_FROM:
            found.append("morning")
        elif start.hour < EVENING_FROM:
            found.append("afternoon")
        else:
            found.append("evening")
    return sorted(set(found), key=list(TIMES_OF_DAY).index)


def weekdays(listing: Listing) -> list[str]:
    return _weekdays(listing.schedule.weekday_mask if listing.schedule else 0)


def _weekdays(mask: int) -> list[str]:
    return [str(d) for d in range(8) if mask & (1 << d)]


@dataclass(frozen=True)
class Facts:
    """What a document is made of, as plain values: read from a loaded listing
    (:func:`facts_of`) or put together from data about to be written (an import's rows), so
    both build their documents with the one function :func:`document_of`."""

    listing_id: int
    fingerprint: str
    name: str
    kana: str
    description: str
    tags: Sequence[str]
    categories: Sequence[tuple[str, str]]  # (code, label), in the order of Category.position
    targets: Sequence[tuple[str, str]]  # (code, label), in the order of Target.position
    features: Sequence[str]
    place_name: str
    organization: str
    area: tuple[str, str] | None  # (code, name)
    schedule_text: str
    times_of_day: Sequence[str]  # spec_times_of_day of the parsed schedule
    weekday_mask: int
    cost_text: str
    cost_yen: int | None
    access: Sequence[str]  # the ACCESSIBILITY_FIELDS that are true
    languages: Sequence[str]
    accepts_referrals: bool
    visibility: str
    point: tuple[float, float] | None


def facts_of(listing: Listing) -> Facts:
    loc, schedule = listing.location, listing.schedule
    area = loc.area if loc else None
    return Facts(
        listing_id=listing.id,
        fingerprint=listing_fingerprint(listing),
        name=listing.name,
        kana=listing.kana,
        description=listing.description,
        tags=listing.tags,
        categories=[(c.code, c.label) for c in listing.categories],
        targets=[(t.code, t.label) for t in listing.targets],
        features=listing.features,
        place_name=loc.place_name if loc else "",
        organization=listing.organization.name,
        area=(area.code, area.name) if area else None,
        schedule_text=schedule.text if schedule else "",
        times_of_day=times_of_day(listing),
        weekday_mask=schedule.weekday_mask if schedule else 0,
        cost_text=listing.cost_text,
        cost_yen=listing.cost_yen,
        access=[name for name in ACCESSIBILITY_FIELDS if getattr(listing, name)],
        languages=listing.languages,
        accepts_referrals=listing.accepts_referrals,
        visibility=listing.visibility.value,
        point=(loc.lat, loc.lon) if loc and loc.lat is not None and loc.lon is not None else None,
    )


class _Labelled(Protocol):
    code: str
    label: str
    position: int


class _Named(Protocol):
    code: str
    name: str


def facts_from_data(
    listing_id: int,
    data: ListingData,
    *,
    fingerprint: str,
    organization: str,
    categories: Mapping[str, _Labelled],
    targets: Mapping[str, _Labelled],
    areas: Mapping[str, _Named],
    times_of_day: Sequence[str],
    weekday_mask: int,
    memo: dict[tuple[int, Sequence[str]], list[tuple[str, str]]] | None = None,
) -> Facts:
    """The facts of a listing about to be written from ``data`` (an import's new listings):
    vocabulary rows by code, 時間帯 of the parsed schedule. Unknown codes are left out,
    as the writer leaves them out of the link tables. ``memo``: a dict kept by a caller that
    builds many documents with the same vocabulary (a file repeats its code lists)."""

    def ordered(known: Mapping[str, _Labelled], codes: Sequence[str]) -> list[tuple[str, str]]:
        key = (id(known), codes)
        found = memo.get(key) if memo is not None else None
        if found is None:
            rows = sorted((known[c] for c in dict.fromkeys(codes) if c in known), key=_position)
            found = [(row.code, row.label) for row in rows]
            if memo is not None:
                memo[key] = found
        return found

    area = areas.get(data.area) if data.area else None
    return Facts(
        listing_id=listing_id,
        fingerprint=fingerprint,
        name=data.name,
        kana=data.kana,
        description=data.description,
        tags=data.tags,
        categories=ordered(categories, data.categories),
        targets=ordered(targets, data.targets),
        features=data.features,
        place_name=data.place_name,
        organization=organization,
        area=(area.code, area.name) if area is not None else None,
        schedule_text=data.schedule_text,
        times_of_day=times_of_day,
        weekday_mask=weekday_mask,
        cost_text=data.cost_text,
        cost_yen=data.cost_yen,
        access=[name for name in ACCESSIBILITY_FIELDS if getattr(data, name)],
        languages=data.languages,
        accepts_referrals=data.accepts_referrals,
        visibility=Visibility(data.visibility).value,
        point=(data.lat, data.lon) if data.lat is not None and data.lon is not None else None,
    )


def _position(row: _Labelled) -> int:
    return row.position


@dataclass(frozen=True)
class Document:
    """A listing as the index stores it (see the module docstring for what is left out)."""

    listing_id: int
    fingerprint: str
    name: str
    tags: str
    body: str
    facets: dict[str, Any]
    point: tuple[float, float] | None
    sort_key: str

    def fields(self) -> dict[str, Any]:
        return {
            "id": str(self.listing_id),
            "fingerprint": self.fingerprint,
            "facets": self.facets,
            "point": self.point,
            "sort_key": self.sort_key,
            "name": self.name,
            "tags": self.tags,
            "body": self.body,
        }


def document(listing: Listing) -> Document:
    return document_of(facts_of(listing))


def document_of(facts: Facts) -> Document:
    area = facts.area
    tags = [
        *facts.tags,
        *(label for _, label in facts.categories),
        *(label for _, label in facts.targets),
        *(labels.FEATURES.get(f, "") for f in facts.features),
    ]
    body = [
        facts.description,
        facts.place_name,
        facts.organization,
        area[1] if area else "",
        facts.schedule_text,
        facts.cost_text,
    ]
    facets: dict[str, Any] = {
        "visibility": facts.visibility,
        "category": [code for code, _ in facts.categories],
        "target": [code for code, _ in facts.targets],
        "weekday": _weekdays(facts.weekday_mask),
        "time": list(facts.times_of_day),
        "access": list(facts.access),
        "language": list(facts.languages),
        "area": area[0] if area else None,
        "free": "yes" if facts.cost_yen == 0 else None,
        "referrals": "yes" if facts.accepts_referrals else None,
    }
    return Document(
        listing_id=facts.listing_id,
        fingerprint=facts.fingerprint,
        name=f"{facts.name} {facts.kana}",
        tags=" ".join(tags),
        body="\n".join(body),
        facets=facets,
        point=facts.point,
        sort_key=facts.kana or facts.name,
    )
