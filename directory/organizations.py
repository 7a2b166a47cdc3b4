"""Organizations (団体): create and update their profile, and review profile changes.

Loaders and admins save a profile directly; an organization member's change is an
``OrganizationRevision`` that a coordinator approves, exactly like listing changes, because the
profile is shown to the public too.

Who may: saving a profile directly and deciding on changes is staff work (a coordinator's
import creates organizations too); members submit changes to their own organizations only,
and leave the organization's 種類 as staff set it (``can_set_organization_kind``).
Each use case checks its actor (``directory.permissions``) and raises ``PermissionDenied``.

A profile form sent again by its sender (Back and send, a retry) is told apart from one that
met another person's change, as the listing editor's is (``directory.review.why_stale``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import contacts, labels, review
from directory.db import conflict_if_duplicate, existing
from directory.errors import Conflict, InvalidData
from directory.models import (
    Area,
    Organization,
    OrganizationKind,
    OrganizationRevision,
    RevisionStatus,
)
from directory.permissions import (
    Actor,
    can_edit_organization,
    can_review,
    can_set_organization_kind,
    require,
    user_of,
)


@dataclass(frozen=True)
class OrganizationData:
    name: str
    kind: str
    kana: str = ""
    description: str = ""
    area: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrganizationData:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


_MAX_LENGTHS = {
    "name": 200,
    "kana": 300,
    "description": 4000,
    "address": 300,
    "phone": 40,
    "email": 254,
    "website": 300,
}


def validate(
    data: OrganizationData, areas: frozenset[str] | None = None, *, contacts_typed: bool = True
) -> dict[str, str]:
    """Japanese messages by field name. ``contacts_typed``: the phone number and e-mail address
    come from a person's form and are checked (``directory.contacts``); loaders keep theirs."""
    errors: dict[str, str] = {}
    field = labels.ORGANIZATION_FIELDS
    if not data.name.strip():
        errors["name"] = labels.MSG_REQUIRED.format(field=field["name"])
    for name, limit in _MAX_LENGTHS.items():
        if name not in errors and len(getattr(data, name)) > limit:
            errors[name] = labels.MSG_TOO_LONG.format(field=field[name], limit=limit)
    if data.kind not in {k.value for k in OrganizationKind}:
        errors["kind"] = labels.MSG_UNKNOWN_CODE.format(field=field["kind"], value=data.kind)
    if areas is not None and data.area is not None and data.area not in areas:
        errors["area"] = labels.MSG_UNKNOWN_CODE.format(field=field["area"], value=data.area)
    if data.website and not data.website.startswith(("https://", "http://")):
        errors["website"] = labels.MSG_URL_INVALID
    if contacts_typed and data.phone and not contacts.is_phone(data.phone):
        errors["phone"] = labels.MSG_PHONE_INVALID
    if contacts_typed and data.email and not contacts.is_email(data.email):
        errors["email"] = labels.MSG_EMAIL_INVALID
    return errors


def save_organization(
    session: Session,
    data: OrganizationData,
    *,
    actor: Actor,
    organization: Organization | None = None,
    source_key: str | None = None,
    flush: bool = True,
) -> Organization:
    """Create an organization, or update ``organization`` in place, from ``data`` (staff).

    ``flush=False``: the caller flushes (an import creating 200 organizations flushes them
    together, in one multi-row INSERT, instead of 200 times)."""
    require(can_review(actor))
    # Contact details are checked where a person types them (submit_profile_change); here they
    # come from a loader or from a change that was checked when it was submitted.
    errors = validate(data, contacts_typed=False)
    if errors:
        raise InvalidData(errors)
    if organization is None:
        organization = Organization(source_key=source_key)
        session.add(organization)
    for f in dataclasses.fields(data):
        if f.name != "area":
            setattr(organization, f.name, getattr(data, f.name))
    organization.kind = OrganizationKind(data.kind)
    organization.area = (
        session.scalars(select(Area).where(Area.code == data.area)).one_or_none()
        if data.area
        else None
    )
    if flush:
        session.flush()
    return organization


def organization_data(organization: Organization) -> OrganizationData:
    return OrganizationData(
        name=organization.name,
        kind=organization.kind.value,
        kana=organization.kana,
        description=organization.description,
        area=organization.area.code if organization.area else None,
        address=organization.address,
        phone=organization.phone,
        email=organization.email,
        website=organization.website,
    )


def _area_codes(session: Session) -> frozenset[str]:
    return frozenset(session.scalars(select(Area.code)))


def pending_profile_change(
    session: Session, organization: Organization
) -> OrganizationRevision | None:
    return session.scalars(
        select(OrganizationRevision)
        .where(
            OrganizationRevision.organization_id == organization.id,
            OrganizationRevision.status == RevisionStatus.PENDING,
        )
        .order_by(OrganizationRevision.number.desc())
    ).first()


def returned_profile_change(
    session: Session, organization: Organization
) -> OrganizationRevision | None:
    """The profile change a reviewer sent back (差し戻し), while it is still the latest word
    on the organization: the member's page says why, and the editor starts from it."""
    latest = session.scalars(
        select(OrganizationRevision)
        .where(OrganizationRevision.organization_id == organization.id)
        .order_by(OrganizationRevision.number.desc())
        .limit(1)
    ).first()
    if (
        latest is None
        or latest.status is not RevisionStatus.REJECTED
        or latest.base_version != organization.version
    ):
        return None
    return latest


def latest_profile_number(session: Session, organization: Organization) -> int:
    return (
        session.scalar(
            select(func.max(OrganizationRevision.number)).where(
                OrganizationRevision.organization_id == organization.id
            )
        )
        or 0
    )


