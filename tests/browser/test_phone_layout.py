"""Residents' pages on small phones (320, 360 and 390 px), in Japanese, やさしい日本語 and
Vietnamese: the header's menu keeps to one row, a pin's popup fits its map, and nothing scrolls
sideways."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

PHONES = (320, 360, 390)

# The header's height, its menu links' rows, and how far the page scrolls sideways.
HEADER = """() => {
    const links = [...document.querySelectorAll('.site-header nav:not(.account-nav) .nav a')];
    return {
        height: document.querySelector('.site-header').getBoundingClientRect().height,
        rows: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
        narrowest: Math.min(...links.map((a) => a.getBoundingClientRect().width)),
        sideways: document.documentElement.scrollWidth - window.innerWidth,
        past_screen: Math.max(...[...document.querySelectorAll('.site-header *')]
            .map((el) => el.getBoundingClientRect().right)) - window.innerWidth,
    };
}"""

# Open the popup of the marker with the longest name, zoomed in as far as it takes to show
# it on its own; answer that name once the map has panned the popup into view. Tried again
# while the clusters are still being built (markers are added in chunks) or redrawn.
OPEN_LONGEST = """(name) => new Promise((done) => {
    const map = window[name];
    const attempt = (left) => {
        let group = null;
        map.eachLayer((layer) => { if (layer.zoomToShowLayer) { group = layer; } });
        const marker = group.getLayers().filter((m) => m.getPopup && m.getPopup())
            .sort((a, b) => b.options.alt.length - a.options.alt.length)[0];
        group.zoomToShowLayer(marker, () => setTimeout(() => {
            marker.openPopup();
            setTimeout(() => {  // autoPan's animation
                if (marker.isPopupOpen() || !left) { done(marker.options.alt); }
                else { attempt(left - 1); }
            }, 800);
        }, 300));
    };
    attempt(5);
})"""


# Where the open popup is, against its map, the screen and the map's buttons; and on how many
# lines each of some words of its name is drawn.
POPUP = """(words) => {
    const popup = document.querySelector('.leaflet-popup');
    const map = popup.closest('.leaflet-container');
    const box = (el) => el.getBoundingClientRect();
    const link = popup.querySelector('.map-popup-title a');
    const lines = (word) => {
        const at = link.textContent.indexOf(word);
        if (at < 0) { return 0; }
        const range = document.createRange();
        range.setStart(link.firstChild, at);
        range.setEnd(link.firstChild, at + word.length);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const buttons = [...map.querySelectorAll('.leaflet-control-zoom, .leaflet-control-layers')]
        .map(box);
    const p = box(popup.querySelector('.leaflet-popup-content-wrapper'));
    const where = popup.querySelector('.map-popup-where');
    return {
        where: where && [where.textContent, box(where).left >= p.left, box(where).right <= p.right],
        popup: [p.left, p.right], map: [box(map).left, box(map).right], screen: window.innerWidth,
        under_buttons: buttons.some((b) => b.left < p.right && p.left < b.right
            && b.top < p.bottom && p.top < b.bottom),
        words: Object.fromEntries(words.map((w) => [w, lines(w)])),
        times: [...popup.querySelectorAll('.map-popup-schedule .keep')].map((k) => [
            k.textContent, new Set([...k.getClientRects()].map((r) => Math.round(r.top))).size]),
        sideways: document.documentElement.scrollWidth - window.innerWidth,
    };
}"""


@pytest.mark.parametrize("lang", ["ja", "easy", "vi"])
def test_the_header_menu_keeps_to_one_row_on_a_phone(
    page: Page, live_server: str, lang: str, tmp_path: Path
) -> None:
    """In Vietnamese 「Bản đồ」 went to a second row at 320–390 px and the header took
    270–310 px of the first screen; Japanese's took 225. In やさしい日本語 「ちず」 went to a
    second row and the language switch under the town's name: 306–310 px. With large text
    (150 %, 200 %) the menu may wrap, whole links a row, but nothing of the header may go past
    the screen's edge."""
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 740})
        page.goto(f"{live_server}/?lang={lang}")
        header = page.evaluate(HEADER)
        page.screenshot(path=str(tmp_path / f"header-{lang}-{width}.png"))
        assert header["rows"] == 1, (width, header)
        assert header["height"] <= 240, (width, header)
        assert header["narrowest"] >= 44, (width, header)  # still a finger's target
        assert header["sideways"] == 0, (width, header)
        for text_size in ("150%", "200%"):
            page.evaluate("(size) => { document.documentElement.style.fontSize = size; }",
                          text_size)  # fmt: skip
            header = page.evaluate(HEADER)
            page.screenshot(path=str(tmp_path / f"header-{lang}-{width}-{text_size}.png"))
            assert header["past_screen"] <= 0, (width, text_size, header)
    assert page.blocked == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ja", "vi"])
