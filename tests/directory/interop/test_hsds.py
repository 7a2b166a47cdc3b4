"""The HSDS export validates against the official HSDS 3.0 schemas and says what we know."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from directory.interop import hsds
from directory.listings import ListingData
from directory.models import Listing
from tests.factories import any_organization, make_listing
from tests.hsds_schemas import errors

TABLES = {
    "organizations": "organization.json",
    "services": "service.json",
    "locations": "location.json",
    "service_at_locations": "service_at_location.json",
    "taxonomies": "taxonomy.json",
    "taxonomy_terms": "taxonomy_term.json",
    "attributes": "attribute.json",
}


def _invalid(document: dict[str, Any]) -> dict[str, list[str]]:
    found = {}
    for table, schema in TABLES.items():
        for item in document[table]:
            if problems := errors(item, schema):
                found[f"{table} {item.get('name', item['id'])}"] = problems
    return found


def test_the_whole_demo_export_validates_against_the_hsds_3_0_schemas(
    db_session: Session,
) -> None:
    document = hsds.export_hsds(db_session, home_prefecture="茨城県")
    for table in TABLES:
        assert document[table], table
    assert len(document["services"]) == 163  # the demo town's public listings
    assert _invalid(document) == {}
    # Absent values are left out, never null, anywhere in the document.
    assert "null" not in json.dumps(document)


def test_the_streamed_export_is_the_same_document(db_session: Session) -> None:
    pieces = list(hsds.stream_hsds(db_session, home_prefecture="茨城県"))
    assert len(pieces) > 163  # written an object at a time, not as one string
    streamed = json.loads(b"".join(pieces))
    assert streamed == hsds.export_hsds(db_session, home_prefecture="茨城県")


def test_schedules_are_read_on_the_day_the_caller_gives(db_session: Session) -> None:
    """The municipality's date, not the machine's: from 1 April last year's list is published
    as the organiser's words for a human to read, not as this year's Tuesdays."""
    text = "令和30年度 毎週火曜日 10:00〜12:00"
    listing = make_listing(db_session, name="年度の体操教室", schedule_text=text)
    [row] = hsds.schedules(listing, today=date(2049, 3, 31))
    assert (row["freq"], row["byday"], row["opens_at"]) == ("WEEKLY", "TU", "10:00")
    [row] = hsds.schedules(listing, today=date(2049, 4, 1))
    assert "freq" not in row
    assert row["description"] == text
    document = hsds.export_hsds(db_session, today=date(2049, 4, 1))
    [service] = [s for s in document["services"] if s["name"] == "年度の体操教室"]
    assert service["schedules"] == [row]


def _schedules(db_session: Session, text: str) -> list[dict[str, Any]]:
    listing = make_listing(db_session, name="日時のテスト", schedule_text=text)
    rows = hsds.schedules(listing)
    for row in rows:
        assert errors(row, "schedule.json") == []
    return [{k: v for k, v in row.items() if k not in ("id", "service_id")} for row in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("毎週水曜日 14:00〜16:00", [{"freq": "WEEKLY", "interval": 1, "byday": "WE",
                                      "opens_at": "14:00", "closes_at": "16:00"}]),
        ("第2・第4土曜日 10:00〜12:00", [{"freq": "MONTHLY", "interval": 1, "byday": "2SA,4SA",
                                          "opens_at": "10:00", "closes_at": "12:00"}]),
        ("毎月最終金曜日 18:00〜", [{"freq": "MONTHLY", "interval": 1, "byday": "-1FR",
                                    "opens_at": "18:00"}]),
        ("毎月10日・25日 9:30〜11:00", [{"freq": "MONTHLY", "interval": 1, "bymonthday": "10,25",
                                         "opens_at": "09:30", "closes_at": "11:00"}]),
        ("2026年12月5日・12月19日 13:00〜15:00", [
            {"dtstart": "2026-12-05", "valid_from": "2026-12-05", "valid_to": "2026-12-05",
             "opens_at": "13:00", "closes_at": "15:00"},
            {"dtstart": "2026-12-19", "valid_from": "2026-12-19", "valid_to": "2026-12-19",
             "opens_at": "13:00", "closes_at": "15:00"}]),
    ],
)  # fmt: skip
def test_schedules_are_rfc_5545_rows_from_the_parsed_schedule(
    db_session: Session, text: str, expected: list[dict[str, Any]]
) -> None:
    rows = _schedules(db_session, text)
    assert [{k: v for k, v in r.items() if k in expected[0] or k == "freq"} for r in rows] == [
        {k: v for k, v in e.items()} for e in expected
    ]
    assert all(r["timezone"] == 9 and r["description"] == text for r in rows)


def test_what_rrules_cannot_say_goes_to_notes_in_japanese(db_session: Session) -> None:
    [row] = _schedules(db_session, "毎週月曜日 10:00〜12:00（祝日は休み、12月29日〜1月3日は休み）")
    assert row["byday"] == "MO"
    assert "祝日は休み" in row["notes"]
    assert "12月29日〜1月3日は休み" in row["notes"]
    [odd] = _schedules(db_session, "奇数月の第2水曜日 10:00〜11:30")
    assert odd["byday"] == "2WE"
    assert "1・3・5・7・9・11月のみ" in odd["notes"]
    [irregular] = _schedules(db_session, "月1回（不定期）")
    assert "freq" not in irregular
    assert "月1回" in irregular["notes"]


def test_a_schedule_we_cannot_structure_is_published_as_written(db_session: Session) -> None:
    text = "学校のある日の放課後（くわしくはお問い合わせください）"
    [row] = _schedules(db_session, text)
    assert row == {"description": text}


def test_a_service_carries_fees_languages_areas_eligibility_and_the_verified_date(
    db_session: Session,
) -> None:
    listing = make_listing(
        db_session,
        cost_yen=300,
        cost_text="300円（材料費）",
        languages=("ja", "easy_ja", "vi"),
        targets=("seniors",),
        wheelchair=True,
        parking=True,
        contact_name="担当 佐藤",
        contact_phone="029-800-0001",
        contact_email="cafe@example.jp",
        verified_on=date(2026, 10, 1),
    )
    service = hsds.service(listing)
    assert errors(service, "service.json") == []
    assert service["cost_options"][0] | {"id": "", "service_id": ""} == {
        "id": "", "service_id": "", "option": "参加費", "currency": "JPY", "amount": 300,
        "amount_description": "300円（材料費）",
    }  # fmt: skip
    assert service["fees_description"] == "300円（材料費）"
    assert [(x["code"], x["name"]) for x in service["languages"]] == [
        ("ja", "日本語"), ("ja", "やさしい日本語"), ("vi", "ベトナム語"),
    ]  # fmt: skip
    assert service["service_areas"][0]["name"] == "第一地区"
    assert service["eligibility_description"] == "対象: 高齢者"
    assert service["assured_date"] == "2026-10-01"
    assert service["phones"][0]["number"] == "029-800-0001"
    assert service["contacts"][0]["name"] == "担当 佐藤"
    assert service["email"] == "cafe@example.jp"
    place = hsds.location(listing, "茨城県")
    assert errors(place, "location.json") == []
    assert [a["description"] for a in place["accessibility"]] == [
        "車いすで利用できます", "駐車場があります",
    ]  # fmt: skip
    [address] = place["addresses"]
    assert (address["state_province"], address["city"], address["address_1"]) == (
        "茨城県", "土浦市", "城北町5-12",
    )  # fmt: skip


def test_a_free_listing_without_contact_or_fee_has_no_empty_values(db_session: Session) -> None:
    listing = make_listing(
        db_session, kana="", cost_yen=None, cost_text="", contact_name="", contact_phone="",
        description="",
    )  # fmt: skip
    service = hsds.service(listing)
    assert errors(service, "service.json") == []
    for absent in ("alternate_name", "email", "fees_description", "description"):
        assert absent not in service
    assert service["cost_options"] == service["contacts"] == service["phones"] == []


# ---- any listing a form or an import may produce ------------------------------------------

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
_SCHEDULES = st.sampled_from(
    [
        "", "毎週水曜日 14:00〜16:00", "隔週金曜日 10:00〜11:30", "第1・第3日曜日 9:00〜",
        "毎月15日", "平日 9:00〜17:00（12月29日〜1月3日は休み）", "土日祝 10:00〜16:00",
        "2026年12月5日 13:00〜15:00", "月2回（水曜日）", "8月は休み。毎週火曜日 10:00〜12:00",
        "日程はお問い合わせください",
    ]
)  # fmt: skip
_LISTINGS = st.builds(
    ListingData,
    name=_TEXT.filter(str.strip).map(lambda s: s[:50]),
    kana=_TEXT,
    description=_TEXT,
    categories=st.lists(st.sampled_from(["ibasho", "salon", "kodomo_shokudo"]), min_size=1,
                        max_size=2, unique=True).map(tuple),
    targets=st.lists(st.sampled_from(["everyone", "seniors", "children"]), max_size=2,
                     unique=True).map(tuple),
    schedule_text=_SCHEDULES | _TEXT,
    place_name=_TEXT,
    address=st.sampled_from(["", "茨城県土浦市大和町9-1", "土浦市城北町3-7", "横浜市中区港町1-1",
                             "どこかの町"]) | _TEXT,
    postal_code=st.sampled_from(["", "300-0811"]),
    cost_text=_TEXT, cost_yen=st.none() | st.integers(0, 100_000),
    capacity=st.none() | st.integers(1, 500),
    wheelchair=st.booleans(), accessible_toilet=st.booleans(), pickup=st.booleans(),
    parking=st.booleans(),
    languages=st.lists(st.sampled_from(["ja", "easy_ja", "en", "pt"]), max_size=3,
                       unique=True).map(tuple),
    features=st.lists(st.sampled_from(["small_group", "drop_in", "online"]), max_size=2,
                      unique=True).map(tuple),
    contact_name=_TEXT, contact_phone=st.sampled_from(["", "029-800-1234", "+81 29 800"]),
    contact_email=st.sampled_from(["", "info@example.jp"]),
)  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=_LISTINGS,
    point=st.none() | st.tuples(st.floats(-90, 90), st.floats(-180, 180)),
    website=st.sampled_from(["", "https://example.jp/", "www.example.jp", "x y"]),
)
def test_any_listing_exports_as_valid_hsds(
    db_session: Session, data: ListingData, point: tuple[float, float] | None, website: str
) -> None:
    lat, lon = point or (None, None)
    data = dataclasses.replace(data, lat=lat, lon=lon)
    savepoint = db_session.begin_nested()
    try:
        org = any_organization(db_session)
        org.website = website
        listing = make_listing(db_session, organization=org, **vars(data))
        db_session.flush()
        db_session.refresh(listing)
        assert _invalid_objects(listing) == []
    finally:
        savepoint.rollback()


def _invalid_objects(listing: Listing) -> list[str]:
    found = errors(hsds.organization(listing.organization), "organization.json")
    found += errors(hsds.service(listing), "service.json")
    if hsds.has_location(listing):
        found += errors(hsds.location(listing, "茨城県"), "location.json")
        found += errors(hsds.service_at_location(listing), "service_at_location.json")
    for row in hsds.attributes(listing, nested_terms=True):
        found += errors(row, "attribute.json")
    return found


@pytest.mark.parametrize(
    ("ages", "targets", "eligibility", "limits"),
    [
        ((65, None, False), ("seniors",), "対象: 高齢者。対象年齢: 65歳以上", {"minimum_age": 65}),
        ((6, 12, False), (), "対象年齢: 6〜12歳", {"minimum_age": 6, "maximum_age": 12}),
        ((None, 18, False), (), "対象年齢: 18歳以下", {"maximum_age": 18}),
        # A 子育てひろば: the child's ages, and the parent of any age who brings one.
        ((0, 3, True), ("parents",), "対象: 子育て世帯。対象年齢: 0〜3歳とその保護者", {}),
        ((None, None, False), ("everyone",), "対象: どなたでも", {}),
    ],
)
def test_a_service_says_its_ages_in_words_and_as_hsds_age_limits(
    db_session: Session,
    ages: tuple[int | None, int | None, bool],
    targets: tuple[str, ...],
    eligibility: str,
    limits: dict[str, int],
) -> None:
    low, high, adults = ages
    listing = make_listing(
        db_session, age_min=low, age_max=high, age_with_adults=adults, targets=targets
    )
    service = hsds.service(listing)
    assert errors(service, "service.json") == []
    assert service["eligibility_description"] == eligibility
    assert {k: v for k, v in service.items() if k.endswith("_age")} == limits
