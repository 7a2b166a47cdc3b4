"""Published public listings → Open Referral HSDS 3.0 JSON.

Field names follow the HSDS 3.0 schemas (openreferral/specification, ``schema/*.json``):
``organization`` (id, name, description, email, website, phones), ``service`` (id,
organization_id, name, alternate_name, description, status, fees_description, email,
contacts, schedules, attributes, languages), ``location`` (id, location_type, organization_id,
name, latitude, longitude, addresses: address_1, city, state_province, postal_code, country,
address_type), ``service_at_location`` (id, service_id, location_id), ``schedule`` (id,
service_id, freq, interval, byday, opens_at, closes_at, description, notes),
``taxonomy`` / ``taxonomy_term`` (id, code, name, taxonomy_id) and ``attribute`` (id, link_id,
link_type, link_entity, taxonomy_term_id) linking services to their categories and targets.

The document is one JSON object with a list per table (the shape of an HSDS "data package"
expressed in JSON). Only listings a resident may see are exported (``exporting
.public_listings``); drafts, coordinator-only and archived listings never are, and the
directory holds no case data to leak. Identifiers are stable UUIDs derived from our ids
(uuid5), as HSDS 3.0 asks for UUIDs.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.interop.exporting import public_listings
from directory.models import Category, Listing, Target
from directory.schedules import RuleKind, spec_from_dict
from geo.normalize import parse as parse_address

HSDS_VERSION = "3.0"
_NAMESPACE = uuid.UUID("6f1d0c1e-8f5e-4a57-9c4e-2b8e5a0e7a11")  # つながりマップ's id space
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _id(kind: str, key: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


def _time(value: Any) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _schedules(listing: Listing, service_id: str) -> list[dict[str, Any]]:
    if listing.schedule is None:
        return []
    text = listing.schedule.text
    spec = spec_from_dict(listing.schedule.spec) if listing.schedule.spec else None
    result: list[dict[str, Any]] = []
    if spec is not None and not spec.needs_review:
        for n, rule in enumerate(spec.rules):
            item: dict[str, Any] = {
                "id": _id("schedule", f"{listing.id}:{n}"),
                "service_id": service_id,
                "description": text,
                "timezone": 9,
                "opens_at": _time(rule.times.start) if rule.times else None,
                "closes_at": _time(rule.times.end) if rule.times else None,
            }
            if rule.kind is RuleKind.WEEKLY:
                item |= {"freq": "WEEKLY", "interval": rule.interval_weeks,
                         "byday": ",".join(_BYDAY[d] for d in rule.weekdays)}  # fmt: skip
            elif rule.kind is RuleKind.MONTHLY_NTH:
                item |= {"freq": "MONTHLY", "interval": 1, "byday": ",".join(
                    f"{nth}{_BYDAY[d]}" for nth in rule.nth for d in rule.weekdays)}  # fmt: skip
            elif rule.kind is RuleKind.MONTHLY_DAY:
                item |= {"freq": "MONTHLY", "interval": 1,
                         "bymonthday": ",".join(str(d) for d in rule.days)}  # fmt: skip
            elif rule.kind is RuleKind.DATES and rule.dates:
                item |= {"dtstart": rule.dates[0].isoformat(), "count": len(rule.dates)}
            else:
                item["notes"] = text
            result.append(item)
    if not result and text:
        # What the parser could not structure is still published, as the organiser wrote it.
        result.append({"id": _id("schedule", listing.id), "service_id": service_id,
                       "description": text, "notes": text})  # fmt: skip
    return result


def export_hsds(session: Session) -> dict[str, Any]:
    """The public directory as HSDS 3.0 tables (JSON-safe dict)."""
    taxonomy_id = _id("taxonomy", "tsunagari-categories")
    targets_taxonomy_id = _id("taxonomy", "tsunagari-targets")
    terms = [
        {"id": _id("category", c.code), "code": c.code, "name": c.label,
         "description": c.description, "taxonomy_id": taxonomy_id, "language": "ja"}
        for c in session.scalars(select(Category).order_by(Category.position))
    ] + [
        {"id": _id("target", t.code), "code": t.code, "name": t.label, "description": "",
         "taxonomy_id": targets_taxonomy_id, "language": "ja"}
        for t in session.scalars(select(Target).order_by(Target.position))
    ]  # fmt: skip
    organizations: dict[int, dict[str, Any]] = {}
    services, locations, at_locations, attributes = [], [], [], []
    for listing in public_listings(session):
        org = listing.organization
        org_id = _id("organization", org.id)
        organizations.setdefault(org.id, {
            "id": org_id, "name": org.name, "alternate_name": org.kana or None,
            "description": org.description, "email": org.email or None,
            "website": org.website or None,
            "phones": [{"id": _id("org-phone", org.id), "number": org.phone}] if org.phone else [],
        })  # fmt: skip
        service_id = _id("service", listing.id)
        services.append({
            "id": service_id, "organization_id": org_id, "name": listing.name,
            "alternate_name": listing.kana or None, "description": listing.description,
            "status": "active", "fees_description": listing.cost_text or None,
            "email": listing.contact_email or None,
            "languages": [{"id": _id("language", f"{listing.id}:{code}"), "service_id": service_id,
                           "code": code} for code in listing.languages],
            "contacts": [{"id": _id("contact", listing.id), "service_id": service_id,
                          "name": listing.contact_name or None, "email": listing.contact_email or None,
                          "phones": [{"id": _id("phone", listing.id), "number": listing.contact_phone}]
                          if listing.contact_phone else []}]
            if listing.contact_name or listing.contact_phone or listing.contact_email else [],
            "schedules": _schedules(listing, service_id),
            "last_modified": listing.updated_at.isoformat() if listing.updated_at else None,
        })  # fmt: skip
        for category in listing.categories:
            attributes.append({"id": _id("attr", f"{listing.id}:c:{category.code}"),
                               "link_id": service_id, "link_type": "service", "link_entity": "service",
                               "taxonomy_term_id": _id("category", category.code),
                               "label": category.label})  # fmt: skip
        for target in listing.targets:
            attributes.append({"id": _id("attr", f"{listing.id}:t:{target.code}"),
                               "link_id": service_id, "link_type": "eligibility", "link_entity": "service",
                               "taxonomy_term_id": _id("target", target.code),
                               "label": target.label})  # fmt: skip
        loc = listing.location
        if loc is not None and (loc.address or loc.lat is not None):
            location_id = _id("location", listing.id)
            parts = parse_address(loc.address)
            locations.append({
                "id": location_id, "location_type": "physical", "organization_id": org_id,
                "name": loc.place_name or listing.name, "latitude": loc.lat, "longitude": loc.lon,
                "addresses": [{
                    "id": _id("address", listing.id), "location_id": location_id,
                    "address_1": loc.address, "city": parts.city, "state_province": parts.prefecture,
                    "postal_code": loc.postal_code, "country": "JP", "address_type": "physical",
                }] if loc.address else [],
            })  # fmt: skip
            at_locations.append({"id": _id("sal", listing.id), "service_id": service_id,
                                 "location_id": location_id})  # fmt: skip
    return {
        "hsds_version": HSDS_VERSION,
        "organizations": list(organizations.values()),
        "services": services,
        "locations": locations,
        "service_at_locations": at_locations,
        "taxonomies": [
            {
                "id": taxonomy_id,
                "name": "活動の種類",
                "description": "つながりマップの活動の種類",
                "version": "1",
            },
            {
                "id": targets_taxonomy_id,
                "name": "対象",
                "description": "つながりマップの対象",
                "version": "1",
            },
        ],
        "taxonomy_terms": terms,
        "attributes": attributes,
    }
