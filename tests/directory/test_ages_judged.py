"""The judged set of 対象年齢・対象 cells (:mod:`tests.directory.judged_ages`; ``python -m
tests.directory.judged_ages`` prints the figures): how the import reads each as a coordinator
would."""

from __future__ import annotations

import pytest

from tests.directory.judged_ages import HELD_OUT, JUDGED, Expected, _reader_outcome, judge

# Read otherwise on purpose, each with why.
KNOWN = {
    # A 対象 of 「子育て中の親子」 names no age: its 対象 子ども・子育て世帯 say who it is for
    # (judged as a thing to check, before any reading).
    "子育て中の親子",
}


@pytest.mark.parametrize(("text", "expected"), [*JUDGED, *HELD_OUT])
def test_a_cell_of_ages_is_read_as_a_coordinator_would(text: str, expected: Expected) -> None:
    wanted = "wrong" if text in KNOWN else "exact"  # a KNOWN one that reads right: drop it
    assert judge(_reader_outcome(text), expected) == wanted


def test_the_judged_sets_are_big_enough_to_say_something() -> None:
    assert len(JUDGED) >= 50
    assert len(HELD_OUT) >= 20
