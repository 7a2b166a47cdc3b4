"""The search use case: free text + facets → one page of listings, facet counts, snippets.

``search(session, ranker, criteria, audience, places=…)`` understands the text
(:mod:`directory.search.query`: words, conditions, a place), asks the in-memory ranker which
listings match, then loads that page from the database *with the visibility rule applied
again*, so an index that lags behind the database can never show a listing the audience may
not see. Conditions understood from the text join the facets chosen on the page; a place
understood from the text is the origin (with its radius) unless the page chose one. A search
that finds nothing says which single word or condition to drop, and how many it would find;
when a weekday or time read from the words left nothing (「書道 土曜日」), the first few that
match on other days or times come with it (``other_time_hits``): the condition stays a filter.

``place_lookup(session, geocoder)`` is the ``places`` callback: the one place lookup
(``directory.places.resolve_place``) for words that may be places. Give it the *offline*
geocoder: a resident's words are never sent to an online service, and a search never waits for
one.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Generic

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import places as place_lookup_module
from directory.browse import (
    Audience,
    Card,
    Paginated,
    Shown,
    cards,
    visible,
    with_page_relations,
)
from directory.models import Area as AreaRow
from directory.models import Landmark, Listing
from directory.search.index import FACETS
from directory.search.query import Area, ParsedQuery, Place, PlaceLookup, Understood, parse
from directory.search.ranking import COST, Ranked, Ranker, TextQuery
from directory.search.readings import has_kanji, to_katakana, word_reading
from directory.search.snippets import excerpt
from directory.vocabulary import Snapshot
from geo.geocoding import NO_CITY, Geocoder, Located, NotLocated
from geo.normalize import parse as parse_address

WHEN_FACETS = ("weekday", "time")  # conditions of when: other days may do instead
OTHER_TIMES_SHOWN = 5
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_HAS_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


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
    asis: tuple[str, ...] = ()  # words of ``text`` to take as written, not as conditions

    @property
    def has_filters(self) -> bool:
        return any(self.facets.get(name) for name in (*FACETS, COST)) or self.within_km is not None


class Read(enum.Enum):
    """What a search reads of the page's matches."""

    LISTINGS = "listings"  # the listings with their relations (the API, a case's suggestions)
    CARDS = "cards"  # what a result card shows, as plain values (the search page)
    IDS = "ids"  # nothing: only which they are (a map reads its own pins)


@dataclass(frozen=True)
class Hit(Generic[Shown]):
    listing: Shown
    snippet: str  # escaped HTML with <mark>
    distance_km: float | None


@dataclass(frozen=True)
class Drop:
    """A zero-result suggestion: without this word or condition, ``count`` listings match."""

    word: str  # as typed (a word, or the word a condition was read from)
    count: int


@dataclass(frozen=True)
class SearchResult(Paginated):
    criteria: Criteria
    parsed: ParsedQuery
    hits: Sequence[Hit[Listing]]  # read as listings (``Read.LISTINGS``)
    total: int
    counts: dict[str, dict[str, int]]
    page: int
    per_page: int
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # chosen + understood
    origin: tuple[float, float] | None = None
    within_km: float | None = None
    complete: int | None = None  # partial matches follow: how many matched every word
    drops: Sequence[Drop] = ()
    listing_ids: Sequence[int] = ()  # the page's matches in order (whatever was read)
    cards: Sequence[Hit[Card]] = ()  # read as cards (``Read.CARDS``)
    cost_unknown: int = 0  # with a price ceiling: left out for want of one 参加費 amount
    # Nothing matched on the weekday or time typed (「書道 土曜日」): the first matches on other
    # days or times, shown under the zero-result suggestions (the condition stays a filter).
    other_times: Drop | None = None
    other_time_hits: Sequence[Hit[Listing]] = ()
    other_time_cards: Sequence[Hit[Card]] = ()

    @property
    def partial(self) -> bool:
        """Listings matching only some of the words are shown (after those matching all)."""
        return self.complete is not None and self.total > self.complete

    def relaxations(self) -> list[str]:
        """Facets whose removal alone would give results (for 該当なし suggestions)."""
        found = []
        for name, values in self.criteria.facets.items():
            if values and sum(self.counts.get(name, {}).values()) > 0:
                found.append(name)
        return found


