"""The read-only JSON API under /api/v1/: published public data for other services and apps.

Views parse the query string strictly (a wrong value is a 400 naming the parameter, never a
silent guess), call the same read functions as the public pages with ``Audience.PUBLIC`` — the
API never looks at the login session, so a coordinator's cookie changes nothing — and serialize
with ``webapp.api_schema``. Listings come from the listing browser (``directory.browse``) unless
the request needs the search index (``q``, the facets only the index knows, relevance or
distance order); both apply the directory's one visibility rule.

Every JSON response carries an ETag (a hash of its body) and a Last-Modified (the directory's
last change, or local midnight when later, since "next dates" move with the day; for the entry
point and the OpenAPI document, which only a new version of the app changes, when the app
started), and answers If-None-Match / If-Modified-Since with 304. Responses are public data: cacheable by anyone, and
readable cross-origin (CORS ``*``). Errors under /api/ are JSON, whatever raised them.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, time
from typing import Any, NoReturn
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, request, url_for
from flask import Response as FlaskResponse
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from directory import browse, vocabulary
from directory.browse import Audience, ListingFilter, Paginated, SortOrder
from directory.errors import NotFound
from directory.models import Listing
from directory.search import request as search_request
from directory.search.request import InvalidSearch, Problem, ProblemKind, SearchRequest
from directory.search.service import search
from webapp import api_openapi, api_schema, db, messages, public
from webapp import search as search_web
from webapp.templating import today
from webapp.terms import terms

PREFIX = "/api/v1"
bp = Blueprint("api", __name__, url_prefix=PREFIX)

JSON_TYPE = "application/json; charset=utf-8"
CACHE_SECONDS = api_openapi.CACHE_SECONDS
# JSON needs no scripts, styles or frames; a stricter policy than the pages'.
CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"


def init_app(app: Flask) -> None:
    # The entry points and OpenAPI documents change only with the app: their Last-Modified.
    app.extensions["app_started"] = datetime.now(UTC).replace(microsecond=0)
    app.register_blueprint(bp)
    app.after_request(_api_headers)
    app.session_interface = StatelessApiSessions()


class StatelessApiSessions(SecureCookieSessionInterface):
    """The login session is never saved on API responses.

    The API answers the same to everyone, so its responses must not carry ``Set-Cookie`` or
    ``Vary: Cookie`` (added whenever something, e.g. flask-login, looked at the session):
    either would keep shared caches from storing one copy for all.
    """

    def save_session(self, app: Flask, session: SessionMixin, response: FlaskResponse) -> None:
        if is_api_request():
            return
        super().save_session(app, session, response)


def is_api_request() -> bool:
    return request.path == PREFIX or request.path.startswith(f"{PREFIX}/")


# ---- errors --------------------------------------------------------------------------------


class ApiError(Exception):
    """An error the client caused or may see, with a stable code and a Japanese message."""

    def __init__(self, status: int, code: str, message: str, parameter: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.parameter = status, code, message, parameter


def _invalid(name: str, message: str) -> NoReturn:
    raise ApiError(400, "invalid_parameter", message, parameter=name)


def error_response(error: ApiError) -> Response:
    body: dict[str, Any] = {"code": error.code, "message": error.message}
    if error.parameter:
        body["parameter"] = error.parameter
    response = Response(_dumps({"error": body}), status=error.status, content_type=JSON_TYPE)
    response.cache_control.no_store = True
    return response


HTTP_ERRORS = {
    400: ("bad_request", messages.API_BAD_REQUEST),
    403: ("forbidden", messages.API_FORBIDDEN),
    404: ("not_found", messages.API_NO_SUCH_PATH),
    405: ("method_not_allowed", messages.API_METHOD_NOT_ALLOWED),
    413: ("request_too_large", messages.API_TOO_LARGE),
}


def http_error(error: HTTPException) -> Response:
    """A werkzeug error (no such route, wrong method…) under /api/, as JSON."""
    status = error.code or 500
    code, message = HTTP_ERRORS.get(status, (f"http_{status}", messages.API_BAD_REQUEST))
    if status >= 500:
        code, message = "server_error", messages.API_SERVER_ERROR
    response = error_response(ApiError(status, code, message))
    if status == 405 and error.response is None:
        # Keep the Allow header werkzeug computed: it tells the client what the URL accepts.
        for name, value in error.get_headers():
            if name.lower() == "allow":
                response.headers["Allow"] = value
    return response


def server_error() -> Response:
    return error_response(ApiError(500, "server_error", messages.API_SERVER_ERROR))


@bp.errorhandler(ApiError)
def _api_error(error: ApiError) -> Response:
    return error_response(error)


def _not_found(what: str) -> NoReturn:
    raise ApiError(404, "not_found", messages.API_NOT_FOUND.format(what=what))


# ---- responses -----------------------------------------------------------------------------


def _dumps(body: Any) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def conditional_json(
    body: Any, last_modified: datetime | None, *, max_age: int = CACHE_SECONDS
) -> Response:
    """``body`` as JSON with its validators (ETag: a hash of it), or a 304 when the client's
    copy is still this one; cacheable by anyone for ``max_age`` seconds."""
    data = _dumps(body)
    response = Response(data, content_type=JSON_TYPE)
    response.set_etag(hashlib.sha256(data.encode()).hexdigest()[:32])
    if last_modified is not None:
        response.last_modified = last_modified
    response.cache_control.public = True
    response.cache_control.max_age = max_age
    return response.make_conditional(request)


def _json(body: Any, last_modified: datetime | None) -> Response:
    """Data (listings, organizations, vocabularies) last changed at ``last_modified``."""
    latest = _start_of_today()
    return conditional_json(body, max(last_modified, latest) if last_modified else latest)


def app_started() -> datetime:
    """When this app started: a document that only a new version of the app changes (the
    entry point, the OpenAPI document) has been the same since."""
    started: datetime = current_app.extensions["app_started"]
    return started


def _start_of_today() -> datetime:
    """Local midnight: "next dates" in a body change then, whatever the data does."""
    return datetime.combine(today(), time.min, tzinfo=ZoneInfo(current_app.config["TIMEZONE"]))


def _api_headers(response: Response) -> Response:
    if not is_api_request():
        return response
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    if request.method == "OPTIONS" and response.status_code == 200:
        # A CORS preflight: only reading is allowed, with the conditional-request headers.
        response.status_code = 204
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
        response.headers["Access-Control-Max-Age"] = "86400"
        response.headers.pop("Content-Type", None)
        response.set_data(b"")
    return response


def _collection(items: list[dict[str, Any]], page: Paginated) -> dict[str, Any]:
    def link(number: int) -> str:
        args: dict[str, Any] = request.args.to_dict(flat=False) | {"page": [str(number)]}
        return url_for(request.endpoint or "", **(request.view_args or {}), **args, _external=True)

    return {
        "items": items,
        "total": page.total,
        "page": page.page,
        "per_page": page.per_page,
        "pages": page.pages,
        "links": {
            "self": link(page.page),
            "first": link(1),
            "last": link(page.pages),
            "prev": link(page.page - 1) if page.has_prev else None,
            "next": link(page.page + 1) if page.has_next else None,
        },
    }


# ---- parameters ----------------------------------------------------------------------------


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _problem_message(problem: Problem) -> str:
    """A query-string problem, worded for the API's JSON error."""
    kind, name, value = problem.kind, problem.parameter, problem.value
    high = _number(problem.high)
    match kind:
        case ProblemKind.REPEATED:
            return messages.API_REPEATED.format(name=name)
        case ProblemKind.NOT_AN_INTEGER:
            low = _number(problem.low)  # 1 for page and per_page, 0 for max_cost
            return messages.API_NOT_AN_INTEGER.format(name=name, low=low, high=high, value=value)
        case ProblemKind.UNKNOWN_VALUE:
            allowed = "、".join(problem.allowed)
            return messages.API_UNKNOWN_VALUE.format(name=name, value=value, allowed=allowed)
        case ProblemKind.UNKNOWN_CODE:
            return messages.API_UNKNOWN_CODE.format(
                name=name, value=value, vocabulary=problem.vocabulary
            )
        case ProblemKind.TOO_LONG:
            return messages.API_TOO_LONG.format(name=name, limit=high)
        case ProblemKind.NOT_A_COORDINATE:
            low = _number(problem.low)
            return messages.API_NOT_A_COORDINATE.format(name=name, low=low, high=high, value=value)
        case ProblemKind.LAT_LON_TOGETHER:
            return messages.API_LAT_LON_TOGETHER
        case ProblemKind.BAD_RADIUS:
            return messages.API_BAD_RADIUS.format(high=high, value=value)
        case ProblemKind.RADIUS_NEEDS_ORIGIN:
            return messages.API_RADIUS_NEEDS_ORIGIN
        case ProblemKind.DISTANCE_NEEDS_ORIGIN:
            return messages.API_DISTANCE_NEEDS_ORIGIN
        case ProblemKind.AREA_WITHOUT_POINT:
            return messages.API_AREA_WITHOUT_POINT.format(value=value, area=problem.name)
        case ProblemKind.SORT_NEEDS_BROWSE:
            return messages.API_SORT_NEEDS_BROWSE.format(sort=value)


