"""A live server on 127.0.0.1 (random port) and Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: we launch /usr/bin/chromium (``apt-get install
chromium fonts-noto-cjk``; .ci/run does it). Requests to any host but 127.0.0.1 are aborted
and recorded, so a page that reaches for a CDN fails its test.

The screenshots a journey takes are kept after the run as CI artefacts, one folder per test
under ``artifacts/screenshots/`` (``TSUNAGARI_ARTIFACTS`` to put them elsewhere).
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, Route, sync_playwright
from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash
from werkzeug.serving import make_server

from directory.models import Listing, LoginAttempt, User
from directory.search import lifecycle
from matching.models import AuditEvent
from tests.factories import PASSWORD, make_listing, make_user, organization

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment
from webapp import create_app

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(
    os.environ.get("TSUNAGARI_ARTIFACTS", Path(__file__).resolve().parents[2] / "artifacts")
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def keep_screenshots(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """After each browser test, copy the screenshots it took into the artefacts folder."""
    yield
    shots = sorted(tmp_path.rglob("*.png"))
    if shots:
        folder = ARTIFACTS / "screenshots" / re.sub(r"[^\w.-]+", "_", request.node.nodeid)
        folder.mkdir(parents=True, exist_ok=True)
        for shot in shots:
            shutil.copy2(shot, folder / shot.name)


@pytest.fixture(scope="session")
def live_app(
    engine: Engine,
    database_url: str,
    search_index_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Flask:
    """The app the live server serves (a test may change a setting with monkeypatch)."""
    app: Flask = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "browser-test",
            "SEARCH_INDEX_DIR": str(search_index_dir),
            "IMPORT_UPLOAD_DIR": str(tmp_path_factory.mktemp("live-imports")),
        }
    )
    return app


def closing_responses(app: WSGIApplication) -> WSGIApplication:
    """``app``, each response closed as soon as it is sent or dropped.

    When a browser drops a connection (navigating away while a stylesheet is still coming),
    werkzeug's development server reads the dropped socket before it closes the response,
    fails there and never closes it: a static file is left to the garbage collector, whose
    ResourceWarning fails whichever test is running then (seen once in CI). Here the body is
    handed over by a generator that closes the response when it is exhausted, or when the
    server lets go of it."""

    def wrapped(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        response = app(environ, start_response)

        def body() -> Iterator[bytes]:
            try:
                yield from response
            finally:
                close = getattr(response, "close", None)
                if close is not None:
                    close()

        return body()

    return wrapped


@pytest.fixture(scope="session")
def live_server(live_app: Flask) -> Iterator[str]:
    app = live_app
    server = make_server("127.0.0.1", 0, closing_responses(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        if app.extensions["search"].healer is not None:
            app.extensions["search"].healer.stop()
        app.extensions["search"].ranker.close()
        app.extensions["db_engine"].dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium fonts-noto-cjk")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A phone-sized page that may only talk to 127.0.0.1; ``page.blocked`` lists the rest."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, locale="ja-JP", timezone_id="Asia/Tokyo"
    )
    blocked: list[str] = []

    def only_local(route: Route) -> None:
        if urlparse(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    pg = context.new_page()
    pg.blocked = blocked  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        context.close()


# ---- journeys that commit for real: what they build, and how it is removed again ------------


@dataclass(frozen=True)
class Scene:
    """A listing of 城北町町内会 with one of its members and a coordinator, for one journey."""

    listing_id: int
    member_email: str
    coordinator_email: str


@contextmanager
def journey_scene(engine: Engine, index_dir: Path, tag: str, **listing: Any) -> Iterator[Scene]:
    """Build a Scene; afterwards delete it and take its listing out of the search index."""
    hashed = generate_password_hash(PASSWORD)
    with Session(engine) as session:
        org = organization(session, "chonai-johoku")
        made = make_listing(session, organization=org, **listing)
        member = make_user(session, email=f"{tag}-member@example.jp", role="org_member",
                           password_hash=hashed, organizations=("chonai-johoku",),
                           name="城北町 佐藤")  # fmt: skip
        coordinator = make_user(session, email=f"{tag}-coord@example.jp", role="coordinator",
                                password_hash=hashed, name="社協 鈴木")  # fmt: skip
        session.commit()
        scene = Scene(made.id, member.email, coordinator.email)
    try:
        yield scene
    finally:
        remove(engine, index_dir, [scene.listing_id], [scene.member_email, scene.coordinator_email])


@contextmanager
def staff_account(
    engine: Engine, index_dir: Path, email: str, name: str, role: str = "coordinator"
) -> Iterator[str]:
    """A staff account a journey signs in with (password ``PASSWORD``); deleted afterwards,
    with the audit rows and sign-in attempts it left."""
    with Session(engine) as session:
        make_user(session, email=email, role=role, name=name,
                  password_hash=generate_password_hash(PASSWORD))  # fmt: skip
        session.commit()
    try:
        yield email
    finally:
        remove(engine, index_dir, [], [email])


def remove(
    engine: Engine, index_dir: Path, listing_ids: Iterable[int], emails: Iterable[str]
) -> None:
    """Delete what a journey committed, and the index entries the live server wrote for it."""
    ids, addresses = set(listing_ids), list(emails)
    with Session(engine) as session:
        session.execute(delete(Listing).where(Listing.id.in_(ids)))
        users = select(User.id).where(User.email.in_(addresses))
        session.execute(delete(AuditEvent).where(AuditEvent.actor_id.in_(users)))
        session.execute(delete(User).where(User.email.in_(addresses)))
        session.execute(delete(LoginAttempt).where(LoginAttempt.email.in_(addresses)))
        session.commit()
        lifecycle.sync(session, index_dir, ids)


def log_in(page: Page, live_server: str, email: str) -> None:
    page.goto(live_server + "/")
    page.get_by_role("link", name="団体・職員のログイン").click()
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("パスワード").fill(PASSWORD)
    page.get_by_role("button", name="ログイン").click()
