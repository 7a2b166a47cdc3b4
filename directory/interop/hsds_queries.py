"""Reads behind the HSDS API 3.0: find services, organizations and terms by their HSDS ids,
and filtered pages of services, with the directory's one visibility rule (residents' view).

HSDS ids are uuid5 of our ids (``hsds``), which cannot be inverted: an id is found by computing
the ids of the candidates. For services and their places each process keeps the ids of 1 up to
the largest listing id (``_Reversed``), adding only the new ones, so a lookup costs a dict
whatever the directory's size (it computed every public listing's id: 584 ms at 100,000).
Services are public listings only (``browse.visible(Audience.PUBLIC)``); every organization has
a public page, so every organization is listed, with only its public listings as services.
"""

from __future__ import annotations

import math
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from directory.browse import Audience, Paginated, listing_load_options, visible
from directory.errors import NotFound
from directory.interop import hsds
from directory.models import Category, Listing, Location, Organization, Target


@dataclass(frozen=True)
class Term:
    """A taxonomy term of ours: a category or a target code."""

    kind: str  # "category" | "target"
    code: str


def terms_by_id(session: Session) -> dict[str, Term]:
    found = {
        hsds.category_term_id(c): Term("category", c)
        for c in session.scalars(select(Category.code))
    }
    found |= {hsds.target_term_id(t): Term("target", t) for t in session.scalars(select(Target.code))}  # fmt: skip
    return found


TAXONOMY_KINDS = {
    hsds.taxonomy_id(hsds.CATEGORY_TAXONOMY[0]): "category",
    hsds.taxonomy_id(hsds.TARGET_TAXONOMY[0]): "target",
}


def organization_ids(session: Session) -> dict[str, int]:
    return {hsds.organization_id(i): i for i in session.scalars(select(Organization.id))}


class _Reversed:
    """Our listing ids of one kind of HSDS id, for 1 up to the largest listing id so far:
    computed once per process, then only for listings added since (ids only grow)."""

    def __init__(self, of: Callable[[int], str]) -> None:
        self._of = of
        self._ids: dict[str, int] = {}
        self._upto = 0
        self._lock = threading.Lock()

    def find(self, session: Session, hsds_id: str) -> int | None:
        try:
            uuid.UUID(hsds_id)
        except ValueError:
            return None  # not an id we could have made: no need to read anything
        largest = session.scalar(select(func.max(Listing.id))) or 0
        with self._lock:
            for listing_id in range(self._upto + 1, largest + 1):
                self._ids[self._of(listing_id)] = listing_id
            self._upto = max(self._upto, largest)
            return self._ids.get(hsds_id)


def _uuid(kind: str) -> Callable[[int], str]:
    # hsds.hsds_id without its cache: these are computed once, and would crowd it out.
    return lambda listing_id: str(uuid.uuid5(hsds.NAMESPACE, f"{kind}:{listing_id}"))


_SERVICES = _Reversed(_uuid("service"))
_SERVICES_AT_LOCATIONS = _Reversed(_uuid("sal"))


def _public(session: Session, listing_id: int | None) -> Listing | None:
    if listing_id is None:
        return None
    return session.scalars(
        select(Listing)
        .where(Listing.id == listing_id, visible(Audience.PUBLIC))
        .options(*listing_load_options())
    ).one_or_none()


def get_service(session: Session, service_id: str) -> Listing:
    """The public listing whose HSDS service id this is; ``NotFound`` otherwise."""
    listing = _public(session, _SERVICES.find(session, service_id))
    if listing is None:
        raise NotFound(service_id)
    return listing


def get_service_at_location(session: Session, sal_id: str) -> Listing:
    """The public listing (with a place) whose service_at_location id this is."""
    listing = _public(session, _SERVICES_AT_LOCATIONS.find(session, sal_id))
    if listing is None or not hsds.has_location(listing):
        raise NotFound(sal_id)
    return listing


def get_organization(session: Session, organization_id: str) -> Organization:
    found = organization_ids(session).get(organization_id)
    if found is None:
        raise NotFound(organization_id)
    organization = session.get(Organization, found)
    if organization is None:
        raise NotFound(organization_id)
    return organization


