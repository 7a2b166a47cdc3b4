"""Published public listings → Open Referral HSDS 3.0 objects, and the HSDS JSON export.

One listing is one HSDS ``service`` (its organization's ``organization``; its place one
``location`` and the ``service_at_location`` joining them), described with the fields of the
HSDS 3.0 schemas (openreferral/specification ``schema/*.json``; the tests validate every object
against the official files in ``tests/data/hsds-3.0``):

- absent values are left out, never ``null`` (the schemas type every field as a string,
  number or array, and only the required ones must be present);
- ``schedule`` rows come from the parsed schedule, one per rule, as RFC 5545 parts: 毎週水曜日 →
  ``freq WEEKLY, byday WE``; 隔週 → ``interval 2`` (with ``dtstart`` when the text names a date
  it meets); 第2・第4土曜日 → ``freq MONTHLY, byday 2SA,4SA`` (最終 → ``-1``); 毎月15日 →
  ``bymonthday 15``; specific dates → one row per date (``dtstart`` = ``valid_from`` =
  ``valid_to``); ``opens_at``/``closes_at`` from the times; ``timezone`` 9 (JST). HSDS has no
  field for closures, holidays or month restrictions: they go to ``notes`` in Japanese, next to
  the organiser's own words in ``description``. A schedule we could not structure is one row
  with the organiser's text only;
- ``cost_options`` from the fee in yen (JPY; 0 = free), ``fees_description`` from its text;
- ``languages`` (ISO 639-1 codes; やさしい日本語 is ``ja`` named so), ``service_areas`` (地区),
  the location's ``accessibility`` (車いす, 多目的トイレ, 送迎, 駐車場), ``eligibility_description``
  from the targets and the ages (「対象: 子育て世帯。対象年齢: 0〜3歳とその保護者」),
  ``minimum_age`` / ``maximum_age`` from the ages (not for a child's ages with its 保護者: the
  parent comes too), ``assured_date`` from the date the listing was last confirmed (情報確認日),
  ``last_modified``. HSDS ``metadata`` rows (a change log naming who changed what) are not
  written: reviewers' names are not public;
- categories and targets are two taxonomies whose terms are linked to services by
  ``attribute`` rows (``link_type`` ``category`` / ``eligibility``).

Only listings a resident may see are written (``exporting.public_listings``); drafts,
coordinator-only and archived listings never are, and the directory holds no case data to leak.
Identifiers are stable UUIDs derived from our ids (uuid5), as HSDS 3.0 asks for UUIDs.

The export (``stream_hsds``) is one JSON object with a list per table — the shape of an HSDS
data package, in JSON — written a table at a time while the listings are read in batches, one
object per line.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import labels
from directory.ages import describe_ages
from directory.browse import Audience, visible
from directory.interop import municipalities
from directory.interop.exporting import public_listings
from directory.models import Area, Category, Listing, Organization, Target
from directory.schedules import Rule, RuleKind, ScheduleSpec, spec_from_dict
from geo.normalize import parse as parse_address

HSDS_VERSION = "3.0"
JST = 9  # schedule.timezone: the UTC offset all times are given in
NAMESPACE = uuid.UUID("6f1d0c1e-8f5e-4a57-9c4e-2b8e5a0e7a11")  # つながりマップ's id space
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
CATEGORY_TAXONOMY = ("tsunagari-categories", *labels.HSDS_CATEGORY_TAXONOMY)
TARGET_TAXONOMY = ("tsunagari-targets", *labels.HSDS_TARGET_TAXONOMY)
# Our language codes are ISO 639-1 except やさしい日本語, which is Japanese.
_LANGUAGE_CODES = {"easy_ja": "ja"}


@functools.lru_cache(maxsize=1 << 16)
def hsds_id(kind: str, key: object) -> str:
    """The stable UUID of one of our objects in HSDS."""
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def service_id(listing_id: int) -> str:
    return hsds_id("service", listing_id)


def organization_id(org_id: int) -> str:
    return hsds_id("organization", org_id)


def location_id(listing_id: int) -> str:
    return hsds_id("location", listing_id)


def service_at_location_id(listing_id: int) -> str:
    return hsds_id("sal", listing_id)


def category_term_id(code: str) -> str:
    return hsds_id("category", code)


def target_term_id(code: str) -> str:
    return hsds_id("target", code)


def taxonomy_id(key: str) -> str:
    return hsds_id("taxonomy", key)


@dataclass(frozen=True)
class Links:
    """Web addresses the caller knows (the API does, a CLI export does not)."""

    service_url: Callable[[int], str] | None = None  # listing id → its public page
    organization_url: Callable[[int], str] | None = None


NO_LINKS = Links()


def compact(fields: dict[str, Any], *, keep: Iterable[str] = ()) -> dict[str, Any]:
    """``fields`` without absent values (None, ""), except the ``keep`` ones HSDS requires."""
    kept = set(keep)
    return {k: v for k, v in fields.items() if k in kept or (v is not None and v != "")}


def _web_address(text: str) -> str | None:
    """An http(s) URL as HSDS's ``format: uri`` wants, or None for anything else."""
    text = text.strip()
    parts = urlsplit(text)
    if parts.scheme in ("http", "https") and parts.netloc and " " not in text:
        return text
    return None


