"""Meeting records (支援会議・重層的支援会議): when, which agencies, which cases, what was decided.

A record is one sitting: its kind, its date, the agencies that attended (organizations, never
people) and, per case discussed, the decisions, the 役割分担 with the lead agency (主担当) and
the next review date (on the coordinator's agenda). A sitting itself — its date, kind and
agencies — is shared by the coordinators (each adds the cases they brought to it); what was
said about a case is case data: only a coordinator of that case reads or writes it, every read
and write is audited, and of a sitting one sees only one's own cases (the others are counted,
never shown). Admins and organizations see none of it.

A 重層的支援会議 refuses a case without recorded consent — the rule of ``matching.cases``
(``consent_allows``), not a second one. A case discussed at a meeting takes that meeting as
its current one; going from a 支援会議 to a 重層的支援会議 is recorded with the date of the
sitting (``MeetingCase.moved_from``) and shows on the case's page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directory.errors import InvalidData, NotFound, PermissionDenied
from directory.models import Organization, User
from matching import audit, case_history, labels, roles
from matching.cases import consent_allows, require_open
from matching.models import (
    Case,
    CaseStatus,
    Meeting,
    MeetingCase,
    MeetingRole,
    SupportMeeting,
)
from matching.permissions import can_view_case, can_work_on_cases
from matching.roles import RoleData

KINDS = (Meeting.JUSO, Meeting.SHIEN)


@dataclass(frozen=True)
class MeetingData:
    kind: Meeting
    held_on: date
    title: str = ""
    attendee_ids: tuple[int, ...] = field(default=())


@dataclass(frozen=True)
class ItemData:
    """What the meeting decided for one case."""

    decisions: str = ""
    next_review_on: date | None = None
    roles: tuple[RoleData, ...] = field(default=())


def can_view_meeting(user: User, meeting: SupportMeeting) -> bool:
    """Any coordinator sees a sitting (to add the cases they brought); its cases are filtered
    by ``visible_items``."""
    return can_work_on_cases(user)


def visible_items(user: User, meeting: SupportMeeting) -> list[MeetingCase]:
    """The cases of the sitting this coordinator works on; the others stay hidden."""
    return [i for i in meeting.items if can_view_case(user, i.case)]


def _validate_meeting(session: Session, data: MeetingData, today: date) -> list[Organization]:
    errors: dict[str, str] = {}
    if data.kind not in KINDS:
        errors["kind"] = labels.MSG_MEETING_KIND
    if data.held_on > today:
        errors["held_on"] = labels.MSG_DATE_IN_FUTURE
    if len(data.title) > 200:
        errors["title"] = labels.MSG_TOO_LONG.format(limit=200)
    wanted = set(data.attendee_ids)
    found = list(session.scalars(select(Organization).where(Organization.id.in_(wanted))))
    if len(found) != len(wanted):
        errors["attendees"] = labels.MSG_BAD_CHOICE
    if errors:
        raise InvalidData(errors)
    return found


def create_meeting(
    session: Session, actor: User, data: MeetingData, *, today: date
) -> SupportMeeting:
    if not can_work_on_cases(actor):
        raise PermissionDenied("only coordinators record meetings")
    attendees = _validate_meeting(session, data, today)
    meeting = SupportMeeting(
        kind=data.kind,
        held_on=data.held_on,
        title=data.title.strip(),
        created_by_id=actor.id,
        attendees=attendees,
    )
    session.add(meeting)
    session.flush()
    audit.record(
        session,
        actor,
        "meeting.create",
        case_id=None,
        object_type="meeting",
        object_id=meeting.id,
        fields=("kind", "held_on", "title", "attendees"),
    )
    return meeting


def update_meeting(
    session: Session, actor: User, meeting: SupportMeeting, data: MeetingData, *, today: date
) -> None:
    """Change the sitting; turning it into a 重層的支援会議 checks every case's consent."""
    if not can_view_meeting(actor, meeting):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    attendees = _validate_meeting(session, data, today)
    # The sitting's kind and day are each of its cases' 会議 and 会議日 (``_follow_meeting``):
    # case data, changed only by someone who works on every case of the sitting.
    moved = data.kind is not meeting.kind or data.held_on != meeting.held_on
    if moved and len(visible_items(actor, meeting)) < len(meeting.items):
        raise InvalidData({"kind": labels.MSG_MEETING_OTHERS_CASES})
    refused = [i.case for i in meeting.items if not consent_allows(data.kind, i.case.consent)]
    if refused:
        raise InvalidData(
            {"kind": " ".join(labels.MSG_MEETING_CONSENT.format(code=c.code) for c in refused)}
        )
    meeting.kind = data.kind
    meeting.held_on = data.held_on
    meeting.title = data.title.strip()
    meeting.attendees = attendees
    for item in meeting.items:
        if item.moved_from is meeting.kind:
            item.moved_from = None  # the sitting is now of the kind the case came from
        _follow_meeting(session, actor, item)
    case_ids: list[int | None] = [*sorted({i.case_id for i in meeting.items})]
    for case_id in case_ids or [None]:
        audit.record(
            session,
            actor,
            "meeting.update",
            case_id=case_id,
            object_type="meeting",
            object_id=meeting.id,
            fields=("kind", "held_on", "title", "attendees"),
        )


