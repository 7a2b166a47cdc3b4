"""The search page as residents and coordinators use it, and the index following reviews."""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from directory.listings import snapshot
from directory.models import (
    Category,
    Listing,
    ListingStatus,
    Location,
    Target,
    User,
    Visibility,
)
from directory.revisions import latest_number, request_archive, submit_revision
from directory.search import lifecycle, tracking
from directory.vocabulary import AreaData, save_area, save_category, save_target
from tests.factories import LOADER, listing_by_key
from tests.webapp.conftest import Accounts, login, own_app, post
from webapp import create_app, db

OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会 (public)
SHOKUBA = "b-niihari-farm-shokuba-taiken"  # coordinator-only 職場体験


def text_of(client: FlaskClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_the_search_box_is_in_the_header_of_public_and_coordinator_pages(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    assert 'action="/search"' in text_of(client, "/")
    assert 'action="/search"' in text_of(client, "/listings")
    login_as("coordinator")
    assert 'action="/search"' in text_of(client, "/coord/")


def test_a_query_shows_results_with_highlighted_snippets_and_facet_counts(
    client: FlaskClient,
) -> None:
    page = text_of(client, "/search?q=こども食堂")
    assert "件の活動が見つかりました" in page
    assert "<mark>" in page
    assert re.search(r"こども食堂 <span class=\"count\">\(\d+\)</span>", page)


def test_a_facet_narrows_the_results(client: FlaskClient) -> None:
    everything = text_of(client, "/search?q=サロン")
    narrowed = text_of(client, "/search?q=サロン&area=daiichi")

    def total(page: str) -> int:
        match = re.search(r"<strong>(\d+)</strong>件", page)
        assert match
        return int(match.group(1))

    assert 0 < total(narrowed) < total(everything)


_CHOICE = re.compile(
    r'<input type="checkbox" name="(\w+)" value="([^"]+)" (checked)?> (.+?) '
    r'<span class="count">\(([\d,]+)\)</span>'
)


def test_each_filter_value_counts_what_choosing_it_finds_in_the_readers_language(
    client: FlaskClient,
) -> None:
    client.set_cookie("lang", "en")
    page = text_of(client, "/search?q=サロン")
    legends = re.findall(r"<legend>(.+?)</legend>", page)
    assert "Kind of activity" in legends or "Type of activity" in legends, legends
    assert not [legend for legend in legends if re.search(r"[ぁ-んァ-ン一-龥]", legend)]
    kinds = [m for m in _CHOICE.findall(page) if m[0] == "category"]
    assert len(kinds) >= 3
    for _, value, checked, label, count in kinds:
        assert not checked
        assert not re.search(r"[ぁ-んァ-ン一-龥]", label), label  # the kind's English name
        chosen = text_of(client, f"/search?q=サロン&category={value}")
        found = re.search(r"<strong>([\d,]+)</strong>", chosen)
        assert found
        assert found.group(1) == count, (value, count)
        assert f'value="{value}" checked>' in chosen


def test_a_chosen_filter_value_stays_shown_and_checked_and_names_are_escaped(
    client: FlaskClient, db_session: Session
) -> None:
    save_area(db_session, AreaData("east-west", "<b>東&西</b>地区"), 99, actor=LOADER)
    db_session.flush()
    page = text_of(client, "/search?q=サロン&area=east-west")
    assert (
        '<input type="checkbox" name="area" value="east-west" checked> '
        '&lt;b&gt;東&amp;西&lt;/b&gt;地区 <span class="count">(0)</span>'
    ) in page
    assert "<b>東" not in page
    # An area nobody chose and nothing matches is not offered.
    assert 'name="area" value="east-west"' not in text_of(client, "/search?q=サロン")


@pytest.mark.parametrize(
    "query",
    ["*", "AND OR NOT", '"料理', "あ" * 10_000, "!!!", "name:x OR", "?", "(((", "%", "\\"],
)
def test_bad_queries_give_results_or_a_message_never_an_error(
    client: FlaskClient, query: str
) -> None:
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "件の活動が見つかりました" in page


def test_nothing_found_suggests_dropping_a_filter(client: FlaskClient) -> None:
    page = text_of(client, "/search?q=こども食堂&category=shuro")
    assert "該当なし" in page
    assert "「活動の種類」の条件を外す" in page


def test_coordinators_find_coordinator_only_listings_and_residents_do_not(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, SHOKUBA)
    assert f'"/listings/{listing.id}"' not in text_of(client, "/search?q=職場体験")
    login_as("coordinator")
    assert f'"/listings/{listing.id}"' in text_of(client, "/search?q=職場体験")


def _card(page: str, listing_id: int) -> str:
    found = re.search(
        rf'<li class="card search-hit">\s*<h2 class="card-title"><a href="/listings/{listing_id}">'
        r'.*?<p class="card-org">.*?</p>\s*</li>',
        page,
        re.S,
    )
    assert found, f"no card for listing {listing_id}"
    return found.group(0)


@pytest.mark.parametrize("key", [OCHAKAI, SHOKUBA])
def test_a_result_card_says_what_the_listing_says(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User], key: str
) -> None:
    """Its name, its kinds in their order, its next date, who runs it and in which 地区, and
    (for coordinators) that residents do not see it."""
    from directory import browse
    from webapp.templating import today

    listing = listing_by_key(db_session, key)
    login_as("coordinator")
    card = _card(text_of(client, f"/search?q={listing.name}"), listing.id)
    assert f">{listing.name}</a></h2>" in card
    kinds = re.findall(r'<li class="badge badge-([a-z_]+)">([^<]+)</li>', card)
    ordered = sorted(listing.categories, key=lambda c: c.position)
    assert kinds == [(c.code, c.label) for c in ordered]
    assert listing.area is not None
    assert f'<p class="card-org">{listing.organization.name}・{listing.area.name}' in card
    with client.application.test_request_context():
        first = browse.upcoming(listing, today(), 1)
    assert ('<dt>次回</dt><dd class="next-date">' in card) is bool(first)
    assert ("・<strong>コーディネーターのみ</strong>" in card) is (not listing.is_public)


def test_distance_sort_puts_the_nearest_area_first(client: FlaskClient) -> None:
    page = text_of(client, "/search?q=サロン&sort=distance&near=niihari")
    distances = [float(d) for d in re.findall(r"約([\d.]+)km", page)]
    assert distances
    assert distances == sorted(distances)


@pytest.mark.parametrize("point", ["lat=36.1518&lon=140.15", "lat=abc&lon=1", "lat=999&lon=0"])
def test_distance_sort_from_a_point_accepts_any_input(client: FlaskClient, point: str) -> None:
    page = text_of(client, f"/search?q=体験&sort=distance&{point}")
    distances = [float(d) for d in re.findall(r"約([\d.]+)km", page)]
    assert distances == sorted(distances)
    assert bool(distances) == point.startswith("lat=36")


def test_results_are_paginated(client: FlaskClient) -> None:
    first = text_of(client, "/search?q=の")
    assert 'rel="next"' in first
    assert "2 /" in text_of(client, "/search?q=の&page=2")


def test_an_approved_change_is_findable_and_an_archived_listing_disappears(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    data = dataclasses.replace(snapshot(listing), name="城北町集会所のお茶会と紙芝居")
    now = datetime(2026, 11, 23, tzinfo=UTC)
    revision = submit_revision(
        db_session, listing, data, base_version=listing.version, author=LOADER, now=now
    )
    db_session.flush()
    login(client, accounts.coordinator)
    public = app.test_client()
    assert f'"/listings/{listing.id}"' not in text_of(public, "/search?q=紙芝居")
    assert post(client, f"/coord/reviews/{revision.id}/approve").status_code == 302
    assert f'"/listings/{listing.id}"' in text_of(public, "/search?q=紙芝居")

    db_session.expire_all()
    archive = request_archive(
        db_session, listing, base_version=listing.version,
        base_number=latest_number(db_session, listing), author=LOADER, reason="終了", now=now,
    )  # fmt: skip
    db_session.flush()
    assert post(client, f"/coord/reviews/{archive.id}/approve").status_code == 302
    assert f'"/listings/{listing.id}"' not in text_of(public, "/search?q=紙芝居")
    assert f'"/listings/{listing.id}"' not in text_of(public, "/search?q=お茶会")


def _eventually(check: Callable[[], bool], seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_drift_is_repaired_at_the_first_request_and_then_periodically_without_a_restart(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    with Session(engine) as session:
        lifecycle.rebuild(session, tmp_path)
        first, second = lifecycle.published_ids(session)[:2]
    lifecycle.write_documents(tmp_path, [], removed=[first])  # "crashed" before the write
    app = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "x",
            "SEARCH_INDEX_DIR": str(tmp_path),
            "SEARCH_SYNC_ON_START": True,
        }
    )
    app.extensions["search"].check_every_seconds = 0.2  # minutes in production
    try:
        with Session(engine) as session:
            assert lifecycle.drift(session, tmp_path) == {first}
            started = time.monotonic()
            assert app.test_client().get("/").status_code == 200
            assert time.monotonic() - started < 5  # the check runs beside requests
            assert _eventually(lambda: lifecycle.drift(session, tmp_path) == set())
            # Later, in the same process, the index loses another listing (a write that gave
            # up): the next periodic check puts it back, with no request and no restart.
            lifecycle.write_documents(tmp_path, [], removed=[second])
            assert lifecycle.drift(session, tmp_path) == {second}
            assert _eventually(lambda: lifecycle.drift(session, tmp_path) == set())
        assert _eventually(lambda: app.extensions["search"].healer.checks >= 2)
    finally:
        if app.extensions["search"].healer is not None:
            app.extensions["search"].healer.stop()
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


def test_reindex_rebuilds_the_index_with_a_progress_bar(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    app = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": "x", "SEARCH_INDEX_DIR": str(tmp_path)}
    )
    try:
        result = app.test_cli_runner().invoke(args=["reindex"])
        assert result.exit_code == 0, result.output
        assert "索引を作成中" in result.output
        assert "件の活動を索引に登録しました" in result.output
        with Session(engine) as session:
            assert lifecycle.drift(session, tmp_path) == set()
    finally:
        app.extensions["db_engine"].dispose()


def test_load_seeds_leaves_the_index_in_step_with_the_database(tmp_path: Path) -> None:
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
            "SECRET_KEY": "x",
            "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        }
    )
    try:
        runner = app.test_cli_runner()
        assert runner.invoke(args=["init-db"]).exit_code == 0
        assert runner.invoke(args=["load-seeds"]).exit_code == 0
        with Session(app.extensions["db_engine"]) as session:
            assert lifecycle.published_ids(session)
            assert lifecycle.drift(session, tmp_path / "index") == set()
    finally:
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


def test_nearest_first_from_a_typed_address_or_from_a_listing(
    client: FlaskClient, db_session: Session
) -> None:
    page = client.get("/search?sort=distance&from=土浦市大字藤沢１２３８").get_data(as_text=True)
    distances = [float(d) for d in re.findall(r"・約([0-9.]+)km", page)]
    assert distances
    assert distances == sorted(distances)
    assert distances[0] < 1.0  # 藤沢 has activities within walking distance
    assert 'value="土浦市大字藤沢１２３８"' in page  # the typed address stays in the box

    farm = db_session.scalars(
        select(Listing).where(Listing.name == "里山の農作業ボランティア")
    ).one()
    detail = client.get(f"/listings/{farm.id}").get_data(as_text=True)
    assert f"listing={farm.id}" in detail
    near_farm = client.get(f"/search?sort=distance&listing={farm.id}").get_data(as_text=True)
    assert re.findall(r"・約([0-9.]+)km", near_farm)[0] == "0.0"


@pytest.mark.parametrize("typed", ["土浦市大和町9-1", "大和町9-1"])
def test_a_typed_address_is_measured_from_its_town(client: FlaskClient, typed: str) -> None:
    page = client.get(f"/search?sort=distance&from={typed}").get_data(as_text=True)
    assert f"「{typed}（茨城県土浦市大和町）」から近い順。" in page
    assert "位置を特定できません" not in page


def test_an_address_that_cannot_be_placed_is_explained_not_an_error(client: FlaskClient) -> None:
    response = client.get("/search?sort=distance&from=どこでもない町1-1")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "位置を特定できません" in page
    assert "地区を選ぶか、住所を書き直してください。" in page


def test_a_change_made_inside_a_savepoint_reaches_the_index_after_the_real_commit(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    """SQLAlchemy calls after_commit when a SAVEPOINT is released, before the outer commit;
    the index must be written after the outer one, when other connections see the change."""
    app = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": "x", "SEARCH_INDEX_DIR": str(tmp_path)}
    )
    with Session(engine) as setup:
        listing = listing_by_key(setup, OCHAKAI)
        listing_id, name = listing.id, listing.name
    try:
        with app.test_request_context():
            session = db.session()
            with session.begin_nested():
                session.get(Listing, listing_id).name = name + "（改）"  # type: ignore[union-attr]
            session.commit()
        with Session(engine) as check:
            assert listing_id not in lifecycle.drift(check, tmp_path)
            assert lifecycle.indexed_fingerprints(tmp_path).get(listing_id)
    finally:
        with Session(engine) as restore:
            restore.get(Listing, listing_id).name = name  # type: ignore[union-attr]
            restore.commit()
            lifecycle.sync(restore, tmp_path, {listing_id})
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


def test_a_search_page_and_an_api_search_read_the_database_at_most_three_times(
    client: FlaskClient, db_session: Session
) -> None:
    """Vocabularies are kept per process; the page's listings are one statement."""
    from sqlalchemy import event

    selects: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    paths = {
        "/search?q=サロン": "",
        "/api/v1/listings?q=サロン&per_page=20": "",
        # Naming a place (a landmark, a town, a station, an area's 公民館 typed as the origin):
        # the places are kept with the vocabularies too.
        "/search?q=土浦駅の近く+サロン": "土浦駅から",
        "/search?q=荒川沖": "荒川沖から",
        "/api/v1/listings?q=神立+体操": "",
        "/search?q=サロン&from=第一地区公民館": "「第一地区公民館」",
    }
    for path, understood in paths.items():
        client.get(path)  # the vocabularies are read once per process and minute
        engine = db_session.get_bind().engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            selects.clear()
            response = client.get(path + "&page=1")
        finally:
            event.remove(engine, "before_cursor_execute", count)
        assert response.status_code == 200
        assert len(selects) <= 3, (path, selects)
        assert understood in response.get_data(as_text=True)


def test_a_host_whose_index_holds_nothing_yet_searches_without_an_error(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    """A new town before its first listing is approved, or a new host before its first sync:
    the index has no segment at all. Searching says nothing was found; it is not an error."""
    empty = tmp_path / "index"
    lifecycle.create(empty)
    with own_app(database_url, empty, tmp_path / "imports") as app:
        client = app.test_client()
        page = client.get("/search?q=サロン")
        assert page.status_code == 200
        assert "条件に合う活動は見つかりませんでした" in page.get_data(as_text=True)
        assert client.get("/search").status_code == 200
        api = client.get("/api/v1/listings?q=サロン")
        assert api.status_code == 200
        assert api.get_json()["total"] == 0
        assert client.get("/search/map.js?q=サロン").status_code == 200
        assert client.get("/healthz").get_json()["indexed_listings"] == 0


def _published_with(session: Session, condition: Any) -> Listing:
    return session.scalars(
        select(Listing)
        .where(condition, Listing.status == ListingStatus.PUBLISHED)
        .where(Listing.visibility == Visibility.PUBLIC)
        .order_by(Listing.id)
    ).first() or pytest.fail("the demo data has no such public listing")


@pytest.mark.parametrize("kind", ["category", "target", "area"])
def test_a_renamed_vocabulary_label_finds_its_listings_after_the_commit(
    app: Flask, client: FlaskClient, db_session: Session, kind: str
) -> None:
    new = "ヴヱヅヰ"  # a label no listing holds yet
    search = app.extensions["search"]
    # Followed as every request session is (webapp.search); the guard undoes what is indexed.
    tracking.follow(db_session, search.directory, on_synced=search.note_synced)
    if kind == "category":
        category = db_session.scalars(select(Category).where(Category.code == "tabunka")).one()
        listing = _published_with(db_session, Listing.categories.any(Category.id == category.id))
        save_category(db_session, category.code, new, "", category.position, actor=LOADER)
    elif kind == "target":
        target = db_session.scalars(select(Target).where(Target.code == "carers")).one()
        listing = _published_with(db_session, Listing.targets.any(Target.id == target.id))
        save_target(db_session, target.code, new, target.position, actor=LOADER)
    else:
        location = listing_by_key(db_session, OCHAKAI).location
        assert location is not None
        area = location.area
        assert area is not None
        listing = _published_with(db_session, Listing.location.has(Location.area_id == area.id))
        save_area(db_session, AreaData(area.code, new, area.kana, area.centre_name,
                  area.centre_address, area.lat, area.lon), area.position, actor=LOADER)  # fmt: skip
    assert listing.name not in text_of(client, f"/search?q={new}")
    db_session.commit()
    assert listing.name in text_of(client, f"/search?q={new}")


SALON = "a-manabe-ikiiki-salon"  # 真鍋いきいきサロン
HIROBA = "b-sakuranbo-hiroba-eikoku"  # さくらんぼ子育てひろば


@pytest.mark.parametrize(
    ("language", "salon", "hiroba"),
    [
        ("ja", "<dt>対象年齢</dt><dd class=\"card-ages\">65歳以上</dd>",
         "<dt>対象年齢</dt><dd class=\"card-ages\">0〜3歳とその保護者</dd>"),
        ("en", "<dt>Ages</dt><dd class=\"card-ages\">65 years and over</dd>",
         "<dt>Ages</dt><dd class=\"card-ages\">0–3 years, with their parents</dd>"),
        ("vi", "<dt>Độ tuổi</dt><dd class=\"card-ages\">từ 65 tuổi trở lên</dd>",
         "<dt>Độ tuổi</dt><dd class=\"card-ages\">từ 0 đến 3 tuổi, cùng phụ huynh</dd>"),
        ("ja@easy", "<dt>なんさいの 人のため</dt><dd class=\"card-ages\">65さい より 上（65さいも）</dd>",
         "<dt>なんさいの 人のため</dt><dd class=\"card-ages\">0さい から 3さい まで（おうちの 人も いっしょに）</dd>"),
    ],
)  # fmt: skip
def test_a_result_card_says_whom_the_place_is_for_by_age_in_the_readers_language(
    client: FlaskClient, db_session: Session, language: str, salon: str, hiroba: str
) -> None:
    """A senior searching 「サロン」 and a parent searching 「子育てひろば」 see each place's
    対象年齢 on its card, without opening each one; a card of no age limit says none."""
    for key, low, high, adults in ((SALON, 65, None, False), (HIROBA, 0, 3, True)):
        listing = listing_by_key(db_session, key)
        listing.age_min, listing.age_max, listing.age_with_adults = low, high, adults
    db_session.flush()
    for key, query, said in ((SALON, "サロン", salon), (HIROBA, "子育てひろば", hiroba)):
        listing = listing_by_key(db_session, key)
        card = _card(text_of(client, f"/search?q={query}&lang={language}"), listing.id)
        assert said in card
    others = text_of(client, f"/search?q=サロン&lang={language}")
    ages_said = len(re.findall(r'<dd class="card-ages">', others))
    ages_set = sum(
        1
        for listing_id in map(
            int, re.findall(r'<h2 class="card-title"><a href="/listings/(\d+)"', others)
        )
        if db_session.get(Listing, listing_id).age_min is not None  # type: ignore[union-attr]
        or db_session.get(Listing, listing_id).age_max is not None  # type: ignore[union-attr]
    )
    assert ages_said == ages_set  # no card of no age limit says an age


def test_a_result_card_says_one_adult_age_as_that_age(
    client: FlaskClient, db_session: Session
) -> None:
    """A 二十歳のつどい for those of 20 reads 「20歳」, not 「20〜20歳」."""
    listing = listing_by_key(db_session, SALON)
    listing.age_min = listing.age_max = 20
    db_session.flush()
    card = _card(text_of(client, "/search?q=サロン"), listing.id)
    assert '<dd class="card-ages">20歳</dd>' in card
    english = _card(text_of(client, "/search?q=サロン&lang=en"), listing.id)
    assert '<dd class="card-ages">20 years old</dd>' in english
