"""What a search asks for, read from a query string: one reader for the search page and the API.

The search page (``/search``) and the JSON API (``/api/v1/listings``) take the same parameters
and the same limits, which the OpenAPI document publishes. They differ in one thing only, how
they treat a value that means nothing:

- ``strict`` (the API): the first such value raises ``InvalidSearch`` with a ``Problem`` naming
  the parameter, which the API answers as a 400 — a program should learn of its mistake;
- lenient (the page): the value is dropped — a person who followed an old or shortened link
  gets the rest of their search, never an error page — and kept in ``SearchRequest.dropped``,
  so the page can say what it left out (a resident who is shown everything must not believe
  the list is filtered by the 地区 of their old bookmark).

``read`` is pure (no database); ``resolve_origin`` turns what the request says about "from
where" (a typed place, an area, a clicked point, a listing) into a point, reading the database
only for a typed place or a listing.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import labels, places
from directory.browse import Audience, visible
from directory.errors import DomainError
from directory.listings import ACCESSIBILITY_FIELDS
from directory.models import Listing, Location
from directory.search.index import FACETS, TIMES_OF_DAY
from directory.search.ranking import COST, cost_key
from directory.vocabulary import AreaData, Snapshot
from geo.geocoding import Geocoder

MAX_QUERY_LENGTH = 200  # characters of ``q``; the page cuts a longer one, the API refuses it
MAX_VALUES = 30  # values per repeated parameter (a facet); more are ignored
MAX_VALUE_LENGTH = 40  # characters of one facet value; no code is longer
MAX_ADDRESS_LENGTH = 200  # characters of a typed place (``from``)
MAX_RADIUS_KM = 50.0  # ``within``: any 0 < r ≤ 50
MAX_PAGE = 100_000
MAX_PER_PAGE = 100
MAX_COST_YEN = 1_000_000  # ``max_cost``: a 参加費 ceiling in yen, 0 (無料) … this
DEFAULT_PER_PAGE = 20

SEARCH_SORTS = ("relevance", "distance")  # what the index orders by
BROWSE_SORTS = ("name", "verified")  # what only the listing browser orders by (the API's)
SORTS = BROWSE_SORTS + SEARCH_SORTS
WEEKDAYS = tuple(str(day) for day in range(8))  # 0 = Monday … 6 = Sunday, 7 = a public holiday
ACCESS = ACCESSIBILITY_FIELDS
BOOLEAN_FACETS = ("free", "referrals")  # one value, "yes", when asked for
TRUE, FALSE = ("true", "yes"), ("false", "no")
# What a person writes for a checkbox's value in a link they type (the page's own link says
# yes): 1/0, on (what a checkbox without a value sends), はい/いいえ; any case.
TYPED_TRUE, TYPED_FALSE = (*TRUE, "1", "on", "はい"), (*FALSE, "0", "off", "いいえ")
_YEN_SIGNS = re.compile(r"^[¥\\]|円$")
_KM = re.compile(r"(?:km|キロ(?:メートル)?)$", re.IGNORECASE)
# What only the search index can answer: any of these sends an API request to the index.
SEARCH_ONLY = (
    "q",
    "time",
    "free",
    "access",
    "referrals",
    "language",
    "near",
    "lat",
    "lon",
    "within",
    COST,
)


def as_typed(value: str) -> str:
    """A value of a link as a person may type it — 全角 digits, letters and signs (「３」
    「０．５」「ＴＲＵＥ」), spaces around it — in the half-width form the readers compare
    (NFKC). For numbers, codes and yes/no only: the words searched keep their own reading."""
    return unicodedata.normalize("NFKC", value).strip()


class Args(Protocol):
    """A query string: werkzeug's ``MultiDict`` and anything else with ``getlist``."""

    def getlist(self, key: str) -> list[str]: ...


class ProblemKind(enum.StrEnum):
    REPEATED = "repeated"
    NOT_AN_INTEGER = "not_an_integer"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_CODE = "unknown_code"
    TOO_LONG = "too_long"
    NOT_A_COORDINATE = "not_a_coordinate"
    LAT_LON_TOGETHER = "lat_lon_together"
    BAD_RADIUS = "bad_radius"
    RADIUS_NEEDS_ORIGIN = "radius_needs_origin"
    DISTANCE_NEEDS_ORIGIN = "distance_needs_origin"
    AREA_WITHOUT_POINT = "area_without_point"  # near: an area with no 公民館 point to measure from
    SORT_NEEDS_BROWSE = "sort_needs_browse"


