"""Accounts: validation, object-level permissions, login throttling, freshness."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from directory.accounts import (
    LoginPolicy,
    UserData,
    login_blocked,
    password_problems,
    record_login_attempt,
    save_user,
)
from directory.errors import InvalidData
from directory.freshness import stale_listings
from directory.models import User, UserRole
from directory.permissions import can_edit_listing, can_manage_users, can_review
from tests.factories import LOADER, NOW, TODAY, listing_by_key, make_listing, organization

POLICY = LoginPolicy(per_account=3, per_client=5, window=timedelta(minutes=15))


def fail(session: Session, email: str, client: str = "10.0.0.1", minutes_ago: int = 0) -> None:
    when = NOW - timedelta(minutes=minutes_ago)
    record_login_attempt(session, email, client, when, succeeded=False, policy=POLICY)


def test_failures_within_the_window_block_that_account_only(db_session: Session) -> None:
    for _ in range(3):
        fail(db_session, "a@example.jp")
    assert login_blocked(db_session, "A@Example.jp ", "10.0.0.9", NOW, POLICY)
    assert not login_blocked(db_session, "b@example.jp", "10.0.0.9", NOW, POLICY)


def test_old_failures_no_longer_count(db_session: Session) -> None:
    for _ in range(3):
        fail(db_session, "a@example.jp", minutes_ago=20)
    assert not login_blocked(db_session, "a@example.jp", "10.0.0.1", NOW, POLICY)


def test_a_success_forgives_earlier_failures(db_session: Session) -> None:
    fail(db_session, "a@example.jp")
    fail(db_session, "a@example.jp")
    record_login_attempt(db_session, "a@example.jp", "10.0.0.1", NOW, succeeded=True, policy=POLICY)
    fail(db_session, "a@example.jp")
    assert not login_blocked(db_session, "a@example.jp", "10.0.0.1", NOW, POLICY)


def test_one_client_guessing_many_accounts_is_blocked(db_session: Session) -> None:
    for n in range(5):
        fail(db_session, f"user{n}@example.jp", client="192.0.2.7")
    assert login_blocked(db_session, "someone@example.jp", "192.0.2.7", NOW, POLICY)
    assert not login_blocked(db_session, "someone@example.jp", "192.0.2.8", NOW, POLICY)


@pytest.mark.parametrize(
    ("password", "confirmation", "field"),
    [("short", "short", "password"), ("long-enough-1", "long-enough-2", "password_confirm")],
)
def test_weak_or_mistyped_passwords_are_explained(
    password: str, confirmation: str, field: str
) -> None:
    assert field in password_problems(password, confirmation)
    assert password_problems("long-enough-1", "long-enough-1") == {}


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (UserData(email="not-an-address", display_name="山田", role="coordinator"), "email"),
        (UserData(email="y@example.jp", display_name=" ", role="coordinator"), "display_name"),
        (UserData(email="y@example.jp", display_name="山田", role="superuser"), "role"),
        (
            UserData(email="y@example.jp", display_name="山田", role="org_member"),
            "organization_ids",
        ),
    ],
)
def test_invalid_users_are_refused_with_a_message_per_field(
    db_session: Session, data: UserData, field: str
) -> None:
    with pytest.raises(InvalidData) as error:
        save_user(db_session, data, actor=LOADER)
    assert field in error.value.errors


def test_addresses_are_unique_whatever_their_case(db_session: Session) -> None:
    save_user(
        db_session,
        UserData(email="Same@example.jp", display_name="A", role="coordinator"),
        actor=LOADER,
    )
    with pytest.raises(InvalidData) as error:
        save_user(
            db_session,
            UserData(email="same@EXAMPLE.jp", display_name="B", role="admin"),
            actor=LOADER,
        )
    assert "すでに登録" in error.value.errors["email"]


def _admin(session: Session, email: str) -> User:
    data = UserData(email=email, display_name=email.split("@")[0], role="admin")
    return save_user(session, data, actor=LOADER)


def _changed(user: User, **changes: object) -> UserData:
    return replace(
        UserData(email=user.email, display_name=user.display_name, role=user.role.value),
        **changes,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("changes", "field"), [({"is_active": False}, "is_active"), ({"role": "coordinator"}, "role")]
)
def test_no_one_stops_or_demotes_their_own_account(
    db_session: Session, changes: dict[str, object], field: str
) -> None:
    admin, _other = _admin(db_session, "a@example.jp"), _admin(db_session, "b@example.jp")
    with pytest.raises(InvalidData) as error:
        save_user(db_session, _changed(admin, **changes), actor=admin, user=admin)
    assert "自分の" in error.value.errors[field]
    assert admin.is_active
    assert admin.role is UserRole.ADMIN


@pytest.mark.parametrize(
    ("changes", "field"), [({"is_active": False}, "is_active"), ({"role": "coordinator"}, "role")]
)
def test_the_last_active_admin_is_never_stopped_or_demoted(
    db_session: Session, changes: dict[str, object], field: str
) -> None:
    admin, other = _admin(db_session, "a@example.jp"), _admin(db_session, "b@example.jp")
    save_user(db_session, _changed(other, is_active=False), actor=admin, user=other)
    with pytest.raises(InvalidData) as error:
        save_user(db_session, _changed(admin, **changes), actor=LOADER, user=admin)
    assert "管理者がほかにいない" in error.value.errors[field]
    assert admin.is_active
    assert admin.role is UserRole.ADMIN
    save_user(db_session, _changed(other, is_active=True), actor=LOADER, user=other)
    save_user(db_session, _changed(admin, **changes), actor=LOADER, user=admin)  # now allowed


def test_members_edit_only_their_own_organizations_listings(db_session: Session) -> None:
    own, other = organization(db_session, "chonai-johoku"), organization(db_session, "npo-hughug")
    member = save_user(
        db_session,
        UserData(email="m@example.jp", display_name="M", role="org_member",
                 organization_ids=(own.id,)),
        actor=LOADER,
    )  # fmt: skip
    coordinator = save_user(
        db_session,
        UserData(email="c@example.jp", display_name="C", role="coordinator"),
        actor=LOADER,
    )
    mine = listing_by_key(db_session, "a-johoku-ochakai")
    theirs = next(iter(other.listings))
    assert can_edit_listing(member, mine)
    assert not can_edit_listing(member, theirs)
    assert can_edit_listing(coordinator, theirs)
    assert not can_review(member)
    assert can_review(coordinator)
    assert not can_manage_users(coordinator)
    member.is_active = False
    assert not can_edit_listing(member, mine)


def test_stale_listings_are_those_unconfirmed_for_longer_than_the_limit(
    db_session: Session,
) -> None:
    fresh = make_listing(db_session, name="先週確認した活動", verified_on=TODAY)
    old = make_listing(db_session, name="去年確認した活動", verified_on=TODAY - timedelta(days=181))
    edge = make_listing(db_session, name="ちょうど180日", verified_on=TODAY - timedelta(days=180))
    stale = stale_listings(db_session, today=TODAY, max_age_days=180)
    assert old in stale
    assert fresh not in stale
    assert edge not in stale
    assert stale == sorted(stale, key=lambda x: (x.verified_at, x.id))
