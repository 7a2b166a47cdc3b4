"""The index follows transactions on a real connection: a commit indexes exactly what changed,
a rollback indexes nothing (the per-test rollback connection cannot show either)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from directory import interop
from directory.db import BULK_ROWS
from directory.listings import snapshot
from directory.models import IndexChange, Listing
from directory.revisions import approve_revision, submit_revision
from directory.search import feed, lifecycle, tracking
from geo.geocoding import OfflineGeocoder
from tests.factories import LOADER, NOW, TODAY, make_listing

HEADER = "活動名,活動の種類,団体名,住所"
ROWS = [f"追跡テストのサロン{i},居場所,城北町町内会,茨城県土浦市城北町5-{i}" for i in range(1, 4)]


@pytest.fixture
def followed(engine: Engine, tmp_path: Path) -> Iterator[tuple[Session, Path, list[set[int]]]]:
    """A session on its own connection, followed into an empty index; what it synced."""
    synced: list[set[int]] = []
    with Session(engine) as before:
        start = feed.latest_seq(before)
    lifecycle.create(tmp_path)
    with Session(engine) as session:
        tracking.follow(session, tmp_path, on_synced=synced.append)
        yield session, tmp_path, synced
        session.rollback()
        made = select(Listing.id).where(Listing.name.like("追跡テストのサロン%"))
        session.execute(delete(Listing).where(Listing.id.in_(made)))
        session.execute(delete(IndexChange).where(IndexChange.seq > start))
        session.commit()


def _apply(session: Session) -> interop.ApplyResult:
    data = ("\r\n".join([HEADER, *ROWS]) + "\r\n").encode()
    table = interop.read_upload(data)
    plan = interop.plan_import(
        session, table, interop.map_columns(table.headers), geocoder=OfflineGeocoder()
    )
    return interop.apply_plan(session, plan, actor=LOADER, now=NOW)


def test_a_committed_import_indexes_exactly_its_listings(
    followed: tuple[Session, Path, list[set[int]]],
) -> None:
    session, index, synced = followed
    result = _apply(session)
    assert lifecycle.indexed_fingerprints(index) == {}  # nothing before the commit
    session.commit()
    assert synced == [set(result.created)]
    assert set(lifecycle.indexed_fingerprints(index)) == set(result.created)
    assert not lifecycle.drift(session, index) & set(result.created)


def test_a_rolled_back_import_indexes_nothing(
    followed: tuple[Session, Path, list[set[int]]],
) -> None:
    session, index, synced = followed
    _apply(session)
    session.rollback()
    assert synced == []
    assert lifecycle.indexed_fingerprints(index) == {}
    # The next transaction starts clean: committing something else indexes only that.
    listing = make_listing(session, name="追跡テストのサロン（別の保存）")
    session.commit()
    assert synced == [{listing.id}]
    assert set(lifecycle.indexed_fingerprints(index)) == {listing.id}


def test_an_approval_is_indexed_after_commit_even_past_a_rolled_back_savepoint(
    followed: tuple[Session, Path, list[set[int]]],
) -> None:
    session, index, synced = followed
    listing = make_listing(session, name="追跡テストのサロン（承認）", publish=False)
    other = make_listing(session, name="追跡テストのサロン（取り消し）")
    session.commit()
    synced.clear()
    data = snapshot(listing)
    revision = submit_revision(
        session, listing, data, base_version=listing.version, author=LOADER, now=NOW
    )
    approve_revision(session, revision, reviewer=LOADER, now=NOW, verified_on=TODAY)
    session.flush()
    savepoint = session.begin_nested()
    other.name = "追跡テストのサロン（取り消される変更）"
    session.flush()
    savepoint.rollback()
    session.commit()
    assert synced == [{listing.id}]  # not the listing changed in the rolled-back savepoint
    assert listing.id in set(lifecycle.indexed_fingerprints(index))


def test_a_bulk_change_refreshes_the_planner_statistics_and_a_small_one_does_not(
    followed: tuple[Session, Path, list[set[int]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, _, _ = followed
    refreshed: list[tuple[str, ...]] = []
    monkeypatch.setattr(tracking, "refresh_statistics", lambda _s, *t: refreshed.append(t))
    ids = list(session.scalars(select(Listing.id).order_by(Listing.id).limit(BULK_ROWS)))
    assert len(ids) == BULK_ROWS  # the demo town has enough
    tracking.touch(session, ids[:-1])
    session.commit()
    assert refreshed == []
    tracking.touch(session, ids)
    session.commit()
    assert refreshed == [tracking.BULK_TABLES]
