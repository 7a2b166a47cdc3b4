"""The judged set of 対象年齢・対象 cells (:mod:`tests.directory.judged_ages`; ``python -m
tests.directory.judged_ages`` prints the figures): how the import reads each as a coordinator
would."""

from __future__ import annotations

import pytest

from tests.directory.judged_ages import (
    HELD_OUT,
    HELD_OUT_STAGES,
    HELD_OUT_WORDING,
    JUDGED,
    JUDGED_STAGES,
    WORDING,
    WORDING_STORED_EARLIER,
    Expected,
    _reader_outcome,
    judge,
    worded,
)

# Read otherwise on purpose, each with why, and how it is judged (「子育て中の親子」 was here:
# now judged no age, as the words say none).
KNOWN: dict[str, str] = {
    # 赤ちゃん is no age a list bounds (an 1歳半 toddler is one to many parents): no ages,
    # its 対象 子ども・子育て世帯 and the words in the description say who it is for.
    "子育て中のパパ・ママと赤ちゃん": "wrong",
    # 「主に」 is who mostly comes, not a limit: a person reads it (kept, flagged).
    "子育て中の親子（主に未就学児）": "flagged",
}


@pytest.mark.parametrize(
    ("text", "expected"), [*JUDGED, *JUDGED_STAGES, *HELD_OUT, *HELD_OUT_STAGES]
)
def test_a_cell_of_ages_is_read_as_a_coordinator_would(text: str, expected: Expected) -> None:
    wanted = KNOWN.get(text, "exact")  # a KNOWN one that reads right: drop it
    assert judge(_reader_outcome(text), expected) == wanted


def test_the_judged_sets_are_big_enough_to_say_something() -> None:
    assert len(JUDGED) >= 50
    assert len(HELD_OUT) >= 20
    assert len(JUDGED_STAGES) >= 25


def test_the_pages_word_every_judged_range_as_a_reader_would_in_each_language() -> None:
    """One adult age is 「20歳」 (not 「20〜20歳」), a child's 「3歳児」, in ja, en, vi, ja@easy."""
    wrong = [
        row
        for row in worded((*WORDING, *HELD_OUT_WORDING, *WORDING_STORED_EARLIER))
        if row[2] != row[3]
    ]
    # (None, 0) was 「0歳以下」 on the pages, as the form writes it: now 「0歳児」 (lists40).
    assert wrong == []
