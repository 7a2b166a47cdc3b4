"""The coming weeks' meetings of every listing, kept in a table: the home page's week is a query.

Computing "who meets this week" means expanding every listing's schedule, which at 100,000
listings took 43 s — too slow for a page. So the meetings of the next ``HORIZON_DAYS`` are kept
in ``listing_occurrences``, derived from the schedules and rebuildable from them:

- a transaction that changes listings rewrites their rows before it commits
  (:func:`refresh`, called by ``directory.search.tracking``, which knows what changed);
- once a day the window moves on (:func:`extend`, run in the background by the web app, and by
  ``init-db``/``load-seeds``/``reindex``): the new days are added for every listing and the past
  ones dropped — the only pass over all schedules, and never inside a request;
- :func:`week` reads the first meetings of each day and how many there are, in two queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from directory.browse import Audience, visible
from directory.db import refresh_statistics
from directory.models import (
    DerivedState,
    IndexChange,
    Listing,
    ListingOccurrence,
    ListingStatus,
    Location,
    Schedule,
)
from directory.schedules import Occurrence, spec_from_dict
from directory.schedules.occurrences import next_occurrences

STATE = "listing_occurrences"
HORIZON_DAYS = 42
RENEW_BEFORE_DAYS = 35  # extend when fewer than this many days are left ahead
BATCH = 2000
PREFETCH_PER_DAY = 12  # rows read per day to choose the few shown


@dataclass(frozen=True)
class Meeting:
    """One meeting shown in the week: plain values, so a day can be kept between requests."""

    occurrence: Occurrence
    listing_id: int
    name: str
    kana: str
    area: str  # the 地区's name, or ""


@dataclass(frozen=True)
class Day:
    """One day of the "coming week" overview: the first few meetings and how many in all."""

    day: date
    meetings: Sequence[Meeting]
    total: int


def version(session: Session) -> tuple[object, ...]:
    """Changes whenever the coming weeks can have changed: a listing was written (the index
    feed grew or was pruned) or the window moved. Cheap — the feed's first and last sequence
    numbers and the window's row, three indexed lookups whatever the feed's length: a key for
    caching the week."""
    changes = session.execute(select(func.min(IndexChange.seq), func.max(IndexChange.seq))).one()
    state = _state(session)
    return (*changes, state.updated_at if state is not None else None)


def _state(session: Session, *, lock: bool = False) -> DerivedState | None:
    # Locked (PostgreSQL): two hosts moving the window at once take turns, and the second
    # finds it moved.
    return session.get(DerivedState, STATE, with_for_update=lock or None)


def _rows(
    listing_id: int, spec: dict[str, object], start: date, end: date
) -> list[dict[str, object]]:
    parsed = spec_from_dict(spec, today=start)  # read on the rows' first day, not the machine's
    days = (end - start).days
    rows = []
    for occ in next_occurrences(parsed, start, count=days * 4, horizon_days=days):
        if occ.day >= end:
            break
        rows.append(
            {"listing_id": listing_id, "day": occ.day, "starts": occ.start, "ends": occ.end}
        )
    return rows


def _write(session: Session, listing_ids: Sequence[int] | None, start: date, end: date) -> None:
    """Insert the meetings in [start, end) of ``listing_ids`` (all published ones: None)."""
    query = (
        select(Schedule.listing_id, Schedule.spec)
        .join(Listing, Listing.id == Schedule.listing_id)
        .where(Listing.status == ListingStatus.PUBLISHED)
        .order_by(Schedule.listing_id)
    )
    if listing_ids is not None:
        query = query.where(Schedule.listing_id.in_(listing_ids))
    batch: list[dict[str, object]] = []
    for listing_id, spec in session.execute(query).yield_per(BATCH):
        if spec:
            batch.extend(_rows(listing_id, spec, start, end))
        if len(batch) >= BATCH:
            session.execute(insert(ListingOccurrence), batch)
            batch = []
    if batch:
        session.execute(insert(ListingOccurrence), batch)


def refresh(session: Session, listing_ids: Iterable[int]) -> None:
    """Rewrite the rows of these listings (their schedule or status changed), inside the
    caller's transaction. Nothing to do before the table was first filled (:func:`extend`)."""
    state = _state(session)
    ids = sorted(set(listing_ids))
    if state is None or state.start is None or state.through is None or not ids:
        return
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        session.execute(delete(ListingOccurrence).where(ListingOccurrence.listing_id.in_(chunk)))
        _write(session, chunk, state.start, state.through)


