"""Figures kept in this process between requests, under a key naming all they depend on.

The public pages count and draw the same directory for every visitor; what they compute is
kept under a key that changes whenever its inputs do (an audience, the day,
``directory.upcoming.version``, which changes whenever a listing is written), so the requests
in between read it from memory and a change shows at once on every host.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from flask import current_app

KEPT_PER_KIND = 8  # keys kept per kind of figures (audiences × days × directory versions)
T = TypeVar("T")


def kept(
    kind: str, key: tuple[object, ...], compute: Callable[[], T], *, size: int = KEPT_PER_KIND
) -> T:
    """``compute()``, kept in this process under ``key``, which names everything the value
    depends on, so the requests in between read it from memory. When a kind holds ``size``
    keys it is emptied: old days and versions, the next requests fill it."""
    store: dict[tuple[object, ...], T] = current_app.extensions.setdefault(f"kept_{kind}", {})
    value = store.get(key)
    if value is None:
        value = compute()
        if len(store) >= size:
            store.clear()
        store[key] = value
    return value
