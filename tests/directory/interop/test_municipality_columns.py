"""A 自治体標準 list's own 都道府県名・市区町村名 (地方公共団体名, 団体コード) complete an address
written without its city, so a row lands in the list's city, not in a namesake elsewhere."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from directory.interop import Action
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes

FACILITIES = (
    "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,団体名,"
    "利用可能日時特記事項,カテゴリー"
)


def _addresses(session: Session, geocoder: OfflineGeocoder, data: bytes) -> list[str]:
    plan = plan_bytes(session, data, geocoder)
    assert plan.counts[Action.CREATE] == len(plan.rows), [
        str(p) for r in plan.rows for p in r.problems
    ]
    return [row.data.address for row in plan.rows if row.data is not None]


def test_facilities_complete_an_address_from_the_prefecture_and_city_columns(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    data = csv_bytes(
        FACILITIES,
        "011011,1,北海道,札幌市中央区,札幌の施設,サッポロ,北1条西2丁目,札幌会,毎週火曜 10:00～12:00,居場所",
        "271004,2,大阪府,大阪市,大阪の施設,オオサカ,北区中之島1丁目3-20,大阪会,毎週火曜 10:00～12:00,居場所",
        "472018,3,沖縄県,那覇市,那覇の施設,ナハ,泉崎一丁目1番1号,那覇会,毎週火曜 10:00～12:00,居場所",
        "082031,4,茨城県,土浦市,土浦の施設,ツチウラ,大和町1-2-3,土浦会,毎週火曜 10:00～12:00,居場所",
        # Written whole, or with its city: nothing is added twice.
        "082031,5,茨城県,土浦市,全部ある施設,ゼンブ,茨城県土浦市中央1-1-1,土浦会,,居場所",
        "082031,6,茨城県,土浦市,市からの施設,シカラ,土浦市大和町1-2-3,土浦会,,居場所",
        "082031,7,茨城県,土浦市,隣の市の施設,トナリ,つくば市竹園1-10-1,土浦会,,居場所",
    )
    plan = plan_bytes(db_session, data, geocoder)
    rows = [r.data for r in plan.rows]
    assert [r.address if r else None for r in rows] == [
        "北海道札幌市中央区北1条西2丁目",
        "大阪府大阪市北区中之島1丁目3-20",
        "沖縄県那覇市泉崎一丁目1番1号",
        "茨城県土浦市大和町1-2-3",
        "茨城県土浦市中央1-1-1",
        "茨城県土浦市大和町1-2-3",
        "茨城県つくば市竹園1-10-1",
    ]
    # Each one placed in its own city (大阪市北区, not 東京都北区; 土浦市, not 宮城県大和町).
    for row, (lat, lon) in zip(
        rows[:4], [(43.06, 141.35), (34.69, 135.51), (26.21, 127.68), (36.08, 140.20)], strict=True
    ):
        assert row is not None
        assert row.precision == "chome"
        assert (round(row.lat or 0, 2), round(row.lon or 0, 2)) == (lat, lon)
    assert not any("位置を特定できません" in str(w) for r in plan.rows for w in r.warnings)


@pytest.mark.parametrize(
    ("header", "cell", "address", "expected"),
    [
        ("地方公共団体名", "土浦市", "大和町1-2-3", "茨城県土浦市大和町1-2-3"),
        ("地方公共団体名", "茨城県土浦市", "大和町1-2-3", "茨城県土浦市大和町1-2-3"),
        ("地方公共団体名", "茨城県", "土浦市大和町1-2-3", "茨城県土浦市大和町1-2-3"),
        (
            "地方公共団体名",
            "札幌市",
            "中央区南2条西10丁目1-4",
            "北海道札幌市中央区南2条西10丁目1-4",
        ),
        ("全国地方公共団体コード", "472018", "泉崎一丁目1番1号", "沖縄県那覇市泉崎一丁目1番1号"),
    ],
)
def test_the_2022_columns_complete_the_address_of_an_event(
    db_session: Session,
    geocoder: OfflineGeocoder,
    header: str,
    cell: str,
    address: str,
    expected: str,
) -> None:
    data = csv_bytes(
        f"{header},イベント名,開始日,開始時間,終了時間,場所名称,住所,主催者,カテゴリー",
        f"{cell},まつり,2030-05-01,10:00,12:00,公民館,{address},会,居場所",
    )
    assert _addresses(db_session, geocoder, data) == [expected]


def test_an_address_under_a_neighbouring_prefecture_is_placed_and_the_preview_says_so(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """A 東京都 list whose row names a 埼玉県 city: the pin goes to 埼玉県所沢市, and the preview
    says it was read otherwise, so that a wrong guess is caught before it is published."""
    data = csv_bytes(
        FACILITIES,
        "130001,1,東京都,,所沢のサロン,トコロザワ,東京都所沢市東町5-22,所沢会,毎週火曜 10:00～12:00,居場所",
        "130001,2,東京都,,府中のサロン,フチュウ,東京都府中市宮西町2-24,府中会,毎週火曜 10:00～12:00,居場所",
    )
    plan = plan_bytes(db_session, data, geocoder)
    tokorozawa, fuchu = plan.rows
    assert tokorozawa.data is not None
    assert tokorozawa.data.precision in {"chome", "oaza"}
    assert round(tokorozawa.data.lat or 0, 1) == 35.8  # 埼玉県所沢市, not 東京都
    said = [str(w) for w in tokorozawa.warnings]
    assert any("所沢市は東京都ではなく埼玉県にあります" in w and "ピン" in w for w in said), said
    assert not any("読み替えました" in str(w) for w in fuchu.warnings)  # 東京都府中市: as written


def test_a_list_of_several_towns_places_each_row_in_the_town_its_column_names(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    # A prefecture's 認知症カフェ一覧: each row's town in a 市町村 column (merged down in the
    # workbook, so written once), its addresses written from the ward or the 町名 on.
    data = csv_bytes(
        "市町村,カフェ名,所在地,開催日時,活動の種類",
        "静岡市,オレンジカフェあおい,葵区城東町24-1,毎月第2水曜日 13:30～15:30,認知症カフェ",
        "静岡市,するが認知症カフェ,駿河区南八幡町10-40,毎月第4金曜日 10:00～12:00,認知症カフェ",
        "沼津市,認知症カフェ「ひだまり」,大手町3丁目1-7,毎週木曜日 13:00～16:00,認知症カフェ",
    )
    assert _addresses(db_session, geocoder, data) == [
        "静岡県静岡市葵区城東町24-1",
        "静岡県静岡市駿河区南八幡町10-40",
        "静岡県沼津市大手町3丁目1-7",
    ]
