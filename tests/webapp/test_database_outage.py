"""The database out of reach (a restart, a network cut, SQLite locked past its wait) is said
as what it is: 503 with a time to come back, never a fault of the page, and a form sent then
keeps its words to send again."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from directory import feedback
from tests.factories import listing_by_key
from tests.webapp.conftest import form_token, own_app

JOHOKU_OCHAKAI = "a-johoku-ochakai"


def test_pages_and_the_api_say_come_back_later_when_the_database_cannot_be_reached(
    search_index_dir: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    shutil.copytree(search_index_dir, index)
    unreachable = f"sqlite:///{tmp_path / 'no-such-folder' / 'tsunagari.sqlite3'}"
    with own_app(unreachable, index, tmp_path / "imports") as app:
        client = app.test_client()
        for path in ("/", "/listings", "/listings/1", "/map"):
            page = client.get(path)
            assert page.status_code == 503, path
            assert page.headers["Retry-After"] == "30"
            text = page.get_data(as_text=True)
            assert "ただいまご利用いただけません" in text
            assert "少し時間をおいてから、もう一度お試しください" in text
        answer = client.get("/api/v1/listings")
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "30"
        assert answer.get_json()["error"]["code"] == "service_unavailable"


def test_a_report_sent_while_the_database_is_away_keeps_its_words(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = listing_by_key(db_session, JOHOKU_OCHAKAI)
    token = form_token(client, f"/listings/{listing.id}/report")

    def away(*args: object, **kwargs: object) -> None:
        raise OperationalError("INSERT INTO listing_reports …", {}, Exception("server closed"))

    monkeypatch.setattr(feedback, "submit_report", away)
    note = "入口の案内板では、第2火曜はお休みと書いてありました。"
    sent = client.post(
        f"/listings/{listing.id}/report",
        data={"csrf_token": token, "reason": "wrong", "note": note},
        headers={"Origin": "http://localhost"},
    )
    assert sent.status_code == 503
    assert sent.headers["Retry-After"] == "30"
    assert "no-store" in sent.headers["Cache-Control"]
    page = sent.get_data(as_text=True)
    assert "ただいまご利用いただけません" in page
    shown = re.findall(r'<textarea id="unsent-\d+" readonly[^>]*>([^<]*)</textarea>', page)
    assert [html.unescape(text) for text in shown] == [note]


def test_a_fault_of_ours_stays_a_500(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = listing_by_key(db_session, JOHOKU_OCHAKAI)
    token = form_token(client, f"/listings/{listing.id}/report")

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(feedback, "submit_report", broken)
    sent = client.post(
        f"/listings/{listing.id}/report", data={"csrf_token": token, "reason": "wrong"}
    )
    assert sent.status_code == 500
    assert "Retry-After" not in sent.headers
    assert "申し訳ありません。エラーが発生しました" in sent.get_data(as_text=True)