def search(
    session: Session,
    ranker: Ranker,
    criteria: Criteria,
    audience: Audience,
    *,
    places: PlaceLookup | None = None,
    vocabulary: Snapshot | None = None,
    read: Read = Read.LISTINGS,
) -> SearchResult:
    """One page of results. ``vocabulary``: the areas as the caller keeps them between
    requests (read here otherwise). The page's matches are read in one statement, with their
    excerpts, as ``read`` says: as listings with their relations (``hits``), as the plain values
    a result card shows (``cards``), or not at all (``listing_ids`` says which matched: a map
    reads only their pins)."""
    public_only = audience is Audience.PUBLIC
    known_areas = vocabulary.areas if vocabulary is not None else session.scalars(select(AreaRow))
    parsed = parse(
        criteria.text,
        ranker.lexicon(public_only=public_only),
        places=places if criteria.origin is None else None,
        areas=[Area(a.code, a.name, a.kana) for a in known_areas],
        asis=criteria.asis,
    )
    facets = {k: v for k, v in criteria.facets.items() if (k in FACETS or k == COST) and v}
    for name, values in parsed.facets().items():
        facets[name] = tuple(dict.fromkeys((*facets.get(name, ()), *values)))
    origin, within_km = criteria.origin, criteria.within_km
    place = parsed.place
    if origin is None and place is not None:
        origin, within_km = place.point, place.radius_km
    page = max(1, criteria.page)
    by_distance = origin is not None and (
        criteria.sort is SearchSort.DISTANCE or (place is not None and not parsed.query.words)
    )

    def ranked_for(
        query: TextQuery,
        chosen: dict[str, tuple[str, ...]],
        where: tuple[float, float] | None,
        radius: float | None,
        offset: int = 0,
        limit: int = 0,
    ) -> Ranked:
        return ranker.search(
            query,
            chosen,
            public_only=public_only,
            origin=where,
            by_distance=by_distance,
            within_km=radius if where is not None else None,
            offset=offset,
            limit=limit,
        )

    ranked = ranked_for(
        parsed.query, facets, origin, within_km, (page - 1) * criteria.per_page, criteria.per_page
    )
    pages = max(1, math.ceil(ranked.total / criteria.per_page))
    if page > pages:  # past the end: show the last page rather than nothing
        return search(
            session, ranker, _with_page(criteria, pages), audience, places=places,
            vocabulary=vocabulary, read=read,
        )  # fmt: skip
    drops: list[Drop] = []
    other_times: Drop | None = None
    other = Ranked(listing_ids=[], total=0, counts={})
    if ranked.total == 0:
        drops = _drops(parsed, facets, criteria, origin, within_km, ranked_for)
        when = {u.word for u in parsed.understood if u.facet in WHEN_FACETS}
        other_times = next((d for d in drops if d.word in when), None)
        if other_times is not None and read is not Read.IDS:
            item = next(u for u in parsed.understood if u.word == other_times.word)
            chosen = _without_condition(facets, item, criteria)
            other = ranked_for(parsed.query, chosen, origin, within_km, 0, OTHER_TIMES_SHOWN)
    shown_ids = [*ranked.listing_ids, *other.listing_ids]
    rows: dict[int, Listing] = {}
    if read is Read.LISTINGS and shown_ids:
        statement = with_page_relations(
            select(Listing).where(Listing.id.in_(shown_ids), visible(audience)),
            session.get_bind().dialect.name,
        )
        rows = {listing.id: listing for listing in session.scalars(statement).unique()}
    shown = cards(session, shown_ids, audience) if read is Read.CARDS else {}

    def hits_of(found: dict[int, Shown], of: Ranked = ranked) -> list[Hit[Shown]]:
        return [
            Hit(
                listing=found[i],
                snippet=excerpt(_snippet_fields(found[i]), parsed.highlight),
                distance_km=of.distances_km.get(i),
            )
            for i in of.listing_ids
            if i in found
        ]

    return SearchResult(
        criteria=criteria,
        parsed=parsed,
        hits=hits_of(rows),
        cards=hits_of(shown),
        total=ranked.total,
        counts=ranked.counts,
        page=page,
        per_page=criteria.per_page,
        facets=facets,
        origin=origin,
        within_km=within_km if origin is not None else None,
        complete=ranked.complete,
        drops=drops,
        listing_ids=ranked.listing_ids,
        cost_unknown=ranked.cost_unknown,
        other_times=other_times if other.listing_ids else None,
        other_time_hits=hits_of(rows, other),
        other_time_cards=hits_of(shown, other),
    )


