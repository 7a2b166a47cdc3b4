"""A coordinator's record written while the login ended is not lost, in Chromium.

The coordinator writes a 経過記録 and, meanwhile, the login ends (here: a logout from another
tab; in life also the idle limit or a laptop that slept). Sending the record does not leave
the page: it says the login ended, the words stay, and a link opens the login in a new tab.
After logging in there, sending again from the same page saves the record.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from directory.models import User
from matching import cases
from matching.models import AuditEvent, Case, CaseNote
from tests.browser.conftest import log_in, staff_account
from tests.factories import PASSWORD

pytestmark = pytest.mark.browser
RECORD = "12/3 自宅訪問。娘さん同席。週1回でも外に出る場所があればと希望あり。サロン見学を提案し、本人了承。"


@pytest.fixture
def case_of(engine: Engine, search_index_dir: Path) -> Iterator[tuple[str, int]]:
    with staff_account(
        engine, search_index_dir, "session-journey@example.jp", "参加支援 川口"
    ) as email:
        with Session(engine) as session:
            user = session.scalars(select(User).where(User.email == email)).one()
            today = datetime.now(ZoneInfo("Asia/Tokyo")).date()
            case = cases.create_case(
                session,
                user,
                cases.CaseData(display_name="Eさん", area_code="daiichi"),
                consent=cases.ConsentData(True, today, ("share_with_organization",)),
                today=today,
            )
            session.commit()
            case_id, user_id = case.id, user.id
        try:
            yield email, case_id
        finally:
            with Session(engine) as session:
                session.delete(session.get(Case, case_id))
                session.execute(delete(AuditEvent).where(AuditEvent.actor_id == user_id))
                session.commit()


def test_a_record_sent_after_the_login_ended_stays_in_the_page_and_is_saved_after_login(
    page: Page, live_server: str, engine: Engine, case_of: tuple[str, int], tmp_path: Path
) -> None:
    email, case_id = case_of
    page.clock.install()
    log_in(page, live_server, email)
    page.goto(f"{live_server}/coord/cases/{case_id}")
    page.get_by_label("内容").fill(RECORD)

    # Another tab of the same browser logs out; this page does not know.
    other = page.context.new_page()
    other.goto(f"{live_server}/coord/")
    other.get_by_role("button", name="ログアウト").click()
    expect(other.get_by_text("ログアウトしました")).to_be_visible()
    other.close()

    page.clock.fast_forward("10:00")  # a quiet while: the page asks before sending
    page.get_by_role("button", name="経過記録を追加する").click()
    lost = page.get_by_role("alert").filter(
        has_text="ログインが切れているため、まだ送信していません"
    )
    expect(lost).to_be_visible()
    assert page.url == f"{live_server}/coord/cases/{case_id}"
    expect(page.get_by_label("内容")).to_have_value(RECORD)
    page.screenshot(path=str(tmp_path / "session-lost.png"), full_page=True)

    with page.context.expect_page() as opened:
        lost.get_by_role("link", name="ログイン画面を新しいタブで開く").click()
    login = opened.value
    login.get_by_label("メールアドレス").fill(email)
    login.get_by_label("パスワード").fill(PASSWORD)
    login.get_by_role("button", name="ログイン").click()
    expect(login.get_by_role("heading", level=1)).to_be_visible()
    login.close()

    with page.expect_navigation():
        page.get_by_role("button", name="経過記録を追加する").click()
    expect(page.locator(".case-note").first).to_contain_text("サロン見学を提案し、本人了承")
    with Session(engine) as session:
        saved = session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)).all()
        assert [note.body for note in saved] == [RECORD]
