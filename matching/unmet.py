"""Unmet needs (狭間のニーズ): needs nothing in the directory meets — the input to 地域づくり.

A record keeps what a report needs to say who is missing what, where: the area, the age band
and groups (対象) of the person, the kinds of activity (categories) and interest keywords they
wanted, when they were free and what they needed (conditions, accessibility, languages). It
keeps no case, no name and no sentence about the person. The coordinator sees the record
pre-filled from the participation need and may remove anything before saving it.

One need gives at most one record (the need points to it; the record does not point back),
and not once a referral for the need was accepted or started: then the need was met.
When a new listing, or an existing one that widened its 対象・日時・場所, meets the need,
the record is marked resolved with that listing; the report shows what 地域づくり achieved.

The report also counts why referrals did not work out (お断り and 中断, by coded reason): a
place that keeps declining for 定員 is a gap too.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from directory.browse import READING, Audience, of_kinds, visible
from directory.errors import InvalidData, NotFound, PermissionDenied
from directory.labels import LANGUAGES
from directory.models import (
    Area,
    Category,
    Listing,
    ListingStatus,
    Location,
    Target,
    User,
    listing_categories,
)
from matching import audit, labels
from matching.cases import require_open
from matching.interests import interest_words, looks_like_sentence
from matching.models import (
    AgeBand,
    OrganizationResponse,
    ParticipationNeed,
    Referral,
    ReferralEvent,
    ReferralStatus,
    TimeSlot,
    UnmetNeed,
)
from matching.noted_groups import is_private
from matching.outcomes import DeclineReason, UnmetResolution
from matching.permissions import can_see_reports

NO_AREA = ""
NO_CATEGORY = ""
MAX_INTERESTS = 10
# A referral at one of these steps, or accepted by the organization, means the need was met.
MET_STEPS = frozenset({ReferralStatus.TRIAL, ReferralStatus.PARTICIPATING, ReferralStatus.ENDED})


@dataclass(frozen=True)
class UnmetData:
    """What an unmet-need record keeps: nothing that identifies the person."""

    area_code: str = ""
    age_band: AgeBand = AgeBand.UNKNOWN
    targets: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()  # keywords (畑仕事, 日本語), never sentences
    weekdays: tuple[int, ...] = ()
    time_slots: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    accessibility: tuple[str, ...] = ()
    languages: tuple[str, ...] = field(default=())


def unmet_draft(need: ParticipationNeed) -> UnmetData:
    """The record as the need suggests it, for the coordinator to check before saving."""
    case = need.plan.case
    return UnmetData(
        area_code=case.area.code if case.area else "",
        age_band=case.age_band,
        targets=tuple(need.targets),
        categories=tuple(need.categories),
        interests=tuple(
            interest_words(need.interests, need.tags, skills="volunteer" in need.categories)[
                :MAX_INTERESTS
            ]
        ),
        weekdays=tuple(need.weekdays),
        time_slots=tuple(need.time_slots),
        conditions=tuple(need.conditions),
        accessibility=tuple(need.accessibility),
        languages=tuple(need.languages),
    )


def unmet_data(record: UnmetNeed) -> UnmetData:
    """What a saved record keeps, as the data it was recorded from (to be said in words)."""
    return UnmetData(
        area_code=record.area.code if record.area else "",
        age_band=record.age_band,
        targets=tuple(record.targets),
        categories=tuple(record.categories),
        interests=tuple(record.interests),
        weekdays=tuple(record.weekdays),
        time_slots=tuple(record.time_slots),
        conditions=tuple(record.conditions),
        accessibility=tuple(record.accessibility),
        languages=tuple(record.languages),
    )


def why_not_recordable(need: ParticipationNeed) -> str | None:
    """Why this need cannot be recorded as unmet (already recorded, or met), else None."""
    if need.unmet_need_id is not None:
        return labels.MSG_UNMET_ALREADY
    for referral in need.referrals:
        accepted = referral.org_response is OrganizationResponse.ACCEPTED
        if accepted or referral.status in MET_STEPS:
            return labels.MSG_UNMET_MET
    return None


def _validate(session: Session, data: UnmetData) -> Area | None:
    errors: dict[str, str] = {}
    area = None
    if data.area_code:
        area = session.scalars(select(Area).where(Area.code == data.area_code)).one_or_none()
        if area is None:
            errors["area"] = labels.MSG_BAD_CHOICE
    if set(data.categories) - set(session.scalars(select(Category.code))):
        errors["categories"] = labels.MSG_BAD_CHOICE
    if set(data.targets) - set(session.scalars(select(Target.code))):
        errors["targets"] = labels.MSG_BAD_CHOICE
    if len(data.interests) > MAX_INTERESTS or any(looks_like_sentence(w) for w in data.interests):
        errors["interests"] = labels.MSG_UNMET_INTERESTS.format(count=MAX_INTERESTS)
    elif private := next((w for w in data.interests if is_private(w)), None):
        # Aggregated for 地域づくり and exported: a diagnosis typed here would leave the case.
        errors["interests"] = labels.MSG_UNMET_PRIVATE_INTEREST.format(word=private)
    if any(not 0 <= d <= 6 for d in data.weekdays):
        errors["weekdays"] = labels.MSG_BAD_WEEKDAY
    checks = (
        ("time_slots", data.time_slots, {t.value for t in TimeSlot}),
        ("conditions", data.conditions, set(labels.CONDITIONS)),
        ("accessibility", data.accessibility, set(labels.ACCESSIBILITY)),
        ("languages", data.languages, set(LANGUAGES)),
    )
    for name, values, allowed in checks:
        if set(values) - allowed:
            errors[name] = labels.MSG_BAD_CHOICE
    if errors:
        raise InvalidData(errors)
    return area


def record_unmet_need(
    session: Session,
    actor: User,
    need: ParticipationNeed,
    *,
    today: date,
    data: UnmetData | None = None,
) -> UnmetNeed:
    """Record the need as unmet (``data`` as checked by the coordinator, else the draft)."""
    case = need.plan.case
    require_open(actor, case)
    # The need's row is locked first (as for referrals) and read again: two records at once
    # (two tabs) on PostgreSQL queue up, and the second sees the first instead of adding an
    # unmet need that no need points to but the report counts.
    session.execute(
        select(ParticipationNeed.id).where(ParticipationNeed.id == need.id).with_for_update()
    )
    session.refresh(need, ["unmet_need_id", "referrals"])
    refused = why_not_recordable(need)
    if refused:
        raise InvalidData({"unmet": refused})
    data = data or unmet_draft(need)
    area = _validate(session, data)
    # What the coordinator recorded; the audit names exactly these fields.
    recorded: dict[str, object] = {
        "area": area,
        "age_band": data.age_band,
        "targets": list(dict.fromkeys(data.targets)),
        "categories": list(dict.fromkeys(data.categories)),
        "interests": list(dict.fromkeys(unicodedata.normalize("NFKC", w) for w in data.interests)),
        "weekdays": sorted(set(data.weekdays)),
        "time_slots": list(dict.fromkeys(data.time_slots)),
        "conditions": list(dict.fromkeys(data.conditions)),
        "accessibility": list(dict.fromkeys(data.accessibility)),
        "languages": list(dict.fromkeys(data.languages)),
    }
    unmet = UnmetNeed(**recorded, recorded_on=today, recorded_by_id=actor.id)
    session.add(unmet)
    session.flush()
    need.unmet_need_id = unmet.id
    audit.record(
        session,
        actor,
        "unmet.create",
        case_id=case.id,
        object_type="unmet_need",
        object_id=unmet.id,
        fields=recorded.keys(),
    )
    return unmet


def get_unmet_need(session: Session, actor: User, unmet_id: int) -> UnmetNeed:
    """Any coordinator or admin may read an unmet need: it holds nothing personal."""
    if not can_see_reports(actor):
        raise PermissionDenied("unmet needs are for coordinators")
    unmet = session.get(UnmetNeed, unmet_id)
    if unmet is None:
        raise NotFound(labels.MSG_UNMET_NOT_FOUND)
    return unmet


def resolve_unmet_need(
    session: Session,
    actor: User,
    unmet: UnmetNeed,
    *,
    listing: Listing,
    resolution: UnmetResolution,
    today: date,
) -> None:
    """地域づくり: ``listing`` (new, or widened) now meets the need."""
    if not can_see_reports(actor):
        raise PermissionDenied("unmet needs are for coordinators")
    errors: dict[str, str] = {}
    if unmet.resolved_on is not None:
        errors["unmet"] = labels.MSG_UNMET_RESOLVED
    if listing.status is not ListingStatus.PUBLISHED:
        errors["listing"] = labels.MSG_UNMET_LISTING
    if errors:
        raise InvalidData(errors)
    unmet.resolved_on = today
    unmet.resolution = resolution
    unmet.resolved_listing = listing
    unmet.resolved_by_id = actor.id
    audit.record(
        session,
        actor,
        "unmet.resolve",
        case_id=None,
        object_type="unmet_need",
        object_id=unmet.id,
        fields=("resolved_on", "resolution", "resolved_listing"),
    )


CANDIDATES_SHOWN = 50  # listings offered at once to resolve an unmet need; a search narrows
CANDIDATES_COUNTED = 1_000  # beyond this many, the page says "over 1,000" (counting costs)


@dataclass(frozen=True)
class Candidates:
    """Listings offered to resolve an unmet need: the first ``CANDIDATES_SHOWN`` and how many
    there are in all (a directory of 100,000 has thousands of one kind); ``over`` when there
    are more than ``total`` (counting stopped there)."""

    listings: list[Listing]
    total: int
    over: bool = False


def resolution_candidates(
    session: Session, unmet: UnmetNeed, *, limit: int = CANDIDATES_SHOWN
) -> Candidates:
    """Published listings that could resolve ``unmet``: of its categories (any, when it names
    none), those in its area first, each part in reading order. Each part walks the reading
    order's index and stops at ``limit``; the count stops past ``CANDIDATES_COUNTED``."""
    statement = select(Listing).where(visible(Audience.COORDINATOR), of_kinds(unmet.categories))
    ordered = statement.options(selectinload(Listing.location)).order_by(READING, Listing.id)
    listings: list[Listing] = []
    rest = ordered
    if unmet.area_id is not None:
        located = ordered.join(Location, Location.listing_id == Listing.id)
        listings += session.scalars(
            located.where(Location.area_id == unmet.area_id).limit(limit)
        ).all()
        rest = ordered.outerjoin(Location, Location.listing_id == Listing.id).where(
            Location.area_id.is_distinct_from(unmet.area_id)
        )
    if len(listings) < limit:
        listings += session.scalars(rest.limit(limit - len(listings))).all()
    some = statement.with_only_columns(Listing.id).limit(CANDIDATES_COUNTED + 1).subquery()
    counted = session.scalar(select(func.count()).select_from(some)) or 0
    return Candidates(listings, min(counted, CANDIDATES_COUNTED), over=counted > CANDIDATES_COUNTED)


