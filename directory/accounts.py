"""Accounts (ログインする人): create and change users, and slow down password guessing.

Password hashing is the web layer's job (werkzeug); here a user only carries the hash, so the
domain never sees a password. An invited user has an empty hash until they choose a password.

Login throttling lives here, in the database, rather than in a per-process limiter: several
workers share the count, and a guesser cannot spread attempts over processes. Failures are
counted per e-mail address (protects one account from slow guessing) and per client address
(protects all accounts from one machine).

Login sessions live here too (``LoginSession``): the cookie carries a random token whose hash is
a row; logging out, changing the password, deactivating an account or changing its role deletes
rows, so a copy of an old cookie signs no one in.

Passwords: at least ``MIN_PASSWORD_LENGTH`` characters and not guessable — zxcvbn (Dropbox's
estimator, with its lists of common passwords, names, words and keyboard patterns) must rate
it at least ``MIN_PASSWORD_SCORE`` (about 10⁸ guesses), counting the person's own e-mail address
and name as known words.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from directory import contacts, labels
from directory.db import existing
from directory.errors import InvalidData
from directory.models import LoginAttempt, LoginSession, Organization, User, UserRole
from directory.permissions import Actor, can_manage_users, require

MIN_PASSWORD_LENGTH = 12
MIN_PASSWORD_SCORE = 3  # zxcvbn's scale 0–4; 3 is "safely unguessable" (10⁸ guesses and more)


@dataclass(frozen=True)
class LoginPolicy:
    """How many failed logins are tolerated within ``window`` before logins are refused."""

    per_account: int = 10
    per_client: int = 50
    window: timedelta = timedelta(minutes=15)
    keep: timedelta = timedelta(days=1)


@dataclass(frozen=True)
class UserData:
    email: str
    display_name: str
    role: str
    organization_ids: tuple[int, ...] = ()
    is_active: bool = True


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == normalize_email(email))).one_or_none()


def user_by_id(session: Session, user_id: int) -> User | None:
    """The user a signed token names (a password setup link), or None."""
    return session.get(User, user_id)


def users(session: Session, actor: Actor) -> list[User]:
    """Every account, by role then e-mail address: the admin's list."""
    require(can_manage_users(actor))
    return list(session.scalars(select(User).order_by(User.role, User.email)))


def get_user(session: Session, actor: Actor, user_id: int) -> User:
    """An account an admin is about to look at or change; ``NotFound`` when there is none."""
    require(can_manage_users(actor))
    user = existing(session, User, user_id)
    return user


def password_problems(
    password: str, confirmation: str | None = None, *, known: tuple[str, ...] = ()
) -> dict[str, str]:
    """Japanese messages for a new password that is too short, guessable or mistyped.

    ``known``: what an attacker knows of the person (e-mail address, name), which the password
    must not be built from.
    """
    errors: dict[str, str] = {}
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = labels.MSG_PASSWORD_SHORT.format(limit=MIN_PASSWORD_LENGTH)
    elif _guessable(password, known):
        errors["password"] = labels.MSG_PASSWORD_COMMON
    elif confirmation is not None and password != confirmation:
        errors["password_confirm"] = labels.MSG_PASSWORD_MISMATCH
    return errors


def _guessable(password: str, known: tuple[str, ...]) -> bool:
    from zxcvbn import zxcvbn  # imported here: its word lists take 0.2 s to load

    words = [w for text in known for w in re.split(r"[@.\s_-]+", text.lower()) if len(w) >= 3]
    # zxcvbn refuses more than 72 characters; a longer password is long enough anyway.
    score: int = zxcvbn(password[:72], user_inputs=words)["score"]
    return score < MIN_PASSWORD_SCORE


# ---- login sessions ----


@dataclass(frozen=True)
class SessionPolicy:
    """How long a login lasts: at most ``lifetime`` after signing in, and for staff (who see
    case data on shared PCs) at most ``staff_idle`` without a request."""

    lifetime: timedelta = timedelta(hours=8)
    staff_idle: timedelta = timedelta(minutes=30)

    def idle_limit(self, user: User) -> timedelta | None:
        return self.staff_idle if user.is_staff else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, user: User, now: datetime, policy: SessionPolicy) -> str:
    """Sign ``user`` in on one browser: the token to keep in its cookie."""
    session.execute(delete(LoginSession).where(LoginSession.created_at < now - policy.lifetime))
    token = secrets.token_urlsafe(32)
    session.add(LoginSession(token_hash=_token_hash(token), user_id=user.id, created_at=now))
    session.flush()
    user.session_token = token
    return token


def resume_session(
    session: Session, token: str, now: datetime, policy: SessionPolicy
) -> User | None:
    """The user a cookie's token signs in, or None when the session was ended or is too old."""
    if not token:
        return None
    row = session.scalars(
        select(LoginSession).where(LoginSession.token_hash == _token_hash(token))
    ).one_or_none()
    if row is None or row.created_at < now - policy.lifetime or not row.user.is_active:
        return None
    row.user.session_token = token
    return row.user


def end_session(session: Session, token: str) -> None:
    """ログアウト: this browser's session ends (other browsers stay signed in)."""
    if token:
        session.execute(delete(LoginSession).where(LoginSession.token_hash == _token_hash(token)))


