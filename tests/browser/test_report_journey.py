"""The 実績 page in Chromium as a coordinator reads it on a phone (390×844) and prints it: no
sideways scrolling, the period picker usable and its mistakes said in Japanese, and on paper
the figures without the form, the download buttons or the site's navigation."""

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

from tests.browser.conftest import log_in, staff_account

pytestmark = pytest.mark.browser
EMAIL = "report-journey@example.jp"


@pytest.fixture
def coordinator(engine: Engine, search_index_dir: Path) -> Iterator[str]:
    with staff_account(engine, search_index_dir, EMAIL, "社協 実績") as email:
        yield email


def test_the_report_reads_on_a_phone_and_prints_without_its_controls(
    page: Page, live_server: str, coordinator: str, tmp_path: Path
) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, live_server, coordinator)
    page.goto(f"{live_server}/coord/reports/")
    page.get_by_label("年度（4月〜3月）").select_option(label="2025年度")
    page.get_by_role("button", name="年度で集計する").click()
    page.wait_for_load_state()
    assert "2025年度・令和7年度" in page.locator(".report-period").inner_text()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    # Each count stays under its column's heading (stacked as cards, the monthly table's
    # four 0s of a month said nothing of which was which).
    monthly = page.locator("#t-monthly")
    assert monthly.get_by_role("columnheader", name="参加開始").is_visible()
    heading = monthly.locator("thead th").nth(3).bounding_box()
    count = monthly.locator("tbody tr").first.locator("td").nth(2).bounding_box()
    assert heading is not None
    assert count is not None
    assert abs(heading["x"] - count["x"]) < 1
    # The period's fields and the button are big enough to tap (44px).
    buttons = page.get_by_role("button", name=re.compile("で集計する$"))
    assert buttons.count() == 2
    for field in (page.get_by_label("始まりの日"), buttons.first, buttons.last):
        box = field.bounding_box()
        assert box is not None
        assert box["height"] >= 44
    page.screenshot(path=str(tmp_path / "report-phone.png"), full_page=True)

    # A day that does not exist, typed on a phone: the message, and what was typed, stay.
    page.get_by_label("始まりの日").fill("2025-04-01")
    page.get_by_label("終わりの日").fill("2025-03-01")
    page.get_by_label("終わりの日").press("Enter")  # Enter in a date field sends the days
    page.wait_for_load_state()
    assert page.get_by_text("終わりの日は始まりの日より後にしてください。").is_visible()
    assert page.get_by_label("始まりの日").input_value() == "2025-04-01"
    # Then a 年度 after all: that year, though the days are still in their fields.
    page.get_by_label("年度（4月〜3月）").select_option(label="2024年度")
    page.get_by_role("button", name="年度で集計する").click()
    page.wait_for_load_state()
    assert "2024年度・令和6年度" in page.locator(".report-period").inner_text()
    assert page.get_by_label("終わりの日").input_value() == "2025-03-01"

    page.goto(f"{live_server}/coord/reports/?fiscal_year=2025")
    pdf = page.pdf(format="A4", print_background=True)
    (tmp_path / "report.pdf").write_bytes(pdf)
    text = "".join(
        unicodedata.normalize("NFKC", p.extract_text()).replace(" ", "").replace("\n", "")
        for p in PdfReader(io.BytesIO(pdf)).pages
    ).replace("‧", "・")  # the PDF's font writes 中黒 as U+2027
    assert "参加支援・地域づくりの実績" in text
    assert "2025年度・令和7年度" in text
    for title in (
        "ケース(本人・世帯)",
        "モニタリング",
        "狭間のニーズ(地区×活動の種類)",
        "月ごとの推移",
    ):
        assert title in text, title
    for control in ("集計する", "書き出し", "活動をさがす"):
        assert control not in text, control
