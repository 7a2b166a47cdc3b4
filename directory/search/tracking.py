"""Which listings a transaction changed, and writing exactly those to the index after commit.

``follow(session, directory)`` makes a session keep the search index current: every flush adds
the listings it wrote (a listing, its location or schedule; all listings of an organization
whose name or other columns changed) to the transaction's set; rows written with Core INSERTs,
which the unit of work does not see (an import's new listings), are added with
:func:`touch`. When the outer transaction commits, those listings are re-read from the database
and written to the index (``lifecycle.sync``); when it rolls back, the set is dropped and
nothing is indexed. A SAVEPOINT rolled back forgets what was touched inside it only.

Before the commit, in the transaction itself, the same listings are appended to the feed other
hosts follow (``directory.search.feed``) and their coming meetings are rewritten
(``directory.upcoming``): the derived data that must not wait for an index write. The web app follows every request
session (``webapp.search``), so views, CLI commands and use cases never write to the index
themselves. An index write that fails is logged and left to the
periodic drift check (``lifecycle.repair``): the commit stands either way. When the folder
has no index at all (never built, or removed), the commit does not begin an empty one with its
few listings: the whole index is rebuilt from the database (which holds the commit), or — in
the web app, whose keeper does it beside the requests — left to the keeper.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, SessionTransaction

from directory import upcoming
from directory.db import BULK_ROWS, refresh_statistics
from directory.models import Listing, Location, Organization, Schedule
from directory.search import feed, lifecycle

log = logging.getLogger(__name__)

_KEY = "search_tracking"
# What a bulk change (an import) grows: their statistics are refreshed with it.
# The vocabularies' tables too: an import is how a database made before they were analyzed
# on writing (``directory.vocabulary.refresh_statistics``) gets their statistics.
BULK_TABLES = (
    "listings", "locations", "schedules", "listing_categories", "listing_targets",
    "listing_revisions", "organizations", "listing_occurrences", "index_changes",
    "areas", "categories", "targets",
)  # fmt: skip


@dataclass
class _Changes:
    """What the session's current transaction changed, and where the index lives."""

    directory: Path
    on_synced: Callable[[set[int]], None] | None
    rebuild_missing: bool = True
    on_failed: Callable[[Exception], None] | None = None
    listings: set[int] = field(default_factory=set)
    organizations: set[int] = field(default_factory=set)
    progress: Callable[[int], None] | None = None
    # What was touched when each open SAVEPOINT began, to go back to if it rolls back.
    savepoints: dict[SessionTransaction, tuple[set[int], set[int]]] = field(default_factory=dict)

    def clear(self) -> None:
        self.listings, self.organizations, self.progress = set(), set(), None
        self.savepoints = {}


def follow(
    session: Session,
    directory: Path,
    *,
    on_synced: Callable[[set[int]], None] | None = None,
    rebuild_missing: bool = True,
    on_failed: Callable[[Exception], None] | None = None,
) -> None:
    """Index what each of ``session``'s transactions changed, right after it commits.

    ``on_synced(ids)`` is told which listings were written (tests use it to undo them),
    ``on_failed(error)`` that writing them failed (the commit stands; the index misses them).
    A folder without an index is rebuilt from the database after the commit; with
    ``rebuild_missing`` False it is left alone (someone else rebuilds it: the web app's keeper).
    """
    session.info[_KEY] = _Changes(directory, on_synced, rebuild_missing, on_failed)
    event.listen(session, "after_flush", _collect)
    event.listen(session, "after_transaction_create", _savepoint_begins)
    event.listen(session, "before_commit", _announce)
    event.listen(session, "after_commit", _index_committed)
    event.listen(session, "after_soft_rollback", _forget)


def touch(session: Session, listing_ids: Iterable[int]) -> None:
    """Record listings written without the unit of work (Core INSERTs), to be indexed after
    the commit like those a flush wrote. Does nothing for a session nobody follows."""
    changes: _Changes | None = session.info.get(_KEY)
    if changes is not None:
        changes.listings.update(listing_ids)


