"""A resident types a word in the header search box, then narrows the results by area."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_resident_searches_from_the_header_and_filters_by_area(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    page.get_by_label("キーワードで活動をさがす").fill("ｻﾛﾝ")
    page.get_by_label("キーワードで活動をさがす").press("Enter")

    expect(page).to_have_url(re.compile(r"/search\?q="))
    status = page.get_by_role("status")
    expect(status).to_contain_text("件の活動が見つかりました")
    before = int(status.locator("strong").inner_text())
    expect(page.locator(".snippet mark").first).to_be_visible()

    page.get_by_text("条件で絞り込む").click()
    page.locator("fieldset", has_text="地区").get_by_label(re.compile("第一地区")).check()
    page.get_by_role("button", name="この条件でさがす").click()

    expect(page).to_have_url(re.compile(r"area=daiichi"))
    after = int(page.get_by_role("status").locator("strong").inner_text())
    assert 0 < after < before
    page.screenshot(path=str(tmp_path / "search.png"), full_page=True)
    assert page.blocked == []  # type: ignore[attr-defined]


def test_resident_types_as_they_talk_and_undoes_a_condition(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    page.get_by_label("キーワードで活動をさがす").fill("土曜日に無料でごはん")
    page.get_by_label("キーワードで活動をさがす").press("Enter")

    chips = page.locator(".understood .chip")
    expect(chips).to_have_count(2)
    expect(chips.nth(0)).to_contain_text("土曜日")
    expect(chips.nth(1)).to_contain_text("無料")
    expect(page.locator(".next-date").first).to_be_visible()
    with_saturday = int(page.get_by_role("status").locator("strong").inner_text())
    page.screenshot(path=str(tmp_path / "understood.png"), full_page=True)

    page.get_by_role("link", name=re.compile("「土曜日」の条件を外して")).click()
    expect(page).to_have_url(re.compile(r"asis="))
    expect(page.locator(".understood .chip")).to_have_count(1)
    expect(page.locator("#search-q")).to_have_value("土曜日に無料でごはん")
    assert with_saturday > 0
    assert int(page.get_by_role("status").locator("strong").inner_text()) > 0
    assert page.blocked == []  # type: ignore[attr-defined]
