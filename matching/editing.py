"""Two coordinators editing one record: the later save must not silently undo the earlier.

An edit form carries the version of the record it was opened at — its ``updated_at``, which
every change to the row moves on, so no extra column is needed. Saving a form whose version is
no longer the record's raises ``Conflict``; the web layer keeps what was typed, shows what is
saved now and carries the current version, so sending again is a deliberate choice (as the
listing editor does with its revisions).

The current version is read with the row locked (``FOR UPDATE``): on PostgreSQL two saves at
once queue up there and the second sees the first's version; SQLite's writers already queue
at the start of the transaction (``directory.db.WRITE_OPTIONS``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.errors import Conflict
from matching import labels
from matching.models import Case, ParticipationNeed, Plan

Edited = Case | Plan | ParticipationNeed


def version(row: Edited) -> str:
    """The version a form opened now carries (the record's last change, to the microsecond)."""
    return row.updated_at.isoformat()


def require_unchanged(session: Session, row: Edited, seen: str) -> None:
    """Refuse (``Conflict``) when ``row`` changed since the form that says ``seen`` was opened;
    ``row`` then holds what is saved now."""
    model = type(row)
    current = session.scalar(select(model.updated_at).where(model.id == row.id).with_for_update())
    if current is None or current.isoformat() != seen:
        session.refresh(row)
        raise Conflict(labels.MSG_CHANGED_MEANWHILE)