def report_progress(session: Session, progress: Callable[[int], None]) -> None:
    """Call ``progress(n)`` as the after-commit index write goes (e.g. a CLI progress bar)."""
    changes: _Changes | None = session.info.get(_KEY)
    if changes is not None:
        changes.progress = progress


def pending(session: Session) -> set[int]:
    """The listings the current transaction will index when it commits (for a progress bar's
    length); organizations' listings are counted when the commit reads them."""
    changes: _Changes | None = session.info.get(_KEY)
    return set(changes.listings) if changes is not None else set()


def _collect(session: Session, flush_context: Any) -> None:
    changes: _Changes = session.info[_KEY]
    new = session.new
    for obj in (*new, *session.dirty, *session.deleted):
        if isinstance(obj, Listing) and obj.id is not None:
            changes.listings.add(obj.id)
        elif isinstance(obj, Location | Schedule) and obj.listing_id is not None:
            changes.listings.add(obj.listing_id)
        elif (
            isinstance(obj, Organization)
            and obj.id is not None
            # A new organization has no listing but those written with it (touched
            # themselves); an existing one matters when a column changed (its name is in
            # its listings' documents), not when a listing merely joined its collection.
            and obj not in new
            and (obj in session.deleted or session.is_modified(obj, include_collections=False))
        ):
            changes.organizations.add(obj.id)


def _savepoint_begins(session: Session, transaction: SessionTransaction) -> None:
    if transaction.nested:
        changes: _Changes = session.info[_KEY]
        changes.savepoints[transaction] = (set(changes.listings), set(changes.organizations))


def _forget(session: Session, previous: SessionTransaction) -> None:
    changes: _Changes = session.info[_KEY]
    if not previous.nested:
        changes.clear()
    elif previous in changes.savepoints:  # back to what the outer transaction had touched
        changes.listings, changes.organizations = changes.savepoints.pop(previous)


def _announce(session: Session) -> None:
    """Before the outer commit: tell the other hosts' indexes, in the same transaction."""
    if session.in_nested_transaction():
        return
    session.flush()  # what is still pending counts too
    changes: _Changes = session.info[_KEY]
    listings = set(changes.listings)
    if changes.organizations:
        listings |= set(
            session.scalars(
                select(Listing.id).where(Listing.organization_id.in_(changes.organizations))
            )
        )
    if listings:
        feed.record(session, changes.directory, listings, datetime.now(UTC))
        upcoming.refresh(session, listings)  # the coming weeks' meetings, for the home page
        if len(listings) >= BULK_ROWS:
            refresh_statistics(session, *BULK_TABLES)


def _index_committed(session: Session) -> None:
    if session.in_nested_transaction():
        # A SAVEPOINT was released: SQLAlchemy calls after_commit for it too, but nothing is
        # visible to other connections until the outer transaction commits.
        return
    changes: _Changes = session.info[_KEY]
    listings, organizations, progress = changes.listings, changes.organizations, changes.progress
    changes.clear()
    if not (listings or organizations):
        return
    try:
        # The committed session cannot run SQL inside this event; read with a new one on the
        # same bind (in tests that is the test's connection, so it sees the same data).
        with Session(bind=session.get_bind(), join_transaction_mode="create_savepoint") as fresh:
            if organizations:
                listings |= set(
                    fresh.scalars(
                        select(Listing.id).where(Listing.organization_id.in_(organizations))
                    )
                )
            try:
                lifecycle.sync(fresh, changes.directory, listings, progress=progress)
            except lifecycle.IndexMissing:
                if not changes.rebuild_missing:
                    log.warning(
                        "search index missing in %s: it is being rebuilt", changes.directory
                    )
                    return
                log.warning("search index missing in %s: rebuilding it", changes.directory)
                try:
                    lifecycle.rebuild(fresh, changes.directory)
                except lifecycle.IndexBusy:
                    return  # another process is rebuilding it; it catches up with this commit
        if changes.on_synced is not None:
            changes.on_synced(listings)
    except Exception as error:
        # The database is right; the index catches up at the next drift check or reindex.
        log.exception("search index update failed for %d listings", len(listings))
        if changes.on_failed is not None:
            changes.on_failed(error)
