"""Kana readings of indexed text and the morphemes of a query (directory.search.readings)."""

from __future__ import annotations

import pytest

from directory.search.analyzer import reading_tokens
from directory.search.readings import is_kana, morphemes, reading, word_reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("認知症カフェ", "ニンチショウカフェ"),
        ("子ども食堂", "コドモショクドウ"),
        ("車椅子", "クルマイス"),
        ("車いす", "クルマイス"),  # two spellings, one reading
        ("申込み", "モウシコミ"),
        ("申し込み", "モウシコミ"),
        ("日本語", "ニホンゴ"),  # not the dictionary's ニッポンゴ: residents type にほんご
    ],
)
def test_kanji_are_read_in_katakana(text: str, expected: str) -> None:
    assert reading(text) == expected


def test_digits_letters_and_symbols_separate_runs_and_kana_alone_is_left_out() -> None:
    assert reading("毎週水曜日 14:00〜16:00") == "マイシュウスイヨウヒ"
    assert reading("ヨガ教室 DVD あり") == "ヨガキョウシツ"  # あり alone: the text has it
    assert reading("ｻﾛﾝと体操") == "サロントタイソウ"  # half-width kana read after NFKC
    assert reading("123") == ""


def test_a_query_word_in_kana_reads_as_itself() -> None:
    assert word_reading("さんぽ") == "サンポ"
    assert is_kana("さんぽ")
    assert not is_kana("散歩")


def test_readings_are_indexed_as_bigrams_only() -> None:
    assert list(reading_tokens("サンポ")) == ["サン", "ンポ"]


def test_a_query_is_cut_into_morphemes_with_their_parts_of_speech() -> None:
    found = [(m.surface, m.pos) for m in morphemes("子どもの宿題を見てほしい")]
    assert ("の", "助詞") in found
    assert ("宿題", "名詞") in found
    assert next(m for m in morphemes("見てほしい") if m.surface == "見").base == "見る"
