"""Work on the second core (``directory.forking``) and the collector pause (``directory.bulk``)."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator

import pytest

from directory import forking
from directory.bulk import paused_gc


@pytest.fixture
def may_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even if the test runner has threads (a live server from another test)."""
    monkeypatch.setattr(forking, "can_fork", lambda: True)


def test_the_child_computes_from_what_the_parent_holds_and_returns_it(may_fork: None) -> None:
    rows = [f"row {i}" for i in range(50_000)]

    def work() -> tuple[int, int, str]:
        rows.append("only in the child")  # the child's copy; the parent's list is untouched
        return os.getpid(), len(rows), rows[-2]

    pending = forking.beside(work)
    assert pending is not None
    pid, count, last = pending.result()
    assert pid != os.getpid()
    assert (count, last) == (50_001, "row 49999")
    assert len(rows) == 50_000


def test_an_error_in_the_child_is_raised_in_the_parent(may_fork: None) -> None:
    def work() -> None:
        raise LookupError("3行目: 団体が見つかりません")

    pending = forking.beside(work)
    assert pending is not None
    with pytest.raises(LookupError, match="3行目: 団体が見つかりません"):
        pending.result()


def test_a_child_that_dies_is_an_error_not_a_hang(may_fork: None) -> None:
    pending = forking.beside(lambda: os._exit(3))
    assert pending is not None
    with pytest.raises(RuntimeError, match="without a result"):
        pending.result()


@pytest.fixture
def another_thread() -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join()


def test_a_multi_threaded_process_does_the_work_itself(another_thread: None) -> None:
    assert not forking.can_fork()
    assert forking.beside(lambda: 1) is None


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block is still running
    assert gc.isenabled()
    with pytest.raises(ValueError, match="boom"), paused_gc():
        raise ValueError("boom")
    assert gc.isenabled()


def test_the_pause_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
