"""Referrals (つなぎ) and follow-ups: the status timeline, consent gates, what organizations see."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from directory.errors import InvalidData, NotFound, PermissionDenied
from matching.cases import close_case, record_consent
from matching.followups import FollowUpResult, Offset, agenda, parse_offsets, record_result
from matching.models import Case, OrganizationResponse, ParticipationNeed, ReferralStatus
from matching.referrals import advance, create_referral, incoming_referrals, next_steps, respond
from tests.matching.conftest import TODAY, Staff, consent, johoku_listing


def test_a_referral_starts_as_proposed_and_schedules_three_follow_ups(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session,
        staff.coordinator,
        need,
        johoku_listing(db_session),
        today=TODAY,
        note="本人が見学を希望",
    )
    assert referral.status is ReferralStatus.PROPOSED
    assert [(e.status, e.happened_on) for e in referral.events] == [
        (ReferralStatus.PROPOSED, TODAY)
    ]
    assert [f.due_on for f in referral.follow_ups] == [
        date(2026, 12, 7),
        date(2026, 12, 23),
        date(2027, 2, 23),
    ]


def test_the_timeline_allows_only_the_next_steps(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    assert next_steps(referral) == [ReferralStatus.AGREED, ReferralStatus.INTERRUPTED]
    with pytest.raises(InvalidData) as error:
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.PARTICIPATING,
            on=TODAY,
            today=TODAY,
        )
    assert error.value.errors["status"] == "「提案」から「参加中」へは進められません。"
    for step in (
        ReferralStatus.AGREED,
        ReferralStatus.CONTACTED,
        ReferralStatus.TRIAL,
        ReferralStatus.PARTICIPATING,
        ReferralStatus.ENDED,
    ):
        advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
    assert [e.status for e in referral.events][-1] is ReferralStatus.ENDED
    assert next_steps(referral) == []


def test_dates_cannot_go_backwards_or_into_the_future(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    with pytest.raises(InvalidData) as error:
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.AGREED,
            on=date(2026, 11, 1),
            today=TODAY,
        )
    assert error.value.errors["on"] == "前の段階(提案)より前の日付です。"
    with pytest.raises(InvalidData) as error:
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.AGREED,
            on=date(2026, 12, 1),
            today=TODAY,
        )
    assert error.value.errors["on"] == "未来の日付は記録できません。"


def test_contacting_the_organization_needs_consent_to_share(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    advance(db_session, staff.coordinator, referral, ReferralStatus.AGREED, on=TODAY, today=TODAY)
    record_consent(db_session, staff.coordinator, case, consent(given=False), today=TODAY)
    with pytest.raises(InvalidData) as error:
        advance(
            db_session, staff.coordinator, referral, ReferralStatus.CONTACTED, on=TODAY, today=TODAY
        )
    assert "本人同意" in error.value.errors["status"]


def test_the_organization_sees_only_contacted_referrals_and_only_consented_facts(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    advance(db_session, staff.coordinator, referral, ReferralStatus.AGREED, on=TODAY, today=TODAY)
    assert incoming_referrals(db_session, staff.member) == []  # not contacted yet

    with pytest.raises(InvalidData):  # consent covers sharing, not the name
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.CONTACTED,
            on=TODAY,
            today=TODAY,
            share_name=True,
        )
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.CONTACTED,
        on=TODAY,
        today=TODAY,
        shared_note="水曜午後の見学を希望しています。",
    )
    [shared] = incoming_referrals(db_session, staff.member)
    assert shared.person == "ご本人(お名前は伝えていません)"
    assert shared.message == "水曜午後の見学を希望しています。"
    assert "山田" not in repr(shared)
    assert "農作業" not in repr(shared)  # the need's interests stay with the coordinator
    assert incoming_referrals(db_session, staff.colleague) == []

    record_consent(
        db_session,
        staff.coordinator,
        case,
        consent("share_with_organization", "share_name"),
        today=TODAY,
    )
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.TRIAL,
        on=TODAY,
        today=TODAY,
        share_name=True,
    )
    [shared] = incoming_referrals(db_session, staff.member)
    assert shared.person == "山田 太郎 さん"


def test_the_organization_answers_its_own_requests_only(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    with pytest.raises(NotFound):  # not yet sent to the organization
        respond(db_session, staff.member, referral.id, accept=True)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
        advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
    with pytest.raises(NotFound):
        respond(db_session, staff.colleague, referral.id, accept=True)
    shared = respond(db_session, staff.member, referral.id, accept=False, note="定員に達しています")
    assert shared.response is OrganizationResponse.DECLINED
    assert referral.org_response_note == "定員に達しています"
    advance(
        db_session, staff.coordinator, referral, ReferralStatus.INTERRUPTED, on=TODAY, today=TODAY
    )
    with pytest.raises(PermissionDenied):
        respond(db_session, staff.member, referral.id, accept=True)


def test_follow_ups_leave_the_overdue_list_once_recorded(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=date(2026, 10, 1)
    )
    today = date(2026, 11, 23)
    plan = agenda(db_session, staff.coordinator, today)
    assert [f.due_on for f in plan.overdue] == [date(2026, 10, 15), date(2026, 11, 1)]
    assert plan.upcoming == []
    assert agenda(db_session, staff.colleague, today).overdue == []

    first = plan.overdue[0]
    with pytest.raises(InvalidData) as error:
        record_result(
            db_session,
            staff.coordinator,
            first,
            FollowUpResult(done_on=today, continuing=None),
            today=today,
        )
    assert "本人の様子" in error.value.errors["condition"]
    record_result(
        db_session,
        staff.coordinator,
        first,
        FollowUpResult(done_on=today, continuing=True, condition="毎週参加している"),
        today=today,
    )
    assert [f.due_on for f in agenda(db_session, staff.coordinator, today).overdue] == [
        date(2026, 11, 1)
    ]
    with pytest.raises(NotFound):
        record_result(
            db_session,
            staff.colleague,
            referral.follow_ups[1],
            FollowUpResult(done_on=today, continuing=True),
            today=today,
        )


def test_a_closed_case_leaves_the_follow_up_agenda(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=date(2026, 10, 1)
    )
    close_case(db_session, staff.coordinator, case, "転居のため", TODAY)
    assert agenda(db_session, staff.coordinator, TODAY).overdue == []
    with pytest.raises(InvalidData):
        create_referral(
            db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2w,1m,3m", [date(2026, 12, 7), date(2026, 12, 23), date(2027, 2, 23)]),
        ("3m, 1w", [date(2026, 11, 30), date(2027, 2, 23)]),
        ("10d", [date(2026, 12, 3)]),
    ],
)
def test_follow_up_offsets_are_configurable(text: str, expected: list[date]) -> None:
    assert [o.after(TODAY) for o in parse_offsets(text)] == expected


@pytest.mark.parametrize("text", ["", "2x", "0w", "1m,,2m", "-1d"])
def test_malformed_follow_up_offsets_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="follow-up offset"):
        parse_offsets(text)


def test_a_month_after_the_31st_is_the_last_day_of_a_shorter_month() -> None:
    assert Offset(months=1).after(date(2027, 1, 31)) == date(2027, 2, 28)
