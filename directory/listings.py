"""Listing content and its use cases: validate, create, apply approved content, archive.

``ListingData`` is the editable content of a listing as one typed value. It is what a revision
stores, what the seed loader and (later) forms and importers produce, and what ``diff`` compares.
Derived data (parsed schedule, area lookup) is computed here when content is applied, so there
is one path by which content reaches a Listing row.

The write use cases take the acting user (``actor``) and raise ``PermissionDenied`` when they
may not edit the listing's organization (``directory.permissions``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import contacts, labels
from directory.ages import MAX_AGE
from directory.db import existing
from directory.errors import InvalidData
from directory.models import (
    Area,
    Category,
    IntakeStatus,
    Listing,
    ListingStatus,
    Location,
    LocationPrecision,
    Organization,
    Schedule,
    Target,
    Visibility,
)
from directory.permissions import Actor, can_edit_listing, can_edit_organization, require, user_of
from directory.schedules import parse_schedule, spec_to_dict, weekday_mask
from directory.search.analyzer import normalize

ACCESSIBILITY_FIELDS = ("wheelchair", "accessible_toilet", "pickup", "parking")

_MAX_LENGTHS = {
    "name": 200,
    "kana": 300,
    "description": 4000,
    "schedule_text": 1000,
    "place_name": 200,
    "address": 300,
    "postal_code": 10,
    "cost_text": 300,
    "contact_name": 200,
    "contact_phone": 40,
    "contact_email": 254,
}


@dataclass(frozen=True)
class ListingData:
    """The editable content of a listing (what an organization writes and a reviewer approves)."""

    name: str
    kana: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    schedule_text: str = ""
    place_name: str = ""
    address: str = ""
    postal_code: str = ""
    lat: float | None = None
    lon: float | None = None
    precision: str = LocationPrecision.UNKNOWN.value
    area: str | None = None
    cost_text: str = ""
    cost_yen: int | None = None
    capacity: int | None = None
    age_min: int | None = None  # 対象年齢 (directory.ages); None = open at that end
    age_max: int | None = None
    age_with_adults: bool = False  # the ages are a child's; the adults bringing one come too
    wheelchair: bool = False
    accessible_toilet: bool = False
    pickup: bool = False
    parking: bool = False
    languages: tuple[str, ...] = ("ja",)
    features: tuple[str, ...] = ()
    accepts_referrals: bool = False
    trial_visit: bool = False
    visibility: str = Visibility.PUBLIC.value
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    # Short descriptions in other languages: (language code, text) pairs sorted by code.
    summaries: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict (tuples become lists), as stored in ListingRevision.data."""
        # vars() holds exactly the fields, in their order (a frozen dataclass without slots);
        # an import calls this 10,000 times, and dataclasses.fields() is the slow way there.
        data = {k: list(v) if isinstance(v, tuple) else v for k, v in vars(self).items()}
        data["summaries"] = dict(self.summaries)  # {"en": "…"}: read as the language's text
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ListingData:
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue  # a field removed since the revision was stored; keep loading
            values[key] = tuple(value) if isinstance(value, list) else value
        if isinstance(data.get("summaries"), dict):
            values["summaries"] = summary_pairs(data["summaries"])
        return cls(**values)


