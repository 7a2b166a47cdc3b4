"""The person's age against the ages a listing is for, as coordinators meet it.

Organizations often leave 対象年齢 empty and write the ages in the description
(「おおむね65歳以上の方が対象です」「未就学児と保護者のひろば」). Before, those listings were
open to every age: a 16-year-old high-school girl was offered a seniors' salon and a study room
for 小中学生, and a 13-year-old an adults' 事務の練習会. Each listing here is written through the
directory use case, as an organization writes it, and suggested through the engine.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session

from geo.distance import geodesic_km
from matching.engine import Suggestions, TermIndex, suggest
from matching.models import AgeBand
from matching.noted_age import age_noted
from matching.plans import NeedData
from matching.profiles import ListingTable, load_profiles
from matching.text import SearchTerms
from tests.factories import TODAY, make_listing


def listing(session: Session, name: str, description: str, **overrides: Any) -> int:
    values: dict[str, Any] = {
        "name": name,
        "description": description,
        "tags": (),
        "categories": ("ibasho",),
        "targets": ("everyone",),
        "accepts_referrals": True,
    }
    values.update(overrides)
    made = make_listing(session, **values)
    session.flush()
    return made.id


def suggestions(session: Session, ids: list[int], age_band: AgeBand, **need: Any) -> Suggestions:
    table = ListingTable(load_profiles(session, ids))
    wanted = NeedData(title="居場所", categories=("ibasho",), **need)
    return suggest(
        table,
        TermIndex(table, SearchTerms()),
        wanted,
        origin=None,
        distance=geodesic_km,
        today=TODAY,
        age_band=age_band,
        target_labels={"everyone": "どなたでも", "disability": "障害のある方"},
    )


def names(result: Suggestions) -> set[str]:
    return {s.listing.name for s in result.items}


def near_miss(result: Suggestions, name: str) -> str:
    return next(n.reason for n in result.near_misses if n.suggestion.listing.name == name)


def test_ages_the_description_sets_limit_who_is_suggested_and_the_near_miss_says_so(
    db_session: Session,
) -> None:
    ids = [
        listing(
            db_session, "ゆうゆうサロン", "公民館で開く茶話会です。おおむね65歳以上の方が対象です。"
        ),
        listing(
            db_session,
            "ころばん体操",
            "参加者は70代から90代まで20人ほど。80歳の方も元気に参加しています。",
        ),
        listing(
            db_session, "放課後まなび広場", "小学生〜中学生が対象です。宿題を持ってきてください。"
        ),
        listing(
            db_session, "若者のたまり場", "18歳〜39歳の若者が、ボードゲームをして過ごす場所です。"
        ),
    ]
    girl = suggestions(db_session, ids, AgeBand.AGE_15_19)  # a 16-year-old high-school girl
    assert names(girl) == {"ころばん体操", "若者のたまり場"}
    assert near_miss(girl, "ゆうゆうサロン") == (
        "説明に『65歳以上の方が対象』とあり、15〜19歳は対象外の可能性"
    )
    assert near_miss(girl, "放課後まなび広場") == (
        "説明に『小学生〜中学生が対象』とあり、15〜19歳は対象外の可能性"
    )
    senior = suggestions(db_session, ids, AgeBand.AGE_70S)
    assert names(senior) == {"ゆうゆうサロン", "ころばん体操"}  # 「80歳の方も」 is no limit
    salon = next(s for s in senior.items if s.listing.name == "ゆうゆうサロン")
    assert "説明に『65歳以上の方が対象』" in salon.reasons


def test_a_family_statement_lets_in_the_parent_not_an_older_child(db_session: Session) -> None:
    hiroba = listing(
        db_session,
        "ちびっこひろば",
        "未就学児と保護者のひろばです。ボールプールがあります。",
        targets=("parents", "children"),
    )
    parent = suggestions(db_session, [hiroba], AgeBand.AGE_30S, targets=("parents",))
    assert names(parent) == {"ちびっこひろば"}
    child = suggestions(db_session, [hiroba], AgeBand.AGE_6_12, targets=("children",))
    assert names(child) == set()
    assert near_miss(child, "ちびっこひろば").startswith("説明に『未就学児と保護者』とあり")


def test_a_stated_range_touching_the_age_band_in_one_year_is_not_for_it(
    db_session: Session,
) -> None:
    """中学生 is 12〜15歳 (generous at its end): a 15〜19歳 person and a 6〜12歳 child each
    share one year with it, and neither is who a 中学生's study room is for."""
    study = listing(
        db_session, "中学生の自習室", "夜の自習室です。", age_min=12, age_max=15,
        targets=("children",),
    )  # fmt: skip
    for band in (AgeBand.AGE_15_19, AgeBand.AGE_6_12):
        result = suggestions(db_session, [study], band, targets=("children",))
        assert names(result) == set()
        assert near_miss(result, "中学生の自習室").startswith("対象年齢 12〜15歳（")
    result = suggestions(db_session, [study], AgeBand.AGE_13_14, targets=("children",))
    assert names(result) == {"中学生の自習室"}


