"""Bulk work (a 10,000-row import, an index build) without the cyclic garbage collector's
full passes.

CPython's collector runs a full collection each time the number of long-lived objects has
grown by a quarter, and a full collection visits every object of the process — the app's
modules, SQLAlchemy's caches, and everything the import has built so far. An import builds
hundreds of thousands of objects that all stay alive until it ends (rows, plans, documents),
so the heap keeps growing and full collections keep coming: measured on the 10,000-row import
benchmark, 5 full collections took 0.62 s of 3.5 s, more than the raw insert of the benchmark's
baseline spends on its whole listings table. The objects are not garbage; reference counting
frees what is (this code creates no reference cycles worth collecting).

Main decision: pause the collector for the duration of such work and restore it afterwards
(what :func:`paused_gc` does; nesting keeps it paused until the outermost exit). A forked
helper inherits the pause, which also spares it from copying the parent's pages merely to
visit them. Memory: cyclic garbage made meanwhile (a few SQLAlchemy internals) waits for the
next collection after the work, a few megabytes for 10,000 rows.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic garbage collector inside the block (module docstring)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
