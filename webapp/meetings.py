"""Meeting records (/coord/meetings/): 支援会議・重層的支援会議 — the sitting, the agencies, and per
case the decisions, 役割分担 and the next review. Case data: coordinators of the cases only,
every page audited by ``matching.meetings``; an unknown or hidden meeting is a 404.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from directory import browse
from directory.errors import InvalidData, NotFound
from matching import cases, labels, meetings
from matching.models import Case, Meeting, SupportMeeting
from matching.permissions import can_work_on_cases
from matching.roles import RoleData, role_data
from matching.submissions import Earlier, Kind
from webapp import db, messages, once
from webapp.auth import actor, requires
from webapp.case_forms import Parsed
from webapp.record_forms import item_from_form, meeting_from_form, roles_from_form
from webapp.requests import parse_id
from webapp.templating import today

bp = Blueprint("meetings", __name__, url_prefix="/coord/meetings")

ResponseLike = str | Response | tuple[str, int]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


def organization_options() -> list[tuple[int, str]]:
    return [(o.id, o.name) for o in browse.organizations_by_kana(db.session())]


def _common() -> dict[str, Any]:
    return {
        "organization_options": organization_options(),
        "kind_options": [(m.value, labels.MEETING[m]) for m in meetings.KINDS],
        "parties": labels.ROLE_PARTIES,
        "labels": labels,
    }


def _meeting(meeting_id: int) -> SupportMeeting:
    try:
        return meetings.get_meeting(db.session(), actor(), meeting_id)
    except NotFound:
        abort(404)


@bp.get("/")
@requires(can_work_on_cases)
def index() -> str:
    session = db.session()
    rows = meetings.list_meetings(session, actor())
    session.commit()  # the list read is audited
    return render_template(
        "cases/meetings.html",
        meetings=rows,
        visible={m.id: meetings.visible_items(actor(), m) for m in rows},
        **_common(),
    )


def _render_form(
    data: meetings.MeetingData | None,
    parsed: Parsed,
    meeting: SupportMeeting | None,
    status: int = 200,
) -> tuple[str, int]:
    return render_template(
        "cases/meeting_form.html",
        data=data,
        meeting=meeting,
        errors=parsed.errors,
        raw=parsed.raw,
        **_common(),
    ), status


def _page(meeting_id: int) -> str:
    return url_for("meetings.detail", meeting_id=meeting_id)


@bp.route("/new", methods=["GET", "POST"])
@requires(can_work_on_cases)
def new() -> ResponseLike:
    if request.method == "GET":
        blank = meetings.MeetingData(Meeting.SHIEN, today())
        return once.form_page(Kind.MEETING, _page) or _render_form(blank, Parsed(), None)
    claimed = once.claim(Kind.MEETING)
    if isinstance(claimed, Earlier):
        return once.again(_page(claimed.object_id))
    data, parsed = meeting_from_form(request.form, today())
    if not parsed.errors:
        try:
            meeting = meetings.create_meeting(db.session(), actor(), data, today=today())
            once.made(claimed, meeting.id)
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        return _render_form(data, parsed, None, 422)
    db.session().commit()
    flash(messages.MEETING_CREATED, "success")
    return redirect(url_for("meetings.detail", meeting_id=meeting.id))


@bp.route("/<int:meeting_id>/edit", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit(meeting_id: int) -> ResponseLike:
    meeting = _meeting(meeting_id)
    if request.method == "GET":
        db.session().commit()
        data = meetings.MeetingData(
            meeting.kind, meeting.held_on, meeting.title, tuple(o.id for o in meeting.attendees)
        )
        return _render_form(data, Parsed(), meeting)
    data, parsed = meeting_from_form(request.form, today())
    if not parsed.errors:
        try:
            meetings.update_meeting(db.session(), actor(), meeting, data, today=today())
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        return _render_form(data, parsed, _meeting(meeting_id), 422)
    db.session().commit()
    flash(messages.MEETING_SAVED, "success")
    return redirect(url_for("meetings.detail", meeting_id=meeting_id))


def _open_cases() -> list[Case]:
    """The actor's open cases (the list read is audited by ``list_cases``)."""
    return list(cases.list_cases(db.session(), actor()))


