"""Shared fixtures: one migrated, seeded database per test session; per-test rollback sessions.

The suite runs on a temporary SQLite file by default, and on PostgreSQL when DATABASE_URL is
set (CI does both). On PostgreSQL the schema of the given database is dropped and recreated, so
the database name must contain "test".
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Connection, Engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from directory import upcoming
from directory.db import make_engine
from directory.search import lifecycle
from seeds.loader import load_demo
from webapp import create_app
from webapp import migrations as schema
from webapp.config import normalize_database_url

SEED_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    url = normalize_database_url(url)
    name = make_url(url).database or ""
    if "test" not in name:
        pytest.exit(f"refusing to wipe database {name!r}: its name must contain 'test'", 2)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    schema.upgrade(eng)
    with Session(eng) as session:
        load_demo(session, now=SEED_TIME)
        upcoming.extend(session, datetime.now(ZoneInfo("Asia/Tokyo")).date())
        session.commit()
    yield eng
    eng.dispose()


# ---- search index ----


@pytest.fixture(scope="session", autouse=True)
def _search_index_default(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Apps a test builds without SEARCH_INDEX_DIR never write into the real instance/."""
    previous = {name: os.environ.get(name) for name in ("SEARCH_INDEX_DIR", "SEARCH_SYNC_ON_START")}
    os.environ["SEARCH_INDEX_DIR"] = str(tmp_path_factory.mktemp("default-index"))
    # No background index keeper in apps a test builds, unless the test asks for one: a keeper
    # left running would read a database the test has already dropped.
    os.environ["SEARCH_SYNC_ON_START"] = "false"
    yield
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def search_index_dir(engine: Engine, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of the seeded database, shared by the session (tests that commit re-sync)."""
    directory = tmp_path_factory.mktemp("search-index")
    with Session(engine) as session:
        lifecycle.rebuild(session, directory)
    return directory


@pytest.fixture(scope="session")
def app(
    engine: Engine,
    database_url: str,
    search_index_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Flask]:
    application = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test-secret-key",
            "SEARCH_INDEX_DIR": str(search_index_dir),
            "SEARCH_SYNC_ON_START": False,
            "IMPORT_UPLOAD_DIR": str(tmp_path_factory.mktemp("imports")),
        }
    )
    yield application
    application.extensions["search"].ranker.close()
    application.extensions["db_engine"].dispose()


@pytest.fixture
def search_guard(app: Flask, engine: Engine) -> Iterator[None]:
    """After the test's rollback, put back the index entries its commits changed.

    Requested before ``connection`` so that its teardown runs after the rollback.
    """
    yield
    touched = app.extensions["search"].drain_synced()
    if touched:
        with Session(engine) as session:
            lifecycle.sync(session, app.extensions["search"].directory, touched)


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """One connection in an outer transaction that is rolled back after the test."""
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            yield conn
        finally:
            trans.rollback()


@pytest.fixture
def db_session(connection: Connection) -> Iterator[Session]:
    """A session whose changes vanish after the test, even if the code commits."""
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def client(
    search_guard: None, app: Flask, connection: Connection, db_session: Session
) -> Iterator[FlaskClient]:
    """A test client whose requests share the test's connection: they see what ``db_session``
    flushed, and everything they write is rolled back with it."""
    # Figures kept per process assume versions only grow; a test's rollback takes them back.
    for kept in [name for name in app.extensions if name.startswith("kept_")]:
        app.extensions.pop(kept)
    app.extensions.pop("terms", None)
    original = app.extensions["db_sessionmaker"]
    app.extensions["db_sessionmaker"] = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield app.test_client()
    finally:
        app.extensions["db_sessionmaker"] = original
