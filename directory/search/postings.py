"""Posting lists as numpy arrays, read a block at a time from Whoosh's segment format.

Whoosh's public matcher API hands out one posting at a time (``id()``, ``weight()``,
``next()``): reading a common bigram's list that way is about ten times slower than reading its
blocks. This is the one module of the project that reads Whoosh through private names — those
of whoosh 2.7's block matcher (``W3LeafMatcher``): ``_read_ids``, ``_read_weights``, ``_ids``,
``_weights``, ``_next_block``. whoosh-reloaded is pinned to the exact version tested
(pyproject.toml); if an installed Whoosh lacks these names, :func:`read_postings` raises
:class:`WhooshChanged` at the first search instead of silently taking a slow path, and
``tests/directory/search/test_postings.py`` fails, comparing this reader with the public one.

Deleted documents are not filtered here (the ranker masks them out for the whole segment), so
the matcher Whoosh wraps around a segment with deletions is unwrapped (``WrappingMatcher.child``).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from whoosh.matching import WrappingMatcher
from whoosh.reading import IndexReader, TermNotFound

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

BLOCK_METHODS = ("_read_ids", "_read_weights", "_next_block")


class WhooshChanged(RuntimeError):
    """The installed Whoosh does not have the block matcher this module was written for."""


def read_postings(reader: IndexReader, fieldname: str, term: str) -> tuple[IntArray, FloatArray]:
    """(document numbers, term frequencies) of ``term`` in one segment's ``fieldname``."""
    try:
        matcher = reader.postings(fieldname, term)
    except TermNotFound:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    while isinstance(matcher, WrappingMatcher):
        matcher = matcher.child
    missing = [name for name in BLOCK_METHODS if not hasattr(matcher, name)]
    if missing:
        raise WhooshChanged(
            f"{type(matcher).__name__} has no {', '.join(missing)}: this Whoosh is not the "
            "version directory.search.postings was written for (see pyproject.toml)"
        )
    ids: list[int] = []
    weights: list[float] = []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        ids.extend(matcher._ids)
        weights.extend(matcher._weights)
        matcher._next_block()
    return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
