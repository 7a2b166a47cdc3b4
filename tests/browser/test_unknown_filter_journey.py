"""A resident opens an old link (a printed QR code's 地区 that is gone) on a phone: the page
says, above the unfolded filters, which value it could not use, and the rest applies."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_resident_journeys import serious

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/listings", "/search"])
def test_an_old_links_unknown_area_is_said_beside_the_filters(
    page: Page, live_server: str, path: str
) -> None:
    page.goto(f"{live_server}{path}?area=zzz&category=salon")
    note = page.locator("#dropped-filters")
    expect(note).to_be_visible()
    expect(note).to_contain_text("指定された地区（zzz）は見つかりませんでした。")
    # The filters are unfolded below it, the kind still chosen, nothing claims the lost area.
    expect(page.locator('input[name="category"][value="salon"]')).to_be_checked()
    expect(page.locator('input[name="category"][value="salon"]')).to_be_visible()
    box = note.bounding_box()
    assert box is not None
    assert box["width"] <= 390  # no sideways scrolling on a phone
    assert serious(page) == []
