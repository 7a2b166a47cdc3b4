"""Suggestions for a need, as the coordinator pages ask for them: origin, table, audit.

The listing table and its term index are derived data: built once from the published
directory and rebuilt when the directory changes (``TableCache`` compares a cheap fingerprint
of the directory on each use), so a newly approved listing is suggested at once.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.models import Category, IndexChange, Listing, Target, User
from matching import audit
from matching.engine import (
    DEFAULT_WEIGHTS,
    DistanceFn,
    Origin,
    Suggestions,
    TermAnalyzer,
    TermIndex,
    Weights,
    suggest,
)
from matching.models import ParticipationNeed
from matching.plans import need_data
from matching.profiles import ListingTable, load_table


def directory_fingerprint(session: Session) -> tuple[object, ...]:
    """Changes whenever the directory does, read from two indexes, never from every listing
    (counting and summing the listings took 33 ms a request at 100,000): the change feed that
    every tracked write appends to (``directory.search.feed``: listings written or removed,
    their places, schedules and organizations), and the latest listing update (a write by a
    session that does not follow the index)."""
    first, last = session.execute(
        select(func.min(IndexChange.seq), func.max(IndexChange.seq))
    ).one()
    latest = session.scalar(select(func.max(Listing.updated_at)))
    return first, last, str(latest)


@dataclass
class _Built:
    fingerprint: tuple[object, ...]
    table: ListingTable
    index: TermIndex


class TableCache:
    """One per process: the latest table and index, rebuilt when the directory changed.

    One thread rebuilds at a time; meanwhile the others keep using the table they have (a
    listing approved a second ago is suggested a few seconds later, never a request held up
    for the whole build). The web app warms the cache in the background at start (``warm``),
    so no coordinator's first request pays for the build either.
    """

    def __init__(self, analyzer: TermAnalyzer) -> None:
        self.analyzer = analyzer
        self._built: _Built | None = None
        self._building = threading.Lock()

    def get(self, session: Session) -> tuple[ListingTable, TermIndex]:
        fingerprint = directory_fingerprint(session)
        built = self._built
        if built is not None and built.fingerprint == fingerprint:
            return built.table, built.index
        # Only the first build is waited for; later ones happen beside the old table.
        if self._building.acquire(blocking=built is None):
            try:
                current = self._built
                if current is None or current.fingerprint != fingerprint:
                    table = load_table(session)
                    self._built = _Built(fingerprint, table, TermIndex(table, self.analyzer))
            finally:
                self._building.release()
        ready = self._built
        assert ready is not None  # noqa: S101 (built above, or by the thread that held the lock)
        return ready.table, ready.index

    def warm(self, session: Session) -> None:
        self.get(session)


def origin_of(need: ParticipationNeed) -> Origin | None:
    """A chosen point, else the centre of the area the person lives in."""
    if need.origin_lat is not None and need.origin_lon is not None:
        return Origin(need.origin_lat, need.origin_lon, "指定した地点")
    area = need.plan.case.area
    if area is not None and area.lat is not None and area.lon is not None:
        return Origin(area.lat, area.lon, f"自宅エリア({area.name})")
    return None


def suggestions_for(
    session: Session,
    actor: User,
    need: ParticipationNeed,
    *,
    cache: TableCache,
    distance: DistanceFn,
    today: date,
    weights: Weights = DEFAULT_WEIGHTS,
    limit: int = 20,
) -> Suggestions:
    """Suggestions for a need the actor may see (the caller loaded it with ``get_need``)."""
    table, index = cache.get(session)
    result = suggest(
        table,
        index,
        need_data(need),
        origin=origin_of(need),
        distance=distance,
        today=today,
        age_band=need.plan.case.age_band,
        weights=weights,
        category_labels={
            c: label for c, label in session.execute(select(Category.code, Category.label))
        },
        target_labels={t: label for t, label in session.execute(select(Target.code, Target.label))},
        limit=limit,
    )
    audit.record(
        session,
        actor,
        "need.suggest",
        case_id=need.plan.case_id,
        object_type="need",
        object_id=need.id,
    )
    return result
