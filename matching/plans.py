"""Support plans (支援プラン) and their participation needs (参加ニーズ), each change audited.

A need says what the person wants to take part in and under which conditions: wanted
categories, interests (free text and tags), available weekdays and times of day, how far they
can travel (a distance, or a mode that stands for one), a cost ceiling, accessibility and
language needs, other conditions (少人数, 見学できる, 子連れ可…) and the goal. The matching
engine reads exactly these fields, and the person's age band from the case.

Each condition the engine can filter on (``CONDITION_KEYS``: distance, weekday/time, language,
target, age, accessibility, cost) is 必須 unless the need marks it 希望 (``preferred``): a
required condition removes what does not meet it, a preferred one only lowers its score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from directory.db import utcnow
from directory.errors import InvalidData, NotFound
from directory.models import User
from matching import audit, editing, labels, roles
from matching.cases import require_open
from matching.models import (
    Case,
    CaseStatus,
    ParticipationNeed,
    Plan,
    PlanRole,
    TimeSlot,
    TravelMode,
)
from matching.permissions import can_view_case
from matching.roles import RoleData

# The conditions a need can mark 希望 instead of 必須 (labels in matching.labels.CONDITION_KEY).
CONDITION_KEYS = ("target", "age", "schedule", "distance", "accessibility", "language", "cost")

# What a travel mode stands for when no explicit distance is given: a 目安 in km, compared
# with the straight-line distance from where the person lives (the only distance the directory
# knows). Roads are longer: in towns about 1.2 times the straight line (Newell 1980; O'Sullivan
# 1996 measured 1.21–1.23 around transit stations), so 自転車 4 km in a straight line is about
# 5 km by road. Reading these figures as road distances and comparing 1.2 × the straight line
# with them was measured on the judged personas (benchmarks/matching_quality.py): it lost
# places coordinators judged reachable (recall@5 of the first sixteen 0.83 → 0.78), so the
# figures stay straight-line 目安, and a suggestion or near miss says so
# (「直線4.7km（自転車の目安4km）」) for the coordinator to relax in one click.
TRAVEL_MODE_KM = {
    TravelMode.WALK: 1.5,
    TravelMode.BICYCLE: 4.0,
    TravelMode.BUS: 10.0,
    TravelMode.CAR: 20.0,
}


@dataclass(frozen=True)
class PlanData:
    title: str
    started_on: date
    review_on: date | None = None
    goal: str = ""
    roles: tuple[RoleData, ...] = field(default=())  # 役割分担, the lead agency among them


@dataclass(frozen=True)
class NeedData:
    title: str
    categories: tuple[str, ...] = ()
    interests: str = ""
    tags: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    weekdays: tuple[int, ...] = ()
    time_slots: tuple[TimeSlot, ...] = ()
    travel_mode: TravelMode = TravelMode.DISTANCE
    travel_km: float | None = None
    origin_lat: float | None = None
    origin_lon: float | None = None
    cost_ceiling_yen: int | None = None
    accessibility: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    goal: str = ""
    preferred: tuple[str, ...] = ()  # CONDITION_KEYS marked 希望; the others are 必須

    def required(self, key: str) -> bool:
        return key not in self.preferred

    @property
    def travel_limit_phrase(self) -> str:
        """The limit in force as the person set it: 「希望 3km」 when typed, 「自転車の目安4km」
        when it is what the travel mode stands for (empty with neither)."""
        if self.travel_km is not None:
            return f"希望 {self.travel_km:g}km"
        if self.travel_mode in TRAVEL_MODE_KM:
            mode = labels.TRAVEL_MODE[self.travel_mode]
            return f"{mode}の目安{TRAVEL_MODE_KM[self.travel_mode]:g}km"
        return ""

    @property
    def travel_limit_km(self) -> float | None:
        """The distance limit in force: the explicit one, else what the mode stands for."""
        if self.travel_km is not None:
            return self.travel_km
        return TRAVEL_MODE_KM.get(self.travel_mode)


def need_data(need: ParticipationNeed) -> NeedData:
    return NeedData(
        title=need.title,
        categories=tuple(need.categories),
        interests=need.interests,
        tags=tuple(need.tags),
        targets=tuple(need.targets),
        weekdays=tuple(need.weekdays),
        time_slots=tuple(TimeSlot(s) for s in need.time_slots),
        travel_mode=need.travel_mode,
        travel_km=need.travel_km,
        origin_lat=need.origin_lat,
        origin_lon=need.origin_lon,
        cost_ceiling_yen=need.cost_ceiling_yen,
        accessibility=tuple(need.accessibility),
        languages=tuple(need.languages),
        conditions=tuple(need.conditions),
        goal=need.goal,
        preferred=tuple(need.preferred),
    )


def plan_data(plan: Plan) -> PlanData:
    return PlanData(
        title=plan.title,
        started_on=plan.started_on,
        review_on=plan.review_on,
        goal=plan.goal,
        roles=tuple(roles.role_data(r) for r in plan.roles),
    )


def validate_plan(data: PlanData, session: Session | None = None) -> None:
    errors: dict[str, str] = {}
    if session is not None:
        errors.update(roles.validate_roles(session, data.roles))
    if not data.title.strip():
        errors["title"] = labels.MSG_REQUIRED
    elif len(data.title) > 200:
        errors["title"] = labels.MSG_TOO_LONG.format(limit=200)
    if data.review_on is not None and data.review_on <= data.started_on:
        errors["review_on"] = labels.MSG_PLAN_DATES
    if len(data.goal) > 2000:
        errors["goal"] = labels.MSG_TOO_LONG.format(limit=2000)
    if errors:
        raise InvalidData(errors)


def validate_need(data: NeedData, *, categories: set[str], targets: set[str]) -> None:
    """Check a need against the vocabularies; raises InvalidData with Japanese messages."""
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = labels.MSG_REQUIRED
    elif len(data.title) > 200:
        errors["title"] = labels.MSG_TOO_LONG.format(limit=200)
    if not data.categories and not data.interests.strip() and not data.tags:
        errors["interests"] = labels.MSG_ONE_WISH
    if set(data.categories) - categories:
        errors["categories"] = labels.MSG_BAD_CHOICE
    if set(data.targets) - targets:
        errors["targets"] = labels.MSG_BAD_CHOICE
    if any(not 0 <= d <= 6 for d in data.weekdays):
        errors["weekdays"] = labels.MSG_BAD_WEEKDAY
    if data.travel_km is not None and not 0.1 <= data.travel_km <= 50:
        errors["travel_km"] = labels.MSG_TRAVEL_KM
    if data.cost_ceiling_yen is not None and data.cost_ceiling_yen < 0:
        errors["cost_ceiling_yen"] = labels.MSG_COST
    if set(data.accessibility) - set(labels.ACCESSIBILITY):
        errors["accessibility"] = labels.MSG_BAD_CHOICE
    if set(data.conditions) - set(labels.CONDITIONS):
        errors["conditions"] = labels.MSG_BAD_CHOICE
    if set(data.preferred) - set(CONDITION_KEYS):
        errors["preferred"] = labels.MSG_BAD_CHOICE
    if (data.origin_lat is None) != (data.origin_lon is None):
        errors["origin"] = labels.MSG_ORIGIN
    for name, limit in (("interests", 1000), ("goal", 2000)):
        if len(getattr(data, name)) > limit:
            errors[name] = labels.MSG_TOO_LONG.format(limit=limit)
    if errors:
        raise InvalidData(errors)


def create_plan(session: Session, actor: User, case: Case, data: PlanData) -> Plan:
    require_open(actor, case)
    validate_plan(data, session)
    plan = Plan(
        case=case,
        title=data.title.strip(),
        started_on=data.started_on,
        review_on=data.review_on,
        goal=data.goal.strip(),
        roles=roles.build(PlanRole, data.roles),
    )
    session.add(plan)
    session.flush()
    audit.record(
        session,
        actor,
        "plan.create",
        case_id=case.id,
        object_type="plan",
        object_id=plan.id,
        fields=("title", "started_on", "review_on", "goal", *(("roles",) if data.roles else ())),
    )
    return plan


def update_plan(
    session: Session, actor: User, plan: Plan, data: PlanData, *, seen: str | None = None
) -> list[str]:
    """Change the plan (its roles as a whole); returns the names of the fields that changed.

    ``seen`` is the version the edit form was opened at (``matching.editing.version``): a form
    opened before someone else saved the plan is refused with ``Conflict``. None: no check.
    """
    require_open(actor, plan.case)
    if seen is not None:
        editing.require_unchanged(session, plan, seen)
    validate_plan(data, session)
    new = {
        "title": data.title.strip(),
        "started_on": data.started_on,
        "review_on": data.review_on,
        "goal": data.goal.strip(),
    }
    changed = audit.apply_changes(
        session, actor, plan, new, action="plan.update", case_id=plan.case_id, object_type="plan"
    )
    if tuple(roles.role_data(r) for r in plan.roles) != _clean(data.roles):
        plan.roles = roles.build(PlanRole, data.roles)
        # The roles are rows of their own: a change of them alone must move the plan's version
        # too, or a form opened before it would undo it unwarned.
        plan.updated_at = utcnow()
        audit.record(
            session,
            actor,
            "plan.update",
            case_id=plan.case_id,
            object_type="plan",
            object_id=plan.id,
            fields=("roles",),
        )
        changed.append("roles")
    return changed


def _clean(data: Sequence[RoleData]) -> tuple[RoleData, ...]:
    return tuple(
        RoleData(
            r.organization_id,
            "" if r.organization_id is not None else r.party.strip(),
            r.task.strip(),
            r.lead,
        )
        for r in data
    )


@dataclass(frozen=True)
class Review:
    """A plan to look at again (次回プラン見直し), on the coordinator's agenda."""

    due_on: date
    plan: Plan

    @property
    def case(self) -> Case:
        return self.plan.case


