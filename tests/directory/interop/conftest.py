"""Helpers for interop tests: the offline geocoder and a one-call import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import ImportOptions, ImportPlan
from geo.geocoding import OfflineGeocoder

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder(home_prefecture="茨城県")


def plan_bytes(
    session: Session,
    data: bytes,
    geocoder: OfflineGeocoder,
    *,
    layout: str = "auto",
    overrides: dict[str, str] | None = None,
    today: date | None = None,
    **options: object,
) -> ImportPlan:
    table = interop.read_upload(data)
    mapping = interop.map_columns(
        table.headers, layout=layout, overrides=overrides, samples=table.samples
    )
    return interop.plan_import(
        session,
        table,
        mapping,
        geocoder=geocoder,
        options=ImportOptions(**options),  # type: ignore[arg-type]
        today=today,
    )


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode(encoding)
