"""The index's life: create, write safely from several processes, sync from the database.

The database is the source of truth; the index is derived and can always be rebuilt.

- ``sync(session, ids)`` makes the index agree with the database for those listings (added,
  replaced or removed). The web layer calls it right after a commit. A listing the index does
  not hold yet is added without a delete-by-term lookup, so an import's 10,000 new listings
  cost what a rebuild of them would.
- ``rebuild(session)`` writes a fresh index from every published listing.
- ``repair(session)`` compares the fingerprints stored in the index with the database and
  syncs what differs — the crash between "commit" and "index write" is repaired at start-up.

Writers: Whoosh allows one writer per index and raises ``LockError`` to the others. Every
write here first takes an exclusive ``flock`` on ``write.lock`` in the index folder (blocking,
with a timeout), so gunicorn workers or a CLI command writing at the same time queue up
instead of failing, and each writer re-reads the database state of its listings *inside* the
lock, so the last writer always writes what the database holds now (no lost updates). Segments
are written by ``directory.search.writer.MemorySegmentWriter`` (Whoosh's format, postings
pooled in memory rather than in pickled run files).
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.writing import SegmentWriter

from directory.browse import listing_load_options
from directory.bulk import paused_gc
from directory.models import Listing, ListingStatus, Organization
from directory.search.index import Document, document, fingerprint, schema
from directory.search.writer import MemorySegmentWriter

# session.info key under which a session collects the listing ids its transaction changed; the
# web layer's after-commit hook syncs them (``webapp.search``).
TOUCHED = "search_touched_listings"
# session.info key under which a session keeps index documents it built while writing (an
# import's new listings), so the after-commit sync can write them without re-reading them.
PREPARED = "search_prepared_documents"
# session.info key of a ``background.SegmentBuilder`` writing the index segment of listings
# this transaction inserts; published after the commit (``publish_pending``), abandoned on
# rollback (``abandon_pending``).
BUILDER = "search_segment_builder"
LOCK_FILE = "write.lock"
LOCK_TIMEOUT_SECONDS = 60.0
INDEX_NAME = "listings"
BATCH = 500


class IndexBusy(RuntimeError):
    """Another process held the write lock for longer than the timeout."""


@contextmanager
def write_lock(directory: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory / LOCK_FILE, os.O_CREAT | os.O_RDWR, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexBusy(str(directory)) from None
                time.sleep(0.01)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def mark_touched(session: Session, ids: Iterable[int]) -> None:
    """Record listings written without the unit of work (Core INSERTs), so that the
    after-commit index hook syncs them like the ones it sees in a flush."""
    ids = set(ids)
    session.info.setdefault(TOUCHED, set()).update(ids)
    prepared = session.info.get(PREPARED)
    if prepared:
        for listing_id in ids:  # changed again since its document was built
            prepared.pop(listing_id, None)


def prepare_documents(session: Session, documents: Mapping[int, Document]) -> None:
    """Record documents built from what this transaction wrote (their listings are touched
    too); ``sync(..., prepared=...)`` writes them after the commit instead of reloading."""
    mark_touched(session, documents)
    session.info.setdefault(PREPARED, {}).update(documents)


def publish_pending(session: Session) -> set[int]:
    """After a commit: publish the segment a background builder wrote for this transaction's
    new listings; returns their ids (empty when there was none, or it failed — then the
    caller's ordinary ``sync`` of the touched ids indexes them)."""
    builder = session.info.pop(BUILDER, None)
    if builder is None or not builder.publish():
        return set()
    written = set(builder.ids)
    prepared = session.info.get(PREPARED)
    if prepared:
        for listing_id in written:
            prepared.pop(listing_id, None)
    return written


def abandon_pending(session: Session) -> None:
    """After a rollback: the background builder's segment describes rows that are gone."""
    builder = session.info.pop(BUILDER, None)
    if builder is not None:
        builder.abandon()


def open_index(directory: Path, *, attempts: int = 20) -> FileIndex:
    """Open the index for reading, creating an empty one (under the write lock) if none.

    A writer in another process may replace the table of contents between our listing of the
    folder and our opening of it (FileNotFoundError); we then simply read the newer one.
    """
    for attempt in range(attempts):
        try:
            if whoosh_index.exists_in(str(directory), indexname=INDEX_NAME):
                return whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
            with write_lock(directory):
                return open_locked(directory)
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01)
    raise AssertionError("unreachable")  # pragma: no cover


def open_locked(directory: Path) -> FileIndex:
    """Open (or create) the index while holding the write lock: nobody replaces files now."""
    if whoosh_index.exists_in(str(directory), indexname=INDEX_NAME):
        return whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
    return whoosh_index.create_in(str(directory), schema(), indexname=INDEX_NAME)


def segment_writer(ix: FileIndex) -> SegmentWriter:
    # Our flock already serialises writers; a short Whoosh timeout covers a writer that does
    # not use this module (it would otherwise raise LockError at once).
    return MemorySegmentWriter(ix, timeout=LOCK_TIMEOUT_SECONDS, delay=0.05)


