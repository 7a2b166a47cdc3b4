"""The matching table follows the directory: a change is suggested at once, reading only it.

Before, any change anywhere in the directory read every published listing again (41 s of a
worker at 100,000 listings, in the request of the coordinator who next asked for
suggestions); now the listings the change feed names are read and the rest moved over.
What matters to a coordinator is that the table brought up to date answers exactly as one
read whole would: the same listings, the same matches for every interest (false friends
such as 介護 inside 介護予防 included).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from directory.listings import archive_listing
from directory.models import IndexChange, Listing, ListingStatus
from directory.search import tracking
from matching import service
from matching.interests import TermIndex
from matching.profiles import ListingProfile, load_table
from matching.service import TableCache
from matching.text import SearchTerms
from tests.factories import NOW, make_listing

# Interests as coordinators write them, several with variants, synonyms or false friends.
WORDS = (
    "乗馬", "介護", "事務", "子育て", "こども食堂", "子供食堂", "ｶﾌｪ", "畑仕事", "体操",
    "サロン", "ボランティア", "囲碁", "手芸", "パソコン", "日本語",
)  # fmt: skip


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Collection[int] | None]:
    """The listings each reading of profiles asked for (None: the whole directory)."""
    asked: list[Collection[int] | None] = []
    original_some, original_whole = service.load_profiles, service.load_table

    def some(session: Session, ids: Collection[int] | None = None) -> list[ListingProfile]:
        asked.append(set(ids) if ids is not None else None)
        return original_some(session, ids)

    def whole(session: Session) -> object:
        asked.append(None)
        return original_whole(session)

    monkeypatch.setattr(service, "load_profiles", some)
    monkeypatch.setattr(service, "load_table", whole)
    return asked


def answers_as_read_whole(session: Session, cache: TableCache) -> None:
    table, index = cache.get(session)
    whole = load_table(session)
    whole_index = TermIndex(whole, SearchTerms())
    assert table.profiles == whole.profiles
    assert np.array_equal(table.categories, whole.categories)
    for word in WORDS:
        assert np.array_equal(index.matching(word), whole_index.matching(word)), word
        assert np.array_equal(index.strength(word), whole_index.strength(word)), word


def test_changes_are_read_alone_and_answer_as_the_directory_read_whole(
    db_session: Session, tmp_path: Path, reads: list[Collection[int] | None]
) -> None:
    tracking.follow(db_session, tmp_path)  # the app's sessions append their writes to the feed
    db_session.execute(delete(IndexChange))  # a quiet feed: nothing written lately
    cache = TableCache(SearchTerms())
    cache.get(db_session)
    assert reads == [None]
    published = list(
        db_session.scalars(
            select(Listing).where(Listing.status == ListingStatus.PUBLISHED).order_by(Listing.id)
        )
    )
    pony = make_listing(
        db_session,
        name="ポニーと乗馬のふれあい会",
        description="乗馬クラブで馬にふれます。介護予防の体操もします。",
        accepts_referrals=True,
    )
    edited, archived = published[3], published[10]
    edited.description += " 介護の相談にものります。こども食堂も月1回。"
    archive_listing(archived, NOW)
    db_session.commit()

    answers_as_read_whole(db_session, cache)
    assert reads[1:] == [{pony.id, edited.id, archived.id}]
    table, index = cache.get(db_session)
    assert pony.id in table.ids
    assert archived.id not in table.ids
    assert index.matching("乗馬")[list(table.ids).index(pony.id)]
    assert not index.matching("介護")[list(table.ids).index(pony.id)]  # 介護予防 only
    assert index.matching("介護")[list(table.ids).index(edited.id)]

    pony.name = "ポニーとふれあう会"  # and again, on the table brought up to date
    db_session.delete(published[20])
    db_session.commit()
    answers_as_read_whole(db_session, cache)
    assert None not in reads[1:]


def test_a_write_outside_the_feed_reads_the_directory_whole(
    db_session: Session, tmp_path: Path, reads: list[Collection[int] | None]
) -> None:
    cache = TableCache(SearchTerms())
    cache.get(db_session)
    listing = db_session.scalars(
        select(Listing).where(Listing.status == ListingStatus.PUBLISHED)
    ).first()
    assert listing is not None
    # A statement the unit of work does not see, by a session that does not follow the index.
    db_session.execute(
        update(Listing)
        .where(Listing.id == listing.id)
        .values(description="乗馬の体験ができます。", updated_at=NOW.replace(year=2030))
    )
    answers_as_read_whole(db_session, cache)
    assert reads == [None, None]


def _approved(session: Session, name: str) -> Listing:
    """A listing published through the app's path (its session follows the index)."""
    listing = make_listing(session, name=name, description=f"{name}。乗馬クラブで馬にふれます。")
    session.commit()
    return listing


def test_the_processes_of_a_host_read_the_directory_once_between_them(
    db_session: Session, tmp_path: Path, reads: list[Collection[int] | None]
) -> None:
    tracking.follow(db_session, tmp_path)
    db_session.execute(delete(IndexChange))  # a quiet feed: nothing written lately
    pony = _approved(db_session, "ポニーの会")
    snapshot = tmp_path / "matching-table.pickle"
    TableCache(SearchTerms(), snapshot=snapshot).get(db_session)  # the first worker
    assert reads == [None]
    assert snapshot.exists()

    second = TableCache(SearchTerms(), snapshot=snapshot)  # a worker started later
    answers_as_read_whole(db_session, second)
    assert reads == [None]  # the second worker read nothing

    later = _approved(db_session, "ロバの会")  # a change after the snapshot was kept
    third = TableCache(SearchTerms(), snapshot=snapshot)
    table, _ = third.get(db_session)
    assert later.id in table.ids
    # Only the changes were read: the new one, and the one before it (changes within the
    # feed's hole time behind the last one read are read again).
    assert reads == [None, {pony.id, later.id}]
    answers_as_read_whole(db_session, third)


@pytest.mark.parametrize("spoiled", ["restored", "other code", "cut short"])
def test_a_snapshot_that_may_not_hold_is_not_taken(
    db_session: Session,
    tmp_path: Path,
    reads: list[Collection[int] | None],
    monkeypatch: pytest.MonkeyPatch,
    spoiled: str,
) -> None:
    tracking.follow(db_session, tmp_path)
    db_session.execute(delete(IndexChange))
    _approved(db_session, "ポニーの会")
    snapshot = tmp_path / "matching-table.pickle"
    TableCache(SearchTerms(), snapshot=snapshot).get(db_session)
    if spoiled == "restored":  # a database restored from before the snapshot was kept
        db_session.execute(delete(IndexChange))
        db_session.commit()
    elif spoiled == "other code":  # an upgrade, or a synonym added
        monkeypatch.setattr(service, "_code_key", lambda: "another version")
    else:
        snapshot.write_bytes(snapshot.read_bytes()[:1000])
    reads.clear()
    answers_as_read_whole(db_session, TableCache(SearchTerms(), snapshot=snapshot))
    assert reads[0] is None  # the worker read the directory whole
