"""An organization updates its schedule; a coordinator approves; residents see the new one.

The live server commits for real, so this test builds its own listing and accounts and
removes them afterwards: the shared demo database is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine

from tests.browser.conftest import Scene, journey_scene, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def scene(engine: Engine, search_index_dir: Path) -> Iterator[Scene]:
    with journey_scene(
        engine, search_index_dir, "journey",
        name="城北町 ふれあい麻雀教室", schedule_text="毎週月曜日 13:00〜15:00",
        description="頭の体操に、初心者向けの健康麻雀です。",
    ) as made:  # fmt: skip
        yield made


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
