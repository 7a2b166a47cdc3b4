"""The review workflow (確認待ちの変更) shared by listing changes and organization profiles.

Both kinds of revision carry a number per owner, the owner's version they were based on, and a
status that leaves PENDING once: APPROVED or REJECTED by a reviewer, WITHDRAWN by its author or
when a newer change replaces it. What to do with the content on approval is the owner's
business (``directory.revisions`` for listings, ``directory.organizations`` for profiles);
the steps of the workflow are written once, here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from directory import labels
from directory.errors import Conflict, InvalidData
from directory.models import ListingRevision, OrganizationRevision, RevisionStatus
from directory.permissions import Actor, user_of

Revision = ListingRevision | OrganizationRevision


def require_pending(revision: Revision) -> None:
    """Only a change nobody has decided on can be approved, rejected or withdrawn."""
    if revision.status is not RevisionStatus.PENDING:
        raise Conflict(labels.MSG_NOT_PENDING)


def require_reason(reason: str) -> str:
    """A rejection says why (the organization reads it); the reason, stripped."""
    if not reason.strip():
        raise InvalidData({"reason": labels.MSG_REJECT_REASON})
    return reason.strip()


def supersede(pending: Iterable[Revision], number: int, now: datetime) -> None:
    """Withdraw the changes waiting for review in favour of the new change ``number``:
    only one change per listing or organization is ever pending."""
    for older in pending:
        older.status = RevisionStatus.WITHDRAWN
        older.reviewed_at = now
        older.review_note = labels.MSG_SUPERSEDED.format(number=number)


def decide(
    revision: Revision,
    status: RevisionStatus,
    *,
    reviewer: Actor | None,
    now: datetime,
    note: str = "",
) -> None:
    """Record the decision on a pending change (who, when, and the note for the author)."""
    require_pending(revision)
    revision.status = status
    if status is not RevisionStatus.WITHDRAWN:
        revision.reviewer = user_of(reviewer) if reviewer is not None else None
        revision.reviewer_label = reviewer.display_name if reviewer is not None else ""
    revision.reviewed_at = now
    if note:
        revision.review_note = note
