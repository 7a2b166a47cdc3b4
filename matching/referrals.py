"""Referrals (つなぎ): a need connected to a listing, moved along an explicit status timeline.

提案 → 本人了承 → 先方へ連絡 → 見学・体験 → 参加中 → 終了, with 中断 possible at any open step.
Each move appends a ReferralEvent (status, date, note, who). The receiving organization sees a
referral only from 先方へ連絡 on, and then only what consent covers: contacting it at all
needs consent to share with the organization (share_with_organization); the person's name is
shown only with share_name as well. Everything else about the case stays with the coordinators.

Consent in force decides, not consent at the time of contact: once share_with_organization is
withdrawn (同意の撤回, or a narrower scope), the organization keeps only a line saying the request
was withdrawn (``withdrawn_from_organization``) — no step, no dates, no person, no later moves,
not even its own answer — and can no longer answer it. Should consent be given again, the
referral shows as before.

The organization answers once: it accepts, or declines with a coded reason
(``matching.outcomes.DeclineReason``). The answer is final unless a coordinator of the case
reopens it; a declined referral cannot move on to 見学・体験 or 参加中. A decline for 定員 sets
the listing's 受入状況 to 要相談. A 中断 needs a coded reason too. Follow-ups are scheduled when
participation starts (the first 見学・体験 or 参加中) and the ones still to come are cancelled
on 中断, 終了 or a decline (``matching.followups``). New answers stay on the coordinator's
dashboard until a coordinator of the case opens the referral.

A closed case (終結) ends its referrals for the organization while it stays closed, whatever
their step and although consent stands: the organization sees that the つなぎ ended
(``ended_with_case``) and cannot answer; 再開 brings the referral back as it was. The
coordinator is never offered to send an answer back that the organization could not give
again (``answer_stays``).

An activity taken off the directory (掲載終了) while a つなぎ to it is under way ends what the
organization can do with it too: it sees that the activity's listing has ended, with the request
as it was, and is offered no answer (``listing_ended``); the coordinator records 中断 or 終了.

What the organization sees, and whether it may answer, is decided in one place,
``shared_view``: its list of requests, its answer, and the coordinator's account of what the
organization sees all read that one view, so a consent rule changed there holds everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from directory.errors import InvalidData, NotFound, PermissionDenied
from directory.listings import set_intake_status
from directory.models import IntakeStatus, Listing, ListingStatus, User
from directory.permissions import is_member_of
from matching import audit, labels, wording
from matching.cases import may_share, require_open
from matching.followups import (
    DEFAULT_OFFSETS,
    STARTS_PARTICIPATION,
    Offset,
    cancel_pending,
    pending,
    schedule,
)
from matching.models import (
    AgeBand,
    Case,
    CaseStatus,
    OrganizationResponse,
    ParticipationNeed,
    Plan,
    Referral,
    ReferralEvent,
)
from matching.models import ReferralStatus as S
from matching.outcomes import DECLINE_REASON, DeclineReason, FollowUpCancelReason
from matching.permissions import can_view_case

TRANSITIONS: dict[S, frozenset[S]] = {
    S.PROPOSED: frozenset({S.AGREED, S.INTERRUPTED}),
    S.AGREED: frozenset({S.CONTACTED, S.INTERRUPTED}),
    S.CONTACTED: frozenset({S.TRIAL, S.PARTICIPATING, S.INTERRUPTED}),
    S.TRIAL: frozenset({S.PARTICIPATING, S.ENDED, S.INTERRUPTED}),
    S.PARTICIPATING: frozenset({S.ENDED, S.INTERRUPTED}),
    S.ENDED: frozenset(),
    S.INTERRUPTED: frozenset(),
}
TIMELINE = (S.PROPOSED, S.AGREED, S.CONTACTED, S.TRIAL, S.PARTICIPATING, S.ENDED)
# Steps that contact the organization or take the person to the activity.
REACHES_ORGANIZATION = frozenset({S.CONTACTED, S.TRIAL, S.PARTICIPATING})
# The steps a referral the organization was told of can be at (a first cut for queries: 中断
# is among them, yet one interrupted before 先方へ連絡 was never sent — sent_to_organization).
VISIBLE_TO_ORGANIZATION = frozenset({S.CONTACTED, S.TRIAL, S.PARTICIPATING, S.ENDED, S.INTERRUPTED})
# What happens to the follow-ups still to come when a referral moves here.
CANCELS_FOLLOW_UPS = {
    S.INTERRUPTED: FollowUpCancelReason.INTERRUPTED,
    S.ENDED: FollowUpCancelReason.ENDED,
}


# A referral at one of these steps is over: the need may be referred to the listing again.
FINISHED = frozenset({S.ENDED, S.INTERRUPTED})


class AlreadyReferred(InvalidData):
    """The person already has an open referral to the listing, from this need (a second click,
    or a second coordinator) or from another need of the case: ``referral_id`` is that
    referral."""

    def __init__(self, referral: Referral, need: ParticipationNeed) -> None:
        status = labels.REFERRAL_STATUS[referral.status]
        if referral.need_id == need.id:
            message = labels.MSG_ALREADY_REFERRED.format(status=status)
        else:
            message = labels.MSG_ALREADY_REFERRED_OTHER_NEED.format(
                need=referral.need.title, status=status
            )
        super().__init__({"listing": message})
        self.referral_id = referral.id


def open_referral(session: Session, need: ParticipationNeed, listing: Listing) -> Referral | None:
    """The person's referral to ``listing`` that is still going — from this need or from
    another need of the case (the organization is asked about a person, not a need): not
    ended, interrupted or declined by the organization."""
    return session.scalars(
        select(Referral)
        .join(Referral.need)
        .join(ParticipationNeed.plan)
        .where(
            Plan.case_id == need.plan.case_id,
            Referral.listing_id == listing.id,
            Referral.status.not_in(FINISHED),
            Referral.org_response != OrganizationResponse.DECLINED,
        )
        .order_by(Referral.id)
        .limit(1)
    ).first()


def open_from_other_needs(need: ParticipationNeed) -> dict[int, Referral]:
    """The person's referrals still going from the case's other needs, by listing id: those
    listings are not to be referred to again from ``need`` (``open_referral``)."""
    return {
        r.listing_id: r
        for plan in need.plan.case.plans
        for other in plan.needs
        if other.id != need.id
        for r in other.referrals
        if r.status not in FINISHED and r.org_response is not OrganizationResponse.DECLINED
    }


def next_steps(referral: Referral) -> list[S]:
    """The steps the referral may move to now, in timeline order: those its status leads to,
    less those the organization's answer holds back (``held_back``)."""
    return [
        s
        for s in (*TIMELINE, S.INTERRUPTED)
        if s in TRANSITIONS[referral.status] and not held_back(referral, s)
    ]