def end_sessions(session: Session, user: User, *, keep: str = "") -> None:
    """End every session of ``user`` but the one whose token is ``keep``."""
    query = delete(LoginSession).where(LoginSession.user_id == user.id)
    if keep:
        query = query.where(LoginSession.token_hash != _token_hash(keep))
    session.execute(query)


def _validate(session: Session, data: UserData, user: User | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    email = normalize_email(data.email)
    if not contacts.is_email(email):
        errors["email"] = labels.MSG_EMAIL_INVALID
    else:
        other = find_user_by_email(session, email)
        if other is not None and other is not user:
            errors["email"] = labels.MSG_EMAIL_TAKEN
    if not data.display_name.strip():
        errors["display_name"] = labels.MSG_REQUIRED.format(field="表示名")
    elif len(data.display_name) > 100:
        errors["display_name"] = labels.MSG_TOO_LONG.format(field="表示名", limit=100)
    if data.role not in {r.value for r in UserRole}:
        errors["role"] = labels.MSG_UNKNOWN_CODE.format(field="役割", value=data.role)
    elif data.role == UserRole.ORG_MEMBER and not data.organization_ids:
        errors["organization_ids"] = labels.MSG_MEMBER_NEEDS_ORGANIZATION
    return errors


def _keep_an_admin(session: Session, data: UserData, user: User, actor: Actor) -> dict[str, str]:
    """Refuse to lock the admins out: nobody may stop or demote their own account (they would
    end their own session mid-task), and the last active admin may not be stopped or demoted
    by anyone (a loader included), or no one could reach the admin pages again."""
    deactivates = user.is_active and not data.is_active
    demotes = user.role is UserRole.ADMIN and data.role != UserRole.ADMIN.value
    if not (deactivates or demotes):
        return {}
    errors: dict[str, str] = {}
    if isinstance(actor, User) and actor.id == user.id:
        if deactivates:
            errors["is_active"] = labels.MSG_OWN_ACCOUNT_ACTIVE
        if demotes:
            errors["role"] = labels.MSG_OWN_ROLE
        return errors
    if user.role is not UserRole.ADMIN or not user.is_active:
        return {}
    # Locked (PostgreSQL) so two admins stopping each other at once cannot both succeed.
    others = session.scalars(
        select(User.id)
        .where(User.role == UserRole.ADMIN, User.is_active.is_(True), User.id != user.id)
        .with_for_update()
    ).all()
    if not others:
        if deactivates:
            errors["is_active"] = labels.MSG_LAST_ADMIN_ACTIVE
        if demotes:
            errors["role"] = labels.MSG_LAST_ADMIN_ROLE
    return errors


def save_user(
    session: Session,
    data: UserData,
    *,
    actor: Actor,
    user: User | None = None,
    password_hash: str = "",
) -> User:
    """Create a user (invited: no password yet unless ``password_hash``) or update ``user``.

    Admins only (``PermissionDenied``); ``flask create-user`` acts as a ``SystemActor``."""
    require(can_manage_users(actor))
    errors = _validate(session, data, user)
    if user is not None:
        errors = _keep_an_admin(session, data, user, actor) | errors
    if errors:
        raise InvalidData(errors)
    if user is None:
        user = User(password_hash=password_hash)
        session.add(user)
    elif (not data.is_active and user.is_active) or user.role != UserRole(data.role):
        end_sessions(session, user)  # a deactivated account, or new rights: sign in again
    user.email = normalize_email(data.email)
    user.display_name = data.display_name.strip()
    user.role = UserRole(data.role)
    user.is_active = data.is_active
    organizations = (
        list(
            session.scalars(select(Organization).where(Organization.id.in_(data.organization_ids)))
        )
        if data.role == UserRole.ORG_MEMBER
        else []
    )
    if data.role == UserRole.ORG_MEMBER and len(organizations) != len(set(data.organization_ids)):
        raise InvalidData({"organization_ids": labels.MSG_MEMBER_NEEDS_ORGANIZATION})
    user.organizations = organizations
    session.flush()
    return user


def set_password_hash(session: Session, user: User, password_hash: str, *, keep: str = "") -> None:
    """Store a new hash and end the user's other sessions (all but the one whose token is
    ``keep``: the person changing their own password stays signed in where they are)."""
    user.password_hash = password_hash
    end_sessions(session, user, keep=keep)


def login_blocked(
    session: Session, email: str, client: str, now: datetime, policy: LoginPolicy
) -> bool:
    """Whether too many recent failures came for this address or from this client."""
    since = now - policy.window
    recent = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.succeeded.is_(False), LoginAttempt.attempted_at > since)
    )
    by_account = session.scalar(recent.where(LoginAttempt.email == normalize_email(email))) or 0
    if by_account >= policy.per_account:
        return True
    by_client = session.scalar(recent.where(LoginAttempt.ip == client)) or 0
    return by_client >= policy.per_client


def record_login_attempt(
    session: Session,
    email: str,
    client: str,
    now: datetime,
    *,
    succeeded: bool,
    policy: LoginPolicy,
) -> None:
    """Remember an attempt; a success forgives earlier failures for that account."""
    address = normalize_email(email)[:254]
    session.execute(delete(LoginAttempt).where(LoginAttempt.attempted_at < now - policy.keep))
    if succeeded:
        session.execute(
            delete(LoginAttempt).where(
                LoginAttempt.email == address, LoginAttempt.succeeded.is_(False)
            )
        )
    session.add(LoginAttempt(email=address, ip=client[:64], attempted_at=now, succeeded=succeeded))
    session.flush()
