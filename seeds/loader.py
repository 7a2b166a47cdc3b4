"""Load the demo town into a database through the domain use cases (never raw SQL).

Idempotent: each organization and listing carries a stable ``source_key``. A second run
changes nothing; after the seed files are edited, a run updates the changed listings through
the normal revision workflow, so even demo content has a reviewable history.

The loader acts as ``SEED_ACTOR``, a named ``SystemActor``: what it writes is authored and
reviewed by 「デモデータ」, and the use cases check it like any other actor.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import listings as listing_uc
from directory.accounts import UserData, find_user_by_email, save_user
from directory.ages import parse_age_range
from directory.landmarks import import_landmarks_csv
from directory.listings import ListingData
from directory.models import (
    Category,
    IntakeStatus,
    Listing,
    ListingStatus,
    LocationPrecision,
    Organization,
    Target,
    User,
)
from directory.organizations import OrganizationData, organization_data, save_organization
from directory.permissions import SystemActor
from directory.revisions import approve_revision, submit_revision
from directory.vocabulary import (
    AreaData,
    refresh_statistics,
    save_area,
    save_category,
    save_target,
    standard_vocabulary,
)
from geo.geocoding import OfflineGeocoder
from matching.cases import CaseData, ConsentData, create_case
from matching.followups import FollowUpResult, record_result
from matching.models import AgeBand, Case, Meeting, Plan, ReferralStatus, TimeSlot, TravelMode
from matching.outcomes import Frequency, Voice
from matching.plans import NeedData, PlanData, add_need, create_plan
from matching.referrals import advance, create_referral
from matching.unmet import record_unmet_need

SEED_AUTHOR = "デモデータ"
SEED_ACTOR = SystemActor(SEED_AUTHOR)
DEFAULT_TOWN = "tsuchiura"
LISTING_FILES = ("listings_a.toml", "listings_b.toml")


@dataclass
class LoadReport:
    organizations_created: int = 0
    organizations_updated: int = 0
    listings_created: int = 0
    listings_updated: int = 0
    listings_unchanged: int = 0
    users_created: int = 0

    def summary(self) -> str:
        text = (
            f"団体: 新規 {self.organizations_created}・更新 {self.organizations_updated} / "
            f"活動: 新規 {self.listings_created}・更新 {self.listings_updated}・"
            f"変更なし {self.listings_unchanged}"
        )
        return text + (
            f" / デモ用アカウント: 新規 {self.users_created}" if self.users_created else ""
        )


def _read(town: str, name: str) -> dict[str, Any]:
    path = resources.files("seeds").joinpath(town, name)
    with path.open("rb") as fh:
        return tomllib.load(fh)


def listing_records(town: str = DEFAULT_TOWN) -> Iterator[dict[str, Any]]:
    for name in LISTING_FILES:
        yield from _read(town, name).get("listing", [])


def organization_records(town: str = DEFAULT_TOWN) -> list[dict[str, Any]]:
    return list(_read(town, "organizations.toml")["organization"])


def load_vocabulary(session: Session, town: str = DEFAULT_TOWN) -> None:
    for i, rec in enumerate(_read(town, "areas.toml")["area"]):
        save_area(
            session,
            AreaData(
                code=rec["code"],
                name=rec["name"],
                kana=rec.get("kana", ""),
                centre_name=rec.get("centre_name", ""),
                centre_address=rec.get("centre_address", ""),
                lat=rec.get("lat"),
                lon=rec.get("lon"),
            ),
            position=i,
            actor=SEED_ACTOR,
        )
    vocab = standard_vocabulary()  # the demo uses the standard vocabulary as it is
    for i, rec in enumerate(vocab["category"]):
        save_category(
            session, rec["code"], rec["label"], rec.get("description", ""), i, actor=SEED_ACTOR
        )
    for i, rec in enumerate(vocab["target"]):
        save_target(session, rec["code"], rec["label"], i, actor=SEED_ACTOR)
    refresh_statistics(session)


def load_landmarks(session: Session, town: str = DEFAULT_TOWN) -> int:
    """The town's landmarks (stations, 市役所, 公民館) from landmarks.csv, as a coordinator would."""
    data = resources.files("seeds").joinpath(town, "landmarks.csv").read_bytes()
    result = import_landmarks_csv(session, SEED_ACTOR, data, OfflineGeocoder())
    if result.errors:  # the demo's own file: a mistake there is ours
        raise ValueError("landmarks.csv: " + " / ".join(result.errors))
    return len(result.saved)


