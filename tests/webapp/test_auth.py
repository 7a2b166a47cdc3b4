"""Logging in and out, the login limit, passwords, and admin invitations."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import LoginSession, User
from tests.factories import PASSWORD, make_user
from tests.webapp.conftest import Accounts, form_token, login, post

WRONG = "wrong-password-123"  # noqa: S105


def test_a_member_lands_on_the_organization_page_after_login(
    client: FlaskClient, accounts: Accounts
) -> None:
    response = login(client, accounts.member)
    assert response.status_code == 302
    assert response.headers["Location"] == "/org/"
    page = client.get("/org/").get_data(as_text=True)
    assert "城北町集会所のお茶会" in page
    assert "ログアウト" in page


def test_a_coordinator_lands_on_the_coordinator_dashboard(
    client: FlaskClient, accounts: Accounts
) -> None:
    assert login(client, accounts.coordinator).headers["Location"] == "/coord/"


def test_a_wrong_password_is_refused_in_japanese_and_keeps_the_address(
    client: FlaskClient, accounts: Accounts
) -> None:
    response = login(client, accounts.member, WRONG)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "メールアドレスまたはパスワードが正しくありません" in page
    assert 'value="member@example.jp"' in page
    assert client.get("/org/").status_code == 302  # still not logged in


def test_an_unknown_address_gets_the_same_message_as_a_wrong_password(
    client: FlaskClient, accounts: Accounts
) -> None:
    token = form_token(client)
    response = client.post(
        "/login", data={"email": "nobody@example.jp", "password": WRONG, "csrf_token": token}
    )
    assert "メールアドレスまたはパスワードが正しくありません" in response.get_data(as_text=True)


def test_twenty_wrong_passwords_trigger_the_login_limit(
    client: FlaskClient, accounts: Accounts
) -> None:
    statuses = [login(client, accounts.member, WRONG).status_code for _ in range(20)]
    assert statuses[:10] == [200] * 10
    assert set(statuses[10:]) == {429}
    response = login(client, accounts.member)  # even the right password waits now
    assert response.status_code == 429
    assert "ログインを一時的に止めています" in response.get_data(as_text=True)
    # Other accounts are not locked out by someone guessing this one.
    assert login(client, accounts.coordinator).status_code == 302


def test_the_session_cookie_is_http_only_and_same_site(
    client: FlaskClient, accounts: Accounts
) -> None:
    response = login(client, accounts.member)
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_logout_ends_the_session(client: FlaskClient, login_as: Callable[[str], User]) -> None:
    login_as("member")
    response = post(client, "/logout")
    assert response.status_code == 302
    assert client.get("/org/").status_code == 302


def _session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def test_a_cookie_copied_before_logout_no_longer_signs_in(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    copied = _session_cookie(client)
    assert client.get("/coord/").status_code == 200
    post(client, "/logout")
    client.set_cookie("session", copied)  # e.g. left behind on a shared PC, or stolen
    response = client.get("/coord/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


def test_deactivating_an_account_ends_its_sessions_at_once(
    app: Flask, client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    member_device = app.test_client()
    assert login(member_device, accounts.member).status_code == 302
    assert member_device.get("/org/").status_code == 200
    login_as("admin")
    page = client.get(f"/admin/users/{accounts.member.id}").get_data(as_text=True)
    assert "城北町町内会" in page
    response = post(
        client,
        f"/admin/users/{accounts.member.id}",
        {
            "email": accounts.member.email,
            "display_name": accounts.member.display_name,
            "role": "org_member",
            "organization_ids": [accounts.org.id],
        },  # no is_active: the box is unticked
    )
    assert response.status_code == 302
    assert member_device.get("/org/").status_code == 302


def _own_account_form(admin: User, **changes: object) -> dict[str, object]:
    form: dict[str, object] = {
        "email": admin.email,
        "display_name": admin.display_name,
        "role": "admin",
        "is_active": "1",
    }
    form.update(changes)
    return {k: v for k, v in form.items() if v is not None}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"is_active": None}, "自分のアカウントはログインできないようにできません"),
        ({"role": "coordinator"}, "自分の役割は変えられません"),
    ],
)
def test_an_admin_cannot_lock_themself_out_of_the_admin_pages(
    client: FlaskClient,
    login_as: Callable[[str], User],
    changes: dict[str, object],
    message: str,
) -> None:
    admin = login_as("admin")
    response = post(client, f"/admin/users/{admin.id}", _own_account_form(admin, **changes))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(rf'class="field-error"[^>]*>{message}', page)
    assert admin.email in page  # the form is shown again with what was typed
    assert client.get("/admin/users").status_code == 200  # still signed in, still an admin


def test_an_admin_may_stop_another_admin_while_one_remains(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    password_hash: str,
) -> None:
    second = make_user(
        db_session, email="admin2@example.jp", role="admin", password_hash=password_hash
    )
    login_as("admin")
    response = post(client, f"/admin/users/{second.id}", _own_account_form(second, is_active=None))
    assert response.status_code == 302
    db_session.refresh(second)
    assert not second.is_active


def _age_the_activity(client: FlaskClient, minutes: int) -> None:
    with client.session_transaction() as session:
        session["_seen"] -= minutes * 60


def test_an_idle_coordinator_session_ends_after_thirty_minutes(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _age_the_activity(client, 29)
    assert client.get("/coord/").status_code == 200  # still active, and the clock restarts
    _age_the_activity(client, 29)
    assert client.get("/coord/").status_code == 200
    _age_the_activity(client, 31)
    response = client.get("/coord/")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "しばらく操作がなかったため、ログアウトしました" in page


def _login_next(location: str) -> str | None:
    """Where the login page will return to (None: the user's home page)."""
    parts = urlsplit(location)
    assert parts.path == "/login"
    return parse_qs(parts.query).get("next", [None])[0]


def _flashes(page: str) -> list[str]:
    return re.findall(r'<p class="flash flash-\w+">([^<]*)</p>', page)


def _notices(page: str) -> list[str]:
    """Messages of the page, flashed or shown in place of a form's answer."""
    return re.findall(r'<p class="flash flash-\w+"(?: role="alert")?>([^<]*)</p>', page)


def test_a_form_sent_after_the_idle_limit_comes_back_to_its_page_after_login(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    # A coordinator opens a review, is away past the limit, then sends 差し戻す: the form's
    # URL answers only POST, so going back there after login would be a 405.
    login_as("coordinator")
    token = form_token(client, "/coord/reviews")
    _age_the_activity(client, 31)
    response = client.post(
        "/coord/reviews/7/reject",
        data={"csrf_token": token, "reason": "日時を確認してください"},
        headers={"Referer": "http://localhost/coord/reviews?sort=old"},
    )
    # The login page answers in place (the reason typed is shown to copy: a redirect would
    # drop it; tests/webapp/test_unsent_forms.py), and returns to the review list.
    assert response.status_code == 401
    page = response.get_data(as_text=True)
    assert _notices(page) == [
        "しばらく操作がなかったため、ログアウトしました。最後に送信した内容は保存されていません。"
        "もう一度ログインしてから、送信し直してください。"
    ]
    assert 'readonly rows="2">日時を確認してください</textarea>' in page
    assert 'name="next" value="/coord/reviews?sort=old"' in page
    data = {"email": accounts.coordinator.email, "password": PASSWORD,
            "csrf_token": form_token(client), "next": "/coord/reviews?sort=old"}  # fmt: skip
    after = client.post("/login", data=data)
    assert after.headers["Location"] == "/coord/reviews?sort=old"
    assert client.get(after.headers["Location"]).status_code == 200


def test_a_form_sent_after_the_idle_limit_without_a_page_of_this_site_goes_home(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    token = form_token(client, "/coord/")
    for referer in (None, "https://evil.example/coord/", "http://localhost/coord/reviews/7/reject",
                    "http://localhost//evil.example/"):  # fmt: skip
        with client.session_transaction() as session:
            session["_seen"] = 0  # long ago
        headers = {"Referer": referer} if referer else {}
        response = client.post(
            "/coord/reviews/7/approve", data={"csrf_token": token}, headers=headers
        )
        assert _login_next(response.headers["Location"]) is None, referer
        client.get("/login")  # the message is read
        login_as("coordinator")
        token = form_token(client, "/coord/")


def test_a_form_sent_after_logging_out_elsewhere_says_it_was_not_saved(
    client: FlaskClient, accounts: Accounts
) -> None:
    token = form_token(client)  # signed out (another tab logged out): the form is still open
    response = client.post(
        f"/org/organizations/{accounts.org.id}/profile",
        data={"csrf_token": token, "name": "城北町町内会"},
        headers={"Referer": f"http://localhost/org/organizations/{accounts.org.id}/profile"},
    )
    assert response.status_code == 401  # the login page in place, with the name typed
    page = response.get_data(as_text=True)
    assert f'name="next" value="/org/organizations/{accounts.org.id}/profile"' in page
    assert _notices(page) == [
        "ログインが切れていたため、送信した内容は保存されていません。"
        "もう一度ログインしてから、送信し直してください。"
    ]
    assert ">城北町町内会</textarea>" in page


def test_an_idle_logout_on_a_link_says_so_once(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _age_the_activity(client, 31)
    response = client.get("/coord/reviews")
    assert _login_next(response.headers["Location"]) == "/coord/reviews"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert _flashes(page) == [
        "しばらく操作がなかったため、ログアウトしました。もう一度ログインしてください。"
    ]


def test_the_idle_limit_is_configurable_and_members_are_not_cut_off(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("member")
    _age_the_activity(client, 120)
    assert client.get("/org/").status_code == 200  # organizations see no case data
    post(client, "/logout")
    app.config["SESSION_IDLE_MINUTES"] = 5
    try:
        login_as("admin")
        _age_the_activity(client, 6)
        assert client.get("/coord/").status_code == 302
    finally:
        app.config["SESSION_IDLE_MINUTES"] = 30


def test_a_session_ends_eight_hours_after_login_even_when_active(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("member")
    for row in db_session.scalars(select(LoginSession)):
        row.created_at -= timedelta(hours=8, minutes=1)
    db_session.flush()
    assert client.get("/org/").status_code == 302


def test_login_only_returns_to_pages_of_this_site(client: FlaskClient, accounts: Accounts) -> None:
    token = form_token(client)
    data = {"email": accounts.member.email, "password": PASSWORD, "csrf_token": token}
    response = client.post("/login?next=https://evil.example/", data=data)
    assert response.headers["Location"] == "/org/"
    client.post("/logout", data={"csrf_token": form_token(client, "/")})
    data["csrf_token"] = form_token(client)
    response = client.post("/login?next=/org/listings/1/history", data=data)
    assert response.headers["Location"] == "/org/listings/1/history"


def test_anonymous_users_are_sent_to_login_with_a_way_back(client: FlaskClient) -> None:
    response = client.get("/org/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_a_deactivated_user_cannot_log_in(
    client: FlaskClient, accounts: Accounts, db_session: Session
) -> None:
    accounts.member.is_active = False
    db_session.flush()
    assert login(client, accounts.member).status_code == 200
    assert client.get("/org/").status_code == 302


def test_changing_the_password_ends_other_sessions(
    app: Flask, client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    other_device = app.test_client()
    login_as("member")
    assert login(other_device, accounts.member).status_code == 302

    bad = post(client, "/account/password", {"current_password": WRONG, "password": "x"})
    assert bad.status_code == 400
    assert "いまのパスワードが正しくありません" in bad.get_data(as_text=True)

    new = "a-much-better-passphrase"
    response = post(
        client,
        "/account/password",
        {"current_password": PASSWORD, "password": new, "password_confirm": new},
    )
    assert response.status_code == 302
    assert client.get("/org/").status_code == 200  # this session continues
    assert other_device.get("/org/").status_code == 302  # the other one ended
    assert login(other_device, accounts.member, new).status_code == 302


def test_a_short_or_mistyped_new_password_is_explained(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("member")
    short = post(
        client,
        "/account/password",
        {"current_password": PASSWORD, "password": "short", "password_confirm": "short"},
    )
    assert "パスワードは12文字以上にしてください" in short.get_data(as_text=True)
    common = post(
        client,
        "/account/password",
        {
            "current_password": PASSWORD,
            "password": "password1234",
            "password_confirm": "password1234",
        },
    )
    assert common.status_code == 400
    assert "推測されやすいパスワードです" in common.get_data(as_text=True)
    typo = post(
        client,
        "/account/password",
        {
            "current_password": PASSWORD,
            "password": "long-enough-1",
            "password_confirm": "long-enough-2",
        },
    )
    assert "確認用のパスワードが一致しません" in typo.get_data(as_text=True)


def _setup_link(page: str) -> str:
    match = re.search(r'value="http://localhost(/account/setup/[^"]+)"', page)
    assert match, page
    return match.group(1)


def test_an_admin_invites_a_member_who_sets_a_password_once(
    app: Flask, client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("admin")
    response = post(
        client,
        "/admin/users/new",
        {
            "email": "Newcomer@Example.jp",
            "display_name": "新しい担当者",
            "role": "org_member",
            "organization_ids": str(accounts.org.id),
            "is_active": "1",
        },
    )
    assert response.status_code == 200
    link = _setup_link(response.get_data(as_text=True))

    newcomer = app.test_client()
    assert "新しい担当者 さん" in newcomer.get(link).get_data(as_text=True)
    token = form_token(newcomer, link)
    chosen = "my-own-passphrase"
    done = newcomer.post(
        link, data={"password": chosen, "password_confirm": chosen, "csrf_token": token}
    )
    assert done.status_code == 302
    assert newcomer.get(link).status_code == 404  # used links stop working
    token = form_token(newcomer)
    logged_in = newcomer.post(
        "/login", data={"email": "newcomer@example.jp", "password": chosen, "csrf_token": token}
    )
    assert logged_in.headers["Location"] == "/org/"
    assert "城北町集会所のお茶会" in newcomer.get("/org/").get_data(as_text=True)


def test_an_admin_form_with_mistakes_keeps_what_was_typed(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("admin")
    response = post(
        client,
        "/admin/users/new",
        {"email": accounts.member.email, "display_name": "重複さん", "role": "org_member"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "このメールアドレスはすでに登録されています" in page
    assert "所属する団体を1つ以上選んでください" in page
    assert 'value="重複さん"' in page


def test_a_password_reset_link_works_and_the_old_password_stops(
    app: Flask, client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("admin")
    page = post(client, f"/admin/users/{accounts.member.id}/setup-link").get_data(as_text=True)
    link = _setup_link(page)
    member = app.test_client()
    token = form_token(member, link)
    new = "reset-passphrase-1"
    member.post(link, data={"password": new, "password_confirm": new, "csrf_token": token})
    assert login(member, accounts.member).status_code == 200  # old password refused
    assert login(member, accounts.member, new).status_code == 302


def test_a_tampered_setup_link_is_refused_calmly(client: FlaskClient) -> None:
    response = client.get("/account/setup/not-a-real-token")
    assert response.status_code == 404
    assert "このリンクは使えません" in response.get_data(as_text=True)
