"""Public pages for residents: home, the listing browser, a listing, an organization.

Views only parse the request, call the directory's read functions and render.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    abort,
    current_app,
    get_template_attribute,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from directory import browse, upcoming, vocabulary
from directory.browse import Audience, ListingFilter, SortOrder
from directory.listings import is_stale
from directory.models import Listing
from directory.permissions import can_edit_listing
from directory.search.request import as_typed
from webapp import db, filter_notes, maps, messages
from webapp.auth import signed_in_user
from webapp.kept import kept
from webapp.requests import parse_int
from webapp.templating import today
from webapp.terms import terms

bp = Blueprint("public", __name__)

WEEKDAY_CHOICES = (*range(7), browse.HOLIDAYS)


def audience() -> Audience:
    """Coordinators and admins also see coordinator-only listings; everyone else the public."""
    user = signed_in_user()
    return Audience.COORDINATOR if user is not None and user.is_staff else Audience.PUBLIC


def parse_filter(
    args: MultiDict[str, str], known: vocabulary.Snapshot
) -> tuple[ListingFilter, list[tuple[str, str]]]:
    """Read filters from the query string, and the values that mean nothing (parameter, value
    as written): those are dropped, not errors — an old bookmark's renamed 地区 or kind would
    otherwise filter out everything unseen, as no checkbox shows a code the vocabulary does not
    have — and the page says it dropped them (``filter_notes``)."""
    offered = {
        "category": {c.code for c in known.categories},
        "target": {t.code for t in known.targets},
        "area": {a.code for a in known.areas},
        "weekday": {str(d) for d in WEEKDAY_CHOICES},
    }
    dropped: list[tuple[str, str]] = []

    def codes(name: str) -> tuple[str, ...]:
        kept = []
        for value in dict.fromkeys(v.strip() for v in args.getlist(name)):
            plain = as_typed(value)  # 「５」 typed on a phone is 5
            if name == "weekday" and (day := parse_int(plain)) is not None:
                plain = str(day)  # "05" is Saturday, as it was read before
            if plain in offered[name]:
                kept.append(plain)
            elif value:  # empty: a form's "any"
                dropped.append((name, value))
        return tuple(dict.fromkeys(kept))

    weekdays = tuple(sorted(int(d) for d in codes("weekday")))
    sort_asked = args.get("sort", "").strip()
    try:
        sort = SortOrder(sort_asked or SortOrder.NAME.value)
    except ValueError:
        sort = SortOrder.NAME
        dropped.append(("sort", sort_asked))
    flt = ListingFilter(
        categories=codes("category"),
        targets=codes("target"),
        areas=codes("area"),
        weekdays=weekdays,
        sort=sort,
    )
    return flt, dropped


def parse_page(args: MultiDict[str, str]) -> int:
    return parse_int(as_typed(args.get("page", "")), low=1, high=99_999) or 1


@dataclass(frozen=True)
class HomeFigures:
    """What the home page counts: kept per process until a listing changes or the day does."""

    category_counts: dict[str, int]
    area_counts: dict[str, int]
    soon: list[upcoming.Day]


LISTING_COUNTS_KEPT = 64  # the browser's counts: one per audience and set of filters


def _home_figures(audience: Audience) -> HomeFigures:
    session = db.session()
    day = today()

    def compute() -> HomeFigures:
        return HomeFigures(
            category_counts=category_counts(audience),
            area_counts=area_counts(audience),
            soon=upcoming.week(session, audience, day),
        )

    return kept("home_figures", (audience, day, upcoming.version(session)), compute)


def category_counts(who: Audience) -> dict[str, int]:
    """How many listings of each kind this audience sees, kept until a listing changes (the
    home page's figures and the API's /categories: 71 ms a time at 100,000 listings)."""
    session = db.session()
    return kept(
        "category_counts",
        (who, upcoming.version(session)),
        lambda: browse.count_by_category(session, who),
    )


def area_counts(who: Audience) -> dict[str, int]:
    """How many listings of each 地区 this audience sees, kept as ``category_counts``."""
    session = db.session()
    return kept(
        "area_counts", (who, upcoming.version(session)), lambda: browse.count_by_area(session, who)
    )


def listing_count(who: Audience, flt: ListingFilter) -> int:
    """How many listings match ``flt`` (its order aside), kept until a listing changes: the
    listing browser's and the API's total, which reads every listing on PostgreSQL until a
    vacuum (32–39 ms at 100,000)."""
    session = db.session()
    return kept(
        "listing_counts",
        (who, replace(flt, sort=SortOrder.NAME), upcoming.version(session)),
        lambda: browse.count_listings(session, flt, who),
        size=LISTING_COUNTS_KEPT,
    )


def pin_summary() -> browse.PinSummary:
    """Where this audience's listings with a pin are (``browse.pin_summary``), kept until a
    listing changes."""
    session, who = db.session(), audience()
    return kept(
        "pin_summary",
        (who, upcoming.version(session)),
        lambda: browse.pin_summary(session, who),
    )


@bp.get("/")
def home() -> str:
    session = db.session()
    figures = _home_figures(audience())
    return render_template(
        "public/home.html",
        categories=vocabulary.categories(session),
        areas=vocabulary.areas(session),
        category_counts=figures.category_counts,
        area_counts=figures.area_counts,
        soon=figures.soon,
    )


def weekday_name(day: int) -> str:
    names = (_("月曜"), _("火曜"), _("水曜"), _("木曜"), _("金曜"), _("土曜"), _("日曜"))
    return str(names[day] if day < 7 else _("祝日"))


@bp.get("/listings")
def listings() -> str:
    session, who, known = db.session(), audience(), terms()
    flt, dropped = parse_filter(request.args, known)
    kept = {"category": flt.categories, "target": flt.targets, "area": flt.areas}
    total = listing_count(who, flt)
    page = browse.browse_cards(
        session,
        flt,
        who,
        page=parse_page(request.args),
        per_page=current_app.config["LISTINGS_PER_PAGE"],
        total=total,
    )
    return render_template(
        "public/listings.html",
        flt=flt,
        dropped=filter_notes.notes(dropped, kept | {"weekday": flt.weekdays}),
        page=page,
        categories=known.categories,
        targets=known.targets,
        areas=known.areas,
        weekday_choices=WEEKDAY_CHOICES,
        weekday_names=[weekday_name(d) for d in WEEKDAY_CHOICES],
        upcoming=browse.upcoming,
        schedule_spec=browse.schedule_spec,
        start=today(),
    )


@bp.get("/listings/<int:listing_id>")
def listing_detail(listing_id: int) -> str:
    session = db.session()
    listing = browse.get_listing(session, listing_id, audience())
    return render_template(
        "public/listing.html",
        listing=listing,
        spec=browse.schedule_spec(listing, today=today()),
        next_dates=browse.upcoming(listing, today(), 3),
        stale=is_stale(listing, today(), current_app.config["FRESHNESS_DAYS"]),
        can_edit=(user := signed_in_user()) is not None and can_edit_listing(user, listing),
        map_div=maps.map_div(
            "listing", _("地図には、この活動の場所と、まわりの町名・駅を示しています。")
        )
        if located(listing)
        else None,
        maps_app=maps_app_links(listing),
    )


def maps_app_links(listing: Listing) -> dict[str, str] | None:
    """Links that open the listing's place in a phone's maps app or on 地理院地図."""
    location = listing.location
    if location is None or location.lat is None or location.lon is None:
        return None
    label = location.place_name or listing.name
    return {
        "geo": maps.geo_uri(location.lat, location.lon, label),
        "web": maps.web_map_url(location.lat, location.lon),
    }


@bp.get("/organizations/<int:organization_id>")
def organization_detail(organization_id: int) -> str:
    session = db.session()
    organization = browse.get_organization(session, organization_id)
    # Paged as the listing browser: a 社協 may run hundreds of サロン (the page showed the
    # first 200 and called them all).
    page = browse.browse_cards(
        session,
        ListingFilter(organization_id=organization.id),
        audience(),
        page=parse_page(request.args),
        per_page=current_app.config["LISTINGS_PER_PAGE"],
    )
    return render_template(
        "public/organization.html",
        organization=organization,
        page=page,
        upcoming=browse.upcoming,
        schedule_spec=browse.schedule_spec,
        start=today(),
    )


def _map_points(listing_id: int | None = None) -> list[maps.MapPoint]:
    ids = None if listing_id is None else [listing_id]
    return pin_points(browse.map_pins(db.session(), audience(), listing_ids=ids))


def layer_names() -> Callable[[str], str]:
    """The name of a map's layer from its category's label (a pin's first category; "" for
    none), in the reader's language: each label translated once per map."""
    names: dict[str, str] = {"": _(messages.MAP_GROUP_OTHER)}
    return lambda category: names.get(category) or names.setdefault(category, _(category))


