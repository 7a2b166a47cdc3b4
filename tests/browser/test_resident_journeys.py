"""Residents on a phone (390×844) in Chromium: accessibility (axe-core), keyboard-only journeys,
tap targets, the language switch, the offline map and the map without JavaScript, and a report.

axe-core comes with the PyPI package axe-playwright-python (no network). Every page is checked
against WCAG 2.0/2.1/2.2 A and AA; the tests fail on any serious or critical violation and
print all of them. Screenshots go into each test's tmp dir (CI may archive it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingReport
from tests.browser.conftest import log_in, staff_account

pytestmark = pytest.mark.browser

WCAG = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
}
OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会
PIN = re.compile(r'class="[^"]*(leaflet-marker-icon|marker-cluster)')
# What a thumb taps: each must be at least 44×44 CSS px tall (WCAG 2.5.5's size).
TAP_TARGETS = (
    ".nav a, .header-search input, .header-search button, .lang-switch summary, .tiles a, "
    ".filter-toggle, .button, .pager a, .card-title a, .map-list a, .maps-links a, "
    ".text-action, .breadcrumb a, .choices label, .soon a, select, .search-row input"
)


def ids(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        listing = session.scalars(select(Listing).where(Listing.source_key == OCHAKAI)).one()
        return listing.id, listing.organization_id


def serious(page: Page) -> list[str]:
    """axe-core's serious and critical WCAG A/AA violations on the page, as readable lines.

    Map pins are left out of the target-size rule only: crowded pins are unavoidable on a
    map, and WCAG 2.5.8 exempts a target whose function another control on the page offers
    at full size: here, the list beside every map (each place's link). Every other rule
    checks the pins too."""
    found = []
    for violation in Axe().run(page, options=WCAG).response["violations"]:
        nodes = violation["nodes"]
        if violation["id"] == "target-size":
            nodes = [n for n in nodes if not PIN.search(n["html"])]
        if nodes and violation["impact"] in {"serious", "critical"}:
            targets = "; ".join(", ".join(node["target"]) for node in nodes[:5])
            found.append(f"{page.url}: {violation['id']} ({violation['impact']}) → {targets}")
    return found


def focus_is_visible(page: Page) -> bool:
    return bool(
        page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) { return false; }
                const style = getComputedStyle(el);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
                    || style.boxShadow !== 'none';
            }"""
        )
    )


def tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focused element matches ``selector``; each stop must show focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            assert focus_is_visible(page), f"focus on {selector} is not visible"
            return
    raise AssertionError(f"Tab never reached {selector}")


def small_targets(page: Page) -> list[str]:
    return list(
        page.evaluate(
            """(selector) => [...document.querySelectorAll(selector)]
                .filter((el) => el.offsetParent !== null)
                .map((el) => [el, el.getBoundingClientRect()])
                .filter(([el, r]) => r.height < 44 || r.width < 44)
                .map(([el, r]) => `${el.tagName}.${el.className} "${el.textContent.trim()
                    .slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`)""",
            TAP_TARGETS,
        )
    )


@pytest.fixture
def coordinator_email(engine: Engine, search_index_dir: Path) -> Iterator[str]:
    with staff_account(engine, search_index_dir, "axe-coord@example.jp", "社協 確認") as email:
        yield email


