"""Listing content: validation, drafts, the review workflow and derived schedule data."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy.orm import Session

from directory.browse import schedule_spec
from directory.errors import Conflict, InvalidData
from directory.listings import (
    ListingData,
    Vocabulary,
    create_listing,
    diff,
    snapshot,
    validate,
)
from directory.models import ListingStatus, RevisionStatus
from directory.revisions import (
    approve_revision,
    latest_number,
    pending_revision,
    reject_revision,
    request_archive,
    submit_revision,
)
from tests.factories import LOADER, NOW, TODAY, any_organization, listing_data, make_listing

VOCAB = Vocabulary(
    categories=frozenset({"ibasho", "salon"}),
    targets=frozenset({"everyone", "seniors"}),
    areas=frozenset({"daiichi"}),
)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": "  "}, "name", "活動名を入力してください。"),
        ({"name": "あ" * 201}, "name", "活動名は200文字以内で入力してください。"),
        ({"categories": ()}, "categories", "活動の種類を1つ以上選んでください。"),
        (
            {"categories": ("bogus",)},
            "categories",
            "活動の種類に登録されていない値「bogus」があります。",
        ),
        ({"targets": ("aliens",)}, "targets", "対象に登録されていない値「aliens」があります。"),
        ({"area": "mars"}, "area", "地区に登録されていない値「mars」があります。"),
        ({"cost_yen": -100}, "cost_yen", "参加費（円）は0以上の数で入力してください。"),
        ({"capacity": 0}, "capacity", "定員は1以上の数で入力してください。"),
        ({"lat": 136.0}, "lat", "緯度の値が正しくありません。"),
        ({"lon": None}, "lat", "緯度の値が正しくありません。"),
        (
            {"languages": ("klingon",)},
            "languages",
            "対応言語に登録されていない値「klingon」があります。",
        ),
        (
            {"contact_email": "not-an-email"},
            "contact_email",
            "メールアドレスの形式が正しくありません。",
        ),
        (
            {"contact_phone": "abc"},
            "contact_phone",
            "電話番号の形式が正しくありません。数字で入力してください（例: 029-821-0000。内線や受付時間はその後ろに書けます）。",
        ),
    ],
)
def test_invalid_content_gets_a_japanese_message_on_the_field(
    overrides: dict[str, object], field: str, message: str
) -> None:
    errors = validate(listing_data(**overrides), VOCAB)
    assert errors[field] == message


def test_valid_content_has_no_errors() -> None:
    assert validate(listing_data(), VOCAB) == {}


def test_a_loaders_contact_details_are_kept_as_written() -> None:
    odd = listing_data(contact_phone="非公開", contact_email="事務局まで")
    assert validate(odd, VOCAB, contacts_typed=False) == {}
    assert set(validate(odd, VOCAB)) == {"contact_phone", "contact_email"}


def test_creating_a_listing_makes_a_draft_that_is_not_public(db_session: Session) -> None:
    listing = create_listing(db_session, any_organization(db_session), listing_data(), actor=LOADER)
    assert listing.status is ListingStatus.DRAFT
    assert not listing.is_public
    assert listing.revisions == []


def test_invalid_listing_is_not_created(db_session: Session) -> None:
    with pytest.raises(InvalidData) as err:
        create_listing(
            db_session, any_organization(db_session), listing_data(name=""), actor=LOADER
        )
    assert "name" in err.value.errors


def test_created_listing_parses_its_schedule_into_weekday_bits(db_session: Session) -> None:
    listing = create_listing(
        db_session,
        any_organization(db_session),
        listing_data(schedule_text="毎週月・木 10時～12時"),
        actor=LOADER,
    )
    assert listing.schedule is not None
    assert listing.schedule.weekday_mask == (1 << 0) | (1 << 3)
    assert listing.schedule.needs_review is False
    assert listing.schedule.text == "毎週月・木 10時～12時"


def test_unparseable_schedule_is_kept_verbatim_and_flagged(db_session: Session) -> None:
    text = "日程は季節により変わります。お問い合わせください"
    listing = create_listing(
        db_session, any_organization(db_session), listing_data(schedule_text=text), actor=LOADER
    )
    assert listing.schedule is not None
    assert listing.schedule.text == text
    assert listing.schedule.needs_review is True
    assert snapshot(listing).schedule_text == text


def test_approving_the_first_revision_publishes_the_listing(db_session: Session) -> None:
    listing = make_listing(db_session)
    assert listing.status is ListingStatus.PUBLISHED
    assert listing.is_public
    assert listing.version == 1
    assert listing.verified_at == TODAY
    assert [r.status for r in listing.revisions] == [RevisionStatus.APPROVED]


def test_public_keeps_seeing_the_old_content_until_a_change_is_approved(
    db_session: Session,
) -> None:
    listing = make_listing(db_session)
    new = listing_data(name="木曜の朝カフェ（会場変更）", schedule_text="毎週金曜日 10:00〜12:00")
    revision = submit_revision(
        db_session, listing, new, base_version=listing.version, author=LOADER, now=NOW
    )
    assert listing.name == "木曜の朝カフェ"
    assert listing.schedule is not None
    assert listing.schedule.weekday_mask == 1 << 3
    assert revision.changes["name"] == ["木曜の朝カフェ", "木曜の朝カフェ（会場変更）"]
    assert set(revision.changes) == {"name", "schedule_text"}

    approve_revision(db_session, revision, reviewer=LOADER, now=NOW, verified_on=TODAY)
    assert listing.name == "木曜の朝カフェ（会場変更）"
    assert listing.schedule.weekday_mask == 1 << 4
    assert listing.version == 2


def test_a_change_based_on_an_old_version_is_refused(db_session: Session) -> None:
    listing = make_listing(db_session)
    with pytest.raises(Conflict):
        submit_revision(
            db_session, listing, listing_data(name="古い版からの変更"), base_version=0,
            author=LOADER, now=NOW,
        )  # fmt: skip


def test_a_date_without_its_year_is_read_on_the_day_the_change_is_approved(
    db_session: Session,
) -> None:
    """Approved on 元日 in Japan (a UTC server's date is still 12月31日 until 9:00), a change
    saying 「12月31日」 is the coming 大晦日, not the one the town has just seen."""
    listing = make_listing(db_session)
    new = listing_data(schedule_text="12月31日 10:00〜12:00")
    revision = submit_revision(
        db_session, listing, new, base_version=listing.version, author=LOADER, now=NOW
    )
    approve_revision(db_session, revision, reviewer=LOADER, now=NOW, verified_on=date(2090, 1, 1))
    assert [d for r in schedule_spec(listing).rules for d in r.dates] == [date(2090, 12, 31)]


def test_two_pending_changes_cannot_both_be_approved(db_session: Session) -> None:
    listing = make_listing(db_session)
    first = submit_revision(
        db_session,
        listing,
        listing_data(name="Aさんの変更"),
        base_version=1,
        author=LOADER,
        now=NOW,
    )
    second = submit_revision(
        db_session,
        listing,
        listing_data(name="Bさんの変更"),
        base_version=1,
        author=LOADER,
        now=NOW,
    )
    # The newer submit replaced the older one: only one change is ever waiting for review.
    assert first.status is RevisionStatus.WITHDRAWN
    assert f"第{second.number}版" in first.review_note
    with pytest.raises(Conflict):
        approve_revision(db_session, first, reviewer=LOADER, now=NOW, verified_on=TODAY)
    approve_revision(db_session, second, reviewer=LOADER, now=NOW, verified_on=TODAY)
    assert listing.name == "Bさんの変更"


def test_an_editor_who_did_not_see_the_pending_change_is_told_of_the_conflict(
    db_session: Session,
) -> None:
    listing = make_listing(db_session)
    opened_at = latest_number(db_session, listing)
    first = submit_revision(
        db_session,
        listing,
        listing_data(name="Aさんの変更"),
        base_version=1,
        base_number=opened_at,
        author=LOADER,
        now=NOW,
    )
    with pytest.raises(Conflict):
        submit_revision(
            db_session,
            listing,
            listing_data(name="Bさんの変更"),
            base_version=1,
            base_number=opened_at,
            author=LOADER,
            now=NOW,
        )
    assert first.status is RevisionStatus.PENDING
    assert pending_revision(db_session, listing) is first


def test_when_two_saves_read_the_same_number_the_unique_constraint_makes_a_conflict(
    db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both editors passed the version check before either wrote (they saved at the same
    moment); the database's unique (listing, number) refuses the second: a Conflict, not an
    IntegrityError, and the first change stays the one waiting for review."""
    from directory import revisions

    listing = make_listing(db_session)
    opened_at = latest_number(db_session, listing)
    first = submit_revision(
        db_session, listing, listing_data(name="Aさんの変更"), base_version=1,
        base_number=opened_at, author=LOADER, now=NOW,
    )  # fmt: skip
    # The second editor's transaction read the number before the first was committed.
    monkeypatch.setattr(revisions, "latest_number", lambda session, listing: opened_at)
    with pytest.raises(Conflict):
        submit_revision(
            db_session, listing, listing_data(name="Bさんの変更"), base_version=1,
            base_number=opened_at, author=LOADER, now=NOW,
        )  # fmt: skip
    monkeypatch.undo()
    db_session.expire_all()
    assert pending_revision(db_session, listing) is first
    assert first.data["name"] == "Aさんの変更"


def test_an_archive_request_takes_the_listing_out_only_when_approved(db_session: Session) -> None:
    listing = make_listing(db_session)
    request = request_archive(
        db_session,
        listing,
        base_version=1,
        base_number=latest_number(db_session, listing),
        author=LOADER,
        reason="活動を終了しました",
        now=NOW,
    )
    assert listing.status is ListingStatus.PUBLISHED
    approve_revision(db_session, request, reviewer=LOADER, now=NOW, verified_on=TODAY)
    assert listing.status is ListingStatus.ARCHIVED
    assert listing.version == 2


def test_rejecting_a_first_submission_returns_the_listing_to_draft(db_session: Session) -> None:
    listing = make_listing(db_session, publish=False)
    revision = submit_revision(
        db_session, listing, listing_data(), base_version=0, author=LOADER, now=NOW
    )
    assert listing.status is ListingStatus.PENDING
    reject_revision(db_session, revision, reviewer=LOADER, reason="住所を確認してください", now=NOW)
    assert listing.status is ListingStatus.DRAFT
    assert revision.review_note == "住所を確認してください"
    with pytest.raises(Conflict):
        approve_revision(db_session, revision, reviewer=LOADER, now=NOW, verified_on=TODAY)


def test_rejection_needs_a_reason(db_session: Session) -> None:
    listing = make_listing(db_session, publish=False)
    revision = submit_revision(
        db_session, listing, listing_data(), base_version=0, author=LOADER, now=NOW
    )
    with pytest.raises(InvalidData):
        reject_revision(db_session, revision, reviewer=LOADER, reason=" ", now=NOW)


def test_listing_data_survives_the_json_round_trip() -> None:
    data = listing_data(tags=("料理",), languages=("ja", "vi"), capacity=12)
    assert ListingData.from_json(data.to_json()) == data
    stored = data.to_json()
    assert list(stored) == [f.name for f in dataclasses.fields(ListingData)]
    assert stored["tags"] == ["料理"]  # JSON has lists, not tuples
    assert json.loads(json.dumps(stored)) == stored


def test_reordering_codes_is_not_a_change() -> None:
    old = listing_data(categories=("ibasho", "salon"), targets=("seniors", "everyone"))
    new = listing_data(categories=("salon", "ibasho"), targets=("everyone", "seniors"))
    assert diff(old, new) == {}
    assert diff(old, listing_data(categories=("salon",))) == {
        "categories": [["ibasho", "salon"], ["salon"]],
        "targets": [["seniors", "everyone"], ["everyone"]],
    }


def test_the_first_revision_of_a_new_listing_shows_every_field_it_sets(
    db_session: Session,
) -> None:
    listing = make_listing(db_session, publish=False)
    revision = submit_revision(
        db_session, listing, listing_data(), base_version=0, author=LOADER, now=NOW
    )
    assert revision.changes["name"] == ["", "木曜の朝カフェ"]
    assert revision.changes["schedule_text"] == ["", "毎週木曜日 10:00〜12:00"]