def summary_pairs(summaries: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Short descriptions as ListingData keeps them: sorted by language, none empty."""
    return tuple(sorted((code, text) for code, text in summaries.items() if text))


@dataclass(frozen=True)
class Vocabulary:
    """The codes content may use; loaded once per use case from the database."""

    categories: frozenset[str] = field(default_factory=frozenset)
    targets: frozenset[str] = field(default_factory=frozenset)
    areas: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, session: Session) -> Vocabulary:
        return cls(
            categories=frozenset(session.scalars(select(Category.code))),
            targets=frozenset(session.scalars(select(Target.code))),
            areas=frozenset(session.scalars(select(Area.code))),
        )


def validate(
    data: ListingData, vocabulary: Vocabulary, *, contacts_typed: bool = True
) -> dict[str, str]:
    """Return Japanese messages by field name; empty when the content is acceptable.

    ``contacts_typed``: the phone number and e-mail address were typed by a person, who is told
    when they cannot be used. A loader (an import, the seeds) keeps its source's contact details
    as written instead: a list's messy phone cell is no reason to refuse the row."""
    errors: dict[str, str] = {}

    def label(name: str) -> str:
        return labels.LISTING_FIELDS[name]

    if not data.name.strip():
        errors["name"] = labels.MSG_REQUIRED.format(field=label("name"))
    for name, limit in _MAX_LENGTHS.items():
        if name not in errors and len(getattr(data, name)) > limit:
            errors[name] = labels.MSG_TOO_LONG.format(field=label(name), limit=limit)
    if not data.categories:
        errors["categories"] = labels.MSG_CHOOSE_ONE.format(field=label("categories"))
    code_sets = (
        ("categories", data.categories, vocabulary.categories),
        ("targets", data.targets, vocabulary.targets),
        ("languages", data.languages, frozenset(labels.LANGUAGES)),
        ("features", data.features, frozenset(labels.FEATURES)),
    )
    for name, values, allowed in code_sets:
        unknown = [v for v in values if v not in allowed]
        if unknown and name not in errors:
            errors[name] = labels.MSG_UNKNOWN_CODE.format(field=label(name), value=unknown[0])
    if data.area is not None and data.area not in vocabulary.areas:
        errors["area"] = labels.MSG_UNKNOWN_CODE.format(field=label("area"), value=data.area)
    if data.visibility not in {v.value for v in Visibility}:
        errors["visibility"] = labels.MSG_UNKNOWN_CODE.format(
            field=label("visibility"), value=data.visibility
        )
    if data.cost_yen is not None and data.cost_yen < 0:
        errors["cost_yen"] = labels.MSG_NOT_NEGATIVE.format(field=label("cost_yen"))
    if data.capacity is not None and data.capacity < 1:
        errors["capacity"] = labels.MSG_POSITIVE.format(field=label("capacity"))
    for name in ("age_min", "age_max"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= MAX_AGE:
            errors[name] = labels.MSG_AGE_RANGE
    if data.age_min is not None and data.age_max is not None and data.age_min > data.age_max:
        errors["age_max"] = labels.MSG_AGE_RANGE
    for code, text in data.summaries:
        if code not in labels.SUMMARY_LANGUAGES:
            errors["summaries"] = labels.MSG_UNKNOWN_CODE.format(
                field=label("summaries"), value=code
            )
        elif len(text) > labels.SUMMARY_MAX_LENGTH:
            errors[f"summary_{code}"] = labels.MSG_SUMMARY_TOO_LONG.format(
                language=labels.SUMMARY_LANGUAGES[code], limit=labels.SUMMARY_MAX_LENGTH
            )
    if contacts_typed:
        errors = _contact_problems(data) | errors
    if (data.lat is None) != (data.lon is None):
        errors["lat"] = labels.MSG_COORDINATE.format(field=label("lat"))
    if data.lat is not None and not -90 <= data.lat <= 90:
        errors["lat"] = labels.MSG_COORDINATE.format(field=label("lat"))
    if data.lon is not None and not -180 <= data.lon <= 180:
        errors["lon"] = labels.MSG_COORDINATE.format(field=label("lon"))
    return errors


def _contact_problems(data: ListingData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.contact_phone and not contacts.is_phone(data.contact_phone):
        errors["contact_phone"] = labels.MSG_PHONE_INVALID
    if data.contact_email and not contacts.is_email(data.contact_email):
        errors["contact_email"] = labels.MSG_EMAIL_INVALID
    return errors


def typed_by_a_person(actor: Actor) -> bool:
    """Whether content comes from a person's form (checked strictly) rather than a loader."""
    return user_of(actor) is not None


def snapshot(listing: Listing) -> ListingData:
    """The current content of a listing as a value (what a new revision is compared with)."""
    loc = listing.location
    return ListingData(
        name=listing.name,
        kana=listing.kana,
        description=listing.description,
        tags=tuple(listing.tags),
        categories=tuple(c.code for c in listing.categories),
        targets=tuple(t.code for t in listing.targets),
        schedule_text=listing.schedule.text if listing.schedule else "",
        place_name=loc.place_name if loc else "",
        address=loc.address if loc else "",
        postal_code=loc.postal_code if loc else "",
        lat=loc.lat if loc else None,
        lon=loc.lon if loc else None,
        precision=loc.precision.value if loc else LocationPrecision.UNKNOWN.value,
        area=loc.area.code if loc and loc.area else None,
        cost_text=listing.cost_text,
        cost_yen=listing.cost_yen,
        capacity=listing.capacity,
        age_min=listing.age_min,
        age_max=listing.age_max,
        age_with_adults=listing.age_with_adults,
        wheelchair=listing.wheelchair,
        accessible_toilet=listing.accessible_toilet,
        pickup=listing.pickup,
        parking=listing.parking,
        languages=tuple(listing.languages),
        features=tuple(listing.features),
        accepts_referrals=listing.accepts_referrals,
        trial_visit=listing.trial_visit,
        visibility=listing.visibility.value,
        contact_name=listing.contact_name,
        contact_phone=listing.contact_phone,
        contact_email=listing.contact_email,
        summaries=summary_pairs(listing.summaries or {}),
    )


# Code lists whose order carries no meaning (the database keeps them as sets).
UNORDERED_FIELDS = frozenset({"categories", "targets", "languages", "features"})


def diff(old: ListingData, new: ListingData) -> dict[str, list[Any]]:
    """Field name → [old, new] for every field that differs (JSON-safe)."""
    return diff_json(old.to_json(), new.to_json())


def diff_json(old_json: dict[str, Any], new_json: dict[str, Any]) -> dict[str, list[Any]]:
    """:func:`diff` of two ``ListingData.to_json()`` values (a bulk import has them already)."""

    def same(name: str) -> bool:
        if name in UNORDERED_FIELDS:
            return sorted(old_json[name]) == sorted(new_json[name])
        return bool(old_json[name] == new_json[name])

    return {k: [old_json[k], v] for k, v in new_json.items() if not same(k)}


_Vocab = TypeVar("_Vocab", Category, Target)


def _codes_to_rows(session: Session, model: type[_Vocab], codes: tuple[str, ...]) -> list[_Vocab]:
    if not codes:
        return []
    rows = {r.code: r for r in session.scalars(select(model).where(model.code.in_(codes)))}
    return [rows[c] for c in codes if c in rows]


def apply_content(
    session: Session, listing: Listing, data: ListingData, *, today: date | None = None
) -> None:
    """Write ``data`` onto ``listing`` and its location and schedule (no status change).

    A new schedule text is read on ``today``, the municipality's date (a date written without
    a year, hence its weekday for the weekday facet; default: the machine's date, yesterday in
    Japan before 9:00 on a server in UTC).

    Callers validate first; unknown codes here are a programming error and are skipped.
    """
    for name in (
        "name", "kana", "description", "cost_text", "cost_yen", "capacity", "age_min", "age_max",
        "age_with_adults",
        *ACCESSIBILITY_FIELDS, "accepts_referrals", "trial_visit",
        "contact_name", "contact_phone", "contact_email",
    ):  # fmt: skip
        setattr(listing, name, getattr(data, name))
    listing.tags = list(data.tags)
    listing.languages = list(data.languages)
    listing.features = list(data.features)
    listing.summaries = dict(data.summaries)
    listing.visibility = Visibility(data.visibility)
    listing.categories = _codes_to_rows(session, Category, data.categories)
    listing.targets = _codes_to_rows(session, Target, data.targets)

    if listing.location is None:
        listing.location = Location()
    loc = listing.location
    loc.place_name, loc.address, loc.postal_code = data.place_name, data.address, data.postal_code
    loc.lat, loc.lon = data.lat, data.lon
    loc.precision = LocationPrecision(data.precision)
    loc.area = (
        session.scalars(select(Area).where(Area.code == data.area)).one_or_none()
        if data.area
        else None
    )

    if listing.schedule is None or listing.schedule.text != data.schedule_text:
        spec = parse_schedule(data.schedule_text, today=today)
        if listing.schedule is None:
            listing.schedule = Schedule()
        listing.schedule.text = data.schedule_text
        listing.schedule.spec = spec_to_dict(spec)
        listing.schedule.weekday_mask = weekday_mask(spec)
        listing.schedule.needs_review = spec.needs_review


def create_listing(
    session: Session,
    organization: Organization,
    data: ListingData,
    *,
    actor: Actor,
    source_key: str | None = None,
    today: date | None = None,
) -> Listing:
    """Create a listing as a draft holding ``data``; it is not public until a revision is approved.
    ``today``: the municipality's date (see :func:`apply_content`)."""
    require(can_edit_organization(actor, organization))
    errors = validate(data, Vocabulary.load(session), contacts_typed=typed_by_a_person(actor))
    if errors:
        raise InvalidData(errors)
    listing = Listing(
        organization=organization,
        source_key=source_key,
        status=ListingStatus.DRAFT,
        name=data.name,
    )
    session.add(listing)
    apply_content(session, listing, data, today=today)
    session.flush()
    return listing


def update_draft(
    session: Session,
    listing: Listing,
    data: ListingData,
    *,
    actor: Actor,
    today: date | None = None,
) -> None:
    """Edit a listing that has never been published; drafts need no review. ``today``: the
    municipality's date (see :func:`apply_content`)."""
    require(can_edit_listing(actor, listing))
    if listing.status is not ListingStatus.DRAFT:
        raise InvalidData({"status": "公開済みの活動は変更を申請してください。"})
    errors = validate(data, Vocabulary.load(session), contacts_typed=typed_by_a_person(actor))
    if errors:
        raise InvalidData(errors)
    apply_content(session, listing, data, today=today)
    session.flush()


def is_stale(listing: Listing, today: date, max_age_days: int) -> bool:
    """Whether nobody has confirmed the information for longer than ``max_age_days``."""
    return listing.verified_at is None or (today - listing.verified_at).days > max_age_days


def named_like(listings: Iterable[Listing], words: str) -> list[Listing]:
    """The listings whose name or kana holds every word of ``words`` (spaces between words),
    read as search reads text: 全角/半角, ひらがな/カタカナ, 子ども/子供 alike. For a member
    looking for one of the organization's 150 サロン in its own list."""
    wanted = [normalize(word) for word in words.split()]
    return [
        listing
        for listing in listings
        if all(w in normalize(f"{listing.name} {listing.kana or ''}") for w in wanted)
    ]


def confirm_still_accurate(listing: Listing, on: date, *, actor: Actor) -> None:
    """情報確認: the organization says the listing is still accurate as of ``on``."""
    require(can_edit_listing(actor, listing))
    listing.verified_at = on


def set_intake_status(listing: Listing, status: IntakeStatus, on: date, *, actor: Actor) -> None:
    """受入状況: the organization says whether the listing can take someone new, as of ``on``.

    Operational state, like 情報確認: it takes effect at once, without review.
    """
    require(can_edit_listing(actor, listing))
    listing.intake_status = status
    listing.intake_status_on = on


class HasIntake(Protocol):
    """A listing, or a list's card of one (``directory.browse.Card``)."""

    intake_status: IntakeStatus | None
    intake_status_on: date | None


def is_paused(listing: HasIntake, today: date, max_age_days: int = 60) -> bool:
    """Whether the organization says, recently enough to believe, that the activity takes
    no one new now (受入状況 休止中): residents see it on the listing and in lists, so nobody
    goes to a paused サロン. A 休止中 older than ``max_age_days`` is shown no more, as the
    organization's page asks them to say it again."""
    return listing.intake_status is IntakeStatus.PAUSED and not intake_is_stale(
        listing, today, max_age_days
    )


def intake_is_stale(listing: HasIntake, today: date, max_age_days: int = 60) -> bool:
    """A 受入状況 older than ``max_age_days`` is shown as possibly out of date."""
    on = listing.intake_status_on
    return listing.intake_status is not None and (on is None or (today - on).days > max_age_days)


def archive_listing(listing: Listing, now: datetime) -> None:
    """Take a listing out of the directory without deleting its history."""
    listing.status = ListingStatus.ARCHIVED
    listing.updated_at = now


def listing_to_edit(session: Session, actor: Actor, listing_id: int) -> Listing:
    """A listing its organization's members or staff are about to change.

    ``NotFound`` when there is none; ``PermissionDenied`` for anyone else."""
    listing = existing(session, Listing, listing_id)
    require(can_edit_listing(actor, listing))
    return listing
