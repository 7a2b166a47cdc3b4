"""More than one host: each keeps its own index and follows the others' changes in the database.

Every transaction that changes listings also appends them to ``index_changes`` (one row per
listing, ``seq`` in commit-independent insertion order, and the ``origin`` index folder that
wrote them): see :func:`record`, called by ``directory.search.tracking`` before each commit.
A host follows the feed (``lifecycle.follow``): the rows after its position, not its own, are
synced into its index (re-read from the database, so the order of changes does not matter) and the
position moves on. The position and the folder's identity are two small files in the index
folder, so the workers of one host share them.

Two transactions can take sequence numbers in one order and commit in the other: a follower
that has read ``seq`` 12 may see 11 appear later. Numbers skipped over are kept as *holes* and
asked for again for ``HOLE_SECONDS``; a hole that never fills (a rolled-back transaction) is
dropped then. The periodic drift check remains the last resort.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from directory.models import IndexChange

ORIGIN_FILE = "ORIGIN"
POSITION_FILE = "FEED"
HOLE_SECONDS = 60.0
MAX_HOLES = 1000
KEEP = timedelta(days=1)


def origin(directory: Path) -> str:
    """This index folder's identity in the feed (made once, shared by the host's workers)."""
    path = directory / ORIGIN_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        directory.mkdir(parents=True, exist_ok=True)
        made = secrets.token_hex(8)
        try:
            with path.open("x", encoding="ascii") as file:  # the first worker to get here wins
                file.write(made)
        except FileExistsError:
            return path.read_text(encoding="ascii").strip()
        return made


def record(session: Session, directory: Path, listing_ids: Iterable[int], now: datetime) -> None:
    """Append the listings a transaction changed, in that transaction (before its commit)."""
    me = origin(directory)
    rows = [{"listing_id": i, "origin": me, "changed_at": now} for i in sorted(set(listing_ids))]
    if rows:
        session.execute(insert(IndexChange), rows)


def latest_seq(session: Session) -> int:
    return session.scalar(select(func.max(IndexChange.seq))) or 0


def _read_position(directory: Path) -> tuple[int, dict[int, float]]:
    try:
        saved = json.loads((directory / POSITION_FILE).read_text(encoding="utf-8"))
        return int(saved["seq"]), {int(s): float(t) for s, t in saved.get("holes", {}).items()}
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return -1, {}


def _write_position(directory: Path, seq: int, holes: dict[int, float]) -> None:
    staged = directory / f"{POSITION_FILE}.{os.getpid()}"
    staged.write_text(json.dumps({"seq": seq, "holes": holes}), encoding="utf-8")
    os.replace(staged, directory / POSITION_FILE)


def start_at(directory: Path, seq: int) -> None:
    """An index built from the database as it was at ``seq`` (``lifecycle.rebuild``) follows
    the feed from there on."""
    _write_position(directory, seq, {})


@dataclass(frozen=True)
class Pending:
    """What a follower has to do: the listings other hosts changed, and where it then stands."""

    listing_ids: set[int]
    seq: int
    holes: dict[int, float]


def pending(session: Session, directory: Path, *, now: float | None = None) -> Pending | None:
    """The changes after this folder's position (None: it never followed; it starts at the
    feed's end). ``lifecycle.follow`` syncs them, then :func:`advance` moves the position."""
    clock = time.time() if now is None else now
    position, holes = _read_position(directory)
    if position < 0:
        return None
    rows = session.execute(
        select(IndexChange.seq, IndexChange.listing_id, IndexChange.origin).where(
            or_(IndexChange.seq > position, IndexChange.seq.in_(list(holes)))
        )
    ).all()
    me = origin(directory)
    seen = {seq for seq, _, _ in rows}
    newest = max(seen | {position})
    waiting = {
        seq: since
        for seq, since in holes.items()
        if seq not in seen and clock - since < HOLE_SECONDS
    }
    waiting |= {seq: clock for seq in range(position + 1, newest) if seq not in seen}
    if len(waiting) > MAX_HOLES:  # a large rolled-back import: the drift check covers the rest
        waiting = dict(sorted(waiting.items())[-MAX_HOLES:])
    changed = {listing_id for _, listing_id, source in rows if source != me}
    return Pending(changed, newest, waiting)


def advance(directory: Path, done: Pending) -> None:
    _write_position(directory, done.seq, done.holes)


def forget_old(session: Session, now: datetime) -> int:
    """Remove rows no follower needs any more (older than ``KEEP``); how many were removed."""
    removed = session.execute(delete(IndexChange).where(IndexChange.changed_at < now - KEEP))
    return int(removed.rowcount or 0)  # type: ignore[attr-defined]
