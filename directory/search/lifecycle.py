"""The index's life: open, write, rebuild aside and swap, find and repair drift.

The database is the source of truth; the index is derived and can always be rebuilt.

- ``sync(session, directory, ids)`` makes the index agree with the database for those listings
  (added, replaced or removed). ``directory.search.tracking`` calls it after each commit with
  exactly the listings the transaction changed.
- ``rebuild(session, directory)`` writes a fresh index of every published listing *beside* the
  current one (another index name in the same folder), then makes it current by replacing the
  one-line file ``CURRENT`` (an atomic rename), catches up with what changed during the build,
  and deletes the old index's files. Searches read the old index until the switch; a crash
  before it leaves the old index current, and the half-built one is removed by the next rebuild.
- ``repair(session, directory)`` compares the fingerprints stored in the index with the
  database and syncs what differs (a crash between a commit and its index write, or an index
  write that gave up): the web app runs it at start and then periodically.
- A folder without an index (never built, or its files removed) is never given an empty one by
  a reader or by ``sync``: they raise ``IndexMissing``, and the index is rebuilt from the
  database (``rebuild``; ``needs_rebuild`` says when). An index whose files cannot be read
  (cut short or overwritten: a disk that filled up, a power cut, a backup restored in part)
  is rebuilt the same way: ``needs_rebuild`` tries to read it (``DAMAGE_ERRORS``). An empty index that a sync then wrote one
  listing into would answer every search as if the directory held that one listing. Only
  ``rebuild``, ``create`` (an explicitly empty index) and ``write_documents`` make one.

Writers: one at a time. Every write holds an exclusive ``flock`` on ``write.lock`` in the index
folder (waiting up to a timeout), so web workers and a CLI command queue up; a writer re-reads
the database state of its listings inside the lock, so the last writer writes what the database
holds now. The kernel releases a ``flock`` when its process dies, even by ``kill -9``: a crashed
writer never leaves the index locked (the lock file records the holder's pid for the log).
Inside the lock, Whoosh's own writer (public API, one process) writes the segment.
"""

from __future__ import annotations

import fcntl
import logging
import os
import pickle
import shutil
import struct
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from whoosh import index as whoosh_index
from whoosh.index import FileIndex
from whoosh.writing import IndexWriter

from directory.browse import listing_load_options
from directory.models import Listing, ListingStatus, Organization
from directory.search import feed
from directory.search.index import Document, document, fingerprint, schema

LOCK_FILE = "write.lock"
REBUILD_LOCK_FILE = "rebuild.lock"
FOLLOW_LOCK_FILE = "feed.lock"
POINTER_FILE = "CURRENT"
LOCK_TIMEOUT_SECONDS = 60.0
INDEX_NAME = "listings"  # the name of an index made before any rebuild (and of old installs)
BATCH = 500
# What Whoosh raises reading an index whose files were cut short or overwritten (a table of
# contents left empty by a power cut — Whoosh renames without fsync — reads as a TypeError).
# OSError covers FileNotFoundError, which is no damage but a writer replacing files meanwhile:
# callers catch that one first.
DAMAGE_ERRORS: tuple[type[Exception], ...] = (
    EOFError, struct.error, pickle.UnpicklingError, zlib.error, ValueError, IndexError, KeyError,
    TypeError, OSError,
)  # fmt: skip

log = logging.getLogger(__name__)
WRITER_MEMORY_MB = (
    64  # Whoosh's in-memory posting pool per writer; beyond, it spills sorted runs to disk
)


class IndexBusy(RuntimeError):
    """Another process held the write lock for longer than the timeout."""


class IndexMissing(RuntimeError):
    """The folder has no current index (never built, or its files were removed): rebuild it
    from the database (``rebuild``), never write into an empty one."""

    def __init__(self, directory: Path) -> None:
        super().__init__(f"no search index in {directory}: rebuild it from the database")


