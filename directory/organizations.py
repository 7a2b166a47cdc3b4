"""Organizations (団体): create and update their profile."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import labels
from directory.errors import InvalidData
from directory.models import Area, Organization, OrganizationKind


@dataclass(frozen=True)
class OrganizationData:
    name: str
    kind: str
    kana: str = ""
    description: str = ""
    area: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


def validate(data: OrganizationData) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = labels.MSG_REQUIRED.format(field="団体名")
    if data.kind not in {k.value for k in OrganizationKind}:
        errors["kind"] = labels.MSG_UNKNOWN_CODE.format(field="団体の種類", value=data.kind)
    return errors


def save_organization(
    session: Session,
    data: OrganizationData,
    *,
    organization: Organization | None = None,
    source_key: str | None = None,
) -> Organization:
    """Create an organization, or update ``organization`` in place, from ``data``."""
    errors = validate(data)
    if errors:
        raise InvalidData(errors)
    if organization is None:
        organization = Organization(source_key=source_key)
        session.add(organization)
    for f in dataclasses.fields(data):
        if f.name != "area":
            setattr(organization, f.name, getattr(data, f.name))
    organization.kind = OrganizationKind(data.kind)
    organization.area = (
        session.scalars(select(Area).where(Area.code == data.area)).one_or_none()
        if data.area
        else None
    )
    session.flush()
    return organization


def organization_data(organization: Organization) -> OrganizationData:
    return OrganizationData(
        name=organization.name,
        kind=organization.kind.value,
        kana=organization.kana,
        description=organization.description,
        area=organization.area.code if organization.area else None,
        address=organization.address,
        phone=organization.phone,
        email=organization.email,
        website=organization.website,
    )