def organization_from_record(rec: Mapping[str, Any]) -> OrganizationData:
    return OrganizationData(
        name=rec["name"],
        kind=rec["kind"],
        kana=rec.get("kana", ""),
        description=rec.get("description", "").strip(),
        area=rec.get("area"),
        address=rec.get("address", ""),
        phone=rec.get("phone", ""),
        email=rec.get("email", ""),
        website=rec.get("website", ""),
    )


def listing_from_record(rec: Mapping[str, Any]) -> ListingData:
    access = set(rec.get("accessibility", []))
    has_coordinates = rec.get("lat") is not None
    ages = parse_age_range(rec.get("ages", ""))
    if ages is None:
        raise ValueError(f"{rec['key']}: 対象年齢「{rec['ages']}」が読めません")
    return ListingData(
        name=rec["name"],
        kana=rec.get("kana", ""),
        description=rec.get("description", "").strip(),
        tags=tuple(rec.get("tags", [])),
        categories=tuple(rec.get("categories", [])),
        targets=tuple(rec.get("targets", [])),
        schedule_text=rec.get("schedule", ""),
        place_name=rec.get("place", ""),
        address=rec.get("address", ""),
        postal_code=rec.get("postal_code", ""),
        lat=rec.get("lat"),
        lon=rec.get("lon"),
        # Demo coordinates are the 町丁目・大字 points of the gazetteer, written into the seed
        # files with their precision by scripts/repin_demo_seeds.py.
        precision=rec.get(
            "precision",
            (LocationPrecision.BLOCK if has_coordinates else LocationPrecision.UNKNOWN).value,
        ),
        area=rec.get("area"),
        cost_text=rec.get("cost", ""),
        cost_yen=rec.get("cost_yen"),
        capacity=rec.get("capacity"),
        age_min=ages[0],
        age_max=ages[1],
        wheelchair="wheelchair" in access,
        accessible_toilet="accessible_toilet" in access,
        pickup="pickup" in access,
        parking="parking" in access,
        languages=tuple(rec.get("languages", ["ja"])),
        features=tuple(rec.get("features", [])),
        accepts_referrals=bool(rec.get("accepts_referrals", False)),
        trial_visit=bool(rec.get("trial_visit", False)),
        visibility=rec.get("visibility", "public"),
        contact_name=rec.get("contact_name", ""),
        contact_phone=rec.get("contact_phone", ""),
        contact_email=rec.get("contact_email", ""),
    )


def user_records(town: str = DEFAULT_TOWN) -> list[dict[str, Any]]:
    return list(_read(town, "users.toml")["user"])


def load_demo_users(
    session: Session, *, password_hash: str, report: LoadReport, town: str = DEFAULT_TOWN
) -> None:
    """Create the demo accounts that do not exist yet; existing ones (and passwords) are kept."""
    for rec in user_records(town):
        if find_user_by_email(session, rec["email"]) is not None:
            continue
        ids = tuple(
            session.scalars(
                select(Organization.id).where(
                    Organization.source_key.in_(rec.get("organizations", []))
                )
            )
        )
        data = UserData(
            email=rec["email"], display_name=rec["name"], role=rec["role"], organization_ids=ids
        )
        save_user(session, data, actor=SEED_ACTOR, password_hash=password_hash)
        report.users_created += 1


