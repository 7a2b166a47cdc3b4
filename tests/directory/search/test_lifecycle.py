"""The index follows the database: sync, rebuild, drift repair, and two writing processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory.browse import Audience
from directory.listings import archive_listing
from directory.search import lifecycle
from directory.search.index import Document
from directory.search.ranking import Ranker
from directory.search.service import Criteria, search
from tests.factories import NOW, make_listing


def found(session: Session, ranker: Ranker, text: str) -> list[int]:
    result = search(session, ranker, Criteria(text=text, per_page=50), Audience.COORDINATOR)
    return [hit.listing.id for hit in result.hits]


def test_a_published_listing_is_findable_after_sync_and_gone_after_archiving(
    db_session: Session, tmp_path: Path
) -> None:
    listing = make_listing(db_session, name="ゆりかもめ観察会", description="湖で鳥を見ます。")
    ranker = Ranker(tmp_path)
    lifecycle.sync(db_session, tmp_path, [listing.id])
    assert found(db_session, ranker, "ゆりかもめ") == [listing.id]

    archive_listing(listing, NOW)
    db_session.flush()
    lifecycle.sync(db_session, tmp_path, [listing.id])
    assert found(db_session, ranker, "ゆりかもめ") == []
    ranker.close()


def test_nothing_personal_is_indexed(db_session: Session, tmp_path: Path) -> None:
    listing = make_listing(
        db_session,
        name="朝のラジオ体操",
        contact_name="山田花子",
        contact_phone="029-800-9999",
        contact_email="hanako@example.jp",
    )
    lifecycle.sync(db_session, tmp_path, [listing.id])
    ranker = Ranker(tmp_path)
    for personal in ("山田花子", "029-800-9999", "hanako"):
        assert found(db_session, ranker, personal) == []
    ranker.close()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert "山田花子".encode() not in stored
    assert b"hanako" not in stored


def test_drift_is_detected_and_repaired(db_session: Session, tmp_path: Path) -> None:
    listing = make_listing(db_session, name="はじめての将棋教室")
    lifecycle.sync(db_session, tmp_path, lifecycle.published_ids(db_session))
    assert lifecycle.drift(db_session, tmp_path) == set()

    # A crash between commit and index write: the database changed, the index did not.
    archive_listing(listing, NOW)
    listing.version += 1
    db_session.flush()
    assert lifecycle.drift(db_session, tmp_path) == {listing.id}
    assert lifecycle.repair(db_session, tmp_path) == {listing.id}
    assert lifecycle.drift(db_session, tmp_path) == set()


def test_rebuild_writes_every_published_listing(engine: Engine, tmp_path: Path) -> None:
    with Session(engine) as session:
        count = lifecycle.rebuild(session, tmp_path)
        assert count == len(lifecycle.published_ids(session))
        assert lifecycle.drift(session, tmp_path) == set()


def _writer(directory: str, start: int, count: int) -> None:
    for i in range(start, start + count):
        lifecycle.write_documents(
            Path(directory),
            [
                Document(
                    listing_id=i,
                    fingerprint="p",
                    name=f"同時書き込み {i}",
                    tags="",
                    body="",
                    facets={"visibility": "public"},
                    point=None,
                    sort_key=str(i),
                )
            ],
        )


def test_two_processes_writing_at_once_lose_nothing_and_never_hit_the_whoosh_lock(
    tmp_path: Path,
) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = [
        ctx.Process(target=_writer, args=(str(tmp_path), 1_000_000, 15)),
        ctx.Process(target=_writer, args=(str(tmp_path), 2_000_000, 15)),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]
    indexed = lifecycle.indexed_fingerprints(tmp_path)
    expected = {*range(1_000_000, 1_000_015), *range(2_000_000, 2_000_015)}
    assert set(indexed) == expected
