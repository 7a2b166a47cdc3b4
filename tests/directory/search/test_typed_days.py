"""A weekday or time typed into the box orders the results; chosen as a facet, it filters."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from directory.browse import Audience
from directory.search.ranking import Ranker
from directory.search.service import Criteria, search

NIHONGO = {
    "b-kandatsu-nichiyou-nihongo",  # 毎週日曜日 10:00-12:00
    "b-nihongo-hiroba-doyou",  # 毎週土曜日 10:00〜12:00
    "b-nihongo-hiroba-yoru",  # 毎週水曜日 19:00〜20:30
    "b-arakawaoki-nihongo-salon",  # 毎週金曜 10:00〜11:30
}


def found(engine: Engine, ranker: Ranker, keys: dict[int, str], criteria: Criteria) -> list[str]:
    with Session(engine) as session:
        result = search(session, ranker, criteria, Audience.PUBLIC)
        return [keys[hit.listing.id] for hit in result.hits]


def test_the_typed_day_comes_first_and_the_other_days_follow(
    engine: Engine, ranker: Ranker, keys: dict[int, str]
) -> None:
    """「日本語教室 日曜日の午前」 found the Sunday class alone; a resident would rather see the
    Saturday class too than nothing more."""
    with Session(engine) as session:
        result = search(session, ranker, Criteria(text="日本語教室 日曜日の午前"), Audience.PUBLIC)
        order = [keys[hit.listing.id] for hit in result.hits]
    assert order[0] == "b-kandatsu-nichiyou-nihongo"
    assert NIHONGO <= set(order[:4])
    assert result.preferred == 1
    assert result.others_follow
    assert {u.label for u in result.preferred_by} >= {"日曜日"}


def test_a_typed_day_no_listing_meets_on_still_finds_the_words(
    engine: Engine, ranker: Ranker, keys: dict[int, str]
) -> None:
    """No 手話 class meets on a Saturday: the Tuesday one rather than 該当なし."""
    with Session(engine) as session:
        result = search(session, ranker, Criteria(text="土曜日 手話"), Audience.PUBLIC)
        order = [keys[hit.listing.id] for hit in result.hits]
    assert order[:1] == ["b-hajimete-shuwa-kouza"]
    assert result.preferred == 0


def test_a_day_chosen_as_a_facet_still_filters(
    engine: Engine, ranker: Ranker, keys: dict[int, str]
) -> None:
    typed = found(engine, ranker, keys, Criteria(text="日本語教室 日曜日"))
    chosen = found(engine, ranker, keys, Criteria(text="日本語教室", facets={"weekday": ("6",)}))
    assert NIHONGO <= set(typed)
    assert chosen[0] == "b-kandatsu-nichiyou-nihongo"
    assert not (NIHONGO - {"b-kandatsu-nichiyou-nihongo"}) & set(chosen)  # Sundays only


def test_a_typed_day_many_listings_meet_on_still_narrows(
    engine: Engine, ranker: Ranker, keys: dict[int, str]
) -> None:
    """A page or more on that day: only those, as before (the other days would be noise)."""
    with Session(engine) as session:
        result = search(session, ranker, Criteria(text="平日 居場所", per_page=50), Audience.PUBLIC)
    assert result.total >= 10
    assert result.preferred is None
    assert not result.others_follow


def test_a_mother_typed_in_kana_is_whom_not_papa_without_its_marks(
    engine: Engine, ranker: Ranker, keys: dict[int, str]
) -> None:
    """「ははと」 (母と) was read as パパと with its marks put back: パパとあそぼう among the cafés."""
    with Session(engine) as session:
        result = search(
            session, ranker, Criteria(text="ははといっしょに にんちしようかふえ"), Audience.PUBLIC
        )
        order = [keys[hit.listing.id] for hit in result.hits]
    assert "b-hughug-papa-asobi" not in order
    assert all("cafe" in key for key in order[:5]), order
