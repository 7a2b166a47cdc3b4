"""Exports: only what residents see, Excel-friendly, neutralised; and they import back whole."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directory import interop
from directory.browse import Audience, visible
from directory.db import make_engine
from directory.interop import municipalities
from directory.interop.exporting import ExportOptions
from directory.models import Listing, Location, Visibility
from geo.geocoding import OfflineGeocoder
from seeds.loader import load_vocabulary
from tests.directory.interop.conftest import plan_bytes
from tests.factories import LOADER, NOW, TODAY, make_listing
from webapp import migrations as schema


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("layout", ["facilities", "events"])
def test_standard_csv_has_bom_crlf_and_the_standard_header(
    db_session: Session, layout: str
) -> None:
    data = interop.export_standard_csv(db_session, layout)
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") >= 2
    assert "\n" not in text.replace("\r\n", "")[:200]
    header = next(csv.reader(io.StringIO(text)))
    assert tuple(header) == interop.LAYOUTS[layout].export_headers
    assert header[0] == "都道府県コード又は市区町村コード"


def test_exports_hold_only_published_public_listings(db_session: Session) -> None:
    make_listing(db_session, name="下書きの活動", publish=False)
    make_listing(db_session, name="職員だけの活動", visibility=Visibility.COORDINATORS.value)
    public = set(db_session.scalars(select(Listing.name).where(visible(Audience.PUBLIC))))
    names = {r["名称"] for r in _rows(interop.export_standard_csv(db_session, "facilities"))}
    assert names == public
    hsds = interop.export_hsds(db_session)
    assert {s["name"] for s in hsds["services"]} == public
    assert "下書きの活動" not in json.dumps(hsds, ensure_ascii=False)


def test_cells_a_spreadsheet_would_run_are_neutralised(db_session: Session) -> None:
    make_listing(
        db_session, name='=HYPERLINK("http://x")', description="@SUM(1)", contact_phone="+81-29"
    )
    rows = _rows(interop.export_standard_csv(db_session, "events"))
    row = next(r for r in rows if "HYPERLINK" in r["イベント名"])
    assert row["イベント名"].startswith("'=")
    assert row["説明"] == "'@SUM(1)"
    assert row["連絡先電話番号"] == "'+81-29"


def test_hsds_has_the_3_0_tables_and_schedules(db_session: Session) -> None:
    make_listing(db_session, name="HSDSの活動", schedule_text="毎週木曜日 10:00〜12:00")
    doc = interop.export_hsds(db_session)
    for table in (
        "organizations",
        "services",
        "locations",
        "service_at_locations",
        "taxonomies",
        "taxonomy_terms",
        "attributes",
    ):
        assert doc[table], table
    service = next(s for s in doc["services"] if s["name"] == "HSDSの活動")
    [schedule] = service["schedules"]
    assert (schedule["freq"], schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "WEEKLY",
        "TH",
        "10:00",
        "12:00",
    )
    assert {a["link_id"] for a in doc["attributes"]} >= {service["id"]}
    location = next(
        loc
        for loc in doc["locations"]
        if loc["id"]
        in {
            s["location_id"]
            for s in doc["service_at_locations"]
            if s["service_id"] == service["id"]
        }
    )
    assert location["addresses"][0]["country"] == "JP"
    assert location["latitude"] is not None


@pytest.fixture
def empty_directory(tmp_path: Path) -> Iterator[Session]:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    schema.upgrade(engine)
    with Session(engine) as session:
        load_vocabulary(session)
        session.commit()
        yield session
    engine.dispose()


def _content(session: Session) -> dict[str, tuple[object, ...]]:
    listings = session.scalars(
        select(Listing).where(visible(Audience.PUBLIC)).options(
            selectinload(Listing.location).selectinload(Location.area), selectinload(Listing.categories),
            selectinload(Listing.targets), selectinload(Listing.schedule), selectinload(Listing.organization))
    )  # fmt: skip
    result = {}
    for x in listings:
        loc = x.location
        assert loc is not None
        assert x.schedule is not None
        result[x.name] = (
            x.kana, x.description, unicodedata.normalize("NFKC", loc.address), loc.postal_code,
            None if loc.lat is None else round(loc.lat, 6), None if loc.lon is None else round(loc.lon, 6),
            sorted(c.code for c in x.categories), sorted(t.code for t in x.targets),
            x.schedule.text, x.organization.name, loc.place_name, x.cost_yen, x.cost_text,
            x.capacity, x.contact_name, x.contact_phone,
        )  # fmt: skip
    return result


def _assert_same(got: dict[str, tuple[object, ...]], want: dict[str, tuple[object, ...]]) -> None:
    assert set(got) == set(want)
    differences = [
        (name, i, a, b)
        for name in want
        for i, (a, b) in enumerate(zip(got[name], want[name], strict=True))
        if a != b
    ]
    assert not differences, differences[:5]


def test_an_events_export_imports_into_an_empty_directory_as_the_same_listings(
    db_session: Session, empty_directory: Session, geocoder: OfflineGeocoder
) -> None:
    exported = interop.export_standard_csv(db_session, "events")
    # 開始日/終了日 are filled (the next meeting) and still import back to the same schedules.
    assert sum(bool(r["開始日"]) for r in _rows(exported)) > 100
    plan = plan_bytes(empty_directory, exported, geocoder)
    assert not plan.rejected, [str(p) for r in plan.rejected for p in r.problems]
    interop.apply_plan(empty_directory, plan, actor=LOADER, now=NOW)
    empty_directory.commit()
    _assert_same(_content(empty_directory), _content(db_session))


def test_a_facilities_export_imports_back_with_names_places_categories_and_schedules(
    db_session: Session, empty_directory: Session, geocoder: OfflineGeocoder
) -> None:
    exported = interop.export_standard_csv(db_session, "facilities")
    plan = plan_bytes(empty_directory, exported, geocoder)
    assert not plan.rejected
    interop.apply_plan(empty_directory, plan, actor=LOADER, now=NOW)

    # 公共施設一覧 has no columns for place name, cost, capacity or contact name.
    def kept(content: dict[str, tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
        return {name: values[:10] + (values[15],) for name, values in content.items()}

    _assert_same(kept(_content(empty_directory)), kept(_content(db_session)))


def test_a_simple_export_imports_into_an_empty_directory_as_the_same_listings(
    db_session: Session, empty_directory: Session, geocoder: OfflineGeocoder
) -> None:
    exported = interop.export_standard_csv(db_session, "simple")
    assert exported.decode("utf-8-sig").startswith("活動名,ふりがな,団体名")
    assert "キーワード" not in exported.decode("utf-8-sig").splitlines()[0]  # tags are not public
    plan = plan_bytes(empty_directory, exported, geocoder)
    assert plan.counts[interop.Action.CREATE] == len(_content(db_session))
    interop.apply_plan(empty_directory, plan, actor=LOADER, now=NOW)
    empty_directory.commit()
    _assert_same(_content(empty_directory), _content(db_session))


def _events(session: Session, options: ExportOptions | None = None) -> list[dict[str, str]]:
    return _rows(interop.export_standard_csv(session, "events", options))


def test_every_row_names_its_municipality_from_the_address_or_the_configuration(
    db_session: Session,
) -> None:
    make_listing(db_session, name="横浜の活動", address="神奈川県横浜市中区港町1-1")
    rows = _rows(interop.export_standard_csv(db_session, "facilities", ExportOptions()))
    where = {
        (r["都道府県コード又は市区町村コード"], r["都道府県名"], r["市区町村名"]) for r in rows
    }
    assert where == {("082031", "茨城県", "土浦市"), ("141003", "神奈川県", "横浜市")}

    configured = ExportOptions(municipality=municipalities.by_code("082031"))
    for layout in ("facilities", "events"):
        rows = _rows(interop.export_standard_csv(db_session, layout, configured))
        assert {r["都道府県コード又は市区町村コード"] for r in rows} == {"082031"}
        assert {(r["都道府県名"], r["市区町村名"]) for r in rows} == {("茨城県", "土浦市")}


def test_event_dates_are_the_period_of_specific_dates_or_the_next_meeting(
    db_session: Session,
) -> None:
    make_listing(
        db_session, name="年末の二日間", schedule_text="2026年12月5日・12月19日 13:00〜15:00"
    )
    make_listing(db_session, name="毎週水曜の会", schedule_text="毎週水曜日 10:00〜12:00")
    make_listing(db_session, name="不定期の会", schedule_text="月1回（不定期）")
    rows = {r["イベント名"]: r for r in _events(db_session, ExportOptions(today=TODAY))}
    assert (rows["年末の二日間"]["開始日"], rows["年末の二日間"]["終了日"]) == (
        "2026-12-05",
        "2026-12-19",
    )
    # TODAY is Monday 2026-11-23: the next Wednesday.
    assert (rows["毎週水曜の会"]["開始日"], rows["毎週水曜の会"]["終了日"]) == (
        "2026-11-25",
        "2026-11-25",
    )
    assert (rows["不定期の会"]["開始日"], rows["不定期の会"]["終了日"]) == ("", "")
    assert rows["毎週水曜の会"]["開始時間"] == "10:00"


def test_exports_are_written_a_row_at_a_time(db_session: Session) -> None:
    pieces = list(interop.stream_csv(db_session, "facilities"))
    assert len(pieces) == 1 + len(_content(db_session))
    assert pieces[0].startswith(b"\xef\xbb\xbf")
    assert all(piece.endswith(b"\r\n") for piece in pieces)
