"""二重送信の防止: one-time tokens that make a create form's second send create nothing.

A coordinator on a slow network taps 「登録」 twice, or goes Back and sends the form again. Two
people can share the same minimal data (age band, area), so a duplicate cannot be told by its
content; it can be told by the form. Each create form carries a random token. The first send
claims it — a row whose primary key is the token — in the transaction that creates the record,
and stores the record's id with it. A later send of the same form finds the claim and creates
nothing; the page shows the record the first send made. A send refused for errors rolls its
claim back with everything else, so the corrected form keeps its token.

Two sends at the same moment: on PostgreSQL both may look before either claims; the second
claim waits for the first transaction and is refused by the primary key once that commits (it
goes ahead if the first rolled back). On SQLite a request that writes holds the write lock
from its start (``directory.db.WRITE_OPTIONS``), so the second send finds the first's claim.

Tokens say nothing about anyone and are kept ``KEEP`` days; each new claim removes older ones
(no command to run). A form cannot be sent long after it was shown anyway: its CSRF token
expires after an hour (Flask-WTF's default), so a week is a wide margin.
"""

from __future__ import annotations

import enum
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from matching.models import FormSubmission

KEEP = timedelta(days=7)
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Kind(enum.StrEnum):
    """What a create form makes; the id stored with a token is of this kind of record (for
    ``MEETING_CASE``, the case's: a sitting has one item per case)."""

    CASE = "case"
    CONSENT = "consent"
    PLAN = "plan"
    NEED = "need"
    NOTE = "note"
    MEETING = "meeting"
    MEETING_CASE = "meeting_case"
    UNMET = "unmet"
    LISTING = "listing"  # an organization's new listing (its first revision, for review)


class WrongForm(Exception):  # noqa: N818 (names the situation, like directory.errors.Conflict)
    """The token was claimed by a different kind of form: not a resend, a forged field."""


def new_token() -> str:
    """A fresh token for a form being shown (192 random bits, URL-safe)."""
    return secrets.token_urlsafe(24)


def valid_token(value: str | None) -> str | None:
    """The token as sent, if it has a token's shape; else None (the form is then sent without
    protection, as one shown before tokens existed would be)."""
    if value is None or not _TOKEN.fullmatch(value):
        return None
    return value


@dataclass(frozen=True)
class Earlier:
    """A send of the same form already created this record."""

    object_id: int


@dataclass(frozen=True)
class Claim:
    """The token is this transaction's; ``made`` stores what it creates."""

    row: FormSubmission

    def made(self, object_id: int) -> None:
        self.row.object_id = object_id


def earlier(session: Session, token: str, kind: Kind) -> Earlier | None:
    """What a send of the form with ``token`` created, if it was sent (and committed)."""
    row = session.scalars(
        select(FormSubmission)
        .where(FormSubmission.token == token)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if row is None:
        return None
    if row.kind != kind:
        raise WrongForm(kind)
    if row.object_id is None:  # claims are completed in their own transaction, always
        raise LookupError(f"form token of a {kind} committed without its record")
    return Earlier(row.object_id)


def forget_old(session: Session, now: datetime) -> None:
    """Remove tokens older than ``KEEP``. Rows another transaction is removing are skipped
    (PostgreSQL's SKIP LOCKED; SQLite has one writer): a claim never waits for another's purge."""
    old = (
        select(FormSubmission.token)
        .where(FormSubmission.created_at < now - KEEP)
        .with_for_update(skip_locked=True)
    )
    session.execute(
        delete(FormSubmission).where(FormSubmission.token.in_(old)),
        execution_options={"synchronize_session": False},
    )


def claim(session: Session, token: str, kind: Kind, *, now: datetime) -> Claim | Earlier:
    """Claim ``token`` for the ``kind`` of record this transaction is about to create; or, when
    a send of the same form created it already (earlier, or at this very moment), that record.

    Call it before creating anything: a refused claim is rolled back alone (a savepoint), and
    what the request did before (the audited read of the case) stays to be committed.
    """
    found = earlier(session, token, kind)
    if found is not None:
        return found
    forget_old(session, now)
    row = FormSubmission(token=token, kind=kind.value, created_at=now)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        found = earlier(session, token, kind)
        if found is None:  # refused for another reason than the token being taken
            raise
        return found
    return Claim(row)
