"""Addresses as lists and residents write them: the judged set, and the general causes fixed."""

from __future__ import annotations

import pytest

from geo.geocoding import Located, NotLocated, OfflineGeocoder

GEOCODER = OfflineGeocoder()


@pytest.mark.parametrize(
    ("address", "precision", "matched"),
    [
        # 北海道: a 号 that is a 小字 of a 線, with and without the 番地 after it
        ("旭川市東鷹栖1線11号1234番地", "chome", "北海道旭川市東鷹栖一線十一号"),
        ("北海道旭川市東鷹栖一線十号", "chome", "北海道旭川市東鷹栖一線十号"),
        # the ward of a merged village (盛岡市玉山区, 2006), not a town named 玉山
        ("盛岡市玉山区下田字生出12", "chome", "岩手県盛岡市下田生出"),
        ("岩手県盛岡市玉山区渋民字渋民12", "chome", "岩手県盛岡市渋民渋民"),
        # a facility's or an island's name before the address
        ("土浦市立図書館 茨城県土浦市大和町1-1", "chome", "茨城県土浦市大和町"),
        ("ふれあいサロン（前橋市大手町2-12-1 前橋市役所内）", "chome", "群馬県前橋市大手町二丁目"),
        ("小豆島 土庄町甲559-2", "oaza", "香川県小豆郡土庄町甲"),
        ("子ども食堂 みんなのいえ 奄美市名瀬幸町25-8", "chome", "鹿児島県奄美市名瀬幸町"),
    ],
)
def test_addresses_as_written_resolve_to_their_town(
    address: str, precision: str, matched: str
) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == (precision, matched)


@pytest.mark.parametrize(
    "address",
    [
        "ひまわりサロン 架空市中央1-1",  # a name first, and no listed town after a city
    ],
)
def test_a_name_first_is_not_taken_for_a_town(address: str) -> None:
    assert isinstance(GEOCODER.geocode(address), NotLocated)
