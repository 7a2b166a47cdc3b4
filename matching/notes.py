"""経過記録 (case notes): dated free-text entries on a case, each by its author, each audited.

A note is case data like the rest: only the case's coordinators read or write it (never an
organization, never the API), and every read and write leaves an ``AuditEvent`` naming the
fields, not the words. Its author may change it for ``EDIT_WINDOW`` (24 hours) after writing
it — typos, a forgotten sentence. After that the record is append-only: a change is a new
entry that corrects the old one (``corrects_id``), and both stay, so what was known on a day
can always be read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from directory.errors import InvalidData, NotFound
from directory.models import User
from matching import audit, labels
from matching.models import Case, CaseNote
from matching.permissions import can_view_case

EDIT_WINDOW = timedelta(hours=24)
MAX_LENGTH = 4000


@dataclass(frozen=True)
class NoteData:
    written_on: date  # the day the entry is about (面談・訪問・電話の日)
    body: str


def _validate(data: NoteData, today: date) -> None:
    errors: dict[str, str] = {}
    if not data.body.strip():
        errors["body"] = labels.MSG_REQUIRED
    elif len(data.body) > MAX_LENGTH:
        errors["body"] = labels.MSG_TOO_LONG.format(limit=MAX_LENGTH)
    if data.written_on > today:
        errors["written_on"] = labels.MSG_DATE_IN_FUTURE
    if errors:
        raise InvalidData(errors)


def may_edit(actor: User, note: CaseNote, now: datetime) -> bool:
    """Only its author, and only within 24 hours of writing it."""
    return note.author_id == actor.id and now - note.created_at <= EDIT_WINDOW


def add_note(
    session: Session,
    actor: User,
    case: Case,
    data: NoteData,
    *,
    today: date,
    corrects: CaseNote | None = None,
) -> CaseNote:
    """A new entry (on a closed case too: what happened after closing is worth keeping)."""
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    if corrects is not None and corrects.case_id != case.id:
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    _validate(data, today)
    note = CaseNote(
        case=case,
        written_on=data.written_on,
        body=data.body.strip(),
        author_id=actor.id,
        corrects_id=corrects.id if corrects else None,
    )
    session.add(note)
    session.flush()
    audit.record(
        session,
        actor,
        "note.correct" if corrects else "note.create",
        case_id=case.id,
        object_type="note",
        object_id=note.id,
        fields=("written_on", "body"),
    )
    return note


def edit_note(
    session: Session, actor: User, note: CaseNote, data: NoteData, *, now: datetime, today: date
) -> list[str]:
    """Change a note within its author's 24 hours; later, ``add_note(corrects=note)``."""
    if not may_edit(actor, note, now):
        raise InvalidData({"body": labels.MSG_NOTE_LOCKED})
    _validate(data, today)
    return audit.apply_changes(
        session,
        actor,
        note,
        {"written_on": data.written_on, "body": data.body.strip()},
        action="note.update",
        case_id=note.case_id,
        object_type="note",
    )


def case_notes(session: Session, actor: User, case: Case) -> Sequence[CaseNote]:
    """The case's notes, newest day first (the read is audited when there is any)."""
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    notes = session.scalars(
        select(CaseNote)
        .where(CaseNote.case_id == case.id)
        .options(joinedload(CaseNote.author))
        .order_by(CaseNote.written_on.desc(), CaseNote.id.desc())
    ).all()
    if notes:
        audit.record(
            session, actor, "note.list", case_id=case.id, object_type="case", object_id=case.id
        )
    return notes


def get_note(session: Session, actor: User, note_id: int) -> CaseNote:
    note = session.get(CaseNote, note_id)
    if note is None or not can_view_case(actor, note.case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session, actor, "note.read", case_id=note.case_id, object_type="note", object_id=note.id
    )
    return note
