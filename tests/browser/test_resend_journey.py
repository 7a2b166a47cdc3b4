"""A coordinator goes Back to the case form she has just sent and presses 「作成する」 again in
Chromium: the form comes back with what she typed and, in its address, the same token, so no
second case is made and she lands on the first with a calm message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.models import LoginAttempt, User
from matching.models import AuditEvent, Case, FormSubmission
from tests.browser.conftest import log_in
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.browser
EMAIL = "resend-journey@example.jp"
NAME = "戻って送信さん"


@pytest.fixture
def coordinator(engine: Engine) -> Iterator[int]:
    with Session(engine) as session:
        hashed = generate_password_hash(PASSWORD)
        user = make_user(session, email=EMAIL, role="coordinator", password_hash=hashed)
        session.commit()
        user_id = user.id
    try:
        yield user_id
    finally:
        with Session(engine) as session:
            for case in session.scalars(select(Case).where(Case.created_by_id == user_id)):
                session.delete(case)
            session.flush()
            session.execute(delete(AuditEvent).where(AuditEvent.actor_id == user_id))
            session.execute(delete(FormSubmission).where(FormSubmission.kind == "case"))
            session.execute(delete(LoginAttempt).where(LoginAttempt.email == EMAIL))
            session.execute(delete(User).where(User.id == user_id))
            session.commit()


def test_back_and_send_again_shows_the_case_already_made(
    page: Page, live_server: str, coordinator: int, engine: Engine, tmp_path: Path
) -> None:
    log_in(page, live_server, EMAIL)
    page.goto(live_server + "/coord/cases/new")
    page.get_by_label("呼び名（任意）").fill(NAME)
    page.get_by_label("年代").select_option(label="70代")
    page.get_by_role("button", name="作成する").click()
    expect(page.get_by_role("status")).to_contain_text("を作成しました")
    first = page.url

    # Chromium loads the form again and puts back what was typed; the address keeps the token.
    page.go_back()
    expect(page.get_by_label("呼び名（任意）")).to_have_value(NAME)
    expect(page.locator("main")).to_contain_text("このフォームの内容はすでに登録済みです")
    page.get_by_role("button", name="作成する").click()
    expect(page.get_by_role("status")).to_contain_text("この内容はすでに登録済みです")
    assert page.url == first
    page.screenshot(path=str(tmp_path / "resent.png"), full_page=True)
    with Session(engine) as session:
        made = select(func.count()).where(Case.created_by_id == coordinator)
        assert session.scalar(made) == 1