def load_demo(
    session: Session,
    *,
    now: datetime,
    town: str = DEFAULT_TOWN,
    demo_password_hash: str | None = None,
) -> LoadReport:
    """Load (or bring up to date) the demo town. The caller commits.

    With ``demo_password_hash``, the demo accounts of ``users.toml`` are created too.
    """
    report = LoadReport()
    load_vocabulary(session, town)
    load_landmarks(session, town)
    orgs = _load_organizations(session, town, report)
    existing = {
        listing.source_key: listing
        for listing in session.scalars(select(Listing).where(Listing.source_key.is_not(None)))
    }
    for rec in listing_records(town):
        data = listing_from_record(rec)
        listing = existing.get(rec["key"])
        if listing is None:
            _create_listing(session, orgs[rec["org"]], rec, data, now)
            report.listings_created += 1
        elif listing_uc.diff(listing_uc.snapshot(listing), data):
            _update_listing(session, listing, rec, data, now)
            report.listings_updated += 1
        else:
            report.listings_unchanged += 1
        _apply_intake(session, rec)
    if demo_password_hash is not None:
        load_demo_users(session, password_hash=demo_password_hash, report=report, town=town)
    session.flush()
    return report


def _load_organizations(session: Session, town: str, report: LoadReport) -> dict[str, Organization]:
    existing = {
        org.source_key: org
        for org in session.scalars(select(Organization).where(Organization.source_key.is_not(None)))
    }
    result: dict[str, Organization] = {}
    for rec in organization_records(town):
        data = organization_from_record(rec)
        org = existing.get(rec["key"])
        if org is None:
            org = save_organization(session, data, actor=SEED_ACTOR, source_key=rec["key"])
            report.organizations_created += 1
        elif organization_data(org) != data:
            save_organization(session, data, actor=SEED_ACTOR, organization=org)
            report.organizations_updated += 1
        result[rec["key"]] = org
    return result


def _create_listing(
    session: Session, org: Organization, rec: Mapping[str, Any], data: ListingData, now: datetime
) -> None:
    listing = listing_uc.create_listing(session, org, data, actor=SEED_ACTOR, source_key=rec["key"])
    if rec.get("status", "published") == ListingStatus.PUBLISHED.value:
        _publish(session, listing, rec, data, now)


def _update_listing(
    session: Session, listing: Listing, rec: Mapping[str, Any], data: ListingData, now: datetime
) -> None:
    if listing.status is ListingStatus.DRAFT:
        listing_uc.update_draft(session, listing, data, actor=SEED_ACTOR)
    else:
        _publish(session, listing, rec, data, now)


def _publish(
    session: Session, listing: Listing, rec: Mapping[str, Any], data: ListingData, now: datetime
) -> None:
    revision = submit_revision(
        session, listing, data, base_version=listing.version, author=SEED_ACTOR, now=now
    )
    approve_revision(
        session, revision, reviewer=SEED_ACTOR, now=now, verified_on=_verified_on(rec, now)
    )


def _apply_intake(session: Session, rec: Mapping[str, Any]) -> None:
    """受入状況 as the seed states it (``intake`` and ``intake_on``); kept when not stated."""
    if "intake" not in rec:
        return
    listing = session.scalars(select(Listing).where(Listing.source_key == rec["key"])).one()
    status, on = IntakeStatus(rec["intake"]), rec["intake_on"]
    if (listing.intake_status, listing.intake_status_on) != (status, on):
        listing_uc.set_intake_status(listing, status, on, actor=SEED_ACTOR)


def _verified_on(rec: Mapping[str, Any], now: datetime) -> date:
    """情報確認日 as the seed states it (TOML date or ISO string), else the load date."""
    value = rec.get("verified_at")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        return date.fromisoformat(value)
    return now.date()


def case_records(town: str = DEFAULT_TOWN) -> list[dict[str, Any]]:
    return list(_read(town, "cases.toml").get("case", []))


