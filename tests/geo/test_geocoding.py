"""The offline geocoder: finest level its data allows, its source, and a plain answer when not."""

from __future__ import annotations

from collections import Counter

import pytest

from geo.geocoding import Located, NotLocated, OfflineGeocoder
from seeds.loader import listing_records

GEOCODER = OfflineGeocoder()


@pytest.mark.parametrize(
    ("address", "precision", "matched"),
    [
        ("茨城県土浦市藤沢1238", "block", "茨城県土浦市藤沢"),
        ("土浦市大字藤沢１２３８", "block", "茨城県土浦市藤沢"),
        ("〒300-4100 土浦市 藤沢 1238 公会堂裏", "block", "茨城県土浦市藤沢"),
        ("茨城県土浦市並木五丁目4981", "city", "茨城県土浦市"),
        ("茨城県土浦市神立中央3-1", "block", "茨城県土浦市神立中央"),
        ("東京都千代田区霞が関一丁目1番1号", "city", "東京都千代田区"),
        ("横浜市中区山下町1-2", "city", "神奈川県横浜市"),
        ("茨城県稲敷郡阿見町中央1-1-1", "city", "茨城県阿見町"),
        ("広島県府中市府川町315", "city", "広島県府中市"),
        ("東京都府中市宮西町2-24", "city", "東京都府中市"),
    ],
)
def test_addresses_resolve_to_the_finest_level_the_data_has(
    address: str, precision: str, matched: str
) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == (precision, matched)
    assert result.source.startswith("offline: ")


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("府中市宮西町2-24", "「府中市」は複数の都道府県にあります。都道府県から書いてください"),
        ("架空市どこか町1-1", "「架空市」が見つかりません"),
        ("城北町5-12", "「城北町」が見つかりません"),
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
    assert result.matched == "東京都府中市"


def test_every_demo_address_is_located_most_to_the_town() -> None:
    counts: Counter[str] = Counter()
    for record in listing_records():
        if record.get("address"):
            result = GEOCODER.geocode(record["address"])
            counts[result.precision if isinstance(result, Located) else "none"] += 1
    assert counts["none"] == 0
    assert counts["block"] > counts["city"]


def test_the_gazetteer_knows_every_municipality() -> None:
    assert len(GEOCODER.gazetteer.cities) == 1741
