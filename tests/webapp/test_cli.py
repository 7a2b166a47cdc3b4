"""The flask commands a newcomer and an operator run."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select
from werkzeug.security import check_password_hash

from directory.models import Area, User, UserRole
from seeds.loader import listing_records, organization_records
from webapp import create_app, db


@pytest.fixture
def fresh_app(tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "SECRET_KEY": "cli-test"}
    )
    yield app
    app.extensions["db_engine"].dispose()


@pytest.fixture(scope="module")
def seeded_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database after ``init-db`` and ``load-seeds``, made once for the tests that start
    from it (loading the seeds takes seconds); each test works on its own copy."""
    folder = tmp_path_factory.mktemp("seeded")
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{folder / 'fresh.sqlite3'}",
            "SECRET_KEY": "cli-test",
            "SEARCH_INDEX_DIR": str(folder / "index"),
        }
    )
    runner = app.test_cli_runner()
    for command in ("init-db", "load-seeds"):
        result = runner.invoke(args=[command])
        assert result.exit_code == 0, result.output
    app.extensions["db_engine"].dispose()
    return folder


@pytest.fixture
def seeded_app(tmp_path: Path, seeded_database: Path) -> Iterator[Flask]:
    """An app on its own copy of the seeded database and its search index."""
    shutil.copy(seeded_database / "fresh.sqlite3", tmp_path / "fresh.sqlite3")
    shutil.copytree(seeded_database / "index", tmp_path / "index")
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
            "SECRET_KEY": "cli-test",
            "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        }
    )
    yield app
    app.extensions["db_engine"].dispose()


