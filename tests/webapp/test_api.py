"""The read-only JSON API as another service or app uses it: data, filters, pages, caching,
errors, its OpenAPI document — and that it never shows what the public pages do not."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from directory import vocabulary
from directory.interop import hsds
from directory.listings import archive_listing, snapshot
from directory.models import Area, Category, Listing, Organization, Target, User
from directory.revisions import submit_revision
from directory.search import lifecycle
from directory.search import request as search_request
from directory.search.index import document
from matching.cases import CaseData, create_case
from tests.factories import LOADER, NOW, TODAY, listing_by_key, make_listing, organization
from tests.webapp.conftest import Accounts
from webapp import api_openapi

OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会: public, 毎週水曜日 14:00〜16:00
SHOKUBA = "b-niihari-farm-shokuba-taiken"  # coordinator-only 職場体験
API = "/api/v1"
DOC_URI = "urn:tsunagari:openapi"


# ---- the document and validation against it ----------------------------------------------


@pytest.fixture(scope="module")
def spec(app: Flask) -> dict[str, Any]:
    response = app.test_client().get(f"{API}/openapi.json")
    assert response.status_code == 200
    body: dict[str, Any] = response.get_json()
    return body


def response_schema(spec: dict[str, Any], path: str, status: int) -> dict[str, Any]:
    """The JSON schema the document promises for ``path`` answering ``status``."""
    answer = spec["paths"][path]["get"]["responses"][str(status)]
    if "$ref" in answer:
        answer = spec["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    schema: dict[str, Any] = answer["content"]["application/json"]["schema"]
    return schema


def assert_documented(spec: dict[str, Any], path: str, response: TestResponse) -> Any:
    """The response is JSON and matches the document's schema for this path and status."""
    assert response.content_type == "application/json; charset=utf-8"
    body = response.get_json()
    registry: Registry[Any] = Registry().with_resource(
        DOC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    schema = response_schema(spec, path, response.status_code)
    if "$ref" in schema:
        schema = {"$ref": DOC_URI + schema["$ref"]}
    validator = Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, errors
    return body


def get_json(client: FlaskClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True))
    assert response.content_type == "application/json; charset=utf-8"
    return response.get_json()


def test_the_openapi_document_is_a_valid_openapi_3_1_document(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate_openapi(spec)  # raises on an invalid document


def test_every_api_route_is_documented_and_nothing_else(app: Flask, spec: dict[str, Any]) -> None:
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix(API))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(f"{API}/")
    }
    assert routes == set(spec["paths"])


def documented_urls(db_session: Session) -> dict[str, list[str]]:
    listing = listing_by_key(db_session, OCHAKAI)
    return {
        "/": [f"{API}/"],
        "/openapi.json": [f"{API}/openapi.json"],
        "/listings": [
            f"{API}/listings",
            f"{API}/listings?category=salon&area=daiichi&weekday=2&sort=verified",
            f"{API}/listings?q=こども食堂&free=true&per_page=5",
            f"{API}/listings?q=書道 土曜日",  # 0 on the day typed: other_times
            f"{API}/listings?sort=distance&near=niihari&access=parking",
            f"{API}/listings?q=サロン&sort=distance&lat=36.08&lon=140.2&language=ja",
            f"{API}/listings?near=niihari&within=3&per_page=50",
            f"{API}/listings?page=abc",
        ],
        "/listings/{listing_id}": [f"{API}/listings/{listing.id}", f"{API}/listings/999999"],
        "/organizations": [f"{API}/organizations", f"{API}/organizations?per_page=0"],
        "/organizations/{organization_id}": [
            f"{API}/organizations/{listing.organization_id}",
            f"{API}/organizations/999999",
        ],
        "/organizations/{organization_id}/listings": [
            f"{API}/organizations/{listing.organization_id}/listings?per_page=3",
            f"{API}/organizations/999999/listings",
            f"{API}/organizations/{listing.organization_id}/listings?page=0",
        ],
        "/categories": [f"{API}/categories"],
        "/targets": [f"{API}/targets"],
        "/areas": [f"{API}/areas"],
    }


