"""Lists with ended and paused activities, and activities written on two rows, through the
upload page and ``flask import-listings``: what the coordinator reads before saving, and what
is saved."""

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

from directory.models import IntakeStatus, Listing, ListingStatus, User
from tests.directory.interop.conftest import DATA
from tests.webapp.conftest import post

FILES = DATA / "municipal"


# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def _preview(
    client: FlaskClient, file: str, category: str, organization: str = ""
) -> tuple[str, str]:
    response = post(
        client,
        "/coord/imports/",
        {
            "file": (io.BytesIO((FILES / file).read_bytes()), file),
            "organization": organization,
            "categories": [category],
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    url = response.headers["Location"]
    return url, client.get(url).get_data(as_text=True)


def _fingerprint(page: str) -> str:
    return page.split('name="fingerprint" value="')[1].split('"')[0]


def _names(session: Session, *names: str) -> dict[str, Listing]:
    session.expire_all()
    found = session.scalars(select(Listing).where(Listing.name.in_(names)))
    return {listing.name: listing for listing in found}


def test_the_preview_counts_activities_not_the_rows_they_are_written_on(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _, page = _preview(client, "a09_miyoshi_kayoinoba_tworows.xlsx", "kayoinoba", "三次市社協")
    assert "活動 6件（データ 8行のうち 2行は上の活動の続きの行）" in page
    assert "データ 8行（" not in page.replace("のうち", "")


def test_ended_rows_are_listed_with_why_and_only_a_coordinators_choice_saves_one(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    url, page = _preview(client, "a03_fukuoka_chuo_salon.csv", "salon", "中央区社会福祉協議会")
    assert "廃止・終了と書かれた行（2件。読み込みません）" in page
    assert "「廃止」とあるため、廃止・終了した活動として読み込みません" in page
    assert "「R6.3 終了」とあるため" in page
    assert "「休止中」とあるため、受入状況を「休止中」にして登録します" in page
    assert re.search(r"新規登録 <strong>6</strong>件", page)
    # 平尾サロン (line 7) still meets, the coordinator knows: registered after all.
    assert re.search(r'name="decision-7" value="skip" checked', page)
    # As with a duplicate: the counts change, so the preview is shown again before saving.
    again = post(
        client, f"{url}/apply", {"fingerprint": _fingerprint(page), "decision-7": "create"}
    )
    assert again.status_code == 409
    page = again.get_data(as_text=True)
    assert re.search(r'name="decision-7" value="create" checked', page)
    done = post(client, f"{url}/apply", {"fingerprint": _fingerprint(page), "decision-7": "create"})
    assert done.status_code == 302, done.get_data(as_text=True)
    saved = _names(db_session, "草ケ江サロン", "平尾サロン", "赤坂いきいきサロン", "警固茶話会")
    assert set(saved) == {"平尾サロン", "赤坂いきいきサロン", "警固茶話会"}
    assert saved["赤坂いきいきサロン"].intake_status is IntakeStatus.PAUSED
    assert saved["警固茶話会"].intake_status is None


def test_the_command_lists_ended_rows_and_counts_activities(
    app: Flask, client: FlaskClient, db_session: Session
) -> None:
    result = app.test_cli_runner().invoke(
        args=[
            "import-listings",
            str(FILES / "a01_higashikawa_kayoinoba.xlsx"),
            "--organization",
            "東川町地域包括支援センター",
            "--category",
            "kayoinoba",
            "--yes",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "活動 6件（データ 7行のうち 1行は上の活動の続きの行）" in result.output
    assert "廃止・終了と書かれた行（2件。読み込みません）" in result.output
    assert "8行目「通いの場名称」: 名前に取り消し線が引かれているため" in result.output
    assert "9行目「備考」: 「令和5年度末で廃止」とあるため" in result.output
    saved = _names(db_session, "東町お茶っこサロン", "南町体操クラブ", "きたまち茶話会")
    assert set(saved) == {"きたまち茶話会"}
    assert saved["きたまち茶話会"].intake_status is IntakeStatus.PAUSED


def test_an_activity_already_listed_that_the_list_says_ended_can_be_taken_out(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    """The yearly 通いの場一覧 again: one of the directory's activities is now 「廃止」. It was
    matched as a duplicate with update/create offered, so it stayed published (or, with
    「更新」 chosen for every duplicate, was rewritten from the ended row)."""
    from tests.factories import listing_by_key

    listing = listing_by_key(db_session, "a-johoku-ochakai")
    address = listing.location.address if listing.location else ""
    csv = (
        "活動名,開催場所住所,開催日時,備考\n"
        f"{listing.name},{address},毎週水曜日 14時から,令和6年3月で廃止\n"
        "中村西根ふれあいサロン,茨城県土浦市中村西根1234,第2木曜日 10時～,\n"
    ).encode("cp932")
    login_as("coordinator")
    response = post(
        client,
        "/coord/imports/",
        {
            "file": (io.BytesIO(csv), "kayoinoba_r7.csv"),
            "organization": listing.organization.name,
            "categories": ["salon"],
            "on_duplicate": "update",
        },
    )
    url = response.headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert "この一覧では「令和6年3月で廃止」と書かれています。" in page
    assert re.search(r'name="decision-2" value="skip" checked', page)  # kept unless chosen
    assert re.search(r'name="decision-2" value="archive"', page)
    assert not re.search(r'name="decision-2" value="update"', page)

    again = post(
        client, f"{url}/apply", {"fingerprint": _fingerprint(page), "decision-2": "archive"}
    )
    assert again.status_code == 409  # the counts changed: shown again before saving
    page = again.get_data(as_text=True)
    assert re.search(r"掲載終了 <strong>1</strong>件", page)
    done = post(
        client, f"{url}/apply", {"fingerprint": _fingerprint(page), "decision-2": "archive"}
    )
    assert done.status_code == 302, done.get_data(as_text=True)
    assert "掲載終了 1件" in client.get(done.headers["Location"]).get_data(as_text=True)
    db_session.expire_all()
    assert listing.status is ListingStatus.ARCHIVED
    assert any("令和6年3月で廃止" in r.author_note for r in listing.revisions)
    assert client.get(f"/listings/{listing.id}").status_code == 404
    assert "中村西根ふれあいサロン" in _names(db_session, "中村西根ふれあいサロン")


def test_the_command_takes_out_ended_activities_only_when_asked(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    from tests.factories import listing_by_key

    listing = listing_by_key(db_session, "a-johoku-ochakai")
    address = listing.location.address if listing.location else ""
    file = tmp_path / "kayoinoba_r7.csv"
    file.write_text(
        f"活動名,開催場所住所,備考\n{listing.name},{address},解散しました\n", encoding="utf-8"
    )
    args = ["import-listings", str(file), "--category", "salon", "--yes"]
    args += ["--organization", listing.organization.name]
    kept = app.test_cli_runner().invoke(args=args)
    assert "--archive-ended を付けて取り込んでください" in kept.output
    db_session.expire_all()
    assert listing.status is ListingStatus.PUBLISHED
    done = app.test_cli_runner().invoke(args=[*args, "--archive-ended"])
    assert done.exit_code == 0, done.output
    assert "掲載終了 1件" in done.output
    db_session.expire_all()
    assert listing.status is ListingStatus.ARCHIVED


def test_the_preview_says_a_full_row_comes_in_as_to_be_asked_and_why(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    url, page = _preview(client, "k01_mito_kosodate_classes.csv", "kosodate", "水戸市")
    assert "「満員」とあるため、受入状況を「要相談」にして登録します" in page
    assert "「受付終了」とあるため、受入状況を「要相談」にして登録します" in page
    # room said: 受け入れ可, said too (import14; said nothing before)
    assert "「空きあり」とあるため、受入状況を「受け入れ可」にして登録します" in page
    done = post(client, f"{url}/apply", {"fingerprint": _fingerprint(page)})
    assert done.status_code == 302, done.get_data(as_text=True)
    saved = _names(db_session, "ベビーヨガ教室", "パパと遊ぼう", "子育てサロンひだまり")
    assert saved["ベビーヨガ教室"].intake_status is IntakeStatus.CONSULT
    assert saved["パパと遊ぼう"].intake_status is IntakeStatus.OPEN
    assert saved["子育てサロンひだまり"].intake_status is IntakeStatus.PAUSED