def extend(session: Session, today: date) -> bool:
    """Move the window to [today, today + HORIZON_DAYS) when it runs short (or was never
    filled); returns whether it did. The caller commits."""
    state = _state(session, lock=True)
    until = today + timedelta(days=HORIZON_DAYS)
    if state is not None and state.through is not None and state.start is not None:
        if state.start <= today and state.through >= today + timedelta(days=RENEW_BEFORE_DAYS):
            return False
        first_new = max(state.through, today)
        if state.start > today:  # the clock went back: start afresh
            first_new = today
            session.execute(delete(ListingOccurrence))
    else:
        first_new = today
        session.execute(delete(ListingOccurrence))
        state = DerivedState(name=STATE)
        session.add(state)
    session.execute(delete(ListingOccurrence).where(ListingOccurrence.day < today))
    _write(session, None, first_new, until)
    refresh_statistics(session, ListingOccurrence.__tablename__)
    state.start, state.through = today, until
    state.updated_at = datetime.now(UTC)
    session.flush()
    return True


def week(
    session: Session, audience: Audience, start: date, *, days: int = 7, per_day: int = 3
) -> list[Day]:
    """Visible listings meeting on each of the ``days`` days from ``start``, earliest first:
    up to ``per_day`` meetings a day (preferring listings not shown on an earlier day, so a
    daily activity does not head every day) and the day's total."""
    end = start + timedelta(days=days)
    in_week = (ListingOccurrence.day >= start, ListingOccurrence.day < end, visible(audience))
    totals = dict(
        session.execute(
            select(ListingOccurrence.day, func.count(func.distinct(ListingOccurrence.listing_id)))
            .join(Listing, Listing.id == ListingOccurrence.listing_id)
            .where(*in_week)
            .group_by(ListingOccurrence.day)
        ).all()
    )
    if not totals:
        return []
    rank = (
        func.row_number()
        .over(
            partition_by=ListingOccurrence.day,
            order_by=(
                func.coalesce(ListingOccurrence.starts, time.min),
                Listing.kana,
                Listing.id,
            ),
        )
        .label("rank")
    )
    ranked = (
        select(
            ListingOccurrence.day,
            ListingOccurrence.starts,
            ListingOccurrence.ends,
            ListingOccurrence.listing_id,
            rank,
        )  # fmt: skip
        .join(Listing, Listing.id == ListingOccurrence.listing_id)
        .where(*in_week)
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.day, ranked.c.starts, ranked.c.ends, ranked.c.listing_id)
        .where(ranked.c.rank <= PREFETCH_PER_DAY)
        .order_by(ranked.c.day, ranked.c.rank)
    ).all()
    listings = {
        listing.id: listing
        for listing in session.scalars(
            select(Listing)
            .where(Listing.id.in_({row.listing_id for row in rows}))
            .options(selectinload(Listing.location).selectinload(Location.area))
        )
    }
    by_day: dict[date, list[Meeting]] = {}
    for row in rows:
        listing = listings[row.listing_id]
        area = listing.area
        meeting = Meeting(
            Occurrence(row.day, row.starts, row.ends),
            listing.id,
            listing.name,
            listing.kana,
            area.name if area is not None else "",
        )
        meetings = by_day.setdefault(row.day, [])
        if meeting not in meetings:
            meetings.append(meeting)
    result = []
    shown: set[int] = set()
    for day in sorted(by_day):
        chosen = sorted(by_day[day], key=lambda m: m.listing_id in shown)[:per_day]  # stable
        chosen.sort(key=lambda m: (m.occurrence.start or time.min, m.kana, m.listing_id))
        shown.update(m.listing_id for m in chosen)
        result.append(Day(day=day, meetings=chosen, total=totals[day]))
    return result