class IndexDamaged(IndexMissing):
    """The folder's current index cannot be read (``DAMAGE_ERRORS``): like a missing one, it
    is rebuilt from the database, never written into."""

    def __init__(self, directory: Path, error: Exception) -> None:
        RuntimeError.__init__(
            self,
            f"search index in {directory} cannot be read ({type(error).__name__}):"
            " rebuild it from the database",
        )


# ---- locking ---------------------------------------------------------------------------


@contextmanager
def _flock(path: Path, timeout: float | None) -> Iterator[None]:
    """An exclusive flock on ``path``; ``timeout`` None: fail at once if it is taken."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o644)
    deadline = time.monotonic() + (timeout or 0.0)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if timeout is None or time.monotonic() > deadline:
                    raise IndexBusy(_holder(path)) from None
                time.sleep(0.01)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holder(path: Path) -> str:
    """Who holds ``path`` (for the log): the pid it recorded, and whether that one is alive."""
    try:
        pid = int(path.read_text().strip() or 0)
    except (OSError, ValueError):
        return f"{path}: held by an unknown process"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        # Only possible if the lock was taken by a copy of the holder's descriptor (a child it
        # started): the kernel drops a flock when its last descriptor closes.
        return f"{path}: held via process {pid}, which has exited"
    except PermissionError:
        pass
    return f"{path}: held by process {pid}"


@contextmanager
def write_lock(directory: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    with _flock(directory / LOCK_FILE, timeout):
        yield


@contextmanager
def exclusive(path: Path, *, wait: float | None = None) -> Iterator[None]:
    """``path`` locked for this process, or ``IndexBusy`` when another holds it: at once, or
    after waiting ``wait`` seconds for it."""
    with _flock(path, timeout=wait):
        yield


# ---- which index is current ------------------------------------------------------------


def current_name(directory: Path) -> str:
    """The name of the folder's current index (``CURRENT``; an index never rebuilt has none)."""
    try:
        return (directory / POINTER_FILE).read_text(encoding="ascii").strip() or INDEX_NAME
    except FileNotFoundError:
        return INDEX_NAME


def _make_current(directory: Path, name: str) -> None:
    staged = directory / f"{POINTER_FILE}.{os.getpid()}"
    staged.write_text(name + "\n", encoding="ascii")
    os.replace(staged, directory / POINTER_FILE)  # atomic: readers see the old or the new


def _files_of(directory: Path, name: str) -> list[Path]:
    """Whoosh's files of index ``name``: ``_<name>_<gen>.toc``, ``<name>_<segment>.*`` and
    the ``<name>.tmp`` folder its writer pools postings in (left behind by a killed writer)."""
    return [
        path
        for path in directory.iterdir()
        if path.name.startswith((f"_{name}_", f"{name}_")) or path.name == f"{name}.tmp"
    ]


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)  # open readers keep their files until they close


def _index_names(directory: Path) -> set[str]:
    """Every index that has, or had begun to have, files in the folder."""
    names = set()
    for path in directory.glob("_*_*.toc"):
        names.add(path.name[1:].rsplit("_", 1)[0])
    for path in directory.glob("*_WRITELOCK"):
        names.add(path.name.removesuffix("_WRITELOCK"))
    for path in directory.glob("*.tmp"):
        names.add(path.name.removesuffix(".tmp"))
    return names


def exists(directory: Path) -> bool:
    """Whether the folder has a current index (an empty one counts)."""
    return bool(whoosh_index.exists_in(str(directory), indexname=current_name(directory)))


def open_index(directory: Path, *, attempts: int = 20) -> FileIndex:
    """Open the current index for reading; ``IndexMissing`` if there is none.

    A writer in another process may replace the table of contents between our listing of the
    folder and our opening of it (FileNotFoundError); we then simply read the newer one.
    """
    for attempt in range(attempts):
        try:
            name = current_name(directory)
            if not whoosh_index.exists_in(str(directory), indexname=name):
                raise IndexMissing(directory)
            return whoosh_index.open_dir(str(directory), indexname=name)
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01)
    raise AssertionError("unreachable")  # pragma: no cover