def pin_points(pins: Iterable[browse.Pin]) -> list[maps.MapPoint]:
    """The markers of pins: a map of the whole directory makes one per listing, so each
    category's label is translated once and links are written from one built address."""
    prefix = url_for("public.listing_detail", listing_id=0).removesuffix("0")
    layer_name = layer_names()
    ages = ages_worded()
    return [
        maps.MapPoint(
            id=pin.listing_id,
            name=pin.name,
            lat=pin.lat,
            lon=pin.lon,
            group=layer_name(pin.category),
            schedule=pin.schedule,
            url=f"{prefix}{pin.listing_id}",
            address="　".join(p for p in (pin.place_name, pin.address) if p),
            where=messages.PLACE_SEPARATOR.join(
                p for p in (pin.area, pin.place_name or pin.address) if p
            ),
            age_min=pin.age_min,
            age_max=pin.age_max,
            age_with_adults=pin.age_with_adults,
            ages=ages(pin.age_min, pin.age_max, pin.age_with_adults),
            kana=pin.kana,
        )
        for pin in pins
    ]


def ages_worded() -> Callable[[int | None, int | None, bool], str]:
    """対象年齢 in the reader's language, as the pages word it (the ``ages_worded`` macro, one
    rule for cards, lists and popups); "" for no age limit. Each range worded once per map."""
    macro = get_template_attribute("_macros.html", "ages_worded")
    said: dict[tuple[int | None, int | None, bool], str] = {(None, None, False): ""}

    def word(low: int | None, high: int | None, adults: bool) -> str:
        key = (low, high, adults)
        if key not in said:
            said[key] = str(macro(low, high, adults).unescape()).strip()  # Markup: as text
        return said[key]

    return word


