"""Plans and needs (validation in Japanese, audit) and unmet needs (no personal data, report)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from directory.errors import InvalidData, NotFound, PermissionDenied
from matching.models import (
    AgeBand,
    AuditEvent,
    Case,
    ParticipationNeed,
    ReferralStatus,
    TravelMode,
    UnmetNeed,
)
from matching.outcomes import DeclineReason, UnmetResolution
from matching.plans import (
    PlanData,
    add_need,
    create_plan,
    get_need,
    need_data,
    update_need,
)
from matching.referrals import advance, create_referral, respond
from matching.unmet import (
    record_unmet_need,
    resolution_candidates,
    resolve_unmet_need,
    unmet_draft,
    unmet_report,
)
from tests.factories import make_listing
from tests.matching.conftest import CATEGORIES, TARGETS, TODAY, Staff, johoku_listing
from tests.matching.conftest import need_data as make_need

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": " "}, "title", "入力してください。"),
        (
            {"categories": (), "interests": "", "tags": ()},
            "interests",
            "活動の種類か関心のどちらかを入力してください。",
        ),
        ({"categories": ("casino",)}, "categories", "選択肢から選んでください。"),
        ({"weekdays": (7,)}, "weekdays", "曜日の指定が正しくありません。"),
        ({"travel_km": 0.0}, "travel_km", "0.1〜50kmの範囲で入力してください。"),
        ({"travel_km": 120.0}, "travel_km", "0.1〜50kmの範囲で入力してください。"),
        ({"cost_ceiling_yen": -1}, "cost_ceiling_yen", "0円以上で入力してください。"),
        ({"conditions": ("vip",)}, "conditions", "選択肢から選んでください。"),
        ({"interests": "あ" * 1001}, "interests", "1000文字以内で入力してください。"),
    ],
)
def test_a_bad_need_is_refused_with_a_japanese_message_per_field(
    db_session: Session,
    staff: Staff,
    need: ParticipationNeed,
    overrides: dict[str, object],
    field: str,
    message: str,
) -> None:
    before = need_data(need)
    with pytest.raises(InvalidData) as error:
        update_need(
            db_session,
            staff.coordinator,
            need,
            make_need(**overrides),
            categories=CATEGORIES,
            targets=TARGETS,
        )
    assert error.value.errors[field] == message
    assert need_data(need) == before  # nothing half-applied


def test_a_plan_review_date_must_follow_its_start(
    db_session: Session, staff: Staff, case: Case
) -> None:
    with pytest.raises(InvalidData) as error:
        create_plan(
            db_session,
            staff.coordinator,
            case,
            PlanData(title="見直し", started_on=TODAY, review_on=TODAY),
        )
    assert error.value.errors["review_on"] == "見直し日は開始日より後にしてください。"


def test_a_travel_mode_stands_for_a_distance_unless_one_is_given() -> None:
    assert make_need(travel_km=None, travel_mode=TravelMode.WALK).travel_limit_km == 1.5
    assert make_need(travel_km=2.0, travel_mode=TravelMode.BUS).travel_limit_km == 2.0
    assert make_need(travel_km=None, travel_mode=TravelMode.DISTANCE).travel_limit_km is None


def test_need_changes_are_audited_by_field_name(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    changed = update_need(
        db_session,
        staff.coordinator,
        need,
        make_need(weekdays=(2,), conditions=("small_group",)),
        categories=CATEGORIES,
        targets=TARGETS,
    )
    assert changed == ["weekdays", "conditions"]
    db_session.flush()
    event = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "need.update")).one()
    assert event.fields == ["conditions", "weekdays"]
    assert event.object_id == need.id


def test_other_coordinators_cannot_open_a_need(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    assert get_need(db_session, staff.coordinator, need.id) is need
    for outsider in (staff.colleague, staff.member):
        with pytest.raises(NotFound):
            get_need(db_session, outsider, need.id)


def test_an_unmet_need_keeps_who_and_what_but_nothing_personal(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    draft = unmet_draft(need)
    assert draft.interests == ("農作業", "土いじり")  # keywords, not the sentence
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    assert unmet.area is not None
    assert unmet.area.code == "niihari"
    assert unmet.age_band is AgeBand.AGE_40S
    assert unmet.categories == ["volunteer"]
    assert unmet.interests == ["農作業", "土いじり"]
    assert need.unmet_need_id == unmet.id  # the need knows its record; not the reverse
    columns = {c.key for c in inspect(UnmetNeed).columns}
    assert not columns & {"case_id", "need_id", "display_name", "goal", "title"}


def test_an_unmet_need_does_not_record_conditions_noted_among_the_interests_as_interests(
    need: ParticipationNeed,
) -> None:
    """「週1くらい、午前なら。バスで20分まで」 noted in 関心 went into the 狭間のニーズ record as
    the interests 「週1くらい」「午前なら」; the record has its own weekdays and times."""
    need.interests = "農作業。週1くらい、午前なら。バスで20分まで。40代"
    need.tags = []
    assert unmet_draft(need).interests == ("農作業",)


def test_the_audit_of_an_unmet_need_names_every_field_it_recorded(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    event = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "unmet.create")).one()
    assert event.object_id == unmet.id
    # Every column the coordinator's record fills in (the area by its id), but not the
    # bookkeeping of who recorded it when, nor the later resolution.
    bookkeeping = {"id", "recorded_on", "recorded_by_id"}
    recorded = {
        "area" if c.key == "area_id" else c.key
        for c in inspect(UnmetNeed).columns
        if c.key not in bookkeeping and not c.key.startswith("resol")
    }
    assert "languages" in recorded
    assert set(event.fields) == recorded


def test_the_coordinator_may_trim_the_record_before_saving_it(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    sentence = dataclasses.replace(
        unmet_draft(need), interests=("夫が認知症で毎日つらいと話していた",)
    )
    with pytest.raises(InvalidData) as error:
        record_unmet_need(db_session, staff.coordinator, need, today=TODAY, data=sentence)
    assert "文章は書かないでください" in error.value.errors["interests"]
    trimmed = dataclasses.replace(unmet_draft(need), interests=("農作業",), area_code="")
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY, data=trimmed)
    assert (unmet.area, unmet.interests) == (None, ["農作業"])


def test_an_unmet_need_never_records_a_diagnosis_or_a_circumstance_as_an_interest(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    """Unmet needs are counted for 地域づくり and exported: 「ASD」「生保」 typed in 関心 left the
    case through the draft, and a coordinator could type them into the record."""
    need.interests = "ASD（R4診断）。生保。農作業"
    need.tags = []
    assert unmet_draft(need).interests == ("農作業",)
    typed = dataclasses.replace(unmet_draft(need), interests=("農作業", "療育手帳B2"))
    with pytest.raises(InvalidData) as error:
        record_unmet_need(db_session, staff.coordinator, need, today=TODAY, data=typed)
    assert "「療育手帳B2」は診断名や本人の事情" in error.value.errors["interests"]


def test_a_need_is_recorded_once_and_not_after_a_place_accepted(
    db_session: Session, staff: Staff, need: ParticipationNeed, case: Case
) -> None:
    other = add_need(
        db_session,
        staff.coordinator,
        need.plan,
        make_need(title="もう一つのニーズ"),
        categories=CATEGORIES,
        targets=TARGETS,
    )
    referral = create_referral(
        db_session, staff.coordinator, other, johoku_listing(db_session), today=TODAY
    )
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
        advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
    respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    with pytest.raises(InvalidData) as error:
        record_unmet_need(db_session, staff.coordinator, other, today=TODAY)
    assert "受け入れが決まった" in error.value.errors["unmet"]
    record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    with pytest.raises(InvalidData) as error:
        record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    assert error.value.errors["unmet"] == "このニーズはすでに狭間のニーズとして記録しています。"


def test_an_unmet_need_is_resolved_by_a_new_listing(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    draft = make_listing(db_session, publish=False, categories=("volunteer",), area="niihari")
    with pytest.raises(InvalidData):
        resolve_unmet_need(
            db_session,
            staff.colleague,
            unmet,
            listing=draft,
            resolution=UnmetResolution.NEW_LISTING,
            today=TODAY,
        )
    listing = make_listing(db_session, categories=("volunteer",), area="niihari")
    resolve_unmet_need(
        db_session,
        staff.colleague,  # not personal: any coordinator
        unmet,
        listing=listing,
        resolution=UnmetResolution.NEW_LISTING,
        today=TODAY,
    )
    report = unmet_report(db_session, staff.coordinator)
    assert report.resolved == [unmet]
    assert unmet not in report.open_needs
    assert report.cells == []  # met now: no longer shown as a gap
    with pytest.raises(PermissionDenied):
        resolve_unmet_need(
            db_session,
            staff.member,
            unmet,
            listing=listing,
            resolution=UnmetResolution.NEW_LISTING,
            today=TODAY,
        )


def test_the_unmet_report_counts_by_area_and_category_beside_existing_listings(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    def another(**overrides: object) -> ParticipationNeed:
        return add_need(
            db_session,
            staff.coordinator,
            need.plan,
            make_need(**overrides),
            categories=CATEGORIES,
            targets=TARGETS,
        )

    record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    record_unmet_need(db_session, staff.coordinator, another(), today=TODAY)
    record_unmet_need(
        db_session,
        staff.coordinator,
        another(categories=("kodomo_shokudo", "volunteer"), conditions=("free",)),
        today=TODAY,
    )

    report = unmet_report(db_session, staff.colleague)  # not personal: any coordinator
    assert report.total == 3
    assert report.by_area == {"niihari": 3}
    assert report.by_category == {"volunteer": 3, "kodomo_shokudo": 1}
    assert report.by_condition == {"free": 1}
    assert report.by_age_band == {AgeBand.AGE_40S: 3}
    assert report.by_interest == {"農作業": 3, "土いじり": 3}
    top = report.cells[0]
    assert (top.area_code, top.category_code, top.unmet) == ("niihari", "volunteer", 3)
    make_listing(db_session, categories=("volunteer",), area="niihari")
    again = unmet_report(db_session, staff.colleague).cells[0]
    assert again.listings == top.listings + 1  # supply is shown next to demand
    assert unmet_report(db_session, staff.coordinator, since=date(2026, 12, 1)).total == 0
    with pytest.raises(PermissionDenied):
        unmet_report(db_session, staff.member)


def test_the_report_counts_why_referrals_did_not_work_out(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    for reason in (DeclineReason.CAPACITY, DeclineReason.CAPACITY, DeclineReason.SCHEDULE):
        referral = create_referral(
            db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
        )
        for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
            advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
        respond(
            db_session, staff.member, referral.id, accept=False, reason=reason, now=NOW, today=TODAY
        )
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.INTERRUPTED,
        on=TODAY,
        today=TODAY,
        reason=DeclineReason.PERSON_DECLINED,
    )
    report = unmet_report(db_session, staff.colleague)
    assert report.declines == {DeclineReason.CAPACITY: 2, DeclineReason.SCHEDULE: 1}
    assert report.interruptions == {DeclineReason.PERSON_DECLINED: 1}


def test_the_listings_that_could_resolve_an_unmet_need_are_of_its_kinds_its_area_first(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    elsewhere = make_listing(
        db_session, name="あ 畑ボランティア", kana="あ", categories=("volunteer",), area="daiichi"
    )
    here = make_listing(
        db_session, name="ん 畑ボランティア", kana="ん", categories=("volunteer",), area="niihari"
    )
    coordinators_only = make_listing(
        db_session, categories=("volunteer",), area="niihari", visibility="coordinators"
    )
    draft = make_listing(db_session, publish=False, categories=("volunteer",), area="niihari")
    other_kind = make_listing(db_session, categories=("salon",), area="niihari")
    found = resolution_candidates(db_session, unmet).listings
    assert {here, elsewhere, coordinators_only} <= set(found)
    assert not {draft, other_kind} & set(found)
    assert found.index(here) < found.index(elsewhere)  # its area first, then reading order


def test_a_large_directory_offers_the_first_candidates_and_says_how_many_there_are(
    db_session: Session, staff: Staff, need: ParticipationNeed, monkeypatch: pytest.MonkeyPatch
) -> None:
    unmet = record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    everything = resolution_candidates(db_session, unmet)
    far = [
        make_listing(
            db_session, name=f"あ 畑 {i}", kana=f"あ{i}", categories=("volunteer",), area="daiichi"
        )
        for i in range(3)
    ]
    near = make_listing(
        db_session, name="ん 畑", kana="ん", categories=("volunteer",), area="niihari"
    )
    found = resolution_candidates(db_session, unmet, limit=2)
    assert found.total == everything.total + 4
    whole = resolution_candidates(db_session, unmet, limit=10_000)
    assert whole.total == found.total == len(whole.listings)
    assert found.listings == whole.listings[:2]
    areas = [x.location.area.code if x.location and x.location.area else "" for x in whole.listings]
    assert areas == sorted(areas, key=lambda code: code != "niihari")  # its area first
    assert whole.listings.index(near) < min(whole.listings.index(x) for x in far)
    monkeypatch.setattr("matching.unmet.CANDIDATES_COUNTED", 3)
    counted = resolution_candidates(db_session, unmet, limit=2)
    assert (counted.total, counted.over) == (3, True)  # "over 3": counting stopped there
    assert counted.listings == found.listings


def test_a_hobby_no_listing_mentions_is_recorded_and_reported_by_area(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    """「本人「俺は釣りが趣味」。定年後は家にいることが多い」: no place in the town mentions 釣り,
    and it was lost (cut from the sentence as a word no place is about). It is the gap the
    coordinator records; 定年後 says when, not what, and is not recorded as an interest."""
    need.interests = "本人「俺は釣りが趣味」。定年後は家にいることが多い"
    need.tags = []
    assert unmet_draft(need).interests == ("釣り",)
    record_unmet_need(db_session, staff.coordinator, need, today=TODAY)
    report = unmet_report(db_session, staff.colleague)
    assert report.by_interest == {"釣り": 1}
    assert report.by_area == {"niihari": 1}
