"""Records kept on a case beside the plan: 経過記録 (case notes), the plan's 役割分担, and the
printable 支援プラン document. Coordinators of the case only; every read and write audited by
the matching use cases (``matching.notes``, ``matching.plans``).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response

from directory.errors import Conflict, InvalidData, NotFound
from matching import cases, editing, labels, meetings, notes, plans, roles, wording
from matching.models import Case, CaseNote, Plan
from matching.outcomes import CLOSURE_REASON
from matching.permissions import can_work_on_cases
from matching.submissions import Earlier, Kind
from webapp import db, messages, once
from webapp.auth import actor, requires
from webapp.case_forms import Parsed, plan_from_form
from webapp.meetings import organization_options
from webapp.record_forms import note_from_form, roles_from_form
from webapp.templating import now_utc, today

bp = Blueprint("records", __name__, url_prefix="/coord")

ResponseLike = str | Response | tuple[str, int]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


def municipality_name() -> str:
    """The name printed on documents: the setting, else that of the configured code."""
    name = str(current_app.config.get("MUNICIPALITY_NAME", "")).strip()
    found = current_app.extensions.get("municipality")
    if not name and found is not None:
        name = found.city or found.prefecture
    return name


def case_page_extras(case: Case) -> dict[str, Any]:
    """What the case page shows besides the case: notes, meeting history, who may edit what."""
    session = db.session()
    return {
        "notes": notes.case_notes(session, actor(), case),
        "meeting_items": meetings.case_meetings(session, actor(), case),
        "may_edit_note": lambda note: notes.may_edit(actor(), note, now_utc()),
        "closure_options": [(k.value, v) for k, v in CLOSURE_REASON.items()],
    }


def _case(case_id: int, purpose: str = "edit") -> Case:
    try:
        return cases.get_case(db.session(), actor(), case_id, purpose=purpose)
    except NotFound:
        abort(404)


def _note(note_id: int) -> CaseNote:
    try:
        return notes.get_note(db.session(), actor(), note_id)
    except NotFound:
        abort(404)


def _plan(plan_id: int, purpose: str) -> Plan:
    try:
        return plans.get_plan(db.session(), actor(), plan_id, purpose=purpose)
    except NotFound:
        abort(404)


# --- 経過記録 -------------------------------------------------------------------------------


def _note_error(case: Case, errors: dict[str, str], form_id: str) -> tuple[str, int]:
    """The case page again, with what was typed and the errors next to the note form."""
    from webapp.cases import render_case_page

    db.session().rollback()
    page = render_case_page(_case(case.id, "read"), errors=errors, anchor=form_id)
    db.session().commit()  # the reads are audited (the failed write was rolled back)
    return page, 422


@bp.post("/cases/<int:case_id>/notes")
@requires(can_work_on_cases)
def add_note(case_id: int) -> ResponseLike:
    case = _case(case_id)
    claimed = once.claim(Kind.NOTE)
    if isinstance(claimed, Earlier):
        return once.again(url_for("cases.case_detail", case_id=case_id) + "#notes")
    data, parsed = note_from_form(request.form, today())
    if not parsed.errors:
        try:
            note = notes.add_note(db.session(), actor(), case, data, today=today())
            once.made(claimed, note.id)
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        return _note_error(case, parsed.errors, "notes")
    db.session().commit()
    flash(messages.NOTE_ADDED, "success")
    return redirect(url_for("cases.case_detail", case_id=case_id) + "#notes")


def _render_note_form(
    note: CaseNote, data: notes.NoteData, errors: dict[str, str], raw: dict[str, str], status: int
) -> tuple[str, int]:
    return render_template(
        "cases/note_form.html",
        note=note,
        data=data,
        errors=errors,
        raw=raw,
        editable=notes.may_edit(actor(), note, now_utc()),
    ), status


@bp.route("/notes/<int:note_id>/edit", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit_note(note_id: int) -> ResponseLike:
    """Within 24 hours its author edits the note; after that the page offers a correction."""
    note = _note(note_id)
    if request.method == "GET":
        db.session().commit()
        return _render_note_form(note, notes.NoteData(note.written_on, note.body), {}, {}, 200)
    data, parsed = note_from_form(request.form, today())
    correcting = request.form.get("mode") == "correct"
    # A correction is a new entry: sent twice, it would be added twice.
    claimed = once.claim(Kind.NOTE) if correcting else None
    if isinstance(claimed, Earlier):
        return once.again(url_for("cases.case_detail", case_id=note.case_id) + "#notes")
    if not parsed.errors:
        try:
            if correcting:
                added = notes.add_note(
                    db.session(), actor(), note.case, data, today=today(), corrects=note
                )
                once.made(claimed, added.id)
            else:
                notes.edit_note(db.session(), actor(), note, data, now=now_utc(), today=today())
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        return _render_note_form(_note(note_id), data, parsed.errors, parsed.raw, 422)
    db.session().commit()
    flash(messages.NOTE_CORRECTED if correcting else messages.NOTE_SAVED, "success")
    return redirect(url_for("cases.case_detail", case_id=note.case_id) + "#notes")


# --- the plan: 役割分担 and the printable document ---------------------------------------------


def _render_plan_form(
    plan: Plan,
    data: plans.PlanData,
    parsed: Parsed,
    status: int = 200,
    *,
    version: str,
    conflict: bool = False,
) -> tuple[str, int]:
    """The plan's edit form; with ``conflict``, also what is saved now (``plan`` as it is)."""
    return render_template(
        "cases/plan_form.html",
        case=plan.case,
        plan=plan,
        data=data,
        errors=parsed.errors,
        raw=parsed.raw,
        organization_options=organization_options(),
        parties=labels.ROLE_PARTIES,
        version=version,
        conflict=conflict,
        labels=labels,
    ), status