def test_a_pins_popup_fits_a_phones_map_with_its_words_and_times_whole(
    page: Page, live_server: str, lang: str, tmp_path: Path
) -> None:
    """At 320 px the popup of 「子ども食堂ひまわり 調理・配膳ボランティア」 was 307 px wide in a
    296 px map, past the screen's edge, with 「ボランティ」 above 「ア」 and under the map's
    buttons. It did not say where: now its 地区 and place, as its card does, inside it."""
    for width in PHONES:
        page.set_viewport_size({"width": width, "height": 740})
        page.goto(f"{live_server}/map?lang={lang}")
        expect(page.locator("#map_listings .marker-cluster").first).to_be_visible()
        name = page.evaluate(OPEN_LONGEST, "map_listings")
        assert name == "子ども食堂ひまわり 調理・配膳ボランティア"
        expect(page.locator(".leaflet-popup-content a")).to_have_text(name)
        popup = page.evaluate(POPUP, ["子ども食堂", "ひまわり", "ボランティア"])
        page.locator("#map_listings").screenshot(path=str(tmp_path / f"popup-{lang}-{width}.png"))
        left, right = popup["popup"]
        assert popup["map"][0] <= left, (width, popup)
        assert right <= popup["map"][1], (width, popup)
        assert right <= popup["screen"], (width, popup)
        assert not popup["under_buttons"], (width, popup)
        assert popup["words"] == {"子ども食堂": 1, "ひまわり": 1, "ボランティア": 1}, (width, popup)
        assert popup["times"] == [["第2・第4土曜日", 1], ["15:00〜19:00", 1]], (width, popup)
        assert popup["where"] == ["第六地区・北荒川沖町 公民館 調理室", True, True], (width, popup)
        assert popup["sideways"] == 0, (width, popup)
    assert page.blocked == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["ja", "vi"])
def test_a_pins_popup_on_the_search_map_fits_a_320_px_phone(
    page: Page, live_server: str, lang: str, tmp_path: Path
) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server}/search?q=サロン&near=niihari&within=5&lang={lang}")
    results = page.locator("#map_results")
    expect(results.locator(".leaflet-marker-icon").first).to_be_attached()
    results.scroll_into_view_if_needed()
    name = page.evaluate(OPEN_LONGEST, "map_results")
    expect(page.locator(".leaflet-popup-content a")).to_have_text(name)
    popup = page.evaluate(POPUP, [])
    results.screenshot(path=str(tmp_path / f"search-popup-{lang}.png"))
    assert popup["map"][0] <= popup["popup"][0], popup
    assert popup["popup"][1] <= popup["map"][1], popup
    assert not popup["under_buttons"], popup
    assert popup["times"], popup
    assert all(lines == 1 for _, lines in popup["times"]), popup
    assert popup["where"], popup  # 地区・場所, as its card says it
    assert popup["where"][1:] == [True, True], popup  # inside the popup
    assert popup["sideways"] == 0, popup
    assert page.blocked == []  # type: ignore[attr-defined]


# How far the page scrolls sideways, and the widest name's ruby against the screen.
SIDEWAYS = """() => ({
    sideways: document.documentElement.scrollWidth - window.innerWidth,
    past_screen: [...document.querySelectorAll('ruby')]
        .filter((r) => r.getBoundingClientRect().right > window.innerWidth)
        .map((r) => [r.textContent, Math.round(r.getBoundingClientRect().right - window.innerWidth),
            r.parentElement.className || r.parentElement.tagName]),
})"""


@pytest.mark.parametrize(
    ("path", "read"),
    [
        ("/", True),
        ("/listings", True),
        ("/search?q=%E3%82%B5%E3%83%AD%E3%83%B3", True),
        ("/map", True),
    ],
)  # the home page, the list of activities, a search (サロン) and the map's list read their names
def test_names_with_furigana_wrap_on_a_phone_with_large_text(
    page: Page, live_server: str, path: str, read: bool, tmp_path: Path
) -> None:
    """In やさしい日本語 at 320 px the home page scrolled sideways by 65 px at 150 % text and
    194 px at 200 %: each name with its reading was one <ruby>, which Chromium never breaks,
    so 「城北町集会所のお茶会」 over 「じょうほくちょうしゅうかいじょのおちゃかい」 ran past the
    screen's edge. Names now break between their words, each word over its own reading."""
    page.set_viewport_size({"width": 320, "height": 740})
    separator = "&" if "?" in path else "?"
    page.goto(f"{live_server}{path}{separator}lang=ja@easy")
    assert (page.locator("ruby rt").count() > 0) == read
    seen = {}
    for text_size in ("100%", "150%", "200%"):
        page.evaluate("(size) => { document.documentElement.style.fontSize = size; }", text_size)
        seen[text_size] = page.evaluate(SIDEWAYS)
        page.screenshot(path=str(tmp_path / f"ruby-{text_size}.png"), full_page=True)
    assert all(s["sideways"] == 0 for s in seen.values()), (path, seen)
    assert page.blocked == []  # type: ignore[attr-defined]