def _validate_item(session: Session, meeting: SupportMeeting, data: ItemData) -> None:
    errors = roles.validate_roles(session, data.roles)
    if len(data.decisions) > 4000:
        errors["decisions"] = labels.MSG_TOO_LONG.format(limit=4000)
    if data.next_review_on is not None and data.next_review_on <= meeting.held_on:
        errors["next_review_on"] = labels.MSG_REVIEW_BEFORE_MEETING
    if errors:
        raise InvalidData(errors)


def add_case(
    session: Session, actor: User, meeting: SupportMeeting, case: Case, data: ItemData
) -> MeetingCase:
    """Record that the sitting discussed ``case`` (consent first, for a 重層的支援会議)."""
    if not can_view_meeting(actor, meeting):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    require_open(actor, case)
    if any(i.case_id == case.id for i in meeting.items):
        raise InvalidData({"case": labels.MSG_MEETING_CASE_TWICE})
    if not consent_allows(meeting.kind, case.consent):
        raise InvalidData({"case": labels.MSG_MEETING_CONSENT.format(code=case.code)})
    _validate_item(session, meeting, data)
    before = case.meeting  # 支援会議 → 重層的支援会議: the move is kept with the sitting's date
    item = MeetingCase(
        meeting=meeting,
        case=case,
        decisions=data.decisions.strip(),
        next_review_on=data.next_review_on,
        moved_from=before if before not in (Meeting.NONE, meeting.kind) else None,
        roles=roles.build(MeetingRole, data.roles),
    )
    session.add(item)
    session.flush()
    _follow_meeting(session, actor, item)
    audit.record(
        session,
        actor,
        "meeting.add_case",
        case_id=case.id,
        object_type="meeting",
        object_id=meeting.id,
        fields=("decisions", "next_review_on", "roles"),
    )
    return item


def _follow_meeting(session: Session, actor: User, item: MeetingCase) -> None:
    """The case's current meeting is that of its latest sitting."""
    case, meeting = item.case, item.meeting
    latest = max(case.meeting_items, key=lambda i: (i.meeting.held_on, i.meeting.id))
    if latest is not item:
        return
    before = case_history.values(case)
    audit.apply_changes(
        session,
        actor,
        case,
        {"meeting": meeting.kind, "meeting_date": meeting.held_on},
        action="case.update",
        case_id=case.id,
        object_type="case",
    )
    case_history.record(case, before, today=meeting.held_on)  # held_on is never ahead


def update_item(session: Session, actor: User, item: MeetingCase, data: ItemData) -> None:
    if not can_view_case(actor, item.case):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    _validate_item(session, item.meeting, data)
    item.decisions = data.decisions.strip()
    item.next_review_on = data.next_review_on
    item.roles = roles.build(MeetingRole, data.roles)
    audit.record(
        session,
        actor,
        "meeting.update_case",
        case_id=item.case_id,
        object_type="meeting",
        object_id=item.meeting_id,
        fields=("decisions", "next_review_on", "roles"),
    )


def remove_case(session: Session, actor: User, item: MeetingCase) -> None:
    """Take a case off a sitting's record (recorded by mistake); the case's meeting stays."""
    if not can_view_case(actor, item.case):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    audit.record(
        session,
        actor,
        "meeting.remove_case",
        case_id=item.case_id,
        object_type="meeting",
        object_id=item.meeting_id,
        fields=("decisions", "roles"),
    )
    item.meeting.items.remove(item)
    session.flush()


