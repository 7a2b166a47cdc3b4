"""Addresses as lists and residents write them: the judged set, and the general causes fixed."""

from __future__ import annotations

import pytest

from benchmarks.address_quality import RIGHT, WRONG, score
from geo.geocoding import Located, NotLocated, OfflineGeocoder
from tests.geo.judged_addresses import (
    BATCH_A,
    FORMS_A,
    FORMS_C,
    FORMS_D,
    FORMS_E,
    FORMS_F,
    FORMS_G,
    FORMS_H,
    MERGED_A,
    TYPOS_A,
)

GEOCODER = OfflineGeocoder()


def placed(address: str) -> Located:
    """The place the geocoder gives ``address``; the test fails if it places it nowhere."""
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    return result


# The municipality before the merger is not in the data and has no ward or town named after it.
NOT_IN_THE_DATA = {"茨城県新治郡新治村藤沢"}


@pytest.mark.parametrize(
    ("address", "precision", "matched"),
    [
        # 北海道: a 号 that is a 小字 of a 線, with and without the 番地 after it
        ("旭川市東鷹栖1線11号1234番地", "chome", "北海道旭川市東鷹栖一線十一号"),
        ("北海道旭川市東鷹栖一線十号", "chome", "北海道旭川市東鷹栖一線十号"),
        # the ward of a merged village (盛岡市玉山区, 2006), not a town named 玉山
        ("盛岡市玉山区下田字生出12", "chome", "岩手県盛岡市下田生出"),
        ("岩手県盛岡市玉山区渋民字渋民12", "chome", "岩手県盛岡市渋民渋民"),
        # … but a town whose listed name begins with a 区 keeps it (上越市 has 飯田 and 頸城区飯田)
        ("新潟県上越市頸城区飯田地内", "oaza", "新潟県上越市頸城区飯田"),
        ("兵庫県姫路市飾磨区亀山地内", "oaza", "兵庫県姫路市飾磨区亀山"),
        # a facility's or an island's name before the address
        ("土浦市立図書館 茨城県土浦市大和町1-1", "chome", "茨城県土浦市大和町"),
        ("ふれあいサロン（前橋市大手町2-12-1 前橋市役所内）", "chome", "群馬県前橋市大手町二丁目"),
        ("小豆島 土庄町甲559-2", "oaza", "香川県小豆郡土庄町甲"),
        ("子ども食堂 みんなのいえ 奄美市名瀬幸町25-8", "chome", "鹿児島県奄美市名瀬幸町"),
        # a municipality written as it was before a merger: the ward named after it …
        ("大宮市桜木町1-7-5", "chome", "埼玉県さいたま市大宮区桜木町一丁目"),
        ("静岡県清水市旭町6-8", "chome", "静岡県静岡市清水区旭町"),
        ("大阪府南河内郡美原町黒山", "oaza", "大阪府堺市美原区黒山"),
        # … or the town that kept the old name at its front
        ("岩手県稗貫郡石鳥谷町八幡第4地割", "chome", "岩手県花巻市石鳥谷町八幡第四地割"),
        ("北海道阿寒郡阿寒町中央1丁目", "chome", "北海道釧路市阿寒町中央一丁目"),
        ("新潟県東頸城郡安塚町安塚", "oaza", "新潟県上越市安塚区安塚"),
        ("宮崎県北諸県郡高崎町大牟田", "oaza", "宮崎県都城市高崎町大牟田"),
        # … without its 市 (結城市 has a 大字水海道 of its own: the whole name answers first)
        ("茨城県水海道市宝町3222-3", "chome", "茨城県常総市水海道宝町"),
        ("愛媛県北条市辻", "oaza", "愛媛県松山市北条辻"),
        # … the ward of a town merged into a 政令市, written under the city
        ("大阪府堺市美原町黒山", "oaza", "大阪府堺市美原区黒山"),
        # … or the old name without 町 at the front of the town's
        ("北海道静内郡静内町御幸町3丁目", "chome", "北海道日高郡新ひだか町静内御幸町三丁目"),
        # … or the one municipality of the prefecture where the town is listed and the old
        # name lives on (西東京市田無町・保谷町, 朝倉市甘木, 秋葉区新津)
        ("東京都田無市南町5-6-13", "chome", "東京都西東京市南町五丁目"),
        ("東京都保谷市東町1-5-1", "chome", "東京都西東京市東町一丁目"),
        ("新潟県新津市程島", "oaza", "新潟県新潟市秋葉区程島"),
        ("栃木県今市市瀬川 383-1", "oaza", "栃木県日光市瀬川"),  # not 今市 + 市瀬川
        # two wards carry the name (小倉北区, 小倉南区), and only one lists the town
        ("福岡県小倉市魚町1-1", "chome", "福岡県北九州市小倉北区魚町一丁目"),
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
        "茨城県架空郡架空町中央1-1",  # no ward, no town keeps the name: not a guess
        "福岡県小倉市重住",  # 重住 of 小倉北区 and of 小倉南区: two places, no answer
        "ひまわりサロン 架空市中央1-1",  # a name first, and no listed town after a city
        # 大字甘木 of 朝倉市 (甘木市) and of 大牟田市: only a table of mergers could tell
        "福岡県甘木市大字甘木1",
        "長野県松木市中央1-18-1",  # a typo of 松本市 — or a 大字松木 elsewhere: not a guess
        # a city of another prefecture: only a neighbour's, with its town, is read (below)
        "沖縄県町田市中町1-20-23",  # 東京都 is far from 沖縄県
        "北海道大和町1-1",  # 宮城県の大和町? no town to check it by, and 大和町 were many
        "佐賀県黒川郡大和町吉岡字東柴崎59",  # 宮城県's, but 佐賀県 is far
        # 埼玉県川口市本町, or 東京都's 川口 (八王子市川口町) with 八王子市本町: two readings
        "東京都川口市本町4-1-1",
        # 千葉県's own 中央区 is 千葉市中央区 (which has no 銀座): not 東京都中央区銀座
        "千葉県中央区銀座4-1",
    ],
)
def test_an_old_or_unknown_municipality_is_not_guessed(address: str) -> None:
    assert isinstance(GEOCODER.geocode(address), NotLocated)


