"""Text struck through in a workbook (取り消し線), as 社協 staff keep their lists up to date:
an old time crossed out with the new one written after it in the same cell, part of a name
crossed out when it was renamed, a ○ under 「火」 crossed out, a 「休止中」 crossed out when
the group met again. A struck-through part is deleted text; a name struck whole is an activity
that ended.

Excel keeps such text in its shared strings; a program writing a workbook (openpyxl among
them) writes it inline in the sheet. Both are read the same."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import time

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font
from sqlalchemy.orm import Session

from directory import interop
from directory.interop import Action, ImportPlan, PlannedRow
from directory.models import IntakeStatus
from directory.schedules import parse_schedule
from directory.schedules.model import TimeRange
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import plan_bytes
from tests.factories import make_listing

STRUCK = InlineFont(strike=True)


def struck(text: str) -> TextBlock:
    return TextBlock(STRUCK, text)


def as_excel_saves_it(data: bytes) -> bytes:
    """The workbook with its inline strings moved to the shared strings, where Excel keeps
    every text (rich text too) when it saves a file."""
    source = zipfile.ZipFile(io.BytesIO(data))
    strings: list[str] = []

    def shared(match: re.Match[str]) -> str:
        strings.append(match.group("text"))
        return f'<c{match.group("attrs")} t="s"><v>{len(strings) - 1}</v></c>'

    inline = re.compile(r'<c(?P<attrs>[^>]*?) t="inlineStr"><is>(?P<text>.*?)</is></c>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/sheet"):
                text = re.sub(r'<c([^>]*?) t="inlineStr"\s*/>', r"<c\1/>", part.decode())
                part = inline.sub(shared, text).encode()  # empty ones are empty cells
            elif info.filename == "[Content_Types].xml":
                part = part.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                part = part.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(info, part)
        items = "".join(f"<si>{text}</si>" for text in strings)
        target.writestr(
            "xl/sharedStrings.xml",
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>',
        )
    return out.getvalue()


def salon_list() -> bytes:
    """A 札幌市北区 社協's サロン一覧 after a year of corrections made in Excel."""
    book = Workbook()
    sheet = book.active
    sheet.append(["令和6年度 北区ふれあいサロン一覧"])
    sheet.append(["サロン名", "会場", "開催日", "時間", "状況"])
    rows: list[list[object]] = [
        # The old time crossed out, the new written after it.
        ["麻生いきいきサロン", "麻生会館", "第1水曜日",
         CellRichText(struck("10:00～12:00"), " 13:30～15:30"), "活動中"],
        # Renamed: the old part of the name crossed out.
        [CellRichText(struck("新琴似"), "新川ふれあいサロン"), "新川会館", "第2月曜日",
         "10:00～11:30", "活動中"],
        # The name crossed out run by run: every run struck is the name struck through.
        [CellRichText(struck("太平"), struck("百合が原サロン")), "太平会館", "第2木曜日",
         "13:30～15:00", ""],
        # One of two days crossed out; the arrow to the new time goes with the old one.
        ["北24条まちなかカフェ", "北24条会館", CellRichText("第2木曜日 ", struck("第4木曜日")),
         CellRichText(struck("10:00"), "→14:00～16:00"), "活動中"],
        # 休止中 crossed out in the cell: it meets again.
        ["拓北ひだまりサロン", "拓北会館", "第1土曜日", "10:00～12:00",
         CellRichText(struck("休止中"), " 活動中")],
        # A row struck through whole: ended, its cells as written.
        ["屯田お茶の間会", "屯田会館", "第4火曜日", "10:00～12:00", "活動中"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    for cell in sheet[8]:
        cell.font = Font(strike=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _plan(session: Session, geocoder: OfflineGeocoder, data: bytes) -> ImportPlan:
    return plan_bytes(
        session, data, geocoder, organization="北区社会福祉協議会", categories=("salon",)
    )


def _row(plan: ImportPlan, name: str) -> PlannedRow:
    return next(r for r in plan.rows if r.data is not None and r.data.name == name)


WRITTEN = {
    "inline (a program)": salon_list,
    "shared (Excel)": lambda: as_excel_saves_it(salon_list()),
}


@pytest.fixture(params=list(WRITTEN), ids=list(WRITTEN))
def plan(
    request: pytest.FixtureRequest, db_session: Session, geocoder: OfflineGeocoder
) -> ImportPlan:
    data: bytes = WRITTEN[request.param]()
    if request.param.startswith("shared"):
        assert b"sharedStrings.xml" in data
        assert b"inlineStr" not in zipfile.ZipFile(io.BytesIO(data)).read(
            "xl/worksheets/sheet1.xml"
        )
    return _plan(db_session, geocoder, data)


def _rules(row: PlannedRow) -> list[tuple[object, ...]]:
    assert row.data is not None
    spec = parse_schedule(row.data.schedule_text)
    assert not spec.needs_review, row.data.schedule_text
    return [(r.nth, r.weekdays, r.times) for r in spec.rules]


def test_a_time_crossed_out_in_the_cell_gives_way_to_the_time_after_it(plan: ImportPlan) -> None:
    row = _row(plan, "麻生いきいきサロン")
    assert row.data is not None
    assert "10:00" not in row.data.schedule_text
    assert [times for *_, times in _rules(row)] == [TimeRange(time(13, 30), time(15, 30))]


def test_a_day_and_a_time_crossed_out_leave_the_others_and_no_arrow(plan: ImportPlan) -> None:
    row = _row(plan, "北24条まちなかカフェ")
    assert row.data is not None
    assert row.data.schedule_text == "第2木曜日 14:00～16:00"
    assert [(nth, days) for nth, days, *_ in _rules(row)] == [((2,), (3,))]


def test_a_name_with_its_old_part_crossed_out_is_read_without_it(plan: ImportPlan) -> None:
    row = _row(plan, "新川ふれあいサロン")
    assert row.action is Action.CREATE
    assert row.intake is None


def test_a_name_struck_run_by_run_is_a_name_struck_through(plan: ImportPlan) -> None:
    row = _row(plan, "太平百合が原サロン")
    assert (row.action, row.ended) == (Action.SKIP, True)
    assert any("取り消し線" in w.message for w in row.warnings)


def test_a_status_crossed_out_in_the_cell_is_not_read(plan: ImportPlan) -> None:
    row = _row(plan, "拓北ひだまりサロン")
    assert (row.action, row.intake) == (Action.CREATE, None)
    assert row.data is not None
    assert "休止" not in row.data.description


def kayoinoba_list() -> bytes:
    """A 富山市 通いの場一覧: the days as ○ under 月…金, a ○ and a 状況 crossed out (the cells'
    font) when the group changed its day and met again."""
    book = Workbook()
    sheet = book.active
    sheet.append(["通いの場の名称", "会場", "月", "火", "水", "木", "金", "時間", "状況"])
    sheet.append(
        ["呉羽ころばん体操", "呉羽会館", "－", "○", "－", "－", "○", "13:30～14:30", "休止中"]
    )
    sheet["D2"].font = Font(strike=True)
    sheet["I2"].font = Font(strike=True)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("excel", [False, True], ids=["inline", "shared"])
def test_cells_crossed_out_in_a_live_row_are_deleted_and_said_so(
    db_session: Session, geocoder: OfflineGeocoder, excel: bool
) -> None:
    data = as_excel_saves_it(kayoinoba_list()) if excel else kayoinoba_list()
    row = _plan(db_session, geocoder, data).rows[0]
    assert (row.action, row.intake) == (Action.CREATE, None)  # 休止中 crossed out
    assert row.data is not None
    assert [days for _, days, *_ in _rules(row)] == [(4,)]  # 金 only: the ○ under 火 crossed out
    said = [w for w in row.warnings if "取り消し線" in w.message]
    assert {w.column for w in said} == {"火", "状況"}, said
    assert ("火", "○") in row.cells  # the preview still shows what the file has


def test_a_row_struck_through_whole_is_ended_with_its_cells_as_written(plan: ImportPlan) -> None:
    row = _row(plan, "屯田お茶の間会")
    assert (row.action, row.ended) == (Action.SKIP, True)
    assert row.data is not None
    assert row.data.schedule_text.startswith("第4火曜日")
    assert not [w for w in row.warnings if "読み込みません" in w.message and w.column == "火"]


def test_a_row_with_nothing_struck_reads_as_before(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    book = Workbook()
    book.active.append(["サロン名", "会場", "開催日", "状況"])
    book.active.append(["茨戸サロン", "茨戸会館", "第3水曜日", "休止中"])
    buffer = io.BytesIO()
    book.save(buffer)
    table = interop.read_upload(buffer.getvalue())
    assert [row.struck for row in table.rows] == [frozenset()]
    row = _plan(db_session, geocoder, buffer.getvalue()).rows[0]
    assert row.intake is IntakeStatus.PAUSED


def test_a_name_crossed_out_for_a_new_one_finds_the_listing_under_the_old_name(
    db_session: Session, geocoder: OfflineGeocoder
) -> None:
    existing = make_listing(db_session, name="重清サロン")  # from last year's list
    assert existing.location is not None
    book = Workbook()
    book.active.append(["サロン名", "会場", "住所", "開催日"])
    book.active.append(
        [
            CellRichText(struck("重清サロン"), "重清いきいきクラブ"),
            "重清会館",
            existing.location.address,
            "毎週金曜日",
        ]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    row = _plan(db_session, geocoder, as_excel_saves_it(buffer.getvalue())).rows[0]
    assert row.data is not None
    assert row.data.name == "重清いきいきクラブ"
    assert row.former_names == ("重清サロン",)
    assert "重清サロン" in row.data.tags
    assert row.existing_id == existing.id  # offered as an update, not created a second time