def test_a_school_year_in_the_note_says_the_age_better_than_the_band(db_session: Session) -> None:
    """Found with held-out personas: a boy of 15 in 中3 is in the 15〜19 band, and 「中3」 in the
    note was no help — the 中学生's study room was not offered and nothing fitted him. The
    note's year counts with the band; someone else's (「孫（4歳）」) and a 高校生's do not open it."""
    study = listing(
        db_session, "中学生の自習室", "夜の自習室です。", age_min=12, age_max=15,
        targets=("children",),
    )  # fmt: skip
    for note, found in [
        ("中3、LD（読み書き）。高校受験", {"中学生の自習室"}),
        ("高2。部活はやめた", set()),
        ("弟（中3）と二人暮らし", set()),
        ("", set()),
    ]:
        result = suggestions(
            db_session, [study], AgeBand.AGE_15_19, targets=("children",), interests=note
        )
        assert names(result) == found, note
    unknown = suggestions(
        db_session, [study], AgeBand.UNKNOWN, targets=("children",), interests="中2、不登校ぎみ"
    )
    assert names(unknown) == {"中学生の自習室"}


def test_a_child_is_offered_places_said_to_be_for_children_not_adult_places_for_everyone(
    db_session: Session,
) -> None:
    ids = [
        listing(
            db_session,
            "パソコン事務の練習会",
            "事務の仕事に就きたい人のための練習会です。",
            targets=("everyone", "disability"),
        ),
        listing(db_session, "子どもの居場所", "放課後に過ごせる場所です。", targets=("children",)),
        listing(
            db_session,
            "ボッチャ交流会",
            "障害のある方もない方も一緒に楽しみます。",
            targets=("everyone", "disability"),
            features=("kids_welcome",),
        ),
    ]
    boy = suggestions(db_session, ids, AgeBand.AGE_13_14, targets=("children", "disability"))
    assert names(boy) == {"子どもの居場所", "ボッチャ交流会"}
    assert near_miss(boy, "パソコン事務の練習会") == (
        "子どもが参加できるとの記載なし（対象: 障害のある方・どなたでも）"
    )
    adult = suggestions(db_session, ids, AgeBand.AGE_40S, targets=("disability",))
    assert "パソコン事務の練習会" in names(adult)


@pytest.mark.parametrize(
    ("note", "age"),
    [
        ("家族：夫（夜勤あり）、子（ASD・小2）、下の子（2歳）", None),
        ("弟（小4、自閉症）。本人高1", (15, 16)),
        ("母（パート）、妹（中2）。本人は高3", (17, 18)),
        ("中3、LD", (14, 15)),
    ],
)
def test_an_age_inside_a_family_members_bracket_is_theirs(
    note: str, age: tuple[int, int] | None
) -> None:
    assert age_noted(note) == age


@pytest.mark.parametrize(
    "note",
    ["高校1年の6月で中退。以後在宅", "中2から不登校", "小5の時にいじめ", "高1で退学"],
)
def test_a_school_year_the_person_was_in_is_not_their_age(note: str) -> None:
    """「高校1年で中退」 made a 16-year-old a 高1 (15〜16), and a 中学3年生's 受験サポート教室
    held half of those years (personas_casenotes13.toml)."""
    assert age_noted(note) is None


def test_a_childs_age_range_with_its_parent_lets_in_the_parent_and_says_so(
    db_session: Session,
) -> None:
    """「0〜3歳の親子」 in the form's 対象年齢 is saved as the child's ages with its adults: a
    parent is suggested it (before, only the child's 0〜3 was kept and the parent was not)."""
    hiroba = listing(
        db_session, "ひよこ親子ひろば", "絵本の読み聞かせと手遊びをします。",
        age_min=0, age_max=3, age_with_adults=True, targets=("parents", "children"),
    )  # fmt: skip
    parent = suggestions(db_session, [hiroba], AgeBand.AGE_30S, targets=("parents",))
    assert names(parent) == {"ひよこ親子ひろば"}
    assert "対象年齢 0〜3歳とその保護者" in parent.items[0].reasons
    child = suggestions(db_session, [hiroba], AgeBand.AGE_6_12, targets=("children",))
    assert names(child) == set()
