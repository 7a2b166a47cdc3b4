"""The HSDS API 3.0 under /hsds/ as an HSDS tool uses it: every route answers what the official
HSDS API reference (openapi.json of the HSDS 3.0 schemas) promises, filters and pages work, and
nothing the public pages hide ever appears."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.interop import hsds
from directory.models import Listing, User
from directory.search import tracking
from tests.factories import listing_by_key, make_listing, organization
from tests.hsds_schemas import openapi as reference
from tests.hsds_schemas import openapi_document_errors, response_errors
from tests.webapp.conftest import town_clock_at
from tests.webapp.test_api import (  # noqa: F401 (fixtures used by name)
    OCHAKAI,
    SHOKUBA,
    Hidden,
    hidden,
    index_writes,
)

H = "/hsds"


def get(client: FlaskClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True)[:300])
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    return response.get_json()


def checked(client: FlaskClient, path: str, url: str) -> Any:
    """GET ``url`` (a route of the reference's ``path``) and validate it against the reference."""
    body = get(client, url)
    problems = response_errors(path, body)
    assert problems == [], (url, problems[:5])
    return body


def example_urls(client: FlaskClient, db_session: Session) -> dict[str, list[str]]:
    service = hsds.service_id(listing_by_key(db_session, OCHAKAI).id)
    org = hsds.organization_id(organization(db_session, "chonai-johoku").id)
    first = get(client, f"{H}/service_at_locations?per_page=1")["contents"][0]["id"]
    category = hsds.category_term_id("salon")
    taxonomy = hsds.taxonomy_id(hsds.CATEGORY_TAXONOMY[0])
    return {
        "/": [f"{H}/"],
        "/services": [
            f"{H}/services",
            f"{H}/services?per_page=100&page=2",
            f"{H}/services?search=こども食堂&full=true",
            f"{H}/services?taxonomy_term_id={category}&organization_id={org}",
            f"{H}/services?taxonomy_id={taxonomy}&modified_after=2020-01-01&full_service=true",
            f"{H}/services?search=存在しないことば",
        ],
        "/services/{id}": [f"{H}/services/{service}"],
        "/organizations": [
            f"{H}/organizations?per_page=100",
            f"{H}/organizations?search=町内会&full=true",
            f"{H}/organizations?full_service=true&per_page=5",
        ],
        "/organizations/{id}": [
            f"{H}/organizations/{org}",
            f"{H}/organizations/{org}?full_service=true",
        ],
        "/taxonomies": [f"{H}/taxonomies", f"{H}/taxonomies?search=対象"],
        "/taxonomies/{id}": [f"{H}/taxonomies/{taxonomy}"],
        "/taxonomy_terms": [
            f"{H}/taxonomy_terms?per_page=100",
            f"{H}/taxonomy_terms?taxonomy_id={taxonomy}&top_only=true",
        ],
        "/taxonomy_terms/{id}": [f"{H}/taxonomy_terms/{category}"],
        "/service_at_locations": [
            f"{H}/service_at_locations",
            f"{H}/service_at_locations?full=true&search=サロン&per_page=50",
        ],
        "/service_at_locations/{id}": [f"{H}/service_at_locations/{first}"],
    }


def test_every_route_answers_what_the_hsds_api_reference_promises(
    client: FlaskClient, db_session: Session
) -> None:
    urls = example_urls(client, db_session)
    assert set(urls) == set(reference()["paths"])  # every route of the reference is served
    for path, examples in urls.items():
        for url in examples:
            checked(client, path, url)


def test_our_openapi_document_states_the_reference_routes_and_schemas(
    app: Flask, client: FlaskClient
) -> None:
    ours = get(client, f"{H}/openapi.json")
    assert ours["openapi"] == "3.1.0"
    assert openapi_document_errors(ours) == []
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", "{id}", rule.rule.removeprefix(H))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(f"{H}/")
    }
    assert routes == set(ours["paths"])
    assert set(reference()["paths"]) == routes - {"/openapi.json"}
    for path, item in reference()["paths"].items():
        theirs = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        mine = ours["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
        if "$ref" in theirs and path != "/":
            assert mine["schema"] == theirs, path
        elif path != "/":
            assert mine["schema"]["properties"]["contents"] == theirs["properties"]["contents"]
    index = checked(client, "/", f"{H}/")
    assert index["version"] == "3.0"
    assert index["openapi_url"].endswith("/hsds/openapi.json")
    assert get(client, "/api/v1/openapi.json")["externalDocs"]["url"] == "/hsds/openapi.json"


def test_a_service_is_the_listing_fully_nested(client: FlaskClient, db_session: Session) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    body = checked(client, "/services/{id}", f"{H}/services/{hsds.service_id(listing.id)}")
    assert body["name"] == "城北町集会所のお茶会"
    assert body["url"].endswith(f"/listings/{listing.id}")
    assert body["organization"]["name"] == "城北町町内会"
    [schedule] = body["schedules"]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"]) == ("WEEKLY", "WE", "14:00")
    [at] = body["service_at_locations"]
    assert at["location"]["addresses"][0]["address_1"] == "城北町3-7"
    assert {a["taxonomy_term"]["code"] for a in body["attributes"]} >= {"ibasho", "salon"}
    assert body["assured_date"] == "2026-09-14"
    the_same = get(client, f"{H}/service_at_locations/{at['id']}")
    assert the_same["service"]["id"] == body["id"]
    assert the_same["location"] == at["location"]


def test_a_service_reads_its_schedule_on_the_towns_date_not_the_servers(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1:30 on 1 April in Japan (16:30 UTC the day before) last year's list is over: the
    service gives the organiser's words, as the public page does, not its Tuesdays."""
    text = "令和30年度 毎週火曜日 10:00〜12:00"
    listing = make_listing(db_session, name="年度の体操教室", schedule_text=text)
    url = f"{H}/services/{hsds.service_id(listing.id)}"
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 16, 30, tzinfo=UTC))
    [schedule] = checked(client, "/services/{id}", url)["schedules"]
    assert "freq" not in schedule
    assert "byday" not in schedule
    assert schedule["description"] == text
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 14, 30, tzinfo=UTC))  # 23:30 on 31 March
    [schedule] = checked(client, "/services/{id}", url)["schedules"]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"]) == ("WEEKLY", "TU", "10:00")


