"""A 通いの場一覧 with no 団体名 and no 活動の種類 column, through the upload page and the
command: each 通いの場 is its own group and the list's title says what it is of, said once
above the rows (before: every row refused twice, 「団体名がありません」 and 「活動の種類が
ありません」)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Listing, Organization, User
from tests.webapp.conftest import post

LIST = (
    "\r\n".join(
        [
            "土浦市 通いの場一覧（令和8年4月1日現在）,,,",
            "通いの場の名称,活動場所,所在地,活動日",
            "神立いきいき百歳体操,神立公民館,土浦市神立町1234-5,毎週火曜日",
            "木田余ふれあい体操,木田余集会所,土浦市木田余東台1-1-1,第1・第3木曜日",
            "※問合せ先：土浦市 高齢福祉課 029-826-1111",
        ]
    )
    + "\r\n"
).encode("cp932")
OWN_GROUP = "団体名の列がないため、各行の活動名をそのまま団体名として登録します"
TITLE = "活動の種類の列がないため、一覧の「通いの場」から"


# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def test_the_upload_takes_each_kayoinoba_as_its_own_group_and_says_so_once(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(LIST), "kayoinoba.csv")})
    assert response.status_code == 302, response.get_data(as_text=True)
    url = response.headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert re.search(r"新規登録 <strong>2</strong>件", page)
    assert page.count(OWN_GROUP) == 1
    assert page.count(TITLE) == 1
    assert "団体名がありません" not in page
    assert "活動の種類がありません" not in page
    fingerprint = page.split('name="fingerprint" value="')[1].split('"')[0]
    done = post(client, f"{url}/apply", {"fingerprint": fingerprint})
    assert done.status_code == 302, done.get_data(as_text=True)
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "木田余ふれあい体操")).one()
    group = db_session.get(Organization, listing.organization_id)
    assert group is not None
    assert group.name == "木田余ふれあい体操"
    assert [c.code for c in listing.categories] == ["kayoinoba"]
    assert listing.contact_phone == "029-826-1111"  # the note under the list


def test_the_command_says_it_once_too(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "kayoinoba.csv"
    path.write_bytes(LIST)
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "エラー 0件" in result.output
    assert result.output.count(OWN_GROUP) == 1
    assert result.output.count(TITLE) == 1
    assert "連絡先の列がないため、一覧の下に書かれた問合せ先「土浦市 高齢福祉課 029-826-1111」" in (
        result.output
    )
