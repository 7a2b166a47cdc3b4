"""Fixtures of the search tests that read the demo index as residents search it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from directory.models import Listing
from directory.search.ranking import Ranker


@pytest.fixture(scope="module")
def ranker(search_index_dir: Path) -> Iterator[Ranker]:
    """The in-memory ranker over the demo seeds' index, as one worker keeps it."""
    r = Ranker(search_index_dir)
    yield r
    r.close()


@pytest.fixture(scope="module")
def keys(engine: Engine) -> dict[int, str]:
    """Listing id → the demo seeds' key (``b-hughug-papa-asobi``), to name expectations."""
    with Session(engine) as session:
        return {i: k for i, k in session.execute(select(Listing.id, Listing.source_key)) if k}
