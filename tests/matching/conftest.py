"""Fixtures for participation support: staff and members created through the account use case,
and a case with consent, a plan and a need, built the way a coordinator would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.accounts import UserData, save_user
from directory.models import Listing, Organization, User
from matching.cases import CaseData, ConsentData, create_case
from matching.models import AgeBand, Case, Meeting, ParticipationNeed, TimeSlot
from matching.plans import NeedData, PlanData, add_need, create_plan
from tests.factories import LOADER

TODAY = date(2026, 11, 23)
CATEGORIES = {"ibasho", "salon", "kayoinoba", "volunteer", "shuro", "kodomo_shokudo", "kosodate"}
TARGETS = {"everyone", "seniors", "youth", "hikikomori", "parents"}


@dataclass
class Staff:
    coordinator: User
    colleague: User  # another coordinator, not assigned to the case
    admin: User
    member: User  # an organization member


@pytest.fixture
def staff(db_session: Session) -> Staff:
    def user(email: str, role: str, orgs: tuple[int, ...] = ()) -> User:
        return save_user(
            db_session,
            UserData(
                email=email, display_name=email.split("@")[0], role=role, organization_ids=orgs
            ),
            actor=LOADER,
            password_hash="x" * 20,
        )

    johoku = db_session.scalars(
        select(Organization).where(Organization.source_key == "chonai-johoku")
    ).one()
    made = Staff(
        coordinator=user("c1@example.jp", "coordinator"),
        colleague=user("c2@example.jp", "coordinator"),
        admin=user("a1@example.jp", "admin"),
        member=user("m1@example.jp", "org_member", (johoku.id,)),
    )
    db_session.flush()
    return made


def consent(*scope: str, given: bool = True) -> ConsentData:
    return ConsentData(given=given, given_on=date(2026, 11, 10), scope=scope)


@pytest.fixture
def case(db_session: Session, staff: Staff) -> Case:
    return create_case(
        db_session,
        staff.coordinator,
        CaseData(
            display_name="山田 太郎",
            age_band=AgeBand.AGE_40S,
            area_code="niihari",
            meeting=Meeting.JUSO,
            meeting_date=date(2026, 11, 12),
        ),
        consent=consent("share_with_organization"),
        today=TODAY,
    )


def need_data(**overrides: object) -> NeedData:
    values: dict[str, object] = {
        "title": "平日午後に体を動かす活動",
        "categories": ("volunteer",),
        "interests": "農作業 土いじり",
        "weekdays": (0, 1, 2, 3, 4),
        "time_slots": (TimeSlot.AFTERNOON,),
        "travel_km": 3.0,
        "goal": "週1回、家の外で過ごす",
    }
    values.update(overrides)
    return NeedData(**values)  # type: ignore[arg-type]


@pytest.fixture
def need(db_session: Session, staff: Staff, case: Case) -> ParticipationNeed:
    plan = create_plan(
        db_session,
        staff.coordinator,
        case,
        PlanData(title="2026年度 支援プラン", started_on=date(2026, 11, 15)),
    )
    return add_need(
        db_session, staff.coordinator, plan, need_data(), categories=CATEGORIES, targets=TARGETS
    )


def johoku_listing(session: Session) -> Listing:
    return session.scalars(
        select(Listing)
        .join(Listing.organization)
        .where(Organization.source_key == "chonai-johoku")
        .order_by(Listing.id)
    ).first()  # type: ignore[return-value]
