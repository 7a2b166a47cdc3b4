"""Running in production: a health check, the reverse proxy, and logs a machine can read.

- ``GET /healthz`` answers 200 when the database answers and the search index opens (with the
  number of indexed listings), 503 with what failed otherwise: for a load balancer or a
  monitoring check. An index that is missing, or empty while the database has published
  listings, is not usable ("missing"/"empty", 503) until it is rebuilt; after this process
  failed to write a change to it, it is "degraded" (503) until a later write or check succeeds.
  It says nothing about the data.
- ``TSUNAGARI_PROXY_COUNT=n``: the app runs behind ``n`` reverse proxies (nginx, a load
  balancer) and trusts their ``X-Forwarded-For`` and ``X-Forwarded-Proto`` (werkzeug's
  ``ProxyFix``), so login throttling sees the client's address and links use https. 0 (the
  default) trusts none: a client could otherwise choose its own address. ``X-Forwarded-Host``
  and ``-Port`` are never trusted: README's nginx passes the host in ``Host`` and does not
  overwrite those two, so they would be whatever the client sent — and the links built from
  them (API, HSDS, a password set-up mail, cached by proxies for 5 minutes) would point to the
  client's choice of site. ``TSUNAGARI_TRUSTED_HOSTS`` (Flask's TRUSTED_HOSTS) refuses a
  ``Host`` the site is not, should the proxy pass one.
- ``TSUNAGARI_LOG_FORMAT=json``: one JSON object per line on stderr (time, level, logger,
  message, and the traceback of an error), which log collectors read without parsing text;
  under gunicorn its own lines too (``gunicorn_json_logging``), access lines on stdout.
  Nothing personal is logged by the app in either format.
"""

from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.orm import Session
from werkzeug.middleware.proxy_fix import ProxyFix

from directory.search import lifecycle
from webapp import db, search

bp = Blueprint("operations", __name__)


def init_app(app: Flask) -> None:
    count = int(app.config.get("PROXY_COUNT", 0))
    if count > 0:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=count, x_proto=count, x_host=0, x_port=0
        )
    if app.config.get("LOG_FORMAT") == "json":
        use_json_logs()
    app.register_blueprint(bp)


WARM_PATHS = ("/", "/search?q=%E3%82%B5%E3%83%AD%E3%83%B3", "/api/v1/listings?q=%E9%A3%9F%E5%A0%82")


def warm_up(app: Flask) -> float:
    """In a new worker, before it serves anyone (gunicorn's post_worker_init, see
    ``webapp.gunicorn_conf``): what its first requests would otherwise do — compile the
    templates, open the index and the tokenizer, read the vocabularies and the home page's
    figures (a search and a home page, served to nobody). The first visitor then waits for
    none of it (3 s at 1,000 listings before). Returns the seconds it took.

    The caches built from the whole directory (``warmers``: the matching table) are built by
    the worker's keeper, started at the end, beside the requests it serves (as without
    gunicorn): built here, they held every new worker back from serving 16 s more at 100,000
    listings, and gunicorn stops the old workers as soon as it has started the new ones.
    Without a keeper (``SEARCH_SYNC_ON_START`` off) they are built here."""
    started = time.perf_counter()
    for name in app.jinja_env.list_templates(extensions=["html"]):
        app.jinja_env.get_template(name)
    if not app.config["SEARCH_SYNC_ON_START"]:
        with app.app_context():
            for warm in app.extensions.get("warmers", ()):
                with Session(db.engine()) as session:
                    warm(session)
    client = app.test_client()
    app.extensions[search.WARMING_UP] = True
    # Under TSUNAGARI_TRUSTED_HOSTS "localhost" would be refused: ask as the site itself.
    trusted = app.config.get("TRUSTED_HOSTS") or ["localhost"]
    base_url = "http://" + next((name for name in trusted if not name.startswith(".")), "localhost")
    try:
        for path in WARM_PATHS:
            status = client.get(path, base_url=base_url).status_code
            if status != 200:
                logging.getLogger(__name__).warning("warm-up: %s answered %s", path, status)
    finally:
        del app.extensions[search.WARMING_UP]
    with app.app_context():
        search.start_keeper()
    return time.perf_counter() - started


@bp.get("/healthz")
def health() -> tuple[Response, int]:
    checks: dict[str, Any] = {}
    healthy = True
    try:
        db.session().execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:  # any failure is the answer here, logged for the operator
        logging.getLogger(__name__).exception("health check: database")
        checks["database"] = "error"
        healthy = False
    finally:
        db.session().rollback()
    try:
        # The index this process searches, at its newest generation: what a request would read.
        ranker = current_app.extensions["search"].ranker
        count = ranker.doc_count()
        if ranker.missing:  # never built, or removed: searches find nothing until rebuilt
            checks["index"] = "missing"
            checks["index_problem"] = "no search index: it is rebuilt from the database"
            healthy = False
        elif count == 0 and checks["database"] == "ok" and lifecycle.any_published(db.session()):
            checks["indexed_listings"] = 0
            checks["index"] = "empty"
            checks["index_problem"] = "the search index holds none of the published listings"
            healthy = False
        else:
            checks["indexed_listings"] = count
            checks["index"] = "ok"
            problem = current_app.extensions["search"].writes.problem
            if problem is not None:  # this host's search misses a change until a repair
                checks["index"] = "degraded"
                checks["index_problem"] = f"the last index write failed: {problem}"
                healthy = False
    except Exception:
        logging.getLogger(__name__).exception("health check: search index")
        checks["index"] = "error"
        healthy = False
    # This process's start-up work (warming caches, the first drift check) runs beside the
    # requests it serves: "starting" until a check of the host's index has succeeded (its own
    # or another worker's), "failed" if the last one failed. A readiness probe may wait for
    # "ready".
    keeper = current_app.extensions["search"].healer
    checks["upkeep"] = search.Upkeep.READY.value if keeper is None else keeper.upkeep.value
    response = jsonify(status="ok" if healthy else "error", **checks)
    response.cache_control.no_store = True
    return response, 200 if healthy else 503


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON, with the traceback when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def use_json_logs() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.INFO)


def gunicorn_json_logging() -> dict[str, Any]:
    """gunicorn's ``logconfig_dict`` for JSON logs (``webapp.gunicorn_conf``): its own lines
    (boot, a worker killed, ``warmed up``) on stderr and its access lines on stdout, as
    ``JsonFormatter`` lines like the app's. gunicorn applies it in the master at start and at
    each reload; its workers inherit it."""
    formatter = f"{JsonFormatter.__module__}.{JsonFormatter.__qualname__}"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": formatter}},
        "handlers": {
            name: {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": f"ext://sys.{name}",
            }
            for name in ("stderr", "stdout")
        },
        "root": {"level": "INFO", "handlers": ["stderr"]},
        "loggers": {
            # Not through the root as well: each line once.
            "gunicorn.error": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
        },
    }
