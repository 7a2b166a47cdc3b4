"""Which column means what: columns without a header (or repeating one) are named by their
position, shown with their first value, and can be mapped like any other."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import ImportField
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes

UNNAMED = csv_bytes(
    "活動名,団体名,活動の種類,,,",
    "朝のサロン,テスト会,高齢者サロン,茨城県土浦市中央1-1-1,毎週水曜 10:00～12:00,",
)


def test_unnamed_columns_holding_values_are_named_with_their_first_value() -> None:
    table = interop.read_upload(UNNAMED)
    mapping = interop.map_columns(table.headers, samples=table.samples)
    assert mapping.unknown_headers == ("4列目（見出しなし）", "5列目（見出しなし）")
    assert mapping.unknown_columns == (3, 4)
    assert mapping.warnings == (
        "「4列目（見出しなし）」は読み込みません（はじめの値「茨城県土浦市中央1-1-1」）。"
        "どの項目か指定すれば読み込みます。",
        "「5列目（見出しなし）」は読み込みません（はじめの値「毎週水曜 10:00～12:00」）。"
        "どの項目か指定すれば読み込みます。",
    )
    # The sixth column is empty: nothing is lost there, nothing is said.
    assert mapping.shown_columns(table.samples) == (0, 1, 2, 3, 4)


@pytest.mark.parametrize("position", ["4列目", "４列目", " 4列目 "])
def test_an_unnamed_column_is_mapped_by_its_position(position: str) -> None:
    table = interop.read_upload(UNNAMED)
    mapping = interop.map_columns(
        table.headers,
        overrides={position: "address", "5列目": ImportField.SCHEDULE, "団体名": "ignore"},
        samples=table.samples,
    )
    assert mapping.fields[3] is ImportField.ADDRESS
    assert mapping.fields[4] is ImportField.SCHEDULE
    assert 1 not in mapping.fields  # a named column is still mapped by its header
    assert mapping.warnings == ()
    assert mapping.label(3) == "4列目（見出しなし）"
    assert mapping.header_of(ImportField.ADDRESS) == "4列目（見出しなし）"


def test_the_second_of_two_columns_with_one_header_can_be_mapped_by_position() -> None:
    headers = ("活動名", "紹介文", "紹介文")
    assert interop.map_columns(headers).warnings == (
        "「紹介文」という列が2つ以上あります。最初の列だけを読み込みます。",
    )
    mapping = interop.map_columns(headers, overrides={"3列目": "remarks"})
    assert mapping.fields == {
        0: ImportField.NAME,
        1: ImportField.DESCRIPTION,
        2: ImportField.REMARKS,
    }
    assert mapping.warnings == ()


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("団体名", 1),  # by header
        ("団 体 名", 1),  # spaces and 全角 folded as headers are
        ("4列目", 3),
        ("４列目", 3),
        ("1列目", 0),  # a named column by its position too
        ("7列目", None),  # past the last column
        ("0列目", None),
        ("運営者", None),  # no such header
        ("", None),
    ],
)
def test_which_column_an_override_means(name: str, column: int | None) -> None:
    headers = ("活動名", "団体名", "活動の種類", "", "", "")
    assert interop.override_column(headers, name) == column


def test_the_name_a_column_goes_by_in_overrides() -> None:
    headers = ("活動名", "紹介文", "", "紹介文")
    keys = [interop.column_key(headers, i) for i in range(len(headers))]
    assert keys == ["活動名", "紹介文", "3列目", "4列目"]


def test_cells_of_an_xlsx_row_past_its_header_are_unnamed_columns() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["活動名", "団体名", "活動の種類"])
    sheet.append(["朝のサロン", "テスト会", "高齢者サロン", "茨城県土浦市中央1-1-1"])
    buffer = io.BytesIO()
    book.save(buffer)
    table = interop.read_upload(buffer.getvalue())
    assert table.headers == ("活動名", "団体名", "活動の種類", "")
    mapping = interop.map_columns(table.headers, samples=table.samples)
    assert mapping.unknown_headers == ("4列目（見出しなし）",)


def test_a_rows_problem_in_an_unnamed_column_names_it(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    table = interop.read_upload(
        csv_bytes("活動名,団体名,活動の種類,", "朝のサロン,テスト会,居場所,12345")
    )
    mapping = interop.map_columns(
        table.headers, overrides={"4列目": "postal_code"}, samples=table.samples
    )
    plan = interop.plan_import(
        db_session, table, mapping, geocoder=geocoder, options=interop.ImportOptions()
    )
    messages = [str(issue) for row in plan.rows for issue in row.problems + row.warnings]
    assert any(m.startswith("2行目「4列目（見出しなし）」: 郵便番号は7桁") for m in messages), (
        messages
    )


@pytest.mark.parametrize(
    ("header", "layout"),
    [
        # A サロン list with a 名称 and a 住所 column is no list of facilities …
        ("No,地区,名称,代表者,会場,住所,開催日,開始時間,終了時間,参加費,状況,備考", "simple"),
        ("NO,名称,住所,電話番号,開始時間,終了時間", "simple"),
        # … a list of facilities says what makes one: its hours, closures, kind.
        ("名称,施設分類,住所,開館時間,休館日", "facilities"),
        ("NO,名称,住所,利用可能曜日,開始時間,終了時間", "facilities"),
        ("名称,名称_カナ,名称_通称,住所,緯度,経度", "facilities"),
    ],
)
def test_a_list_is_read_as_facilities_only_with_a_facilitys_columns(
    header: str, layout: str
) -> None:
    mapping = interop.map_columns(tuple(header.split(",")))
    assert mapping.layout is not None
    assert mapping.layout.key == layout


def test_a_contact_column_of_numbers_excel_kept_as_numbers_is_the_telephone() -> None:
    # 「問合せ」 of 276631234: 0276-63-1234 with its 0 lost, no name to call
    mapping = interop.map_columns(
        ("名称", "問合せ"), samples={0: "にほんご教室「ひまわり」", 1: "276631234"}
    )
    assert mapping.fields[1] is ImportField.CONTACT_PHONE


def test_a_circle_list_says_in_its_own_column_whether_it_takes_new_members() -> None:
    mapping = interop.map_columns(("公民館", "サークル名", "活動日", "会員募集"))
    assert mapping.fields[3] is ImportField.STATUS
    assert mapping.fields[0] is ImportField.PLACE_NAME  # where the circles meet