def test_public_pages_have_no_serious_accessibility_violations_in_any_language(
    browser: Browser, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    listing_id, organization_id = ids(engine)
    paths = [
        "/",
        "/listings?category=kodomo_shokudo",
        f"/listings/{listing_id}",
        "/search?q=サロン",
        "/search?q=%20%20",
        "/map",
        f"/organizations/{organization_id}",
        f"/listings/{listing_id}/report",
        "/opendata/",
        "/listings/987654",
    ]
    found: list[str] = []
    # Every page in Japanese; the pages a reader of English or Vietnamese meets first in those.
    for locale, pages in (("ja-JP", paths), ("en-US", paths[:3]), ("vi-VN", paths[:3])):
        context = browser.new_context(viewport={"width": 390, "height": 844}, locale=locale)
        page = context.new_page()
        for number, path in enumerate(pages):
            page.goto(live_server + path)
            if locale != "ja-JP":
                expect(page.locator("html")).to_have_attribute("lang", locale[:2])
            found += serious(page)
            page.screenshot(path=str(tmp_path / f"{locale}-{number}.png"))
        context.close()
    assert found == [], "\n".join(found)


def test_coordinator_pages_have_no_serious_accessibility_violations(
    page: Page, live_server: str, coordinator_email: str, tmp_path: Path
) -> None:
    log_in(page, live_server, coordinator_email)
    found: list[str] = []
    for number, path in enumerate(
        ["/coord/", "/coord/reviews", "/coord/cases", "/coord/landmarks/"]
    ):
        page.goto(live_server + path)
        found += serious(page)
        page.screenshot(path=str(tmp_path / f"coord-{number}.png"))
    assert found == [], "\n".join(found)


def test_keyboard_only_search_then_open_a_listing(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "本文へ移動"
    assert focus_is_visible(page)
    tab_to(page, "#header-q")
    page.keyboard.type("サロン")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))
    page.wait_for_load_state()  # the results map's scripts, before leaving the page
    tab_to(page, ".search-hit .card-title a")
    name = page.evaluate("document.activeElement.textContent")
    page.screenshot(path=str(tmp_path / "keyboard-search.png"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/listings/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    page.wait_for_load_state()
    assert page.blocked == []  # type: ignore[attr-defined]


def test_keyboard_only_skips_the_map_and_opens_a_place_from_its_list(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/map")
    tab_to(page, ".skip-map a")
    page.keyboard.press("Enter")
    expect(page.locator("#map-list-h")).to_be_focused()
    tab_to(page, ".map-list-name", limit=3)
    name = page.evaluate("document.activeElement.textContent")
    page.screenshot(path=str(tmp_path / "keyboard-map-list.png"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    page.wait_for_load_state()  # a listing page loads its map: let it finish


def test_a_phone_shows_results_first_with_big_enough_tap_targets(
    page: Page, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    assert small_targets(page) == []
    page.get_by_role("link", name=re.compile("こども食堂")).first.click()
    expect(page).to_have_url(re.compile(r"category=kodomo_shokudo"))
    page.wait_for_load_state()
    first = page.locator("article.card").first.bounding_box()
    assert first is not None
    assert first["y"] < 844  # the first result is on the first screen
    expect(page.locator(".filter-count")).to_have_text("1件を選択中")
    assert small_targets(page) == []
    page.screenshot(path=str(tmp_path / "phone-results.png"))

    listing_id, _ = ids(engine)
    page.goto(f"{live_server}/listings/{listing_id}")
    for selector in (".next-first", ".button-call", "#map_listing"):
        box = page.locator(selector).bounding_box()
        assert box is not None
        assert box["y"] < 844 * 2, selector  # within two screens, before the long text
    assert page.locator(".next-first").bounding_box()["y"] < 844  # type: ignore[index]
    assert small_targets(page) == []
    page.screenshot(path=str(tmp_path / "phone-listing.png"), full_page=True)
    page.goto(f"{live_server}/search?q=サロン")
    expect(page.locator("input[name=q]")).to_have_count(1)
    assert small_targets(page) == []
    # The results map says where its places are written out: above it, where the results are.
    expect(page.locator("#map_results_about")).to_have_text(
        "地図の内容は、上の検索結果の一覧でも読めます。"
    )
    hits, results_map = (page.locator(s).bounding_box() for s in (".search-hits", "#map_results"))
    assert hits is not None
    assert results_map is not None
    assert hits["y"] < results_map["y"]


def test_the_language_switch_is_remembered(page: Page, live_server: str, tmp_path: Path) -> None:
    page.goto(live_server + "/listings")
    page.get_by_text("Language・ことば").click()
    page.get_by_role("button", name="Tiếng Việt").click()
    expect(page).to_have_url(re.compile(r"/listings$"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tìm hoạt động")
    page.goto(live_server + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Hãy tìm nơi bạn có thể tham gia trong cộng đồng."
    )
    page.get_by_text("Language・ことば").click()
    page.get_by_role("button", name="やさしい にほんご").click()
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator("ruby").first).to_be_visible()  # ふりがな on area names
    page.screenshot(path=str(tmp_path / "easy-japanese.png"), full_page=True)
    # Remembered by the choice's own cookie: reading and choosing made no session to track.
    cookies = {c["name"] for c in page.context.cookies()}
    assert "lang" in cookies
    assert "session" not in cookies


def test_the_offline_map_names_areas_stations_and_towns(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/map")
    labels = page.locator("#map_listings .map-label-area")
    expect(labels).to_have_count(8)
    stations = page.locator("#map_listings .map-label-station")
    expect(stations.filter(has_text="荒川沖駅")).to_have_count(1)
    expect(stations.filter(has_text="神立駅")).to_have_count(1)
    expect(page.locator("#map_listings .map-label-town")).to_have_count(0)  # too far out
    page.locator("#map_listings").screenshot(path=str(tmp_path / "offline-map.png"))
    page.evaluate("map_listings.setView([36.030552, 140.16592], 15, {animate: false})")  # 荒川沖駅
    towns = page.locator("#map_listings .map-label-town")
    expect(towns.filter(has_text="荒川沖東二丁目")).to_have_count(1)
    page.screenshot(path=str(tmp_path / "offline-map-zoomed.png"))
    assert page.blocked == []  # type: ignore[attr-defined]


def test_zooming_in_as_the_map_opens_is_kept(page: Page, live_server: str) -> None:
    """The map opens on its listings without an animation: a zoom still running when the
    visitor zoomed in used to end by putting the map back to the whole town (seen in CI)."""
    zooms = []
    for _ in range(3):  # the first visit is slow enough to hide it; later ones are not
        page.goto(live_server + "/map")
        page.evaluate("map_listings.setView([36.030552, 140.16592], 15, {animate: false})")
        page.wait_for_timeout(600)  # longer than Leaflet's 250 ms zoom animation
        zooms.append(page.evaluate("map_listings.getZoom()"))
    assert zooms == [15, 15, 15]
    expect(
        page.locator("#map_listings .map-label-town").filter(has_text="荒川沖東二丁目")
    ).to_have_count(1)


def test_without_javascript_the_map_is_a_list_with_maps_app_links(
    browser: Browser, live_server: str, tmp_path: Path
) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="ja-JP", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_server + "/map")
    expect(page.locator("#map_listings")).to_be_hidden()
    expect(page.get_by_text("JavaScript が使えないため、地図は表示していません")).to_be_visible()
    first = page.locator(".map-list li").first
    expect(first.locator(".map-list-address")).to_contain_text("茨城県土浦市")
    href = first.get_by_role("link", name="地図アプリで開く").get_attribute("href")
    assert href is not None
    assert href.startswith("geo:")
    page.screenshot(path=str(tmp_path / "map-without-js.png"))
    context.close()


def test_a_resident_reports_a_closed_place_from_a_phone(
    page: Page, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    listing_id, _ = ids(engine)
    try:
        page.goto(f"{live_server}/listings/{listing_id}")
        page.get_by_role("link", name="情報が違う・閉まっていた").click()
        page.get_by_label("閉まっていた・やっていなかった").check()
        page.get_by_label("くわしく（書かなくてもかまいません）").fill(
            "水曜の午後に閉まっていました"
        )
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        page.get_by_role("button", name="送信する").click()
        expect(page).to_have_url(re.compile(rf"/listings/{listing_id}$"))
        expect(page.get_by_role("status")).to_contain_text("お知らせありがとうございます")
        page.wait_for_load_state()
        with Session(engine) as session:
            stored = session.scalars(
                select(ListingReport).where(ListingReport.listing_id == listing_id)
            ).one()
            assert stored.note == "水曜の午後に閉まっていました"
    finally:
        with Session(engine) as session:
            session.execute(delete(ListingReport).where(ListingReport.listing_id == listing_id))
            session.commit()


def lines(page: Page, selector: str) -> int:
    """How many lines the text of the first ``selector`` takes on screen."""
    return int(
        page.evaluate(
            """(s) => {
                const range = document.createRange();
                range.selectNodeContents(document.querySelector(s));
                return new Set([...range.getClientRects()].filter((r) => r.width > 0)
                    .map((r) => Math.round(r.bottom))).size;
            }""",
            selector,
        )
    )


def test_the_narrowest_phone_keeps_a_listing_readable(
    browser: Browser, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    """A 320 px phone (iPhone SE 1st gen, small Android): nothing scrolls sideways, the phone
    number on 「電話する」 is never split (「029-800-」 / 「1017」), 「どなたでも、高齢者」 is not
    broken after two characters, and no 「・」 is left alone when the maps links wrap."""
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="ja-JP", timezone_id="Asia/Tokyo",
    )  # fmt: skip
    page = context.new_page()
    listing_id, organization_id = ids(engine)
    for number, path in enumerate(
        ["/", "/search?q=こども食堂", f"/listings/{listing_id}", f"/organizations/{organization_id}",
         "/listings", "/map", "/listings/987654"]
    ):  # fmt: skip
        page.goto(live_server + path)
        page.wait_for_load_state()
        width = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
        assert width[0] <= width[1], f"{path} scrolls sideways at 320 px: {width}"
        page.screenshot(path=str(tmp_path / f"narrow-{number}.png"))

    page.goto(f"{live_server}/listings/{listing_id}")
    assert lines(page, ".phone-number") == 1
    assert page.locator(".facts dd").first.inner_text() == "どなたでも、高齢者"
    assert lines(page, ".facts dd") == 1
    first, second = (page.locator(".maps-links a").nth(i).bounding_box() for i in (0, 1))
    assert first is not None
    assert second is not None
    if second["y"] > first["y"]:  # the second link went under the first
        assert "・" not in page.locator(".maps-links").inner_text()
    page.locator(".key-facts").screenshot(path=str(tmp_path / "narrow-call.png"))

    # 「情報が違う（日時・場所・電話番号など）」 takes two lines here: its round button keeps
    # the size of the others instead of being squeezed.
    page.goto(f"{live_server}/listings/{listing_id}/report")
    widths = page.evaluate(
        "[...document.querySelectorAll('.radio-list input')]"
        ".map((e) => Math.round(e.getBoundingClientRect().width))"
    )
    assert len(widths) == 3
    assert len(set(widths)) == 1, widths
    page.locator(".radio-list").screenshot(path=str(tmp_path / "narrow-report.png"))
    context.close()


def test_the_header_leaves_room_on_a_360_px_phone(
    browser: Browser, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    """At 360 px (the commonest Android width) the menu's four links share one row and the
    language switch sits beside the name: 「地図」 alone on a second row and the switch on its
    own made the header 310 of the first screen's 740 px."""
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="ja-JP", timezone_id="Asia/Tokyo",
    )  # fmt: skip
    page = context.new_page()
    listing_id, _ = ids(engine)
    for path in ("/", f"/listings/{listing_id}", "/map"):
        page.goto(live_server + path)
        tops = page.evaluate(
            "[...document.querySelectorAll('.site-header nav:not(.account-nav) a')]"
            ".map((a) => Math.round(a.getBoundingClientRect().top))"
        )
        assert len(tops) == 4
        assert len(set(tops)) == 1, f"{path}: the menu wraps at 360 px ({tops})"
        brand, switch = (page.locator(s).bounding_box() for s in (".brand", ".lang-switch"))
        assert brand is not None
        assert switch is not None
        assert switch["y"] < brand["y"] + brand["height"], f"{path}: the switch has its own row"
        width = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
        assert width[0] <= width[1], f"{path} scrolls sideways at 360 px: {width}"
    page.goto(f"{live_server}/listings/{listing_id}")
    box = page.locator(".button-call").bounding_box()
    assert box is not None
    assert box["y"] + box["height"] <= 740  # 電話する on the first screen
    page.screenshot(path=str(tmp_path / "header-360.png"))
    context.close()
