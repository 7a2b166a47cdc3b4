"""A page of results is the first of them in the ranking's order, however many matched."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from directory.search.ranking import first_in_order


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(0, 400),
    k=st.integers(0, 60),
    levels=st.integers(1, 6),
    seed=st.integers(0, 2**32 - 1),
    with_distance=st.booleans(),
)
def test_the_first_k_are_those_a_full_sort_puts_first(
    n: int, k: int, levels: int, seed: int, with_distance: bool
) -> None:
    """Keys as the ranker sorts by: how many words found (few levels: many ties), scores with
    ties, a distance with ties and unknowns (inf), and the unique alphabetical rank."""
    rng = np.random.default_rng(seed)
    found = -rng.integers(0, levels, n)
    scores = -np.round(rng.random(n) * levels, 1)
    alpha = rng.permutation(n)
    keys: tuple[np.ndarray, ...] = (alpha, scores, found)
    if with_distance:
        distance = np.where(rng.random(n) < 0.1, np.inf, np.round(rng.random(n) * 3, 1))
        keys = (alpha, scores, distance, found)
    expected = np.lexsort(keys)[:k]
    assert first_in_order(keys, k).tolist() == expected.tolist()


def test_ties_in_every_key_keep_their_positions_as_a_full_sort_does() -> None:
    ones = np.ones(500)
    assert first_in_order((ones, ones), 20).tolist() == list(range(20))
    assert first_in_order((np.arange(500)[::-1],), 3).tolist() == [499, 498, 497]
