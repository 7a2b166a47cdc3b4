"""監査記録: every read and write of case data leaves an AuditEvent.

Events name the action, the case and the fields touched — never the values, so the audit log
itself holds no personal information and can be shown to admins in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from directory.errors import PermissionDenied
from directory.models import User, UserRole
from matching.models import AuditEvent


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


def audit_log(
    session: Session, actor: User, *, case_id: int | None = None, limit: int = 200
) -> Sequence[AuditEvent]:
    """The most recent events, newest first; admins only."""
    if not (actor.is_active and actor.role is UserRole.ADMIN):
        raise PermissionDenied("audit log is for admins")
    query = select(AuditEvent).options(joinedload(AuditEvent.actor))
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    return session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit)).all()