@pytest.mark.parametrize(
    ("address", "matched", "notice"),
    [
        (
            "東京都所沢市東町5-22",
            "埼玉県所沢市東町",
            "所沢市は東京都ではなく埼玉県にあります。埼玉県の所沢市として置きました",
        ),
        (
            "神奈川県町田市中町1-20-23",
            "東京都町田市中町一丁目",
            "町田市は神奈川県ではなく東京都にあります。東京都の町田市として置きました",
        ),
        # 府中市 of 東京都 and of 広島県: 東京都's has the 宮西町, and is 神奈川県's neighbour
        (
            "神奈川県府中市宮西町1-1",
            "東京都府中市宮西町一丁目",
            "府中市は神奈川県ではなく東京都にあります。東京都の府中市として置きました",
        ),
        # a 大字 and its 小字 written together (宇治 + 琵琶) is the town's whole name too
        (
            "滋賀県宇治市宇治琵琶33",
            "京都府宇治市宇治琵琶",
            "宇治市は滋賀県ではなく京都府にあります。京都府の宇治市として置きました",
        ),
        (
            "大阪府尼崎市東七松町1丁目23番1号",
            "兵庫県尼崎市東七松町一丁目",
            "尼崎市は大阪府ではなく兵庫県にあります。兵庫県の尼崎市として置きました",
        ),
    ],
)
def test_a_neighbouring_prefectures_city_is_placed_there_and_says_so(
    address: str, matched: str, notice: str
) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.matched, result.notice_text) == (matched, notice)


def test_an_address_read_as_written_carries_no_notice() -> None:
    result = GEOCODER.geocode("埼玉県所沢市東町5-22")
    assert isinstance(result, Located)
    assert (result.matched, result.notice_text) == ("埼玉県所沢市東町", "")


def test_an_old_city_of_the_written_prefecture_wins_over_a_city_elsewhere() -> None:
    # 福岡県八幡市 (now 北九州市八幡東区・西区), not 京都府八幡市
    result = GEOCODER.geocode("福岡県八幡市中央2丁目1-1")
    assert isinstance(result, Located), result
    assert (result.matched, result.notice) == ("福岡県北九州市八幡東区中央二丁目", "")


