"""JSON shapes of the public API: what a listing, an organization or a vocabulary entry looks like.

The rule is the public pages' rule: a field appears here only if the public listing or
organization page shows it (contact details with the same fallback to the organization, the
website only when it is an http(s) link). Keywords (tags), the postal code, the review state,
``accepts_referrals`` and everything about revisions or cases never leave the database through
the API. The OpenAPI document (``webapp.api_openapi``) describes exactly these shapes, and the
tests validate every response against it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import url_for

from directory import browse, labels
from directory.models import Area, Category, Listing, Organization, Target
from directory.schedules import Occurrence, format_occurrence, format_schedule, next_occurrences
from webapp.templating import http_url

ACCESSIBILITY_FIELDS = ("wheelchair", "accessible_toilet", "pickup", "parking")
NEXT_DATES = 3


def listing(item: Listing, today: date, *, distance_km: float | None = None) -> dict[str, Any]:
    loc = item.location
    area = item.area
    org = item.organization
    body: dict[str, Any] = {
        "id": item.id,
        "url": url_for("public.listing_detail", listing_id=item.id, _external=True),
        "name": item.name,
        "kana": item.kana,
        "description": item.description,
        "categories": [vocabulary_entry(c) for c in item.categories],
        "targets": [vocabulary_entry(t) for t in item.targets],
        "area": area_ref(area) if area else None,
        "schedule": schedule(item, today),
        "location": {
            "place_name": loc.place_name,
            "address": loc.address,
            "lat": loc.lat,
            "lon": loc.lon,
            "precision": loc.precision.value,
        }
        if loc
        else None,
        "cost": {"text": item.cost_text, "yen": item.cost_yen},
        "capacity": item.capacity,
        "accessibility": {name: bool(getattr(item, name)) for name in ACCESSIBILITY_FIELDS},
        "languages": [coded(code, labels.LANGUAGES) for code in item.languages],
        "features": [coded(code, labels.FEATURES) for code in item.features],
        "trial_visit": item.trial_visit,
        "contact": {
            "name": item.contact_name,
            # The public page falls back to the organization's phone and e-mail; so do we.
            "phone": item.contact_phone or org.phone,
            "email": item.contact_email or org.email,
        },
        "organization": {
            "id": org.id,
            "name": org.name,
            "url": url_for("public.organization_detail", organization_id=org.id, _external=True),
        },
        "verified_at": item.verified_at.isoformat() if item.verified_at else None,
        "updated_at": timestamp(item.updated_at),
    }
    if distance_km is not None:
        body["distance_km"] = round(distance_km, 3)
    return body


def schedule(item: Listing, today: date) -> dict[str, Any] | None:
    if item.schedule is None:
        return None
    spec = browse.schedule_spec(item, today=today)
    structured = bool(spec.rules) and not spec.needs_review
    return {
        "text": item.schedule.text,
        "canonical": format_schedule(spec, today=today) if structured else None,
        "needs_review": spec.needs_review,
        "next_dates": [occurrence(o) for o in next_occurrences(spec, today, NEXT_DATES)],
    }


def occurrence(value: Occurrence) -> dict[str, Any]:
    return {
        "date": value.day.isoformat(),
        "start": value.start.strftime("%H:%M") if value.start else None,
        "end": value.end.strftime("%H:%M") if value.end else None,
        "text": format_occurrence(value),
    }


def organization(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "url": url_for("public.organization_detail", organization_id=org.id, _external=True),
        "name": org.name,
        "kind": coded(org.kind.value, {k.value: v for k, v in labels.ORGANIZATION_KIND.items()}),
        "description": org.description,
        "area": area_ref(org.area) if org.area else None,
        "address": org.address,
        "phone": org.phone,
        "email": org.email,
        "website": http_url(org.website) or None,
        "listings": url_for("api.organization_listings", organization_id=org.id, _external=True),
    }


def vocabulary_entry(entry: Category | Target) -> dict[str, Any]:
    return {"code": entry.code, "label": entry.label}


def category(entry: Category, count: int) -> dict[str, Any]:
    return vocabulary_entry(entry) | {"description": entry.description, "listing_count": count}


def area_ref(area: Area) -> dict[str, Any]:
    return {"code": area.code, "name": area.name}


def area(entry: Area, count: int) -> dict[str, Any]:
    return area_ref(entry) | {
        "kana": entry.kana,
        "centre_name": entry.centre_name,
        "listing_count": count,
    }


def coded(code: str, names: dict[str, str]) -> dict[str, str]:
    return {"code": code, "label": names.get(code, code)}


def timestamp(value: datetime) -> str:
    return value.isoformat(timespec="seconds")
