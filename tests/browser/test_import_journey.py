"""A coordinator imports a 社協's Shift_JIS spreadsheet export in Chromium: maps an unknown
column, reads the preview's reasons, saves, and residents find the new listing.

The live server commits for real, so the test removes what it imported (and its index entries)
afterwards: the shared demo database is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.models import Listing
from tests.browser.conftest import log_in, remove
from tests.factories import PASSWORD, make_user, organization

pytestmark = pytest.mark.browser

EMAIL = "import-coord@example.jp"
NAMES = ("真鍋ふれあい将棋クラブ", "真鍋みんなの体操教室")


@pytest.fixture
def organization_name(engine: Engine, search_index_dir: Path) -> Iterator[str]:
    with Session(engine) as session:
        name = organization(session, "chonai-johoku").name
        make_user(session, email=EMAIL, role="coordinator",
                  password_hash=generate_password_hash(PASSWORD), name="社協 山本")  # fmt: skip
        session.commit()
    try:
        yield name
    finally:
        with Session(engine) as session:
            ids = list(session.scalars(select(Listing.id).where(Listing.name.in_(NAMES))))
        remove(engine, search_index_dir, ids, [EMAIL])


def test_a_coordinator_imports_a_spreadsheet_and_residents_find_it(
    page: Page, live_server: str, organization_name: str, tmp_path: Path
) -> None:
    rows = [
        "名称,住所,団体名,利用可能曜日,開始時間,終了時間,会の紹介,カテゴリー",
        f"{NAMES[0]},茨城県土浦市真鍋１丁目,{organization_name},土,13:00,16:00,初心者も歓迎の将棋クラブです,居場所",
        f"{NAMES[1]},茨城県土浦市真鍋２丁目,{organization_name},火,10:00,11:00,椅子に座ってできる体操,通いの場",
        f",茨城県土浦市真鍋１丁目,{organization_name},,,,,居場所",
    ]
    csv_path = tmp_path / "社協_活動一覧.csv"
    csv_path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp932"))

    log_in(page, live_server, EMAIL)
    page.get_by_role("link", name=re.compile("Excel・CSV の一覧から")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("一覧ファイルから活動を取り込む")
    page.get_by_label("ファイル").set_input_files(str(csv_path))
    page.get_by_role("button", name="読み込んで確認する").click()

    # The preview: Shift_JIS recognised, one row rejected with its line and column.
    expect(page.get_by_role("heading", level=1)).to_have_text("取り込みの確認")
    expect(page.locator("main")).to_contain_text("Shift_JIS（CP932）")
    expect(page.locator(".import-counts")).to_contain_text("新規登録 2件")
    expect(page.locator(".import-issues")).to_contain_text("4行目「名称」: 必須の項目が空です")

    # 「会の紹介」 is not a known column: map it to the description.
    page.get_by_label("会の紹介").select_option(label="紹介文")
    page.get_by_role("button", name="列の対応を更新").click()
    expect(page.get_by_label("会の紹介")).to_have_value("description")
    page.screenshot(path=str(tmp_path / "import-preview.png"), full_page=True)

    page.get_by_role("button", name="この内容で保存する").click()
    expect(page.get_by_role("status").first).to_contain_text("を取り込みました")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # A resident searches and finds the imported listing with its description.
    page.goto(f"{live_server}/search?q=将棋")
    page.get_by_role("link", name=NAMES[0]).click()
    expect(page.locator("main")).to_contain_text("初心者も歓迎の将棋クラブです")
    assert page.blocked == []  # type: ignore[attr-defined]
