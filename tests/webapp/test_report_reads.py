"""The coordinators' reports count the directory in the database: they never read every
listing (a directory of 100,000 listings took 9–11 s a report that way)."""

from __future__ import annotations

from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from directory.models import User


def test_the_reports_count_listings_without_reading_them(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement.lower())

    engine = db_session.get_bind().engine  # requests share the test's connection
    event.listen(engine, "before_cursor_execute", seen)
    try:
        for path in ("/coord/reports/", "/coord/reports/unmet"):
            page = client.get(path)
            assert page.status_code == 200, path
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # A statement loading listings as objects names their description; counting does not.
    assert statements
    assert not [s for s in statements if "listings.description" in s]