def held_back(referral: Referral, step: S) -> str:
    """Why ``step`` cannot be taken although the timeline leads there ("" when it can): a
    referral to a listing taken out of the directory (掲載終了) since it was made goes no
    further than 中断 or 終了; a referral the organization declined does not start
    participation until a coordinator reopens the answer."""
    if step in REACHES_ORGANIZATION and referral.listing.status is ListingStatus.ARCHIVED:
        return labels.MSG_LISTING_ENDED
    if step in STARTS_PARTICIPATION and referral.org_response is OrganizationResponse.DECLINED:
        why = DECLINE_REASON.get(referral.decline_reason, "") if referral.decline_reason else ""
        return labels.MSG_DECLINED_NO_START.format(reason=why or "記載なし")
    return ""


def steps_held_back(referral: Referral) -> str:
    """Why some step the timeline leads to is not offered now ("" when none is held back)."""
    reasons = (held_back(referral, s) for s in TRANSITIONS[referral.status])
    return next((r for r in reasons if r), "")


def create_referral(
    session: Session,
    actor: User,
    need: ParticipationNeed,
    listing: Listing,
    *,
    today: date,
    note: str = "",
) -> Referral:
    """提案: connect a need to a listing (follow-ups come when participation starts).

    A person (case) has at most one open referral to a listing, whichever need it came from:
    another is refused with ``AlreadyReferred`` (the case's row is locked first, so two clicks
    at once on PostgreSQL queue up and the second sees the first).
    """
    case = need.plan.case
    require_open(actor, case)
    if listing.status is not ListingStatus.PUBLISHED:
        raise InvalidData({"listing": labels.MSG_REFERRAL_PUBLISHED_ONLY})
    session.execute(select(Case.id).where(Case.id == case.id).with_for_update())
    existing = open_referral(session, need, listing)
    if existing is not None:
        raise AlreadyReferred(existing, need)
    referral = Referral(need=need, listing=listing, created_by_id=actor.id)
    referral.events.append(
        ReferralEvent(status=S.PROPOSED, happened_on=today, note=note.strip(), actor_id=actor.id)
    )
    session.add(referral)
    session.flush()
    audit.record(
        session,
        actor,
        "referral.create",
        case_id=case.id,
        object_type="referral",
        object_id=referral.id,
        fields=("listing", "status"),
    )
    return referral


