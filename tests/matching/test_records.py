"""Meeting records, case notes and plan roles: the rules a coordinator meets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.errors import InvalidData, NotFound
from directory.models import Organization
from matching import meetings, notes, plans
from matching.cases import CaseData, ConsentData, create_case, record_consent
from matching.models import AgeBand, AuditEvent, Case, Meeting
from matching.roles import RoleData
from tests.matching.conftest import TODAY, Staff


def organizations(session: Session, *keys: str) -> list[Organization]:
    return [
        session.scalars(select(Organization).where(Organization.source_key == k)).one()
        for k in keys
    ]


def plain_case(session: Session, staff: Staff, *, consent: bool) -> Case:
    return create_case(
        session,
        staff.coordinator,
        CaseData(age_band=AgeBand.AGE_60S, area_code="daigo", meeting=Meeting.SHIEN),
        consent=ConsentData(True, date(2026, 11, 1)) if consent else None,
        today=TODAY,
    )


def actions(session: Session, case_id: int) -> list[str]:
    session.flush()
    return list(
        session.scalars(
            select(AuditEvent.action).where(AuditEvent.case_id == case_id).order_by(AuditEvent.id)
        )
    )


def test_a_juso_meeting_refuses_a_case_without_recorded_consent(
    db_session: Session, staff: Staff
) -> None:
    case = plain_case(db_session, staff, consent=False)
    juso = meetings.create_meeting(
        db_session,
        staff.coordinator,
        meetings.MeetingData(Meeting.JUSO, date(2026, 11, 20), "第3回"),
        today=TODAY,
    )
    with pytest.raises(InvalidData) as error:
        meetings.add_case(db_session, staff.coordinator, juso, case, meetings.ItemData())
    assert "本人同意の記録がないため、重層的支援会議では扱えません" in error.value.errors["case"]

    shien = meetings.create_meeting(
        db_session,
        staff.coordinator,
        meetings.MeetingData(Meeting.SHIEN, date(2026, 11, 10)),
        today=TODAY,
    )
    meetings.add_case(
        db_session, staff.coordinator, shien, case, meetings.ItemData("見守りを続ける")
    )
    # The sitting cannot become a 重層的支援会議 while it holds a case without consent.
    with pytest.raises(InvalidData) as error:
        meetings.update_meeting(
            db_session,
            staff.coordinator,
            shien,
            meetings.MeetingData(Meeting.JUSO, date(2026, 11, 10)),
            today=TODAY,
        )
    assert case.code in error.value.errors["kind"]
    # A withdrawn consent is no consent either.
    record_consent(
        db_session, staff.coordinator, case, ConsentData(False, date(2026, 11, 15)), today=TODAY
    )
    with pytest.raises(InvalidData):
        meetings.add_case(db_session, staff.coordinator, juso, case, meetings.ItemData())


def test_a_case_moves_from_shien_to_juso_with_the_date_of_the_sitting(
    db_session: Session, staff: Staff
) -> None:
    case = plain_case(db_session, staff, consent=False)
    agencies = organizations(db_session, "chonai-johoku", "npo-hughug")
    shien = meetings.create_meeting(
        db_session,
        staff.coordinator,
        meetings.MeetingData(Meeting.SHIEN, date(2026, 10, 1), attendee_ids=(agencies[0].id,)),
        today=TODAY,
    )
    meetings.add_case(db_session, staff.coordinator, shien, case, meetings.ItemData())
    assert (case.meeting, case.meeting_date) == (Meeting.SHIEN, date(2026, 10, 1))
    record_consent(
        db_session, staff.coordinator, case, ConsentData(True, date(2026, 11, 1)), today=TODAY
    )
    juso = meetings.create_meeting(
        db_session,
        staff.coordinator,
        meetings.MeetingData(
            Meeting.JUSO, date(2026, 11, 12), attendee_ids=tuple(a.id for a in agencies)
        ),
        today=TODAY,
    )
    roles = (
        RoleData(organization_id=agencies[1].id, task="週1回の居場所への同行", lead=True),
        RoleData(party="本人", task="体調の記録をつける"),
    )
    item = meetings.add_case(
        db_session,
        staff.coordinator,
        juso,
        case,
        meetings.ItemData("居場所の見学から始める", date(2026, 12, 10), roles),
    )
    assert (case.meeting, case.meeting_date) == (Meeting.JUSO, date(2026, 11, 12))
    assert item.moved_from is Meeting.SHIEN
    assert [
        i.meeting.kind for i in meetings.case_meetings(db_session, staff.coordinator, case)
    ] == [
        Meeting.SHIEN,
        Meeting.JUSO,
    ]
    assert plans.roles.lead_of(item.roles) is agencies[1]
    # The review date is on the coordinator's agenda once it is within two weeks.
    due = meetings.reviews_due(db_session, staff.coordinator, date(2026, 12, 1))
    assert [(r.due_on, r.case.id) for r in due] == [(date(2026, 12, 10), case.id)]
    assert meetings.reviews_due(db_session, staff.coordinator, date(2026, 11, 20)) == []
    assert "meeting.add_case" in actions(db_session, case.id)


def test_meeting_minutes_are_case_data_seen_only_by_the_case_coordinators(
    db_session: Session, staff: Staff
) -> None:
    mine = plain_case(db_session, staff, consent=True)
    theirs = create_case(db_session, staff.colleague, CaseData(meeting=Meeting.SHIEN), today=TODAY)
    meeting = meetings.create_meeting(
        db_session, staff.coordinator, meetings.MeetingData(Meeting.SHIEN, TODAY), today=TODAY
    )
    meetings.add_case(db_session, staff.coordinator, meeting, mine, meetings.ItemData("A"))
    meetings.add_case(db_session, staff.colleague, meeting, theirs, meetings.ItemData("B"))
    seen = meetings.get_meeting(db_session, staff.coordinator, meeting.id)
    assert [i.case_id for i in meetings.visible_items(staff.coordinator, seen)] == [mine.id]
    assert [i.case_id for i in meetings.visible_items(staff.colleague, seen)] == [theirs.id]
    with pytest.raises(NotFound):
        meetings.get_item(db_session, staff.coordinator, meeting.id, theirs.id)
    with pytest.raises(NotFound):
        meetings.get_meeting(db_session, staff.admin, meeting.id)
    with pytest.raises(NotFound):  # a member of an organization never reads minutes
        meetings.get_meeting(db_session, staff.member, meeting.id)
    assert actions(db_session, mine.id).count("meeting.read") == 1
    assert "meeting.read" not in actions(db_session, theirs.id)  # only the colleague's reads


def test_a_note_is_editable_by_its_author_for_24_hours_then_only_corrected(
    db_session: Session, staff: Staff
) -> None:
    case = plain_case(db_session, staff, consent=True)
    case.coordinators.append(staff.colleague)
    note = notes.add_note(
        db_session,
        staff.coordinator,
        case,
        notes.NoteData(date(2026, 11, 20), "電話で近況を聞いた。"),
        today=TODAY,
    )
    written = note.created_at
    within = written + timedelta(hours=23)
    notes.edit_note(
        db_session,
        staff.coordinator,
        note,
        notes.NoteData(date(2026, 11, 20), "電話で近況を聞いた。畑に通えている。"),
        now=within,
        today=TODAY,
    )
    assert note.body.endswith("畑に通えている。")
    with pytest.raises(InvalidData) as error:  # a colleague of the case cannot rewrite it
        notes.edit_note(
            db_session,
            staff.colleague,
            note,
            notes.NoteData(TODAY, "書き換え"),
            now=within,
            today=TODAY,
        )
    assert "訂正を追記" in error.value.errors["body"]
    later = written + timedelta(hours=25)
    with pytest.raises(InvalidData):
        notes.edit_note(
            db_session,
            staff.coordinator,
            note,
            notes.NoteData(TODAY, "書き換え"),
            now=later,
            today=TODAY,
        )
    correction = notes.add_note(
        db_session,
        staff.colleague,
        case,
        notes.NoteData(date(2026, 11, 20), "訂正: 通っているのは週2回。"),
        today=TODAY,
        corrects=note,
    )
    listed = notes.case_notes(db_session, staff.coordinator, case)
    assert [n.body for n in listed] == [correction.body, note.body]  # both kept
    assert correction.corrects is note
    logged = actions(db_session, case.id)
    assert {"note.create", "note.update", "note.correct", "note.list"} <= set(logged)
    with pytest.raises(NotFound):
        notes.case_notes(db_session, staff.admin, case)
    with pytest.raises(InvalidData):
        notes.add_note(
            db_session,
            staff.coordinator,
            case,
            notes.NoteData(TODAY + timedelta(days=1), "未来"),
            today=TODAY,
        )


def test_plan_roles_have_at_most_one_lead_and_it_is_an_agency(
    db_session: Session, staff: Staff
) -> None:
    case = plain_case(db_session, staff, consent=True)
    agency = organizations(db_session, "chonai-johoku")[0]
    two_leads = (
        RoleData(organization_id=agency.id, task="見守り", lead=True),
        RoleData(party="家族", task="送迎", lead=True),
    )
    with pytest.raises(InvalidData) as error:
        plans.create_plan(
            db_session,
            staff.coordinator,
            case,
            plans.PlanData("プラン", date(2026, 11, 1), roles=two_leads),
        )
    assert error.value.errors["roles"] == "主担当は1つの団体（機関）だけを選んでください。"
    assert error.value.errors["role-1"] == "主担当には団体（機関）を選んでください。"
    plan = plans.create_plan(
        db_session,
        staff.coordinator,
        case,
        plans.PlanData(
            "プラン",
            date(2026, 11, 1),
            review_on=date(2026, 12, 1),
            roles=(two_leads[0], RoleData(party="家族", task="送迎")),
        ),
    )
    assert [(r.organization_id, r.party, r.lead) for r in plan.roles] == [
        (agency.id, "", True),
        (None, "家族", False),
    ]
    changed = plans.update_plan(
        db_session,
        staff.coordinator,
        plan,
        plans.PlanData(
            "プラン", date(2026, 11, 1), review_on=date(2026, 12, 1), roles=two_leads[:1]
        ),
    )
    assert changed == ["roles"]
    due = plans.reviews_due(db_session, staff.coordinator, date(2026, 11, 20))
    assert [r.plan.id for r in due] == [plan.id]
