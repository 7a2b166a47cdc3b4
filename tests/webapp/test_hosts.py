"""More than one host: two app processes, each with its own index folder, one database.

A change approved on host A is searchable on host B within seconds, without B restarting and
without anything but the database between them (the feed of index changes).
"""

from __future__ import annotations

import gc
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine, create_engine, delete, select
from sqlalchemy.orm import Session

from directory.models import IndexChange, Listing
from directory.search import feed, lifecycle, ranking
from tests.factories import make_listing
from webapp import create_app, db
from webapp.operations import warm_up
from webapp.search import CHECK_LOCK_FILE, CHECKED_FILE, IndexKeeper, IndexWrites, Upkeep

NAME = "二つ目のホストでも見つかる凧あげ会"


def _host(database_url: str, index: Path) -> Flask:
    app = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "hosts",
            "SEARCH_INDEX_DIR": str(index),
            "SEARCH_SYNC_ON_START": True,
        }
    )
    app.extensions["search"].follow_every_seconds = 0.2
    return app


@pytest.fixture
def hosts(
    engine: Engine, database_url: str, search_index_dir: Path, tmp_path: Path
) -> Iterator[tuple[Flask, Flask]]:
    for name in ("a", "b"):  # each host starts from its own copy, built the usual way
        with Session(engine) as session:
            lifecycle.rebuild(session, tmp_path / name)
    apps = (_host(database_url, tmp_path / "a"), _host(database_url, tmp_path / "b"))
    try:
        yield apps
    finally:
        for app in apps:
            if app.extensions["search"].healer is not None:
                app.extensions["search"].healer.stop()
            app.extensions["search"].ranker.close()
        with apps[0].app_context():
            session = db.session()
            session.execute(delete(Listing).where(Listing.name == NAME))
            session.commit()
        with Session(engine) as session:
            session.execute(delete(IndexChange))
            session.commit()
            lifecycle.repair(session, search_index_dir)  # the shared index of the suite
        for app in apps:
            app.extensions["db_engine"].dispose()
        shutil.rmtree(tmp_path, ignore_errors=True)


def _eventually(check: Callable[[], bool], seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.1)
    return False


def _finds(app: Flask, word: str) -> bool:
    page = app.test_client().get(f"/search?q={word}").get_data(as_text=True)
    return NAME in page


def test_a_listing_published_on_one_host_is_found_on_the_other_within_seconds(
    hosts: tuple[Flask, Flask],
) -> None:
    a, b = hosts
    assert not _finds(b, "凧あげ")  # B is running (its keeper started with this request)
    with a.app_context():
        session = db.session()
        make_listing(session, name=NAME, description="河川敷で凧をあげます。")
        started = time.monotonic()
        session.commit()  # A indexes it itself, and announces it in the database
    assert _finds(a, "凧あげ")
    assert _eventually(lambda: _finds(b, "凧あげ"))
    assert time.monotonic() - started < 10
    with a.app_context():
        session = db.session()
        listing = session.scalars(select(Listing).where(Listing.name == NAME)).one()
        session.delete(listing)
        session.commit()
    assert _eventually(lambda: not _finds(b, "凧あげ"))


def test_a_host_whose_index_folder_is_lost_rebuilds_it_at_once_and_is_unhealthy_until_then(
    hosts: tuple[Flask, Flask], engine: Engine, tmp_path: Path
) -> None:
    """B's index folder is removed, then A approves a change: B does not write that change
    into a new, empty index and call itself healthy with one listing; it rebuilds from the
    database in its keeper's next round (not at the drift check, ten minutes on)."""
    a, b = hosts
    assert b.test_client().get("/healthz").status_code == 200  # B runs (its keeper started)
    (tmp_path / "b").rename(tmp_path / "lost")  # at once: B's keeper writes there meanwhile
    shutil.rmtree(tmp_path / "lost")
    with a.app_context():
        session = db.session()
        make_listing(session, name=NAME, description="河川敷で凧をあげます。")
        session.commit()
    with Session(engine) as session:
        published = len(lifecycle.published_ids(session))

    def b_is_whole() -> bool:
        response = b.test_client().get("/healthz")
        health = response.get_json()
        if response.status_code != 200:
            assert health["index"] in {"missing", "empty"}, health
            return False
        # Healthy only when rebuilt whole: A's listing may still be on its way by the feed
        # (when B's rebuild began before A's commit), but never an index of a few listings.
        assert health["indexed_listings"] >= published - 1, health
        return bool(health["indexed_listings"] == published)

    assert _eventually(b_is_whole)
    assert _finds(b, "凧あげ")

    def total(app: Flask) -> int:
        found: int = app.test_client().get("/api/v1/listings?q=サロン").get_json()["total"]
        return found

    assert total(b) == total(a) > 1