def located(listing: Listing) -> bool:
    location = listing.location
    return location is not None and location.lat is not None and location.lon is not None


def map_script(m: maps.LocalMap) -> Response:
    response = Response(maps.script(m), mimetype="text/javascript")
    # The map shows what the page shows; coordinators' maps include coordinator-only listings.
    response.headers["Cache-Control"] = "private, max-age=60"
    _in_the_readers_language(response)
    return response


def _in_the_readers_language(response: Response) -> None:
    """A map's script and its points are in the reader's language (layer names, 対象年齢, the
    popup's words), chosen by the ``lang`` cookie or the browser: a browser keeping one for its
    60 s must not serve it after the reader switched language (as the pages say: i18n._vary)."""
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")


PIN_CELLS_KEPT = 64  # the area map's squares: one per audience and zoom (0–19)
MAP_LIST_PER_PAGE = 200  # a town's whole directory fits on the first page


# What a link to the area map may carry that only a search answers (a list's or a search's
# conditions, as /listings and /search read them).
SEARCH_PARAMETERS = (
    "q", "category", "target", "area", "weekday", "time", "free", "access", "referrals",
    "language", "max_cost", "near", "from", "within", "lat", "lon", "sort",
)  # fmt: skip


@bp.get("/map")
def area_map() -> str | Response:
    """All published listings on one map, by category; below it the same listings as a list
    by 地区, with addresses — the map for those who cannot use it — a page at a time.

    A link with conditions (/map?category=kodomo_shokudo, typed, or a list's address with
    /map put in) goes to the search results and their map: the area map shows every listing,
    and drawing everything under a link that names こども食堂 read as a map of こども食堂,
    while the list said which of the link's values it could not use."""
    asked: dict[str, Any] = {
        name: values
        for name in SEARCH_PARAMETERS
        if (values := [v for v in request.args.getlist(name) if v.strip()])
    }
    if asked:
        return redirect(url_for("search.results", **asked, _anchor="results-map"))
    listed = browse.pin_page(
        db.session(),
        audience(),
        pin_summary(),
        page=parse_page(request.args),
        per_page=MAP_LIST_PER_PAGE,
    )
    points = pin_points(listed.items)
    by_area = [
        (area, [point for _pin, point in pairs])
        for area, pairs in groupby(zip(listed.items, points, strict=True), lambda p: p[0].area)
    ]
    return render_template(
        "public/map.html",
        map_div=maps.map_div(
            "listings",
            _(
                "地図には、地区の範囲・町名・駅と、活動の場所を示しています。同じ活動を、下の一覧で住所とともに読めます。"
            ),
        ),
        listed=listed,
        by_area=by_area,
        tiles=maps.tile_source(),
        geo_uri=maps.geo_uri,
        web_map_url=maps.web_map_url,
        # An entry's kind in its brackets, worded once for the page's up to 200 entries.
        kind_of=_("（%(kind)s）"),
    )


