"""Query understanding: what a resident typed → words, conditions, a place (directory.search.query).

Without an index (``lexicon=None``) and with the demo town's index, whose vocabulary decides
typos and which pieces stay whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory.ages import age_key
from directory.places import KnownPlaces
from directory.search.analyzer import normalize
from directory.search.query import MSG_NO_DATES, PLACE_RADIUS_KM, Area, Notice, Place, parse
from directory.search.ranking import COST, READING, Lexicon, Ranker
from directory.search.service import place_lookup
from directory.vocabulary import Snapshot
from geo.geocoding import OfflineGeocoder

AREAS = [Area("niihari", "新治地区", "にいはりちく"), Area("daiichi", "第一地区", "だいいちちく")]


@pytest.fixture(scope="module")
def lexicon(search_index_dir: Path) -> Iterator[Lexicon]:
    ranker = Ranker(search_index_dir)
    yield ranker.lexicon(public_only=True)
    ranker.close()


def typed_words(text: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    return parse(text, lexicon, areas=AREAS).words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("子どもの宿題を見てほしい", ("子ども", "宿題")),
        ("無料でごはん", ("ごはん",)),  # 無料 is a condition
        # 「話し相手がほしい」 is one phrase, a feeling (situations.tsv): the places to be with people,
        # not the listings recruiting a 話し相手 volunteer
        ("話し相手がほしい", ("話し相手がほしい",)),
        ("料理を習いたい", ("料理",)),
        ("体操ができるところ", ("体操",)),
        ("介護している家族", ("介護している", "家族")),  # situations.tsv: 介護者, not 介護予防
        ("ひとり暮らしで食べ物に困っている", ("ひとり暮らし", "食べ物")),
        ("子供の居場所", ("子供", "居場所")),  # 居場所 is 居・場所 to the analyser
        ("荒川沖駅 近く", ("荒川沖駅",)),  # no place lookup here: a word
        # request verbs typed in hiragana, verbs of dropping by, みんな, a suffix left alone
        ("編み物ならいたいです", ("編み物",)),
        ("みんなで歌いたい", ("歌い",)),
        ("畑しごと手伝えるところ探してます", ("畑",)),
        ("何か趣味を見つけたい", ("趣味",)),  # 見つける: a request, as 探す
    ],
)
def test_particles_and_request_words_are_dropped(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # やさしい日本語 is written with spaces between words, particles included
        ("にほんご を ならう", ("にほんご",)),
        ("こども の いばしょ", ("こども", "いばしょ")),
        ("あかちゃん と あそぶ", ("あかちゃん", "あそぶ")),
        ("ごはん や べんきょう", ("ごはん", "べんきょう")),
        ("にほんご から", ("にほんご",)),
        # who the resident searches for is no word of the listing (「高齢の母」「うちの子」)
        ("高齢の母が通える体操", ("高齢", "体操")),
        ("認知症の母を介護しています", ("認知症", "介護している")),  # the situation, said politely
        ("ひとり暮らしの父の見守り", ("ひとり暮らし", "見守り")),
        # 「限定」「だけ」 narrow; the word before them is what is looked for
        ("女性限定", ("女性",)),
        ("女性だけ", ("女性",)),
        # what every listing has, and days no schedule can answer without a calendar
        ("参加費 100円", ()),  # 100円 is a price ceiling (test_a_price_is_a_ceiling)
        ("今日 こども食堂", ("こども食堂",)),
        ("明日 体操", ("体操",)),
        # open or not is the weekday's business
        ("日曜日 あいてる", ()),
    ],
)
def test_words_that_name_nothing_to_look_for_are_dropped(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert parsed.corrections == ()  # nothing "corrected" either (明日 was 平日)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # whole sentences, as spoken into voice input or typed on a phone
        ("高齢の母と一緒に行ける認知症カフェはありますか？", ("高齢", "認知症カフェ")),
        ("夜しか空いてないんですが日本語の勉強できるとこ", ("日本語", "勉強")),
        ("外国から来たばかりで日本語がわかりません", ("外国", "日本語")),
        ("お金がなくて食べるものに困っています", ("お金", "食べるもの")),  # a synonym: whole
        # 介護に疲れ is the carer's situation, read whole (situations.tsv: 介護者・家族会)
        ("介護に疲れてしまって少し息抜きしたい", ("介護に疲れ", "息抜き")),
        ("家にずっといて外に出るきっかけがほしい", ("家", "外に出るきっかけ")),  # a synonym: whole
        ("定年退職して時間があるのでボランティアを始めたい", ("定年", "退職", "ボランティア")),
        # a question about what the page shows anyway is no word to look for
        ("子供食堂は何曜日にやってますか？", ("子供食堂",)),
        ("百歳体操 何時から", ("百歳体操",)),
        ("真鍋のほうで囲碁できるところ", ("真鍋", "囲碁")),  # no place lookup here: 真鍋 a word
    ],
)
def test_the_rest_of_a_spoken_sentence_is_no_word_to_look_for(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    """Each word left is ANDed with the others: 「一緒」「とこ」「何曜日」 kept as words narrowed a
    search for 認知症カフェ to the three cafés that happen to write 一緒, and 何曜日 was even
    "corrected" to 土曜日."""
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert parsed.corrections == ()


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("学校に行けない", ("学校に行けない",)),  # 不登校's synonym, not 学校
        ("子どもが学校に行けないので昼間の居場所", ("子ども", "居場所", "学校に行けない")),
        ("ひとり暮らしで生活に困っている", ("ひとり暮らし", "生活に困っている")),
        ("近くの通いの場を探してます", ("通いの場",)),
    ],
)
def test_a_phrase_of_the_synonyms_table_inside_a_sentence_stays_one_word(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    """Cut at its particles, 「学校に行けない」 was 学校 alone, and 「生活に困っている」 生活 + 困っ."""
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("shogi shitai", ("将棋",)),  # したい: a request, as in Japanese
        ("hatake yaritai", ("hatake",)),
        ("nihongo benkyou shitai desu", ("nihongo", "benkyou")),
        ("yoga kyoushitsu", ("ヨガ教室",)),  # romaji is typed word by word: one word
        ("shodou", ("shodou",)),  # しょ・どう to the analyser, yet 書道: kept
        ("パソコン 教室", ("パソコン", "教室")),  # typed apart in Japanese: the resident's words
    ],
)
def test_romaji_requests_are_dropped_and_a_romaji_group_word_joins_the_word_before(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "kept", "not_kept"),
    [
        ("仕事に就く前に練習したい", ("仕事", "練習"), ("就学前",)),  # not 就く前 → 就学前
        ("子どもが不登校で、家以外の居場所があれば", ("不登校", "居場所"), ("方以外",)),
        ("小学生の子どもが放課後ひとりで過ごせる場所はありますか", ("放課後",), ("放課", "後")),
    ],
)
def test_a_phrase_is_cut_into_its_words_and_never_corrected_as_a_typo(
    lexicon: Lexicon, typed: str, kept: tuple[str, ...], not_kept: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    searched = {normalize(w) for w in parsed.words} | {c for _, c in parsed.corrections}
    assert {normalize(w) for w in kept} <= searched
    assert not {normalize(w) for w in not_kept} & searched
    assert parsed.corrections == ()


@pytest.mark.parametrize(
    ("typed", "said"),
    [("今日 こども食堂", True), ("明日", True), ("today yoga", True), ("明日 土曜日 体操", False)],
)
def test_a_date_is_dropped_with_a_note_unless_a_weekday_is_given(
    lexicon: Lexicon, typed: str, said: bool
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert (parsed.notice_kind == Notice.NO_DATES) is said
    assert (parsed.notice == MSG_NO_DATES) is said


@pytest.mark.parametrize(
    ("kana", "written"),
    [
        ("あかちゃん", "赤ちゃん"),  # 赤ちゃん's synonyms: 乳幼児, 乳児
        ("いばしょ", "居場所"),  # たまり場, フリースペース
        ("しょくじ", "食事"),  # ごはん, ランチ
        ("べんきょう", "勉強"),  # 学習, 宿題
        ("がいこくじん", "外国人"),  # the dictionary reads 外国人 ガイコクニン
    ],
)
def test_a_word_typed_in_kana_finds_what_the_written_word_finds(
    lexicon: Lexicon, kana: str, written: str
) -> None:
    (typed,) = parse(kana, lexicon).query.words
    (word,) = parse(written, lexicon).query.words
    assert lexicon.frequency(typed) == lexicon.frequency(word) > 0


def test_a_space_separated_particle_leaves_the_search_unchanged(lexicon: Lexicon) -> None:
    assert parse("こども の 居場所", lexicon).query == parse("こども 居場所", lexicon).query


def test_a_phrase_found_as_it_is_stays_whole(lexicon: Lexicon) -> None:
    assert typed_words("通いの場", lexicon) == ("通いの場",)
    assert typed_words("おにぎり", lexicon) == ("おにぎり",)


@pytest.mark.parametrize(
    ("typed", "facet", "values", "label"),
    [
        ("土曜日", "weekday", ("5",), "土曜日"),
        ("どようび", "weekday", ("5",), "土曜日"),
        # the same typed on a phone that lost the voiced marks (び → ひ, ど → と)
        ("にちようひ", "weekday", ("6",), "日曜日"),
        ("とようひ", "weekday", ("5",), "土曜日"),
        ("けつようひ", "weekday", ("0",), "月曜日"),
        ("土日", "weekday", ("5", "6"), "土日"),
        ("平日", "weekday", ("0", "1", "2", "3", "4"), "平日"),
        ("夜", "time", ("evening",), "夕方・夜"),
        # 夕方 is when a meeting starts 16:00–18:59 (the 16:00 homework club too), not 夜 from 17:00
        ("夕方", "time", ("dusk",), "夕方"),
        ("ゆうがた", "time", ("dusk",), "夕方"),
        ("無料", "free", ("yes",), "無料"),
        ("車椅子", "access", ("wheelchair",), "車いすで入れる"),
        ("バリアフリー", "access", ("wheelchair",), "車いすで入れる"),
        ("送迎あり", "access", ("pickup",), "送迎あり"),
        ("新治", "area", ("niihari",), "新治地区"),
        ("にいはり", "area", ("niihari",), "新治地区"),
        ("第一地区", "area", ("daiichi",), "第一地区"),
        ("saturday", "weekday", ("5",), "土曜日"),  # English → 土曜日 → a condition
        ("free", "free", ("yes",), "無料"),
        # The language a resident can join in: typed in Japanese or named in English.
        ("英語で", "language", ("en",), "英語で参加できる"),
        ("英語対応", "language", ("en",), "英語で参加できる"),
        ("in english", "language", ("en",), "英語で参加できる"),
        ("vietnamese", "language", ("vi",), "ベトナム語で参加できる"),
        ("中国語OK", "language", ("zh",), "中国語で参加できる"),
        ("easy japanese", "language", ("easy_ja",), "やさしい日本語で参加できる"),
        # the weekend coming, and "costs nothing" said the way people say it
        ("今週末", "weekday", ("5", "6"), "土日"),
        ("お金がかからない", "free", ("yes",), "無料"),
        ("無償", "free", ("yes",), "無料"),
        # daytime is not night: 「昼間に行ける」 is the morning too (it was 午後 only)
        ("昼間", "time", ("morning", "afternoon"), "午前・午後"),
        ("日中", "time", ("morning", "afternoon"), "午前・午後"),
        ("昼", "time", ("afternoon",), "午後"),
    ],
)
def test_words_that_are_conditions_become_facets(
    typed: str, facet: str, values: tuple[str, ...], label: str
) -> None:
    parsed = parse(f"{typed} 体操", areas=AREAS)
    assert parsed.facets() == {facet: values}
    assert [u.label for u in parsed.understood] == [label]
    assert parsed.words == ("体操",)


@pytest.mark.parametrize(
    ("typed", "words", "often"),
    [
        # a kana word and its particle typed as one piece: 「子どもが」 is in some listing's text,
        # but what is looked for is 子ども (it searched こどもが, and found three listings)
        ("こどもが いける とこ ゆうがた", ("こども",), False),
        # 行ける typed in kana on its own asks nothing (it was the word looked for)
        ("つれて いける とこ", (), False),
        # someone else wants it: ほしがってる is 〜がほしい, not the word がっ
        ("母が 友達 ほしがってる", ("友達",), False),
        # 「まいにち かよえる」 typed apart is the phrase 毎日通える: how often, like 毎日
        ("まいにち かよえる ところ", ("毎日通える",), True),
    ],
)
def test_kana_pieces_of_a_spoken_request_leave_what_is_looked_for(
    lexicon: Lexicon, typed: str, words: tuple[str, ...], often: bool
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert parsed.query.often is often


def test_a_place_to_drop_by_is_no_word_to_look_for(lexicon: Lexicon) -> None:
    parsed = parse("平日の昼 ふらっと寄れる所", lexicon, areas=AREAS)
    assert parsed.words == ()
    assert parsed.facets() == {"weekday": ("0", "1", "2", "3", "4"), "time": ("afternoon",)}


def test_several_conditions_and_a_word_in_one_sentence(lexicon: Lexicon) -> None:
    parsed = parse("土曜の午前に無料で遊べる親子ひろば", lexicon, areas=AREAS)
    assert parsed.facets() == {"weekday": ("5",), "time": ("morning",), "free": ("yes",)}
    assert parsed.words == ("親子ひろば",)


def test_a_language_by_itself_is_a_topic_not_a_condition() -> None:
    """「英語」 alone is what a Japanese resident learns (英語クラブ); 「英語で」 is how one joins."""
    parsed = parse("英語 サロン", areas=AREAS)
    assert parsed.understood == ()
    assert parsed.words == ("英語", "サロン")


def test_english_names_of_things_people_do_become_japanese() -> None:
    assert parse("futsal").words == ("フットサル",)
    assert parse("help in english").words == ("相談",)
    assert parse("help in english").facets() == {"language": ("en",)}
    assert parse("board games").words == ("ボードゲーム",)


def test_a_condition_the_resident_undid_is_taken_as_written() -> None:
    parsed = parse("土曜日 こども食堂", areas=AREAS, asis=("土曜日",))
    assert parsed.understood == ()
    assert parsed.words == ("土曜日", "こども食堂")


def test_an_undone_condition_inside_a_sentence_is_taken_as_written(lexicon: Lexicon) -> None:
    parsed = parse("土曜日に無料でごはん", lexicon, asis=("土曜日",))
    assert [u.label for u in parsed.understood] == ["無料"]
    assert "土曜日" in parsed.words


def test_a_quoted_phrase_is_one_word_taken_as_written() -> None:
    parsed = parse('"料理 教室" 無料')
    assert parsed.words == ("料理教室",)
    assert parsed.facets() == {"free": ("yes",)}


def test_a_place_becomes_the_origin_with_its_radius() -> None:
    places = {"土浦駅": Place(36.0786, 140.2062, "土浦駅")}
    parsed = parse("土浦駅の近くの子ども食堂", places=places.get)
    place = parsed.place
    assert place is not None
    assert place.point == (36.0786, 140.2062)
    assert place.radius_km == PLACE_RADIUS_KM
    assert place.label == f"土浦駅から{PLACE_RADIUS_KM:g}km"
    assert parsed.words == ("子ども食堂",)


def test_the_place_lookup_knows_landmarks_and_towns_but_not_ordinary_words(
    engine: Engine,
) -> None:
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(home_prefecture="茨城県"))
        station = lookup("土浦駅")
        by_reading = lookup("つちうらえき")
        town = lookup("手野町")
        assert station is not None
        assert station.label == "土浦駅"
        assert by_reading == station
        assert town is not None
        assert town.label == "手野町"
        for word in ("体操", "こども食堂", "食堂", "ボランティア"):
            assert lookup(word) is None, word


@pytest.mark.parametrize(
    ("typed", "value", "label"),
    [
        ("3歳", "3-3", "3歳が対象"),
        ("０歳", "0-0", "0歳が対象"),
        ("2歳児", "2-2", "2歳が対象"),
        ("70代", "70-79", "70代が対象"),
        ("80代以上", "80-", "80歳以上が対象"),
        ("65歳以上", "65-", "65歳以上が対象"),
        ("小1", "6-7", "6〜7歳が対象"),
        ("乳幼児", "0-6", "0〜6歳が対象"),
    ],
)
def test_an_age_is_a_condition_on_whom_an_activity_is_for(
    typed: str, value: str, label: str
) -> None:
    parsed = parse(f"{typed} 体操")
    assert parsed.facets() == {"age": (value,)}
    assert [u.label for u in parsed.understood] == [label]
    assert parsed.words == ("体操",)  # 「3」 and 「歳」 are no words to look for


def test_a_school_stage_that_listings_write_is_also_looked_for(lexicon: Lexicon) -> None:
    parsed = parse("小学生", lexicon)
    assert parsed.facets() == {"age": ("6-12",)}
    assert parsed.words == ("小学生",)
    assert parse("3歳の子ども", lexicon).words == ("子ども",)
    assert parse("百歳体操", lexicon).facets() == {}


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("土浦市神立中央", "神立中央"),  # not 中央, a town across the city
        ("土浦市大和町", "大和町"),
        ("茨城県土浦市大和町", "大和町"),
        ("大和町9-1", "大和町"),
        ("土浦市大和町9-1", "大和町"),
        ("大和町一丁目2番3号", "大和町"),
        ("土浦市荒川沖東", "荒川沖東"),
        ("荒川沖東2-3-1", "荒川沖東二丁目"),
        ("中央2丁目", "中央二丁目"),
        ("中央二丁目", "中央二丁目"),
    ],
)
def test_an_address_as_residents_write_it_is_its_town(
    engine: Engine, typed: str, label: str
) -> None:
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(home_prefecture="茨城県"))
        found = lookup(typed)
        town = lookup(label)
        assert found is not None, typed
        assert found.label == label
        assert town is not None
        assert (found.lat, found.lon) == (town.lat, town.lon)  # the 町丁目's point


def test_a_sentence_after_a_town_is_a_town_and_words_not_one_address(engine: Engine) -> None:
    """「並木五丁目で子どもと行けるところ」 was taken whole as an address (並木五丁目 + the rest),
    so 子ども was never searched: the results were everything within 2 km."""
    typed = "並木五丁目で子どもと行けるところ"
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(home_prefecture="茨城県"))
        assert lookup(typed) is None
        assert lookup("土浦市大和町9-1") is not None  # a house number is still an address
        parsed = parse(typed, places=lookup)
    assert parsed.words == ("子ども",)
    assert parsed.place is not None
    assert parsed.place.place == "並木五丁目"


def test_a_town_of_another_home_municipality_is_found_with_its_city_written_in_front(
    engine: Engine,
) -> None:
    """The home need not be 土浦: 府中市 is a city of 東京都 and of 広島県, so 「府中市宮西町」
    alone names no place, but in a directory whose home is 東京都府中市 it is its town."""
    home = "東京都府中市"
    fuchu = Snapshot((), (), (), (), home, KnownPlaces((), (), home))
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(), fuchu)
        for typed in ("宮西町2丁目", "府中市宮西町2丁目", "東京都府中市宮西町2-1-1"):
            found = lookup(typed)
            assert found is not None, typed
            assert found.label == "宮西町二丁目"
        elsewhere = lookup("つくば市竹園1丁目")  # another city, written in full
        assert elsewhere is not None
        assert elsewhere.label == "つくば市竹園一丁目"
        assert lookup("大和町") is None  # 土浦's town, not 府中's


def test_a_station_written_in_katakana_is_the_station(engine: Engine) -> None:
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(home_prefecture="茨城県"))
        station = lookup("荒川沖駅")
        assert station is not None
        assert lookup("アラカワオキ駅") == station
        assert lookup("つちうら駅") == lookup("土浦駅")


def test_a_place_in_two_romaji_words_is_the_place() -> None:
    station = Place(36.0786, 140.2062, "土浦駅")
    parsed = parse("tsuchiura eki kodomo shokudo", places={"つちうらえき": station}.get)
    place = parsed.place
    assert place is not None
    assert place.label == "土浦駅から2km"
    assert place.word == "tsuchiura eki"
    assert parsed.words == ("こども食堂",)
    undone = parse("tsuchiura eki", places={"つちうらえき": station}.get, asis=["tsuchiura eki"])
    assert undone.place is None


def test_the_longest_place_in_a_word_is_the_place(lexicon: Lexicon) -> None:
    places = {
        "中央": Place(36.083, 140.200, "中央"),
        "神立中央": Place(36.120, 140.237, "神立中央"),
    }
    parsed = parse("神立中央公民館", lexicon, places=places.get)
    place = parsed.place
    assert place is not None
    assert place.place == "神立中央"


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("ボランテア", "ボランティア"),
        ("ウォーキンク", "ウォーキング"),
        ("囲碁クラフ", "囲碁クラブ"),
        ("フードパンドリー", "フードパントリー"),
    ],
)
def test_a_word_one_character_off_is_searched_as_the_vocabulary_word(
    lexicon: Lexicon, typed: str, corrected: str
) -> None:
    parsed = parse(typed, lexicon)
    assert parsed.corrections == ((typed, corrected),)
    assert parsed.notice is not None
    assert f"「{typed}」" in parsed.notice
    assert f"「{corrected}」" in parsed.notice
    assert lexicon.frequency(parsed.query.words[0]) > 0


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # 茨城の言い方: 「あっぺか」 (あるだろうか) ends the sentence; っぺ was searched as a word
        ("年寄りが集まってお茶飲みすっとこあっぺか", ("年寄り", "集まっ", "お茶飲み")),
        ("体操やってっとこあっぺ", ("体操",)),
        # 「休みの日」「雨の日」: 日 is any day
        ("休みの日に行ける体操", ("休み", "体操")),
    ],
)
def test_dialect_endings_and_days_are_not_searched_as_words(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


def test_a_rainy_day_looks_for_indoor_places_not_those_closed_when_it_rains(
    lexicon: Lexicon,
) -> None:
    """「雨の日でも」: listings say 室内; 「雨の日は中止」 is what is not wanted, so 雨の日 alone is
    not what is looked for."""
    parsed = parse("雨の日でも子供と遊べる室内の場所ありますか", lexicon)
    # 子供と遊べる is where a child plays: the 親子ひろば (situations.tsv), not every 子供食堂
    assert parsed.words == ("雨の日でも", "子供と遊べる", "室内")
    assert normalize("親子ひろば") in {alt.phrase for alt in parsed.query.words[1]}
    assert "屋内" in {alt.phrase for alt in parsed.query.words[0]}  # 室内 is a word of its own


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("3人で参加できる体操", ("体操",)),
        ("友達と2人でボランティア", ("友達", "ボランティア")),
        ("ふたりで行ける体操", ("体操",)),
        ("２名 料理教室", ("料理教室",)),
        ("ひとり親", ("ひとり親",)),  # one person is who, and what is looked for
    ],
)
def test_how_many_people_come_is_not_searched_as_a_word(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    """「3」 or 「2人」 found listings by 「毎回20人ほど」 or a date, and the listings matching
    「3」 alone came first among those matching some of the words."""
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("ほっちや", "ぼっちゃ"),  # ボッチャ: a mark and a small kana lost
        ("しゆわ", "しゅわ"),  # 手話, found by its reading
        ("かーてにんく", "がーでにんぐ"),
        ("こともしょくとう", "こどもしょくどう"),
        ("すまほきようしつ", "すまほきょうしつ"),
    ],
)
def test_kana_typed_without_its_voiced_marks_or_small_kana_is_searched_with_them(
    lexicon: Lexicon, typed: str, corrected: str
) -> None:
    """Phones lose ゛゜ and the small ゃゅょっ: two or three of them in one word are more than one
    character off, and the analyser cut the rest apart (ほっ・ちや found ほっと)."""
    parsed = parse(typed, lexicon)
    assert parsed.corrections == ((typed, corrected),)
    assert parsed.notice is not None
    assert f"「{corrected}」" in parsed.notice
    assert lexicon.frequency(parsed.query.words[0]) > 0


@pytest.mark.parametrize("typed", ["こども食道", "認知証カフェ", "学集支援", "百歳体躁"])
def test_a_wrong_kanji_of_the_same_reading_finds_the_word_through_readings(
    lexicon: Lexicon, typed: str
) -> None:
    (word,) = parse(typed, lexicon).query.words
    assert lexicon.frequency(word) >= 3


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [("子育てひらば", "子育てひろば"), ("子育てひらば 土曜日", "子育てひろば")],
)
def test_a_typo_that_makes_a_particle_is_corrected_before_cutting_at_it(
    lexicon: Lexicon, typed: str, corrected: str
) -> None:
    """ひらば reads as ひら・ば (a particle) to the analyser: cut there, 子育てひらば was 子育て
    alone (every 子育て listing, pantries and 託児 first); one character from 子育てひろば, it is that."""
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.corrections == ((typed.split()[0], corrected),)


@pytest.mark.parametrize("typed", ["発達", "発達障害の子どもの居場所"])
def test_a_two_character_word_is_never_corrected_to_another_word(
    lexicon: Lexicon, typed: str
) -> None:
    """One character of two is half the word: 発達 is not a typo of 配達 (nor 限定 of 検定).
    (発達障害 is searched whole, as a situation: 障害のある子 — still no 配達.)"""
    parsed = parse(typed, lexicon)
    assert parsed.corrections == ()
    assert parsed.notice is None
    assert any(word.startswith("発達") for word in parsed.words)


def test_a_word_that_is_found_is_never_corrected(lexicon: Lexicon) -> None:
    parsed = parse("食堂", lexicon)
    assert parsed.corrections == ()
    assert parsed.notice is None


def test_romaji_is_searched_as_kana_too(lexicon: Lexicon) -> None:
    parsed = parse("sanpo shodou", lexicon)
    assert parsed.words == ("sanpo", "shodou")
    readings = [alt for word in parsed.query.words for alt in word if alt.field == READING]
    assert {alt.phrase for alt in readings} >= {"サンポ", "ショドウ"}
    assert all(lexicon.frequency(word) > 0 for word in parsed.query.words)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # Vietnamese, as a reader of the Tiếng Việt pages types it, with or without tones
        ("tiếng nhật", ("日本語",)),
        ("học tiếng nhật", ("日本語教室",)),
        ("tôi muốn học tiếng nhật", ("日本語教室",)),
        ("lop tieng nhat", ("日本語教室",)),
        ("tư vấn", ("相談",)),
        ("tình nguyện viên", ("ボランティア",)),
    ],
)
def test_vietnamese_words_become_japanese(typed: str, words: tuple[str, ...]) -> None:
    assert parse(typed).words == words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # Portuguese, with or without its accents, and Chinese as written in China
        ("aula de japonês", ("日本語教室",)),
        ("aprender japones", ("日本語教室",)),
        ("futebol", ("サッカー",)),
        ("学日语", ("日本語教室",)),
        ("儿童食堂", ("こども食堂",)),
    ],
)
def test_portuguese_and_chinese_words_become_japanese(typed: str, words: tuple[str, ...]) -> None:
    assert parse(typed).words == words


@pytest.mark.parametrize("typed", ["grátis", "免费"])
def test_free_in_portuguese_and_chinese_is_the_free_filter(typed: str) -> None:
    parsed = parse(f"{typed} 日本語教室")
    assert parsed.facets() == {"free": ("yes",)}
    assert parsed.words == ("日本語教室",)


def test_an_english_word_touching_japanese_is_still_a_word() -> None:
    assert parse("cafeに行きたい").words[0] == "カフェ"


@pytest.mark.parametrize(
    ("typed", "facet", "values"),
    [
        ("miễn phí", "free", ("yes",)),
        ("tiếng việt", "language", ("vi",)),
        ("thứ bảy", "weekday", ("5",)),
    ],
)
def test_vietnamese_conditions_become_facets(
    typed: str, facet: str, values: tuple[str, ...]
) -> None:
    parsed = parse(f"{typed} trẻ em")
    assert parsed.facets() == {facet: values}
    assert parsed.words == ("こども",)


def test_english_phrases_become_japanese() -> None:
    assert parse("Japanese class").words == ("日本語教室",)
    assert parse("food bank").words == ("フードバンク",)
    assert parse("cafe").words == ("カフェ",)
    # Latin letters that are neither English of the table nor romaji are searched as they are.
    assert parse("JLPT").words == ("JLPT",)


def test_kana_words_are_also_matched_against_readings() -> None:
    (alternatives,) = parse("さんぽ").query.words
    assert [(a.phrase, a.field) for a in alternatives if a.field == READING] == [
        ("サンポ", READING)
    ]


def test_queries_allow_partial_matches() -> None:
    assert parse("料理 ボランティア").query.partial


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_anything_typed_is_understood_without_raising(text: str) -> None:
    parsed = parse(text, areas=AREAS)
    assert len(parsed.query.words) <= 8


@pytest.mark.parametrize(
    ("typed", "value", "label", "words"),
    [
        # what residents type they can pay: a ceiling, 無料 included
        ("300円以下 体操", "300", "300円以下", ("体操",)),
        ("100円まで サロン", "100", "100円以下", ("サロン",)),
        ("500円以内の料理教室", "500", "500円以下", ("料理教室",)),
        ("300円未満 サロン", "299", "299円以下", ("サロン",)),
        ("１，０００円まで 囲碁", "1000", "1,000円以下", ("囲碁",)),  # full width, thousands
        ("300円以下で体操", "300", "300円以下", ("体操",)),
        # a bare price: at most that, those costing exactly that first
        ("100円", "100=", "100円以下", ()),
        ("参加費 200円", "200=", "200円以下", ()),
        ("参加費200円のサロン", "200=", "200円以下", ("サロン",)),
        ("100円くらい サロン", "100=", "100円以下", ("サロン",)),
        # ワンコイン is a 500-yen coin; 安い is read as the same modest ceiling
        ("ワンコイン サロン", "500", "500円以下", ("サロン",)),
        ("安い 手芸", "500", "500円以下", ("手芸",)),
        # in English and Vietnamese, written as residents do
        ("under 500 yen yoga", "500", "500円以下", ("ヨガ",)),
        ("yoga 500 yen or less", "500", "500円以下", ("ヨガ",)),
        ("Under ¥300 cafe", "300", "300円以下", ("カフェ",)),
        ("cheap cafe", "500", "500円以下", ("カフェ",)),
        ("dưới 300 yên học tiếng nhật", "300", "300円以下", ("日本語教室",)),
        ("duoi 300 yen cafe", "300", "300円以下", ("カフェ",)),
    ],
)
def test_a_price_is_a_ceiling(typed: str, value: str, label: str, words: tuple[str, ...]) -> None:
    parsed = parse(typed, areas=AREAS)
    assert parsed.facets() == {COST: (value,)}
    assert [u.label for u in parsed.understood] == [label]
    assert parsed.words == words


def test_no_yen_is_still_free() -> None:
    parsed = parse("0円 体操")
    assert parsed.facets() == {"free": ("yes",)}
    assert [u.label for u in parsed.understood] == ["無料"]


def test_a_number_without_yen_is_no_price() -> None:
    """「100歳体操」, 「3歳」, 「under 5」: no currency, no ceiling."""
    for typed in ("百歳体操", "100歳体操", "3歳", "under 5", "2丁目"):
        assert COST not in parse(typed, areas=AREAS).facets(), typed


def test_an_undone_price_is_taken_as_written() -> None:
    parsed = parse("300円以下 体操", asis=("300円以下",))
    assert parsed.understood == ()
    assert parsed.words == ("300円以下", "体操")
    english = parse("under 500 yen yoga")
    undone = parse("under 500 yen yoga", asis=tuple(u.word for u in english.understood))
    assert undone.understood == ()


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("かいごしてるかぞくのあつまり", ("介護している", "かぞく", "あつまり")),  # read in kana
        ("介護してる家族", ("介護している", "家族")),  # 〜してる is 〜している
        ("親の介護をしています", ("親の介護",)),  # said politely
        ("母を介護しています 集まり", ("介護している", "集まり")),
        ("かいごしてます", ("介護している",)),
        ("足が弱ってきた", ("足が弱",)),
        ("退職して暇", ("退職",)),  # 暇 beside 退職 says why: 退職 is what is looked for
        ("子供と引っ越してきたばかり", ("子供", "引っ越してきた")),  # 子供 is folded to こども
    ],
)
def test_a_situation_phrase_is_one_word_written_or_in_kana(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    """Cut at its particles, 「かいごしてる」 was かいご alone (介護予防 too) and 「足が弱って」
    足 + 弱っ: the phrase of situations.tsv is one word, which also looks for what listings say."""
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("子ずれで行ける", ("子連れ",)),  # ず for づ: another reading, so no homophone finds it
        ("こずれ ランチ", ("子連れ", "ランチ")),
        ("手ずくりのおやつ", ("手づくり", "おやつ")),
        ("ﾊﾞｰﾁｬﾝがさみしそう", ("さみしそう",)),  # ばあちゃん: whom, not what
    ],
)
def test_a_misspelling_residents_type_is_read_as_the_word_meant(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


def test_a_misspelt_person_still_orders_the_results() -> None:
    assert parse("子ずれで行ける").query.prefer == parse("子連れで行ける").query.prefer != ()
    assert parse("ばーちゃんの体操").query.prefer == parse("ばあちゃんの体操").query.prefer != ()


def test_a_school_stage_is_the_age_and_a_word_the_listings_may_write(lexicon: Lexicon) -> None:
    parsed = parse("うちの高校生の子が ボランティア", lexicon, areas=AREAS)
    assert parsed.words == ("高校生", "ボランティア")  # not 子
    assert parsed.facets()["age"] == (age_key((15, 18)),)
    assert parsed.query.age_words == (0,)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("はたらく れんしゅう", ("はたらくれんしゅう",)),  # 働く練習, a phrase of synonyms.tsv
        ("しごと の れんしゅう", ("しごとのれんしゅう",)),  # 仕事の練習, particle and all
        ("かいご して います", ("介護している",)),  # a situation, said politely
        ("ニホンゴ キョウシツ", ("ニホンゴ", "キョウシツ")),  # two nouns: two words chosen
    ],
)
def test_a_phrase_typed_apart_in_kana_is_one_phrase(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert not parsed.query.sentence  # keywords, not words cut out of a sentence


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ママ友つくりたい", ("ママ友",)),  # つくり is in the index (手づくり): a request here
        ("シングルマザーで お米 もらえる所", ("シングルマザー", "お米")),
        ("友達を作りたい", ("友達",)),
    ],
)
def test_making_or_being_given_is_a_request_not_a_word(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "words", "facets"),
    [
        # the word the index knows stays whole when what follows is cut off (not 居 + 場所)
        ("子供の居場所さがしてます", ("子供", "居場所"), {}),
        ("ボランティアしたい！！笑", ("ボランティア",), {}),
        ("こども食堂 やってるとこ 土よう", ("こども食堂",), {"weekday": ("5",)}),
        ("日ようびの体操", ("体操",), {"weekday": ("6",)}),
    ],
)
def test_how_a_phone_sentence_ends_or_half_converts_leaves_what_is_looked_for(
    lexicon: Lexicon, typed: str, words: tuple[str, ...], facets: dict[str, tuple[str, ...]]
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert parsed.facets() == facets


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("しゅわ ならいたい", ("しゅわ",)),  # 手話 in kana, an adverb to the analyser: no particle
        ("こどもと いっしょに あそべる", ("こども",)),  # not 「こどもと」 corrected, nor いっしょに
        ("うつっぽくて家から出れない", ("うつ", "家から出れない")),  # っぽく goes; a situation
    ],
)
def test_a_kana_piece_is_read_apart_from_its_particle(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == words
    assert not parsed.corrections


def test_anyone_and_pregnancy_say_whom_the_search_is_for() -> None:
    assert parse("だれでも行けるカフェ").query.prefer == ("everyone",)
    assert parse("だれでも行けるカフェ").words == ("カフェ",)
    assert "parents" in parse("にんしんちゅう ともだち").query.prefer


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("りこんして 食べもの こまってる", ("離婚して", "食べもの")),  # こまる: 困る in kana
        # 脳梗塞 is one word now (situations.tsv: what welcomes wheelchairs), not 脳 and 梗塞
        ("脳梗塞のあと リハビリがてら歩ける会", ("脳梗塞", "リハビリ", "歩ける")),
    ],
)
def test_what_a_phone_sentence_says_around_the_need_is_no_word(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


def test_the_place_lookup_reads_landmarks_as_the_place_lookup_of_directory_places_does(
    engine: Engine,
) -> None:
    """A station by its reading in rōmaji or kana without 駅, at an exit, with から after it:
    ``directory.places`` reads these; the search box's lookup did not (arakawaoki was a word)."""
    with Session(engine) as session:
        lookup = place_lookup(session, OfflineGeocoder(home_prefecture="茨城県"))
        for typed, station in [
            ("あらかわおき", "荒川沖駅"),
            ("神立西口", "神立駅"),
            ("土浦駅から", "土浦駅"),
        ]:
            found = lookup(typed)
            assert found is not None, typed
            assert found.label == station, typed
        assert lookup("土浦駅の近くの子ども食堂") is None  # a place and more: cut apart first
        parsed = parse("arakawaoki no kosodate hiroba", places=lookup)
    assert parsed.place is not None
    assert parsed.place.place == "荒川沖駅"
    assert "arakawaoki" not in parsed.words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("土浦駅から歩いて行ける所", ()),  # how near: the radius says it, no walk to look for
        ("神立駅から徒歩5分の子ども食堂", ("子ども食堂",)),
        ("kandatsu eki shuhen no food pantry", ("フードパントリー",)),  # 周辺 in rōmaji
        ("tsuchiura eki nishiguchi yoga", ("ヨガ",)),  # 西口
    ],
)
def test_how_near_a_place_is_said_is_no_word(typed: str, words: tuple[str, ...]) -> None:
    places = {
        "土浦駅": Place(36.0786, 140.2062, "土浦駅"),
        "つちうらえき": Place(36.0786, 140.2062, "土浦駅"),
        "神立駅": Place(36.1204, 140.2486, "神立駅"),
        "かんだつえき": Place(36.1204, 140.2486, "神立駅"),
    }
    parsed = parse(typed, places=places.get)
    assert parsed.place is not None
    assert parsed.words == words


