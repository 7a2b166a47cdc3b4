"""The おでかけカード's parts that read the organizer's words: ふりがな and what to bring."""

from __future__ import annotations

import pytest

from directory.models import Listing
from webapp.charts import MapPoint, _scale_bar_km, point_map
from webapp.handout import hiragana, what_to_bring


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
