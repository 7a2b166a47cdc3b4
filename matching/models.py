"""ORM models of participation support (参加支援): cases, plans, needs, referrals, follow-ups,
meeting records (支援会議・重層的支援会議), case notes (経過記録) and the roles of a plan.

Everything here except ``UnmetNeed`` is sensitive personal information (要配慮個人情報): it is
reached only through the use cases in this package, which check the actor and write an
``AuditEvent`` for every read and write. ``UnmetNeed`` deliberately holds no personal data (no
case id, no name, no free text about the person) so it can be aggregated and shown on maps.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from directory.db import Base, UTCDateTime, utcnow
from directory.models import Area, Listing, Organization, User, enum_column
from matching.outcomes import (
    ClosureReason,
    DeclineReason,
    FollowUpCancelReason,
    Frequency,
    UnmetResolution,
    Voice,
)


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"  # 終結


class AgeBand(enum.StrEnum):
    UNDER_6 = "0_5"  # 未就学
    AGE_6_12 = "6_12"  # 小学生の年代
    AGE_13_14 = "13_14"  # 中学生の年代
    UNDER_15 = "under_15"  # 15歳未満 (学年を記録しなかったケース)
    AGE_15_19 = "15_19"
    AGE_20S = "20s"
    AGE_30S = "30s"
    AGE_40S = "40s"
    AGE_50S = "50s"
    AGE_60S = "60s"
    AGE_70S = "70s"
    OVER_80 = "80_over"
    UNKNOWN = "unknown"


class Meeting(enum.StrEnum):
    """The meeting where the case was discussed; it decides whether consent is required."""

    JUSO = "juso"  # 重層的支援会議: needs 本人同意 (社会福祉法第106条の6)
    SHIEN = "shien"  # 支援会議: may proceed without consent, under a duty of confidentiality
    NONE = "none"  # not yet discussed in a meeting


class SupportBasis(enum.StrEnum):
    """Whether the support is the 参加支援事業 itself or support given outside the programme."""

    PROGRAM = "program"  # 事業による参加支援 (重層的支援体制整備事業の参加支援事業として)
    VOLUNTARY = "voluntary"  # 任意 (事業の枠の外で行う参加の支援)


class TimeSlot(enum.StrEnum):
    MORNING = "morning"  # 午前 (–12:00)
    AFTERNOON = "afternoon"  # 午後 (12:00–17:00)
    EVENING = "evening"  # 夜間 (17:00–)


class TravelMode(enum.StrEnum):
    DISTANCE = "distance"  # an explicit limit in km
    WALK = "walk"
    BICYCLE = "bicycle"
    BUS = "bus"
    CAR = "car"  # driven by family or a pickup service


class ReferralStatus(enum.StrEnum):
    """つなぎの経過. The allowed moves live in ``matching.referrals.TRANSITIONS``."""

    PROPOSED = "proposed"  # 提案
    AGREED = "agreed"  # 本人了承
    CONTACTED = "contacted"  # 先方へ連絡
    TRIAL = "trial"  # 見学・体験
    PARTICIPATING = "participating"  # 参加中
    ENDED = "ended"  # 終了
    INTERRUPTED = "interrupted"  # 中断


class OrganizationResponse(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


case_coordinators = Table(
    "case_coordinators",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class Case(Base):
    """本人・世帯: the person being supported, with as little personal data as will do."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    age_band: Mapped[AgeBand] = mapped_column(enum_column(AgeBand), default=AgeBand.UNKNOWN)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"))
    meeting: Mapped[Meeting] = mapped_column(enum_column(Meeting), default=Meeting.NONE)
    meeting_date: Mapped[date | None] = mapped_column(Date)
    basis: Mapped[SupportBasis] = mapped_column(
        enum_column(SupportBasis), default=SupportBasis.VOLUNTARY, server_default="voluntary"
    )
    opened_on: Mapped[date] = mapped_column(Date, index=True)  # 受付日: reports count from it
    status: Mapped[CaseStatus] = mapped_column(enum_column(CaseStatus), default=CaseStatus.OPEN)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(enum_column(ClosureReason))
    closing_reason: Mapped[str] = mapped_column(Text, default="")  # the coordinator's note
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    area: Mapped[Area | None] = relationship()
    coordinators: Mapped[list[User]] = relationship(secondary=case_coordinators)
    consents: Mapped[list[Consent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Consent.id"
    )
    plans: Mapped[list[Plan]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Plan.id"
    )
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseNote.id"
    )
    meeting_items: Mapped[list[MeetingCase]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )
    closings: Mapped[list[CaseClosing]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseClosing.id"
    )
    changes: Mapped[list[CaseChange]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="(CaseChange.changed_on, CaseChange.id)",
    )

    @property
    def consent(self) -> Consent | None:
        """The consent record in force: the most recent one."""
        return self.consents[-1] if self.consents else None


