"""Who sees which listing, and the listing browser's filters."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import groupby

import pytest
from sqlalchemy import Select, event, func, select, text
from sqlalchemy.orm import Session

from directory import browse, vocabulary
from directory.browse import Audience, ListingFilter
from directory.errors import NotFound
from directory.listings import archive_listing
from directory.models import Category, Listing, Target, listing_categories, listing_targets
from tests.factories import NOW, make_listing


def _ids(session: Session, flt: ListingFilter, audience: Audience = Audience.PUBLIC) -> set[int]:
    page = browse.browse_listings(session, flt, audience, per_page=1000)
    return {listing.id for listing in page.items}


def test_residents_see_published_public_listings(db_session: Session) -> None:
    listing = make_listing(db_session)
    assert browse.get_listing(db_session, listing.id, Audience.PUBLIC) is listing
    assert listing.id in _ids(db_session, ListingFilter())


@pytest.mark.parametrize("audience", list(Audience))
def test_nobody_browsing_sees_a_draft(db_session: Session, audience: Audience) -> None:
    draft = make_listing(db_session, publish=False)
    with pytest.raises(NotFound):
        browse.get_listing(db_session, draft.id, audience)
    assert draft.id not in _ids(db_session, ListingFilter(), audience)


def test_coordinator_only_listing_is_hidden_from_residents(db_session: Session) -> None:
    listing = make_listing(db_session, visibility="coordinators")
    with pytest.raises(NotFound):
        browse.get_listing(db_session, listing.id, Audience.PUBLIC)
    assert listing.id not in _ids(db_session, ListingFilter())
    assert browse.get_listing(db_session, listing.id, Audience.COORDINATOR) is listing


def test_archived_listing_disappears(db_session: Session) -> None:
    listing = make_listing(db_session)
    archive_listing(listing, NOW)
    db_session.flush()
    with pytest.raises(NotFound):
        browse.get_listing(db_session, listing.id, Audience.PUBLIC)


def test_filters_combine_facets_with_and_and_values_with_or(db_session: Session) -> None:
    thursday_salon = make_listing(db_session, categories=("salon",), area="daiichi")
    saturday_salon = make_listing(
        db_session,
        categories=("salon",),
        area="niihari",
        schedule_text="第2・第4土曜日 10:00〜12:00",
    )
    cafe = make_listing(db_session, categories=("ibasho",), area="daiichi")
    salons = _ids(db_session, ListingFilter(categories=("salon",)))
    assert {thursday_salon.id, saturday_salon.id} <= salons
    assert cafe.id not in salons

    salons_in_niihari = _ids(db_session, ListingFilter(categories=("salon",), areas=("niihari",)))
    assert saturday_salon.id in salons_in_niihari
    assert thursday_salon.id not in salons_in_niihari

    thu_or_sat = _ids(db_session, ListingFilter(categories=("salon",), weekdays=(3, 5)))
    assert {thursday_salon.id, saturday_salon.id} <= thu_or_sat
    assert _ids(db_session, ListingFilter(categories=("salon",), weekdays=(5,))) >= {
        saturday_salon.id
    }
    assert thursday_salon.id not in _ids(db_session, ListingFilter(weekdays=(5,)))


def test_target_filter(db_session: Session) -> None:
    for_parents = make_listing(db_session, targets=("parents", "children"))
    for_everyone = make_listing(db_session, targets=("everyone",))
    found = _ids(db_session, ListingFilter(targets=("parents",)))
    assert for_parents.id in found
    assert for_everyone.id not in found


def test_holiday_filter_finds_listings_that_meet_on_holidays(db_session: Session) -> None:
    weekend = make_listing(db_session, schedule_text="土日祝 10:00〜15:00")
    weekday = make_listing(db_session, schedule_text="平日 9:00〜17:00")
    found = _ids(db_session, ListingFilter(weekdays=(browse.HOLIDAYS,)))
    assert weekend.id in found
    assert weekday.id not in found


def test_pages_cover_every_listing_once(db_session: Session) -> None:
    flt = ListingFilter()
    first = browse.browse_listings(db_session, flt, Audience.PUBLIC, page=1, per_page=7)
    seen: list[int] = []
    for number in range(1, first.pages + 1):
        page = browse.browse_listings(db_session, flt, Audience.PUBLIC, page=number, per_page=7)
        seen.extend(listing.id for listing in page.items)
    assert len(seen) == len(set(seen)) == first.total


def test_page_past_the_end_shows_the_last_page(db_session: Session) -> None:
    page = browse.browse_listings(
        db_session, ListingFilter(), Audience.PUBLIC, page=999, per_page=20
    )
    assert page.page == page.pages
    assert page.items


def test_category_counts_match_the_browser(db_session: Session) -> None:
    counts = browse.count_by_category(db_session, Audience.PUBLIC)
    for code in ("kodomo_shokudo", "salon", "shuro"):
        page = browse.browse_listings(
            db_session, ListingFilter(categories=(code,)), Audience.PUBLIC
        )
        assert counts[code] == page.total


def test_organizations_are_listed_in_reading_order_page_by_page(db_session: Session) -> None:
    first = browse.list_organizations(db_session, page=1, per_page=3)
    second = browse.list_organizations(db_session, page=2, per_page=3)
    assert first.total == second.total > 3
    assert len(first.items) == 3
    assert not {o.id for o in first.items} & {o.id for o in second.items}
    everything = browse.list_organizations(db_session, per_page=1000).items
    keys = [o.kana or o.name for o in everything]
    assert keys == sorted(keys)


def test_last_changed_follows_publishing_and_archiving_but_not_drafts(
    db_session: Session,
) -> None:
    before = browse.last_changed(db_session)
    assert before is not None
    later = datetime(2030, 1, 1, tzinfo=UTC)
    draft = make_listing(db_session, publish=False)
    draft.updated_at = later
    db_session.flush()
    assert browse.last_changed(db_session) == before

    listing = make_listing(db_session)
    archive_listing(listing, later)
    db_session.flush()
    assert browse.last_changed(db_session) == later


def test_a_listing_is_found_by_id_whatever_its_status(db_session: Session) -> None:
    draft = make_listing(db_session, publish=False)
    assert browse.find_listing(db_session, draft.id) is draft
    assert browse.find_listing(db_session, draft.id + 1000) is None


@pytest.mark.parametrize("audience", list(Audience))
def test_listings_by_id_keep_only_what_the_audience_may_see(
    db_session: Session, audience: Audience
) -> None:
    public = make_listing(db_session)
    hidden = make_listing(db_session, visibility="coordinators")
    draft = make_listing(db_session, publish=False)
    found = {
        x.id
        for x in browse.listings_by_id(db_session, [public.id, hidden.id, draft.id, -1], audience)
    }
    expected = {public.id, hidden.id} if audience is Audience.COORDINATOR else {public.id}
    assert found == expected


def test_map_pins_are_the_visible_listings_with_a_pin_as_a_marker_shows_them(
    db_session: Session,
) -> None:
    pinned = make_listing(
        db_session, name="ピン留めの居場所", categories=("salon", "ibasho"), area="niihari"
    )
    unpinned = make_listing(db_session, address="", lat=None, lon=None, precision="unknown")
    hidden = make_listing(db_session, visibility="coordinators")
    pins = browse.map_pins(db_session, Audience.PUBLIC)
    ids = [pin.listing_id for pin in pins]
    assert pinned.id in ids
    assert unpinned.id not in ids
    assert hidden.id not in ids
    assert ids == sorted(ids)
    coordinators = browse.map_pins(db_session, Audience.COORDINATOR)
    assert hidden.id in [pin.listing_id for pin in coordinators]
    (only,) = browse.map_pins(db_session, Audience.PUBLIC, listing_ids=[pinned.id, hidden.id])
    assert only == browse.Pin(
        listing_id=pinned.id,
        name="ピン留めの居場所",
        lat=36.0873,
        lon=140.1957,
        category="居場所",  # the first in the vocabulary's order, whatever the listing's
        schedule="毎週木曜日 10:00〜12:00",
        place_name="城北町集会所",
        address="茨城県土浦市城北町5-12",
        area="新治地区",
        kana=pinned.kana,  # the name's reading, for ふりがな in the map's list
    )
    positions = {c.label: c.position for c in pinned.categories}
    assert positions["居場所"] < positions["高齢者サロン"]
    bare = make_listing(db_session, schedule_text="", area=None)
    (pin,) = browse.map_pins(db_session, Audience.PUBLIC, listing_ids=[bare.id])
    assert (pin.schedule, pin.area) == ("", "")


def test_the_list_beside_the_map_goes_by_area_then_reading_a_page_at_a_time(
    db_session: Session,
) -> None:
    make_listing(db_session, name="地区のない活動", kana="ちくのないかつどう", area=None)
    make_listing(db_session, name="あいうえお体操", kana="あいうえおたいそう", area="niihari")
    everyone = browse.map_pins(db_session, Audience.PUBLIC)
    summary = browse.pin_summary(db_session, Audience.PUBLIC)
    first = browse.pin_page(db_session, Audience.PUBLIC, summary, page=1, per_page=40)
    assert first.total == len(everyone) > 80
    assert first.pages == -(-len(everyone) // 40)
    listed = [
        pin
        for page in range(1, first.pages + 1)
        for pin in browse.pin_page(
            db_session, Audience.PUBLIC, summary, page=page, per_page=40
        ).items
    ]
    assert sorted(p.listing_id for p in listed) == [p.listing_id for p in everyone]
    area_order = [a.name for a in vocabulary.areas(db_session)] + [""]
    runs = [area for area, _ in groupby(p.area for p in listed)]
    assert runs == [a for a in area_order if a in runs]  # each area once, in the areas' order
    assert runs[-1] == ""  # listings without an area come last
    kana = {x.id: x.kana or x.name for x in db_session.scalars(select(Listing))}
    for _area, pins in groupby(listed, lambda p: p.area):
        readings = [kana[p.listing_id] for p in pins]
        assert readings == sorted(readings)
    past_the_end = browse.pin_page(db_session, Audience.PUBLIC, summary, page=999, per_page=40)
    assert past_the_end.page == first.pages
    assert past_the_end.items == listed[(first.pages - 1) * 40 :]


def test_a_page_of_the_list_beside_the_map_reads_its_pins_once_whatever_its_areas(
    db_session: Session,
) -> None:
    """The page's ids are read area by area (each from the index in reading order), what the
    list shows of them in one statement: page 1 of the demo town's map spans every area."""
    summary = browse.pin_summary(db_session, Audience.PUBLIC)
    spanned = len(summary.by_area)
    assert spanned > 3
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = db_session.get_bind().engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = browse.pin_page(db_session, Audience.PUBLIC, summary, page=1, per_page=10_000)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(page.items) == summary.count
    assert len(statements) == spanned + 1, statements


