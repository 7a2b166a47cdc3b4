"""Object-level authorization, login walls, CSRF and inert HTML, route by route.

Every route that takes an organization's or a listing's id is tried by a member of *another*
organization, with GET and POST; every protected route by an anonymous visitor; the
coordinator and admin areas by roles below them.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from directory.listings import snapshot
from directory.models import Listing, ListingRevision, RevisionStatus, User, Visibility
from directory.revisions import latest_number, submit_revision
from tests.factories import NOW, PASSWORD, listing_by_key
from tests.webapp.conftest import Accounts, form_token, login, post
from tests.webapp.test_org_views import edit_form, pending_of

OTHER_LISTING = "a-johoku-ochakai"  # belongs to 城北町町内会 (ORG_A)


@pytest.fixture
def foreign(db_session: Session, accounts: Accounts) -> dict[str, int]:
    """Ids owned by organization A, which the other member (organization B) must not touch."""
    listing = listing_by_key(db_session, OTHER_LISTING)
    revision = submit_revision(
        db_session,
        listing,
        snapshot(listing),
        base_version=listing.version,
        author=accounts.member,
        now=NOW,
    )
    return {"org": accounts.org.id, "listing": listing.id, "revision": revision.id}


MEMBER_ROUTES = [
    ("GET", "/org/organizations/{org}/listings/new"),
    ("POST", "/org/organizations/{org}/listings/new"),
    ("GET", "/org/organizations/{org}/profile"),
    ("POST", "/org/organizations/{org}/profile"),
    ("GET", "/org/listings/{listing}/edit"),
    ("POST", "/org/listings/{listing}/edit"),
    ("POST", "/org/listings/{listing}/confirm"),
    ("GET", "/org/listings/{listing}/archive"),
    ("POST", "/org/listings/{listing}/archive"),
    ("GET", "/org/listings/{listing}/history"),
    ("POST", "/org/revisions/{revision}/withdraw"),
]
COORDINATOR_ROUTES = [
    ("GET", "/coord/"),
    ("GET", "/coord/reviews"),
    ("GET", "/coord/reviews/{revision}"),
    ("POST", "/coord/reviews/{revision}/approve"),
    ("POST", "/coord/reviews/{revision}/reject"),
    ("GET", "/coord/profile-reviews/1"),
    ("POST", "/coord/profile-reviews/1/approve"),
    ("POST", "/coord/profile-reviews/1/reject"),
]
ADMIN_ROUTES = [
    ("GET", "/admin/users"),
    ("GET", "/admin/users/new"),
    ("POST", "/admin/users/new"),
    ("GET", "/admin/users/1"),
    ("POST", "/admin/users/1"),
    ("POST", "/admin/users/1/setup-link"),
]
LOGGED_IN_ROUTES = [("GET", "/org/"), ("GET", "/account/password"), ("POST", "/account/password")]


def call(client: FlaskClient, method: str, path: str) -> int:
    if method == "GET":
        return client.get(path).status_code
    return post(client, path, {"base_version": "1", "base_number": "1", "name": "乗っ取り",
                               "reason": "x", "email": "x@example.jp", "role": "admin"}
                ).status_code  # fmt: skip


@pytest.mark.parametrize(("method", "route"), MEMBER_ROUTES)
def test_a_member_cannot_touch_another_organizations_data(
    client: FlaskClient,
    db_session: Session,
    accounts: Accounts,
    foreign: dict[str, int],
    method: str,
    route: str,
) -> None:
    listing = db_session.get(Listing, foreign["listing"])
    assert listing is not None
    before = (listing.version, listing.name, listing.verified_at, len(listing.revisions))
    login(client, accounts.other_member)
    assert call(client, method, route.format(**foreign)) == 403
    db_session.expire_all()
    assert (listing.version, listing.name, listing.verified_at, len(listing.revisions)) == before


@pytest.mark.parametrize(("method", "route"), COORDINATOR_ROUTES + ADMIN_ROUTES)
def test_a_member_cannot_use_coordinator_or_admin_pages(
    client: FlaskClient, accounts: Accounts, foreign: dict[str, int], method: str, route: str
) -> None:
    login(client, accounts.member)
    assert call(client, method, route.format(**foreign)) == 403


@pytest.mark.parametrize(("method", "route"), ADMIN_ROUTES)
def test_a_coordinator_cannot_manage_users(
    client: FlaskClient, accounts: Accounts, method: str, route: str
) -> None:
    login(client, accounts.coordinator)
    assert call(client, method, route) == 403


@pytest.mark.parametrize(
    ("method", "route"), MEMBER_ROUTES + COORDINATOR_ROUTES + ADMIN_ROUTES + LOGGED_IN_ROUTES
)
def test_anonymous_visitors_are_sent_to_login(
    client: FlaskClient, foreign: dict[str, int], method: str, route: str
) -> None:
    path = route.format(**foreign)
    if method == "GET":
        response = client.get(path)
        back = path
    else:
        # A form's URL may answer only POST: the way back is the page the form was on.
        back = "/account/password"
        response = client.post(
            path,
            data={"csrf_token": form_token(client, "/login")},
            headers={"Referer": f"http://localhost{back}"},
        )
    assert response.status_code == 302
    location = urlsplit(response.headers["Location"])
    assert location.path == "/login"
    assert parse_qs(location.query)["next"] == [back]


def test_ids_that_do_not_exist_are_not_found_not_errors(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    for path in ("/org/listings/999999/edit", "/coord/reviews/999999", "/admin/users/999999"):
        assert client.get(path).status_code in {403, 404}


def test_a_hidden_organization_field_cannot_move_a_listing(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OTHER_LISTING)
    login(client, accounts.member)
    form = edit_form(listing, db_session, organization_id=accounts.other_org.id,
                     organization=accounts.other_org.id)  # fmt: skip
    assert post(client, f"/org/listings/{listing.id}/edit", form).status_code == 302
    db_session.expire_all()
    assert listing.organization_id == accounts.org.id
    assert "organization" not in pending_of(db_session, listing).data


def test_a_member_cannot_approve_their_own_change(
    client: FlaskClient, db_session: Session, accounts: Accounts, foreign: dict[str, int]
) -> None:
    login(client, accounts.member)
    assert post(client, f"/coord/reviews/{foreign['revision']}/approve").status_code == 403
    revision = db_session.get(ListingRevision, foreign["revision"])
    assert revision is not None
    assert revision.status is RevisionStatus.PENDING


@pytest.mark.parametrize(
    "path",
    [
        "/login",
        "/logout",
        "/org/listings/{listing}/edit",
        "/org/listings/{listing}/confirm",
        "/coord/reviews/{revision}/approve",
        "/admin/users/new",
    ],
)
def test_posts_without_a_csrf_token_are_refused(
    client: FlaskClient,
    db_session: Session,
    accounts: Accounts,
    foreign: dict[str, int],
    path: str,
) -> None:
    login(client, accounts.admin)
    response = client.post(path.format(**foreign), data={"email": "x", "password": "y"})
    assert response.status_code == 400
    assert "ページを再読み込みしてから" in response.get_data(as_text=True)
    revision = db_session.get(ListingRevision, foreign["revision"])
    assert revision is not None
    assert revision.status is RevisionStatus.PENDING


SCRIPT = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'


def test_html_in_any_field_is_shown_as_text_everywhere(
    app: Flask, client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    listing = listing_by_key(db_session, OTHER_LISTING)
    login(client, accounts.member)
    form = edit_form(listing, db_session, name=f"お茶会{SCRIPT}", description=f"紹介{IMG}",
                     schedule_text=f"毎週水曜日 14:00〜16:00 {SCRIPT}",
                     note=SCRIPT)  # fmt: skip
    assert post(client, f"/org/listings/{listing.id}/edit", form).status_code == 302
    revision = pending_of(db_session, listing)

    coordinator = app.test_client()
    login(coordinator, accounts.coordinator)
    pages = [
        coordinator.get(f"/coord/reviews/{revision.id}"),
        coordinator.get("/coord/reviews"),
        client.get(f"/org/listings/{listing.id}/history"),
        client.get("/org/"),
    ]
    post(coordinator, f"/coord/reviews/{revision.id}/approve")
    public = app.test_client()
    pages += [
        public.get(f"/listings/{listing.id}"),
        public.get("/listings?area=daiichi"),
        client.get(f"/org/listings/{listing.id}/edit"),
    ]
    for response in pages:
        html = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "<script>alert" not in html
        assert "<img src=x" not in html
    detail = pages[4].get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in detail
    assert "&lt;img src=x" in detail


def test_coordinator_only_listings_open_for_coordinators_and_not_for_members(
    client: FlaskClient, db_session: Session, accounts: Accounts
) -> None:
    hidden = db_session.query(Listing).filter_by(visibility=Visibility.COORDINATORS).first()
    assert hidden is not None
    login(client, accounts.member)
    assert client.get(f"/listings/{hidden.id}").status_code == 404
    post(client, "/logout")
    login(client, accounts.coordinator)
    page = client.get(f"/listings/{hidden.id}")
    assert page.status_code == 200
    assert hidden.name in page.get_data(as_text=True)


def test_stale_base_numbers_cannot_overwrite_a_pending_change(
    client: FlaskClient, db_session: Session, accounts: Accounts, foreign: dict[str, int]
) -> None:
    listing = listing_by_key(db_session, OTHER_LISTING)
    login(client, accounts.member)
    form = edit_form(listing, db_session, name="古い画面からの送信")
    form["base_number"] = str(latest_number(db_session, listing) - 1)
    assert post(client, f"/org/listings/{listing.id}/edit", form).status_code == 409
    assert pending_of(db_session, listing).id == foreign["revision"]


# ---- hostile input: ids beyond the database, NUL bytes, bytes that are not UTF-8 ----


@pytest.mark.parametrize(
    "path",
    [
        "/listings/2147483648",
        "/listings/99999999999999999999999",
        "/organizations/2147483648",
        "/api/v1/listings/2147483648",
        "/listings/9999999999999999999999999/map.js",
    ],
)
def test_ids_beyond_what_the_database_holds_are_not_found(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_a_nul_byte_in_the_login_form_gets_a_japanese_400(
    client: FlaskClient, accounts: Accounts
) -> None:
    token = form_token(client, "/login")
    response = client.post(
        "/login",
        data={"email": "coord@example.jp\x00", "password": "x", "csrf_token": token},
    )
    assert response.status_code == 400
    assert "使えない文字" in response.get_data(as_text=True)


def test_bytes_that_are_not_utf8_in_a_query_or_a_form_get_a_japanese_400(
    client: FlaskClient,
) -> None:
    page = client.get("/search", query_string="q=%FF%FE")
    assert page.status_code == 400
    assert "使えない文字" in page.get_data(as_text=True)
    api = client.get("/api/v1/listings", query_string="q=%C3")
    assert api.status_code == 400
    assert api.get_json()["error"]["code"] == "invalid_characters"
    token = form_token(client, "/login")
    raw = b"email=\xff\xfe&password=x&csrf_token=" + token.encode()
    response = client.post("/login", data=raw, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_a_nul_byte_in_a_listing_edit_never_becomes_a_pending_change(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
) -> None:
    login_as("member")
    listing = listing_by_key(db_session, OTHER_LISTING)
    before = latest_number(db_session, listing)
    form = edit_form(listing, db_session, description="お茶\x00会")
    response = post(client, f"/org/listings/{listing.id}/edit", form)
    assert response.status_code == 400
    db_session.expire_all()
    assert latest_number(db_session, listing) == before


@pytest.mark.parametrize(
    "target",
    ["/\r\nSet-Cookie: stolen=1", "/coord/\nx", "/\\evil.example", "/\\/evil.example", "/ /x"],
)
def test_a_next_with_line_breaks_or_backslashes_is_ignored(
    client: FlaskClient, accounts: Accounts, target: str
) -> None:
    token = form_token(client, "/login")
    response = client.post(
        "/login",
        query_string={"next": target},
        data={"email": accounts.coordinator.email, "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/coord/"
    assert "stolen" not in str(response.headers)
