"""Exports: only what residents see, Excel-friendly, neutralised; and they import back whole."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directory import interop
from directory.browse import Audience, visible
from directory.db import make_engine
from directory.interop import municipalities
from directory.interop.exporting import ExportOptions
from directory.models import Category, Listing, Location, Visibility
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


def test_a_fiscal_years_list_is_exported_as_current_only_until_the_year_ends(
    db_session: Session,
) -> None:
    """Read on the export's day (the town's), not the server's: from 1 April last year's list
    is not published as this year's weekdays and dates."""
    make_listing(
        db_session, name="年度の体操教室", schedule_text="令和30年度 毎週火曜日 10:00〜12:00"
    )

    def row(layout: str, today: date) -> dict[str, str]:
        rows = _rows(interop.export_standard_csv(db_session, layout, ExportOptions(today=today)))
        return next(r for r in rows if "年度の体操教室" in (r.get("名称"), r.get("イベント名")))

    assert row("facilities", date(2049, 3, 30))["利用可能曜日"] == "火"
    assert row("facilities", date(2049, 4, 1))["利用可能曜日"] == ""
    assert row("events", date(2049, 4, 1))["開始日"] == ""


def test_exports_are_written_a_row_at_a_time(db_session: Session) -> None:
    pieces = list(interop.stream_csv(db_session, "facilities"))
    assert len(pieces) == 1 + len(_content(db_session))
    assert pieces[0].startswith(b"\xef\xbb\xbf")
    assert all(piece.endswith(b"\r\n") for piece in pieces)


# ---- こども食堂一覧 ----

_KODOMO_DESCRIPTION = (
    "地域の子どもに温かい食事を届けたいと始めた食堂です。\n\n参加条件: 小学生以上\n\n"
    "予約: 要予約（前日までに電話）\n\n学区: 土浦第二小学校区\n\n雨の日も開きます。"
)
_KODOMO_COST = "幼児 無料・小学生 100円・大人 300円（きょうだいは2人目から無料）"


def _kodomo_listing(session: Session) -> Listing:
    """A こども食堂 as the importer makes one of a municipality's row (fees by age, notes)."""
    listing = make_listing(
        session, name="みんなの食堂 こめっこ", kana="みんなのしょくどう こめっこ",
        categories=("kodomo_shokudo",), targets=("children",), description=_KODOMO_DESCRIPTION,
        schedule_text="第2・第4土曜日 11:30〜13:30", cost_text=_KODOMO_COST, cost_yen=100,
        capacity=30, contact_email="komekko@example.org", contact_phone="029-800-9999",
    )  # fmt: skip
    return listing


def _kodomo_names(session: Session) -> set[str]:
    return set(
        session.scalars(
            select(Listing.name).where(
                visible(Audience.PUBLIC),
                Listing.categories.any(Category.code == "kodomo_shokudo"),
            )
        )
    )


def test_a_kodomo_export_lists_the_public_kodomo_shokudo_in_the_layouts_columns(
    db_session: Session,
) -> None:
    make_listing(db_session, name="下書きの食堂", categories=("kodomo_shokudo",), publish=False)
    data = interop.export_standard_csv(db_session, "kodomo")
    text = data.decode("utf-8-sig")
    assert "\n" not in text.replace("\r\n", "")
    lines = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(lines[0]) == interop.LAYOUTS["kodomo"].export_headers
    assert lines[0][:5] == ["全国地方公共団体コード", "ID", "都道府県", "市区町村名", "名称"]
    assert all(len(line) == len(lines[0]) for line in lines[1:])
    # A town's こども食堂一覧 is its こども食堂: not the salons, not the drafts.
    names = {r["名称"] for r in _rows(data)}
    assert names == _kodomo_names(db_session)
    assert len(names) > 10
    assert "木曜の朝カフェ" not in names
    assert "下書きの食堂" not in names


