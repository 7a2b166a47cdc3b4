"""What needs a real layout to check, in Chromium: a 320 px phone (and a 375 px one with large
text) never scrolls sideways, the keyboard's focus ring stands out wherever it is (WCAG's
3:1 for what shows a state), and a form sent back with mistakes opens with focus on their
list, whose links lead into the fields.

Markup a screen reader is given (labels, aria-describedby, headings) is checked without a
browser in tests/webapp/test_accessible_markup.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.models import Listing, Organization
from tests.browser.conftest import log_in, remove
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser

OCHAKAI = "a-johoku-ochakai"  # 城北町集会所のお茶会 of 城北町町内会
SHAKYO = "shakyo"  # 土浦市社会福祉協議会: info@shakyo.example.jp, https://shakyo.example.jp/

# The WCAG contrast ratio of two computed colours, and the colour behind an element (its own
# or its nearest ancestor's background, translucent layers laid over white).
CONTRAST_JS = """
const rgba = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
const luminance = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
const ratio = (a, b) => { const x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const behind = (el) => { const layers = []; for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
  if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
  return layers.reverse().reduce((base, [r, g, b, a]) => [r * a + base[0] * (1 - a), g * a + base[1] * (1 - a), b * a + base[2] * (1 - a)], [255, 255, 255]); };
"""

# How the focused element's ring contrasts with what is around it: its outline against the
# background it is drawn on (outside the element: the parent's).
FOCUS_RING = (
    "() => {"
    + CONTRAST_JS
    + """
  const el = document.activeElement; const style = getComputedStyle(el);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) { return [el.outerHTML.slice(0, 80), 0]; }
  return [el.outerHTML.slice(0, 80), ratio(rgba(style.outlineColor), behind(el.parentElement))];
}"""
)

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


@pytest.fixture
def member_email(engine: Engine, search_index_dir: Path) -> Iterator[str]:
    email = "a11y-member@example.jp"
    with Session(engine) as session:
        make_user(session, email=email, role="org_member", name="城北町 点字",
                  organizations=("chonai-johoku",),
                  password_hash=generate_password_hash(PASSWORD))  # fmt: skip
        session.commit()
    try:
        yield email
    finally:
        remove(engine, search_index_dir, [], [email])


def test_a_phone_never_scrolls_sideways_even_with_large_text(
    browser: Browser, live_server: str, engine: Engine, tmp_path: Path
) -> None:
    listing_id, organization_id, shakyo_id = ids(engine)
    home, listing = "/", f"/listings/{listing_id}"
    organizations = [f"/organizations/{organization_id}", f"/organizations/{shakyo_id}"]
    wide: list[str] = []
    # 320 px is WCAG's reflow width; 150 % is a phone's large-text setting on a 375 px screen.
    # English has the longest words (the home page's tiles: "Volunteering").
    for width, text_size, locale, pages in (
        (320, "100%", "ja-JP", [home, *organizations]),
        (375, "150%", "ja-JP", [home, listing, organizations[0]]),
        (375, "150%", "en-US", [home]),
        # The search page's filters opened: its selects were as wide as their longest option
        # (「第一地区（第一地区公民館）」), 402 px at 150 % and 530 px at 200 % on 320 px.
        (320, "150%", "ja-JP", ["/search?q=サロン"]),
        (320, "200%", "ja-JP", ["/search?q=サロン&weekday=2"]),
    ):
        context = browser.new_context(viewport={"width": width, "height": 640}, locale=locale)
        page = context.new_page()
        for number, path in enumerate(pages):
            page.goto(live_server + path)
            page.evaluate(
                "(size) => { document.documentElement.style.fontSize = size; }", text_size
            )
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            scroll_width, client_width = page.evaluate(SIDEWAYS)
            where = f"{path} at {width} px, text {text_size}, {locale}"
            if scroll_width > client_width:
                wide.append(f"{where}: {scroll_width} px wide")
            if text_size == "100%":
                broken = page.evaluate(BROKEN_LINKS)
                if broken:
                    wide.append(f"{where}: menu words broken {broken}")
            page.screenshot(path=str(tmp_path / f"{locale}-{width}-{number}.png"))
        page.wait_for_load_state()  # the last page's map scripts, before closing
        context.close()
    assert wide == [], "\n".join(wide)


def test_the_keyboard_focus_ring_stands_out_from_the_page(
    page: Page, live_server: str, tmp_path: Path
) -> None:
    faint: list[str] = []

    def tab_until(selector: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate("(s) => document.activeElement.matches(s)", selector):
                where, contrast = page.evaluate(FOCUS_RING)
                if contrast < 3:
                    faint.append(f"{where}: {contrast:.2f}:1")
                return
        raise AssertionError(f"Tab never reached {selector}")

    page.goto(live_server + "/search?q=サロン")
    page.wait_for_load_state()
    tab_until(".lang-switch summary")
    page.keyboard.press("Enter")
    tab_until(".lang-choices button")  # on the menu's white panel
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # closes the menu again
    tab_until("#search-q")
    tab_until(".search-row button")
    tab_until(".filter-toggle")
    page.keyboard.press("Enter")
    tab_until("input[name=category][value=salon]")
    page.keyboard.press("Space")
    page.screenshot(path=str(tmp_path / "focus-checkbox.png"))
    tab_until("#search-sort")
    tab_until("#search-from")
    tab_until(".facets button[type=submit]")
    page.screenshot(path=str(tmp_path / "focus-submit.png"))
    assert faint == [], "\n".join(faint)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"category=salon"))
    tab_until(".search-hit .card-title a", limit=120)
    assert faint == [], "\n".join(faint)
    page.wait_for_load_state()


def test_a_form_sent_back_with_mistakes_opens_on_their_list(
    page: Page, live_server: str, engine: Engine, member_email: str, tmp_path: Path
) -> None:
    listing_id, _, _ = ids(engine)
    log_in(page, live_server, member_email)
    page.goto(f"{live_server}/org/listings/{listing_id}/edit")
    page.get_by_label("活動名").fill("")
    page.get_by_label("参加費（円）").fill("百円")
    page.get_by_role("button", name="確認を依頼する").click()
    summary = page.get_by_role("alert").filter(has_text="次の項目を直して")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_text(
        ["活動名を入力してください。", "参加費（円）は数字で入力してください（例: 300）。"]
    )
    page.screenshot(path=str(tmp_path / "mistakes.png"))
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the second link: into the fee, with its value kept
    fee = page.get_by_label("参加費（円）")
    expect(fee).to_be_focused()
    expect(fee).to_have_value("百円")
    expect(fee).to_have_accessible_description(re.compile("無料なら 0。.*数字で入力してください"))
    # Scrolled to it, with its label and hint above it still on the screen.
    for shown in (
        fee,
        page.get_by_text("参加費（円）", exact=True),
        page.get_by_text("無料なら 0。"),
    ):
        box = shown.bounding_box()
        assert box is not None
        assert 0 <= box["y"] < 844, shown
    page.wait_for_load_state()


def test_a_screen_reader_meets_no_unnamed_picture_in_a_map(
    page: Page, live_server: str, engine: Engine
) -> None:
    """The map's area outlines were one SVG, said as an image with no name; the map is named
    「地図」, describes itself, and its places are in the list beside it."""
    listing_id, _, _ = ids(engine)
    for path in ("/map", f"/listings/{listing_id}"):
        page.goto(live_server + path)
        page.wait_for_load_state()
        region = page.get_by_role("region", name="地図", exact=True)
        expect(region.locator(".leaflet-overlay-pane path").first).to_be_attached()
        tree = region.aria_snapshot()
        assert not re.search(r"^\s*- img\s*$", tree, re.M), f"{path}:\n{tree}"
        expect(region).to_have_accessible_description(re.compile(r"\S"))
        # Its buttons are named in the page's language (Leaflet's own say "Zoom in").
        expect(region.get_by_role("button", name="拡大", exact=True)).to_be_visible()
        expect(region.get_by_role("button", name="縮小", exact=True)).to_be_visible()
        assert "Zoom" not in tree
        if path == "/map":  # pins of several kinds: the switch between them
            expect(region.get_by_role("button", name="表示する種類を選ぶ")).to_be_attached()
            assert "Layers" not in region.aria_snapshot()


def test_a_screen_reader_hears_a_name_with_furigana_once_then_its_reading(
    page: Page, live_server: str, engine: Engine
) -> None:
    """In やさしい日本語 a name is drawn a <ruby> per word, so it can wrap on a phone; read
    word by word with each reading after it, 「城北 じょうほく 町 ちょう 集会 しゅうかい 所
    じょ…」, 所 would be heard alone. A screen reader gets the name once and its reading after,
    as when it was one <ruby>."""
    listing_id, _, _ = ids(engine)
    page.goto(f"{live_server}/listings/{listing_id}?lang=ja@easy")
    heading = page.get_by_role("heading", level=1)
    expect(heading.locator("ruby")).to_have_count(5)  # 城北・町・集会・所・茶会
    expect(heading).to_have_accessible_name(
        "城北町集会所のお茶会（じょうほくちょうしゅうかいじょのおちゃかい）"
    )
