"""Unmet needs (狭間のニーズ): needs nothing in the directory meets — the input to 地域づくり.

Recording one copies only what a report needs (area, categories, days, times, conditions,
accessibility, languages) from the participation need: no case, no name, no free text. The
report counts them by area and category next to the listings that already exist there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directory.errors import PermissionDenied
from directory.models import Area, Listing, ListingStatus, User
from matching import audit
from matching.access import can_see_reports
from matching.cases import require_open
from matching.models import ParticipationNeed, UnmetNeed

NO_AREA = ""
NO_CATEGORY = ""


def record_unmet_need(
    session: Session, actor: User, need: ParticipationNeed, *, today: date
) -> UnmetNeed:
    case = need.plan.case
    require_open(actor, case)
    unmet = UnmetNeed(
        area_id=case.area_id,
        categories=list(need.categories),
        weekdays=list(need.weekdays),
        time_slots=list(need.time_slots),
        conditions=list(need.conditions),
        accessibility=list(need.accessibility),
        languages=list(need.languages),
        recorded_on=today,
        recorded_by_id=actor.id,
    )
    session.add(unmet)
    session.flush()
    audit.record(
        session,
        actor,
        "unmet.create",
        case_id=case.id,
        object_type="unmet_need",
        object_id=unmet.id,
        fields=("area", "categories", "conditions"),
    )
    return unmet


@dataclass(frozen=True)
class ReportCell:
    area_code: str
    category_code: str
    unmet: int
    listings: int


@dataclass(frozen=True)
class UnmetReport:
    cells: list[ReportCell]  # one per (area, category) with at least one unmet need
    by_area: dict[str, int]
    by_category: dict[str, int]
    by_condition: dict[str, int]
    total: int


def unmet_report(
    session: Session, actor: User, *, since: date | None = None, until: date | None = None
) -> UnmetReport:
    """Count unmet needs by area × category (a need with two categories counts in both)."""
    if not can_see_reports(actor):
        raise PermissionDenied("reports are for coordinators")
    query = select(UnmetNeed).options(selectinload(UnmetNeed.area))
    if since is not None:
        query = query.where(UnmetNeed.recorded_on >= since)
    if until is not None:
        query = query.where(UnmetNeed.recorded_on <= until)
    rows = session.scalars(query).all()

    cells: Counter[tuple[str, str]] = Counter()
    by_area: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    by_condition: Counter[str] = Counter()
    for row in rows:
        area = row.area.code if row.area else NO_AREA
        by_area[area] += 1
        for category in row.categories or [NO_CATEGORY]:
            cells[(area, category)] += 1
            by_category[category] += 1
        by_condition.update(row.conditions)

    supply = _listing_counts(session)
    return UnmetReport(
        cells=[
            ReportCell(a, c, n, supply.get((a, c), 0))
            for (a, c), n in sorted(cells.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        by_area=dict(by_area.most_common()),
        by_category=dict(by_category.most_common()),
        by_condition=dict(by_condition.most_common()),
        total=len(rows),
    )


def _listing_counts(session: Session) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    listings = session.scalars(
        select(Listing)
        .where(Listing.status == ListingStatus.PUBLISHED)
        .options(selectinload(Listing.categories), selectinload(Listing.location))
    ).all()
    areas = {a.id: a.code for a in session.scalars(select(Area))}
    for listing in listings:
        area_id = listing.location.area_id if listing.location else None
        area = areas.get(area_id, NO_AREA) if area_id is not None else NO_AREA
        for category in listing.categories:
            counts[(area, category.code)] += 1
    return counts
