"""The offline geocoder: finest level its data allows, its source, and a plain answer when not."""

from __future__ import annotations

from collections import Counter

import pytest

from geo.gazetteer import Gazetteer
from geo.geocoding import Located, NotLocated, OfflineGeocoder
from seeds.loader import listing_records

GEOCODER = OfflineGeocoder()


@pytest.mark.parametrize(
    ("address", "precision", "matched"),
    [
        # 大字 with 番地, written with and without 大字, 全角 digits, a postal code and a building
        ("茨城県土浦市藤沢1238", "oaza", "茨城県土浦市藤沢"),
        ("土浦市大字藤沢１２３８", "oaza", "茨城県土浦市藤沢"),
        ("〒300-4100 土浦市 藤沢 1238 公会堂裏", "oaza", "茨城県土浦市藤沢"),
        # 丁目 in kanji, in digits, and as the first number of 2-3-4
        ("茨城県土浦市並木五丁目4981", "chome", "茨城県土浦市並木五丁目"),
        ("茨城県土浦市並木5丁目4981", "chome", "茨城県土浦市並木五丁目"),
        ("茨城県土浦市神立中央3-1", "chome", "茨城県土浦市神立中央三丁目"),
        ("土浦市中央２－３－４", "chome", "茨城県土浦市中央二丁目"),
        ("東京都千代田区霞が関一丁目1番1号", "chome", "東京都千代田区霞が関一丁目"),
        # 大字字小字, with and without 字
        ("土浦市大字宍塚字下田100", "chome", "茨城県土浦市宍塚下田"),
        ("土浦市宍塚下田100", "chome", "茨城県土浦市宍塚下田"),
        # a town known only by its 丁目
        ("土浦市板谷", "oaza", "茨城県土浦市板谷"),
        # 政令市の区 (and a ward left out), 郡, cities of the same name
        ("横浜市中区山下町1-2", "chome", "神奈川県横浜市中区山下町"),
        ("横浜市日吉本町1-2-3", "chome", "神奈川県横浜市港北区日吉本町一丁目"),
        ("札幌市中央区北1条西2丁目1", "chome", "北海道札幌市中央区北一条西二丁目"),
        ("大阪市北区曽根崎2-1", "chome", "大阪府大阪市北区曾根崎二丁目"),
        ("群馬県高碕市高松町35-1", "chome", "群馬県高崎市高松町"),  # 碕 = 崎, as 﨑 is
        ("鳥取県東伯郡琴浦町赤崎1", "oaza", "鳥取県東伯郡琴浦町大字赤碕"),
        ("京都市中京区寺町通御池上る上本能寺前町488", "chome", "京都府京都市中京区上本能寺前町"),
        ("福岡市博多区博多駅前2-1-1", "chome", "福岡県福岡市博多区博多駅前二丁目"),
        ("茨城県稲敷郡阿見町中央1-1-1", "chome", "茨城県稲敷郡阿見町中央一丁目"),
        ("阿見町中央1-1-1", "chome", "茨城県稲敷郡阿見町中央一丁目"),
        ("広島県府中市府川町315", "chome", "広島県府中市府川町"),
        ("東京都府中市宮西町2-24", "chome", "東京都府中市宮西町二丁目"),
        # where the municipality ends is read from the list: 郡 and towns with 市 or 区 inside
        ("北海道余市郡仁木町北町二丁目12-3", "chome", "北海道余市郡仁木町北町二丁目"),
        ("福島県南相馬市原町区江井12-3", "oaza", "福島県南相馬市原町区江井"),
        ("新潟県三条市元町1-2", "chome", "新潟県三条市元町"),
        ("福岡県福岡市早良区西入部一丁目1-1", "chome", "福岡県福岡市早良区西入部一丁目"),
        # 字 inside names, 大字 inside names, 字 without a 大字, 丁目 followed by a direction
        ("秋田県横手市十文字町睦合字源太12", "chome", "秋田県横手市十文字町睦合源太"),
        ("愛知県知多郡阿久比町大字植大字西狐谷12", "chome", "愛知県知多郡阿久比町大字植大西狐谷"),
        ("香川県綾歌郡宇多津町字吉田12", "chome", "香川県綾歌郡宇多津町吉田"),
        ("北海道札幌市白石区本通五丁目北12-3", "chome", "北海道札幌市白石区本通五丁目北"),
        ("福岡県筑紫野市むさしが丘2丁目1", "chome", "福岡県筑紫野市むさしヶ丘二丁目"),
        # N番町 written with a digit; a 政令市's ward newer than the data (浜松市, 2024)
        ("新潟県新潟市中央区学校町通1番町602番地1", "chome", "新潟県新潟市中央区学校町通一番町"),
        ("東京都千代田区1番町10", "chome", "東京都千代田区一番町"),
        ("静岡県浜松市中央区元城町103-2", "chome", "静岡県浜松市中区元城町"),
        ("静岡県浜松市浜名区貴布祢291-1", "oaza", "静岡県浜松市浜北区貴布祢"),
        # 郵便番号 only: the town of the code; a 事業所 code (土浦市役所) its address
        ("〒300-0036", "chome", "茨城県土浦市大和町"),
        ("３００－８６８６", "chome", "茨城県土浦市大和町"),
        # a town the table does not list: the municipality
        ("茨城県土浦市架空町1-1", "city", "茨城県土浦市"),
    ],
)
def test_addresses_resolve_to_the_finest_level_the_data_has(
    address: str, precision: str, matched: str
) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == (precision, matched)
    assert result.source.startswith("offline: ")