def advance(
    session: Session,
    actor: User,
    referral: Referral,
    new_status: S,
    *,
    on: date,
    today: date,
    note: str = "",
    shared_note: str | None = None,
    share_name: bool | None = None,
    reason: DeclineReason | None = None,
    offsets: Sequence[Offset] = DEFAULT_OFFSETS,
) -> ReferralEvent:
    """Move the referral one step; 先方へ連絡 needs consent to share with the organization.

    Starting participation (見学・体験 or 参加中, when no follow-up is pending) schedules the
    follow-ups from ``on``; 中断 (which needs ``reason``) and 終了 cancel those still to come.
    """
    case = referral.need.plan.case
    require_open(actor, case)
    if new_status not in TRANSITIONS[referral.status]:
        raise InvalidData(
            {
                "status": labels.MSG_BAD_TRANSITION.format(
                    current=labels.REFERRAL_STATUS[referral.status],
                    new=labels.REFERRAL_STATUS[new_status],
                )
            }
        )
    errors: dict[str, str] = {}
    if on > today:
        errors["on"] = labels.MSG_DATE_IN_FUTURE
    previous = referral.events[-1]
    if on < previous.happened_on:
        errors["on"] = labels.MSG_DATE_BEFORE.format(
            previous=labels.REFERRAL_STATUS[previous.status]
        )
    if new_status is S.CONTACTED and not may_share(case, "share_with_organization"):
        errors["status"] = labels.MSG_NO_CONSENT_TO_SHARE
    if shared_note and shared_note.strip() and not may_share(case, "share_with_organization"):
        # The form hides the field without consent; a note sent anyway is refused, not kept
        # for the day consent is given (it was written for nobody to read).
        errors["shared_note"] = labels.MSG_NO_CONSENT_TO_SHARE_NOTE
    if share_name and not may_share(case, "share_name"):
        errors["share_name"] = "本人同意(名前を伝える)がないため、名前は伝えられません。"
    refused = held_back(referral, new_status)
    if refused:
        errors["status"] = refused
    if new_status is S.INTERRUPTED and reason is None:
        errors["reason"] = labels.MSG_INTERRUPT_REASON
    if errors:
        raise InvalidData(errors)
    if shared_note is not None:
        referral.shared_note = shared_note.strip()
    if share_name is not None:
        referral.share_name = share_name
    referral.status = new_status
    event = ReferralEvent(status=new_status, happened_on=on, note=note.strip(), actor_id=actor.id)
    referral.events.append(event)
    fields = ["status", "events"]
    if new_status in STARTS_PARTICIPATION and not pending(referral):
        schedule(referral, on, offsets)
        fields.append("follow_ups")
    if new_status in CANCELS_FOLLOW_UPS and cancel_pending(
        referral, CANCELS_FOLLOW_UPS[new_status], on
    ):
        fields.append("follow_ups")
    if new_status is S.INTERRUPTED:
        referral.interrupt_reason = reason
        fields.append("interrupt_reason")
    session.flush()
    audit.record(
        session,
        actor,
        "referral.advance",
        case_id=case.id,
        object_type="referral",
        object_id=referral.id,
        fields=fields,
    )
    return event


