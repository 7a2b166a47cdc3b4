"""Database plumbing shared by every domain package: the declarative base and the engine.

One ``Base`` (and so one ``MetaData``) serves directory and matching, so Alembic sees a single
schema. Constraint names follow a fixed convention so migrations are identical on SQLite and
PostgreSQL and can be altered later by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator

from directory.errors import Conflict, NotFound

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite has no timezone-aware type; without this, values written aware come back naive and
    comparisons between fresh and loaded objects fail in subtle ways.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use datetime.now(UTC)")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    return datetime.now(UTC)


# Execution options for a unit of work that will write: on SQLite it takes the write lock when
# it begins (other backends ignore the option; their row locks do the queueing).
WRITE_OPTIONS = {"sqlite_begin": "IMMEDIATE"}


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine with the settings this project relies on for each backend.

    SQLite: foreign keys are off by default and pysqlite's implicit transactions break
    SAVEPOINT (used by tests and by nested use cases), so we take over BEGIN ourselves, as the
    SQLAlchemy documentation recommends for the pysqlite driver. A connection with the
    execution option ``sqlite_begin="IMMEDIATE"`` (see :data:`WRITE_OPTIONS`) begins with
    ``BEGIN IMMEDIATE``: it takes SQLite's single write lock at once, so two writers queue
    (busy timeout) instead of both reading and the second failing when it tries to write.

    A database error's message leaves out the statement's parameters (``hide_parameters``):
    they are what people typed — a case's name, a note — and the message goes to the log.
    """
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=15000")  # a writer waits up to 15 s for another
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")


@contextmanager
def conflict_if_duplicate(session: Session, message: str) -> Iterator[None]:
    """Run the block in a savepoint; if a unique constraint refuses what it adds (two people
    saved at once and both read the same revision number), raise ``Conflict(message)`` rather
    than an error, and leave the caller's transaction usable for showing the conflict.

    Create the new rows inside the block: the savepoint flushes what came before it. On
    PostgreSQL the second insert waits for the first transaction and is refused once it commits.
    """
    try:
        with session.begin_nested():
            yield
    except IntegrityError as error:
        # The refused row may still sit in its parent's collection (listing.revisions):
        # reload everything from the database, where the other person's row now is.
        session.expire_all()
        raise Conflict(message) from error


BULK_ROWS = 100  # a change this large (an import) refreshes the planner's statistics


def refresh_statistics(session: Session, *tables: str) -> None:
    """After a bulk change (an import, the window of meetings moved), inside its transaction:
    the database's row counts for the planner. Without them PostgreSQL takes a table filled
    since the last autovacuum analyze for empty, and a join planned for an empty table can take
    minutes — the home page's week over 100,000 listings took over 9 minutes per request until
    ANALYZE, and a search page's 20 listings 548 ms instead of 3 ms after an import of 998 (a
    server with autovacuum off never analyzes). SQLite without them guesses that an index on
    (status, visibility) picks few listings, and sorts the whole directory for a page in
    reading order instead of reading ix_listings_reading."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("ANALYZE " + ", ".join(tables)))
    elif dialect == "sqlite":
        for table in tables:  # SQLite analyzes one table a statement
            session.execute(text(f"ANALYZE {table}"))


Row = TypeVar("Row")


def existing(session: Session, model: type[Row], row_id: int) -> Row:
    """The row with this id, or ``NotFound`` (a page shows 404)."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(row_id)
    return row
