"""The 実績 report pages (/coord/reports/): the figures of a fiscal year or any period, charts
drawn on the server, and the same figures as CSV, XLSX or JSON with small counts masked.

Readers: coordinators and admins (``can_see_reports``). A report holds counts only, never a
person, so it is not audited as case data. The figures come from ``matching.reports`` and the
files from ``matching.report_export``; ``flask report`` (webapp.cli) renders the same.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote
from zoneinfo import ZoneInfo

from flask import Blueprint, Flask, current_app, render_template, request
from werkzeug.wrappers import Response

from directory import vocabulary
from directory.errors import InvalidData
from matching import report_export
from matching.permissions import can_see_reports
from matching.reports import Context, Period, Report, annual_report, require_started
from webapp import db, messages
from webapp.auth import requires
from webapp.case_forms import Parsed, parse_date
from webapp.charts import MapPoint, bar_chart, point_map
from webapp.requests import parse_int
from webapp.templating import today

bp = Blueprint("reports", __name__, url_prefix="/coord/reports")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


def context() -> Context:
    """What a report needs from the configuration (the app context's)."""
    return Context(
        today=today(),
        tz=ZoneInfo(current_app.config["TIMEZONE"]),
        freshness_days=current_app.config["FRESHNESS_DAYS"],
    )


def mask_below() -> int:
    return int(current_app.config["REPORT_MASK_BELOW"])


def fiscal_year_of(day: date) -> int:
    """年度: April to March."""
    return day.year if day.month >= 4 else day.year - 1


def period_mode() -> str:
    """「年度」 (year) or 「期間を指定」 (range), as chosen in the form; a link without the
    choice (older bookmarks, the export links of before) means the days when it has them."""
    mode = request.args.get("mode", "")
    if mode in ("year", "range"):
        return mode
    return "range" if request.args.get("since") or request.args.get("until") else "year"


def _period(parsed: Parsed) -> Period:
    if period_mode() == "year":
        # The days typed for another report stay in their fields, unread.
        parsed.raw.update({k: request.args.get(k, "").strip() for k in ("since", "until")})
        return _fiscal_year(parsed)
    since = parse_date(request.args, "since", parsed)
    until = parse_date(request.args, "until", parsed)
    if not (since or until or parsed.errors):
        parsed.errors["since"] = messages.REPORT_PERIOD_BOTH
    if since and until:
        if until < since:
            parsed.errors["until"] = messages.REPORT_PERIOD_ORDER
        else:
            try:
                period = Period.between(since, until)
                require_started(period, today())
                return period
            except InvalidData as error:
                parsed.errors.update(error.errors)
    elif since or until:
        # A day typed but not a date keeps its own message (it was entered, just wrongly).
        parsed.errors.setdefault("until" if since else "since", messages.REPORT_PERIOD_BOTH)
    return _fiscal_year(parsed)


def _fiscal_year(parsed: Parsed) -> Period:
    raw_year = request.args.get("fiscal_year", "").strip()
    year = parse_int(raw_year, 2000, 2100)
    if raw_year and year is None:
        parsed.errors["fiscal_year"] = messages.REPORT_FISCAL_YEAR
    period = Period.fiscal_year(year or fiscal_year_of(today()))
    try:
        require_started(period, today())
    except InvalidData as error:
        # A year to come is said so (not shown as a year of zeros); the page shows this one.
        if not (parsed.raw.get("since") or parsed.raw.get("until")):
            parsed.errors["fiscal_year"] = error.errors["since"]
        period = Period.fiscal_year(fiscal_year_of(today()))
    return period


def _charts(report: Report) -> dict[str, object]:
    monthly = report.table("monthly")
    months = [f"{r.label[0].split('年')[1]}" for r in monthly.rows]
    series = [
        (name, [v if isinstance(v := r.values[i], int) else 0 for r in monthly.rows])
        for i, name in enumerate(monthly.columns[1:])
    ]
    areas = vocabulary.areas(db.session())
    points = [
        MapPoint(a.name, a.lat, a.lon, report.unmet_by_area[a.code])
        for a in areas
        if a.lat is not None and a.lon is not None and report.unmet_by_area.get(a.code)
    ]
    return {
        "trend_svg": bar_chart(messages.REPORT_TREND_TITLE, months, series),
        "map_svg": point_map(messages.REPORT_UNMET_MAP_TITLE, points) if points else None,
        "map_rows": sorted(
            ((a.name, report.unmet_by_area.get(a.code, 0)) for a in areas),
            key=lambda row: -row[1],
        ),
        "unlocated": report.unmet_by_area.get("", 0),
    }


@bp.get("/")
@requires(can_see_reports)
def index() -> str | Response | tuple[str, int]:
    parsed = Parsed()
    period = _period(parsed)
    fmt = request.args.get("format", "")
    if fmt and fmt not in report_export.FORMATS:
        parsed.errors["format"] = messages.REPORT_FORMAT
    report = annual_report(db.session(), period, context())
    if fmt in report_export.FORMATS and not parsed.errors:
        body = report_export.export(report, fmt, mask_below())
        response = Response(body, mimetype=report_export.MEDIA_TYPES[fmt])
        name = quote(report_export.filename(report, fmt))
        response.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
        response.headers["Cache-Control"] = "private, no-store"
        return response
    this_year = fiscal_year_of(today())
    page = render_template(
        "reports/index.html",
        report=report,
        errors=parsed.errors,
        raw=parsed.raw,
        years=list(range(this_year, this_year - 6, -1)),
        fiscal_year=request.args.get("fiscal_year", ""),
        mask=report_export.masked_label(mask_below()) if mask_below() > 1 else None,
        mode=period_mode(),
        export_args={
            k: v for k, v in request.args.items() if k in ("mode", "fiscal_year", "since", "until")
        },
        **_charts(report),
    )
    return (page, 422) if parsed.errors else page