def submit_profile_change(
    session: Session,
    organization: Organization,
    data: OrganizationData,
    *,
    base_version: int,
    base_number: int | None,
    author: Actor,
    author_note: str = "",
    now: datetime,
) -> OrganizationRevision:
    """Propose a new public profile; the public keeps seeing the approved one meanwhile."""
    require(can_edit_organization(author, organization))
    if not can_set_organization_kind(author):
        # A member's form carries the kind as it is, or as a pending change by staff has it.
        waiting = pending_profile_change(session, organization)
        kept = {organization.kind.value} | ({waiting.data.get("kind")} if waiting else set())
        require(data.kind in kept)
    number = latest_profile_number(session, organization)
    try:
        if base_version != organization.version or (
            base_number is not None and base_number != number
        ):
            raise Conflict(labels.MSG_STALE_PROFILE)
        errors = validate(data, _area_codes(session), contacts_typed=user_of(author) is not None)
        if errors:
            raise InvalidData(errors)
        return _add_pending(
            session, organization, number + 1, data, base_version, author, author_note, now
        )
    except Conflict as error:
        raise _why_stale(
            session,
            organization,
            base_number=base_number,
            author=author,
            data=data,
            note=author_note,
        ) from error


def _add_pending(
    session: Session,
    organization: Organization,
    number: int,
    data: OrganizationData,
    base_version: int,
    author: Actor,
    note: str,
    now: datetime,
) -> OrganizationRevision:
    """The new pending change ``number``, replacing any pending one. Two sends at once that
    both read the same number meet the unique (organization, number): ``Conflict``."""
    current = organization_data(organization).to_json()
    proposed = data.to_json()
    with conflict_if_duplicate(session, labels.MSG_STALE_PROFILE):
        pending = session.scalars(
            select(OrganizationRevision).where(
                OrganizationRevision.organization_id == organization.id,
                OrganizationRevision.status == RevisionStatus.PENDING,
            )
        )
        review.supersede(pending, number, now)
        revision = OrganizationRevision(
            organization=organization,
            number=number,
            base_version=base_version,
            status=RevisionStatus.PENDING,
            data=proposed,
            changes={k: [current[k], v] for k, v in proposed.items() if current[k] != v},
            author=user_of(author),
            author_label=author.display_name,
            author_note=note.strip(),
            submitted_at=now,
        )
        session.add(revision)
    return revision


def _why_stale(
    session: Session,
    organization: Organization,
    *,
    base_number: int | None,
    author: Actor,
    data: OrganizationData,
    note: str,
) -> Conflict:
    """What to tell the sender of a profile form opened before the profile's latest change:
    another person's change, their own earlier send, or this very send made already."""
    since = None
    if base_number is not None:
        since = list(
            session.scalars(
                select(OrganizationRevision)
                .where(
                    OrganizationRevision.organization_id == organization.id,
                    OrganizationRevision.number > base_number,
                )
                .order_by(OrganizationRevision.number)
            )
        )

    def sent_again(revision: OrganizationRevision) -> bool:
        return (
            revision.author_note == note.strip()
            and OrganizationData.from_json(revision.data) == data
        )

    return review.why_stale(
        since,
        author,
        sent_again=sent_again,
        stale=labels.MSG_STALE_PROFILE,
        own=labels.MSG_STALE_OWN_PROFILE,
    )


def approve_profile_change(
    session: Session, revision: OrganizationRevision, *, reviewer: Actor, now: datetime
) -> Organization:
    require(can_review(reviewer))
    review.require_pending(revision)
    organization = revision.organization
    if revision.base_version != organization.version:
        raise Conflict(labels.MSG_STALE_PROFILE)
    save_organization(
        session,
        OrganizationData.from_json(revision.data),
        actor=reviewer,
        organization=organization,
    )
    organization.version += 1
    review.decide(revision, RevisionStatus.APPROVED, reviewer=reviewer, now=now)
    session.flush()
    return organization


def reject_profile_change(
    session: Session,
    revision: OrganizationRevision,
    *,
    reviewer: Actor,
    reason: str,
    now: datetime,
) -> None:
    require(can_review(reviewer))
    review.require_pending(revision)
    note = review.require_reason(reason)
    review.decide(revision, RevisionStatus.REJECTED, reviewer=reviewer, now=now, note=note)
    session.flush()


def profile_review_queue(session: Session) -> list[OrganizationRevision]:
    return list(
        session.scalars(
            select(OrganizationRevision)
            .where(OrganizationRevision.status == RevisionStatus.PENDING)
            .order_by(OrganizationRevision.submitted_at, OrganizationRevision.id)
        )
    )


def organization_to_edit(session: Session, actor: Actor, organization_id: int) -> Organization:
    """An organization its members or staff are about to change.

    ``NotFound`` when there is none; ``PermissionDenied`` for anyone else."""
    organization = existing(session, Organization, organization_id)
    require(can_edit_organization(actor, organization))
    return organization


def get_profile_change(session: Session, actor: Actor, revision_id: int) -> OrganizationRevision:
    """A profile change, for the organization's members and staff (else ``PermissionDenied``)."""
    revision = existing(session, OrganizationRevision, revision_id)
    require(can_edit_organization(actor, revision.organization))
    return revision


def all_organizations(session: Session) -> list[Organization]:
    """Every organization in 五十音 order (by kana)."""
    return list(session.scalars(select(Organization).order_by(Organization.kana)))


def find_organization(session: Session, ref: str) -> Organization | None:
    """An organization by id (digits) or by its loader's key (``source_key``)."""
    match = Organization.id == int(ref) if ref.isdigit() else Organization.source_key == ref
    return session.scalars(select(Organization).where(match)).first()
