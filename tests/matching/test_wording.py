"""Case records in words: the 呼び名 with one honorific, and every condition of a need or an
unmet-need record said in Japanese (the one-click unmet summary, the printed plan)."""

from __future__ import annotations

import pytest

from matching.models import AgeBand, TimeSlot, TravelMode
from matching.plans import NeedData
from matching.unmet import UnmetData
from matching.wording import Fact, Names, addressed, need_facts, unmet_facts


@pytest.mark.parametrize(
    ("display_name", "said"),
    [
        ("山田", "山田 さん"),
        ("山田 太郎", "山田 太郎 さん"),
        ("Aさん", "Aさん"),
        ("Ｃさん ", "Ｃさん"),
        ("山田様", "山田様"),
        ("やまださま", "やまださま"),
        ("けんくん", "けんくん"),
        ("はなちゃん", "はなちゃん"),
        ("山田氏", "山田氏"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_a_name_is_addressed_with_one_honorific(display_name: str, said: str) -> None:
    assert addressed(display_name) == said


NAMES = Names(
    categories={"salon": "サロン"},
    targets={"seniors": "高齢者"},
    areas={"daigo": "第五地区"},
)


def test_an_unmet_record_is_said_with_everything_it_keeps() -> None:
    data = UnmetData(
        area_code="daigo",
        age_band=AgeBand.AGE_70S,
        targets=("seniors",),
        categories=("salon",),
        interests=("体操", "おしゃべり"),
        weekdays=(0, 1, 2, 3, 4),
        time_slots=("morning",),
        conditions=("small_group",),
        accessibility=("wheelchair", "pickup"),
        languages=("vi",),
    )
    assert unmet_facts(data, NAMES) == [
        Fact("地区", "第五地区"),
        Fact("年代", "70代"),
        Fact("対象", "高齢者"),
        Fact("活動の種類", "サロン"),
        Fact("関心", "体操、おしゃべり"),
        Fact("曜日・時間帯", "月火水木金曜 午前"),
        Fact("設備・支援", "車いすで利用できる、送迎あり"),
        Fact("ことば", "ベトナム語"),
        Fact("その他の条件", "少人数"),
    ]
    assert unmet_facts(UnmetData(), NAMES) == [
        Fact("地区", "未確認"),
        Fact("年代", "不明・未確認"),
    ]


def test_a_need_is_said_with_each_condition_and_which_are_only_wished() -> None:
    need = NeedData(
        "午前のみ車いす",
        categories=("salon",),
        interests="体操、\nおしゃべり",
        tags=("お茶",),
        weekdays=(2, 0),
        time_slots=(TimeSlot.MORNING, TimeSlot.AFTERNOON),
        travel_mode=TravelMode.WALK,
        cost_ceiling_yen=0,
        accessibility=("wheelchair",),
        languages=("en",),
        conditions=("trial_visit",),
        preferred=("schedule",),
    )
    assert need_facts(need, NAMES) == [
        Fact("活動の種類", "サロン"),
        Fact("関心", "体操、おしゃべり、お茶"),
        Fact("曜日・時間帯", "月水曜 午前・午後（できれば）"),
        Fact("移動", "徒歩（およそ1.5kmまで）"),
        Fact("参加費", "無料のもの"),
        Fact("設備・支援", "車いすで利用できる"),
        Fact("ことば", "英語"),
        Fact("その他の条件", "見学できる"),
    ]
    far = NeedData("遠くまで", travel_mode=TravelMode.DISTANCE, travel_km=3, cost_ceiling_yen=1500)
    assert need_facts(far, NAMES) == [Fact("移動", "3kmまで"), Fact("参加費", "1,500円まで")]
