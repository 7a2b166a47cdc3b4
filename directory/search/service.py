"""The search use case: free text + facets → one page of listings, facet counts, snippets.

``search(session, ranker, criteria, audience)`` asks the in-memory ranker which listings match,
then loads that page from the database *with the visibility rule applied again*, so an index
that lags behind the database can never show a listing the audience may not see.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.browse import Audience, Paginated, listing_load_options, visible
from directory.models import Listing
from directory.search.index import FACETS
from directory.search.query import ParsedQuery, parse
from directory.search.ranking import Ranker
from directory.search.snippets import highlight


class SearchSort(enum.StrEnum):
    RELEVANCE = "relevance"
    DISTANCE = "distance"


@dataclass(frozen=True)
class Criteria:
    """What a search asks for. Facet values combine with OR inside a facet, AND across."""

    text: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: SearchSort = SearchSort.RELEVANCE
    origin: tuple[float, float] | None = None  # (lat, lon) for distance sort and radius
    within_km: float | None = None  # only listings this close to ``origin`` (needs an origin)
    page: int = 1
    per_page: int = 20

    @property
    def has_filters(self) -> bool:
        return any(self.facets.get(name) for name in FACETS) or self.within_km is not None


@dataclass(frozen=True)
class Hit:
    listing: Listing
    snippet: str  # escaped HTML with <mark>
    distance_km: float | None


@dataclass(frozen=True)
class SearchResult(Paginated):
    criteria: Criteria
    parsed: ParsedQuery
    hits: Sequence[Hit]
    total: int
    counts: dict[str, dict[str, int]]
    page: int
    per_page: int

    def relaxations(self) -> list[str]:
        """Facets whose removal alone would give results (for 該当なし suggestions)."""
        found = []
        for name, values in self.criteria.facets.items():
            if values and sum(self.counts.get(name, {}).values()) > 0:
                found.append(name)
        return found


def search(
    session: Session, ranker: Ranker, criteria: Criteria, audience: Audience
) -> SearchResult:
    parsed = parse(criteria.text)
    page = max(1, criteria.page)
    by_distance = criteria.sort is SearchSort.DISTANCE and criteria.origin is not None
    ranked = ranker.search(
        parsed.query,
        {k: v for k, v in criteria.facets.items() if k in FACETS},
        public_only=audience is Audience.PUBLIC,
        origin=criteria.origin,
        by_distance=by_distance,
        within_km=criteria.within_km if criteria.origin is not None else None,
        offset=(page - 1) * criteria.per_page,
        limit=criteria.per_page,
    )
    pages = max(1, math.ceil(ranked.total / criteria.per_page))
    if page > pages:  # past the end: show the last page rather than nothing
        return search(session, ranker, _with_page(criteria, pages), audience)
    rows = {
        listing.id: listing
        for listing in session.scalars(
            select(Listing)
            .where(Listing.id.in_(ranked.listing_ids), visible(audience))
            .options(*listing_load_options())
        )
    }
    hits = [
        Hit(
            listing=rows[i],
            snippet=highlight(rows[i].description, parsed.highlight),
            distance_km=ranked.distances_km.get(i),
        )
        for i in ranked.listing_ids
        if i in rows
    ]
    return SearchResult(
        criteria=criteria,
        parsed=parsed,
        hits=hits,
        total=ranked.total,
        counts=ranked.counts,
        page=page,
        per_page=criteria.per_page,
    )


def _with_page(criteria: Criteria, page: int) -> Criteria:
    return replace(criteria, page=page)
