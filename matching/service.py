"""Suggestions for a need, as the coordinator pages ask for them: origin, table, audit.

The listing table and its term index are derived data: built from the published directory
and brought up to date when it changes (``TableCache`` compares a cheap reading of the
directory's state on each use and reads again only the listings changed), so a newly approved
listing is suggested at once.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from directory.models import Category, IndexChange, Listing, Target, User
from directory.search import feed
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
from matching.profiles import ListingProfile, ListingTable, load_profiles, load_table


@dataclass(frozen=True)
class DirectoryState:
    """What says whether the directory changed, read from indexes, never from every listing
    (counting and summing the listings took 33 ms a request at 100,000): the change feed
    that every tracked write appends to (``directory.search.feed``: listings written or
    removed, their places, schedules and organizations), and the latest listing update (a
    write by a session that does not follow the index)."""

    first_seq: int | None
    last_seq: int | None
    last_change: datetime | None
    latest_update: datetime | None


def directory_state(session: Session) -> DirectoryState:
    first, last, last_change = session.execute(
        select(
            func.min(IndexChange.seq), func.max(IndexChange.seq), func.max(IndexChange.changed_at)
        )
    ).one()
    return DirectoryState(
        first, last, last_change, session.scalar(select(func.max(Listing.updated_at)))
    )


# A transaction takes its place in the feed (and its time) before it commits, so a change
# can appear behind one already read: what was written this long before the last one read is
# read again (as long as the search index's follower waits for such a change).
LATE = timedelta(seconds=feed.HOLE_SECONDS)
# The feed keeps changes for a day (``feed.KEEP``): a table last brought up to date longer ago
# than this might miss some that have left it, and is read whole again.
CHANGES_KEPT = timedelta(hours=12)


@dataclass
class _Built:
    state: DirectoryState
    table: ListingTable
    index: TermIndex
    read_at: datetime  # when the directory (whole, or its changes) was read


class TableCache:
    """One per process: the latest table and index, brought up to date when the directory
    changed.

    The first use reads the whole directory; later ones read only the listings changed since
    (from the change feed) and move the rest over, so a
    listing approved a moment ago is suggested at the next request without reading 100,000
    listings again (30 s there; a few changes now take about a second, most of it the term
    index). One thread updates at a time; meanwhile the others keep using the table they
    have. The web app warms the cache at start (``warm``), so no coordinator's first request
    pays for the whole reading either.
    """

    def __init__(self, analyzer: TermAnalyzer) -> None:
        self.analyzer = analyzer
        self._built: _Built | None = None
        self._building = threading.Lock()

    def get(self, session: Session) -> tuple[ListingTable, TermIndex]:
        state = directory_state(session)
        built = self._built
        if built is not None and built.state == state:
            return built.table, built.index
        # Only the first build is waited for; later ones happen beside the old table.
        if self._building.acquire(blocking=built is None):
            try:
                current = self._built
                if current is None or current.state != state:
                    self._built = self._update(session, state, current)
            finally:
                self._building.release()
        ready = self._built
        assert ready is not None  # noqa: S101 (built above, or by the thread that held the lock)
        return ready.table, ready.index

    def warm(self, session: Session) -> None:
        self.get(session)

    def _update(self, session: Session, state: DirectoryState, current: _Built | None) -> _Built:
        now = datetime.now(UTC)
        if current is None or now - current.read_at >= CHANGES_KEPT:
            return self._whole(session, state, now)
        if state.last_seq == current.state.last_seq:
            if state.latest_update != current.state.latest_update:
                # Written by a session that does not follow the index (its listings are
                # unknown), or its time set back: only a whole reading is sure.
                return self._whole(session, state, now)
        changed = _changed_since(session, current.state)
        if not changed:  # the feed was only pruned
            return _Built(state, current.table, current.index, now)
        table, index = brought_up_to_date(
            current.table, current.index, changed, load_profiles(session, changed)
        )
        return _Built(state, table, index, now)

    def _whole(self, session: Session, state: DirectoryState, now: datetime) -> _Built:
        table = load_table(session)
        return _Built(state, table, TermIndex(table, self.analyzer), now)


def brought_up_to_date(
    table: ListingTable,
    index: TermIndex,
    changed: Collection[int],
    profiles: Iterable[ListingProfile],
) -> tuple[ListingTable, TermIndex]:
    """The table and index with the listings ``changed`` read again: their ``profiles`` now
    (a changed listing without one is gone)."""
    now = {p.id: p for p in table.profiles if p.id not in changed}
    now.update((p.id, p) for p in profiles)
    updated = ListingTable([now[i] for i in sorted(now)])
    return updated, index.updated(table, updated, set(changed))


def _changed_since(session: Session, before: DirectoryState) -> set[int]:
    """The listings the feed says were written since the directory was in the state
    ``before`` (and some a little earlier: see ``LATE``). Every session of the app follows the
    index, so every write is in the feed; one that is not is seen by the latest update alone,
    and the whole directory is read then (``TableCache._update``)."""
    after_seq = IndexChange.seq > (before.last_seq or 0)
    in_feed = (
        or_(after_seq, IndexChange.changed_at >= before.last_change - LATE)
        if before.last_change is not None
        else after_seq
    )
    return set(session.scalars(select(IndexChange.listing_id).where(in_feed)))


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