def parse_listing_query(args: MultiDict[str, str]) -> SearchRequest:
    """GET /listings's query string, read strictly: a wrong value is a 400 naming it."""
    try:
        return search_request.read(args, terms(), strict=True, browse=True)
    except InvalidSearch as error:
        _invalid(error.problem.parameter, _problem_message(error.problem))


def _page_args(args: MultiDict[str, str]) -> tuple[int, int]:
    try:
        return search_request.read_page(args, strict=True)
    except InvalidSearch as error:
        _invalid(error.problem.parameter, _problem_message(error.problem))


# ---- views ---------------------------------------------------------------------------------


@bp.get("/")
def index() -> Response:
    def link(endpoint: str) -> str:
        return url_for(endpoint, _external=True)

    return conditional_json(
        {
            "name": messages.API_NAME,
            "version": api_openapi.VERSION,
            "openapi": link("api.openapi"),
            "links": {
                "listings": link("api.listings"),
                "organizations": link("api.organizations"),
                "categories": link("api.categories"),
                "targets": link("api.targets"),
                "areas": link("api.areas"),
            },
        },
        app_started(),
    )


@bp.get("/openapi.json")
def openapi() -> Response:
    return conditional_json(api_openapi.document(), app_started())


@bp.get("/listings")
def listings() -> Response:
    query = parse_listing_query(request.args)
    session = db.session()
    day = today()
    page: Paginated
    other_times: dict[str, Any] | None = None
    if query.uses_search:
        origin = search_request.point_origin(query, terms()).point
        criteria = search_web.criteria_of(query, origin)
        # q is understood as on the search page (particles, typos, readings, conditions such
        # as 土曜日 or 無料, a place such as 土浦駅); parameters given explicitly come first.
        result = search(
            session,
            search_web.state().ranker,
            criteria,
            Audience.PUBLIC,
            places=search_web.places_of_request(),
            vocabulary=terms(),
        )
        search_web.require_index()
        items = [
            api_schema.listing(hit.listing, day, distance_km=hit.distance_km) for hit in result.hits
        ]
        page = result
        if result.other_times is not None and result.other_time_hits:
            # what the search page lists under its zero-result suggestions (「書道 土曜日」)
            other_times = {
                "word": result.other_times.word,
                "items": [
                    api_schema.listing(hit.listing, day, distance_km=hit.distance_km)
                    for hit in result.other_time_hits
                ],
            }
    else:
        flt = ListingFilter(
            categories=query.facets.get("category", ()),
            targets=query.facets.get("target", ()),
            areas=query.facets.get("area", ()),
            weekdays=tuple(int(d) for d in query.facets.get("weekday", ())),
            sort=SortOrder.RECENTLY_VERIFIED if query.sort == "verified" else SortOrder.NAME,
        )
        page = browse.browse_listings(
            session,
            flt,
            Audience.PUBLIC,
            page=query.page,
            per_page=query.per_page,
            total=public.listing_count(Audience.PUBLIC, flt),
        )
        items = [api_schema.listing(item, day) for item in page.items]
    body = _collection(items, page)
    if other_times is not None:
        body["other_times"] = other_times
    return _json(body, browse.last_changed(session))