# Whoosh leaves a segment file it failed to read to the garbage collector (ResourceWarning).
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_host_whose_index_files_are_cut_short_rebuilds_them_in_its_keepers_next_round(
    hosts: tuple[Flask, Flask], engine: Engine, tmp_path: Path
) -> None:
    """B's disk filled up during a write (its segment files cut short): B's keeper finds it
    cannot read the index and rebuilds it from the database, without a restart or a reindex."""
    _, b = hosts
    assert b.test_client().get("/healthz").status_code == 200  # B runs (its keeper started)
    b.extensions["search"].ranker.close()  # as after a restart: nothing of the old files open
    for segment in (tmp_path / "b").glob("*.seg"):
        with segment.open("r+b") as file:
            file.truncate(segment.stat().st_size // 2)
    with Session(engine) as session:
        published = len(lifecycle.published_ids(session))

    def b_is_whole() -> bool:
        health = b.test_client().get("/healthz").get_json()
        return bool(health["index"] == "ok" and health["indexed_listings"] == published)

    assert _eventually(b_is_whole)
    assert b.test_client().get("/api/v1/listings?q=サロン").get_json()["total"] > 1
    gc.collect()  # the files Whoosh left, while their warning is ignored


def test_a_host_skips_its_own_changes_and_a_sequence_gap_is_asked_for_again(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        start = feed.latest_seq(session)
        mine = feed.origin(tmp_path)
        session.add_all(
            [
                IndexChange(seq=start + 1, listing_id=1, origin=mine, changed_at=_now()),
                IndexChange(seq=start + 3, listing_id=2, origin="elsewhere", changed_at=_now()),
            ]
        )
        session.commit()
        try:
            todo = feed.pending(session, tmp_path, now=1000.0)
            assert todo is not None
            assert todo.listing_ids == {2}  # not 1: this host wrote it
            assert todo.seq == start + 3
            assert set(todo.holes) == {start + 2}  # committed later, perhaps
            feed.advance(tmp_path, todo)
            session.add(
                IndexChange(seq=start + 2, listing_id=3, origin="elsewhere", changed_at=_now())
            )
            session.commit()
            later = feed.pending(session, tmp_path, now=1010.0)
            assert later is not None
            assert later.listing_ids == {3}
            assert later.holes == {}
            feed.advance(tmp_path, later)
            # A hole that never fills (a rolled-back transaction) is given up after a while.
            session.add(
                IndexChange(seq=start + 5, listing_id=4, origin="elsewhere", changed_at=_now())
            )
            session.commit()
            gap = feed.pending(session, tmp_path, now=1020.0)
            assert gap is not None
            feed.advance(tmp_path, gap)
            assert set(gap.holes) == {start + 4}
            expired = feed.pending(session, tmp_path, now=1020.0 + feed.HOLE_SECONDS + 1)
            assert expired is not None
            assert expired.holes == {}
        finally:
            session.execute(delete(IndexChange).where(IndexChange.seq > start))
            session.commit()


def _now() -> datetime:
    return datetime.now(UTC)


def test_start_up_work_runs_beside_the_first_request_not_in_it(
    database_url: str, tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matching table and the index's vocabulary are built and the drift check runs in
    the background: the first request does not wait for them, the first coordinator's
    suggestions find the table ready and the first misspelt search the vocabulary."""
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
    app = _host(database_url, tmp_path)
    cache = app.extensions["matching_cache"]
    try:
        started = time.monotonic()
        assert app.test_client().get("/").status_code == 200
        assert time.monotonic() - started < 5
        assert _eventually(lambda: cache._built is not None)
        assert _eventually(lambda: app.extensions["search"].healer.checks >= 1)
        built: list[object] = []
        monkeypatch.setattr(ranking, "_Vocabulary", lambda *a: built.append(a))
        page = app.test_client().get("/search?q=ボランテア").get_data(as_text=True)
        assert "ボランティア" in page
        assert built == []
    finally:
        app.extensions["search"].healer.stop()
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


def test_a_worker_serves_before_the_whole_directory_caches_are_built(
    database_url: str, tmp_path: Path, engine: Engine
) -> None:
    """gunicorn stops the old workers as soon as it starts new ones, so what a new worker does
    before serving (warm_up) is what visitors wait for on a restart: the caches built from the
    whole directory (the matching table, 16 s at 100,000 listings) are built by its keeper,
    beside the requests. Without a keeper, warm_up builds them itself."""
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
    app = _host(database_url, tmp_path)
    release = threading.Event()
    built: list[str] = []

    def slow_cache(session: Session) -> None:  # a whole directory to read
        release.wait(30)
        built.append("matching")

    app.extensions["warmers"] = [*app.extensions["warmers"], slow_cache]
    try:
        warm_up(app)
        assert built == []  # warm_up did not wait for it
        assert app.test_client().get("/search?q=サロン").status_code == 200
        release.set()
        assert _eventually(lambda: built == ["matching"])
        assert _eventually(lambda: app.extensions["search"].healer.ready.is_set())
    finally:
        release.set()
        app.extensions["search"].healer.stop()
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()

    alone = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": "hosts", "SEARCH_INDEX_DIR": str(tmp_path),
         "SEARCH_SYNC_ON_START": False}
    )  # fmt: skip
    alone.extensions["warmers"] = [*alone.extensions["warmers"], slow_cache]
    try:
        warm_up(alone)
        assert built == ["matching", "matching"]  # no keeper: built before serving
        assert alone.extensions["matching_cache"]._built is not None
    finally:
        alone.extensions["search"].ranker.close()
        alone.extensions["db_engine"].dispose()


def _keeper(engine: Engine, index: Path, writes: IndexWrites | None = None) -> IndexKeeper:
    """A worker's keeper, driven by the test (its thread not started)."""
    return IndexKeeper(engine, index, 600.0, 0.2, today=date.today, writes=writes)


def test_a_worker_is_ready_only_once_a_check_of_its_hosts_index_has_finished(
    engine: Engine, tmp_path: Path
) -> None:
    """Two workers of one host: the one that finds the other checking is not ready until that
    check is done (then it counts for both); a check that fails says so."""
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
    first, second = _keeper(engine, tmp_path), _keeper(engine, tmp_path)
    with lifecycle.exclusive(tmp_path / CHECK_LOCK_FILE):  # the first is checking
        second._check_round()
        assert (second.upkeep, second.ready.is_set()) == (Upkeep.STARTING, False)
    first._check_round()
    assert first.upkeep is Upkeep.READY
    second._check_round()  # asks again: the first's check is done, and recent
    assert (second.upkeep, second.ready.is_set()) == (Upkeep.READY, True)
    assert second.checks == 0  # it did not check again itself

    broken = create_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite3'}")
    failing = _keeper(broken, tmp_path)
    (tmp_path / CHECKED_FILE).unlink()  # no recent check to count on
    failing._check_round()
    assert (failing.upkeep, failing.ready.is_set()) == (Upkeep.FAILED, False)
    broken.dispose()


def test_after_a_failed_index_write_the_next_check_repairs_even_if_another_just_checked(
    engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        published = lifecycle.published_ids(session)
    writes = IndexWrites()
    other, mine = _keeper(engine, tmp_path), _keeper(engine, tmp_path, writes)
    assert other.check() == set()  # another worker of the host has just checked
    lifecycle.write_documents(tmp_path, [], removed=published[:1])  # the write that failed
    writes.failed(PermissionError(13, "Permission denied"))
    assert writes.problem is not None
    assert mine.check() == set(published[:1])
    assert writes.problem is None
