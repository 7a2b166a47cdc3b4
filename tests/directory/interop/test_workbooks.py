"""Spreadsheets as municipal staff make them: several sheets (表紙, 記入例, one a 地区), headers
of two rows under merged cells, Excel for Mac's 1904 dates; and the files people take for a
list that are none (a PDF) or are one in an unusual form (semicolons)."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import Action, ImportFileError
from directory.interop.layouts import ImportField as F
from directory.interop.planning import excel_serial_text
from directory.interop.reading import combine_headers, sniff_delimiter
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes

Sheet = tuple[str, Sequence[Sequence[object]]]


def workbook(
    *sheets: Sheet, merged: dict[str, list[str]] | None = None, mac: bool = False
) -> bytes:
    """An .xlsx with these sheets, in this order (cells merged as staff merge them)."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in (merged or {}).get(title, []):
            sheet.merge_cells(cells)
    if mac:
        book.epoch = CALENDAR_MAC_1904
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


HEADER = ["活動名", "団体名", "活動の種類", "日時", "住所"]
COVER: Sheet = ("表紙", [["令和6年度 地域の居場所一覧"], [], ["土浦市社会福祉協議会 地域福祉課"]])
EXPLANATION: Sheet = (
    "説明",
    [["この一覧の見方"], ["活動名", "活動の名前です"], ["住所", "会場の住所です"]],
)
EXAMPLE: Sheet = (
    "記入例",
    [
        HEADER,
        ["〇〇サロン", "〇〇町内会", "居場所", "毎週水曜 10:00～12:00", "茨城県土浦市中央1-1-1"],
    ],
)
NORTH: Sheet = (
    "北地区",
    [
        ["北地区の居場所（令和6年4月1日現在）"],
        HEADER,
        [
            "城北ふれあいサロン",
            "城北町町内会",
            "居場所",
            "毎週水曜 10:00～12:00",
            "茨城県土浦市城北町5-12",
        ],
        ["真鍋いきいき体操", "真鍋町内会", "居場所", "毎週金曜 9:30～11:00", "茨城県土浦市真鍋1-1"],
    ],
)
SOUTH: Sheet = (
    "南地区",
    [
        HEADER,
        ["大和町ふれあい喫茶", "大和町自治会", "居場所", "第2・第4土曜 13:30～15:30", "茨城県土浦市大和町9-1"],
    ],
)  # fmt: skip


# ---- several sheets ----


def test_a_workbook_with_a_cover_and_an_example_first_reads_the_sheets_of_the_list() -> None:
    data = workbook(COVER, EXPLANATION, EXAMPLE, NORTH, SOUTH)
    table = interop.read_upload(data)
    assert table.sheets == ("北地区", "南地区")
    assert table.sheets_read == "シート「北地区」「南地区」から読みました"
    assert [(r.sheet, r.line, r.cells[0]) for r in table.rows] == [
        ("北地区", 3, "城北ふれあいサロン"),
        ("北地区", 4, "真鍋いきいき体操"),
        ("南地区", 2, "大和町ふれあい喫茶"),
    ]
    assert table.passed_sheets == (
        "シート「記入例」は記入例として読み込みません。",
        "シート「表紙」「説明」には一覧の表がないため読み込みません。",
    )
    assert "〇〇サロン" not in {r.cells[0] for r in table.rows}
    assert table.header_lines == "「北地区」2・「南地区」1"  # said as 「見出しは…行目」


def test_the_list_on_a_later_sheet_alone_is_read_and_its_rows_say_only_their_line() -> None:
    table = interop.read_upload(workbook(COVER, NORTH))
    assert table.sheets == ("北地区",)
    assert [(r.sheet, r.line) for r in table.rows] == [("", 3), ("", 4)]
    assert table.header_line == 2


def test_a_sheet_with_other_columns_is_not_read_and_said_so() -> None:
    tally: Sheet = ("集計", [["地区", "活動名", "住所", "件数"], ["北地区", "計", "", 2]])
    table = interop.read_upload(workbook(NORTH, tally))
    assert table.sheets == ("北地区",)
    assert table.passed_sheets == (
        "シート「集計」は、見出しがシート「北地区」と違うため読み込みません（別のファイルにして取り込んでください）。",
    )


def test_a_district_sheet_with_a_column_added_at_its_end_is_read_with_the_others() -> None:
    south: Sheet = ("南地区", [[*HEADER, "備考"], [*SOUTH[1][1], "雨天中止"]])
    table = interop.read_upload(workbook(NORTH, south))
    assert table.sheets == ("北地区", "南地区")
    assert table.headers == (*HEADER, "備考")
    assert [r.cells[-1] for r in table.rows] == [
        "茨城県土浦市城北町5-12",
        "茨城県土浦市真鍋1-1",
        "雨天中止",
    ]


