"""Logging in and out, changing a password, and the links admins hand out to set one.

flask-login keeps a login-session token in the signed session cookie (HttpOnly, SameSite=Lax;
Secure by configuration); the session itself is a row on the server (``accounts.start_session``).
Logging out deletes it, so a copy of the cookie taken before stops working; changing or resetting
a password ends every other session of that user, and deactivating an account all of them.
Staff sessions (case data, often on shared PCs) also end after ``SESSION_IDLE_MINUTES`` without
a request: the time of the last request is kept in the signed cookie, so staying active costs
no database write.

Admins do not send e-mail from here (many municipal networks cannot): creating a user or
resetting a password shows a one-time link (signed, expires, and stops working once a password
is set with it) that the admin passes on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    after_this_request,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import LoginManager, current_user, login_required, login_user, logout_user
from flask_wtf.csrf import generate_csrf
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.wrappers import Response

from directory import accounts
from directory.models import User
from webapp import db, messages, unsent
from webapp.templating import now_utc

bp = Blueprint("auth", __name__)
login_manager = LoginManager()

SETUP_LINK_MAX_AGE = timedelta(days=7)
# Computed once so that a login for an unknown address costs as much as a wrong password.
_DUMMY_HASH = generate_password_hash("never-a-real-password")

F = TypeVar("F", bound=Callable[..., Any])


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.unauthorized_handler(_to_login)
    login_manager.session_protection = "strong"
    app.jinja_env.globals["MIN_PASSWORD_LENGTH"] = accounts.MIN_PASSWORD_LENGTH
    app.register_blueprint(bp)


IDLE_KEY = "_seen"  # epoch seconds of the last request, in the signed session cookie
IDLE_RESOLUTION = 60  # seconds: the cookie is rewritten at most once a minute


def session_policy() -> accounts.SessionPolicy:
    return accounts.SessionPolicy(
        lifetime=timedelta(seconds=current_app.config["PERMANENT_SESSION_LIFETIME"]),
        staff_idle=timedelta(minutes=current_app.config["SESSION_IDLE_MINUTES"]),
    )


@login_manager.user_loader
def _load_user(token: str) -> User | None:
    policy = session_policy()
    now = now_utc()
    user = accounts.resume_session(db.session(), token, now, policy)
    if user is None:
        return None
    seen = session.get(IDLE_KEY)
    idle = policy.idle_limit(user)
    if idle is not None and (
        not isinstance(seen, int) or now.timestamp() - seen > idle.total_seconds()
    ):
        # Any copy of this cookie carries the same or an older time, so it is expired too.
        session.clear()
        g.session_expired = True
        if request.method in _READS:
            flash(messages.SESSION_EXPIRED, "info")
        else:
            after_this_request(_tell_expired_unless_told)
        return None
    if not isinstance(seen, int) or now.timestamp() - seen >= IDLE_RESOLUTION:
        session[IDLE_KEY] = int(now.timestamp())
    return user


_READS = ("GET", "HEAD")


def _tell_expired_unless_told(response: Response) -> Response:
    """A form sent to a page anyone may use (a resident's report) after the limit: the sender
    learns about the logout on the next page. A form that needed the login was told already."""
    if not g.get("told_to_log_in"):
        flash(messages.SESSION_EXPIRED, "info")
    return response


def _to_login() -> Response:
    """A page that needs a login, asked for without one: the login page, then back.

    A link (GET) comes back to itself. A form sent (POST) cannot be sent again by a redirect,
    and its URL usually answers only POST, so the way back is the page the form was on, when
    the Referer names a page of this site (else the person's home page), and the one message
    says that what was sent was not saved. When the form carried words a person typed, the
    login page is shown in its place with those words to copy (``webapp.unsent``).
    """
    expired = bool(g.get("session_expired"))
    g.told_to_log_in = True
    if request.method in _READS:
        back = _path_of(request.url)
        if not expired:  # when it is, the user loader has said so
            flash(messages.LOGIN_REQUIRED, "info")
    else:
        back = _page_to_return_to(request.referrer)
        notice = messages.SESSION_EXPIRED_UNSAVED if expired else messages.LOGIN_REQUIRED_UNSAVED
        if texts := unsent.typed_text():
            return _login_page_keeping(texts, notice, back)
        flash(notice, "info")
    return redirect(url_for("auth.login", next=back) if back else url_for("auth.login"))


def _login_page_keeping(texts: list[str], notice: str, back: str | None) -> Response:
    """The login page in place of the form's answer, with the words the form carried: a
    redirect would drop them, and the form's page, gone back to, is often empty."""
    page = render_template(
        "auth/login.html", email="", next=back, error=None, notice=notice, unsent=texts
    )
    response = Response(page, 401, content_type="text/html; charset=utf-8")
    response.cache_control.no_store = True  # the words may be about a person
    response.cache_control.private = True
    return response


def _path_of(url: str | None) -> str | None:
    """The path and query of a URL of this site (this host), for ``next``; else None.
    Only the path is kept, so the scheme (a proxy's https) does not matter."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != request.host:
        return None
    return _safe_next(parts.path + (f"?{parts.query}" if parts.query else ""))


def _page_to_return_to(referrer: str | None) -> str | None:
    """The page a form was sent from, when this site shows it to GET: a form shown again by
    its POST-only URL (差し戻し without a reason) would otherwise end in a 405 once more."""
    path = _path_of(referrer)
    if path is None:
        return None
    route = urlsplit(path).path.removeprefix(request.script_root)
    try:
        current_app.url_map.bind(request.host, request.script_root or "/").match(
            route, method="GET"
        )
    except RequestRedirect:
        return path  # e.g. a missing trailing slash: GET still arrives
    except HTTPException:
        return None
    return path


def signed_in_user() -> User | None:
    """The logged-in user, or None for an anonymous resident."""
    if current_user.is_authenticated:
        return cast(User, current_user._get_current_object())
    return None


def actor() -> User:
    """The logged-in user in a view that requires login."""
    user = signed_in_user()
    if user is None:  # pragma: no cover - guarded by login_required
        abort(401)
    return user


def requires(check: Callable[[User], bool]) -> Callable[[F], F]:
    """Login required, then ``check(user)`` or 403."""

    def decorator(view: F) -> F:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not check(actor()):
                abort(403)
            return view(*args, **kwargs)

        return cast(F, wrapped)

    return decorator


def home_for(user: User) -> str:
    return url_for("coord.dashboard") if user.is_staff else url_for("org.dashboard")


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths: a login link must not send people to another site.

    Whitespace and control characters (CR/LF would split the Location header) and backslashes
    (browsers read ``/\\host`` as ``//host``) make the target ignored, not an error.
    """
    if not target or any(c.isspace() or c == "\\" or ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _policy() -> accounts.LoginPolicy:
    return accounts.LoginPolicy(
        per_account=current_app.config["LOGIN_FAILURES_PER_ACCOUNT"],
        per_client=current_app.config["LOGIN_FAILURES_PER_CLIENT"],
        window=timedelta(minutes=current_app.config["LOGIN_BLOCK_MINUTES"]),
    )


@bp.route("/login", methods=["GET", "POST"])
def login() -> str | Response | tuple[str, int]:
    if (user := signed_in_user()) is not None:
        return redirect(home_for(user))
    next_url = _safe_next(request.values.get("next"))
    if request.method == "GET":
        return render_template("auth/login.html", email="", next=next_url, error=None)

    email = request.form.get("email", "").strip()
    password = request.form.get("password", "")
    client = request.remote_addr or "unknown"
    session_db = db.session()
    now = now_utc()
    policy = _policy()
    if accounts.login_blocked(session_db, email, client, now, policy):
        minutes = current_app.config["LOGIN_BLOCK_MINUTES"]
        error = messages.LOGIN_BLOCKED.format(minutes=minutes)
        return render_template("auth/login.html", email=email, next=next_url, error=error), 429

    user = accounts.find_user_by_email(session_db, email) if email else None
    password_ok = check_password_hash(
        user.password_hash if user and user.has_password else _DUMMY_HASH, password
    )
    if user is None or not user.is_active or not user.has_password or not password_ok:
        accounts.record_login_attempt(
            session_db, email, client, now, succeeded=False, policy=policy
        )
        session_db.commit()
        error = messages.LOGIN_FAILED
        return render_template("auth/login.html", email=email, next=next_url, error=error), 200

    accounts.record_login_attempt(session_db, email, client, now, succeeded=True, policy=policy)
    user.last_login_at = now
    accounts.start_session(session_db, user, now, session_policy())
    session_db.commit()
    session.clear()
    session.permanent = True  # ends after PERMANENT_SESSION_LIFETIME even if the tab stays open
    session[IDLE_KEY] = int(now.timestamp())
    login_user(user)
    return redirect(next_url or home_for(user))


@bp.post("/logout")
def logout() -> Response:
    if (user := signed_in_user()) is not None:
        accounts.end_session(db.session(), user.session_token)
        db.session().commit()
    logout_user()
    session.clear()
    flash(messages.LOGGED_OUT, "info")
    return redirect(url_for("public.home"))


@bp.get("/account/session")
def session_state() -> Response:
    """Whether the login still stands, with the session's form token, for the pages' script
    (static/js/session-keeper.js). Asked while someone types, it is activity like any request
    (the idle clock restarts); asked after the limit, it answers ``signed_in: false`` and the
    form's words stay in the page."""
    user = signed_in_user()
    state = {"signed_in": user is not None, "csrf_token": generate_csrf() if user else None}
    response = jsonify(state)
    response.cache_control.no_store = True
    response.cache_control.private = True
    return response


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password() -> str | Response | tuple[str, int]:
    user = actor()
    if request.method == "GET":
        return render_template("auth/password.html", errors={})
    errors: dict[str, str] = {}
    if not check_password_hash(user.password_hash, request.form.get("current_password", "")):
        errors["current_password"] = messages.CURRENT_PASSWORD_WRONG
    new = request.form.get("password", "")
    errors |= accounts.password_problems(
        new, request.form.get("password_confirm", ""), known=_known_of(user)
    )
    if errors:
        return render_template("auth/password.html", errors=errors), 400
    # Every other browser signed in as this user is signed out; this one stays.
    accounts.set_password_hash(
        db.session(), user, generate_password_hash(new), keep=user.session_token
    )
    db.session().commit()
    flash(messages.PASSWORD_CHANGED, "success")
    return redirect(home_for(user))


def _known_of(user: User) -> tuple[str, ...]:
    return (user.email, user.display_name)


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="account-setup")


def setup_link(user: User) -> str:
    """A one-time link to choose a password (for an invitation or a reset)."""
    token = _serializer().dumps([user.id, user.password_fingerprint])
    return url_for("auth.setup_password", token=token, _external=True)


def _user_for_token(token: str) -> User | None:
    try:
        user_id, fingerprint = _serializer().loads(
            token, max_age=int(SETUP_LINK_MAX_AGE.total_seconds())
        )
    except (BadSignature, SignatureExpired, ValueError, TypeError):
        return None
    user = accounts.user_by_id(db.session(), user_id) if isinstance(user_id, int) else None
    if user is None or not user.is_active or user.password_fingerprint != fingerprint:
        return None
    return user


@bp.route("/account/setup/<token>", methods=["GET", "POST"])
def setup_password(token: str) -> str | Response | tuple[str, int]:
    user = _user_for_token(token)
    if user is None:
        return render_template("auth/setup_invalid.html"), 404
    if request.method == "GET":
        return render_template("auth/setup.html", user=user, errors={})
    new = request.form.get("password", "")
    errors = accounts.password_problems(
        new, request.form.get("password_confirm", ""), known=_known_of(user)
    )
    if errors:
        return render_template("auth/setup.html", user=user, errors=errors), 400
    accounts.set_password_hash(db.session(), user, generate_password_hash(new))
    db.session().commit()
    logout_user()
    session.clear()
    flash(messages.PASSWORD_SET, "success")
    return redirect(url_for("auth.login"))
