"""Searching by place: a radius around an area, an address or a clicked point, and the map of
the results (clustered markers, the origin and its circle, click to search from a point)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from geopy.distance import geodesic
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import vocabulary
from directory.models import Area, Listing, Location, User, Visibility
from tests.factories import LOADER
from tests.webapp.conftest import map_points

SALON_HITS = re.compile(
    r'<li class="card search-hit">\s*<h2 class="card-title"><a href="/listings/(\d+)"'
)


def page_of(client: FlaskClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def total(page: str) -> int:
    match = re.search(r"<strong>(\d+)</strong>件", page)
    assert match
    return int(match.group(1))


def all_hit_ids(client: FlaskClient, url: str) -> list[int]:
    ids: list[int] = []
    page_number = 1
    while True:
        page = page_of(client, f"{url}&page={page_number}")
        ids += [int(i) for i in SALON_HITS.findall(page)]
        if 'rel="next"' not in page:
            return ids
        page_number += 1


def coordinates(session: Session, ids: list[int]) -> dict[int, tuple[float, float]]:
    rows = session.execute(
        select(Location.listing_id, Location.lat, Location.lon).where(Location.listing_id.in_(ids))
    )
    return {r.listing_id: (r.lat, r.lon) for r in rows if r.lat is not None}


def test_a_radius_keeps_exactly_the_listings_within_it_measured_as_geopy_does(
    client: FlaskClient, db_session: Session
) -> None:
    niihari = db_session.scalars(select(Area).where(Area.code == "niihari")).one()
    assert niihari.lat is not None
    assert niihari.lon is not None
    centre = (niihari.lat, niihari.lon)
    everything = all_hit_ids(client, "/search?q=&sort=distance&near=niihari")
    within = all_hit_ids(client, "/search?q=&sort=distance&near=niihari&within=3")
    assert 0 < len(within) < len(everything)
    points = coordinates(db_session, everything)
    expected = {i for i, p in points.items() if geodesic(centre, p).km <= 3}
    assert set(within) == expected

    page = page_of(client, "/search?q=&sort=distance&near=niihari&within=3")
    shown = [float(d) for d in re.findall(r"・約([0-9.]+)km", page)]
    assert shown
    assert max(shown) <= 3.05
    assert "から3km以内、近い順" in page
    assert 'value="3" selected' in page  # the choice stays selected


def test_the_radius_narrows_the_facet_counts_too(client: FlaskClient) -> None:
    wide = page_of(client, "/search?q=&near=niihari")
    narrow = page_of(client, "/search?q=&near=niihari&within=1")

    def count(page: str, label: str) -> int:
        found = re.search(rf"{label} <span class=\"count\">\((\d+)\)</span>", page)
        return int(found.group(1)) if found else 0

    assert total(narrow) < total(wide)
    assert sum(count(narrow, a) for a in ("第一地区", "都和地区", "新治地区")) <= total(narrow)
    assert count(narrow, "第一地区") == 0  # 土浦駅 is far from 新治
    assert count(wide, "第一地区") > 0


def test_a_radius_without_a_place_to_measure_from_is_explained(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=サロン&within=2")
    assert "距離で絞り込むには、基準にする地区か住所を選ぶか、地図で地点を押してください。" in page
    assert total(page) == total(page_of(client, "/search?q=サロン"))


def test_nearest_first_without_a_place_to_measure_from_is_explained(client: FlaskClient) -> None:
    """「近い順」 chosen with no 地区, address or point: the page says what it needs instead of
    showing the usual order under a 近い順 heading; with a place (chosen or typed) it says
    nothing."""
    note = "近い順に並べるには、基準にする地区か住所を選ぶか、地図で地点を押してください。"
    page = page_of(client, "/search?q=サロン&sort=distance")
    assert note in page
    assert total(page) == total(page_of(client, "/search?q=サロン"))
    assert note not in page_of(client, "/search?q=サロン&sort=distance&near=niihari")
    assert note not in page_of(client, "/search?q=土浦駅 サロン&sort=distance")
    assert note not in page_of(client, "/search?q=サロン")
    english = client.get("/search?q=サロン&sort=distance", headers={"Accept-Language": "en"})
    assert "To sort by distance, choose a district" in english.get_data(as_text=True)


@pytest.fixture
def area_without_point(db_session: Session) -> str:
    """An area an admin added with ``add-area`` but without its 公民館's address."""
    vocabulary.save_area(
        db_session, vocabulary.AreaData("mitei", "未定地区"), position=99, actor=LOADER
    )
    db_session.flush()
    return "mitei"


