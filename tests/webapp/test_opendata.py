"""Open data downloads: anyone may take the published public listings as files."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from directory import interop
from directory.interop import municipalities
from directory.interop.municipalities import InvalidMunicipalityCode
from directory.models import Listing, ListingStatus, Visibility
from tests.factories import make_listing
from tests.hsds_schemas import errors
from tests.webapp.conftest import town_clock_at
from webapp import create_app
from webapp.config import from_environ


def public_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(Listing.id)).where(
                Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC
            )
        )
        or 0
    )


def test_the_page_links_every_file_and_the_footer_links_the_page(client: FlaskClient) -> None:
    page = client.get("/opendata/").get_data(as_text=True)
    for name in ("facilities.csv", "events.csv", "simple.csv", "hsds.json"):
        assert f'href="/opendata/{name}"' in page
    assert 'href="/opendata/"' in client.get("/").get_data(as_text=True)
    assert 'href="/hsds/"' in page


def test_the_facilities_csv_opens_in_excel_and_holds_only_public_listings(
    client: FlaskClient, db_session: Session
) -> None:
    response = client.get("/opendata/facilities.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert "名称" in rows[0]
    assert len(rows) - 1 == public_count(db_session)
    hidden = db_session.scalars(
        select(Listing.name).where(Listing.visibility == Visibility.COORDINATORS)
    ).all()
    names = {row[rows[0].index("名称")] for row in rows[1:]}
    assert hidden
    assert not names & set(hidden)


def test_hsds_json_lists_services_with_locations(client: FlaskClient, db_session: Session) -> None:
    response = client.get("/opendata/hsds.json")
    assert response.status_code == 200
    body = json.loads(response.data)
    assert len(body["services"]) == public_count(db_session)


def test_an_unknown_file_is_404(client: FlaskClient) -> None:
    assert client.get("/opendata/secrets.csv").status_code == 404


def test_every_file_has_one_content_type_and_is_streamed(client: FlaskClient) -> None:
    for name, content_type in (
        ("facilities.csv", "text/csv; charset=utf-8"),
        ("events.csv", "text/csv; charset=utf-8"),
        ("simple.csv", "text/csv; charset=utf-8"),
        ("hsds.json", "application/json; charset=utf-8"),
    ):
        response = client.get(f"/opendata/{name}")
        assert response.status_code == 200
        assert response.headers["Content-Type"] == content_type
        assert response.is_streamed
        assert "Content-Length" not in response.headers
        assert response.data  # the whole file arrives


def fetch(client: FlaskClient, url: str, **headers: str) -> TestResponse:
    """GET a download and read it to the end, as a browser does (which ends the stream)."""
    response = client.get(url, headers=headers)
    response.get_data()
    response.close()
    return response


def test_an_unchanged_file_is_a_304_and_a_change_makes_a_new_one(
    client: FlaskClient, db_session: Session
) -> None:
    first = fetch(client, "/opendata/facilities.csv")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert "public" in first.headers["Cache-Control"]
    same = fetch(client, "/opendata/facilities.csv", **{"If-None-Match": etag})
    assert same.status_code == 304
    assert same.data == b""
    since = fetch(client, "/opendata/facilities.csv", **{"If-Modified-Since": modified})
    assert since.status_code == 304
    assert fetch(client, "/opendata/events.csv").headers["ETag"] != etag  # another file

    make_listing(db_session, name="あたらしく公開した活動")
    db_session.flush()
    changed = fetch(client, "/opendata/facilities.csv", **{"If-None-Match": etag})
    assert changed.status_code == 200
    assert "あたらしく公開した活動" in changed.data.decode("utf-8-sig")


@pytest.mark.parametrize("name", ["facilities.csv", "kodomo.csv", "hsds.json", "events.csv"])
def test_a_file_read_on_a_day_is_new_the_next_day_in_the_town(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A 「令和30年度 毎週火曜日」 list is exported with its weekdays on 31 March and without them
    on 1 April; a client that kept the file of 31 March got a 304 on 1 April (only events.csv
    changed with the day), and kept last year's weekdays until some listing changed."""
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 14, 30, tzinfo=UTC))  # 23:30 in Japan
    first = fetch(client, f"/opendata/{name}")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert fetch(client, f"/opendata/{name}", **{"If-None-Match": etag}).status_code == 304
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 16, 30, tzinfo=UTC))  # 1 April, 01:30
    assert fetch(client, f"/opendata/{name}", **{"If-None-Match": etag}).status_code == 200
    assert fetch(client, f"/opendata/{name}", **{"If-Modified-Since": modified}).status_code == 200


