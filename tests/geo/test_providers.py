"""Nominatim through geopy, against a fake server on 127.0.0.1 — never the internet."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from geo.geocoding import Located, NotLocated, OfflineGeocoder
from geo.providers import FirstLocated, GeocodeCache, NominatimGeocoder


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list[dict[str, list[str]]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        query = parse_qs(urlparse(self.path).query)
        FakeNominatim.requests.append({**query, "ua": [self.headers.get("User-Agent", "")]})
        q = query.get("q", [""])[0]
        body = []
        if "城北町" in q:
            body = [
                {
                    "lat": "36.0873",
                    "lon": "140.1957",
                    "display_name": "城北町, 土浦市",
                    "addresstype": "neighbourhood",
                    "type": "neighbourhood",
                }
            ]
        payload = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    FakeNominatim.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def nominatim(domain: str, tmp_path: Path) -> NominatimGeocoder:
    return NominatimGeocoder(
        user_agent="tsunagari-test/1.0",
        cache=GeocodeCache(tmp_path / "c.db"),
        domain=domain,
        scheme="http",
        min_delay_seconds=0.0,
        timeout=2,
    )


def test_nominatim_answers_with_precision_source_and_a_user_agent(
    server: str, tmp_path: Path
) -> None:
    result = nominatim(server, tmp_path).geocode("茨城県土浦市城北町５－１２")
    assert isinstance(result, Located)
    assert (result.lat, result.lon, result.precision) == (36.0873, 140.1957, "block")
    assert "OpenStreetMap" in result.source
    [request] = FakeNominatim.requests
    assert request["q"] == ["茨城県土浦市城北町5-12"]  # normalised before asking
    assert request["countrycodes"] == ["jp"]
    assert request["ua"] == ["tsunagari-test/1.0"]


def test_answers_are_cached_so_an_address_is_asked_once(server: str, tmp_path: Path) -> None:
    coder = nominatim(server, tmp_path)
    coder.geocode("土浦市城北町5-12")
    coder.geocode("土浦市城北町５番１２号")  # the same address, spelled differently
    again = nominatim(server, tmp_path).geocode("土浦市城北町5-12")  # a new process, same file
    assert isinstance(again, Located)
    assert again.source.endswith("(cache)")
    assert len(FakeNominatim.requests) == 1


def test_not_found_is_a_result_and_an_offline_fallback_can_answer(
    server: str, tmp_path: Path
) -> None:
    coder = nominatim(server, tmp_path)
    assert isinstance(coder.geocode("土浦市藤沢1238"), NotLocated)
    chain = FirstLocated([coder, OfflineGeocoder()])
    result = chain.geocode("土浦市藤沢1238")
    assert isinstance(result, Located)
    assert result.source.startswith("offline")


def test_an_unreachable_server_is_a_clear_answer_and_is_not_cached(tmp_path: Path) -> None:
    coder = nominatim("127.0.0.1:9", tmp_path)  # nothing listens on the discard port
    result = coder.geocode("土浦市城北町5-12")
    assert isinstance(result, NotLocated)
    assert result.reason == "地図サービスに接続できませんでした"
    assert coder.cache.get("nominatim", "土浦市城北町5-12") is None


def test_after_a_failure_the_server_is_not_asked_again_for_a_while(
    server: str, tmp_path: Path
) -> None:
    """A closed network: each request would wait for its timeout. After one failure the
    addresses of an imported list go straight to the gazetteer, for five minutes."""
    now = [1000.0]
    coder = NominatimGeocoder(
        user_agent="tsunagari-test/1.0",
        cache=GeocodeCache(tmp_path / "c.db"),
        domain="127.0.0.1:9",  # nothing listens
        scheme="http",
        min_delay_seconds=0.0,
        timeout=2,
        clock=lambda: now[0],
    )
    asked: list[str] = []
    real = coder.lookup
    coder.lookup = lambda query, **kw: (asked.append(query), real(query, **kw))[1]
    chain = FirstLocated([coder, OfflineGeocoder()])
    rows = ["土浦市城北町5-12", "土浦市藤沢1238", "土浦市大和町9-1", "土浦市中央二丁目16-35"]
    answers = [chain.geocode(address) for address in rows]
    assert all(isinstance(a, Located) and a.source.startswith("offline") for a in answers)
    assert asked == ["土浦市城北町5-12"]  # the first row only
    now[0] += 299
    assert isinstance(coder.geocode("土浦市川口1-1"), NotLocated)
    assert len(asked) == 1
    now[0] += 2  # five minutes on: asked again
    coder.geocode("土浦市川口1-1")
    assert asked == ["土浦市城北町5-12", "土浦市川口1-1"]
