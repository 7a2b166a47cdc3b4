"""An organization drags its listing's pin; the correction survives review and later geocoding.

The live server commits for real, so this test builds its own listing and accounts and removes
them afterwards: the shared demo database is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from directory.models import (
    ListingRevision,
    Location,
    LocationPrecision,
    RevisionStatus,
)
from directory.revisions import approve_revision
from tests.browser.conftest import Scene, journey_scene, log_in
from tests.factories import LOADER, NOW

pytestmark = pytest.mark.browser

NAME = "城北町 ピン直し健康体操"


@pytest.fixture
def scene(engine: Engine, search_index_dir: Path) -> Iterator[Scene]:
    with journey_scene(engine, search_index_dir, "pin", name=NAME) as made:
        yield made


def location_of(engine: Engine, listing_id: int) -> tuple[float, float, LocationPrecision]:
    with Session(engine) as session:
        loc = session.scalars(select(Location).where(Location.listing_id == listing_id)).one()
        assert loc.lat is not None
        assert loc.lon is not None
        return loc.lat, loc.lon, loc.precision


def test_a_dragged_pin_is_kept_through_review_and_a_later_address_change(
    page: Page, live_server: str, scene: Scene, engine: Engine, tmp_path: Path
) -> None:
    before = location_of(engine, scene.listing_id)
    assert before[2] is LocationPrecision.BLOCK

    # 1. The member opens the editor: the map shows the listing's pin.
    log_in(page, live_server, scene.member_email)
    page.goto(f"{live_server}/org/listings/{scene.listing_id}/edit")
    pin = page.locator(".pin-editor-map .leaflet-marker-icon")
    expect(pin).to_be_visible()
    lat_field = page.get_by_label("緯度")
    expect(lat_field).to_have_value(str(before[0]))

    # 2. Drag the pin 80 px right and 60 px up (east and north).
    pin.scroll_into_view_if_needed()
    box = pin.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] - 4
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 40, y - 30, steps=5)
    page.mouse.move(x + 80, y - 60, steps=5)
    page.mouse.up()
    expect(page.locator("[data-pin-status]")).to_contain_text("ピンの位置を直しました")
    dragged_lat = float(lat_field.input_value())
    dragged_lon = float(page.get_by_label("経度").input_value())
    assert dragged_lat > before[0]
    assert dragged_lon > before[1]
    expect(page.locator('input[name="precision"]')).to_have_value("manual")
    page.screenshot(path=str(tmp_path / "pin-dragged.png"), full_page=True)
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 3. A coordinator approves: the new position is published as a manual pin.
    log_in(page, live_server, scene.coordinator_email)
    page.goto(f"{live_server}/coord/reviews")
    page.get_by_role("link", name=NAME).click()
    page.get_by_role("button", name="承認して公開する").click()
    expect(page.get_by_role("status")).to_contain_text("承認し、公開しました")
    lat, lon, precision = location_of(engine, scene.listing_id)
    assert (lat, lon) == (dragged_lat, dragged_lon)
    assert precision is LocationPrecision.MANUAL
    page.get_by_role("button", name=re.compile("ログアウト")).click()

    # 4. Later the member corrects the address: it is geocoded no more; the pin stays.
    log_in(page, live_server, scene.member_email)
    page.goto(f"{live_server}/org/listings/{scene.listing_id}/edit")
    expect(page.locator(".pin-editor-map .leaflet-marker-icon")).to_be_visible()
    page.get_by_label("住所").fill("茨城県土浦市大岩田1050")  # another part of town
    page.get_by_role("button", name="確認を依頼する").click()
    expect(page.get_by_role("status")).to_contain_text("コーディネーターが確認したあとで公開")
    with Session(engine) as session:
        revision = session.scalars(
            select(ListingRevision).where(
                ListingRevision.listing_id == scene.listing_id,
                ListingRevision.status == RevisionStatus.PENDING,
            )
        ).one()
        approve_revision(session, revision, reviewer=LOADER, now=NOW, verified_on=None)
        session.commit()
    assert location_of(engine, scene.listing_id) == (
        dragged_lat,
        dragged_lon,
        LocationPrecision.MANUAL,
    )
    assert page.blocked == []  # type: ignore[attr-defined]


def test_placing_a_pin_on_a_listing_without_one_and_removing_it_again(
    page: Page, live_server: str, scene: Scene, engine: Engine
) -> None:
    log_in(page, live_server, scene.member_email)
    page.goto(f"{live_server}/org/listings/{scene.listing_id}/edit")
    page.get_by_role("button", name="ピンを外して、住所から位置を求め直す").click()
    expect(page.get_by_label("緯度")).to_have_value("")
    expect(page.locator(".pin-editor-map .leaflet-marker-icon")).to_have_count(0)
    expect(page.locator("[data-pin-status]")).to_contain_text("住所から位置を求め直します")

    # A click on the map puts the pin there.
    page.locator(".pin-editor-map").click(position={"x": 120, "y": 80})
    expect(page.locator(".pin-editor-map .leaflet-marker-icon")).to_have_count(1)
    assert page.get_by_label("緯度").input_value() != ""
    expect(page.locator('input[name="precision"]')).to_have_value("manual")