def answer_stays(referral: Referral) -> str:
    """Why the organization's answer cannot be sent back now ("" when it can): there is none
    yet, the case is closed, the つなぎ is over, or consent no longer lets the organization
    see the request — it could not answer again."""
    if referral.org_response is OrganizationResponse.PENDING:
        return labels.MSG_NOT_ANSWERED
    if referral.need.plan.case.status is CaseStatus.CLOSED:
        return labels.MSG_REOPEN_CASE_CLOSED
    if referral.status in FINISHED:
        return labels.MSG_REOPEN_FINISHED
    if referral.listing.status is ListingStatus.ARCHIVED:
        return labels.MSG_REOPEN_LISTING_ENDED
    if withdrawn_from_organization(referral):
        return labels.MSG_REOPEN_WITHDRAWN
    again = referred_again(referral)
    if again is not None:
        # Sending the decline back would make two open requests about one person.
        return labels.MSG_REOPEN_REFERRED_AGAIN.format(status=labels.REFERRAL_STATUS[again.status])
    return ""


def referred_again(referral: Referral) -> Referral | None:
    """The person's other referral to the same listing that is still going (one made after
    this one was declined), if any."""
    return next(
        (
            r
            for plan in referral.need.plan.case.plans
            for need in plan.needs
            for r in need.referrals
            if r.id != referral.id
            and r.listing_id == referral.listing_id
            and r.status not in FINISHED
            and r.org_response is not OrganizationResponse.DECLINED
        ),
        None,
    )


def reopen_answer(session: Session, actor: User, referral: Referral) -> None:
    """The coordinator sends the organization's answer back: it may answer again."""
    require_open(actor, referral.need.plan.case)
    why = answer_stays(referral)
    if why:
        raise InvalidData({"answer": why})
    referral.org_response = OrganizationResponse.PENDING
    referral.decline_reason = None
    referral.org_responded_at = None
    referral.org_response_seen_at = None
    audit.record(
        session,
        actor,
        "referral.reopen_answer",
        case_id=referral.need.plan.case_id,
        object_type="referral",
        object_id=referral.id,
        fields=("org_response", "decline_reason"),
    )


def mark_answer_seen(referral: Referral, now: datetime) -> None:
    """A coordinator of the case has seen the organization's answer (off the dashboard)."""
    if referral.org_responded_at is not None and referral.org_response_seen_at is None:
        referral.org_response_seen_at = now


def new_answers(session: Session, actor: User) -> list[Referral]:
    """Answers from organizations on the actor's open cases that no coordinator opened yet."""
    rows = list(
        session.scalars(
            select(Referral)
            .join(Referral.need)
            .join(ParticipationNeed.plan)
            .join(Plan.case)
            .where(
                Referral.org_responded_at.is_not(None),
                Referral.org_response_seen_at.is_(None),
                Case.status == CaseStatus.OPEN,
                Case.coordinators.any(User.id == actor.id),
            )
            .options(
                joinedload(Referral.listing),
                joinedload(Referral.need).joinedload(ParticipationNeed.plan).joinedload(Plan.case),
            )
            .order_by(Referral.org_responded_at.desc(), Referral.id.desc())
        )
    )
    # An empty list shows no case data (and records nothing).
    audit.record_shown(
        session, actor, "referral.list_answers", (r.need.plan.case_id for r in rows),
        fields=("answer",),
    )  # fmt: skip
    return rows


def sent_to_organization(referral: Referral) -> bool:
    """先方へ連絡 was recorded: only from then on does the receiving organization know of the
    referral. Its status alone does not say so — 中断 is also reached from 提案 and 本人了承,
    before anyone told the organization, and such a referral is none of its business."""
    return any(e.status is S.CONTACTED for e in referral.events)


def withdrawn_from_organization(referral: Referral) -> bool:
    """The organization was contacted, but consent to share with it is no longer in force."""
    return sent_to_organization(referral) and not may_share(
        referral.need.plan.case, "share_with_organization"
    )


def ended_with_case(referral: Referral) -> bool:
    """The organization was contacted and the つなぎ was still under way when its case closed."""
    return (
        referral.need.plan.case.status is CaseStatus.CLOSED
        and referral.status not in FINISHED
        and sent_to_organization(referral)
    )


