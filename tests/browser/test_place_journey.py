"""A coordinator adds a landmark; a resident then searches near it by typing its name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from directory.models import Landmark
from tests.browser.conftest import journey_scene, log_in

pytestmark = pytest.mark.browser


def test_a_landmark_added_by_a_coordinator_is_a_place_residents_can_search_from(
    page: Page, live_server: str, engine: Engine, search_index_dir: Path, tmp_path: Path
) -> None:
    with journey_scene(engine, search_index_dir, "place") as scene:
        try:
            log_in(page, live_server, scene.coordinator_email)
            page.goto(live_server + "/coord/")
            page.get_by_role("link", name="目印（駅・市役所・公民館など）").click()
            expect(page.get_by_role("cell", name="荒川沖駅", exact=True)).to_be_visible()
            page.get_by_role("link", name="目印を追加する").click()
            page.get_by_label("名称").fill("ふれあい広場")
            page.get_by_label("種類").select_option("公民館・集会施設")
            page.get_by_label("別名").fill("ひろば")
            page.get_by_label("住所").fill("土浦市荒川沖東二丁目")
            page.get_by_role("button", name="保存する").click()
            expect(page.get_by_text("目印「ふれあい広場」を保存しました。")).to_be_visible()
            page.screenshot(path=str(tmp_path / "landmarks.png"), full_page=True)
            page.get_by_role("button", name="ログアウト").click()

            page.goto(live_server + "/search?q=")
            page.get_by_text("条件で絞り込む").click()
            page.get_by_label("並び順").select_option("近い順")
            page.get_by_label("または場所から（駅・施設・町名・住所）").fill("ひろばの近く")
            page.get_by_role("button", name="この条件でさがす").click()
            expect(page).to_have_url(re.compile(r"from="))
            expect(page.get_by_role("status")).to_contain_text(
                "「ひろばの近く（ふれあい広場）」から"
            )
            expect(page.get_by_role("status")).to_contain_text("近い順")
            page.screenshot(path=str(tmp_path / "search-from-landmark.png"), full_page=True)
            assert page.blocked == []  # type: ignore[attr-defined]
        finally:
            with Session(engine) as session:
                session.execute(delete(Landmark).where(Landmark.name == "ふれあい広場"))
                session.commit()