def reviews_due(
    session: Session, actor: User, today: date, *, horizon_days: int = 14
) -> list[Review]:
    """Plans of the actor's open cases whose review date has passed or comes within the horizon."""
    rows = session.scalars(
        select(Plan)
        .join(Plan.case)
        .where(
            Plan.review_on.is_not(None),
            Plan.review_on <= today + timedelta(days=horizon_days),
            Case.status == CaseStatus.OPEN,
            Case.coordinators.any(User.id == actor.id),
        )
        .options(joinedload(Plan.case), selectinload(Plan.roles))
        .order_by(Plan.review_on, Plan.id)
    ).all()
    # An empty agenda shows no case data (and records nothing).
    audit.record_shown(
        session, actor, "plan.list_reviews", (p.case_id for p in rows), fields=("review_on",)
    )
    return [Review(p.review_on, p) for p in rows if p.review_on is not None]


def _columns(data: NeedData) -> dict[str, object]:
    values = asdict(data)
    for name in (
        "categories",
        "tags",
        "targets",
        "weekdays",
        "accessibility",
        "languages",
        "conditions",
    ):
        values[name] = list(dict.fromkeys(values[name]))
    values["preferred"] = [k for k in CONDITION_KEYS if k in data.preferred]
    values["weekdays"] = sorted(values["weekdays"])
    values["time_slots"] = [TimeSlot(s).value for s in dict.fromkeys(data.time_slots)]
    values["title"] = data.title.strip()
    return values


