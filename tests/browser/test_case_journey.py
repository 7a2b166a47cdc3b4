"""A coordinator's 参加支援 journey in Chromium: case → need → explained suggestions →
referral → follow-up, and an overdue follow-up leaving the dashboard once recorded.

The live server commits for real, so the scene makes its own coordinator (and one older case
with an overdue follow-up) and deletes everything it made afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.models import Listing, LoginAttempt, User
from matching import cases, plans, referrals, unmet
from matching.models import AuditEvent, Case, ReferralStatus, UnmetNeed
from tests.browser.conftest import log_in
from tests.browser.test_resident_journeys import serious
from tests.factories import PASSWORD, TODAY, make_user

pytestmark = pytest.mark.browser
FARM = "里山の農作業ボランティア"


@dataclass(frozen=True)
class Scene:
    coordinator_id: int
    email: str


@pytest.fixture
def scene(engine: Engine) -> Iterator[Scene]:
    from webapp.templating import today  # noqa: F401  (documents where "today" comes from)

    with Session(engine) as session:
        user = make_user(
            session,
            email="case-journey@example.jp",
            role="coordinator",
            password_hash=generate_password_hash(PASSWORD),
            name="参加支援 山本",
        )
        session.flush()
        # An older case whose first follow-up is overdue (participation began 20 days ago).
        from datetime import datetime
        from zoneinfo import ZoneInfo

        now = datetime.now(ZoneInfo("Asia/Tokyo")).date()
        old = cases.create_case(
            session,
            user,
            cases.CaseData(display_name="Dさん", area_code="daiichi"),
            consent=cases.ConsentData(True, now, ("share_with_organization",)),
            today=now,
        )
        plan = plans.create_plan(session, user, old, plans.PlanData("プラン", now))
        need = plans.add_need(
            session,
            user,
            plan,
            plans.NeedData("お茶会", interests="お茶"),
            categories=set(),
            targets=set(),
        )
        listing = session.scalars(
            select(Listing).where(Listing.name == "城北町集会所のお茶会")
        ).one()
        started = now - timedelta(days=20)
        referral = referrals.create_referral(session, user, need, listing, today=started)
        unmet.record_unmet_need(session, user, need, today=now)
        for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED, ReferralStatus.PARTICIPATING):
            referrals.advance(session, user, referral, step, on=started, today=now)
        session.commit()
        made = Scene(user.id, user.email)
    try:
        yield made
    finally:
        with Session(engine) as session:
            for case in session.scalars(
                select(Case).where(Case.created_by_id == made.coordinator_id)
            ):
                session.delete(case)
            session.flush()
            session.execute(delete(AuditEvent).where(AuditEvent.actor_id == made.coordinator_id))
            session.execute(
                delete(UnmetNeed).where(UnmetNeed.recorded_by_id == made.coordinator_id)
            )
            session.execute(delete(LoginAttempt).where(LoginAttempt.email == made.email))
            session.execute(delete(User).where(User.id == made.coordinator_id))
            session.commit()
    assert TODAY  # the factories' fixed date is not used for live pages


def test_a_coordinator_connects_a_person_and_follows_up(
    page: Page, live_server: str, scene: Scene, tmp_path: Path
) -> None:
    log_in(page, live_server, scene.email)
    page.get_by_role("link", name="参加支援").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("参加支援")

    # 1. A case with consent, in 新治.
    page.get_by_role("link", name="ケースを作成する").click()
    page.get_by_label("呼び名（任意）").fill("Eさん")
    page.get_by_label("年代").select_option(label="20代")
    page.get_by_label("住んでいる地区").select_option(label="新治地区")
    page.get_by_label("同意あり").check()
    page.get_by_label("つなぎ先の団体へ必要な情報を伝える").check()
    page.get_by_role("button", name="作成する").click()
    expect(page.get_by_role("status")).to_contain_text("を作成しました")
    expect(page.locator("main")).to_contain_text("同意あり")

    # 2. A plan and a participation need: 平日午後, 農作業, 3 km.
    page.get_by_role("link", name="支援プランを作成").click()
    page.get_by_label("プラン名").fill("2026年度 参加支援プラン")
    page.get_by_role("button", name="作成する").click()
    page.get_by_label("ニーズの見出し").fill("平日の午後に外で体を動かす")
    page.get_by_label("関心のあること").fill("農作業")
    for day in ("月曜", "火曜", "水曜", "木曜", "金曜"):
        page.get_by_label(day, exact=True).check()
    page.get_by_label("午後", exact=True).check()
    page.get_by_label("移動できる距離（km）").fill("３")
    page.get_by_role("button", name="保存して合う活動を見る").click()

    # 3. Explained suggestions: the farm volunteer work first, with its reasons.
    first = page.locator("li.suggestion").first
    expect(first.get_by_role("heading")).to_contain_text(FARM)
    expect(first.locator(".reasons")).to_contain_text("火曜午後")
    expect(first.locator(".reasons")).to_contain_text("「農作業」に関心")
    expect(first.locator(".reasons")).to_contain_text("自宅エリア(新治地区)から")
    page.screenshot(path=str(tmp_path / "suggestions.png"), full_page=True)

    # 3b. A near miss: the Saturday field is out only for its day; one click relaxes the day.
    near = page.locator("li.near-miss", has_text="畑の居場所 つちいじりの会")
    expect(near).to_contain_text("曜日・時間帯: 土曜午前のみ")
    near.get_by_role("button", name="「曜日・時間帯」を希望にする").click()
    expect(page.get_by_role("status")).to_contain_text("「曜日・時間帯」を希望の条件にしました")
    expect(page.locator("li.suggestion", has_text="畑の居場所 つちいじりの会")).to_be_visible()
    first = page.locator("li.suggestion").first
    expect(first.get_by_role("heading")).to_contain_text(FARM)

    # 4. A referral from the suggestion; follow-ups come once participation starts.
    first.get_by_label("メモ（任意）").fill("まず見学から")
    first.get_by_role("button", name="この活動につなぐ（提案）").click()
    expect(page.get_by_role("status")).to_contain_text("つなぎ(提案)を記録")
    expect(page.locator("article.follow-up")).to_have_count(0)
    page.get_by_label("本人了承").check()
    page.get_by_role("button", name="経過を記録する").click()
    expect(page.get_by_role("status")).to_contain_text("「本人了承」に進めました")
    page.screenshot(path=str(tmp_path / "referral.png"), full_page=True)

    # 5. The older case's overdue follow-up: record it, and it leaves the overdue list.
    page.get_by_role("link", name="コーディネーター", exact=True).click()
    expect(page.locator("main")).to_contain_text("期限を過ぎたもの（1件）")
    page.get_by_role("link", name="城北町集会所のお茶会").first.click()
    overdue = page.locator("article.follow-up.overdue")
    overdue.get_by_label("続いている").check()
    overdue.get_by_label("週1回以上").check()
    overdue.get_by_label("よい・楽しい").check()
    overdue.get_by_label("本人の様子").fill("毎週水曜に通っている")
    overdue.get_by_role("button", name="結果を記録する").click()
    expect(page.get_by_role("status")).to_contain_text("モニタリングの結果を記録しました")
    page.get_by_role("link", name="コーディネーター", exact=True).click()
    expect(page.locator("main")).to_contain_text("期限を過ぎたもの（0件）")
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert page.blocked == []  # type: ignore[attr-defined]
    assert re.search(r"/coord/", page.url)


def test_the_unmet_needs_map_renders_with_no_network(
    page: Page, live_server: str, scene: Scene, tmp_path: Path
) -> None:
    log_in(page, live_server, scene.email)
    page.goto(f"{live_server}/coord/reports/unmet")
    expect(page.locator("#map_unmet")).to_be_visible()
    # The unmet-need circle and the existing listings' dots are SVG paths Leaflet drew.
    expect(page.locator("#map_unmet path.leaflet-interactive").first).to_be_visible()
    assert page.locator("#map_unmet path.leaflet-interactive").count() >= 2
    expect(page.locator(".leaflet-control-layers")).to_contain_text("狭間のニーズ")
    page.screenshot(path=str(tmp_path / "unmet-map.png"), full_page=True)
    assert page.blocked == []  # type: ignore[attr-defined]


def test_an_unmet_need_is_resolved_by_searching_for_the_listing_that_now_meets_it(
    page: Page, live_server: str, scene: Scene, tmp_path: Path
) -> None:
    """The resolution form: a search for the listing (any kind), its choice, and the report
    that counts it; no serious accessibility violation on the way."""
    log_in(page, live_server, scene.email)
    page.goto(f"{live_server}/coord/reports/unmet")
    page.locator("a[href^='/coord/unmet/']").first.click()
    found = serious(page)
    page.get_by_label("活動をさがす（活動名・団体名・内容のことば）").fill("ｶﾌｪ")
    page.get_by_role("button", name="さがす").click()
    expect(page.get_by_label(re.compile("「ｶﾌｪ」に合う公開中の活動"))).to_be_visible()
    found += serious(page)
    choice = page.locator("#f-listing_id option", has_text="カフェ").first
    name = choice.inner_text()
    page.locator("#f-listing_id").select_option(label=name)
    page.get_by_role("button", name="解決済みにする").click()  # how it was resolved: not said
    expect(page.locator(".form-error")).to_be_visible()
    expect(page.locator("#f-q")).to_have_value("ｶﾌｪ")  # the search and the choice are kept
    expect(page.locator("#f-listing_id option:checked")).to_have_text(name)
    page.get_by_label("どう解決したか").select_option(index=1)
    page.get_by_role("button", name="解決済みにする").click()
    expect(page.get_by_text("解決したニーズ（地域づくりの成果）")).to_be_visible()
    expect(page.get_by_text(name).first).to_be_visible()
    page.screenshot(path=str(tmp_path / "unmet-resolved.png"), full_page=True)
    assert found == [], "\n".join(found)
    assert page.blocked == []  # type: ignore[attr-defined]
