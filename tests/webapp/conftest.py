"""Accounts for view tests: one per role, members of two different organizations.

``login(client, user)`` signs in through the real login form (CSRF token included);
``form_token(client)`` reads the CSRF token a logged-in page carries, for posting forms.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash
from werkzeug.test import TestResponse

import webapp.templating
from directory.models import Organization, User
from tests.factories import PASSWORD, make_user, organization
from webapp import create_app

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')

ORG_A = "chonai-johoku"  # 城北町町内会
ORG_B = "npo-hughug"


@contextmanager
def own_app(database_url: str, index: Path, uploads: Path, **config: Any) -> Iterator[Flask]:
    """An app of the test's own on real connections, not the per-test rollback one: what its
    requests commit is committed (the test deletes what it made), and how each transaction
    really ends is seen. Closed afterwards."""
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "SECRET_KEY": "own-app",
            "SEARCH_INDEX_DIR": str(index),
            "SEARCH_SYNC_ON_START": False,
            "IMPORT_UPLOAD_DIR": str(uploads),
            **config,
        }
    )
    try:
        yield app
    finally:
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


@dataclass(frozen=True)
class Accounts:
    admin: User
    coordinator: User
    member: User
    other_member: User
    org: Organization
    other_org: Organization


@pytest.fixture(scope="session")
def password_hash() -> str:
    return generate_password_hash(PASSWORD)


@pytest.fixture
def accounts(db_session: Session, password_hash: str) -> Accounts:
    def user(email: str, role: str, *orgs: str) -> User:
        return make_user(
            db_session, email=email, role=role, password_hash=password_hash, organizations=orgs
        )

    result = Accounts(
        admin=user("admin@example.jp", "admin"),
        coordinator=user("coord@example.jp", "coordinator"),
        member=user("member@example.jp", "org_member", ORG_A),
        other_member=user("other@example.jp", "org_member", ORG_B),
        org=organization(db_session, ORG_A),
        other_org=organization(db_session, ORG_B),
    )
    db_session.flush()
    return result


@pytest.fixture
def upload_dir(app: Flask, tmp_path: Path) -> Iterator[Path]:
    """The app's import uploads kept in the test's own folder (the import tests use it for each
    test: ``pytestmark = pytest.mark.usefixtures("upload_dir")``)."""
    original = app.config["IMPORT_UPLOAD_DIR"]
    app.config["IMPORT_UPLOAD_DIR"] = str(tmp_path / "imports")
    yield tmp_path / "imports"
    app.config["IMPORT_UPLOAD_DIR"] = original


def form_token(client: FlaskClient, path: str = "/login") -> str:
    match = _TOKEN.search(client.get(path).get_data(as_text=True))
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: FlaskClient, user: User, password: str = PASSWORD) -> TestResponse:
    token = form_token(client, "/login")
    return client.post(
        "/login", data={"email": user.email, "password": password, "csrf_token": token}
    )


@pytest.fixture
def login_as(client: FlaskClient, accounts: Accounts) -> Callable[[str], User]:
    """Sign the test client in as one of the accounts by role name ("member", "admin"…)."""

    def sign_in(role: str) -> User:
        user: User = getattr(accounts, role)
        response = login(client, user)
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return sign_in


def town_clock_at(monkeypatch: pytest.MonkeyPatch, instant: datetime) -> None:
    """The web app's clock (``webapp.templating.today``, the town's date) at ``instant``; the
    machine's date stays the real one, as a server's in UTC is not the town's."""

    class Clock(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> Clock:
            return cls.fromtimestamp(instant.timestamp(), tz)

    monkeypatch.setattr(webapp.templating, "datetime", Clock)


def post(client: FlaskClient, path: str, data: dict[str, object] | None = None) -> TestResponse:
    """POST a form as the browser would: with the page's CSRF token (a signed-in page's, or
    for a visitor not signed in, the login page's: residents' pages carry none)."""
    payload = dict(data or {})
    found = _TOKEN.search(client.get("/").get_data(as_text=True))
    payload["csrf_token"] = found.group(1) if found else form_token(client, "/login")
    return client.post(path, data=payload)


def map_points(script: str) -> list[dict[str, Any]]:
    """The listings a map script draws (webapp.maps.ListingMarkers writes them as JSON)."""
    found = re.search(r" draw\((\[.*?\])\);", script, re.S)
    assert found, "no listing markers in the map script"
    points: list[dict[str, Any]] = json.loads(found.group(1))
    return points