def _render_detail(
    meeting: SupportMeeting, errors: dict[str, str] | None = None, status: int = 200
) -> tuple[str, int]:
    session = db.session()
    listed = {i.case_id for i in meeting.items}
    candidates = [c for c in _open_cases() if c.id not in listed]
    session.commit()  # the reads are audited (a failed write was rolled back before)
    form = request.form if errors else {}
    return render_template(
        "cases/meeting.html",
        meeting=meeting,
        items=meetings.visible_items(actor(), meeting),
        hidden=len(meeting.items) - len(meetings.visible_items(actor(), meeting)),
        candidates=candidates,
        consent_allows=cases.consent_allows,
        errors=errors or {},
        form=form,
        roles=_typed_roles() if errors else [],
        **_common(),
    ), status


def _typed_roles() -> list[RoleData]:
    return list(roles_from_form(request.form))


@bp.get("/<int:meeting_id>")
@requires(can_work_on_cases)
def detail(meeting_id: int) -> ResponseLike:
    return _render_detail(_meeting(meeting_id))


@bp.post("/<int:meeting_id>/cases")
@requires(can_work_on_cases)
def add_case(meeting_id: int) -> ResponseLike:
    session = db.session()
    meeting = _meeting(meeting_id)
    claimed = once.claim(Kind.MEETING_CASE)
    if isinstance(claimed, Earlier):
        anchor = f"#case-{claimed.object_id}"
        return once.again(url_for("meetings.detail", meeting_id=meeting_id) + anchor)
    case_id = parse_id(request.form.get("case_id"))
    data, parsed = item_from_form(request.form)
    errors = dict(parsed.errors)
    case = None
    if case_id is None:
        errors["case"] = messages.MEETING_CHOOSE_CASE
    else:
        try:
            case = cases.get_case(session, actor(), case_id, purpose="edit")
        except NotFound:
            abort(404)
    if case is not None and not errors:
        try:
            meetings.add_case(session, actor(), meeting, case, data)
            once.made(claimed, case.id)  # the sitting's item of this case
        except InvalidData as error:
            errors.update(error.errors)
    if errors:
        session.rollback()
        return _render_detail(_meeting(meeting_id), errors, 422)
    session.commit()
    assert case is not None  # noqa: S101 (set whenever there is no error)
    flash(messages.MEETING_CASE_ADDED.format(code=case.code), "success")
    return redirect(url_for("meetings.detail", meeting_id=meeting_id) + f"#case-{case.id}")


def _item(meeting_id: int, case_id: int) -> Any:
    try:
        return meetings.get_item(db.session(), actor(), meeting_id, case_id)
    except NotFound:
        abort(404)


@bp.route("/<int:meeting_id>/cases/<int:case_id>", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit_item(meeting_id: int, case_id: int) -> ResponseLike:
    item = _item(meeting_id, case_id)
    if request.method == "GET":
        db.session().commit()
        return render_template(
            "cases/meeting_item.html",
            item=item,
            roles=[role_data(r) for r in item.roles],
            errors={},
            raw={},
            **_common(),
        )
    data, parsed = item_from_form(request.form)
    if not parsed.errors:
        try:
            meetings.update_item(db.session(), actor(), item, data)
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        item = _item(meeting_id, case_id)
        db.session().commit()  # the read is audited (the failed write was rolled back)
        return render_template(
            "cases/meeting_item.html",
            item=item,
            roles=list(data.roles),
            errors=parsed.errors,
            raw=parsed.raw,
            form=request.form,
            **_common(),
        ), 422
    db.session().commit()
    flash(messages.MEETING_ITEM_SAVED, "success")
    return redirect(url_for("meetings.detail", meeting_id=meeting_id) + f"#case-{case_id}")


@bp.post("/<int:meeting_id>/cases/<int:case_id>/remove")
@requires(can_work_on_cases)
def remove_item(meeting_id: int, case_id: int) -> Response:
    item = _item(meeting_id, case_id)
    meetings.remove_case(db.session(), actor(), item)
    db.session().commit()
    flash(messages.MEETING_CASE_REMOVED, "success")
    return redirect(url_for("meetings.detail", meeting_id=meeting_id))