@dataclass(frozen=True)
class ReportCell:
    area_code: str
    category_code: str
    unmet: int
    listings: int


@dataclass(frozen=True)
class UnmetReport:
    cells: list[ReportCell]  # one per (area, category) with at least one open unmet need
    by_area: dict[str, int]
    by_category: dict[str, int]
    by_condition: dict[str, int]
    total: int  # recorded in the period, open or resolved
    by_target: dict[str, int] = field(default_factory=dict)
    by_age_band: dict[AgeBand, int] = field(default_factory=dict)
    by_interest: dict[str, int] = field(default_factory=dict)
    open_needs: Sequence[UnmetNeed] = ()  # not yet resolved, newest first
    resolved: Sequence[UnmetNeed] = ()  # resolved, newest first
    declines: dict[DeclineReason, int] = field(default_factory=dict)  # お断りの理由
    interruptions: dict[DeclineReason, int] = field(default_factory=dict)  # 中断の理由


def unmet_report(
    session: Session, actor: User, *, since: date | None = None, until: date | None = None
) -> UnmetReport:
    """Count unmet needs by area × category (a need with two categories counts in both).

    Resolved needs are counted in ``total`` and listed apart; the cells show what is still
    missing. Declines and interruptions of referrals in the period are counted by reason.
    """
    if not can_see_reports(actor):
        raise PermissionDenied("reports are for coordinators")
    query = select(UnmetNeed).options(
        selectinload(UnmetNeed.area), selectinload(UnmetNeed.resolved_listing)
    )
    if since is not None:
        query = query.where(UnmetNeed.recorded_on >= since)
    if until is not None:
        query = query.where(UnmetNeed.recorded_on <= until)
    rows = session.scalars(query.order_by(UnmetNeed.recorded_on.desc(), UnmetNeed.id.desc())).all()
    open_rows = [r for r in rows if r.resolved_on is None]

    cells: Counter[tuple[str, str]] = Counter()
    by_area: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_condition: Counter[str] = Counter()
    by_target: Counter[str] = Counter()
    by_age: Counter[AgeBand] = Counter()
    by_interest: Counter[str] = Counter()
    for row in open_rows:
        area = row.area.code if row.area else NO_AREA
        by_area[area] += 1
        for category in row.categories or [NO_CATEGORY]:
            cells[(area, category)] += 1
            by_category[category] += 1
        by_condition.update(row.conditions)
        by_target.update(row.targets)
        by_interest.update(row.interests)
        by_age[row.age_band] += 1

    supply = _listing_counts(session, {category for _area, category in cells})
    declines, interruptions = _referral_reasons(session, since, until)
    return UnmetReport(
        cells=[
            ReportCell(a, c, n, supply.get((a, c), 0))
            for (a, c), n in sorted(cells.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        by_area=dict(by_area.most_common()),
        by_category=dict(by_category.most_common()),
        by_condition=dict(by_condition.most_common()),
        total=len(rows),
        by_target=dict(by_target.most_common()),
        by_age_band=dict(by_age.most_common()),
        by_interest=dict(by_interest.most_common(20)),
        open_needs=open_rows,
        resolved=[r for r in rows if r.resolved_on is not None],
        declines=declines,
        interruptions=interruptions,
    )


def _referral_reasons(
    session: Session, since: date | None, until: date | None
) -> tuple[dict[DeclineReason, int], dict[DeclineReason, int]]:
    """Declines (by the day answered) and interruptions (by the day of 中断), by reason."""
    declines: Counter[DeclineReason] = Counter()
    for reason, answered in session.execute(
        select(Referral.decline_reason, Referral.org_responded_at).where(
            Referral.org_response == OrganizationResponse.DECLINED,
            Referral.decline_reason.is_not(None),
        )
    ):
        day = answered.date() if answered else None
        if reason is not None and (day is None or _in_period(day, since, until)):
            declines[reason] += 1
    interruptions: Counter[DeclineReason] = Counter()
    for reason, on in session.execute(
        select(Referral.interrupt_reason, ReferralEvent.happened_on)
        .join(ReferralEvent.referral)
        .where(
            ReferralEvent.status == ReferralStatus.INTERRUPTED,
            Referral.interrupt_reason.is_not(None),
        )
    ):
        if reason is not None and _in_period(on, since, until):
            interruptions[reason] += 1
    return dict(declines.most_common()), dict(interruptions.most_common())


def _in_period(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


def _listing_counts(session: Session, categories: set[str]) -> Counter[tuple[str, str]]:
    """Published listings of ``categories`` by (area code, category code), counted by the
    database: only the kinds some open need asks for (read as listings, a directory of
    100,000 took 15 s; counting every kind, 94 ms)."""
    if not categories - {NO_CATEGORY}:
        return Counter()
    rows = session.execute(
        select(Area.code, Category.code, func.count())
        .select_from(Listing)
        .join(listing_categories, listing_categories.c.listing_id == Listing.id)
        .join(Category, Category.id == listing_categories.c.category_id)
        .outerjoin(Location, Location.listing_id == Listing.id)
        .outerjoin(Area, Area.id == Location.area_id)
        .where(Listing.status == ListingStatus.PUBLISHED, Category.code.in_(categories))
        .group_by(Area.code, Category.code)
    ).all()
    counts: Counter[tuple[str, str]] = Counter()
    for area, category, n in rows:
        counts[(area or NO_AREA, category)] += n
    return counts