def test_filters_narrow_the_services(client: FlaskClient, db_session: Session) -> None:
    everything = get(client, f"{H}/services?per_page=100")
    assert everything["total_items"] == 163
    salon = hsds.category_term_id("salon")
    salons = get(client, f"{H}/services?taxonomy_term_id={salon}&per_page=100")
    assert 0 < salons["total_items"] < everything["total_items"]
    org = organization(db_session, "chonai-johoku")
    mine = get(client, f"{H}/services?organization_id={hsds.organization_id(org.id)}&per_page=100")
    assert {s["organization"]["name"] for s in mine["contents"]} == {"城北町町内会"}
    found = get(client, f"{H}/services?search=こども食堂&per_page=100")
    assert 0 < found["total_items"] < everything["total_items"]
    assert "食堂" in found["contents"][0]["name"]
    assert get(client, f"{H}/services?modified_after=2999-01-01")["empty"] is True
    latest = db_session.scalar(select(func.max(Listing.updated_at)))
    assert latest is not None
    new = make_listing(db_session, name="いま公開した活動")
    db_session.flush()
    after = quote((latest + timedelta(microseconds=1)).isoformat())
    recent = get(client, f"{H}/services?modified_after={after}")
    assert [s["id"] for s in recent["contents"]] == [hsds.service_id(new.id)]
    # Without an offset the time is local (Asia/Tokyo); "+" sent unencoded still works.
    local = latest.astimezone(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None) + timedelta(
        microseconds=1
    )
    assert get(client, f"{H}/services?modified_after={local.isoformat()}")["total_items"] == 1
    assert get(client, f"{H}/services?modified_after={recent_plus(latest)}")["total_items"] == 1


def recent_plus(moment: datetime) -> str:
    """``moment`` plus a microsecond, written with "+09:00" not URL-encoded (as people type it)."""
    return (moment + timedelta(microseconds=1)).astimezone(ZoneInfo("Asia/Tokyo")).isoformat()


