"""Write the index segment of many new listings in a second process, while the database is written.

An import of 10,000 rows spends about as long indexing its new listings (tokenising ~1,000,000
postings and encoding them in Whoosh's format, all in Python) as writing them to the database,
and both used to run one after the other on one core. Machines here have two.

Main decision: ``SegmentBuilder.start`` forks a child *before* the database write. The child
holds the index's write lock and, as the parent inserts listings and sends their new ids
through a pipe, adds each document, built from data the parent already had in memory (a fork
shares it; nothing is pickled; while no ids are waiting it builds ahead); once the last id is in, it merges and writes the segment
files — all while the parent is still writing locations, schedules and revisions. (The child
reads ids as they come, so the parent never waits on a full pipe; while the child waits for
the index lock held by another writer, the parent's sends may wait too, at most the lock's
timeout.) Readers are never blocked: searches go on with the index as it was.
The segment becomes visible only when the parent, after its commit, calls :meth:`publish`
(the child then writes the table of contents); a rollback calls :meth:`abandon` and the
segment is never listed (Whoosh deletes unlisted files at the next commit). If the child
fails for any reason, :meth:`publish` returns ``False`` and the caller indexes those listings
the ordinary way (``lifecycle.sync`` reads them from the database), so a failure costs time,
never a listing.

When the process may fork, and why the child cannot harm the parent's database connections:
``directory.forking``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from directory import forking
from directory.search import lifecycle
from directory.search.index import Document

log = logging.getLogger(__name__)

# How long the parent waits for the child to finish a segment after its commit; a 100,000-row
# import's segment takes well under a minute here.
PUBLISH_TIMEOUT_SECONDS = 600.0
# Documents the child builds ahead between two looks at the pipe.
AHEAD = 64


class SegmentBuilder:
    """The parent's handle on a child writing one segment (module docstring)."""

    def __init__(self, process: Any, connection: Connection, count: int) -> None:
        self._process = process
        self._connection = connection
        self.count = count
        self.ids: list[int] = []
        self.stale = False  # set when the transaction changed these listings after the fork

    @classmethod
    def start(
        cls, directory: Path, count: int, build: Callable[[int], Document]
    ) -> SegmentBuilder | None:
        """Fork a child that will index ``count`` documents, ``build(i)`` being the i-th (run
        in the child; its listing id comes later, see :meth:`add_ids`). ``None`` when this
        process may not fork (``forking.can_fork``)."""
        if not forking.can_fork():
            return None
        process, connection = forking.start(_child, directory, count, build)
        return cls(process, connection, count)

    def add_ids(self, ids: Sequence[int]) -> None:
        """The listing ids of the next documents, in ``build``'s order."""
        self.ids.extend(ids)
        try:
            self._connection.send(("ids", list(ids)))
        except OSError:
            pass  # the child has gone; publish() will say so

    def publish(self, timeout: float = PUBLISH_TIMEOUT_SECONDS) -> bool:
        """Make the segment visible (call after the commit); ``False`` when it could not be,
        so the caller indexes ``ids`` another way."""
        if self.stale or len(self.ids) != self.count:
            self.abandon()
            return False
        try:
            self._connection.send(("publish", None))
            if not self._connection.poll(timeout):
                raise TimeoutError("segment builder did not answer")
            kind, detail = self._connection.recv()
        except (OSError, EOFError, TimeoutError) as error:
            kind, detail = "error", repr(error)
        self._close()
        if kind != "published":
            log.warning("background index segment not published: %s", detail)
            return False
        return True

    def abandon(self) -> None:
        """Drop the segment (the transaction rolled back, or it is no longer needed)."""
        try:
            self._connection.send(("abandon", None))
        except OSError:
            pass
        self._close()

    def _close(self) -> None:
        forking.stop(self._process, self._connection)


def _child(
    directory: Path, count: int, build: Callable[[int], Document], connection: Connection
) -> None:
    try:
        with lifecycle.write_lock(directory):
            writer = lifecycle.segment_writer(lifecycle.open_locked(directory))
            try:
                _write(writer, count, build, connection)
            finally:
                if not writer.is_closed:
                    writer.cancel()
    except EOFError:
        pass  # the parent has gone without a word: nothing was published
    except BaseException as error:
        try:
            connection.send(("error", repr(error)))
        except OSError:
            pass


def _write(
    writer: Any, count: int, build: Callable[[int], Document], connection: Connection
) -> None:
    documents: list[Document | None] = []  # built ahead while no ids are waiting

    def document(i: int) -> Document:
        while len(documents) <= i:
            documents.append(build(len(documents)))
        found, documents[i] = documents[i], None  # used once
        assert found is not None  # noqa: S101
        return found

    added = 0
    segments = None
    while True:
        if len(documents) < count and not connection.poll():
            # Nothing to read yet: get ahead on documents, a few at a time (so the pipe is
            # read again within a millisecond or two).
            for _ in range(min(AHEAD, count - len(documents))):
                documents.append(build(len(documents)))
            continue
        kind, payload = connection.recv()
        if kind == "ids":
            for listing_id in payload:
                if added == count:
                    raise ValueError(f"more than the {count} ids expected")
                fields = document(added).fields()
                fields["id"] = str(listing_id)
                writer.add_document(**fields)
                added += 1
            if added == count:
                segments = writer.prepare_commit()  # the long part, before the parent commits
        elif kind == "publish":
            if segments is None:
                raise ValueError(f"{added} of {count} documents received before publish")
            writer.finish_commit(segments)
            connection.send(("published", added))
            return
        else:  # abandon
            return
