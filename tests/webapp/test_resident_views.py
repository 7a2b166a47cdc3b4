"""Residents on phones: one search box, folded filters, a listing's first screen, icons, a
word when a query has nothing to search, and 「情報が違う・閉まっていた」 to the coordinators."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import ListingReport, RevisionStatus
from tests.factories import listing_by_key, make_listing
from tests.webapp.conftest import Accounts, form_token, login, post
from tests.webapp.test_org_views import edit_form, pending_of

OCHAKAI = "a-johoku-ochakai"


def test_the_search_page_has_one_search_box_and_other_pages_keep_the_headers(
    client: FlaskClient,
) -> None:
    search = client.get("/search?q=サロン").get_data(as_text=True)
    assert len(re.findall(r'<input[^>]+name="q"', search)) == 1
    home = client.get("/").get_data(as_text=True)
    assert len(re.findall(r'<input[^>]+name="q"', home)) == 1
    assert 'id="header-q"' in home


def test_results_come_first_with_the_filters_folded_behind_a_counted_button(
    client: FlaskClient,
) -> None:
    page = client.get("/listings?category=kodomo_shokudo&area=dairoku").get_data(as_text=True)
    folded = re.search(r"<details[^>]*>\s*<summary class=\"filter-toggle\">", page)
    assert folded
    assert "open" not in folded.group(0)  # folded even with filters chosen
    assert '<span class="filter-count">2件を選択中</span>' in page
    assert page.index("filter-toggle") < page.index("result-count") < page.index('class="card"')

    search = client.get("/search?q=サロン&area=daiichi&weekday=2&within=5&near=daiichi")
    body = search.get_data(as_text=True)
    assert '<span class="filter-count">3件を選択中</span>' in body
    assert body.index('class="search-hits"') < body.index('id="results-map"')
    plain = client.get("/search?q=サロン").get_data(as_text=True)
    assert "filter-count" not in plain


def test_a_listing_shows_its_next_date_phone_and_map_before_the_rest(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    order = [
        page.index('id="next"'),
        page.index('href="tel:0298001017"'),
        page.index('id="map_listing"'),
        page.index('class="description"'),
        page.index('id="when"'),
    ]
    assert order == sorted(order)
    # Its date and its times are each kept on one line (``keep_together``).
    assert re.search(
        r'<p class="next-first"><span class="keep">\d+月\d+日\(水\)</span>'
        r' <span class="keep">14:00〜16:00</span></p>',
        page,
    )
    assert 'href="geo:36.085990,140.203379?q=36.085990,140.203379(' in page


@pytest.mark.parametrize(
    ("ages", "japanese", "english"),
    [
        ((0, 3, True), "0〜3歳とその保護者", "0–3 years, with their parents"),
        ((65, None, False), "65歳以上", "65 years and over"),
        ((None, 18, False), "18歳以下", "18 years and under"),
        ((3, 3, False), "3歳児", "children aged 3"),
        ((15, 39, False), "15〜39歳", "15–39 years"),
        # An adult's one age: that age (二十歳のつどい, a 米寿's 88歳), not a 歳児 nor 「18〜18歳」.
        ((18, 18, False), "18歳", "18 years old"),
        ((88, 88, False), "88歳", "88 years old"),
    ],
)
def test_a_listing_says_the_ages_it_is_for_in_the_readers_language(
    client: FlaskClient,
    db_session: Session,
    ages: tuple[int | None, int | None, bool],
    japanese: str,
    english: str,
) -> None:
    """A parent deciding whether a 子育てひろば is for their child of two reads its 対象年齢 on the
    listing's page, as the organization wrote it."""
    low, high, adults = ages
    listing = make_listing(db_session, age_min=low, age_max=high, age_with_adults=adults)
    db_session.flush()
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert f'<dt>対象年齢</dt><dd id="listing-ages">{japanese}</dd>' in page
    en = client.get(f"/listings/{listing.id}", headers={"Accept-Language": "en"})
    assert f'<dt>Ages</dt><dd id="listing-ages">{english}</dd>' in en.get_data(as_text=True)


def test_a_listing_for_every_age_says_no_ages(client: FlaskClient, db_session: Session) -> None:
    listing = make_listing(db_session, age_min=None, age_max=None)
    db_session.flush()
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "対象年齢" not in page
    assert "<dt>対象</dt>" in page


