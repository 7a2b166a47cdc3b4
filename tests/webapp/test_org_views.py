"""Organization self-service and the coordinator's review, through the Flask test client."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from html import unescape
from urllib.parse import unquote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.listings import snapshot
from directory.models import (
    Listing,
    ListingRevision,
    ListingStatus,
    Organization,
    OrganizationKind,
    OrganizationRevision,
    RevisionStatus,
    User,
)
from directory.revisions import latest_number
from directory.search.index import weekdays
from tests.factories import listing_by_key
from tests.webapp.conftest import Accounts, login, post, town_clock_at

OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会, 毎週水曜日 14:00〜16:00


def edit_form(listing: Listing, session: Session, **changes: object) -> dict[str, object]:
    """What the edit form posts when the user changes only ``changes``."""
    data = snapshot(listing)
    form: dict[str, object] = {
        "base_version": listing.version,
        "base_number": latest_number(session, listing),
        **{k: getattr(data, k) for k in (
            "name", "kana", "description", "schedule_text", "place_name", "address",
            "postal_code", "cost_text", "contact_name", "contact_phone", "contact_email",
            "visibility", "precision",
        )},
        "tags": "、".join(data.tags),
        "categories": list(data.categories),
        "targets": list(data.targets),
        "languages": list(data.languages),
        "features": list(data.features),
        "area": data.area or "",
        "cost_yen": "" if data.cost_yen is None else str(data.cost_yen),
        "capacity": "" if data.capacity is None else str(data.capacity),
        "lat": "" if data.lat is None else str(data.lat),
        "lon": "" if data.lon is None else str(data.lon),
    }  # fmt: skip
    for flag in ("wheelchair", "accessible_toilet", "pickup", "parking", "accepts_referrals",
                 "trial_visit"):  # fmt: skip
        if getattr(data, flag):
            form[flag] = "1"
    form.update(changes)
    return form


def stale_section(page: str) -> str:
    """The "確認をお願いします" box of the member's dashboard ("" when absent)."""
    start = page.find('id="stale-h"')
    return page[start : page.find("</section>", start)] if start >= 0 else ""


def pending_of(session: Session, listing: Listing) -> ListingRevision:
    session.expire_all()
    revision = [r for r in listing.revisions if r.status is RevisionStatus.PENDING]
    assert len(revision) == 1
    return revision[0]


def test_the_dashboard_shows_only_the_members_own_organizations(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("member")
    page = client.get("/org/").get_data(as_text=True)
    assert "城北町集会所のお茶会" in page
    assert "子育てサポートはぐはぐ" not in page  # the other member's organization
    assert "はぐはぐひろば 荒川沖" not in page


def test_an_edited_schedule_waits_for_review_then_goes_public(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert "毎週水曜日 14:00〜16:00" in form

    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00",
                  note="曜日が変わりました"),
    )  # fmt: skip
    assert response.status_code == 302
    public = app.test_client()
    assert "毎週水曜日" in public.get(f"/listings/{listing.id}").get_data(as_text=True)

    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    queue = coordinator.get("/coord/reviews").get_data(as_text=True)
    assert "城北町集会所のお茶会" in queue
    review = coordinator.get(f"/coord/reviews/{revision.id}").get_data(as_text=True)
    assert re.search(r"<th scope=\"row\">日時</th><td class=\"diff-old\">毎週水曜日 14:00〜16:00"
                     r"</td><td class=\"diff-new\">毎週木曜日 14:00〜16:00", review)  # fmt: skip
    assert "曜日が変わりました" in review

    approved = post(coordinator, f"/coord/reviews/{revision.id}/approve")
    assert approved.status_code == 302
    page = public.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "毎週木曜日" in page
    assert "毎週水曜日" not in page
    history = client.get(f"/org/listings/{listing.id}/history").get_data(as_text=True)
    assert "承認済み" in history
    assert "（coord）" in history  # who decided is recorded


def test_a_date_without_its_year_is_read_on_the_towns_date_not_the_servers(
    app: Flask,
    client: FlaskClient,
    db_session: Session,
    accounts: Accounts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Approved at 1:30 on 6 January in Japan (16:30 UTC on the 5th): 「1月5日」 is next
    year's, a Monday — in the listing's wording and in the search's weekday facet."""
    town_clock_at(monkeypatch, datetime(2098, 1, 5, 16, 30, tzinfo=UTC))
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, schedule_text="1月5日 10:00〜12:00"),
    )
    assert response.status_code == 302
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    revision = pending_of(db_session, listing)
    assert post(coordinator, f"/coord/reviews/{revision.id}/approve").status_code == 302
    db_session.expire_all()
    assert listing.schedule is not None
    assert weekdays(listing) == ["0"]  # 2099-01-05, a Monday
    page = app.test_client().get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "1月5日(月)" in re.sub(r'<span class="keep">(.*?)</span>', r"\1", page)


def test_a_form_with_mistakes_explains_them_and_keeps_what_was_typed(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, name="", cost_yen="百円", categories=[],
                  description="ていねいに書いた紹介文"),
    )  # fmt: skip
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "活動名を入力してください" in page
    assert "参加費（円）は数字で入力してください" in page
    assert "活動の種類を1つ以上選んでください" in page
    assert "ていねいに書いた紹介文" in page
    assert 'value="百円"' in page
    # nothing was submitted:
    db_session.expire_all()
    assert all(r.status is not RevisionStatus.PENDING for r in listing.revisions)


def test_contact_details_that_cannot_be_used_are_explained_next_to_the_field(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    response = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, contact_phone="abc", contact_email="not-an-email"),
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(r'id="contact_phone-error">電話番号の形式が正しくありません', page)
    assert 'id="contact_email-error">メールアドレスの形式が正しくありません' in page
    assert 'value="not-an-email"' in page
    db_session.expire_all()
    assert all(r.status is not RevisionStatus.PENDING for r in listing.revisions)
    ok = edit_form(listing, db_session, contact_phone="０２９（８２１）００００ 内線12（平日のみ）")
    assert post(client, f"/org/listings/{listing.id}/edit", ok).status_code == 302