def _indexed_ids(ix: FileIndex) -> set[int]:
    """Ids with a term in the index (a deleted document's may linger: harmless below)."""
    with ix.reader() as reader:
        return {int(term) for term in reader.lexicon("id")}


def _load(session: Session, ids: Iterable[int]) -> list[Listing]:
    return list(
        session.scalars(
            select(Listing)
            .where(Listing.id.in_(list(ids)))
            .options(*listing_load_options())
            .execution_options(populate_existing=True)
        )
    )


def write_documents(
    directory: Path, documents: Iterable[Document], removed: Iterable[int] = ()
) -> None:
    """Replace (or add) ``documents`` and remove ``removed`` in one locked Whoosh commit."""
    with write_lock(directory):
        writer = segment_writer(open_locked(directory))
        try:
            for doc in documents:
                writer.update_document(**doc.fields())
            for listing_id in removed:
                writer.delete_by_term("id", str(listing_id))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()


@paused_gc()
def sync(
    session: Session,
    directory: Path,
    ids: Iterable[int],
    prepared: Mapping[int, Document] | None = None,
) -> int:
    """Make the index agree with the database for ``ids``; returns how many were written.

    ``prepared``: documents built from what a just-committed transaction wrote (an import's
    new listings, see ``prepare_documents``); one is written as it is when its listing is not
    in the index yet, instead of being re-read. A listing another writer indexed meanwhile is
    re-read as usual (the last writer writes what the database holds now).
    """
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    with write_lock(directory):
        written = 0
        ix = open_locked(directory)
        # A listing new to the index (an import's) is simply added; replacing one means a
        # delete-by-term lookup per document, which a 10,000-row import should not pay.
        indexed = _indexed_ids(ix)
        asked = set(wanted)
        ready = {i: doc for i, doc in (prepared or {}).items() if i in asked and i not in indexed}
        writer = segment_writer(ix)
        try:
            for doc in ready.values():
                writer.add_document(**doc.fields())
            written += len(ready)
            wanted = [i for i in wanted if i not in ready]
            for start in range(0, len(wanted), BATCH):
                chunk = wanted[start : start + BATCH]
                rows = {listing.id: listing for listing in _load(session, chunk)}
                for listing_id in chunk:
                    listing = rows.get(listing_id)
                    if listing is not None and listing.status is ListingStatus.PUBLISHED:
                        fields = document(listing).fields()
                        if listing_id in indexed:
                            writer.update_document(**fields)
                        else:
                            writer.add_document(**fields)
                        written += 1
                    elif listing_id in indexed:
                        writer.delete_by_term("id", str(listing_id))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return written


def published_ids(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(Listing.id).where(Listing.status == ListingStatus.PUBLISHED).order_by(Listing.id)
        )
    )


@paused_gc()
def rebuild(
    session: Session,
    directory: Path,
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write a fresh index of every published listing; ``progress(n)`` after each batch.

    Give it a session of its own: it detaches what it loaded after each batch, so memory stays
    flat on a large directory.
    """
    ids = published_ids(session)
    directory.mkdir(parents=True, exist_ok=True)
    with write_lock(directory):
        ix = whoosh_index.create_in(str(directory), schema(), indexname=INDEX_NAME)
        writer = MemorySegmentWriter(ix)
        try:
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                for listing in _load(session, chunk):
                    writer.add_document(**document(listing).fields())
                session.expunge_all()
                if progress:
                    progress(len(chunk))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return len(ids)


def indexed_fingerprints(directory: Path) -> dict[int, str]:
    # Read under the write lock: a start-up check may wait a moment, never read half a commit.
    with write_lock(directory), open_locked(directory).reader() as reader:
        return {
            int(fields["id"]): fields.get("fingerprint", "") for _, fields in reader.iter_docs()
        }


def database_fingerprints(session: Session) -> dict[int, str]:
    rows = session.execute(
        select(Listing.id, Listing.version, Listing.updated_at, Organization.version)
        .join(Organization, Organization.id == Listing.organization_id)
        .where(Listing.status == ListingStatus.PUBLISHED)
    )
    return {lid: fingerprint(v, updated, org_v) for lid, v, updated, org_v in rows}


def drift(session: Session, directory: Path) -> set[int]:
    """Listing ids whose index entry differs from the database (missing, stale or extra)."""
    indexed = indexed_fingerprints(directory)
    current = database_fingerprints(session)
    stale = {i for i, fp in current.items() if indexed.get(i) != fp}
    extra = set(indexed) - set(current)
    return stale | extra


def repair(session: Session, directory: Path) -> set[int]:
    """Sync every drifted listing; returns their ids (empty when the index was right)."""
    drifted = drift(session, directory)
    if drifted:
        sync(session, directory, drifted)
    return drifted
