"""A coordinator uploads a こども食堂一覧 on the page: recognised, every column read, the rows
that need a look (非公開, a city department) say why before anything is saved."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.models import Listing, User
from tests.directory.interop.conftest import DATA
from tests.webapp.test_import_views import upload

# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def test_a_kodomo_list_is_previewed_with_its_reasons(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    data = (DATA / "kodomo_utf8_double_bom.csv").read_bytes()
    status, page, _ = upload(client, data, "kodomo.csv")
    assert status == 200
    assert "こども食堂一覧" in page
    assert re.search(r"新規登録 <strong>13</strong>件", page)
    assert "エラー <strong>0</strong>件" in page
    assert "列は読み込みません" not in page  # every column is known
    assert "住所が非公開のため、地図には表示しません" in page
    assert "「子育て支援課」は市の担当課とみなし" in page
    assert (
        db_session.scalar(select(func.count(Listing.id)).where(Listing.name == "かすみ子ども食堂"))
        == 0
    )
