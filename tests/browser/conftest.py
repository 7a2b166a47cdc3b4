"""A live server on 127.0.0.1 (random port) and Debian's headless Chromium driven by Playwright.

Playwright never downloads a browser here: we launch /usr/bin/chromium (``apt-get install
chromium fonts-noto-cjk``; .ci/run does it). Requests to any host but 127.0.0.1 are aborted
and recorded, so a page that reaches for a CDN fails its test.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, Route, sync_playwright
from sqlalchemy import Engine
from werkzeug.serving import make_server

from webapp import create_app

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_server(
    engine: Engine,
    database_url: str,
    search_index_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[str]:
    app: Flask = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": "browser-test",
            "SEARCH_INDEX_DIR": str(search_index_dir),
            "IMPORT_UPLOAD_DIR": str(tmp_path_factory.mktemp("live-imports")),
        }
    )
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
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
