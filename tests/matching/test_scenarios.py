"""Matching scenarios on the demo seeds: what a coordinator in 土浦 would expect to see first.

Each scenario is a person (area, availability, interests, limits) and the listings that must
lead the suggestions. They run through ``matching.service`` as the coordinator pages do.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.listings import archive_listing
from directory.models import Listing
from geo.distance import geodesic_km
from matching.cases import CaseData, create_case
from matching.models import ParticipationNeed, Plan, TimeSlot, TravelMode
from matching.plans import NeedData, PlanData, add_need, create_plan
from matching.service import Suggestions, TableCache, suggestions_for
from matching.text import SearchTerms
from tests.factories import NOW, make_listing
from tests.matching.conftest import TODAY, Staff

WEEKDAYS = (0, 1, 2, 3, 4)
AM, PM = TimeSlot.MORNING, TimeSlot.AFTERNOON


@dataclass(frozen=True)
class Scenario:
    name: str
    area: str
    need: dict[str, Any]
    first: tuple[str, ...]  # the top suggestion is one of these
    top3: tuple[str, ...] = ()  # … and these are all in the first three
    absent: tuple[str, ...] = ()  # never suggested
    every: str = ""  # a reason every suggestion shows (for the hard filters)
    extra: dict[str, Any] = field(default_factory=dict)


SCENARIOS = [
    Scenario(
        "新治の人が平日午後・農作業・3km以内 → 里山の農作業ボランティア",
        "niihari",
        {"interests": "農作業", "weekdays": WEEKDAYS, "time_slots": (PM,), "travel_km": 3.0},
        first=("里山の農作業ボランティア",),
        absent=("畑の居場所 つちいじりの会",),  # 土曜の午前だけ
    ),
    Scenario(
        "ひきこもりの若者が平日午前の就労体験 → 新治の職場体験2件",
        "niihari",
        {
            "targets": ("hikikomori", "youth"),
            "categories": ("shuro",),
            "weekdays": WEEKDAYS,
            "time_slots": (AM,),
            "travel_km": 10.0,
        },
        first=("特養つくばね荘 介護助手のおしごと体験", "にいはり農園 農園作業の職場体験"),
        top3=("特養つくばね荘 介護助手のおしごと体験", "にいはり農園 農園作業の職場体験"),
    ),
    Scenario(
        "第一地区の子育て世帯が平日午前・自転車 → 近くの親子ひろば",
        "daiichi",
        {
            "targets": ("parents",),
            "categories": ("kosodate",),
            "weekdays": WEEKDAYS,
            "time_slots": (AM,),
            "travel_mode": TravelMode.BICYCLE,
        },
        first=("こども家庭センター 親子ひろば",),
        top3=("よちよちサロン",),  # real 町丁目 points (issue 17): the 都和 one is 5 km away
    ),
    Scenario(
        "第二地区の高齢者が車いす・サロン希望 → 車いすで行けるサロンだけ",
        "daini",
        {
            "targets": ("seniors",),
            "categories": ("salon",),
            "accessibility": ("wheelchair",),
            "travel_km": 5.0,
        },
        first=("真鍋いきいきサロン", "永国 いきいきサロン", "右籾 うたごえサロン"),
        every="車いすで利用できる",
    ),
    Scenario(
        "ベトナム語が必要な人が日本語を学びたい → ベトナム語対応の日本語の場",
        "daisan",
        {
            "targets": ("foreign_roots",),
            "languages": ("vi",),
            "interests": "日本語",
            "travel_km": 10.0,
        },
        first=(
            "多文化ひろば チャオチャオ",
            "にほんごひろば 土曜クラス",
            "外国につながる子どもの学習教室",
        ),
        every="ベトナム語に対応",
    ),
    Scenario(
        "料理 ボランティア → 調理のボランティアが先頭",
        "daiyon",
        {"interests": "料理 ボランティア", "travel_km": 10.0},
        first=(
            "配食サービスの調理ボランティア",
            "子ども食堂ひまわり 調理・配膳ボランティア",
            "たかつ子ども食堂",
        ),
        top3=("配食サービスの調理ボランティア",),
    ),
    Scenario(
        "第五地区の高齢者・自転車・無料の通いの場かサロン → 有料の場は出ない",
        "daigo",
        {
            "targets": ("seniors",),
            "categories": ("kayoinoba", "salon"),
            "cost_ceiling_yen": 0,
            "travel_mode": TravelMode.BICYCLE,
        },
        # The real point of 沖宿町 (the 公民館's town) is 3 km south of the demo's old guess:
        # on foot (1.5 km) nothing is near enough any more, 田村町 is 1.5 km away.
        first=("れんこん工房 土曜のひと休み処", "田村町 ちょきん体操の会", "白鳥町 ゆうゆうサロン"),
        absent=("手野 いきいきサロン",),  # 500円
    ),
    Scenario(
        "都和のひきこもりの人が少人数・見学できる居場所をバスで → 条件を満たす居場所",
        "tsuwa",
        {
            "targets": ("hikikomori",),
            "categories": ("ibasho",),
            "conditions": ("small_group", "trial_visit"),
            "travel_mode": TravelMode.BUS,
        },
        first=("月曜 編み物教室", "若者のたまり場 ブリッジ", "ちくちく手芸の居場所"),
        top3=("ちくちく手芸の居場所",),
    ),
]


@pytest.fixture(scope="module")
def cache() -> TableCache:
    return TableCache(SearchTerms())


def _plan(session: Session, staff: Staff, area: str) -> Plan:
    """A new case living in ``area`` and its plan, as a coordinator writes them."""
    case = create_case(session, staff.coordinator, CaseData(area_code=area), today=TODAY)
    return create_plan(session, staff.coordinator, case, PlanData("プラン", TODAY))


def _need(
    session: Session,
    staff: Staff,
    where: str | Plan,
    data: NeedData,
    *,
    categories: Collection[str] = (),
    targets: Collection[str] = (),
) -> ParticipationNeed:
    """``data`` written into the plan ``where`` (or a new case's plan in that area), with the
    categories and 対象 the form offers."""
    plan = _plan(session, staff, where) if isinstance(where, str) else where
    return add_need(
        session,
        staff.coordinator,
        plan,
        data,
        categories=set(categories),
        targets=set(targets),
    )


def _suggest(
    session: Session, staff: Staff, cache: TableCache, need: ParticipationNeed, **options: Any
) -> Suggestions:
    return suggestions_for(
        session, staff.coordinator, need, cache=cache, distance=geodesic_km, today=TODAY, **options
    )


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(db_session: Session, staff: Staff, cache: TableCache, scenario: Scenario) -> None:
    names = set(db_session.scalars(select(Listing.name)))
    for name in (*scenario.first, *scenario.top3, *scenario.absent):
        assert name in names, f"seed listing {name!r} is gone: update the scenario"
    need = _need(
        db_session,
        staff,
        scenario.area,
        NeedData(title=scenario.name, **scenario.need),
        categories={"shuro", "kosodate", "salon", "kayoinoba", "ibasho"},
        targets={"hikikomori", "youth", "parents", "seniors", "foreign_roots"},
    )
    result = _suggest(db_session, staff, cache, need, limit=20)
    ranked = [s.listing.name for s in result.items]
    assert ranked, result.exclusions
    assert ranked[0] in scenario.first, ranked[:5]
    assert set(scenario.top3) <= set(ranked[:3]), ranked[:5]
    assert not set(scenario.absent) & set(ranked), ranked
    if scenario.every:
        assert all(scenario.every in s.reasons for s in result.items), ranked


@pytest.mark.parametrize(
    ("word", "spellings"),
    [("こども食堂", ("子ども食堂", "子供食堂", "こども食堂")), ("ｶﾌｪ", ("カフェ",))],
)
def test_interests_match_through_the_search_analyzer_variants(
    db_session: Session, staff: Staff, cache: TableCache, word: str, spellings: tuple[str, ...]
) -> None:
    need = _need(db_session, staff, "daiyon", NeedData("関心", interests=word))
    result = _suggest(db_session, staff, cache, need, limit=5)
    assert result.items
    for item in result.items:
        shown = unicodedata.normalize("NFKC", word)  # ｶﾌｪ is shown as カフェ
        assert f"「{shown}」に関心" in item.reasons, item.listing.name
        assert any(s in item.listing.text for s in spellings), item.listing.name


def test_a_student_written_in_the_note_is_not_an_interest(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「大学生」 typed in the interests is who the person is: as a word it met the children's
    study rooms whose descriptions say 大学生のボランティアが教えます, and offered them to a
    university student looking for somewhere to spend time, 「「大学生」に関心」."""
    need = _need(
        db_session, staff, "dairoku", NeedData("居場所", interests="大学生。ゲーム", travel_km=10.0)
    )
    result = _suggest(db_session, staff, cache, need)
    names = [s.listing.name for s in result.items]
    assert names
    for item in result.items:
        assert "「大学生」に関心" not in item.reasons, item.listing.name
        assert "「ゲーム」に関心" in item.reasons, item.listing.name
    assert "ひまわり べんきょう会" not in names
    assert "まなびや 勉強会と子ども食堂" not in names


def test_farm_work_meets_agricultural_work_and_care_does_not_meet_care_prevention(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    plan = _plan(db_session, staff, "niihari")

    def first_five(interests: str) -> list[tuple[str, tuple[str, ...]]]:
        need = _need(db_session, staff, plan, NeedData("関心", interests=interests, travel_km=30.0))
        result = _suggest(db_session, staff, cache, need)
        return [(s.listing.name, s.reasons) for s in result.items[:5]]

    farm = first_five("畑仕事")
    assert ("里山の農作業ボランティア", True) in [(n, "「畑仕事」に関心" in r) for n, r in farm]
    care = dict(first_five("介護"))
    assert care  # places about caring for someone (介護相談, 介護者のカフェ…)
    for name, why in care.items():
        assert "「介護」に関心" in why
        assert "体操" not in name  # 介護予防 is keeping fit, not care
        assert "百歳" not in name


def test_a_listing_published_or_archived_after_the_table_was_built_is_suggested_or_not_at_once(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    need = _need(db_session, staff, "daiichi", NeedData("関心", interests="乗馬", travel_km=30.0))

    def suggested() -> list[str]:
        result = _suggest(db_session, staff, cache, need)
        return [s.listing.name for s in result.items]

    assert "ポニーと乗馬のふれあい会" not in suggested()  # the table is built here
    pony = make_listing(
        db_session,
        name="ポニーと乗馬のふれあい会",
        description="乗馬クラブで馬にふれます。",
        accepts_referrals=True,
    )
    assert "ポニーと乗馬のふれあい会" in suggested()
    archive_listing(pony, NOW)
    db_session.flush()
    assert "ポニーと乗馬のふれあい会" not in suggested()


def test_a_salon_in_the_persons_own_area_is_suggested_when_walking_and_says_to_check_the_distance(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """The woman of 84 in 第三地区 who can only walk: 永国 いきいきサロン is 3.0 km from the 大岩田
    公民館 the distance is measured from, but in her own 地区 (where in it she lives is not
    recorded). It was excluded as 「3.0km（希望 1.5km）」; it is suggested now, saying to check
    the distance from home. A salon 2.5 km away in 第二地区 is still beyond her walk."""
    need = _need(
        db_session,
        staff,
        "daisan",
        NeedData(
            "歩いて行ける集まり",
            categories=("salon",),
            interests="歌 おしゃべり",
            targets=("seniors",),
            travel_mode=TravelMode.WALK,
        ),
        categories={"salon"},
        targets={"seniors"},
    )
    result = _suggest(db_session, staff, cache, need)
    shown = {s.listing.name: s for s in result.items}
    assert "大岩田 茶話会サロン" in shown
    eikoku = shown["永国 いきいきサロン"]
    assert "自宅エリア(第三地区)から3.0km" in eikoku.reasons
    assert "同じ地区の中心から3.0km（徒歩の目安1.5km）: 自宅からの距離は要確認" in eikoku.misfits
    assert "下高津二丁目 おしゃべりサロン" not in shown  # 2.5 km, in 第二地区


def test_studying_is_not_met_by_the_lifelong_learning_kind_of_place(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「勉強し直す気持ちもある」: 勉強 met 学習 in the kind 「趣味・生涯学習」 of every hobby
    club, and the 囲碁クラブ said 「「勉強」に関心」 (personas_casenotes13.toml)."""
    need = _need(
        db_session,
        staff,
        "daiichi",
        NeedData("学び直し", interests="勉強し直す気持ちも少しあるとのこと", travel_km=4.0),
        categories={"ibasho", "gakushu"},
    )
    result = _suggest(db_session, staff, cache, need)
    studied = [s.listing.name for s in result.items if "「勉強」に関心" in s.reasons]
    assert "まちの縁側 ひなたぼっこ" in studied  # 学校帰りの小学生が宿題を広げる
    assert "真鍋 囲碁クラブ" not in [s.listing.name for s in result.items]


def test_illustration_meets_drawing_and_not_picture_books(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「イラストが好き」 met nothing (no listing writes イラスト), and 絵 met the 絵本 of a
    茶の間 and of a 読み聞かせ (personas_casenotes13.toml)."""
    need = _need(
        db_session, staff, "tsuwa", NeedData("絵の仲間", interests="イラストが好き", travel_km=10.0)
    )
    result = _suggest(db_session, staff, cache, need)
    names = [s.listing.name for s in result.items]
    assert "ひだまり 絵手紙教室" in names
    assert "並木 まちの茶の間" not in names
    assert "新治 絵本の読み聞かせボランティア" not in names


def test_a_retired_teacher_who_wants_to_help_is_offered_childrens_study_rooms(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「子どもに勉強を教える手伝いがしたい」 with ボランティア and 学習支援 asked for: a study room
    whose volunteers teach is a place for him, though its 対象 is children; the suggestion says
    whom it serves (personas_casenotes14.toml). As a learner he is still no child."""
    plan = _plan(db_session, staff, "daisan")
    note = "元中学校教員（数学）。本人「子どもに勉強を教える手伝いがしたい」"
    helping = _need(
        db_session,
        staff,
        plan,
        NeedData(
            "学習支援ボランティア",
            categories=("volunteer", "gakushu"),
            interests=note,
            travel_km=20.0,
        ),
        categories={"volunteer", "gakushu"},
    )
    learning = _need(
        db_session,
        staff,
        plan,
        NeedData("学び", categories=("gakushu",), interests="数学", travel_km=20.0),
        categories={"gakushu"},
    )
    as_helper = _suggest(db_session, staff, cache, helping)
    room = next(s for s in as_helper.items if s.listing.name == "まなびや 中央教室")
    assert any(r.startswith("ボランティアとして関われる場（対象: ") for r in room.reasons)
    # Said only of places he could not join for himself, not of one open to everyone.
    for s in as_helper.items:
        if any(r.startswith("ボランティアとして関われる場") for r in s.reasons):
            assert "everyone" not in s.listing.targets
    as_learner = _suggest(db_session, staff, cache, learning)
    assert "まなびや 中央教室" not in [s.listing.name for s in as_learner.items]


def test_a_mother_who_drives_and_wants_mama_tomo_is_offered_the_nearest_parents_places(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「近くにママ友がいない」 by car, in 第五地区: the 親子ひろば nearby lead. Before, the places
    7–9 km away that write ママ友 (なみきママカフェ, からだほぐし) came first and the nearest was
    sixth: any place where parents of young children meet is where ママ友 are made
    (personas_casenotes15.toml; はぐはぐひろば, 9 km, stays for the 転入 it names)."""
    need = _need(
        db_session,
        staff,
        "daigo",
        NeedData(
            "ママ友ができる場",
            categories=("kosodate",),
            interests="夫の転勤でR7春に転入。1歳の娘と日中二人。近くにママ友がいない",
            travel_mode=TravelMode.CAR,
        ),
        categories={"kosodate"},
    )
    ranked = [s.listing.name for s in _suggest(db_session, staff, cache, need).items]
    assert {"沖宿 ちびっこひろば", "てのっこ 親子あそびの会"} <= set(ranked[:3]), ranked[:5]
    far = {"なみきママカフェ", "ママと赤ちゃんのからだほぐし", "多文化ママの子育ておしゃべり会"}
    assert not far & set(ranked[:3]), ranked[:5]


def test_a_volunteer_who_can_drive_is_offered_the_roles_that_take_people_out(
    db_session: Session, staff: Staff, cache: TableCache
) -> None:
    """「車の運転ができるので、送迎や買い物の手伝いなら」: the 買い物付き添い and the 生活支援 for
    older people come before the 託児 and オレンジカフェ helpers (personas_heldout15.toml)."""
    need = _need(
        db_session,
        staff,
        "daisan",
        NeedData(
            "手伝いのボランティア",
            categories=("volunteer",),
            interests="車の運転ができるので、送迎や買い物の手伝いなら",
            travel_mode=TravelMode.CAR,
        ),
        categories={"volunteer"},
    )
    ranked = [s.listing.name for s in _suggest(db_session, staff, cache, need).items]
    assert {"買い物付き添いボランティア", "ちょこっと生活支援ボランティア"} <= set(ranked[:3]), (
        ranked[:5]
    )
