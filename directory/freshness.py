"""情報の鮮度: which published listings nobody has confirmed for too long.

A listing is stale when its 情報確認日 (``verified_at``) is older than the configured number of
days (default 180). Approving a change or pressing "情報に変更はありません" renews it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus


def stale_listings(
    session: Session,
    *,
    today: date,
    max_age_days: int,
    organization_ids: Sequence[int] | None = None,
) -> list[Listing]:
    """Published listings not confirmed within ``max_age_days``, the oldest first."""
    cutoff = today - timedelta(days=max_age_days)
    query = select(Listing).where(
        Listing.status == ListingStatus.PUBLISHED,
        or_(Listing.verified_at.is_(None), Listing.verified_at < cutoff),
    )
    if organization_ids is not None:
        query = query.where(Listing.organization_id.in_(organization_ids))
    return list(
        session.scalars(query.order_by(Listing.verified_at.asc().nulls_first(), Listing.id))
    )