@dataclass(frozen=True)
class Problem:
    """What is wrong with one parameter; the caller words it (``webapp.messages``)."""

    kind: ProblemKind
    parameter: str
    value: str = ""
    allowed: tuple[str, ...] = ()  # for UNKNOWN_VALUE
    vocabulary: str = ""  # for UNKNOWN_CODE: where the codes are listed ("categories")
    low: float = 0
    high: float = 0  # for the ranges and TOO_LONG's limit
    name: str = ""  # for AREA_WITHOUT_POINT: the area's name


class InvalidSearch(DomainError):
    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.parameter}: {problem.kind}")
        self.problem = problem


@dataclass(frozen=True)
class SearchRequest:
    """A search as asked, checked. ``point``/``near``/``address``/``listing`` say where
    "near" is; ``resolve_origin`` (or ``point_origin``) makes it a point."""

    text: str = ""
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    point: tuple[float, float] | None = None  # lat/lon as given
    near: str = ""  # an area's code: its 公民館
    address: str = ""  # a place as typed (``from``): a landmark, a town, an address
    listing: int | None = None  # a listing's id: "near this one"
    within_km: float | None = None
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    asis: tuple[str, ...] = ()  # words of ``text`` to take as written, not as conditions
    dropped: tuple[Problem, ...] = ()  # lenient: what was left out, in the order read

    @property
    def uses_search(self) -> bool:
        """Only the search index can answer (the API's listing browser cannot)."""
        return self.sort in SEARCH_SORTS


def read(
    args: Args,
    vocabulary: Snapshot,
    *,
    strict: bool,
    browse: bool = False,
    per_page: int = DEFAULT_PER_PAGE,
) -> SearchRequest:
    """Read a query string. ``browse``: the caller can also list without the index, so the
    name and verified orders exist and are the default when nothing asks for the index.
    ``per_page`` is the default page size (the API's ``per_page`` can change it)."""
    return _Reader(args, vocabulary, strict=strict).request(browse=browse, per_page=per_page)


def read_page(args: Args, *, strict: bool) -> tuple[int, int]:
    """Only ``page`` and ``per_page``: for lists that are not searches (the API's organizations)."""
    reader = _Reader(args, Snapshot((), (), (), (), ""), strict=strict)
    return reader.integer("page", 1, MAX_PAGE), reader.integer(
        "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE
    )


