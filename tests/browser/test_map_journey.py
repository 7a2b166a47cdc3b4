"""The area map in Chromium with every request to another host blocked: markers still render."""

from __future__ import annotations

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
