"""Configuration in one place: defaults, then the environment, then the caller's mapping.

Reading configuration has no side effects: nothing is created or contacted here. ``flask
init-db`` creates the instance folder and the secret-key file that the defaults point at.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from matching.report_export import DEFAULT_MASK_BELOW

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
        # A form's token lasts as long as the session it belongs to (which ends at logout, after
        # PERMANENT_SESSION_LIFETIME, and for staff after SESSION_IDLE_MINUTES without a
        # request), not one hour: a record written over a long meeting is still accepted.
        "WTF_CSRF_TIME_LIMIT": None,
        "JSON_AS_ASCII": False,
        # 参加支援: follow-ups scheduled after each referral (d = days, w = weeks, m = months).
        "FOLLOW_UP_OFFSETS": "2w,1m,3m",
        # Overrides of matching.engine.Weights, e.g. {"distance": 0.3}; unknown keys are refused.
        "MATCHING_WEIGHTS": {},
        # The area map sends every pin at once up to this many; a larger directory's map asks
        # for what is in its view, and shows counts by area of the grid when zoomed out.
        "MAP_POINTS_AT_ONCE": 2000,
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
        "REPORT_MASK_BELOW": DEFAULT_MASK_BELOW,
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
        # The host names this site answers to (Flask's TRUSTED_HOSTS; None: any). A request
        # with another Host header gets a 400, so links are never built from a stranger's name.
        "TRUSTED_HOSTS": None,
    }


def _text(value: str) -> str | None:
    return value.strip() or None


def _count(low: int) -> Callable[[str], int | None]:
    """A whole number, at least ``low``; anything else is not a setting."""
    return lambda value: max(low, int(value)) if value.strip().isdigit() else None


def _names(value: str) -> list[str]:
    """Comma-separated names, each trimmed ("map.example.jp, 10.0.0.5")."""
    return [name.strip() for name in value.replace("、", ",").split(",") if name.strip()]


def _one_of(*choices: str) -> Callable[[str], str | None]:
    return lambda value: value if value in choices else None


def _off(value: str) -> bool | None:
    return False if value.lower() in {"0", "false", "no"} else None


def _on(value: str) -> bool | None:
    return True if value.lower() in {"1", "true", "yes"} else None


# Environment variable → (setting, reader); a reader's None means "not given", so the default
# stands. Only these names are read.
ENVIRONMENT: dict[str, tuple[str, Callable[[str], Any]]] = {
    "DATABASE_URL": ("DATABASE_URL", lambda url: normalize_database_url(url) if url else None),
    "SECRET_KEY": ("SECRET_KEY", lambda key: key or None),
    "TSUNAGARI_TIMEZONE": ("TIMEZONE", _text),
    "TSUNAGARI_FRESHNESS_DAYS": ("FRESHNESS_DAYS", _count(0)),
    "TSUNAGARI_SESSION_IDLE_MINUTES": ("SESSION_IDLE_MINUTES", _count(1)),
    "TSUNAGARI_GEOCODER": ("GEOCODER", _text),
    "TSUNAGARI_GEOCODER_USER_AGENT": ("GEOCODER_USER_AGENT", _text),
    "TSUNAGARI_NOMINATIM_DOMAIN": ("NOMINATIM_DOMAIN", _text),
    "TSUNAGARI_NOMINATIM_SCHEME": ("NOMINATIM_SCHEME", _text),
    "TSUNAGARI_HOME_PREFECTURE": ("HOME_PREFECTURE", _text),
    "TSUNAGARI_MUNICIPALITY_CODE": ("MUNICIPALITY_CODE", _text),
    "TSUNAGARI_MUNICIPALITY_NAME": ("MUNICIPALITY_NAME", _text),
    "TSUNAGARI_REPORT_MASK_BELOW": ("REPORT_MASK_BELOW", _count(0)),
    "TSUNAGARI_PUBLIC_URL": ("PUBLIC_URL", lambda url: url.strip().rstrip("/") or None),
    "TSUNAGARI_MAP_TILES": ("MAP_TILES", _text),
    "TSUNAGARI_MAP_POINTS_AT_ONCE": ("MAP_POINTS_AT_ONCE", _count(1)),
    "TSUNAGARI_FOLLOW_UP_OFFSETS": ("FOLLOW_UP_OFFSETS", _text),
    "SEARCH_INDEX_DIR": ("SEARCH_INDEX_DIR", _text),
    "TSUNAGARI_PROXY_COUNT": ("PROXY_COUNT", _count(0)),
    "TSUNAGARI_LOG_FORMAT": ("LOG_FORMAT", _one_of("json", "text")),
    "TSUNAGARI_TRUSTED_HOSTS": ("TRUSTED_HOSTS", lambda names: _names(names) or None),
    "SEARCH_SYNC_ON_START": ("SEARCH_SYNC_ON_START", _off),
    "SEARCH_FOLLOW_SECONDS": ("SEARCH_FOLLOW_SECONDS", _count(1)),
    "SEARCH_DRIFT_CHECK_MINUTES": ("SEARCH_DRIFT_CHECK_MINUTES", _count(1)),
    "SESSION_COOKIE_SECURE": ("SESSION_COOKIE_SECURE", _on),
}


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """Settings given in the environment (``ENVIRONMENT``). Only known names are read."""
    config: dict[str, Any] = {}
    for variable, (setting, read) in ENVIRONMENT.items():
        if variable in environ and (value := read(environ[variable])) is not None:
            config[setting] = value
    if config.get("SESSION_COOKIE_SECURE"):
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
