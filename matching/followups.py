"""Follow-up monitoring (モニタリング): scheduled checks on each referral and their results.

Follow-ups are anchored at the start of participation — the day of 見学・体験 or 参加中,
whichever comes first — not at the proposal: nothing is to be checked before the person went.
They fall at fixed offsets from it (default +2 weeks, +1 month, +3 months; ``parse_offsets``
reads the configured "2w,1m,3m"), moved to the next business day when they land on a weekend,
a national holiday (``holidays``) or 年末年始 (12/29–1/3). When a referral is interrupted,
declined or ended, or its case closed, the follow-ups still to come are cancelled with that
reason; they are kept (with the reason) so the reports can count them. Reopening a closed case
brings back the ones its closing cancelled, on their own dates.

A result records the coded outcome the reports count (``matching.outcomes``): still attending,
how often, and the person's own word on how it is going (3 choices), beside free notes. A
follow-up is overdue once its date has passed without a result; the coordinator dashboard
lists overdue and upcoming ones.
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
from directory.schedules.occurrences import is_holiday
from matching import audit, labels
from matching.models import (
    Case,
    CaseStatus,
    FollowUp,
    ParticipationNeed,
    Plan,
    Referral,
    ReferralEvent,
    ReferralStatus,
)
from matching.outcomes import FollowUpCancelReason, Frequency, Voice
from matching.permissions import can_view_case

# Participation starts at the first of these: follow-ups are anchored there.
STARTS_PARTICIPATION = frozenset({ReferralStatus.TRIAL, ReferralStatus.PARTICIPATING})


def participation_start(referral: Referral) -> ReferralEvent | None:
    """The first 見学・体験 or 参加中 of the referral."""
    return next((e for e in referral.events if e.status in STARTS_PARTICIPATION), None)


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


def is_business_day(day: date) -> bool:
    """Not a weekend, not a national holiday, not 年末年始 (12/29–1/3)."""
    year_end = (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)
    return day.weekday() < 5 and not is_holiday(day) and not year_end


def next_business_day(day: date) -> date:
    """``day`` itself when it is a business day, else the first business day after it."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def pending(referral: Referral) -> list[FollowUp]:
    """Follow-ups still to be done: neither recorded nor cancelled."""
    return [f for f in referral.follow_ups if f.done_on is None and f.cancelled_on is None]


def schedule(referral: Referral, start: date, offsets: Sequence[Offset]) -> list[FollowUp]:
    """Follow-ups from ``start`` (the start of participation), each on a business day."""
    follow_ups = [FollowUp(due_on=next_business_day(o.after(start))) for o in offsets]
    referral.follow_ups.extend(follow_ups)
    return follow_ups


def cancel_pending(referral: Referral, reason: FollowUpCancelReason, on: date) -> int:
    """Cancel the follow-ups still to come (kept, with the reason); returns how many."""
    cancelled = pending(referral)
    for follow_up in cancelled:
        follow_up.cancelled_on = on
        follow_up.cancel_reason = reason
    return len(cancelled)


def restore_cancelled(referral: Referral, reason: FollowUpCancelReason, on: date) -> int:
    """Undo ``cancel_pending(referral, reason, on)``: the follow-ups it cancelled are to be done
    again, on their own dates (one whose date has passed is overdue, for the coordinator to
    see). Only those cancelled for ``reason`` on ``on`` come back; returns how many."""
    restored = [
        f
        for f in referral.follow_ups
        if f.done_on is None and f.cancel_reason is reason and f.cancelled_on == on
    ]
    for follow_up in restored:
        follow_up.cancelled_on = None
        follow_up.cancel_reason = None
    return len(restored)


@dataclass(frozen=True)
class FollowUpResult:
    done_on: date
    continuing: bool | None  # 参加継続: yes / no / not asked
    condition: str = ""  # 本人の様子
    issues: str = ""  # 課題
    next_action: str = ""  # 次の対応
    frequency: Frequency | None = None  # どのくらい通っているか
    voice: Voice | None = None  # 本人の声: 3 choices


def record_result(
    session: Session, actor: User, follow_up: FollowUp, result: FollowUpResult, *, today: date
) -> None:
    case = follow_up.referral.need.plan.case
    if not can_view_case(actor, case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    errors: dict[str, str] = {}
    if follow_up.done_on is not None:
        errors["follow_up"] = labels.MSG_FOLLOW_UP_DONE
    elif follow_up.cancelled_on is not None:
        errors["follow_up"] = labels.MSG_FOLLOW_UP_CANCELLED
    start = participation_start(follow_up.referral)
    if result.done_on > today:
        errors["done_on"] = labels.MSG_DATE_IN_FUTURE
    elif start is not None and result.done_on < start.happened_on:
        # Nothing was there to check before the person went (and the report would count
        # such a check as done on time).
        day = start.happened_on
        errors["done_on"] = labels.MSG_FOLLOW_UP_BEFORE_START.format(
            start=f"{day.year}年{day.month}月{day.day}日の{labels.REFERRAL_STATUS[start.status]}"
        )
    answered = (result.continuing, result.frequency, result.voice)
    if all(a is None for a in answered) and not result.condition.strip():
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
    follow_up.frequency = result.frequency
    follow_up.voice = result.voice
    follow_up.recorded_by_id = actor.id
    audit.record(
        session,
        actor,
        "followup.record",
        case_id=case.id,
        object_type="followup",
        object_id=follow_up.id,
        fields=(
            "done_on",
            "continuing",
            "frequency",
            "voice",
            "condition",
            "issues",
            "next_action",
        ),
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
            FollowUp.cancelled_on.is_(None),
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
    # An empty agenda shows no case data (and records nothing).
    audit.record_shown(
        session,
        actor,
        "followup.list",
        (f.referral.need.plan.case_id for f in rows),
        fields=("due_on",),
    )
    return Agenda(
        overdue=[f for f in rows if f.due_on < today],
        upcoming=[f for f in rows if f.due_on >= today],
    )