def test_a_hidden_sheet_of_drop_down_choices_is_passed_over() -> None:
    book = Workbook()
    book.active.title = "一覧"
    for row in SOUTH[1]:
        book.active.append(list(row))
    choices = book.create_sheet("選択肢")
    choices.append(["活動名", "住所"])  # a hidden list that would pass for a header
    choices.sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    table = interop.read_upload(buffer.getvalue())
    assert table.sheets == ("一覧",)
    assert table.passed_sheets == ()


def test_rows_of_several_sheets_are_named_by_sheet_in_every_message(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    south: Sheet = (
        "南地区",
        [HEADER, [*NORTH[1][2][:4], "茨城県土浦市城北町5-12"], ["", "会", "居場所"]],
    )
    plan = plan_bytes(db_session, workbook(COVER, NORTH, south), geocoder)
    assert [row.place for row in plan.rows] == [
        "シート「北地区」3行目",
        "シート「北地区」4行目",
        "シート「南地区」2行目",
        "シート「南地区」3行目",
    ]
    rejected = plan.rejected[0]
    assert str(rejected.problems[0]) == "シート「南地区」3行目「活動名」: 必須の項目が空です"
    duplicate = next(row for row in plan.rows if row.duplicate_of_line is not None)
    assert duplicate.key == "南地区!2"
    assert duplicate.duplicate_of_place == "シート「北地区」3行目"
    assert "シート「北地区」3行目と同じ活動のようです" in [
        str(w.message) for w in duplicate.warnings
    ]
    # Decisions name the row by sheet and line: line 2 of 南地区 is not line 2 of any other.
    decided = plan.decide({"南地区!2": "create"})
    assert [row.action for row in decided.rows][:3] == [Action.CREATE, Action.CREATE, Action.CREATE]


def test_a_note_under_one_of_several_sheets_is_named_by_its_sheet(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    north: Sheet = ("北地区", [*NORTH[1], [], ["※出典：北地区社協（令和6年4月1日現在）"]])
    plan = plan_bytes(db_session, workbook(north, SOUTH), geocoder)
    assert plan.notes == (
        "シート「北地区」6行目は表の下の注記として読み込みません（「※出典：北地区社協（令和6年4月1日現在）」）",
    )
    assert plan.counts[Action.CREATE] == 3


def test_an_error_in_one_of_several_sheets_names_the_sheet() -> None:
    long_south = ("南地区", [HEADER, ["長いサロン", "会", "居場所", "あ" * 10_001, "土浦市"]])
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(workbook(COVER, NORTH, long_south))
    assert error.value.message == (
        "シート「南地区」: 2行目: 1つのセルの文字が多すぎます（最大 10,000 字）。"
    )


def test_a_workbook_of_only_an_example_says_so() -> None:
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(workbook(COVER, EXAMPLE))
    assert error.value.message == (
        "記入例のシート「記入例」のほかに、読み込むシートがありません。一覧を入力したシートを加えて保存してください。"
    )


def test_the_missing_columns_problem_comes_with_the_sheet_read() -> None:
    names: Sheet = ("名簿", [["なまえ", "ばしょ"], ["朝のサロン", "中央公民館"]])
    table = interop.read_upload(workbook(COVER, names))
    assert table.sheets == ("名簿",)
    assert interop.map_columns(table.headers).problems == ("必要な列がありません: 「活動名」",)
    assert table.sheets_read == "シート「名簿」から読みました"


def test_a_workbook_of_one_sheet_reads_as_before() -> None:
    table = interop.read_upload(workbook(NORTH))
    assert (table.sheets, table.passed_sheets, table.header_line) == ((), (), 2)
    assert [r.sheet for r in table.rows] == ["", ""]


# ---- two-row headers ----

TWO_ROW_HEADER = [
    ["名称", "開催日時", None, "連絡先", None, "所在地", None, "団体名"],
    [None, "曜日", "時間", "電話番号", "メールアドレス", "郵便番号", "住所", None],
]
TWO_ROW_MERGES = ["A1:A2", "B1:C1", "D1:E1", "F1:G1", "H1:H2"]
SALON = [
    "城北ふれあいサロン", "水", "10:00～12:00", "０２９（８２１）１１１１", "salon@example.jp",
    "３００－０８１１", "茨城県土浦市城北町5-12", "城北町町内会",
]  # fmt: skip


def test_a_two_row_header_under_merged_cells_names_each_column_by_both_rows() -> None:
    data = workbook(("一覧", [*TWO_ROW_HEADER, SALON]), merged={"一覧": TWO_ROW_MERGES})
    table = interop.read_upload(data)
    assert table.headers == (
        "名称",
        "開催日時 曜日",
        "開催日時 時間",
        "連絡先 電話番号",
        "連絡先 メールアドレス",
        "所在地 郵便番号",
        "所在地 住所",
        "団体名",
    )
    assert (table.header_line, table.header_lines) == (1, "1〜2")
    assert [r.line for r in table.rows] == [3]
    mapping = interop.map_columns(table.headers, samples=table.samples)
    assert mapping.fields == {
        0: F.NAME,
        1: F.WEEKDAYS,
        2: F.SCHEDULE_NOTE,
        3: F.CONTACT_PHONE,
        4: F.CONTACT_EMAIL,
        5: F.POSTAL_CODE,
        6: F.ADDRESS,
        7: F.ORGANIZATION,
    }
    assert mapping.warnings == ()


def test_a_two_row_header_imports_the_contact_place_and_time(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = workbook(("一覧", [["令和6年度 サロン一覧"], *TWO_ROW_HEADER, SALON]))
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    (row,) = plan.rows
    assert row.data is not None, [str(p) for p in row.problems]
    assert row.line == 4
    assert row.data.schedule_text == "水 10:00～12:00"
    assert row.data.contact_phone == "029(821)1111"  # 全角 folded, as for any phone cell
    assert row.data.contact_email == "salon@example.jp"
    assert (row.data.postal_code, row.data.address) == ("300-0811", "茨城県土浦市城北町5-12")


def test_a_csv_with_a_two_row_header_is_read_the_same_way() -> None:
    data = csv_bytes(
        "名称,所在地,,連絡先",
        ",郵便番号,住所,電話番号",
        "サロン,300-0811,茨城県土浦市城北町5-12,029-821-1111",
    )
    table = interop.read_upload(data)
    assert table.headers == ("名称", "所在地 郵便番号", "所在地 住所", "連絡先 電話番号")
    mapping = interop.map_columns(table.headers)
    assert list(mapping.fields.values()) == [F.NAME, F.POSTAL_CODE, F.ADDRESS, F.CONTACT_PHONE]


@pytest.mark.parametrize(
    "lines",
    [
        # A header then its first row: the row is data, not a second header row.
        ["名称,住所,電話番号", "住所サロン,茨城県土浦市城北町5-12,029-821-1111"],
        # A group row over named columns that the columns alone name as well.
        ["基本情報,,所在地,", "名称,名称_カナ,住所,方書", "集会所,シュウカイジョ,土浦市城北町,2階"],
        # A title right above: never a group, even over names only a group makes known.
        ["令和6年度 サロン一覧,,,", "活動名,曜日,時間,住所", "朝のサロン,水,10:00～12:00,土浦市"],
    ],
)
def test_a_single_header_row_reads_as_before(lines: list[str]) -> None:
    table = interop.read_upload(csv_bytes(*lines))
    assert table.header_rows == 1
    assert table.headers == tuple(lines[-2].split(","))


def test_a_two_row_header_column_can_be_mapped_by_its_name() -> None:
    data = csv_bytes("名称,連絡先,,", ",担当者,FAX,窓口", "サロン,福祉課,029-000-0000,本庁舎")
    table = interop.read_upload(data)
    assert table.headers == ("名称", "連絡先 担当者", "連絡先 FAX", "連絡先 窓口")
    mapping = interop.map_columns(table.headers, overrides={"連絡先 FAX": "ignore"})
    assert mapping.fields == {0: F.NAME, 1: F.CONTACT_NAME}
    assert mapping.warnings == (
        "「連絡先 窓口」列は読み込みません（どの項目か指定すれば読み込みます）。",
    )


# ---- Excel for Mac's 1904 date system ----


def test_serial_dates_of_a_1904_workbook_are_read_from_1904() -> None:
    assert excel_serial_text(F.START_DATE, "43921", date1904=True) == "2024-04-01"
    assert excel_serial_text(F.START_DATE, "45383") == "2024-04-01"
    assert excel_serial_text(F.START_DATE, "1", date1904=True) == "1"  # not a date: kept


def test_an_events_list_saved_by_excel_for_mac_keeps_its_dates(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    header = [
        "イベント名",
        "開始日",
        "終了日",
        "開始時間",
        "終了時間",
        "住所",
        "主催者",
        "カテゴリー",
    ]
    # General-format cells as Excel for Mac stores 2024-04-01 and 2024-04-02 10:00〜12:00.
    row = ["春の交流会", 43921, 43922, 0.4166666667, 0.5, "茨城県土浦市中央1-1-1", "社協", "居場所"]
    plan = plan_bytes(db_session, workbook(("イベント", [header, row]), mac=True), geocoder)
    data = plan.rows[0].data
    assert data is not None
    assert data.schedule_text == "2024年4月1日〜2024年4月2日 10:00〜12:00"


# ---- files of another kind ----


def test_a_pdf_is_refused_with_what_to_upload_instead() -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(pdf)
    assert error.value.message.startswith("PDF ファイルは読み込めません。")
    assert "CSV（.csv）か Excel ブック（.xlsx）" in error.value.message
    assert "文字コード" not in error.value.message


def _zip(parts: dict[str, bytes]) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (
            {"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\x83\x01\x00"},
            "Excel バイナリ ブック（.xlsb）は読めません。",
        ),
        (
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<office:document-content/>",
            },
            "OpenDocument のスプレッドシート（.ods）は読めません。",
        ),
    ],
    ids=["xlsb", "ods"],
)
def test_other_spreadsheets_are_named_with_how_to_save_them(
    parts: dict[str, bytes], message: str
) -> None:
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(_zip(parts))
    assert error.value.message.startswith(message)
    assert "「名前を付けて保存」" in error.value.message


def test_a_semicolon_separated_csv_is_read() -> None:
    data = csv_bytes(
        "令和6年度 サロン一覧",
        "活動名;団体名;活動の種類;参加費;住所",
        "朝のサロン;テスト会;高齢者サロン;1,000円;茨城県土浦市中央1-1-1",
        "夕方のサロン;テスト会;高齢者サロン;無料;茨城県土浦市中央1-1-1",
        encoding="cp932",
    )
    table = interop.read_upload(data)
    assert table.delimiter == ";"
    assert table.headers == ("活動名", "団体名", "活動の種類", "参加費", "住所")
    assert table.rows[0].cells == (
        "朝のサロン",
        "テスト会",
        "高齢者サロン",
        "1,000円",
        "茨城県土浦市中央1-1-1",
    )


def test_a_comma_csv_listing_categories_with_semicolons_stays_a_comma_csv() -> None:
    data = csv_bytes(
        "活動名,活動の種類", "朝のサロン,居場所;高齢者サロン;体操", "夜のサロン,居場所;子ども;学習"
    )
    table = interop.read_upload(data)
    assert table.delimiter == ","
    assert table.rows[0].cells == ("朝のサロン", "居場所;高齢者サロン;体操")


def test_a_semicolon_csv_with_commas_in_its_cells_is_still_a_semicolon_csv() -> None:
    data = csv_bytes(
        "活動名;参加費",
        "朝のサロン;1,000円（茶菓子代, 保険料）",
        "夕方のサロン;500円, 初回無料, 要予約",
    )
    table = interop.read_upload(data)
    assert table.delimiter == ";"
    assert table.rows[1].cells == ("夕方のサロン", "500円, 初回無料, 要予約")


_NAMES = st.lists(
    st.sampled_from(["活動名", "団体名", "活動の種類", "日時", "住所", "対象", "参加費", "定員"]),
    min_size=2,
    max_size=6,
    unique=True,
)
_CELL = st.text(alphabet="あいう居場所子ども;:1,0 円-", max_size=12)


@given(names=_NAMES, data=st.data())
def test_cells_never_decide_the_delimiter_against_the_header(
    names: list[str], data: st.DataObject
) -> None:
    """A comma CSV stays comma-separated whatever its cells hold (「居場所;子ども」 included),
    and a semicolon file is semicolon-separated whatever commas its cells hold."""
    rows = data.draw(
        st.lists(st.lists(_CELL, min_size=len(names), max_size=len(names)), min_size=1, max_size=8)
    )

    def text(delimiter: str) -> str:
        def quoted(cell: str) -> str:
            return f'"{cell}"' if delimiter in cell else cell

        lines = [delimiter.join(names)] + [delimiter.join(map(quoted, row)) for row in rows]
        return "\r\n".join(lines) + "\r\n"

    assert sniff_delimiter(text(",")) == ","
    assert sniff_delimiter(text(";")) == ";"


@given(
    upper=st.lists(st.sampled_from(["", "連絡先", "所在地", "名称"]), max_size=6), data=st.data()
)
def test_a_combined_header_has_a_name_for_every_named_column(
    upper: list[str], data: st.DataObject
) -> None:
    lower = data.draw(st.lists(st.sampled_from(["", "電話番号", "住所", "曜日"]), max_size=6))
    names = combine_headers(upper, lower)
    assert len(names) == max(len(upper), len(lower))
    for index, name in enumerate(names):
        above = upper[index] if index < len(upper) else ""
        below = lower[index] if index < len(lower) else ""
        assert bool(name) == bool(above or below)  # no column loses its name, none gains one
        assert name.endswith(below)  # the lower name is always the end of the name
        assert name.startswith(above)


def test_a_file_semicolons_split_unevenly_is_explained() -> None:
    data = csv_bytes("活動名;団体名;住所", "朝のサロン;テスト会", "夕方のサロン;テスト会;土浦市;;")
    with pytest.raises(ImportFileError) as error:
        interop.read_upload(data)
    assert error.value.message.startswith("見出しの行がセミコロン（;）で区切られているようですが")
