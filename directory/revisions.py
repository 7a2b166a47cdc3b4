"""Review workflow: every change to a listing is a revision that a coordinator decides on.

Published content is always an approved revision. A revision records the listing version it
was based on; approving a revision based on an older version raises ``Conflict`` rather than
overwriting someone else's approved change.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import labels
from directory.errors import Conflict, InvalidData
from directory.listings import ListingData, Vocabulary, apply_content, diff, snapshot, validate
from directory.models import (
    Listing,
    ListingRevision,
    ListingStatus,
    RevisionStatus,
    User,
)


def submit_revision(
    session: Session,
    listing: Listing,
    data: ListingData,
    *,
    base_version: int,
    author: User | None,
    author_label: str = "",
    now: datetime,
) -> ListingRevision:
    """Propose new content for ``listing``; the public keeps seeing the current content."""
    if base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    errors = validate(data, Vocabulary.load(session))
    if errors:
        raise InvalidData(errors)
    number = (
        session.scalar(
            select(func.max(ListingRevision.number)).where(ListingRevision.listing_id == listing.id)
        )
        or 0
    ) + 1
    revision = ListingRevision(
        listing=listing,
        number=number,
        base_version=base_version,
        status=RevisionStatus.PENDING,
        data=data.to_json(),
        changes=diff(snapshot(listing), data),
        author=author,
        author_label=author_label or (author.display_name if author else ""),
        submitted_at=now,
    )
    session.add(revision)
    if listing.status is ListingStatus.DRAFT:
        listing.status = ListingStatus.PENDING
    session.flush()
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
    if revision.status is not RevisionStatus.PENDING:
        raise Conflict(labels.MSG_NOT_PENDING)
    listing = revision.listing
    if revision.base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    apply_content(session, listing, ListingData.from_json(revision.data))
    listing.version += 1
    listing.status = ListingStatus.PUBLISHED
    listing.published_at = listing.published_at or now
    listing.verified_at = verified_on
    revision.status = RevisionStatus.APPROVED
    revision.reviewer = reviewer
    revision.reviewer_label = reviewer_label or (reviewer.display_name if reviewer else "")
    revision.reviewed_at = now
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
    if revision.status is not RevisionStatus.PENDING:
        raise Conflict(labels.MSG_NOT_PENDING)
    if not reason.strip():
        raise InvalidData({"reason": labels.MSG_REQUIRED.format(field="差し戻しの理由")})
    revision.status = RevisionStatus.REJECTED
    revision.reviewer = reviewer
    revision.reviewer_label = reviewer.display_name if reviewer else ""
    revision.reviewed_at = now
    revision.review_note = reason.strip()
    listing = revision.listing
    if listing.status is ListingStatus.PENDING:
        listing.status = ListingStatus.DRAFT
    session.flush()
