"""Admin pages (管理): users — create (invite), edit role and organizations, reset passwords.

No e-mail is sent: the page shows a one-time link to choose a password, which the admin passes
on by the channel the municipality uses (many closed networks cannot send mail from here).
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from directory import accounts, organizations, permissions
from directory.errors import InvalidData, NotFound
from directory.models import Organization, User, UserRole
from matching import audit, cases
from webapp import db, messages
from webapp.auth import actor, requires, setup_link
from webapp.requests import parse_id, parse_int

bp = Blueprint("admin", __name__, url_prefix="/admin")

ResponseLike = str | Response | tuple[str, int]


def _organizations() -> list[Organization]:
    return organizations.all_organizations(db.session())


def _user_data() -> accounts.UserData:
    ids = tuple(i for v in request.form.getlist("organization_ids") if (i := parse_id(v)))
    return accounts.UserData(
        email=request.form.get("email", ""),
        display_name=request.form.get("display_name", ""),
        role=request.form.get("role", ""),
        organization_ids=ids,
        is_active="is_active" in request.form,
    )


def _render_form(
    user: User | None, data: accounts.UserData, errors: dict[str, str], status: int = 200
) -> tuple[str, int]:
    return render_template(
        "admin/user_form.html",
        user=user,
        data=data,
        errors=errors,
        roles=list(UserRole),
        organizations=_organizations(),
    ), status


@bp.get("/users")
@requires(permissions.can_manage_users)
def users() -> str:
    return render_template("admin/users.html", users=accounts.users(db.session(), actor()))


@bp.route("/users/new", methods=["GET", "POST"])
@requires(permissions.can_manage_users)
def new_user() -> ResponseLike:
    if request.method == "GET":
        blank = accounts.UserData(email="", display_name="", role=UserRole.ORG_MEMBER.value)
        return _render_form(None, blank, {})
    data = _user_data()
    session = db.session()
    try:
        user = accounts.save_user(session, data, actor=actor())
    except InvalidData as error:
        return _render_form(None, data, error.errors, 400)
    session.commit()
    return render_template("admin/setup_link.html", user=user, link=setup_link(user), invited=True)


def _user(user_id: int) -> User:
    return accounts.get_user(db.session(), actor(), user_id)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@requires(permissions.can_manage_users)
def edit_user(user_id: int) -> ResponseLike:
    user = _user(user_id)
    if request.method == "GET":
        data = accounts.UserData(
            email=user.email,
            display_name=user.display_name,
            role=user.role.value,
            organization_ids=tuple(o.id for o in user.organizations),
            is_active=user.is_active,
        )
        return _render_form(user, data, {})
    data = _user_data()
    session = db.session()
    try:
        accounts.save_user(session, data, actor=actor(), user=user)
    except InvalidData as error:
        return _render_form(user, data, error.errors, 400)
    session.commit()
    flash(messages.USER_SAVED.format(name=user.display_name), "success")
    return redirect(url_for("admin.users"))


@bp.post("/users/<int:user_id>/setup-link")
@requires(permissions.can_manage_users)
def reset_link(user_id: int) -> str:
    user = _user(user_id)
    return render_template("admin/setup_link.html", user=user, link=setup_link(user), invited=False)


@bp.get("/audit")
@requires(permissions.can_manage_users)
def audit_log() -> str:
    """監査記録: who read or changed which case data, newest first (field names, no values)."""
    session = db.session()
    case_code = request.args.get("case", "").strip()
    page = parse_int(request.args.get("page"), 1, 1_000_000) or 1
    log = audit.audit_log(session, actor(), case_code=case_code, page=page)
    return render_template(
        "admin/audit.html",
        events=log.events,
        case_code=case_code,
        codes=log.case_codes,
        log=log,
        staff=cases.coordinators(session),
    )


@bp.post("/cases/assign")
@requires(permissions.can_manage_users)
def assign_case() -> Response:
    """引き継ぎ: an admin gives a case (known by its code) to other coordinators."""
    session = db.session()
    code = request.form.get("code", "").strip()
    ids = {i for v in request.form.getlist("coordinators") if (i := parse_id(v))}
    try:
        case = cases.assign_by_code(session, actor(), code, ids)
    except NotFound as missing:
        session.rollback()
        flash(str(missing), "error")
        return redirect(url_for("admin.audit_log"))
    except InvalidData:
        session.rollback()
        flash(messages.CASE_CHOOSE_COORDINATORS, "error")
        return redirect(url_for("admin.audit_log", case=code))
    session.commit()
    flash(messages.CASE_COORDINATORS_CHANGED.format(code=case.code), "success")
    return redirect(url_for("admin.audit_log", case=code))