def listing_ended(referral: Referral) -> bool:
    """The organization was contacted and the つなぎ is still under way, but its activity has
    been taken off the directory since (掲載終了): there is nothing left to answer."""
    return (
        referral.listing.status is ListingStatus.ARCHIVED
        and referral.status not in FINISHED
        and sent_to_organization(referral)
    )


def nobody_to_answer(referral: Referral) -> bool:
    """The organization is waiting to answer, but none of its accounts can sign in to do so
    (it has none, or its members were taken off it or stopped): the answer will not come
    on the site."""
    view = shared_view(referral)
    waiting = view is not None and view.answerable
    return waiting and not any(m.is_active for m in referral.listing.organization.members)


def get_referral(session: Session, actor: User, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None or not can_view_case(actor, referral.need.plan.case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session,
        actor,
        "referral.read",
        case_id=referral.need.plan.case_id,
        object_type="referral",
        object_id=referral.id,
    )
    return referral


@dataclass(frozen=True)
class SharedReferral:
    """What the receiving organization sees of a referral: nothing consent does not cover.
    A withdrawn one (``withdrawn``) holds its listing and nothing else."""

    id: int
    listing_id: int
    listing_name: str
    status: S | None
    contacted_on: date | None
    person: str  # the name if consent allows, else a neutral description
    age_band: AgeBand | None
    message: str
    response: OrganizationResponse | None
    response_note: str
    decline_reason: DeclineReason | None = None
    withdrawn: bool = False
    ended: bool = False  # its case closed: no step, no message, no answering
    listing_ended: bool = False  # its activity was taken off the directory: no answering
    named: bool = False  # ``person`` is the person's name (consent covers it)
    # Why the organization cannot answer now, in its words ("" when it can).
    why_no_answer: str = ""

    @property
    def answerable(self) -> bool:
        return not self.why_no_answer

    @property
    def shown(self) -> tuple[str, ...]:
        """The names of what the organization is shown, for the audit trail (never values)."""
        if self.withdrawn:
            return ("listing",)
        return tuple(
            name
            for name, shown in (
                ("listing", True),
                ("contacted_on", True),
                ("display_name", self.named),
                ("age_band", self.age_band is not None),
                ("shared_note", bool(self.message)),
                ("status", self.status is not None),
                ("org_response", True),
            )
            if shown
        )


def shared_view(referral: Referral) -> SharedReferral | None:
    """What the receiving organization sees of ``referral`` and whether it may answer it: the
    one place that decides, read by the organization's list (``incoming_referrals``), its
    answer (``respond``), the coordinator's account of what the organization sees and
    ``nobody_to_answer``. ``None`` when the organization has not been told of it at all.

    Consent in force decides, never consent at the time of contact (see the module's
    docstring): without share_with_organization only the withdrawn line is left.
    """
    if not sent_to_organization(referral):
        return None
    case = referral.need.plan.case
    if not may_share(case, "share_with_organization"):
        return SharedReferral(
            id=referral.id,
            listing_id=referral.listing_id,
            listing_name=referral.listing.name,
            status=None,
            contacted_on=None,
            person="",
            age_band=None,
            message="",
            response=None,
            response_note="",
            withdrawn=True,
            why_no_answer=labels.MSG_REFERRAL_WITHDRAWN,
        )
    contacted = next(e.happened_on for e in referral.events if e.status is S.CONTACTED)
    named = bool(referral.share_name and may_share(case, "share_name") and case.display_name)
    # A closed case: who and when stay, so that the organization knows which request ended;
    # the step, the message and why the case closed do not.
    closed = ended_with_case(referral)
    ended_listing = not closed and listing_ended(referral)
    if closed:
        why = labels.MSG_REFERRAL_ENDED_WITH_CASE
    elif referral.status in FINISHED:
        why = labels.MSG_REFERRAL_FINISHED
    elif ended_listing:
        why = labels.MSG_REFERRAL_LISTING_ENDED
    elif referral.org_response is not OrganizationResponse.PENDING:
        why = labels.MSG_ALREADY_ANSWERED
    else:
        why = ""
    return SharedReferral(
        id=referral.id,
        listing_id=referral.listing_id,
        listing_name=referral.listing.name,
        status=None if closed else referral.status,
        contacted_on=contacted,
        person=wording.addressed(case.display_name) if named else labels.PERSON_UNNAMED,
        age_band=case.age_band,
        message="" if closed else referral.shared_note,
        response=referral.org_response,
        response_note=referral.org_response_note,
        decline_reason=referral.decline_reason,
        ended=closed,
        listing_ended=ended_listing,
        named=named,
        why_no_answer=why,
    )


def _receives(user: User, referral: Referral) -> bool:
    """The user answers for the organization whose activity the referral is to."""
    return user.is_active and is_member_of(user, referral.listing.organization)


def _organization_referrals(session: Session, user: User) -> Sequence[Referral]:
    org_ids = [o.id for o in user.organizations]
    if not user.is_active or not org_ids:
        return []
    return session.scalars(
        select(Referral)
        .join(Referral.listing)
        .where(
            Listing.organization_id.in_(org_ids),
            # a first cut in SQL; whether it was sent at all is shared_view's to say
            Referral.status.in_(VISIBLE_TO_ORGANIZATION),
        )
        .options(
            joinedload(Referral.listing),
            # what each request shows is read with the list, not one case at a time
            joinedload(Referral.need)
            .joinedload(ParticipationNeed.plan)
            .joinedload(Plan.case)
            .selectinload(Case.consents),
            selectinload(Referral.events),
        )
        .order_by(Referral.id.desc())
    ).all()


def incoming_referrals(session: Session, user: User) -> list[SharedReferral]:
    """The referral requests sent to the user's organizations (consented information only);
    each one shown is audited with the names of what it showed."""
    shown: list[SharedReferral] = []
    for referral in _organization_referrals(session, user):
        view = shared_view(referral) if _receives(user, referral) else None
        if view is None:
            continue
        audit.record(
            session,
            user,
            "referral.org_read",
            case_id=referral.need.plan.case_id,
            object_type="referral",
            object_id=referral.id,
            fields=view.shown,
        )
        shown.append(view)
    return shown


def respond(
    session: Session,
    user: User,
    referral_id: int,
    *,
    accept: bool,
    now: datetime,
    today: date,
    note: str = "",
    reason: DeclineReason | None = None,
) -> SharedReferral:
    """The organization accepts, or declines with a coded reason, a referral sent to it.

    The answer is final (a coordinator may reopen it). Declining cancels the follow-ups still
    to come; declining for 定員 sets the listing's 受入状況 to 要相談. A referral the user's
    organization was not sent is ``NotFound``, as one that does not exist.
    """
    referral = session.get(Referral, referral_id)
    view = shared_view(referral) if referral is not None and _receives(user, referral) else None
    if referral is None or view is None:
        raise NotFound("つなぎの依頼が見つかりません。")
    if not view.answerable:
        raise PermissionDenied(view.why_no_answer)
    errors: dict[str, str] = {}
    if len(note) > 1000:
        errors["note"] = labels.MSG_TOO_LONG.format(limit=1000)
    if not accept and reason is None:
        errors["reason"] = labels.MSG_DECLINE_REASON
    if errors:
        raise InvalidData(errors)
    referral.org_response = (
        OrganizationResponse.ACCEPTED if accept else OrganizationResponse.DECLINED
    )
    referral.org_response_note = note.strip()
    referral.decline_reason = None if accept else reason
    referral.org_responded_at = now
    referral.org_response_seen_at = None
    fields = ["org_response", "org_response_note", "decline_reason"]
    if not accept:
        if cancel_pending(referral, FollowUpCancelReason.DECLINED, today):
            fields.append("follow_ups")
        if reason is DeclineReason.CAPACITY:
            set_intake_status(referral.listing, IntakeStatus.CONSULT, today, actor=user)
    audit.record(
        session,
        user,
        "referral.org_respond",
        case_id=referral.need.plan.case_id,
        object_type="referral",
        object_id=referral.id,
        fields=fields,
    )
    return shared_view(referral) or view  # still sent, so never the fallback
