"""A 介護保険課's 通いの場一覧 as it is kept (a title, its own column names, 地区 headings and a
合計 row inside the table, cells merged down, notes under it), through the upload page."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, User
from tests.webapp.conftest import post

# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def _kayoinoba() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "通いの場一覧"
    for row in [
        ["令和6年度 住民主体の通いの場一覧"],
        [],
        [
            "No.",
            "地区",
            "通いの場名称",
            "活動場所（公民館等）",
            "所在地",
            "開催曜日",
            "開催時間",
            "主な活動内容（体操・茶話会等）",
            "参加人数",
            "代表者",
            "連絡先",
        ],
        ["■北部"],
        [
            1,
            "北地区",
            "百歳体操 神立会",
            "神立公民館",
            "神立町1234-5",
            "毎週火曜日",
            "10:00～11:30",
            "いきいき百歳体操",
            18,
            "山田 花子",
            "029-831-0001",
        ],
        [
            2,
            None,
            "木田余ふれあいの会",
            "木田余集会所",
            "木田余東台二丁目5-3",
            "第1・第3水曜日",
            "13:30～15:00",
            "茶話会",
            12,
            "佐藤 一郎",
            "029-831-0002",
        ],
        [None, "合計", None, None, None, None, None, None, 30],
        [],
        ["※参加人数は令和6年3月末時点の登録者数です。"],
    ]:
        sheet.append(row)
    sheet.merge_cells("B5:B6")  # 地区 written once for both rows
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _print(page: str) -> str:
    return page.split('name="fingerprint" value="')[1].split('"')[0]


def _preview(client: FlaskClient, data: bytes, name: str, category: str) -> tuple[str, str]:
    """Upload a workbook as the 社協's list of one kind: the preview's address and page."""
    response = post(
        client,
        "/coord/imports/",
        {
            "file": (io.BytesIO(data), name),
            "organization": "土浦市社会福祉協議会",
            "categories": [category],
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    url = response.headers["Location"]
    return url, client.get(url).get_data(as_text=True)


def _apply(client: FlaskClient, url: str, page: str) -> None:
    done = post(client, f"{url}/apply", {"fingerprint": _print(page)})
    assert done.status_code == 302, done.get_data(as_text=True)


def test_a_kayoinoba_workbook_is_previewed_and_imported_with_its_rows_explained(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    url, page = _preview(client, _kayoinoba(), "kayoinoba.xlsx", "kayoinoba")
    assert re.search(r"新規登録 <strong>2</strong>件", page)
    assert "必要な列がありません" not in page
    assert "読み込みません（どの項目か指定すれば読み込みます）" not in page
    assert "4行目は表の中の見出しとして読み込みません（「■北部」）" in page
    assert "7行目は合計の行として読み込みません（「合計 30」）" in page
    assert "9行目は表の下の注記として読み込みません" in page
    _apply(client, url, page)
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "木田余ふれあいの会")).one()
    assert listing.contact_name == "佐藤 一郎"
    assert listing.contact_phone == "029-831-0002"
    assert "地区: 北地区" in listing.description  # the merged cell above it
    assert "参加人数: 12" in listing.description


def _salons_on_two_rows() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [
        ["No.", "サロン名", "会場", "住所", "開催日時", "世話人", "電話番号"],
        [1, "ひだまりサロン", "中央公民館", "土浦市中央1-1-1", "第1水曜 10:00〜12:00", "田中",
         "029-821-0000"],
        [None, None, None, None, "第3土曜 13:30〜15:00", None, None],
        [2, "すずらんの会", "荒川沖集会所", "土浦市荒川沖東2-1", "毎週金曜 10時～", "鈴木",
         "029-842-1111"],
    ]:  # fmt: skip
        sheet.append(row)
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:D3", "F2:F3", "G2:G3"):
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_salon_written_on_two_rows_is_saved_once_with_both_schedules(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    url, page = _preview(client, _salons_on_two_rows(), "salons.xlsx", "salon")
    assert re.search(r"新規登録 <strong>2</strong>件", page)
    assert "同じ活動のようです" not in page
    assert (
        "3行目は2行目「ひだまりサロン」の続きの行として、開催日時「第3土曜 13:30〜15:00」を"
        "その活動に加えます" in page
    )
    _apply(client, url, page)
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "ひだまりサロン")).one()
    assert listing.schedule is not None
    assert listing.schedule.text.splitlines() == ["第1水曜 10:00〜12:00", "第3土曜 13:30〜15:00"]
    assert not listing.schedule.needs_review
