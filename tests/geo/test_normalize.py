"""Address normalization: the same address written many ways gives the same parts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.normalize import kanji_to_int, parse

# (as written, prefecture, city, town, 丁目, numbers, rest)
CASES = [
    ("茨城県土浦市城北町5-12", "茨城県", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5-12", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町５－１２", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5‐12", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町５ー１２", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5―12", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5ｰ12", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5−12", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5番12号", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町五番十二号", "", "土浦市", "城北町", None, (5, 12), ""),
    ("土浦市城北町5番地12", "", "土浦市", "城北町", None, (5, 12), ""),
    (
        "〒300-0811 茨城県土浦市上高津1丁目２１番２５号 サンハイツ101",
        "茨城県",
        "土浦市",
        "上高津",
        1,
        (21, 25),
        "サンハイツ101",
    ),
    ("300-0811 土浦市上高津一丁目21-25", "", "土浦市", "上高津", 1, (21, 25), ""),
    ("〒3000811土浦市上高津1-21-25", "", "土浦市", "上高津", None, (1, 21, 25), ""),
    ("茨城県土浦市藤沢1238", "茨城県", "土浦市", "藤沢", None, (1238,), ""),
    ("茨城県土浦市大字藤沢1238", "茨城県", "土浦市", "藤沢", None, (1238,), ""),
    ("茨城県 土浦市 大字田土部字中山 ２３４５", "茨城県", "土浦市", "田土部", None, (2345,), ""),
    ("土浦市字田土部2345番地", "", "土浦市", "田土部", None, (2345,), ""),
    ("土浦市藤沢3580番地の1", "", "土浦市", "藤沢", None, (3580, 1), ""),
    ("土浦市大字藤沢無番地", "", "土浦市", "藤沢", None, (), "無番地"),
    (
        "土浦市 中央 １ 丁目 13 番 3 号 土浦ビル 101",
        "",
        "土浦市",
        "中央",
        1,
        (13, 3),
        "土浦ビル 101",
    ),
    ("土浦市中央一 丁目十三番 三号", "", "土浦市", "中央", 1, (13, 3), ""),
    ("土浦市中央1丁目13-3 3号棟", "", "土浦市", "中央", 1, (13, 3), "3号棟"),
    ("土浦市中央二丁目１６－４ ４階", "", "土浦市", "中央", 2, (16, 4), "4階"),
    (
        "土浦市中央2丁目16番4号 土浦市役所 本庁舎4F",
        "",
        "土浦市",
        "中央",
        2,
        (16, 4),
        "土浦市役所 本庁舎4F",
    ),
    (
        "土浦市桜町１ー３ー１５　ウララビル２Ｆ",
        "",
        "土浦市",
        "桜町",
        None,
        (1, 3, 15),
        "ウララビル2F",
    ),
    ("300-0051土浦市真鍋5‐17‐26", "", "土浦市", "真鍋", None, (5, 17, 26), ""),
    ("土浦市大和町九番一号", "", "土浦市", "大和町", None, (9, 1), ""),
    (
        "土浦市荒川沖東2-4-8 コーポ荒川102号室",
        "",
        "土浦市",
        "荒川沖東",
        None,
        (2, 4, 8),
        "コーポ荒川102号室",
    ),
    ("土浦市手野町3141", "", "土浦市", "手野町", None, (3141,), ""),
    ("土浦市 右籾 ２５００－１", "", "土浦市", "右籾", None, (2500, 1), ""),
    ("茨城県つくば市研究学園一丁目1番地1", "茨城県", "つくば市", "研究学園", 1, (1, 1), ""),
    ("茨城県かすみがうら市大和田562", "茨城県", "かすみがうら市", "大和田", None, (562,), ""),
    ("茨城県稲敷郡阿見町中央1-1-1", "茨城県", "稲敷郡阿見町", "中央", None, (1, 1, 1), ""),
    ("北相馬郡利根町布川841番地の1", "", "北相馬郡利根町", "布川", None, (841, 1), ""),
    ("東京都千代田区霞が関一丁目1番1号", "東京都", "千代田区", "霞が関", 1, (1, 1), ""),
    ("千代田区霞が関1-1-1 中央合同庁舎", "", "千代田区", "霞が関", None, (1, 1, 1), "中央合同庁舎"),
    (
        "宮城県仙台市青葉区一番町四丁目十一番一号",
        "宮城県",
        "仙台市青葉区",
        "一番町",
        4,
        (11, 1),
        "",
    ),
    ("横浜市中区山下町１－２", "", "横浜市中区", "山下町", None, (1, 2), ""),
    ("大阪府大阪市北区梅田3丁目1-3", "大阪府", "大阪市北区", "梅田", 3, (1, 3), ""),
    ("三重県四日市市諏訪町1番5号", "三重県", "四日市市", "諏訪町", None, (1, 5), ""),
    ("広島県廿日市市下平良一丁目11番1号", "広島県", "廿日市市", "下平良", 1, (11, 1), ""),
    ("北海道札幌市中央区大通西二丁目", "北海道", "札幌市中央区", "大通西", 2, (), ""),
    (
        "京都府京都市中京区寺町通御池上る上本能寺前町488番地",
        "京都府",
        "京都市中京区",
        "寺町通御池上る上本能寺前町",
        None,
        (488,),
        "",
    ),
    ("沖縄県那覇市泉崎1-2-2", "沖縄県", "那覇市", "泉崎", None, (1, 2, 2), ""),
    (
        "長野県北佐久郡軽井沢町大字軽井沢1323番地28",
        "長野県",
        "北佐久郡軽井沢町",
        "軽井沢",
        None,
        (1323, 28),
        "",
    ),
    ("土浦市城北町", "", "土浦市", "城北町", None, (), ""),
    ("茨城県土浦市城北町 5 - 12", "茨城県", "土浦市", "城北町", None, (5, 12), ""),
]


@pytest.mark.parametrize(
    ("text", "prefecture", "city", "town", "chome", "numbers", "rest"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_addresses_are_split_into_their_parts(
    text: str,
    prefecture: str,
    city: str,
    town: str,
    chome: int | None,
    numbers: tuple[int, ...],
    rest: str,
) -> None:
    address = parse(text)
    assert (
        address.prefecture,
        address.city,
        address.town,
        address.chome,
        address.numbers,
        address.rest,
    ) == (prefecture, city, town, chome, numbers, rest)


def test_the_postal_code_is_read_with_or_without_its_hyphen() -> None:
    assert parse("〒300-0811 土浦市上高津1-21").postal_code == "300-0811"
    assert parse("3000811土浦市上高津1-21").postal_code == "300-0811"
    assert parse("土浦市上高津1-21").postal_code == ""


def test_spellings_of_one_address_share_a_key() -> None:
    spellings = [
        "茨城県土浦市城北町5-12",
        "茨城県土浦市城北町５番１２号 ハイツ",
        "茨城県土浦市城北町五番十二号",
        "〒300-0000 茨城県土浦市城北町5‐12",
    ]
    assert {parse(s).key for s in spellings} == {"茨城県土浦市城北町5-12"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("百五", 105),
        ("一〇五", 105),
        ("千二百三十四", 1234),
    ],
)
def test_kanji_numerals(text: str, value: int) -> None:
    assert kanji_to_int(text) == value


@given(st.text(max_size=60))
def test_any_text_parses_without_error(text: str) -> None:
    address = parse(text)
    assert address.original == text


@given(st.sampled_from([c[0] for c in CASES]))
def test_parsing_a_key_again_changes_nothing(text: str) -> None:
    key = parse(text).key
    assert parse(key).key == key


def test_every_demo_seed_address_has_a_city_and_a_town() -> None:
    from seeds.loader import listing_records

    addresses = [r["address"] for r in listing_records() if r.get("address")]
    assert len(addresses) > 150
    unparsed = [a for a in addresses if not (parse(a).city == "土浦市" and parse(a).town)]
    assert unparsed == []


def test_a_half_width_voiced_mark_joins_its_kana_even_across_a_space() -> None:
    assert parse("土浦市ｶ ﾞｸｴﾝ町1").town == parse("土浦市ガクエン町1").town == "ガクエン町"


@pytest.mark.parametrize(
    ("text", "town", "koaza", "chome", "numbers"),
    [
        ("土浦市大字宍塚字下田1238番地", "宍塚", "下田", None, (1238,)),
        ("札幌市中央区北１条西２丁目１", "北1条西", "", 2, (1,)),
        ("札幌市中央区北一条西二丁目", "北1条西", "", 2, ()),
        ("東川町東11号北12-3", "東11号北", "", None, (12, 3)),
        ("新潟県三条市元町1-2", "元町", "", None, (1, 2)),
    ],
)
def test_numbers_that_name_a_town_stay_in_it_and_a_koaza_is_kept_apart(
    text: str, town: str, koaza: str, chome: int | None, numbers: tuple[int, ...]
) -> None:
    parts = parse(text)
    assert (parts.town, parts.koaza, parts.chome, parts.numbers) == (town, koaza, chome, numbers)
