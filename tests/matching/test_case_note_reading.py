"""What a coordinator saw misread in held-out 21 and 22 (personas_heldout22.toml): words of the
case said as interests, a phone class's 写真 said missing for someone who named a phone, a
囲碁クラブ for どなたでも・高齢者 called a children's place, a family member's caring taken for
the person's wish, and aid places offered to a 留学生 who asked for 交流."""

from __future__ import annotations

from typing import Any

import pytest

from geo.distance import geodesic_km
from matching.engine import Suggestions, TermIndex, suggest
from matching.interests import interest_words
from matching.models import AgeBand
from matching.noted_family import without_family
from matching.profiles import ListingTable
from matching.text import SearchTerms
from tests.matching.test_engine import HOME, TODAY, ids, listing, need, reasons


def shown(places: list[Any], **wanted: Any) -> Suggestions:
    age_band = wanted.pop("age_band", None)
    table = ListingTable(places)
    return suggest(
        table,
        TermIndex(table, SearchTerms()),
        need(**wanted),
        origin=HOME,
        distance=geodesic_km,
        today=TODAY,
        **({"age_band": age_band} if age_band else {}),
    )


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("中2女子。不登校1年以上。週1なら出られるかも（母）。絵を描くのが好き", ["絵"]),
        ("中1男子。2回目の面談。3か月前から休みがち。ゲームが好き", ["ゲーム"]),
        ("小5男子。週1回。母と来所", []),
        ("半年ぶりの来所。中学1年の女の子。夜なら出やすい", []),
        ("高2女子。通信制。3か月前に転居してきた。料理が好き", ["料理"]),
        ("中2女子、1年以上、週1、2回目、3か月、絵", ["絵"]),
    ],
)
def test_the_words_of_a_case_note_are_no_interest(note: str, words: list[str]) -> None:
    # ``about``: the words some place is about, as the engine's index answers
    places = {"絵", "ゲーム", "料理", "出", "女子", "男子"}
    assert interest_words(note, (), about=places.__contains__) == words


def test_a_case_notes_words_are_not_said_missing_under_every_suggestion() -> None:
    room = listing(
        1,
        categories=frozenset({"ibasho"}),
        targets=frozenset({"children", "hikikomori"}),
        text="不登校の子の学びの部屋 絵を描く子もいる",
        summary="絵 不登校",
    )
    result = shown(
        [room], categories=("ibasho",), interests="中2女子。不登校1年以上。絵を描くのが好き"
    )
    said, missing = reasons(result, 1)
    assert "「絵」に関心" in said
    assert not [m for m in missing if "記載はない" in m]


def _phone_and_print_shop() -> list[Any]:
    learning = frozenset({"shogai_gakushu"})
    return [
        listing(
            1,
            name="はじめてのスマホ教室",
            categories=learning,
            text="はじめてのスマホ教室 スマホ ライン 写真 電話のかけ方、ラインでの写真の送り方",
            summary="はじめてのスマホ教室 スマホ ライン 写真",
        ),
        listing(
            2,
            name="印刷屋さんの2階サロン",
            categories=learning,
            text="印刷屋さんの2階サロン 古い写真のアルバム整理",
            summary="印刷屋さんの2階サロン 写真整理",
        ),
    ]


@pytest.mark.parametrize(
    "note", ["娘にスマホを持たされた。孫の写真を撮って送りたい", "携帯で花の写真を撮るのが趣味"]
)
def test_a_phone_class_meets_the_photos_of_a_note_that_names_a_phone(note: str) -> None:
    result = shown(_phone_and_print_shop(), categories=("shogai_gakushu",), interests=note)
    assert ids(result)[0] == 1
    said, missing = reasons(result, 1)
    assert "「写真」に関心" in said
    assert "「写真」についての記載はない" not in missing
    # A photo hobbyist who names no phone: the class's photos are still the phone's.
    hobby = shown(_phone_and_print_shop(), categories=("shogai_gakushu",), interests="写真が趣味")
    assert ids(hobby)[0] == 2


