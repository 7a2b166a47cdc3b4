"""The area map in Chromium with every request to another host blocked: markers still render."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from directory.browse import Audience, map_pins, pinned
from directory.models import Listing, Location

pytestmark = pytest.mark.browser


def test_the_area_map_draws_clustered_markers_without_the_network(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(f"{live_server}/map")
    expect(page.locator("#map_listings")).to_be_visible()
    clusters = page.locator("#map_listings .marker-cluster")
    expect(clusters.first).to_be_visible()
    expect(page.locator(".leaflet-control-layers")).to_have_count(1)
    expect(page.locator(".map-list li").first).to_be_visible()  # the list is there too
    page.screenshot(path=str(tmp_path / "map.png"), full_page=True)

    # Zoom in until single markers appear, then open one's popup.
    for _ in range(3):
        page.locator("#map_listings .leaflet-control-zoom-in").click()
        page.wait_for_timeout(600)  # let the zoom animation settle
    expect(
        page.locator("#map_listings .leaflet-marker-icon:not(.marker-cluster)").first
    ).to_be_attached()
    # Click a single marker that lies inside the visible map (others are panned off-screen).
    clicked = page.evaluate(
        """() => {
            const box = document.querySelector('#map_listings').getBoundingClientRect();
            const inside = [...document.querySelectorAll(
                '#map_listings .leaflet-marker-icon:not(.marker-cluster)')].find((el) => {
                const r = el.getBoundingClientRect();
                return r.left > box.left && r.right < box.right && r.top > box.top
                    && r.bottom < box.bottom;
            });
            if (inside) { inside.click(); }
            return Boolean(inside);
        }"""
    )
    assert clicked
    popup = page.locator(".leaflet-popup-content")
    expect(popup.locator("a")).to_be_visible()
    page.screenshot(path=str(tmp_path / "map-popup.png"))
    assert page.blocked == []  # type: ignore[attr-defined]


def test_search_results_on_a_map_and_a_click_searches_around_that_point(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(f"{live_server}/search?q=サロン&near=niihari&within=5")
    results_map = page.locator("#map_results")
    expect(results_map).to_be_visible()
    expect(results_map.locator(".leaflet-interactive").first).to_be_attached()  # the circle
    expect(results_map.locator(".leaflet-marker-icon").first).to_be_attached()
    page.screenshot(path=str(tmp_path / "search-map.png"), full_page=True)

    # A click on an empty spot of the map offers to search from there, keeping the words.
    results_map.scroll_into_view_if_needed()
    box = results_map.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 30, box["y"] + box["height"] - 30)
    link = page.locator(".leaflet-popup-content a.map-search-here")
    expect(link).to_have_text("この地点から近い順にさがす")
    # The popup opened near the map's corner, so the map pans to show it (Leaflet's 250 ms
    # animation); a click during the pan can land on the map instead of the moving link.
    page.wait_for_timeout(600)
    link.click()
    # The new results page reads the index and draws its map: on a busy machine, seconds.
    expect(page).to_have_url(re.compile(r"/search\?.*lat=[0-9.]+&lon=[0-9.]+"), timeout=20_000)
    expect(page.get_by_role("status")).to_contain_text("地図で選んだ地点から5km以内、近い順")
    assert "q=%E3%82%B5%E3%83%AD%E3%83%B3" in page.url  # サロン is still asked for
    assert page.blocked == []  # type: ignore[attr-defined]


def test_when_the_markers_cannot_be_loaded_the_map_says_so_and_the_list_stays(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.route(re.compile(r"/map/points\.json"), lambda route: route.fulfill(status=503, body=""))
    page.goto(f"{live_server}/map")
    about = page.locator("#map_listings_about")
    expect(about).to_have_text(
        "地図の印を読み込めませんでした。活動は、下の一覧で住所とともに読めます。"
    )
    expect(page.locator("#map_listings .map-label-area").first).to_be_visible()  # base layer
    expect(page.locator("#map_listings .marker-cluster")).to_have_count(0)
    expect(page.locator(".map-list li").first).to_be_visible()
    page.screenshot(path=str(tmp_path / "map-markers-failed.png"))


def test_a_large_directorys_map_counts_by_square_and_zooms_in_to_the_pins(
    page: Page,
    live_server: str,
    live_app: Flask,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setitem(live_app.config, "MAP_POINTS_AT_ONCE", 20)  # the demo town is "large"
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/map/points.json" in r.url else None)
    page.goto(f"{live_server}/map")
    counts = page.locator("#map_listings .map-cell")
    expect(counts.first).to_be_visible()
    shown = [int(t.replace(",", "")) for t in counts.all_inner_texts()]
    assert sum(shown) >= 20
    assert len(shown) > 1
    pins = page.locator(
        "#map_listings img.leaflet-marker-icon, #map_listings .marker-cluster:not(.map-cell)"
    )  # a listing's marker, or a cluster of them drawn in the browser
    expect(pins).to_have_count(0)
    assert "件（押すと拡大します）" in (counts.first.get_attribute("title") or "")
    # Counts close together are drawn as one: no number covers another.
    boxes = [counts.nth(i).bounding_box() for i in range(counts.count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a is not None
            assert b is not None
            overlap_x = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
            overlap_y = min(a["y"] + a["height"], b["y"] + b["height"]) - max(a["y"], b["y"])
            assert min(overlap_x, overlap_y) <= 12, (a, b)  # at most the corners of two circles
    page.screenshot(path=str(tmp_path / "map-counts.png"))

    # Pressing the largest number zooms in on it, until the map shows pins.
    for _ in range(6):
        if not counts.count():
            break
        largest = max(
            range(counts.count()), key=lambda i: int(counts.nth(i).inner_text().replace(",", ""))
        )
        counts.nth(largest).click()
        page.wait_for_timeout(800)  # the zoom, then the map asks for its new view
    expect(pins.first).to_be_attached()
    zoom = page.evaluate("() => map_listings.getZoom()")
    assert zoom >= 13
    assert all("bbox=" in url and "zoom=" in url for url in asked)
    assert len(asked) >= 2
    assert page.blocked == []  # type: ignore[attr-defined]


def test_a_large_directorys_counts_leave_out_the_kinds_switched_off(
    page: Page,
    live_server: str,
    live_app: Flask,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The layer control switches a kind of activity off: its pins, and its share of each
    count where the map shows counts."""
    monkeypatch.setitem(live_app.config, "MAP_POINTS_AT_ONCE", 20)
    with Session(engine) as session:
        kinds = Counter(pin.category for pin in map_pins(session, Audience.PUBLIC))
    kind, many = kinds.most_common(1)[0]
    page.goto(f"{live_server}/map")
    counts = page.locator("#map_listings .map-cell")
    expect(counts.first).to_be_visible()

    def total() -> int:
        return sum(int(t.replace(",", "")) for t in counts.all_inner_texts())

    assert total() == kinds.total()  # the whole town is in view
    page.locator("#map_listings .leaflet-control-layers").hover()
    switch = page.get_by_role("checkbox", name=kind)
    expect(switch).to_be_checked()
    switch.uncheck()
    expect(counts.first).to_be_visible()
    assert total() == kinds.total() - many
    switch.check()
    assert total() == kinds.total()
    assert page.blocked == []  # type: ignore[attr-defined]