def open_locked(directory: Path, *, create: bool = False) -> FileIndex:
    """Open the current index while holding the write lock; ``IndexMissing`` if there is
    none, unless ``create``: then an empty one is made."""
    name = current_name(directory)
    if whoosh_index.exists_in(str(directory), indexname=name):
        return whoosh_index.open_dir(str(directory), indexname=name)
    if not create:
        raise IndexMissing(directory)
    return whoosh_index.create_in(str(directory), schema(), indexname=name)


def create(directory: Path) -> None:
    """An empty index in a folder that has none (a test's, or a tool writing documents one
    by one); an index that should hold the database's listings is made by ``rebuild``."""
    directory.mkdir(parents=True, exist_ok=True)
    with write_lock(directory):
        open_locked(directory, create=True)


def _writer(ix: FileIndex) -> IndexWriter:
    # Our flock already serialises writers; the Whoosh timeout covers a writer that does not
    # use this module (it would otherwise raise LockError at once).
    return ix.writer(procs=1, limitmb=WRITER_MEMORY_MB, timeout=LOCK_TIMEOUT_SECONDS, delay=0.05)


# ---- writing ---------------------------------------------------------------------------


def _load(session: Session, ids: Iterable[int]) -> list[Listing]:
    return list(
        session.scalars(
            select(Listing)
            .where(Listing.id.in_(list(ids)))
            .options(*listing_load_options())
            .execution_options(populate_existing=True)
        )
    )


def _indexed_ids(ix: FileIndex) -> set[int]:
    """Ids with a term in the index (a deleted document's may linger: harmless below)."""
    with ix.reader() as reader:
        return {int(term) for term in reader.lexicon("id")}


def write_documents(
    directory: Path, documents: Iterable[Document], removed: Iterable[int] = ()
) -> None:
    """Replace (or add) ``documents`` and remove ``removed`` in one locked commit, as given
    (``sync`` writes what the database holds; tests use this to make a stale index). A folder
    without an index gets one: what is written is what was given, not a partial database."""
    with write_lock(directory):
        ix = open_locked(directory, create=True)
        indexed = _indexed_ids(ix)  # a new document is added without a delete-by-term lookup
        writer = _writer(ix)
        try:
            for doc in documents:
                if doc.listing_id in indexed:
                    writer.update_document(**doc.fields())
                else:
                    writer.add_document(**doc.fields())
            for listing_id in removed:
                writer.delete_by_term("id", str(listing_id))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()


