"""Follow-up monitoring (モニタリング): scheduled checks on each referral and their results.

Creating a referral schedules follow-ups at fixed offsets (default +2 weeks, +1 month, +3 months;
``parse_offsets`` reads the configured "2w,1m,3m"). A follow-up is overdue once its date has
passed without a result; the coordinator dashboard lists overdue and upcoming ones.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from directory.errors import InvalidData, NotFound
from directory.models import User
from matching import audit, labels
from matching.access import can_view_case
from matching.models import Case, CaseStatus, FollowUp, ParticipationNeed, Plan, Referral


@dataclass(frozen=True)
class Offset:
    """A distance in time from the referral: so many days, weeks or calendar months."""

    days: int = 0
    months: int = 0

    def after(self, start: date) -> date:
        month_index = start.month - 1 + self.months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        day = min(start.day, calendar.monthrange(year, month)[1])
        return date(year, month, day) + timedelta(days=self.days)


DEFAULT_OFFSETS = (Offset(days=14), Offset(months=1), Offset(months=3))
_OFFSET = re.compile(r"^(\d{1,3})([dwm])$")


def parse_offsets(text: str) -> tuple[Offset, ...]:
    """Read "2w,1m,3m" (d = days, w = weeks, m = months). Raises ValueError when malformed."""
    offsets = []
    for part in text.replace(" ", "").split(","):
        match = _OFFSET.match(part)
        if not match or int(match[1]) == 0:
            raise ValueError(f"follow-up offset {part!r}: expected e.g. 14d, 2w or 3m")
        amount, unit = int(match[1]), match[2]
        offsets.append(
            Offset(months=amount)
            if unit == "m"
            else Offset(days=amount * (7 if unit == "w" else 1))
        )
    return tuple(sorted(offsets, key=lambda o: o.after(date(2001, 1, 31))))


def schedule(referral: Referral, start: date, offsets: Sequence[Offset]) -> list[FollowUp]:
    follow_ups = [FollowUp(due_on=o.after(start)) for o in offsets]
    referral.follow_ups.extend(follow_ups)
    return follow_ups


@dataclass(frozen=True)
class FollowUpResult:
    done_on: date
    continuing: bool | None  # 参加継続: yes / no / not asked
    condition: str = ""  # 本人の様子
    issues: str = ""  # 課題
    next_action: str = ""  # 次の対応


def record_result(
    session: Session, actor: User, follow_up: FollowUp, result: FollowUpResult, *, today: date
) -> None:
    case = follow_up.referral.need.plan.case
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    errors: dict[str, str] = {}
    if follow_up.done_on is not None:
        errors["follow_up"] = labels.MSG_FOLLOW_UP_DONE
    if result.done_on > today:
        errors["done_on"] = labels.MSG_DATE_IN_FUTURE
    if result.continuing is None and not result.condition.strip():
        errors["condition"] = labels.MSG_FOLLOW_UP_RESULT
    for name in ("condition", "issues", "next_action"):
        if len(getattr(result, name)) > 2000:
            errors[name] = labels.MSG_TOO_LONG.format(limit=2000)
    if errors:
        raise InvalidData(errors)
    follow_up.done_on = result.done_on
    follow_up.continuing = result.continuing
    follow_up.condition = result.condition.strip()
    follow_up.issues = result.issues.strip()
    follow_up.next_action = result.next_action.strip()
    follow_up.recorded_by_id = actor.id
    audit.record(
        session,
        actor,
        "followup.record",
        case_id=case.id,
        object_type="followup",
        object_id=follow_up.id,
        fields=("done_on", "continuing", "condition", "issues", "next_action"),
    )


def get_follow_up(session: Session, actor: User, follow_up_id: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None or not can_view_case(actor, follow_up.referral.need.plan.case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session,
        actor,
        "followup.read",
        case_id=follow_up.referral.need.plan.case_id,
        object_type="followup",
        object_id=follow_up.id,
    )
    return follow_up


@dataclass(frozen=True)
class Agenda:
    overdue: Sequence[FollowUp]
    upcoming: Sequence[FollowUp]


def agenda(session: Session, actor: User, today: date, *, horizon_days: int = 14) -> Agenda:
    """Unrecorded follow-ups of the actor's open cases: overdue, and due within the horizon."""
    rows = session.scalars(
        select(FollowUp)
        .join(FollowUp.referral)
        .join(Referral.need)
        .join(ParticipationNeed.plan)
        .join(Plan.case)
        .where(
            FollowUp.done_on.is_(None),
            FollowUp.due_on <= today + timedelta(days=horizon_days),
            Case.status == CaseStatus.OPEN,
            Case.coordinators.any(User.id == actor.id),
        )
        .options(
            joinedload(FollowUp.referral).joinedload(Referral.listing),
            joinedload(FollowUp.referral)
            .joinedload(Referral.need)
            .joinedload(ParticipationNeed.plan)
            .joinedload(Plan.case),
        )
        .order_by(FollowUp.due_on, FollowUp.id)
    ).all()
    if rows:  # an empty agenda shows no case data
        audit.record(session, actor, "followup.list", case_id=None, fields=("due_on",))
    return Agenda(
        overdue=[f for f in rows if f.due_on < today],
        upcoming=[f for f in rows if f.due_on >= today],
    )
