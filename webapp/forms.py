"""Read the listing and organization edit forms into domain values, with Japanese messages.

Parsing (text → numbers, 全角 digits, check boxes, an e-mail address or website typed with
the IME on: ``directory.contacts.typed_email`` / ``typed_website``) happens here; the rules for
what content is acceptable are the domain's (``directory.listings.validate``), so the form, the
seed loader and importers agree. What the user typed is always returned, valid or not, so a form re-rendered
after an error loses nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from werkzeug.datastructures import MultiDict

from directory import amounts, contacts, labels
from directory.ages import read_age_range
from directory.listings import ListingData, summary_pairs
from directory.locations import read_coordinate
from directory.models import LocationPrecision, Visibility
from directory.organizations import OrganizationData

TEXT_FIELDS = (
    "name", "kana", "description", "schedule_text", "place_name", "address", "postal_code",
    "cost_text", "contact_name", "contact_phone", "contact_email",
)  # fmt: skip
FLAG_FIELDS = (
    "wheelchair", "accessible_toilet", "pickup", "parking", "accepts_referrals", "trial_visit",
)  # fmt: skip
TAG_SEPARATORS = re.compile(r"[、,，\s]+")


def _text(form: MultiDict[str, str], name: str) -> str:
    # Normalise line breaks; keep the organiser's wording otherwise.
    return form.get(name, "").replace("\r\n", "\n").strip()


def _codes(form: MultiDict[str, str], name: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in form.getlist(name) if v))


def _amount(form: MultiDict[str, str], name: str, errors: dict[str, str]) -> tuple[int | None, str]:
    """参加費（円） or 定員 as organizations write them (``directory.amounts``): 「無料」「1回100円」,
    「20名」「約20人」「なし」; a text that says more than an amount is asked for again."""
    raw = form.get(name, "").strip()
    if not raw:
        return None, raw
    if name == "cost_yen":
        yen = amounts.yen_of(raw)
        understood, value = yen is not None, yen
    else:
        understood, value = amounts.capacity_of(raw)
    if not understood:
        errors[name] = labels.MSG_NOT_A_NUMBER.format(field=labels.LISTING_FIELDS[name])
    return value, raw


def _float(
    form: MultiDict[str, str], name: str, errors: dict[str, str]
) -> tuple[float | None, str]:
    raw = form.get(name, "").strip()
    try:
        return read_coordinate(raw), raw
    except ValueError:
        errors[name] = labels.MSG_COORDINATE.format(field=labels.LISTING_FIELDS[name])
        return None, raw


def listing_from_form(
    form: MultiDict[str, str], base: ListingData
) -> tuple[ListingData, dict[str, str], dict[str, str]]:
    """(content, parse errors, raw texts of numeric fields to show back)."""
    errors: dict[str, str] = {}
    raw: dict[str, str] = {}
    numbers: dict[str, int | None] = {}
    for name in ("cost_yen", "capacity"):
        numbers[name], raw[name] = _amount(form, name, errors)
    raw["age_range"] = form.get("age_range", "").strip()
    reading = read_age_range(raw["age_range"])
    if reading is None:
        errors["age_range"] = labels.MSG_AGE_TEXT
        ages = (base.age_min, base.age_max)
        with_adults = base.age_with_adults
    else:
        ages, with_adults = reading.range, reading.with_adults
        if reading.note:  # said once the listing is sent: how the words were recorded
            raw["age_note"] = labels.AGE_NOTE.format(written=raw["age_range"], note=reading.note)
    lat, raw["lat"] = _float(form, "lat", errors)
    lon, raw["lon"] = _float(form, "lon", errors)
    # A pin that moved (by dragging, or typed numbers) is a manual correction: a later
    # geocode of the address must not undo it. Unchanged coordinates keep their precision.
    precision = base.precision
    if form.get("precision") == LocationPrecision.MANUAL.value or (
        lat is not None and (lat, lon) != (base.lat, base.lon)
    ):
        precision = LocationPrecision.MANUAL.value
    if lat is None and lon is None:
        precision = LocationPrecision.UNKNOWN.value
    visibility = form.get("visibility", base.visibility)
    typed: dict[str, Any] = {name: _text(form, name) for name in TEXT_FIELDS}
    typed["contact_email"] = contacts.typed_email(typed["contact_email"])
    typed["contact_phone"] = contacts.typed_phone(typed["contact_phone"])
    typed |= {name: name in form for name in FLAG_FIELDS}
    data = replace(
        base,
        **typed,
        tags=tuple(dict.fromkeys(t for t in TAG_SEPARATORS.split(_text(form, "tags")) if t)),
        categories=_codes(form, "categories"),
        targets=_codes(form, "targets"),
        languages=_codes(form, "languages") or ("ja",),
        features=_codes(form, "features"),
        area=form.get("area") or None,
        cost_yen=numbers["cost_yen"],
        capacity=numbers["capacity"],
        age_min=ages[0],
        age_max=ages[1],
        age_with_adults=with_adults,
        lat=lat,
        lon=lon,
        precision=precision,
        visibility=visibility if visibility in {v.value for v in Visibility} else base.visibility,
        summaries=summary_pairs(
            {code: _text(form, f"summary_{code}") for code in labels.SUMMARY_LANGUAGES}
        ),
    )
    return data, errors, raw


def organization_from_form(form: MultiDict[str, str], base: OrganizationData) -> OrganizationData:
    """The profile as the form has it; the 種類 only where the form shows it (to staff)."""
    return replace(
        base,
        kind=form.get("kind", base.kind),
        name=_text(form, "name"),
        kana=_text(form, "kana"),
        description=_text(form, "description"),
        area=form.get("area") or None,
        address=_text(form, "address"),
        phone=contacts.typed_phone(_text(form, "phone")),
        email=contacts.typed_email(_text(form, "email")),
        website=contacts.typed_website(_text(form, "website")),
    )
