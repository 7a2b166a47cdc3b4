"""対象年齢: a person's age as a resident searches for it, and whether a listing is for them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from directory.ages import (
    MAX_AGE,
    AgeRange,
    age_fit,
    age_key,
    age_of_key,
    ages_in_text,
    parse_person_age,
)


@pytest.mark.parametrize(
    ("typed", "ages"),
    [
        ("3歳", (3, 3)),  # a person of three, not 「up to three」 as an organizer's 3歳
        ("０歳", (0, 0)),
        ("2歳児", (2, 2)),
        ("3才", (3, 3)),
        ("70歳", (70, 70)),
        ("70代", (70, 79)),
        ("20代", (20, 29)),
        ("80代以上", (80, None)),
        ("65歳以上", (65, None)),
        ("65歳以上の方", (65, None)),
        ("18歳以下", (None, 18)),
        ("小1", (6, 7)),
        ("小学1年生", (6, 7)),
        ("中3", (14, 15)),
        ("小学生", (6, 12)),
        ("中学生", (12, 15)),
        ("乳幼児", (0, 6)),
    ],
)
def test_an_age_as_residents_type_it(typed: str, ages: AgeRange) -> None:
    assert parse_person_age(typed) == ages


@pytest.mark.parametrize("typed", ["3", "百歳体操", "高齢者", "2026年", "どなたでも", "", "999歳"])
def test_words_that_are_no_age(typed: str) -> None:
    assert parse_person_age(typed) is None


@pytest.mark.parametrize(
    ("asked", "stated", "targets", "meant"),
    [
        ((3, 3), (None, None), ["seniors"], None),  # only older people
        ((3, 3), (None, None), ["everyone", "seniors"], 0.0),  # どなたでも: open, not meant
        ((3, 3), (None, None), [], 0.0),  # nothing said: open
        ((3, 3), (6, 12), ["children"], None),  # its stated range leaves three out
        ((70, 70), (None, None), ["seniors"], "meant"),
        ((30, 39), (None, None), ["parents"], 0.0),  # a parent may come, it is for the child
        ((70, 70), (None, None), ["parents"], None),
        ((20, 29), (None, None), ["youth", "hikikomori"], "meant"),
        ((20, 29), (None, None), ["disability"], 0.0),  # says nothing about age
    ],
)
def test_whether_a_listing_is_for_someone_of_that_age(
    asked: AgeRange, stated: AgeRange, targets: list[str], meant: float | str | None
) -> None:
    fit = age_fit(asked, stated, targets)
    if meant == "meant":
        assert fit is not None
        assert fit > 0
    else:
        assert fit == meant


def test_a_listing_meant_for_the_age_is_closer_than_one_merely_open_to_it() -> None:
    three = (3, 3)
    hiroba = age_fit(three, (None, None), ["children", "parents"])
    pantry = age_fit(three, (None, None), ["parents", "foreign_roots"])
    study = age_fit(three, (None, None), ["children", "low_income"])
    everyone = age_fit(three, (None, None), ["everyone"])
    assert hiroba is not None
    assert pantry is not None
    assert study is not None
    assert hiroba > pantry > study > everyone == 0.0
    own_range = age_fit((6, 12), (6, 12), ["children"])
    assert own_range == 1.0


@given(
    st.integers(0, MAX_AGE) | st.none(),
    st.integers(0, MAX_AGE) | st.none(),
)
def test_an_age_range_is_one_value_and_back(low: int | None, high: int | None) -> None:
    if low is not None and high is not None and low > high:
        low, high = high, low
    if low is None and high is None:
        return
    assert age_of_key(age_key((low, high))) == (low, high)


@pytest.mark.parametrize("value", ["", "-", "x", "3", "5-3", "a-b", "-1-2", "300-"])
def test_a_value_that_is_no_age_range(value: str) -> None:
    assert age_of_key(value) is None


@pytest.mark.parametrize(
    ("description", "ages", "words", "with_adults"),
    [
        ("小学生〜中学生が対象です。", (6, 15), "小学生〜中学生が対象", False),
        ("市内在住の６５才以上の方。お茶とおしゃべり。", (65, None), "65歳以上の方", False),
        ("おおむね65歳以上の方ならどなたでも。", (65, None), "65歳以上の方", False),
        ("18歳〜39歳の若者が集まる場所です。", (18, 39), "18歳〜39歳の若者", False),
        ("10代・20代の人向けのフードパントリーです。", (10, 29), "10代・20代の人向け", False),
        ("新治地区の小学生を対象にした学習会です。", (6, 12), "小学生を対象", False),
        ("対象：小学生以上", (6, None), "小学生以上", False),
        ("中学3年生のための受験対策教室です。", (14, 15), "中学3年生のため", False),
        ("未就学児と保護者のひろばです。", (0, 6), "未就学児と保護者", True),
        ("0〜3歳くらいのお子さんと保護者の方が遊べます。", (0, 3), None, True),
        ("18歳以下の子どもがいる家庭にお渡しします。", (None, 18), None, True),
    ],
)
def test_ages_a_description_sets_as_a_condition(
    description: str, ages: AgeRange, words: str | None, with_adults: bool
) -> None:
    stated = ages_in_text(description)
    assert stated is not None
    assert stated.range == ages
    assert stated.with_adults is with_adults
    if words is not None:
        assert stated.phrase == words


@pytest.mark.parametrize(
    "description",
    [
        "80歳の方も元気に参加しています。",
        "参加者は70代から90代まで20人ほど。",
        "参加者は60代後半から90歳まで、夫婦で来る方もいます。",
        "20代から80代までの混声合唱団です。",
        "60代から80代の会員が20人ほどいます。",
        "60代、70代の受講者が中心です。",
        "65歳以上の方が多く参加しています。",
        "学校帰りの小学生が、宿題をして帰ります。",
        "中学生の高校受験の相談にも乗っています。",
        "小学5年生から中学生までが来ています。",
        "高校生ボランティアも歓迎します。",
        "5〜8か月ごろの赤ちゃんと保護者向けの会です。",
        "創立30年、毎回20人ほどが集まります。",
    ],
)
def test_ages_that_only_describe_who_comes_are_no_condition(description: str) -> None:
    assert ages_in_text(description) is None