def test_zoomed_in_a_count_opens_the_list_of_those_activities_nearest_first(
    page: Page,
    live_server: str,
    live_app: Flask,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setitem(live_app.config, "MAP_POINTS_AT_ONCE", 2)  # counts even up close
    page.goto(f"{live_server}/map")
    counts = page.locator("#map_listings .map-cell")
    expect(counts.first).to_be_visible()
    # Up close, at the place the most public activities share (listings placed by their
    # 町丁目 share its point): no zoom spreads them.
    with engine.connect() as conn:
        lat, lon = conn.execute(
            select(Location.lat, Location.lon)
            .join(Listing, Listing.id == Location.listing_id)
            .where(pinned(Audience.PUBLIC))
            .group_by(Location.lat, Location.lon)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    page.evaluate(f"() => map_listings.setView([{lat}, {lon}], 17, {{animate: false}})")
    expect(counts.first).to_have_attribute("title", re.compile("押すと近い順の一覧を開きます"))
    largest = max(
        range(counts.count()), key=lambda i: int(counts.nth(i).inner_text().replace(",", ""))
    )
    shown = int(counts.nth(largest).inner_text().replace(",", ""))
    assert shown > 2
    page.screenshot(path=str(tmp_path / "map-counts-close.png"))
    counts.nth(largest).click()
    expect(page).to_have_url(
        re.compile(r"/search\?sort=distance&lat=[0-9.]+&lon=[0-9.]+&within=[0-9.]+")
    )
    expect(page.get_by_role("status")).to_contain_text("地図で選んだ地点から")
    found = int(page.locator(".result-count strong").inner_text().replace(",", ""))
    assert found >= shown  # every activity counted there is in the list
    assert page.blocked == []  # type: ignore[attr-defined]


def test_a_large_directorys_map_waits_while_a_popup_is_read(
    page: Page, live_server: str, live_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving the map asks for its new view, but not while a popup is open (redrawing the
    markers would close it); closing it catches up."""
    monkeypatch.setitem(live_app.config, "MAP_POINTS_AT_ONCE", 20)
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/map/points.json" in r.url else None)
    page.goto(f"{live_server}/map")
    expect(page.locator("#map_listings .map-cell").first).to_be_visible()
    results_map = page.locator("#map_listings")
    results_map.scroll_into_view_if_needed()
    box = results_map.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 30, box["y"] + box["height"] - 30)  # an empty spot
    popup = page.locator(".leaflet-popup-content a.map-search-here")
    expect(popup).to_be_visible()
    page.wait_for_timeout(600)  # the popup's own pan, if any
    before = len(asked)
    page.evaluate("() => map_listings.panBy([900, 0], {animate: false})")
    page.wait_for_timeout(800)
    assert len(asked) == before
    expect(popup).to_be_visible()
    page.evaluate("() => map_listings.closePopup()")  # panned out of sight with the map
    for _ in range(20):
        if len(asked) > before:
            break
        page.wait_for_timeout(100)
    assert len(asked) == before + 1  # the view it was moved to, once


def test_the_area_maps_pins_leave_each_other_and_the_place_names_readable(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    """Pins of different kinds at one 公民館 were drawn on top of each other (each kind was
    clustered apart), and pins and counts covered 「第一地区」 or 「土浦駅」: the kinds are now
    clustered together and the names are drawn over the pins (they take no clicks)."""
    page.goto(f"{live_server}/map")
    expect(page.locator("#map_listings .marker-cluster").first).to_be_visible()
    for zoom in range(4):
        page.wait_for_timeout(700)  # let the zoom animation and the clustering settle
        overlaps = page.evaluate(
            """() => {
                const marks = [...document.querySelectorAll(
                    '#map_listings .leaflet-marker-pane .leaflet-marker-icon')]
                    .map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
                const found = [];
                marks.forEach((a, i) => marks.slice(i + 1).forEach((b) => {
                    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    const smaller = Math.min(a.width * a.height, b.width * b.height);
                    if (w > 0 && h > 0 && w * h > smaller / 2) { found.push([a.x, a.y, b.x, b.y]); }
                }));
                return found;
            }"""
        )
        page.screenshot(path=str(tmp_path / f"map-zoom-{zoom}.png"))
        assert overlaps == [], f"at zoom step {zoom}, pins cover each other: {overlaps[:3]}"
        page.locator("#map_listings .leaflet-control-zoom-in").click()
    above = page.evaluate(
        """() => {
            const z = (name) => Number(getComputedStyle(
                document.querySelector('#map_listings .leaflet-' + name + '-pane')).zIndex);
            return [z('basemap-labels'), z('marker'), z('tooltip'), z('popup')];
        }"""
    )
    labels, markers, tooltips, popups = above
    assert markers < labels < tooltips < popups, above
    label = page.locator("#map_listings .map-label-area").first
    assert label.evaluate("(el) => getComputedStyle(el).pointerEvents") == "none"
