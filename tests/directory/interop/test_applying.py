"""Applying a plan: listings as the use cases make them, all rows or none."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import Action
from directory.listings import snapshot
from directory.models import Listing, ListingStatus, Organization, OrganizationKind, RevisionStatus
from directory.search import lifecycle
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import DATA, csv_bytes, plan_bytes
from tests.factories import NOW, listing_data, make_listing


def _counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(Listing.id))) or 0,
        session.scalar(select(func.count(Organization.id))) or 0,
    )


def test_imported_listings_are_published_through_an_approved_revision(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    result = interop.apply_plan(db_session, plan, now=NOW)
    assert len(result.created) == 2
    assert result.organizations_created == ("大和町自治会", "荒川沖こども食堂の会")
    listing = db_session.get(Listing, result.created[0])
    assert listing is not None
    assert listing.status is ListingStatus.PUBLISHED
    assert listing.version == 1
    assert listing.published_at is not None
    assert listing.verified_at == NOW.date()
    [revision] = listing.revisions
    assert revision.status is RevisionStatus.APPROVED
    assert revision.reviewer_label == "一括取り込み"
    assert listing.schedule is not None
    assert listing.schedule.weekday_mask == 1 << 3
    assert listing.organization.kind is OrganizationKind.CHONAIKAI  # 自治会


def test_the_batch_writer_makes_what_the_use_cases_make(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = listing_data(name="比べるための活動", precision="rooftop")
    fields = {f.name: getattr(data, f.name) for f in dataclasses.fields(data)}
    reference = make_listing(db_session, **fields)
    plan = plan_bytes(db_session, csv_bytes("活動名,活動の種類,団体名", "x,居場所,会"), geocoder)
    row = dataclasses.replace(plan.rows[0], data=data, organization=reference.organization.name)
    plan = dataclasses.replace(plan, rows=(row,))
    [created_id] = interop.apply_plan(db_session, plan, now=NOW).created
    imported = db_session.get(Listing, created_id)
    assert imported is not None
    assert snapshot(imported) == snapshot(reference)
    for attribute in (
        "status",
        "version",
        "published_at",
        "verified_at",
        "visibility",
        "organization_id",
    ):
        assert getattr(imported, attribute) == getattr(reference, attribute), attribute
    assert imported.schedule is not None
    assert reference.schedule is not None
    assert (imported.schedule.spec, imported.schedule.weekday_mask, imported.schedule.needs_review) == (
        reference.schedule.spec, reference.schedule.weekday_mask, reference.schedule.needs_review)  # fmt: skip
    mine, theirs = imported.revisions[0], reference.revisions[0]
    for attribute in ("number", "base_version", "action", "status", "data", "changes"):
        assert getattr(mine, attribute) == getattr(theirs, attribute), attribute


def test_drafts_are_kept_as_drafts_when_asked(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder, publish=False
    )
    result = interop.apply_plan(db_session, plan, now=NOW)
    listings = [db_session.get(Listing, i) for i in result.created]
    assert all(
        x is not None and x.status is ListingStatus.DRAFT and not x.revisions for x in listings
    )


def test_update_existing_goes_through_a_revision(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="木曜の朝カフェ")
    data = csv_bytes(
        "活動名,活動の種類,団体名,住所,緯度,経度,日時",
        f"木曜の朝カフェ,居場所,{existing.organization.name},茨城県土浦市城北町5-12,36.0873,140.1957,毎週木曜日 9:30〜11:30",
    )
    plan = plan_bytes(db_session, data, geocoder, on_duplicate=Action.UPDATE)
    result = interop.apply_plan(db_session, plan, now=NOW)
    assert result.updated == (existing.id,)
    assert not result.created
    db_session.refresh(existing)
    assert existing.schedule is not None
    assert existing.schedule.text == "毎週木曜日 9:30〜11:30"
    assert existing.version == 2
    assert existing.revisions[-1].status is RevisionStatus.APPROVED


def test_a_failure_mid_apply_leaves_the_directory_as_it_was(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    lines = [f"サロン{i},居場所,新しい会{i},茨城県土浦市城北町5-{i}" for i in range(1, 40)]
    plan = plan_bytes(db_session, csv_bytes("活動名,活動の種類,団体名,住所", *lines), geocoder)
    before = _counts(db_session)

    def explode(row: interop.PlannedRow) -> None:
        if row.line == 30:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        interop.apply_plan(db_session, plan, now=NOW, _after_row=explode)
    assert _counts(db_session) == before
    assert db_session.scalar(select(func.count(Listing.id)).where(Listing.name == "サロン1")) == 0
    # The same plan applies cleanly afterwards: nothing half-written is in the way.
    assert len(interop.apply_plan(db_session, plan, now=NOW).created) == 39


def test_created_listings_are_recorded_for_the_after_commit_index_sync(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    result = interop.apply_plan(db_session, plan, now=NOW)
    assert set(result.created) <= db_session.info[lifecycle.TOUCHED]


def test_documents_built_from_data_equal_the_documents_of_the_loaded_listings(
    db_session: Session,
) -> None:
    """Every demo listing: the import's document (from its data, ids, organization and
    vocabulary) is exactly what ``index.document`` makes of the loaded listing."""
    from datetime import date

    from directory.browse import listing_load_options
    from directory.interop.applying import _Writer
    from directory.search.index import document

    writer = _Writer(db_session, now=NOW, verified_on=date(2025, 1, 1), publish=True)
    listings = db_session.scalars(select(Listing).options(*listing_load_options())).all()
    assert len(listings) > 100
    for listing in listings:
        built = writer.document(
            listing.id, snapshot(listing), listing.organization, listing.updated_at,
            version=listing.version,
        )  # fmt: skip
        assert built == document(listing), listing.name


def test_imported_listings_are_indexed_from_their_documents(
    db_session: Session, geocoder: OfflineGeocoder, tmp_path: Path
) -> None:
    from directory.search.index import document

    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    result = interop.apply_plan(db_session, plan, now=NOW)
    assert set(result.documents) == set(result.created)
    assert db_session.info[lifecycle.PREPARED].keys() == set(result.created)
    for listing_id, built in result.documents.items():
        listing = db_session.get(Listing, listing_id)
        assert listing is not None
        db_session.refresh(listing)
        assert built == document(listing)
    assert lifecycle.sync(db_session, tmp_path, result.created, result.documents) == 2
    indexed = lifecycle.indexed_fingerprints(tmp_path)
    assert {i: indexed[i] for i in result.created} == {
        i: d.fingerprint for i, d in result.documents.items()
    }


@pytest.fixture
def background_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Index an import's new listings in a forked child, even for a small file."""
    from directory import forking
    from directory.interop import applying

    monkeypatch.setattr(forking, "can_fork", lambda: True)
    monkeypatch.setattr(applying, "BACKGROUND_INDEX_FROM", 1)


