"""Reading uploads: encodings, XLSX, title rows above the header, blank lines, 全角 headers."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

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


# ---- limits: checked while reading, in seconds and bounded memory ----


def _sheet_with_one_far_cell(far: str) -> bytes:
    """A 5 KB workbook whose sheet declares the whole grid (A1:XFD1048576) for one far cell."""
    book = Workbook()
    sheet = book.active
    sheet.append(["名称", "住所", "カテゴリー"])
    sheet.append(["城北町ふれあいサロン", "茨城県土浦市城北町1-1", "居場所"])
    sheet[far] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _read_in_a_fresh_process(path: Path) -> tuple[str, float]:
    """(the reader's message, extra peak memory in MB) for reading ``path`` in a new
    interpreter, killed after 60 s: a reader that pads the grid would never finish."""
    script = """
import resource, sys
from directory import interop
idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    interop.read_upload(open(sys.argv[1], "rb").read())
    message = "read"
except interop.ImportFileError as error:
    message = error.message
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - idle) / 1024)
print(message)
"""
    done = subprocess.run(  # noqa: S603 (this interpreter, a script of the test's own)
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    megabytes, message = done.stdout.strip().split("\n", 1)
    return message, float(megabytes)


def test_a_sheet_declaring_the_whole_grid_for_one_far_cell_is_refused_quickly(
    tmp_path: Path,
) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(_sheet_with_one_far_cell("XFD1048576"))
    assert path.stat().st_size < 10_000
    # Read with its declared dimension, this sheet meant 16,384 cells for each of 1,048,576 rows.
    message, megabytes = _read_in_a_fresh_process(path)
    assert message.startswith("1048576行目: 列が多すぎます")
    assert megabytes < 100


def test_a_far_cell_within_the_column_limit_is_read_with_its_line_as_a_note() -> None:
    table = interop.read_upload(_sheet_with_one_far_cell("A1048576"))
    # One cell far below the table, after blank rows: read, with its line, as a note under it.
    assert [r.line for r in table.rows] == [2]
    assert [(n.line, n.cells[0]) for n in table.notes] == [(1048576, "x")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (("名称,住所," + ",".join(["x"] * 200_000) + "\nA,B\n").encode(), "1行目: 列が多すぎます"),
        (
            ("名称,住所\n" + "あ" * 1_000_000 + ",B\n").encode(),
            "2行目: 1つのセルの文字が多すぎます",
        ),
        (("名称,住所\n" + "A" * 200_000 + ",B\n").encode(), "2行目: 1つのセルの文字が多すぎます"),
        (
            ("名称,住所\n" + "".join(f"活動{i},土浦市\n" for i in range(50_001))).encode(),
            "行が多すぎます（最大 50000 行）",
        ),
    ],
    ids=["200000-columns", "1MB-cell", "over-csv-field-limit", "50001-rows"],
)
def test_oversized_csv_files_get_a_japanese_error(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        interop.read_upload(data)


def test_exactly_the_row_limit_is_read() -> None:
    data = ("名称,住所\n" + "".join(f"活動{i},土浦市\n" for i in range(50_000))).encode()
    assert len(interop.read_upload(data).rows) == 50_000


def test_rows_are_refused_while_reading_not_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit stops the reader at the first row too many, not after the whole file."""
    from directory.interop import reading

    seen: list[int] = []
    original = reading._csv_rows

    def counting(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
        for line, cells in original(text, delimiter):
            seen.append(line)
            yield line, cells

    monkeypatch.setattr(reading, "_csv_rows", counting)
    data = ("名称,住所\n" + "".join(f"活動{i},土浦市\n" for i in range(200))).encode()
    with pytest.raises(ImportFileError):
        interop.read_table(data, max_rows=10)
    assert len(seen) == 12  # header, 10 rows, and the one too many


def test_an_xlsx_whose_parts_would_decompress_to_too_much_is_refused() -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (65 * 1024 * 1024) + b"</sst>")
    data = buffer.getvalue()
    assert len(data) < 200_000
    with pytest.raises(ImportFileError, match="Excel ファイルの中身が大きすぎて"):
        interop.read_upload(data)


def test_notes_under_the_table_are_set_apart_not_read_as_rows() -> None:
    data = csv_bytes(
        "活動名,団体名,活動の種類,日時,住所,",
        "朝のサロン,テスト会,高齢者サロン,毎週水曜 10:00～12:00,茨城県土浦市中央1-1-1,",
        "夕方のサロン,テスト会,高齢者サロン,毎週水曜 16:00～17:00,茨城県土浦市中央1-1-1,メモ書き",
        "",
        "※出典：土浦市福祉課（令和6年4月1日現在）",
        "問い合わせ：029-826-1111",
    )
    table = interop.read_upload(data)
    assert [r.cells[0] for r in table.rows] == ["朝のサロン", "夕方のサロン"]
    assert [(n.line, n.cells[0]) for n in table.notes] == [
        (5, "※出典：土浦市福祉課（令和6年4月1日現在）"),
        (6, "問い合わせ：029-826-1111"),
    ]