def test_a_postal_code_places_an_address_whose_town_is_not_listed() -> None:
    result = GEOCODER.geocode("〒300-0036 茨城県土浦市どこか1-1")
    assert isinstance(result, Located)
    assert result.matched == "茨城県土浦市大和町"


def test_a_town_point_carries_the_attribution_of_its_data() -> None:
    result = GEOCODER.geocode("茨城県土浦市大和町9-1")
    assert isinstance(result, Located)
    assert result.source == "offline: Geolonia 住所データ (CC BY 4.0)"
    assert (round(result.lat, 3), round(result.lon, 3)) == (36.079, 140.204)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("府中市宮西町2-24", "「府中市」は複数の都道府県にあります。都道府県から書いてください"),
        ("架空市どこか町1-1", "「架空市」が見つかりません"),
        ("城北町5-12", "「城北町」が見つかりません"),
        ("〒999-9999", "市区町村が読み取れません"),
        ("", "市区町村が読み取れません"),
        ("!!!###", "市区町村が読み取れません"),
    ],
)
def test_unknown_addresses_give_a_clear_answer_not_an_exception(address: str, reason: str) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, NotLocated)
    assert result.message == "位置を特定できません"
    assert result.reason == reason


def test_a_home_prefecture_settles_an_ambiguous_city() -> None:
    result = OfflineGeocoder(home_prefecture="東京都").geocode("府中市宮西町2-24")
    assert isinstance(result, Located)
    assert result.matched == "東京都府中市宮西町二丁目"


def test_every_demo_address_is_located_in_its_town() -> None:
    counts: Counter[str] = Counter()
    for record in listing_records():
        if record.get("address"):
            result = GEOCODER.geocode(record["address"])
            counts[result.precision if isinstance(result, Located) else "none"] += 1
    assert counts["none"] == counts["city"] == 0
    assert counts["chome"] > counts["oaza"]


def test_the_gazetteer_knows_every_municipality_and_ward() -> None:
    gazetteer = GEOCODER.gazetteer
    listed = {entry.place.city for entry in gazetteer.cities.values()}
    assert len(listed) >= 1_890  # 1,741 市区町村 + the wards of the 20 政令市 (+ old names)
    assert {"横浜市", "横浜市港北区", "札幌市中央区", "千代田区", "三重郡川越町"} <= listed


def test_start_up_reads_no_town_until_an_address_asks() -> None:
    gazetteer = Gazetteer()
    assert gazetteer._indexes == {}
    assert isinstance(OfflineGeocoder(gazetteer).geocode("土浦市中央1-1"), Located)
    assert len(gazetteer._indexes) == 1


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        # the table lists these 丁目 in its 小字 column (連尺通 | 二丁目)
        ("愛知県岡崎市連尺通2丁目10", "愛知県岡崎市連尺通二丁目"),
        ("岡崎市連尺通2-10", "愛知県岡崎市連尺通二丁目"),
        ("岐阜県養老郡養老町金屋1丁目", "岐阜県養老郡養老町金屋一丁目"),
    ],
)
def test_a_chome_listed_as_a_koaza_is_found_by_its_number(address: str, matched: str) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == ("chome", matched)