def test_a_profile_with_an_unusable_email_or_phone_is_not_submitted(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    form = {"base_version": org.version, "base_number": 0, "name": org.name, "kana": org.kana,
            "description": org.description, "area": org.area.code if org.area else "",
            "address": org.address, "phone": "abc", "email": "not-an-email", "website": ""}  # fmt: skip
    response = post(client, f"/org/organizations/{org.id}/profile", form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="phone-error">電話番号の形式が正しくありません' in page
    assert 'id="email-error">メールアドレスの形式が正しくありません' in page
    form.update(phone="029-821-0000（平日のみ）", email="info@example.jp")
    assert post(client, f"/org/organizations/{org.id}/profile", form).status_code == 302


def test_an_email_and_website_typed_with_the_ime_on_are_saved_as_addresses(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    """On a phone with the Japanese IME on, 「ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ」 came back with
    「メールアドレスの形式が正しくありません」 and 「ｗｗｗ．ｅｘａｍｐｌｅ．ｊｐ」 with 「https:// で
    始まる…」: the member had to retype both. They are the addresses they spell."""
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    typed = edit_form(listing, db_session, contact_email="ｏｃｈａｋａｉ＠ｅｘａｍｐｌｅ．ｊｐ")
    assert post(client, f"/org/listings/{listing.id}/edit", typed).status_code == 302
    assert pending_of(db_session, listing).data["contact_email"] == "ochakai@example.jp"

    org = accounts.org
    profile = _profile_form(
        org,
        email="ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ",
        website="ｗｗｗ．ｅｘａｍｐｌｅ．ｊｐ／ｓａｌｏｎ",
    )
    assert post(client, f"/org/organizations/{org.id}/profile", profile).status_code == 302
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    _, review = _profile_review(coordinator)
    assert "info@example.jp" in review
    assert "https://www.example.jp/salon" in review
    assert "ｅｘａｍｐｌｅ" not in review


def test_full_width_digits_are_read_as_numbers(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    post(client, f"/org/listings/{listing.id}/edit", edit_form(listing, db_session,
         cost_yen="２００", capacity="１５"))  # fmt: skip
    data = pending_of(db_session, listing).data
    assert (data["cost_yen"], data["capacity"]) == (200, 15)


@pytest.mark.parametrize(
    ("cost", "capacity", "saved"),
    [
        ("無料", "約20人", (0, 20)),
        ("１回１００円", "なし", (100, None)),
        ("300円", "15名", (300, 15)),
    ],
)
def test_a_fee_and_capacity_written_with_words_are_read_as_amounts(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    cost: str,
    capacity: str,
    saved: tuple[int, int | None],
) -> None:
    """The form's hint says 「無料なら 0」, but 「無料」 itself, 「１回１００円」 or 「約20人」 was
    refused with 「数字で入力してください」 and had to be retyped."""
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    form = edit_form(listing, db_session, cost_yen=cost, capacity=capacity)
    assert post(client, f"/org/listings/{listing.id}/edit", form).status_code == 302
    data = pending_of(db_session, listing).data
    assert (data["cost_yen"], data["capacity"]) == saved


def test_a_fee_with_words_beside_it_is_asked_for_again_with_the_words_kept(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    form = edit_form(listing, db_session, cost_yen="100円（お茶代）", capacity="20名（先着順）")
    response = post(client, f"/org/listings/{listing.id}/edit", form)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="cost_yen-error">参加費（円）は数字で入力してください' in page
    assert 'id="capacity-error">定員は数字で入力してください' in page
    assert 'value="100円（お茶代）"' in page


def test_the_second_of_two_editors_is_told_and_keeps_what_they_typed(
    client: FlaskClient, app: Flask, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    opened = edit_form(listing, db_session)  # both open the form at the same state
    first, second = app.test_client(), client
    login(first, accounts.coordinator)
    login(second, accounts.member)
    assert post(first, f"/org/listings/{listing.id}/edit",
                {**opened, "cost_text": "200円（お茶代）"}).status_code == 302  # fmt: skip

    mine = {**opened, "description": "私が書き直した紹介文です。"}
    response = post(second, f"/org/listings/{listing.id}/edit", mine)
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ほかの人の変更と重なりました" in page
    assert "200円（お茶代）" in page  # what the other person changed
    assert "私が書き直した紹介文です。" in page  # what I typed is still in the form
    assert pending_of(db_session, listing).data["cost_text"] == "200円（お茶代）"

    # Sending again from the re-rendered form is a deliberate choice and goes through.
    version = re.search(r'name="base_version" value="(\d+)"', page)
    number = re.search(r'name="base_number" value="(\d+)"', page)
    assert version
    assert number
    again = {**mine, "base_version": version.group(1), "base_number": number.group(1)}
    assert post(second, f"/org/listings/{listing.id}/edit", again).status_code == 302
    assert pending_of(db_session, listing).data["description"] == "私が書き直した紹介文です。"


def _revision_count(session: Session, listing: Listing) -> int:
    session.expire_all()
    return len(listing.revisions)


def test_sending_the_same_edit_twice_keeps_the_first_and_says_so(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    # Back and send again, or a retry on a slow network: the form still carries the state
    # it was opened at, which the first send has moved past.
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    path = f"/org/listings/{listing.id}/edit"
    form = edit_form(listing, db_session, cost_text="300円（お菓子代）",
                     address="茨城県土浦市大和町9-1", note="お菓子代が上がりました")  # fmt: skip
    before = _revision_count(db_session, listing)
    assert post(client, path, form).status_code == 302
    again = post(client, path, form)
    assert again.status_code == 302
    assert again.headers["Location"] == f"/org/listings/{listing.id}/history"
    page = client.get(again.headers["Location"]).get_data(as_text=True)
    assert "この変更はすでに送信済みです" in page
    assert "別の人" not in page
    assert _revision_count(db_session, listing) == before + 1
    assert pending_of(db_session, listing).data["cost_text"] == "300円（お菓子代）"


def test_a_different_second_send_of_ones_own_is_not_blamed_on_another_person(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    path = f"/org/listings/{listing.id}/edit"
    opened = edit_form(listing, db_session)
    assert post(client, path, {**opened, "cost_text": "300円"}).status_code == 302
    response = post(client, path, {**opened, "cost_text": "400円"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "あなたが先に送信した変更と重なりました" in page
    assert "あなた自身が先に送信した変更で更新されています" in page
    assert "別の人" not in page
    assert "ほかの人の変更" not in page
    assert accounts.member.display_name not in page.split('id="conflict-h"')[1][:400]
    assert "400円" in page  # what was typed the second time is still in the form
    assert pending_of(db_session, listing).data["cost_text"] == "300円"


def test_sending_the_same_archive_request_twice_asks_once(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = {"base_version": listing.version, "base_number": latest_number(db_session, listing),
            "reason": "会場の改修で当面休止します"}  # fmt: skip
    path = f"/org/listings/{listing.id}/archive"
    assert post(client, path, form).status_code == 302
    again = post(client, path, form)
    assert again.status_code == 302
    assert "この変更はすでに送信済みです" in client.get(again.headers["Location"]).get_data(
        as_text=True
    )
    assert pending_of(db_session, listing).author_note == "会場の改修で当面休止します"
    changed = post(client, path, {**form, "reason": "活動を終えました"})
    assert changed.status_code == 409
    text = changed.get_data(as_text=True)
    assert "あなた自身が先に送信した変更で更新されています" in text
    assert "別の人" not in text


def test_still_accurate_renews_the_confirmation_date_without_review(
    app: Flask, client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    listing.verified_at = date.today() - timedelta(days=400)
    db_session.flush()
    login_as("member")
    assert listing.name in stale_section(client.get("/org/").get_data(as_text=True))
    assert post(client, f"/org/listings/{listing.id}/confirm").status_code == 302
    db_session.expire_all()
    assert listing.verified_at is not None
    assert (date.today() - listing.verified_at).days <= 1
    assert all(r.status is not RevisionStatus.PENDING for r in listing.revisions)
    assert listing.name not in stale_section(client.get("/org/").get_data(as_text=True))


def test_a_new_listing_is_public_only_after_approval(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    login(client, accounts.member)
    response = post(
        client,
        f"/org/organizations/{accounts.org.id}/listings/new",
        {"base_version": 0, "base_number": 0, "name": "城北町の朝ラジオ体操",
         "categories": ["kenko"], "targets": ["everyone"],
         "schedule_text": "毎日 6:30〜6:45", "area": "daiichi", "cost_yen": "0"},
    )  # fmt: skip
    assert response.status_code == 302
    listing = db_session.query(Listing).filter_by(name="城北町の朝ラジオ体操").one()
    assert listing.status is ListingStatus.PENDING
    history = client.get(f"/org/listings/{listing.id}/history").get_data(as_text=True)
    assert "確認待ち" in history
    assert "要確認" not in history  # nothing published yet, so nothing overdue to confirm
    public = app.test_client()
    assert public.get(f"/listings/{listing.id}").status_code == 404
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    post(coordinator, f"/coord/reviews/{pending_of(db_session, listing).id}/approve")
    assert "城北町の朝ラジオ体操" in public.get(f"/listings/{listing.id}").get_data(as_text=True)


def test_a_rejection_reason_reaches_the_organization(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit", edit_form(listing, db_session,
         cost_text="無料"))  # fmt: skip
    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    empty = post(coordinator, f"/coord/reviews/{revision.id}/reject", {"reason": " "})
    assert empty.status_code == 400
    assert "差し戻しの理由を入力してください" in empty.get_data(as_text=True)
    reason = "参加費の欄は「無料」でよいか、お茶代の有無を教えてください。"
    assert post(coordinator, f"/coord/reviews/{revision.id}/reject",
                {"reason": reason}).status_code == 302  # fmt: skip
    assert reason in client.get("/org/").get_data(as_text=True)
    assert "100円（お茶代）" in app.test_client().get(f"/listings/{listing.id}").get_data(
        as_text=True
    )


def test_an_archive_request_hides_the_listing_once_approved(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = {"base_version": listing.version, "base_number": latest_number(db_session, listing),
            "reason": "会場の改修で当面休止します"}  # fmt: skip
    assert post(client, f"/org/listings/{listing.id}/archive", form).status_code == 302
    public = app.test_client()
    assert public.get(f"/listings/{listing.id}").status_code == 200
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    review = coordinator.get(f"/coord/reviews/{pending_of(db_session, listing).id}")
    assert "会場の改修で当面休止します" in review.get_data(as_text=True)
    post(coordinator, f"/coord/reviews/{pending_of(db_session, listing).id}/approve")
    assert public.get(f"/listings/{listing.id}").status_code == 404


def test_an_archive_request_is_approved_by_a_button_that_says_it_ends_the_listing(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = {"base_version": listing.version, "base_number": latest_number(db_session, listing),
            "reason": "会場の改修で当面休止します"}  # fmt: skip
    post(client, f"/org/listings/{listing.id}/archive", form)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    review_url = f"/coord/reviews/{pending_of(db_session, listing).id}"
    page = coordinator.get(review_url).get_data(as_text=True)
    assert "承認して掲載を終了する</button>" in page
    assert "承認して公開する" not in page
    approved = post(coordinator, f"{review_url}/approve")
    queue = coordinator.get(approved.headers["Location"]).get_data(as_text=True)
    assert "「城北町集会所のお茶会」の掲載終了を承認しました" in queue
    assert "公開しました" not in queue


def test_a_profile_change_is_reviewed_before_the_public_sees_it(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    form = {"base_version": org.version, "base_number": 0, "name": org.name, "kana": org.kana,
            "description": "新しい団体紹介です。", "area": org.area.code if org.area else "",
            "address": org.address, "phone": org.phone, "email": org.email, "website": ""}  # fmt: skip
    assert post(client, f"/org/organizations/{org.id}/profile", form).status_code == 302
    public = app.test_client()
    assert "新しい団体紹介です。" not in public.get(f"/organizations/{org.id}").get_data(
        as_text=True
    )
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    path, review = _profile_review(coordinator)
    assert "団体の紹介" in review
    post(coordinator, f"{path}/approve")
    assert "新しい団体紹介です。" in public.get(f"/organizations/{org.id}").get_data(as_text=True)


def _profile_review(coordinator: FlaskClient) -> tuple[str, str]:
    """(path, page) of the first profile change in the coordinator's review queue."""
    queue = coordinator.get("/coord/reviews").get_data(as_text=True)
    match = re.search(r'href="(/coord/profile-reviews/\d+)"', queue)
    assert match
    return match.group(1), coordinator.get(match.group(1)).get_data(as_text=True)


def _profile_form(org: Organization, **changes: object) -> dict[str, object]:
    return {"base_version": org.version, "base_number": 0, "name": org.name, "kana": org.kana,
            "description": org.description, "area": org.area.code if org.area else "",
            "address": org.address, "phone": org.phone, "email": org.email,
            "website": org.website, **changes}  # fmt: skip


def test_a_coordinator_corrects_an_organizations_kind_through_the_profile_review(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    # An import guesses the kind from the name; staff put it right.
    org = accounts.org
    assert org.kind is OrganizationKind.CHONAIKAI
    login(client, accounts.coordinator)
    page = client.get(f"/org/organizations/{org.id}/profile").get_data(as_text=True)
    assert '<label for="f-kind">団体の種類</label>' in page
    assert '<option value="chonaikai" selected>町内会・自治会</option>' in page
    path = f"/org/organizations/{org.id}/profile"
    assert post(client, path, _profile_form(org, kind="npo")).status_code == 302
    review_path, review = _profile_review(client)
    assert "団体の種類" in review
    assert "NPO法人" in review
    post(client, f"{review_path}/approve")
    public = app.test_client().get(f"/organizations/{org.id}").get_data(as_text=True)
    assert "NPO法人" in public
    db_session.expire_all()
    assert org.kind is OrganizationKind.NPO


def _profile_changes(session: Session, org: Organization) -> list[OrganizationRevision]:
    session.expire_all()
    return sorted(org.revisions, key=lambda r: r.number)


def test_sending_the_same_profile_change_twice_keeps_the_first_and_says_so(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    # Back and send again: the form still carries the state it was opened at.
    org = accounts.org
    login(client, accounts.member)
    path = f"/org/organizations/{org.id}/profile"
    form = _profile_form(org, description="活動日が増えました。", note="紹介文を更新")
    assert post(client, path, form).status_code == 302
    again = post(client, path, form)
    assert again.status_code == 302
    page = client.get(again.headers["Location"]).get_data(as_text=True)
    assert "この変更はすでに送信済みです" in page
    assert "別の人" not in page
    sent = _profile_changes(db_session, org)
    assert [(r.status, r.data["description"]) for r in sent] == [
        (RevisionStatus.PENDING, "活動日が増えました。")
    ]


def test_a_different_second_send_of_ones_own_profile_is_not_blamed_on_another_person(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    path = f"/org/organizations/{org.id}/profile"
    opened = _profile_form(org)
    assert (
        post(client, path, {**opened, "description": "毎週土曜に集まります。"}).status_code == 302
    )
    response = post(client, path, {**opened, "description": "毎週日曜に集まります。"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "あなたが先に送信した変更と重なりました" in page
    assert "あなた自身が先に送信した変更で更新されています" in page
    assert "別の人" not in page
    assert "毎週日曜に集まります。" in page  # what was typed the second time is kept
    assert _profile_changes(db_session, org)[-1].data["description"] == "毎週土曜に集まります。"

    # A change by someone else since is still called so.
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    base_number = len(_profile_changes(db_session, org))
    assert post(coordinator, path, {**opened, "base_number": base_number,
                                    "description": "コーディネーターが直しました。"}).status_code == 302  # fmt: skip
    response = post(client, path, {**opened, "base_number": base_number, "description": "再送"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ほかの人の変更と重なりました" in page
    assert "別の人が更新しました" in page


def test_members_keep_their_organizations_kind_as_staff_set_it(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    path = f"/org/organizations/{org.id}/profile"
    assert 'name="kind"' not in client.get(path).get_data(as_text=True)
    assert post(client, path, _profile_form(org, kind="npo")).status_code == 403
    assert post(client, path, _profile_form(org, description="紹介を更新")).status_code == 302
    db_session.expire_all()
    pending = [r for r in org.revisions if r.status is RevisionStatus.PENDING]
    assert [r.data["kind"] for r in pending] == ["chonaikai"]


def test_the_coordinator_dashboard_flags_listings_not_confirmed_for_180_days(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    page = client.get("/coord/").get_data(as_text=True)
    assert "180日以上確認されていない活動" in page
    count = re.search(r"180日以上確認されていない活動（(\d+)件）", page)
    assert count
    assert int(count.group(1)) >= 27


def test_the_public_page_offers_editing_only_to_those_who_may_edit(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    path = f"/listings/{listing.id}"
    assert "この活動を編集" not in app.test_client().get(path).get_data(as_text=True)
    other = app.test_client()
    login(other, accounts.other_member)
    assert "この活動を編集" not in other.get(path).get_data(as_text=True)
    login(client, accounts.member)
    assert "この活動を編集" in client.get(path).get_data(as_text=True)


def test_a_new_address_is_geocoded_and_a_typed_pin_is_kept(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    login(client, accounts.member)
    post(
        client,
        f"/org/organizations/{accounts.org.id}/listings/new",
        {"base_version": 0, "base_number": 0, "name": "藤沢の朝市", "categories": ["kenko"],
         "targets": ["everyone"], "schedule_text": "毎週日曜 7:00〜9:00", "area": "niihari",
         "address": "土浦市大字藤沢１２３８"},
    )  # fmt: skip
    listing = db_session.query(Listing).filter_by(name="藤沢の朝市").one()
    proposed = pending_of(db_session, listing).data
    assert (proposed["precision"], proposed["lat"], proposed["lon"]) == (
        "oaza",
        36.12782,
        140.155582,
    )

    pinned = edit_form(listing, db_session, address="土浦市藤沢1240", lat="36.1501", lon="140.1502")
    pinned["base_version"] = listing.version
    assert post(client, f"/org/listings/{listing.id}/edit", pinned).status_code == 302
    proposed = pending_of(db_session, listing).data
    assert (proposed["precision"], proposed["lat"], proposed["lon"]) == (
        "manual",
        36.1501,
        140.1502,
    )


def test_an_approved_new_name_finds_the_organizations_listings_in_search(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    """The organization's name is in its listings' index documents: renaming it re-indexes
    them (what the after-commit hook does for an organization whose columns changed)."""
    org = accounts.org
    listing = db_session.scalars(
        select(Listing).where(
            Listing.organization_id == org.id, Listing.status == ListingStatus.PUBLISHED
        )
    ).first()
    assert listing is not None
    public = app.test_client()
    assert listing.name not in public.get("/search?q=ほたる川").get_data(as_text=True)
    login(client, accounts.member)
    form = {"base_version": org.version, "base_number": 0, "name": "ほたる川ふれあいネット",
            "kana": org.kana, "description": org.description,
            "area": org.area.code if org.area else "", "address": org.address,
            "phone": org.phone, "email": org.email, "website": ""}  # fmt: skip
    assert post(client, f"/org/organizations/{org.id}/profile", form).status_code == 302
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    post(coordinator, f"{_profile_review(coordinator)[0]}/approve")
    assert listing.name in public.get("/search?q=ほたる川").get_data(as_text=True)


def test_the_dashboard_lists_the_oldest_50_unconfirmed_and_counts_them_all(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    from tests.factories import make_listing

    login_as("coordinator")
    before = client.get("/coord/").get_data(as_text=True)
    total = int(re.search(r"180日以上確認されていない活動（(\d+)件）", before).group(1))  # type: ignore[union-attr]
    for n in range(60 - total if total < 60 else 0):
        make_listing(db_session, name=f"確認待ちの活動{n}", verified_on=date(2020, 4, 1))
    db_session.flush()
    page = client.get("/coord/").get_data(as_text=True)
    shown = max(total, 60)
    assert f"180日以上確認されていない活動（{shown}件）" in page
    assert f"ほか {shown - 50}件（古い順に表示しています）。" in page
    section = page.split('id="stale-h"')[1].split("</section>")[0]
    assert section.split("<tbody>")[1].count("<tr") == 50


# ---- an organization with many activities (a 社協 keeps every サロン of the city) -----------


def _salons(db_session: Session, org: Organization, count: int, verified_on: date) -> list[Listing]:
    from tests.factories import make_listing

    made = [
        make_listing(
            db_session,
            organization=org,
            name=f"ふれあいいきいきサロン{n:03d}",
            kana=f"フレアイイキイキサロン{n:03d}",
            verified_on=verified_on,
        )
        for n in range(1, count + 1)
    ]
    db_session.flush()
    return made


def _items(page: str, org: Organization) -> list[str]:
    """The names in the organization's own list, in the page's order."""
    section = page.split(f'id="org-{org.id}"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<div class="manage-main">\s*<strong>([^<]+)</strong>', section)


def test_a_member_with_many_activities_finds_one_by_name_and_pages_through_them(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    _salons(db_session, accounts.org, 110, date.today())
    from tests.factories import make_listing

    make_listing(db_session, organization=accounts.org, name="ｺﾐｭﾆﾃｨｶﾌｪ ひだまり")
    db_session.flush()
    total = len(accounts.org.listings)
    login_as("member")
    first = client.get("/org/").get_data(as_text=True)
    assert 'aria-label="自分の団体の活動をさがす"' in first
    assert len(_items(first, accounts.org)) == 50
    assert f"{total}件のうち 1〜50件目" in first
    assert "1 / 3 ページ" in first
    second = client.get("/org/?page=2").get_data(as_text=True)
    assert f"{total}件のうち 51〜100件目" in second
    assert not set(_items(first, accounts.org)) & set(_items(second, accounts.org))

    found = client.get("/org/?q=かふぇ").get_data(as_text=True)  # typed in hiragana
    assert _items(found, accounts.org) == ["ｺﾐｭﾆﾃｨｶﾌｪ ひだまり"]
    assert f"「かふぇ」に合う活動: 1件（全{total}件のうち）" in found
    assert _items(client.get("/org/?q=サロン 107").get_data(as_text=True), accounts.org) == [
        "ふれあいいきいきサロン107"
    ]
    none = client.get("/org/?q=存在しない名前").get_data(as_text=True)
    assert "合う活動はありません" in none


def test_ticked_activities_are_confirmed_at_once_and_the_list_stays_as_it_was(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    salons = _salons(db_session, accounts.org, 30, date(2020, 4, 1))
    theirs = listing_by_key(db_session, "b-hughug-hiroba-arakawaoki")  # another organization's
    theirs.verified_at = date(2020, 4, 1)
    db_session.flush()
    login_as("member")
    page = client.get("/org/").get_data(as_text=True)
    stale_box = stale_section(page)
    assert stale_box.count("<li>") == 10  # the oldest ten, and a way to the rest
    assert "要確認の活動だけを一覧で表示" in stale_box

    listed = client.get("/org/?show=stale").get_data(as_text=True)
    assert "ふれあいいきいきサロン001" in _items(listed, accounts.org)
    token = re.search(r'id="bulk-\d+"[^>]*>\s*<input[^>]*name="csrf_token" value="([^"]+)"', listed)
    assert token is not None
    ticked = [salons[0].id, salons[1].id, salons[2].id, theirs.id]
    sent = client.post(
        f"/org/organizations/{accounts.org.id}/confirm",
        data={"csrf_token": token.group(1), "listing": ticked, "show": "stale"},
    )
    assert sent.status_code == 302
    assert sent.headers["Location"] == "/org/?show=stale"
    after = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert "選んだ3件の活動の情報確認日を" in after
    db_session.expire_all()
    with client.application.app_context():
        from webapp.templating import today

        on = today()  # the town's date (JST), as the page records it
    assert [s.verified_at == on for s in salons[:4]] == [True, True, True, False]
    assert theirs.verified_at == date(2020, 4, 1)  # not the member's to confirm
    remaining = _items(after, accounts.org)
    assert "ふれあいいきいきサロン001" not in remaining
    assert "ふれあいいきいきサロン004" in remaining

    nothing = client.post(
        f"/org/organizations/{accounts.org.id}/confirm", data={"csrf_token": token.group(1)}
    )
    assert "情報確認日を更新する活動が選ばれていません" in client.get(
        nothing.headers["Location"]
    ).get_data(as_text=True)
    other = client.post(
        f"/org/organizations/{accounts.other_org.id}/confirm",
        data={"csrf_token": token.group(1), "listing": [theirs.id]},
    )
    assert other.status_code == 403


def test_confirming_one_activity_returns_to_it_in_the_same_list(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    salons = _salons(db_session, accounts.org, 60, date(2020, 4, 1))
    login_as("member")
    target = salons[55]
    sent = post(
        client,
        f"/org/listings/{target.id}/confirm",
        {"q": "サロン", "show": "stale", "page": "2"},
    )
    location = unquote(sent.headers["Location"])
    assert location == f"/org/?q=サロン&show=stale&page=2#listing-{target.id}"


def field_value(page: str, name: str) -> str:
    """What an ``<input>`` or ``<textarea>`` named ``name`` holds on the page."""
    textarea = re.search(
        rf'<textarea[^>]*name="{re.escape(name)}"[^>]*>(.*?)</textarea>', page, re.S
    )
    if textarea:
        return unescape(textarea.group(1)).strip("\n")
    tag = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', page)
    assert tag, f"no field {name}"
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return unescape(value.group(1)) if value else ""


def test_a_returned_change_keeps_what_the_member_wrote_and_says_why_on_the_form(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit", edit_form(
        listing, db_session, name="城北町集会所のお茶会　ひだまり",
        schedule_text="毎月第2・第4木曜 13時半〜15時半（8月はお休み）",
        contact_phone="029-821-5678", capacity="20",
        **{"summary_ja@easy": "おちゃを のみながら はなす ばしょです。"},
    ))  # fmt: skip
    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    reason = "活動名の「ひだまり」は正式な名前でしょうか。"
    post(coordinator, f"/coord/reviews/{revision.id}/reject", {"reason": reason})

    dashboard = client.get("/org/").get_data(as_text=True)
    row = dashboard[dashboard.find(f'id="listing-{listing.id}"') :]
    row = row[: row.find("</li>")]
    assert "差し戻し" in row
    assert reason in row

    form = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert reason in form
    assert field_value(form, "name") == "城北町集会所のお茶会　ひだまり"
    assert field_value(form, "schedule_text") == "毎月第2・第4木曜 13時半〜15時半（8月はお休み）"
    assert field_value(form, "contact_phone") == "029-821-5678"
    assert field_value(form, "capacity") == "20"
    assert field_value(form, "summary_ja@easy") == "おちゃを のみながら はなす ばしょです。"
    # Residents still see what was approved before.
    public = app.test_client().get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "毎週水曜日" in public
    assert "ひだまり" not in public

    # A mistake while fixing it keeps the reason in sight, and what they typed.
    db_session.expire_all()
    wrong = edit_form(listing, db_session, name="城北町集会所のお茶会", contact_email="ochakai@",
                      schedule_text="毎月第2・第4木曜 13時半〜15時半（8月はお休み）")  # fmt: skip
    page = post(client, f"/org/listings/{listing.id}/edit", wrong).get_data(as_text=True)
    assert reason in page
    assert field_value(page, "contact_email") == "ochakai@"

    # The published content is still there to start from, when that is what they want.
    fresh = client.get(f"/org/listings/{listing.id}/edit?start=published").get_data(as_text=True)
    assert field_value(fresh, "schedule_text") == "毎週水曜日 14:00〜16:00"

    # Fixing only the name sends the rest of what they wrote again, not the old content.
    db_session.expire_all()
    fixed = edit_form(listing, db_session, name="城北町集会所のお茶会",
                      schedule_text="毎月第2・第4木曜 13時半〜15時半（8月はお休み）",
                      contact_phone="029-821-5678", capacity="20",
                      **{"summary_ja@easy": "おちゃを のみながら はなす ばしょです。"})  # fmt: skip
    assert post(client, f"/org/listings/{listing.id}/edit", fixed).status_code == 302
    again = pending_of(db_session, listing)
    assert set(again.changes) == {"schedule_text", "contact_phone", "capacity", "summaries"}


def test_a_returned_change_is_not_offered_once_something_newer_was_published(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, cost_text="無料"))  # fmt: skip
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    post(coordinator, f"/coord/reviews/{pending_of(db_session, listing).id}/reject",
         {"reason": "お茶代の有無を教えてください。"})  # fmt: skip
    db_session.expire_all()
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00"))  # fmt: skip
    post(coordinator, f"/coord/reviews/{pending_of(db_session, listing).id}/approve")

    form = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert field_value(form, "schedule_text") == "毎週木曜日 14:00〜16:00"
    assert field_value(form, "cost_text") == "100円（お茶代）"
    assert "差し戻" not in form


def test_the_edit_form_says_when_a_change_is_waiting_for_review(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert "確認待ちの変更があります" not in form
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00"))  # fmt: skip
    form = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert "確認待ちの変更があります" in form
    assert field_value(form, "schedule_text") == "毎週木曜日 14:00〜16:00"


def test_a_short_description_added_for_the_first_time_is_shown_as_new_to_the_reviewer(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit", edit_form(
        listing, db_session, summary_en="Tea and a chat on Wednesdays."))  # fmt: skip
    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    page = coordinator.get(f"/coord/reviews/{revision.id}").get_data(as_text=True)
    assert re.search(r'<td class="diff-old">（なし）</td><td class="diff-new">English: Tea', page)


def test_a_returned_profile_change_tells_the_member_why_and_keeps_what_they_wrote(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    org = accounts.org
    login(client, accounts.member)
    form = _profile_form(org, name="城北町町内会（じょうほく）", phone="029-821-5678",
                         description="毎月の清掃と、集会所のお茶会をしています。")  # fmt: skip
    assert post(client, f"/org/organizations/{org.id}/profile", form).status_code == 302
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    path, _ = _profile_review(coordinator)
    reason = "団体名の（じょうほく）は正式名称に含まれますか。"
    assert post(coordinator, f"{path}/reject", {"reason": reason}).status_code == 302

    dashboard = client.get("/org/").get_data(as_text=True)
    assert "団体情報の変更が差し戻されました" in dashboard
    assert reason in dashboard
    page = client.get(f"/org/organizations/{org.id}/profile").get_data(as_text=True)
    assert reason in page
    assert field_value(page, "name") == "城北町町内会（じょうほく）"
    assert field_value(page, "phone") == "029-821-5678"
    assert field_value(page, "description") == "毎月の清掃と、集会所のお茶会をしています。"
    assert "（じょうほく）" not in app.test_client().get(f"/organizations/{org.id}").get_data(
        as_text=True
    )

    # Sent again with the name fixed: the rest of their change goes with it.
    db_session.expire_all()
    number = int(field_value(page, "base_number"))
    again = _profile_form(org, name=org.name, phone="029-821-5678", base_number=number,
                          description="毎月の清掃と、集会所のお茶会をしています。")  # fmt: skip
    assert post(client, f"/org/organizations/{org.id}/profile", again).status_code == 302
    db_session.expire_all()
    pending = [r for r in org.revisions if r.status is RevisionStatus.PENDING]
    assert len(pending) == 1
    assert set(pending[0].changes) == {"phone", "description"}
    assert "団体情報の変更が差し戻されました" not in client.get("/org/").get_data(as_text=True)


def test_an_activity_that_takes_no_referrals_can_still_say_it_is_paused_or_full(
    app: Flask, client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, "b-johoku-shodou")  # 城北町 大人の書道教室
    assert not listing.accepts_referrals
    login_as("member")
    page = client.get("/org/").get_data(as_text=True)
    row = page[page.find(f'id="listing-{listing.id}"') :]
    row = row[: row.find("</li>")]
    assert f'action="/org/listings/{listing.id}/intake"' in row
    assert "満員" in row  # the member is told which button says "full"
    assert (
        post(client, f"/org/listings/{listing.id}/intake", {"status": "paused"}).status_code == 302
    )
    public = app.test_client().get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "いまは休止中です" in public


def test_a_phone_number_typed_with_the_ime_on_reaches_residents_in_plain_digits(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    typed = edit_form(listing, db_session, contact_phone="０２９−８２１−５６７８")
    assert post(client, f"/org/listings/{listing.id}/edit", typed).status_code == 302
    revision = pending_of(db_session, listing)
    assert revision.data["contact_phone"] == "029-821-5678"
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    post(coordinator, f"/coord/reviews/{revision.id}/approve")
    page = app.test_client().get(f"/listings/{listing.id}").get_data(as_text=True)
    assert 'href="tel:0298215678"' in page


def test_a_coordinators_double_click_on_approve_or_return_lands_on_the_queue_not_an_error(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00"))  # fmt: skip
    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    assert post(coordinator, f"/coord/reviews/{revision.id}/approve").status_code == 302
    again = post(coordinator, f"/coord/reviews/{revision.id}/approve")
    assert again.status_code == 302
    assert "すでに承認済みです" in coordinator.get("/coord/reviews").get_data(as_text=True)

    db_session.expire_all()
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, cost_text="無料"))  # fmt: skip
    revision = pending_of(db_session, listing)
    reason = {"reason": "お茶代の有無を教えてください。"}
    assert post(coordinator, f"/coord/reviews/{revision.id}/reject", reason).status_code == 302
    again = post(coordinator, f"/coord/reviews/{revision.id}/reject", reason)
    assert again.status_code == 302
    assert "すでに差し戻し済みです" in coordinator.get("/coord/reviews").get_data(as_text=True)

    # Someone else's decision is still explained on the review page.
    db_session.expire_all()
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, cost_text="お茶代100円"))  # fmt: skip
    revision = pending_of(db_session, listing)
    post(client, f"/org/revisions/{revision.id}/withdraw")
    late = post(coordinator, f"/coord/reviews/{revision.id}/approve")
    assert late.status_code == 409
    assert "すでに処理済みです" in late.get_data(as_text=True)


@pytest.mark.parametrize(
    ("written", "read", "unread"),
    [
        (
            "毎月第2・第4木曜 13時半〜15時半（8月はお休み）",
            "第2・第4木曜日 13:30〜15:30（8月は休み）",
            None,
        ),
        ("第２・第４木曜日　午後１時半から３時半まで", "第2・第4木曜日 13:30〜15:30", None),
        ("毎月第2木曜（集会所の都合で変わることがあります）", None, None),
        ("お天気のよい日にやってます", None, "お天気のよい日にやってます"),
    ],
)
def test_the_reviewer_and_the_member_see_how_the_new_schedule_was_read(
    app: Flask,
    client: FlaskClient,
    db_session: Session,
    accounts: Accounts,
    written: str,
    read: str | None,
    unread: str | None,
) -> None:
    """A coordinator who cannot tell whether 「13時半」 will give next dates asks the サロン to
    write 「13:30」: the page says how it was read, or that part of it could not be."""
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text=written))  # fmt: skip
    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    for page in (
        coordinator.get(f"/coord/reviews/{revision.id}").get_data(as_text=True),
        client.get(f"/org/listings/{listing.id}/history").get_data(as_text=True),
    ):
        reading = re.search(r'<p class="schedule-reading[^"]*">(.*?)</p>', page, re.S)
        assert reading, "no schedule reading"
        said = re.sub(r"<[^>]+>", "", reading.group(1))
        if read is not None:
            assert f"日時の読み取り: {read}" in said
            assert re.search(r"次の開催: \d+月\d+日", said)
        if unread is not None:
            assert "読み取れない部分があります" in said
            assert unread in said


def test_an_unconfirmed_activity_with_a_change_sent_says_the_date_renews_on_approval(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    """「確認をお願いします」 right after sending a change made the サロン think it was lost."""
    listing = listing_by_key(db_session, OCHAKAI)
    listing.verified_at = date.today() - timedelta(days=400)
    db_session.flush()
    login(client, accounts.member)
    assert "承認されると情報確認日が新しくなります" not in stale_section(
        client.get("/org/").get_data(as_text=True)
    )
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00"))  # fmt: skip
    box = stale_section(client.get("/org/").get_data(as_text=True))
    assert listing.name in box
    assert "承認されると情報確認日が新しくなります" in box

    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    post(coordinator, f"/coord/reviews/{pending_of(db_session, listing).id}/approve")
    assert listing.name not in stale_section(client.get("/org/").get_data(as_text=True))


def test_a_confirmed_activity_says_so_beside_it_where_the_phone_lands(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    """On a phone the page opens at the activity, below the message at the top: the row itself
    says the confirmation went through."""
    listing = listing_by_key(db_session, OCHAKAI)
    listing.verified_at = date.today() - timedelta(days=400)
    db_session.flush()
    login_as("member")

    def row() -> str:
        page = client.get("/org/").get_data(as_text=True)
        found = page[page.find(f'id="listing-{listing.id}"') :]
        return found[: found.find("</li>")]

    assert "今日確認しました" not in row()
    post(client, f"/org/listings/{listing.id}/confirm")
    assert "今日確認しました" in row()


@pytest.mark.parametrize(
    ("written", "low", "high", "said"),
    [
        ("0さい〜3さい", 0, 3, ""),
        ("中学生以上", 12, None, ""),
        ("おおむね65歳以上", 65, None, "「おおむね」は目安として、65歳以上で登録します"),
        ("未就学児とその保護者", 0, 6, "付き添いの方の年齢は問わず"),
        ("小学1〜3年生", 6, 9, ""),
        # were refused: adults, and the public, as 公民館 lists write them
        ("おとな向け", 18, None, "「大人」は18歳以上として登録します"),
        ("一般の方", None, None, "「一般」は年齢の決まりなしとして登録します"),
        ("地域の方どなたでも", None, None, ""),
    ],
)
def test_an_age_range_as_the_organization_writes_it_is_taken(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    written: str,
    low: int | None,
    high: int | None,
    said: str,
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    path = f"/org/listings/{listing.id}/edit"
    response = post(client, path, edit_form(listing, db_session, age_range=written))
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    if said:
        assert said in unescape(page)
    revision = db_session.scalars(
        select(ListingRevision)
        .where(ListingRevision.listing_id == listing.id)
        .where(ListingRevision.status == RevisionStatus.PENDING)
    ).one()
    assert revision.data["age_min"] == low
    assert revision.data["age_max"] == high


def test_an_age_range_that_is_no_age_is_asked_again_with_the_words_kept(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    path = f"/org/listings/{listing.id}/edit"
    response = post(client, path, edit_form(listing, db_session, age_range="毎週火曜日"))
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "対象年齢は「15〜39歳」「65歳以上」" in page
    assert 'value="毎週火曜日"' in page


def test_a_name_in_the_confirm_box_leads_to_the_members_own_row_not_the_public_page(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    listing.verified_at = date.today() - timedelta(days=400)
    db_session.flush()
    login_as("member")
    box = stale_section(client.get("/org/").get_data(as_text=True))
    href = unescape(re.search(rf'<a href="([^"]*)">{listing.name}</a>', box)[1])  # type: ignore[index]
    assert href.endswith(f"#listing-{listing.id}")
    assert f"/listings/{listing.id}" not in href  # not the public page
    page = client.get(href.split("#")[0]).get_data(as_text=True)
    row = page[page.find(f'id="listing-{listing.id}"') :]
    assert "情報に変更はありません" in row[: row.find("</li>")]


def test_a_stale_activity_on_a_later_page_is_reached_from_the_confirm_box(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    old = date.today() - timedelta(days=400)
    _salons(db_session, accounts.org, 60, date.today())
    from tests.factories import make_listing

    late = [
        make_listing(
            db_session, organization=accounts.org, name=f"わくわく広場{n}", verified_on=old
        )
        for n in range(2)
    ]
    db_session.flush()
    login_as("member")
    box = stale_section(client.get("/org/").get_data(as_text=True))
    for listing in late:
        href = unescape(re.search(rf'<a href="([^"]*)">{listing.name}</a>', box)[1])  # type: ignore[index]
        page = client.get(href.split("#")[0]).get_data(as_text=True)
        assert f'id="listing-{listing.id}"' in page, href


def test_still_accurate_is_not_offered_while_a_change_waits_and_the_date_stays(
    client: FlaskClient, db_session: Session, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    """「情報に変更はありません」 says the public info is right; a member who has sent a change
    has said it is not. The date renews when the change is approved."""
    listing = listing_by_key(db_session, OCHAKAI)
    before = date.today() - timedelta(days=400)
    listing.verified_at = before
    db_session.flush()
    login_as("member")
    post(client, f"/org/listings/{listing.id}/edit",
         edit_form(listing, db_session, schedule_text="毎週木曜日 14:00〜16:00"))  # fmt: skip
    page = client.get("/org/").get_data(as_text=True)
    row = page[page.find(f'id="listing-{listing.id}"') :]
    row = row[: row.find("</li>")]
    assert "いまは押せません" in row
    assert "変更が承認されると情報確認日が新しくなります" in row
    assert ">情報に変更はありません</button>" not in row
    assert 'name="listing"' not in row  # no box to tick for the bulk confirmation either

    # A page left open from before the change was sent still posts the button.
    response = post(client, f"/org/listings/{listing.id}/confirm")
    assert response.status_code == 302
    said = unescape(client.get(response.headers["Location"]).get_data(as_text=True))
    assert "送信した変更を確認待ちのため、情報確認日は変えていません" in said
    bulk = post(client, f"/org/organizations/{listing.organization_id}/confirm",
                {"listing": str(listing.id)})  # fmt: skip
    said = unescape(client.get(bulk.headers["Location"]).get_data(as_text=True))
    assert "確認待ちの1件は、情報確認日を変えていません" in said
    db_session.expire_all()
    assert listing.verified_at == before


def test_an_address_under_a_neighbouring_prefecture_is_saved_with_a_notice(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    """The import preview said 「尼崎市は大阪府ではなく兵庫県にあります」; the form placed the
    pin in 兵庫県 and said nothing, so the person who typed it never saw the guess."""
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    form = edit_form(listing, db_session, address="大阪府尼崎市東七松町1丁目23番1号")
    response = post(client, f"/org/listings/{listing.id}/edit", form)
    assert response.status_code == 302  # saved: the notice never blocks the save
    proposed = pending_of(db_session, listing).data
    assert (proposed["address"], proposed["precision"]) == (
        "大阪府尼崎市東七松町1丁目23番1号",
        "chome",
    )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "尼崎市は大阪府ではなく兵庫県にあります。兵庫県の尼崎市として置きました" in page
    assert "違っていれば住所を直すか、地図でピンを置いてください" in page
    # an address read as written says nothing more
    form = edit_form(listing, db_session, address="茨城県土浦市大和町9-1")
    form["base_version"] = listing.version
    response = post(client, f"/org/listings/{listing.id}/edit", form)
    assert "読み替えて地図に置きました" not in client.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_a_childs_ages_with_its_parent_are_kept_with_the_parent_and_shown_back(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    """「0〜3歳の親子」: the child's 0〜3歳 and the parent who brings one (before, the child's ages
    alone were kept, and a parent searching or matched by age was shut out)."""
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    path = f"/org/listings/{listing.id}/edit"
    response = post(client, path, edit_form(listing, db_session, age_range="1〜3歳の親子"))
    assert response.status_code == 302
    revision = db_session.scalars(
        select(ListingRevision)
        .where(ListingRevision.listing_id == listing.id)
        .where(ListingRevision.status == RevisionStatus.PENDING)
    ).one()
    assert (revision.data["age_min"], revision.data["age_max"]) == (1, 3)
    assert revision.data["age_with_adults"] is True
    page = client.get(path).get_data(as_text=True)
    assert 'value="1〜3歳とその保護者"' in page  # the pending change, as the form reads it back
