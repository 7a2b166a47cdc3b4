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
from directory.models import (
    IntakeStatus,
    Listing,
    ListingStatus,
    Organization,
    OrganizationKind,
    RevisionStatus,
)
from directory.search import tracking
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import DATA, csv_bytes, plan_bytes
from tests.factories import LOADER, NOW, listing_data, make_listing


def _counts(session: Session) -> tuple[int, int]:
    return (
        session.scalar(select(func.count(Listing.id))) or 0,
        session.scalar(select(func.count(Organization.id))) or 0,
    )


def test_imported_listings_are_published_through_an_approved_revision(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
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
    [created_id] = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW).created
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
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
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
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    assert result.updated == (existing.id,)
    assert not result.created
    db_session.refresh(existing)
    assert existing.schedule is not None
    assert existing.schedule.text == "毎週木曜日 9:30〜11:30"
    assert existing.version == 2
    assert existing.revisions[-1].status is RevisionStatus.APPROVED


def test_contact_cells_that_are_no_phone_or_address_are_imported_as_written(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="木曜の朝カフェ")
    org = existing.organization.name
    place = "茨城県土浦市城北町5-12,36.0873,140.1957"
    data = csv_bytes(
        "活動名,活動の種類,団体名,住所,緯度,経度,電話番号,メールアドレス",
        f"木曜の朝カフェ,居場所,{org},{place},非公開,事務局へお問い合わせください",
        f"新しいサロン,居場所,{org},{place},０２９（８２１）００００ 内線12,なし",
    )
    plan = plan_bytes(db_session, data, geocoder, on_duplicate=Action.UPDATE)
    assert not plan.rejected
    warned = {(w.column, w.message) for row in plan.rows for w in row.warnings}
    assert (
        "電話番号",
        "電話番号として読めません（「非公開」）。書かれたとおりに保存します",
    ) in warned
    assert (
        "メールアドレス",
        "メールアドレスとして読めません（「なし」）。書かれたとおりに保存します",
    ) in warned
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    assert result.updated == (existing.id,)
    db_session.refresh(existing)
    assert (existing.contact_phone, existing.contact_email) == (
        "非公開",
        "事務局へお問い合わせください",
    )
    created = db_session.get(Listing, result.created[0])
    assert created is not None
    assert created.contact_phone == "029(821)0000 内線12"  # the import's NFKC, as before


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
        interop.apply_plan(db_session, plan, actor=LOADER, now=NOW, _after_row=explode)
    assert _counts(db_session) == before
    assert db_session.scalar(select(func.count(Listing.id)).where(Listing.name == "サロン1")) == 0
    # The same plan applies cleanly afterwards: nothing half-written is in the way.
    assert len(interop.apply_plan(db_session, plan, actor=LOADER, now=NOW).created) == 39


def test_created_listings_are_handed_to_the_index_tracking(
    db_session: Session, geocoder: OfflineGeocoder, tmp_path: Path
) -> None:
    tracking.follow(db_session, tmp_path)
    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    assert set(result.created) <= tracking.pending(db_session)


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


def _planned(
    session: Session, geocoder: OfflineGeocoder, data: bytes, **options: object
) -> interop.ImportPlan:
    return plan_bytes(session, data, geocoder, categories=("salon",), **options)


def _salon_list(remark: str) -> bytes:
    return csv_bytes(
        "サロン名,団体名,会場,住所,活動日,備考",
        f"桜町いきいきサロン,桜町サロンの会,桜町会館,茨城県土浦市桜町1-16-12,毎月第2火曜日,{remark}",
    )


