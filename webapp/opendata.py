"""Open data downloads: the published public listings as files anyone may take.

The same exports as ``flask export-listings``: 自治体標準オープンデータセット CSV (UTF-8 with
BOM so Excel opens it; cells a spreadsheet would run are neutralised), the つながりマップ簡易形式
CSV, and Open Referral HSDS 3.0 JSON. Only published, public listings are in them
(``directory.interop.exporting``).

Files are streamed as they are written (``stream_csv`` / ``stream_hsds``), so no download holds
the whole file in memory. Because the body is not known before it is sent, the ETag is not a
hash of it but of what determines it: the directory's last change (``browse.last_changed``),
the configured municipality, and — for the イベント一覧, whose 開始日 is the next date a listing
meets — the day. Last-Modified is that last change (for events, not before local midnight), and
If-None-Match / If-Modified-Since get a 304 without reading any listing, like the JSON API.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import datetime, time
from urllib.parse import quote
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, render_template, request, stream_with_context
from werkzeug.http import is_resource_modified
from werkzeug.wrappers import Response

from directory import browse
from directory.interop import exporting, hsds, municipalities
from webapp import db, messages
from webapp.templating import today

bp = Blueprint("opendata", __name__, url_prefix="/opendata")

CSV_TYPE = "text/csv; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
CACHE_SECONDS = 300
EXPORT_VERSION = "3"  # bump when what an export writes for the same data changes

FILES = messages.OPENDATA_FILES  # the files offered (name → title)
JAPANESE_NAMES = messages.OPENDATA_SAVED_NAMES  # the name a download is saved under
# The files whose content depends on the day they are read (the bulk-import form writes a
# schedule as written, and is the same whatever the day)
DATED_FILES = frozenset({"events.csv", "facilities.csv", "kodomo.csv", "hsds.json"})


def init_app(app: Flask) -> None:
    # Fail at start-up, not at the first download, when the configured code is wrong.
    code = app.config.get("MUNICIPALITY_CODE", "")
    app.extensions["municipality"] = municipalities.by_code(code) if code else None
    app.register_blueprint(bp)


def export_options() -> exporting.ExportOptions:
    """What the exports need from the configuration (the app context's)."""
    return exporting.ExportOptions(
        municipality=current_app.extensions.get("municipality"),
        home_prefecture=current_app.config["HOME_PREFECTURE"],
        today=today(),
    )


def content(name: str) -> tuple[str, Iterator[bytes]]:
    """(Content-Type, the file in pieces) of one export, for the web and the CLI."""
    session = db.session()
    options = export_options()
    if name == "hsds.json":
        return JSON_TYPE, hsds.stream_hsds(
            session, home_prefecture=options.home_prefecture, today=options.today
        )
    return CSV_TYPE, exporting.stream_csv(session, name.removesuffix(".csv"), options)


@bp.get("/")
def index() -> str:
    return render_template("public/opendata.html", files=FILES)


@bp.get("/<name>")
def download(name: str) -> Response:
    if name not in FILES:
        return Response(status=404)
    changed = browse.last_changed(db.session())
    # A file read on a day (coming dates; a fiscal year's list that has ended drops its
    # weekdays) is new each day: a client holding last year's weekdays gets a 304 no longer.
    day = today() if name in DATED_FILES else None
    municipality = current_app.extensions.get("municipality")
    validator = "|".join(
        [EXPORT_VERSION, name, changed.isoformat() if changed else "", str(day or ""),
         municipality.code if municipality else "", current_app.config["HOME_PREFECTURE"]]
    )  # fmt: skip
    response = Response()
    response.set_etag(hashlib.sha256(validator.encode()).hexdigest()[:32])
    if day is not None:
        midnight = datetime.combine(day, time.min, ZoneInfo(current_app.config["TIMEZONE"]))
        changed = max(changed, midnight) if changed else midnight
    if changed is not None:
        response.last_modified = changed
    response.cache_control.public = True
    response.cache_control.max_age = CACHE_SECONDS
    response.headers["Content-Disposition"] = (
        f"attachment; filename={name}; filename*=UTF-8''{quote(JAPANESE_NAMES[name])}"
    )
    if not is_resource_modified(
        request.environ, response.headers.get("ETag"), last_modified=changed
    ):
        response.status_code = 304
        return response
    content_type, pieces = content(name)
    response.headers["Content-Type"] = content_type
    response.response = stream_with_context(pieces)
    return response