def test_pages_cover_every_service_once(client: FlaskClient) -> None:
    seen: list[str] = []
    page, body = 1, {"last_page": False}
    while not body["last_page"]:
        body = get(client, f"{H}/services?per_page=40&page={page}")
        assert body["page_number"] == page
        assert body["first_page"] is (page == 1)
        assert body["size"] == len(body["contents"])
        seen += [s["id"] for s in body["contents"]]
        page += 1
    assert len(seen) == len(set(seen)) == body["total_items"]
    assert body["total_pages"] == page - 1


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page=abc", "page"),
        ("per_page=1000", "per_page"),
        ("full=maybe", "full"),
        ("modified_after=きのう", "modified_after"),
        ("taxonomy_term_id=00000000-0000-0000-0000-000000000000", "taxonomy_term_id"),
        ("organization_id=nobody", "organization_id"),
        ("taxonomy_id=x", "taxonomy_id"),
        ("search=" + "あ" * 201, "search"),
        ("page=1&page=2", "page"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it_in_japanese(
    client: FlaskClient, query: str, parameter: str
) -> None:
    error = get(client, f"{H}/services?{query}", status=400)["error"]
    assert (error["code"], error["parameter"]) == ("invalid_parameter", parameter)
    assert re.search(r"[ぁ-んァ-ン一-龥]", error["message"])


@pytest.mark.parametrize(
    "url",
    [
        f"{H}/services/00000000-0000-0000-0000-000000000000",
        f"{H}/organizations/abc",
        f"{H}/taxonomies/abc",
        f"{H}/taxonomy_terms/abc",
        f"{H}/service_at_locations/abc",
        f"{H}/no-such-thing",
    ],
)
def test_unknown_ids_and_paths_are_a_json_404(client: FlaskClient, url: str) -> None:
    error = get(client, url, status=404)["error"]
    assert error["code"] == "not_found"
    assert "見つかりません" in error["message"]


@pytest.mark.parametrize(
    "url",
    [
        f"{H}/services?search=%00",
        f"{H}/services?search=%ff",
        f"{H}/organizations?search=%00",
        f"{H}/taxonomies?x=%00",
        f"{H}/?x=%C3",
    ],
)
def test_unreadable_characters_are_the_json_error_of_the_api(client: FlaskClient, url: str) -> None:
    error = get(client, url, status=400)["error"]
    assert error["code"] == "invalid_characters"
    assert "使えない文字" in error["message"]


def test_every_error_under_hsds_is_json_in_japanese(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(response: Any, status: int) -> dict[str, str]:
        assert response.status_code == status
        assert response.headers["Content-Type"] == "application/json; charset=utf-8"
        error: dict[str, str] = response.get_json()["error"]
        assert re.search(r"[ぁ-んァ-ン一-龥]", error["message"])
        return error

    assert answer(client.delete(f"{H}/services"), 405)["code"] == "method_not_allowed"
    assert answer(client.get(f"{H}/nothing/here"), 404)["code"] == "not_found"
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 100)
    big = client.post(
        f"{H}/services", data="x=" + "a" * 200, content_type="application/x-www-form-urlencoded"
    )
    assert answer(big, 413)["code"] == "request_too_large"

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("directory.interop.hsds.taxonomies", broken)
    monkeypatch.setattr(app, "testing", False)
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    assert answer(client.get(f"{H}/taxonomies"), 500)["code"] == "server_error"


def test_writing_is_refused_and_reading_is_cached_and_open_to_any_origin(
    client: FlaskClient,
) -> None:
    response = client.post(f"{H}/services", json={"name": "x"})
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"
    first = client.get(f"{H}/services?per_page=5", headers={"Origin": "https://example.org"})
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert "public" in first.headers["Cache-Control"]
    assert first.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"
    again = client.get(f"{H}/services?per_page=5", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    since = {"If-Modified-Since": first.headers["Last-Modified"]}
    assert client.get(f"{H}/services?per_page=5", headers=since).status_code == 304


# ---- privacy: the same test as /api/v1 ----------------------------------------------------


def test_nothing_hidden_appears_anywhere_even_for_a_signed_in_coordinator(
    index_writes: list[int],  # noqa: F811
    client: FlaskClient,
    db_session: Session,
    hidden: Hidden,  # noqa: F811
    login_as: Callable[[str], User],
) -> None:
    hidden_ids = [*hidden.listing_ids, listing_by_key(db_session, SHOKUBA).id]
    hidden_services = {hsds.service_id(i) for i in hidden_ids}
    urls = [
        f"{H}/",
        f"{H}/services?per_page=100&full=true",
        f"{H}/services?per_page=100&page=2&full=true",
        f"{H}/services?search=の&per_page=100",
        f"{H}/organizations?full_service=true&per_page=100",
        f"{H}/service_at_locations?full=true&per_page=100",
        f"{H}/service_at_locations?full=true&per_page=100&page=2",
        f"{H}/taxonomies",
        f"{H}/taxonomy_terms?per_page=100",
    ]
    urls += [f"{H}/services?search={word}" for word in hidden.words[:7]]
    urls += [f"{H}/services?search=職場体験"]
    orgs = get(client, f"{H}/organizations?per_page=100")["contents"]
    urls += [f"{H}/organizations/{o['id']}?full_service=true" for o in orgs]

    def check_all() -> dict[str, bytes]:
        bodies = {}
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            text = response.get_data(as_text=True)
            for word in hidden.words:
                assert word not in text, (url, word)
            for service in hidden_services:
                assert service not in text, url
            bodies[url] = response.get_data()
        for service in hidden_services:
            get(client, f"{H}/services/{service}", status=404)
        for listing_id in hidden_ids:
            get(client, f"{H}/service_at_locations/{hsds.service_at_location_id(listing_id)}", 404)
        return bodies

    anonymous = check_all()
    login_as("coordinator")
    signed_in = check_all()
    assert signed_in == anonymous  # everyone gets the same public data
    response = client.get(f"{H}/services?per_page=1")
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.headers.get("Vary", "")


def test_a_service_published_after_the_first_lookup_is_found_by_its_id(
    client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    """Each process learns the ids of listings as they are added (uuid5 cannot be undone),
    and the number of services it keeps follows a change at once."""
    listed = get(client, f"{H}/services?per_page=1")
    first = listed["contents"][0]["id"]
    assert get(client, f"{H}/services/{first}")["id"] == first
    tracking.follow(db_session, tmp_path)
    new = make_listing(db_session, name="あとから公開した活動")
    draft = make_listing(db_session, name="まだ下書きの活動", publish=False)
    db_session.commit()  # announced like any change
    assert get(client, f"{H}/services?per_page=1")["total_items"] == listed["total_items"] + 1
    found = get(client, f"{H}/services/{hsds.service_id(new.id)}")
    assert found["name"] == "あとから公開した活動"
    where = get(client, f"{H}/service_at_locations/{hsds.service_at_location_id(new.id)}")
    assert where["service"]["id"] == hsds.service_id(new.id)
    get(client, f"{H}/services/{hsds.service_id(draft.id)}", status=404)
