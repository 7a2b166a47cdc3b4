"""/healthz: what a load balancer or an operator asks of one app process — can it read the
database, and can it search (the index it serves, at its newest generation)?"""

from __future__ import annotations

import gc
import logging
import shutil
import time
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory.search import lifecycle, tracking
from tests.webapp.conftest import own_app
from webapp import db


@pytest.fixture
def index(search_index_dir: Path, tmp_path: Path) -> Path:
    """A copy of the session's index, for a test that changes or breaks it."""
    copy = tmp_path / "index"
    shutil.copytree(search_index_dir, copy)
    return copy


def test_health_counts_the_listings_this_process_searches_and_follows_other_writers(
    database_url: str, engine: Engine, index: Path, tmp_path: Path
) -> None:
    with Session(engine) as session:
        published = lifecycle.published_ids(session)
    with own_app(database_url, index, tmp_path / "imports") as app:
        client = app.test_client()
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == "no-store"
        health = response.get_json()
        assert health["status"] == "ok"
        assert health["database"] == "ok"
        assert health["index"] == "ok"
        assert health["indexed_listings"] == len(published)
        # Another process (host B's keeper, a reindex) removes two listings from the index:
        # the next check counts what a search would now read, not what this process saw first.
        lifecycle.write_documents(index, [], removed=published[:2])
        health = client.get("/healthz").get_json()
        assert health["indexed_listings"] == len(published) - 2
        assert app.test_client().get("/search?q=サロン").status_code == 200


def test_health_fails_until_a_missing_index_is_rebuilt_and_searches_meanwhile_say_so(
    database_url: str, engine: Engine, index: Path, tmp_path: Path
) -> None:
    """The host's index folder is lost: it says so (503) rather than answering searches from
    an empty index as if healthy — and so do the searches: not 「該当なし」 (a resident would
    take it for "there is no such place"; an API client would keep the empty answer) but
    "being prepared, try again" with Retry-After. The next commit (here without a keeper: a
    command) rebuilds the whole index from the database."""
    with Session(engine) as session:
        published = lifecycle.published_ids(session)
    with own_app(database_url, index, tmp_path / "imports") as app:
        client = app.test_client()
        assert client.get("/healthz").status_code == 200
        shutil.rmtree(index)
        response = client.get("/healthz")
        assert response.status_code == 503
        assert response.get_json()["index"] == "missing"
        page = client.get("/search?q=サロン&weekday=2")
        assert page.status_code == 503
        assert page.headers["Retry-After"] == "60"
        text = page.get_data(as_text=True)
        assert "ただいま検索の準備をしています" in text
        assert "見つかりませんでした" not in text
        assert "該当なし" not in text
        assert 'href="/listings"' in text  # the listing browser reads the database: still there
        assert client.get("/listings").status_code == 200
        api = client.get("/api/v1/listings?q=サロン")
        assert api.status_code == 503
        assert api.headers["Retry-After"] == "60"
        assert api.get_json()["error"]["code"] == "search_unavailable"
        assert "作り直しています" in api.get_json()["error"]["message"]
        assert client.get("/api/v1/listings?category=salon").get_json()["total"] > 1
        hsds = client.get("/hsds/services?search=サロン")
        assert (hsds.status_code, hsds.get_json()["error"]["code"]) == (503, "search_unavailable")
        assert not lifecycle.exists(index)  # reading it began no empty index
        with app.app_context():
            session = db.session()
            tracking.touch(session, published[:1])  # a commit that changed one listing
            session.commit()
        health = client.get("/healthz").get_json()
        assert (health["index"], health["indexed_listings"]) == ("ok", len(published))
        assert client.get("/api/v1/listings?q=サロン").get_json()["total"] > 1


