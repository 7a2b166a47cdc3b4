"""Participation support pages (参加支援) for coordinators: cases, plans, needs, suggestions,
referrals, follow-ups and the unmet-needs report; and the organization's incoming referrals.

Every case page goes through ``matching`` use cases, which refuse actors not assigned to the
case (as 404, so case codes do not leak) and audit each read and write. Views commit at the
end so the audit trail of a page view is kept even when nothing else changed.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import folium
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
from flask_login import login_required
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response

from directory import browse, upcoming, vocabulary
from directory import labels as directory_labels
from directory.errors import Conflict, InvalidData, NotFound, PermissionDenied
from directory.models import User
from directory.search.service import Criteria
from geo.distance import geodesic_km
from matching import (
    case_codes,
    cases,
    editing,
    followups,
    labels,
    meetings,
    outcomes,
    plans,
    referrals,
    service,
    unmet,
    wording,
)
from matching.engine import Weights
from matching.models import Case, ParticipationNeed, Plan, ReferralStatus, TravelMode
from matching.outcomes import ClosureReason, DeclineReason, UnmetResolution
from matching.permissions import can_see_reports, can_work_on_cases
from matching.plans import CONDITION_KEYS, NeedData, PlanData
from matching.submissions import Claim, Earlier, Kind
from matching.text import SearchTerms
from webapp import case_records, db, maps, messages, once
from webapp import search as search_web
from webapp.auth import actor, requires
from webapp.case_forms import (
    Parsed,
    case_from_form,
    consent_from_form,
    date_field,
    follow_up_from_form,
    need_from_form,
    optional_choice,
    parse_date,
    plan_from_form,
    unmet_from_form,
)
from webapp.kept import kept
from webapp.meetings import organization_options
from webapp.record_forms import roles_from_form
from webapp.requests import parse_id
from webapp.templating import now_utc, today

bp = Blueprint("cases", __name__, url_prefix="/coord")
org_bp = Blueprint("org_referrals", __name__, url_prefix="/org/referrals")

ResponseLike = str | Response | tuple[str, int]
T = TypeVar("T")
WEEKDAY_OPTIONS = [(str(i), name) for i, name in enumerate(messages.WEEKDAY_NAMES)]


@dataclass(frozen=True)
class MatchingSettings:
    """The participation-support settings, parsed from the configuration once."""

    offsets: tuple[followups.Offset, ...]  # follow-ups after participation starts
    weights: Weights


def settings() -> MatchingSettings:
    found: MatchingSettings = current_app.extensions["matching_settings"]
    return found


MATCHING_SNAPSHOT_FILE = "matching-table.pickle"


def init_app(app: Flask) -> None:
    # Fail at start-up, not at the first referral, when the configuration is wrong.
    # Read once, at start-up: a wrong value stops the app here, not at the first referral.
    app.extensions["matching_settings"] = MatchingSettings(
        offsets=followups.parse_offsets(app.config["FOLLOW_UP_OFFSETS"]),
        weights=Weights(**app.config["MATCHING_WEIGHTS"]),
    )
    # Kept in the index folder, so the host's workers read the directory once between them.
    cache = service.TableCache(
        SearchTerms(), snapshot=Path(app.config["SEARCH_INDEX_DIR"]) / MATCHING_SNAPSHOT_FILE
    )
    app.extensions["matching_cache"] = cache
    # Built in the background when the process starts (webapp.search's keeper), not by the
    # first coordinator who asks for suggestions.
    app.extensions.setdefault("warmers", []).append(cache.warm)
    once.init_app(app)  # the create forms' one-time tokens (here and in meetings, records)
    app.register_blueprint(bp)
    app.register_blueprint(org_bp)


def _load(loader: Callable[..., T], object_id: int, **kwargs: Any) -> T:
    try:
        return loader(db.session(), actor(), object_id, **kwargs)
    except NotFound:
        abort(404)


def _done(message: str, endpoint: str, **values: Any) -> Response:
    db.session().commit()
    flash(message, "success")
    return redirect(url_for(endpoint, **values))


def _vocab() -> dict[str, Any]:
    session = db.session()
    return {
        "category_options": [(c.code, c.label) for c in vocabulary.categories(session)],
        "target_options": [(t.code, t.label) for t in vocabulary.targets(session)],
        "area_options": [(a.code, a.name) for a in vocabulary.areas(session)],
        "age_options": [(k.value, v) for k, v in labels.AGE_BAND.items()],
        "meeting_options": [(k.value, v) for k, v in labels.MEETING.items()],
        "basis_options": [(k.value, v) for k, v in labels.SUPPORT_BASIS.items()],
        "scope_options": list(labels.CONSENT_SCOPE.items()),
        "weekday_options": WEEKDAY_OPTIONS,
        "slot_options": [(k.value, v) for k, v in labels.TIME_SLOT.items()],
        "travel_options": [(k.value, v) for k, v in labels.TRAVEL_MODE.items()],
        "accessibility_options": list(labels.ACCESSIBILITY.items()),
        "language_options": [(k, v) for k, v in directory_labels.LANGUAGES.items() if k != "ja"],
        "condition_options": list(labels.CONDITIONS.items()),
        "condition_keys": CONDITION_KEYS,
        "decline_options": [(k.value, v) for k, v in outcomes.DECLINE_REASON.items()],
        "frequency_options": [(k.value, v) for k, v in outcomes.FREQUENCY.items()],
        "voice_options": [(k.value, v) for k, v in outcomes.VOICE.items()],
        "intake_labels": directory_labels.INTAKE_STATUS,
        "outcomes": outcomes,
        "labels": labels,
    }


def _codes(kind: str) -> set[str]:
    session = db.session()
    items = vocabulary.categories(session) if kind == "categories" else vocabulary.targets(session)
    return {item.code for item in items}


# --- cases ------------------------------------------------------------------------------------


@bp.get("/cases")
@requires(can_work_on_cases)
def case_list() -> str:
    session = db.session()
    include_closed = request.args.get("closed") == "1"
    rows = cases.list_cases(session, actor(), include_closed=include_closed)
    agenda = followups.agenda(session, actor(), today())
    due: list[plans.Review | meetings.MeetingReview] = [
        *plans.reviews_due(session, actor(), today()),
        *meetings.reviews_due(session, actor(), today()),
    ]
    reviews = sorted(due, key=lambda r: r.due_on)
    session.commit()
    return render_template(
        "cases/list.html",
        cases=rows,
        agenda=agenda,
        reviews=reviews,
        today=today(),
        include_closed=include_closed,
        **_vocab(),
    )


def _render_case_form(
    data: cases.CaseData | None,
    parsed: Parsed,
    status: int = 200,
    case: Case | None = None,
    *,
    version: str = "",
    conflict: bool = False,
) -> tuple[str, int]:
    return render_template(
        "cases/case_form.html",
        data=data or cases.CaseData(),
        errors=parsed.errors,
        raw=parsed.raw,
        form=request.form,
        case=case,
        saved=cases.case_data(case) if conflict and case is not None else None,
        version=version,
        # A code given before codes had to be numbers: said next to the field, not refused.
        code_warning=case_codes.code_problem(case.code, case.display_name) if case else "",
        **_vocab(),
    ), status


@bp.route("/cases/new", methods=["GET", "POST"])
@requires(can_work_on_cases)
def new_case() -> ResponseLike:
    if request.method == "GET":
        return once.form_page(Kind.CASE, _case_page) or _render_case_form(None, Parsed())
    claimed = once.claim(Kind.CASE)
    if isinstance(claimed, Earlier):
        return once.again(_case_page(claimed.object_id))
    data, parsed = case_from_form(request.form)
    consent = consent_from_form(request.form, parsed, today())
    if not parsed.errors:
        try:
            case = cases.create_case(db.session(), actor(), data, consent=consent, today=today())
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()  # the form's token too: the corrected form is sent with it
        return _render_case_form(data, parsed, 422)
    once.made(claimed, case.id)
    return _done(messages.CASE_CREATED.format(code=case.code), "cases.case_detail", case_id=case.id)


def _case_page(case_id: int) -> str:
    return url_for("cases.case_detail", case_id=case_id)


def render_case_page(case: Case, *, errors: dict[str, str] | None = None, anchor: str = "") -> str:
    """The case page, with its notes and meetings; after a failed form, with what was typed."""
    return render_template(
        "cases/case.html",
        case=case,
        today=today(),
        staff=_staff(),
        errors=errors or {},
        form=request.form if errors else {},
        anchor=anchor,
        **case_records.case_page_extras(case),
        **_vocab(),
    )


@bp.get("/cases/<int:case_id>")
@requires(can_work_on_cases)
def case_detail(case_id: int) -> str:
    case = _load(cases.get_case, case_id)
    page = render_case_page(case)
    db.session().commit()  # the reads of the case, its notes and meetings are audited
    return page


@bp.route("/cases/<int:case_id>/edit", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit_case(case_id: int) -> ResponseLike:
    case = _load(cases.get_case, case_id, purpose="edit")
    if request.method == "GET":
        db.session().commit()
        return _render_case_form(
            cases.case_data(case), Parsed(), case=case, version=editing.version(case)
        )
    seen = request.form.get("version", "")
    data, parsed = case_from_form(request.form)
    if not parsed.errors:
        try:
            cases.update_case(db.session(), actor(), case, data, today=today(), seen=seen)
        except InvalidData as error:
            parsed.errors.update(error.errors)
        except Conflict:
            # Someone saved the case after this form was opened: keep what this person typed,
            # show what is saved now, and carry the current version, so that saving again is
            # a deliberate choice. (The read of the saved case is audited.)
            db.session().rollback()
            case = _load(cases.get_case, case_id, purpose="edit")
            db.session().commit()
            version = editing.version(case)
            return _render_case_form(data, parsed, 409, case=case, version=version, conflict=True)
    if parsed.errors:
        db.session().rollback()
        case = _load(cases.get_case, case_id, purpose="edit")  # shown again: the read is audited
        return _render_case_form(data, parsed, 422, case=case, version=seen)
    return _done(messages.CASE_SAVED, "cases.case_detail", case_id=case.id)


def _case_page_error(case: Case, errors: dict[str, str], anchor: str) -> tuple[str, int]:
    db.session().rollback()
    case = _load(cases.get_case, case.id)
    page = render_case_page(case, errors=errors, anchor=anchor)
    db.session().commit()
    return page, 422


@bp.post("/cases/<int:case_id>/consent")
@requires(can_work_on_cases)
def record_consent(case_id: int) -> ResponseLike:
    case = _load(cases.get_case, case_id, purpose="edit")
    claimed = once.claim(Kind.CONSENT)
    if isinstance(claimed, Earlier):
        return once.again(url_for("cases.case_detail", case_id=case.id))
    parsed = Parsed()
    consent = consent_from_form(request.form, parsed, today())
    if consent is None:
        parsed.errors["consent_given"] = messages.CONSENT_CHOOSE
    if not parsed.errors and consent is not None:
        try:
            recorded = cases.record_consent(db.session(), actor(), case, consent, today=today())
            once.made(claimed, recorded.id)
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        return _case_page_error(case, parsed.errors, "consent")
    return _done(messages.CONSENT_SAVED, "cases.case_detail", case_id=case.id)


@bp.post("/cases/<int:case_id>/close")
@requires(can_work_on_cases)
def close_case(case_id: int) -> ResponseLike:
    case = _load(cases.get_case, case_id, purpose="edit")
    on, parsed = date_field(request.form, "closed_on", today())
    reason = optional_choice(request.form, "reason", ClosureReason)
    if not parsed.errors:
        try:
            cases.close_case(
                db.session(),
                actor(),
                case,
                reason,
                on,
                today=today(),
                note=request.form.get("note", ""),
            )
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        return _case_page_error(case, parsed.errors, "close")
    return _done(messages.CASE_CLOSED.format(code=case.code), "cases.case_detail", case_id=case.id)


@bp.post("/cases/<int:case_id>/reopen")
@requires(can_work_on_cases)
def reopen_case(case_id: int) -> Response:
    case = _load(cases.get_case, case_id, purpose="edit")
    cases.reopen_case(db.session(), actor(), case, today=today())
    return _done(
        messages.CASE_REOPENED.format(code=case.code), "cases.case_detail", case_id=case.id
    )


def _staff() -> list[User]:
    return cases.coordinators(db.session())


@bp.post("/cases/<int:case_id>/coordinators")
@requires(can_work_on_cases)
def assign(case_id: int) -> ResponseLike:
    """Hand a case over or add a colleague (the case's coordinators do this here)."""
    session = db.session()
    case = _load(cases.get_case, case_id, purpose="assign")  # admins use /admin/cases/assign
    ids = {i for v in request.form.getlist("coordinators") if (i := parse_id(v))}
    chosen = [u for u in _staff() if u.id in ids]
    try:
        cases.assign_coordinators(session, actor(), case, chosen)
    except InvalidData:
        session.rollback()
        flash(messages.CASE_CHOOSE_COORDINATORS, "error")
        return redirect(url_for("cases.case_detail", case_id=case_id))
    session.commit()
    flash(messages.CASE_COORDINATORS_CHANGED.format(code=case.code), "success")
    if any(u.id == actor().id for u in chosen):
        return redirect(url_for("cases.case_detail", case_id=case_id))
    return redirect(url_for("cases.case_list"))


# --- plans and needs --------------------------------------------------------------------------


@bp.route("/cases/<int:case_id>/plans/new", methods=["GET", "POST"])
@requires(can_work_on_cases)
def new_plan(case_id: int) -> ResponseLike:
    case = _load(cases.get_case, case_id, purpose="edit")
    if request.method == "GET":
        db.session().commit()  # the read is audited
        shown = _case_page(case.id)  # where the plan it made is
        return once.form_page(Kind.PLAN, lambda _: shown) or render_template(
            "cases/plan_form.html",
            case=case,
            plan=None,
            data=PlanData(title="", started_on=today()),
            errors={},
            raw={},
            organization_options=organization_options(),
            parties=labels.ROLE_PARTIES,
        )
    claimed = once.claim(Kind.PLAN)
    if isinstance(claimed, Earlier):
        return once.again(_need_form(claimed.object_id))
    data, parsed = plan_from_form(request.form, today())
    data = dataclasses.replace(data, roles=roles_from_form(request.form))
    if not parsed.errors:
        try:
            plan = plans.create_plan(db.session(), actor(), case, data)
            once.made(claimed, plan.id)
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        case = _load(cases.get_case, case_id, purpose="edit")  # shown again: the read is audited
        return render_template(
            "cases/plan_form.html",
            case=case,
            plan=None,
            data=data,
            errors=parsed.errors,
            raw=parsed.raw,
            organization_options=organization_options(),
            parties=labels.ROLE_PARTIES,
        ), 422
    db.session().commit()
    flash(messages.PLAN_CREATED, "success")
    return redirect(_need_form(plan.id))


def _need_form(plan_id: int) -> str:
    """Where a new plan leads: its first need's form, at its own address (no extra redirect)."""
    return once.address("cases.new_need", plan_id=plan_id)


def _suggestions(need_id: int) -> str:
    return url_for("cases.suggestions", need_id=need_id)


def _render_need_form(
    case: Case,
    plan_id: int,
    need: ParticipationNeed | None,
    data: NeedData,
    parsed: Parsed,
    status: int = 200,
    *,
    version: str = "",
    conflict: bool = False,
) -> tuple[str, int]:
    saved = None
    if conflict and need is not None:
        saved = wording.need_facts(plans.need_data(need), wording.names_of(db.session()))
    return render_template(
        "cases/need_form.html",
        case=case,
        plan_id=plan_id,
        need=need,
        data=data,
        errors=parsed.errors,
        raw=parsed.raw,
        version=version,
        saved=saved,
        **_vocab(),
    ), status


@bp.route("/plans/<int:plan_id>/needs/new", methods=["GET", "POST"])
@requires(can_work_on_cases)
def new_need(plan_id: int) -> ResponseLike:
    plan = _load(plans.get_plan, plan_id)
    if request.method == "GET":
        db.session().commit()
        blank = NeedData(title="", travel_mode=TravelMode.WALK)
        return once.form_page(Kind.NEED, _suggestions) or _render_need_form(
            plan.case, plan.id, None, blank, Parsed()
        )
    claimed = once.claim(Kind.NEED)
    if isinstance(claimed, Earlier):
        return once.again(_suggestions(claimed.object_id))
    return _save_need(plan, None, claimed)


@bp.route("/needs/<int:need_id>/edit", methods=["GET", "POST"])
@requires(can_work_on_cases)
def edit_need(need_id: int) -> ResponseLike:
    need = _load(plans.get_need, need_id)
    if request.method == "GET":
        db.session().commit()
        data = plans.need_data(need)
        version = editing.version(need)
        return _render_need_form(
            need.plan.case, need.plan_id, need, data, Parsed(), version=version
        )
    return _save_need(need.plan, need)


def _save_need(
    plan: Plan, need: ParticipationNeed | None, claimed: Claim | None = None
) -> ResponseLike:
    """Add a need to the plan, or change ``need``; on errors show the form with what was typed;
    when someone saved the need after this form was opened, show what is saved now as well."""
    data, parsed = need_from_form(request.form)
    seen = request.form.get("version", "")
    saved = need
    if not parsed.errors:
        vocab = {"categories": _codes("categories"), "targets": _codes("targets")}
        try:
            if need is None:
                saved = plans.add_need(db.session(), actor(), plan, data, **vocab)
                once.made(claimed, saved.id)
            else:
                plans.update_need(db.session(), actor(), need, data, **vocab, seen=seen)
        except InvalidData as error:
            parsed.errors.update(error.errors)
        except Conflict:
            assert need is not None  # noqa: S101 (only a change can conflict)
            db.session().rollback()
            need = _load(plans.get_need, need.id)
            db.session().commit()
            return _render_need_form(
                need.plan.case,
                need.plan_id,
                need,
                data,
                parsed,
                409,
                version=editing.version(need),
                conflict=True,
            )
    if parsed.errors or saved is None:
        db.session().rollback()
        # Shown again: the read is audited (the failed write, and its read, were rolled back).
        plan = _load(plans.get_plan, plan.id)
        return _render_need_form(plan.case, plan.id, need, data, parsed, 422, version=seen)
    message = messages.NEED_SAVED + (messages.NEED_SAVED_SHOWING if need is None else "")
    return _done(message, "cases.suggestions", need_id=saved.id)


def weights() -> Weights:
    return settings().weights


@bp.get("/needs/<int:need_id>/suggestions")
@requires(can_work_on_cases)
def suggestions(need_id: int) -> str:
    session = db.session()
    need = _load(plans.get_need, need_id)
    result = service.suggestions_for(
        session,
        actor(),
        need,
        cache=current_app.extensions["matching_cache"],
        distance=geodesic_km,
        today=today(),
        weights=weights(),
    )
    referred = {r.listing_id for r in need.referrals}
    elsewhere = referrals.open_from_other_needs(need)
    session.commit()
    return render_template(
        "cases/suggestions.html",
        need=need,
        case=need.plan.case,
        result=result,
        referred=referred,
        elsewhere=elsewhere,
        origin=service.origin_of(need),
        unmet_refused=unmet.why_not_recordable(need),
        draft_facts=wording.unmet_facts(unmet.unmet_draft(need), wording.names_of(session)),
        **_vocab(),
    )


@bp.post("/needs/<int:need_id>/relax")
@requires(can_work_on_cases)
def relax_condition(need_id: int) -> Response:
    """A near miss's one click: the condition that excluded it becomes 希望."""
    need = _load(plans.get_need, need_id)
    key = request.form.get("condition", "")
    try:
        plans.relax_condition(db.session(), actor(), need, key)
    except InvalidData as error:
        db.session().rollback()
        flash(" ".join(error.errors.values()), "error")
        return redirect(url_for("cases.suggestions", need_id=need_id))
    return _done(
        messages.CONDITION_RELAXED.format(condition=labels.CONDITION_KEY[key]),
        "cases.suggestions",
        need_id=need_id,
    )


@bp.post("/needs/<int:need_id>/referrals")
@requires(can_work_on_cases)
def create_referral(need_id: int) -> Response:
    session = db.session()
    need = _load(plans.get_need, need_id)
    listing_id = parse_id(request.form.get("listing_id"))
    listing = browse.find_listing(session, listing_id) if listing_id else None
    if listing is None:
        abort(400)
    try:
        referral = referrals.create_referral(
            session,
            actor(),
            need,
            listing,
            today=today(),
            note=request.form.get("note", ""),
        )
    except referrals.AlreadyReferred as error:
        # Most often the same button pressed twice: show the referral that exists.
        session.rollback()
        flash(" ".join(error.errors.values()), "error")
        return redirect(url_for("cases.referral_detail", referral_id=error.referral_id))
    except InvalidData as error:
        session.rollback()
        flash(" ".join(error.errors.values()), "error")
        return redirect(url_for("cases.suggestions", need_id=need_id))
    return _done(
        messages.REFERRAL_CREATED.format(name=listing.name),
        "cases.referral_detail",
        referral_id=referral.id,
    )


def _render_unmet_form(
    need: ParticipationNeed, data: unmet.UnmetData, errors: dict[str, str], status: int = 200
) -> tuple[str, int]:
    return render_template(
        "cases/unmet_form.html",
        need=need,
        case=need.plan.case,
        data=data,
        errors=errors,
        refused=unmet.why_not_recordable(need),
        **_vocab(),
    ), status


@bp.get("/needs/<int:need_id>/unmet")
@requires(can_work_on_cases)
def unmet_form(need_id: int) -> ResponseLike:
    """The record pre-filled from the need, for the coordinator to check before saving."""
    need = _load(plans.get_need, need_id)
    db.session().commit()
    case_page = _case_page(need.plan.case_id)
    return once.form_page(Kind.UNMET, lambda _: case_page) or _render_unmet_form(
        need, unmet.unmet_draft(need), {}
    )


@bp.post("/needs/<int:need_id>/unmet")
@requires(can_work_on_cases)
def record_unmet(need_id: int) -> ResponseLike:
    """Record as unmet: as pre-filled (one click), or as checked in the form."""
    need = _load(plans.get_need, need_id)
    claimed = once.claim(Kind.UNMET)
    if isinstance(claimed, Earlier):
        return once.again(_case_page(need.plan.case_id))
    edited = request.form.get("edited") == "1"
    data = unmet_from_form(request.form) if edited else unmet.unmet_draft(need)
    try:
        recorded = unmet.record_unmet_need(db.session(), actor(), need, today=today(), data=data)
        once.made(claimed, recorded.id)
    except InvalidData as error:
        db.session().rollback()
        if edited and "unmet" not in error.errors:
            need = _load(plans.get_need, need_id)
            return _render_unmet_form(need, data, error.errors, 422)
        flash(" ".join(error.errors.values()), "error")
        return redirect(url_for("cases.suggestions", need_id=need_id))
    return _done(
        messages.UNMET_RECORDED,
        "cases.case_detail",
        case_id=need.plan.case_id,
    )


# --- referrals and follow-ups -----------------------------------------------------------------


def _render_referral(
    referral_id: int, errors: dict[str, str] | None = None, status: int = 200
) -> tuple[str, int]:
    referral = _load(referrals.get_referral, referral_id)
    referrals.mark_answer_seen(referral, now_utc())  # off the dashboard's new answers
    db.session().commit()  # keeps the read in the audit trail (a failed write was rolled back)
    return render_template(
        "cases/referral.html",
        referral=referral,
        need=referral.need,
        case=referral.need.plan.case,
        steps=referrals.next_steps(referral),
        held_back=referrals.steps_held_back(referral),
        # what the organization sees, as its own page shows it (None: not sent to it)
        org_view=referrals.shared_view(referral),
        answer_stays=referrals.answer_stays(referral),
        nobody_to_answer=referrals.nobody_to_answer(referral),
        referred_again=referrals.referred_again(referral),
        errors=errors or {},
        form=request.form if errors else {},
        today=today(),
        may_share=cases.may_share,
        **_vocab(),
    ), status


@bp.get("/referrals/<int:referral_id>")
@requires(can_work_on_cases)
def referral_detail(referral_id: int) -> ResponseLike:
    return _render_referral(referral_id)


@bp.post("/referrals/<int:referral_id>/advance")
@requires(can_work_on_cases)
def advance_referral(referral_id: int) -> ResponseLike:
    referral = _load(referrals.get_referral, referral_id)
    on, parsed = date_field(request.form, "on", today())
    try:
        new_status = ReferralStatus(request.form.get("status", ""))
    except ValueError:
        parsed.errors["status"] = messages.REFERRAL_CHOOSE_STEP
    if not parsed.errors:
        try:
            referrals.advance(
                db.session(),
                actor(),
                referral,
                new_status,
                on=on,
                today=today(),
                note=request.form.get("note", ""),
                shared_note=request.form.get("shared_note"),
                share_name="share_name" in request.form,
                reason=optional_choice(request.form, "reason", DeclineReason),
                offsets=settings().offsets,
            )
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        return _render_referral(referral_id, parsed.errors, 422)
    return _done(
        messages.REFERRAL_ADVANCED.format(step=labels.REFERRAL_STATUS[new_status]),
        "cases.referral_detail",
        referral_id=referral_id,
    )


@bp.post("/referrals/<int:referral_id>/reopen-answer")
@requires(can_work_on_cases)
def reopen_answer(referral_id: int) -> ResponseLike:
    """Send the organization's answer back, so that it may answer again."""
    referral = _load(referrals.get_referral, referral_id)
    try:
        referrals.reopen_answer(db.session(), actor(), referral)
    except InvalidData as error:
        db.session().rollback()
        return _render_referral(referral_id, error.errors, 422)
    return _done(
        messages.ANSWER_REOPENED,
        "cases.referral_detail",
        referral_id=referral_id,
    )


@bp.post("/follow-ups/<int:follow_up_id>")
@requires(can_work_on_cases)
def record_follow_up(follow_up_id: int) -> ResponseLike:
    follow_up = _load(followups.get_follow_up, follow_up_id)
    result, parsed = follow_up_from_form(request.form, today())
    if not parsed.errors:
        try:
            followups.record_result(db.session(), actor(), follow_up, result, today=today())
        except InvalidData as error:
            parsed.errors.update(error.errors)
    if parsed.errors:
        db.session().rollback()
        errors = {f"{follow_up_id}-{k}": v for k, v in parsed.errors.items()}
        return _render_referral(follow_up.referral_id, errors, 422)
    return _done(
        messages.FOLLOW_UP_RECORDED,
        "cases.referral_detail",
        referral_id=follow_up.referral_id,
    )


# --- reports ------------------------------------------------------------------------------------


UNMET_MAP_ZOOM = 12  # the unmet-needs map opens on the town


UNMET_SUPPLIES_KEPT = 16  # the kinds the open needs ask for, in the periods looked at


def _supply_dots(session: Session, wanted: frozenset[str], limit: int) -> list[maps.Dot]:
    """The listings of the kinds wanted, one dot each; past ``limit`` too many to draw one by
    one: counted by square of a grid, a larger dot for more."""
    placed = browse.located_listings(session, categories=wanted, limit=limit + 1)
    if len(placed) <= limit:
        return [maps.Dot(p.lat, p.lon, 4, p.name) for p in placed]
    squares = browse.pin_cells(
        session,
        browse.Audience.COORDINATOR,
        maps.cell_degrees(UNMET_MAP_ZOOM),
        categories=wanted,
        by_layer=False,
    )
    return [
        maps.Dot(
            c.lat,
            c.lon,
            4 + 4 * math.log10(c.count),
            messages.UNMET_MAP_SUPPLY_COUNT.format(count=f"{c.count:,}"),
        )
        for c in squares
    ]


def _unmet_map(report: unmet.UnmetReport) -> maps.LocalMap:
    """Unmet needs as red circles at each area's centre (size by count), beside the existing
    listings of the same categories as blue dots: where 地域づくり could start."""
    session = db.session()
    areas = {a.code: a for a in vocabulary.areas(session)}
    located = [a for a in areas.values() if a.lat is not None and a.lon is not None]
    centre = (
        (
            sum(a.lat or 0 for a in located) / len(located),
            sum(a.lon or 0 for a in located) / len(located),
        )
        if located
        else (35.68, 139.76)
    )
    m = maps.new_map("unmet", centre, zoom=UNMET_MAP_ZOOM)
    supply = folium.FeatureGroup(name=messages.UNMET_MAP_SUPPLY).add_to(m)
    wanted = frozenset(report.by_category) - {unmet.NO_CATEGORY}
    limit = current_app.config["MAP_POINTS_AT_ONCE"]
    # The same for every coordinator: kept until a listing changes (the squares of 100,000
    # listings take 70 ms to count).
    dots = kept(
        "unmet_supply",
        (wanted, limit, upcoming.version(session)),
        lambda: _supply_dots(session, wanted, limit),
        size=UNMET_SUPPLIES_KEPT,
    )
    maps.Dots(dots, color="#1f5fa8", fill=True, fillOpacity=0.8, weight=1).add_to(supply)
    demand = folium.FeatureGroup(name=messages.UNMET_MAP_DEMAND).add_to(m)
    for code, count in report.by_area.items():
        area = areas.get(code)
        if area is None or area.lat is None or area.lon is None:
            continue
        folium.CircleMarker(
            (area.lat, area.lon),
            radius=8 + 6 * count**0.5,
            color="#b3261e",
            fill=True,
            fill_opacity=0.35,
            weight=2,
            tooltip=maps.safe_text(messages.UNMET_MAP_AREA.format(area=area.name, count=count)),
        ).add_to(demand)
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def _report_period() -> tuple[date | None, date | None, Parsed]:
    parsed = Parsed()
    return _optional_date("since", parsed), _optional_date("until", parsed), parsed


@bp.get("/reports/unmet/map.js")
@requires(can_see_reports)
def unmet_map_script() -> Response:
    since, until, _ = _report_period()
    report = unmet.unmet_report(db.session(), actor(), since=since, until=until)
    response = Response(maps.script(_unmet_map(report)), mimetype="text/javascript")
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/reports/unmet")
@requires(can_see_reports)
def unmet_report() -> str:
    session = db.session()
    since, until, parsed = _report_period()
    report = unmet.unmet_report(session, actor(), since=since, until=until)
    areas = {a.code: a for a in vocabulary.areas(session)}
    return render_template(
        "cases/unmet_report.html",
        map_div=maps.map_div("unmet") if report.total else None,
        tiles=maps.tile_source(),
        since=since,
        until=until,
        report=report,
        areas=areas,
        errors=parsed.errors,
        raw=parsed.raw,
        **_vocab(),
    )


def _optional_date(name: str, parsed: Parsed) -> date | None:
    return parse_date(request.args, name, parsed)


def _load_unmet(unmet_id: int) -> Any:
    try:
        return unmet.get_unmet_need(db.session(), actor(), unmet_id)
    except NotFound:
        abort(404)


UNMET_SEARCH_MAX_CHARS = 100


def _unmet_candidates(record: Any, query: str, chosen: int | None) -> tuple[unmet.Candidates, bool]:
    """The listings offered to resolve ``record``: those of its kinds, its area first; or, when
    the coordinator searched, the search's best matches among every published listing. The one
    already chosen (a form shown again) stays among them. The flag: the words could not be
    searched (the host's index is being rebuilt), so the listings of its kinds are offered."""
    session = db.session()
    found = None
    if query:
        try:
            result = search_web.run_search(Criteria(text=query, per_page=unmet.CANDIDATES_SHOWN))
            found = unmet.Candidates([hit.listing for hit in result.hits], result.total)
        except search_web.SearchUnavailable:
            pass  # not 「見つかりませんでした」 while the index is rebuilt: the page says why
    unsearched = bool(query) and found is None
    if found is None:
        found = unmet.resolution_candidates(session, record, limit=unmet.CANDIDATES_SHOWN)
    if chosen is not None and all(listing.id != chosen for listing in found.listings):
        listing = browse.find_listing(session, chosen)
        if listing is not None:
            found = unmet.Candidates([listing, *found.listings], found.total)
    return found, unsearched


def _render_unmet_need(record: Any, errors: dict[str, str], status: int = 200) -> tuple[str, int]:
    """One unmet need (nothing personal) and, while open, the listings that could resolve it."""
    values = request.form if request.method == "POST" else request.args
    query = " ".join(values.get("q", "").split())[:UNMET_SEARCH_MAX_CHARS]
    candidates, unsearched = None, False
    if record.resolved_on is None:
        chosen = parse_id(request.form.get("listing_id"))
        candidates, unsearched = _unmet_candidates(record, query, chosen)
    return render_template(
        "cases/unmet_need.html",
        record=record,
        facts=wording.unmet_facts(unmet.unmet_data(record), wording.names_of(db.session())),
        candidates=candidates,
        query=query,
        unsearched=unsearched,
        errors=errors,
        form=request.form if errors else {},
        resolution_options=[(k.value, v) for k, v in outcomes.UNMET_RESOLUTION.items()],
        **_vocab(),
    ), status


@bp.get("/unmet/<int:unmet_id>")
@requires(can_see_reports)
def unmet_need(unmet_id: int) -> ResponseLike:
    return _render_unmet_need(_load_unmet(unmet_id), {})


@bp.post("/unmet/<int:unmet_id>/resolve")
@requires(can_see_reports)
def resolve_unmet(unmet_id: int) -> ResponseLike:
    """地域づくり: link the new or widened listing that now meets the need."""
    record = _load_unmet(unmet_id)
    session = db.session()
    errors: dict[str, str] = {}
    listing_id = parse_id(request.form.get("listing_id"))
    listing = browse.find_listing(session, listing_id) if listing_id else None
    resolution = optional_choice(request.form, "resolution", UnmetResolution)
    if listing is None:
        errors["listing_id"] = labels.MSG_UNMET_LISTING
    if resolution is None:
        errors["resolution"] = labels.MSG_BAD_CHOICE
    if listing is not None and resolution is not None:
        try:
            unmet.resolve_unmet_need(
                session, actor(), record, listing=listing, resolution=resolution, today=today()
            )
        except InvalidData as error:
            errors.update(error.errors)
    if errors:
        session.rollback()
        return _render_unmet_need(_load_unmet(unmet_id), errors, 422)
    return _done(
        messages.UNMET_RESOLVED,
        "cases.unmet_report",
    )


# --- organizations: incoming referral requests --------------------------------------------------


def _render_incoming(
    errors: dict[int, dict[str, str]] | None = None, status: int = 200
) -> tuple[str, int]:
    session = db.session()
    rows = referrals.incoming_referrals(session, actor())
    session.commit()
    return render_template(
        "cases/incoming.html",
        referrals=rows,
        errors=errors or {},
        form=request.form if errors else {},
        **_vocab(),
    ), status


@org_bp.get("/")
@login_required
def incoming() -> ResponseLike:
    return _render_incoming()


@org_bp.post("/<int:referral_id>/respond")
@login_required
def respond(referral_id: int) -> ResponseLike:
    answer = request.form.get("answer")
    if answer not in ("accept", "decline"):
        abort(400)
    try:
        referrals.respond(
            db.session(),
            actor(),
            referral_id,
            accept=answer == "accept",
            note=request.form.get("note", ""),
            reason=optional_choice(request.form, "reason", DeclineReason),
            now=now_utc(),
            today=today(),
        )
    except NotFound:
        abort(404)
    except PermissionDenied as error:
        db.session().rollback()
        flash(str(error), "error")
        return redirect(url_for("org_referrals.incoming"))
    except InvalidData as error:
        db.session().rollback()
        return _render_incoming({referral_id: error.errors}, 422)
    return _done(messages.ANSWER_SENT, "org_referrals.incoming")
