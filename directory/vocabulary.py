"""Controlled vocabularies: areas, categories and targets, keyed by stable codes.

Codes never change once used (data and URLs refer to them); labels may be edited by admins:
the save use cases take the actor and raise ``PermissionDenied`` for anyone else. A label is
part of the search documents of the listings that carry it (a category's or target's label, an
area's name), so a rename hands those listings to the index tracking
(``directory.search.tracking.touch``): they are written again once the transaction commits. The standard
vocabulary a fresh database starts with is part of installing (``flask init-db``), not anyone's
edit: ``add_standard_vocabulary`` adds only the fixed codes a database lacks.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from directory import db
from directory.models import (
    Area,
    Category,
    Landmark,
    Location,
    Target,
    listing_categories,
    listing_targets,
)
from directory.permissions import Actor, can_manage_users, require
from directory.places import (
    KnownPlaces,
    area_point,
    landmark_point,
    municipality_of,
    venue_names,
)
from directory.search import tracking


@dataclass(frozen=True)
class AreaData:
    code: str
    name: str
    kana: str = ""
    centre_name: str = ""
    centre_address: str = ""
    lat: float | None = None
    lon: float | None = None


def save_area(session: Session, data: AreaData, position: int, *, actor: Actor) -> Area:
    require(can_manage_users(actor))
    area = session.scalars(select(Area).where(Area.code == data.code)).one_or_none()
    if area is None:
        area = Area(code=data.code)
        session.add(area)
    elif area.name != data.name:
        _reindex(session, select(Location.listing_id).where(Location.area_id == area.id))
    area.name, area.kana = data.name, data.kana
    area.centre_name, area.centre_address = data.centre_name, data.centre_address
    area.lat, area.lon = data.lat, data.lon
    area.position = position
    return area


def save_category(
    session: Session, code: str, label: str, description: str, position: int, *, actor: Actor
) -> Category:
    require(can_manage_users(actor))
    return _save_category(session, code, label, description, position)


def _save_category(
    session: Session, code: str, label: str, description: str, position: int
) -> Category:
    category = session.scalars(select(Category).where(Category.code == code)).one_or_none()
    if category is None:
        category = Category(code=code)
        session.add(category)
    elif category.label != label:
        links = listing_categories.c
        _reindex(session, select(links.listing_id).where(links.category_id == category.id))
    category.label, category.description, category.position = label, description, position
    return category


def save_target(session: Session, code: str, label: str, position: int, *, actor: Actor) -> Target:
    require(can_manage_users(actor))
    return _save_target(session, code, label, position)


def _save_target(session: Session, code: str, label: str, position: int) -> Target:
    target = session.scalars(select(Target).where(Target.code == code)).one_or_none()
    if target is None:
        target = Target(code=code)
        session.add(target)
    elif target.label != label:
        links = listing_targets.c
        _reindex(session, select(links.listing_id).where(links.target_id == target.id))
    target.label, target.position = label, position
    return target


def _reindex(session: Session, listing_ids: Select[Any]) -> None:
    """The listings whose search documents hold a renamed label: indexed again after commit."""
    tracking.touch(session, session.scalars(listing_ids))


@dataclass(frozen=True)
class Term:
    """A category or target as plain values."""

    code: str
    label: str


@dataclass(frozen=True)
class LandmarkNames:
    """A landmark's names (name, reading, aliases), for telling a query word is a place."""

    name: str
    names: tuple[str, ...]
    venue: tuple[str, ...] = ()  # ``places.venue_names``: how a listing writes it meets there


@dataclass(frozen=True)
class Snapshot:
    """The vocabularies as plain values, in display order: what every search page and API call
    reads, so a process can keep it between requests (labels change rarely, by an admin)."""

    areas: tuple[AreaData, ...]
    categories: tuple[Term, ...]
    targets: tuple[Term, ...]
    landmarks: tuple[LandmarkNames, ...]
    home: str  # the municipality of the areas' 公民館 (「茨城県土浦市」), or ""
    places: KnownPlaces | None = None  # where landmarks and areas are (None: read when asked)


def snapshot(session: Session) -> Snapshot:
    area_rows = tuple(
        AreaData(a.code, a.name, a.kana, a.centre_name, a.centre_address, a.lat, a.lon)
        for a in areas(session)
    )
    landmarks = list(session.scalars(select(Landmark).order_by(Landmark.id)))
    home = municipality_of(a.centre_address for a in area_rows)
    return Snapshot(
        areas=area_rows,
        categories=tuple(Term(c.code, c.label) for c in categories(session)),
        targets=tuple(Term(t.code, t.label) for t in targets(session)),
        landmarks=tuple(
            LandmarkNames(
                lm.name,
                tuple(n for n in (lm.name, lm.kana, *(lm.aliases or [])) if n),
                venue_names(lm),
            )
            for lm in landmarks
        ),
        home=home,
        places=KnownPlaces(
            landmarks=tuple(landmark_point(lm) for lm in landmarks),
            areas=tuple(
                p
                for a in area_rows
                if (p := area_point(a.name, a.centre_name, a.lat, a.lon, a.kana))
            ),
            home=home,
        ),
    )


def areas(session: Session) -> list[Area]:
    return list(session.scalars(select(Area).order_by(Area.position, Area.id)))


def categories(session: Session) -> list[Category]:
    return list(session.scalars(select(Category).order_by(Category.position, Category.id)))


def targets(session: Session) -> list[Target]:
    return list(session.scalars(select(Target).order_by(Target.position, Target.id)))


def standard_vocabulary() -> dict[str, Any]:
    """The categories and targets every installation starts with (standard_vocabulary.toml)."""
    with resources.files("directory").joinpath("standard_vocabulary.toml").open("rb") as fh:
        return tomllib.load(fh)


def add_standard_vocabulary(session: Session) -> tuple[int, int]:
    """Add the standard categories and targets a database lacks; (categories, targets) added.

    Codes already there are left as they are: an admin may have renamed them."""
    vocab = standard_vocabulary()
    have_categories = set(session.scalars(select(Category.code)))
    have_targets = set(session.scalars(select(Target.code)))
    added = [0, 0]
    for i, rec in enumerate(vocab["category"]):
        if rec["code"] not in have_categories:
            _save_category(session, rec["code"], rec["label"], rec.get("description", ""), i)
            added[0] += 1
    for i, rec in enumerate(vocab["target"]):
        if rec["code"] not in have_targets:
            _save_target(session, rec["code"], rec["label"], i)
            added[1] += 1
    refresh_statistics(session)
    return added[0], added[1]


VOCABULARY_TABLES = ("areas", "categories", "targets")


def refresh_statistics(session: Session) -> None:
    """After the vocabularies were written: the database's statistics of their tables. They are
    too small for autovacuum ever to analyze them, and PostgreSQL takes a table never analyzed
    for about 200 rows: joined through ``categories`` a kind was thought to have 1/200 of the
    directory, and a coordinator's 50 candidates of one kind were sorted from all 14,305 of
    them (84 ms at 100,000 listings) instead of read in reading order (under 20 ms)."""
    session.flush()
    db.refresh_statistics(session, *VOCABULARY_TABLES)
