"""Configuration in one place: defaults, then the environment, then the caller's mapping.

Reading configuration has no side effects: nothing is created or contacted here. ``flask
init-db`` creates the instance folder and the secret-key file that the defaults point at.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SECRET_KEY_FILE = "secret_key"  # noqa: S105 (a file name, not a secret)
SQLITE_FILE = "tsunagari.sqlite3"


def defaults(instance_path: str) -> dict[str, Any]:
    instance = Path(instance_path)
    return {
        "DATABASE_URL": f"sqlite:///{instance / SQLITE_FILE}",
        "SECRET_KEY": None,
        "TIMEZONE": "Asia/Tokyo",
        "LISTINGS_PER_PAGE": 20,
        # Listings not confirmed for this many days are marked as possibly out of date.
        "FRESHNESS_DAYS": 180,
        "SESSION_COOKIE_HTTPONLY": True,
        # A login session ends with the browser or after this long, whichever is first.
        "PERMANENT_SESSION_LIFETIME": 8 * 60 * 60,
        # Staff (coordinators, admins) are signed out after this many minutes without a request.
        "SESSION_IDLE_MINUTES": 30,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # Failed logins tolerated within LOGIN_BLOCK_MINUTES, per address and per client.
        "LOGIN_FAILURES_PER_ACCOUNT": 10,
        "LOGIN_FAILURES_PER_CLIENT": 50,
        "LOGIN_BLOCK_MINUTES": 15,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,
        "WTF_CSRF_ENABLED": True,
        "JSON_AS_ASCII": False,
        # 参加支援: follow-ups scheduled after each referral (d = days, w = weeks, m = months).
        "FOLLOW_UP_OFFSETS": "2w,1m,3m",
        # Overrides of matching.engine.Weights, e.g. {"distance": 0.3}; unknown keys are refused.
        "MATCHING_WEIGHTS": {},
        # Map background tiles: "none" (offline: markers only), "osm" or "gsi" (国土地理院).
        "MAP_TILES": "none",
        # The prefecture assumed for addresses written without one (the demo town's).
        "HOME_PREFECTURE": "茨城県",
        # 全国地方公共団体コード (6 digits, check digit included) of the municipality publishing
        # the directory: the 自治体標準 exports write it on every row. Empty: each row's code
        # comes from the listing's address. A wrong code stops the app at start-up.
        "MUNICIPALITY_CODE": "",
        # The municipality's name on printed documents (支援プラン, 実績); empty: the name of
        # MUNICIPALITY_CODE, else none.
        "MUNICIPALITY_NAME": "",
        # 実績 exports write counts from 1 to this minus 1 as 「5未満」 (0 or 1: no masking).
        "REPORT_MASK_BELOW": 5,
        # Where residents reach the public pages (the おでかけカード's QR code), e.g.
        # https://tsunagari.example.jp; empty: the address the coordinator is using.
        "PUBLIC_URL": "",
        # Geocoding: "offline" (embedded gazetteer) or "nominatim" (online first, then offline).
        "GEOCODER": "offline",
        "GEOCODER_USER_AGENT": "tsunagari-map/0.1 (community resource directory)",
        "GEOCODER_CACHE": str(instance / "geocode-cache.sqlite3"),
        "NOMINATIM_DOMAIN": "nominatim.openstreetmap.org",
        "NOMINATIM_SCHEME": "https",
        # Search: the Whoosh index folder (derived data, rebuilt by `flask reindex`), and
        # whether the first request compares it with the database and repairs drift.
        "SEARCH_INDEX_DIR": str(instance / "search-index"),
        "SEARCH_SYNC_ON_START": True,
        # How often each process compares the index with the database (minutes).
        "SEARCH_DRIFT_CHECK_MINUTES": 10,
        # How often each process reads the changes other hosts made (seconds).
        "SEARCH_FOLLOW_SECONDS": 2,
        # The largest request body (an uploaded spreadsheet); larger ones get a 413 page.
        "MAX_CONTENT_LENGTH": 20 * 1024 * 1024,
        # Production: reverse proxies in front of the app (0: trust no X-Forwarded-* header),
        # and "json" for one JSON log line per record.
        "PROXY_COUNT": 0,
        "LOG_FORMAT": "text",
    }


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings given in the environment. Only known names are read."""
    config: dict[str, Any] = {}
    if url := environ.get("DATABASE_URL"):
        config["DATABASE_URL"] = normalize_database_url(url)
    if key := environ.get("SECRET_KEY"):
        config["SECRET_KEY"] = key
    if tz := environ.get("TSUNAGARI_TIMEZONE"):
        config["TIMEZONE"] = tz
    if (days := environ.get("TSUNAGARI_FRESHNESS_DAYS", "")).isdigit():
        config["FRESHNESS_DAYS"] = int(days)
    if (minutes := environ.get("TSUNAGARI_SESSION_IDLE_MINUTES", "")).isdigit():
        config["SESSION_IDLE_MINUTES"] = max(1, int(minutes))
    for name in ("GEOCODER", "GEOCODER_USER_AGENT", "NOMINATIM_DOMAIN", "NOMINATIM_SCHEME"):
        if value := environ.get(f"TSUNAGARI_{name}"):
            config[name] = value
    if prefecture := environ.get("TSUNAGARI_HOME_PREFECTURE"):
        config["HOME_PREFECTURE"] = prefecture
    if code := environ.get("TSUNAGARI_MUNICIPALITY_CODE", "").strip():
        config["MUNICIPALITY_CODE"] = code
    if name := environ.get("TSUNAGARI_MUNICIPALITY_NAME", "").strip():
        config["MUNICIPALITY_NAME"] = name
    if (below := environ.get("TSUNAGARI_REPORT_MASK_BELOW", "")).isdigit():
        config["REPORT_MASK_BELOW"] = int(below)
    if public_url := environ.get("TSUNAGARI_PUBLIC_URL", "").strip():
        config["PUBLIC_URL"] = public_url.rstrip("/")
    if tiles := environ.get("TSUNAGARI_MAP_TILES"):
        config["MAP_TILES"] = tiles
    if offsets := environ.get("TSUNAGARI_FOLLOW_UP_OFFSETS"):
        config["FOLLOW_UP_OFFSETS"] = offsets
    if index_dir := environ.get("SEARCH_INDEX_DIR"):
        config["SEARCH_INDEX_DIR"] = index_dir
    if (proxies := environ.get("TSUNAGARI_PROXY_COUNT", "")).isdigit():
        config["PROXY_COUNT"] = int(proxies)
    if environ.get("TSUNAGARI_LOG_FORMAT", "") in {"json", "text"}:
        config["LOG_FORMAT"] = environ["TSUNAGARI_LOG_FORMAT"]
    if environ.get("SEARCH_SYNC_ON_START", "").lower() in {"0", "false", "no"}:
        config["SEARCH_SYNC_ON_START"] = False
    if (seconds := environ.get("SEARCH_FOLLOW_SECONDS", "")).isdigit():
        config["SEARCH_FOLLOW_SECONDS"] = max(1, int(seconds))
    if (minutes := environ.get("SEARCH_DRIFT_CHECK_MINUTES", "")).isdigit():
        config["SEARCH_DRIFT_CHECK_MINUTES"] = max(1, int(minutes))
    if environ.get("SESSION_COOKIE_SECURE", "").lower() in {"1", "true", "yes"}:
        config["SESSION_COOKIE_SECURE"] = True
        config["REMEMBER_COOKIE_SECURE"] = True
    return config


def normalize_database_url(url: str) -> str:
    """Accept the URLs hosting platforms hand out and pick the installed psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def resolve_secret_key(configured: str | None, instance_path: str) -> str:
    """The configured key, else the one ``flask init-db`` saved, else a throw-away key.

    A throw-away key works for one process only (sessions end at restart and workers disagree),
    so it is logged as a warning rather than silently used.
    """
    if configured:
        return configured
    path = Path(instance_path) / SECRET_KEY_FILE
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    log.info("SECRET_KEY is not set and %s does not exist; using a temporary key", path)
    return secrets.token_hex(32)


def ensure_secret_key_file(instance_path: str) -> Path:
    path = Path(instance_path) / SECRET_KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        os.chmod(path, 0o600)
    return path