# Only spaces is the empty search, not explained (tests/webapp/test_unknown_filters.py).
@pytest.mark.parametrize("query", ["!!!", "？？　＃"])
def test_a_query_without_searchable_characters_is_explained(
    client: FlaskClient, query: str
) -> None:
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    assert 'id="no-words"' in page
    assert "検索に使える文字（ことばや数字）がありませんでした" in page


def test_a_query_with_words_gets_no_such_explanation(client: FlaskClient) -> None:
    assert 'id="no-words"' not in client.get("/search?q=サロン").get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "understood"),
    [("荒川沖", "荒川沖から2km"), ("土曜日", "土曜日"), ("無料", "無料")],
)
def test_a_query_read_wholly_as_conditions_is_not_called_empty(
    client: FlaskClient, query: str, understood: str
) -> None:
    """A place, a day or 無料 alone is a search: the page shows what it read and its results,
    not "no searchable characters, showing every activity"."""
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    assert 'id="no-words"' not in page
    chips = re.search(r'<p class="understood">(.*?)</p>', page, re.S)
    assert chips is not None
    assert understood in chips.group(1)


def test_favicon_icons_and_manifest_are_served(client: FlaskClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon.mimetype == "image/x-icon"
    assert icon.data[:4] == b"\x00\x00\x01\x00"
    page = client.get("/").get_data(as_text=True)
    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    manifest = client.get("/manifest.webmanifest")
    assert manifest.mimetype == "application/manifest+json"
    data = json.loads(manifest.data)
    assert data["display"] == "standalone"
    assert data["start_url"] == "/"
    sizes = {i["sizes"] for i in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for entry in data["icons"]:
        image = client.get(entry["src"])
        assert image.status_code == 200
        assert image.mimetype == entry["type"]
        image.close()
    english = json.loads(
        client.get("/manifest.webmanifest", headers={"Accept-Language": "en"}).data
    )
    assert english["name"] == "Tsunagari Map Tsuchiura"


# ---- 「情報が違う・閉まっていた」 ---------------------------------------------------------


def report(client: FlaskClient, listing_id: int, **data: str) -> object:
    token = form_token(client, f"/listings/{listing_id}/report")
    return client.post(f"/listings/{listing_id}/report", data={"csrf_token": token, **data})


def test_a_resident_report_reaches_the_coordinators_and_is_dealt_with(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert f'href="/listings/{listing.id}/report">情報が違う・閉まっていた</a>' in page
    form = client.get(f"/listings/{listing.id}/report").get_data(as_text=True)
    assert "名前や連絡先は書かなくてかまいません" in form
    assert 'name="email"' not in form

    sent = report(client, listing.id, reason="closed", note="水曜に行ったら閉まっていました")
    assert sent.status_code == 303  # type: ignore[attr-defined]
    assert sent.headers["Location"] == f"/listings/{listing.id}"  # type: ignore[attr-defined]
    thanks = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "お知らせありがとうございます" in thanks
    stored = db_session.scalars(select(ListingReport)).one()
    assert stored.client_key != "127.0.0.1"
    assert "127.0.0.1" not in stored.client_key

    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    queue = coordinator.get("/coord/reviews").get_data(as_text=True)
    assert "住民からの知らせ（1件）" in queue
    assert "水曜に行ったら閉まっていました" in queue
    assert "閉まっていた・やっていなかった" in queue
    dashboard = coordinator.get("/coord/").get_data(as_text=True)
    assert "住民からの「情報が違う・閉まっていた」: 1件" in dashboard

    anonymous = post(client, f"/coord/resident-reports/{stored.id}/resolve")
    assert anonymous.status_code == 302  # to the login page: residents cannot close reports
    assert "/login" in anonymous.headers["Location"]
    done = post(coordinator, f"/coord/resident-reports/{stored.id}/resolve")
    assert done.status_code == 303
    assert "住民からの知らせ（0件）" in coordinator.get("/coord/reviews").get_data(as_text=True)
    db_session.refresh(stored)
    assert stored.resolved_label == accounts.coordinator.display_name
    assert stored.client_key == ""


def test_a_report_needs_a_reason_keeps_what_was_typed_and_its_csrf_token(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    bad = report(client, listing.id, note="電話がつながりません")
    assert bad.status_code == 400  # type: ignore[attr-defined]
    body = bad.get_data(as_text=True)  # type: ignore[attr-defined]
    assert "どれにあてはまるか、1つ選んでください。" in body
    assert "電話がつながりません</textarea>" in body
    too_long = report(client, listing.id, reason="wrong", note="あ" * 501)
    assert too_long.status_code == 400  # type: ignore[attr-defined]
    forged = client.post(f"/listings/{listing.id}/report", data={"reason": "closed"})
    assert forged.status_code == 400
    assert db_session.scalars(select(ListingReport)).all() == []


def test_reports_are_rate_limited_per_client(client: FlaskClient, db_session: Session) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    for _ in range(5):
        assert report(client, listing.id, reason="wrong").status_code == 303  # type: ignore[attr-defined]
    blocked = report(client, listing.id, reason="wrong", note="もう一度")
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    assert "受け付けを一時的に止めています" in blocked.get_data(as_text=True)  # type: ignore[attr-defined]
    assert len(db_session.scalars(select(ListingReport)).all()) == 5


def test_no_report_on_a_listing_the_public_cannot_see(
    client: FlaskClient, db_session: Session
) -> None:
    from tests.webapp.test_public_views import _hidden_listing_ids

    hidden = _hidden_listing_ids(db_session)[0]
    assert client.get(f"/listings/{hidden}/report").status_code == 404


# ---- short descriptions in other languages, reviewed like any change ----------------------


def test_a_short_english_description_is_reviewed_then_shown_to_english_readers(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login(client, accounts.member)
    too_long = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(listing, db_session, summary_en="x" * 401),
    )
    assert "Englishの紹介は400文字以内で入力してください。" in too_long.get_data(as_text=True)
    sent = post(
        client,
        f"/org/listings/{listing.id}/edit",
        edit_form(
            listing,
            db_session,
            summary_en="Tea and chat at the community hall every Wednesday. Anyone welcome.",
            summary_vi="Uống trà và trò chuyện mỗi thứ Tư. Ai cũng được chào đón.",
        ),
    )
    assert sent.status_code == 302
    public = app.test_client()
    english = {"Accept-Language": "en"}
    assert "Tea and chat" not in public.get(f"/listings/{listing.id}", headers=english).get_data(
        as_text=True
    )

    revision = pending_of(db_session, listing)
    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    review = coordinator.get(f"/coord/reviews/{revision.id}").get_data(as_text=True)
    assert "ほかのことばの短い紹介" in review
    assert "English: Tea and chat" in review
    assert post(coordinator, f"/coord/reviews/{revision.id}/approve").status_code == 302
    db_session.refresh(revision)
    assert revision.status is RevisionStatus.APPROVED

    page = public.get(f"/listings/{listing.id}", headers=english).get_data(as_text=True)
    assert '<p class="summary-own" lang="en">Tea and chat' in page
    assert 'lang="vi">Uống trà' in page  # under 「other languages」
    japanese = public.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "summary-own" not in japanese
    assert '<dd lang="en">Tea and chat' in japanese


# ---- 受入状況 休止中: a paused activity says so where residents look ---------------------------


def test_a_paused_activity_says_so_on_its_page_in_search_and_in_lists(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    member = client.application.test_client()
    login(member, accounts.member)
    paused = post(member, f"/org/listings/{listing.id}/intake", {"status": "paused"})
    assert paused.status_code == 302

    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "いまは休止中です（" in page
    assert "参加したいときは、先に問い合わせ先にご確認ください。" in page
    found = client.get("/search?q=お茶会").get_data(as_text=True)
    [card] = [c for c in found.split('class="card search-hit"') if f'/listings/{listing.id}"' in c]
    assert '<p class="status status-paused">休止中</p>' in card
    listed = client.get(f"/organizations/{listing.organization_id}").get_data(as_text=True)
    card = listed.split(f'href="/listings/{listing.id}"', 1)[1].split("</article>", 1)[0]
    assert "休止中" in card
    english = client.get(f"/listings/{listing.id}", headers={"Accept-Language": "en"})
    assert "いまは休止中です" not in english.get_data(as_text=True)

    # Said long ago and not again: the organization is asked to say it again; not shown.
    db_session.refresh(listing)
    assert listing.intake_status_on is not None
    listing.intake_status_on -= timedelta(days=61)
    db_session.flush()
    assert "いまは休止中です" not in client.get(f"/listings/{listing.id}").get_data(as_text=True)
    post(member, f"/org/listings/{listing.id}/intake", {"status": "open"})
    assert "休止中" not in client.get(f"/listings/{listing.id}").get_data(as_text=True)
    found = client.get("/search?q=お茶会").get_data(as_text=True)
    assert "status-paused" not in found