def test_a_town_that_two_spellings_could_mean_is_not_guessed() -> None:
    # 名古屋市千種区 has 茶屋が坂一丁目 and 茶屋坂通一丁目: 「茶屋坂1丁目」 left out one or the other
    result = GEOCODER.geocode("名古屋市千種区茶屋坂1丁目")
    assert isinstance(result, Located)
    assert (result.precision, result.matched) == ("city", "愛知県名古屋市千種区")


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        ("大阪府豊中市緑ヶ丘1-2-3", "大阪府豊中市緑丘一丁目"),  # ヶ written, not listed
        ("千葉県松戸市緑丘2丁目", "千葉県松戸市緑ケ丘二丁目"),  # ケ left out
        ("東京都新宿区四ッ谷1-6", "東京都新宿区四谷一丁目"),
        ("東京都葛飾区四ツ木2-1-1", "東京都葛飾区四つ木二丁目"),
        ("横浜市瀬谷区三つ境153", "神奈川県横浜市瀬谷区三ツ境"),
        ("茨城県取手市櫻が丘3-5-1", "茨城県取手市桜が丘三丁目"),  # 櫻, the old form of 桜
        ("旭川市6条9丁目", "北海道旭川市六条通九丁目"),  # 通 left out
        ("愛知県一宮市本町8丁目", "愛知県一宮市本町通八丁目"),  # 本町 has 一〜四丁目 only
        ("愛知県一宮市本町2丁目5-6", "愛知県一宮市本町二丁目"),  # … and keeps them
    ],
)
def test_a_town_spelled_another_way_is_found_when_one_town_fits(address: str, matched: str) -> None:
    assert placed(address).matched == matched


def test_the_judged_addresses_are_placed_in_their_town() -> None:
    wrong = [
        (judged.address, answer)
        for judged in BATCH_A
        if judged.address not in NOT_IN_THE_DATA
        for outcome, answer in [score(judged, GEOCODER)]
        if outcome != RIGHT
    ]
    assert wrong == []


def test_an_old_or_mistyped_municipality_never_lands_in_another_town() -> None:
    wrong = [
        (judged.address, answer)
        for judged in MERGED_A + TYPOS_A
        for outcome, answer in [score(judged, GEOCODER)]
        if outcome == WRONG
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        ("千葉県柏氏柏5-10-1", "千葉県柏市柏五丁目"),  # 氏: the IME's し where 市 was meant
        ("宮崎県都城氏姫城町6街区21号", "宮崎県都城市姫城町"),
        ("大阪氏北区梅田1-1", "大阪府大阪市北区梅田一丁目"),  # a 政令市 before its ward
        ("静岡県三島巿北田町4-47", "静岡県三島市北田町"),  # 巿 (U+5DFF), a look-alike of 市
    ],
)
def test_shi_typed_as_uji_or_its_look_alike_is_read_as_shi(address: str, matched: str) -> None:
    assert placed(address).matched == matched


@pytest.mark.parametrize(
    ("address", "precision", "matched"),
    [
        # 京都の通り名 with the street's 丁目 before the 町: the 町 answers, not the street
        ("京都市東山区大和大路通四条下る4丁目小松町", "chome", "京都府京都市東山区小松町"),
        ("京都市東山区大和大路通四条下る四丁目小松町566", "chome", "京都府京都市東山区小松町"),
        # the street alone names no 町: the ward, not the 大和大路 of the street's name
        ("京都市東山区大和大路通四条下る", "city", "京都府京都市東山区"),
    ],
)
def test_a_kyoto_street_is_not_taken_for_a_town(address: str, precision: str, matched: str) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == (precision, matched)


def test_a_ward_written_alone_is_the_one_whose_town_is_listed() -> None:
    # 中央区 is 東京都中央区 and the 中央区 of 札幌市, 千葉市, 神戸市…: the town tells which
    result = GEOCODER.geocode("中央区北1条西2丁目")
    assert isinstance(result, Located), result
    assert result.matched == "北海道札幌市中央区北一条西二丁目"
    # … and without a town it is none of them, unless the home prefecture has one
    assert isinstance(GEOCODER.geocode("中央区1-1"), NotLocated)
    at_home = OfflineGeocoder(home_prefecture="北海道").geocode("中央区1-1")
    assert isinstance(at_home, Located)
    assert at_home.matched == "北海道札幌市中央区"