def test_the_bulk_import_form_is_the_same_file_whatever_the_day(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 14, 30, tzinfo=UTC))
    etag = fetch(client, "/opendata/simple.csv").headers["ETag"]
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 16, 30, tzinfo=UTC))
    assert fetch(client, "/opendata/simple.csv", **{"If-None-Match": etag}).status_code == 304


def test_the_hsds_file_is_the_hsds_export_and_validates(
    client: FlaskClient, db_session: Session
) -> None:
    body = json.loads(client.get("/opendata/hsds.json").data)
    assert body == interop.export_hsds(db_session, home_prefecture="茨城県")
    for service in body["services"][:20]:
        assert errors(service, "service.json") == []


def test_the_hsds_file_reads_schedules_on_the_towns_date_not_the_servers(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 1:30 on 1 April in Japan (16:30 UTC the day before) last year's list is not
    published as this year's Tuesdays."""
    text = "令和30年度 毎週火曜日 10:00〜12:00"
    make_listing(db_session, name="年度の体操教室", schedule_text=text)
    town_clock_at(monkeypatch, datetime(2049, 3, 31, 16, 30, tzinfo=UTC))
    body = json.loads(client.get("/opendata/hsds.json").data)
    [service] = [s for s in body["services"] if s["name"] == "年度の体操教室"]
    [schedule] = service["schedules"]
    assert "byday" not in schedule
    assert schedule["description"] == text


def test_a_configured_municipality_code_is_on_every_row(
    app: Flask, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(app.extensions, "municipality", municipalities.by_code("082031"))
    rows = list(
        csv.DictReader(io.StringIO(client.get("/opendata/events.csv").data.decode("utf-8-sig")))
    )
    assert {r["都道府県コード又は市区町村コード"] for r in rows} == {"082031"}
    assert {(r["都道府県名"], r["市区町村名"]) for r in rows} == {("茨城県", "土浦市")}


@pytest.mark.parametrize("code", ["082032", "8203", "999997"])
def test_a_wrong_municipality_code_stops_the_app_at_start_up(code: str) -> None:
    with pytest.raises(InvalidMunicipalityCode, match="TSUNAGARI_MUNICIPALITY_CODE"):
        create_app({"TESTING": True, "SECRET_KEY": "x", "MUNICIPALITY_CODE": code})


def test_the_setting_is_read_from_the_environment() -> None:
    assert (
        from_environ({"TSUNAGARI_MUNICIPALITY_CODE": " 082031 "})["MUNICIPALITY_CODE"] == "082031"
    )
    assert "MUNICIPALITY_CODE" not in from_environ({})


def test_the_kodomo_csv_is_the_towns_kodomo_shokudo_with_its_own_etag(
    client: FlaskClient, db_session: Session
) -> None:
    page = client.get("/opendata/").get_data(as_text=True)
    assert 'href="/opendata/kodomo.csv"' in page
    assert "こども食堂一覧（自治体標準オープンデータセット形式）" in page
    response = client.get("/opendata/kodomo.csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.is_streamed
    response.get_data()
    response.close()
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment; filename=kodomo.csv;")
    assert quote("つながりマップ_こども食堂一覧.csv") in disposition
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    exported = csv.DictReader(
        io.StringIO(interop.export_standard_csv(db_session, "kodomo").decode("utf-8-sig"))
    )
    assert [r["名称"] for r in rows] == [r["名称"] for r in exported]
    assert all(r["全国地方公共団体コード"] for r in rows)
    assert 0 < len(rows) < public_count(db_session)  # こども食堂 only

    etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
    assert fetch(client, "/opendata/kodomo.csv", **{"If-None-Match": etag}).status_code == 304
    since = fetch(client, "/opendata/kodomo.csv", **{"If-Modified-Since": modified})
    assert since.status_code == 304
    assert fetch(client, "/opendata/facilities.csv").headers["ETag"] != etag
    make_listing(db_session, name="あたらしいこども食堂", categories=("kodomo_shokudo",))
    db_session.flush()
    changed = fetch(client, "/opendata/kodomo.csv", **{"If-None-Match": etag})
    assert changed.status_code == 200
    assert "あたらしいこども食堂" in changed.data.decode("utf-8-sig")