def test_a_list_saying_there_is_room_again_clears_the_full_an_earlier_list_left(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    first = _planned(db_session, geocoder, _salon_list("満員のため受付停止中"))
    [created] = interop.apply_plan(db_session, first, actor=LOADER, now=NOW).created
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert listing.intake_status is IntakeStatus.CONSULT  # full: 要相談, not 休止中

    plan = _planned(
        db_session, geocoder, _salon_list("10時～12時　空きあり"), on_duplicate=Action.UPDATE
    )
    [row] = plan.rows
    assert row.action is Action.UPDATE
    assert set(row.update_changes) == {"description", "intake_status"}  # 備考, 受入状況
    assert "受入状況（要相談→受け入れ可）" in row.change_labels  # as the preview lists it
    messages = [w.message for w in row.warnings]
    assert "更新すると受入状況が「要相談」から「受け入れ可」に変わります" in messages
    assert "「10時～12時 空きあり」とあるため、受入状況を「受け入れ可」にして登録します" in messages
    result = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    assert result.updated == (created,)
    db_session.refresh(listing)
    assert listing.intake_status is IntakeStatus.OPEN


def test_a_list_saying_there_is_room_updates_an_intake_set_since_without_a_revision(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    [created] = interop.apply_plan(
        db_session, _planned(db_session, geocoder, _salon_list("空きあり")), actor=LOADER, now=NOW
    ).created
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert listing.intake_status is IntakeStatus.OPEN
    listing.intake_status = IntakeStatus.CONSULT  # set since (a referral declined for 定員)
    version = listing.version
    db_session.flush()
    plan = _planned(db_session, geocoder, _salon_list("空きあり"), on_duplicate=Action.UPDATE)
    assert plan.rows[0].update_changes == ("intake_status",)  # the file says room now
    assert interop.apply_plan(db_session, plan, actor=LOADER, now=NOW).updated == (created,)
    db_session.refresh(listing)
    assert listing.intake_status is IntakeStatus.OPEN
    assert listing.version == version  # 受入状況 alone is no revision, as on its own form


def test_a_list_that_says_full_again_changes_nothing_and_one_that_says_nothing_keeps_the_intake(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    first = _planned(db_session, geocoder, _salon_list("満員"))
    [created] = interop.apply_plan(db_session, first, actor=LOADER, now=NOW).created
    again = _planned(db_session, geocoder, _salon_list("満員"), on_duplicate=Action.UPDATE)
    assert [(r.action, r.unchanged) for r in again.rows] == [(Action.SKIP, True)]  # 変更なし
    silent = _planned(db_session, geocoder, _salon_list(""), on_duplicate=Action.UPDATE)
    assert "intake_status" not in silent.rows[0].update_changes
    interop.apply_plan(db_session, silent, actor=LOADER, now=NOW)
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert listing.intake_status is IntakeStatus.CONSULT  # a blank 備考 says nothing of it


@pytest.mark.parametrize("remark", ["活動中", "令和7年4月から再開しました"])
def test_a_list_saying_a_paused_activity_meets_again_lifts_its_pause(
    db_session: Session, geocoder: OfflineGeocoder, remark: str
) -> None:
    first = _planned(db_session, geocoder, _salon_list("休止中"))
    [created] = interop.apply_plan(db_session, first, actor=LOADER, now=NOW).created
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert listing.intake_status is IntakeStatus.PAUSED
    plan = _planned(db_session, geocoder, _salon_list(remark), on_duplicate=Action.UPDATE)
    [row] = plan.rows
    assert "受入状況（休止中→未設定）" in row.change_labels  # no longer paused, room unsaid
    assert "更新すると受入状況が「休止中」から「未設定」に変わります" in [
        w.message for w in row.warnings
    ]
    interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    db_session.refresh(listing)
    assert listing.intake_status is None  # matching may suggest it again


def test_a_list_saying_a_full_activity_meets_keeps_it_full(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    first = _planned(db_session, geocoder, _salon_list("満員"))
    [created] = interop.apply_plan(db_session, first, actor=LOADER, now=NOW).created
    plan = _planned(db_session, geocoder, _salon_list("活動中"), on_duplicate=Action.UPDATE)
    assert "intake_status" not in plan.rows[0].update_changes  # running says nothing of room
    interop.apply_plan(db_session, plan, actor=LOADER, now=NOW)
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert listing.intake_status is IntakeStatus.CONSULT
