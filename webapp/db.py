"""The request's database session: opened on first use, closed at the end of the request.

Views and CLI commands commit at the edge; domain functions only flush. A request that ends
with an exception, or with anything written and not committed, is rolled back. One that only
read ends its transaction with COMMIT — the same to the database, but psycopg forgets the
connection's prepared statements on every ROLLBACK: kept, a page's statements skip parsing
(and, where PostgreSQL finds a generic plan as good, planning) on later requests — a search
page's 20 listings read in 3.1 ms instead of 4.1 at 10,000 listings, 3.6 instead of 4.2 at
100,000. The pool hands out the connection used last (LIFO), whose statements are prepared.
A request that may write (any method but GET, HEAD and OPTIONS) begins as a writer
(``directory.db.WRITE_OPTIONS``): on SQLite two saves at once then run one after the other,
and the second sees what the first committed (its version check turns it into the conflict
page) instead of failing with "database is locked".

What a page records about its own reading — the audit rows of case data (``AuditEvent``) —
is not a write in that sense: a form shown again after a failed save rolls the save back, then
reads the case again to show it, and that read stays in the audit trail even when the view
does not commit it itself.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, g, has_request_context, request
from sqlalchemy import Engine, event
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, sessionmaker

from directory.db import WRITE_OPTIONS, make_engine
from matching.models import AuditEvent

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_WROTE = "webapp.db.wrote"


def init_app(app: Flask) -> None:
    url = app.config["DATABASE_URL"]
    options: dict[str, Any] = {"pool_pre_ping": True}
    if not url.startswith("sqlite"):  # an in-memory SQLite's pool takes no order
        options["pool_use_lifo"] = True
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
        event.listen(g.db_session, "after_flush", _note_flush)
        event.listen(g.db_session, "do_orm_execute", _note_statement)
        event.listen(g.db_session, "after_commit", _note_end)
        event.listen(g.db_session, "after_soft_rollback", _note_rollback)
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
        if exc is None and only_read(db_session):
            if db_session.in_transaction():
                db_session.commit()
        else:
            db_session.rollback()
    finally:
        db_session.close()


def only_read(db_session: Session) -> bool:
    """Whether the request's session has neither written in its current transaction (a
    flush, an INSERT, UPDATE or DELETE, a textual statement) nor anything pending that a
    commit would write — the audit rows of its reads aside. A view that saved and committed,
    then read (a coordinator's page records who read a case, then shows it), ends its reading
    like any page."""
    return not (db_session.info.get(_WROTE) or _changes(db_session))


def _changes(db_session: Session) -> bool:
    """Pending changes other than new audit rows."""
    return bool(
        db_session.dirty
        or db_session.deleted
        or any(not isinstance(o, AuditEvent) for o in db_session.new)
    )


def _note_flush(db_session: Session, _flush_context: object) -> None:
    # After a flush the session's lists still hold what it flushed.
    if _changes(db_session):
        db_session.info[_WROTE] = True


def _note_statement(state: ORMExecuteState) -> None:
    if not state.is_select:
        state.session.info[_WROTE] = True


def _note_end(db_session: Session) -> None:
    if not db_session.in_nested_transaction():  # not a SAVEPOINT released: all was committed
        db_session.info.pop(_WROTE, None)


def _note_rollback(db_session: Session, previous: SessionTransaction) -> None:
    if not previous.nested:  # all was rolled back (a SAVEPOINT's leaves what came before)
        db_session.info.pop(_WROTE, None)
