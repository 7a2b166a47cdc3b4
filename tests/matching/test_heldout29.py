"""What held-out 29's case notes showed (``benchmarks/personas_heldout29.toml``).

A man with MCI who will not go where he is 「ボケ扱い」 was offered a 認知症カフェ; 「月・木は
出られる」「水・土OK」 and 「土日は弟が見てくれる」 named no day (「日曜は夫が子どもを見てくれる」
even took Sunday away); an 80-year-old was offered an evening フットサル, and a student of 19
short of food the 子ども食堂 for children and their parents before the places open to him.
"""

from __future__ import annotations

from datetime import time

import pytest

from geo.distance import geodesic_km
from matching.engine import Suggestions, TermIndex, suggest
from matching.interests import declined_words, interest_words, is_condition_note
from matching.models import AgeBand
from matching.noted_age import age_noted
from matching.noted_groups import groups_noted
from matching.noted_times import when_noted
from matching.plans import NeedData
from matching.profiles import ListingProfile, ListingTable
from tests.matching.test_engine import HOME, TODAY, BigramAnalyzer, listing, need, weekly


@pytest.mark.parametrize(
    ("note", "weekdays"),
    [
        ("月・木は出られる", (0, 3)),
        ("膝が少し痛い。月・木は出られる（ほかは孫の世話）", (0, 3)),
        ("火と金なら", (1, 4)),
        ("火曜と金曜は来られる", (1, 4)),
        ("月木は行ける", (0, 3)),
        ("定年後、家にいるだけ。水・土OK。外の作業", (2, 5)),
        ("母（要介護3）を在宅介護。土日は弟が見てくれる。介護の話ができる所", (5, 6)),
        ("日曜は夫が子どもを見てくれるので一人で出られる", (6,)),
        ("土曜は娘が来てくれるので動ける", (5,)),
    ],
)
def test_the_days_a_person_can_come_said_as_what_they_can_do(
    note: str, weekdays: tuple[int, ...]
) -> None:
    noted = when_noted(note)
    assert noted is not None
    assert noted.weekdays == weekdays


def test_days_a_person_cannot_come_are_still_ruled_out() -> None:
    noted = when_noted("土日は出られない")
    assert noted is not None
    assert noted.weekdays == (0, 1, 2, 3, 4)


@pytest.mark.parametrize("said", ["水・土OK", "月・木は出られる", "夕方から夜", "月曜は大丈夫"])
def test_days_said_so_are_no_interest(said: str) -> None:
    assert is_condition_note(said)
    assert said not in interest_words(f"{said}。囲碁", [])


@pytest.mark.parametrize(
    ("note", "declined"),
    [
        ("本人「ボケ扱いされる所は行かない」。囲碁が好き", ["認知症"]),
        ("本人は「ボケ扱いされるのは嫌」、認知症の集まりには行きたくないと", ["認知症"]),
        ("本人は脳トレとか認知症カフェは「行かない」と拒否。歌が好き", ["脳トレ", "認知症カフェ"]),
        ("カラオケは行かないと本人", ["カラオケ"]),
    ],
)
def test_what_the_person_will_not_go_to_is_declined_not_wished_for(
    note: str, declined: list[str]
) -> None:
    assert declined_words(note, lambda _: True) == declined
    wished = interest_words(note, [], known=lambda w: w in ("囲碁", "歌"))
    assert not set(wished) & {*declined, "認知症カフェ", "本人は", "と"}


def test_a_child_minded_by_someone_else_makes_the_person_no_parent_there() -> None:
    minded = "子（2歳）の育児で自分の時間がない。日曜は夫が子どもを見てくれるので一人で出られる"
    assert [g.target for g in groups_noted(minded)] == []
    assert [g.target for g in groups_noted("子（2歳）と一緒に行ける所")] == ["parents"]


def test_a_college_year_is_an_adults_age() -> None:
    assert age_noted("大学1年、一人暮らし")[0] == 18  # type: ignore[index]
    assert age_noted("専門学校2年、一人暮らし")[0] == 19  # type: ignore[index]
    assert age_noted("娘が大学1年") is None


def _run(listings: list[ListingProfile], wanted: NeedData, band: AgeBand) -> Suggestions:
    table = ListingTable(listings)
    return suggest(
        table,
        TermIndex(table, BigramAnalyzer()),
        wanted,
        origin=HOME,
        distance=geodesic_km,
        today=TODAY,
        age_band=band,
        category_labels={"kenko": "運動・健康づくり", "kodomo_shokudo": "こども食堂"},
    )


def test_a_futsal_comes_after_the_exercise_for_an_80_year_old_and_says_why() -> None:
    futsal = listing(
        1,
        categories=frozenset({"kenko"}),
        text="国際交流フットサル 国籍や年齢に関係なく、ボールを蹴って楽しむ 運動",
        schedule=weekly(6, start=time(18), end=time(20)),
    )
    exercise = listing(
        2, categories=frozenset({"kenko"}), text="体操の会 椅子に座ってできる体操 運動", lat=36.13
    )
    wanted = need(categories=("kenko",), interests="運動")
    old = _run([futsal, exercise], wanted, AgeBand.OVER_80)
    assert [s.listing.id for s in old.items] == [2, 1]
    assert "「フットサル」など運動量の多い場（ご高齢の方には負担が大きいかもしれない）" in (
        old.items[1].misfits
    )
    young = _run([futsal, exercise], wanted, AgeBand.AGE_30S)
    assert young.items[0].listing.id == 1
    assert not any("運動量" in m for s in young.items for m in s.misfits)


def test_a_childrens_meal_comes_after_a_pantry_for_a_student_and_says_why() -> None:
    meal = listing(
        1,
        categories=frozenset({"kodomo_shokudo"}),
        targets=frozenset({"children", "youth"}),
        text="子ども食堂 宿題のあとに夕ごはん",
    )
    open_meal = listing(
        2,
        categories=frozenset({"kodomo_shokudo"}),
        targets=frozenset({"children", "youth"}),
        text="子ども食堂 子どもだけでなく、ひとり暮らしのお年寄りも一緒に食卓を囲みます",
        lat=36.14,
    )
    pantry = listing(3, categories=frozenset({"shokuryo"}), targets=frozenset({"youth"}), lat=36.13)
    wanted = need(
        categories=("kodomo_shokudo", "shokuryo"), interests="大学1年、一人暮らし。食費が苦しい"
    )
    student = _run([meal, open_meal, pantry], wanted, AgeBand.AGE_15_19)
    order = [s.listing.id for s in student.items]
    assert order.index(1) > order.index(3)
    said = {s.listing.id: s.misfits for s in student.items}
    assert "子どもと保護者のための食堂（大人だけで来てよいとは書かれていない）" in said[1]
    assert not any("大人だけ" in m for m in said[2])  # 「ひとり暮らしのお年寄りも」
    mother = _run([meal, open_meal, pantry], need(**{**wanted.__dict__, "interests": "子（小1）と"}),
                  AgeBand.AGE_30S)  # fmt: skip
    assert not any("大人だけ" in m for s in mother.items for m in s.misfits)