def test_a_go_club_for_everyone_and_older_people_is_no_childrens_place_for_a_carer() -> None:
    go_club = listing(
        1,
        name="真鍋 囲碁クラブ",
        categories=frozenset({"shogai_gakushu"}),
        targets=frozenset({"everyone", "seniors"}),
        text="真鍋 囲碁クラブ 囲碁 対局",
        summary="真鍋 囲碁クラブ 囲碁",
    )
    cafe = listing(
        2,
        name="介護者カフェ",
        categories=frozenset({"ninchisho_cafe"}),
        targets=frozenset({"carers"}),
        text="介護者カフェ 介護",
        summary="介護者カフェ 介護",
    )
    result = shown(
        [go_club, cafe],
        categories=("shogai_gakushu", "ninchisho_cafe"),
        interests="妻（要介護1）を介護。デイの日は囲碁を打ちたい",
        targets=("seniors", "carers"),  # the boxes the coordinator ticked
        age_band=AgeBand.AGE_70S,
    )
    assert set(ids(result)) == {1, 2}
    _, missing = reasons(result, 1)
    assert not [m for m in missing if "子どものための場" in m]
    assert ids(result)[0] == 2  # the carers' place first


def test_a_family_members_caring_leaves_the_persons_own_wish_first() -> None:
    kitchen = listing(
        1,
        name="男の台所サロン",
        categories=frozenset({"salon"}),
        text="男の台所サロン 料理 みそ汁",
        summary="男の台所サロン 料理",
    )
    cafe = listing(
        2,
        name="オレンジカフェ",
        categories=frozenset({"ninchisho_cafe"}),
        targets=frozenset({"carers", "everyone"}),
        text="オレンジカフェ 介護 認知症",
        summary="オレンジカフェ 介護 認知症",
    )
    note = "妻が義父（要介護2）の介護をしており、本人は再雇用終了で家にいる。料理を覚えたい"
    result = shown([kitchen, cafe], categories=("salon",), interests=note)
    assert ids(result) == [1]
    said, missing = reasons(result, 1)
    assert "「料理」に関心" in said
    assert "「介護」についての記載はない" not in missing
    # The person's own caring still counts: 「私が母を介護」.
    assert "介護" in interest_words("私が母を介護している。料理を覚えたい", ())


@pytest.mark.parametrize(
    ("note", "words"),
    [
        # No comma after the family member's caring: the person's wish in the same sentence
        # was cut with it (料理 lost), and 「妻が義父の」 left 義父 as an interest.
        ("妻が義父の介護をしており本人は料理を覚えたい。スマホで写真を撮るのが好き。", ["料理", "スマホ", "写真"]),
        ("姉が母を介護しているので本人は手芸がしたい", ["手芸"]),
        ("息子夫婦が夫（要介護3）の介護。本人は体操に行きたい", ["体操"]),
        ("妹が父の介護をしていて、囲碁が好き", ["囲碁"]),
    ],
)  # fmt: skip
def test_a_family_members_caring_is_cut_from_its_subject_to_its_clause_end(
    note: str, words: list[str]
) -> None:
    places = {"料理", "スマホ", "写真", "手芸", "体操", "囲碁", "義父", "介護"}
    assert interest_words(note, (), about=places.__contains__) == words


def test_a_student_from_abroad_asking_for_exchange_is_not_offered_aid_through_target_alone() -> (
    None
):
    tabunka = frozenset({"tabunka"})
    exchange = listing(
        1,
        name="多文化ひろば",
        categories=tabunka,
        targets=frozenset({"foreign_roots", "everyone"}),
        text="多文化ひろば 交流 日本人と外国人",
        summary="多文化ひろば 交流",
    )
    advice = listing(
        2,
        name="外国人のための暮らしの相談会",
        categories=tabunka,
        targets=frozenset({"foreign_roots", "low_income"}),
        text="外国人のための暮らしの相談会 在留資格 税金",
        summary="外国人のための暮らしの相談会 相談",
    )
    result = shown(
        [exchange, advice],
        categories=("tabunka",),
        interests="ネパールからの留学生（日本語学校）。日本人と交流したい",
    )
    assert ids(result) == [1]
    # A worker from abroad, whom the 相談会 is also for, is still offered it.
    worker = shown(
        [exchange, advice],
        categories=("tabunka",),
        interests="ネパールから来た技能実習生。日本人と交流したい",
    )
    assert 2 in ids(worker)