class CaseClosing(Base):
    """終結の記録: each closing of a case, kept (with the day it was undone) when the case is
    reopened. The case itself holds only its current closing; the reports count a past
    year's 終結 and 支援中 from these, so a reopening next year does not change them."""

    __tablename__ = "case_closings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[ClosureReason | None] = mapped_column(enum_column(ClosureReason))
    reopened_on: Mapped[date | None] = mapped_column(Date)  # 再開した日; None: still closed

    case: Mapped[Case] = relationship(back_populates="closings")


class CaseChange(Base):
    """A change of what the reports group cases by (会議・区分・年代・地区), with the value before
    it and the day it took effect: the 実績 of a past year counts the case as it stood then,
    not as it was recorded later (``matching.case_history``)."""

    __tablename__ = "case_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(20))  # "meeting" | "basis" | "age_band" | "area_id"
    before: Mapped[str | None] = mapped_column(String(40))  # the value's text; None: no area
    changed_on: Mapped[date] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="changes")


class Consent(Base):
    """本人同意: given or not, when, and to what it extends. A new record replaces the old."""

    __tablename__ = "case_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    given: Mapped[bool] = mapped_column(Boolean)
    given_on: Mapped[date] = mapped_column(Date)
    # Codes from matching.consent.SCOPES, e.g. share_with_organization, share_contact.
    scope: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="consents")


class Plan(Base):
    """支援プラン: the plan agreed with the person; its participation needs are what we match."""

    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    started_on: Mapped[date] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)  # 次回プラン見直し日
    goal: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    case: Mapped[Case] = relationship(back_populates="plans")
    needs: Mapped[list[ParticipationNeed]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="ParticipationNeed.id"
    )
    roles: Mapped[list[PlanRole]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanRole.position"
    )


class PlanRole(Base):
    """役割分担 of a plan: who does what; the lead agency (主担当) is one organization."""

    __tablename__ = "plan_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # An organization (agency), or a party that is none: 本人, 家族, 近所の方….
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    party: Mapped[str] = mapped_column(String(100), default="")
    task: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[bool] = mapped_column(Boolean, default=False)

    plan: Mapped[Plan] = relationship(back_populates="roles")
    organization: Mapped[Organization | None] = relationship()


