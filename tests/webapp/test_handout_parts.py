"""The おでかけカード's parts that read the organizer's words: ふりがな and what to bring."""

from __future__ import annotations

import pytest

from directory.models import Landmark, Listing, Location, LocationPrecision
from webapp.charts import MapPoint, _scale_bar_km, point_map
from webapp.handout import hiragana, place_map, what_to_bring


@pytest.mark.parametrize(
    ("kana", "expected"),
    [
        ("じょうほくちょう", "じょうほくちょう"),
        ("ジョウホクチョウ", "じょうほくちょう"),
        ("カフェ・ド・サロン", "かふぇ・ど・さろん"),
        ("", ""),
    ],
)
def test_furigana_is_written_in_hiragana(kana: str, expected: str) -> None:
    assert hiragana(kana) == expected


@pytest.mark.parametrize(
    ("description", "cost", "expected"),
    [
        (
            "霞ヶ浦沿いを歩きます。歩きやすい靴と帽子、飲み物をお持ちください。雨天中止です。",
            "",
            "歩きやすい靴と帽子、飲み物をお持ちください。",
        ),
        (
            "みんなで料理をします。持ち物：エプロン、三角巾",
            "300円",
            "持ち物：エプロン、三角巾\n参加費: 300円",
        ),
        (
            "お茶を飲みながらおしゃべり。",
            "無料（袋をご持参ください）",
            "無料（袋をご持参ください）",
        ),
        ("お茶を飲みながらおしゃべり。", "", ""),
    ],
)
def test_what_to_bring_is_the_organizers_own_sentences(
    description: str, cost: str, expected: str
) -> None:
    assert what_to_bring(Listing(name="x", description=description, cost_text=cost)) == expected


def test_a_small_map_says_how_far_with_a_round_scale_bar() -> None:
    assert _scale_bar_km(4.4) == 1
    assert _scale_bar_km(1.0) == 0.2
    svg = str(
        point_map(
            "場所",
            [
                MapPoint("集会所", 36.08, 140.2, kind="place"),
                MapPoint("土浦駅", 36.083, 140.205, kind="landmark"),
            ],
            extent_km=0.6,
        )
    )
    assert "<title" in svg
    assert "集会所" in svg
    assert "土浦駅" in svg
    assert "500m" in svg  # a 2.2 km wide frame: a quarter rounds down to 500 m
    assert "<script" not in svg


def test_a_landmark_at_the_place_is_named_as_the_place_not_0_m_away() -> None:
    """The card said 「第一地区公民館（約0m）」 of the 公民館 the salon meets in."""
    salon = Listing(
        name="いきいきサロン",
        location=Location(place_name="第一地区公民館 和室", lat=36.0786, lon=140.2040,
                          precision=LocationPrecision.ROOFTOP),
    )  # fmt: skip
    landmarks = [
        Landmark(name="第一地区公民館", lat=36.07861, lon=140.20402),  # its point: 2 m
        Landmark(name="大手町バス停", lat=36.0789, lon=140.2041),  # across the road: 35 m
        Landmark(name="土浦市役所", lat=36.0786, lon=140.2127),  # 780 m
    ]
    _, near = place_map(salon, landmarks)
    assert [(lm.name, lm.how_far) for lm in near] == [
        ("第一地区公民館", "会場"),
        ("大手町バス停", "すぐそば"),
        ("土浦市役所", "約780m"),
    ]


def test_a_place_known_only_by_its_oaza_is_not_said_to_be_beside_what_shares_its_point() -> None:
    """新治ふれあい農園 (藤沢1234) and 新治地区公民館 (藤沢3580) both stand at 藤沢's point: the
    card said 「新治地区公民館（約0m）」, and 「すぐそば」 would send the person to the 公民館."""
    farm = Listing(
        name="里山の農作業ボランティア",
        location=Location(place_name="新治ふれあい農園", lat=36.12782, lon=140.155582,
                          precision=LocationPrecision.OAZA),
    )  # fmt: skip
    landmarks = [
        Landmark(name="新治地区公民館", lat=36.12782, lon=140.155582),
        Landmark(name="新治中学校", lat=36.1332, lon=140.1556),  # 600 m
    ]
    _, near = place_map(farm, landmarks)
    assert [(lm.name, lm.how_far) for lm in near] == [
        ("新治地区公民館", ""),
        ("新治中学校", "約600m"),
    ]