@bp.get("/map.js")
def area_map_script() -> Response:
    """The area map: base layer, where it opens, and the markers' source (``/map/points.json``)."""
    pins = pin_summary()
    nearest_first = url_for("search.results", sort="distance")
    m = maps.fetched_listings_map(
        "listings",
        url_for("public.area_map_points"),
        pins.box,
        pins.count,
        list_url=nearest_first,
    )
    maps.SearchFromClick(nearest_first).add_to(m)
    return map_script(m)


@bp.get("/map/points.json")
def area_map_points() -> Response:
    """The area map's markers. A directory of up to ``MAP_POINTS_AT_ONCE`` pins sends them all
    at once (``"all": true``; the map clusters them itself and never asks again). A larger one
    sends what is in the map's view (``bbox=west,south,east,north`` and ``zoom``, which the map
    sends each time it moves): its pins when the squares of the grid it touches hold at most
    that many, else those squares' counts (``cells``) — so the map of 100,000 listings moves
    as lightly as that of a town. (Zoomed in to a street, a count opens the list of those
    activities.)"""
    limit = current_app.config["MAP_POINTS_AT_ONCE"]
    summary = pin_summary()
    body: dict[str, object]
    if summary.count <= limit:
        body = {"all": True, "points": maps.point_dicts(_map_points())}
    else:
        view = maps.parse_view(request.args)
        if view is None:
            error = maps.to_json({"error": _(messages.MAP_VIEW_INVALID)})
            return Response(error, status=400, mimetype="application/json")
        box, zoom = view
        session, who = db.session(), audience()
        # The squares of the whole directory at this zoom, kept until a listing changes: a
        # view (each move of each visitor's map) only picks those it touches.
        squares = kept(
            "pin_cells",
            (who, zoom, upcoming.version(session)),
            lambda: browse.pin_cells(session, who, maps.cell_degrees(zoom)),
            size=PIN_CELLS_KEPT,
        )
        cells = [cell for cell in squares if cell.touches(box)]
        if sum(cell.count for cell in cells) <= limit:
            pins = browse.map_pins(session, who, within=box)
            body = {"all": False, "points": maps.point_dicts(pin_points(pins))}
        else:
            name = layer_names()
            body = {"all": False, "cells": [maps.cell_dict(cell, name) for cell in cells]}
    response = Response(maps.to_json(body), mimetype="application/json")
    response.headers["Cache-Control"] = "private, max-age=60"  # as the map's script
    _in_the_readers_language(response)
    response.add_etag()
    return response.make_conditional(request)


@bp.get("/listings/<int:listing_id>/map.js")
def listing_map_script(listing_id: int) -> Response:
    points = _map_points(listing_id)
    if not points:
        abort(404)
    return map_script(maps.listings_map("listing", points, cluster=False))


# ---- icons and the web manifest (add to home screen) -------------------------------------


@cache
def _favicon_bytes(static_folder: str) -> bytes:
    # Read once and answered from memory: a 1 KB file on every page needs no file handle.
    return (Path(static_folder) / "icons" / "favicon.ico").read_bytes()


@bp.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico on every site; the file lives with the other icons."""
    response = Response(
        _favicon_bytes(current_app.static_folder or "static"), mimetype="image/x-icon"
    )
    response.cache_control.max_age = 7 * 24 * 60 * 60
    response.cache_control.public = True
    return response


@bp.get("/manifest.webmanifest")
def manifest() -> Response:
    """The web app manifest: a phone can add the site to its home screen with its icon."""
    icons = url_for("static", filename="icons/")
    response = jsonify(
        {
            "name": _("つながりマップ 土浦"),
            "short_name": _("つながりマップ"),
            "description": _(
                "土浦市の居場所・サロン・こども食堂・ボランティアなど、地域で参加できる活動をさがせます。"
            ),
            "lang": "ja",
            "start_url": url_for("public.home"),
            "scope": "/",
            "display": "standalone",
            "background_color": "#f6f8f7",
            "theme_color": "#0b6e4f",
            "icons": [
                {"src": f"{icons}icon-192.png", "sizes": "192x192", "type": "image/png"},
                {"src": f"{icons}icon-512.png", "sizes": "512x512", "type": "image/png"},
                {
                    "src": f"{icons}icon-512.png",
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
                {"src": f"{icons}icon.svg", "sizes": "any", "type": "image/svg+xml"},
            ],
        }
    )
    response.mimetype = "application/manifest+json"
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response