@pytest.mark.parametrize(
    ("note", "words"),
    [
        # the person speaking of themselves: 私, 僕… are who, never what
        ("私が母を介護している。囲碁が好き", ["介護", "囲碁"]),
        ("僕はパソコンが得意", ["パソコン"]),
        ("わたしは料理が好き。自分の時間がほしい", ["料理"]),
        # who the person lives with: 暮らし met every 暮らしの相談会
        ("本人(78)。妻と二人暮らし。囲碁・将棋", ["囲碁", "将棋"]),
        ("夫と二人暮らし(夫要介護1)。手芸・編み物", ["手芸", "編み物"]),
        ("妻と二人暮らし、散歩・体操", ["散歩", "体操"]),
        # 日本 says which kind of the noun after it: as a word it met every 日本語 class
        ("日本の料理を作りたい(ベトナム出身、30代)", ["料理"]),
        ("和食を習いたい", ["料理"]),
        ("日本の歌が好き。カラオケ", ["歌", "カラオケ"]),
        ("日本語を勉強したい", ["日本語", "勉強"]),
        # a hobby of making, kept whole
        ("そば打ちにも興味。畑仕事", ["そば打ち", "畑仕事"]),
        ("竹細工・わら細工、そば打ち", ["竹細工", "わら細工", "そば打ち"]),
        # how the person is now, not something to do
        ("家から出ない。ゲームは好き", ["ゲーム"]),
        ("外に出たがらない(母談)。絵を描くのが好き", ["絵"]),
        ("家から出たがらない。民謡", ["民謡"]),
        ("私も何か役に立ちたい", ["ボランティア"]),
    ],
)
def test_who_the_person_is_and_lives_with_is_no_interest(note: str, words: list[str]) -> None:
    # ``about``: as the demo town's index answers (暮らしの相談会, 日本語教室, そば打ち体験教室)
    places = {
        *("私", "僕", "わたし", "暮らし", "日本", "日本語", "勉強", "料理", "歌", "カラオケ"),
        *("介護", "囲碁", "将棋", "パソコン", "手芸", "編み物", "散歩", "体操", "そば", "そば打ち"),
        *("畑", "畑仕事", "竹細工", "わら細工", "ゲーム", "絵", "民謡", "出", "ボランティア"),
    }
    assert interest_words(note, (), about=places.__contains__) == words


@pytest.mark.parametrize(
    ("note", "words"),
    [
        ("65歳。妻に言われて来所。家でゴロゴロ。本人「碁会所みたいな所なら」", ["囲碁"]),
        ("本人「雀荘のような所ならいい」", ["麻雀"]),
    ],
)
def test_a_place_the_person_compares_with_is_what_is_done_there(
    note: str, words: list[str]
) -> None:
    # 「碁会所みたいな所なら」: no place writes 碁会所; a 囲碁 club is what the man asked for
    places = {"囲碁", "麻雀"}
    assert interest_words(note, (), about=places.__contains__) == words


def test_a_woman_who_once_sang_minyou_is_offered_the_singing_salon() -> None:
    # Found with held-out 25: 「昔は民謡をやっていた」 gave no interest (no place writes 民謡),
    # and a 野鳥 walk came before the うたごえサロン
    singing = listing(
        1,
        name="うたごえサロン",
        summary="うたごえサロン 歌 童謡",
        categories=frozenset({"salon"}),
        text="ピアノの伴奏に合わせて、昭和の歌や童謡を歌います",
    )
    birds = listing(
        2,
        name="野鳥観察の会",
        summary="野鳥観察の会 野鳥",
        categories=frozenset({"shogai_gakushu"}),
        text="湖岸を歩きながら野鳥を観察します",
    )
    result = shown(
        [singing, birds],
        categories=("salon", "shogai_gakushu"),
        interests="夫と死別。家に閉じこもりがち。昔は民謡をやっていた",
    )
    assert ids(result) == [1]


def test_a_family_members_bracket_goes_and_the_family_word_stays() -> None:
    """「弟（小4、自閉症）の見守り」 became 「、の見守り」: whose 見守り was lost (the docstring said
    弟 stays). A reader of interests drops the word too: 弟 alone is no interest."""
    assert without_family("弟（小4、自閉症）の見守り") == "弟、の見守り"
    assert without_family("弟（小4、自閉症）の見守り", keep_word=False) == "、の見守り"
    assert interest_words("子（小1、ADHD）。手芸が好き", (), about={"子", "手芸"}.__contains__) == [
        "手芸"
    ]