class ParticipationNeed(Base):
    """参加ニーズ: one thing the person wants to take part in, written into the support plan."""

    __tablename__ = "participation_needs"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)  # 対象: who the person counts as
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)  # 0 = Monday … 6 = Sunday
    time_slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    travel_mode: Mapped[TravelMode] = mapped_column(
        enum_column(TravelMode), default=TravelMode.DISTANCE
    )
    travel_km: Mapped[float | None] = mapped_column(Float)
    origin_lat: Mapped[float | None] = mapped_column(Float)  # a chosen point; else the area centre
    origin_lon: Mapped[float | None] = mapped_column(Float)
    cost_ceiling_yen: Mapped[int | None] = mapped_column(Integer)
    accessibility: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    conditions: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The conditions marked 希望 (scored, not filtered): keys of matching.plans.CONDITION_KEYS.
    preferred: Mapped[list[str]] = mapped_column(JSON, default=list)
    goal: Mapped[str] = mapped_column(Text, default="")
    # The unmet-need record made from this need (the record itself does not point back).
    unmet_need_id: Mapped[int | None] = mapped_column(
        ForeignKey("unmet_needs.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    plan: Mapped[Plan] = relationship(back_populates="needs")
    unmet_need: Mapped[UnmetNeed | None] = relationship()
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="need", cascade="all, delete-orphan", order_by="Referral.id"
    )


class Referral(Base):
    """つなぎ: one need connected to one listing, followed through its status timeline."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(
        ForeignKey("participation_needs.id", ondelete="CASCADE"), index=True
    )
    listing_id: Mapped[int] = mapped_column(ForeignKey("listings.id"), index=True)
    status: Mapped[ReferralStatus] = mapped_column(
        enum_column(ReferralStatus), default=ReferralStatus.PROPOSED
    )
    # What the receiving organization may see: only with consent (matching.consent decides).
    shared_note: Mapped[str] = mapped_column(Text, default="")
    share_name: Mapped[bool] = mapped_column(Boolean, default=False)
    org_response: Mapped[OrganizationResponse] = mapped_column(
        enum_column(OrganizationResponse), default=OrganizationResponse.PENDING
    )
    org_response_note: Mapped[str] = mapped_column(Text, default="")
    decline_reason: Mapped[DeclineReason | None] = mapped_column(enum_column(DeclineReason))
    org_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When a coordinator of the case opened the referral after the answer (dashboard: new).
    org_response_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    interrupt_reason: Mapped[DeclineReason | None] = mapped_column(
        enum_column(DeclineReason, name="interruptreason")
    )
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    need: Mapped[ParticipationNeed] = relationship(back_populates="referrals")
    listing: Mapped[Listing] = relationship()
    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="ReferralEvent.id"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="referral", cascade="all, delete-orphan", order_by="FollowUp.due_on"
    )


class ReferralEvent(Base):
    """One step of a referral's timeline: the status it moved to, on which date, by whom."""

    __tablename__ = "referral_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ReferralStatus] = mapped_column(enum_column(ReferralStatus))
    happened_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    referral: Mapped[Referral] = relationship(back_populates="events")


class FollowUp(Base):
    """モニタリング: a scheduled check on a referral, and what it found."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referrals.id", ondelete="CASCADE"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    continuing: Mapped[bool | None] = mapped_column(Boolean)  # 参加継続
    condition: Mapped[str] = mapped_column(Text, default="")  # 本人の様子
    issues: Mapped[str] = mapped_column(Text, default="")  # 課題
    next_action: Mapped[str] = mapped_column(Text, default="")  # 次の対応
    frequency: Mapped[Frequency | None] = mapped_column(enum_column(Frequency))
    voice: Mapped[Voice | None] = mapped_column(enum_column(Voice))  # 本人の声
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[FollowUpCancelReason | None] = mapped_column(
        enum_column(FollowUpCancelReason)
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    referral: Mapped[Referral] = relationship(back_populates="follow_ups")


class UnmetNeed(Base):
    """狭間のニーズ: a need nothing in the directory meets. No personal data, by design."""

    __tablename__ = "unmet_needs"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("areas.id"), index=True)
    age_band: Mapped[AgeBand] = mapped_column(enum_column(AgeBand), default=AgeBand.UNKNOWN)
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)  # keywords, not sentences
    weekdays: Mapped[list[int]] = mapped_column(JSON, default=list)
    time_slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    conditions: Mapped[list[str]] = mapped_column(JSON, default=list)
    accessibility: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorded_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # 地域づくり: the new or expanded listing that now meets the need.
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[UnmetResolution | None] = mapped_column(enum_column(UnmetResolution))
    resolved_listing_id: Mapped[int | None] = mapped_column(ForeignKey("listings.id"))
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    area: Mapped[Area | None] = relationship()
    resolved_listing: Mapped[Listing | None] = relationship()


class CaseNote(Base):
    """経過記録: a dated entry about a case, by its author. Editable by its author for 24 hours;
    after that a change is a new entry that corrects it (``corrects_id``), never an overwrite."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    written_on: Mapped[date] = mapped_column(Date)  # the day it is about (面談・訪問・電話の日)
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    corrects_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_notes.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    case: Mapped[Case] = relationship(back_populates="notes")
    author: Mapped[User] = relationship()
    corrects: Mapped[CaseNote | None] = relationship(remote_side=[id])


meeting_attendees = Table(
    "meeting_attendees",
    Base.metadata,
    Column("meeting_id", ForeignKey("support_meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organizations.id"), primary_key=True),
)


class SupportMeeting(Base):
    """One sitting of a 支援会議 or 重層的支援会議: when, which agencies (organizations, never
    people) attended, and the cases it discussed (``MeetingCase``)."""

    __tablename__ = "support_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[Meeting] = mapped_column(enum_column(Meeting, name="meetingkind"))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(200), default="")  # 第3回 など
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    attendees: Mapped[list[Organization]] = relationship(
        secondary=meeting_attendees, order_by=Organization.kana
    )
    items: Mapped[list[MeetingCase]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingCase.id"
    )


class MeetingCase(Base):
    """A case discussed at a meeting: what was decided, who does what (the lead agency 主担当
    among them) and when it is reviewed next. ``moved_from`` keeps the meeting the case was in
    before (支援会議 → 重層的支援会議 on ``meeting.held_on``)."""

    __tablename__ = "meeting_cases"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("support_meetings.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    decisions: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date)
    moved_from: Mapped[Meeting | None] = mapped_column(enum_column(Meeting, name="movedfrom"))

    meeting: Mapped[SupportMeeting] = relationship(back_populates="items")
    case: Mapped[Case] = relationship(back_populates="meeting_items")
    roles: Mapped[list[MeetingRole]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="MeetingRole.position"
    )


class MeetingRole(Base):
    """役割分担 decided at a meeting for one case (same shape as ``PlanRole``)."""

    __tablename__ = "meeting_roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_cases.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    party: Mapped[str] = mapped_column(String(100), default="")
    task: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[bool] = mapped_column(Boolean, default=False)

    item: Mapped[MeetingCase] = relationship(back_populates="roles")
    organization: Mapped[Organization | None] = relationship()


class AuditEvent(Base):
    """Who read or changed which case data, when. Holds field names, never their values."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))  # e.g. case.read, need.update
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)  # kept after a case is gone
    object_type: Mapped[str] = mapped_column(String(40), default="")
    object_id: Mapped[int | None] = mapped_column(Integer)
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    actor: Mapped[User] = relationship()


class FormSubmission(Base):
    """A create form's one-time token (二重送信の防止), stored with what its first send created.

    The token is random and holds nothing about anyone; ``kind`` and ``object_id`` say which
    record the form made, so that a second send of the same form shows that record instead of
    making another. Claimed in the transaction that creates the record (``matching.submissions``).
    """

    __tablename__ = "form_submissions"

    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    object_id: Mapped[int | None] = mapped_column(Integer)  # set before the claim commits
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
