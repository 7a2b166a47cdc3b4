"""The demo town looks like a real directory and loads idempotently through the domain."""

from __future__ import annotations

import math
import tomllib
from collections import Counter
from importlib import resources

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.models import (
    Area,
    Category,
    Listing,
    ListingRevision,
    ListingStatus,
    Organization,
    OrganizationKind,
    Visibility,
    listing_categories,
)
from geo.geocoding import Located, OfflineGeocoder
from seeds.loader import listing_records, load_demo
from tests.conftest import SEED_TIME


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # Equirectangular approximation: exact enough over a few kilometres.
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def test_town_has_eight_community_centre_areas(db_session: Session) -> None:
    names = list(db_session.scalars(select(Area.name).order_by(Area.position)))
    assert names == [
        "第一地区", "第二地区", "第三地区", "第四地区", "第五地区", "第六地区", "都和地区", "新治地区",
    ]  # fmt: skip
    centres = list(db_session.scalars(select(Area.centre_name)))
    assert all(c.endswith("地区公民館") for c in centres)


def test_demo_has_enough_organizations_of_every_kind(db_session: Session) -> None:
    kinds = Counter(db_session.scalars(select(Organization.kind)))
    assert sum(kinds.values()) >= 30
    for kind in (
        OrganizationKind.SHAKYO, OrganizationKind.NPO, OrganizationKind.CHONAIKAI,
        OrganizationKind.COMPANY, OrganizationKind.GOVERNMENT,
    ):  # fmt: skip
        assert kinds[kind] >= 1, kind


def test_demo_has_at_least_150_listings_over_ten_categories(db_session: Session) -> None:
    seeded = db_session.scalar(select(func.count()).where(Listing.source_key.is_not(None)))
    assert seeded is not None
    assert seeded >= 150
    used = db_session.scalars(select(Category.code).join(listing_categories).distinct()).all()
    assert len(used) >= 10


def test_every_area_has_listings_of_several_categories(db_session: Session) -> None:
    for area in db_session.scalars(select(Area)):
        listings = db_session.scalars(
            select(Listing).where(Listing.location.has(area_id=area.id))
        ).all()
        categories = {c.code for listing in listings for c in listing.categories}
        assert len(listings) >= 10, area.name
        assert len(categories) >= 5, area.name


def test_every_listing_lies_in_its_real_town_within_its_area(db_session: Session) -> None:
    # The pins are the national table's points of each address's 町丁目・大字 (re-pinned by
    # scripts/repin_demo_seeds.py); an area is the list of towns of its 公民館 in areas.toml.
    geocoder = OfflineGeocoder()
    with resources.files("seeds").joinpath("tsuchiura", "areas.toml").open("rb") as fh:
        towns = {a["code"]: [t["name"] for t in a["towns"]] for a in tomllib.load(fh)["area"]}
    for listing in db_session.scalars(select(Listing).where(Listing.source_key.is_not(None))):
        loc = listing.location
        assert loc is not None, listing.name
        assert loc.area is not None, listing.name
        found = geocoder.geocode(loc.address)
        assert isinstance(found, Located), listing.name
        assert (loc.lat, loc.lon) == (found.lat, found.lon), listing.name
        assert loc.precision.value == found.precision, listing.name
        assert found.precision in ("chome", "oaza"), listing.name
        town = found.matched.removeprefix("茨城県土浦市")
        assert any(town.startswith(name) for name in towns[loc.area.code]), listing.name
        assert _km(loc.lat, loc.lon, loc.area.lat or 0, loc.area.lon or 0) < 5.0, listing.name


def test_demo_has_coordinator_only_job_trials_and_drafts(db_session: Session) -> None:
    coordinator_only = db_session.scalars(
        select(Listing).where(Listing.visibility == Visibility.COORDINATORS)
    ).all()
    assert len(coordinator_only) >= 3
    assert any("shuro" in [c.code for c in listing.categories] for listing in coordinator_only)
    drafts = db_session.scalar(select(func.count()).where(Listing.status == ListingStatus.DRAFT))
    assert drafts is not None
    assert drafts >= 3


def test_descriptions_are_natural_and_not_copied(db_session: Session) -> None:
    descriptions = db_session.scalars(select(Listing.description)).all()
    assert len(set(descriptions)) == len(descriptions)
    assert all(len(d) >= 40 for d in descriptions)
    assert not any("テスト" in d or "lorem" in d.lower() for d in descriptions)


def test_schedules_are_varied_and_mostly_structured(db_session: Session) -> None:
    listings = db_session.scalars(select(Listing).where(Listing.source_key.is_not(None))).all()
    flagged = [
        listing for listing in listings if listing.schedule and listing.schedule.needs_review
    ]
    assert len({listing.schedule.text for listing in listings if listing.schedule}) > 100
    # A few organisers write things no parser can structure; they stay, flagged, never dropped.
    assert 1 <= len(flagged) <= len(listings) // 8
    for listing in flagged:
        assert listing.schedule is not None
        assert listing.schedule.text.strip()


def test_information_dates_include_stale_ones(db_session: Session) -> None:
    dates = db_session.scalars(
        select(Listing.verified_at).where(Listing.status == ListingStatus.PUBLISHED)
    ).all()
    stale = [d for d in dates if d is not None and (SEED_TIME.date() - d).days > 180]
    assert 5 <= len(stale) <= len(dates) // 3


def test_published_demo_listings_have_an_approved_revision(db_session: Session) -> None:
    published = db_session.scalars(
        select(Listing).where(
            Listing.status == ListingStatus.PUBLISHED, Listing.source_key.is_not(None)
        )
    ).all()
    for listing in published:
        assert listing.revisions
        assert listing.revisions[-1].author_label == "デモデータ"


def test_loading_again_changes_nothing(db_session: Session) -> None:
    revisions_before = db_session.scalar(select(func.count(ListingRevision.id)))
    report = load_demo(db_session, now=SEED_TIME)
    assert report.listings_created == report.listings_updated == 0
    assert report.organizations_created == report.organizations_updated == 0
    assert report.listings_unchanged == len(list(listing_records()))
    assert db_session.scalar(select(func.count(ListingRevision.id))) == revisions_before


def test_an_edited_seed_listing_is_updated_through_a_new_revision(db_session: Session) -> None:
    listing = db_session.scalars(
        select(Listing).where(
            Listing.status == ListingStatus.PUBLISHED, Listing.source_key.is_not(None)
        )
    ).first()
    assert listing is not None
    listing.name = listing.name + "（旧）"  # as if the seed file had been edited since
    db_session.flush()
    report = load_demo(db_session, now=SEED_TIME)
    assert report.listings_updated == 1
    assert not listing.name.endswith("（旧）")
    assert listing.revisions[-1].changes["name"][0].endswith("（旧）")