def test_a_city_and_its_ward_under_the_wrong_prefecture_is_placed_where_the_ward_is() -> None:
    result = GEOCODER.geocode("大阪府神戸市中央区加納町6-5-1")
    assert isinstance(result, Located), result
    assert result.matched == "兵庫県神戸市中央区加納町六丁目"
    # the ward alone, or a town the ward does not list, is not a reason to move the address
    assert isinstance(GEOCODER.geocode("大阪府神戸市中央区"), NotLocated)


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        # 北海道の条・丁目 shortened without 条 and 丁目, as forms write them
        ("札幌市中央区北1西2 ○○ビル3F", "北海道札幌市中央区北一条西二丁目"),
        ("札幌市中央区南1西3丁目", "北海道札幌市中央区南一条西三丁目"),
        ("帯広市西5南7", "北海道帯広市西五条南七丁目"),
        ("札幌市豊平区平岸3-9-1", "北海道札幌市豊平区平岸三条九丁目"),
        # 壱・弐・参・拾 of old deeds
        ("つくば市吾妻弐丁目拾番地壱", "茨城県つくば市吾妻二丁目"),
    ],
)
def test_a_shortened_or_old_style_number_reaches_its_chome(address: str, matched: str) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == ("chome", matched)


def test_addresses_as_forms_write_them_never_land_in_another_town() -> None:
    # 「中央区1-1」 is not 東京都中央区; 「大和大路通四条下る4丁目小松町」 is not on 大和大路
    wrong = [
        (judged.address, answer)
        for judged in FORMS_A + FORMS_C + FORMS_D + FORMS_E + FORMS_F + FORMS_G + FORMS_H
        for outcome, answer in [score(judged, GEOCODER)]
        if outcome == WRONG
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        # 沖縄県's 東村 begins 東村山郡山辺町 (山形県) and 東村山市 (東京都): not a pin in 東村
        (
            "沖縄県東村山郡山辺町畑谷",
            "「東村山郡山辺町」は沖縄県になく山形県にあります。都道府県を確かめてください",
        ),
        (
            "沖縄県東村山市本町2-1-1",
            "「東村山市」は沖縄県になく東京都にあります。都道府県を確かめてください",
        ),
        ("沖縄県東村山", "「東村山」が見つかりません"),  # 東村山市 without its 市
        # a far prefecture is still not guessed, but the reason says where the address is
        (
            "沖縄県町田市中町1-20-23",
            "「町田市」は沖縄県になく東京都にあります。都道府県を確かめてください",
        ),
        # 北海道's 池田町 with its 旭町五丁目, not an old 池田町 of 大阪府 (寝屋川市池田旭町)
        (
            "大阪府中川郡池田町旭町五丁目",
            "「中川郡池田町」は大阪府になく北海道にあります。都道府県を確かめてください",
        ),
        # the written prefecture has a municipality of that name, without the town: the other
        # one's town, not the centre of the written one
        (
            "北海道伊達市保原町字宮下11",
            "「保原町字宮下」は北海道の伊達市になく福島県の伊達市にあります。都道府県を確かめてください",
        ),
        (
            "東京都府中市府川町315",
            "「府川町」は東京都の府中市になく広島県の府中市にあります。都道府県を確かめてください",
        ),
        (
            "青森県南部町大木屋26-17",
            "「大木屋」は青森県の南部町になく鳥取県の南部町にあります。都道府県を確かめてください",
        ),
    ],
)
def test_a_municipality_of_another_prefecture_is_not_pinned_in_the_written_one(
    address: str, reason: str
) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, NotLocated), result
    assert result.reason == reason


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        ("山形県東村山郡山辺町畑谷", "山形県東村山郡山辺町大字畑谷"),
        ("沖縄県東村平良804", "沖縄県国頭郡東村字平良"),  # 東村 itself, with its town
        ("東京都東村山市本町2-1-1", "東京都東村山市本町二丁目"),
        ("福島県伊達市保原町字宮下11", "福島県伊達市保原町宮下"),
        ("北海道伊達市末永町2", "北海道伊達市末永町"),
        ("北海道池田町旭町5丁目", "北海道中川郡池田町字旭町五丁目"),
    ],
)
def test_the_same_addresses_under_their_own_prefecture_are_placed(
    address: str, matched: str
) -> None:
    assert placed(address).matched == matched