def test_a_kodomo_row_fills_the_fee_schedule_and_note_columns(db_session: Session) -> None:
    listing = _kodomo_listing(db_session)
    listing.organization.website = "https://komekko.example.org/"
    db_session.flush()
    configured = ExportOptions(municipality=municipalities.by_code("082031"))
    rows = _rows(interop.export_standard_csv(db_session, "kodomo", configured))
    row = next(r for r in rows if r["名称"] == "みんなの食堂 こめっこ")
    assert (row["全国地方公共団体コード"], row["都道府県"], row["市区町村名"]) == (
        "082031",
        "茨城県",
        "土浦市",
    )
    assert row["ID"] == str(listing.id)
    assert row["運営団体名"] == listing.organization.name
    assert row["URL"] == "https://komekko.example.org/"
    assert (row["電話番号1"], row["メールアドレス1"]) == ("029-800-9999", "komekko@example.org")
    assert row["設置目的"] == "地域の子どもに温かい食事を届けたいと始めた食堂です。"
    assert row["参加条件"] == "小学生以上"
    assert row["予約方法"] == "要予約（前日までに電話）"
    assert row["学区"] == "土浦第二小学校区"
    assert row["備考"] == "雨の日も開きます。"
    fees = [row[f"参加費_{age}"] for age in ("幼児", "小学生", "中学生", "高校生", "大人")]
    assert fees == ["無料", "100円", "", "", "300円"]
    assert row["参加費特記事項"] == "きょうだいは2人目から無料"
    assert (row["定員"], row["料金(基本)"]) == ("30", "100")
    # The whole text in 特記事項; the times beside it; 開催頻度・開催日 empty (see kodomo_row).
    assert row["開催日時特記事項"] == "第2・第4土曜日 11:30〜13:30"
    assert (row["開催開始時間"], row["開催終了時間"]) == ("11:30", "13:30")
    assert (row["開催頻度"], row["開催日"], row["開催曜日"]) == ("", "", "")
    weekly = next(r for r in rows if r["名称"] == "たかつ子ども食堂")
    assert weekly["開催曜日"] == "水"
    # A 参加費 and a 紹介文 in no such form go whole to 参加費特記事項 and 設置目的.
    assert weekly["参加費特記事項"] == "子ども無料・大人300円（ボランティアは無料、まかない付き）"
    assert weekly["参加費_小学生"] == ""
    assert weekly["設置目的"].startswith("下高津の事務所1階の調理場で")
    assert weekly["参加条件"] == weekly["備考"] == ""


def test_a_kodomo_export_imports_into_an_empty_directory_as_the_same_listings(
    db_session: Session, empty_directory: Session, geocoder: OfflineGeocoder
) -> None:
    _kodomo_listing(db_session)
    exported = interop.export_standard_csv(db_session, "kodomo")
    plan = plan_bytes(empty_directory, exported, geocoder)
    assert plan.counts[interop.Action.CREATE] == len(_kodomo_names(db_session))
    assert not plan.rejected, [str(p) for r in plan.rejected for p in r.problems]
    interop.apply_plan(empty_directory, plan, actor=LOADER, now=NOW)
    empty_directory.commit()
    # Every field _content compares comes back: the layout's own columns and our six after them
    # (カテゴリー, 対象, 郵便番号, 場所名称, 連絡先名称, 料金(基本)).
    names = _kodomo_names(db_session)
    want = {name: values for name, values in _content(db_session).items() if name in names}
    _assert_same(_content(empty_directory), want)
    emails = select(Listing.name, Listing.contact_email).where(Listing.contact_email != "")
    imported = {name: email for name, email in empty_directory.execute(emails)}
    assert imported["みんなの食堂 こめっこ"] == "komekko@example.org"
    assert imported == {name: email for name, email in db_session.execute(emails) if name in names}