def _snippet_fields(listing: Listing | Card) -> list[str]:
    """Where an excerpt may come from, in order: the description first, then the rest."""
    loc, schedule = listing.location, listing.schedule
    return [
        listing.description,
        "・".join(listing.tags),
        loc.place_name if loc else "",
        schedule.text if schedule else "",
        listing.cost_text,
        listing.organization.name,
    ]


def _drops(
    parsed: ParsedQuery,
    facets: dict[str, tuple[str, ...]],
    criteria: Criteria,
    origin: tuple[float, float] | None,
    within_km: float | None,
    ranked_for: Callable[..., Ranked],
) -> list[Drop]:
    """Each word or understood condition whose removal alone would give results."""
    found: list[Drop] = []
    words = parsed.query.words
    for i, word in enumerate(parsed.words):
        if len(words) > 1:
            ages = tuple(j - (j > i) for j in parsed.query.age_words if j != i)
            rest = TextQuery(words[:i] + words[i + 1 :], partial=True, age_words=ages)
            count = ranked_for(rest, facets, origin, within_km).total
            if count:
                found.append(Drop(word, count))
    for item in parsed.understood:
        if item.point is not None:
            count = (
                ranked_for(parsed.query, facets, None, None).total if criteria.origin is None else 0
            )
        else:
            chosen = _without_condition(facets, item, criteria)
            count = ranked_for(parsed.query, chosen, origin, within_km).total
        if count:
            found.append(Drop(item.word, count))
    return found


def _without_condition(
    facets: dict[str, tuple[str, ...]], item: Understood, criteria: Criteria
) -> dict[str, tuple[str, ...]]:
    """The facets without the values a condition read from the words added (those the
    resident also chose in the filters stay)."""
    chosen = dict(facets)
    kept = tuple(
        v
        for v in chosen.get(item.facet, ())
        if v not in item.values or v in criteria.facets.get(item.facet, ())
    )
    if kept:
        chosen[item.facet] = kept
    else:
        chosen.pop(item.facet, None)
    return chosen