@dataclass(frozen=True)
class ServiceFilter:
    """The HSDS /services parameters, resolved to our ids (None = no condition)."""

    ranked_ids: Sequence[int] | None = None  # listing ids matching ``search``, best first
    term: Term | None = None
    taxonomy_kind: str | None = None  # "category" | "target": any term of that taxonomy
    organization_id: int | None = None
    modified_after: datetime | None = None
    with_location: bool = False  # /service_at_locations: only listings with a place


@dataclass(frozen=True)
class Page(Paginated):
    items: Sequence[Listing]
    total: int
    page: int
    per_page: int


def _filtered(flt: ServiceFilter) -> Select[Any]:
    query = select(Listing.id).where(visible(Audience.PUBLIC))
    if flt.ranked_ids is not None:
        query = query.where(Listing.id.in_(flt.ranked_ids))
    if flt.term is not None and flt.term.kind == "category":
        query = query.where(Listing.categories.any(Category.code == flt.term.code))
    if flt.term is not None and flt.term.kind == "target":
        query = query.where(Listing.targets.any(Target.code == flt.term.code))
    if flt.taxonomy_kind == "category":
        query = query.where(Listing.categories.any())
    if flt.taxonomy_kind == "target":
        query = query.where(Listing.targets.any())
    if flt.organization_id is not None:
        query = query.where(Listing.organization_id == flt.organization_id)
    if flt.modified_after is not None:
        query = query.where(Listing.updated_at >= flt.modified_after)
    if flt.with_location:
        query = query.where(
            Listing.location.has(or_(Location.address != "", Location.lat.is_not(None)))
        )
    return query


def count_services(session: Session, flt: ServiceFilter) -> int:
    """How many public listings match ``flt`` (a caller may keep it until a listing changes)."""
    return session.scalar(select(func.count()).select_from(_filtered(flt).subquery())) or 0


def services(
    session: Session, flt: ServiceFilter, *, page: int, per_page: int, total: int | None = None
) -> Page:
    """One page of public listings matching ``flt``: by relevance when searched, else by id
    (stable, so a client paging through sees each service once). Unsearched, the database
    reads only the page (the whole directory's ids were read for each page: 141 ms at
    100,000 listings); ``total``: their number, when the caller kept it (``count_services``)."""
    query = _filtered(flt)
    if flt.ranked_ids is not None:
        rank = {listing_id: n for n, listing_id in enumerate(flt.ranked_ids)}
        ids = sorted(session.scalars(query), key=rank.__getitem__)
        total = len(ids)
        page = _clamp(page, total, per_page)
        chunk = ids[(page - 1) * per_page : page * per_page]
    else:
        if total is None:
            total = count_services(session, flt)
        page = _clamp(page, total, per_page)
        chunk = list(
            session.scalars(
                query.order_by(Listing.id).offset((page - 1) * per_page).limit(per_page)
            )
        )
    loaded = {
        x.id: x
        for x in session.scalars(
            select(Listing).where(Listing.id.in_(chunk)).options(*listing_load_options())
        )
    }
    return Page(items=[loaded[i] for i in chunk], total=total, page=page, per_page=per_page)


def _clamp(page: int, total: int, per_page: int) -> int:
    return min(max(1, page), max(1, math.ceil(total / per_page)))


@dataclass(frozen=True)
class OrganizationPage(Paginated):
    items: Sequence[Organization]
    total: int
    page: int
    per_page: int


def organizations(session: Session, text: str, *, page: int, per_page: int) -> OrganizationPage:
    """Organizations in id order; ``text`` narrows to names, readings or descriptions with it."""
    query = select(Organization)
    if text:
        query = query.where(
            or_(
                Organization.name.contains(text, autoescape=True),
                Organization.kana.contains(text, autoescape=True),
                Organization.description.contains(text, autoescape=True),
            )
        )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    items = session.scalars(
        query.order_by(Organization.id).limit(per_page).offset((page - 1) * per_page)
    ).all()
    return OrganizationPage(items=items, total=total, page=page, per_page=per_page)


def organization_services(session: Session, organization: Organization) -> list[Listing]:
    """The organization's public listings, in id order."""
    return list(
        session.scalars(
            select(Listing)
            .where(visible(Audience.PUBLIC), Listing.organization_id == organization.id)
            .options(*listing_load_options())
            .order_by(Listing.id)
        )
    )