def test_a_kana_word_missing_its_marks_glued_to_a_request_is_one_word(lexicon: Lexicon) -> None:
    """「しよくりようもらえる所」 was cut into しよ・く・りよう before 食料's marks could be put
    back; 「しよくひんもらえるとこ」 likewise (not しよくひんも + らえる)."""
    assert typed_words("しよくりようもらえる所", lexicon) == ("しよくりよう",)
    assert typed_words("しよくひんもらえるとこないですか", lexicon) == ("しよくひん",)
    assert typed_words("ごはんたべたい", lexicon)[0] == "ごはん"  # found as typed: not ごはんだ


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("にほんこをへんきようしたい", ("にほんご", "べんきょう")),  # 日本語を勉強したい
        ("こともしよくとうのほらんていあ", ("こどもしょくどう", "ぼらんていあ")),
        ("たいそうかてきるところ", ("たいそう",)),  # 体操ができるところ: が, でき typed か, てき
    ],
)
def test_a_sentence_in_hiragana_typed_without_any_marks_is_read_as_its_words(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    """The analyser cut 「こともしよくとうのほらんていあ」 into こと・もし・よく… before a mark could
    be put back (nothing was found); each word is now read with its marks, between particles
    and request words typed without theirs."""
    assert parse(typed, lexicon).words == words


def test_caring_at_home_is_one_situation_not_a_word_for_listings_to_write(
    lexicon: Lexicon,
) -> None:
    """「在宅で介護してる」: 在宅 was a word every 介護者 listing had to write (none does)."""
    assert parse("在宅で介護してる 夫 ひとやすみ", lexicon).words == (
        "在宅で介護している",
        "ひとやすみ",
    )


@pytest.mark.parametrize(
    ("typed", "everyday"),
    [
        ("寂しい 一人", "一人"),
        ("毎日 ひま", "毎日"),
        ("たまに ボランティア したい", "たま"),
        ("気軽に 手芸", "気軽に"),
        ("いつでも おしゃべり", "いつでも"),
    ],
)
def test_an_everyday_word_beside_a_need_is_nothing_a_listing_must_write(
    lexicon: Lexicon, typed: str, everyday: str
) -> None:
    """「寂しい 一人」 found only what wrote 一人 (スマホ相談, a pantry); 「毎日」 is no weekday."""
    parsed = parse(typed, lexicon, areas=AREAS)
    assert everyday in parsed.words  # still read (a listing writing it comes first) …
    soft = {parsed.words[i] for i in parsed.query.circumstances}
    assert soft == {everyday}  # … but never required
    assert parsed.facets() == {}


@pytest.mark.parametrize("typed", ["一人", "毎日", "気軽に"])
def test_an_everyday_word_typed_alone_is_what_is_looked_for(lexicon: Lexicon, typed: str) -> None:
    parsed = parse(typed, lexicon, areas=AREAS)
    assert parsed.words == (typed,)
    assert parsed.query.circumstances == ()


@pytest.mark.parametrize(
    ("typed", "misspelt", "meant", "words"),
    [
        ("japanes class", "japanes", "japanese", ("日本語教室",)),
        ("volunter", "volunter", "volunteer", ("ボランティア",)),
        ("lonley", "lonley", "lonely", ("さみしい",)),
        ("childern cafeteria", "childern", "children", ("こども食堂",)),
    ],
)
def test_english_one_letter_off_is_searched_as_the_english_word_with_a_note(
    lexicon: Lexicon, typed: str, misspelt: str, meant: str, words: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon)
    assert parsed.words == words
    assert parsed.corrections == ((misspelt, meant),)
    assert parsed.notice is not None
    assert f"「{misspelt}」" in parsed.notice


@pytest.mark.parametrize(
    ("typed", "misspelt", "meant", "words"),
    [
        ("yoag", "yoag", "yoga", ("ヨガ",)),
        ("kdis", "kdis", "kids", ("こども",)),
        ("fod bank", "fod", "food", ("フードバンク",)),
        ("bbay", "bbay", "baby", ("赤ちゃん",)),
    ],
)
def test_a_short_english_word_with_a_thumbs_slip_is_searched_as_meant(
    lexicon: Lexicon, typed: str, misspelt: str, meant: str, words: tuple[str, ...]
) -> None:
    parsed = parse(typed, lexicon)
    assert parsed.words == words
    assert parsed.corrections == ((misspelt, meant),)


@pytest.mark.parametrize("typed", ["kit", "fool", "sign language", "ids"])
def test_a_short_english_word_one_letter_changed_is_not_corrected(
    lexicon: Lexicon, typed: str
) -> None:
    # kit, fool: a letter changed is too often a word of its own; sign is a word of a phrase
    assert parse(typed, lexicon).corrections == ()


@pytest.mark.parametrize("typed", ["shokudo", "kodomo", "yoga"])
def test_romaji_and_english_the_table_has_are_not_corrected(lexicon: Lexicon, typed: str) -> None:
    assert parse(typed, lexicon).corrections == ()


def test_an_english_word_asked_for_as_written_is_not_corrected(lexicon: Lexicon) -> None:
    parsed = parse("volunter", lexicon, asis=["volunter"])
    assert parsed.corrections == ()
    assert parsed.words == ("volunter",)


@pytest.mark.parametrize(
    ("typed", "words", "free"),
    [
        ("food no pay", ("食料",), True),
        ("japanese class no pay", ("日本語教室",), True),
        ("pay what you can", ("カンパ",), False),
        ("yoga pay", ("ヨガ",), False),  # pay: 参加費, which every listing has
    ],
)
def test_pay_is_an_english_word_not_a_slip_for_play(
    lexicon: Lexicon, typed: str, words: tuple[str, ...], free: bool
) -> None:
    parsed = parse(typed, lexicon)
    assert parsed.corrections == ()
    assert parsed.words == words
    assert ("free" in parsed.facets()) is free


def test_a_comparison_is_no_word_to_look_for(lexicon: Lexicon) -> None:
    # 「碁会所みたいな所」: what a 碁会所 is (囲碁), not the word みたい
    assert typed_words("碁会所みたいな所", lexicon) == ("碁会所",)
    assert typed_words("老人会みたいなの", lexicon) == ("老人会",)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # voice input: 体操 in kana (the analyser's adverb 大層), then 「とこさがしてる」 glued on
        ("おばあちゃんがたいそうできるとこさがしてる", ("たいそう",)),
        ("たいそうしたい", ("たいそう",)),
        ("居場所さがしてます", ("居場所",)),
        # a request alone still names nothing
        ("できる", ()),
    ],
)
def test_a_word_spoken_in_kana_before_suru_is_looked_for(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        # a situation typed apart in kana, said with its た: 介護で疲れ (carers' places)
        ("かいごで つかれた", "介護で疲れ"),
        # 居場所 in kana after 毎日行ける, not い・ば・しょ (しょ found by chance in readings)
        ("まいにちいけるいばしょ", "いばしょ"),
        # 娘 in kana says whom, 子育てでまいってる how raising children goes (子育てひろば)
        ("むすめが子育てでまいってる", "子育てでまいって"),
    ],
)
def test_spoken_situations_and_kana_words_are_read_whole(
    lexicon: Lexicon, typed: str, first: str
) -> None:
    words = typed_words(typed, lexicon)
    assert first in words, words
    assert not {"た", "しょ", "むすめ"} & set(words), words


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        # 指す is how 将棋 is played (as 打つ for 囲碁); ないかのう a dialect's question
        ("しょうぎ さすとこ ないかのう", ("しょうぎ",)),
        ("将棋を指せる所", ("将棋",)),
        # liking says nothing of what; やけん (Kyushu, Shikoku) is no 県 or 券
        ("歌が好き", ("歌",)),
        ("カラオケ すきやけん", ("カラオケ",)),
        # おる is いる as western Japan says it
        ("定年して 家におる", ("定年", "家")),
        # the child of a family from abroad, not 子 alone
        ("がいこくのこ べんきょう", ("外国の子", "べんきょう")),
    ],
)
def test_dialect_and_spoken_verbs_name_nothing_to_find(
    lexicon: Lexicon, typed: str, words: tuple[str, ...]
) -> None:
    assert typed_words(typed, lexicon) == words