def test_area_pins_are_where_each_areas_visible_listings_are(db_session: Session) -> None:
    make_listing(db_session, area="niihari", lat=36.1, lon=140.1)
    make_listing(db_session, area="niihari", lat=36.2, lon=140.2, visibility="coordinators")
    public = browse.area_pins(db_session, Audience.PUBLIC)
    assert ("niihari", 36.1, 140.1) in public
    assert ("niihari", 36.2, 140.2) not in public
    assert ("niihari", 36.2, 140.2) in browse.area_pins(db_session, Audience.COORDINATOR)


def test_every_organization_is_offered_by_its_reading(db_session: Session) -> None:
    found = browse.organizations_by_kana(db_session)
    assert found
    assert [o.kana for o in found] == sorted(o.kana for o in found)


def _page_statement(session: Session, ids: list[int]) -> Select[Listing]:
    return browse.with_page_relations(
        select(Listing).where(Listing.id.in_(ids)), session.get_bind().dialect.name
    )


def test_a_page_reads_each_listings_categories_and_targets_once_in_their_order(
    db_session: Session,
) -> None:
    linked = {
        r.listing_id
        for r in db_session.execute(
            select(listing_targets.c.listing_id)
            .group_by(listing_targets.c.listing_id)
            .having(func.count() >= 2)
        )
    }
    several = [
        r.listing_id
        for r in db_session.execute(
            select(listing_categories.c.listing_id)
            .where(listing_categories.c.listing_id.in_(linked))
            .group_by(listing_categories.c.listing_id)
            .having(func.count() >= 2)
        )
    ]
    assert several, "the demo town has listings of several kinds for several groups"
    ids = several + [
        item.id
        for item in browse.browse_listings(
            db_session, ListingFilter(), Audience.COORDINATOR, per_page=30
        ).items
    ]
    expected = {
        i: (
            list(db_session.scalars(
                select(Category.code).join(listing_categories)
                .where(listing_categories.c.listing_id == i).order_by(Category.position)
            )),
            list(db_session.scalars(
                select(Target.code).join(listing_targets)
                .where(listing_targets.c.listing_id == i).order_by(Target.position)
            )),
        )
        for i in ids
    }  # fmt: skip
    db_session.expunge_all()  # read afresh, not from the identity map
    listings = db_session.scalars(_page_statement(db_session, ids)).unique().all()
    assert {listing.id for listing in listings} == set(ids)
    for listing in listings:
        got = ([c.code for c in listing.categories], [t.code for t in listing.targets])
        assert got == expected[listing.id], listing.name