def add_need(
    session: Session,
    actor: User,
    plan: Plan,
    data: NeedData,
    *,
    categories: set[str],
    targets: set[str],
) -> ParticipationNeed:
    require_open(actor, plan.case)
    validate_need(data, categories=categories, targets=targets)
    need = ParticipationNeed(plan=plan, **_columns(data))
    session.add(need)
    session.flush()
    audit.record(
        session,
        actor,
        "need.create",
        case_id=plan.case_id,
        object_type="need",
        object_id=need.id,
        fields=_columns(data).keys(),
    )
    return need


def update_need(
    session: Session,
    actor: User,
    need: ParticipationNeed,
    data: NeedData,
    *,
    categories: set[str],
    targets: set[str],
    seen: str | None = None,
) -> list[str]:
    """Change the need; ``seen`` is the version its edit form was opened at (a form opened
    before someone else saved the need is refused with ``Conflict``). None: no check."""
    require_open(actor, need.plan.case)
    if seen is not None:
        editing.require_unchanged(session, need, seen)
    validate_need(data, categories=categories, targets=targets)
    new = _columns(data)
    return audit.apply_changes(
        session,
        actor,
        need,
        new,
        action="need.update",
        case_id=need.plan.case_id,
        object_type="need",
    )


def relax_condition(session: Session, actor: User, need: ParticipationNeed, key: str) -> None:
    """Mark one 必須 condition of the need 希望 (the near-miss "relax" click)."""
    require_open(actor, need.plan.case)
    if key not in CONDITION_KEYS:
        raise InvalidData({"condition": labels.MSG_BAD_CHOICE})
    preferred = [k for k in CONDITION_KEYS if k in need.preferred or k == key]
    audit.apply_changes(
        session,
        actor,
        need,
        {"preferred": preferred},
        action="need.update",
        case_id=need.plan.case_id,
        object_type="need",
    )


def get_plan(session: Session, actor: User, plan_id: int, *, purpose: str = "read") -> Plan:
    """Load a plan the actor may see, and audit the read (``purpose``: read, edit, print)."""
    plan = session.get(Plan, plan_id)
    if plan is None or not can_view_case(actor, plan.case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session,
        actor,
        f"plan.{purpose}",
        case_id=plan.case_id,
        object_type="plan",
        object_id=plan.id,
    )
    return plan


def get_need(session: Session, actor: User, need_id: int) -> ParticipationNeed:
    need = session.get(ParticipationNeed, need_id)
    if need is None or not can_view_case(actor, need.plan.case):
        raise NotFound(labels.MSG_CASE_NOT_FOUND)
    audit.record(
        session,
        actor,
        "need.read",
        case_id=need.plan.case_id,
        object_type="need",
        object_id=need.id,
    )
    return need