def test_a_facilities_export_imports_back_with_its_barrier_free_information(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    make_listing(
        db_session, name="段差のないサロン", wheelchair=True, accessible_toilet=True, parking=True
    )
    exported = interop.export_standard_csv(db_session, "facilities")
    row = next(r for r in _rows(exported) if r["名称"] == "段差のないサロン")
    assert (
        row["バリアフリー情報"] == "車いすで利用できます。多目的トイレがあります。駐車場があります"
    )
    plan = plan_bytes(db_session, exported, geocoder)
    data = next(r.data for r in plan.rows if r.data and r.data.name == "段差のないサロン")
    assert (data.wheelchair, data.accessible_toilet, data.pickup, data.parking) == (
        True,
        True,
        False,
        True,
    )
    assert "バリアフリー情報" not in data.description


# 対象年齢 as organizations set them: open at either end, from 0, a child's one age, with the
# adults who bring a child, and none at all.
_AGES = [
    (None, None, False), (65, None, False), (60, None, False), (18, None, False),
    (0, None, False), (None, 18, False), (None, 3, True), (0, 3, True), (0, 6, True),
    (0, 1, True), (0, 0, True), (0, 3, False), (0, 6, False), (0, 18, False), (15, 39, False),
    (6, 12, False), (6, 9, False), (12, 18, False), (3, 3, False), (5, 6, False),
    (6, 15, True), (2, 5, True), (3, 3, True), (20, 20, False), (40, 64, False),
    (0, 120, False), (None, 120, False), (120, None, False),
]  # fmt: skip


def _with_ages(session: Session) -> dict[str, tuple[int | None, int | None, bool]]:
    made = {}
    for i, (low, high, adults) in enumerate(_AGES, 1):
        name = f"年齢のある活動{i}"
        make_listing(session, name=name, age_min=low, age_max=high, age_with_adults=adults)
        made[name] = (low, high, adults)
    session.flush()
    return made


def _ages(session: Session, names: Iterable[str]) -> dict[str, tuple[object, ...]]:
    listings = session.scalars(select(Listing).where(Listing.name.in_(list(names))))
    return {x.name: (x.age_min, x.age_max, x.age_with_adults, x.description) for x in listings}


def test_a_simple_export_says_the_ages_as_the_form_shows_them(db_session: Session) -> None:
    made = _with_ages(db_session)
    exported = interop.export_standard_csv(db_session, "simple")
    header = exported.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[4:6] == ["対象", "対象年齢"]  # the form's order, the form's label
    cells = {r["活動名"]: r["対象年齢"] for r in _rows(exported) if r["活動名"] in made}
    assert cells["年齢のある活動1"] == ""  # no ages
    assert cells["年齢のある活動2"] == "65歳以上"
    assert cells["年齢のある活動6"] == "18歳以下"
    assert cells["年齢のある活動8"] == "0〜3歳とその保護者"  # not 「3歳以下とその保護者」
    assert cells["年齢のある活動7"] == "3歳以下とその保護者"
    assert cells["年齢のある活動19"] == "3歳児"


def test_a_simple_export_imports_back_with_the_same_ages(
    db_session: Session, empty_directory: Session, geocoder: OfflineGeocoder
) -> None:
    made = _with_ages(db_session)
    exported = interop.export_standard_csv(db_session, "simple")
    plan = plan_bytes(empty_directory, exported, geocoder)
    assert not plan.rejected, [str(p) for r in plan.rejected for p in r.problems]
    interop.apply_plan(empty_directory, plan, actor=LOADER, now=NOW)
    empty_directory.commit()
    # The same ages, and the 紹介文 as it was (the ages are not also written into it).
    assert _ages(empty_directory, made) == _ages(db_session, made)
    got = {name: values[:3] for name, values in _ages(empty_directory, made).items()}
    assert got == made


def test_a_simple_export_read_again_into_the_same_directory_changes_no_ages(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    """On the database the suite runs on (PostgreSQL when DATABASE_URL is set): each listing
    is found again and nothing is to change, its ages least of all."""
    made = _with_ages(db_session)
    exported = interop.export_standard_csv(db_session, "simple")
    plan = plan_bytes(db_session, exported, geocoder)
    ours = [row for row in plan.rows if row.data is not None and row.data.name in made]
    assert len(ours) == len(made)
    assert {
        row.data.name: (row.data.age_min, row.data.age_max, row.data.age_with_adults)
        for row in ours
        if row.data is not None
    } == made
    changed = [(row.data.name if row.data else "", row.action) for row in ours]
    assert all(action is interop.Action.SKIP for _, action in changed), changed