def test_a_page_finds_its_listings_links_by_index_never_by_scanning_every_link(
    db_session: Session,
) -> None:
    """SQLite built SQLAlchemy's bracketed many-to-many join by scanning the whole link tables:
    20 ms a page at 10,000 listings, ten times that at 100,000."""
    if db_session.get_bind().dialect.name != "sqlite":
        pytest.skip("checks SQLite's query plan; PostgreSQL keeps joinedload, planned well")
    statement = _page_statement(db_session, [1, 2, 3])
    sql = str(statement.compile(db_session.get_bind(), compile_kwargs={"literal_binds": True}))
    plan = " / ".join(row[3] for row in db_session.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "SCAN listing_categories" not in plan, plan
    assert "SCAN listing_targets" not in plan, plan


@pytest.mark.parametrize("audience", [Audience.PUBLIC, Audience.COORDINATOR])
def test_counted_squares_say_how_many_pins_are_on_each_layer_as_the_pins_do(
    db_session: Session, audience: Audience
) -> None:
    """A square's layers are its pins' first categories (by position, then id), exactly as a
    pin's layer: the area map takes a kind switched off out of the numbers as out of the pins."""
    # A listing whose first category by position is not its first by id.
    late, early = db_session.scalars(
        select(Category).order_by(Category.position.desc(), Category.id.desc()).limit(2)
    ).all()
    late.position, early.position = early.position - 1, late.position + 1
    db_session.flush()
    make_listing(
        db_session, name="順番のちがう活動", categories=(early.code, late.code), lat=36.1, lon=140.2
    )
    pins = browse.map_pins(db_session, audience)
    by_layer: dict[str, int] = {}
    for pin in pins:
        by_layer[pin.category] = by_layer.get(pin.category, 0) + 1
    assert by_layer.get(late.label)

    for zoom_degrees in (0.5, 0.01):
        cells = browse.pin_cells(db_session, audience, zoom_degrees)
        counted: dict[str, int] = {}
        for cell in cells:
            assert sum(n for _layer, n in cell.groups) == cell.count
            for layer, n in cell.groups:
                counted[layer] = counted.get(layer, 0) + n
        assert counted == by_layer
        plain = browse.pin_cells(db_session, audience, zoom_degrees, by_layer=False)
        assert [(c.count, c.box) for c in plain] == [(c.count, c.box) for c in cells]
        assert all(c.groups == () for c in plain)


@pytest.mark.parametrize("audience", list(Audience))
def test_a_card_shows_what_the_listing_says_and_only_listings_the_audience_may_see(
    db_session: Session, audience: Audience
) -> None:
    """The search page reads its results as cards (plain values, one statement): every value a
    card shows is the listing's own, categories in their order, for every demo listing."""
    hidden = make_listing(db_session, visibility="coordinators")
    draft = make_listing(db_session, publish=False)
    ids = list(db_session.scalars(select(Listing.id)))
    listings = {
        listing.id: listing
        for listing in db_session.scalars(
            select(Listing).where(Listing.id.in_(ids), browse.visible(audience))
        )
    }
    assert draft.id not in listings
    assert (hidden.id in listings) is (audience is Audience.COORDINATOR)
    cards = browse.cards(db_session, ids, audience)
    assert cards.keys() == listings.keys()
    several = 0
    for i, listing in listings.items():
        card = cards[i]
        loc, schedule, area = listing.location, listing.schedule, listing.area
        several += len(listing.categories) > 1
        assert (card.name, card.kana, card.visibility) == (
            listing.name, listing.kana, listing.visibility
        )  # fmt: skip
        assert (card.description, card.tags, card.cost_text) == (
            listing.description, listing.tags, listing.cost_text
        )  # fmt: skip
        assert (card.organization.name, card.organization.kana) == (
            listing.organization.name, listing.organization.kana
        )  # fmt: skip
        assert [(c.code, c.label) for c in card.categories] == [
            (c.code, c.label) for c in sorted(listing.categories, key=lambda c: c.position)
        ]
        assert (card.location.place_name if card.location else None) == (
            loc.place_name if loc else None
        )
        shown_area = (card.area.name, card.area.kana) if card.area else None
        assert shown_area == ((area.name, area.kana) if area else None)
        assert browse.upcoming(card, NOW.date(), 3) == browse.upcoming(listing, NOW.date(), 3)
        assert browse.schedule_spec(card) == browse.schedule_spec(listing)
        assert (card.schedule.text if card.schedule else None) == (
            schedule.text if schedule else None
        )
    assert several, "the demo town has listings of several kinds"
    assert browse.cards(db_session, [], audience) == {}


@pytest.mark.parametrize("audience", list(Audience))
def test_each_pin_is_on_its_listings_first_category_once(
    db_session: Session, audience: Audience
) -> None:
    """A pin is read with its listing's categories joined: still one pin a listing, on the
    layer of its first category by position (then id), on none for a listing of none."""
    late, early = db_session.scalars(
        select(Category).order_by(Category.position.desc(), Category.id.desc()).limit(2)
    ).all()
    late.position, early.position = early.position - 1, late.position + 1
    db_session.flush()
    several = make_listing(
        db_session, name="順番のちがう活動", categories=(early.code, late.code), lat=36.1, lon=140.2
    )
    # A listing of no category (the forms refuse it; older imported data may hold one).
    none = make_listing(db_session, name="種類のない活動", lat=36.1, lon=140.2)
    db_session.execute(
        listing_categories.delete().where(listing_categories.c.listing_id == none.id)
    )
    db_session.expire(none)
    pins = browse.map_pins(db_session, audience)
    ids = [pin.listing_id for pin in pins]
    assert ids == sorted(set(ids))
    expected = {
        listing.id: min(listing.categories, key=lambda c: (c.position, c.id)).label
        if listing.categories
        else ""
        for listing in db_session.scalars(select(Listing).where(Listing.id.in_(ids)))
    }
    assert {pin.listing_id: pin.category for pin in pins} == expected
    assert expected[several.id] == late.label
    assert expected[none.id] == ""
    some = ids[::3]
    assert browse.map_pins(db_session, audience, listing_ids=some) == [
        pin for pin in pins if pin.listing_id in set(some)
    ]
