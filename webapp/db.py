"""The request's database session: opened on first use, closed at the end of the request.

Views and CLI commands commit at the edge; domain functions only flush. A request that ends
with an exception is rolled back. A request that may write (any method but GET, HEAD and
OPTIONS) begins as a writer (``directory.db.WRITE_OPTIONS``): on SQLite two saves at once then
run one after the other, and the second sees what the first committed (its version check turns
it into the conflict page) instead of failing with "database is locked".
"""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from directory.db import WRITE_OPTIONS, make_engine

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def init_app(app: Flask) -> None:
    url = app.config["DATABASE_URL"]
    options: dict[str, Any] = {"pool_pre_ping": True}
    engine = make_engine(url, **options)
    app.extensions["db_engine"] = engine
    app.extensions["db_sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def engine() -> Engine:
    eng: Engine = current_app.extensions["db_engine"]
    return eng


def session() -> Session:
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_sessionmaker"]()
        # Modules that follow commits (the search index) attach their session events here.
        for hook in current_app.extensions.get("db_session_hooks", ()):
            hook(g.db_session)
        if has_request_context() and request.method not in SAFE_METHODS:
            g.db_session.connection(execution_options=WRITE_OPTIONS)
    db_session: Session = g.db_session
    return db_session


def _close_session(exc: BaseException | None) -> None:
    db_session: Session | None = g.pop("db_session", None)
    if db_session is None:
        return
    try:
        if exc is not None or db_session.in_transaction():
            db_session.rollback()
    finally:
        db_session.close()
