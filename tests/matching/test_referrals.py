"""Referrals (つなぎ) and follow-ups: the status timeline, consent gates, what organizations see."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.errors import InvalidData, NotFound, PermissionDenied
from directory.listings import archive_listing
from directory.models import IntakeStatus, ListingStatus
from matching.cases import close_case, record_consent, reopen_case
from matching.followups import (
    Agenda,
    FollowUpResult,
    Offset,
    agenda,
    next_business_day,
    parse_offsets,
    record_result,
)
from matching.models import (
    AuditEvent,
    Case,
    OrganizationResponse,
    ParticipationNeed,
    Referral,
    ReferralStatus,
)
from matching.outcomes import (
    ClosureReason,
    DeclineReason,
    FollowUpCancelReason,
    Frequency,
    Voice,
)
from matching.referrals import (
    AlreadyReferred,
    advance,
    create_referral,
    incoming_referrals,
    mark_answer_seen,
    new_answers,
    next_steps,
    reopen_answer,
    respond,
    shared_view,
)
from tests.matching.conftest import TODAY, Staff, consent, johoku_listing

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)


def contacted(
    db_session: Session, staff: Staff, need: ParticipationNeed, on: date = TODAY
) -> Referral:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=on
    )
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
        advance(db_session, staff.coordinator, referral, step, on=on, today=TODAY)
    return referral


def test_a_referral_starts_as_proposed_with_no_follow_ups_yet(
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
    assert referral.follow_ups == []  # nothing to check before the person went


def test_a_need_has_one_open_referral_to_a_listing(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    listing = johoku_listing(db_session)
    first = contacted(db_session, staff, need)
    advance(db_session, staff.coordinator, first, ReferralStatus.TRIAL, on=TODAY, today=TODAY)
    with pytest.raises(AlreadyReferred) as error:
        create_referral(db_session, staff.coordinator, need, listing, today=TODAY)
    assert error.value.referral_id == first.id
    assert error.value.errors["listing"] == (
        "このニーズはこの活動にすでにつないでいます（いまの段階: 見学・体験）。"
        "同じつなぎは二つ作れません。"
    )
    assert len(need.referrals) == 1

    # Once it is over (中断, 終了) or the organization declined, the need may be referred again.
    advance(
        db_session,
        staff.coordinator,
        first,
        ReferralStatus.INTERRUPTED,
        on=TODAY,
        today=TODAY,
        reason=DeclineReason.NOT_ELIGIBLE,
    )
    second = contacted(db_session, staff, need)
    respond(
        db_session,
        staff.member,
        second.id,
        accept=False,
        reason=DeclineReason.CAPACITY,
        now=NOW,
        today=TODAY,
    )
    third = create_referral(db_session, staff.coordinator, need, listing, today=TODAY)
    assert third.status is ReferralStatus.PROPOSED


def test_follow_ups_start_with_participation_on_business_days(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need, on=date(2026, 11, 20))
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.TRIAL,
        on=date(2026, 11, 20),  # a Friday
        today=TODAY,
    )
    # +2 weeks: Fri 12/4; +1 month: Sun 12/20 → Mon 12/21; +3 months: Sat 2/20 → Mon 2/22
    assert [f.due_on for f in referral.follow_ups] == [
        date(2026, 12, 4),
        date(2026, 12, 21),
        date(2027, 2, 22),
    ]
    advance(
        db_session, staff.coordinator, referral, ReferralStatus.PARTICIPATING, on=TODAY, today=TODAY
    )
    assert len(referral.follow_ups) == 3  # already anchored at the 見学・体験


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 7), date(2026, 12, 7)),  # a Monday
        (date(2026, 12, 5), date(2026, 12, 7)),  # Saturday → Monday
        (date(2026, 11, 23), date(2026, 11, 24)),  # 勤労感謝の日
        (date(2026, 12, 29), date(2027, 1, 4)),  # 年末年始 12/29–1/3
        (date(2027, 1, 3), date(2027, 1, 4)),
        (date(2027, 1, 9), date(2027, 1, 12)),  # Saturday, Sunday, 成人の日
        (date(2026, 5, 2), date(2026, 5, 7)),  # Golden Week
    ],
)
def test_a_follow_up_never_falls_on_a_day_off(day: date, expected: date) -> None:
    assert next_business_day(day) == expected


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


def test_a_note_for_the_organization_is_refused_without_consent_and_nothing_is_kept(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    record_consent(db_session, staff.coordinator, case, consent(given=False), today=TODAY)
    with pytest.raises(InvalidData) as error:
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.AGREED,
            on=TODAY,
            today=TODAY,
            shared_note="精神障害者保健福祉手帳あり。人の多い場所が苦手",
        )
    assert "本人同意" in error.value.errors["shared_note"]
    assert referral.shared_note == ""
    assert referral.status is ReferralStatus.PROPOSED
    # A blank note is no note: the step itself is still recorded.
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.AGREED,
        on=TODAY,
        today=TODAY,
        shared_note="  ",
    )
    assert referral.status is ReferralStatus.AGREED


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


def test_consent_in_force_decides_what_the_organization_sees_of_a_contacted_referral(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    """A scope narrowed to leave out the organization is a withdrawal like any other: the
    organization keeps only the withdrawn line and cannot answer; consent given again brings
    the referral back as it was."""
    answer = {"now": NOW, "today": TODAY}
    referral = contacted(db_session, staff, need)
    referral.shared_note = "送迎が必要です"
    narrowed = consent("share_name")  # still 同意あり, but no longer to the organization
    record_consent(db_session, staff.coordinator, case, narrowed, today=TODAY)
    [shared] = incoming_referrals(db_session, staff.member)
    assert shared.withdrawn
    assert (shared.status, shared.contacted_on, shared.response) == (None, None, None)
    assert "送迎" not in repr(shared)
    assert "山田" not in repr(shared)
    with pytest.raises(PermissionDenied, match="取り下げられたため"):
        respond(db_session, staff.member, referral.id, accept=True, **answer)
    assert referral.org_response is OrganizationResponse.PENDING
    with pytest.raises(NotFound):  # another organization still learns nothing
        respond(db_session, staff.colleague, referral.id, accept=True, **answer)

    again = consent("share_with_organization")
    record_consent(db_session, staff.coordinator, case, again, today=TODAY)
    [shared] = incoming_referrals(db_session, staff.member)
    assert not shared.withdrawn
    assert shared.status is ReferralStatus.CONTACTED
    assert shared.message == "送迎が必要です"
    assert respond(db_session, staff.member, referral.id, accept=True, **answer).response is (
        OrganizationResponse.ACCEPTED
    )


def test_a_referral_stopped_before_the_organization_was_contacted_never_reaches_it(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    """中断 from 提案 or 本人了承: the organization was never told, so it sees nothing of it —
    not the request, not a 「取り下げ」 line once consent is withdrawn — and answering it is
    NotFound, as for a referral that does not exist."""
    listing = johoku_listing(db_session)
    for before in ((), (ReferralStatus.AGREED,)):
        referral = create_referral(db_session, staff.coordinator, need, listing, today=TODAY)
        for step in before:
            advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY,
                    shared_note="金曜の午前に伺いたいそうです")  # fmt: skip
        advance(
            db_session, staff.coordinator, referral, ReferralStatus.INTERRUPTED, on=TODAY,
            today=TODAY, reason=DeclineReason.OTHER,
        )  # fmt: skip
        assert shared_view(referral) is None
        assert incoming_referrals(db_session, staff.member) == []
        with pytest.raises(NotFound):
            respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    record_consent(db_session, staff.coordinator, case, consent("share_name"), today=TODAY)
    assert incoming_referrals(db_session, staff.member) == []
    assert not db_session.scalars(
        select(AuditEvent).where(AuditEvent.action == "referral.org_read")
    ).all()


def test_the_organization_answers_its_own_requests_only(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    answer = {"now": NOW, "today": TODAY}
    referral = create_referral(
        db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
    )
    with pytest.raises(NotFound):  # not yet sent to the organization
        respond(db_session, staff.member, referral.id, accept=True, **answer)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
        advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
    with pytest.raises(NotFound):
        respond(db_session, staff.colleague, referral.id, accept=True, **answer)
    with pytest.raises(InvalidData) as error:  # a decline says why, in a code
        respond(db_session, staff.member, referral.id, accept=False, **answer)
    assert error.value.errors["reason"] == "お断りの理由を選んでください。"
    shared = respond(
        db_session,
        staff.member,
        referral.id,
        accept=False,
        note="いまは土曜の回が満員です",
        reason=DeclineReason.SCHEDULE,
        **answer,
    )
    assert shared.response is OrganizationResponse.DECLINED
    assert shared.decline_reason is DeclineReason.SCHEDULE
    assert referral.org_response_note == "いまは土曜の回が満員です"
    with pytest.raises(PermissionDenied, match="すでに回答"):  # the answer is final
        respond(db_session, staff.member, referral.id, accept=True, **answer)
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.INTERRUPTED,
        on=TODAY,
        today=TODAY,
        reason=DeclineReason.SCHEDULE,
    )
    with pytest.raises(PermissionDenied):
        respond(db_session, staff.member, referral.id, accept=True, **answer)


def test_a_declined_referral_cannot_start_until_the_coordinator_reopens_the_answer(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need)
    respond(
        db_session,
        staff.member,
        referral.id,
        accept=False,
        reason=DeclineReason.NOT_ELIGIBLE,
        now=NOW,
        today=TODAY,
    )
    for step in (ReferralStatus.TRIAL, ReferralStatus.PARTICIPATING):
        with pytest.raises(InvalidData) as error:
            advance(db_session, staff.coordinator, referral, step, on=TODAY, today=TODAY)
        assert error.value.errors["status"].startswith("先方がお断りしています（理由: 対象外）")
    assert next_steps(referral) == [ReferralStatus.INTERRUPTED]  # what the page offers
    with pytest.raises(NotFound):  # only the case's coordinators may reopen
        reopen_answer(db_session, staff.colleague, referral)
    reopen_answer(db_session, staff.coordinator, referral)
    assert referral.org_response is OrganizationResponse.PENDING
    assert ReferralStatus.TRIAL in next_steps(referral)
    assert referral.decline_reason is None
    respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    advance(db_session, staff.coordinator, referral, ReferralStatus.TRIAL, on=TODAY, today=TODAY)
    assert referral.status is ReferralStatus.TRIAL


def test_an_activity_taken_off_the_directory_leaves_the_organization_nothing_to_answer(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    """掲載終了 after 先方へ連絡: the organization's view says the activity ended and an answer
    is refused; an answer already given is not sent back for one that cannot come."""
    referral = contacted(db_session, staff, need)
    archive_listing(referral.listing, NOW)
    (shared,) = incoming_referrals(db_session, staff.member)
    assert shared.listing_ended
    with pytest.raises(PermissionDenied, match="掲載を終えている"):
        respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    assert referral.org_response is OrganizationResponse.PENDING

    referral.listing.status = ListingStatus.PUBLISHED  # back in the directory
    respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    archive_listing(referral.listing, NOW)
    with pytest.raises(InvalidData) as error:
        reopen_answer(db_session, staff.coordinator, referral)
    assert error.value.errors["answer"].startswith("この活動は掲載を終えているため")
    assert referral.org_response is OrganizationResponse.ACCEPTED
    advance(
        db_session, staff.coordinator, referral, ReferralStatus.INTERRUPTED, on=TODAY,
        today=TODAY, reason=DeclineReason.OTHER,
    )  # fmt: skip
    (shared,) = incoming_referrals(db_session, staff.member)
    assert not shared.listing_ended  # a finished つなぎ reads as finished


def test_a_decline_for_capacity_marks_the_listing_to_be_asked_first(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need)
    advance(db_session, staff.coordinator, referral, ReferralStatus.TRIAL, on=TODAY, today=TODAY)
    respond(
        db_session,
        staff.member,
        referral.id,
        accept=False,
        reason=DeclineReason.CAPACITY,
        now=NOW,
        today=TODAY,
    )
    listing = referral.listing
    assert (listing.intake_status, listing.intake_status_on) == (IntakeStatus.CONSULT, TODAY)
    assert {(f.cancelled_on, f.cancel_reason) for f in referral.follow_ups} == {
        (TODAY, FollowUpCancelReason.DECLINED)
    }


def test_new_answers_wait_on_the_dashboard_until_a_coordinator_opens_them(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need)
    assert new_answers(db_session, staff.coordinator) == []
    respond(db_session, staff.member, referral.id, accept=True, now=NOW, today=TODAY)
    assert new_answers(db_session, staff.coordinator) == [referral]
    assert new_answers(db_session, staff.colleague) == []  # not their case
    mark_answer_seen(referral, NOW)
    assert new_answers(db_session, staff.coordinator) == []


def test_interrupting_needs_a_coded_reason_and_cancels_the_follow_ups(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need)
    advance(db_session, staff.coordinator, referral, ReferralStatus.TRIAL, on=TODAY, today=TODAY)
    with pytest.raises(InvalidData) as error:
        advance(
            db_session,
            staff.coordinator,
            referral,
            ReferralStatus.INTERRUPTED,
            on=TODAY,
            today=TODAY,
        )
    assert error.value.errors["reason"] == "中断の理由を選んでください。"
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.INTERRUPTED,
        on=TODAY,
        today=TODAY,
        reason=DeclineReason.PERSON_DECLINED,
    )
    assert referral.interrupt_reason is DeclineReason.PERSON_DECLINED
    assert {f.cancel_reason for f in referral.follow_ups} == {FollowUpCancelReason.INTERRUPTED}
    assert agenda(db_session, staff.coordinator, date(2027, 6, 1)).overdue == []


def test_follow_ups_leave_the_overdue_list_once_recorded(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need, on=date(2026, 10, 1))
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.PARTICIPATING,
        on=date(2026, 10, 1),
        today=TODAY,
    )
    today = date(2026, 11, 23)
    plan = agenda(db_session, staff.coordinator, today)
    assert [f.due_on for f in plan.overdue] == [date(2026, 10, 15), date(2026, 11, 2)]
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
        FollowUpResult(
            done_on=today,
            continuing=True,
            condition="毎週参加している",
            frequency=Frequency.WEEKLY,
            voice=Voice.GOOD,
        ),
        today=today,
    )
    assert (first.continuing, first.frequency, first.voice) == (True, Frequency.WEEKLY, Voice.GOOD)
    assert [f.due_on for f in agenda(db_session, staff.coordinator, today).overdue] == [
        date(2026, 11, 2)
    ]
    with pytest.raises(NotFound):
        record_result(
            db_session,
            staff.colleague,
            referral.follow_ups[1],
            FollowUpResult(done_on=today, continuing=True),
            today=today,
        )


def test_a_follow_up_cannot_be_done_before_participation_started(
    db_session: Session, staff: Staff, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need, on=date(2026, 10, 1))
    advance(db_session, staff.coordinator, referral, ReferralStatus.TRIAL, on=date(2026, 10, 5), today=TODAY)  # fmt: skip
    first = referral.follow_ups[0]
    with pytest.raises(InvalidData) as error:
        record_result(
            db_session,
            staff.coordinator,
            first,
            FollowUpResult(done_on=date(2026, 10, 4), continuing=True),
            today=TODAY,
        )
    assert error.value.errors["done_on"] == (
        "参加が始まった日（2026年10月5日の見学・体験）より前の日付は記録できません。"
    )
    assert first.done_on is None
    record_result(  # on the day itself is fine
        db_session,
        staff.coordinator,
        first,
        FollowUpResult(done_on=date(2026, 10, 5), continuing=True),
        today=TODAY,
    )
    assert first.done_on == date(2026, 10, 5)


def test_a_closed_case_cancels_its_follow_ups(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    referral = contacted(db_session, staff, need, on=date(2026, 10, 1))
    advance(
        db_session,
        staff.coordinator,
        referral,
        ReferralStatus.TRIAL,
        on=date(2026, 10, 1),
        today=TODAY,
    )
    close_case(db_session, staff.coordinator, case, ClosureReason.MOVED, TODAY, today=TODAY)
    assert agenda(db_session, staff.coordinator, TODAY).overdue == []
    assert {f.cancel_reason for f in referral.follow_ups} == {FollowUpCancelReason.CASE_CLOSED}
    with pytest.raises(InvalidData):
        create_referral(
            db_session, staff.coordinator, need, johoku_listing(db_session), today=TODAY
        )


def test_reopening_a_case_brings_back_the_follow_ups_its_closing_cancelled(
    db_session: Session, staff: Staff, case: Case, need: ParticipationNeed
) -> None:
    # An earlier referral to the same place was interrupted (a need has one open referral to a
    # listing at a time); the one after it is under way.
    stopped = contacted(db_session, staff, need, on=date(2026, 10, 1))
    advance(db_session, staff.coordinator, stopped, ReferralStatus.TRIAL, on=date(2026, 10, 1), today=TODAY)  # fmt: skip
    advance(
        db_session,
        staff.coordinator,
        stopped,
        ReferralStatus.INTERRUPTED,
        on=date(2026, 10, 20),
        today=TODAY,
        reason=DeclineReason.PERSON_DECLINED,
    )
    going = contacted(db_session, staff, need, on=date(2026, 10, 1))
    advance(db_session, staff.coordinator, going, ReferralStatus.TRIAL, on=date(2026, 10, 1), today=TODAY)  # fmt: skip
    record_result(
        db_session,
        staff.coordinator,
        going.follow_ups[0],
        FollowUpResult(done_on=date(2026, 10, 15), continuing=True),
        today=TODAY,
    )
    close_case(db_session, staff.coordinator, case, ClosureReason.MOVED, TODAY, today=TODAY)
    assert agenda(db_session, staff.coordinator, TODAY) == Agenda([], [])

    reopen_case(db_session, staff.coordinator, case, today=TODAY)
    # The follow-ups still to come on 2 Nov and 4 Jan are back on their own dates: the first
    # is now overdue; the one already done stays done, and the interrupted referral's stay
    # cancelled for the 中断.
    assert [(f.due_on, f.done_on, f.cancelled_on) for f in going.follow_ups] == [
        (date(2026, 10, 15), date(2026, 10, 15), None),
        (date(2026, 11, 2), None, None),
        (date(2027, 1, 4), None, None),
    ]
    assert {f.cancel_reason for f in stopped.follow_ups} == {FollowUpCancelReason.INTERRUPTED}
    plan = agenda(db_session, staff.coordinator, TODAY, horizon_days=60)
    assert [f.due_on for f in plan.overdue] == [date(2026, 11, 2)]
    assert [f.due_on for f in plan.upcoming] == [date(2027, 1, 4)]
    reopened = db_session.scalars(
        select(AuditEvent).where(AuditEvent.action == "case.reopen")
    ).one()
    assert "follow_ups" in reopened.fields


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
