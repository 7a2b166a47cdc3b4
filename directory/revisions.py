"""Review workflow: every change to a listing is a revision that a coordinator decides on.

Published content is always an approved revision. A revision records the listing version it
was based on; approving a revision based on an older version raises ``Conflict`` rather than
overwriting someone else's approved change.

Two people editing the same listing: an editor's form carries the listing version and the
number of the latest revision it was opened at. A submit based on anything older is refused
with ``Conflict`` (the web layer keeps what they typed and shows what changed meanwhile).
A listing has at most one pending revision: a newer submit, made with knowledge of the pending
one, replaces it (the older one is marked withdrawn), so a reviewer never approves stale content.

The same form can arrive twice (Back and send again, a retry on a slow network, a double tap).
When the only changes since the form was opened are its sender's own, the refusal does not
speak of another person (``StaleEdit.own``); when the newest of them is this very content,
nothing new is made and ``AlreadySubmitted`` names the revision the first send made (both
decided by ``directory.review``, which organization profiles share).

Each use case takes its actor (``author``, ``reviewer``) and checks it (``directory.permissions``):
authors may edit the listing, reviewers are staff; otherwise ``PermissionDenied``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import labels, review
from directory.db import conflict_if_duplicate, existing
from directory.errors import Conflict, InvalidData
from directory.listings import (
    ListingData,
    Vocabulary,
    apply_content,
    archive_listing,
    diff,
    snapshot,
    typed_by_a_person,
    validate,
)
from directory.models import (
    Listing,
    ListingRevision,
    ListingStatus,
    LocationPrecision,
    Organization,
    RevisionAction,
    RevisionStatus,
)
from directory.permissions import Actor, can_edit_listing, can_review, require, user_of


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


def _is_returned(latest: ListingRevision | None, listing: Listing) -> bool:
    return (
        latest is not None
        and latest.status is RevisionStatus.REJECTED
        and latest.action is RevisionAction.UPDATE
        and latest.base_version == listing.version
    )


def returned_revision(session: Session, listing: Listing) -> ListingRevision | None:
    """The change a reviewer sent back (差し戻し), while it is still the listing's latest word.

    Its author reopens the editor to fix what the reviewer asked about, not to type it all
    again: the editor starts from this content. Once anything newer was sent or published it
    is history only, as its content would undo that.
    """
    latest = latest_revision(session, listing)
    return latest if _is_returned(latest, listing) else None


def returned_revisions(session: Session, listings: list[Listing]) -> dict[int, ListingRevision]:
    """``returned_revision`` of each of these listings that has one, by listing id (one query
    for a member's whole list)."""
    by_id = {listing.id: listing for listing in listings}
    newest = (
        select(ListingRevision.listing_id, func.max(ListingRevision.number).label("number"))
        .where(ListingRevision.listing_id.in_(by_id))
        .group_by(ListingRevision.listing_id)
        .subquery()
    )
    latest = session.scalars(
        select(ListingRevision).join(
            newest,
            (ListingRevision.listing_id == newest.c.listing_id)
            & (ListingRevision.number == newest.c.number),
        )
    )
    return {r.listing_id: r for r in latest if _is_returned(r, by_id[r.listing_id])}


def _check_base(
    session: Session, listing: Listing, base_version: int, base_number: int | None
) -> int:
    if base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    number = latest_number(session, listing)
    if base_number is not None and base_number != number:
        raise Conflict(labels.MSG_STALE_REVISION)
    return number + 1


def _why_stale(
    session: Session,
    listing: Listing,
    *,
    base_number: int | None,
    author: Actor,
    action: RevisionAction,
    data: ListingData | None,
    note: str,
) -> Conflict:
    """What to tell the sender of a form opened before the listing's latest change."""
    since = None
    if base_number is not None:
        since = list(
            session.scalars(
                select(ListingRevision)
                .where(
                    ListingRevision.listing_id == listing.id, ListingRevision.number > base_number
                )
                .order_by(ListingRevision.number)
            )
        )

    def sent_again(revision: ListingRevision) -> bool:
        return (
            revision.action is action
            and revision.author_note == note.strip()
            and (data is None or _same_content(ListingData.from_json(revision.data), data))
        )

    return review.why_stale(
        since,
        author,
        sent_again=sent_again,
        stale=labels.MSG_STALE_REVISION,
        own=labels.MSG_STALE_OWN_REVISION,
    )


def _same_content(sent: ListingData, again: ListingData) -> bool:
    """Whether the content sent again is what the first send made.

    The point is compared only when the first send set a pin by hand. Otherwise its point is
    the geocoder's for the address sent, while the form sent again still holds the point it
    was opened with; as that differs from the (newer) pending one, reading the form took it
    for a pin moved by hand.
    """
    if sent.precision != LocationPrecision.MANUAL.value:
        sent = replace(sent, lat=None, lon=None, precision="")
        again = replace(again, lat=None, lon=None, precision="")
    return sent == again


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
    author: Actor,
    author_note: str = "",
    now: datetime,
) -> ListingRevision:
    """Propose new content for ``listing``; the public keeps seeing the current content.

    ``base_number`` is the latest revision number the editor saw (None: do not check, for
    loaders that own the listing alone).
    """
    require(can_edit_listing(author, listing))
    try:
        number = _check_base(session, listing, base_version, base_number)
        errors = validate(data, Vocabulary.load(session), contacts_typed=typed_by_a_person(author))
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
            note=author_note,
            now=now,
        )
    except Conflict as error:
        raise _why_stale(
            session,
            listing,
            base_number=base_number,
            author=author,
            action=RevisionAction.UPDATE,
            data=data,
            note=author_note,
        ) from error
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
    author: Actor,
    reason: str,
    now: datetime,
) -> ListingRevision:
    """Ask for the listing to leave the directory (the activity ended); a reviewer decides."""
    require(can_edit_listing(author, listing))
    if listing.status is ListingStatus.ARCHIVED:
        raise Conflict(labels.MSG_ALREADY_ARCHIVED)
    try:
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
            note=reason,
            now=now,
        )
    except Conflict as error:
        raise _why_stale(
            session,
            listing,
            base_number=base_number,
            author=author,
            action=RevisionAction.ARCHIVE,
            data=None,
            note=reason,
        ) from error