def _timestamp(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value is not None else None


# ---- organizations ------------------------------------------------------------------------


def organization_fields(org: Organization, links: Links = NO_LINKS) -> dict[str, Any]:
    """The one-to-one fields of an HSDS organization (``compiled/organization_list``)."""
    return compact(
        {
            "id": organization_id(org.id),
            "name": org.name,
            "alternate_name": org.kana,
            "description": org.description,
            "email": org.email,
            "website": _web_address(org.website),
            "legal_status": labels.ORGANIZATION_KIND.get(org.kind, ""),
            "uri": links.organization_url(org.id) if links.organization_url else None,
        },
        keep=("description",),
    )


def organization(org: Organization, links: Links = NO_LINKS) -> dict[str, Any]:
    """An organization with its phone (the export's organizations table)."""
    body = organization_fields(org, links)
    body["phones"] = (
        [{"id": hsds_id("org-phone", org.id), "organization_id": body["id"],
          "number": org.phone, "type": "voice"}]
        if org.phone else []
    )  # fmt: skip
    return body


# ---- services -----------------------------------------------------------------------------


def _eligibility(listing: Listing) -> str | None:
    """「対象: 子育て世帯。対象年齢: 0〜3歳とその保護者」: the targets and the ages in words."""
    targets = "、".join(t.label for t in listing.targets)
    ages = describe_ages(listing.age_min, listing.age_max, with_adults=listing.age_with_adults)
    said = [
        *([labels.HSDS_ELIGIBILITY.format(targets=targets)] if targets else []),
        *([labels.HSDS_ELIGIBILITY_AGES.format(ages=ages)] if ages else []),
    ]
    return "。".join(said) or None


def _age_limits(listing: Listing) -> dict[str, int]:
    """``minimum_age`` / ``maximum_age``: the ages a person must be, either end when set. Not
    for a child's ages with the adults who bring one (「0〜3歳とその保護者」): a parent of 35
    comes too, and HSDS has no field for that; its ``eligibility_description`` says it."""
    if listing.age_with_adults:
        return {}
    limits = {"minimum_age": listing.age_min, "maximum_age": listing.age_max}
    return {name: age for name, age in limits.items() if age is not None}


def service_fields(listing: Listing, links: Links = NO_LINKS) -> dict[str, Any]:
    """The one-to-one fields of an HSDS service (``compiled/service_list``)."""
    return compact(
        {
            "id": service_id(listing.id),
            "organization_id": organization_id(listing.organization_id),
            "name": listing.name,
            "alternate_name": listing.kana,
            "description": listing.description,
            "url": links.service_url(listing.id) if links.service_url else None,
            "email": listing.contact_email,
            "status": "active",
            "fees_description": listing.cost_text,
            "eligibility_description": _eligibility(listing),
            **_age_limits(listing),
            "application_process": "、".join(
                labels.FEATURES[f] for f in listing.features if f in labels.FEATURES
            ),
            "assured_date": listing.verified_at.isoformat() if listing.verified_at else None,
            "last_modified": _timestamp(listing.updated_at),
        }
    )


def service(
    listing: Listing, links: Links = NO_LINKS, *, today: date | None = None
) -> dict[str, Any]:
    """A service with its own one-to-many rows (the export's services table); its schedule is
    read on ``today`` (see :func:`schedules`)."""
    body = service_fields(listing, links)
    sid = body["id"]
    body["phones"] = (
        [{"id": hsds_id("phone", listing.id), "service_id": sid,
          "number": listing.contact_phone, "type": "voice"}]
        if listing.contact_phone else []
    )  # fmt: skip
    body["contacts"] = _contacts(listing, sid)
    body["schedules"] = schedules(listing, today=today)
    body["languages"] = [
        compact({"id": hsds_id("language", f"{listing.id}:{code}"), "service_id": sid,
                 "name": labels.LANGUAGES.get(code, code),
                 "code": _LANGUAGE_CODES.get(code, code)})
        for code in listing.languages
    ]  # fmt: skip
    body["cost_options"] = (
        [compact({"id": hsds_id("cost", listing.id), "service_id": sid, "option": labels.HSDS_FEE,
                  "currency": "JPY", "amount": listing.cost_yen,
                  "amount_description": listing.cost_text})]
        if listing.cost_yen is not None else []
    )  # fmt: skip
    area = listing.area
    body["service_areas"] = [_service_area(area, listing.id, sid)] if area else []
    return body


def _contacts(listing: Listing, sid: str) -> list[dict[str, Any]]:
    if not (listing.contact_name or listing.contact_email):
        return []
    contact_id = hsds_id("contact", listing.id)
    phones = (
        [{"id": hsds_id("contact-phone", listing.id), "contact_id": contact_id,
          "number": listing.contact_phone, "type": "voice"}]
        if listing.contact_phone else []
    )  # fmt: skip
    contact = compact(
        {"id": contact_id, "service_id": sid, "name": listing.contact_name,
         "email": listing.contact_email}
    )  # fmt: skip
    return [contact | {"phones": phones}]


def _service_area(area: Area, listing_id: int, sid: str) -> dict[str, Any]:
    centre = labels.HSDS_AREA.format(centre=area.centre_name) if area.centre_name else ""
    return compact(
        {"id": hsds_id("service-area", listing_id), "service_id": sid, "name": area.name,
         "description": centre, "extent_type": labels.HSDS_AREA_KIND}
    )  # fmt: skip


# ---- schedules ----------------------------------------------------------------------------


def _clock(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def _closures(spec: ScheduleSpec) -> list[str]:
    notes = [labels.HSDS_CLOSED_ON_HOLIDAYS] if spec.closed_on_holidays else []
    for period in spec.closed_periods:
        (m1, d1), (m2, d2) = period.start, period.end
        whole_month = m1 == m2 and d1 == 1 and d2 >= 28  # 8月は休み is stored as 8/1〜8/31
        notes.append(
            labels.HSDS_CLOSED_MONTH.format(month=m1)
            if whole_month
            else labels.HSDS_CLOSED_PERIOD.format(m1=m1, d1=d1, m2=m2, d2=d2)
        )
    return notes + list(spec.notes)


def _rule_notes(rule: Rule) -> list[str]:
    notes = []
    if rule.months:
        notes.append(labels.HSDS_ONLY_MONTHS.format(months="・".join(str(m) for m in rule.months)))
    if rule.holidays:
        notes.append(labels.HSDS_ALSO_HOLIDAYS)
    if rule.kind is RuleKind.IRREGULAR:
        if rule.per_month:
            notes.append(labels.HSDS_PER_MONTH.format(n=rule.per_month))
        elif rule.per_year:
            notes.append(labels.HSDS_PER_YEAR.format(n=rule.per_year))
        else:
            notes.append(labels.HSDS_IRREGULAR)
    if rule.kind is RuleKind.WEEKLY and rule.interval_weeks > 1 and rule.anchor is None:
        notes.append(labels.HSDS_EVERY_N_WEEKS.format(n=rule.interval_weeks))
    return notes


def _recurrence(rule: Rule) -> list[dict[str, Any]]:
    """The RFC 5545 parts of one rule (a list: specific dates are one row each)."""
    if rule.kind is RuleKind.WEEKLY and rule.weekdays:
        parts: dict[str, Any] = {"freq": "WEEKLY", "interval": rule.interval_weeks,
                                 "byday": ",".join(_BYDAY[d] for d in rule.weekdays)}  # fmt: skip
        if rule.interval_weeks > 1:
            parts["wkst"] = "MO"
            if rule.anchor is not None:
                parts["dtstart"] = rule.anchor.isoformat()
        return [parts]
    if rule.kind is RuleKind.MONTHLY_NTH and rule.weekdays and rule.nth:
        byday = ",".join(f"{nth}{_BYDAY[d]}" for nth in rule.nth for d in rule.weekdays)
        return [{"freq": "MONTHLY", "interval": 1, "byday": byday}]
    if rule.kind is RuleKind.MONTHLY_DAY and rule.days:
        return [{"freq": "MONTHLY", "interval": 1,
                 "bymonthday": ",".join(str(d) for d in rule.days)}]  # fmt: skip
    if rule.kind is RuleKind.DATES and rule.dates:
        return [
            {"dtstart": d.isoformat(), "valid_from": d.isoformat(), "valid_to": d.isoformat()}
            for d in rule.dates
        ]
    return [{}]  # 不定期, or 土日祝 as holidays only: described in notes


def schedules(listing: Listing, *, today: date | None = None) -> list[dict[str, Any]]:
    """The listing's schedule as HSDS schedule rows (see the module docstring), read on
    ``today``: the municipality's date, which the caller passes (the machine's when omitted;
    a server in UTC is a day behind Japan until 9:00). A fiscal year's list that has ended
    is published as the organiser's words, as the public pages show it, not as this year's
    weekdays."""
    if listing.schedule is None:
        return []
    text = listing.schedule.text
    sid = service_id(listing.id)
    spec = spec_from_dict(listing.schedule.spec, today=today) if listing.schedule.spec else None
    if spec is None or spec.needs_review or not spec.rules:
        if not text:
            return []
        # What the parser could not structure is still published, as the organiser wrote it.
        return [{"id": hsds_id("schedule", listing.id), "service_id": sid, "description": text}]
    shared = _closures(spec)
    rows: list[dict[str, Any]] = []
    for n, rule in enumerate(spec.rules):
        times = rule.times
        for m, parts in enumerate(_recurrence(rule)):
            key = f"{listing.id}:{n}" if m == 0 else f"{listing.id}:{n}:{m}"
            notes = _rule_notes(rule) + shared
            row = {
                "id": hsds_id("schedule", key),
                "service_id": sid,
                "timezone": JST,
                **parts,
                "opens_at": _clock(times.start) if times else None,
                "closes_at": _clock(times.end) if times else None,
                "description": text,
                "notes": "。".join(notes),
            }
            rows.append(compact(row))
    return rows


# ---- locations ----------------------------------------------------------------------------


def has_location(listing: Listing) -> bool:
    loc = listing.location
    return loc is not None and bool(loc.address or loc.lat is not None)


def location(
    listing: Listing, home_prefecture: str = "", *, postal_code: bool = True
) -> dict[str, Any]:
    """The place a listing meets (only when ``has_location``).

    ``postal_code=False`` leaves the postal code empty (HSDS requires the field): the API, like
    /api/v1, shows only what the public listing page shows, and the page does not show it.
    """
    loc = listing.location
    if loc is None:
        raise ValueError(f"listing {listing.id} has no location")
    lid = location_id(listing.id)
    body = compact(
        {
            "id": lid,
            "location_type": "physical",
            "organization_id": organization_id(listing.organization_id),
            "name": loc.place_name or listing.name,
            "latitude": loc.lat,
            "longitude": loc.lon,
        }
    )
    body["addresses"] = (
        [_address(listing, lid, home_prefecture, postal_code)] if loc.address else []
    )
    body["accessibility"] = [
        {"id": hsds_id("accessibility", f"{listing.id}:{name}"), "location_id": lid,
         "description": text}
        for name, text in labels.ACCESSIBILITY.items()
        if getattr(listing, name)
    ]  # fmt: skip
    return body


def _address(
    listing: Listing, lid: str, home_prefecture: str, with_postal_code: bool
) -> dict[str, Any]:
    loc = listing.location
    if loc is None:
        raise ValueError(f"listing {listing.id} has no location")
    parts = parse_address(loc.address)
    place = municipalities.from_address(loc.address, home_prefecture)
    prefecture = parts.prefecture or place.prefecture
    city = parts.city or place.city
    # address_1 is what follows the city, as written when the text starts with them.
    street = loc.address.strip()
    if parts.postal_code and street.lstrip("〒 ").startswith(parts.postal_code):
        street = street.lstrip("〒 ")[len(parts.postal_code) :].strip()
    for head in (parts.prefecture, parts.city):
        if head and street.startswith(head):
            street = street[len(head) :]
    return {
        "id": hsds_id("address", listing.id),
        "location_id": lid,
        "address_1": street or loc.address,
        "city": city,
        "state_province": prefecture,
        "postal_code": (loc.postal_code or parts.postal_code) if with_postal_code else "",
        "country": "JP",
        "address_type": "physical",
    }


def service_at_location(listing: Listing) -> dict[str, Any]:
    return {
        "id": service_at_location_id(listing.id),
        "service_id": service_id(listing.id),
        "location_id": location_id(listing.id),
    }


# ---- taxonomies and attributes ------------------------------------------------------------


def taxonomies() -> list[dict[str, Any]]:
    return [
        {"id": taxonomy_id(key), "name": name, "description": description, "version": "1"}
        for key, name, description in (CATEGORY_TAXONOMY, TARGET_TAXONOMY)
    ]


def category_term(category: Category) -> dict[str, Any]:
    return {
        "id": category_term_id(category.code),
        "code": category.code,
        "name": category.label,
        "description": category.description,
        "taxonomy": CATEGORY_TAXONOMY[1],
        "taxonomy_id": taxonomy_id(CATEGORY_TAXONOMY[0]),
        "language": "ja",
    }


def target_term(target: Target) -> dict[str, Any]:
    return {
        "id": target_term_id(target.code),
        "code": target.code,
        "name": target.label,
        "description": labels.HSDS_TARGET_TERM.format(label=target.label),
        "taxonomy": TARGET_TAXONOMY[1],
        "taxonomy_id": taxonomy_id(TARGET_TAXONOMY[0]),
        "language": "ja",
    }


def taxonomy_terms(session: Session) -> list[dict[str, Any]]:
    categories = session.scalars(select(Category).order_by(Category.position, Category.id))
    targets = session.scalars(select(Target).order_by(Target.position, Target.id))
    return [category_term(c) for c in categories] + [target_term(t) for t in targets]


def attributes(listing: Listing, *, nested_terms: bool = False) -> list[dict[str, Any]]:
    """The listing's categories and targets as attribute rows linking the service to terms."""
    sid = service_id(listing.id)
    rows = []
    for category in listing.categories:
        row = {"id": hsds_id("attr", f"{listing.id}:c:{category.code}"), "link_id": sid,
               "link_type": "category", "link_entity": "service",
               "taxonomy_term_id": category_term_id(category.code), "value": category.label}  # fmt: skip
        rows.append(row | ({"taxonomy_term": category_term(category)} if nested_terms else {}))
    for target in listing.targets:
        row = {"id": hsds_id("attr", f"{listing.id}:t:{target.code}"), "link_id": sid,
               "link_type": "eligibility", "link_entity": "service",
               "taxonomy_term_id": target_term_id(target.code), "value": target.label}  # fmt: skip
        rows.append(row | ({"taxonomy_term": target_term(target)} if nested_terms else {}))
    return rows


# ---- the export ---------------------------------------------------------------------------


def exported_organizations(session: Session) -> Iterator[Organization]:
    """Organizations with at least one listing a resident may see, in id order."""
    return iter(
        session.scalars(
            select(Organization)
            .where(Organization.listings.any(visible(Audience.PUBLIC)))
            .order_by(Organization.id)
        )
    )


def tables(
    session: Session,
    *,
    home_prefecture: str = "",
    links: Links = NO_LINKS,
    today: date | None = None,
) -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
    """The export's tables, each an iterator of HSDS objects read in batches when consumed;
    schedules are read on ``today`` (the municipality's date)."""
    yield "organizations", (organization(o, links) for o in exported_organizations(session))
    yield "services", (service(x, links, today=today) for x in public_listings(session))
    yield (
        "locations",
        (location(x, home_prefecture) for x in public_listings(session) if has_location(x)),
    )
    yield (
        "service_at_locations",
        (service_at_location(x) for x in public_listings(session) if has_location(x)),
    )
    yield "taxonomies", iter(taxonomies())
    yield "taxonomy_terms", iter(taxonomy_terms(session))
    yield "attributes", (row for x in public_listings(session) for row in attributes(x))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def stream_hsds(
    session: Session,
    *,
    home_prefecture: str = "",
    links: Links = NO_LINKS,
    today: date | None = None,
) -> Iterator[bytes]:
    """The HSDS export as UTF-8 JSON, a line at a time (one object per line)."""
    yield f'{{"hsds_version":{_dumps(HSDS_VERSION)}'.encode()
    for name, items in tables(session, home_prefecture=home_prefecture, links=links, today=today):
        opening = f',\n"{name}":['
        for n, item in enumerate(items):
            yield ((opening + "\n") if n == 0 else ",\n").encode() + _dumps(item).encode()
            opening = ""
        yield (f"{opening}]" if opening else "\n]").encode()
    yield b"}\n"


def export_hsds(
    session: Session,
    *,
    home_prefecture: str = "",
    links: Links = NO_LINKS,
    today: date | None = None,
) -> dict[str, Any]:
    """The whole export as one dict (tests and small directories; downloads stream)."""
    document: dict[str, Any] = {"hsds_version": HSDS_VERSION}
    for name, items in tables(session, home_prefecture=home_prefecture, links=links, today=today):
        document[name] = list(items)
    return document
