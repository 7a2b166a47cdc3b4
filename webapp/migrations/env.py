"""Alembic environment: uses the engine handed over by ``webapp.migrations.upgrade``,
or DATABASE_URL when alembic is run from the command line."""

from __future__ import annotations

import os

from alembic import context

import directory.models  # noqa: F401  (registers the tables on the metadata)
import matching.models  # noqa: F401
from directory.db import Base, make_engine

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(os.environ["DATABASE_URL"])
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; pass a database")
run_migrations_online()
