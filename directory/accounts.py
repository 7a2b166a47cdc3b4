"""Accounts (ログインする人): create and change users, and slow down password guessing.

Password hashing is the web layer's job (werkzeug); here a user only carries the hash, so the
domain never sees a password. An invited user has an empty hash until they choose a password.

Login throttling lives here, in the database, rather than in a per-process limiter: several
workers share the count, and a guesser cannot spread attempts over processes. Failures are
counted per e-mail address (protects one account from slow guessing) and per client address
(protects all accounts from one machine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from directory import labels
from directory.errors import InvalidData
from directory.models import LoginAttempt, Organization, User, UserRole

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD_LENGTH = 10


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


def password_problems(password: str, confirmation: str | None = None) -> dict[str, str]:
    """Japanese messages for a new password that is too weak or was mistyped."""
    errors: dict[str, str] = {}
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = labels.MSG_PASSWORD_SHORT.format(limit=MIN_PASSWORD_LENGTH)
    elif confirmation is not None and password != confirmation:
        errors["password_confirm"] = labels.MSG_PASSWORD_MISMATCH
    return errors


def _validate(session: Session, data: UserData, user: User | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    email = normalize_email(data.email)
    if not _EMAIL.match(email) or len(email) > 254:
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


def save_user(
    session: Session, data: UserData, *, user: User | None = None, password_hash: str = ""
) -> User:
    """Create a user (invited: no password yet unless ``password_hash``) or update ``user``."""
    errors = _validate(session, data, user)
    if errors:
        raise InvalidData(errors)
    if user is None:
        user = User(password_hash=password_hash)
        session.add(user)
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


def set_password_hash(user: User, password_hash: str) -> None:
    """Store a new hash; the login-session id changes with it, so other sessions end."""
    user.password_hash = password_hash


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