@pytest.mark.parametrize(
    ("last_rows", "rows", "notes"),
    [
        # Right under the table, a note is known by how it starts.
        (["※令和6年4月1日現在,,"], 2, 1),
        (["出典：福祉課,,", "029-826-1111,,"], 2, 2),
        # A row with one cell that is no note (only the name filled) stays a row.
        (["夜のサロン,,"], 3, 0),
        # One cell after a blank row: the table ended above it.
        (["", "土浦市福祉課作成,,"], 2, 1),
    ],
)
def test_which_last_rows_are_notes(last_rows: list[str], rows: int, notes: int) -> None:
    data = csv_bytes(
        "活動名,団体名,活動の種類", "朝のサロン,会,居場所", "昼のサロン,会,居場所", *last_rows
    )
    table = interop.read_upload(data)
    assert (len(table.rows), len(table.notes)) == (rows, notes)


def test_a_one_column_list_has_no_notes() -> None:
    table = interop.read_upload(csv_bytes("活動名", "朝のサロン", "", "※出典：福祉課"))
    assert [r.cells[0] for r in table.rows] == ["朝のサロン", "※出典：福祉課"]


# ---- a header further down than the rows searched ----

ELEVEN_NOTES = [f"※注意事項{n}：この一覧は福祉課が作成しました" for n in range(11)]


def test_a_header_below_the_rows_searched_is_refused_saying_where_it_is() -> None:
    data = csv_bytes(
        *ELEVEN_NOTES,
        "活動名,団体名,活動の種類,日時,住所",
        "朝のサロン,テスト会,高齢者サロン,毎週水曜 10:00～12:00,茨城県土浦市中央1-1-1",
    )
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(data)
    message = error.value.message
    assert "上から10行のうちに「活動名」「名称」「住所」などの見出しがありません" in message
    assert "12行目が見出しのようです" in message
    assert "その上の行（表題や注記）を削除して" in message


def test_notes_above_a_table_of_unknown_headers_are_refused_as_no_header() -> None:
    data = csv_bytes(*ELEVEN_NOTES, "なまえ,ばしょ", "朝のサロン,中央公民館")
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(data)
    assert "上から10行のうちに" in error.value.message
    assert "見出しの上の行（表題や注記）を削除して" in error.value.message


def test_a_header_within_the_rows_searched_is_still_found() -> None:
    data = csv_bytes(*ELEVEN_NOTES[:9], "活動名,団体名", "朝のサロン,テスト会")
    table = interop.read_upload(data)
    assert table.header_line == 10
    assert [r.cells[0] for r in table.rows] == ["朝のサロン"]


@pytest.mark.parametrize(
    "lines",
    [
        # Headers nobody knows are the person's to map: read, not refused.
        ["なまえ,ばしょ", *[f"サロン{n},公民館{n}" for n in range(15)]],
        # A one-column list with a header of its own.
        ["なまえ", *[f"サロン{n}" for n in range(15)]],
    ],
)
def test_a_first_row_naming_no_known_column_is_still_the_header(lines: list[str]) -> None:
    table = interop.read_upload(csv_bytes(*lines))
    assert table.header_line == 1
    assert len(table.rows) == 15


# ---- files of another kind, and tab-separated text ----

OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def _xlsx(*rows: list[object]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _docx() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            OLE2 + b"\x00" * 504 + b"garbage",
            "古い Excel 形式（.xls）のファイルです。Excel で開き、「名前を付けて保存」で .xlsx か CSV にしてください。",
        ),
        (
            OLE2 + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"),
            "パスワードで保護された Excel ファイルは読めません。",
        ),
        (
            _xlsx(["活動名", "団体名"], ["朝のサロン", "テスト会"])[:1500],  # cut short
            "Excel ファイル（.xlsx）として読めません。壊れているか、別の形式のファイルです。",
        ),
        (
            _docx(),  # a Word document renamed .xlsx
            "Excel ファイル（.xlsx）として読めません。壊れているか、別の形式のファイルです。",
        ),
    ],
    ids=["xls", "protected-xlsx", "truncated-xlsx", "docx"],
)
def test_a_file_of_another_kind_is_named_by_its_content(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(data)
    assert message in error.value.message
    assert "文字コード" not in error.value.message


def test_tab_separated_text_is_read_like_csv() -> None:
    data = csv_bytes(
        "令和6年度 サロン一覧",
        "活動名\t団体名\t活動の種類\t参加費\t住所",
        "朝のサロン\tテスト会\t高齢者サロン\t1,000円\t茨城県土浦市中央1-1-1",
        '夕方のサロン\tテスト会\t高齢者サロン\t"無料, 茶菓子代のみ"\t茨城県土浦市中央1-1-1',
    )
    table = interop.read_upload(data)
    assert table.delimiter == "\t"
    assert table.header_line == 2
    assert table.headers == ("活動名", "団体名", "活動の種類", "参加費", "住所")
    assert table.rows[0].cells[3] == "1,000円"
    assert table.rows[1].cells[3] == "無料, 茶菓子代のみ"


def test_excels_unicode_text_is_read_from_utf16() -> None:
    text = "活動名\t団体名\t住所\r\n朝のサロン\tテスト会\t茨城県土浦市中央1-1-1\r\n"
    table = interop.read_upload(b"\xff\xfe" + text.encode("utf-16-le"))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.headers == ("活動名", "団体名", "住所")
    assert table.rows[0].cells == ("朝のサロン", "テスト会", "茨城県土浦市中央1-1-1")


def test_a_tab_inside_a_csv_cell_keeps_it_a_csv() -> None:
    data = csv_bytes("活動名,団体名,紹介文", "朝のサロン,テスト会,お茶\tお菓子\tおしゃべり")
    table = interop.read_upload(data)
    assert table.delimiter == ","
    assert table.rows[0].cells[2] == "お茶\tお菓子\tおしゃべり"
