"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

import warnings

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select

import matching.models  # noqa: F401  (registers the tables on the metadata)
from directory.db import Base
from webapp import migrations


def test_the_migrated_database_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy does not reflect an index on an expression on SQLite, so Alembic cannot
        # compare it (both say so and skip it); the next test checks that index itself.
        warnings.filterwarnings(
            "ignore", "Skipped unsupported reflection of expression-based index ix_listings_"
        )
        warnings.filterwarnings(
            "ignore", "autogenerate skipping metadata-specified expression-based index"
        )
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert migrations.current_revision(engine) == migrations.head_revision()


def test_a_list_in_reading_order_reads_its_page_from_the_index(engine: Engine) -> None:
    """The migrated database has the reading-order index, and the browser's query uses it:
    no sort of the whole directory for a page of 20."""
    from directory import browse
    from directory.models import Listing

    query = (
        select(Listing.id).where(browse.visible(browse.Audience.PUBLIC))
        .order_by(browse.READING, Listing.id).limit(20)
    )  # fmt: skip
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # As after an import (directory.db.refresh_statistics): without statistics SQLite
            # guesses that few listings are published.
            conn.exec_driver_sql("ANALYZE listings")
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + str(query.compile(engine, compile_kwargs={"literal_binds": True}))
                )
            )  # fmt: skip
            assert "ix_listings_reading" in plan, plan
            assert "TEMP B-TREE" not in plan, plan  # no sort
        else:
            # An empty table is sorted in no time; with sorting priced out, the plan shows
            # whether the index can give the order (it cannot if its expression differs).
            conn.exec_driver_sql("SET LOCAL enable_sort = off")
            plan = " ".join(
                row[0] for row in conn.exec_driver_sql(
                    "EXPLAIN " + str(query.compile(engine, compile_kwargs={"literal_binds": True}))
                )
            )  # fmt: skip
            assert "ix_listings_reading" in plan, plan
            assert "Sort" not in plan, plan


def test_the_pins_in_a_maps_view_are_read_from_the_location_index(engine: Engine) -> None:
    """A street-sized view of the area map reads the locations in its box from
    ix_locations_lat_lon, not every location of the directory."""
    from sqlalchemy import func

    from directory import browse
    from directory.models import Listing, Location

    view = ((36.0700, 140.2000), (36.0760, 140.2080))
    query = (
        select(func.count()).select_from(Listing).join(Location, Location.listing_id == Listing.id)
        .where(browse.pinned(browse.Audience.PUBLIC), browse.in_box(view))
    )  # fmt: skip
    sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("ANALYZE locations")
            plan = " ".join(
                str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)
            )
        else:
            # The demo's locations fit in a page, which a scan reads fastest; with scans
            # priced out, the plan shows whether the index can serve the box.
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql))
        assert "ix_locations_lat_lon" in plan, plan