# Whoosh leaves a segment file it failed to read to the garbage collector (ResourceWarning).
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_an_index_whose_files_are_cut_short_answers_as_being_prepared_until_rebuilt(
    database_url: str, engine: Engine, index: Path, tmp_path: Path
) -> None:
    """The disk filled up, or a backup was restored in part: the index's files are cut short.
    Searches said 「エラーが発生しました」 (500) on every request until an operator ran a
    reindex; they now say the search is being prepared (503), and it is rebuilt whole."""
    with Session(engine) as session:
        published = lifecycle.published_ids(session)
    for segment in index.glob("*.seg"):
        with segment.open("r+b") as file:
            file.truncate(segment.stat().st_size // 2)
    with own_app(database_url, index, tmp_path / "imports") as app:
        client = app.test_client()
        page = client.get("/search?q=サロン")
        assert page.status_code == 503
        assert "ただいま検索の準備をしています" in page.get_data(as_text=True)
        assert client.get("/api/v1/listings?q=サロン").status_code == 503
        health = client.get("/healthz")
        assert health.status_code == 503
        assert health.get_json()["index"] == "missing"
        with app.app_context():
            session = db.session()
            tracking.touch(session, published[:1])  # a command's commit: it rebuilds the index
            session.commit()
        health = client.get("/healthz")
        assert health.status_code == 200
        assert health.get_json()["indexed_listings"] == len(published)
        assert client.get("/api/v1/listings?q=サロン").get_json()["total"] > 1
    gc.collect()  # the files Whoosh left, while their warning is ignored


def test_health_fails_when_the_index_is_empty_but_the_database_has_listings(
    database_url: str, tmp_path: Path
) -> None:
    empty = tmp_path / "index"
    lifecycle.create(empty)
    with own_app(database_url, empty, tmp_path / "imports") as app:
        response = app.test_client().get("/healthz")
    assert response.status_code == 503
    health = response.get_json()
    assert (health["index"], health["indexed_listings"]) == ("empty", 0)


def test_health_reports_the_index_degraded_after_a_write_fails_until_one_succeeds(
    database_url: str, engine: Engine, index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index folder cannot be written (a full disk, chattr +i): the commit stands, this
    host's search misses the change, and its health check says so until a write succeeds."""
    with Session(engine) as session:
        changed = lifecycle.published_ids(session)[:1]
    with own_app(database_url, index, tmp_path / "imports") as app:
        client = app.test_client()

        def unwritable(ix: object) -> None:
            raise PermissionError(13, "Permission denied", str(index / "listings_1.seg"))

        with monkeypatch.context() as patched:
            patched.setattr(lifecycle, "_writer", unwritable)
            _commit_a_change(app, changed)
        response = client.get("/healthz")
        assert response.status_code == 503
        health = response.get_json()
        assert (health["database"], health["index"]) == ("ok", "degraded")
        assert "PermissionError: Permission denied" in health["index_problem"]
        assert str(index) not in health["index_problem"]  # a public answer: no paths
        _commit_a_change(app, changed)  # the folder can be written again
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.get_json()["index"] == "ok"


def _commit_a_change(app: Flask, listing_ids: list[int]) -> None:
    with app.app_context():
        session = db.session()
        tracking.touch(session, listing_ids)
        session.commit()


def test_health_says_the_upkeep_failed_when_its_check_failed(index: Path, tmp_path: Path) -> None:
    unreachable = f"sqlite:///{tmp_path / 'no-such-folder' / 'tsunagari.sqlite3'}"
    with own_app(unreachable, index, tmp_path / "imports", SEARCH_SYNC_ON_START=True) as app:
        app.extensions["search"].follow_every_seconds = 0.05
        client = app.test_client()
        try:
            deadline = time.monotonic() + 20
            while client.get("/healthz").get_json()["upkeep"] == "starting":
                assert time.monotonic() < deadline
                time.sleep(0.05)
            response = client.get("/healthz")
        finally:
            app.extensions["search"].healer.stop()
    assert response.status_code == 503  # the database cannot be read
    assert response.get_json()["upkeep"] == "failed"


# Whoosh leaves the damaged table of contents open when it cannot read it (its own file, not
# ours): collected within the test, its ResourceWarning is not blamed on the next one.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_health_fails_with_503_when_the_index_cannot_be_read_and_logs_why(
    database_url: str, index: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    for toc in index.glob("_*.toc"):  # the table of contents of each generation, damaged
        toc.write_bytes(b"\x00not an index\x00" * 8)
    health = _failed_check(database_url, index, tmp_path, caplog, "search index")
    assert (health["database"], health["index"]) == ("ok", "error")
    assert "indexed_listings" not in health
    gc.collect()


def test_health_fails_with_503_when_the_database_cannot_be_read(
    index: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    unreachable = f"sqlite:///{tmp_path / 'no-such-folder' / 'tsunagari.sqlite3'}"
    health = _failed_check(unreachable, index, tmp_path, caplog, "database")
    assert (health["database"], health["index"]) == ("error", "ok")


def _failed_check(
    database_url: str, index: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, what: str
) -> dict[str, object]:
    """/healthz of a fresh app: 503, "error", and the failure of ``what`` logged with its
    traceback for the operator."""
    with own_app(database_url, index, tmp_path / "imports") as app:
        with caplog.at_level(logging.ERROR):
            response = app.test_client().get("/healthz")
    assert response.status_code == 503
    health: dict[str, object] = response.get_json()
    assert health["status"] == "error"
    assert any(what in r.getMessage() and r.exc_info for r in caplog.records)
    return health
