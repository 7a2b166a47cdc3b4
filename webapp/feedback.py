"""「情報が違う・閉まっていた」: a resident's report on a listing, and the coordinators' answer.

The report page is public (no login), CSRF-protected like every form, asks for no personal
data, and is rate-limited in the database (``directory.feedback``). The sender is known only by
a keyed hash of their address (HMAC with the app's secret key), so the table never holds an
address. Reports reach the coordinators with the review queue (``coord/_resident_reports.html``
on /coord/reviews and the dashboard), where one marks each dealt with.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import (
    Blueprint,
    Flask,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.wrappers import Response

from directory import browse, feedback, labels, permissions
from directory.errors import InvalidData
from directory.models import ReportReason
from webapp import db, messages
from webapp.auth import actor, requires
from webapp.public import audience
from webapp.templating import now_utc

bp = Blueprint("feedback", __name__)

ResponseLike = str | Response | tuple[str, int]


def init_app(app: Flask) -> None:
    app.jinja_env.globals["open_resident_reports"] = lambda: feedback.open_reports(db.session())
    app.register_blueprint(bp)


def client_key() -> str:
    """Who sent it, as a keyed hash: enough to count, useless to anyone reading the table."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    address = (request.remote_addr or "unknown").encode()
    return hmac.new(secret, address, hashlib.sha256).hexdigest()


def policy() -> feedback.ReportPolicy:
    return feedback.ReportPolicy()  # 5 reports per client per hour


def _form(listing_id: int, *, reason: str = "", note: str = "", errors: dict[str, str] | None = None,
          blocked: bool = False, status: int = 200) -> tuple[str, int]:  # fmt: skip
    listing = browse.get_listing(db.session(), listing_id, audience())
    return render_template(
        "public/report.html",
        listing=listing,
        reasons=[r.value for r in ReportReason],
        reason=reason,
        note=note,
        errors=errors or {},
        blocked=blocked,
        note_limit=labels.REPORT_NOTE_MAX_LENGTH,
    ), status


@bp.get("/listings/<int:listing_id>/report")
def report_form(listing_id: int) -> ResponseLike:
    return _form(listing_id)


@bp.post("/listings/<int:listing_id>/report")
def send_report(listing_id: int) -> ResponseLike:
    session = db.session()
    listing = browse.get_listing(session, listing_id, audience())
    reason = request.form.get("reason", "")
    note = request.form.get("note", "")
    now = now_utc()
    key = client_key()
    if feedback.report_blocked(session, key, now, policy()):
        return _form(listing_id, reason=reason, note=note, blocked=True, status=429)
    try:
        feedback.submit_report(
            session, listing, reason=reason, note=note, client_key=key, now=now, policy=policy()
        )
    except InvalidData as error:
        # The domain's messages are Japanese; the page says the same in the reader's language.
        translated = {
            "reason": _("どれにあてはまるか、1つ選んでください。"),
            "note": _(
                "くわしい内容は%(limit)s文字以内で入力してください。",
                limit=labels.REPORT_NOTE_MAX_LENGTH,
            ),
        }
        messages = {name: translated.get(name, text) for name, text in error.errors.items()}
        return _form(listing_id, reason=reason, note=note, errors=messages, status=400)
    session.commit()
    flash(
        _("お知らせありがとうございます。コーディネーターが団体に確かめて、情報を直します。"),
        "success",
    )
    return redirect(url_for("public.listing_detail", listing_id=listing.id), 303)


@bp.post("/coord/resident-reports/<int:report_id>/resolve")
@requires(permissions.can_review)
def resolve(report_id: int) -> Response:
    session = db.session()
    report = feedback.get_report(session, actor(), report_id)
    feedback.resolve_report(session, report, reviewer=actor(), now=now_utc())
    session.commit()
    flash(messages.RESIDENT_REPORT_RESOLVED.format(name=report.listing.name), "success")
    return redirect(url_for("coord.reviews") + "#resident-reports", 303)
