"""監査記録: every read and write of case data leaves an AuditEvent.

Events name the action, the case and the fields touched — never the values, so the audit log
itself holds no personal information and can be shown to admins in full. A page of many cases
(the case list, the sittings, the agendas) leaves one event per case it showed
(``record_shown``), so a case's reads are complete when the log is filtered by its code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from directory.errors import PermissionDenied
from directory.models import User, UserRole
from matching.models import AuditEvent, Case


def record(
    session: Session,
    actor: User,
    action: str,
    *,
    case_id: int | None,
    object_type: str = "",
    object_id: int | None = None,
    fields: Iterable[str] = (),
) -> AuditEvent:
    event = AuditEvent(
        actor_id=actor.id,
        action=action,
        case_id=case_id,
        object_type=object_type,
        object_id=object_id,
        fields=sorted(set(fields)),
    )
    session.add(event)
    return event


def record_shown(
    session: Session,
    actor: User,
    action: str,
    case_ids: Iterable[int],
    *,
    fields: Iterable[str] = (),
    when_none: bool = False,
) -> list[AuditEvent]:
    """A list page showed these cases: one event per case (in the order shown, once each).
    With none shown nothing is recorded, unless ``when_none`` (the page still showed something
    of the actor's work, e.g. the sittings): then one event without a case."""
    shown = list(dict.fromkeys(case_ids))
    if not shown and when_none:
        return [record(session, actor, action, case_id=None, fields=fields)]
    return [record(session, actor, action, case_id=c, fields=fields) for c in shown]


def apply_changes(
    session: Session,
    actor: User,
    target: Any,
    new: Mapping[str, object],
    *,
    action: str,
    case_id: int,
    object_type: str,
) -> list[str]:
    """Set the attributes whose value differs, audit their names, return them."""
    changed = [name for name, value in new.items() if getattr(target, name) != value]
    for name in changed:
        setattr(target, name, new[name])
    if changed:
        record(
            session,
            actor,
            action,
            case_id=case_id,
            object_type=object_type,
            object_id=target.id,
            fields=changed,
        )
    return changed


@dataclass(frozen=True)
class AuditLog:
    """Events newest first, with the code of each case they concern (codes only: the admin
    who reads the log never sees a case's content)."""

    events: Sequence[AuditEvent]
    case_codes: dict[int, str]
    unknown_code: bool = False  # a case code was asked for that no case has
    page: int = 1  # from 1
    has_next: bool = False  # older events are on the next page


PER_PAGE = 100


def audit_log(
    session: Session,
    actor: User,
    *,
    case_code: str = "",
    page: int = 1,
    per_page: int = PER_PAGE,
) -> AuditLog:
    """One page of events (of the case ``case_code``, if given), newest first; admins only.
    Every event is on some page: the log is never cut at the most recent ones."""
    if not (actor.is_active and actor.role is UserRole.ADMIN):
        raise PermissionDenied("audit log is for admins")
    page = max(page, 1)
    query = select(AuditEvent).options(joinedload(AuditEvent.actor))
    if case_code:
        case_id = session.scalar(select(Case.id).where(Case.code == case_code))
        if case_id is None:
            return AuditLog((), {}, unknown_code=True)
        query = query.where(AuditEvent.case_id == case_id)
    query = query.order_by(AuditEvent.id.desc()).offset((page - 1) * per_page)
    events = list(session.scalars(query.limit(per_page + 1)).all())
    has_next = len(events) > per_page
    events = events[:per_page]
    ids = {e.case_id for e in events if e.case_id}
    rows = session.execute(select(Case.id, Case.code).where(Case.id.in_(ids))) if ids else ()
    codes = {case_id: code for case_id, code in rows}
    return AuditLog(events, codes, page=page, has_next=has_next)
