"""One reader for a search's query string: the page drops what means nothing, the API refuses it."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict

from directory.browse import Audience
from directory.places import KnownPlaces
from directory.search import request
from directory.search.request import InvalidSearch, OriginKind, ProblemKind
from directory.vocabulary import AreaData, Snapshot, Term
from geo.geocoding import OfflineGeocoder

VOCABULARY = Snapshot(
    areas=(
        AreaData("niihari", "新治", centre_name="新治地区公民館", lat=36.1, lon=140.2),
        AreaData("nowhere", "どこか"),  # an area without a point
    ),
    categories=(Term("salon", "高齢者サロン"), Term("kodomo", "こども食堂")),
    targets=(Term("children", "子ども"),),
    landmarks=(),
    home="",
)


def args(query: str) -> MultiDict[str, str]:
    pairs = [part.split("=", 1) for part in query.split("&") if part]
    return MultiDict([(key, value) for key, value in pairs])


def page(query: str) -> request.SearchRequest:
    return request.read(args(query), VOCABULARY, strict=False)


def api(query: str) -> request.SearchRequest:
    return request.read(args(query), VOCABULARY, strict=True, browse=True)


def refused(query: str) -> request.Problem:
    with pytest.raises(InvalidSearch) as caught:
        api(query)
    return caught.value.problem


def test_both_read_the_same_words_facets_and_radius() -> None:
    query = (
        "q= こども食堂 &category=kodomo&category=kodomo&weekday=5&free=true&near=niihari&within=2"
    )
    for asked in (page(query), api(query)):
        assert asked.text == "こども食堂"
        assert asked.facets == {"category": ("kodomo",), "weekday": ("5",), "free": ("yes",)}
        assert asked.near == "niihari"
        assert asked.within_km == 2.0
        assert asked.sort == "relevance"
        assert asked.uses_search


@pytest.mark.parametrize(
    ("query", "parameter", "kind"),
    [
        ("category=bogus", "category", ProblemKind.UNKNOWN_CODE),
        ("weekday=8", "weekday", ProblemKind.UNKNOWN_VALUE),
        ("free=maybe", "free", ProblemKind.UNKNOWN_VALUE),
        ("near=niihari&within=50.5", "within", ProblemKind.BAD_RADIUS),
        ("near=niihari&within=0", "within", ProblemKind.BAD_RADIUS),
        ("near=niihari&within=nan", "within", ProblemKind.BAD_RADIUS),
        ("within=2", "within", ProblemKind.RADIUS_NEEDS_ORIGIN),
        ("lat=36.1", "lon", ProblemKind.LAT_LON_TOGETHER),
        ("lat=91&lon=140", "lat", ProblemKind.NOT_A_COORDINATE),
        ("near=atlantis", "near", ProblemKind.UNKNOWN_CODE),
        ("q=a&q=b", "q", ProblemKind.REPEATED),
        ("q=" + "あ" * (request.MAX_QUERY_LENGTH + 1), "q", ProblemKind.TOO_LONG),
        ("page=0", "page", ProblemKind.NOT_AN_INTEGER),
        ("per_page=101", "per_page", ProblemKind.NOT_AN_INTEGER),
        ("sort=random", "sort", ProblemKind.UNKNOWN_VALUE),
        ("q=体操&sort=name", "sort", ProblemKind.SORT_NEEDS_BROWSE),
        ("sort=distance", "sort", ProblemKind.DISTANCE_NEEDS_ORIGIN),
        ("near=nowhere&within=2", "near", ProblemKind.AREA_WITHOUT_POINT),
        ("near=nowhere&sort=distance", "near", ProblemKind.AREA_WITHOUT_POINT),
        ("max_cost=-1", "max_cost", ProblemKind.NOT_AN_INTEGER),
        ("max_cost=2.5", "max_cost", ProblemKind.NOT_AN_INTEGER),
        ("max_cost=1000001", "max_cost", ProblemKind.NOT_AN_INTEGER),
        ("max_cost=100&max_cost=200", "max_cost", ProblemKind.REPEATED),
    ],
)
def test_the_api_refuses_what_the_page_drops(query: str, parameter: str, kind: ProblemKind) -> None:
    problem = refused(query)
    assert (problem.parameter, problem.kind) == (parameter, kind)
    asked = page(query)  # the page reads the same string without an error
    assert "bogus" not in asked.facets.get("category", ())
    assert asked.facets.get("weekday", ()) == ()
    assert asked.within_km is None or asked.within_km <= request.MAX_RADIUS_KM
    assert len(asked.text) <= request.MAX_QUERY_LENGTH
    assert asked.sort in request.SEARCH_SORTS
    assert asked.facets.get("max_cost", ("100",)) == ("100",)  # a bad ceiling is dropped


@pytest.mark.parametrize(
    ("query", "parameter", "read"),
    [
        ("max_cost=300円", "max_cost", {"max_cost": ("300",)}),
        ("max_cost=３００", "max_cost", {"max_cost": ("300",)}),
        ("free=1", "free", {"free": ("yes",)}),
        ("weekday=05", "weekday", {"weekday": ("5",)}),
        ("near=niihari&within=３．５", "within", {}),
    ],
)
def test_the_page_reads_what_a_person_types_which_the_api_refuses(
    query: str, parameter: str, read: dict[str, tuple[str, ...]]
) -> None:
    """A person types 300円, ３００ or free=1 into a link; a program sends what the API's
    document lists, and learns of anything else."""
    assert refused(query).parameter == parameter
    asked = page(query)
    assert asked.facets == read
    assert asked.dropped == ()
    if parameter == "within":
        assert asked.within_km == 3.5


@pytest.mark.parametrize(("value", "ceiling"), [("0", "0"), ("300", "300"), ("1000000", "1000000")])
def test_a_cost_ceiling_is_a_number_of_yen_and_needs_the_index(value: str, ceiling: str) -> None:
    for asked in (page(f"max_cost={value}"), api(f"max_cost={value}")):
        assert asked.facets == {"max_cost": (ceiling,)}
        assert asked.uses_search


def test_the_page_keeps_the_rest_of_a_search_when_one_value_means_nothing() -> None:
    asked = page("q=サロン&category=salon&category=bogus&within=500&near=niihari&page=abc")
    assert asked.text == "サロン"
    assert asked.facets == {"category": ("salon",)}
    assert asked.within_km is None
    assert asked.near == "niihari"
    assert asked.page == 1


def test_the_api_lists_by_name_unless_the_index_is_needed() -> None:
    assert api("category=salon").sort == "name"
    assert not api("category=salon").uses_search
    assert api("category=salon&sort=verified").sort == "verified"
    assert api("time=morning").uses_search  # only the index knows the time of day


def test_a_page_reads_a_typed_place_and_a_listing_the_api_does_not() -> None:
    assert page("from=土浦駅&listing=12").address == "土浦駅"
    assert page("listing=12").listing == 12
    assert page("listing=99999999999").listing is None  # beyond any id: ignored
    assert api("from=土浦駅&listing=12").address == ""


def test_an_area_is_preferred_to_a_point_and_gives_its_hall() -> None:
    origin = request.point_origin(api("near=niihari&lat=35&lon=139"), VOCABULARY)
    assert (origin.kind, origin.point, origin.found) == (
        OriginKind.AREA,
        (36.1, 140.2),
        "新治地区公民館",
    )
    assert request.point_origin(api("lat=35&lon=139"), VOCABULARY).point == (35.0, 139.0)
    # An area without a point falls back to the point given, then to none.
    assert request.point_origin(page("near=nowhere"), VOCABULARY).kind is OriginKind.NONE


@pytest.mark.parametrize(
    ("home", "typed", "town"),
    [
        # 府中市 is a city of 東京都 and of 広島県: the home's own when written without one.
        ("東京都府中市", "府中市宮西町", "東京都府中市宮西町"),
        ("東京都府中市", "府中市宮西町2-1-1", "東京都府中市宮西町二丁目"),
        ("東京都府中市", "宮西町1-1", "東京都府中市宮西町一丁目"),
        ("東京都府中市", "東京都府中市宮西町", "東京都府中市宮西町"),
        ("東京都府中市", "つくば市竹園1丁目", "茨城県つくば市竹園一丁目"),  # another city
        ("茨城県土浦市", "土浦市大和町9-1", "茨城県土浦市大和町"),
        ("茨城県土浦市", "大和町9-1", "茨城県土浦市大和町"),
    ],
)
def test_a_typed_origin_is_its_town_in_the_home_municipality(
    db_session: Session, home: str, typed: str, town: str
) -> None:
    """``from=`` in a directory whose home (the areas' 公民館) is ``home``: never the home put
    in front of a city already written (「東京都府中市府中市宮西町」, found nowhere)."""
    vocabulary = Snapshot((), (), (), (), home, KnownPlaces((), (), home))
    origin = request.resolve_origin(
        db_session, page(f"from={typed}"), vocabulary, OfflineGeocoder(), Audience.PUBLIC
    )
    assert (origin.kind, origin.name, origin.found) == (OriginKind.ADDRESS, typed, town)


def test_an_area_without_a_point_is_named_so_the_page_and_the_api_can_say_why() -> None:
    assert refused("near=nowhere&within=2").name == "どこか"
    assert page("near=nowhere&within=2").near == "nowhere"  # the page explains, keeping it
    assert request.unplaced_area("nowhere", VOCABULARY) == VOCABULARY.areas[1]
    assert request.unplaced_area("niihari", VOCABULARY) is None


def test_values_are_bounded_before_they_are_checked() -> None:
    many = "&".join(f"area=niihari{n}" for n in range(1000)) + "&area=niihari"
    asked = page(many)  # only the first MAX_VALUES are read at all
    assert asked.facets == {}
    assert page("area=niihari&" + many).facets == {"area": ("niihari",)}
    assert request.read_page(args("page=3&per_page=50"), strict=True) == (3, 50)
    with pytest.raises(InvalidSearch):
        request.read_page(args("per_page=0"), strict=True)
