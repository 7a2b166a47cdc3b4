"""Review workflow: every change to a listing is a revision that a coordinator decides on.

Published content is always an approved revision. A revision records the listing version it
was based on; approving a revision based on an older version raises ``Conflict`` rather than
overwriting someone else's approved change.

Two people editing the same listing: an editor's form carries the listing version and the
number of the latest revision it was opened at. A submit based on anything older is refused
with ``Conflict`` (the web layer keeps what they typed and shows what changed meanwhile).
A listing has at most one pending revision: a newer submit, made with knowledge of the pending
one, replaces it (the older one is marked withdrawn), so a reviewer never approves stale content.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import labels, review
from directory.db import conflict_if_duplicate
from directory.errors import Conflict, InvalidData
from directory.listings import (
    ListingData,
    Vocabulary,
    apply_content,
    archive_listing,
    diff,
    snapshot,
    validate,
)
from directory.models import (
    Listing,
    ListingRevision,
    ListingStatus,
    Organization,
    RevisionAction,
    RevisionStatus,
    User,
)


def latest_number(session: Session, listing: Listing) -> int:
    """The number of the listing's most recent revision (0 when it has none)."""
    return (
        session.scalar(
            select(func.max(ListingRevision.number)).where(ListingRevision.listing_id == listing.id)
        )
        or 0
    )


def pending_revision(session: Session, listing: Listing) -> ListingRevision | None:
    return session.scalars(
        select(ListingRevision)
        .where(
            ListingRevision.listing_id == listing.id,
            ListingRevision.status == RevisionStatus.PENDING,
        )
        .order_by(ListingRevision.number.desc())
    ).first()


def _check_base(
    session: Session, listing: Listing, base_version: int, base_number: int | None
) -> int:
    if base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    number = latest_number(session, listing)
    if base_number is not None and base_number != number:
        raise Conflict(labels.MSG_STALE_REVISION)
    return number + 1


def _supersede_pending(session: Session, listing: Listing, number: int, now: datetime) -> None:
    pending = session.scalars(
        select(ListingRevision).where(
            ListingRevision.listing_id == listing.id,
            ListingRevision.status == RevisionStatus.PENDING,
        )
    )
    review.supersede(pending, number, now)


def submit_revision(
    session: Session,
    listing: Listing,
    data: ListingData,
    *,
    base_version: int,
    base_number: int | None = None,
    author: User | None,
    author_label: str = "",
    author_note: str = "",
    now: datetime,
) -> ListingRevision:
    """Propose new content for ``listing``; the public keeps seeing the current content.

    ``base_number`` is the latest revision number the editor saw (None: do not check, for
    loaders that own the listing alone).
    """
    number = _check_base(session, listing, base_version, base_number)
    errors = validate(data, Vocabulary.load(session))
    if errors:
        raise InvalidData(errors)
    revision = _add_pending(
        session,
        listing,
        number,
        base_version=base_version,
        action=RevisionAction.UPDATE,
        data=data.to_json(),
        # A listing never published has nothing public to compare with: show every field.
        changes=diff(snapshot(listing) if listing.published_at else ListingData(name=""), data),
        author=author,
        author_label=author_label,
        note=author_note,
        now=now,
    )
    if listing.status is ListingStatus.DRAFT:
        listing.status = ListingStatus.PENDING
    session.flush()
    return revision


def request_archive(
    session: Session,
    listing: Listing,
    *,
    base_version: int,
    base_number: int | None,
    author: User | None,
    reason: str,
    now: datetime,
) -> ListingRevision:
    """Ask for the listing to leave the directory (the activity ended); a reviewer decides."""
    if listing.status is ListingStatus.ARCHIVED:
        raise Conflict(labels.MSG_ALREADY_ARCHIVED)
    number = _check_base(session, listing, base_version, base_number)
    return _add_pending(
        session,
        listing,
        number,
        base_version=base_version,
        action=RevisionAction.ARCHIVE,
        data=snapshot(listing).to_json(),
        changes={},
        author=author,
        author_label="",
        note=reason,
        now=now,
    )


def _add_pending(
    session: Session,
    listing: Listing,
    number: int,
    *,
    base_version: int,
    action: RevisionAction,
    data: dict[str, Any],
    changes: dict[str, Any],
    author: User | None,
    author_label: str,
    note: str,
    now: datetime,
) -> ListingRevision:
    """The new pending revision ``number``, replacing any pending one. Two editors saving at
    once who both read the same number meet the unique (listing, number): ``Conflict``."""
    with conflict_if_duplicate(session, labels.MSG_STALE_REVISION):
        _supersede_pending(session, listing, number, now)
        revision = ListingRevision(
            listing=listing,
            number=number,
            base_version=base_version,
            action=action,
            status=RevisionStatus.PENDING,
            data=data,
            changes=changes,
            author=author,
            author_label=author_label or (author.display_name if author else ""),
            author_note=note.strip(),
            submitted_at=now,
        )
        session.add(revision)
    return revision


def approve_revision(
    session: Session,
    revision: ListingRevision,
    *,
    reviewer: User | None,
    reviewer_label: str = "",
    now: datetime,
    verified_on: date,
) -> Listing:
    """Publish the revision's content. Approval counts as confirming the information."""
    review.require_pending(revision)
    listing = revision.listing
    if revision.base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    if revision.action is RevisionAction.ARCHIVE:
        archive_listing(listing, now)
    else:
        apply_content(session, listing, ListingData.from_json(revision.data))
        listing.status = ListingStatus.PUBLISHED
        listing.published_at = listing.published_at or now
        listing.verified_at = verified_on
    listing.version += 1
    review.decide(
        revision, RevisionStatus.APPROVED, reviewer=reviewer, reviewer_label=reviewer_label, now=now
    )
    session.flush()
    return listing


def reject_revision(
    session: Session,
    revision: ListingRevision,
    *,
    reviewer: User | None,
    reason: str,
    now: datetime,
) -> None:
    """Send a revision back with a reason the organization will read."""
    review.require_pending(revision)
    note = review.require_reason(reason)
    review.decide(revision, RevisionStatus.REJECTED, reviewer=reviewer, now=now, note=note)
    listing = revision.listing
    if listing.status is ListingStatus.PENDING:
        listing.status = ListingStatus.DRAFT
    session.flush()


def withdraw_revision(session: Session, revision: ListingRevision, *, now: datetime) -> None:
    """The author takes back a change that nobody has decided on yet."""
    review.decide(revision, RevisionStatus.WITHDRAWN, reviewer=None, now=now)
    listing = revision.listing
    if listing.status is ListingStatus.PENDING:
        listing.status = ListingStatus.DRAFT
    session.flush()


def review_queue(session: Session) -> list[ListingRevision]:
    """Pending listing changes, oldest first (the order a fair reviewer works in)."""
    return list(
        session.scalars(
            select(ListingRevision)
            .where(ListingRevision.status == RevisionStatus.PENDING)
            .order_by(ListingRevision.submitted_at, ListingRevision.id)
        )
    )


def revisions_for(
    session: Session, organizations: list[Organization], *, limit: int = 50
) -> list[ListingRevision]:
    """Recent revisions of the organizations' listings, newest first (a member's inbox)."""
    ids = [o.id for o in organizations]
    return list(
        session.scalars(
            select(ListingRevision)
            .join(ListingRevision.listing)
            .where(Listing.organization_id.in_(ids))
            .order_by(ListingRevision.submitted_at.desc(), ListingRevision.id.desc())
            .limit(limit)
        )
    )
