"""Online geocoders through geopy, behind the same interface as the offline one.

``NominatimGeocoder`` asks an OpenStreetMap Nominatim server (the public one, or a
municipality's own): it sends a proper User-Agent, waits at least one second between requests
(geopy's RateLimiter, as the public server's policy asks), and keeps every answer in a SQLite
cache so the same address is never asked twice. A network failure is a ``NotLocated`` with a
clear reason, never an exception, and is not cached. ``FirstLocated`` tries geocoders in turn,
so an online deployment still falls back to the embedded gazetteer.

After a failure the server is not asked again for a while (``retry_after_failure``, 5 minutes):
on a closed municipal network every request would otherwise wait for its timeout, and an
imported list of 300 addresses would take half an hour (300 × the timeout and the one-second
spacing) before each row fell back to the gazetteer anyway. Cached answers still serve.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from geo.geocoding import N_, Geocoded, Geocoder, Located, NotLocated
from geo.normalize import parse

log = logging.getLogger(__name__)

# Nominatim's addresstype → our precision.
_PRECISION = {
    "building": "rooftop", "house": "rooftop", "amenity": "rooftop", "shop": "rooftop",
    "neighbourhood": "block", "quarter": "block", "suburb": "block", "hamlet": "block",
    "city_block": "block", "residential": "block", "road": "block",
    "city": "city", "town": "city", "village": "city", "municipality": "city",
}  # fmt: skip
UNREACHABLE = N_("地図サービスに接続できませんでした")


def _not_found(query: str, provider: str) -> NotLocated:
    return NotLocated(
        N_("「%(query)s」は%(provider)sで見つかりませんでした"),
        (("query", query), ("provider", provider)),
    )


class GeocodeCache:
    """address key → answer, in a SQLite file (derived data: safe to delete)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS answers (provider TEXT, query TEXT, lat REAL, "
                "lon REAL, precision TEXT, matched TEXT, PRIMARY KEY (provider, query))"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def get(self, provider: str, query: str) -> Geocoded | None:
        with self._lock, self._connect() as db:
            row = db.execute(
                "SELECT lat, lon, precision, matched FROM answers WHERE provider=? AND query=?",
                (provider, query),
            ).fetchone()
        if row is None:
            return None
        lat, lon, precision, matched = row
        if lat is None:
            return _not_found(query, provider)
        return Located(lat, lon, precision, f"{provider} (cache)", matched)

    def put(self, provider: str, query: str, answer: Geocoded) -> None:
        values: tuple[Any, ...] = (provider, query, None, None, "", "")
        if isinstance(answer, Located):
            values = (provider, query, answer.lat, answer.lon, answer.precision, answer.matched)
        with self._lock, self._connect() as db:
            db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)", values)


class NominatimGeocoder:
    name = "nominatim"

    def __init__(
        self,
        *,
        user_agent: str,
        cache: GeocodeCache,
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        min_delay_seconds: float = 1.0,
        timeout: float = 5.0,
        retry_after_failure: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = Nominatim(
            user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout
        )
        self.lookup: Callable[..., Any] = RateLimiter(
            self.client.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
        )
        self.cache = cache
        self.retry_after_failure = retry_after_failure
        self._clock = clock
        self._unreachable_until = float("-inf")

    def geocode(self, address: str) -> Geocoded:
        parts = parse(address)
        query = parts.key or address.strip()
        if not query:
            return NotLocated(N_("住所が空です"))
        if (cached := self.cache.get(self.name, query)) is not None:
            return cached
        if self._clock() < self._unreachable_until:
            return NotLocated(UNREACHABLE)  # failed a moment ago: not worth another timeout
        try:
            found = self.lookup(query, country_codes="jp", language="ja")
        except GeopyError as error:
            self._unreachable_until = self._clock() + self.retry_after_failure
            log.warning(
                "geocoder %s unreachable (%s); not asked again for %.0f s",
                self.name,
                type(error).__name__,
                self.retry_after_failure,
            )
            return NotLocated(UNREACHABLE)
        if found is None:
            answer: Geocoded = _not_found(query, self.name)
        else:
            kind = str(found.raw.get("addresstype") or found.raw.get("type") or "")
            answer = Located(
                found.latitude,
                found.longitude,
                _PRECISION.get(kind, "block"),
                f"{self.name}: © OpenStreetMap contributors",
                found.address[:200],
            )
        self.cache.put(self.name, query, answer)
        return answer


class FirstLocated:
    """Ask each geocoder in turn; the first that locates the address answers."""

    def __init__(self, geocoders: Sequence[Geocoder]) -> None:
        self.geocoders = list(geocoders)
        self.name = "+".join(g.name for g in self.geocoders)

    def geocode(self, address: str) -> Geocoded:
        answer: Geocoded = NotLocated(N_("ジオコーダーがありません"))
        for geocoder in self.geocoders:
            answer = geocoder.geocode(address)
            if isinstance(answer, Located):
                return answer
        return answer