def test_a_town_both_namesakes_list_is_read_in_the_written_prefecture() -> None:
    # 和田 of 福井県's 美浜町 and of 和歌山県's: the address as written is right
    result = GEOCODER.geocode("福井県美浜町和田6-15")
    assert isinstance(result, Located), result
    assert result.matched == "福井県三方郡美浜町和田"


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        # a building whose name begins like a town, with the town left out: the city only
        ("茨城県土浦市 中央ビル3F", "茨城県土浦市"),
        ("福島県郡山市 駅前プラザ3F", "福島県郡山市"),
        ("群馬県前橋市本町ハイツ101", "群馬県前橋市"),
    ],
)
def test_a_building_named_like_a_town_is_not_taken_for_the_town(address: str, matched: str) -> None:
    result = GEOCODER.geocode(address)
    assert isinstance(result, Located), result
    assert (result.precision, result.matched) == ("city", matched)


def test_a_building_after_the_town_still_leaves_the_town() -> None:
    result = GEOCODER.geocode("茨城県土浦市大和町中央ビル")
    assert isinstance(result, Located), result
    assert result.matched == "茨城県土浦市大和町"


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        (
            "横浜市中区日吉本町1-1",
            "「日吉本町」は横浜市中区になく横浜市港北区にあります。市区町村を確かめてください",
        ),
        (
            "岐阜県羽島郡笠松町上印食六丁目",
            "「上印食」は羽島郡笠松町になく羽島郡岐南町にあります。市区町村を確かめてください",
        ),
    ],
)
def test_a_town_of_another_ward_or_town_of_the_gun_is_not_pinned_in_the_written_one(
    address: str, reason: str
) -> None:
    # the centre of 中区 or 笠松町 would be a wrong place; which name is wrong is not known
    result = GEOCODER.geocode(address)
    assert isinstance(result, NotLocated), result
    assert result.reason == reason
    # … while the right ward, or a ward written with a town no ward lists, still answers
    assert isinstance(GEOCODER.geocode("横浜市港北区日吉本町1-1"), Located)
    assert isinstance(GEOCODER.geocode("横浜市中区架空町1-1"), Located)


def test_a_municipality_that_begins_a_facilitys_name_is_not_the_address() -> None:
    # 栄町 (千葉県) begins the building's name; the address is 府中市's, of two prefectures
    result = GEOCODER.geocode("栄町マンション内 府中市篠根町3-9")
    assert isinstance(result, NotLocated), result
    assert result.reason == "「府中市」は複数の都道府県にあります。都道府県から書いてください"
    # … or a city of two characters whose town is written after it: not 栄町 either
    assert isinstance(GEOCODER.geocode("栄町マンション内 光市架空9"), NotLocated)
    # 栄町 itself, with a town it does not list, is still placed at 栄町
    alone = GEOCODER.geocode("千葉県栄町架空")
    assert isinstance(alone, Located)
    assert (alone.precision, alone.matched) == ("city", "千葉県印旛郡栄町")


def test_a_town_of_a_municipality_one_character_apart_is_not_pinned_in_the_written_one() -> None:
    # 新城市 for 安城市: both are real, and only 安城市 has 根崎町南境目
    result = GEOCODER.geocode("愛知県新城市根崎町南境目14-5")
    assert isinstance(result, NotLocated), result
    assert result.reason == (
        "「根崎町南境目」は新城市になく安城市にあります。市区町村を確かめてください"
    )


@pytest.mark.parametrize(
    ("address", "not_in"),
    [
        ("大阪府山田市南吹田四丁目", "大阪府吹田市山田南"),  # 山田 + 南 of 南吹田
        ("北海道松前郡下島町松浦27-6", "北海道恵庭市下島松"),  # 下島 + 松 of 松浦
        ("北海道新川市東町一丁目", "北海道厚岸郡浜中町新川東"),  # 新川 + 東 of 東町
    ],
)
def test_an_old_name_is_not_joined_to_part_of_the_towns_first_word(
    address: str, not_in: str
) -> None:
    result = GEOCODER.geocode(address)
    assert not (isinstance(result, Located) and result.matched == not_in), result


