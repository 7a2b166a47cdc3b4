"""The おでかけカード printed to PDF in Chromium, read back as text: one page per place, the
name with its ふりがな, the next dates, what to bring, whom to call — and nothing of the site's
header, nor of the case."""

from __future__ import annotations

import io
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
