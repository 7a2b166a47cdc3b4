"""The vocabularies (areas, categories, targets, landmarks) kept per process for a minute.

Every search page and API call needs them — to read the query, to label the facets, to check
codes, to place a query naming a landmark, an area or a town — and they change rarely, when an
admin or a coordinator edits them. Keeping one snapshot for ``TERMS_SECONDS`` takes four reads
off each request (three more off one naming a place); a label or a landmark's point edited on
another worker or host shows there within the minute (this process's own edits show at once:
``forget``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import current_app

from directory import vocabulary
from webapp import db

TERMS_SECONDS = 60.0


@dataclass(frozen=True)
class _Kept:
    snapshot: vocabulary.Snapshot
    taken: float


def terms() -> vocabulary.Snapshot:
    kept: _Kept | None = current_app.extensions.get("terms")
    now = time.monotonic()
    if kept is None or now - kept.taken > TERMS_SECONDS:
        kept = _Kept(vocabulary.snapshot(db.session()), now)
        current_app.extensions["terms"] = kept
    return kept.snapshot


def forget() -> None:
    """After this process changed a vocabulary: the next request reads it again."""
    current_app.extensions.pop("terms", None)
