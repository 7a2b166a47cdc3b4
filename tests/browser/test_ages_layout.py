"""A place's 対象年齢 on the search cards and the map's list, on a 375 px phone in each language:
said in words after its label, and no page scrolls sideways for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory.search import lifecycle
from tests.browser.conftest import journey_scene

pytestmark = pytest.mark.browser

NAME = "さくら通り子育てひろば（親子のふれあい遊びと育児相談）"
# The longest wording each language gives a range: a child's ages with the adults bringing one.
SAID = {
    "ja": ("対象年齢", "0〜3歳とその保護者"),
    "en": ("Ages", "0–3 years, with their parents"),
    "vi": ("Độ tuổi", "từ 0 đến 3 tuổi, cùng phụ huynh"),
    "ja@easy": ("なんさいの 人のため", "0さい から 3さい まで（おうちの 人も いっしょに）"),
}


def test_a_phone_reads_whom_a_place_is_for_on_its_card_and_in_the_maps_list(
    browser: Browser, live_server: str, engine: Engine, search_index_dir: Path, tmp_path: Path
) -> None:
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="ja-JP", timezone_id="Asia/Tokyo",
    )  # fmt: skip
    page = context.new_page()
    with journey_scene(
        engine, search_index_dir, "ages", name=NAME, categories=("kosodate",),
        targets=("parents",), age_min=0, age_max=3, age_with_adults=True,
    ) as scene:  # fmt: skip
        with Session(engine) as session:  # findable as an approved listing is
            lifecycle.sync(session, search_index_dir, {scene.listing_id})
        for language, (label, ages) in SAID.items():
            for name, path, where in (
                ("search", "/search?q=さくら通り子育てひろば", f'.search-hit:has(a[href="/listings/{scene.listing_id}"]) .card-ages'),
                ("map", "/map", f'li:has(> a[href="/listings/{scene.listing_id}"]) .map-list-ages'),
            ):  # fmt: skip
                separator = "&" if "?" in path else "?"
                page.goto(f"{live_server}{path}{separator}lang={language}")
                page.wait_for_load_state()
                said = page.locator(where)
                said.scroll_into_view_if_needed()
                page.screenshot(path=str(tmp_path / f"375-{name}-{language}.png"))
                text = " ".join(said.inner_text().split())
                assert ages in text, (language, name, text)
                if name == "search":  # the card's label is its <dt>
                    dt = page.locator(f"{where.removesuffix(' .card-ages')} dt").last
                    assert dt.inner_text().strip() == label
                else:
                    assert text.startswith(label), (language, text)
                box = said.bounding_box()
                assert box is not None
                assert box["x"] >= 0, (language, name, box)
                assert box["x"] + box["width"] <= 375, (language, name, box)
                width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
                assert width[0] <= width[1], f"{path} ({language}) scrolls sideways: {width}"
    context.close()
