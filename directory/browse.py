"""Read side of the directory: who may see which listing, and filtered, paginated lists.

Visibility is decided in one place (``visible``) so every page and API applies the same rule:
residents see published public listings; coordinators also see coordinator-only ones; nobody
browsing sees drafts, pending or archived listings.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import groupby
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    cast,
    exists,
    func,
    literal,
    literal_column,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import (
    InstrumentedAttribute,
    Session,
    contains_eager,
    joinedload,
    selectinload,
)
from sqlalchemy.sql.base import ExecutableOption

from directory.db import existing
from directory.errors import NotFound
from directory.models import (
    Area,
    Category,
    IntakeStatus,
    Listing,
    ListingStatus,
    Location,
    Organization,
    Schedule,
    Target,
    Visibility,
    listing_categories,
    listing_targets,
)
from directory.schedules import (
    Occurrence,
    ScheduleSpec,
    as_of,
    next_occurrences,
    spec_from_dict,
    stored_spec,
)

HOLIDAYS = 7  # the "weekday" that stands for national holidays (bit 7 of weekday_mask)

# Reading order: the listing's 読み, or its name when it has none. Written as the index
# ix_listings_reading is (a literal '', not a bound parameter), so databases read a page of a
# list from that index.
READING = func.coalesce(func.nullif(Listing.kana, literal_column("''")), Listing.name)


class Audience(enum.Enum):
    PUBLIC = "public"
    COORDINATOR = "coordinator"


class SortOrder(enum.StrEnum):
    NAME = "name"
    RECENTLY_VERIFIED = "verified"


def visible(audience: Audience) -> ColumnElement[bool]:
    """SQL condition: listings this audience may see."""
    published = Listing.status == ListingStatus.PUBLISHED
    if audience is Audience.COORDINATOR:
        return published
    return and_(published, Listing.visibility == Visibility.PUBLIC)


def pinned(audience: Audience) -> ColumnElement[bool]:
    """SQL condition (with ``Location`` joined): listings this audience may see that have a
    pin on the map."""
    return and_(visible(audience), Location.lat.is_not(None), Location.lon.is_not(None))


@dataclass(frozen=True)
class ListingFilter:
    """Facets combine with AND; values within one facet combine with OR."""

    categories: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    weekdays: tuple[int, ...] = ()  # 0 = Monday … 6 = Sunday, 7 = national holidays
    organization_id: int | None = None
    sort: SortOrder = SortOrder.NAME

    @property
    def is_empty(self) -> bool:
        return not (self.categories or self.targets or self.areas or self.weekdays)


class Paginated:
    """Page arithmetic shared by the browser's and the search's result pages."""

    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_prev(self) -> bool:
        return self.page > 1


Shown = TypeVar("Shown", "Listing", "Card")  # a listing with its relations, or its card


@dataclass(frozen=True)
class Page(Paginated, Generic[Shown]):
    items: Sequence[Shown]
    total: int
    page: int
    per_page: int


def _filtered(session: Session, flt: ListingFilter, audience: Audience) -> Select[int]:
    """The visible listings matching ``flt``. Its codes are read as ids first (one small read
    for the three vocabularies), so the condition is on the links' own columns, whose
    statistics tell the database how many listings a kind or a 地区 has: through the
    vocabulary's tables it guessed, and walked 100,000 listings in reading order for the 2 of
    one 地区 (imported listings mostly have none): 210 ms instead of 0.3."""
    query = select(Listing.id).where(visible(audience))
    chosen = _chosen_ids(session, flt)
    if flt.categories:
        kinds = chosen.get(Category, [])
        query = query.where(
            exists().where(
                listing_categories.c.listing_id == Listing.id,
                listing_categories.c.category_id.in_(kinds),
            )
        )
    if flt.targets:
        groups = chosen.get(Target, [])
        query = query.where(
            exists().where(
                listing_targets.c.listing_id == Listing.id,
                listing_targets.c.target_id.in_(groups),
            )
        )
    if flt.areas:
        areas = chosen.get(Area, [])
        query = query.where(
            exists().where(Location.listing_id == Listing.id, Location.area_id.in_(areas))
        )
    if flt.weekdays:
        mask = sum(1 << d for d in set(flt.weekdays) if 0 <= d <= HOLIDAYS)
        query = query.where(Listing.schedule.has(Schedule.weekday_mask.op("&")(mask) != 0))
    if flt.organization_id is not None:
        query = query.where(Listing.organization_id == flt.organization_id)
    return query


Vocabulary = type[Category] | type[Target] | type[Area]


def _chosen_ids(session: Session, flt: ListingFilter) -> dict[Vocabulary, list[int]]:
    """The ids of the kinds, groups and 地区 ``flt`` names, in one statement (none when it
    names none); a code no vocabulary has is left out."""
    chosen: list[tuple[str, Vocabulary, Sequence[str]]] = [
        ("category", Category, flt.categories),
        ("target", Target, flt.targets),
        ("area", Area, flt.areas),
    ]
    parts = [
        select(literal(name), vocabulary.id).where(vocabulary.code.in_(codes))
        for name, vocabulary, codes in chosen
        if codes
    ]
    if not parts:
        return {}
    by_name = {name: vocabulary for name, vocabulary, _codes in chosen}
    found: dict[Vocabulary, list[int]] = {}
    for name, vocabulary_id in session.execute(union_all(*parts)):
        found.setdefault(by_name[name], []).append(vocabulary_id)
    return found


def browse_listings(
    session: Session,
    flt: ListingFilter,
    audience: Audience,
    *,
    page: int = 1,
    per_page: int = 20,
    total: int | None = None,
) -> Page[Listing]:
    """One page of visible listings matching ``flt``, with what the list view shows preloaded.
    ``total``: their number, when the caller kept it (``count_listings``)."""
    ids, at = _page_ids(session, flt, audience, page, per_page, total)
    statement = select(Listing).where(Listing.id.in_(ids))
    found = {
        listing.id: listing
        for listing in session.scalars(
            with_page_relations(statement, session.get_bind().dialect.name)
        ).unique()
    }
    return replace(at, items=[found[i] for i in ids if i in found])


def browse_cards(
    session: Session,
    flt: ListingFilter,
    audience: Audience,
    *,
    page: int = 1,
    per_page: int = 20,
    total: int | None = None,
) -> Page[Card]:
    """The same page as ``browse_listings``, read as cards (what the listing browser shows)."""
    ids, at = _page_ids(session, flt, audience, page, per_page, total)
    found = cards(session, ids, audience)
    return replace(at, items=[found[i] for i in ids if i in found])


def _page_ids(
    session: Session,
    flt: ListingFilter,
    audience: Audience,
    page: int,
    per_page: int,
    total: int | None,
) -> tuple[Sequence[int], Page[Any]]:
    """The ids of a page's listings in order, and the page (without its items)."""
    if total is None:
        total = count_listings(session, flt, audience)
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    order = (
        (Listing.verified_at.desc().nulls_last(), Listing.id)
        if flt.sort is SortOrder.RECENTLY_VERIFIED
        else (READING, Listing.id)
    )
    # Two statements: the page's ids in order (a far page steps over index entries only),
    # then those listings with everything a card shows.
    ids = session.scalars(
        _filtered(session, flt, audience)
        .order_by(*order)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return ids, Page(items=(), total=total, page=page, per_page=per_page)


def count_listings(session: Session, flt: ListingFilter, audience: Audience) -> int:
    """How many visible listings match ``flt`` (reads every one: 30–40 ms at 100,000 on
    PostgreSQL until a vacuum lets it read the index alone — a caller may keep it)."""
    return (
        session.scalar(
            select(func.count()).select_from(_filtered(session, flt, audience).subquery())
        )
        or 0
    )


def with_page_relations(statement: Select[Listing], dialect: str) -> Select[Listing]:
    """``statement`` (of listings) reading what a page shows of each in the same statement (for a
    page of 20 the rows repeat per category × target, which costs less than more round trips);
    the caller takes ``.unique()`` of the result.

    On SQLite (``dialect``) categories and targets are joined as plain outer joins, link table
    then vocabulary, and loaded from them (contains_eager): a joinedload of a many-to-many
    brackets the pair (``LEFT OUTER JOIN (link JOIN target)``), which SQLite builds by scanning
    the whole link table (20 ms a page at 10,000 listings). PostgreSQL plans the bracketed form
    well and reads it ~1 ms faster a page at 100,000 listings, so it keeps joinedload.
    """
    one_to_one = (
        joinedload(Listing.organization),
        joinedload(Listing.schedule),
        joinedload(Listing.location).joinedload(Location.area),
    )
    if dialect != "sqlite":
        return statement.options(
            joinedload(Listing.categories), joinedload(Listing.targets), *one_to_one
        )
    return (
        statement.outerjoin(listing_categories, listing_categories.c.listing_id == Listing.id)
        .outerjoin(Category, Category.id == listing_categories.c.category_id)
        .outerjoin(listing_targets, listing_targets.c.listing_id == Listing.id)
        .outerjoin(Target, Target.id == listing_targets.c.target_id)
        .options(contains_eager(Listing.categories), contains_eager(Listing.targets), *one_to_one)
        .order_by(Category.position, Target.position)
    )


def listing_load_options() -> tuple[ExecutableOption, ...]:
    """What a page of listings shows, loaded in a few queries (lists and exports use it)."""
    return (
        selectinload(Listing.categories),
        selectinload(Listing.targets),
        selectinload(Listing.organization),
        selectinload(Listing.schedule),
        selectinload(Listing.location).selectinload(Location.area),
    )


def get_listing(session: Session, listing_id: int, audience: Audience) -> Listing:
    """The listing if this audience may see it; ``NotFound`` otherwise (drafts do not "exist")."""
    listing = (
        session.scalars(
            with_page_relations(
                select(Listing).where(Listing.id == listing_id, visible(audience)),
                session.get_bind().dialect.name,
            )
        )
        .unique()
        .one_or_none()
    )
    if listing is None:
        raise NotFound(listing_id)
    return listing


def get_organization(session: Session, organization_id: int) -> Organization:
    organization = existing(session, Organization, organization_id)
    return organization


@dataclass(frozen=True)
class OrganizationPage(Paginated):
    items: Sequence[Organization]
    total: int
    page: int
    per_page: int


def list_organizations(session: Session, *, page: int = 1, per_page: int = 20) -> OrganizationPage:
    """One page of organizations in reading order; every organization has a public page."""
    total = session.scalar(select(func.count(Organization.id))) or 0
    page = min(max(1, page), max(1, math.ceil(total / per_page)))
    items = session.scalars(
        select(Organization)
        .options(selectinload(Organization.area))
        .order_by(
            func.coalesce(func.nullif(Organization.kana, ""), Organization.name), Organization.id
        )
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return OrganizationPage(items=items, total=total, page=page, per_page=per_page)


def last_changed(session: Session) -> datetime | None:
    """When anything a listing page, a list, an organization page, an API response or an open
    data file shows last changed.

    Listings that were taken out of the directory count too (an archived listing leaves every
    list it was in); listings never published do not, since no page ever showed them. The
    vocabularies count (an area's name, a category's or a target's label is in every listing
    that carries it, and in the API's lists of them): renaming one changes every response.
    """
    listings = (
        select(func.max(Listing.updated_at))
        .where(Listing.status.in_((ListingStatus.PUBLISHED, ListingStatus.ARCHIVED)))
        .scalar_subquery()
    )
    others = [
        select(func.max(model.updated_at)).scalar_subquery()
        for model in (Organization, Area, Category, Target)
    ]
    found = [t for t in session.execute(select(listings, *others)).one() if t is not None]
    return max(found) if found else None


def count_by_category(session: Session, audience: Audience) -> dict[str, int]:
    rows = session.execute(
        select(Category.code, func.count(Listing.id))
        .join(listing_categories, listing_categories.c.category_id == Category.id)
        .join(Listing, Listing.id == listing_categories.c.listing_id)
        .where(visible(audience))
        .group_by(Category.code)
    )
    return {code: n for code, n in rows}


def count_by_area(session: Session, audience: Audience) -> dict[str, int]:
    rows = session.execute(
        select(Area.code, func.count(Listing.id))
        .join(Location, Location.area_id == Area.id)
        .join(Listing, Listing.id == Location.listing_id)
        .where(visible(audience))
        .group_by(Area.code)
    )
    return {code: n for code, n in rows}


def schedule_spec(listing: Listing | Card, *, today: date | None = None) -> ScheduleSpec:
    """The parsed schedule of a listing (empty when it has none), as it reads on ``today``
    (a list of a fiscal year that has ended since it was saved is flagged). Pass the
    municipality's date: the default, the machine's, is yesterday in Japan before 9:00 on a
    server in UTC."""
    if listing.schedule is None:
        return ScheduleSpec()
    if isinstance(listing.schedule, Said):
        return as_of(listing.schedule.spec, today or date.today())
    return _decoded(listing.schedule.spec, today)


def _decoded(spec: dict[str, Any], today: date | None = None) -> ScheduleSpec:
    return spec_from_dict(spec, today=today) if spec else ScheduleSpec()


def _stored(spec: dict[str, Any]) -> ScheduleSpec:
    return stored_spec(spec) if spec else ScheduleSpec()


def upcoming(listing: Listing | Card, start: date, count: int = 3) -> list[Occurrence]:
    """The next dates the listing meets on or after ``start``."""
    return next_occurrences(schedule_spec(listing, today=start), start, count)


@dataclass(frozen=True)
class Placed:
    """A published listing with a pin: what a map of supply needs, nothing more."""

    listing_id: int
    name: str
    lat: float
    lon: float


def located_listings(
    session: Session, *, categories: Collection[str] = (), limit: int | None = None
) -> list[Placed]:
    """Published listings that have a pin, of any of ``categories`` (all when empty), by id;
    the first ``limit`` when given (a caller that draws them all asks for one more than it
    would draw, to know)."""
    query = (
        select(Listing.id, Listing.name, Location.lat, Location.lon)
        .join(Location, Location.listing_id == Listing.id)
        .where(pinned(Audience.COORDINATOR), of_kinds(categories))
        .order_by(Listing.id)
        .limit(limit)
    )
    rows = session.execute(query).all()
    return [
        Placed(i, name, lat, lon)
        for i, name, lat, lon in rows
        if lat is not None and lon is not None
    ]


def of_kinds(categories: Collection[str]) -> ColumnElement[bool]:
    """SQL condition: the listing is of any of ``categories`` (true when there are none)."""
    if not categories:
        return true()
    return Listing.categories.any(Category.code.in_(list(categories)))


def find_listing(session: Session, listing_id: int) -> Listing | None:
    """The listing with this id whatever its status and visibility, or None.

    For use cases that judge the listing themselves (a referral or an unmet need's resolution
    refuses a listing that is not published), not for showing one: that is ``get_listing``."""
    return session.get(Listing, listing_id)


def listings_by_id(session: Session, ids: Collection[int], audience: Audience) -> list[Listing]:
    """The listings of ``ids`` this audience may see, with what a list shows preloaded.

    In no particular order; ids that are unknown or not visible are left out."""
    return list(
        session.scalars(
            select(Listing)
            .where(Listing.id.in_(list(ids)), visible(audience))
            .options(*listing_load_options())
        )
    )


@dataclass(frozen=True, slots=True)
class Named:
    """A card's organization or 地区: its name and 読み."""

    name: str
    kana: str


@dataclass(frozen=True, slots=True)
class Labelled:
    """A card's category: its code and its label as stored (Japanese)."""

    code: str
    label: str


@dataclass(frozen=True, slots=True)
class Said:
    """A card's schedule: its rules (decoded once, for its wording and its next dates; as saved,
    read on the municipality's day by :func:`schedule_spec`) and the organiser's own words."""

    spec: ScheduleSpec
    text: str


@dataclass(frozen=True, slots=True)
class Where:
    """A card's place, as the organiser names it."""

    place_name: str


@dataclass(frozen=True, slots=True)
class Card:
    """A visible listing as a list shows it (a search result, the listing browser, an
    organization's page), as plain values read in one statement: not a listing with its
    relations, which costs more to read and reads what a card never shows. Its attributes are
    named as a listing's, so the same template and the same excerpt read either."""

    id: int
    name: str
    kana: str
    visibility: Visibility
    description: str
    tags: list[str]
    cost_text: str
    organization: Named
    location: Where | None
    area: Named | None
    schedule: Said | None
    categories: list[Labelled]  # in their order
    intake_status: IntakeStatus | None = None
    intake_status_on: date | None = None
    # 対象年齢 (directory.ages): who the place is for, said on the card.
    age_min: int | None = None
    age_max: int | None = None
    age_with_adults: bool = False


def cards(session: Session, ids: Collection[int], audience: Audience) -> dict[int, Card]:
    """The cards of the listings of ``ids`` this audience may see, by id (one statement; its
    rows repeat per category, in their order)."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            Listing.id,
            Listing.name,
            Listing.kana,
            Listing.visibility,
            Listing.description,
            Listing.tags,
            Listing.cost_text,
            Organization.name,
            Organization.kana,
            Location.id,
            Location.place_name,
            Area.name,
            Area.kana,
            Schedule.id,
            Schedule.spec,
            Schedule.text,
            Category.code,
            Category.label,
            Listing.intake_status,
            Listing.intake_status_on,
            Listing.age_min,
            Listing.age_max,
            Listing.age_with_adults,
        )
        .join(Organization, Organization.id == Listing.organization_id)
        .outerjoin(Location, Location.listing_id == Listing.id)
        .outerjoin(Area, Area.id == Location.area_id)
        .outerjoin(Schedule, Schedule.listing_id == Listing.id)
        .outerjoin(listing_categories, listing_categories.c.listing_id == Listing.id)
        .outerjoin(Category, Category.id == listing_categories.c.category_id)
        .where(Listing.id.in_(list(ids)), visible(audience))
        .order_by(Listing.id, Category.position)
    )
    found: dict[int, Card] = {}
    for row in rows:
        (listing_id, name, kana, visibility, description, tags, cost_text, org_name, org_kana,
         location_id, place_name, area_name, area_kana, schedule_id, spec, text, code, label,
         intake, intake_on, age_min, age_max, age_with_adults) = row  # fmt: skip
        card = found.get(listing_id)
        if card is None:
            card = found[listing_id] = Card(
                id=listing_id,
                name=name,
                kana=kana,
                visibility=visibility,
                description=description,
                tags=tags,
                cost_text=cost_text,
                organization=Named(org_name, org_kana),
                location=Where(place_name) if location_id is not None else None,
                area=Named(area_name, area_kana) if area_name is not None else None,
                schedule=None if schedule_id is None else Said(_stored(spec), text),
                categories=[],
                intake_status=intake,
                intake_status_on=intake_on,
                age_min=age_min,
                age_max=age_max,
                age_with_adults=bool(age_with_adults),
            )
        if code is not None:
            card.categories.append(Labelled(code, label))
    return found


@dataclass(frozen=True)
class Pin:
    """A visible listing with a pin, as plain values: what a marker and the list beside a map
    show. Read as columns, not as listings: a map of the whole directory reads every pin."""

    listing_id: int
    name: str
    lat: float
    lon: float
    category: str  # the label of its first category ("" for none), as stored (Japanese)
    schedule: str  # the organiser's own words
    place_name: str
    address: str
    area: str  # its 地区's name ("" for none)
    # 対象年齢 (directory.ages), for the list beside the map to say who the place is for.
    age_min: int | None = None
    age_max: int | None = None
    age_with_adults: bool = False
    kana: str = ""  # its name's reading, for ふりがな in the list beside the map


@dataclass(frozen=True)
class PinPage(Paginated):
    items: Sequence[Pin]
    total: int
    page: int
    per_page: int


def _pins(
    audience: Audience,
) -> Select[
    int, str, float, float, str, str, str, str, str | None, int | None, int | None, bool, str
]:
    """What a pin shows, a row per category of its listing in their order (the first is the
    layer of the map its pin is on; ``None`` for a listing of none): joined, not looked up
    pin by pin (a subquery a pin cost 7 ms for a town's 1,000 pins)."""
    # lat and lon are typed as nullable; the condition below makes them not null.
    return (
        select(  # type: ignore[return-value]
            Listing.id,
            Listing.name,
            Location.lat,
            Location.lon,
            func.coalesce(Schedule.text, ""),
            Location.place_name,
            Location.address,
            func.coalesce(Area.name, ""),
            Category.label,
            Listing.age_min,
            Listing.age_max,
            Listing.age_with_adults,
            func.coalesce(Listing.kana, ""),
        )
        .join(Location, Location.listing_id == Listing.id)
        .outerjoin(Schedule, Schedule.listing_id == Listing.id)
        .outerjoin(Area, Area.id == Location.area_id)
        .outerjoin(listing_categories, listing_categories.c.listing_id == Listing.id)
        .outerjoin(Category, Category.id == listing_categories.c.category_id)
        .where(pinned(audience))
    )


Box = tuple[tuple[float, float], tuple[float, float]]  # (south, west), (north, east)


def in_box(box: Box) -> ColumnElement[bool]:
    """SQL condition (with ``Location`` joined): the pin is inside ``box``."""
    (south, west), (north, east) = box
    return and_(Location.lat.between(south, north), Location.lon.between(west, east))


def map_pins(
    session: Session,
    audience: Audience,
    *,
    listing_ids: Collection[int] | None = None,
    within: Box | None = None,
) -> list[Pin]:
    """Every visible listing with a pin (of ``listing_ids``, inside ``within`` when given),
    by id: one statement whatever their number."""
    query = _pins(audience).order_by(Listing.id, Category.position, Category.id)
    if listing_ids is not None:
        query = query.where(Listing.id.in_(list(listing_ids)))
    if within is not None:
        query = query.where(in_box(within))
    pins: list[Pin] = []
    for (
        listing_id, name, lat, lon, schedule, place, address, area, category, low, high,
        adults, kana,
    ) in session.execute(query):  # fmt: skip
        if not pins or pins[-1].listing_id != listing_id:
            pins.append(
                Pin(
                    listing_id,
                    name,
                    lat,
                    lon,
                    category or "",
                    schedule,
                    place,
                    address,
                    area,
                    low,
                    high,
                    bool(adults),
                    kana,
                )  # fmt: skip
            )
    return pins


@dataclass(frozen=True)
class PinCell:
    """The visible pins in one square of a grid, counted: what a map of many listings shows
    where it is zoomed out too far to draw each one."""

    count: int
    lat: float  # where they are on average (the number is drawn there)
    lon: float
    box: Box  # the box around them (a click zooms to it)
    # How many of them are on each layer of the map (their first category's label, "" for
    # none), so a count can leave out the layers a visitor switched off.
    groups: tuple[tuple[str, int], ...] = ()

    def touches(self, view: Box) -> bool:
        """Some of its pins may be inside ``view``."""
        (south, west), (north, east) = self.box
        (view_south, view_west), (view_north, view_east) = view
        return (
            south <= view_north and north >= view_south and west <= view_east and east >= view_west
        )


def pin_cells(
    session: Session,
    audience: Audience,
    size: float,
    *,
    categories: Collection[str] = (),
    by_layer: bool = True,
) -> list[PinCell]:
    """The visible pins (of any of ``categories`` when given), counted in squares of ``size``
    degrees of a grid fixed to the earth (so the squares stay put while a map pans), and in
    each square by layer unless ``by_layer`` is false (a map of one layer: counting by first
    category doubles the work): one aggregate, no pin read, with 100 or 100,000 of them
    (which a caller may keep until a listing changes)."""
    dialect = session.get_bind().dialect.name
    # Squares numbered from the south-west corner of the earth (never negative); SQLite has
    # no floor() everywhere, and casting a non-negative number to an integer floors it.
    row_of = (Location.lat + 90) / size
    column_of = (Location.lon + 180) / size
    row: ColumnElement[int] = (
        cast(row_of, Integer) if dialect == "sqlite" else func.floor(row_of, type_=Integer)
    )
    column: ColumnElement[int] = (
        cast(column_of, Integer) if dialect == "sqlite" else func.floor(column_of, type_=Integer)
    )
    if not by_layer:
        squares = session.execute(
            _pin_boxes(audience, func.avg(Location.lat), func.avg(Location.lon))
            .where(of_kinds(categories))
            .group_by(row, column)
            .order_by(row, column)
        )
        return [
            PinCell(count, float(lat), float(lon), ((south, west), (north, east)))
            for lat, lon, count, south, west, north, east in squares
        ]
    # Each listing's first category (by position, then id), for all of them at once: the
    # categories numbered in that order, each listing takes its lowest number — an aggregate
    # over the links, grouped by a number (a window sorting the links and grouping by label
    # took 295 ms at 100,000 listings, this 205–218 ms; a correlated subquery per pin 0.7 s).
    numbered = select(
        Category.id,
        func.row_number().over(order_by=(Category.position, Category.id)).label("number"),
    ).subquery()
    firsts = (
        select(listing_categories.c.listing_id, func.min(numbered.c.number).label("number"))
        .join(numbered, numbered.c.id == listing_categories.c.category_id)
        .group_by(listing_categories.c.listing_id)
        .subquery()
    )
    group = func.coalesce(firsts.c.number, 0)
    rows = session.execute(
        _pin_boxes(audience, row, column, group, func.avg(Location.lat), func.avg(Location.lon))
        .outerjoin(firsts, firsts.c.listing_id == Listing.id)
        .where(of_kinds(categories))
        .group_by(row, column, group)
        .order_by(row, column, group)
    ).all()
    labels = ["", *session.scalars(select(Category.label).order_by(Category.position, Category.id))]
    layers = [
        (
            (r, c),
            labels[number] if number < len(labels) else "",
            PinCell(count, float(lat), float(lon), ((south, west), (north, east))),
        )
        for r, c, number, lat, lon, count, south, west, north, east in rows
    ]
    return [
        _merged([(group, cell) for _square, group, cell in parts])
        for _square, parts in groupby(layers, key=lambda layer: layer[0])
    ]


def _merged(layers: list[tuple[str, PinCell]]) -> PinCell:
    """One square's count from its layers' (by first category)."""
    cells = [cell for _group, cell in layers]
    count = sum(cell.count for cell in cells)
    return PinCell(
        count,
        sum(cell.lat * cell.count for cell in cells) / count,
        sum(cell.lon * cell.count for cell in cells) / count,
        (
            (min(cell.box[0][0] for cell in cells), min(cell.box[0][1] for cell in cells)),
            (max(cell.box[1][0] for cell in cells), max(cell.box[1][1] for cell in cells)),
        ),
        tuple((group, cell.count) for group, cell in layers),
    )


def _pin_boxes(
    audience: Audience, *leading: ColumnElement[Any] | InstrumentedAttribute[Any]
) -> Select[*tuple[Any, ...]]:
    """``leading``, then how many visible pins and the box around them (south, west, north,
    east): for a caller to group."""
    return (
        select(
            *leading,
            func.count(),
            func.min(Location.lat),
            func.min(Location.lon),
            func.max(Location.lat),
            func.max(Location.lon),
        )
        .select_from(Listing)
        .join(Location, Location.listing_id == Listing.id)
        .where(pinned(audience))
    )


@dataclass(frozen=True)
class PinSummary:
    """Where the visible listings with a pin are: how many in each area, in the areas' order
    (those without an area last, as None), and the box around them all (None when none)."""

    by_area: tuple[tuple[int | None, int], ...]
    box: Box | None

    @property
    def count(self) -> int:
        return sum(n for _area, n in self.by_area)


def pin_summary(session: Session, audience: Audience) -> PinSummary:
    """Counted in one aggregate, no listing read: where a map of them all opens and how the
    list beside it is paged (``pin_page``)."""
    rows = session.execute(_pin_boxes(audience, Location.area_id).group_by(Location.area_id)).all()
    counts = {area_id: n for area_id, n, *_box in rows}
    order = session.scalars(select(Area.id).order_by(Area.position.asc().nulls_last(), Area.id))
    by_area = tuple((a, counts[a]) for a in [*order, None] if counts.get(a))
    corners = [
        (s, w, n, e)
        for *_count, s, w, n, e in rows
        if s is not None and w is not None and n is not None and e is not None
    ]
    box = None
    if corners:
        box = (
            (min(c[0] for c in corners), min(c[1] for c in corners)),
            (max(c[2] for c in corners), max(c[3] for c in corners)),
        )
    return PinSummary(by_area, box)


def pin_page(
    session: Session,
    audience: Audience,
    summary: PinSummary,
    *,
    page: int = 1,
    per_page: int = 200,
) -> PinPage:
    """One page of the visible listings with a pin, by 地区 (in the areas' order, those
    without one last), then in reading order: the list that stands in for a map.

    ``summary`` (``pin_summary``, which a caller may keep until a listing changes) says which
    areas the page spans; each area's part is read in reading order from the index, so the
    first pages cost the same with 1,000 listings or 100,000 (a far page steps over the index
    entries before it: page 400 of 100,000 listings in one area, 146 ms)."""
    total = summary.count
    page = min(max(1, page), max(1, math.ceil(total / per_page)))
    start, end = (page - 1) * per_page, page * per_page
    ids: list[int] = []
    before = 0  # listings in the areas before this one
    for area_id, count in summary.by_area:
        first, last = max(start - before, 0), min(end - before, count)
        if first < last:
            in_area = Location.area_id.is_(None) if area_id is None else Location.area_id == area_id
            # The page's ids first, area by area (a far page steps over many listings: only
            # their index entries), then what the list shows of them all, in one read.
            ids.extend(
                session.scalars(
                    select(Listing.id)
                    .join(Location, Location.listing_id == Listing.id)
                    .where(pinned(audience))
                    .where(in_area)
                    .order_by(READING, Listing.id)
                    .offset(first)
                    .limit(last - first)
                )
            )
        before += count
        if before >= end:
            break
    pins = {pin.listing_id: pin for pin in map_pins(session, audience, listing_ids=ids)}
    items = [pins[i] for i in ids if i in pins]
    return PinPage(items=items, total=total, page=page, per_page=per_page)


def area_pins(session: Session, audience: Audience) -> list[tuple[str, float, float]]:
    """(area code, lat, lon) of the places of visible listings with a pin in an area: where
    each area's activities are, as a coordinator placed them (the base map's outlines start
    from these). Each place once: listings placed by their address share their 町丁目's
    point, so a town has about as many places as 町丁目 and precisely placed activities,
    however many listings (outlines compare every town with every place)."""
    rows = session.execute(
        select(Area.code, Location.lat, Location.lon)
        .distinct()
        .join(Location, Location.area_id == Area.id)
        .join(Listing, Listing.id == Location.listing_id)
        .where(pinned(audience))
        .order_by(Area.code, Location.lat, Location.lon)
    )
    return [(code, lat, lon) for code, lat, lon in rows if lat is not None and lon is not None]


def organizations_by_kana(session: Session) -> list[Organization]:
    """Every organization by its reading (then id): the choices of a form's list of agencies."""
    return list(session.scalars(select(Organization).order_by(Organization.kana, Organization.id)))