def sync(
    session: Session,
    directory: Path,
    ids: Iterable[int],
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Make the index agree with the database for ``ids``; returns how many were written.
    ``IndexMissing`` when the folder has no index, ``IndexDamaged`` when it cannot be read:
    it is rebuilt, not begun or patched with these.

    One Whoosh writer for all of them, fed in batches of ``BATCH`` listings read from the
    database (``progress(n)`` after each), so an import's 10,000 listings are one segment.
    The listings are read through a session of its own on ``session``'s connection or engine,
    cleared after each batch: memory stays flat, and the caller's objects stay its own.
    """
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    written = 0
    with (
        write_lock(directory),
        Session(bind=session.get_bind(), join_transaction_mode="create_savepoint") as reading,
    ):
        # A listing new to the index (an import's) is simply added: replacing one costs a
        # delete-by-term lookup, which 10,000 new listings should not pay.
        try:
            ix = open_locked(directory)
            indexed = _indexed_ids(ix)
        except FileNotFoundError:
            raise
        except DAMAGE_ERRORS as error:
            raise IndexDamaged(directory, error) from error
        writer = _writer(ix)
        try:
            for start in range(0, len(wanted), BATCH):
                chunk = wanted[start : start + BATCH]
                rows = {listing.id: listing for listing in _load(reading, chunk)}
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
                reading.expunge_all()
                if progress:
                    progress(len(chunk))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return written


def needs_rebuild(session: Session, directory: Path) -> bool:
    """Whether the index must be rebuilt from the database before it can be used: the folder
    has none (never built, or removed: ``rebuild`` makes one even for an empty directory), or
    it holds nothing while the database has published listings, or its files cannot be read
    (every search would fail until it is rebuilt)."""
    try:
        if not exists(directory):
            return True
        empty = open_index(directory).doc_count() == 0  # opens every segment's files
    except IndexMissing:  # removed meanwhile
        return True
    except FileNotFoundError:  # a writer replaced its files meanwhile: there is an index
        return False
    except DAMAGE_ERRORS as error:
        log.warning("the search index cannot be read (%s): it is rebuilt", type(error).__name__)
        return True
    return empty and any_published(session)


def any_published(session: Session) -> bool:
    """Whether any listing is published (an index holding none is then not the directory)."""
    first = select(Listing.id).where(Listing.status == ListingStatus.PUBLISHED).limit(1)
    return session.scalar(first) is not None


def published_ids(session: Session) -> list[int]:
    return list(
        session.scalars(
            select(Listing.id).where(Listing.status == ListingStatus.PUBLISHED).order_by(Listing.id)
        )
    )


def rebuild(
    session: Session,
    directory: Path,
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write a fresh index of every published listing beside the current one and swap it in
    (see the module docstring); ``progress(n)`` after each batch. Returns the listings written.

    Give it a session of its own: it detaches what it loaded after each batch, so memory stays
    flat on a large directory. One rebuild at a time (a second one raises ``IndexBusy``).
    """
    directory.mkdir(parents=True, exist_ok=True)
    with _flock(directory / REBUILD_LOCK_FILE, timeout=None):
        old = current_name(directory)
        for leftover in _index_names(directory) - {old}:  # a rebuild that crashed
            _remove(_files_of(directory, leftover))
        name = f"ix{time.time_ns():020d}"
        # Changes other hosts announce from now on are followed once the new index is current.
        position = feed.latest_seq(session)
        ids = published_ids(session)
        ix = whoosh_index.create_in(str(directory), schema(), indexname=name)
        writer = _writer(ix)
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
        with write_lock(directory):
            _make_current(directory, name)
            feed.start_at(directory, position)
        session.rollback()  # read the database afresh: what changed during the build
        repair(session, directory)
        _remove(_files_of(directory, old))
    return len(ids)


# ---- other hosts' changes ------------------------------------------------------------------


def follow(session: Session, directory: Path) -> set[int]:
    """Sync into this folder's index what other hosts changed since the last call (their
    ``directory.search.feed`` rows); returns those listing ids. One worker of a host follows
    at a time: another that calls meanwhile returns at once, with nothing to do.
    ``IndexMissing`` when the folder has no index (it is rebuilt, then followed)."""
    if not exists(directory):
        raise IndexMissing(directory)
    try:
        with exclusive(directory / FOLLOW_LOCK_FILE):
            todo = feed.pending(session, directory)
            if todo is None:  # never followed: from the feed's end (it was built meanwhile)
                feed.start_at(directory, feed.latest_seq(session))
                return set()
            if todo.listing_ids:
                sync(session, directory, todo.listing_ids)
            feed.advance(directory, todo)
            return todo.listing_ids
    except IndexBusy:
        return set()


def outdated(directory: Path) -> bool:
    """Whether the current index was written with other fields than this version writes (an
    upgrade changed the index format): it must be rebuilt, not synced."""
    if not exists(directory):
        return False
    return set(open_index(directory).schema.names()) != set(schema().names())


# ---- drift -------------------------------------------------------------------------------


def indexed_fingerprints(directory: Path) -> dict[int, str]:
    with open_index(directory).reader() as reader:  # one committed generation, never half
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