def test_new_listings_are_indexed_by_a_second_process_once_committed(
    db_session: Session, geocoder: OfflineGeocoder, tmp_path: Path, background_index: None
) -> None:
    lines = [f"ひだまりサロン{i},居場所,ひだまりの会,茨城県土浦市城北町5-{i}" for i in range(1, 31)]
    plan = plan_bytes(db_session, csv_bytes("活動名,活動の種類,団体名,住所", *lines), geocoder)
    result = interop.apply_plan(db_session, plan, now=NOW, index_dir=tmp_path)
    assert lifecycle.BUILDER in db_session.info
    assert not result.documents  # built in the child, not here
    assert lifecycle.publish_pending(db_session) == set(result.created)
    # Exactly what the database says: nothing for the drift check to repair.
    assert not lifecycle.drift(db_session, tmp_path) & set(result.created)
    assert set(lifecycle.indexed_fingerprints(tmp_path)) == set(result.created)


def test_a_failed_apply_abandons_the_background_segment(
    db_session: Session, geocoder: OfflineGeocoder, tmp_path: Path, background_index: None
) -> None:
    lines = [f"ひだまりサロン{i},居場所,ひだまりの会,茨城県土浦市城北町5-{i}" for i in range(1, 31)]
    plan = plan_bytes(db_session, csv_bytes("活動名,活動の種類,団体名,住所", *lines), geocoder)

    def explode(row: interop.PlannedRow) -> None:
        if row.line == 20:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        interop.apply_plan(db_session, plan, now=NOW, index_dir=tmp_path, _after_row=explode)
    assert lifecycle.BUILDER not in db_session.info
    assert lifecycle.indexed_fingerprints(tmp_path) == {}  # and the index lock is free again


@pytest.mark.parametrize(
    "data",
    [
        listing_data(),
        listing_data(tags=(), categories=("salon", "ibasho"), targets=(), languages=()),
        listing_data(cost_yen=0, capacity=None, lat=None, lon=None, features=("wifi",)),
    ],
)
def test_revision_changes_of_a_new_listing_are_the_diff_from_nothing(data: object) -> None:
    from directory.interop.applying import _EMPTY_JSON, _changes_from_empty
    from directory.listings import ListingData, diff_json

    assert isinstance(data, ListingData)
    content = data.to_json()
    assert _changes_from_empty(content) == diff_json(_EMPTY_JSON, content)
