"""Posting lists read a block at a time equal Whoosh's own one-posting-at-a-time reading; an
installed Whoosh without the block matcher fails loudly instead of searching slowly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from whoosh.reading import IndexReader

from directory.search import lifecycle
from directory.search.index import Document
from directory.search.postings import WhooshChanged, read_postings


def _doc(i: int, name: str) -> Document:
    return Document(listing_id=i, fingerprint="f", name=name, tags="", body="本文 " * (i % 5),
                    facets={"visibility": "public"}, point=None, sort_key=str(i))  # fmt: skip


def _public_postings(reader: IndexReader, field: str, term: str) -> tuple[list[int], list[float]]:
    """What Whoosh's public matcher API yields, one posting at a time (deleted ones skipped)."""
    matcher = reader.postings(field, term)
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return ids, weights


@pytest.fixture
def index(tmp_path: Path) -> Path:
    # Enough documents for several posting blocks (Whoosh writes 128 postings a block).
    lifecycle.write_documents(tmp_path, [_doc(i, f"ふれあいサロン{i}") for i in range(1, 400)])
    lifecycle.write_documents(tmp_path, [_doc(i, f"ふれあいカフェ{i}") for i in range(400, 450)])
    return tmp_path


def _terms(reader: IndexReader, field: str) -> list[str]:
    """The segment's words of ``field``, the longest posting lists first."""
    words = [t.decode() for t in reader.lexicon(field)]
    return sorted(words, key=lambda w: -reader.doc_frequency(field, w))


def test_block_reading_equals_the_public_api_in_every_segment(index: Path) -> None:
    with lifecycle.open_index(index).reader() as reader:
        leaves = reader.leaf_readers()
        assert len(leaves) == 2
        for leaf, _ in leaves:
            for field in ("name", "body"):
                terms = _terms(leaf, field)
                if leaf.doc_count_all() > 128:
                    assert leaf.doc_frequency(field, terms[0]) > 128  # several blocks
                for term in terms[:5] + terms[-5:]:
                    ids, weights = read_postings(leaf, field, term)
                    expected_ids, expected_weights = _public_postings(leaf, field, term)
                    assert ids.tolist() == expected_ids
                    assert np.allclose(weights, expected_weights)


def test_a_segment_with_deletions_is_read_whole_and_masked_by_the_ranker(index: Path) -> None:
    lifecycle.write_documents(index, [], removed=[5, 6, 7])
    with lifecycle.open_index(index).reader() as reader:
        leaf = next(leaf for leaf, _ in reader.leaf_readers() if leaf.has_deletions())
        term = _terms(leaf, "name")[0]
        ids, _ = read_postings(leaf, "name", term)
        alive, _ = _public_postings(leaf, "name", term)  # Whoosh filters deleted ones out
        assert len(ids) == leaf.doc_count_all()
        assert len(alive) == leaf.doc_count_all() - 3
        assert set(alive) < set(ids.tolist())


def test_a_whoosh_without_the_block_matcher_fails_loudly(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.codec import whoosh3

    monkeypatch.delattr(whoosh3.W3LeafMatcher, "_read_ids")
    with lifecycle.open_index(index).reader() as reader:
        leaf, _ = reader.leaf_readers()[0]
        with pytest.raises(WhooshChanged, match="_read_ids"):
            read_postings(leaf, "name", _terms(leaf, "name")[0])


def test_a_missing_term_is_an_empty_list(index: Path) -> None:
    with lifecycle.open_index(index).reader() as reader:
        ids, weights = read_postings(reader.leaf_readers()[0][0], "name", "存在しない語")
    assert len(ids) == len(weights) == 0
