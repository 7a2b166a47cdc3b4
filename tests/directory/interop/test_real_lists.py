"""Lists as municipalities publish them (issue 17), from a corpus written for these tests:
the こども食堂一覧 layout (UTF-8 with a doubled BOM; CP932 with the older leading columns) and a
公共施設一覧 whose schedule cells are opening hours and closed days."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sqlalchemy.orm import Session

from directory.interop import Action, ImportPlan, PlannedRow
from directory.schedules import parse_schedule, weekday_mask
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import DATA, csv_bytes, plan_bytes


def _kodomo(session: Session, geocoder: OfflineGeocoder) -> ImportPlan:
    return plan_bytes(session, (DATA / "kodomo_utf8_double_bom.csv").read_bytes(), geocoder)


def _row(plan: ImportPlan, name: str) -> PlannedRow:
    return next(r for r in plan.rows if r.data is not None and r.data.name == name)


def test_the_kodomo_shokudo_layout_is_recognised_with_every_column_read(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _kodomo(db_session, geocoder)
    assert plan.mapping.layout is not None
    assert plan.mapping.layout.key == "kodomo"
    assert plan.mapping.unknown_headers == ()  # the doubled BOM is not part of the first name
    assert plan.file_warnings == ()
    assert not plan.rejected, [str(p) for r in plan.rejected for p in r.problems]
    assert plan.counts[Action.CREATE] == 13


def test_older_headers_in_cp932_read_the_same(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    old = plan_bytes(db_session, (DATA / "kodomo_old_headers_cp932.csv").read_bytes(), geocoder)
    assert old.mapping.layout is not None
    assert old.mapping.layout.key == "kodomo"
    assert old.encoding == "cp932"
    assert old.mapping.unknown_headers == ()
    new = _kodomo(db_session, geocoder)
    for old_row, new_row in zip(old.rows, new.rows[:6], strict=True):
        assert old_row.data is not None
        assert new_row.data is not None
        # CP932 has no 〜 (U+301C): the file says ～; the schedules are the same.
        assert replace(old_row.data, schedule_text="") == replace(new_row.data, schedule_text="")
        old_spec = parse_schedule(old_row.data.schedule_text)
        assert old_spec.rules == parse_schedule(new_row.data.schedule_text).rules


def test_every_kodomo_column_lands_in_its_field(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    row = _row(_kodomo(db_session, geocoder), "かすみ子ども食堂")
    data = row.data
    assert data is not None
    assert row.organization == "かすみ食堂の会"
    assert data.kana == "カスミコドモショクドウ"
    assert data.categories == ("kodomo_shokudo",)  # the layout's own category
    assert data.targets == ("everyone",)  # from 参加条件「どなたでも」
    assert data.address == "茨城県土浦市中央二丁目3-4 中央公民館 調理室"  # 市区町村名 + 方書
    assert data.precision == "chome"
    assert data.contact_phone == "029-800-9001"
    assert data.capacity == 30
    assert data.cost_text == "幼児 無料・小学生 無料・中学生 100円・大人 300円"
    assert data.cost_yen == 0  # what a child pays
    assert set(data.tags) == {"子ども食堂", "フードパントリー"}  # テイクアウト「なし」
    assert data.description.startswith("地域の子どもが安心して食事できる場所")
    assert "参加条件: どなたでも" in data.description
    assert "予約: 不要" in data.description
    assert "学区: 土浦第一小学校" in data.description
    spec = parse_schedule(data.schedule_text)
    assert not spec.needs_review, data.schedule_text
    assert [(r.nth, r.weekdays) for r in spec.rules] == [((2, 4), (5,))]


def test_fees_reservation_and_takeout_of_another_row(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = _row(_kodomo(db_session, geocoder), "あらかわおき食堂").data
    assert data is not None
    assert data.cost_yen == 100
    assert set(data.tags) == {"要予約", "テイクアウト"}
    assert set(data.targets) == {"children", "parents"}
    assert data.precision == "chome"  # ２丁目１５番地の３: 荒川沖東二丁目
    spec = parse_schedule(data.schedule_text)
    assert spec.closed_on_holidays
    assert [r.weekdays for r in spec.rules] == [(2,)]


def test_fees_written_as_bare_numbers_read_as_yen_and_free(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "名称,運営団体名,住所,参加費_幼児,参加費_小学生,参加費_中学生,参加費_大人,参加費特記事項",
            '四谷こども食堂,四谷の会,土浦市大和町9-1,0,０,"1,000",200,材料費実費',
            "天満こども食堂,天満の会,土浦市大和町9-1,無料,100円,実費,300円,",
        ),
        geocoder,
    )
    bare, worded = (row.data for row in plan.rows)
    assert bare is not None
    assert worded is not None
    assert bare.cost_text == "幼児 無料・小学生 無料・中学生 1,000円・大人 200円（材料費実費）"
    assert bare.cost_yen == 0
    assert worded.cost_text == "幼児 無料・小学生 100円・中学生 実費・大人 300円"  # as written
    assert worded.cost_yen == 100


def test_a_private_address_imports_without_a_pin_and_says_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    row = _row(_kodomo(db_session, geocoder), "ひみつのごはん会")
    data = row.data
    assert data is not None
    assert row.action is Action.CREATE
    assert (data.address, data.lat, data.lon, data.precision) == ("", None, None, "unknown")
    assert data.place_name == "住所非公開"
    assert any("非公開" in w.message for w in row.warnings)


def test_a_bare_city_department_is_the_contact_not_the_operator(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    row = _row(_kodomo(db_session, geocoder), "ひみつのごはん会")
    assert row.data is not None
    assert row.organization == "市の担当課"
    assert row.data.contact_name == "市の担当課（子育て支援課）"
    assert any("子育て支援課" in w.message and "市の担当課" in w.message for w in row.warnings)
    # A department the directory already has, or one that names its city, stays an operator.
    plan = plan_bytes(
        db_session,
        csv_bytes("名称,運営団体名,住所", "体操教室,土浦市 障害福祉課,土浦市大和町9-1"),
        geocoder,
        layout="kodomo",
    )
    assert plan.rows[0].organization == "土浦市 障害福祉課"


def test_the_corpus_addresses_are_placed_in_their_towns(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plans = [
        _kodomo(db_session, geocoder),
        plan_bytes(db_session, (DATA / "facilities_hours_cp932.csv").read_bytes(), geocoder),
    ]
    precision = Counter(
        r.data.precision for plan in plans for r in plan.rows if r.data and r.data.address
    )
    placed = precision["chome"] + precision["oaza"]
    without_file = sum(precision.values()) - precision["file"]
    assert precision["city"] == 0
    assert placed / without_file >= 0.9, precision


def test_wards_of_designated_cities_in_several_prefectures_resolve_to_their_towns(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _kodomo(db_session, geocoder)
    expected = {
        "ひよし こども食堂": "chome",  # 横浜市港北区 (ward in its own column) 日吉本町一丁目
        "きた1じょう みんな食堂": "chome",  # 札幌市中央区北1条西2丁目
        "そねざき こども食堂": "chome",  # 大阪市北区曽根崎 (曾根崎 in the table)
        "さかえ 子ども食堂": "chome",  # 名古屋市中区栄三丁目
        "はかた えきまえ食堂": "chome",
        "ごいけ 子ども食堂": "chome",  # 京都の通り名
        "ししつか 里山食堂": "chome",  # 大字宍塚字下田: the 小字
        "やまと 夕ごはん会": "chome",  # a postal code only
    }
    for name, precision in expected.items():
        data = _row(plan, name).data
        assert data is not None
        assert data.precision == precision, (name, data.address)


def test_schedules_of_the_corpus_are_understood(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _kodomo(db_session, geocoder)
    texts = [r.data.schedule_text for r in plan.rows if r.data and r.data.schedule_text]
    flagged = [t for t in texts if parse_schedule(t).needs_review]
    assert flagged == ["学校のある日の放課後"]  # kept verbatim, flagged
    assert "月1回 日程はお問い合わせください" in texts  # a frequency and a remark: understood


def test_facility_hours_and_closed_days_are_never_meetings(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(db_session, (DATA / "facilities_hours_cp932.csv").read_bytes(), geocoder)
    assert plan.mapping.layout is not None
    assert plan.mapping.layout.key == "facilities"
    for row in plan.rows:
        assert row.data is not None
        spec = parse_schedule(row.data.schedule_text)
        assert spec.rules == (), row.data.schedule_text
        assert spec.hours
        assert weekday_mask(spec) == 0
        assert not spec.needs_review


def test_distance_makes_duplicates_only_between_town_precise_points(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "活動名,活動の種類,団体名,住所",
            # two venues in one municipality, both placed only at the municipality
            "子ども食堂あおぞら,こども食堂,会,北海道夕張郡栗山町どこか1-1",
            "子ども食堂あおぞら,こども食堂,会,北海道夕張郡栗山町べつのところ2-2",
            # the same venue twice, placed at its 町丁目
            "子ども食堂みどり,こども食堂,会,茨城県土浦市中央二丁目3-4",
            "子ども食堂みどり,こども食堂,会,茨城県土浦市中央2-3-5",
        ),
        geocoder,
    )
    first, second, third, fourth = plan.rows
    assert first.data is not None
    assert first.data.precision == "city"
    assert not second.is_duplicate
    assert second.action is Action.CREATE
    assert not third.is_duplicate
    assert fourth.duplicate_of_line == 4
    assert fourth.action is Action.SKIP
    assert any("4行目と同じ活動" in w.message for w in fourth.warnings)


def test_a_facilitys_long_opening_columns_are_hours_and_an_activitys_short_ones_meetings(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "名称,住所,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,カテゴリー",
            "中央公民館,土浦市中央二丁目8-1,土浦市,月火水木金土,9:00,21:00,年末年始は休館,居場所",
            "ふれあい喫茶,土浦市大和町9-1,自治会,木,13:30,15:30,,居場所",
        ),
        geocoder,
    )
    hall, cafe = (r.data for r in plan.rows)
    assert hall is not None
    assert cafe is not None
    assert hall.schedule_text == "利用時間：月・火・水・木・金・土 9:00〜21:00 年末年始は休館"
    spec = parse_schedule(hall.schedule_text)
    assert spec.rules == ()
    assert [r.weekdays for r in spec.hours] == [(0, 1, 2, 3, 4, 5)]
    assert spec.closed_periods
    assert [r.weekdays for r in parse_schedule(cafe.schedule_text).rules] == [(3,)]
