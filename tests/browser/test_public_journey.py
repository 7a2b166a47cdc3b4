"""A resident on a phone: home → こども食堂 in an area → a listing → its next date."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory import browse
from directory.browse import Audience
from directory.schedules import format_occurrence

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
