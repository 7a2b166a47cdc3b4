"""The Open Referral HSDS API 3.0 under /hsds/: the public directory for any HSDS tool.

Read-only, public listings only, the same for everyone (the login session is never read or
saved here), and, like /api/v1, only what the public pages show (addresses without the postal
code, which the listing page does not show; the /opendata/ files have it). Routes, parameters and response shapes are the HSDS API reference's
(``openapi.json`` of the HSDS 3.0 schemas); the objects are built by
``directory.interop.hsds`` exactly as the HSDS export writes them, and the tests validate every
route's responses against the response schemas of the official ``openapi.json``. Our own
OpenAPI document (``webapp.hsds_openapi``) is served at /hsds/openapi.json.

- Schedules are read on the town's date (``templating.today``), as the public pages read
  them, not the server's: a fiscal year's list is over from 0:00 on 1 April in Japan.
- Lists are HSDS pages: ``total_items``, ``total_pages``, ``page_number``, ``size``,
  ``first_page``, ``last_page``, ``empty`` and ``contents``.
- /services: ``search`` (the directory's Japanese full-text search, best match first),
  ``taxonomy_term_id``, ``taxonomy_id``, ``organization_id``, ``modified_after`` (ISO 8601; a
  time without offset is local time), ``page``, ``per_page``, and ``full`` (the spec's name;
  ``full_service`` is accepted too) for fully nested services. /service_at_locations takes the
  same filters. /organizations takes ``search``, ``full`` and ``full_service``.
- /service_at_locations/{id}: the spec gives this route the schema of a full service, while
  describing a service_at_location; the answer is the full service_at_location (its location
  and its full service nested) and also carries the service's ``name`` and ``status``, so it
  satisfies both.
- Not supported (ignored, like any unknown parameter): ``format=ndjson`` (the full data set
  is the /opendata/hsds.json download), ``minimal``, ``postcode``, ``proximity``.
- Errors are the JSON API's, whatever raised them: ``{"error": {"code", "message",
  "parameter"}}`` in Japanese, 400 for a bad parameter or unreadable characters, 404 for an
  unknown id or path, 405 for anything but GET, 413, 500; never an HTML page.
- Caching and CORS as /api/v1: ETag (hash of the body), Last-Modified (the directory's last
  change; for / and /openapi.json, when the app started), 304 on If-None-Match /
  If-Modified-Since, ``Access-Control-Allow-Origin: *``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, request, url_for
from flask import Response as FlaskResponse
from flask.sessions import SessionMixin
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from directory import browse, upcoming
from directory.errors import NotFound
from directory.interop import hsds, hsds_queries
from directory.interop.hsds_queries import ServiceFilter
from directory.models import Listing, Organization
from directory.search.query import parse as parse_query
from webapp import api, db, hsds_openapi, messages, public
from webapp import search as search_web
from webapp.kept import kept
from webapp.templating import today

PREFIX = "/hsds"
bp = Blueprint("hsds_api", __name__, url_prefix=PREFIX)

JSON_TYPE = api.JSON_TYPE
MAX_PER_PAGE = hsds_openapi.MAX_PER_PAGE
DEFAULT_PER_PAGE = hsds_openapi.DEFAULT_PER_PAGE
MAX_PAGE = hsds_openapi.MAX_PAGE
MAX_SEARCH_LENGTH = hsds_openapi.MAX_SEARCH_LENGTH
MAX_SEARCH_HITS = 100_000  # every match of a search, ranked; a town has far fewer listings
BOOLEANS = {"true": True, "false": False}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.after_request(_headers)
    app.session_interface = StatelessSessions()


def is_hsds_request() -> bool:
    return request.path == PREFIX or request.path.startswith(f"{PREFIX}/")


class StatelessSessions(api.StatelessApiSessions):
    """Neither API saves the login session (see ``api.StatelessApiSessions``)."""

    def save_session(self, app: Flask, session: SessionMixin, response: FlaskResponse) -> None:
        if is_hsds_request():
            return
        super().save_session(app, session, response)


def _headers(response: Response) -> Response:
    if not is_hsds_request():
        return response
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    response.headers["Content-Security-Policy"] = api.CONTENT_SECURITY_POLICY
    if request.method == "OPTIONS" and response.status_code == 200:
        response.status_code = 204
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
        response.headers["Access-Control-Max-Age"] = "86400"
        response.headers.pop("Content-Type", None)
        response.set_data(b"")
    return response


# ---- errors --------------------------------------------------------------------------------


def http_error(error: HTTPException) -> Response:
    """A werkzeug error under /hsds/ as JSON (a 404 names this API's document)."""
    if error.code == 404:
        return api.error_response(api.ApiError(404, "not_found", messages.HSDS_NO_SUCH_PATH))
    return api.http_error(error)


@bp.errorhandler(api.ApiError)
def _api_error(error: api.ApiError) -> Response:
    return api.error_response(error)


def _not_found(what: str) -> NoReturn:
    raise api.ApiError(404, "not_found", messages.API_NOT_FOUND.format(what=what))


def _invalid(name: str, message: str) -> NoReturn:
    raise api.ApiError(400, "invalid_parameter", message, parameter=name)


# ---- parameters ----------------------------------------------------------------------------


def _one(args: MultiDict[str, str], name: str) -> str:
    values = args.getlist(name)
    if len(values) > 1:
        _invalid(name, messages.API_REPEATED.format(name=name))
    return values[0].strip() if values else ""


def _integer(args: MultiDict[str, str], name: str, default: int, high: int) -> int:
    value = _one(args, name)
    if not value:
        return default
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= high:
        _invalid(name, messages.API_NOT_AN_INTEGER.format(name=name, low=1, high=high, value=value))
    return int(value)


def _boolean(args: MultiDict[str, str], name: str) -> bool:
    value = _one(args, name).lower()
    if not value:
        return False
    if value not in BOOLEANS:
        _invalid(
            name, messages.API_UNKNOWN_VALUE.format(name=name, value=value, allowed="true、false")
        )
    return BOOLEANS[value]


def _search_text(args: MultiDict[str, str]) -> str:
    text = _one(args, "search")
    if len(text) > MAX_SEARCH_LENGTH:
        _invalid("search", messages.API_TOO_LONG.format(name="search", limit=MAX_SEARCH_LENGTH))
    return text


def _page_args(args: MultiDict[str, str]) -> tuple[int, int]:
    return (
        _integer(args, "page", 1, MAX_PAGE),
        _integer(args, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE),
    )


def _modified_after(args: MultiDict[str, str]) -> datetime | None:
    value = _one(args, "modified_after")
    if not value:
        return None
    # An unencoded "+09:00" arrives as " 09:00": read it as the offset it was.
    value = re.sub(r" (\d{2}:?\d{2})$", r"+\1", value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _invalid("modified_after", messages.HSDS_BAD_DATETIME.format(value=value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ZoneInfo(current_app.config["TIMEZONE"]))
    return moment


def _known_id(args: MultiDict[str, str], name: str, known: dict[str, Any], listing: str) -> Any:
    value = _one(args, name)
    if not value:
        return None
    if value not in known:
        _invalid(name, messages.HSDS_UNKNOWN_ID.format(name=name, value=value, listing=listing))
    return known[value]


def service_filter(args: MultiDict[str, str], *, with_location: bool = False) -> ServiceFilter:
    session = db.session()
    text = _search_text(args)
    ranked = None
    if text:
        parsed = parse_query(text)
        result = search_web.state().ranker.search(
            parsed.query, {}, public_only=True, limit=MAX_SEARCH_HITS
        )
        search_web.require_index()
        ranked = result.listing_ids
    return ServiceFilter(
        ranked_ids=ranked,
        term=_known_id(
            args, "taxonomy_term_id", hsds_queries.terms_by_id(session), "/hsds/taxonomy_terms"
        ),
        taxonomy_kind=_known_id(
            args, "taxonomy_id", hsds_queries.TAXONOMY_KINDS, "/hsds/taxonomies"
        ),
        organization_id=_known_id(
            args, "organization_id", hsds_queries.organization_ids(session), "/hsds/organizations"
        ),
        modified_after=_modified_after(args),
        with_location=with_location,
    )


# ---- responses -----------------------------------------------------------------------------


def _json(body: Any) -> Response:
    """Data, last changed when the directory last did."""
    changed = browse.last_changed(db.session())
    return api.conditional_json(body, changed, max_age=hsds_openapi.CACHE_SECONDS)


def _page(contents: list[dict[str, Any]], page: Any) -> dict[str, Any]:
    """An HSDS page (``#/components/schemas/Page`` of the spec) holding ``contents``."""
    return {
        "total_items": page.total,
        "total_pages": page.pages,
        "page_number": page.page,
        "size": len(contents),
        "first_page": page.page == 1,
        "last_page": page.page == page.pages,
        "empty": page.total == 0,
        "contents": contents,
    }


def _links() -> hsds.Links:
    return hsds.Links(
        service_url=lambda i: url_for("public.listing_detail", listing_id=i, _external=True),
        organization_url=lambda i: url_for(
            "public.organization_detail", organization_id=i, _external=True
        ),
    )


def _home() -> str:
    prefecture: str = current_app.config["HOME_PREFECTURE"]
    return prefecture


def service_list_item(listing: Listing, links: hsds.Links) -> dict[str, Any]:
    """A service's one-to-one fields with its organization (``compiled/service_list``)."""
    return hsds.service_fields(listing, links) | {
        "organization": hsds.organization_fields(listing.organization, links)
    }


def full_service(listing: Listing, links: hsds.Links) -> dict[str, Any]:
    """A fully nested service (``compiled/service``)."""
    body = hsds.service(listing, links, today=today())
    body["organization"] = hsds.organization(listing.organization, links)
    body["service_at_locations"] = (
        [
            hsds.service_at_location(listing)
            | {"location": hsds.location(listing, _home(), postal_code=False)}
        ]
        if hsds.has_location(listing)
        else []
    )
    body["attributes"] = hsds.attributes(listing, nested_terms=True)
    return body


def full_organization(org: Organization, links: hsds.Links, *, full: bool) -> dict[str, Any]:
    """An organization with its public services (``compiled/organization``)."""
    listings = hsds_queries.organization_services(db.session(), org)
    body = hsds.organization(org, links)
    body["services"] = [
        full_service(x, links) if full else hsds.service_fields(x, links) for x in listings
    ]
    return body


def service_at_location_item(listing: Listing, links: hsds.Links, *, full: bool) -> dict[str, Any]:
    """A service_at_location with its location and service (``compiled/service_at_location_list``)."""
    service = full_service(listing, links) if full else hsds.service_fields(listing, links)
    return hsds.service_at_location(listing) | {
        "location": hsds.location(listing, _home(), postal_code=False),
        "service": service,
    }


# ---- views ---------------------------------------------------------------------------------


@bp.get("/")
def index() -> Response:
    return api.conditional_json(
        {
            "version": hsds.HSDS_VERSION,
            "openapi_url": url_for("hsds_api.openapi", _external=True),
            "description": hsds_openapi.DESCRIPTION,
        },
        api.app_started(),
        max_age=hsds_openapi.CACHE_SECONDS,
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    document = hsds_openapi.document()
    return api.conditional_json(document, api.app_started(), max_age=hsds_openapi.CACHE_SECONDS)


def _full(args: MultiDict[str, str]) -> bool:
    return _boolean(args, "full") or _boolean(args, "full_service")


def _services(flt: ServiceFilter, page: int, per_page: int) -> hsds_queries.Page:
    """A page of services; unsearched, their number is kept until a listing changes (as the
    listing browser's), not counted on every page (15–35 ms at 100,000 listings)."""
    session = db.session()
    total = None
    if flt.ranked_ids is None:
        total = kept(
            "hsds_counts",
            (flt, upcoming.version(session)),
            lambda: hsds_queries.count_services(session, flt),
            size=public.LISTING_COUNTS_KEPT,
        )
    return hsds_queries.services(session, flt, page=page, per_page=per_page, total=total)


@bp.get("/services")
def services() -> Response:
    args = request.args
    flt = service_filter(args)
    full = _full(args)
    page_number, per_page = _page_args(args)
    page = _services(flt, page_number, per_page)
    links = _links()
    contents = [full_service(x, links) if full else service_list_item(x, links) for x in page.items]
    return _json(_page(contents, page))


@bp.get("/services/<service_id>")
def service(service_id: str) -> Response:
    try:
        listing = hsds_queries.get_service(db.session(), service_id)
    except NotFound:
        _not_found(messages.WHAT_SERVICE)
    return _json(full_service(listing, _links()))


@bp.get("/organizations")
def organizations() -> Response:
    args = request.args
    text = _search_text(args)
    full = _boolean(args, "full")
    full_services = _boolean(args, "full_service")
    page_number, per_page = _page_args(args)
    page = hsds_queries.organizations(db.session(), text, page=page_number, per_page=per_page)
    links = _links()
    contents = [
        full_organization(org, links, full=full_services)
        if full or full_services
        else hsds.organization_fields(org, links)
        for org in page.items
    ]
    return _json(_page(contents, page))


@bp.get("/organizations/<organization_id>")
def organization(organization_id: str) -> Response:
    full_services = _boolean(request.args, "full_service")
    try:
        org = hsds_queries.get_organization(db.session(), organization_id)
    except NotFound:
        _not_found(messages.WHAT_ORGANIZATION)
    return _json(full_organization(org, _links(), full=full_services))


class _Fixed:
    """Page arithmetic over a list we already hold (taxonomies and their terms)."""

    def __init__(self, items: list[dict[str, Any]], page: int, per_page: int) -> None:
        self.total = len(items)
        self.per_page = per_page
        self.pages = max(1, -(-self.total // per_page))
        self.page = min(max(1, page), self.pages)
        self.items = items[(self.page - 1) * per_page : self.page * per_page]


def _matching(items: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    return [x for x in items if not text or text in x["name"] or text in x["description"]]


@bp.get("/taxonomies")
def taxonomies() -> Response:
    args = request.args
    text = _search_text(args)
    page_number, per_page = _page_args(args)
    page = _Fixed(_matching(hsds.taxonomies(), text), page_number, per_page)
    return _json(_page(page.items, page))


@bp.get("/taxonomies/<taxonomy_id>")
def taxonomy(taxonomy_id: str) -> Response:
    found = next((t for t in hsds.taxonomies() if t["id"] == taxonomy_id), None)
    if found is None:
        _not_found(messages.WHAT_TAXONOMY)
    return _json(found)


@bp.get("/taxonomy_terms")
def taxonomy_terms() -> Response:
    args = request.args
    text = _search_text(args)
    taxonomy_id = _known_id(args, "taxonomy_id", hsds_queries.TAXONOMY_KINDS, "/hsds/taxonomies")
    wanted_taxonomy = hsds.taxonomy_id(
        hsds.CATEGORY_TAXONOMY[0] if taxonomy_id == "category" else hsds.TARGET_TAXONOMY[0]
    )
    _boolean(args, "top_only")  # checked; every term is a top term (no hierarchy)
    parent_id = _one(args, "parent_id")
    page_number, per_page = _page_args(args)
    terms = _matching(hsds.taxonomy_terms(db.session()), text)
    if taxonomy_id is not None:
        terms = [t for t in terms if t["taxonomy_id"] == wanted_taxonomy]
    if parent_id:
        terms = []  # our terms have no children
    page = _Fixed(terms, page_number, per_page)
    return _json(_page(page.items, page))


@bp.get("/taxonomy_terms/<term_id>")
def taxonomy_term(term_id: str) -> Response:
    found = next((t for t in hsds.taxonomy_terms(db.session()) if t["id"] == term_id), None)
    if found is None:
        _not_found(messages.WHAT_TAXONOMY_TERM)
    taxonomies = {t["id"]: t for t in hsds.taxonomies()}
    return _json(found | {"taxonomy_detail": taxonomies[found["taxonomy_id"]]})


@bp.get("/service_at_locations")
def service_at_locations() -> Response:
    args = request.args
    flt = service_filter(args, with_location=True)
    full = _boolean(args, "full")
    page_number, per_page = _page_args(args)
    page = _services(flt, page_number, per_page)
    links = _links()
    contents = [service_at_location_item(x, links, full=full) for x in page.items]
    return _json(_page(contents, page))


@bp.get("/service_at_locations/<sal_id>")
def service_at_location(sal_id: str) -> Response:
    try:
        listing = hsds_queries.get_service_at_location(db.session(), sal_id)
    except NotFound:
        _not_found(messages.WHAT_SERVICE_AT_LOCATION)
    links = _links()
    body = service_at_location_item(listing, links, full=True)
    return _json(body | {"name": listing.name, "status": "active"})
