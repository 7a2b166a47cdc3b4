"""Open data downloads: the published public listings as files anyone may take.

The same exports as ``flask export-listings``: 自治体標準オープンデータセット CSV (UTF-8 with
BOM so Excel opens it; cells a spreadsheet would run are neutralised) and Open Referral HSDS 3.0
JSON. Only published, public listings are in them (``directory.interop.exporting``).
"""

from __future__ import annotations

import json
from urllib.parse import quote

from flask import Blueprint, render_template
from werkzeug.wrappers import Response

from directory import interop
from webapp import db

bp = Blueprint("opendata", __name__, url_prefix="/opendata")

FILES = {
    "facilities.csv": (
        "公共施設一覧（自治体標準オープンデータセット形式）",
        "text/csv; charset=utf-8",
    ),
    "events.csv": ("イベント一覧（自治体標準オープンデータセット形式）", "text/csv; charset=utf-8"),
    "hsds.json": ("Open Referral HSDS 3.0（JSON）", "application/json; charset=utf-8"),
}
JAPANESE_NAMES = {
    "facilities.csv": "つながりマップ_公共施設一覧.csv",
    "events.csv": "つながりマップ_イベント一覧.csv",
    "hsds.json": "つながりマップ_hsds.json",
}


@bp.get("/")
def index() -> str:
    return render_template("public/opendata.html", files=FILES)


@bp.get("/<name>")
def download(name: str) -> Response:
    if name not in FILES:
        return Response(status=404)
    session = db.session()
    if name == "hsds.json":
        data = json.dumps(interop.export_hsds(session), ensure_ascii=False, indent=2).encode()
    else:
        data = interop.export_standard_csv(session, name.removesuffix(".csv"))
    response = Response(data, mimetype=FILES[name][1])
    response.headers["Content-Disposition"] = (
        f"attachment; filename={name}; filename*=UTF-8''{quote(JAPANESE_NAMES[name])}"
    )
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
