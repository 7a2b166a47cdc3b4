"""The おでかけカード printed to PDF in Chromium, read back as text: one page per place, the
name with its ふりがな, the next dates, what to bring, whom to call — and nothing of the site's
header, nor of the case."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from pypdf import PdfReader
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tests.browser.conftest import log_in, staff_account
from tests.factories import listing_by_key

pytestmark = pytest.mark.browser
EMAIL = "handout-print@example.jp"


@pytest.fixture
def coordinator(engine: Engine, search_index_dir: Path) -> Iterator[str]:
    with staff_account(engine, search_index_dir, EMAIL, "社協 印刷") as email:
        yield email


def test_the_handout_prints_one_large_page_per_place(
    page: Page, live_server: str, coordinator: str, engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        tea = listing_by_key(session, "a-johoku-ochakai")
        farm = listing_by_key(session, "b-niihari-satoyama-farm")
        ids = (tea.id, farm.id)
    log_in(page, live_server, coordinator)
    page.goto(f"{live_server}/coord/handout/?listing={ids[0]}&listing={ids[1]}&size=a4")
    page.get_by_label("「城北町集会所のお茶会」の持ち物・参加費").fill("飲み物代 100円\n上ばき")
    page.get_by_role("button", name="カードを更新").click()
    page.screenshot(path=str(tmp_path / "handout.png"), full_page=True)
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (tmp_path / "handout.pdf").write_bytes(pdf)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # one place per page
    # NFKC: the PDF's font maps some kanji to their Kangxi radical code points (⽇ for 日).
    first, second = (
        unicodedata.normalize("NFKC", p.extract_text()).replace(" ", "") for p in reader.pages
    )
    assert "城北町集会所のお茶会" in first
    assert "じょうほくちょうしゅうかいじょのおちゃかい" in first  # ふりがな
    assert "上ばき" in first  # what to bring, as the coordinator wrote it
    assert "つぎの日" in first
    assert "水" in first  # its next dates are Wednesdays
    assert "といあわせ" in first
    assert "里山の農作業ボランティア" in second
    assert "さとやまののうさぎょうぼらんてぃあ" in second
    for text in (first, second):
        assert "活動をさがす" not in text  # the site's navigation does not print
        assert "カードを更新" not in text  # nor the form
        assert "社協印刷" not in text  # nor who made it
    # A4 portrait: 595 × 842 points
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert page.blocked == []  # type: ignore[attr-defined]


def test_the_handout_keeps_times_landmarks_and_words_whole_on_paper_and_on_a_phone(
    page: Page, live_server: str, coordinator: str, engine: Engine, tmp_path: Path
) -> None:
    """The card printed 「第一地区公民館（約」 above 「260m）」, 「土」 above 「浦市役所」 and 「く」
    above 「わしい」; on a 320 px phone 「14:00〜16:00」 ran past the card's edge and
    「里山の農作業ボ」 stood above 「ランティア」."""
    with Session(engine) as session:
        tea = listing_by_key(session, "a-johoku-ochakai")
        farm = listing_by_key(session, "b-niihari-satoyama-farm")
        ids = (tea.id, farm.id)
    log_in(page, live_server, coordinator)
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server}/coord/handout/?listing={ids[0]}&listing={ids[1]}&size=a4")
    page.locator(".handouts").screenshot(path=str(tmp_path / "handout-320.png"))
    spill = page.evaluate(
        """() => [...document.querySelectorAll('.handout-card')].flatMap((card) => {
            const edge = card.getBoundingClientRect().right;
            return [...card.querySelectorAll('li, .keep, p, h2')]
                .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
                .map((el) => el.textContent);
        })"""
    )
    assert spill == []
    name = page.locator(".handout-name", has_text="里山の農作業").evaluate(
        """(h) => {
            const text = [...h.querySelector('ruby').childNodes].find((n) => n.nodeType === 3);
            const at = text.data.indexOf('ボランティア');
            const range = document.createRange();
            range.setStart(text, at);
            range.setEnd(text, at + 'ボランティア'.length);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }"""
    )
    assert name == 1  # on one line
    assert page.evaluate("() => document.documentElement.scrollWidth - innerWidth") == 0

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    (tmp_path / "handout.pdf").write_bytes(pdf)
    pages = [
        unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages
    ]
    text = "\n".join(pages)
    # Each 目印 with its distance on one line: 「第一地区公民館（約260m）」 (NFKC: ASCII brackets).
    distances = re.findall(r"\(約[^)]*\)", text)
    assert len(distances) == 5
    assert distances == re.findall(r"\(約\d+m\)", text)
    assert "土浦市役所(約780m)" in text
    # The farm is placed at 藤沢's point, as is the 公民館 there: not 「約0m」 away, nor beside it.
    assert "新治地区公" in text
    assert "約0m" not in text
    assert "すぐそば" not in text
    assert "くわしい" in text
    dates = [line for line in text.splitlines() if re.match(r"\d+月\d+日", line)]
    assert len(dates) == 6
    assert all(re.search(r"\d+:\d\d〜\d+:\d\d$", line) for line in dates), dates
    assert page.blocked == []  # type: ignore[attr-defined]
