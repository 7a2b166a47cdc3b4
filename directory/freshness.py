"""情報の鮮度: which published listings nobody has confirmed for too long.

A listing is stale when its 情報確認日 (``verified_at``) is older than the configured number of
days (default 180). Approving a change or pressing "情報に変更はありません" renews it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from directory.models import Listing, ListingStatus


def _stale(
    today: date, max_age_days: int, organization_ids: Sequence[int] | None
) -> ColumnElement[bool]:
    cutoff = today - timedelta(days=max_age_days)
    condition = and_(
        Listing.status == ListingStatus.PUBLISHED,
        or_(Listing.verified_at.is_(None), Listing.verified_at < cutoff),
    )
    if organization_ids is not None:
        condition = and_(condition, Listing.organization_id.in_(organization_ids))
    return condition


def stale_listings(
    session: Session,
    *,
    today: date,
    max_age_days: int,
    organization_ids: Sequence[int] | None = None,
    limit: int | None = None,
) -> list[Listing]:
    """Published listings not confirmed within ``max_age_days``, the oldest first (the first
    ``limit`` of them when given)."""
    query = (
        select(Listing)
        .options(selectinload(Listing.organization))  # the lists name each one's organization
        .where(_stale(today, max_age_days, organization_ids))
        .order_by(Listing.verified_at.asc().nulls_first(), Listing.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def count_stale(
    session: Session,
    *,
    today: date,
    max_age_days: int,
    organization_ids: Sequence[int] | None = None,
) -> int:
    """How many listings ``stale_listings`` has, counted by the database."""
    condition = _stale(today, max_age_days, organization_ids)
    return session.scalar(select(func.count()).select_from(Listing).where(condition)) or 0
