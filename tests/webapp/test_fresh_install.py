"""A fresh install without the demo (issue 17): init-db gives the standard vocabulary, an admin
adds areas, and a municipality's list imports with the upload page's column mapping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from directory.models import Area, Category, Listing, Target
from tests.directory.interop.conftest import DATA
from webapp import create_app, db


@pytest.fixture
def fresh_app(tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}", "SECRET_KEY": "fresh-test"}
    )
    yield app
    app.extensions["db_engine"].dispose()


def test_init_db_creates_the_standard_vocabulary_once(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    first = runner.invoke(args=["init-db"])
    assert first.exit_code == 0, first.output
    assert "標準の語彙を追加しました（活動の種類 13件・対象 10件）" in first.output
    with fresh_app.app_context():
        session = db.session()
        label = session.scalar(select(Category.label).where(Category.code == "kodomo_shokudo"))
        assert label == "こども食堂"
        session.execute(Category.__table__.update().values(label="子ども食堂"))  # an admin's edit
        session.commit()
    second = runner.invoke(args=["init-db"])
    assert "標準の語彙" not in second.output
    with fresh_app.app_context():
        session = db.session()
        assert session.scalar(select(func.count(Target.id))) == 10
        label = session.scalar(select(Category.label).where(Category.code == "kodomo_shokudo"))
        assert label == "子ども食堂"  # not overwritten


def test_a_kodomo_list_imports_into_a_fresh_install_without_the_demo(
    fresh_app: Flask,
) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    result = runner.invoke(
        args=["import-listings", str(DATA / "kodomo_utf8_double_bom.csv"), "--yes"]
    )
    assert result.exit_code == 0, result.output
    assert "こども食堂一覧" in result.output
    assert "エラー 0件" in result.output
    assert "住所が非公開のため" in result.output
    with fresh_app.app_context():
        assert db.session().scalar(select(func.count(Listing.id))) == 13


def test_map_option_mirrors_the_upload_page_mapping(fresh_app: Flask, tmp_path: Path) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    path = tmp_path / "list.csv"
    path.write_text(
        "活動名,活動の種類,主宰,場所\r\n朝の体操,運動・健康づくり,体操の会,茨城県土浦市大和町9-1\r\n",
        encoding="utf-8",
    )
    without = runner.invoke(args=["import-listings", str(path), "--dry-run"])
    assert "「主宰」列は読み込みません" in without.output
    # No 団体名 column: each activity is its own group, said once, with the unread column
    # that may hold the groups named.
    assert "エラー 0件" in without.output
    assert "各行の活動名をそのまま団体名として登録します" in without.output
    assert "読み込まない列（「主宰」）に団体名が書かれていれば" in without.output
    mapped = runner.invoke(
        args=[
            "import-listings",
            str(path),
            "--map",
            "主宰=organization",
            "--map",
            "場所=住所",
            "--yes",
        ]
    )
    assert mapped.exit_code == 0, mapped.output
    assert "新規登録 1件" in mapped.output
    with fresh_app.app_context():
        listing = db.session().scalars(select(Listing)).one()
        assert listing.organization.name == "体操の会"
        assert listing.location is not None
        assert listing.location.precision.value == "chome"
    wrong = runner.invoke(args=["import-listings", str(path), "--map", "主宰=運営者"])
    assert wrong.exit_code != 0
    assert "「主宰=運営者」は「列名=項目」の形で" in wrong.output


def test_an_admin_adds_an_area_with_its_centre_placed(fresh_app: Flask) -> None:
    runner = fresh_app.test_cli_runner()
    runner.invoke(args=["init-db"])
    result = runner.invoke(
        args=[
            "add-area", "--code", "chuo", "--name", "中央地区",
            "--centre-name", "中央公民館", "--centre-address", "茨城県土浦市中央二丁目8-1",
        ]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with fresh_app.app_context():
        area = db.session().scalars(select(Area)).one()
        assert (area.name, area.lat, area.lon) == ("中央地区", 36.084049, 140.201792)
    bad = runner.invoke(args=["add-area", "--code", "中央", "--name", "x"])
    assert bad.exit_code != 0
    assert "コードは半角の英小文字" in bad.output
    nowhere = runner.invoke(
        args=["add-area", "--code", "x", "--name", "x", "--centre-address", "架空市1-1"]
    )
    assert "位置を特定できません" in nowhere.output
