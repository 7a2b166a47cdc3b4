"""The index follows the database: sync, rebuild, drift repair, and two writing processes."""

from __future__ import annotations

import gc
import multiprocessing
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from directory.browse import Audience
from directory.listings import archive_listing
from directory.models import Listing, ListingStatus
from directory.search import lifecycle, tracking
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
    lifecycle.create(tmp_path)  # an empty index to sync into (a sync never begins one)
    ranker = Ranker(tmp_path)
    lifecycle.sync(db_session, tmp_path, [listing.id])
    assert found(db_session, ranker, "ゆりかもめ") == [listing.id]

    archive_listing(listing, NOW)
    db_session.flush()
    lifecycle.sync(db_session, tmp_path, [listing.id])
    assert found(db_session, ranker, "ゆりかもめ") == []
    ranker.close()


def test_an_index_without_any_listing_yet_finds_nothing_then_its_first_listing(
    db_session: Session, tmp_path: Path
) -> None:
    """A new town's index before its first listing is approved: no segment at all."""
    lifecycle.create(tmp_path)
    ranker = Ranker(tmp_path)
    assert ranker.doc_count() == 0
    assert found(db_session, ranker, "サロン") == []
    assert search(db_session, ranker, Criteria(), Audience.PUBLIC).total == 0
    listing = make_listing(db_session, name="はじめてのサロン", description="最初の掲載です。")
    lifecycle.sync(db_session, tmp_path, [listing.id])
    assert ranker.doc_count() == 1
    assert found(db_session, ranker, "サロン") == [listing.id]
    ranker.close()


def test_nothing_personal_is_indexed(db_session: Session, tmp_path: Path) -> None:
    listing = make_listing(
        db_session,
        name="朝のラジオ体操",
        contact_name="山田花子",
        contact_phone="029-800-9999",
        contact_email="hanako@example.jp",
    )
    lifecycle.create(tmp_path)
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
    lifecycle.create(tmp_path)
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
        doc = Document(listing_id=i, fingerprint="p", name=f"同時書き込み {i}", tags="", body="",
                       facets={"visibility": "public"}, point=None, sort_key=str(i))  # fmt: skip
        lifecycle.write_documents(Path(directory), [doc])


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


# ---- rebuilding beside the current index; crashes ----