def load_demo_cases(
    session: Session, *, coordinator: User, today: date, town: str = DEFAULT_TOWN
) -> int:
    """Create the demo cases of ``cases.toml`` for the demo coordinator; existing codes are kept.

    Everything goes through the matching use cases, so the demo has real consent records,
    referral timelines, follow-ups, unmet needs and audit events. Returns the number created.
    """

    def ago(days: int) -> date:
        return today - timedelta(days=int(days))

    categories = {c.code for c in session.scalars(select(Category))}
    targets = {t.code for t in session.scalars(select(Target))}
    created = 0
    for rec in case_records(town):
        if session.scalar(select(Case.id).where(Case.code == rec["code"])) is not None:
            continue
        consent = None
        if "consent" in rec:
            c = rec["consent"]
            consent = ConsentData(
                c["given"], ago(c["days_ago"]), tuple(c.get("scope", ())), c.get("note", "")
            )
        case = create_case(
            session,
            coordinator,
            CaseData(
                code=rec["code"],
                display_name=rec.get("display_name", ""),
                age_band=AgeBand(rec.get("age_band", "unknown")),
                area_code=rec.get("area", ""),
                meeting=Meeting(rec.get("meeting", "none")),
                meeting_date=ago(rec["meeting_days_ago"]) if "meeting_days_ago" in rec else None,
            ),
            consent=consent,
            today=today,
        )
        p = rec["plan"]
        plan = create_plan(
            session,
            coordinator,
            case,
            PlanData(p["title"], ago(p["days_ago"]), goal=p.get("goal", "")),
        )
        for n in rec.get("need", []):
            _load_need(session, coordinator, plan, n, categories, targets, today)
        created += 1
    return created


def _load_need(
    session: Session,
    coordinator: User,
    plan: Plan,
    rec: dict[str, Any],
    categories: set[str],
    targets: set[str],
    today: date,
) -> None:
    def ago(days: int) -> date:
        return today - timedelta(days=int(days))

    data = NeedData(
        title=rec["title"],
        categories=tuple(rec.get("categories", ())),
        interests=rec.get("interests", ""),
        targets=tuple(rec.get("targets", ())),
        weekdays=tuple(rec.get("weekdays", ())),
        time_slots=tuple(TimeSlot(s) for s in rec.get("time_slots", ())),
        travel_mode=TravelMode(rec.get("travel_mode", "distance")),
        travel_km=rec.get("travel_km"),
        cost_ceiling_yen=rec.get("cost_ceiling_yen"),
        conditions=tuple(rec.get("conditions", ())),
        goal=rec.get("goal", ""),
    )
    need = add_need(session, coordinator, plan, data, categories=categories, targets=targets)
    for r in rec.get("referral", []):
        listing = session.scalars(select(Listing).where(Listing.source_key == r["listing"])).one()
        referral = create_referral(
            session, coordinator, need, listing, today=ago(r["days_ago"]), note=r.get("note", "")
        )
        for status, days in r.get("steps", []):
            advance(
                session,
                coordinator,
                referral,
                ReferralStatus(status),
                on=ago(days),
                today=today,
                shared_note=r.get("shared_note"),
                share_name=r.get("share_name", False),
            )
        for follow_up, done in zip(referral.follow_ups, r.get("follow_ups_done", []), strict=False):
            record_result(
                session,
                coordinator,
                follow_up,
                FollowUpResult(
                    ago(done["days_ago"]),
                    done.get("continuing"),
                    done.get("condition", ""),
                    done.get("issues", ""),
                    done.get("next_action", ""),
                    Frequency(done["frequency"]) if "frequency" in done else None,
                    Voice(done["voice"]) if "voice" in done else None,
                ),
                today=today,
            )
    if "unmet_days_ago" in rec:
        record_unmet_need(session, coordinator, need, today=ago(rec["unmet_days_ago"]))