def _load(session: Session, meeting_id: int) -> SupportMeeting | None:
    return session.get(
        SupportMeeting,
        meeting_id,
        options=[
            selectinload(SupportMeeting.items).selectinload(MeetingCase.case),
            selectinload(SupportMeeting.attendees),
        ],
    )


def get_meeting(session: Session, actor: User, meeting_id: int) -> SupportMeeting:
    """A sitting the actor may see; the read is audited once per case the actor sees of it."""
    meeting = _load(session, meeting_id)
    if meeting is None or not can_view_meeting(actor, meeting):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    case_ids: list[int | None] = [i.case_id for i in visible_items(actor, meeting)]
    for case_id in case_ids or [None]:
        audit.record(
            session,
            actor,
            "meeting.read",
            case_id=case_id,
            object_type="meeting",
            object_id=meeting.id,
        )
    return meeting


def get_item(session: Session, actor: User, meeting_id: int, case_id: int) -> MeetingCase:
    item = session.scalars(
        select(MeetingCase).where(
            MeetingCase.meeting_id == meeting_id, MeetingCase.case_id == case_id
        )
    ).one_or_none()
    if item is None or not can_view_case(actor, item.case):
        raise NotFound(labels.MSG_MEETING_NOT_FOUND)
    audit.record(
        session,
        actor,
        "meeting.read",
        case_id=item.case_id,
        object_type="meeting",
        object_id=meeting_id,
    )
    return item


def list_meetings(session: Session, actor: User, *, limit: int = 200) -> Sequence[SupportMeeting]:
    """The sittings, newest first (the caller shows of each only the actor's cases)."""
    if not can_work_on_cases(actor):
        raise PermissionDenied("only coordinators see meetings")
    rows = session.scalars(
        select(SupportMeeting)
        .options(
            selectinload(SupportMeeting.items).selectinload(MeetingCase.case),
            selectinload(SupportMeeting.attendees),
        )
        .order_by(SupportMeeting.held_on.desc(), SupportMeeting.id.desc())
        .limit(limit)
    ).all()
    if rows:  # the sittings, with the actor's cases of each
        audit.record_shown(
            session,
            actor,
            "meeting.list",
            (i.case_id for m in rows for i in visible_items(actor, m)),
            fields=("held_on", "cases"),
            when_none=True,
        )
    return rows


def case_meetings(session: Session, actor: User, case: Case) -> list[MeetingCase]:
    """The sittings that discussed the case, oldest first (the caller read the case)."""
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    return sorted(case.meeting_items, key=lambda i: (i.meeting.held_on, i.meeting_id))


@dataclass(frozen=True)
class MeetingReview:
    """A case to look at again as a meeting decided (次回の見直し)."""

    due_on: date
    item: MeetingCase

    @property
    def case(self) -> Case:
        return self.item.case

    @property
    def plan(self) -> None:
        """Not a plan's review (the agenda lists both kinds)."""
        return None


def reviews_due(
    session: Session, actor: User, today: date, *, horizon_days: int = 14
) -> list[MeetingReview]:
    """Next reviews of the actor's open cases, from their latest sitting, past or within reach."""
    rows = session.scalars(
        select(MeetingCase)
        .join(MeetingCase.case)
        .join(MeetingCase.meeting)
        .where(
            MeetingCase.next_review_on.is_not(None),
            MeetingCase.next_review_on <= today + timedelta(days=horizon_days),
            Case.status == CaseStatus.OPEN,
            Case.coordinators.any(User.id == actor.id),
        )
        .options(selectinload(MeetingCase.case), selectinload(MeetingCase.meeting))
        .order_by(MeetingCase.next_review_on, MeetingCase.id)
    ).all()
    latest: dict[int, MeetingCase] = {}
    for item in rows:
        # Only the latest sitting's review counts: a later meeting replaces the earlier plan.
        newest = max(item.case.meeting_items, key=lambda i: (i.meeting.held_on, i.meeting_id))
        if newest is item:
            latest[item.case_id] = item
    audit.record_shown(session, actor, "meeting.list_reviews", latest, fields=("next_review_on",))
    return [
        MeetingReview(i.next_review_on, i)
        for i in sorted(latest.values(), key=lambda i: (i.next_review_on or today, i.id))
        if i.next_review_on is not None
    ]
