"""An organization updates its schedule; a coordinator approves; residents see the new one.

The live server commits for real, so this test builds its own listing and accounts and
removes them afterwards: the shared demo database is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from directory.models import OrganizationRevision
from tests.browser.conftest import Scene, journey_scene, log_in
from tests.browser.test_resident_journeys import serious

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


@pytest.fixture
def salon(engine: Engine, search_index_dir: Path) -> Iterator[Scene]:
    with journey_scene(
        engine, search_index_dir, "salon",
        name="城北町いきいきサロン ひだまり", schedule_text="毎週水曜日 14:00〜16:00",
        description="歌と体操とお茶の会です。", contact_phone="029-800-1017",
    ) as made:  # fmt: skip
        yield made


def test_a_salon_leader_on_a_phone_fixes_a_returned_change_without_typing_it_again(
    page: Page, live_server: str, salon: Scene, tmp_path: Path
) -> None:
    detail = f"{live_server}/listings/{salon.listing_id}"
    new_schedule = "毎月第2・第4木曜 13時半〜15時半（8月はお休み）"

    # 1. The サロン代表, on a 360 px phone, changes the day, the phone and the name.
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server, salon.member_email)
    item = page.locator("li.manage-item", has_text="いきいきサロン")
    item.get_by_role("link", name="編集する").click()
    page.get_by_label("活動名").fill("城北町いきいきサロン ひだまリ")  # a typo: katakana リ
    page.get_by_label("日時").fill(new_schedule)
    page.get_by_label("電話番号").fill("029-821-5678")
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")
    page.goto(live_server + "/org/")
    row = page.locator("li.manage-item", has_text="いきいきサロン")
    expect(row).to_contain_text("変更を確認待ち")
    page.goto(detail)  # residents still see the approved content
    expect(page.locator("main")).to_contain_text("14:00〜16:00")
    expect(page.locator("main")).not_to_contain_text("13:30")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 2. The coordinator, on a PC, returns it with a question.
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, salon.coordinator_email)
    page.goto(live_server + "/coord/reviews")
    page.get_by_role("link", name=re.compile("いきいきサロン")).click()
    expect(page.locator("table.diff tr", has_text="日時").locator(".diff-new")).to_have_text(
        new_schedule
    )
    page.get_by_label(re.compile("差し戻しの理由")).fill(
        "活動名の最後が「リ」（カタカナ）になっています。"
    )
    page.get_by_role("button", name="差し戻す").click()
    expect(page.get_by_role("status")).to_contain_text("差し戻しました")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 3. Back on the phone: the reason is beside the activity and on the form, and what
    #    they wrote is still there; they fix only the name.
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server, salon.member_email)
    row = page.locator("li.manage-item", has_text="いきいきサロン")
    expect(row).to_contain_text("差し戻しの理由: 活動名の最後が「リ」")
    found = serious(page)  # the member's list with the reason beside the activity
    row.get_by_role("link", name="直して送信する").click()
    expect(page.get_by_role("heading", name="コーディネーターから差し戻されました")).to_be_visible()
    expect(page.get_by_label("日時")).to_have_value(new_schedule)
    expect(page.get_by_label("電話番号")).to_have_value("029-821-5678")
    page.screenshot(path=str(tmp_path / "returned-form-360.png"), full_page=True)
    found += serious(page)
    page.get_by_label("活動名").fill("城北町いきいきサロン ひだまり")
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 4. Approved: residents see the new day, time, phone and today's 情報確認日.
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, live_server, salon.coordinator_email)
    page.goto(live_server + "/coord/reviews")
    page.get_by_role("link", name=re.compile("いきいきサロン")).click()
    diff = page.locator("table.diff")
    expect(diff).to_contain_text(new_schedule)
    expect(page.locator(".schedule-reading")).to_contain_text(
        "日時の読み取り: 第2・第4木曜日 13:30〜15:30（8月は休み）"
    )
    found += serious(page)
    expect(diff).to_contain_text("029-821-5678")
    expect(diff).not_to_contain_text("活動名")  # the typo never reached the review again
    page.get_by_role("button", name="承認して公開する").click()
    expect(page.get_by_role("status")).to_contain_text("承認し、公開しました")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(detail)
    main = page.locator("main")
    expect(main).to_contain_text("13:30〜15:30")
    expect(main).to_contain_text("029-821-5678")
    expect(main).to_contain_text(re.compile(r"情報確認日: \d{4}年\d+月\d+日"))
    expect(main).not_to_contain_text("未確認")
    page.screenshot(path=str(tmp_path / "public-after-approval-360.png"), full_page=True)
    assert found == [], "\n".join(found)  # the returned form and the review page (axe-core)
    assert page.blocked == []  # type: ignore[attr-defined]


# Each row of a change table: its cells' widths against the table's, and the name a cell
# shows before its value (on a phone, where the table's header row is hidden).
DIFF_CELLS = """() => [...document.querySelectorAll('table.diff tbody tr')].map((row) => ({
    table: row.closest('table').getBoundingClientRect().width,
    cells: [...row.children].map((c) => [
        Math.round(c.getBoundingClientRect().width),
        getComputedStyle(c, '::before').content,
    ]),
}))"""


def stacked_and_named(rows: list[dict[str, Any]]) -> list[str]:
    """What is cramped: a cell narrower than 90 % of its table, or a value without its name."""
    wrong = []
    for row in rows:
        (_, heading), (_, old), (_, new) = row["cells"]
        if min(width for width, _ in row["cells"]) < 0.9 * row["table"]:
            wrong.append(f"side by side: {row}")
        if (old, new) != ('"これまで"', '"変更後"') or heading not in ("none", "normal"):
            wrong.append(f"unnamed: {row}")
    return wrong


@pytest.fixture
def taiso(engine: Engine, search_index_dir: Path) -> Iterator[Scene]:
    with Session(engine) as session:
        before = session.scalar(select(func.max(OrganizationRevision.id))) or 0
    with journey_scene(
        engine, search_index_dir, "taiso",
        name="城北町 ふれあい体操", schedule_text="毎週月曜日 10:00〜11:00",
    ) as made:  # fmt: skip
        try:
            yield made
        finally:  # the profile change the member sent
            with Session(engine) as session:
                session.execute(
                    delete(OrganizationRevision).where(OrganizationRevision.id > before)
                )
                session.commit()


def test_on_a_phone_a_change_reads_field_by_field_before_and_after(
    page: Page, live_server: str, taiso: Scene, tmp_path: Path
) -> None:
    """At 360 px the three columns left 「これまで」 and 「変更後」 40–110 px each: a word a line.
    On a phone each field is a block, what it was above what it becomes, each named."""
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server, taiso.member_email)
    page.get_by_role("link", name="団体情報を編集").first.click()
    page.get_by_label("団体の紹介").fill(
        "城北町の町内会です。毎月第2日曜日に清掃活動、夏は盆踊り、冬は餅つきを行っています。"
    )
    page.get_by_label("住所").fill("茨城県土浦市城北町3-7 城北町集会所内")
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("確認")
    item = page.locator("li.manage-item", has_text="ふれあい体操")
    item.get_by_role("link", name="編集する").click()
    page.get_by_label("日時").fill("毎月第2・第4木曜 13時半〜15時半（8月はお休み）")
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")

    # The member's history of the activity, on a 320 and a 360 px phone.
    page.goto(live_server + "/org/")
    page.locator("li.manage-item", has_text="ふれあい体操").get_by_role(
        "link", name="変更履歴"
    ).click()
    for width in (320, 360):
        page.set_viewport_size({"width": width, "height": 740})
        newest = page.locator("table.diff tr", has_text="日時").first  # 第2版, above 第1版
        expect(newest.locator(".diff-new")).to_have_text(
            "毎月第2・第4木曜 13時半〜15時半（8月はお休み）"
        )
        rows = page.evaluate(DIFF_CELLS)
        page.screenshot(path=str(tmp_path / f"history-{width}.png"), full_page=True)
        assert rows
        assert stacked_and_named(rows) == []
        assert page.evaluate("() => document.documentElement.scrollWidth - innerWidth") == 0
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # The coordinator's review of the organization's profile, on a 360 px phone.
    page.set_viewport_size({"width": 360, "height": 740})
    log_in(page, live_server, taiso.coordinator_email)
    page.goto(live_server + "/coord/reviews")
    page.locator("a.review-link", has_text="城北町町内会").click()
    expect(page.locator("table.diff tr", has_text="住所").locator(".diff-new")).to_have_text(
        "茨城県土浦市城北町3-7 城北町集会所内"
    )
    rows = page.evaluate(DIFF_CELLS)
    page.screenshot(path=str(tmp_path / "profile-review-360.png"), full_page=True)
    assert len(rows) == 2  # 団体の紹介, 住所
    assert stacked_and_named(rows) == []
    assert page.evaluate("() => document.documentElement.scrollWidth - innerWidth") == 0

    # On a PC it is still a table of three columns.
    page.set_viewport_size({"width": 1280, "height": 900})
    widths = [width for width, _ in page.evaluate(DIFF_CELLS)[0]["cells"]]
    assert max(widths) < 0.6 * page.evaluate(DIFF_CELLS)[0]["table"]
    assert page.blocked == []  # type: ignore[attr-defined]