class _Reader:
    def __init__(self, args: Args, vocabulary: Snapshot, *, strict: bool) -> None:
        self.args, self.vocabulary, self.strict = args, vocabulary, strict
        self.dropped: list[Problem] = []

    def problem(self, problem: Problem) -> None:
        """Refuse the request (strict), or note it and let the caller drop the value (lenient)."""
        if self.strict:
            raise InvalidSearch(problem)
        self.dropped.append(problem)

    def one(self, name: str, limit: int = MAX_QUERY_LENGTH) -> str:
        values = self.args.getlist(name)
        if len(values) > 1:
            self.problem(Problem(ProblemKind.REPEATED, name))
        value = values[0].strip() if values else ""
        if len(value) > limit:
            self.problem(Problem(ProblemKind.TOO_LONG, name, high=limit))
            value = value[:limit]
        return value

    def values(
        self, name: str, allowed: Collection[str] | None, vocabulary: str = ""
    ) -> tuple[str, ...]:
        """A repeated parameter's distinct values, each one of ``allowed`` (None: any); an
        empty one (a form's "any") means no condition."""
        found = (v.strip()[:MAX_VALUE_LENGTH] for v in self.args.getlist(name)[:MAX_VALUES])
        kept = []
        for value in dict.fromkeys(v for v in found if v):
            plain = value if allowed is None else self.typed(value)
            if name == "weekday" and not self.strict and plain.isascii() and plain.isdigit():
                plain = str(int(plain))  # 「05」「０５」: Saturday, as the listing browser reads it
            if allowed is None or plain in allowed:
                kept.append(plain)
            elif vocabulary:
                self.problem(Problem(ProblemKind.UNKNOWN_CODE, name, value, vocabulary=vocabulary))
            else:
                self.problem(Problem(ProblemKind.UNKNOWN_VALUE, name, value, tuple(allowed)))
        return tuple(dict.fromkeys(kept))  # 「5」 and 「５」 are one day

    def typed(self, value: str) -> str:
        """``value`` as a person typed it, read as its plain form (lenient only: the API takes
        the values its document lists)."""
        return value if self.strict else as_typed(value)

    def boolean(self, name: str) -> tuple[str, ...]:
        value = self.one(name)
        yes, no = (TRUE, FALSE) if self.strict else (TYPED_TRUE, TYPED_FALSE)
        plain = self.typed(value).lower()
        if plain in yes:
            return ("yes",)
        if value and plain not in no:
            self.problem(Problem(ProblemKind.UNKNOWN_VALUE, name, value, ("true", "false")))
        return ()

    def integer(self, name: str, default: int, high: int) -> int:
        value = self.one(name)
        plain = self.typed(value)
        if not plain:
            return default
        if plain.isascii() and plain.isdigit() and 1 <= int(plain) <= high:
            return int(plain)
        self.problem(Problem(ProblemKind.NOT_AN_INTEGER, name, value, low=1, high=high))
        return default

    def number(self, name: str, low: float, high: float, kind: ProblemKind) -> float | None:
        value = self.one(name)
        plain = self.typed(value)
        if kind is ProblemKind.BAD_RADIUS and not self.strict:
            plain = _KM.sub("", plain).strip()  # 3km, ３キロ
        if not plain:
            return None
        try:
            number = float(plain)
        except ValueError:
            number = math.nan
        if kind is ProblemKind.BAD_RADIUS and number == low:
            number = math.nan  # a radius is more than 0
        if low <= number <= high:  # also refuses nan and inf
            return number
        self.problem(Problem(kind, name, value, low=low, high=high))
        return None

    def facets(self) -> dict[str, tuple[str, ...]]:
        known = self.vocabulary
        found = {
            "category": self.values("category", {c.code for c in known.categories}, "categories"),
            "target": self.values("target", {t.code for t in known.targets}, "targets"),
            "area": self.values("area", {a.code for a in known.areas}, "areas"),
            "weekday": self.values("weekday", WEEKDAYS),
            "time": self.values("time", tuple(TIMES_OF_DAY)),
            "access": self.values("access", ACCESS),
            "language": self.values("language", tuple(labels.LANGUAGES)),
            **{name: self.boolean(name) for name in BOOLEAN_FACETS},
        }
        chosen = {name: found[name] for name in FACETS if found[name]}
        ceiling = self.yen(COST)
        if ceiling is not None:
            chosen[COST] = (cost_key(ceiling),)
        return chosen

    def yen(self, name: str) -> int | None:
        """An amount of yen, 0 … ``MAX_COST_YEN`` (digits only: 300, not 3e2; the page also
        reads what a person types: 300円, ￥300, 1,000, ３００)."""
        value = self.one(name)
        plain = self.typed(value)
        if not self.strict:
            plain = _YEN_SIGNS.sub("", plain).replace(",", "").strip()
        if not plain:
            return None
        if plain.isascii() and plain.isdigit() and int(plain) <= MAX_COST_YEN:
            return int(plain)
        self.problem(Problem(ProblemKind.NOT_AN_INTEGER, name, value, low=0, high=MAX_COST_YEN))
        return None

    def point(self) -> tuple[float, float] | None:
        lat = self.number("lat", -90, 90, ProblemKind.NOT_A_COORDINATE)
        lon = self.number("lon", -180, 180, ProblemKind.NOT_A_COORDINATE)
        if (lat is None) != (lon is None):
            self.problem(Problem(ProblemKind.LAT_LON_TOGETHER, "lat" if lat is None else "lon"))
        return (lat, lon) if lat is not None and lon is not None else None

    def near(self) -> str:
        code = self.one("near")
        if code and code not in {a.code for a in self.vocabulary.areas}:
            self.problem(Problem(ProblemKind.UNKNOWN_CODE, "near", code, vocabulary="areas"))
            return ""
        if code and (area := unplaced_area(code, self.vocabulary)) is not None:
            # Kept for the page, which says why it measures from nowhere; the API refuses it.
            self.problem(Problem(ProblemKind.AREA_WITHOUT_POINT, "near", code, name=area.name))
        return code

    def listing(self) -> int | None:
        value = self.typed(self.one("listing"))
        return int(value) if value.isascii() and value.isdigit() and int(value) < 2**31 else None

    def sort(self, *, browse: bool, searching: bool, has_origin: bool) -> str:
        allowed = SORTS if browse else SEARCH_SORTS
        default = "relevance" if searching or not browse else "name"
        sort = self.one("sort") or default
        if sort not in allowed:
            self.problem(Problem(ProblemKind.UNKNOWN_VALUE, "sort", sort, allowed))
            return default
        if searching and sort in BROWSE_SORTS:
            self.problem(Problem(ProblemKind.SORT_NEEDS_BROWSE, "sort", sort))
            return default
        if sort == "distance" and not has_origin:
            self.problem(Problem(ProblemKind.DISTANCE_NEEDS_ORIGIN, "sort"))
        return sort

    def request(self, *, browse: bool, per_page: int) -> SearchRequest:
        text = self.one("q")
        facets = self.facets()
        point, near = self.point(), self.near()
        address = self.one("from", MAX_ADDRESS_LENGTH) if not self.strict else ""
        listing = self.listing() if not self.strict else None
        has_origin = bool(point or near or address or listing)
        within = self.number("within", 0, MAX_RADIUS_KM, ProblemKind.BAD_RADIUS)
        if within is not None and self.strict and not (point or near):
            self.problem(Problem(ProblemKind.RADIUS_NEEDS_ORIGIN, "within"))
        searching = bool(text or point or near or within is not None) or any(
            facets.get(name) for name in SEARCH_ONLY
        )
        return SearchRequest(
            text=text,
            facets=facets,
            sort=self.sort(browse=browse, searching=searching, has_origin=has_origin),
            point=point,
            near=near,
            address=address,
            listing=listing,
            within_km=within,
            page=self.integer("page", 1, MAX_PAGE),
            per_page=self.integer("per_page", per_page, MAX_PER_PAGE) if self.strict else per_page,
            asis=self.values("asis", None),
            dropped=tuple(self.dropped),
        )


