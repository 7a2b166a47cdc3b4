"""A list's 対象年齢・対象 column becomes the listing's ages, read as the listing form reads them.

A 通いの場一覧 says 「おおむね65歳以上」, a 子育てひろば一覧 「0～3歳の乳幼児と保護者」: before,
the import kept the words in the description and set no ages, so a search or a match by age
never found these places by their ages.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import Action
from directory.interop.layouts import ImportField as F
from directory.interop.mapping import map_columns
from directory.models import Listing
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes
from tests.factories import LOADER, NOW, make_listing

PLACE = "茨城県土浦市城北町5-12,36.0873,140.1957"


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("対象年齢", F.AGES),
        ("年齢", F.AGES),
        ("対象年令", F.AGES),
        ("参加年齢", F.AGES),
        ("対象者", F.CONDITIONS),
        ("参加対象", F.CONDITIONS),
        ("利用対象", F.CONDITIONS),
        ("対象", F.TARGETS),
    ],
)
def test_a_column_of_ages_is_known_by_its_name(header: str, meaning: F) -> None:
    mapping = map_columns(("活動名", header), layout="auto")
    assert mapping.fields[1] is meaning


def _plan(
    session: Session, geocoder: OfflineGeocoder, header: str, *cells: str
) -> interop.ImportPlan:
    lines = [f"名称,住所,緯度,経度,{header}"]
    lines += [f"活動{i},{PLACE},{cell}" for i, cell in enumerate(cells, 1)]
    return plan_bytes(
        session, csv_bytes(*lines), geocoder, categories=("ibasho",), organization="城北町社協"
    )


@pytest.mark.parametrize(
    ("header", "cell", "ages", "adults"),
    [
        ("対象年齢", "おおむね65歳以上", (65, None), False),
        ("対象年齢", "0～3歳の乳幼児と保護者", (0, 3), True),
        ("年齢", "3歳児", (3, 3), False),
        ("対象者", "未就学児とその保護者", (0, 6), True),
        ("対象者", "小中学生", (6, 15), False),
        ("参加対象", "年長～小3", (5, 9), False),
        ("利用対象", "60歳以上の男性", (60, None), False),
        ("対象", "中学生・高校生", (12, 18), False),
        ("対象", "18歳以上", (18, None), False),
    ],
)
def test_the_ages_a_column_says_are_the_listings(
    db_session: Session,
    geocoder: OfflineGeocoder,
    header: str,
    cell: str,
    ages: tuple[int | None, int | None],
    adults: bool,
) -> None:
    plan = _plan(db_session, geocoder, header, cell)
    [row] = plan.rows
    assert row.action is Action.CREATE, row.problems
    assert row.data is not None
    assert (row.data.age_min, row.data.age_max) == ages
    assert row.data.age_with_adults is adults
    assert cell in row.data.description  # the words as the list wrote them, kept
    assert not row.to_check


def test_a_target_naming_a_group_is_no_age_limit(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """対象「高齢者」「子ども」 of a 通いの場一覧 say whom the place is for, loosely: as 65歳以上
    a サロン for 高齢者 would be closed to a retired man of 63; an age written is still read."""
    plan = _plan(db_session, geocoder, "対象", "高齢者", "子ども", "シニア", "65歳以上の高齢者")
    seniors, children, senior, written = (row.data for row in plan.rows)
    for data in (seniors, children, senior):
        assert data is not None
        assert (data.age_min, data.age_max) == (None, None)
    assert seniors is not None
    assert "seniors" in seniors.targets
    assert written is not None
    assert (written.age_min, written.age_max) == (65, None)
    assert not any(row.to_check for row in plan.rows)


def test_the_preview_says_what_ages_it_read_from_which_words(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(db_session, geocoder, "対象年齢", "おおむね65歳以上", "0～3歳の乳幼児と保護者", "")
    shown = [row.ages_shown for row in plan.rows]
    assert shown == [
        "65歳以上（「おおむね65歳以上」）",
        "0〜3歳とその保護者（「0～3歳の乳幼児と保護者」）",
        "",
    ]


def test_words_of_an_age_it_cannot_read_are_to_check_and_kept(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(db_session, geocoder, "対象年齢", "要相談（お問い合わせください）")
    [row] = plan.rows
    assert row.action is Action.CREATE  # the row still comes in
    assert row.data is not None
    assert (row.data.age_min, row.data.age_max) == (None, None)
    assert "対象年齢: 要相談（お問い合わせください）" in row.data.description
    [issue] = row.to_check
    assert issue.column == "対象年齢"
    assert "対象年齢として読み取れない" in issue.message
    assert row in plan.warned  # counted among the rows to check


def test_a_target_naming_an_age_it_cannot_read_is_to_check(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(db_session, geocoder, "対象", "小学生・障害のある方", "障害のある方", "どなたでも")
    mixed, disability, anyone = plan.rows
    assert [i.message for i in mixed.to_check if "対象年齢" in i.message]
    assert mixed.data is not None
    assert "小学生・障害のある方" in mixed.data.description
    # who it is for without any age: no age to read, nothing to check about ages
    for row in (disability, anyone):
        assert row.data is not None
        assert (row.data.age_min, row.data.age_max) == (None, None)
        assert not [i for i in row.to_check if "対象年齢" in i.message]


def test_imported_ages_are_saved_with_the_listing(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    plan = _plan(db_session, geocoder, "対象年齢", "未就学児とその保護者")
    [created] = interop.apply_plan(db_session, plan, actor=LOADER, now=NOW).created
    listing = db_session.get(Listing, created)
    assert listing is not None
    assert (listing.age_min, listing.age_max, listing.age_with_adults) == (0, 6, True)


def _update(
    session: Session, geocoder: OfflineGeocoder, existing: Listing, header: str, cell: str
) -> Listing:
    data = csv_bytes(
        f"名称,団体名,住所,緯度,経度,{header}",
        f"{existing.name},{existing.organization.name},{PLACE},{cell}",
    )
    plan = plan_bytes(session, data, geocoder, on_duplicate=Action.UPDATE, categories=("ibasho",))
    interop.apply_plan(session, plan, actor=LOADER, now=NOW)
    session.refresh(existing)
    return existing


def test_an_update_sets_the_ages_as_one(db_session: Session, geocoder: OfflineGeocoder) -> None:
    existing = make_listing(
        db_session, name="城北ひろば", age_min=0, age_max=6, age_with_adults=True
    )
    updated = _update(db_session, geocoder, existing, "対象年齢", "65歳以上")
    # not 65〜6歳 with its adults
    assert (updated.age_min, updated.age_max, updated.age_with_adults) == (65, None, False)


def test_an_update_leaves_the_ages_a_row_does_not_say(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(
        db_session, name="城北ひろば", age_min=0, age_max=3, age_with_adults=True
    )
    for header, cell in (("対象年齢", ""), ("対象年齢", "要相談"), ("対象", "どなたでも")):
        updated = _update(db_session, geocoder, existing, header, cell)
        assert (updated.age_min, updated.age_max, updated.age_with_adults) == (0, 3, True), cell


def test_no_age_limit_in_a_column_of_ages_clears_them(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="城北カフェ", age_min=65)
    updated = _update(db_session, geocoder, existing, "対象年齢", "どなたでも")
    assert (updated.age_min, updated.age_max) == (None, None)
