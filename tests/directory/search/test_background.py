"""A segment written by a forked child during the database write (``search.background``)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from directory import forking
from directory.browse import Audience
from directory.search import lifecycle
from directory.search.background import SegmentBuilder
from directory.search.index import Document
from directory.search.ranking import Ranker
from directory.search.service import Criteria, search
from tests.factories import make_listing


@pytest.fixture(autouse=True)
def may_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even if the test runner has threads (a live server from another test)."""
    monkeypatch.setattr(forking, "can_fork", lambda: True)


def _documents(count: int, word: str) -> list[Document]:
    """Documents as an import builds them before its INSERT: the id comes later."""
    return [
        Document(
            listing_id=0,
            fingerprint=f"1:{i}:1",
            name=f"{word}{i} サロン",
            tags="居場所 高齢者サロン",
            body=f"城北町で開く{word}です。\n城北町自治会\n毎週木曜日 9:30〜11:30",
            facets={"visibility": "public", "category": ["ibasho"], "area": "johoku"},
            point=(36.08 + i / 10_000, 140.19),
            sort_key=f"{word}{i}",
        )
        for i in range(count)
    ]


def _stored(directory: Path) -> dict[int, tuple[str, str]]:
    with lifecycle.open_index(directory).reader() as reader:
        return {
            int(fields["id"]): (fields["fingerprint"], fields["sort_key"])
            for _, fields in reader.iter_docs()
        }


def _lock_is_free(directory: Path) -> bool:
    try:
        with lifecycle.write_lock(directory, timeout=0.5):
            return True
    except lifecycle.IndexBusy:
        return False


def _held_by_the_child(directory: Path) -> bool:
    """Whether the child takes the write lock (it does so as soon as it runs) and keeps it."""
    deadline = time.monotonic() + 10
    while _lock_is_free(directory):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return not _lock_is_free(directory)


def _start(directory: Path, documents: Sequence[Document]) -> SegmentBuilder:
    builder = SegmentBuilder.start(directory, len(documents), documents.__getitem__)
    assert builder is not None
    return builder


def test_the_segment_is_visible_only_once_published(tmp_path: Path) -> None:
    documents = _documents(300, "ひまわり")
    builder = _start(tmp_path, documents)
    builder.add_ids(range(1001, 1201))  # ids arrive in batches, as the parent inserts
    builder.add_ids(range(1201, 1301))
    assert _held_by_the_child(tmp_path)  # until the parent says what to do
    assert _stored(tmp_path) == {}

    assert builder.publish()
    assert _lock_is_free(tmp_path)
    stored = _stored(tmp_path)
    assert sorted(stored) == list(range(1001, 1301))
    assert stored[1001] == ("1:0:1", "ひまわり0")
    assert stored[1300] == ("1:299:1", "ひまわり299")


def test_a_published_segment_holds_what_the_ordinary_writer_writes(tmp_path: Path) -> None:
    documents = _documents(200, "すずらん")
    ids = list(range(5000, 5200))
    builder = _start(tmp_path / "background", documents)
    builder.add_ids(ids)
    assert builder.publish()
    lifecycle.write_documents(
        tmp_path / "serial",
        [Document(**{**vars(d), "listing_id": i}) for d, i in zip(documents, ids, strict=True)],
    )
    with (
        lifecycle.open_index(tmp_path / "background").reader() as ours,
        lifecycle.open_index(tmp_path / "serial").reader() as theirs,
    ):
        assert list(ours.iter_docs()) == list(theirs.iter_docs())
        for fieldname, term in theirs.all_terms():
            expected = list(theirs.postings(fieldname, term).items_as("weight"))
            assert list(ours.postings(fieldname, term).items_as("weight")) == expected
        assert set(ours.all_terms()) == set(theirs.all_terms())


def test_published_listings_are_found_by_search(db_session: Session, tmp_path: Path) -> None:
    listings = [make_listing(db_session, name=f"こもれび体操{i}") for i in range(3)]
    documents = [
        Document(**{**vars(d), "listing_id": 0, "name": listing.name})
        for d, listing in zip(_documents(3, "こもれび"), listings, strict=True)
    ]
    builder = _start(tmp_path, documents)
    builder.add_ids([listing.id for listing in listings])
    assert builder.publish()
    ranker = Ranker(tmp_path)
    result = search(db_session, ranker, Criteria(text="こもれび体操"), Audience.COORDINATOR)
    ranker.close()
    assert {hit.listing.id for hit in result.hits} == {listing.id for listing in listings}


def test_an_abandoned_segment_is_never_listed_and_frees_the_index(tmp_path: Path) -> None:
    lifecycle.write_documents(
        tmp_path, [Document(**{**vars(_documents(1, "既存")[0]), "listing_id": 7})]
    )
    builder = _start(tmp_path, _documents(50, "あさがお"))
    builder.add_ids(range(100, 150))
    builder.abandon()
    assert _lock_is_free(tmp_path)
    assert sorted(_stored(tmp_path)) == [7]
    # The next writer is not in anyone's way and leaves no trace of the abandoned segment.
    lifecycle.write_documents(
        tmp_path, [Document(**{**vars(_documents(1, "次")[0]), "listing_id": 8})]
    )
    assert sorted(_stored(tmp_path)) == [7, 8]


def test_publishing_without_every_id_or_after_a_change_is_refused(tmp_path: Path) -> None:
    short = _start(tmp_path, _documents(10, "つばき"))
    short.add_ids(range(1, 6))  # the parent failed halfway
    assert not short.publish()
    assert _lock_is_free(tmp_path)

    extra = _start(tmp_path, _documents(10, "つばき"))
    extra.add_ids(range(1, 12))  # one id more than documents: the child refuses the lot
    assert not extra.publish()
    assert _lock_is_free(tmp_path)

    stale = _start(tmp_path, _documents(10, "つばき"))
    stale.add_ids(range(1, 11))
    stale.stale = True  # the transaction changed these listings after the fork
    assert not stale.publish()
    assert _stored(tmp_path) == {}
    assert _lock_is_free(tmp_path)


def test_a_child_that_fails_is_reported_and_the_index_stays_usable(tmp_path: Path) -> None:
    def build(i: int) -> Document:
        raise MemoryError("no room for postings")

    builder = SegmentBuilder.start(tmp_path, 5, build)
    assert builder is not None
    builder.add_ids(range(1, 6))
    assert not builder.publish()
    assert _lock_is_free(tmp_path)
    assert _stored(tmp_path) == {}


def test_a_threaded_process_gets_no_builder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(forking, "can_fork", lambda: False)
    assert SegmentBuilder.start(tmp_path, 1, _documents(1, "x").__getitem__) is None
