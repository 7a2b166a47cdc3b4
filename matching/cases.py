"""Cases (本人・世帯) and consent (本人同意): create, read, change, close — each audited.

A case holds as little as will do: an optional display name, an age band and the area of
residence; never a street address. Which meeting discussed the case decides whether consent is
required: 重層的支援会議 needs 本人同意 (社会福祉法第106条の6), 支援会議 may proceed without it
under a duty of confidentiality.

Reading a case that the actor may not see raises ``NotFound``, not ``PermissionDenied``: a
coordinator of another team must not learn that a case code exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from directory.errors import InvalidData, NotFound, PermissionDenied
from directory.models import Area, User
from matching import audit, case_history, editing, labels, notes
from matching.case_codes import code_problem
from matching.followups import cancel_pending, restore_cancelled
from matching.models import (
    AgeBand,
    Case,
    CaseClosing,
    CaseStatus,
    Consent,
    Meeting,
    OrganizationResponse,
    ReferralStatus,
    SupportBasis,
)
from matching.outcomes import (
    CLOSURE_REASON,
    CLOSURE_UNCODED,
    ClosureReason,
    FollowUpCancelReason,
)
from matching.permissions import can_assign, can_view_case, can_work_on_cases

# A referral in one of these has no follow-ups to come, whatever happens to its case.
FINISHED = frozenset({ReferralStatus.ENDED, ReferralStatus.INTERRUPTED})

CASE_FIELDS = (
    "code",
    "display_name",
    "age_band",
    "area",
    "meeting",
    "meeting_date",
    "basis",
    "opened_on",
)


@dataclass(frozen=True)
class CaseData:
    code: str = ""  # empty: one is generated (年-連番)
    display_name: str = ""
    age_band: AgeBand = AgeBand.UNKNOWN
    area_code: str = ""
    meeting: Meeting = Meeting.NONE
    meeting_date: date | None = None
    basis: SupportBasis = SupportBasis.VOLUNTARY  # 事業による参加支援 or 任意
    opened_on: date | None = None  # 受付日; empty: today


@dataclass(frozen=True)
class ConsentData:
    given: bool
    given_on: date
    scope: tuple[str, ...] = field(default=())
    note: str = ""


def consent_allows(meeting: Meeting, consent: Consent | ConsentData | None) -> bool:
    """Whether a case may be discussed at ``meeting``: a 重層的支援会議 needs recorded consent
    (社会福祉法第106条の6); a 支援会議 proceeds without it under a duty of confidentiality."""
    return meeting is not Meeting.JUSO or (consent is not None and consent.given)


def _check_length(errors: dict[str, str], name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        errors[name] = labels.MSG_TOO_LONG.format(limit=limit)


def _validate(
    session: Session,
    data: CaseData,
    consent: Consent | ConsentData | None,
    case: Case | None,
    today: date,
) -> Area | None:
    errors: dict[str, str] = {}
    _check_length(errors, "code", data.code, 40)
    _check_length(errors, "display_name", data.display_name, 100)
    if data.code and "code" not in errors and (case is None or data.code != case.code):
        problem = code_problem(data.code, data.display_name)
        if problem:
            errors["code"] = problem
    if data.code and "code" not in errors:
        taken = session.scalar(select(Case.id).where(Case.code == data.code))
        if taken is not None and (case is None or taken != case.id):
            errors["code"] = labels.MSG_CODE_TAKEN
    area = None
    if data.area_code:
        area = session.scalars(select(Area).where(Area.code == data.area_code)).one_or_none()
        if area is None:
            errors["area"] = labels.MSG_BAD_CHOICE
    if not consent_allows(data.meeting, consent):
        errors["meeting"] = labels.MSG_CONSENT_REQUIRED
    if data.opened_on is not None and data.opened_on > today:
        errors["opened_on"] = labels.MSG_DATE_IN_FUTURE
    if data.meeting_date is not None and data.meeting_date > today:
        # The day the case was taken to the meeting, as a sitting's own date (``meetings``).
        errors["meeting_date"] = labels.MSG_DATE_IN_FUTURE
    if isinstance(consent, ConsentData):
        unknown = set(consent.scope) - set(labels.CONSENT_SCOPE)
        if unknown:
            errors["consent_scope"] = labels.MSG_BAD_CHOICE
        if consent.given_on > today:
            errors["consent_on"] = labels.MSG_DATE_IN_FUTURE
    if errors:
        raise InvalidData(errors)
    return area


def _next_code(session: Session, today: date) -> str:
    prefix = f"{today.year}-"
    count = session.scalar(select(func.count(Case.id)).where(Case.code.startswith(prefix))) or 0
    while True:
        count += 1
        code = f"{prefix}{count:04d}"
        if session.scalar(select(Case.id).where(Case.code == code)) is None:
            return code


CODE_ATTEMPTS = 5


def _insert_with_free_code(session: Session, case: Case, *, generated: bool, today: date) -> None:
    """Insert ``case``; its code may have been taken since it was checked or generated.

    Two coordinators opening cases at the same moment (PostgreSQL: each transaction sees only
    the other's committed rows) compute the same 年-連番, or check the same typed code as free;
    the second insert waits for the first and is refused by the code's unique index. A
    generated code then moves on to the next free number; a typed one is the form's error,
    as when it was taken earlier — never a server error page."""
    for _ in range(CODE_ATTEMPTS):
        try:
            with session.begin_nested():
                session.add(case)
                session.flush()
            return
        except IntegrityError:
            if session.scalar(select(Case.id).where(Case.code == case.code)) is None:
                raise  # refused for something else than the code
            if not generated:
                raise InvalidData({"code": labels.MSG_CODE_TAKEN}) from None
            case.code = _next_code(session, today)
    raise RuntimeError(f"no free case code after {CODE_ATTEMPTS} attempts")


def create_case(
    session: Session,
    actor: User,
    data: CaseData,
    *,
    consent: ConsentData | None = None,
    today: date,
) -> Case:
    """Open a case; its creator is its first coordinator."""
    if not can_work_on_cases(actor):
        raise PermissionDenied("only coordinators open cases")
    area = _validate(session, data, consent, None, today)
    case = Case(
        code=data.code or _next_code(session, today),
        display_name=data.display_name.strip(),
        age_band=data.age_band,
        area=area,
        meeting=data.meeting,
        meeting_date=data.meeting_date,
        basis=data.basis,
        opened_on=data.opened_on or today,
        created_by_id=actor.id,
        coordinators=[actor],
    )
    if consent is not None:
        case.consents.append(_consent_row(actor, consent))
    _insert_with_free_code(session, case, generated=not data.code, today=today)
    audit.record(
        session,
        actor,
        "case.create",
        case_id=case.id,
        object_type="case",
        object_id=case.id,
        fields=CASE_FIELDS,
    )
    if consent is not None:
        audit.record(
            session,
            actor,
            "consent.create",
            case_id=case.id,
            object_type="case",
            object_id=case.id,
            fields=("given", "given_on", "scope"),
        )
    return case


def _consent_row(actor: User, data: ConsentData) -> Consent:
    return Consent(
        given=data.given,
        given_on=data.given_on,
        scope=list(dict.fromkeys(data.scope)),
        note=data.note.strip(),
        recorded_by_id=actor.id,
    )


def get_case(session: Session, actor: User, case_id: int, *, purpose: str = "read") -> Case:
    """Load a case the actor may see, and audit the read (``purpose`` names the screen)."""
    case = session.get(Case, case_id, options=[selectinload(Case.coordinators)])
    if case is None or not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session, actor, f"case.{purpose}", case_id=case.id, object_type="case", object_id=case.id
    )
    return case


def list_cases(session: Session, actor: User, *, include_closed: bool = False) -> Sequence[Case]:
    """The cases the actor works on, most recently changed first (the list itself is audited)."""
    if not can_work_on_cases(actor):
        raise PermissionDenied("only coordinators see cases")
    query = (
        select(Case)
        .where(Case.coordinators.any(User.id == actor.id))
        .options(selectinload(Case.area), selectinload(Case.consents))
        .order_by(Case.updated_at.desc(), Case.id.desc())
    )
    if not include_closed:
        query = query.where(Case.status == CaseStatus.OPEN)
    cases = session.scalars(query).all()
    # An empty list shows no case data (and records nothing).
    audit.record_shown(
        session, actor, "case.list", (c.id for c in cases), fields=("code", "display_name")
    )
    return cases


def case_data(case: Case) -> CaseData:
    """The case's basic record as its edit form shows it."""
    return CaseData(
        code=case.code,
        display_name=case.display_name,
        age_band=case.age_band,
        area_code=case.area.code if case.area else "",
        meeting=case.meeting,
        meeting_date=case.meeting_date,
        basis=case.basis,
        opened_on=case.opened_on,
    )


def update_case(
    session: Session,
    actor: User,
    case: Case,
    data: CaseData,
    *,
    today: date,
    seen: str | None = None,
) -> list[str]:
    """Change the case's basic record; returns the names of the fields that changed.

    ``seen`` is the version the edit form was opened at (``matching.editing.version``): a form
    opened before someone else saved the case is refused with ``Conflict``. None: no check.
    """
    require_open(actor, case)
    if seen is not None:
        editing.require_unchanged(session, case, seen)
    area = _validate(session, data, case.consent, case, today)
    new = {
        "code": data.code or case.code,
        "display_name": data.display_name.strip(),
        "age_band": data.age_band,
        "area": area,
        "meeting": data.meeting,
        "meeting_date": data.meeting_date,
        "basis": data.basis,
        "opened_on": data.opened_on or case.opened_on,
    }
    before = case_history.values(case)
    changed = audit.apply_changes(
        session, actor, case, new, action="case.update", case_id=case.id, object_type="case"
    )
    session.flush()  # area → area_id
    case_history.record(case, before, today=today)
    return changed


def record_consent(
    session: Session, actor: User, case: Case, data: ConsentData, *, today: date
) -> Consent:
    """A new consent record (given, or withdrawn) replaces the one in force."""
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    # Withdrawing consent must always be recordable, whatever meeting the case was in.
    _validate(session, CaseData(code=case.code), data, case, today)
    consent = _consent_row(actor, data)
    case.consents.append(consent)
    session.flush()
    audit.record(
        session,
        actor,
        "consent.create",
        case_id=case.id,
        object_type="consent",
        object_id=consent.id,
        fields=("given", "given_on", "scope"),
    )
    return consent


def may_share(case: Case, scope: str) -> bool:
    """Whether consent in force allows ``scope`` (e.g. share_with_organization)."""
    consent = case.consent
    return consent is not None and consent.given and scope in consent.scope


def close_case(
    session: Session,
    actor: User,
    case: Case,
    reason: ClosureReason | None,
    on: date,
    *,
    today: date,
    note: str = "",
) -> None:
    """終結: needs a coded reason (the reports count it) and may carry the coordinator's own
    words as a note; the record stays for the audit and for reports. It is dated from the
    受付日 to ``today``, never ahead.

    Follow-ups still to come on the case's referrals are cancelled (ケースの終結).
    """
    require_open(actor, case)
    errors: dict[str, str] = {}
    if reason is None:
        errors["reason"] = labels.MSG_CLOSING_REASON
    if len(note) > 1000:
        errors["note"] = labels.MSG_TOO_LONG.format(limit=1000)
    if on < case.opened_on:
        errors["closed_on"] = labels.MSG_CLOSED_BEFORE_OPENED
    elif on > today:
        errors["closed_on"] = labels.MSG_DATE_IN_FUTURE
    if errors:
        raise InvalidData(errors)
    case.status = CaseStatus.CLOSED
    case.closed_on = on
    case.closure_reason = reason
    case.closings.append(CaseClosing(closed_on=on, reason=reason))
    case.closing_reason = note.strip()
    for plan in case.plans:
        for need in plan.needs:
            for referral in need.referrals:
                cancel_pending(referral, FollowUpCancelReason.CASE_CLOSED, on)
    audit.record(
        session,
        actor,
        "case.close",
        case_id=case.id,
        object_type="case",
        object_id=case.id,
        fields=("status", "closed_on", "closure_reason", "closing_reason"),
    )


def reopen_case(session: Session, actor: User, case: Case, *, today: date) -> None:
    """再開: the case is open again, and the follow-ups its closing cancelled are to be done
    again on their own dates (those already past are overdue) — on referrals still under way:
    one interrupted, ended or declined keeps its follow-ups cancelled.

    The case no longer holds its closing — date, reason and note are cleared, so that nothing
    of it is taken for the next closing's; its ``CaseClosing`` record stays, marked reopened on
    ``today``, for the reports of the period it fell in — and the 経過記録 gets an entry dated ``today`` that
    says which closing was undone, in the coordinator's words too (the audit names fields,
    never values, so this entry is where they stay)."""
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    fields = ["status", "closed_on", "closure_reason", "closing_reason"]
    undone = ""
    if case.status is CaseStatus.CLOSED and case.closed_on is not None:
        undone = _closing_in_words(case, case.closed_on)
        restored = sum(
            restore_cancelled(referral, FollowUpCancelReason.CASE_CLOSED, case.closed_on)
            for plan in case.plans
            for need in plan.needs
            for referral in need.referrals
            if referral.status not in FINISHED
            and referral.org_response is not OrganizationResponse.DECLINED
        )
        if restored:
            fields.append("follow_ups")
        # The closing stays on record, undone from ``today``: the reports of the period it
        # fell in still count it (the case was closed at that period's end).
        standing = [c for c in case.closings if c.reopened_on is None]
        if standing:
            standing[-1].reopened_on = max(today, standing[-1].closed_on)
        else:  # closed before closings were kept
            case.closings.append(
                CaseClosing(
                    closed_on=case.closed_on,
                    reason=case.closure_reason,
                    reopened_on=max(today, case.closed_on),
                )
            )
    case.status = CaseStatus.OPEN
    case.closed_on = None
    case.closure_reason = None
    case.closing_reason = ""
    audit.record(
        session,
        actor,
        "case.reopen",
        case_id=case.id,
        object_type="case",
        object_id=case.id,
        fields=fields,
    )
    if undone:
        notes.add_note(session, actor, case, notes.NoteData(today, undone), today=today)


def _closing_in_words(case: Case, closed_on: date) -> str:
    """「ケースを再開しました。前回の終結: 2026年11月23日、理由: 転居（終結時のメモ: …）」"""
    reason = CLOSURE_REASON[case.closure_reason] if case.closure_reason else CLOSURE_UNCODED
    day = f"{closed_on.year}年{closed_on.month}月{closed_on.day}日"
    words = labels.NOTE_REOPENED.format(day=day, reason=reason)
    if case.closing_reason:
        words += labels.NOTE_REOPENED_MEMO.format(memo=case.closing_reason)
    return words


def assign_coordinators(
    session: Session, actor: User, case: Case, coordinators: Sequence[User]
) -> None:
    if not can_assign(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    chosen = [u for u in coordinators if can_work_on_cases(u)]
    if not chosen:
        raise InvalidData({"coordinators": labels.MSG_REQUIRED})
    case.coordinators = list({u.id: u for u in chosen}.values())
    audit.record(
        session,
        actor,
        "case.assign",
        case_id=case.id,
        object_type="case",
        object_id=case.id,
        fields=("coordinators",),
    )


def require_open(actor: User, case: Case) -> None:
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    if case.status is CaseStatus.CLOSED:
        raise InvalidData({"status": labels.MSG_CASE_CLOSED})


def coordinators(session: Session) -> list[User]:
    """Everyone a case can be given to (active coordinators), by name."""
    return [
        u for u in session.scalars(select(User).order_by(User.display_name)) if can_work_on_cases(u)
    ]


def assign_by_code(
    session: Session, actor: User, code: str, coordinator_ids: Iterable[int]
) -> Case:
    """引き継ぎ by an admin, who knows the case by its code only (and never reads it)."""
    case = session.scalars(select(Case).where(Case.code == code.strip())).one_or_none()
    if case is None:
        raise NotFound(labels.MSG_CASE_CODE_NOT_FOUND.format(code=code.strip()))
    chosen = list(session.scalars(select(User).where(User.id.in_(list(coordinator_ids)))))
    assign_coordinators(session, actor, case, chosen)
    return case
