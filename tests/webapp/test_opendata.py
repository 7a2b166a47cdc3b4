"""Open data downloads: anyone may take the published public listings as files."""

from __future__ import annotations

import csv
import io
import json

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.models import Listing, ListingStatus, Visibility


def public_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(Listing.id)).where(
                Listing.status == ListingStatus.PUBLISHED, Listing.visibility == Visibility.PUBLIC
            )
        )
        or 0
    )


def test_the_page_links_every_file_and_the_footer_links_the_page(client: FlaskClient) -> None:
    page = client.get("/opendata/").get_data(as_text=True)
    for name in ("facilities.csv", "events.csv", "hsds.json"):
        assert f'href="/opendata/{name}"' in page
    assert 'href="/opendata/"' in client.get("/").get_data(as_text=True)


def test_the_facilities_csv_opens_in_excel_and_holds_only_public_listings(
    client: FlaskClient, db_session: Session
) -> None:
    response = client.get("/opendata/facilities.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert "名称" in rows[0]
    assert len(rows) - 1 == public_count(db_session)
    hidden = db_session.scalars(
        select(Listing.name).where(Listing.visibility == Visibility.COORDINATORS)
    ).all()
    names = {row[rows[0].index("名称")] for row in rows[1:]}
    assert hidden
    assert not names & set(hidden)


def test_hsds_json_lists_services_with_locations(client: FlaskClient, db_session: Session) -> None:
    response = client.get("/opendata/hsds.json")
    assert response.status_code == 200
    body = json.loads(response.data)
    assert len(body["services"]) == public_count(db_session)


def test_an_unknown_file_is_404(client: FlaskClient) -> None:
    assert client.get("/opendata/secrets.csv").status_code == 404
