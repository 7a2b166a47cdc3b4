"""役割分担: who does what for a case — in a support plan and in a meeting's decisions.

A role is done by an agency (an ``Organization`` of the directory: 社協, 地域包括支援センター,
市の担当課, an NPO) or by a party that is none (本人, 家族…). One agency may be the lead
(主担当); a lead that is not an organization is refused, and so are two leads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Organization
from matching import labels
from matching.models import MeetingRole, PlanRole

MAX_ROLES = 20
R = TypeVar("R", PlanRole, MeetingRole)


@dataclass(frozen=True)
class RoleData:
    organization_id: int | None = None
    party: str = ""  # 本人, 家族…: when the role is not an organization's
    task: str = ""
    lead: bool = False  # 主担当

    @property
    def blank(self) -> bool:
        return self.organization_id is None and not self.party.strip() and not self.task.strip()


def validate_roles(session: Session, roles: Sequence[RoleData]) -> dict[str, str]:
    """Errors keyed ``roles`` (the whole table) or ``role-<n>`` (the n-th row, from 0)."""
    errors: dict[str, str] = {}
    wanted = {r.organization_id for r in roles if r.organization_id is not None}
    known = set(session.scalars(select(Organization.id).where(Organization.id.in_(wanted))))
    for n, role in enumerate(roles):
        if role.organization_id is not None and role.organization_id not in known:
            errors[f"role-{n}"] = labels.MSG_BAD_CHOICE
        elif role.organization_id is None and not role.party.strip():
            errors[f"role-{n}"] = labels.MSG_ROLE_WHO
        elif not role.task.strip():
            errors[f"role-{n}"] = labels.MSG_ROLE_TASK
        elif role.lead and role.organization_id is None:
            errors[f"role-{n}"] = labels.MSG_ROLE_LEAD_ORGANIZATION
        elif len(role.party) > 100 or len(role.task) > 1000:
            errors[f"role-{n}"] = labels.MSG_TOO_LONG.format(limit=1000)
    if sum(r.lead for r in roles) > 1:
        errors["roles"] = labels.MSG_ROLE_LEAD
    if len(roles) > MAX_ROLES:
        errors["roles"] = labels.MSG_TOO_LONG.format(limit=MAX_ROLES)
    return errors


def role_data(role: PlanRole | MeetingRole) -> RoleData:
    return RoleData(role.organization_id, role.party, role.task, role.lead)


def build(cls: type[R], roles: Sequence[RoleData]) -> list[R]:
    """Rows of ``cls`` for the roles, in their order (the caller drops blank ones first)."""
    return [
        cls(
            position=n,
            organization_id=r.organization_id,
            party="" if r.organization_id is not None else r.party.strip(),
            task=r.task.strip(),
            lead=r.lead,
        )
        for n, r in enumerate(roles)
    ]


def lead_of(roles: Sequence[PlanRole | MeetingRole]) -> Organization | None:
    """The lead agency (主担当), if one is marked."""
    return next((r.organization for r in roles if r.lead and r.organization), None)