def test_init_db_creates_and_then_reports_an_up_to_date_database(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    first = runner.invoke(args=["init-db"])
    assert first.exit_code == 0, first.output
    assert "データベースを更新しました" in first.output
    second = runner.invoke(args=["init-db"])
    assert second.exit_code == 0
    assert "データベースは最新です" in second.output


def test_load_seeds_is_idempotent(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    first = runner.invoke(args=["load-seeds"])
    assert first.exit_code == 0, first.output
    seeded = len(list(listing_records()))
    assert f"団体: 新規 {len(organization_records())}" in first.output
    assert f"活動: 新規 {seeded}・更新 0" in first.output
    second = runner.invoke(args=["load-seeds"])
    assert "団体: 新規 0・更新 0 / 活動: 新規 0・更新 0" in second.output


def test_load_seeds_before_init_db_explains_what_to_do(fresh_app: Flask) -> None:
    result = fresh_app.test_cli_runner().invoke(args=["load-seeds"])
    assert result.exit_code != 0
    assert "init-db" in result.output


def test_create_user_hashes_the_password_and_links_the_organization(seeded_app: Flask) -> None:
    runner = seeded_app.test_cli_runner()
    result = runner.invoke(
        args=[
            "create-user", "--email", "Sato@Example.jp", "--name", "佐藤 花子",
            "--role", "org_member", "--organization", "shakyo", "--password", "correct-horse-1",
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with seeded_app.app_context():
        user = db.session().scalars(select(User).where(User.email == "sato@example.jp")).one()
        assert user.role is UserRole.ORG_MEMBER
        assert user.password_hash != "correct-horse-1"
        assert check_password_hash(user.password_hash, "correct-horse-1")
        assert [o.source_key for o in user.organizations] == ["shakyo"]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--role", "org_member", "--password", "correct-horse-1"], "所属団体"),
        (["--role", "coordinator", "--password", "short-pass1"], "12文字以上"),
        (["--role", "coordinator", "--password", "password1234"], "推測されやすいパスワード"),
        (["--role", "coordinator", "--password", "qwertyuiop1234"], "推測されやすいパスワード"),
        (
            ["--role", "org_member", "--organization", "nope", "--password", "correct-horse-1"],
            "見つかりません",
        ),
    ],
)
def test_create_user_refuses_bad_input_with_a_japanese_message(
    seeded_app: Flask, extra: list[str], message: str
) -> None:
    runner = seeded_app.test_cli_runner()
    result = runner.invoke(args=["create-user", "--email", "a@example.jp", "--name", "A", *extra])
    assert result.exit_code != 0
    assert message in result.output


def test_create_user_refuses_a_duplicate_email(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    args = ["create-user", "--email", "c@example.jp", "--name", "C", "--role", "coordinator",
            "--password", "correct-horse-1"]  # fmt: skip
    assert runner.invoke(args=args).exit_code == 0
    again = runner.invoke(args=args)
    assert again.exit_code != 0
    assert "すでに登録されています" in again.output


def test_app_factory_reads_the_database_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://someone@db.example.jp/town")
    monkeypatch.setenv("SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["DATABASE_URL"] == "postgresql+psycopg://someone@db.example.jp/town"
    assert app.config["SECRET_KEY"] == "from-env"


def test_app_factory_defaults_to_sqlite_in_the_instance_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app({"SECRET_KEY": "x"})
    assert (
        app.config["DATABASE_URL"] == f"sqlite:///{Path(app.instance_path) / 'tsunagari.sqlite3'}"
    )


def test_load_seeds_creates_demo_accounts_that_can_log_in_once(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    first = runner.invoke(args=["load-seeds"])
    assert "デモ用アカウント: 新規 4" in first.output
    assert "tsunagari-demo" in first.output
    second = runner.invoke(args=["load-seeds"])
    assert "デモ用アカウント" not in second.output  # existing accounts (and passwords) are kept
    client = fresh_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        "/login",
        data={
            "email": "johoku@demo.tsunagari.jp",
            "password": "tsunagari-demo",
            "csrf_token": token,
        },
    )
    assert response.headers["Location"] == "/org/"
    assert "城北町集会所のお茶会" in client.get("/org/").get_data(as_text=True)


def test_load_seeds_gives_the_demo_coordinator_cases_to_follow(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    first = runner.invoke(args=["load-seeds"])
    assert "デモ用の参加支援ケースを3件作りました" in first.output
    assert "参加支援ケース" not in runner.invoke(args=["load-seeds"]).output

    client = fresh_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    client.post(
        "/login",
        data={
            "email": "coordinator@demo.tsunagari.jp",
            "password": "tsunagari-demo",
            "csrf_token": token,
        },
    )
    cases = client.get("/coord/cases").get_data(as_text=True)
    assert "DEMO-0001" in cases
    assert "DEMO-0003" in cases
    report = client.get("/coord/reports/unmet").get_data(as_text=True)
    assert "第六地区" in report

    member = fresh_app.test_client()
    page = member.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    member.post(
        "/login",
        data={
            "email": "hughug@demo.tsunagari.jp",
            "password": "tsunagari-demo",
            "csrf_token": token,
        },
    )
    incoming = member.get("/org/referrals/").get_data(as_text=True)
    assert "Cさん" in incoming  # consent covers the name for this referral
    assert "1歳のお子さん" in incoming


def test_geocode_fills_missing_points_and_never_moves_a_manual_pin(seeded_app: Flask) -> None:
    from directory.models import Location, LocationPrecision

    runner = seeded_app.test_cli_runner()
    with seeded_app.app_context():
        session = db.session()
        first, second = session.scalars(select(Location).order_by(Location.id).limit(2)).all()
        first.lat = first.lon = None
        first.precision = LocationPrecision.UNKNOWN
        second.lat, second.lon, second.precision = 36.5, 140.5, LocationPrecision.MANUAL
        session.commit()
        first_id, second_id = first.id, second.id

    dry = runner.invoke(args=["geocode", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "手動のピン 1件（変更なし）" in dry.output
    assert "試行のみ" in dry.output
    result = runner.invoke(args=["geocode", "--force"])
    assert "特定できず 0件" in result.output
    with seeded_app.app_context():
        session = db.session()
        refilled = session.get(Location, first_id)
        pinned = session.get(Location, second_id)
        assert refilled is not None
        assert refilled.lat is not None
        assert refilled.precision in (LocationPrecision.CHOME, LocationPrecision.OAZA)
        assert refilled.geocoder.startswith("offline")
        assert pinned is not None
        assert (pinned.lat, pinned.lon, pinned.precision) == (36.5, 140.5, LocationPrecision.MANUAL)


def test_add_area_again_changes_only_what_it_is_given(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    added = runner.invoke(
        args=[
            "add-area", "--code", "daiichi", "--name", "第一地区", "--kana", "だいいちちく",
            "--centre-name", "第一地区公民館", "--centre-address", "茨城県土浦市中央二丁目8-1",
        ]
    )  # fmt: skip
    assert added.exit_code == 0, added.output

    def area() -> tuple[object, ...]:
        with fresh_app.app_context():
            a = db.session().scalars(select(Area).where(Area.code == "daiichi")).one()
            return (a.name, a.kana, a.centre_name, a.centre_address, a.lat, a.lon)

    renamed = runner.invoke(args=["add-area", "--code", "daiichi", "--name", "第一地区テスト"])
    assert renamed.exit_code == 0, renamed.output
    assert "（36.084049, 140.201792）" in renamed.output
    assert area() == (
        "第一地区テスト", "だいいちちく", "第一地区公民館", "茨城県土浦市中央二丁目8-1",
        36.084049, 140.201792,
    )  # fmt: skip

    runner.invoke(args=["add-area", "--code", "daiichi", "--kana", "だいいち"])
    assert area()[:2] == ("第一地区テスト", "だいいち")

    cleared = runner.invoke(args=["add-area", "--code", "daiichi", "--centre-address", ""])
    assert "拠点の点なし" in cleared.output
    assert area() == ("第一地区テスト", "だいいち", "第一地区公民館", "", None, None)

    nameless = runner.invoke(args=["add-area", "--code", "dainiku"])
    assert nameless.exit_code != 0
    assert "--name で名前を指定してください" in nameless.output
    empty = runner.invoke(args=["add-area", "--code", "daiichi", "--name", " "])
    assert "名前は空にできません" in empty.output
    assert area()[0] == "第一地区テスト"
