"""The preview: what will be created, updated, skipped or rejected, and why (in Japanese)."""

from __future__ import annotations

import io
import time

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import Action
from directory.interop.layouts import ImportField as F
from directory.interop.planning import compose_schedule
from directory.models import Listing
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import DATA, csv_bytes, plan_bytes
from tests.factories import make_listing

HEADER = "名称,名称_カナ,住所,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,カテゴリー,郵便番号"


def test_cp932_facilities_plan_normalises_and_geocodes(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(db_session, (DATA / "facilities_cp932.csv").read_bytes(), geocoder)
    assert plan.mapping.layout is not None
    assert plan.mapping.layout.key == "facilities"
    assert plan.counts[Action.CREATE] == 2
    first = plan.rows[0].data
    assert first is not None
    assert first.postal_code == "300-0036"  # 全角 digits and 〒 folded
    assert first.schedule_text == "木 13:30〜15:30"
    assert first.categories == ("ibasho",)
    assert first.lat is not None
    assert first.precision in ("chome", "oaza", "city")
    assert plan.rows[0].organization == "大和町自治会"
    assert "大和町自治会" in plan.new_organizations


def test_a_rejected_row_says_line_column_and_reason(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        HEADER,
        *["a,,茨城県土浦市城北町5-12,会,,,,,,居場所,"] * 10,
        ",,茨城県土浦市大和町1-1,会,,,,,,居場所,",
    )
    plan = plan_bytes(db_session, data, geocoder)
    rejected = plan.rejected
    assert len(rejected) == 1
    assert str(rejected[0].problems[0]) == "12行目「名称」: 必須の項目が空です"


def test_values_that_cannot_be_read_are_rejected_with_their_column(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "活動名,活動の種類,団体名,緯度,経度,郵便番号,定員",
        "A,居場所,会,北緯36度,140.1,,",
        "B,ないカテゴリー,会,,,,",
        "C,居場所,会,,,12345,",
        "D,居場所,会,,,,たくさん",
    )
    plan = plan_bytes(db_session, data, geocoder)
    messages = [str(r.problems[0]) for r in plan.rejected]
    assert messages == [
        "2行目「緯度」: 数として読めません（「北緯36度」）",
        "3行目「活動の種類」: 登録されていない活動の種類です（「ないカテゴリー」）",
        "4行目「郵便番号」: 郵便番号は7桁の数字で書いてください（「12345」）",
        "5行目「定員」: 数として読めません（「たくさん」）",
    ]


def test_a_cell_with_a_nul_or_control_character_rejects_its_row(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "活動名,活動の種類,団体名,紹介文",
        "ふれあい\x00サロン,居場所,会,",
        "B,居場所,会,お茶\x1bとお菓子",
        'C,居場所,会,"タブ\tと改行は\n使えます"',
    )
    plan = plan_bytes(db_session, data, geocoder)
    messages = [str(r.problems[0]) for r in plan.rejected]
    assert messages == [
        "2行目「活動名」: 使えない文字（制御文字）が含まれています",
        "3行目「紹介文」: 使えない文字（制御文字）が含まれています",
    ]
    assert [r.data.name for r in plan.with_action(Action.CREATE) if r.data] == ["C"]


def test_defaults_fill_a_file_without_category_or_organization(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes("名称,住所", "朝の体操,茨城県土浦市城北町5-12")
    missing = plan_bytes(db_session, data, geocoder)
    reasons = {p.message for p in missing.rejected[0].problems}
    assert any("活動の種類" in r for r in reasons)
    # No 団体名 column: the activity is its own group (a 通いの場), said once above the rows,
    # not refused on every row.
    assert not any("団体名" in r for r in reasons)
    assert missing.rows[0].organization == "朝の体操"
    assert any("各行の活動名をそのまま団体名" in w for w in missing.file_warnings)
    filled = plan_bytes(
        db_session, data, geocoder, organization="土浦市社会福祉協議会", categories=("kenko",)
    )
    assert filled.counts[Action.CREATE] == 1
    assert filled.rows[0].organization == "土浦市社会福祉協議会"


def test_formula_looking_text_is_kept_as_text_and_shown_neutralised(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes("活動名,活動の種類,団体名,紹介文", "=cmd|' /C calc'!A0,居場所,会, \t+SUM(A1)")
    plan = plan_bytes(db_session, data, geocoder)
    row = plan.rows[0]
    assert row.action is Action.CREATE
    assert row.data is not None
    assert row.data.name == "=cmd|' /C calc'!A0"
    assert ("活動名", "'=cmd|' /C calc'!A0") in row.cells
    assert {w.column for w in row.warnings} == {"活動名", "紹介文"}


def test_an_unparseable_schedule_is_kept_verbatim_and_flagged(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes("活動名,活動の種類,団体名,日時", "A,居場所,会,学校のある日の放課後")
    row = plan_bytes(db_session, data, geocoder).rows[0]
    assert row.data is not None
    assert row.data.schedule_text == "学校のある日の放課後"
    assert any("原文のまま" in w.message for w in row.warnings)


def test_duplicates_in_the_directory_and_in_the_file_are_reported_for_a_decision(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="木曜の朝カフェ")
    data = csv_bytes(
        "活動名,活動の種類,団体名,住所,緯度,経度",
        "木曜の朝カフェ,居場所,会,茨城県土浦市城北町5-12,36.0874,140.1958",  # ~15 m away
        "もくようの朝カフェ,居場所,会,茨城県土浦市城北町5-12,,",
        "新しいサロン,居場所,会,茨城県土浦市大和町9-1,,",
        "新しい　サロン,居場所,会,茨城県土浦市大和町9-1,,",  # same after folding spaces
        "新しいサロン,居場所,会,茨城県つくば市研究学園1-1,,",  # same name elsewhere
    )
    plan = plan_bytes(db_session, data, geocoder)
    by_line = {r.line: r for r in plan.rows}
    assert by_line[2].existing_id == existing.id
    assert by_line[2].action is Action.SKIP
    assert by_line[2].choices == (Action.SKIP, Action.UPDATE, Action.CREATE)
    assert by_line[3].action is Action.CREATE
    assert by_line[5].duplicate_of_line == 4
    assert by_line[5].action is Action.SKIP
    assert by_line[6].action is Action.CREATE
    decided = plan.decide({2: "update", 5: "create"})
    assert [r.action for r in decided.rows][:4] == [
        Action.UPDATE,
        Action.CREATE,
        Action.CREATE,
        Action.CREATE,
    ]
    updating = plan_bytes(db_session, data, geocoder, on_duplicate=Action.UPDATE)
    assert {r.line: r.action for r in updating.rows}[2] is Action.UPDATE
    assert {r.line: r.action for r in updating.rows}[5] is Action.SKIP  # not in the directory yet


def test_schedule_columns_compose_one_text() -> None:
    assert (
        compose_schedule({F.WEEKDAYS: "月,水", F.START_TIME: "10:00:00", F.END_TIME: "１２：００"})
        == "月・水 10:00〜12:00"
    )
    assert (
        compose_schedule(
            {F.START_DATE: "2026-12-20", F.END_DATE: "2026/12/20", F.START_TIME: "10:00"}
        )
        == "2026年12月20日 10:00〜"
    )
    # Our exports put the whole text in 特記事項: taken alone when it says everything.
    full = {
        F.WEEKDAYS: "水",
        F.START_TIME: "14:00",
        F.END_TIME: "16:00",
        F.SCHEDULE_NOTE: "毎週水曜日 14:00〜16:00",
    }
    assert compose_schedule(full) == "毎週水曜日 14:00〜16:00"
    partial = {
        F.WEEKDAYS: "月・火",
        F.START_TIME: "9:00",
        F.END_TIME: "17:00",
        F.SCHEDULE_NOTE: "年末年始は休み",
    }
    assert compose_schedule(partial) == "月・火 9:00〜17:00 年末年始は休み"


def test_unknown_headers_can_be_mapped_by_the_user(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes("活動名,活動の種類,団体名,ところ", "A,居場所,会,茨城県土浦市城北町5-12")
    table = interop.read_upload(data)
    mapping = interop.map_columns(table.headers)
    assert mapping.unknown_headers == ("ところ",)
    mapped = interop.map_columns(table.headers, overrides={"ところ": "address"})
    plan = interop.plan_import(db_session, table, mapped, geocoder=geocoder)
    assert plan.rows[0].data is not None
    assert plan.rows[0].data.address == "茨城県土浦市城北町5-12"


def test_ten_thousand_rows_are_planned_without_writing(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    before = db_session.scalar(select(func.count(Listing.id)))
    lines = [
        f"サロン{i},居場所,会{i % 50},茨城県土浦市城北町{i % 30 + 1}-{i % 7 + 1},毎週水曜日 10:00〜12:00"
        for i in range(10_000)
    ]
    started = time.perf_counter()
    plan = plan_bytes(db_session, csv_bytes("活動名,活動の種類,団体名,住所,日時", *lines), geocoder)
    assert plan.counts[Action.CREATE] == 10_000
    assert time.perf_counter() - started < 60
    assert db_session.scalar(select(func.count(Listing.id))) == before


def test_duplicates_are_found_in_file_order_across_the_whole_file(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """A row repeating an earlier row, far down the file, and a row repeating the directory."""
    existing = make_listing(db_session, name="木曜の朝カフェ")
    lines = [
        f"サロン{i},居場所,会{i % 7},茨城県土浦市城北町{i % 30 + 1}-{i % 7 + 1},毎週水曜日 10:00〜12:00"
        for i in range(60)
    ]
    lines[3] = '=HYPERLINK("http://x"),居場所,会,茨城県土浦市大和町9-1,毎週'  # formula, warned
    lines[10] = ",居場所,会,茨城県土浦市大和町9-1,"  # no name: rejected
    lines[20] = "木曜の朝カフェ,居場所,会,茨城県土浦市城北町5-12,"  # the directory's listing
    lines[45] = lines[5]  # repeats an early row
    lines[50] = "サロン51,未登録の種類,会,茨城県土浦市城北町1-1,"  # unknown category
    data = csv_bytes("活動名,活動の種類,団体名,住所,日時", *lines)

    plan = plan_bytes(db_session, data, geocoder)
    assert plan_bytes(db_session, data, geocoder).rows == plan.rows  # planning only reads
    by_line = {r.line: r for r in plan.rows}
    assert by_line[47].duplicate_of_line == 7
    assert by_line[22].existing_id == existing.id
    assert by_line[12].action is Action.REJECT
    assert by_line[52].action is Action.REJECT
    assert by_line[5].warnings


def _xlsx(*rows: list[object]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_dates_and_times_excel_kept_as_numbers_are_read_as_dates_and_times(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    header = ["イベント名", "開始日", "終了日", "開始時間", "終了時間", "料金(基本)", "定員"]
    header += ["住所", "主催者", "カテゴリー"]
    place = ["茨城県土浦市中央1-1-1", "土浦まつり実行委員会", "居場所"]
    data = _xlsx(
        header,
        # General-format cells: 2024-04-01 10:00〜12:00 as Excel stores them.
        ["シリアル日付", 45383, 45383, 0.4166666667, 0.5, 300, 20, *place],
        ["数の時間", 45383, 45384, 10, 12, 0, 45383, *place],
    )
    plan = plan_bytes(db_session, data, geocoder)
    first, second = (row.data for row in plan.rows)
    assert first is not None
    assert second is not None
    assert first.schedule_text == "2024年4月1日 10:00〜12:00"
    assert (first.cost_yen, first.capacity) == (300, 20)
    # An hour written as a number stays an hour; other columns' numbers are never dates.
    assert second.schedule_text == "2024年4月1日〜2024年4月2日 10〜12"
    assert second.capacity == 45383


def test_barrier_free_phrases_set_the_accessibility_and_the_rest_stays_in_the_description(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        "名称,住所,団体名,カテゴリー,説明,バリアフリー情報",
        "A,茨城県土浦市中央1-1-1,会,居場所,,車いす可、多目的トイレ、駐車場あり",
        "B,茨城県土浦市中央1-1-2,会,居場所,お茶会,車椅子対応。点字ブロックあり。駐車場なし",
        "C,茨城県土浦市中央1-1-3,会,居場所,,車椅子対応トイレ",
    )
    a, b, c = (row.data for row in plan_bytes(db_session, data, geocoder).rows)
    assert a is not None
    assert b is not None
    assert c is not None
    assert (a.wheelchair, a.accessible_toilet, a.parking, a.description) == (True, True, True, "")
    assert (b.wheelchair, b.accessible_toilet, b.parking) == (True, False, False)
    assert b.description == "お茶会\n\nバリアフリー情報: 点字ブロックあり、駐車場なし"
    assert (c.wheelchair, c.accessible_toilet) == (False, True)
