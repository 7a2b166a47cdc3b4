"""The review workflow (確認待ちの変更) shared by listing changes and organization profiles.

Both kinds of revision carry a number per owner, the owner's version they were based on, and a
status that leaves PENDING once: APPROVED or REJECTED by a reviewer, WITHDRAWN by its author or
when a newer change replaces it. What to do with the content on approval is the owner's
business (``directory.revisions`` for listings, ``directory.organizations`` for profiles);
the steps of the workflow are written once, here.

That includes telling a form sent twice from a form that met someone else's change: when every
change since the form was opened is its sender's own (Back and send again, a retry, a double
tap), the refusal does not speak of another person (``StaleEdit.own``), and when the newest of
them is this very content, nothing new is made (``AlreadySubmitted``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from directory import labels
from directory.errors import Conflict, InvalidData
from directory.models import ListingRevision, OrganizationRevision, RevisionStatus
from directory.permissions import Actor, user_of

Revision = ListingRevision | OrganizationRevision
R = TypeVar("R", ListingRevision, OrganizationRevision)


class StaleEdit(Conflict):
    """The form was opened before the latest change of what it edits. ``own``: every change
    since was sent by this same person (an earlier send of theirs), not by someone else."""

    def __init__(self, message: str, *, own: bool) -> None:
        super().__init__(message)
        self.own = own


class AlreadySubmitted(Conflict):
    """The same content sent again by the same person: ``revision`` is what the first send
    made, still pending or already approved. Nothing new was made."""

    def __init__(self, revision: Revision) -> None:
        super().__init__(labels.MSG_ALREADY_SUBMITTED)
        self.revision = revision


def why_stale(
    since: Sequence[R] | None,
    author: Actor,
    *,
    sent_again: Callable[[R], bool],
    stale: str,
    own: str,
) -> Conflict:
    """What to tell the sender of a form opened before the latest change.

    ``since``: the revisions made after the one the form was opened at, oldest first (None when
    the form did not say which). ``sent_again(revision)``: whether the form holds what that
    revision sent. ``stale`` and ``own`` are the messages for a change by someone else and for
    one's own earlier send."""
    person = user_of(author)
    if not since or person is None or any(r.author_id != person.id for r in since):
        return StaleEdit(stale, own=False)
    newest = since[-1]
    if newest.status in (RevisionStatus.PENDING, RevisionStatus.APPROVED) and sent_again(newest):
        return AlreadySubmitted(newest)
    return StaleEdit(own, own=True)


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
