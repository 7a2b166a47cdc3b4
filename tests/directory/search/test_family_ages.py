"""A place for a child and the adult who brings one (「0〜3歳の親子」) is found by the parent.

Its 対象年齢 is the child's (0〜3歳); before, a parent searching 「35歳」 was shut out of it,
as if only the child could come."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from directory.browse import Audience
from directory.search import lifecycle
from directory.search.ranking import Ranker
from directory.search.service import Criteria, search
from tests.factories import make_listing


def found(session: Session, ranker: Ranker, text: str) -> set[str]:
    result = search(session, ranker, Criteria(text=text, per_page=50), Audience.PUBLIC)
    return {hit.listing.name for hit in result.hits}


def test_a_parent_finds_the_place_for_a_child_and_its_parent_not_the_childs_alone(
    db_session: Session, tmp_path: Path
) -> None:
    family = make_listing(
        db_session, name="ひよこ親子ひろば", targets=("everyone",),
        age_min=0, age_max=3, age_with_adults=True,
    )  # fmt: skip
    child = make_listing(
        db_session, name="ひよこリトミック", targets=("everyone",), age_min=0, age_max=3
    )
    lifecycle.create(tmp_path)
    lifecycle.sync(db_session, tmp_path, [family.id, child.id])
    ranker = Ranker(tmp_path)
    assert found(db_session, ranker, "ひよこ 35歳") == {"ひよこ親子ひろば"}
    assert found(db_session, ranker, "ひよこ 2歳") == {"ひよこ親子ひろば", "ひよこリトミック"}
    assert found(db_session, ranker, "ひよこ 10歳") == set()  # an older child is not its child
    ranker.close()