@pytest.mark.parametrize("asked", ["within=2", "sort=distance", "within=2&sort=distance", ""])
def test_an_area_with_no_point_to_measure_from_is_explained(
    client: FlaskClient, area_without_point: str, asked: str
) -> None:
    page = page_of(client, f"/search?q=サロン&near={area_without_point}&{asked}")
    assert "「未定地区」には距離を測る基準の地点（公民館など）が登録されていないため" in page
    assert total(page) == total(page_of(client, "/search?q=サロン"))
    assert "距離で絞り込むには" not in page  # the area was chosen: the page says what is missing
    english = client.get(
        f"/search?q=サロン&near={area_without_point}&{asked}", headers={"Accept-Language": "en"}
    )
    assert "“未定地区” has no point" in english.get_data(as_text=True)


@pytest.mark.parametrize("value", ["abc", "-1", "0", "1000", "nan", "inf"])
def test_a_meaningless_radius_is_ignored(client: FlaskClient, value: str) -> None:
    page = page_of(client, f"/search?q=サロン&near=niihari&within={value}")
    assert total(page) == total(page_of(client, "/search?q=サロン&near=niihari"))


def test_no_result_within_the_radius_offers_to_drop_it(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=サロン&lat=36.3&lon=140.5&within=0.5")
    assert total(page) == 0
    assert "距離の条件を外す" in page
    link = re.search(r'<a href="([^"]+)">距離の条件を外す</a>', page)
    assert link
    assert "within" not in link.group(1)
    assert "lat=36.3" in link.group(1)


def test_a_clicked_point_is_the_origin_and_a_typed_choice_wins_over_it(
    client: FlaskClient,
) -> None:
    clicked = page_of(client, "/search?q=&sort=distance&lat=36.15&lon=140.15")
    assert "地図で選んだ地点から近い順" in clicked
    assert 'name="lat" value="36.15"' in clicked  # kept when the form is sent again
    # The person then picks an area in the form: the hidden point must not override it.
    chosen = page_of(client, "/search?q=&sort=distance&lat=36.15&lon=140.15&near=daiichi")
    assert "地図で選んだ地点" not in chosen
    assert "公民館から近い順" in chosen or "中心から近い順" in chosen


def test_the_results_map_has_every_match_the_origin_and_its_circle(
    client: FlaskClient, db_session: Session
) -> None:
    page = page_of(client, "/search?q=サロン&near=niihari&within=5")
    script_url = re.search(r'<script src="(/search/map\.js\?[^"]+)"', page)
    assert script_url
    script = page_of(client, script_url.group(1).replace("&amp;", "&"))
    ids = all_hit_ids(client, "/search?q=サロン&near=niihari&within=5")
    located = coordinates(db_session, ids)
    assert {point["id"] for point in map_points(script)} == set(located)
    assert "L.markerClusterGroup" in script
    assert "L.circle(" in script
    assert '"radius": 5000' in script
    assert "map-search-here" in script  # clicking the map searches from that point
    assert "cdn" not in script.lower()


def test_the_results_map_shows_only_what_the_audience_may_see(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    hidden = db_session.scalars(
        select(Listing).where(Listing.visibility == Visibility.COORDINATORS)
    ).first()
    assert hidden is not None
    word = hidden.name[:4]
    public = page_of(client, f"/search/map.js?q={word}")
    assert hidden.name not in public
    login_as("coordinator")
    assert hidden.name in page_of(client, f"/search/map.js?q={word}")


def test_the_area_map_lets_a_click_start_a_search_from_that_point(client: FlaskClient) -> None:
    script = page_of(client, "/map.js")
    assert "map-search-here" in script
    assert '"/search?sort=distance"' in script


def test_no_map_when_nothing_matches(client: FlaskClient) -> None:
    page = page_of(client, "/search?q=qzxqzx")  # no word of it occurs anywhere
    assert "/search/map.js" not in page
