"""Applied imports (一括取り込みの記録): one import is saved at a time, and each upload once.

A person can send the same import twice without meaning to: a double click, a second tab, or
the same file uploaded twice. Both requests read the directory before either writes, so both
would create every listing. Applying therefore

1. takes the import lock (:func:`hold_import_lock`): a row update that holds PostgreSQL's row
   lock, or SQLite's single write lock, until commit — the second apply waits for the first;
2. then, under the lock, looks for the upload among applied runs (the same upload twice: "it
   is saved already") and plans again from the database as it now is (another upload of the
   same file now finds every row a duplicate, and the person sees the new preview);
3. records the run (:func:`record_run`) in the same transaction as the listings it wrote.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from directory.models import AppLock, ImportRun, User

IMPORT_LOCK = "import"


def hold_import_lock(session: Session, now: datetime) -> None:
    """Wait until no other import is being saved, then keep others waiting until commit.

    Call it first in the transaction that plans and applies: what is planned under the lock
    is what the database holds when the plan is written.
    """
    taken = session.execute(update(AppLock).where(AppLock.name == IMPORT_LOCK).values(taken_at=now))
    if taken.rowcount == 0:  # type: ignore[attr-defined]  # (CursorResult of an UPDATE)
        session.add(AppLock(name=IMPORT_LOCK, taken_at=now))  # a database made without it
        session.flush()


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def applied_run(session: Session, token: str) -> ImportRun | None:
    """The run that saved the upload ``token``, if it was saved."""
    return session.scalars(select(ImportRun).where(ImportRun.token == token)).one_or_none()


def latest_run_of_file(session: Session, data: bytes) -> ImportRun | None:
    """The most recent run that saved a file with exactly these bytes."""
    return session.scalars(
        select(ImportRun)
        .where(ImportRun.sha256 == file_digest(data))
        .order_by(ImportRun.applied_at.desc())
        .limit(1)
    ).first()


def record_run(
    session: Session,
    *,
    token: str,
    data: bytes,
    filename: str,
    applied_by: User | None,
    now: datetime,
    summary: str,
) -> ImportRun:
    run = ImportRun(
        token=token,
        sha256=file_digest(data),
        filename=filename[:200],
        applied_by_id=applied_by.id if applied_by else None,
        applied_at=now,
        summary=summary[:300],
    )
    session.add(run)
    session.flush()
    return run