@bp.get("/listings/<int:listing_id>")
def listing(listing_id: int) -> Response:
    session = db.session()
    try:
        item = browse.get_listing(session, listing_id, Audience.PUBLIC)
    except NotFound:
        _not_found(messages.WHAT_LISTING)
    return _json(api_schema.listing(item, today()), _shown_changed(item))


def _shown_changed(item: Listing) -> datetime:
    """When anything one listing's response shows last changed: the listing, its organization,
    and the names of its area, categories and targets."""
    area = [item.area.updated_at] if item.area else []
    return max(
        item.updated_at,
        item.organization.updated_at,
        *area,
        *(c.updated_at for c in item.categories),
        *(t.updated_at for t in item.targets),
    )


@bp.get("/organizations")
def organizations() -> Response:
    session = db.session()
    page_number, per_page = _page_args(request.args)
    page = browse.list_organizations(session, page=page_number, per_page=per_page)
    items = [api_schema.organization(org) for org in page.items]
    return _json(_collection(items, page), browse.last_changed(session))


@bp.get("/organizations/<int:organization_id>")
def organization(organization_id: int) -> Response:
    try:
        org = browse.get_organization(db.session(), organization_id)
    except NotFound:
        _not_found(messages.WHAT_ORGANIZATION)
    changed = max(org.updated_at, org.area.updated_at) if org.area else org.updated_at
    return _json(api_schema.organization(org), changed)


@bp.get("/organizations/<int:organization_id>/listings")
def organization_listings(organization_id: int) -> Response:
    session = db.session()
    try:
        org = browse.get_organization(session, organization_id)
    except NotFound:
        _not_found(messages.WHAT_ORGANIZATION)
    page_number, per_page = _page_args(request.args)
    page = browse.browse_listings(
        session,
        ListingFilter(organization_id=org.id),
        Audience.PUBLIC,
        page=page_number,
        per_page=per_page,
    )
    day = today()
    items = [api_schema.listing(item, day) for item in page.items]
    return _json(_collection(items, page), browse.last_changed(session))


@bp.get("/categories")
def categories() -> Response:
    session = db.session()
    counts = public.category_counts(Audience.PUBLIC)
    items = [api_schema.category(c, counts.get(c.code, 0)) for c in vocabulary.categories(session)]
    return _json({"items": items}, browse.last_changed(session))


@bp.get("/targets")
def targets() -> Response:
    session = db.session()
    items = [api_schema.vocabulary_entry(t) for t in vocabulary.targets(session)]
    return _json({"items": items}, browse.last_changed(session))


@bp.get("/areas")
def areas() -> Response:
    session = db.session()
    counts = public.area_counts(Audience.PUBLIC)
    items = [api_schema.area(a, counts.get(a.code, 0)) for a in vocabulary.areas(session)]
    return _json({"items": items}, browse.last_changed(session))