@bp.route("/plans/<int:plan_id>/edit", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit_plan(plan_id: int) -> ResponseLike:
    plan = _plan(plan_id, "edit")
    if request.method == "GET":
        db.session().commit()
        return _render_plan_form(
            plan, plans.plan_data(plan), Parsed(), version=editing.version(plan)
        )
    seen = request.form.get("version", "")
    data, parsed = plan_from_form(request.form, today())
    data = dataclasses.replace(data, roles=roles_from_form(request.form))
    if not parsed.errors:
        try:
            plans.update_plan(db.session(), actor(), plan, data, seen=seen)
        except InvalidData as error:
            parsed.errors.update(error.errors)
        except Conflict:
            # Someone saved the plan after this form was opened: keep what this person typed,
            # show what is saved now and carry its version, so saving again is a deliberate
            # choice (as the case and need forms do). The read of the saved plan is audited.
            db.session().rollback()
            plan = _plan(plan_id, "edit")
            db.session().commit()
            version = editing.version(plan)
            return _render_plan_form(plan, data, parsed, 409, version=version, conflict=True)
    if parsed.errors:
        db.session().rollback()
        return _render_plan_form(_plan(plan_id, "edit"), data, parsed, 422, version=seen)
    db.session().commit()
    flash(messages.PLAN_SAVED, "success")
    return redirect(url_for("cases.case_detail", case_id=plan.case_id))


@bp.get("/plans/<int:plan_id>/document")
@requires(can_work_on_cases)
def plan_document(plan_id: int) -> str:
    """The 支援プラン as a printable A4 document (the read is audited as plan.print)."""
    plan = _plan(plan_id, "print")
    db.session().commit()
    names = wording.names_of(db.session())
    return render_template(
        "cases/plan_document.html",
        plan=plan,
        case=plan.case,
        person=wording.addressed(plan.case.display_name),
        need_facts={n.id: wording.need_facts(plans.need_data(n), names) for n in plan.needs},
        municipality=municipality_name(),
        lead=roles.lead_of(plan.roles),
        labels=labels,
        today=today(),
    )
