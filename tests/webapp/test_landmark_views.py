"""Coordinators keep the landmarks (目印) people type as "where"; search measures from them."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Landmark, Listing, User
from matching.models import ParticipationNeed
from tests.webapp.conftest import form_token, post
from tests.webapp.test_case_views import add_need, open_case


def test_the_demo_stations_and_city_hall_are_listed_for_coordinators(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    page = client.get("/coord/landmarks/").get_data(as_text=True)
    for name in ("土浦駅", "荒川沖駅", "神立駅", "土浦市役所", "第一地区公民館"):
        assert name in page
    assert "駅データ.jp" in page  # where each point came from


@pytest.mark.parametrize(("role", "status"), [(None, 302), ("member", 403), ("admin", 200)])
def test_only_staff_reach_the_landmarks(
    client: FlaskClient, login_as: Callable[[str], User], role: str | None, status: int
) -> None:
    if role:
        login_as(role)
    assert client.get("/coord/landmarks/").status_code == status
    assert client.get("/coord/landmarks/landmarks.csv").status_code == status


def test_a_coordinator_adds_a_landmark_by_its_address(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(
        client,
        "/coord/landmarks/new",
        {"name": "土浦市社会福祉協議会", "kind": "welfare", "aliases": "社協;市社協",
         "address": "茨城県土浦市大和町9-2"},
    )  # fmt: skip
    assert response.status_code == 302
    saved = db_session.scalars(
        select(Landmark).where(Landmark.name == "土浦市社会福祉協議会")
    ).one()
    assert (saved.lat, saved.lon) == (36.079059, 140.204451)
    assert saved.aliases == ["社協", "市社協"]
    assert "目印「土浦市社会福祉協議会」を保存しました" in client.get("/coord/landmarks/").get_data(
        as_text=True
    )


def test_a_landmark_address_under_a_neighbouring_prefecture_is_saved_with_a_notice(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    """As the listing form says it: the point is placed in 兵庫県, and the coordinator who
    typed 大阪府 is told, so that a wrong guess is caught before searches measure from it."""
    login_as("coordinator")
    response = post(
        client,
        "/coord/landmarks/new",
        {"name": "尼崎の連携先", "kind": "welfare", "address": "大阪府尼崎市東七松町1丁目23番1号"},
    )
    assert response.status_code == 302  # saved: the notice never blocks the save
    saved = db_session.scalars(select(Landmark).where(Landmark.name == "尼崎の連携先")).one()
    assert saved.lat is not None
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "尼崎市は大阪府ではなく兵庫県にあります。兵庫県の尼崎市として置きました" in page
    assert "違っていれば住所を直すか、地図でピンを置いてください" in page
    # an address read as written says nothing more
    response = post(
        client,
        "/coord/landmarks/new",
        {"name": "土浦の連携先", "kind": "welfare", "address": "茨城県土浦市大和町9-1"},
    )
    assert "読み替えて地図に置きました" not in client.get(response.headers["Location"]).get_data(
        as_text=True
    )


def test_a_wrong_coordinate_is_explained_next_to_the_field_and_nothing_is_lost(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(
        client,
        "/coord/landmarks/new",
        {"name": "川口運動公園", "kind": "other", "lat": "三十六", "lon": "140.2"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "緯度・経度は数字で入力してください" in page
    assert 'value="川口運動公園"' in page
    assert (
        db_session.scalars(select(Landmark).where(Landmark.name == "川口運動公園")).first() is None
    )


def test_full_width_coordinates_are_read_as_the_listing_form_reads_them(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(
        client,
        "/coord/landmarks/new",
        {"name": "川口運動公園", "kind": "other", "lat": "３６．０８", "lon": "１４０．２"},
    )
    assert response.status_code == 302
    saved = db_session.scalars(select(Landmark).where(Landmark.name == "川口運動公園")).one()
    assert (saved.lat, saved.lon) == (36.08, 140.2)


def test_a_landmark_is_edited_and_deleted(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    station = db_session.scalars(select(Landmark).where(Landmark.name == "神立駅")).one()
    form = {"name": "神立駅", "kind": "station", "aliases": "神立駅前;かんだつ", "address": "",
            "lat": "36.1204", "lon": "140.2486", "source": "地理院地図で確認"}  # fmt: skip
    assert post(client, f"/coord/landmarks/{station.id}", form).status_code == 302
    db_session.refresh(station)
    assert (station.lat, station.aliases) == (36.1204, ["神立駅前", "かんだつ"])
    station_id = station.id
    assert post(client, f"/coord/landmarks/{station_id}/delete").status_code == 302
    db_session.expire_all()
    assert db_session.scalars(select(Landmark).where(Landmark.id == station_id)).first() is None
    assert client.get(f"/coord/landmarks/{station_id}").status_code == 404


def test_a_csv_upload_saves_good_rows_and_lists_bad_ones(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    csv_text = "名称,種類,住所,緯度,経度\r\n土浦市立図書館,その他,茨城県土浦市大和町1-1,,\r\n不明,その他,,,\r\n"
    response = client.post(
        "/coord/landmarks/import",
        data={
            "csrf_token": form_token(client, "/coord/landmarks/"),
            "file": (io.BytesIO(csv_text.encode("cp932")), "landmarks.csv"),
        },
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "1件を保存しました。1件は読み込めませんでした" in page
    assert "3行目: 住所か、緯度・経度を入力してください。" in page
    assert db_session.scalars(select(Landmark).where(Landmark.name == "土浦市立図書館")).one()


def test_the_csv_download_reads_back_and_never_executes(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    post(client, "/coord/landmarks/new",
         {"name": "=HYPERLINK(1)", "kind": "other", "lat": "36.1", "lon": "140.1"})  # fmt: skip
    body = client.get("/coord/landmarks/landmarks.csv").get_data(as_text=True)
    assert body.startswith("\ufeff名称,種類,よみがな,別名,住所,緯度,経度,出典")
    assert "'=HYPERLINK(1)" in body
    assert "土浦駅,駅,つちうらえき" in body


def test_search_measures_from_a_typed_landmark(client: FlaskClient) -> None:
    page = client.get("/search?q=&sort=distance&from=土浦駅").get_data(as_text=True)
    assert "「土浦駅」" in page
    assert "位置を特定できません" not in page
    nearby = client.get("/search?q=&sort=distance&from=土浦駅の近く&within=1").get_data(
        as_text=True
    )
    assert "「土浦駅の近く（土浦駅）」" in nearby


def test_an_unknown_place_in_search_says_so_and_what_can_be_typed(client: FlaskClient) -> None:
    page = client.get("/search?q=&sort=distance&from=ドトールの近く").get_data(as_text=True)
    assert (
        "「ドトールの近く」という場所は登録されていません。"
        "駅名・地区名・町名・住所・郵便番号で入力するか、地区を選んでください。"
    ) in page
    assert "市区町村" not in page  # the geocoder's words mean nothing to who typed a name
    assert 'value="ドトールの近く"' in page  # nothing typed is lost
    # the message stands beside the field and a screen reader says it with the field
    field = re.search(r'<input id="search-from"[^>]*>\s*<span[^>]*id="search-from-error"', page)
    assert field is not None
    assert 'aria-invalid="true" aria-describedby="search-from-error"' in field.group(0)
    english = client.get(
        "/search?q=&sort=distance&from=ドトールの近く", headers={"Accept-Language": "en"}
    ).get_data(as_text=True)
    assert "“ドトールの近く” is not a place this directory knows." in english


def test_every_map_credits_the_town_point_data(client: FlaskClient) -> None:
    for path in ("/map", "/search?q=サロン"):
        page = client.get(path).get_data(as_text=True)
        assert (
            '<p class="map-credit">位置: Geolonia 住所データ（CC BY 4.0）, '
            "出典: 国土交通省 位置参照情報</p>"
        ) in page, path
    # In English the credit still names the data and its licence.
    english = client.get("/map", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert (
        '<p class="map-credit">Locations: Geolonia address data (CC BY 4.0), '
        "source: MLIT location reference information (位置参照情報)</p>"
    ) in english


def test_a_needs_starting_point_can_be_typed_as_a_place(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    need_id = add_need(client, case_id, origin_place="荒川沖駅", travel_km="1")
    need = db_session.get(ParticipationNeed, need_id)
    assert need is not None
    assert (need.origin_lat, need.origin_lon) == (36.030552, 140.16592)

    plan_id = need.plan_id
    response = post(
        client,
        f"/coord/plans/{plan_id}/needs/new",
        {"title": "どこか", "travel_mode": "distance", "origin_place": "どこでもない場所"},
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert (
        "「どこでもない場所」という場所は登録されていません。"
        "駅名・地区名・町名・住所・郵便番号で入力してください。"
    ) in page
    assert 'value="どこでもない場所"' in page  # nothing typed is lost


def test_a_listing_page_says_how_rough_its_pin_is(client: FlaskClient, db_session: Session) -> None:
    listing = db_session.scalars(
        select(Listing).where(Listing.name == "城北町集会所のお茶会")
    ).one()
    page = client.get(f"/listings/{listing.id}").get_data(as_text=True)
    assert "地図の印は町丁目のおおよその位置です。" in page
