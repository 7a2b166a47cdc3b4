"""The area map in Chromium with every request to another host blocked: markers still render."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

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
    page.route("**/map/points.json", lambda route: route.fulfill(status=503, body=""))
    page.goto(f"{live_server}/map")
    about = page.locator("#map_listings_about")
    expect(about).to_have_text(
        "地図の印を読み込めませんでした。活動は、下の一覧で住所とともに読めます。"
    )
    expect(page.locator("#map_listings .map-label-area").first).to_be_visible()  # base layer
    expect(page.locator("#map_listings .marker-cluster")).to_have_count(0)
    expect(page.locator(".map-list li").first).to_be_visible()
    page.screenshot(path=str(tmp_path / "map-markers-failed.png"))
