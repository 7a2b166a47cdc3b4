"""What needs a real layout to check, in Chromium: a 320 px phone (and a 375 px one with large
text) never scrolls sideways, nor breaks the menu's words over two lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from directory.models import Listing, Organization

pytestmark = pytest.mark.browser

OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会 of 城北町町内会
SHAKYO = "shakyo"  # 土浦市社会福祉協議会: info@shakyo.example.jp, https://shakyo.example.jp/

SIDEWAYS = """() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"""
# Header links whose words are broken over two lines (活動をさ／がす).
BROKEN_LINKS = """() => [...document.querySelectorAll('.site-header .nav a')].filter((a) => {
    const range = document.createRange(); range.selectNodeContents(a);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
  }).map((a) => a.textContent.trim())"""


def ids(engine: Engine) -> tuple[int, int, int]:
    with Session(engine) as session:
        listing = session.scalars(select(Listing).where(Listing.source_key == OCHAKAI)).one()
        shakyo = session.scalars(
            select(Organization).where(Organization.source_key == SHAKYO)
        ).one()
        return listing.id, listing.organization_id, shakyo.id


def test_a_phone_never_scrolls_sideways_even_with_large_text(
    browser: Browser, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    listing_id, organization_id, shakyo_id = ids(engine)
    paths = ["/", "/listings", "/search?q=サロン", f"/listings/{listing_id}",
             f"/organizations/{organization_id}", f"/organizations/{shakyo_id}", "/login"]  # fmt: skip
    wide: list[str] = []
    # 320 px is WCAG's reflow width; 150 % is a phone's large-text setting on a 375 px screen.
    for width, text_size in ((320, "100%"), (375, "150%")):
        context = browser.new_context(viewport={"width": width, "height": 640}, locale="ja-JP")
        page = context.new_page()
        for number, path in enumerate(paths):
            page.goto(live_server + path)
            page.evaluate(
                "(size) => { document.documentElement.style.fontSize = size; }", text_size
            )
            scroll_width, client_width = page.evaluate(SIDEWAYS)
            if scroll_width > client_width:
                wide.append(f"{path} at {width} px, text {text_size}: {scroll_width} px wide")
            if text_size == "100%":
                broken = page.evaluate(BROKEN_LINKS)
                if broken:
                    wide.append(f"{path} at {width} px: menu words broken {broken}")
            page.screenshot(path=str(tmp_path / f"{width}-{number}.png"))
        page.wait_for_load_state()  # the last page's map scripts, before closing
        context.close()
    assert wide == [], "\n".join(wide)
