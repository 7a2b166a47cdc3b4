"""Cases and consent: minimal data, the consent rule of 重層的支援会議, who sees what, audit."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.errors import Conflict, InvalidData, NotFound, PermissionDenied
from matching.audit import audit_log
from matching.case_codes import code_problem
from matching.cases import (
    CaseData,
    assign_coordinators,
    case_data,
    close_case,
    create_case,
    get_case,
    list_cases,
    may_share,
    record_consent,
    reopen_case,
    update_case,
)
from matching.editing import version
from matching.models import AgeBand, AuditEvent, Case, CaseStatus, Meeting
from matching.outcomes import ClosureReason
from tests.matching.conftest import TODAY, Staff, consent


def events(session: Session, case: Case) -> list[tuple[str, int]]:
    return [
        (e.action, e.actor_id)
        for e in session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        )
    ]


def test_a_new_case_gets_a_yearly_code_and_its_creator_as_coordinator(
    db_session: Session, staff: Staff, case: Case
) -> None:
    second = create_case(db_session, staff.coordinator, CaseData(), today=TODAY)
    assert case.code == "2026-0001"
    assert second.code == "2026-0002"
    assert [u.id for u in case.coordinators] == [staff.coordinator.id]
    assert case.area is not None
    assert case.area.code == "niihari"


def test_a_case_code_cannot_be_used_twice(db_session: Session, staff: Staff, case: Case) -> None:
    with pytest.raises(InvalidData) as error:
        create_case(db_session, staff.coordinator, CaseData(code=case.code), today=TODAY)
    assert error.value.errors["code"] == "このケース番号はすでに使われています。"


# Codes as municipal files write them, and names as coordinators have typed them in the code
# field (expected answers written before the rule was run on them).
CASE_CODES = [
    # (code, 呼び名, refused?)
    ("R6-012", "", False),
    ("城北-0003", "", False),
    ("2026-0001", "", False),
    ("DEMO-0001", "Aさん", False),
    ("令和6-15", "", False),
    ("R06-0123", "ミチさん", False),
    ("相談No.45", "", False),
    ("ＲＥ－００１", "", False),  # full-width, as a spreadsheet may give it
    ("北部包括-7", "", False),
    ("H31-002", "", False),
    ("重層-2025-08", "", False),
    ("生困-103", "", False),
    ("第12号", "", False),
    ("CW3-15", "K", False),
    ("新治-05", "新治さん", True),  # holds the 呼び名
    ("山田花子", "", True),
    ("ヤマダ", "", True),
    ("田中さん", "", True),
    ("鈴木様", "", True),
    ("やまだ はなこ", "", True),
    ("サトウ　イチロウ", "", True),
    ("Nguyen Van An", "", True),
    ("田中さん②", "", True),
    ("山田（母）", "", True),
    ("高橋ばあちゃん", "", True),
    ("伊藤くん3", "", True),
    ("山田花子1", "山田花子", True),
    ("ヤマダ-01", "ヤマダ", True),
    ("山田-01", "山田 花子", True),
    ("ミチ2", "ミチさん", True),
]


@pytest.mark.parametrize(("code", "display_name", "refused"), CASE_CODES)
def test_a_case_code_is_a_number_never_the_persons_name(
    code: str, display_name: str, refused: bool
) -> None:
    assert bool(code_problem(code, display_name)) is refused


def test_a_name_typed_as_the_case_code_is_refused_next_to_the_field(
    db_session: Session, staff: Staff, case: Case
) -> None:
    for code, message in (
        ("山田花子", "ケース番号には数字を入れてください"),
        ("田中さん2", "敬称は入れないでください"),
    ):
        with pytest.raises(InvalidData) as error:
            create_case(db_session, staff.coordinator, CaseData(code=code), today=TODAY)
        assert message in error.value.errors["code"]
    with pytest.raises(InvalidData) as error:
        update_case(db_session, staff.coordinator, case,
                    CaseData(code="ミチ-01", display_name="ミチ"), today=TODAY)  # fmt: skip
    assert "呼び名を入れないでください" in error.value.errors["code"]
    # A code given before the rule stays: the case's other fields can still be changed.
    case.code = "ヤマダ"  # typed before codes needed a digit
    db_session.flush()
    data = dataclasses.replace(case_data(case), display_name="Y")
    changed = update_case(db_session, staff.coordinator, case, data, today=TODAY)
    assert changed == ["display_name"]
    assert case.code == "ヤマダ"


def test_juso_meeting_requires_recorded_consent_but_shien_meeting_does_not(
    db_session: Session, staff: Staff
) -> None:
    with pytest.raises(InvalidData) as error:
        create_case(db_session, staff.coordinator, CaseData(meeting=Meeting.JUSO), today=TODAY)
    assert "本人同意" in error.value.errors["meeting"]
    with pytest.raises(InvalidData):
        create_case(
            db_session,
            staff.coordinator,
            CaseData(meeting=Meeting.JUSO),
            consent=consent(given=False),
            today=TODAY,
        )
    shien = create_case(db_session, staff.coordinator, CaseData(meeting=Meeting.SHIEN), today=TODAY)
    assert shien.consent is None


def test_consent_can_be_withdrawn_and_then_nothing_may_be_shared(
    db_session: Session, staff: Staff, case: Case
) -> None:
    assert may_share(case, "share_with_organization")
    record_consent(db_session, staff.coordinator, case, consent(given=False), today=TODAY)
    assert case.consent is not None
    assert not case.consent.given
    assert not may_share(case, "share_with_organization")
    assert len(case.consents) == 2  # the history stays


def test_consent_dated_in_the_future_is_refused(
    db_session: Session, staff: Staff, case: Case
) -> None:
    with pytest.raises(InvalidData) as error:
        record_consent(db_session, staff.coordinator, case, consent(), today=date(2026, 11, 1))
    assert error.value.errors["consent_on"] == "未来の日付は記録できません。"


def test_a_case_cannot_be_closed_on_a_day_still_to_come(
    db_session: Session, staff: Staff, case: Case
) -> None:
    with pytest.raises(InvalidData) as error:
        close_case(
            db_session, staff.coordinator, case, ClosureReason.MOVED, date(2026, 12, 1), today=TODAY
        )
    assert error.value.errors["closed_on"] == "未来の日付は記録できません。"
    assert case.status is CaseStatus.OPEN


def test_only_assigned_coordinators_see_a_case(
    db_session: Session, staff: Staff, case: Case
) -> None:
    assert get_case(db_session, staff.coordinator, case.id) is case
    for outsider in (staff.colleague, staff.admin, staff.member):
        with pytest.raises(NotFound):
            get_case(db_session, outsider, case.id)
    assert case not in list_cases(db_session, staff.colleague)
    with pytest.raises(PermissionDenied):
        list_cases(db_session, staff.member)


def test_an_admin_can_hand_a_case_over_and_the_old_coordinator_loses_it(
    db_session: Session, staff: Staff, case: Case
) -> None:
    assign_coordinators(db_session, staff.admin, case, [staff.colleague])
    assert get_case(db_session, staff.colleague, case.id) is case
    with pytest.raises(NotFound):
        get_case(db_session, staff.coordinator, case.id)
    with pytest.raises(NotFound):
        assign_coordinators(db_session, staff.member, case, [staff.member])


def test_every_read_and_write_is_audited_without_values(
    db_session: Session, staff: Staff, case: Case
) -> None:
    get_case(db_session, staff.coordinator, case.id)
    update_case(
        db_session,
        staff.coordinator,
        case,
        CaseData(
            code=case.code,
            display_name="山田 次郎",
            age_band=case.age_band,
            area_code="niihari",
            meeting=Meeting.JUSO,
        ),
        today=TODAY,
    )
    db_session.flush()
    assert [a for a, _ in events(db_session, case)] == [
        "case.create",
        "consent.create",
        "case.read",
        "case.update",
    ]
    update = db_session.scalars(select(AuditEvent).where(AuditEvent.action == "case.update")).one()
    assert update.fields == ["display_name", "meeting_date"]
    assert "山田" not in repr([e.__dict__ for e in db_session.scalars(select(AuditEvent))])


def test_a_change_based_on_an_older_version_of_the_case_is_refused(
    db_session: Session, staff: Staff, case: Case
) -> None:
    opened = version(case)  # two coordinators open the edit form
    renamed = dataclasses.replace(case_data(case), display_name="Aさん")
    update_case(db_session, staff.coordinator, case, renamed, today=TODAY, seen=opened)
    db_session.flush()
    assert version(case) != opened

    older = dataclasses.replace(case_data(case), display_name="山田 太郎", age_band=AgeBand.AGE_50S)
    with pytest.raises(Conflict):
        update_case(db_session, staff.coordinator, case, older, today=TODAY, seen=opened)
    assert (case.display_name, case.age_band) == ("Aさん", AgeBand.AGE_40S)
    update_case(db_session, staff.coordinator, case, older, today=TODAY, seen=version(case))
    assert (case.display_name, case.age_band) == ("山田 太郎", AgeBand.AGE_50S)


def test_the_audit_log_is_for_admins_only(db_session: Session, staff: Staff, case: Case) -> None:
    db_session.flush()
    log = audit_log(db_session, staff.admin, case_code=case.code)
    assert [e.action for e in log.events][-1] == "case.create"
    assert set(log.case_codes.values()) == {case.code}  # codes only: the log shows no content
    assert audit_log(db_session, staff.admin, case_code="NO-SUCH").unknown_code
    with pytest.raises(PermissionDenied):
        audit_log(db_session, staff.coordinator)


def test_closing_needs_a_reason_and_freezes_the_case_until_reopened(
    db_session: Session, staff: Staff, case: Case
) -> None:
    with pytest.raises(InvalidData) as error:
        close_case(
            db_session,
            staff.coordinator,
            case,
            None,
            TODAY,
            today=TODAY,
            note="地域の通いの場に定着",
        )
    assert error.value.errors["reason"] == "終結の理由を選んでください。"
    close_case(
        db_session,
        staff.coordinator,
        case,
        ClosureReason.GOAL_MET,
        TODAY,
        today=TODAY,
        note="地域の通いの場に定着したため",
    )
    assert case.status is CaseStatus.CLOSED
    assert case.closure_reason is ClosureReason.GOAL_MET
    assert case.closing_reason == "地域の通いの場に定着したため"
    assert case not in list_cases(db_session, staff.coordinator)
    assert case in list_cases(db_session, staff.coordinator, include_closed=True)
    with pytest.raises(InvalidData) as error:
        update_case(db_session, staff.coordinator, case, CaseData(code=case.code), today=TODAY)
    assert "終結" in error.value.errors["status"]
    reopen_case(db_session, staff.coordinator, case, today=TODAY)
    assert case.status is CaseStatus.OPEN
    assert case.closure_reason is None  # a reopened case is no longer counted as closed
    assert case.closing_reason == ""  # nor holds the last closing's note (now a 経過記録)
