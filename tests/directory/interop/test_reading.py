"""Reading uploads: encodings, XLSX, title rows above the header, blank lines, 全角 headers."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from directory import interop
from directory.interop import ImportFileError
from tests.directory.interop.conftest import DATA, csv_bytes


def test_cp932_csv_is_read_with_its_japanese_text() -> None:
    table = interop.read_upload((DATA / "facilities_cp932.csv").read_bytes())
    assert table.encoding == "cp932"
    assert table.headers[0] == "名称"
    assert [r.line for r in table.rows] == [2, 4]  # the blank line 3 is dropped, numbers kept
    assert table.rows[0].cells[0] == "大和町ふれあい喫茶"


def test_utf8_with_bom_is_read_without_the_bom_in_the_first_header() -> None:
    table = interop.read_upload((DATA / "events_bom.csv").read_bytes())
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "イベント名"


def test_a_title_row_above_the_header_is_passed_over() -> None:
    data = csv_bytes("令和8年度 公共施設一覧,,", "", "名称,住所,団体名", "集会所,土浦市城北町,会")
    table = interop.read_upload(data)
    assert table.header_line == 3
    assert table.headers == ("名称", "住所", "団体名")
    assert [r.line for r in table.rows] == [4]


def test_a_double_header_uses_the_row_that_names_the_columns() -> None:
    data = csv_bytes(
        "基本情報,,所在地,", "名称,名称_カナ,住所,方書", "集会所,シュウカイジョ,土浦市城北町,2階"
    )
    table = interop.read_upload(data)
    assert table.header_line == 2
    assert table.headers == ("名称", "名称_カナ", "住所", "方書")


def test_full_width_header_names_are_folded() -> None:
    table = interop.read_upload(csv_bytes("名称,ＵＲＬ,料金（基本）", "a,b,c"))
    assert table.headers == ("名称", "URL", "料金(基本)")


def test_bytes_that_are_neither_utf8_nor_cp932_are_refused_with_the_line() -> None:
    data = "名称,住所\r\nよい行,土浦市\r\n".encode() + b"\xff\xfe\xfa\xfb,x\r\n"
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(data)
    assert "3行目" in error.value.message
    assert "Shift_JIS" in error.value.message


@pytest.mark.parametrize("data", [b"", b"  \r\n", "\ufeff".encode()])
def test_an_empty_file_says_so(data: bytes) -> None:
    with pytest.raises(ImportFileError, match="空"):
        interop.read_upload(data)


def test_xlsx_is_read_in_read_only_mode_and_formulas_never_evaluate() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["公共施設一覧（令和8年4月1日現在）"])
    sheet.merge_cells("A1:D1")
    sheet.append(["名称", "住所", "団体名", "郵便番号"])
    sheet.append(["城北ふれあいサロン", "茨城県土浦市城北町5-12", "城北町町内会", 3000811])
    sheet.append([None, None, None, None])
    sheet.append(["=1+1", "茨城県土浦市大和町9-1", "会", None])
    buffer = io.BytesIO()
    book.save(buffer)
    table = interop.read_upload(buffer.getvalue())
    assert table.encoding == "xlsx"
    assert table.header_line == 2
    assert table.rows[0].cells == (
        "城北ふれあいサロン",
        "茨城県土浦市城北町5-12",
        "城北町町内会",
        "3000811",
    )
    assert [r.line for r in table.rows] == [3, 5]
    assert table.rows[1].cells[0] == ""  # no cached value: the formula is not run, not kept


def test_a_broken_xlsx_is_refused_plainly() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "not xml")
    with pytest.raises(ImportFileError, match="Excel"):
        interop.read_upload(buffer.getvalue())


def test_missing_required_columns_are_reported_before_any_row() -> None:
    table = interop.read_upload(csv_bytes("住所,団体名", "土浦市城北町,会"))
    mapping = interop.map_columns(table.headers)
    assert mapping.problems == ("必要な列がありません: 「活動名」",)
