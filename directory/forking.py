"""Run part of a long computation in a forked child, on the machine's second core.

Used where one request or command does seconds of pure-Python work on data it already holds
(planning a 10,000-row import; writing its search index segment): a forked child shares that
data without pickling it, and only its result travels back through a pipe.

When: only where ``os.fork`` exists and the process runs a single thread (the CLI, a
benchmark, a sync worker). Forking a multi-threaded process can copy a lock another thread
holds, so a threaded web server does the work in-process. The child leaves with ``os._exit``
(what ``multiprocessing``'s fork start method does), so it never closes or rolls back the
parent's database connections.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether this process may fork a helper (module docstring)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def start(target: Callable[..., None], *args: Any) -> tuple[Any, Connection]:
    """Fork ``target(*args, connection)``; the parent keeps the process and its pipe end."""
    context = multiprocessing.get_context("fork")
    parent_end, child_end = context.Pipe()
    process = context.Process(target=target, args=(*args, child_end), daemon=True)
    process.start()
    child_end.close()
    return process, parent_end


def stop(process: Any, connection: Connection, timeout: float = 30.0) -> None:
    process.join(timeout=timeout)
    if process.is_alive():
        process.kill()
        process.join()
    connection.close()


class Pending(Generic[T]):
    """The result of ``work()`` being computed in a child (:func:`beside`)."""

    def __init__(self, process: Any, connection: Connection) -> None:
        self._process, self._connection = process, connection

    def result(self) -> T:
        """Wait for the child; its result, or its exception raised here."""
        try:
            kind, value = self._connection.recv()
        except EOFError:
            kind, value = "error", RuntimeError("the helper process ended without a result")
        finally:
            stop(self._process, self._connection)
        if kind == "error":
            raise value
        result: T = value
        return result


def beside(work: Callable[[], T]) -> Pending[T] | None:
    """Start ``work()`` in a forked child; ``None`` when this process may not fork."""
    if not can_fork():
        return None
    process, connection = start(_run, work)
    return Pending(process, connection)


def _run(work: Callable[[], Any], connection: Connection) -> None:
    try:
        result = ("ok", work())
    except BaseException as error:  # sent to the parent, which raises it
        result = ("error", error)
    try:
        connection.send(result)
    except Exception as error:  # e.g. an exception that cannot be pickled
        connection.send(("error", RuntimeError(repr(error))))