def place_lookup(
    session: Session, geocoder: Geocoder, vocabulary: Snapshot | None = None
) -> PlaceLookup:
    """Where a query word is, if it is a place: a landmark (by name, alias or reading), or a
    town of the home municipality (大岩田, 手野町), also written as an address the way
    residents do (土浦市大和町9-1, 中央2丁目; a town of another city only with its city in
    front) — never a word that merely geocodes somewhere. A town is named as the gazetteer
    names it (大和町, 荒川沖東二丁目), its point the 町丁目's. ``directory.places.resolve_place``
    answers; landmarks and the home municipality are read
    at most once per lookup (one search), and only words that name one of them are resolved.
    """
    landmarks: list[tuple[set[str], str, tuple[str, ...]]] | None = None
    home: str | None = None
    if vocabulary is not None:  # kept by the caller: no reads for the words that are no place
        landmarks = [
            ({_key(n) for n in lm.names}, lm.name, lm.venue) for lm in vocabulary.landmarks
        ]
        home = vocabulary.home
    landmark_points: place_lookup_module.KnownPlaces | None = None
    known: dict[str, Place | None] = {}

    def landmark_named(key: str) -> tuple[str, tuple[str, ...]] | None:
        """The landmark ``key`` names: its name, and how a listing meeting there writes it."""
        nonlocal landmarks
        if landmarks is None:
            landmarks = [
                (
                    {_key(n) for n in (lm.name, lm.kana, *(lm.aliases or [])) if n},
                    lm.name,
                    place_lookup_module.venue_names(lm),
                )
                for lm in session.scalars(select(Landmark))
            ]
        return next(((name, venue) for names, name, venue in landmarks if key in names), None)

    def town(word: str) -> tuple[str, str] | None:
        """The town ``word`` names, if it is one: as the page says it (大和町, 荒川沖東二丁目)
        and the address that found it. Written alone or as an address: with its prefecture
        and city in front (土浦市大和町), 丁目 in 算用数字 (中央2丁目), a house number after it
        (大和町9-1, 一丁目2番3号)."""
        nonlocal home
        if not (has_kanji(word) and 2 <= len(word) <= 40):
            return None
        if home is None:
            home = place_lookup_module.home_municipality(session)
        # As written when it names its city (土浦市大和町, つくば市竹園); else in the home town.
        # The home city written without its prefecture is the home's (府中市 is in two).
        for address in place_lookup_module.addresses_in_home(word, home):
            if _HIRAGANA.search(parse_address(address).rest):
                continue  # 「並木五丁目で子どもと行けるところ」: a sentence after a town, no address
            found = geocoder.geocode(address)
            if (
                isinstance(found, Located)
                and found.precision in ("chome", "oaza")
                and _town_named(parse_address(address).town, found.matched)
            ):
                return _without_prefix(found.matched, home or ""), address
        return None

    def lookup(word: str) -> Place | None:
        if word in known:
            return known[word]
        result = None
        known_places = vocabulary.places if vocabulary else None
        named = landmark_named(_key(word))
        if named is None and has_kanji(word) and _HAS_KANA.search(word):
            named = landmark_named(_key(word_reading(word)))  # アラカワオキ駅: by its reading
        if named is not None:
            name, venue = named
            found = place_lookup_module.resolve_place(session, name, geocoder, known_places)
            if isinstance(found, place_lookup_module.Place):
                result = Place(found.lat, found.lon, found.label, venue)
        elif (town_found := town(word)) is not None:
            label, address = town_found
            found = place_lookup_module.resolve_place(session, address, geocoder, known_places)
            if isinstance(found, place_lookup_module.Place):
                result = Place(found.lat, found.lon, label)
        elif (at_landmark := landmark_said(word)) is not None:
            result = Place(at_landmark.lat, at_landmark.lon, at_landmark.label)
        known[word] = result
        return result

    def landmark_said(word: str) -> place_lookup_module.Place | None:
        """A landmark as ``directory.places`` reads one that is typed — by its reading in
        rōmaji (arakawaoki, kandatsu eki), at an exit (神立西口), with から・周辺 after it
        (土浦駅から, 神立駅周辺) — and by nothing else: no town or address is geocoded here
        (``town`` did that), so a word that merely geocodes somewhere is no place."""
        nonlocal landmark_points
        typed = place_lookup_module.typed_place(word)
        if has_kanji(typed) and _HIRAGANA.search(typed):
            return None  # 「土浦駅の近くの子ども食堂」: a place and more, which the words cut apart
        if landmark_points is None:
            landmark_points = (
                vocabulary.places
                if vocabulary is not None and vocabulary.places is not None
                else place_lookup_module.KnownPlaces(
                    tuple(
                        place_lookup_module.landmark_point(lm)
                        for lm in session.scalars(select(Landmark))
                    ),
                    (),
                    "",
                )
            )
        landmarks_only = replace(landmark_points, areas=())
        found = place_lookup_module.resolve_place(session, word, _NOWHERE, landmarks_only)
        return found if isinstance(found, place_lookup_module.Place) else None

    return lookup


class _Nowhere:
    """A geocoder that places nothing: the search box's landmark reading asks
    ``resolve_place`` about landmarks alone."""

    name = "nowhere"

    def geocode(self, address: str) -> NotLocated:
        return NotLocated(NO_CITY)


_NOWHERE = _Nowhere()


def _key(text: str) -> str:
    return to_katakana(unicodedata.normalize("NFKC", text).replace(" ", "").replace("\u3000", ""))


def _without_prefix(matched: str, home: str) -> str:
    """A town as the page names it: without the home municipality (大和町), or without its
    prefecture when it is in another one (つくば市竹園一丁目)."""
    if home and matched.startswith(home) and len(matched) > len(home):
        return matched[len(home) :]
    prefecture = parse_address(matched).prefecture
    return matched[len(prefecture) :] if prefecture else matched


def _town_named(word: str, matched: str) -> bool:
    """The geocoder matched a town *called* ``word`` (大岩田, 手野町), not a word inside one."""
    word = unicodedata.normalize("NFKC", word)
    return bool(word) and (
        matched.endswith(word)
        or re.search(re.escape(word) + r"(町|[一二三四五六七八九十]+丁目)?$", matched) is not None
    )


def _with_page(criteria: Criteria, page: int) -> Criteria:
    return replace(criteria, page=page)
