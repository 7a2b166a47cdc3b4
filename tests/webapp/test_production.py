"""The app really serves under the production server: gunicorn with two workers, behind a proxy,
with JSON logs, against the test database (SQLite or PostgreSQL, as the suite runs)."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus, Visibility
from tests.webapp.conftest import own_app


@pytest.fixture
def gunicorn(database_url: str, search_index_dir: Path, tmp_path: Path) -> Iterator[str]:
    with _serve(database_url, search_index_dir, tmp_path, "webapp:create_app()") as url:
        yield url


@contextmanager
def _serve(
    database_url: str, search_index_dir: Path, tmp_path: Path, app: str, *options: str
) -> Iterator[str]:
    """gunicorn with two workers and the app's settings (``webapp.gunicorn_conf``)."""
    log = tmp_path / "gunicorn.log"
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": "production-test",
        "SEARCH_INDEX_DIR": str(search_index_dir),
        "SEARCH_SYNC_ON_START": "false",
        "TSUNAGARI_PROXY_COUNT": "1",
        "TSUNAGARI_LOG_FORMAT": "json",
    }
    output = log.open("w")  # JSON logs: gunicorn's and the app's on stderr, access on stdout
    server = subprocess.Popen(  # noqa: S603 (gunicorn of this environment, the app's own spec)
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--bind", "127.0.0.1:0",
         "-c", "python:webapp.gunicorn_conf", *options, app],
        env=env, stdout=output, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        port = None
        while port is None and time.monotonic() < deadline:
            found = re.search(
                r"Listening at: http://127\.0\.0\.1:(\d+)", log.read_text() if log.exists() else ""
            )
            port = found.group(1) if found else None
            time.sleep(0.1)
        assert port, log.read_text() if log.exists() else "gunicorn did not start"
        # Each worker warms up (templates, index, tokenizer, caches) before its first request.
        while log.read_text().count("warmed up in") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert log.read_text().count("warmed up in") == 2, log.read_text()
        yield f"http://127.0.0.1:{port}"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        output.close()


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    """(status, body, headers) of a GET, redirects not followed."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}", headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read().decode(), dict(response.getheaders())
    finally:
        connection.close()


def test_the_app_serves_under_gunicorn_with_two_workers(
    gunicorn: str, engine: Engine, tmp_path: Path
) -> None:
    with Session(engine) as session:
        listing_id = session.scalar(
            select(Listing.id).where(
                Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC
            )
        )
    for path in ("/", "/search?q=サロン", f"/listings/{listing_id}", "/api/v1/listings?q=食堂"):
        status, body, _ = _get(gunicorn + urllib.parse.quote(path, safe="/?=&"))
        assert status == 200, (path, body[:300])
    status, body, headers = _get(gunicorn + "/healthz")
    assert status == 200
    health = json.loads(body)
    assert health["database"] == "ok"
    assert health["index"] == "ok"
    assert health["indexed_listings"] > 100
    assert headers["Cache-Control"] == "no-store"
    assert health["upkeep"] == "ready"  # warmed before its first request (no keeper here)
    status, _, _ = _get(gunicorn + "/listings/99999999")
    assert status == 404
    # TSUNAGARI_LOG_FORMAT=json: every line is one JSON object, gunicorn's own included
    # (its start, each worker's warm-up, the access lines).
    log = tmp_path / "gunicorn.log"
    deadline = time.monotonic() + 10  # a worker writes the access line after the response
    while "/listings/99999999" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert all(isinstance(e, dict) and {"time", "level", "message"} <= set(e) for e in entries)
    said = [(e["logger"], e["message"]) for e in entries]
    assert any(lg == "gunicorn.error" and m.startswith("Listening at:") for lg, m in said)
    assert sum(lg == "gunicorn.error" and "warmed up in" in m for lg, m in said) == 2
    assert any(lg == "gunicorn.access" and "/listings/99999999" in m for lg, m in said)


def test_a_download_longer_than_the_worker_timeout_is_sent_whole(
    database_url: str, search_index_dir: Path, tmp_path: Path
) -> None:
    """gunicorn's default worker was killed 30 s into any response, even one still sending: the
    open-data CSV of 100,000 listings arrived as 18,001 of its 100,001 lines, with a 200. Here
    the timeout is 2 s and the download takes 5."""
    with _serve(
        database_url, search_index_dir, tmp_path, "tests.webapp.slow_app:app", "--timeout", "2"
    ) as url:
        status, body, _ = _get(f"{url}/_test/slow-download")
    assert status == 200
    assert body.count("活動,住所,日時\n") == 5 * 1000  # tests/webapp/slow_app.py
    assert "WORKER TIMEOUT" not in (tmp_path / "gunicorn.log").read_text()


def test_behind_a_proxy_links_follow_the_forwarded_scheme_and_host(gunicorn: str) -> None:
    # What README's nginx sends: the host in Host, the scheme in X-Forwarded-Proto — and
    # whatever X-Forwarded-Host the client sent, which nginx passes through untouched.
    forwarded = {
        "Host": "map.example.jp",
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "evil.example",
    }
    status, body, _ = _get(gunicorn + "/api/v1/listings?per_page=1", forwarded)
    assert status == 200
    assert "https://map.example.jp/api/v1/listings" in body
    assert "evil.example" not in body
    _, direct, _ = _get(gunicorn + "/api/v1/listings?per_page=1")
    assert "map.example.jp" not in direct


def test_a_clients_forwarded_host_or_port_never_changes_the_links_others_are_served(
    database_url: str, search_index_dir: Path, tmp_path: Path
) -> None:
    """The API's pages are cached by proxies (Cache-Control: public): a link to the client's
    choice of site in one would be served to everyone for minutes."""
    with own_app(database_url, search_index_dir, tmp_path / "imports", PROXY_COUNT=1) as app:
        response = app.test_client().get(
            "/api/v1/listings?per_page=1",
            base_url="http://map.example.jp",
            headers={
                "X-Forwarded-Proto": "https",
                "X-Forwarded-Host": "evil.example",
                "X-Forwarded-Port": "8443",
            },
        )
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "https://map.example.jp/api/v1/listings" in body
    assert "evil.example" not in body
    assert ":8443" not in body


def test_a_host_name_the_site_is_not_gets_a_short_refusal_and_no_page_or_link(
    database_url: str, search_index_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """With TSUNAGARI_TRUSTED_HOSTS, a request for another name (a stranger's DNS pointed at the
    server, a forged Host) is refused before any page or API link is built from that name;
    the site's own names, and the address a load balancer checks, are served. A worker warms
    up as the site itself (as "localhost" it would be refused and warm nothing)."""
    from flask import request_finished

    from webapp.operations import WARM_PATHS, warm_up

    trusted = ["map.example.jp", "10.0.0.5"]
    with own_app(
        database_url, search_index_dir, tmp_path / "imports", TRUSTED_HOSTS=trusted
    ) as app:
        client = app.test_client()
        for path in ("/", "/search?q=サロン", "/api/v1/listings?per_page=1", "/hsds/services"):
            refused = client.get(path, base_url="http://evil.example")
            assert refused.status_code == 400, path
            assert "このアドレス（ホスト名）では受け付けていません" in refused.get_data(
                as_text=True
            )
            assert "evil.example" not in refused.get_data(as_text=True)
            served = client.get(path, base_url="http://map.example.jp")
            assert served.status_code == 200, path
        assert client.get("/healthz", base_url="http://10.0.0.5:8000").status_code == 200
        api = client.get("/api/v1/listings?per_page=1", base_url="https://map.example.jp")
        assert "https://map.example.jp/listings/" in api.get_data(as_text=True)
        answered: list[int] = []

        def record(sender: object, response: object, **extra: object) -> None:
            answered.append(response.status_code)  # type: ignore[attr-defined]

        with request_finished.connected_to(record, app), caplog.at_level("WARNING"):
            warm_up(app)
        assert len(answered) == len(WARM_PATHS)
        assert set(answered) == {200}
        assert "warm-up" not in caplog.text


def test_logs_are_json_lines_with_tracebacks() -> None:
    import logging

    from webapp.operations import JsonFormatter

    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.LogRecord(
            "webapp", logging.ERROR, __file__, 1, "failed %s", ("x",), sys.exc_info()
        )
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "ERROR"
    assert entry["message"] == "failed x"
    assert "RuntimeError: boom" in entry["traceback"]
