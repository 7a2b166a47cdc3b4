"""What a request may carry before any view sees it: ids the database can hold, readable text.

- ``<int:…>`` in every route is a ``DatabaseId``: digits beyond PostgreSQL's ``integer`` (2³¹−1)
  do not match the route, so a URL such as ``/listings/99999999999`` is the ordinary 404 page
  on PostgreSQL as on SQLite, instead of an out-of-range error from the database.
- A parameter, form field (names included) or uploaded file name that holds a NUL or another
  control character, or bytes that are not UTF-8 (werkzeug decodes them to U+FFFD), is refused
  with a Japanese 400 before the view runs (under /api/ and /hsds/, the APIs' JSON error
  ``invalid_characters``). PostgreSQL cannot store NUL at all, and a change
  holding one would be accepted for review and then fail on approval.

Ids in query strings and forms are read with :func:`parse_id`, the same bound as the routes.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_to_bytes

from flask import Flask, render_template, request
from werkzeug.routing import IntegerConverter
from werkzeug.routing.map import Map
from werkzeug.wrappers import Response

from webapp import messages

MAX_ID = 2**31 - 1  # PostgreSQL integer, the type of every id column

# C0 controls but tab and line breaks, DEL, and U+FFFD (what undecodable bytes became).
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


class DatabaseId(IntegerConverter):
    """``<int:name>``: a non-negative integer no larger than an id column can hold."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:  # noqa: A002 (werkzeug's name)
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def parse_int(text: str | None, low: int = 0, high: int = MAX_ID) -> int | None:
    """A whole number written with ASCII digits in a parameter, within [low, high], else None.

    (``str.isdigit`` alone accepts 「²」 and 「１２」, which ``int`` then refuses or reads.)
    """
    if not text or not text.isascii() or not text.isdigit() or len(text) > len(str(high)):
        return None
    value = int(text)
    return value if low <= value <= high else None


def parse_id(text: str | None) -> int | None:
    """An id written in a query string or form field, or None when it cannot be one."""
    return parse_int(text, low=1)


def init_app(app: Flask) -> None:
    """Call before any blueprint is registered: routes pick their converters when added."""
    app.url_map.converters["int"] = DatabaseId
    app.before_request(_refuse_unreadable_input)


def unreadable(text: str) -> bool:
    return _UNREADABLE.search(text) is not None


def _not_utf8(encoded: bytes) -> bool:
    """Whether URL-encoded ``encoded`` holds bytes that are not UTF-8 (werkzeug would keep
    them as literal ``%FF`` text, or drop a whole form with a raw non-ASCII byte)."""
    try:
        unquote_to_bytes(encoded.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _readable_request() -> bool:
    if _not_utf8(request.query_string):
        return False
    if request.mimetype == "application/x-www-form-urlencoded" and _not_utf8(
        request.get_data(cache=True)  # the form is parsed from this cached copy
    ):
        return False
    fields = [*request.args.items(multi=True), *request.form.items(multi=True)]
    names = [file.filename or "" for file in request.files.values()]
    return not any(unreadable(k) or unreadable(v) for k, v in fields) and not any(
        unreadable(n) for n in names
    )


def _refuse_unreadable_input() -> Response | tuple[str, int] | None:
    if _readable_request():
        return None
    # Here: the views import this module's parsers, and the APIs are views.
    from webapp import api, hsds_api

    if api.is_api_request() or hsds_api.is_hsds_request():
        return api.error_response(
            api.ApiError(400, "invalid_characters", messages.INPUT_UNREADABLE)
        )
    page = render_template(
        "errors/error.html",
        status=400,
        title=messages.INPUT_UNREADABLE_TITLE,
        detail=messages.INPUT_UNREADABLE,
    )
    return page, 400
