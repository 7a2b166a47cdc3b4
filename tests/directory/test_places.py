"""The one place lookup (landmark → area → town or address) and the landmarks gazetteer."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import places
from directory.errors import InvalidData
from directory.models import Landmark, LandmarkKind
from geo.geocoding import OfflineGeocoder
from tests.directory.judged_places import BATCH_A, BATCH_B, BATCH_C, JudgedPlace

GEOCODER = OfflineGeocoder(home_prefecture="茨城県")


@pytest.mark.parametrize(
    ("typed", "kind", "label", "point"),
    [
        ("土浦駅", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("土浦駅の近く", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("　荒川沖駅西口 ", "landmark", "荒川沖駅", (36.030552, 140.16592)),
        ("神立", "landmark", "神立駅", (36.120424, 140.248615)),  # no town is called 神立
        ("市役所", "landmark", "土浦市役所", (36.079059, 140.204451)),
        ("第一公民館", "landmark", "第一地区公民館", (36.084049, 140.201792)),
        ("第三地区", "area", "第三地区公民館", (36.060163, 140.212359)),
        ("荒川沖東二丁目", "address", "茨城県土浦市荒川沖東二丁目", (36.02966, 140.169894)),
        ("中央2-3-4", "address", "茨城県土浦市中央二丁目", (36.084049, 140.201792)),
        ("〒300-0036", "address", "茨城県土浦市大和町", (36.079059, 140.204451)),
        ("東京都渋谷区神南1-1", "address", "東京都渋谷区神南一丁目", (35.663127, 139.700363)),
        # a landmark or an area by its よみがな, in hiragana, katakana, rōmaji, or with 駅/地区
        ("つちうらえき", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("ツチウラ駅", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("かんだつ", "landmark", "神立駅", (36.120424, 140.248615)),
        ("Tsuchiura Station", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("arakawaoki", "landmark", "荒川沖駅", (36.030552, 140.16592)),
        ("にいはり地区", "area", "新治地区公民館", (36.12782, 140.155582)),
        # a station with JR in front, by its exit without 駅, and 近く・あたり・周辺 after it
        ("ＪＲ土浦駅", "landmark", "土浦駅", (36.078644, 140.206238)),
        ("神立西口", "landmark", "神立駅", (36.120424, 140.248615)),
        ("荒川沖西口", "landmark", "荒川沖駅", (36.030552, 140.16592)),  # not 荒川沖西
        ("神立駅あたり", "landmark", "神立駅", (36.120424, 140.248615)),
        ("神立の辺り", "landmark", "神立駅", (36.120424, 140.248615)),
        # an area without 地区, when no town is so named; 第2 for 第二
        ("新治", "area", "新治地区公民館", (36.12782, 140.155582)),
        ("第2地区", "area", "第二地区公民館", (36.074199, 140.190989)),
        # a bare number after a town known only by its 丁目 is the 丁目
        ("下高津2", "address", "茨城県土浦市下高津二丁目", (36.074199, 140.190989)),
        ("下高津二", "address", "茨城県土浦市下高津二丁目", (36.074199, 140.190989)),
        ("荒川沖東２", "address", "茨城県土浦市荒川沖東二丁目", (36.02966, 140.169894)),
        ("並木5の近く", "address", "茨城県土浦市並木五丁目", (36.11667, 140.191902)),
        # … not after a town that is a 大字 with 番地 as well (烏山2 may be 烏山2番地)
        ("烏山2", "address", "茨城県土浦市烏山", (36.050465, 140.196968)),
        # words after a landmark's or an area's whole name, after の or 前: that place
        ("荒川沖駅の近くのスーパー", "landmark", "荒川沖駅", (36.030552, 140.16592)),  # not 荒川沖
        ("土浦市役所前", "landmark", "土浦市役所", (36.079059, 140.204451)),  # not the city
        ("新治地区の公民館", "area", "新治地区公民館", (36.12782, 140.155582)),
        # a town written without its 町, when nothing else is so named
        ("手野", "address", "茨城県土浦市手野町", (36.094486, 140.233447)),
        # a facility named after its town that is no landmark: the town, as the label says
        ("真鍋小学校", "address", "茨城県土浦市真鍋", (36.096305, 140.20099)),
    ],
)
def test_a_typed_place_resolves_in_order(
    db_session: Session, typed: str, kind: str, label: str, point: tuple[float, float]
) -> None:
    found = places.resolve_place(db_session, typed, GEOCODER)
    assert isinstance(found, places.Place), found
    assert (found.kind, found.label) == (kind, label)
    assert (found.lat, found.lon) == pytest.approx(point)


@pytest.mark.parametrize(
    "judged",
    [*BATCH_A, *BATCH_B, *BATCH_C],
    ids=[j.typed for j in (*BATCH_A, *BATCH_B, *BATCH_C)],
)
def test_every_judged_where_phrase_is_read_as_judged(
    db_session: Session, judged: JudgedPlace
) -> None:
    """The where-phrases of tests/directory/judged_places.py (typed as people do, judged before
    running): the place a person expects, or a plain "not known here" naming what to type."""
    found = places.resolve_place(db_session, judged.typed, GEOCODER)
    if judged.expected is None:
        assert isinstance(found, places.PlaceNotFound), found
        assert all(word in found.reason for word in ("駅", "地区", "町名", "住所", "郵便番号"))
    else:
        assert isinstance(found, places.Place), found
        assert found.label in judged.expected


UNKNOWN = "登録されている駅・施設・地区・町名にありません。駅名・地区名・町名・住所・郵便番号で入力してください"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "場所が入力されていません"),
        # a place name the data does not know: said plainly, with what can be typed (not the
        # geocoder's 「市区町村が読み取れません」, which means nothing to whoever typed a name)
        ("どこでもない場所", UNKNOWN),
        ("イオンモール土浦", UNKNOWN),
        ("つくば駅", UNKNOWN),
        ("tsukuba station", UNKNOWN),
        ("存在しない町99", "「存在しない町」が見つかりません"),  # an address: the geocoder's why
    ],
)
def test_an_unknown_place_says_why(db_session: Session, typed: str, reason: str) -> None:
    found = places.resolve_place(db_session, typed, GEOCODER)
    assert isinstance(found, places.PlaceNotFound)
    assert (found.message, found.reason) == ("位置を特定できません", reason)


@pytest.mark.parametrize(
    ("typed", "home", "addresses"),
    [
        ("大和町9-1", "茨城県土浦市", ["大和町9-1", "茨城県土浦市大和町9-1"]),  # 大和町 is a 町 too
        ("中央2丁目", "茨城県土浦市", ["茨城県土浦市中央2丁目"]),
        ("土浦市大和町", "茨城県土浦市", ["茨城県土浦市大和町"]),
        ("府中市宮西町", "東京都府中市", ["東京都府中市宮西町"]),  # not 東京都府中市府中市宮西町
        ("東京都府中市宮西町", "東京都府中市", ["東京都府中市宮西町"]),
        ("つくば市竹園", "東京都府中市", ["つくば市竹園", "東京都府中市つくば市竹園"]),
        ("宮西町", "", ["宮西町"]),  # no home: as written, when it reads as a city
        ("中央2丁目", "", []),
    ],
)
def test_a_typed_town_is_looked_for_as_written_or_in_the_home_municipality(
    typed: str, home: str, addresses: list[str]
) -> None:
    assert places.addresses_in_home(typed, home) == addresses


def test_the_home_municipality_is_where_the_areas_are(db_session: Session) -> None:
    assert places.home_municipality(db_session) == "茨城県土浦市"


def test_a_landmark_given_only_an_address_gets_its_town_point(db_session: Session) -> None:
    landmark = places.save_landmark(
        db_session,
        places.LandmarkData(name="土浦第二高校", kind="school", address="土浦市真鍋4-4-2"),
        GEOCODER,
    )
    assert (landmark.lat, landmark.lon) == pytest.approx((36.091955, 140.198926), abs=0.01)
    assert landmark.source.startswith("住所の町丁目の代表点（茨城県土浦市真鍋")
    assert places.resolve_place(db_session, "土浦第二高校", GEOCODER) == places.Place(
        landmark.lat, landmark.lon, "土浦第二高校", "landmark", "landmark"
    )


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (places.LandmarkData(name="", address="土浦市大和町"), "name", "名称を入力してください。"),
        (places.LandmarkData(name="a", lat=36.0), "lat", "緯度と経度は両方入力してください。"),
        (places.LandmarkData(name="a", lat=1.0, lon=2.0), "lat", "緯度・経度が日本の範囲に"),
        (places.LandmarkData(name="a"), "address", "住所か、緯度・経度を入力してください。"),
        (places.LandmarkData(name="a", kind="castle", address="x"), "kind", "種類を選んで"),
        (
            places.LandmarkData(name="a", address="土浦市架空町"),
            "address",
            "住所から町丁目まで特定",
        ),
    ],
)
def test_a_landmark_that_cannot_be_placed_is_refused_with_a_reason(
    db_session: Session, data: places.LandmarkData, field: str, message: str
) -> None:
    with pytest.raises(InvalidData) as refused:
        places.save_landmark(db_session, data, GEOCODER)
    assert refused.value.errors[field].startswith(message)


def test_a_csv_adds_and_updates_landmarks_and_reports_each_bad_row(db_session: Session) -> None:
    text = (
        "名称,種類,よみがな,別名,住所,緯度,経度,出典\r\n"
        "土浦駅,駅,つちうらえき,土浦駅前,茨城県土浦市有明町,36.0787,140.2063,地理院地図\r\n"
        "桜川中学校,学校,,桜中,土浦市桜ケ丘町,,,\r\n"
        "緯度のまちがい,その他,,,,北緯36度,140.2,\r\n"
        "場所のない目印,その他,,,,,,\r\n"
    )
    result = places.import_landmarks_csv(db_session, text.encode("cp932"), GEOCODER)
    assert result.saved == ["土浦駅", "桜川中学校"]
    assert result.errors == [
        "4行目: 緯度・経度が数字ではありません",
        "5行目: 住所か、緯度・経度を入力してください。",
    ]
    station = db_session.scalars(select(Landmark).where(Landmark.name == "土浦駅")).one()
    assert (station.lat, station.aliases, station.source) == (36.0787, ["土浦駅前"], "地理院地図")
    school = db_session.scalars(select(Landmark).where(Landmark.name == "桜川中学校")).one()
    assert school.kind is LandmarkKind.SCHOOL
    assert places.resolve_place(db_session, "桜中", GEOCODER).label == "桜川中学校"  # type: ignore[union-attr]


def test_a_csv_without_the_name_column_is_refused_whole(db_session: Session) -> None:
    result = places.import_landmarks_csv(db_session, "駅,緯度\r\n土浦,36\r\n".encode(), GEOCODER)
    assert result.saved == []
    assert result.errors[0].startswith("1行目に見出し")


def test_maps_draw_landmarks_by_kind_then_name(db_session: Session) -> None:
    found = places.landmarks_by_name(db_session)
    assert found
    assert [(m.kind.value, m.name) for m in found] == sorted((m.kind.value, m.name) for m in found)


def test_the_geocoder_walks_every_listings_location_in_listing_order(db_session: Session) -> None:
    from tests.factories import make_listing

    draft = make_listing(db_session, publish=False)
    found = places.listing_locations(db_session)
    assert [loc.listing_id for loc in found] == sorted(loc.listing_id for loc in found)
    assert draft.id in {loc.listing.id for loc in found}