# ---- where "near" is --------------------------------------------------------------------------


class OriginKind(enum.StrEnum):
    NONE = "none"
    ADDRESS = "address"  # a typed place was found
    AREA = "area"  # an area's 公民館
    POINT = "point"  # a point clicked on a map or sent by a phone
    LISTING = "listing"  # a listing's place
    NOT_FOUND = "not_found"  # a typed place that could not be placed


@dataclass(frozen=True)
class Origin:
    """Where 近い順 and the radius measure from. ``name``: what was typed or the listing's or
    area's name; ``found``: how a typed place was understood; for NOT_FOUND, ``found`` is the
    lookup's message and ``why`` (with ``values``, ``places.PlaceNotFound``'s) why."""

    kind: OriginKind
    point: tuple[float, float] | None = None
    name: str = ""
    found: str = ""
    why: str = ""
    values: tuple[tuple[str, str], ...] = ()

    @property
    def reason(self) -> str:
        return self.why % dict(self.values) if self.values else self.why


def unplaced_area(code: str, vocabulary: Snapshot) -> AreaData | None:
    """The area ``code`` names when it has no point to measure distances from (an area added
    without its 公民館's address), else None."""
    area = next((a for a in vocabulary.areas if a.code == code), None)
    return area if area is not None and (area.lat is None or area.lon is None) else None


def point_origin(request: SearchRequest, vocabulary: Snapshot) -> Origin:
    """The origin from an area or a point only (no database): the API's."""
    if request.near:
        area = next(a for a in vocabulary.areas if a.code == request.near)
        if area.lat is not None and area.lon is not None:
            return Origin(OriginKind.AREA, (area.lat, area.lon), area.name, area.centre_name or "")
    if request.point is not None:
        return Origin(OriginKind.POINT, request.point)
    return Origin(OriginKind.NONE)


def resolve_origin(
    session: Session,
    request: SearchRequest,
    vocabulary: Snapshot,
    geocoder: Geocoder,
    audience: Audience,
) -> Origin:
    """Where to measure from. What a person chose in the form (a typed place, then an area)
    wins over what a link carried (a clicked point, then a listing)."""
    if request.address:
        # A landmark (土浦駅), an area, a town or an address: the one place lookup.
        found = places.resolve_place(session, request.address, geocoder, vocabulary.places)
        if isinstance(found, places.Place):
            return Origin(OriginKind.ADDRESS, (found.lat, found.lon), request.address, found.label)
        return Origin(
            OriginKind.NOT_FOUND, None, request.address, found.message, found.why, found.values
        )
    origin = point_origin(request, vocabulary)
    if origin.kind is not OriginKind.NONE or request.listing is None:
        return origin
    row = session.execute(
        select(Listing.name, Location.lat, Location.lon)
        .join(Listing, Listing.id == Location.listing_id)
        .where(Listing.id == request.listing, visible(audience))
    ).first()
    if row is not None and row.lat is not None and row.lon is not None:
        return Origin(OriginKind.LISTING, (row.lat, row.lon), row.name)
    return origin