def _add_pending(
    session: Session,
    listing: Listing,
    number: int,
    *,
    base_version: int,
    action: RevisionAction,
    data: dict[str, Any],
    changes: dict[str, Any],
    author: Actor,
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
            author=user_of(author),
            author_label=author.display_name,
            author_note=note.strip(),
            submitted_at=now,
        )
        session.add(revision)
    return revision


def approve_revision(
    session: Session,
    revision: ListingRevision,
    *,
    reviewer: Actor,
    now: datetime,
    verified_on: date,
    today: date | None = None,
) -> Listing:
    """Publish the revision's content. Approval counts as confirming the information.
    ``today``: the municipality's date, to read a changed schedule on (see
    :func:`~directory.listings.apply_content`)."""
    require(can_review(reviewer))
    review.require_pending(revision)
    listing = revision.listing
    if revision.base_version != listing.version:
        raise Conflict(labels.MSG_STALE_REVISION)
    if revision.action is RevisionAction.ARCHIVE:
        archive_listing(listing, now)
    else:
        # Read on the municipality's date (else the day it is approved): 「12月31日」 approved on
        # 元日 is the next 大晦日.
        apply_content(
            session, listing, ListingData.from_json(revision.data), today=today or verified_on
        )
        listing.status = ListingStatus.PUBLISHED
        listing.published_at = listing.published_at or now
        listing.verified_at = verified_on
    listing.version += 1
    review.decide(revision, RevisionStatus.APPROVED, reviewer=reviewer, now=now)
    session.flush()
    return listing


def reject_revision(
    session: Session,
    revision: ListingRevision,
    *,
    reviewer: Actor,
    reason: str,
    now: datetime,
) -> None:
    """Send a revision back with a reason the organization will read."""
    require(can_review(reviewer))
    review.require_pending(revision)
    note = review.require_reason(reason)
    review.decide(revision, RevisionStatus.REJECTED, reviewer=reviewer, now=now, note=note)
    listing = revision.listing
    if listing.status is ListingStatus.PENDING:
        listing.status = ListingStatus.DRAFT
    session.flush()


def withdraw_revision(
    session: Session, revision: ListingRevision, *, actor: Actor, now: datetime
) -> None:
    """The author (or another editor of the listing) takes back a change nobody has decided on."""
    require(can_edit_listing(actor, revision.listing))
    review.decide(revision, RevisionStatus.WITHDRAWN, reviewer=None, now=now)
    listing = revision.listing
    if listing.status is ListingStatus.PENDING:
        listing.status = ListingStatus.DRAFT
    session.flush()


def get_revision(session: Session, actor: Actor, revision_id: int) -> ListingRevision:
    """A listing's revision for someone who may edit the listing (its members, staff).

    ``NotFound`` when there is none; ``PermissionDenied`` for anyone else."""
    revision = existing(session, ListingRevision, revision_id)
    require(can_edit_listing(actor, revision.listing))
    return revision


def latest_revision(session: Session, listing: Listing) -> ListingRevision | None:
    """The listing's most recent revision (what an editor who lost a race is shown)."""
    return session.scalars(
        select(ListingRevision)
        .where(ListingRevision.listing_id == listing.id)
        .order_by(ListingRevision.number.desc())
        .limit(1)
    ).first()


def pending_listing_ids(session: Session, listing_ids: list[int]) -> set[int]:
    """Which of these listings have a change waiting for review."""
    return set(
        session.scalars(
            select(ListingRevision.listing_id).where(
                ListingRevision.status == RevisionStatus.PENDING,
                ListingRevision.listing_id.in_(listing_ids),
            )
        )
    )


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
