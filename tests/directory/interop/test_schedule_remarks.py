"""What a list says beside its columns: a facility's kind, and a schedule's one-off changes.

A 公共施設一覧 has a 施設分類 (「高齢者サロン」「公民館」): it was an unknown column, now a category
where the vocabulary has one and a keyword otherwise. A サロン list writes in its 備考 how one
month differs from the rule (「※12月は第2土曜日（12月12日）に変更」): the schedule reads it, so
the next dates are the ones the list gives; a remark about anything else stays in the
description, and a change the schedule cannot apply stays in it, flagged for review.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from directory import labels
from directory.schedules import next_occurrences, parse_schedule
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes


def test_a_facilitys_kind_is_its_category_where_the_vocabulary_has_one(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "名称,施設分類,住所,開館時間,閉館時間",
            "桜町ふれあいサロン,高齢者サロン,茨城県土浦市桜町1-1,10:00,12:00",
            "大和町みんなの食堂,子ども食堂,茨城県土浦市大和町2-2,17:00,19:00",
            "中央公民館,公民館,茨城県土浦市中央1-13-3,9:00,21:00",
        ),
        geocoder,
        organization="土浦市",
        categories=("ibasho",),
    )
    assert plan.mapping.unknown_headers == ()
    read = {r.data.name: (r.data.categories, r.data.tags) for r in plan.rows if r.data}
    assert read == {
        "桜町ふれあいサロン": (("salon",), ("高齢者サロン",)),
        "大和町みんなの食堂": (("kodomo_shokudo",), ("子ども食堂",)),  # こども食堂, spelled so
        "中央公民館": (("ibasho",), ("公民館",)),  # no such category: a keyword, and the default
    }


def _schedules(session: Session, geocoder: OfflineGeocoder, *rows: str) -> dict[str, object]:
    plan = plan_bytes(
        session,
        csv_bytes("サロン名,会場,開催日時,備考", *rows),
        geocoder,
        organization="つくば市社会福祉協議会",
        categories=("salon",),
    )
    return {r.data.name: r for r in plan.rows if r.data}


def test_a_remark_that_moves_one_months_meeting_moves_it(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    rows = _schedules(
        db_session,
        geocoder,
        "栗原サロン,栗原会館,第3土曜日 10:00～12:00,参加費100円。※12月は第2土曜日（12月12日）に変更",
    )
    data = rows["栗原サロン"].data  # type: ignore[attr-defined]
    spec = parse_schedule(data.schedule_text, today=date(2026, 12, 1))
    days = [o.day for o in next_occurrences(spec, date(2026, 12, 1), 2)]
    assert days == [date(2026, 12, 12), date(2027, 1, 16)]  # not 12月19日
    assert data.description == "参加費100円。"  # the fee stays where residents read it


def test_a_remark_about_anything_else_stays_in_the_description(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    rows = _schedules(
        db_session,
        geocoder,
        "吉沼サロン,吉沼会館,毎月第1水曜日 13:30～15:30,※12月から参加費200円に変更",
    )
    data = rows["吉沼サロン"].data  # type: ignore[attr-defined]
    assert data.schedule_text == "毎月第1水曜日 13:30～15:30"
    assert data.description == "※12月から参加費200円に変更"


def test_a_change_the_schedule_cannot_apply_is_kept_and_flagged(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    # Two meetings a month: which of them moves to the 2nd Wednesday is not said.
    rows = _schedules(
        db_session,
        geocoder,
        "谷田部サロン,谷田部会館,第1・第3水曜日 10:00～12:00,※12月は第2水曜日に変更",
    )
    row = rows["谷田部サロン"]
    data = row.data  # type: ignore[attr-defined]
    assert data.schedule_text == "第1・第3水曜日 10:00～12:00 ※12月は第2水曜日に変更"
    assert parse_schedule(data.schedule_text).needs_review
    assert labels.IMPORT_SCHEDULE_REVIEW in [w.message for w in row.warnings]  # type: ignore[attr-defined]


def test_a_schedule_note_beside_the_schedule_is_not_dropped(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "サロン名,会場,開催日時,開催日時特記事項",
            "上郷サロン,上郷会館,毎月第1土曜日 10:00～12:00,※1月は第2土曜日に変更",
        ),
        geocoder,
        organization="つくば市社会福祉協議会",
        categories=("salon",),
    )
    data = plan.rows[0].data
    assert data is not None
    assert data.schedule_text == "毎月第1土曜日 10:00～12:00 ※1月は第2土曜日に変更"


def test_a_remark_of_a_pause_stays_the_states_and_the_meetings_go_on_until_it(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """弘前市's 「令和９年４月から休止予定」 and 鹿嶋市's 「令和８年１月から休止中」 in a 備考 (batch
    y) were moved into the schedule, where 「令和9年4月から」 reads as the day the meetings
    begin: the サロン that meets every Monday until its pause showed no meeting before April
    2027, and the one paused since January had its schedule flagged as unread. The pause is
    the 状況's: said in the preview, kept in the description, the schedule the rule alone. A
    month off (「8月は休止」) still goes to the schedule."""
    plan = plan_bytes(
        db_session,
        csv_bytes(
            "サロン名,会場,開催日時,備考",
            "田園サロン,田園会館,毎週月曜日 9:30～11:30,令和９年４月から休止予定",
            "港ケ丘サロン,港ケ丘会館,毎週金曜日 9:30～11:00,令和８年１月から休止中",
            "宮下サロン,宮下会館,毎週木曜日 13:30～15:00,改修工事期間中（R8.7～R9.3）は休止",
            "吉沼サロン,吉沼会館,毎月第1水曜日 13:30～15:30,※8月は休止",
        ),
        geocoder,
        organization="弘前市社会福祉協議会",
        categories=("salon",),
        today=date(2026, 4, 15),
    )
    rows = {r.data.name: r for r in plan.rows if r.data}
    for name, remark, first in [
        ("田園サロン", "令和９年４月から休止予定", date(2026, 4, 20)),
        ("宮下サロン", "改修工事期間中（R8.7～R9.3）は休止", date(2026, 4, 16)),
    ]:
        data = rows[name].data
        assert data is not None
        spec = parse_schedule(data.schedule_text, today=date(2026, 4, 15))
        assert [o.day for o in next_occurrences(spec, date(2026, 4, 15), 1)] == [first], name
        assert remark in data.description
        assert any(remark in w.message and "からの休止" in w.message for w in rows[name].warnings)
    paused = rows["港ケ丘サロン"]
    assert paused.data is not None
    assert "休止" not in paused.data.schedule_text
    assert not any("日時" in w.message for w in paused.warnings), paused.warnings
    assert "8月は休止" in rows["吉沼サロン"].data.schedule_text  # type: ignore[union-attr]
