"""A resident on a phone: home → こども食堂 in an area → a listing → its next date."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory import browse
from directory.browse import Audience
from directory.schedules import format_occurrence
from tests.browser.conftest import journey_scene

pytestmark = pytest.mark.browser


def test_resident_finds_a_childrens_cafeteria_in_their_area_and_its_next_date(
    page: Page, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("地域で参加できる場所")

    page.get_by_role("link", name="活動をさがす").first.click()
    expect(page).to_have_url(re.compile(r"/listings$"))
    page.get_by_text("条件で絞り込む").click()
    page.get_by_label("こども食堂").check()
    page.get_by_label("第六地区").check()
    page.get_by_role("button", name="この条件でさがす").click()

    expect(page).to_have_url(re.compile(r"category=kodomo_shokudo"))
    expect(page.get_by_role("status")).to_contain_text("件の活動が見つかりました")
    # Pick a result that says when it next meets, as a resident would.
    card = page.locator("article.card", has=page.locator(".next-date")).first
    next_on_card = card.locator(".next-date").inner_text()
    card.get_by_role("link").click()

    expect(page).to_have_url(re.compile(r"/listings/\d+$"))
    listing_id = int(page.url.rsplit("/", 1)[1])
    with Session(engine) as session:
        listing = browse.get_listing(session, listing_id, Audience.PUBLIC)
        assert "kodomo_shokudo" in [c.code for c in listing.categories]
        assert listing.area is not None
        assert listing.area.code == "dairoku"
        today = datetime.now(ZoneInfo("Asia/Tokyo")).date()
        expected = [format_occurrence(o) for o in browse.upcoming(listing, today, 3)]

    expect(page.get_by_role("heading", name="日時")).to_be_visible()
    assert expected, "the card promised a next date"
    expect(page.locator(".next-dates li").first).to_have_text(expected[0])
    assert next_on_card == expected[0]
    expect(page.get_by_text("情報確認日")).to_be_visible()
    page.screenshot(path=str(tmp_path / "listing.png"), full_page=True)
    assert (tmp_path / "listing.png").stat().st_size > 10_000
    assert page.blocked == []  # type: ignore[attr-defined]


def test_wrong_listing_id_shows_a_friendly_page_in_the_browser(
    page: Page, live_server: str
) -> None:
    response = page.goto(live_server + "/listings/987654")
    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("ページが見つかりません")
    expect(page.get_by_role("link", name="活動をさがす").last).to_be_visible()


LONG_SCHEDULE = (
    "毎週月曜日10:00〜12:00・13:30〜15:30／第2・第4土曜日9:30〜11:30"
    "（祝日・年末年始12月28日〜1月4日は休み）"
)


def test_a_320_px_phone_reads_every_public_page_without_scrolling_sideways(
    browser: Browser, live_server: str, engine: Engine, search_index_dir: Path, tmp_path: Path
) -> None:
    """The narrowest phones still sold (320 px): the header keeps to four short rows (it took
    310 of the first screen's 640 px: the name, the language switch and 「地図」 each had a row),
    no page scrolls sideways, a schedule's 「10:00〜12:00」 is never split across lines, and a
    link typed with 全角 digits and free=1 is read without a note."""
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="ja-JP", timezone_id="Asia/Tokyo",
    )  # fmt: skip
    page = context.new_page()
    with journey_scene(
        engine, search_index_dir, "narrow", name="城北ふれあい・いきいきサロン（健康体操と茶話会）",
        schedule_text=LONG_SCHEDULE,
    ) as scene:  # fmt: skip
        pages = {
            "home": "/",
            "search": "/search?q=サロン",
            "typed": "/search?free=1&near=daiichi&within=３&page=１",
            "listings": "/listings?weekday=０",
            "listing": f"/listings/{scene.listing_id}",
            "map": "/map",
        }
        for name, path in pages.items():
            page.goto(live_server + path)
            page.wait_for_load_state()
            page.screenshot(path=str(tmp_path / f"320-{name}.png"))
            width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            assert width[0] <= width[1], f"{path} scrolls sideways at 320 px: {width}"
            header = page.locator(".site-header").bounding_box()
            assert header is not None
            assert header["height"] <= 240, f"{path}: the header is {header['height']} px"
            brand, switch = (page.locator(s).bounding_box() for s in (".brand", ".lang-switch"))
            assert brand is not None
            assert switch is not None
            assert switch["y"] < brand["y"] + brand["height"], f"{path}: the switch has its own row"
            tops = page.evaluate(
                "[...document.querySelectorAll('.site-header nav:not(.account-nav) a')]"
                ".map((a) => Math.round(a.getBoundingClientRect().top))"
            )
            assert len(set(tops)) == 1, f"{path}: the menu wraps at 320 px ({tops})"
            assert page.locator("#dropped-filters").count() == 0, path  # typed values were read

        page.goto(f"{live_server}/listings/{scene.listing_id}")
        for where in (".next-first", ".schedule"):
            # Each time, date and range is one line high: 「10:00〜」 never ends a line above 「12:00」.
            heights = page.evaluate(
                """(where) => [...document.querySelectorAll(where + ' .keep')].map((el) => [
                    el.textContent, el.getBoundingClientRect().height,
                    parseFloat(getComputedStyle(el).lineHeight)])""",
                where,
            )
            assert any(text.startswith("10:00〜12:00") for text, _, _ in heights), heights
            for text, height, line in heights:
                assert height < line * 1.5, f"{where}: 「{text}」 takes {height} px"
        page.locator(".key-facts").screenshot(path=str(tmp_path / "320-schedule.png"))
    context.close()

    # In English the town's name goes under the site's: 「Tsunagari Map Tsuchiura City」 beside
    # the switch pushed the switch to a row of its own (the header was 262 px).
    context = browser.new_context(
        viewport={"width": 320, "height": 640}, device_scale_factor=2, is_mobile=True,
        has_touch=True, locale="en-US", timezone_id="Asia/Tokyo",
    )  # fmt: skip
    page = context.new_page()
    page.goto(live_server + "/")
    expect(page.get_by_role("link", name="Map", exact=True)).to_be_visible()
    brand, switch = (page.locator(s).bounding_box() for s in (".brand", ".lang-switch"))
    header = page.locator(".site-header").bounding_box()
    assert brand is not None
    assert switch is not None
    assert header is not None
    assert switch["y"] < brand["y"] + brand["height"]
    assert header["height"] <= 240, header
    width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1], width
    page.screenshot(path=str(tmp_path / "320-english.png"))
    context.close()
