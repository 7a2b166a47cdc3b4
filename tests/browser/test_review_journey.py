"""An organization updates its schedule; a coordinator approves; residents see the new one.

The live server commits for real, so this test builds its own listing and accounts and
removes them afterwards: the shared demo database is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.models import Listing, LoginAttempt, User
from directory.search import lifecycle
from matching.models import AuditEvent
from tests.factories import PASSWORD, make_listing, make_user, organization

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class Scene:
    listing_id: int
    member_email: str
    coordinator_email: str


@pytest.fixture
def scene(engine: Engine, search_index_dir: Path) -> Iterator[Scene]:
    hashed = generate_password_hash(PASSWORD)
    with Session(engine) as session:
        org = organization(session, "chonai-johoku")
        listing = make_listing(
            session, organization=org, name="城北町 ふれあい麻雀教室",
            schedule_text="毎週月曜日 13:00〜15:00",
            description="頭の体操に、初心者向けの健康麻雀です。",
        )  # fmt: skip
        member = make_user(session, email="journey-member@example.jp", role="org_member",
                           password_hash=hashed, organizations=("chonai-johoku",),
                           name="城北町 佐藤")  # fmt: skip
        coordinator = make_user(session, email="journey-coord@example.jp", role="coordinator",
                                password_hash=hashed, name="社協 鈴木")  # fmt: skip
        session.commit()
        made = Scene(listing.id, member.email, coordinator.email)
    try:
        yield made
    finally:
        with Session(engine) as session:
            session.execute(delete(Listing).where(Listing.id == made.listing_id))
            emails = (made.member_email, made.coordinator_email)
            ids = select(User.id).where(User.email.in_(emails))
            session.execute(delete(AuditEvent).where(AuditEvent.actor_id.in_(ids)))
            session.execute(delete(User).where(User.email.in_(emails)))
            session.execute(delete(LoginAttempt).where(LoginAttempt.email.in_(emails)))
            session.commit()
            # The live server indexed the listing; take it out again for the tests that follow.
            lifecycle.sync(session, search_index_dir, {made.listing_id})


def log_in(page: Page, live_server: str, email: str) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="団体・職員のログイン").click()
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("パスワード").fill(PASSWORD)
    page.get_by_role("button", name="ログイン").click()


def test_an_organization_changes_its_schedule_and_the_public_sees_it_after_approval(
    page: Page, live_server: str, scene: Scene, tmp_path: Path
) -> None:
    detail = f"{live_server}/listings/{scene.listing_id}"

    # 1. The organization member edits the schedule.
    log_in(page, live_server, scene.member_email)
    expect(page.get_by_role("heading", level=1)).to_have_text("団体のページ")
    item = page.locator("li.manage-item", has_text="城北町 ふれあい麻雀教室")
    item.get_by_role("link", name="編集する").click()
    schedule = page.get_by_label("日時")
    expect(schedule).to_have_value("毎週月曜日 13:00〜15:00")
    schedule.fill("毎週火曜日 13:00〜15:00（祝日は休み）")
    page.get_by_label("確認する人へのメモ（公開されません）").fill("会場の都合で火曜に変わります")
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")
    page.screenshot(path=str(tmp_path / "submitted.png"), full_page=True)

    # Until approved, residents still see Monday.
    page.goto(detail)
    expect(page.locator("main")).to_contain_text("毎週月曜日")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 2. A coordinator reviews the field-by-field change and approves it.
    log_in(page, live_server, scene.coordinator_email)
    page.get_by_role("link", name=re.compile(r"\d+件")).click()
    page.get_by_role("link", name="城北町 ふれあい麻雀教室").click()
    row = page.locator("table.diff tr", has_text="日時")
    expect(row.locator(".diff-old")).to_have_text("毎週月曜日 13:00〜15:00")
    expect(row.locator(".diff-new")).to_have_text("毎週火曜日 13:00〜15:00（祝日は休み）")
    expect(page.locator("main")).to_contain_text("会場の都合で火曜に変わります")
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
    page.get_by_role("button", name="承認して公開する").click()
    expect(page.get_by_role("status")).to_contain_text("承認し、公開しました")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 3. A resident (no account) sees the new schedule.
    page.goto(detail)
    main = page.locator("main")
    expect(main).to_contain_text("毎週火曜日")
    expect(main).not_to_contain_text("毎週月曜日")
    page.screenshot(path=str(tmp_path / "public.png"), full_page=True)
    assert page.blocked == []  # type: ignore[attr-defined]