@pytest.mark.parametrize(
    ("address", "home", "matched"),
    [
        # one city of the prefecture has the ward (葵区, 灘区: a name of one character)
        ("静岡県葵区追手町9-6", "", "静岡県静岡市葵区追手町"),
        ("兵庫県灘区桜口町4-2-1", "", "兵庫県神戸市灘区桜口町四丁目"),
        ("岡山県北区大供1-1-1", "", "岡山県岡山市北区大供一丁目"),
        ("広島県安佐南区古市1-33-14", "", "広島県広島市安佐南区古市一丁目"),
        # two cities of the prefecture have it: the town tells which
        ("神奈川県緑区寺山町118", "", "神奈川県横浜市緑区寺山町"),
        ("神奈川県緑区橋本6-2-1", "", "神奈川県相模原市緑区橋本六丁目"),
        # the list's own prefecture as context
        ("中区山下町1", "神奈川県", "神奈川県横浜市中区山下町"),
        ("葵区追手町9-6", "静岡県", "静岡県静岡市葵区追手町"),
    ],
)
def test_a_ward_written_without_its_city_is_placed_in_the_one_city_it_can_be(
    address: str, home: str, matched: str
) -> None:
    result = OfflineGeocoder(GEOCODER.gazetteer, home_prefecture=home).geocode(address)
    assert isinstance(result, Located), result
    assert result.matched == matched


@pytest.mark.parametrize(
    ("address", "home", "reason"),
    [
        (
            "神奈川県緑区1-1",
            "",
            "「緑区」は横浜市・相模原市にあります。どの市の区か、市の名前から書いてください",
        ),
        (
            "北区1-1",
            "大阪府",
            "「北区」は堺市・大阪市にあります。どの市の区か、市の名前から書いてください",
        ),
        # 福岡市南区大橋, or 横浜市南区大橋町 with its 町 left out
        ("南区大橋1-1", "", "「南区」は"),
    ],
)
def test_a_ward_several_cities_have_says_which_instead_of_a_pin(
    address: str, home: str, reason: str
) -> None:
    result = OfflineGeocoder(GEOCODER.gazetteer, home_prefecture=home).geocode(address)
    assert isinstance(result, NotLocated), result
    assert result.reason.startswith(reason)


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        # 篠山市 became 丹波篠山市 in 2019; the municipalities' table still has the old name
        ("兵庫県篠山市北新町41", "兵庫県丹波篠山市北新町"),
        ("篠山市北新町41", "兵庫県丹波篠山市北新町"),
        ("兵庫県篠山市", "兵庫県丹波篠山市"),
        # 梼 is how 檮 is mostly typed: one 梼原町, with its towns
        ("高知県梼原町", "高知県高岡郡檮原町"),
    ],
)
def test_a_municipality_written_by_its_former_or_usual_name_is_the_current_one(
    address: str, matched: str
) -> None:
    assert placed(address).matched == matched


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        # a 市 with 市 inside its name, merged away: not 八日市 + 場市…
        ("千葉県八日市場市八日市場イ101", "千葉県匝瑳市八日市場イ"),
        # a 村 whose towns are named 町 in the city it merged into
        ("奈良県吉野郡西吉野村大字城戸", "奈良県五條市西吉野町城戸"),
        ("群馬県勢多郡新里村新川", "群馬県桐生市新里町新川"),
    ],
)
def test_an_old_municipality_is_read_as_its_name_and_its_towns_are_written(
    address: str, matched: str
) -> None:
    assert placed(address).matched == matched


@pytest.mark.parametrize(
    ("address", "matched"),
    [
        ("茨城県士浦市大和町9-1", "茨城県土浦市大和町"),  # 士 for 土
        ("岐阜県大恒市林町5丁目", "岐阜県大垣市林町五丁目"),  # 恒 for 垣
        ("兵庫県尼先市東難波町5丁目", "兵庫県尼崎市東難波町五丁目"),  # the IME's 先 for 崎
    ],
)
def test_a_short_municipality_with_a_look_alike_character_is_the_one_it_looks_like(
    address: str, matched: str
) -> None:
    assert placed(address).matched == matched


def test_a_short_municipality_one_other_character_apart_is_not_guessed() -> None:
    # 下館市 (now 筑西市) is one character from 下妻市, not a look-alike of it: an old name, and
    # 下妻市's 田町一丁目 would be a wrong place
    assert isinstance(GEOCODER.geocode("茨城県下館市田町1丁目"), NotLocated)
