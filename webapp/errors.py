"""Calm Japanese error pages; domain errors mapped to HTTP statuses.

Under /api/ and /hsds/ the same errors are JSON (``webapp.api``, ``webapp.hsds_api``): a
program reading an API never receives an HTML page, and a person browsing the pages never
receives JSON.
"""

from __future__ import annotations

import logging
import traceback

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import Forbidden, HTTPException, SecurityError
from werkzeug.exceptions import NotFound as HTTPNotFound
from werkzeug.wrappers import Response

from directory.errors import NotFound, PermissionDenied
from directory.labels import N_
from webapp import api, hsds_api, messages, unsent
from webapp.search import RETRY_AFTER_SECONDS, SearchUnavailable

log = logging.getLogger(__name__)

# Marked with N_ so the catalogs carry them: the error page shows them in the reader's language.
MESSAGES = {
    400: (
        N_("リクエストを処理できませんでした"),
        N_("入力内容をご確認のうえ、もう一度お試しください。"),
    ),
    403: (
        N_("このページを表示する権限がありません"),
        N_("ログインしているアカウントをご確認ください。"),
    ),
    404: (
        N_("ページが見つかりません"),
        N_("お探しの活動や団体は、終了したか、URLが変わった可能性があります。"),
    ),
    405: (N_("この操作はできません"), N_("ページを再読み込みしてから、もう一度お試しください。")),
    413: (
        N_("ファイルが大きすぎます"),
        N_(
            "20MB 以下のファイルにしてください。大きな一覧は、いくつかのファイルに分けて取り込めます。"
        ),
    ),
    429: (
        N_("しばらく時間をおいてください"),
        N_(
            "短いあいだに送信が続いたため、受け付けを一時的に止めています。しばらくしてからもう一度お試しください。"
        ),
    ),
    503: (
        N_("ただいまご利用いただけません"),
        N_(
            "混み合っているか、保守作業中のため、表示できませんでした。少し時間をおいてから、もう一度お試しください。"
        ),
    ),
    500: (
        N_("申し訳ありません。エラーが発生しました"),
        N_("時間をおいてもう一度お試しください。解決しない場合は事務局へご連絡ください。"),
    ),
}

# While the host's search index is being rebuilt (``webapp.search.SearchUnavailable``).
SEARCH_UNAVAILABLE = (
    N_("ただいま検索の準備をしています"),
    N_(
        "検索に使う索引を作り直しています。数分で使えるようになりますので、少し待ってからもう一度お試しください。そのあいだも、活動の一覧と地図からさがせます。"
    ),
)

Page = tuple[str, int] | Response


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(SecurityError, _untrusted_host)
    app.register_error_handler(NotFound, _not_found)
    app.register_error_handler(PermissionDenied, _forbidden)
    app.register_error_handler(SearchUnavailable, _search_unavailable)
    app.register_error_handler(Exception, _unexpected)


def _page(status: int) -> tuple[str, int]:
    title, detail = MESSAGES.get(status, MESSAGES[400 if status < 500 else 500])
    return render_template("errors/error.html", status=status, title=title, detail=detail), status


def _as_json(error: HTTPException) -> Response | None:
    """The error as the API being called answers it, or None for a page."""
    if hsds_api.is_hsds_request():
        return hsds_api.http_error(error)
    if api.is_api_request():
        return api.http_error(error)
    return None


def _csrf_error(error: CSRFError) -> Page:
    if (answer := _as_json(error)) is not None:
        return answer
    title, detail = N_("送信できませんでした"), messages.CSRF_FAILED
    texts = unsent.typed_text()
    page = render_template(
        "errors/error.html", status=400, title=title, detail=detail, unsent=texts
    )
    response = Response(page, 400, content_type="text/html; charset=utf-8")
    if texts:  # the words may be about a person
        response.cache_control.no_store = True
        response.cache_control.private = True
    return response


def _http_error(error: HTTPException) -> Page:
    answer = _as_json(error)
    return _page(error.code or 500) if answer is None else answer


def _untrusted_host(error: SecurityError) -> Response:
    """A Host header outside TSUNAGARI_TRUSTED_HOSTS: no page is built for a name this site
    is not (its links would carry that name), so a short plain answer."""
    return Response(messages.UNTRUSTED_HOST, 400, content_type="text/plain; charset=utf-8")


def _not_found(error: NotFound) -> Page:
    answer = _as_json(HTTPNotFound())
    return _page(404) if answer is None else answer


def _forbidden(error: PermissionDenied) -> Page:
    answer = _as_json(Forbidden())
    return _page(403) if answer is None else answer


def _search_unavailable(error: SearchUnavailable) -> Response:
    """503 with Retry-After: a page saying so, or the API's JSON error; never an empty result."""
    if api.is_api_request() or hsds_api.is_hsds_request():
        response = api.error_response(
            api.ApiError(503, "search_unavailable", messages.API_SEARCH_UNAVAILABLE)
        )
    else:
        title, detail = SEARCH_UNAVAILABLE
        page = render_template("errors/error.html", status=503, title=title, detail=detail)
        response = Response(page, 503, content_type="text/html; charset=utf-8")
        response.cache_control.no_store = True
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


# Seconds a client is asked to wait when the database cannot be reached or stays locked.
DATABASE_RETRY_AFTER_SECONDS = 30


def _unexpected(error: Exception) -> Page:
    if isinstance(error, DBAPIError):
        _log_database_error(error)
    else:
        log.exception("unhandled error", exc_info=error)
    # The database out of reach (restarting, a network cut, SQLite locked past its wait):
    # not a fault of the page, and it passes — 503 with a time to come back.
    unavailable = isinstance(error, OperationalError)
    if api.is_api_request() or hsds_api.is_hsds_request():
        if not unavailable:
            return api.server_error()
        response = api.error_response(
            api.ApiError(503, "service_unavailable", messages.API_SERVICE_UNAVAILABLE)
        )
    else:
        status = 503 if unavailable else 500
        title, detail = MESSAGES[status]
        texts = unsent.typed_text()  # a form that failed here was not saved either
        page = render_template(
            "errors/error.html", status=status, title=title, detail=detail, unsent=texts
        )
        response = Response(page, status, content_type="text/html; charset=utf-8")
        if texts:
            response.cache_control.no_store = True
            response.cache_control.private = True
    if unavailable:
        response.headers["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
    return response


def _log_database_error(error: DBAPIError) -> None:
    """The database's error, with where it happened and the statement, but not its message's
    details: the driver's message carries the values (PostgreSQL's ``DETAIL: Failing row
    contains (…)``, ``Key (code)=(…)``) — what someone typed about a person. The engine already
    hides the statement's parameters (``directory.db.make_engine``)."""
    diag = getattr(error.orig, "diag", None)
    primary = getattr(diag, "message_primary", None) or str(error.orig).split("\n", 1)[0]
    if diag is None and "DETAIL" in primary:  # another driver that puts it on one line
        primary = primary.split("DETAIL", 1)[0]
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error(
        "unhandled database error %s: %s\n[SQL: %s]\nTraceback (most recent call last):\n%s",
        type(error.orig).__name__,
        primary,
        error.statement,
        frames,
    )
