"""Maps: every published listing on /map and on its own page, drawn from this site only."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus, User, Visibility
from tests.factories import listing_by_key
from tests.webapp.conftest import Accounts, map_points

# Assets (scripts, styles, images) from another host; links a person follows are not assets,
# and the only ones allowed out are to 地理院地図, to see a place on a computer's web map.
EXTERNAL = re.compile(r"""(?:src=["']https?://|<link[^>]*href=["']https?://)""")
EXTERNAL_LINK = re.compile(r"""<a [^>]*href=["'](https?://[^/"']+)""")


def external_links(body: str) -> set[str]:
    return set(EXTERNAL_LINK.findall(body))


def test_the_area_map_lists_published_public_listings_with_local_assets(
    client: FlaskClient, db_session: Session
) -> None:
    page = client.get("/map")
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'id="map_listings"' in body
    assert not EXTERNAL.search(body)
    assert external_links(body) == {"https://maps.gsi.go.jp"}
    public = db_session.scalars(
        select(Listing.name).where(
            Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC
        )
    ).all()
    hidden = db_session.scalars(
        select(Listing.name).where(Listing.visibility == Visibility.COORDINATORS)
    ).all()
    assert all(name in body for name in public[:20])
    assert not any(f">{name}</a>" in body for name in hidden)

    script = client.get("/map.js")
    js = script.get_data(as_text=True)
    assert script.mimetype == "text/javascript"
    assert "L.markerClusterGroup" in js
    assert "map_listings" in js
    assert not re.search(r"https?://(?!www\.openstreetmap\.org)", js)
    assert '"/map/points.json"' in js  # the markers come as data, not in the script
    assert not any(name in js for name in public[:20])

    points = client.get("/map/points.json")
    assert points.mimetype == "application/json"
    assert points.get_json()["all"] is True  # a town's directory comes at once
    names = {point["name"] for point in points.get_json()["points"]}
    assert set(public) - names <= unpinned_names(db_session)
    assert not names & set(hidden)


def test_a_pins_schedule_comes_cut_around_its_times_and_dates(client: FlaskClient) -> None:
    """The popup keeps each time and date on one line, as the pages do: the points say which
    parts those are (every second one)."""
    points = client.get("/map/points.json").get_json()["points"]
    by_name = {point["name"]: point["schedule"] for point in points}
    assert by_name["子ども食堂ひまわり 調理・配膳ボランティア"] == [
        "", "第2・第4土曜日", " ", "15:00〜19:00", "",
    ]  # fmt: skip
    for parts in by_name.values():
        assert len(parts) % 2 == 1


def test_a_pins_popup_says_where_as_its_card_does(client: FlaskClient) -> None:
    """The popup showed only the name and the schedule: where is it? Its 地区 and the name of
    the place, as the listing's card writes them."""
    points = client.get("/map/points.json").get_json()["points"]
    where = {point["name"]: point["where"] for point in points}
    himawari = where["子ども食堂ひまわり 調理・配膳ボランティア"]
    assert himawari == "第六地区・北荒川沖町 公民館 調理室"
    card = client.get("/listings?area=dairoku").get_data(as_text=True)
    assert "第六地区・北荒川沖町 公民館 調理室" in card


def unpinned_names(session: Session) -> set[str]:
    from directory.models import Location

    return set(
        session.scalars(select(Listing.name).join(Location).where(Location.lat.is_(None))).all()
    )


def test_the_area_maps_points_say_when_they_have_not_changed(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    first = client.get("/map/points.json")
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "private, max-age=60"
    again = client.get("/map/points.json", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.get_data() == b""
    login_as("coordinator")  # coordinators' map has coordinator-only listings: another tag
    theirs = client.get("/map/points.json", headers={"If-None-Match": etag})
    assert theirs.status_code == 200
    assert len(theirs.get_json()["points"]) > len(first.get_json()["points"])


def test_a_listing_page_shows_its_own_marker(client: FlaskClient, db_session: Session) -> None:
    listing = db_session.scalars(
        select(Listing)
        .where(Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC)
        .order_by(Listing.id)
    ).first()
    assert listing is not None
    body = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert 'id="map_listing"' in body
    js = client.get(f"/listings/{listing.id}/map.js").get_data(as_text=True)
    assert [point["id"] for point in map_points(js)] == [listing.id]
    assert map_points(js)[0]["name"] == listing.name


def test_a_coordinator_only_listing_has_no_public_map_script(
    client: FlaskClient, db_session: Session
) -> None:
    hidden = db_session.scalars(
        select(Listing).where(
            Listing.visibility == Visibility.COORDINATORS, Listing.status == ListingStatus.PUBLISHED
        )
    ).first()
    assert hidden is not None
    assert client.get(f"/listings/{hidden.id}/map.js").status_code == 404


def test_names_with_script_characters_are_inert_in_the_map_script() -> None:
    from webapp.maps import safe_text

    assert safe_text("`${alert(1)}`<b>") == "&#96;&#36;{alert(1)}&#96;&lt;b&gt;"


def test_listing_names_reach_the_map_as_data_never_as_script_or_html(app: Flask) -> None:
    from webapp.maps import MapPoint, listings_map, script

    name = "</script><img src=x onerror=alert(1)>`${x}`'"
    point = MapPoint(1, name, 36.08, 140.2, "居場所", "毎週<b>月</b>", "/listings/1")
    with app.app_context():
        js = script(listings_map("t", [point]))
    assert "</script>" not in js
    assert "<img" not in js
    assert map_points(js)[0]["name"] == name  # the browser shows it as text (textContent)
    assert "textContent = p.name" in js


def test_the_geocoder_is_chosen_by_configuration(tmp_path: Path) -> None:
    import pytest

    from webapp import create_app

    base = {"SECRET_KEY": "x", "DATABASE_URL": "sqlite://"}
    app = create_app({**base, "GEOCODER": "nominatim", "GEOCODER_CACHE": str(tmp_path / "c.db")})
    try:
        assert app.extensions["geocoder"].name == "nominatim+offline"
    finally:
        app.extensions["db_engine"].dispose()
    app = create_app(base)
    try:
        assert app.extensions["geocoder"].name == "offline"
    finally:
        app.extensions["db_engine"].dispose()
    with pytest.raises(ValueError, match="GEOCODER"):
        create_app({**base, "GEOCODER": "google"})


def test_the_listing_editor_offers_a_pin_map_that_starts_where_the_listing_is(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User], accounts: Accounts
) -> None:
    login_as("member")
    listing = db_session.scalars(
        select(Listing).where(Listing.organization_id == accounts.org.id)
    ).first()
    assert listing is not None
    page = client.get(f"/org/listings/{listing.id}/edit").get_data(as_text=True)
    assert "data-pin-editor hidden" in page  # shown by its script; typed fields work without
    assert '<script src="/static/js/pin-editor.js" defer></script>' in page
    centres = re.search(r"data-areas='([^']+)'", page)
    assert centres
    areas = json.loads(html.unescape(centres.group(1)))
    assert set(areas) >= {"daiichi", "niihari", "tsuwa"}
    assert all(35 < lat < 37 and 139 < lon < 141 for lat, lon in areas.values())
    with client.get("/static/js/pin-editor.js") as script:
        assert script.status_code == 200
        assert "draggable: true" in script.get_data(as_text=True)


# ---- the offline base layer (webapp/basemap.py) and the map without JavaScript -----------


def base_layer(script: str) -> dict[str, Any]:
    found = re.search(r"TsunagariBaseMap\(map_\w+, (\{.*?\})\);", script, re.S)
    assert found, "no base layer in the map script"
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_every_map_draws_areas_towns_and_stations_without_tiles(
    client: FlaskClient, db_session: Session
) -> None:
    data = base_layer(client.get("/map.js").get_data(as_text=True))
    areas = {a["name"]: a for a in data["areas"]}
    assert set(areas) == {
        "第一地区", "第二地区", "第三地区", "第四地区", "第五地区", "第六地区", "都和地区", "新治地区",
    }  # fmt: skip
    assert all(len(a["outline"]) >= 3 for a in areas.values())
    towns = {name: (lat, lon) for name, lat, lon in data["towns"]}
    assert len(towns) > 150  # every 町丁目・大字 of 土浦市 in the national table
    assert {"荒川沖東二丁目", "神立中央一丁目", "城北町"} <= set(towns)
    stations = {p["name"] for p in data["landmarks"] if p["kind"] == "station"}
    assert stations == {"土浦駅", "荒川沖駅", "神立駅"}

    # 荒川沖 lies in 第六地区's outline, 神立 in 第四地区's: a resident can tell them apart.
    assert inside(towns["荒川沖東二丁目"], areas["第六地区"]["outline"])
    assert inside(towns["神立中央一丁目"], areas["第四地区"]["outline"])
    assert not inside(towns["神立中央一丁目"], areas["第六地区"]["outline"])

    listing = db_session.scalars(
        select(Listing).where(Listing.status == ListingStatus.PUBLISHED).order_by(Listing.id)
    ).first()
    assert listing is not None
    own = client.get(f"/listings/{listing.id}/map.js").get_data(as_text=True)
    assert base_layer(own)["towns"]
    results = client.get("/search/map.js?q=サロン").get_data(as_text=True)
    assert base_layer(results)["areas"]


def test_the_base_layer_is_built_once_and_follows_what_it_draws(
    client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    """Every map's script draws the base layer; it is built once (it reads where every area's
    listings are) and drawn again when a landmark or a listing changes, not a minute later."""
    from sqlalchemy import event

    from directory.models import Landmark, LandmarkKind
    from directory.search import tracking
    from tests.factories import make_listing

    first = base_layer(client.get("/map.js").get_data(as_text=True))
    reads: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "distinct" in statement.lower():  # the areas' places (browse.area_pins)
            reads.append(statement)

    engine = db_session.get_bind().engine  # requests share the test's connection
    event.listen(engine, "before_cursor_execute", seen)
    try:
        again = base_layer(client.get("/search/map.js?q=サロン").get_data(as_text=True))
        built_again = len(reads)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert built_again == 0
    assert again == first

    hall = Landmark(name="乙戸公民館", kind=LandmarkKind.OTHER, lat=36.04, lon=140.17)
    db_session.add(hall)
    db_session.commit()
    drawn = base_layer(client.get("/map.js").get_data(as_text=True))["landmarks"]
    assert {"name": "乙戸公民館", "kind": "other", "lat": 36.04, "lon": 140.17} in drawn
    hall.lat = 36.05
    db_session.commit()
    drawn = base_layer(client.get("/map.js").get_data(as_text=True))["landmarks"]
    assert [(p["lat"], p["lon"]) for p in drawn if p["name"] == "乙戸公民館"] == [(36.05, 140.17)]
    db_session.delete(hall)
    db_session.commit()
    drawn = base_layer(client.get("/map.js").get_data(as_text=True))["landmarks"]
    assert "乙戸公民館" not in {p["name"] for p in drawn}

    # An activity placed by a coordinator far south in 第六地区 stretches its outline.
    far = (36.0, 140.15)
    outline = {a["name"]: a["outline"] for a in first["areas"]}["第六地区"]
    assert not inside(far, outline)
    tracking.follow(db_session, tmp_path)
    make_listing(db_session, name="南のサロン", lat=far[0], lon=far[1], area="dairoku")
    db_session.commit()  # announced like any change
    areas = base_layer(client.get("/map.js").get_data(as_text=True))["areas"]
    assert inside(far, {a["name"]: a["outline"] for a in areas}["第六地区"])


def inside(point: tuple[float, float], ring: list[list[float]]) -> bool:
    """Whether the point is inside the convex polygon (lat, lon pairs) or on its edge: on the
    same side of every edge (a town on the outline is a corner of it)."""
    y, x = point
    sides = set()
    for (y1, x1), (y2, x2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = (y2 - y1) * (x - x1) - (x2 - x1) * (y - y1)
        if abs(cross) > 1e-9:
            sides.add(cross > 0)
    return len(sides) <= 1


def test_without_javascript_the_map_page_is_a_list_with_addresses_and_maps_app_links(
    client: FlaskClient,
) -> None:
    body = client.get("/map").get_data(as_text=True)
    assert '<p class="map-noscript">' in body
    assert "JavaScript が使えないため、地図は表示していません" in body
    assert 'aria-describedby="map_listings_about"' in body  # the map's text alternative
    items = re.findall(r"<li>\s*<a class=\"map-list-name\".*?</li>", body, re.S)
    assert len(items) > 50
    for item in items:
        assert re.search(r'class="map-list-address">[^<]*茨城県土浦市', item)
        assert re.search(r'href="geo:3\d\.\d{6},14\d\.\d{6}\?q=', item)
    css = client.get("/static/css/app.css")
    assert "html:not(.js) .folium-map" in css.get_data(as_text=True)
    css.close()
    script = client.get("/static/js/basemap.js")
    assert 'document.documentElement.classList.add("js")' in script.get_data(as_text=True)
    script.close()


def test_convex_hull_of_town_points() -> None:
    from webapp.basemap import convex_hull

    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.5, 0.5), (0.2, 0.7)]
    assert sorted(convex_hull(square)) == [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
    assert convex_hull([(1.0, 1.0), (1.0, 1.0)]) == [(1.0, 1.0)]
    line = [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)]
    assert convex_hull(line) == [(0.0, 0.0), (2.0, 2.0)]


def test_with_tiles_on_the_same_base_layer_is_drawn_over_them(
    database_url: str, search_index_dir: Path
) -> None:
    from webapp import create_app

    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "x",
            "DATABASE_URL": database_url,
            "SEARCH_INDEX_DIR": str(search_index_dir),
            "SEARCH_SYNC_ON_START": False,
            "MAP_TILES": "gsi",
        }
    )
    try:
        client = app.test_client()
        script = client.get("/map.js").get_data(as_text=True)
        assert "https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png" in script
        assert script.index("L.tileLayer") < script.index("TsunagariBaseMap(")
        assert {a["name"] for a in base_layer(script)["areas"]} >= {"第六地区", "第四地区"}
        page = client.get("/map").get_data(as_text=True)
        assert "地理院タイル" in page  # the tiles' credit
    finally:
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


def test_the_list_under_the_map_goes_by_area_a_page_at_a_time(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """However many listings there are, the map page lists one page of them (the map itself
    draws them all): at 10,000 listings the page listing everything took 2.4 s and 5.8 MB."""
    from webapp import public

    body = client.get("/map").get_data(as_text=True)
    everyone = len(re.findall(r'<a class="map-list-name"', body))
    assert everyone > 100  # the demo town fits on the first page
    assert "件目です" not in body
    assert 'class="pager"' not in body
    headings = re.findall(r'<h3 class="map-list-area">([^<]+)</h3>', body)
    assert headings[:2] == ["第一地区", "第二地区"]  # the areas' order
    assert len(headings) == len(set(headings))

    monkeypatch.setattr(public, "MAP_LIST_PER_PAGE", 40)
    first = client.get("/map").get_data(as_text=True)
    names = re.findall(r'<a class="map-list-name" href="[^"]+">([^<]+)</a>', first)
    assert len(names) == 40
    assert f"{everyone}件の活動を、種類ごとに地図に示しています" in first  # the map: all of them
    assert f"{everyone}件のうち1〜40件目です" in first
    assert 'href="/map?page=2#map-list-h"' in html.unescape(first)
    second = client.get("/map?page=2").get_data(as_text=True)
    more = re.findall(r'<a class="map-list-name" href="[^"]+">([^<]+)</a>', second)
    assert len(more) == 40
    assert not set(more) & set(names)
    assert f"{everyone}件のうち41〜80件目です" in second
    english = client.get("/map?page=2", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert f"Listed by area: 41–80 of {everyone}." in english
    last = -(-everyone // 40)
    for junk in (str(last + 5), "abc", "-1"):
        page = client.get(f"/map?page={junk}")
        assert page.status_code == 200
        assert ("件のうち1〜40件目" in page.get_data(as_text=True)) == (junk != str(last + 5))


def public_pins(session: Session) -> list[tuple[int, float, float]]:
    from directory.models import Location

    return [
        (listing_id, lat, lon)
        for listing_id, lat, lon in session.execute(
            select(Listing.id, Location.lat, Location.lon)
            .join(Location)
            .where(
                Listing.status == ListingStatus.PUBLISHED,
                Listing.visibility == Visibility.PUBLIC,
                Location.lat.is_not(None),
                Location.lon.is_not(None),
            )
        )
    ]


def bbox(pins: list[tuple[int, float, float]], margin: float = 0.01) -> str:
    lats, lons = [lat for _i, lat, _lon in pins], [lon for _i, _lat, lon in pins]
    return f"{min(lons) - margin},{min(lats) - margin},{max(lons) + margin},{max(lats) + margin}"


@pytest.fixture
def many_pins(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo town's map as a directory too large to send at once."""
    monkeypatch.setitem(app.config, "MAP_POINTS_AT_ONCE", 20)


@pytest.mark.usefixtures("many_pins")
def test_a_large_directorys_map_zoomed_out_gets_counts_by_square_that_add_up(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    pins = public_pins(db_session)
    assert len(pins) > 20
    answer = client.get(f"/map/points.json?bbox={bbox(pins)}&zoom=11").get_json()
    assert answer["all"] is False
    assert "points" not in answer  # no listing is sent, only numbers
    cells = answer["cells"]
    assert 1 < len(cells) < len(pins)
    assert sum(cell["count"] for cell in cells) == len(pins)
    for cell in cells:
        south, west, north, east = cell["box"]
        assert south <= cell["lat"] <= north
        assert west <= cell["lon"] <= east
        inside = [p for p in pins if south <= p[1] <= north and west <= p[2] <= east]
        assert len(inside) >= cell["count"]
    # Squares are fixed to the earth: a view shifted a little counts the same squares alike
    # where both see all of a square.
    one = client.get(f"/map/points.json?bbox={bbox(pins, 0.02)}&zoom=11").get_json()["cells"]
    assert {(c["lat"], c["lon"], c["count"]) for c in one} == {
        (c["lat"], c["lon"], c["count"]) for c in cells
    }
    # Coordinators count their coordinator-only listings too.
    login_as("coordinator")
    theirs = client.get(f"/map/points.json?bbox={bbox(pins)}&zoom=11").get_json()["cells"]
    assert sum(cell["count"] for cell in theirs) > len(pins)


@pytest.mark.usefixtures("many_pins")
def test_a_large_directorys_map_zoomed_in_gets_the_pins_in_view(
    client: FlaskClient, db_session: Session
) -> None:
    pins = public_pins(db_session)
    listing_id, lat, lon = pins[0]
    view = f"{lon - 0.004},{lat - 0.003},{lon + 0.004},{lat + 0.003}"
    answer = client.get(f"/map/points.json?bbox={view}&zoom=16").get_json()
    points = answer["points"]
    assert answer["all"] is False
    assert "cells" not in answer
    assert listing_id in {point["id"] for point in points}
    assert all(
        lat - 0.003 <= p["lat"] <= lat + 0.003 and lon - 0.004 <= p["lon"] <= lon + 0.004
        for p in points
    )
    expected = {i for i, la, lo in pins if abs(la - lat) <= 0.003 and abs(lo - lon) <= 0.004}
    assert {point["id"] for point in points} == expected
    # Zoomed out over few pins (at most MAP_POINTS_AT_ONCE in view): pins too, not counts.
    few = [p for p in pins if p[1] <= sorted(q[1] for q in pins)[9]]  # the 10 southernmost
    answer = client.get(f"/map/points.json?bbox={bbox(few, 0)}&zoom=10").get_json()
    assert {point["id"] for point in answer["points"]} >= {i for i, _la, _lo in few}


@pytest.mark.usefixtures("many_pins")
@pytest.mark.parametrize(
    "query",
    [
        "",
        "?zoom=12",
        "?bbox=140.1,36.0,140.3&zoom=12",
        "?bbox=140.1,36.0,140.3,36.2",
        "?bbox=140.1,36.0,140.3,36.2&zoom=25",
        "?bbox=140.1,36.2,140.3,36.0&zoom=12",
        "?bbox=東,36.0,140.3,36.2&zoom=12",
        "?bbox=nan,36.0,140.3,36.2&zoom=12",
        "?bbox=140.1,36.0,inf,36.2&zoom=12",
    ],
)
def test_a_view_the_map_cannot_have_is_refused_in_japanese(client: FlaskClient, query: str) -> None:
    answer = client.get(f"/map/points.json{query}")
    assert answer.status_code == 400
    assert answer.get_json()["error"].startswith("地図の範囲が読み取れません。")


def test_a_town_sized_directory_is_sent_whole_whatever_the_view(client: FlaskClient) -> None:
    whole = client.get("/map/points.json").get_json()
    viewed = client.get("/map/points.json?bbox=140.2,36.0,140.21,36.01&zoom=17").get_json()
    assert whole["all"] is True
    assert viewed["all"] is True
    assert len(viewed["points"]) == len(whole["points"]) > 100


@pytest.mark.usefixtures("many_pins")
def test_the_refused_view_is_explained_in_the_readers_language(client: FlaskClient) -> None:
    answer = client.get("/map/points.json?zoom=12", headers={"Accept-Language": "en"})
    assert answer.status_code == 400
    assert answer.get_json()["error"].startswith("The map's view could not be read.")


@pytest.mark.usefixtures("many_pins")
def test_a_large_directorys_squares_are_counted_once_until_a_listing_changes(
    client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    from sqlalchemy import event

    from directory.search import tracking
    from tests.factories import make_listing

    pins = public_pins(db_session)
    url = f"/map/points.json?bbox={bbox(pins)}&zoom=11"
    before = sum(cell["count"] for cell in client.get(url).get_json()["cells"])
    grouped: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "group by" in statement.lower():
            grouped.append(statement)

    engine = db_session.get_bind().engine  # requests share the test's connection
    event.listen(engine, "before_cursor_execute", seen)
    try:
        panned = f"/map/points.json?bbox={bbox(pins, 0.05)}&zoom=11"
        assert client.get(panned).status_code == 200  # another view, the same squares
        counted_again = len(grouped)
        tracking.follow(db_session, tmp_path)
        make_listing(db_session, name="新しい縁側カフェ", lat=pins[0][1], lon=pins[0][2])
        db_session.commit()  # announced like any change
        after = sum(cell["count"] for cell in client.get(url).get_json()["cells"])
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert counted_again == 0
    assert after == before + 1


@pytest.mark.parametrize(
    ("accept", "in_app", "on_gsi"),
    [("ja", "地図アプリで開く", "地理院地図で見る"), ("en-US,en;q=0.8", None, None)],
)
def test_each_entry_of_the_maps_list_opens_its_own_place_in_a_maps_app_and_on_gsi(
    client: FlaskClient, db_session: Session, accept: str, in_app: str | None, on_gsi: str | None
) -> None:
    """The list below the map is the map for those who cannot use it: each entry's links go to
    that entry's point, worded in the reader's language."""
    page = client.get("/map", headers={"Accept-Language": accept}).get_data(as_text=True)
    entries = re.findall(r"<li>\s*<a class=\"map-list-name\".*?</li>", page, re.S)
    assert len(entries) > 20
    words = set()
    for entry in entries:
        listing_id = int(re.search(r'href="/listings/(\d+)"', entry).group(1))  # type: ignore[union-attr]
        listing = db_session.get(Listing, listing_id)
        assert listing is not None
        assert listing.location is not None
        lat, lon = listing.location.lat, listing.location.lon
        links = re.search(
            r'<a class="maps-app" href="geo:([-\d.]+),([-\d.]+)\?[^"]*">([^<]+)</a>・'
            r'<a href="https://maps\.gsi\.go\.jp/#\d+/([-\d.]+)/([-\d.]+)/" [^>]*>([^<]+)</a>',
            entry,
        )
        assert links, entry
        app_lat, app_lon, app_word, gsi_lat, gsi_lon, gsi_word = links.groups()
        for shown in (app_lat, gsi_lat):
            assert abs(float(shown) - lat) < 1e-5
        for shown in (app_lon, gsi_lon):
            assert abs(float(shown) - lon) < 1e-5
        words.add((app_word, gsi_word))
        # Its kind (its first category's, as its pin's layer) in brackets, in the same words.
        kind = re.search(r'class="map-list-name"[^>]*>[^<]*</a>([^\n<]*)\n', entry)
        assert kind, entry
        first = min(listing.categories, key=lambda c: (c.position, c.id))
        if in_app:
            assert kind.group(1) == f"（{first.label}）"
        else:
            english = html.unescape(kind.group(1))
            assert english.startswith(" ("), english
            assert english.endswith(")"), english
            assert not re.search(r"[぀-ヿ一-鿿]", english), english
    assert len(words) == 1
    ((app_word, gsi_word),) = words
    if in_app:
        assert (app_word, gsi_word) == (in_app, on_gsi)
    else:
        assert not re.search(r"[぀-ヿ一-鿿]", app_word + gsi_word), (app_word, gsi_word)


@pytest.mark.parametrize(
    "query",
    [
        "category=kodomo_shokudo",
        "category=kodomo_shokudo&area=dairoku",
        "free=1&weekday=５",  # typed on a phone: read as free=yes&weekday=5
        "q=サロン&near=daiichi&within=３",
    ],
)
def test_a_map_link_with_conditions_shows_the_map_of_those_listings(
    client: FlaskClient, query: str
) -> None:
    """/map with a list's conditions drew every listing while the link named こども食堂: it
    opens the search results, whose list and map show the same listings."""
    response = client.get(f"/map?{query}")
    assert response.status_code == 302
    assert response.location.startswith("/search?")
    assert response.location.endswith("#results-map")
    page = client.get(response.location).get_data(as_text=True)
    listed = set(re.findall(r'class="card-title"><a href="/listings/(\d+)"', page))
    script = re.search(r'<script src="(/search/map\.js\?[^"]+)"', page)
    assert script is not None
    drawn = client.get(html.unescape(script.group(1))).get_data(as_text=True)
    on_map = {str(p["id"]) for p in json.loads(re.search(r"draw\((\[.*?\])\);", drawn).group(1))}
    total = int(re.search(r"<strong>([\d,]+)</strong>件", page).group(1).replace(",", ""))
    assert 0 < total < 100
    assert listed <= on_map
    assert len(on_map) == total


def test_a_map_link_with_an_unknown_kind_says_so_above_the_map(client: FlaskClient) -> None:
    page = client.get("/map?category=zzz", follow_redirects=True).get_data(as_text=True)
    assert "指定された活動の種類（zzz）は見つかりませんでした。" in page


def test_the_area_maps_own_list_pages_are_not_a_search(client: FlaskClient) -> None:
    assert client.get("/map?page=2").status_code == 200
    assert client.get("/map?q=&category=").status_code == 200  # an emptied form


def _map_item(body: str, listing_id: int) -> str:
    found = re.search(
        rf'<li>\s*<a class="map-list-name" href="/listings/{listing_id}">.*?</li>', body, re.S
    )
    assert found, f"no entry for listing {listing_id}"
    return found.group(0)


@pytest.mark.parametrize(
    ("language", "label", "salon", "hiroba", "one_age"),
    [
        ("ja", "対象年齢", "65歳以上", "0〜3歳とその保護者", "20歳"),
        ("en", "Ages", "65 years and over", "0–3 years, with their parents", "20 years old"),
        ("vi", "Độ tuổi", "từ 65 tuổi trở lên", "từ 0 đến 3 tuổi, cùng phụ huynh", "20 tuổi"),
        ("ja@easy", "なんさいの 人のため", "65さい より 上（65さいも）",
         "0さい から 3さい まで（おうちの 人も いっしょに）", "20さい"),
    ],
)  # fmt: skip
def test_the_list_under_the_map_says_whom_each_place_is_for_by_age(
    client: FlaskClient,
    db_session: Session,
    language: str,
    label: str,
    salon: str,
    hiroba: str,
    one_age: str,
) -> None:
    """The list that stands in for the map says a place's 対象年齢 in words after its label
    (not by a colour), as the listing page words it; a place of no age limit says none."""
    keys = {
        "a-manabe-ikiiki-salon": ((65, None, False), salon),
        "b-sakuranbo-hiroba-eikoku": ((0, 3, True), hiroba),
        "a-johoku-ochakai": ((20, 20, False), one_age),
    }
    listings = {key: listing_by_key(db_session, key) for key in keys}
    for key, ((low, high, adults), _said) in keys.items():
        listing = listings[key]
        listing.age_min, listing.age_max, listing.age_with_adults = low, high, adults
    db_session.flush()
    body = client.get(f"/map?lang={language}").get_data(as_text=True)
    for key, (_ages, said) in keys.items():
        item = _map_item(body, listings[key].id)
        assert (
            f'<span class="map-list-ages"><span class="map-list-label">{label}</span> {said}</span>'
            in item
        )
    assert body.count('class="map-list-ages"') == len(
        [
            p
            for p in public_pins(db_session)
            if (listing := db_session.get(Listing, p[0])) is not None
            and (listing.age_min is not None or listing.age_max is not None)
        ]
    )


@pytest.mark.parametrize(
    ("language", "label", "hiroba"),
    [
        ("ja", "対象年齢", "0〜3歳とその保護者"),
        ("en", "Ages", "0–3 years, with their parents"),
        ("ja@easy", "なんさいの 人のため", "0さい から 3さい まで（おうちの 人も いっしょに）"),
    ],
)
def test_a_pins_popup_says_whom_the_place_is_for_by_age(
    client: FlaskClient, db_session: Session, language: str, label: str, hiroba: str
) -> None:
    """Tapping a 子育てひろば's pin, a parent reads its 対象年齢 (after its label, in the
    page's language), as on its card; a pin of no age limit carries none."""
    listing = listing_by_key(db_session, "b-sakuranbo-hiroba-eikoku")
    listing.age_min, listing.age_max, listing.age_with_adults = 0, 3, True
    db_session.flush()
    points = client.get(f"/map/points.json?lang={language}").get_json()["points"]
    said = {p["id"]: p.get("ages") for p in points}
    assert said[listing.id] == hiroba
    aged = {
        p[0]
        for p in public_pins(db_session)
        if (found := db_session.get(Listing, p[0])) is not None
        and (found.age_min is not None or found.age_max is not None)
    }
    assert {i for i, ages in said.items() if ages} == aged
    script = client.get(f"/map.js?lang={language}").get_data(as_text=True)
    assert "map-popup-ages" in script
    assert json.dumps(label) in script or json.dumps(label, ensure_ascii=False) in script


def test_the_list_under_the_map_reads_its_names_in_easy_japanese(
    client: FlaskClient, db_session: Session
) -> None:
    """A reader of やさしい日本語 reads the names in the map's list with their readings, as on
    the search cards and the listing page; in Japanese, as written."""
    ochakai = listing_by_key(db_session, "a-johoku-ochakai")  # 城北町集会所のお茶会
    easy = _map_item(client.get("/map?lang=ja@easy").get_data(as_text=True), ochakai.id)
    assert "<ruby>城北<rp>（</rp><rt>じょうほく</rt>" in easy
    assert '<span class="visually-hidden">城北町集会所のお茶会（' in easy
    plain = _map_item(client.get("/map?lang=ja").get_data(as_text=True), ochakai.id)
    assert "<ruby>" not in plain
    assert ">城北町集会所のお茶会</a>" in plain


@pytest.mark.parametrize("path", ["/map/points.json", "/map.js", "/search/map.js?q=サロン"])
def test_a_maps_script_and_points_vary_with_the_readers_language(
    client: FlaskClient, path: str
) -> None:
    """Kept by the browser for 60 s, a map's words (layer names, 対象年齢) in the language
    chosen before a switch would come back after it: the answer varies with what chooses it."""
    response = client.get(path)
    assert response.status_code == 200
    assert {"Accept-Language", "Cookie"} <= set(response.vary)
    english = client.get(path, headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert english != response.get_data(as_text=True)  # the words really differ
