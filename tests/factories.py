"""Factories that build domain objects through the use cases, as a real user would."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.accounts import UserData, save_user
from directory.listings import ListingData, create_listing
from directory.models import Listing, Organization, User
from directory.permissions import SystemActor
from directory.revisions import approve_revision, submit_revision

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
# Fixtures set the scene as the seed loader does: as a named loader, not as a signed-in person.
LOADER = SystemActor("テスト")
TODAY = date(2026, 11, 23)

BASE = ListingData(
    name="木曜の朝カフェ",
    kana="もくようのあさかふぇ",
    description="城北町の集会所で、コーヒーを飲みながらおしゃべりする朝のひとときです。",
    tags=("お茶", "おしゃべり"),
    categories=("ibasho",),
    targets=("everyone",),
    schedule_text="毎週木曜日 10:00〜12:00",
    place_name="城北町集会所",
    address="茨城県土浦市城北町5-12",
    lat=36.0873,
    lon=140.1957,
    precision="block",
    area="daiichi",
    cost_text="100円（飲み物代）",
    cost_yen=100,
)


def listing_data(**overrides: Any) -> ListingData:
    return dataclasses.replace(BASE, **overrides)


def any_organization(session: Session) -> Organization:
    return session.scalars(select(Organization).order_by(Organization.id)).first()  # type: ignore[return-value]


def make_listing(
    session: Session,
    *,
    publish: bool = True,
    organization: Organization | None = None,
    verified_on: date = TODAY,
    **overrides: Any,
) -> Listing:
    org = organization or any_organization(session)
    listing = create_listing(session, org, listing_data(**overrides), actor=LOADER)
    if publish:
        revision = submit_revision(
            session, listing, listing_data(**overrides), base_version=listing.version,
            author=LOADER, now=NOW,
        )  # fmt: skip
        approve_revision(
            session, revision, reviewer=LOADER, now=NOW,
            verified_on=verified_on,
        )  # fmt: skip
    return listing


PASSWORD = "tsunagari-test-password"  # noqa: S105 (a test fixture's password)


def make_user(
    session: Session,
    *,
    email: str,
    role: str,
    password_hash: str,
    organizations: tuple[str, ...] = (),
    name: str = "",
) -> User:
    """A user through the accounts use case; ``organizations`` are seed keys."""
    ids = tuple(
        session.scalars(select(Organization.id).where(Organization.source_key.in_(organizations)))
    )
    return save_user(
        session,
        UserData(email=email, display_name=name or email.split("@")[0], role=role,
                 organization_ids=ids),
        actor=LOADER, password_hash=password_hash,
    )  # fmt: skip


def organization(session: Session, key: str) -> Organization:
    return session.scalars(select(Organization).where(Organization.source_key == key)).one()


def listing_by_key(session: Session, key: str) -> Listing:
    return session.scalars(select(Listing).where(Listing.source_key == key)).one()
