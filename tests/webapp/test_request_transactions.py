"""How a request's transaction ends: what it wrote and did not commit is lost; one that only
read keeps the connection's prepared statements (PostgreSQL plans a page's statements once).

These tests use an app of their own on real connections (the per-test rollback connection
would hide how a transaction ends) and delete what they made afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import Engine, delete, select, text, update
from sqlalchemy.orm import Session

from directory.models import Listing
from directory.search import lifecycle
from tests.factories import make_listing
from tests.webapp.conftest import own_app
from webapp import db

NAME = "取引の終わり方テストの集い"


@dataclass
class Stage:
    app: Flask
    engine: Engine
    listing_id: int


@pytest.fixture
def stage(
    engine: Engine, database_url: str, search_index_dir: Path, tmp_path: Path
) -> Iterator[Stage]:
    with own_app(database_url, search_index_dir, tmp_path / "imports") as app:
        yield from _staged(app, engine, search_index_dir)


def _staged(app: Flask, engine: Engine, search_index_dir: Path) -> Iterator[Stage]:
    def listing() -> Listing:
        found = db.session().get(Listing, made.listing_id)
        assert found is not None
        return found

    # Views that change the listing in each way a page could, and never commit.
    def renamed() -> str:
        listing().name = "書き換えたが保存しない名前"
        return "ok"

    def flushed() -> str:
        listing().name = "送ったが保存しない名前"
        db.session().flush()
        return "ok"

    def updated() -> str:
        db.session().execute(
            update(Listing).where(Listing.id == made.listing_id).values(name="文で変えた名前")
        )
        return "ok"

    def written_as_text() -> str:
        db.session().execute(
            text("UPDATE listings SET name = :name WHERE id = :id"),
            {"name": "SQL文で変えた名前", "id": made.listing_id},
        )
        return "ok"

    def saved_then_renamed() -> str:
        """Saves (as a page recording who read a case does), then writes without saving."""
        listing().contact_name = "保存した連絡先"
        db.session().commit()
        listing().name = "保存のあとで書き換えた名前"
        db.session().flush()
        return "ok"

    def saved_then_read() -> str:
        """Saves, then reads: the reading ends like any page's."""
        listing().contact_name = "保存した連絡先"
        db.session().commit()
        return (
            db.session()
            .scalars(select(Listing.name).where(Listing.name.startswith("取引の終わり方")))
            .one()
        )

    views = (renamed, flushed, updated, written_as_text, saved_then_renamed, saved_then_read)
    for view in views:
        app.add_url_rule(f"/_test/{view.__name__}", view_func=view)
    with Session(engine) as session:
        made = Stage(app, engine, make_listing(session, name=NAME).id)
        session.commit()
    try:
        yield made
    finally:
        with Session(engine) as session:
            session.execute(delete(Listing).where(Listing.id == made.listing_id))
            session.commit()
            lifecycle.sync(session, search_index_dir, [made.listing_id])


def _name(stage: Stage) -> str:
    with Session(stage.engine) as session:
        return session.scalars(select(Listing.name).where(Listing.id == stage.listing_id)).one()


@pytest.mark.parametrize(
    "how", ["renamed", "flushed", "updated", "written_as_text", "saved_then_renamed"]
)
def test_what_a_request_wrote_and_did_not_commit_is_lost(stage: Stage, how: str) -> None:
    client = stage.app.test_client()
    assert client.get(f"/_test/{how}").status_code == 200
    assert _name(stage) == NAME
    # ... and the pages read afterwards on the same connection still show the saved name.
    page = client.get(f"/listings/{stage.listing_id}")
    assert page.status_code == 200
    assert NAME in page.get_data(as_text=True)


def test_what_a_request_committed_stays_and_what_it_wrote_after_is_lost(stage: Stage) -> None:
    assert stage.app.test_client().get("/_test/saved_then_renamed").status_code == 200
    with Session(stage.engine) as session:
        saved = session.get(Listing, stage.listing_id)
        assert saved is not None
        assert (saved.name, saved.contact_name) == (NAME, "保存した連絡先")


def test_pages_that_only_read_keep_their_prepared_statements(stage: Stage) -> None:
    if stage.engine.dialect.name != "postgresql":
        pytest.skip("prepared statements are psycopg's, on PostgreSQL (SQLite's driver keeps"
                    " its own statement cache whatever ends the transaction)")  # fmt: skip
    client = stage.app.test_client()
    for _ in range(8):  # psycopg prepares a statement from its sixth use on a connection
        assert client.get(f"/listings/{stage.listing_id}").status_code == 200
        assert client.get("/search?q=サロン").status_code == 200
        # A page that saved (a coordinator's page records who read a case), then read.
        assert client.get("/_test/saved_then_read").get_data(as_text=True) == NAME
    engine = stage.app.extensions["db_engine"]
    # The requests' connection (the index's update after a save may have opened another).
    pooled = [engine.connect() for _ in range(engine.pool.checkedin())]
    try:
        prepared = [
            statement
            for conn in pooled
            for statement in conn.scalars(text("SELECT statement FROM pg_prepared_statements"))
        ]
    finally:
        for conn in pooled:
            conn.close()
    assert any("FROM listings" in statement for statement in prepared), prepared
    assert any("LIKE" in statement for statement in prepared), prepared  # saved, then read
