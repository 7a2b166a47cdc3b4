"""What words 24 (personas_words24.toml) and held-out 25 showed misread in case notes: an
impairment named without 障害 (「脊損、車いす」), years at home said without ひきこもり, 「2歳の男の
子」, days in brackets with their time after them (「デイの日（火・金）の午前中」), where and how the
person works (「工場で交代勤務」), 運動不足, a lost licence, 「金のかかる所は無理」 and 「お茶飲み友達がほしい」."""

from __future__ import annotations

from datetime import time

from matching.interests import interest_words
from matching.models import AgeBand, TimeSlot
from matching.noted_cost import noted_cost
from matching.noted_times import when_noted
from tests.matching.test_case_note_reading import shown
from tests.matching.test_engine import ids, listing, reasons, weekly


def test_a_wheelchair_user_after_a_spinal_injury_is_offered_the_work_trial_for_disabled_people() -> (
    None
):
    trial = listing(
        1,
        name="作業体験",
        categories=frozenset({"shuro"}),
        targets=frozenset({"disability", "hikikomori"}),
        text="作業体験 れんこんチップスの袋詰め",
        summary="作業体験",
    )
    result = shown(
        [trial],
        categories=("shuro",),
        interests="R6.5交通事故（脊損）で車いす。本人「何か作業がしたい」",
        age_band=AgeBand.AGE_40S,
    )
    assert ids(result) == [1]


def test_twenty_years_at_home_after_dropping_out_opens_the_work_trials_for_hikikomori() -> None:
    trial = listing(
        1,
        name="ビル清掃の職場体験",
        categories=frozenset({"shuro"}),
        targets=frozenset({"hikikomori", "youth", "disability"}),
        text="ビル清掃の職場体験 黙々と取り組める作業",
        summary="職場体験 清掃",
    )
    note = "大学中退後、20年近くほぼ家（母70代より相談）。本人「人と話さなくていい作業なら」"
    result = shown([trial], categories=("shuro",), interests=note, age_band=AgeBand.AGE_40S)
    assert ids(result) == [1]
    _, missing = reasons(result, 1)
    assert not [m for m in missing if "20年近" in m]


def test_a_mother_of_a_two_year_old_boy_is_offered_the_parents_room() -> None:
    room = listing(
        1,
        name="親子ひろば",
        categories=frozenset({"kosodate"}),
        targets=frozenset({"parents", "children"}),
        text="親子ひろば 知り合いがいない方も",
        summary="親子ひろば",
    )
    result = shown(
        [room],
        categories=("kosodate",),
        interests="フィリピン出身。日本語は少し。2歳の男の子。近くに知り合いがいない",
        age_band=AgeBand.AGE_30S,
    )
    assert ids(result) == [1]


def test_days_in_brackets_keep_the_time_said_after_them() -> None:
    note = "母を在宅で介護。出られるのはデイの日（火・金）の午前中、２時間くらい"
    noted = when_noted(note)
    assert noted is not None
    assert (noted.weekdays, noted.time_slots) == ((1, 4), (TimeSlot.MORNING,))
    tuesday_morning = listing(
        1, schedule=weekly(1, start=time(10, 0), end=time(12, 0)), text="介護 カフェ"
    )
    friday_afternoon = listing(
        2, schedule=weekly(4, start=time(13, 30), end=time(15, 0)), text="介護 カフェ"
    )
    result = shown([tuesday_morning, friday_afternoon], interests=note + "。介護の話ができる所")
    assert ids(result) == [1]


def test_a_shift_worker_who_needs_exercise_is_offered_exercise_not_the_factory_salon() -> None:
    note = "工場で交代勤務（２交替）。休みは土日のみ。健診で運動不足と言われた"
    assert interest_words(note, ()) == ["運動"]
    futsal = listing(
        1,
        name="日曜のフットサル",
        categories=frozenset({"kenko"}),
        schedule=weekly(6, start=time(18, 0), end=time(20, 0)),
        text="日曜のフットサル 運動 会社員も",
        summary="フットサル 運動",
    )
    salon = listing(
        2,
        name="多文化ふれあいサロン",
        categories=frozenset({"tabunka", "salon"}),
        schedule=weekly(6, start=time(13, 0), end=time(15, 0)),
        text="多文化ふれあいサロン 工場で働く若い方とお茶",
        summary="多文化 サロン",
    )
    result = shown([futsal, salon], categories=("kenko",), interests=note)
    assert ids(result) == [1]
    said, missing = reasons(result, 1)
    assert "「運動」に関心" in said
    assert not [m for m in missing if "交替" in m or "工場" in m]


def test_a_tea_friend_is_talk_over_tea_not_a_friend_any_place_writes() -> None:
    note = "66歳。独り暮らし。車の運転をやめた。お茶飲み友達がほしい"
    words = interest_words(note, ())
    assert "友達" not in words
    assert "運転" not in words
    assert "おしゃべり" in words
    tea = listing(
        1,
        name="お茶飲みサロン",
        categories=frozenset({"salon"}),
        targets=frozenset({"seniors"}),
        text="お茶飲みサロン 漬物を持ち寄って話します",
        summary="お茶飲み サロン",
    )
    cooking = listing(
        2,
        name="男の台所サロン",
        categories=frozenset({"salon"}),
        targets=frozenset({"seniors"}),
        text="男の台所サロン 料理 友達ができました",
        summary="料理 サロン",
    )
    result = shown([cooking, tea], categories=("salon",), interests=note, age_band=AgeBand.AGE_60S)
    assert ids(result)[0] == 1
    said, _ = reasons(result, 2) if 2 in ids(result) else ((), ())
    assert "「友達」に関心" not in said


def test_a_man_who_cannot_pay_gets_the_free_lounge_before_the_100_yen_tea_party() -> None:
    note = "生活保護受給中（R5〜）。独居、話し相手なし。本人「金のかかる所は無理」"
    cost = noted_cost(note)
    assert cost is not None
    assert cost.ceiling_yen == 0
    assert noted_cost("手間がかかるのは無理") is None
    tea = listing(1, categories=frozenset({"ibasho"}), cost_yen=100, text="お茶 おしゃべり")
    lounge = listing(2, categories=frozenset({"ibasho"}), cost_yen=0, text="ラウンジ")
    result = shown([tea, lounge], categories=("ibasho",), interests=note)
    assert ids(result)[0] == 2