def test_a_rebuild_is_built_aside_and_searches_keep_working_until_the_swap(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        first = lifecycle.current_name(tmp_path)
        ranker = Ranker(tmp_path)
        before = found(session, ranker, "サロン")
        assert before
        seen_during: list[list[int]] = []

        def midway(n: int) -> None:  # a resident searches while the new index is written
            seen_during.append(found(session, ranker, "サロン"))

        lifecycle.rebuild(session, tmp_path, progress=midway)
        assert seen_during
        assert all(ids == before for ids in seen_during)
        assert lifecycle.current_name(tmp_path) != first
        assert not list(tmp_path.glob(f"*{first}_*"))  # the old index's files are gone
        assert found(session, ranker, "サロン") == before  # now read from the new index
        assert lifecycle.drift(session, tmp_path) == set()
        ranker.close()


def test_a_rebuild_that_fails_midway_leaves_the_old_index_current(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        current = lifecycle.current_name(tmp_path)

        def crash(n: int) -> None:
            raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            lifecycle.rebuild(session, tmp_path, progress=crash)
        assert lifecycle.current_name(tmp_path) == current
        assert lifecycle.drift(session, tmp_path) == set()
        lifecycle.rebuild(session, tmp_path)  # and the next one cleans up after it
        assert {p.name.split("_")[1] for p in tmp_path.glob("_*.toc")} == {
            lifecycle.current_name(tmp_path)
        }


def _in_a_child(script: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 (this interpreter, the test's own script)
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE
    )


_REBUILD_SLOWLY = """
import sys, time
from pathlib import Path
from sqlalchemy.orm import Session
from directory.db import make_engine
from directory.search import lifecycle

def slow(n):
    print("batch", flush=True)
    time.sleep(0.5)

with Session(make_engine(sys.argv[1])) as session:
    lifecycle.rebuild(session, Path(sys.argv[2]), progress=slow)
"""


def test_kill_9_during_a_rebuild_leaves_the_old_index_and_no_lock(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        current = lifecycle.current_name(tmp_path)
        child = _in_a_child(_REBUILD_SLOWLY, database_url, str(tmp_path))
        assert child.stdout is not None
        assert child.stdout.readline() == b"batch\n"  # writing the new index now
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        assert lifecycle.current_name(tmp_path) == current
        assert lifecycle.drift(session, tmp_path) == set()
        started = time.monotonic()
        lifecycle.sync(session, tmp_path, lifecycle.published_ids(session)[:1])  # not locked
        lifecycle.rebuild(session, tmp_path)  # nor the rebuild lock
        assert time.monotonic() - started < 30
        assert lifecycle.drift(session, tmp_path) == set()
        # Nothing of the killed build is left (its segment files, its writer's .tmp pool).
        name = lifecycle.current_name(tmp_path)
        kept = {
            "CURRENT",
            "FEED",
            "ORIGIN",
            "CHECKED",
            "write.lock",
            "rebuild.lock",
            "feed.lock",
            "check.lock",
        }
        assert all(
            p.name in kept or p.name.startswith((name, f"_{name}_")) for p in tmp_path.iterdir()
        ), sorted(p.name for p in tmp_path.iterdir())


_HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from directory.search import lifecycle

with lifecycle.write_lock(Path(sys.argv[1])):
    writer = lifecycle.open_locked(Path(sys.argv[1])).writer()
    writer.add_document(id="999999999", name="書きかけ")
    print("holding", flush=True)
    time.sleep(60)
"""


def test_a_writer_killed_while_holding_the_lock_frees_it_and_leaves_no_half_segment(
    tmp_path: Path,
) -> None:
    lifecycle.write_documents(tmp_path, [])
    child = _in_a_child(_HOLD_THE_LOCK, str(tmp_path))
    assert child.stdout is not None
    assert child.stdout.readline() == b"holding\n"
    with pytest.raises(lifecycle.IndexBusy, match=f"held by process {child.pid}"):
        with lifecycle.write_lock(tmp_path, timeout=0.2):
            pass
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    started = time.monotonic()
    with lifecycle.write_lock(tmp_path, timeout=5):  # the kernel released the dead holder's lock
        pass
    assert time.monotonic() - started < 1
    assert lifecycle.indexed_fingerprints(tmp_path) == {}  # the uncommitted document is not there


def test_an_index_of_another_format_is_known_to_need_a_rebuild(
    engine: Engine, tmp_path: Path
) -> None:
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, STORED, Schema

    old = Schema(id=ID(stored=True, unique=True), fingerprint=STORED())  # an older version's
    whoosh_index.create_in(str(tmp_path), old, indexname=lifecycle.INDEX_NAME)
    assert lifecycle.outdated(tmp_path)
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
    assert not lifecycle.outdated(tmp_path)


# ---- an index that is missing ----


def _built(session: Session, index: Path) -> tuple[list[int], Ranker, list[int]]:
    """A host's index built from the database: the published ids, its ranker, what サロン finds."""
    lifecycle.rebuild(session, index)
    ranker = Ranker(index)
    salons = found(session, ranker, "サロン")
    assert salons
    return lifecycle.published_ids(session), ranker, salons


def _rebuilt_whole(
    session: Session, index: Path, ranker: Ranker, salons: list[int], published: int
) -> None:
    """Rebuilt from the database, the index answers as it did before it was lost."""
    lifecycle.rebuild(session, index)
    assert not lifecycle.needs_rebuild(session, index)
    assert found(session, ranker, "サロン") == salons
    assert not ranker.missing
    assert ranker.doc_count() == published
    ranker.close()


def test_an_index_folder_removed_is_rebuilt_from_the_database_never_begun_with_one_change(
    engine: Engine, tmp_path: Path
) -> None:
    """Host B's index folder is lost, then a change arrives: writing it into a new empty index
    would make B answer every search from that one listing."""
    index = tmp_path / "index"
    with Session(engine) as session:
        published, ranker, salons = _built(session, index)
        shutil.rmtree(index)
        assert lifecycle.needs_rebuild(session, index)
        with pytest.raises(lifecycle.IndexMissing):
            lifecycle.sync(session, index, published[:1])
        with pytest.raises(lifecycle.IndexMissing):
            lifecycle.follow(session, index)
        assert not lifecycle.exists(index)  # nothing began an empty one
        assert found(session, ranker, "サロン") == []  # searched as empty, not an error
        assert ranker.missing
        _rebuilt_whole(session, index, ranker, salons, len(published))


def damage(index: Path, what: str) -> None:
    """What a power cut or a backup restored in part leaves: each segment file cut to half its
    length, or the table of contents left empty (renamed into place before it reached the
    disk)."""
    files = list(index.glob("*.seg" if what == "segments" else "*.toc"))
    assert files
    for path in files:
        with path.open("r+b") as file:
            file.truncate(path.stat().st_size // 2 if what == "segments" else 0)


# Whoosh leaves a segment file it failed to read to the garbage collector (ResourceWarning).
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.parametrize("what", ["segments", "contents"])
def test_an_index_whose_files_are_cut_short_is_rebuilt_from_the_database(
    engine: Engine, tmp_path: Path, what: str
) -> None:
    """Every search would fail on it (EOFError in Whoosh's reader) until someone ran a reindex:
    it is found, searched as missing meanwhile, not patched, and rebuilt whole."""
    index = tmp_path / "index"
    with Session(engine) as session:
        published, ranker, salons = _built(session, index)
        assert not lifecycle.needs_rebuild(session, index)
        damage(index, what)
        ranker.close()  # a process started after the damage (one running keeps its files open)
        assert found(session, ranker, "サロン") == []  # no error: searched as missing
        assert ranker.missing
        assert lifecycle.needs_rebuild(session, index)
        with pytest.raises(lifecycle.IndexDamaged):
            lifecycle.sync(session, index, published[:1])
        _rebuilt_whole(session, index, ranker, salons, len(published))
        gc.collect()  # the files Whoosh left, while their warning is ignored


def test_an_empty_index_needs_a_rebuild_only_when_the_database_has_listings(
    engine: Engine, db_session: Session, tmp_path: Path
) -> None:
    lifecycle.create(tmp_path)
    with Session(engine) as session:
        assert lifecycle.published_ids(session)
        assert lifecycle.needs_rebuild(session, tmp_path)
    db_session.execute(update(Listing).values(status=ListingStatus.ARCHIVED))
    assert not lifecycle.needs_rebuild(db_session, tmp_path)  # a new town: nothing to hold


def test_a_commit_that_finds_the_index_missing_rebuilds_it_whole(
    engine: Engine, tmp_path: Path
) -> None:
    """A command (load-seeds, an import) on a host whose index is missing: after its commit
    the index holds every published listing, not only the command's."""
    with Session(engine) as session:
        tracking.follow(session, tmp_path)
        listing = make_listing(session, name="索引のない町の凧あげ会")
        session.commit()
        try:
            assert lifecycle.drift(session, tmp_path) == set()
            assert listing.id in lifecycle.indexed_fingerprints(tmp_path)
        finally:
            session.delete(listing)
            session.commit()
    with Session(engine) as session:  # the web app's keeper rebuilds it instead
        shutil.rmtree(tmp_path)
        tracking.follow(session, tmp_path, rebuild_missing=False)
        listing = make_listing(session, name="索引のない町の凧あげ会")
        session.commit()
        try:
            assert not lifecycle.exists(tmp_path)
        finally:
            session.delete(listing)
            session.commit()