def test_every_endpoint_answers_as_its_document_says(
    client: FlaskClient, db_session: Session, spec: dict[str, Any]
) -> None:
    urls = documented_urls(db_session)
    assert set(urls) == set(spec["paths"])
    statuses: set[int] = set()
    for path, examples in urls.items():
        for url in examples:
            response = client.get(url)
            statuses.add(response.status_code)
            assert_documented(spec, path, response)
    assert statuses == {200, 400, 404}


def test_the_document_itself_matches_its_own_schema_for_errors(
    client: FlaskClient, spec: dict[str, Any]
) -> None:
    response = client.post(f"{API}/listings")
    assert response.status_code == 405
    assert_documented(spec, "/listings", response)


# ---- what a listing says ------------------------------------------------------------------


def test_a_listing_shows_what_its_public_page_shows(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    body = get_json(client, f"{API}/listings/{listing.id}")
    assert body["id"] == listing.id
    assert body["name"] == "城北町集会所のお茶会"
    assert body["kana"] == "じょうほくちょうしゅうかいじょのおちゃかい"
    assert [c["code"] for c in body["categories"]] == ["ibasho", "salon"]
    assert {t["code"] for t in body["targets"]} == {"everyone", "seniors"}
    assert body["area"]["code"] == "daiichi"
    assert body["schedule"]["text"] == "毎週水曜日 14:00〜16:00"
    assert body["schedule"]["canonical"]
    assert body["schedule"]["needs_review"] is False
    next_dates = body["schedule"]["next_dates"]
    assert len(next_dates) == 3
    assert all(date.fromisoformat(d["date"]).weekday() == 2 for d in next_dates)
    assert next_dates[0]["start"] == "14:00"
    assert next_dates[0]["end"] == "16:00"
    assert body["location"] == {
        "place_name": "城北町集会所",
        "address": "茨城県土浦市城北町3-7",
        "lat": pytest.approx(36.08599),
        "lon": pytest.approx(140.203379),
        "precision": body["location"]["precision"],
    }
    assert body["cost"] == {"text": "100円（お茶代）", "yen": 100}
    assert body["contact"]["phone"] == "029-800-1017"
    assert body["verified_at"] == "2026-09-14"
    assert body["organization"]["name"] == "城北町町内会"
    assert datetime.fromisoformat(body["updated_at"]).tzinfo is not None

    page = client.get(body["url"].removeprefix("http://localhost"))
    assert page.status_code == 200
    # The page keeps a date's and a time's characters on one line each (``keep_together``).
    html = re.sub(r'<span class="keep">(.*?)</span>', r"\1", page.get_data(as_text=True))
    for shown in (body["name"], body["location"]["address"], body["contact"]["phone"]):
        assert shown in html
    for date_shown in next_dates:
        assert date_shown["text"] in html
    assert (
        client.get(body["organization"]["url"].removeprefix("http://localhost")).status_code == 200
    )


def test_japanese_is_sent_as_utf_8_not_escaped(client: FlaskClient) -> None:
    response = client.get(f"{API}/categories")
    raw = response.get_data()
    assert "こども食堂".encode() in raw
    assert b"\\u" not in raw
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"


def test_contact_details_fall_back_to_the_organization_like_the_page(
    client: FlaskClient, db_session: Session
) -> None:
    org = organization(db_session, "chonai-johoku")
    org.phone, org.email = "029-800-0000", "johoku@example.jp"
    listing = make_listing(db_session, organization=org, contact_phone="", contact_email="")
    db_session.flush()
    contact = get_json(client, f"{API}/listings/{listing.id}")["contact"]
    assert contact["phone"] == "029-800-0000"
    assert contact["email"] == "johoku@example.jp"
    assert "johoku@example.jp" in client.get(f"/listings/{listing.id}").get_data(as_text=True)


# ---- filters, search, pages ---------------------------------------------------------------


def ids(body: dict[str, Any]) -> list[int]:
    return [item["id"] for item in body["items"]]


def test_filters_narrow_the_listings(client: FlaskClient) -> None:
    everything = get_json(client, f"{API}/listings?per_page=100")
    salons = get_json(client, f"{API}/listings?category=salon&per_page=100")
    assert 0 < salons["total"] < everything["total"]
    assert all("salon" in [c["code"] for c in item["categories"]] for item in salons["items"])

    in_area = get_json(client, f"{API}/listings?category=salon&area=daiichi&per_page=100")
    assert 0 < in_area["total"] < salons["total"]
    assert all(item["area"]["code"] == "daiichi" for item in in_area["items"])

    free = get_json(client, f"{API}/listings?free=true&per_page=100")
    assert 0 < free["total"] < everything["total"]
    assert all(item["cost"]["yen"] == 0 for item in free["items"])

    wednesdays = get_json(client, f"{API}/listings?weekday=2&per_page=100")
    assert 0 < wednesdays["total"] < everything["total"]


def test_a_query_searches_the_index_like_the_search_page(client: FlaskClient) -> None:
    found = get_json(client, f"{API}/listings?q=こども食堂&per_page=100")
    assert found["total"] > 0
    assert any(
        "kodomo_shokudo" in [c["code"] for c in item["categories"]] for item in found["items"]
    )
    page = client.get("/search?q=こども食堂").get_data(as_text=True)
    match = re.search(r"<strong>(\d+)</strong>件", page)
    assert match
    assert found["total"] == int(match.group(1))

    narrowed = get_json(client, f"{API}/listings?q=サロン&area=daiichi")
    assert 0 < narrowed["total"] < get_json(client, f"{API}/listings?q=サロン")["total"]


def test_nothing_on_the_weekday_typed_lists_the_other_days_as_the_search_page_does(
    client: FlaskClient,
) -> None:
    """「書道 土曜日」: the only 書道 class meets on a Sunday. The weekday stays a filter (0
    results), and ``other_times`` lists what the page shows under its suggestions; a search
    with results, or with nothing on any day, has no ``other_times`` at all."""
    found = get_json(client, f"{API}/listings?q=書道 土曜日")
    assert found["total"] == 0
    assert found["items"] == []
    assert found["other_times"]["word"] == "土曜日"
    names = [item["name"] for item in found["other_times"]["items"]]
    assert names[0] == "城北町 大人の書道教室"
    page = html.unescape(client.get("/search?q=書道 土曜日").get_data(as_text=True))
    assert all(name in page for name in names)
    assert "other_times" not in get_json(client, f"{API}/listings?q=こども食堂")
    assert "other_times" not in get_json(client, f"{API}/listings?q=土曜日 スキューバダイビング")


def test_nearest_first_gives_growing_distances(client: FlaskClient) -> None:
    body = get_json(client, f"{API}/listings?sort=distance&near=niihari&per_page=30")
    distances = [item["distance_km"] for item in body["items"]]
    assert len(distances) == 30
    assert distances == sorted(distances)


def test_within_a_radius_only_listings_that_close(client: FlaskClient) -> None:
    near = get_json(client, f"{API}/listings?near=niihari&within=3&sort=distance&per_page=100")
    wider = get_json(client, f"{API}/listings?near=niihari&within=10&per_page=100")
    assert 0 < near["total"] < wider["total"]
    assert all(item["distance_km"] <= 3 for item in near["items"])


def test_recently_verified_first(client: FlaskClient) -> None:
    body = get_json(client, f"{API}/listings?sort=verified&per_page=50")
    verified = [item["verified_at"] or "" for item in body["items"]]
    assert verified == sorted(verified, reverse=True)


def test_pages_link_to_each_other_and_cover_every_listing_once(client: FlaskClient) -> None:
    first = get_json(client, f"{API}/listings?category=salon&per_page=3")
    assert first["page"] == 1
    assert first["pages"] == -(-first["total"] // 3) > 1
    assert first["links"]["prev"] is None
    seen = ids(first)
    body = first
    while body["links"]["next"]:
        assert "category=salon" in body["links"]["next"]
        body = get_json(client, body["links"]["next"].removeprefix("http://localhost"))
        seen += ids(body)
    assert body["page"] == first["pages"]
    assert body["links"]["self"] == first["links"]["last"]
    assert len(seen) == len(set(seen)) == first["total"]

    beyond = get_json(client, f"{API}/listings?category=salon&per_page=3&page=9999")
    assert beyond["page"] == first["pages"]
    assert ids(beyond) == ids(body)


def test_organizations_and_their_listings(client: FlaskClient, db_session: Session) -> None:
    orgs = get_json(client, f"{API}/organizations?per_page=100")
    assert orgs["total"] == len(orgs["items"]) > 5
    johoku = organization(db_session, "chonai-johoku")
    one = get_json(client, f"{API}/organizations/{johoku.id}")
    assert one["name"] == "城北町町内会"
    assert one in orgs["items"]
    listings = get_json(client, one["listings"].removeprefix("http://localhost"))
    assert listings["total"] > 0
    assert {item["organization"]["id"] for item in listings["items"]} == {johoku.id}
    assert listing_by_key(db_session, OCHAKAI).id in ids(listings)


def test_vocabularies_with_counts_of_public_listings(client: FlaskClient) -> None:
    categories = get_json(client, f"{API}/categories")["items"]
    salon = next(c for c in categories if c["code"] == "salon")
    assert salon["label"]
    assert salon["listing_count"] == get_json(client, f"{API}/listings?category=salon")["total"]
    areas = get_json(client, f"{API}/areas")["items"]
    daiichi = next(a for a in areas if a["code"] == "daiichi")
    assert daiichi["listing_count"] == get_json(client, f"{API}/listings?area=daiichi")["total"]
    targets = get_json(client, f"{API}/targets")["items"]
    assert {"code": "everyone", "label": "どなたでも"} in targets


# ---- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=abc", "page"),
        ("page=0", "page"),
        ("per_page=10000", "per_page"),
        ("per_page=-1", "per_page"),
        ("category=no-such-category", "category"),
        ("target=martians", "target"),
        ("area=atlantis", "area"),
        ("weekday=9", "weekday"),
        ("time=midnight", "time"),
        ("free=maybe", "free"),
        ("access=helicopter", "access"),
        ("language=klingon", "language"),
        ("sort=random", "sort"),
        ("sort=distance", "sort"),
        ("q=お茶&sort=name", "sort"),
        ("lat=36.1", "lon"),
        ("lat=abc&lon=140", "lat"),
        ("lat=36&lon=999", "lon"),
        ("near=atlantis", "near"),
        ("near=niihari&within=abc", "within"),
        ("near=niihari&within=0", "within"),
        ("near=niihari&within=500", "within"),
        ("within=3", "within"),
        ("page=1&page=2", "page"),
        ("q=" + "あ" * 201, "q"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it_in_japanese(
    client: FlaskClient, query: str, parameter: str
) -> None:
    body = get_json(client, f"{API}/listings?{query}", status=400)
    error = body["error"]
    assert error["code"] == "invalid_parameter"
    assert error["parameter"] == parameter
    assert parameter in error["message"]
    assert re.search(r"[ぁ-んァ-ン一-龥]", error["message"])


@pytest.mark.parametrize("asked", ["within=2", "sort=distance", "q=サロン"])
def test_an_area_with_no_point_to_measure_from_is_a_400(
    client: FlaskClient, db_session: Session, asked: str
) -> None:
    """An area added without its 公民館's address cannot be ``near``: refused, not ignored."""
    vocabulary.save_area(
        db_session, vocabulary.AreaData("mitei", "未定地区"), position=99, actor=LOADER
    )
    db_session.flush()
    error = get_json(client, f"{API}/listings?near=mitei&{asked}", status=400)["error"]
    assert (error["code"], error["parameter"]) == ("invalid_parameter", "near")
    assert "「mitei」（未定地区）には距離を測る拠点" in error["message"]


def test_empty_and_unknown_parameters_are_no_condition(client: FlaskClient) -> None:
    everything = get_json(client, f"{API}/listings")
    assert (
        get_json(client, f"{API}/listings?category=&area=&q=&utm_source=x")["total"]
        == (everything["total"])
    )


def test_paging_parameters_of_organizations_are_checked_too(client: FlaskClient) -> None:
    body = get_json(client, f"{API}/organizations?per_page=101", status=400)
    assert body["error"]["parameter"] == "per_page"


@pytest.mark.parametrize(
    "url",
    [
        f"{API}/listings/999999",
        f"{API}/organizations/999999",
        f"{API}/organizations/999999/listings",
        f"{API}/no-such-thing",
        f"{API}/listings/abc",
    ],
)
def test_unknown_things_are_a_json_404(client: FlaskClient, url: str) -> None:
    body = get_json(client, url, status=404)
    assert body["error"]["code"] == "not_found"
    assert "見つかりません" in body["error"]["message"]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writing_is_a_json_405(client: FlaskClient, method: str) -> None:
    response = client.open(f"{API}/listings", method=method, json={"name": "x"})
    assert response.status_code == 405
    assert response.content_type == "application/json; charset=utf-8"
    assert response.get_json()["error"]["code"] == "method_not_allowed"
    assert "GET" in response.headers["Allow"]


def test_an_unexpected_error_in_the_api_is_json_and_pages_keep_html(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("directory.vocabulary.targets", broken)
    monkeypatch.setattr(app, "testing", False)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    body = get_json(client, f"{API}/targets", status=500)
    assert body["error"]["code"] == "server_error"
    assert "<html" not in str(body)

    page = client.get("/listings/999999")
    assert page.status_code == 404
    assert page.content_type.startswith("text/html")
    assert "ページが見つかりません" in page.get_data(as_text=True)


# ---- caching and CORS ---------------------------------------------------------------------


def test_an_unchanged_response_is_a_304_by_etag_or_date(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    for url in (f"{API}/listings?per_page=5", f"{API}/listings/{listing.id}", f"{API}/areas"):
        first = client.get(url)
        etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
        assert "public" in first.headers["Cache-Control"]
        assert "max-age" in first.headers["Cache-Control"]

        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.get_data() == b""
        assert again.headers["ETag"] == etag
        assert again.headers["Access-Control-Allow-Origin"] == "*"
        assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200

        assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
        head = client.head(url)
        assert head.status_code == 200
        assert head.headers["ETag"] == etag
        assert head.get_data() == b""
        old = "Mon, 01 Jan 2024 00:00:00 GMT"
        assert client.get(url, headers={"If-Modified-Since": old}).status_code == 200


@pytest.mark.parametrize("url", [f"{API}/", f"{API}/openapi.json", "/hsds/", "/hsds/openapi.json"])
def test_the_documents_carry_both_validators_too(
    client: FlaskClient, db_session: Session, url: str
) -> None:
    first = client.get(url)
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    old = "Mon, 01 Jan 2024 00:00:00 GMT"
    assert client.get(url, headers={"If-Modified-Since": old}).status_code == 200


def test_a_change_makes_the_old_validators_fail(client: FlaskClient, db_session: Session) -> None:
    url = f"{API}/listings?category=ibasho&per_page=100"
    first = client.get(url)
    make_listing(db_session, name="あたらしい居場所", kana="ああ")
    db_session.flush()
    changed = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert changed.status_code == 200
    assert "あたらしい居場所" in changed.get_data(as_text=True)
    since = client.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert since.status_code == 200


def directory_as_it_was(db_session: Session, moment: datetime) -> None:
    """Every change time set back to ``moment``: what a client fetched then is older than any
    change the test makes (the seeds were written a moment ago, perhaps in the same second)."""
    for model in (Listing, Organization, Area, Category, Target):
        db_session.execute(update(model).values(updated_at=moment))


def rename(db_session: Session, vocabulary_name: str, code: str, label: str) -> None:
    """An admin renames an area, a category or a target (``add-area``, ``load-seeds``)."""
    if vocabulary_name == "area":
        area = db_session.scalars(select(Area).where(Area.code == code)).one()
        data = vocabulary.AreaData(
            code, label, area.kana, area.centre_name, area.centre_address, area.lat, area.lon
        )
        vocabulary.save_area(db_session, data, area.position, actor=LOADER)
    elif vocabulary_name == "category":
        category = db_session.scalars(select(Category).where(Category.code == code)).one()
        vocabulary.save_category(
            db_session, code, label, category.description, category.position, actor=LOADER
        )
    else:
        target = db_session.scalars(select(Target).where(Target.code == code)).one()
        vocabulary.save_target(db_session, code, label, target.position, actor=LOADER)
    db_session.flush()


@pytest.mark.parametrize("vocabulary_name", ["area", "category", "target"])
def test_renaming_a_vocabulary_entry_makes_the_old_validators_fail(
    client: FlaskClient, db_session: Session, vocabulary_name: str
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    assert listing.area is not None
    code = {
        "area": listing.area.code,
        "category": listing.categories[0].code,
        "target": listing.targets[0].code,
    }[vocabulary_name]
    org = hsds.organization_id(listing.organization_id)
    plural = {"area": "areas", "category": "categories", "target": "targets"}[vocabulary_name]
    urls = [
        f"{API}/{plural}",
        f"{API}/listings/{listing.id}",
        f"{API}/organizations/{listing.organization_id}/listings?per_page=100",
        f"/hsds/services?full=true&per_page=100&organization_id={org}",
        f"/hsds/services/{hsds.service_id(listing.id)}",
        "/opendata/hsds.json",
    ]

    def fetch(url: str, **headers: str) -> tuple[int, Any, str]:
        with client.get(url, headers=headers) as response:  # a download ends when closed
            return response.status_code, response.headers, response.get_data(as_text=True)

    directory_as_it_was(db_session, NOW)
    before = {}
    for url in urls:
        status, headers, _ = fetch(url)
        assert status == 200, url
        before[url] = headers["ETag"], headers["Last-Modified"]

    rename(db_session, vocabulary_name, code, "改名したなまえ")
    for url, (etag, modified) in before.items():
        for condition in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
            status, _, body = fetch(url, **condition)
            assert status == 200, (url, condition)
            assert "改名したなまえ" in body, url


def test_any_origin_may_read_and_preflight_allows_get(client: FlaskClient) -> None:
    response = client.get(f"{API}/listings", headers={"Origin": "https://example.org"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response.headers["Access-Control-Expose-Headers"]

    preflight = client.options(
        f"{API}/listings",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
    )
    assert preflight.status_code in (200, 204)
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]
    assert "POST" not in preflight.headers["Access-Control-Allow-Methods"]
    assert "if-none-match" in preflight.headers["Access-Control-Allow-Headers"].lower()

    error = client.get(f"{API}/listings?page=abc", headers={"Origin": "https://example.org"})
    assert error.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Origin" not in client.get("/listings").headers


# ---- privacy ------------------------------------------------------------------------------


@dataclasses.dataclass
class Hidden:
    """Things that exist in the database but that no public page shows."""

    listing_ids: list[int]
    words: list[str]


@pytest.fixture
def index_writes(app: Flask, engine: Engine) -> Iterator[list[int]]:
    """Listing ids a test wrote into the shared index; put back after the test's rollback.

    Requested before ``client`` so that its teardown runs after the rollback.
    """
    written: list[int] = []
    yield written
    if written:
        with Session(engine) as session:
            lifecycle.sync(session, app.extensions["search"].directory, written)


@pytest.fixture
def hidden(app: Flask, index_writes: list[int], db_session: Session, accounts: Accounts) -> Hidden:
    draft = make_listing(
        db_session, publish=False, name="ひみつの下書きサロン", description="下書きだけの説明文"
    )
    coordinators_only = make_listing(
        db_session, visibility="coordinators", name="職員限定の相談会", description="職員限定の説明"
    )
    archived = make_listing(db_session, name="おわった体操教室", description="終了した体操の説明")
    archive_listing(archived, NOW)
    shown = listing_by_key(db_session, OCHAKAI)
    submit_revision(
        db_session,
        shown,
        dataclasses.replace(
            snapshot(shown), name="未承認のお茶会の新しい名前", contact_phone="029-999-0000"
        ),
        base_version=shown.version,
        author=LOADER,
        now=NOW,
    )
    create_case(
        db_session,
        accounts.coordinator,
        CaseData(display_name="相談者ヤマダ花子", area_code="niihari"),
        today=TODAY,
    )
    unshown = make_listing(
        db_session,
        name="公開中の郵便番号テスト",
        tags=("非表示のキーワード",),
        postal_code="300-9999",
    )
    db_session.flush()
    # The index as it really is (drafts and archived listings are not in it, the
    # coordinator-only one is, marked as such), then a stale index that still holds the draft
    # and the archived listing, as after a crash between a commit and its index write.
    directory: Path = app.extensions["search"].directory
    ids = [draft.id, coordinators_only.id, archived.id, unshown.id]
    index_writes.extend(ids)
    lifecycle.sync(db_session, directory, ids)
    lifecycle.write_documents(directory, [document(draft), document(archived)])
    return Hidden(
        listing_ids=[draft.id, coordinators_only.id, archived.id],
        words=[
            "ひみつの下書きサロン",
            "下書きだけの説明文",
            "職員限定の相談会",
            "職員限定の説明",
            "おわった体操教室",
            "終了した体操の説明",
            "未承認のお茶会の新しい名前",
            "029-999-0000",
            "相談者ヤマダ花子",
            "300-9999",
            "非表示のキーワード",
            "coord@example.jp",
            "member@example.jp",
            "password",
        ],
    )


def every_url(client: FlaskClient, db_session: Session, hidden: Hidden) -> list[str]:
    urls = [
        f"{API}/",
        f"{API}/listings?per_page=100",
        f"{API}/listings?per_page=100&sort=verified",
        f"{API}/listings?per_page=100&q=の",
        f"{API}/categories",
        f"{API}/targets",
        f"{API}/areas",
    ]
    pages = get_json(client, f"{API}/listings?per_page=100")["pages"]
    urls += [f"{API}/listings?per_page=100&page={n}" for n in range(2, pages + 1)]
    urls += [f"{API}/listings?q={word}" for word in hidden.words[:7]]
    urls += [f"{API}/listings?q=職場体験", f"{API}/listings?q=体操&sort=distance&near=niihari"]
    for org in get_json(client, f"{API}/organizations?per_page=100")["items"]:
        urls += [
            f"{API}/organizations/{org['id']}",
            f"{API}/organizations/{org['id']}/listings?per_page=100",
        ]
    urls += [f"{API}/organizations?per_page=100"]
    return urls


def test_nothing_hidden_appears_anywhere_even_for_a_signed_in_coordinator(
    index_writes: list[int],
    client: FlaskClient,
    db_session: Session,
    hidden: Hidden,
    login_as: Callable[[str], User],
) -> None:
    shokuba = listing_by_key(db_session, SHOKUBA)
    hidden_ids = [*hidden.listing_ids, shokuba.id]
    # The coordinator-only listing is really there: the coordinator's search page finds it.
    assert client.get(f"/listings/{hidden.listing_ids[1]}").status_code == 404
    urls = every_url(client, db_session, hidden)

    def check_all() -> dict[str, bytes]:
        bodies = {}
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            text = response.get_data(as_text=True)
            for word in hidden.words:
                assert word not in text, (url, word)
            for item in _listing_items(response.get_json()):
                assert item["id"] not in hidden_ids, (url, item["name"])
            bodies[url] = response.get_data()
        for listing_id in hidden_ids:
            assert get_json(client, f"{API}/listings/{listing_id}", status=404)
        return bodies

    anonymous = check_all()
    login_as("coordinator")
    page = client.get("/search?q=職員限定の相談会").get_data(as_text=True)
    assert f'"/listings/{hidden.listing_ids[1]}"' in page  # the page shows it to coordinators
    assert check_all() == anonymous  # the API shows everyone the same public data


def _listing_items(body: dict[str, Any]) -> list[dict[str, Any]]:
    items = body.get("items", [])
    return [item for item in items if "schedule" in item]


def test_the_public_listing_of_a_pending_change_shows_the_approved_content(
    index_writes: list[int], client: FlaskClient, db_session: Session, hidden: Hidden
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    body = get_json(client, f"{API}/listings/{listing.id}")
    assert body["name"] == "城北町集会所のお茶会"
    assert body["contact"]["phone"] == "029-800-1017"


def test_listing_fields_are_exactly_the_documented_ones(
    client: FlaskClient, db_session: Session, spec: dict[str, Any]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    body = get_json(client, f"{API}/listings/{listing.id}")
    documented = set(spec["components"]["schemas"]["Listing"]["properties"]) - {"distance_km"}
    assert set(body) == documented
    for private in ("tags", "postal_code", "accepts_referrals", "status", "visibility", "version"):
        assert private not in body
    assert "postal_code" not in body["location"]


def test_api_responses_forbid_framing_and_scripts(client: FlaskClient) -> None:
    response = client.get(f"{API}/listings")
    assert (
        response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src 'self'" in client.get("/").headers["Content-Security-Policy"]


def test_responses_are_the_same_for_everyone_so_shared_caches_may_keep_one_copy(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = client.get(f"{API}/listings?per_page=1")
    assert "Cookie" not in response.headers.get("Vary", "")
    assert "Set-Cookie" not in response.headers
    assert "Cookie" in client.get("/coord/").headers.get("Vary", "")  # pages still vary


def test_an_unknown_value_is_named_with_what_is_allowed(client: FlaskClient) -> None:
    code = get_json(client, f"{API}/listings?category=martians", status=400)["error"]
    assert "martians" in code["message"]
    assert "/api/v1/categories" in code["message"]
    choice = get_json(client, f"{API}/listings?time=midnight", status=400)["error"]
    assert "midnight" in choice["message"]
    assert "morning、afternoon、evening" in choice["message"]


def test_the_document_states_the_limits_the_page_and_the_api_check() -> None:
    params = {
        p["name"]: p["schema"]
        for p in api_openapi.document()["paths"]["/listings"]["get"]["parameters"]
    }
    assert params["q"]["maxLength"] == search_request.MAX_QUERY_LENGTH
    assert params["within"]["maximum"] == search_request.MAX_RADIUS_KM
    assert params["per_page"]["maximum"] == search_request.MAX_PER_PAGE
    assert params["page"]["maximum"] == search_request.MAX_PAGE
    assert params["category"]["maxItems"] == search_request.MAX_VALUES
    assert params["sort"]["enum"] == list(search_request.SORTS)
