"""Workbooks as municipal staff make them, through the command and the upload page: a cover and
an example before one sheet a 地区, a two-row header; and a PDF or a semicolon CSV chosen
instead of a list. What a person sees is the same on both."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, User
from tests.webapp.conftest import post

# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


HEADER = ["活動名", "団体名", "活動の種類", "日時", "住所"]
KITA = [
    "北町わくわくサロン",
    "北町町内会",
    "居場所",
    "毎週水曜 10:00～12:00",
    "茨城県土浦市城北町5-12",
]
MINAMI = [
    "南町お茶のみ会",
    "南町自治会",
    "居場所",
    "第2・第4土曜 13:30～15:30",
    "茨城県土浦市大和町9-1",
]
EXAMPLE = ["〇〇サロン", "〇〇町内会", "居場所", "毎週水曜 10:00～12:00", "茨城県土浦市中央1-1-1"]


def _districts(*, south_repeats_north: bool = False) -> bytes:
    """表紙, 記入例, then 北地区 and 南地区 with the same columns (南 may list 北's salon too)."""
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover.append(["令和6年度 地域の通いの場一覧"])
    cover.append(["土浦市社会福祉協議会"])
    for title, rows in (
        ("記入例", [HEADER, EXAMPLE]),
        ("北地区", [["北地区"], HEADER, KITA]),
        ("南地区", [HEADER, MINAMI, *([KITA] if south_repeats_north else [])]),
    ):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _print(page: str) -> str:
    return page.split('name="fingerprint" value="')[1].split('"')[0]


def _names(session: Session) -> set[str]:
    session.expire_all()
    return set(session.scalars(select(Listing.name)))


def test_the_command_reads_every_district_sheet_and_says_which(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "kayoinoba.xlsx"
    path.write_bytes(_districts())
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--yes"])
    assert result.exit_code == 0, result.output
    assert (
        "見出しは「北地区」2・「南地区」1行目） シート「北地区」「南地区」から読みました。"
        in result.output
    )
    assert "注意: シート「記入例」は記入例として読み込みません。" in result.output
    assert "注意: シート「表紙」には一覧の表がないため読み込みません。" in result.output
    assert "新規登録 2件" in result.output
    names = _names(db_session)
    assert {"北町わくわくサロン", "南町お茶のみ会"} <= names
    assert "〇〇サロン" not in names


def test_the_upload_page_reads_every_district_and_decides_rows_by_sheet(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    data = _districts(south_repeats_north=True)
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), "kayoinoba.xlsx")})
    url = response.headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert "シート「北地区」「南地区」から読みました。" in page
    assert "シート「記入例」は記入例として読み込みません。" in page
    # 南地区's third row repeats 北地区's: named by sheet, and decided by sheet and line.
    assert "シート「南地区」3行目「」" not in page
    assert "<td>シート「南地区」3行目</td>" in page
    assert "シート「北地区」3行目</td>" in page
    assert 'name="decision-南地区!3" value="skip" checked' in page
    # A changed decision is shown again before saving (as for any file), then saved.
    shown = post(
        client, f"{url}/apply", {"fingerprint": _print(page), "decision-南地区!3": "create"}
    )
    assert shown.status_code == 409
    again = shown.get_data(as_text=True)
    assert 'name="decision-南地区!3" value="create" checked' in again
    done = post(
        client, f"{url}/apply", {"fingerprint": _print(again), "decision-南地区!3": "create"}
    )
    assert done.status_code == 302, done.get_data(as_text=True)
    db_session.expire_all()
    found = db_session.scalars(select(Listing).where(Listing.name == "北町わくわくサロン")).all()
    assert len(found) == 2  # the person chose to register the repeated row as well
    assert "〇〇サロン" not in _names(db_session)


def _unknown_columns_workbook() -> bytes:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "表紙"
    cover.append(["令和6年度 名簿"])
    sheet = book.create_sheet("名簿")
    sheet.append(["なまえ", "ばしょ"])
    sheet.append(["朝のサロン", "中央公民館"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_missing_columns_message_names_the_sheet_read(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User], tmp_path: Path
) -> None:
    expected = "必要な列がありません: 「活動名」（シート「名簿」から読みました）"
    path = tmp_path / "meibo.xlsx"
    path.write_bytes(_unknown_columns_workbook())
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code != 0
    assert expected in result.output
    login_as("coordinator")
    data = _unknown_columns_workbook()
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), "meibo.xlsx")})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert expected in page


def _two_row_header() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["活動名", "開催日時", None, "連絡先", None, "所在地", None, "団体名", "活動の種類"]
    )
    sheet.append([None, "曜日", "時間", "電話番号", "メールアドレス", "郵便番号", "住所"])
    sheet.append(
        [
            "城南いきいき体操",
            "月・木",
            "9:30～10:30",
            "029-821-1111",
            "taiso@example.jp",
            "300-0812",
            "茨城県土浦市大和町9-1",
            "城南地区社協",
            "居場所",
        ]
    )
    for cells in ("A1:A2", "B1:C1", "D1:E1", "F1:G1", "H1:H2", "I1:I2"):
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_two_row_header_is_read_on_the_upload_page(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    data = _two_row_header()
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), "taiso.xlsx")})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "見出しは1〜2行目" in page
    assert "読み込まない列" not in page
    assert '<label for="column-3">連絡先 電話番号</label>' in page
    assert "<td>月・木 9:30～10:30</td>" in page
    assert "新規登録 <strong>1</strong>件" in page


def test_the_command_imports_a_two_row_header(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "taiso.xlsx"
    path.write_bytes(_two_row_header())
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--yes"])
    assert result.exit_code == 0, result.output
    assert "見出しは1〜2行目" in result.output
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "城南いきいき体操")).one()
    assert (listing.contact_phone, listing.contact_email) == ("029-821-1111", "taiso@example.jp")
    assert listing.location is not None
    assert listing.location.postal_code == "300-0812"


PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
PDF_MESSAGE = "PDF ファイルは読み込めません。"


def test_a_pdf_is_explained_on_the_upload_form_and_by_the_command(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User], tmp_path: Path
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(PDF), "ichiran.pdf")})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert PDF_MESSAGE in page
    assert "文字コード" not in page
    path = tmp_path / "ichiran.pdf"
    path.write_bytes(PDF)
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code != 0
    assert PDF_MESSAGE in result.output


SEMICOLONS = (
    "活動名;団体名;活動の種類;日時;住所\r\n"
    "土曜こども食堂;みなみ子ども会;居場所;毎週土曜 11:30～13:30;茨城県土浦市大和町9-1\r\n"
).encode("cp932")


def test_a_semicolon_csv_imports_on_the_upload_page(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(SEMICOLONS), "s.csv")})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "セミコロン区切り" in page
    assert "新規登録 <strong>1</strong>件" in page
    assert "<td>毎週土曜 11:30～13:30</td>" in page
