"""A name's reading cut into its words' readings (webapp/furigana.py), as residents' and
municipal files write names: spaces, 「・」, brackets, katakana read in hiragana, letters."""

from __future__ import annotations

import pytest

from webapp.furigana import segments


def drawn(name: str, kana: str) -> str | None:
    """The cut as 漢字(よみ) words, or None when the reading stays whole."""
    pieces = segments(name, kana)
    if pieces is None:
        return None
    return "".join(f"{piece}({read})" if read else piece for piece, read in pieces)


@pytest.mark.parametrize(
    ("name", "kana", "expected"),
    [
        # kana in the name anchor the reading; kanji runs cut where the dictionary agrees
        ("社協 食料品の緊急支援", "しゃきょう しょくりょうひんのきんきゅうしえん",
         "社協(しゃきょう) 食料(しょくりょう)品(ひん)の緊急(きんきゅう)支援(しえん)"),
        # the dictionary reads 所 ショ, the reading has じょ: the rest of the run keeps it
        ("城北町集会所のお茶会", "じょうほくちょうしゅうかいじょのおちゃかい",
         "城北(じょうほく)町(ちょう)集会(しゅうかい)所(じょ)のお茶会(ちゃかい)"),
        # katakana is found in a hiragana reading; 「・」 need not be in it
        ("グラウンド・ゴルフ 日曜の会", "ぐらうんどごるふ にちようのかい",
         "グラウンド・ゴルフ 日曜(にちよう)の会(かい)"),
        # ヶ is read as part of the place name, not as kana
        ("霞ヶ浦 湖岸ウォーキング", "かすみがうら こがんうぉーきんぐ",
         "霞ヶ浦(かすみがうら) 湖岸(こがん)ウォーキング"),
        # letters and digits are read with the kanji next to them
        ("NPO法人 ひなたぼっこの家", "えぬぴーおーほうじん ひなたぼっこのいえ",
         "NPO法人(えぬぴーおーほうじん) ひなたぼっこの家(いえ)"),
        ("印刷屋さんの2階サロン", "いんさつやさんのにかいさろん",
         "印刷(いんさつ)屋(や)さんの2階(にかい)サロン"),
        # brackets in the name are a space in the reading, or nothing
        ("中貫 ふれあいサロン（立ち上げ準備中）", "なかぬき ふれあいさろん たちあげじゅんびちゅう",
         "中貫(なかぬき) ふれあいサロン（立(た)ち上(あ)げ準備(じゅんび)中(ちゅう)）"),
        # the kana alone cut it two ways (直し|教室 or 直しきょう|し|つ): cut at the words
        ("学び直し教室（高卒認定・資格の勉強）",
         "まなびなおしきょうしつ こうそつにんてい しかくのべんきょう",
         "学(まな)び直(なお)し教室(きょうしつ)（高卒(こうそつ)認定(にんてい)・資格(しかく)の"
         "勉強(べんきょう)）"),
        # two ways, one word: read whole, as before
        ("里山の農作業ボランティア", "さとやまののうさぎょうぼらんてぃあ",
         "里山の農作業ボランティア(さとやまののうさぎょうぼらんてぃあ)"),
        # 々 belongs to its kanji
        ("人々の広場", "ひとびとのひろば", "人々(ひとびと)の広場(ひろば)"),
        # kana only: nothing needs a reading
        ("オレンジカフェ まなべ", "おれんじかふぇ まなべ", "オレンジカフェ まなべ"),
        # a reading that does not fit the name stays whole
        ("町内会", "ちょうないかい だい", None),
        ("よちよちサロン", "にこにこさろん", None),
    ],
)  # fmt: skip
def test_a_names_reading_is_cut_into_its_words(name: str, kana: str, expected: str | None) -> None:
    assert drawn(name, kana) == expected
