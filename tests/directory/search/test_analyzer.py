"""Normalisation, variants, tokens, query parsing and snippets: table-driven."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directory.search.analyzer import (
    cached_index_tokens,
    index_tokens,
    normalize,
    synonyms_of,
    word_tokens,
)
from directory.search.query import MAX_WORDS, MSG_NO_WORDS, parse
from directory.search.snippets import highlight


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("こども", "子ども"),
        ("こども", "子供"),
        ("ｻﾛﾝ", "サロン"),
        ("さろん", "サロン"),
        ("障がい", "障害"),
        ("障碍", "障害"),
        ("お年寄り", "高齢者"),
        ("イキイキ", "いきいき"),
        ("ＡＢＣ", "abc"),
        ("センター", "センタ"),
    ],
)
def test_variants_normalise_to_the_same_text(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


def test_two_character_words_are_one_bigram_and_one_character_words_a_unigram() -> None:
    assert word_tokens(normalize("食堂")) == ("食堂",)
    assert word_tokens(normalize("茶")) == ("茶",)
    assert set(word_tokens(normalize("お茶"))) <= set(index_tokens("城北町のお茶会"))


def test_index_tokens_contain_every_bigram_and_character() -> None:
    tokens = set(index_tokens("手芸の会"))
    assert {"手芸", "芸ノ", "ノ会", "手", "芸", "会"} <= tokens


def test_synonyms_expand_at_query_time() -> None:
    assert normalize("通いの場") in synonyms_of(normalize("サロン"))
    assert normalize("高齢者通いの場") in synonyms_of(normalize("高齢者サロン"))


@pytest.mark.parametrize(
    "raw",
    ["AND OR NOT", "*", "???", '"', '"料理', "料理 AND", "name:foo", "(", "\x00", "ー", "!!!" * 50],
)
def test_whoosh_syntax_and_symbols_never_raise(raw: str) -> None:
    parsed = parse(raw)
    assert parsed.text is not None


def test_only_symbols_gives_a_message() -> None:
    assert parse("*** ???").notice == MSG_NO_WORDS
    assert parse("AND OR NOT").notice == MSG_NO_WORDS


def test_long_input_is_cut_with_a_notice() -> None:
    parsed = parse("あ" * 10_000)
    assert parsed.notice
    parsed = parse(" ".join(f"語{i}" for i in range(20)))
    assert len(parsed.query.words) == MAX_WORDS
    assert parsed.notice


def test_a_quoted_phrase_is_one_word() -> None:
    assert len(parse('"料理 教室" 城北').query.words) == 2


@given(st.text(max_size=300))
def test_parse_accepts_any_text(raw: str) -> None:
    parse(raw)


def test_snippets_escape_html_and_mark_matches() -> None:
    html = highlight("<b>子供</b>食堂で、みんなでごはん", (normalize("食堂"),))
    assert "&lt;b&gt;" in html
    assert "<mark>食堂</mark>" in html


def test_snippets_mark_the_original_characters_of_a_folded_match() -> None:
    assert "<mark>ｻﾛﾝ</mark>" in highlight("いきいきｻﾛﾝです", (normalize("サロン"),))


def test_snippets_mark_a_variant_spelling_of_the_query() -> None:
    html = highlight("さくら子供食堂は毎週土曜", (normalize("こども食堂"),))
    assert "<mark>子供食堂</mark>" in html


@pytest.mark.parametrize(
    "text",
    [
        "城北町のお茶会\n子ども食堂\n毎週木曜日 9:30〜11:30",
        "センター\nーカフェ",
        "ｵﾚﾝｼﾞｶﾌｪ\n\nABC def\r\n障がい",
        "こ\nども",
        "",
    ],
)
def test_tokens_cached_per_line_equal_tokens_of_the_whole_text(text: str) -> None:
    assert list(cached_index_tokens(text)) == list(index_tokens(text))


@given(st.lists(st.text(max_size=20), max_size=5))
def test_tokens_cached_per_line_equal_tokens_of_any_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert list(cached_index_tokens(text)) == list(index_tokens(text))
