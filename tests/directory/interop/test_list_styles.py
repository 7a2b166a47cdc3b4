"""Lists in the styles municipalities and 社協 keep them, beyond the 自治体標準 layouts: columns
named in the list's own words (「通いの場名称」「会場」「世話人」), 地区 headings and 合計 rows
inside the table, cells merged down, ○ in columns of weekdays or targets, coordinates in
度分秒, an address in two columns, and cells of several lines (Alt+Enter)."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pytest
from openpyxl import Workbook
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from directory import contacts, interop
from directory.interop import Action, ImportField, ImportPlan, PlannedRow, municipalities, planning
from directory.interop.planning import degrees_of
from directory.models import Listing, ListingStatus, Location
from directory.schedules import parse_schedule
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes
from tests.factories import make_listing

F = ImportField
SHAKYO = "土浦市社会福祉協議会"


def _xlsx(*rows: list[object], merges: tuple[str, ...] = ()) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _row(plan: ImportPlan, name: str) -> PlannedRow:
    return next(r for r in plan.rows if r.data is not None and r.data.name == name)


def _problems(plan: ImportPlan) -> list[str]:
    return [str(p) for r in plan.rejected for p in r.problems]


# ---- columns named in the list's own words --------------------------------------------------


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("通いの場名称", F.NAME),
        ("サロン名", F.NAME),
        ("子ども食堂名", F.NAME),
        ("居場所名", F.NAME),
        ("活動場所（公民館等）", F.PLACE_NAME),
        ("会場", F.PLACE_NAME),
        ("活動の場所", F.PLACE_NAME),
        ("所在地（住所）", F.ADDRESS),
        ("開催場所の住所", F.ADDRESS),
        ("開催時間", F.SCHEDULE_NOTE),
        ("開催日時", F.SCHEDULE),
        ("活動日", F.MEETING_DAYS),
        ("主な活動内容（体操・茶話会等）", F.DESCRIPTION),
        ("参加人数", F.PARTICIPANTS),
        ("代表者", F.CONTACT_NAME),
        ("世話人", F.CONTACT_NAME),
        ("TEL", F.CONTACT_PHONE),
        ("運営団体", F.ORGANIZATION),
        ("会費", F.COST_TEXT),
        ("対象者", F.CONDITIONS),
        ("地区", F.DISTRICT),
        ("種別", F.TAGS),
        ("町名", F.ADDRESS),
        ("番地", F.ADDRESS_BLOCK),
        ("建物名", F.ADDRESS_EXTRA),
        ("フリガナ", F.KANA),
        ("TEL・FAX", F.CONTACT_PHONE),
        ("法人名", F.ORGANIZATION),
        ("〒", F.POSTAL_CODE),
        ("休館日", F.CLOSED_DAYS),
        ("開催日・時間", F.SCHEDULE),
        ("開催曜日・時間帯", F.SCHEDULE),
        ("開催日時・場所", F.SCHEDULE),
    ],
)
def test_a_column_named_in_the_lists_own_words_is_read(header: str, meaning: ImportField) -> None:
    table = interop.read_upload(csv_bytes(f"備考,{header}", "メモ,x"))
    mapping = interop.map_columns(table.headers, samples=table.samples)
    assert mapping.fields.get(1) is meaning, mapping.warnings
    assert mapping.warnings == ()


@pytest.mark.parametrize(
    ("sample", "meaning"),
    [
        ("土浦市大岩田911", F.ADDRESS),
        ("〒300-0811 土浦市上高津1672", F.ADDRESS),
        ("真鍋五丁目3-2", F.ADDRESS),
        ("中央市民会館2階", F.PLACE_NAME),
        ("第2公民館", F.PLACE_NAME),
    ],
)
def test_a_place_column_holding_addresses_is_read_as_the_address(
    sample: str, meaning: ImportField
) -> None:
    table = interop.read_upload(csv_bytes("名称,開催場所（住所）", f"サロン,{sample}"))
    mapping = interop.map_columns(table.headers, samples=table.samples)
    assert mapping.fields[1] is meaning


def test_a_header_repeated_inside_the_table_is_passed_over_and_said_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,住所,団体名",
        "朝のサロン,茨城県土浦市中央1-1,中央自治会",
        "名称,住所,団体名",
        "夕方サロン,茨城県土浦市大和町9-1,大和町自治会",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert [r.data.name for r in plan.rows if r.data] == ["朝のサロン", "夕方サロン"]
    assert not plan.rejected
    assert plan.notes == ("3行目は見出しの繰り返しとして読み込みません",)


@pytest.mark.parametrize("header", ["町名", "代表者名", "地区名", "会の名前"])
def test_words_that_are_not_the_activitys_name_are_never_taken_for_it(header: str) -> None:
    mapping = interop.map_columns(("住所", header))
    assert mapping.column_of(F.NAME) is None
    assert mapping.problems == ("必要な列がありません: 「活動名」",)


KAYOINOBA = [
    ["令和6年度 住民主体の通いの場一覧（令和6年4月1日現在）"],
    [],
    ["No.", "通いの場名称", "活動場所（公民館等）", "所在地", "開催頻度", "開催曜日", "開催時間",
     "主な活動内容（体操・茶話会等）", "参加人数", "代表者", "連絡先"],
    ["■北地区"],
    [1, "いきいき百歳体操 神立会", "神立公民館", "神立町1234-5", "週1回", "火", "10:00～11:30",
     "いきいき百歳体操・茶話会", 18, "山田 花子", "029-831-0001"],
    [2, "おしゃべりサロン 木田余", "木田余集会所", "木田余東台二丁目5-3", "月2回", "第1・第3水曜日",
     "13:30～15:00", "茶話会、脳トレ", "12", "佐藤 一郎", "029-831-0002"],
    [],
    ["■南地区"],
    [3, "荒川沖ころばん体操クラブ", "荒川沖地区公民館", "荒川沖東二丁目1-1", "毎週", "木",
     "9:30～11:00", "ころばん体操", "約20名", "鈴木 正", "029-842-0003"],
    [],
    ["", "合計", "", "", "", "", "", "", 50, "", ""],
    [],
    ["※参加人数は令和6年3月末時点の登録者数です。"],
]  # fmt: skip


def test_a_kayoinoba_list_of_a_kaigo_hoken_section_imports_every_place(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        _xlsx(*KAYOINOBA),
        geocoder,
        organization=SHAKYO,
        categories=("kayoinoba",),
    )
    assert plan.mapping.unknown_headers == ()
    assert not plan.rejected, _problems(plan)
    assert plan.counts[Action.CREATE] == 3
    row = _row(plan, "おしゃべりサロン 木田余")
    data = row.data
    assert data is not None
    assert data.place_name == "木田余集会所"
    assert data.contact_name == "佐藤 一郎"
    assert data.contact_phone == "029-831-0002"
    assert "茶話会、脳トレ" in data.description
    assert "参加人数: 12" in data.description
    assert "地区: 北地区" in data.description  # the heading row above it
    assert data.capacity is None  # how many come is not how many may
    spec = parse_schedule(data.schedule_text)
    assert not spec.needs_review, data.schedule_text
    assert [(r.nth, r.weekdays) for r in spec.rules] == [((1, 3), (2,))]
    assert spec.rules[0].times is not None
    assert "地区: 南地区" in _row(plan, "荒川沖ころばん体操クラブ").data.description  # type: ignore[union-attr]
    assert plan.notes[:3] == (
        "4行目は表の中の見出しとして読み込みません（「■北地区」）",
        "8行目は表の中の見出しとして読み込みません（「■南地区」）",
        "11行目は合計の行として読み込みません（「合計 50」）",
    )


def test_a_list_of_groups_names_each_activity_by_its_group(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "番号,団体・グループ名,活動の場所,所在地（住所）,活動日時,活動内容,対象者,会費,TEL,代表者名",
        "1,ほほえみ会,中央公民館,土浦市中央1-1,毎月第2水曜日 13:30～15:30,茶話会,高齢者,100円,"
        "029-821-0101,山本",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert plan.file_warnings == (
        "活動名の列がないため、「団体・グループ名」列を活動名としても読み込みます（団体ごとの一覧として）。",
    )
    assert not plan.rejected, _problems(plan)
    row = _row(plan, "ほほえみ会")
    assert row.organization == "ほほえみ会"
    assert row.data is not None
    assert row.data.targets == ("seniors",)
    assert row.data.cost_text == "100円"
    assert (row.data.contact_name, row.data.contact_phone) == ("山本", "029-821-0101")


# ---- rows inside the table that are no listing ------------------------------------------------


def test_heading_and_total_rows_of_a_csv_are_passed_over_and_said_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,住所,開催日時,団体名,カテゴリー",
        "■北地区,,,,",
        "神立サロン,土浦市神立町1234-5,毎週火曜日 10:00～11:30,神立自治会,居場所",
        ",,,,",
        "【南地区】,,,,",
        "荒川沖サロン,土浦市荒川沖東2-1-1,毎週木曜日 9:30～11:00,荒川沖自治会,居場所",
        "計,,2か所,,",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO)
    assert [r.data.name for r in plan.rows if r.data] == ["神立サロン", "荒川沖サロン"]
    assert not plan.rejected
    assert plan.notes == (
        "2行目は表の中の見出しとして読み込みません（「■北地区」）",
        "5行目は表の中の見出しとして読み込みません（「【南地区】」）",
        "7行目は合計の行として読み込みません（「計 2か所」）",
    )
    assert "地区: 南地区" in _row(plan, "荒川沖サロン").data.description  # type: ignore[union-attr]


def test_a_row_with_only_a_name_is_still_a_listing_to_check() -> None:
    table = interop.read_upload(
        csv_bytes("名称,住所,団体名", "朝のサロン,,", "夕方サロン,土浦市中央1-1,会")
    )
    assert [row.line for row in table.rows] == [2, 3]
    assert table.passed_rows == ()


# ---- Excel: cells merged down -------------------------------------------------------------


def test_a_district_written_once_in_merged_cells_is_every_rows_district(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["地区", "種別", "サロン名", "会場", "住所", "開催日", "時間", "世話人"],
        ["一中地区", "ふれあいいきいきサロン", "川口サロン", "川口集会所", "土浦市川口1-5-10",
         "毎月第2火曜日", "13:30～15:30", "田中"],
        ["", "", "城北サロン", "城北集会所", "土浦市城北町3-1", "毎月第4木曜日", "10:00～12:00", "伊藤"],
        ["二中地区", "子育てサロン", "ひよこクラブ", "二中地区公民館", "土浦市虫掛100",
         "毎週金曜日", "10:00～11:30", "渡辺"],
        merges=("A2:A3", "B2:B3"),
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert not plan.rejected, _problems(plan)
    second = _row(plan, "城北サロン").data
    assert second is not None
    assert "地区: 一中地区" in second.description
    assert "ふれあいいきいきサロン" in second.tags
    spec = parse_schedule(second.schedule_text)
    assert not spec.needs_review, second.schedule_text
    assert "子育てサロン" in _row(plan, "ひよこクラブ").data.tags  # type: ignore[union-attr]


# ---- columns of marks --------------------------------------------------------------------


def test_circles_in_weekday_columns_are_the_days_it_meets(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["居場所名", "住所", "月", "火", "水", "木", "金", "土", "日", "時間", "運営団体"],
        ["あおぞら", "土浦市上高津1672", "○", "", "〇", "", "◯", "", "", "10:00～16:00", "NPOあおぞら"],
        ["こもれび", "土浦市桜町1-16-12", "", "×", "", "●", "", "第2・4", "", "11:30～14:00", "こもれびの会"],
        ["縁側", "土浦市中央2-3-4", "✓", "レ", "1", "", "", "", "休み", "9:00～12:00", "商店会"],
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert plan.mapping.unknown_headers == ()
    assert not plan.rejected, _problems(plan)
    expected = {
        "あおぞら": [((), (0, 2, 4))],
        "こもれび": [((), (3,)), ((2, 4), (5,))],
        "縁側": [((), (0, 1, 2))],
    }
    for name, rules in expected.items():
        data_ = _row(plan, name).data
        assert data_ is not None
        spec = parse_schedule(data_.schedule_text)
        assert not spec.needs_review, data_.schedule_text
        assert sorted((r.nth, r.weekdays) for r in spec.rules) == sorted(rules), data_.schedule_text
        assert all(r.times is not None for r in spec.rules)


def test_circles_in_target_columns_are_its_targets(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "活動名,団体名,所在地,高齢者,子ども,障害者,子育て世帯,どなたでも",
        "多世代ひろば,ひろばの会,土浦市桜町1-16-12,○,○,○,,",
        "ぴよぴよ広場,子育て応援隊,土浦市大岩田911,,,,○,",
        "だれでもカフェ,カフェの会,土浦市真鍋5-3-2,,,,,●",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert plan.mapping.unknown_headers == ()
    targets = {r.data.name: set(r.data.targets) for r in plan.rows if r.data}
    assert targets == {
        "多世代ひろば": {"seniors", "children", "disability"},
        "ぴよぴよ広場": {"parents"},
        "だれでもカフェ": {"everyone"},
    }


def test_a_lone_column_named_like_a_weekday_is_not_read_as_one() -> None:
    mapping = interop.map_columns(("名称", "月", "参加者"), samples={1: "4月"})
    assert F.WEEKDAY_MARK not in mapping.fields.values()


# ---- free words in a 対象 column ---------------------------------------------------------


def test_words_of_no_target_keep_the_row_and_the_words(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,団体名,対象",
        "みんなの食堂,ひまわりの会,子ども・保護者・地域の方",
        "にじいろ食堂,にじいろ,小・中学生",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("kodomo_shokudo",))
    assert not plan.rejected, _problems(plan)
    first = _row(plan, "みんなの食堂")
    assert first.data is not None
    assert set(first.data.targets) == {"children", "parents"}
    assert "対象: 子ども・保護者・地域の方" in first.data.description
    assert [str(w) for w in first.warnings] == [
        "2行目「対象」: 「地域の方」は登録されている対象ではないため、紹介文に「対象: …」として残します"
    ]
    second = _row(plan, "にじいろ食堂")
    assert second.data is not None
    assert second.data.targets == ("children",)
    assert second.warnings == ()  # 「小・中学生」: 小学生 and 中学生, nothing unread
    assert "対象: 小・中学生" in second.data.description  # and the words kept


# ---- coordinates, addresses, lines --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("36°4'43.2\"", 36.078667),
        ("140°11′45.6″", 140.196),
        ("140°11’45.6”", 140.196),
        ("36度3分10秒", 36.052778),
        ("北緯36度3分10秒", 36.052778),
        ("N36.0812", 36.0812),
        ("Ｅ１４０．２０１１", 140.2011),
        ("S33°52'", -33.866667),
        ("36.0812", None),  # a plain number is read as a number
        ("北緯36度", None),  # degrees alone are no place
    ],
)
def test_coordinates_in_degrees_minutes_and_seconds(text: str, degrees: float | None) -> None:
    assert degrees_of(text) == (pytest.approx(degrees, abs=1e-6) if degrees is not None else None)


def test_a_row_with_coordinates_in_degrees_is_placed_where_they_say(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,住所,緯度,経度,カテゴリー,団体名",
        "高津サロン,茨城県土浦市上高津1672,36°4'43.2\",140°11'45.6\",居場所,高津地区社協",
        encoding="utf-8-sig",
    )
    plan = plan_bytes(db_session, data, geocoder)
    assert not plan.rejected, _problems(plan)
    row = plan.rows[0].data
    assert row is not None
    assert (row.lat, row.lon, row.precision) == (36.078667, 140.196, "file")


def test_an_address_in_two_columns_is_one_address(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "市区町村名,サロン名称,町名,番地,建物名,曜日,時間,団体名",
        "土浦市,桜町茶話会,桜町一丁目,16番12号,桜町会館,土,10:00～11:30,桜町自治会",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    row = _row(plan, "桜町茶話会").data
    assert row is not None
    assert row.address == "茨城県土浦市桜町一丁目16番12号 桜町会館"
    assert row.precision == "chome"
    spec = parse_schedule(row.schedule_text)
    assert [(r.weekdays, r.times is not None) for r in spec.rules] == [((5,), True)]


def test_cells_of_several_lines_are_read_line_by_line(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["名称", "所在地", "開催日時", "連絡先", "カテゴリー", "団体名"],
        ["ふれあい\nカフェ桜", "土浦市桜町1-16-12\n桜町会館2階", "毎月第1・第3月曜日\n10:00～12:00",
         "桜町会館\n029-821-1111", "居場所", "桜町自治会"],
        ["オレンジカフェ\n（認知症カフェ）", "土浦市中央2-3-4", "毎週木曜\n13:30～15:30\n※祝日休み",
         "029-821-2222\ncafe@example.jp", "居場所", "中央地域包括支援センター"],
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder)
    assert not plan.rejected, _problems(plan)
    first = _row(plan, "ふれあいカフェ桜").data
    assert first is not None
    assert first.address == "茨城県土浦市桜町1-16-12 桜町会館2階"
    assert (first.contact_name, first.contact_phone) == ("桜町会館", "029-821-1111")
    assert not parse_schedule(first.schedule_text).needs_review, first.schedule_text
    second = _row(plan, "オレンジカフェ（認知症カフェ）").data
    assert second is not None
    assert (second.contact_phone, second.contact_email) == ("029-821-2222", "cafe@example.jp")
    spec = parse_schedule(second.schedule_text)
    assert not spec.needs_review, second.schedule_text
    assert [r.weekdays for r in spec.rules] == [(3,)]


# ---- facilities, dates kept by Excel, groups under headings, marks under a group ---------


def test_a_facility_list_of_opening_and_closing_times_and_closed_days(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["施設名", "〒", "住所", "開館日", "開館時間", "閉館時間", "休館日", "電話番号"],
        ["一中地区公民館", "〒300-0052", "土浦市東崎町2-2", "火～日", time(8, 30), time(17, 15),
         "月曜", "029-821-0003"],
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("ibasho",))
    assert plan.mapping.unknown_headers == ()
    row = plan.rows[0].data
    assert row is not None
    assert row.postal_code == "300-0052"
    spec = parse_schedule(row.schedule_text)
    assert not spec.needs_review, row.schedule_text
    assert [r.weekdays for r in spec.closed_rules] == [(0,)]
    assert "8:30" in row.schedule_text
    assert "17:15" in row.schedule_text


def test_opening_hours_in_one_column_are_read_whole() -> None:
    mapping = interop.map_columns(("施設名", "住所", "開館時間"))
    assert mapping.fields[2] is F.SCHEDULE_NOTE  # 「9:00～17:00」, no 閉館時間 beside it


def test_a_date_excel_keeps_in_a_days_column_is_a_date(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["名称", "運営者", "会場", "開催予定日", "時間"],
        ["もぐもぐ食堂", "もぐもぐ会", "真鍋会館", datetime(2027, 4, 20), "17:00～19:00"],
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("kodomo_shokudo",))
    row = plan.rows[0].data
    assert row is not None
    spec = parse_schedule(row.schedule_text)
    assert not spec.needs_review, row.schedule_text
    assert spec.rules[0].dates == (date(2027, 4, 20),)


def test_a_list_of_groups_under_headings_of_what_they_do(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    lines = [
        ["団体名", "活動内容", "活動日", "活動場所", "会員数", "代表者", "電話"],
        ["■体操・健康", "", "", "", "", "", ""],
        ["健康体操クラブ", "ストレッチ体操", "毎週月曜日", "中央公民館", "25名", "高橋", "029-821-3333"],
        ["■趣味・教養", "", "", "", "", "", ""],
        ["俳句の会", "句会", "第2・第4水曜日", "真鍋会館", "10名", "渡辺", "029-821-5555"],
    ]  # fmt: skip
    text = "".join("\t".join(cells) + "\r\n" for cells in lines)
    data = b"\xff\xfe" + text.encode("utf-16-le")  # Excel's 「Unicode テキスト」
    plan = plan_bytes(db_session, data, geocoder, categories=("shogai_gakushu",))
    assert not plan.rejected, _problems(plan)
    assert [r.data.name for r in plan.rows if r.data] == ["健康体操クラブ", "俳句の会"]
    haiku = _row(plan, "俳句の会")
    assert haiku.organization == "俳句の会"
    assert haiku.data is not None
    assert "趣味・教養" in haiku.data.tags  # the heading above it, a keyword
    assert "参加人数: 10名" in haiku.data.description
    assert "体操・健康" in _row(plan, "健康体操クラブ").data.tags  # type: ignore[union-attr]


def test_weekday_marks_under_a_merged_group_cell(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["名称", "所在地", "開催曜日", None, None, None, None, None, None, "時間", "運営"],
        [None, None, "月", "火", "水", "木", "金", "土", "日", None, None],
        ["ふらっとカフェ", "土浦市中央2-3-4", "○", None, "○", None, None, None, None,
         "10:00～15:00", "ふらっとの会"],
        merges=("C1:I1", "A1:A2", "B1:B2", "J1:J2", "K1:K2"),
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert plan.mapping.unknown_headers == ()
    assert not plan.rejected, _problems(plan)
    row = plan.rows[0].data
    assert row is not None
    spec = parse_schedule(row.schedule_text)
    assert not spec.needs_review, row.schedule_text
    assert [r.weekdays for r in spec.rules] == [(0, 2)]


# ---- values as hand-kept lists and Excel write them ----------------------------------------


def test_ditto_marks_are_the_value_above(db_session: Session, geocoder: OfflineGeocoder) -> None:
    data = csv_bytes(
        "名称,会場,住所,日時,団体名",
        "朝のサロン,中央公民館,茨城県土浦市中央1-1,毎週火曜日 10:00～12:00,中央自治会",
        "脳トレ教室,〃,〃,毎週木曜日 10:00～12:00,同上",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    row = _row(plan, "脳トレ教室")
    assert row.data is not None
    assert row.data.place_name == "中央公民館"
    assert row.data.address == "茨城県土浦市中央1-1"
    assert row.organization == "中央自治会"


def test_a_ditto_with_more_after_it_is_the_value_above_and_that_more(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    # 大泉町's 日本語教室一覧 (batch z): 「同上　2階」 was the 会場 a resident read
    data = csv_bytes(
        "名称,会場,住所,日時,団体名",
        "多文化交流カフェ,文化むら,群馬県邑楽郡大泉町朝日5丁目24-1,毎月第3日曜日,交流の会",
        "にほんごサロン朝日,同上　2階,〃,第2・第4水曜日,〃（夜の部）",
        "にほんごサロン夜,〃（和室）,〃,毎週金曜日,同上",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("tabunka",))
    asahi, night = _row(plan, "にほんごサロン朝日"), _row(plan, "にほんごサロン夜")
    assert asahi.data is not None
    assert night.data is not None
    assert asahi.data.place_name == "文化むら 2階"
    assert night.data.place_name == "文化むら 2階（和室）"
    assert asahi.data.address == night.data.address == "群馬県邑楽郡大泉町朝日5丁目24-1"
    assert asahi.organization == night.organization == "交流の会（夜の部）"


def test_numbers_excel_kept_without_their_leading_zero(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["名称", "郵便番号", "住所", "電話番号", "団体名"],
        ["札幌のサロン", 600001, "北海道札幌市中央区北1条西2丁目", 112110000, "サロンの会"],
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert not plan.rejected, _problems(plan)
    row = plan.rows[0].data
    assert row is not None
    assert row.postal_code == "060-0001"
    assert row.contact_phone == "0112110000"
    assert not [w for w in plan.rows[0].warnings if "電話番号" in str(w)]


def test_addresses_without_their_city_take_the_city_the_other_rows_name(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,所在地,団体名",
        "桜町サロン,土浦市桜町1-16-12,桜町自治会",
        "神立サロン,神立町1234-5,神立自治会",
        "大和町サロン,大和町9-1,大和町自治会",  # 宮城県にも大和町がある
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    addresses = [r.data.address for r in plan.rows if r.data]
    assert addresses == [
        "茨城県土浦市桜町1-16-12",
        "茨城県土浦市神立町1234-5",
        "茨城県土浦市大和町9-1",
    ]


def test_a_file_that_names_no_city_takes_the_directorys_own(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes("名称,所在地,団体名", "神立サロン,神立町1234-5,神立自治会")
    home = municipalities.by_code("082031")
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",), municipality=home)
    assert plan.rows[0].data is not None
    assert plan.rows[0].data.address == "茨城県土浦市神立町1234-5"
    # No code set: the city the directory's published listings are in (the demo's: 土浦市).
    unset = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert unset.rows[0].data is not None
    assert unset.rows[0].data.address == "茨城県土浦市神立町1234-5"
    # A new directory (nothing published yet): nothing to complete it with.
    db_session.execute(update(Listing).values(status=ListingStatus.ARCHIVED))
    new = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert new.rows[0].data is not None
    assert new.rows[0].data.address == "神立町1234-5"


def test_the_directorys_city_is_the_one_most_of_its_listings_are_in(db_session: Session) -> None:
    assert planning.directory_municipality(db_session) == ("茨城県", "土浦市")
    # Spread over several cities (a prefecture-wide directory): none is taken.
    locations = db_session.scalars(select(Location).where(Location.address != "")).all()
    for location in locations[: len(locations) // 3]:
        location.address = "茨城県つくば市研究学園1-1-1"
    db_session.flush()
    assert planning.directory_municipality(db_session) == ("", "")


def test_a_salon_list_with_kodomo_like_columns_is_no_kodomo_shokudo_list(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "通いの場名称,所在地,開催頻度,開催曜日,開催時間,代表者",
        "さくら体操の会,土浦市桜町1-16-12,週1回,火曜日,10:00～12:00,山田",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO)
    assert plan.mapping.layout is None or plan.mapping.layout.key != "kodomo"
    # No category given: not taken to be こども食堂, but what its name column says it is (a
    # 通いの場, said once above the rows; it was asked for before the list's words were read).
    assert _problems(plan) == []
    assert plan.rows[0].data is not None
    assert plan.rows[0].data.categories == ("kayoinoba",)
    assert any("一覧の「通いの場」から" in w for w in plan.file_warnings)
    kodomo = csv_bytes(
        "子ども食堂名,住所,開催頻度,開催曜日,団体名",
        "みんなの食堂,土浦市桜町1-16-12,月1回,土曜日,ひまわりの会",
    )
    plan = plan_bytes(db_session, kodomo, geocoder)
    assert plan.mapping.layout is not None
    assert plan.mapping.layout.key == "kodomo"
    assert plan.rows[0].data is not None
    assert plan.rows[0].data.categories == ("kodomo_shokudo",)


@pytest.mark.parametrize(
    ("written", "capacity", "note"),
    [
        ("20", 20, ""),
        ("２０名", 20, ""),
        ("約20名", 20, "定員: 約20名"),
        ("20名程度", 20, "定員: 20名程度"),
        ("10～15人", 15, "定員: 10~15人"),
        ("制限なし", None, "定員: 制限なし"),
        ("なし", None, ""),
    ],
)
def test_a_capacity_as_lists_write_it(
    db_session: Session, geocoder: OfflineGeocoder, written: str, capacity: int | None, note: str
) -> None:
    data = csv_bytes("名称,団体名,定員", f"サロン,会,{written}")
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert not plan.rejected, _problems(plan)
    row = plan.rows[0].data
    assert row is not None
    assert row.capacity == capacity
    assert (note in row.description) if note else "定員" not in row.description


@pytest.mark.parametrize(
    ("written", "yen", "text"),
    [
        ("300", 300, ""),
        ("100円（お茶代）", 100, "100円（お茶代）"),
        ("実費", None, "実費"),
        ("無料（材料費別）", 0, "無料（材料費別）"),
    ],
)
def test_a_fee_in_yen_written_with_words_keeps_them(
    db_session: Session, geocoder: OfflineGeocoder, written: str, yen: int | None, text: str
) -> None:
    data = csv_bytes("活動名,団体名,参加費（円）", f"サロン,会,{written}")
    plan = plan_bytes(db_session, data, geocoder, categories=("ibasho",))
    assert not plan.rejected, _problems(plan)
    row = plan.rows[0].data
    assert row is not None
    assert (row.cost_yen, row.cost_text) == (yen, text)


def test_an_address_without_its_city_that_cannot_be_placed_says_how_to_fix_it(
    db_session: Session,
) -> None:
    data = csv_bytes("名称,所在地,団体名", "サロン,中村1001,会")
    coder = OfflineGeocoder(home_prefecture="")
    # The demo directory's listings are in 土浦市: its 中村 is meant, and placed.
    placed = plan_bytes(db_session, data, coder, categories=("ibasho",))
    assert not placed.rows[0].warnings
    assert placed.rows[0].data is not None
    assert placed.rows[0].data.address == "茨城県土浦市中村1001"
    # A new directory (nothing published yet) cannot tell which 中村.
    db_session.execute(update(Listing).values(status=ListingStatus.ARCHIVED))
    plan = plan_bytes(db_session, data, coder, categories=("ibasho",))
    assert [str(w) for w in plan.rows[0].warnings] == [
        "2行目「所在地」: 住所から位置を特定できません（「中村」が見つかりません。住所に市区町村名が"
        "ありません。「市区町村名」の列を加えるか、住所を市区町村名から書いてください）。"
        "地図には表示されません"
    ]


# ---- one phone number written in different ways ------------------------------------------

PHONES = ("029-821-0000", "０２９（８２１）００００", "029 821 0000", "0298210000")


@pytest.mark.parametrize("written", PHONES)
def test_one_phone_number_however_written_is_one_key(written: str) -> None:
    assert contacts.phone_key(written) == contacts.phone_key("029-821-0000（内線12・平日のみ）")
    assert contacts.phone_key(written) != contacts.phone_key("029-821-9999")
    assert contacts.phone_key("189") == ""  # too short to tell one number from another


def test_rows_of_one_salon_with_its_phone_written_differently_are_one_activity(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    lines = [f"ひだまりサロン,中央公民館,第1水曜 10:00〜,田中,{phone}" for phone in PHONES]
    data = csv_bytes(
        "サロン名,会場,開催日時,世話人,電話番号",
        *lines,
        "ひだまりサロン,中央公民館,第1水曜 10:00〜,田中,029-821-9999",  # another number
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    by_line = {r.line: r for r in plan.rows}
    assert [by_line[line].duplicate_of_line for line in (3, 4, 5)] == [2, 2, 2]
    assert [by_line[line].action for line in (3, 4, 5)] == [Action.SKIP] * 3
    assert by_line[6].duplicate_of_line is None
    assert by_line[6].action is Action.CREATE
    # shown and kept as written (full-width digits made half-width, as everywhere)
    assert by_line[4].data is not None
    assert by_line[4].data.contact_phone == "029 821 0000"


def test_a_listing_of_the_directory_is_found_by_its_phone_written_differently(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="ひだまりサロン", contact_phone="029-821-0000")
    data = csv_bytes(
        "サロン名,会場,開催日時,電話番号",
        "ひだまりサロン,中央公民館,第1水曜 10:00〜,０２９（８２１）００００",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert plan.rows[0].existing_id == existing.id
    assert any("登録済みの活動「ひだまりサロン」" in str(w) for w in plan.rows[0].warnings)


def test_one_phone_does_not_make_one_activity_of_two_places(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "サロン名,住所,電話番号",
        "いきいきサロン,茨城県土浦市中央1-1-1,029-821-0000",  # the 社協's number on both
        "いきいきサロン,茨城県土浦市荒川沖東2-1,０２９（８２１）００００",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE]


# ---- one activity written on two rows -----------------------------------------------------

SALON_HEADER = ["No.", "サロン名", "会場", "住所", "開催日時", "世話人", "電話番号", "備考"]


def test_a_name_merged_down_over_two_rows_is_one_activity_meeting_on_both_schedules(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        SALON_HEADER,
        [1, "ひだまりサロン", "中央公民館", "土浦市中央1-1-1", "第1水曜 10:00〜12:00", "田中",
         "029-821-0000", ""],
        [None, None, None, None, "第3土曜 13:30〜15:00", None, None, "土曜は子ども連れ歓迎"],
        [2, "すずらんの会", "荒川沖集会所", "土浦市荒川沖東2-1", "毎週金曜 10時～", "鈴木",
         "029-842-1111", ""],
        merges=("A2:A3", "B2:B3", "C2:C3", "D2:D3", "F2:F3", "G2:G3"),
    )  # fmt: skip
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert [(r.line, r.action) for r in plan.rows] == [(2, Action.CREATE), (4, Action.CREATE)]
    salon = _row(plan, "ひだまりサロン").data
    assert salon is not None
    spec = parse_schedule(salon.schedule_text)
    assert not spec.needs_review, salon.schedule_text
    assert sorted((r.nth, r.weekdays) for r in spec.rules) == [((1,), (2,)), ((3,), (5,))]
    assert "土曜は子ども連れ歓迎" in salon.description
    assert any(
        "3行目は2行目「ひだまりサロン」の続きの行として" in note and "第3土曜" in note
        for note in plan.notes
    ), plan.notes


def test_a_name_written_once_with_the_next_rows_name_empty_adds_that_rows_schedule(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "サロン名,会場,住所,開催日時,世話人,電話番号",
        "ひだまりサロン,中央公民館,土浦市中央1-1-1,第1水曜 10:00～12:00,田中,029-821-0000",
        ",東公民館,,第3土曜 13:30～15:00,佐藤,",
        "すずらんの会,荒川沖集会所,土浦市荒川沖東2-1,毎週金曜 10時～,鈴木,029-842-1111",
        encoding="cp932",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert not plan.rejected, _problems(plan)
    assert [r.line for r in plan.rows] == [2, 4]
    salon = _row(plan, "ひだまりサロン").data
    assert salon is not None
    assert "第3土曜 13:30～15:00" in salon.schedule_text.splitlines()
    assert "会場: 東公民館" in salon.description
    assert "世話人: 佐藤" in salon.description
    assert salon.place_name == "中央公民館"
    assert any("3行目は2行目「ひだまりサロン」の続きの行" in note for note in plan.notes)


def test_a_row_without_a_name_at_an_address_of_its_own_is_still_refused(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "サロン名,住所,開催日時",
        "ひだまりサロン,茨城県土浦市中央1-1-1,第1水曜 10:00～12:00",
        ",茨城県土浦市荒川沖東2-1,毎週金曜 10時～",
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert [r.line for r in plan.rejected] == [3]
    assert _row(plan, "ひだまりサロン").data.schedule_text == "第1水曜 10:00～12:00"  # type: ignore[union-attr]


def test_a_merged_name_over_rows_of_one_schedule_is_still_a_duplicate_to_decide(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _xlsx(
        ["サロン名", "住所", "開催日時"],
        ["ひだまりサロン", "茨城県土浦市中央1-1-1", "第1水曜 10:00～12:00"],
        [None, "茨城県土浦市中央1-1-1", "第1水曜 10:00～12:00"],
        merges=("A2:A3",),
    )
    plan = plan_bytes(db_session, data, geocoder, organization=SHAKYO, categories=("salon",))
    assert plan.rows[1].duplicate_of_line == 2
