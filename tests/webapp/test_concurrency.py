"""Saves that happen at the same moment, with real threads on real connections.

These tests commit for real (the per-test rollback connection would serialise everything), so
each builds what it needs and deletes it afterwards. On SQLite the second writer waits for the
first (``BEGIN IMMEDIATE``) and the version check catches it; on PostgreSQL both read before
either writes and the database's unique constraint, or the import lock, decides.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash
from werkzeug.test import TestResponse

from directory import revisions
from directory.models import (
    ImportRun,
    IndexChange,
    Listing,
    ListingRevision,
    LoginAttempt,
    LoginSession,
    Organization,
    RevisionStatus,
    User,
)
from directory.search import feed, lifecycle
from tests.factories import PASSWORD, make_listing, make_user, organization
from tests.webapp.conftest import form_token, login, own_app

HEADER = "名称,住所,団体名,利用可能曜日,開始時間,終了時間,説明,カテゴリー"
ROW = "同時保存テストのお茶会,茨城県土浦市大和町9-1,大和町自治会,金,13:30,15:30,みんなでお茶,居場所"
ROW_ORGANIZATION = ROW.split(",")[2]  # new to the demo town: the import creates it


@dataclass
class Stage:
    app: Flask
    engine: Engine
    listing_id: int
    member: str
    coordinator: str


@pytest.fixture
def stage(
    engine: Engine, database_url: str, search_index_dir: Path, tmp_path: Path
) -> Iterator[Stage]:
    with own_app(database_url, search_index_dir, tmp_path / "imports") as app:
        hashed = generate_password_hash(PASSWORD)
        with Session(engine) as session:
            start = feed.latest_seq(session)
            known = set(session.scalars(select(Organization.id)))
            listing = make_listing(
                session, organization=organization(session, "chonai-johoku"), name="同時編集の集い"
            )
            make_user(session, email="race-member@example.jp", role="org_member",
                      password_hash=hashed, organizations=("chonai-johoku",))  # fmt: skip
            make_user(
                session, email="race-coord@example.jp", role="coordinator", password_hash=hashed
            )
            session.commit()
            made = Stage(app, engine, listing.id, "race-member@example.jp", "race-coord@example.jp")
        try:
            yield made
        finally:
            with Session(engine) as session:
                imported = list(
                    session.scalars(select(Listing.id).where(Listing.name == ROW.split(",")[0]))
                )
                gone = [made.listing_id, *imported]
                session.execute(delete(Listing).where(Listing.id.in_(gone)))
                session.execute(delete(ImportRun))
                session.execute(  # the organization the import made, for the next tests
                    delete(Organization).where(
                        Organization.name == ROW_ORGANIZATION, Organization.id.not_in(known)
                    )
                )
                session.execute(delete(IndexChange).where(IndexChange.seq > start))
                emails = [made.member, made.coordinator]
                users = select(User.id).where(User.email.in_(emails))
                session.execute(delete(LoginSession).where(LoginSession.user_id.in_(users)))
                session.execute(delete(User).where(User.email.in_(emails)))
                session.execute(delete(LoginAttempt).where(LoginAttempt.email.in_(emails)))
                session.commit()
                lifecycle.sync(session, search_index_dir, gone)


def signed_in(app: Flask, email: str) -> FlaskClient:
    client = app.test_client()
    user = User(email=email)
    assert login(client, user).status_code == 302
    return client


def at_once(*calls: Callable[[], TestResponse]) -> list[TestResponse]:
    """Run the calls in threads released together; their responses in the same order."""
    start = threading.Barrier(len(calls))
    results: list[TestResponse | BaseException | None] = [None] * len(calls)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = calls[i]()
        except BaseException as error:  # noqa: BLE001 (reported by the test)
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return [r for r in results if isinstance(r, TestResponse)]


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert found, name
    return found.group(1)


def test_two_people_saving_the_same_listing_at_once_one_wins_one_sees_the_conflict(
    stage: Stage, monkeypatch: pytest.MonkeyPatch
) -> None:
    editors = [signed_in(stage.app, stage.member), signed_in(stage.app, stage.member)]
    forms = []
    for editor in editors:
        page = editor.get(f"/org/listings/{stage.listing_id}/edit").get_data(as_text=True)
        forms.append(
            {
                "csrf_token": _field(page, "csrf_token"),
                "base_version": _field(page, "base_version"),
                "base_number": _field(page, "base_number"),
                "name": "同時編集の集い",
                "categories": "salon",
                "visibility": "public",
            }
        )
    forms[0]["description"] = "佐藤が書いた紹介文"
    forms[1]["description"] = "鈴木が書いた紹介文"

    # Both read the latest revision number before either writes (where the database lets
    # them: SQLite queues the second writer, so the wait gives up after a second).
    read_together = threading.Barrier(2, timeout=1)
    original = revisions.latest_number

    def latest_number_read_together(session: Session, listing: Listing) -> int:
        number = original(session, listing)
        try:
            read_together.wait()
        except threading.BrokenBarrierError:
            pass
        return number

    monkeypatch.setattr(revisions, "latest_number", latest_number_read_together)
    path = f"/org/listings/{stage.listing_id}/edit"
    responses = at_once(
        lambda: editors[0].post(path, data=forms[0]), lambda: editors[1].post(path, data=forms[1])
    )
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [302, 409], [r.get_data(as_text=True)[:300] for r in responses]
    loser = next(r for r in responses if r.status_code == 409)
    winner_index = next(i for i, r in enumerate(responses) if r.status_code == 302)
    page = loser.get_data(as_text=True)
    typed = forms[1 - winner_index]["description"]
    assert typed in page  # what the second person typed is still in the form
    assert "ほかの方" in page or "変更" in page
    with Session(stage.engine) as session:
        pending = list(
            session.scalars(
                select(ListingRevision).where(
                    ListingRevision.listing_id == stage.listing_id,
                    ListingRevision.status == RevisionStatus.PENDING,
                )
            )
        )
        assert [r.data["description"] for r in pending] == [forms[winner_index]["description"]]


def test_a_double_tap_on_send_saves_the_edit_once_and_says_so(
    stage: Stage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One person, one form, sent twice at once (a double tap on a slow network; two
    # clients signed in as that person, so that each request has its own cookie jar).
    taps = [signed_in(stage.app, stage.member), signed_in(stage.app, stage.member)]
    path = f"/org/listings/{stage.listing_id}/edit"
    forms = []
    for tap in taps:
        page = tap.get(path).get_data(as_text=True)
        forms.append(
            {
                "csrf_token": _field(page, "csrf_token"),
                "base_version": _field(page, "base_version"),
                "base_number": _field(page, "base_number"),
                "name": "同時編集の集い",
                "categories": "salon",
                "visibility": "public",
                "description": "二度押しした紹介文",
            }
        )
    read_together = threading.Barrier(2, timeout=1)
    original = revisions.latest_number

    def latest_number_read_together(session: Session, listing: Listing) -> int:
        number = original(session, listing)
        try:
            read_together.wait()
        except threading.BrokenBarrierError:
            pass
        return number

    monkeypatch.setattr(revisions, "latest_number", latest_number_read_together)
    responses = at_once(
        lambda: taps[0].post(path, data=forms[0]), lambda: taps[1].post(path, data=forms[1])
    )
    assert [r.status_code for r in responses] == [302, 302]
    assert {r.headers["Location"] for r in responses} == {
        f"/org/listings/{stage.listing_id}/history"
    }
    with Session(stage.engine) as session:
        sent = list(
            session.scalars(
                select(ListingRevision.data).where(ListingRevision.listing_id == stage.listing_id)
            )
        )
        assert [d["description"] for d in sent].count("二度押しした紹介文") == 1


def _upload(client: FlaskClient, data: bytes) -> tuple[str, str]:
    """(apply URL, fingerprint) of a fresh upload of ``data``."""
    response = client.post(
        "/coord/imports/",
        data={"file": (io.BytesIO(data), "ochakai.csv"), "csrf_token": form_token(client, "/")},
    )
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    preview = client.get(response.headers["Location"]).get_data(as_text=True)
    return response.headers["Location"] + "/apply", _field(preview, "fingerprint")


def _count(engine: Engine) -> int:
    with Session(engine) as session:
        name = ROW.split(",")[0]
        return session.scalar(select(func.count(Listing.id)).where(Listing.name == name)) or 0


FILE = ("\r\n".join([HEADER, ROW]) + "\r\n").encode("cp932")


def test_a_double_click_on_save_imports_once_and_says_so(stage: Stage) -> None:
    tabs = [signed_in(stage.app, stage.coordinator), signed_in(stage.app, stage.coordinator)]
    url, fingerprint = _upload(tabs[0], FILE)
    forms = [{"fingerprint": fingerprint, "csrf_token": form_token(t, "/")} for t in tabs]
    responses = at_once(
        lambda: tabs[0].post(url, data=forms[0]), lambda: tabs[1].post(url, data=forms[1])
    )
    assert [r.status_code for r in responses] == [302, 302]
    pages = [
        t.get(r.headers["Location"]).get_data(as_text=True)
        for t, r in zip(tabs, responses, strict=True)
    ]
    assert sum("を取り込みました" in p for p in pages) == 1
    assert sum("保存済みです" in p and "2回目の保存はしていません" in p for p in pages) == 1
    assert _count(stage.engine) == 1


def test_two_uploads_of_one_file_saved_at_once_import_it_once(stage: Stage) -> None:
    first = signed_in(stage.app, stage.coordinator)
    second = signed_in(stage.app, stage.coordinator)
    url_a, fingerprint_a = _upload(first, FILE)
    url_b, fingerprint_b = _upload(second, FILE)
    assert url_a != url_b
    form_a = {"fingerprint": fingerprint_a, "csrf_token": form_token(first, "/")}
    form_b = {"fingerprint": fingerprint_b, "csrf_token": form_token(second, "/")}
    responses = at_once(
        lambda: first.post(url_a, data=form_a), lambda: second.post(url_b, data=form_b)
    )
    assert sorted(r.status_code for r in responses) == [302, 409]
    refused = next(r for r in responses if r.status_code == 409).get_data(as_text=True)
    assert "同じ内容のファイルが" in refused
    assert "まだ保存していません" in refused
    assert _count(stage.engine) == 1
