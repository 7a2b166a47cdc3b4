"""Suggestions for a need, as the coordinator pages ask for them: origin, table, audit.

The listing table and its term index are derived data: built from the published directory
and brought up to date when it changes (``TableCache`` compares a cheap reading of the
directory's state on each use and reads again only the listings changed), so a newly approved
listing is suggested at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

import directory
import matching
from directory.models import Category, IndexChange, Listing, Target, User
from directory.search import feed, lifecycle
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

log = logging.getLogger(__name__)


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

    Once per host: with a ``snapshot`` file, a table read whole is kept there, and a process
    starting later takes it and reads only the changes since (at 100,000 listings ~4 s
    instead of ~20 of a whole reading). Processes starting together take turns, so the first
    reads the directory and the others take its table. A snapshot is taken only when it
    was made by the same code and the database still holds the change it last read (not a
    database restored from before it, say).
    """

    def __init__(self, analyzer: TermAnalyzer, snapshot: Path | None = None) -> None:
        self.analyzer = analyzer
        self.snapshot = snapshot
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
        if current is None and self.snapshot is not None:
            try:  # the host's other processes take turns: one reads the directory
                with lifecycle.exclusive(self.snapshot.with_suffix(".lock"), wait=SNAPSHOT_WAIT):
                    current = _taken(session, self.snapshot, self.analyzer, state)
                    if current is None:
                        return self._whole(session, state, datetime.now(UTC))
            except lifecycle.IndexBusy:
                log.warning(
                    "matching table: %s stayed locked; reading the directory", self.snapshot
                )
        now = datetime.now(UTC)
        if current is None or now - current.read_at >= CHANGES_KEPT:
            return self._whole(session, state, now)
        if current.state == state:
            return current
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
        built = _Built(state, table, TermIndex(table, self.analyzer), now)
        if self.snapshot is not None:
            _keep(session, self.snapshot, built)
        return built


# --- kept once per host -----------------------------------------------------------------

SNAPSHOT_FORMAT = 1
SNAPSHOT_WAIT = 300.0  # seconds a process waits for another reading the directory


@cache
def _code_key() -> str:
    """What makes the table and its index from the directory: the code and the word lists of
    ``directory`` and ``matching``. A snapshot made by other code (an upgrade, a synonym
    added) is not taken."""
    digest = hashlib.sha256(f"format {SNAPSHOT_FORMAT}".encode())
    for package in (directory, matching):
        root = Path(package.__file__ or "").parent
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".tsv", ".toml"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _last_change(session: Session, state: DirectoryState) -> tuple[int, datetime] | None:
    """The last change the state read (its listing and time), to find it again later."""
    row = session.get(IndexChange, state.last_seq) if state.last_seq is not None else None
    return (row.listing_id, row.changed_at) if row is not None else None


def _keep(session: Session, path: Path, built: _Built) -> None:
    """Keep a table read whole for the host's other processes (written aside, then moved in:
    a reader sees the old file or the new one)."""
    index = built.index.parts()
    kept = {
        "code": _code_key(),
        "state": built.state,
        "last_change": _last_change(session, built.state),
        "read_at": built.read_at,
        "profiles": built.table.profiles,
        "index": index,
    }
    staged = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        with staged.open("wb") as file:
            pickle.dump(kept, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(staged, path)
    except OSError:
        log.exception("matching table: could not keep it in %s", path)
        staged.unlink(missing_ok=True)


def _taken(
    session: Session, path: Path, analyzer: TermAnalyzer, now: DirectoryState
) -> _Built | None:
    """The host's kept table, when it is of this code and the database still holds the last
    change it read, or is as it was then (else None: the directory is read whole)."""
    try:
        with path.open("rb") as file:
            kept = pickle.load(file)  # noqa: S301 (written by this app, in its own index folder)
    except FileNotFoundError:
        return None
    except Exception:  # a file cut short, of an older Python or numpy…
        log.warning("matching table: %s could not be read; reading the directory", path)
        return None
    state: DirectoryState = kept["state"]
    if kept["code"] != _code_key():
        return None
    if state != now and (
        kept["last_change"] is None or _last_change(session, state) != kept["last_change"]
    ):
        return None  # the database no longer holds what the table was read from
    table = ListingTable(kept["profiles"])
    return _Built(
        state, table, TermIndex.of_parts(analyzer, len(table), *kept["index"]), kept["read_at"]
    )


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
        return Origin(area.lat, area.lon, f"自宅エリア({area.name})", area.id)
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
