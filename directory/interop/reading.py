"""Bytes of an uploaded file → a table of text cells, with its header row found.

- Encodings: UTF-8 (with or without BOM) first, then CP932 (Shift_JIS as Windows and Excel
  write it; a superset of Shift_JIS); UTF-16 with its BOM (Excel's 「Unicode テキスト」). A file
  that is none of them is refused with the line where reading failed, rather than imported
  with mojibake.
- Text is comma- or tab-separated (Excel's 「テキスト（タブ区切り）」): the delimiter is the one
  that splits the first rows into more cells; semicolons only when unambiguous
  (``sniff_delimiter``), and a header of one cell that semicolons would split is refused with
  what to do rather than read as one column.
- XLSX (recognised by content, not by name) is read with openpyxl in read-only mode, values
  only: a formula cell yields its cached value or nothing, never a formula. The sheets that
  hold the list are read, not the first alone (``_read_workbook``: covers, explanations and
  記入例 are passed over and said so; sheets of the same header, one a 地区, are read as one
  list). The workbook's date system (1900, or 1904 of Excel for Mac) goes with the table, for
  the dates Excel kept as plain numbers (``planning.excel_serial_text``).
  Other files are recognised by their first bytes and refused with what to do: a PDF, an old
  .xls (or a password-protected workbook, also an OLE2 file), a ZIP that is no workbook
  (a damaged .xlsx, a .docx renamed).
- The header row is the first of the first ``HEADER_SEARCH_ROWS`` rows that names the most
  known columns, so a title row above the header ("令和6年度 公共施設一覧") is passed over (and
  kept as ``Table.above``: a 「凡例：◎活動中 ▲休止中」 there says what the marks mean).
  A two-row header (a merged 「連絡先」 over 「電話番号」「メールアドレス」) is read as one when
  the two rows name more known columns than one alone (``combine_headers``: 「連絡先 電話番号」).
  Headers are NFKC-normalised (全角 names match).
  A header further down is not guessed at: when none of those rows names a known column and
  a row below does (or only one-cell rows, notes, stand above a wider table), the file is
  refused with a message asking to delete the rows above the header, rather than read with a
  note for its header (and every column unknown).
- A column without a header is kept: its header is empty (``Table.headers`` reaches as far
  as the widest row's last filled cell), so the mapping can name it by position and say when
  it holds values that are not read.
- Blank rows are dropped; each row keeps the line number a person sees in Excel, so messages
  say 「12行目」 about the line they will look at.
- Notes under the table (「※出典：土浦市福祉課」, 「問い合わせ：029-826-1111」) are not rows: trailing
  rows of one filled cell are set apart (``Table.notes``) when a blank row ends the table above
  them, or from the first one that starts like a note (※, 注, 出典, 備考, 問い合わせ…). They are
  reported as passed over, never imported and never silently dropped.
- Rows inside the table that are no listing are set apart and reported, never imported nor
  dropped unsaid (``Table.passed_rows``): a heading on a row of its own (「■北地区」「【南地区】」:
  the rows under it keep it as ``SourceRow.section``), a 合計/計 row, a ※ note between rows,
  and the header repeated (a list pasted together from pages).
- Cells a person reads as filled are filled: a cell merged down over several rows (a 地区
  written once: openpyxl's read-only mode gives no merges, so the sheet's mergeCell elements
  are read from its XML), and a ditto mark 「〃」「同上」 (the value above). Which cells were
  so filled is kept (``SourceRow.carried``): a name merged down over two rows tells the planner
  that the second row continues the first.
- A cell struck through in a workbook (取り消し線, how a list marks an activity that ended) is
  kept as ``SourceRow.struck``; fonts are read only when the workbook's styles have such a font.
  Text struck through inside a cell (part of it: an old time crossed out and the new one written
  after it, 「~~10:00~~→13:00～16:00」) is deleted text: it is left out of the cell, with the
  arrow that led from it to the new text (``_rich_text``). A cell whose every run is struck is
  a cell struck through, its text kept. Such runs are in the shared strings, read as rich text
  only when one of them is struck (inline strings, which Excel does not write, are read plain).
- Limits are checked while reading, row by row, never after reading everything: a file with
  more than ``MAX_ROWS`` data rows, a non-empty cell beyond ``MAX_COLUMNS``, or a cell longer
  than ``MAX_CELL_CHARS`` is refused with a Japanese message as soon as it is met. An XLSX sheet
  may declare a dimension of the whole grid (A1:XFD1048576) for one far cell; the declared
  dimension is ignored, so empty rows are not padded to 16,384 columns, and the archive's
  declared sizes are checked before anything is decompressed (a zip bomb is refused).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from functools import cached_property
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from directory import labels
from directory.interop.errors import ImportFileError

if TYPE_CHECKING:  # openpyxl is imported when an XLSX is read, not with this module
    from openpyxl.workbook.workbook import Workbook


class _Worksheet(Protocol):
    """What is read of a worksheet of a workbook opened read-only."""

    title: str
    sheet_state: str

    def reset_dimensions(self) -> None: ...

    def iter_rows(self, *, values_only: bool) -> Iterator[tuple[object, ...]]: ...


HEADER_SEARCH_ROWS = 10
HEADER_LOOKAHEAD_ROWS = 100  # how far below those a header is looked for, to say where it is
MAX_ROWS = 50_000
MAX_COLUMNS = 300  # real layouts have 20–70 columns; the こども食堂一覧 about 60
MAX_CELL_CHARS = 10_000  # a long 備考 is a few hundred characters
MAX_WIDE_ROWS = 1_000  # XLSX rows reaching past MAX_COLUMNS with formatted, empty cells
MAX_FILE_BYTES = 50 * 1024 * 1024  # the CLI's limit; the upload page has its own, smaller one
# XLSX parts are XML: a legitimate 50,000-row sheet is well under this when decompressed.
MAX_XLSX_PART_BYTES = 150 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SourceRow:
    line: int  # 1-based line (CSV) or row (XLSX) number in the file
    cells: tuple[str, ...]
    sheet: str = ""  # the worksheet, when a workbook's rows come from several sheets
    section: str = ""  # the heading row above it, if any (「■北地区」 → 北地区)
    # Columns whose value is the row above's: a cell merged down over it, or a 「〃」「同上」.
    carried: frozenset[int] = frozenset()
    # Columns whose text is struck through (XLSX): how lists mark an activity that ended.
    struck: frozenset[int] = frozenset()
    # Cells struck through in part (XLSX): (column, the struck text, the cell's text before it
    # was struck); the cell itself holds the text left.
    edited: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class PassedRow:
    """A row inside the table that is no listing: a heading (「■北地区」) or a total (「合計」)."""

    row: SourceRow
    kind: str  # "heading", "total", "note" (a ※ row between the rows), "header" (repeated)
    # or "example" (a 様式's 記入例 row left in)


@dataclass(frozen=True)
class Table:
    """A file read into text: the header row and the data rows below it."""

    headers: tuple[str, ...]  # as written, NFKC-normalised and stripped
    rows: tuple[SourceRow, ...]
    header_line: int
    encoding: str  # "utf-8-sig", "utf-8", "cp932", "utf-16" or "xlsx"
    notes: tuple[SourceRow, ...] = ()  # one-cell rows under the table, not imported
    passed_rows: tuple[PassedRow, ...] = ()  # headings and totals inside it, not imported
    # The rows above the header (a title, 「凡例：◎活動中 ▲休止中」), not imported.
    above: tuple[SourceRow, ...] = ()
    delimiter: str = ","  # "\t" for tab-separated text, ";" when unambiguous; "," for XLSX
    header_rows: int = 1  # 2: a header of two rows (a group cell over its columns)
    sheets: tuple[str, ...] = ()  # the worksheets read (XLSX), in workbook order
    passed_sheets: tuple[str, ...] = ()  # why the other worksheets were not read (Japanese)
    date1904: bool = False  # an XLSX counting its serial dates from 1904 (Excel for Mac)

    # With rows of several sheets: each sheet's header line (their headers are the same, not
    # always on the same line).
    sheet_header_lines: tuple[tuple[str, int], ...] = ()

    @property
    def header_lines(self) -> str:
        """Where the header is, as a person says it: 「3」, 「3〜4」 (a two-row header), or
        「北地区」2・「南地区」1 when the sheets read have it on different lines."""
        if len({line for _, line in self.sheet_header_lines}) > 1:
            return "・".join(
                f"「{sheet}」{self._lines_from(line)}" for sheet, line in self.sheet_header_lines
            )
        return self._lines_from(self.header_line)

    def _lines_from(self, first: int) -> str:
        last = first + self.header_rows - 1
        return str(first) if last == first else f"{first}〜{last}"

    @property
    def sheets_read(self) -> str:
        """「シート「北地区」「南地区」から読みました」 for a workbook of several sheets, else ""."""
        if not self.sheets:
            return ""
        return labels.IMPORT_READ_SHEETS.format(sheets="".join(f"「{s}」" for s in self.sheets))

    def value(self, row: SourceRow, index: int) -> str:
        return row.cells[index] if index < len(row.cells) else ""

    @cached_property
    def samples(self) -> dict[int, str]:
        """Column index → its first filled value (columns without one are absent): what a
        column holds, to name a column without a header and to know it is not empty."""
        found: dict[int, str] = {}
        for row in self.rows:
            for index, cell in enumerate(row.cells):
                if index not in found and cell.strip():
                    found[index] = cell.strip()
            if len(found) == len(self.headers):
                break
        return found


def normalize_header(text: str) -> str:
    """全角/半角, spaces and line breaks folded; 「(必須)」 marks dropped."""
    text = unicodedata.normalize("NFKC", text).strip()
    text = "".join(text.split())
    for mark in ("(必須)", "※必須", "[必須]"):
        text = text.replace(mark, "")
    return text


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding that read it; ``ImportFileError`` when none does."""
    candidates: tuple[str, ...] = ("utf-8", "cp932")
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)  # the BOM says which byte order; it is not part of the text
    failure: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as error:
            failure = error if failure is None or error.start > failure.start else failure
    assert failure is not None  # noqa: S101 (one candidate at least was tried)
    if failure.encoding.startswith("utf-16"):
        line = data[: failure.start].decode("utf-16", errors="replace").count("\n") + 1
    else:
        line = data[: failure.start].count(b"\n") + 1
    raise ImportFileError(labels.IMPORT_BAD_ENCODING.format(line=line))


DELIMITER_SAMPLE_CHARS = 64 * 1024
DELIMITER_SAMPLE_ROWS = 20


def sniff_delimiter(text: str) -> str:
    """``"\t"`` when tabs split the first rows into more cells than commas do, ``";"`` when
    semicolons do so unambiguously, else ``","``.

    Counted over several rows, not the first alone (a title row has neither); a comma inside
    a cell of a tab-separated file (「1,000」) or a tab inside a CSV cell does not tip it.
    Semicolons (a CSV saved where the comma is the decimal sign) are taken only the way
    ``csv.Sniffer`` would: every row that splits at all splits into the same number of cells
    at semicolons, so a comma CSV whose cells list 「居場所;子ども」 stays a comma CSV."""
    sample = text[:DELIMITER_SAMPLE_CHARS]
    widths: dict[str, list[int]] = {}
    for delimiter in (",", "\t", ";"):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths[delimiter] = []
        try:
            for row in islice(reader, DELIMITER_SAMPLE_ROWS):
                widths[delimiter].append(len(row))
        except csv.Error:
            pass  # the sample may end inside a quoted cell: the rows read so far tell
    cells = {delimiter: sum(counts) for delimiter, counts in widths.items()}
    best = "\t" if cells["\t"] > cells[","] else ","
    if _splits_evenly(widths[";"], widths[best]) and (
        cells[";"] > cells[best] or not _splits_evenly(widths[best], widths[";"])
    ):
        return ";"  # even where the other is not: cells of 「1,000円」 do not tip it
    return best


def _splits_evenly(widths: list[int], other: list[int]) -> bool:
    """Whether every row that either delimiter splits has the same width (2 or more) in
    ``widths``: a row the other delimiter splits and this one does not breaks it."""
    split = {
        width
        for index, width in enumerate(widths)
        if width > 1 or (index < len(other) and other[index] > 1)
    }
    return len(split) == 1 and min(split) > 1


def _csv_rows(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The csv module's own field limit (128 KiB) is far above ours: a cell that long is
            # reported as too long, in Japanese, like any other over-long cell.
            if "field larger than field limit" in str(error):
                raise ImportFileError(
                    labels.IMPORT_CELL_TOO_LONG.format(line=reader.line_num, limit=MAX_CELL_CHARS)
                ) from error
            raise ImportFileError(labels.IMPORT_BAD_CSV.format(line=reader.line_num)) from error
        yield reader.line_num, cells


def _open_workbook(data: bytes, *, rich_text: bool = False) -> Workbook:
    from openpyxl import load_workbook  # imported here: only XLSX uploads pay for it

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True, rich_text=rich_text)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(labels.IMPORT_BAD_XLSX) from error


def _sheet_rows(sheet: _Worksheet) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of a worksheet, as text."""
    try:
        # The declared dimension is what the writing program claims, not what is there: with
        # it, every row would be padded to its width (16,384 columns for A1:XFD1048576).
        # Missing rows then come as empty rows, and a row is as wide as its last cell.
        sheet.reset_dimensions()
        wide_rows = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(values) > MAX_COLUMNS:
                # Cells far to the right are refused if they hold a value; formatted empty
                # ones are passed over, but only so often (each costs its full width).
                wide_rows += 1
                if wide_rows > MAX_WIDE_ROWS or any(v is not None for v in values[MAX_COLUMNS:]):
                    raise ImportFileError(
                        labels.IMPORT_TOO_MANY_COLUMNS.format(line=number, limit=MAX_COLUMNS)
                    )
                values = values[:MAX_COLUMNS]
            if all(v is None for v in values):
                continue
            yield number, [_cell_text(v) for v in values]
    except ImportFileError:
        raise
    except Exception as error:  # a damaged sheet part fails only when it is read
        raise ImportFileError(labels.IMPORT_BAD_XLSX) from error


def _check_xlsx_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse an archive whose parts would decompress to more than a real list needs."""
    for info in archive.infolist():
        limit = (
            MAX_XLSX_SHARED_STRINGS_BYTES
            if info.filename.endswith("sharedStrings.xml")
            else MAX_XLSX_PART_BYTES
        )
        if info.file_size > limit:
            raise ImportFileError(labels.IMPORT_XLSX_TOO_LARGE)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # openpyxl's CellRichText: runs of text with their fonts
        return _rich_text(value)[0]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d" if value.time() == time() else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def read_file(path: Path) -> bytes:
    """The bytes of a file given on the command line, refused unread when it is too large."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(
            labels.IMPORT_FILE_TOO_LARGE.format(megabytes=MAX_FILE_BYTES // (1024 * 1024))
        )
    return path.read_bytes()


def read_table(
    data: bytes,
    *,
    known_headers: Callable[[str], float] | None = None,
    max_rows: int = MAX_ROWS,
) -> Table:
    """Read a CSV (or tab-separated text) or XLSX upload. ``known_headers(h)`` says whether a header is one we know."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            labels.IMPORT_FILE_TOO_LARGE.format(megabytes=MAX_FILE_BYTES // (1024 * 1024))
        )
    if not data.strip():
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    if data[:1024].lstrip().startswith(_PDF):
        raise ImportFileError(labels.IMPORT_PDF)
    if data.startswith(_OLE2):
        raise ImportFileError(
            labels.IMPORT_PROTECTED_XLSX if _ENCRYPTED_PACKAGE in data else labels.IMPORT_OLD_XLS
        )
    if data.startswith(_ZIP):
        if not _is_xlsx(data):
            raise ImportFileError(labels.IMPORT_BAD_XLSX)
        return _read_workbook(data, known_headers, max_rows)
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    part = _read_part(_csv_rows(text, delimiter), known_headers, max_rows)
    if delimiter != ";" and _semicolon_header(part.headers):
        raise ImportFileError(labels.IMPORT_SEMICOLON_UNCLEAR)
    return Table(
        headers=part.headers,
        rows=part.rows,
        header_line=part.header.line,
        encoding=encoding,
        notes=part.notes,
        passed_rows=part.passed,
        above=part.above,
        delimiter=delimiter,
        header_rows=part.header.count,
    )


def _semicolon_header(headers: tuple[str, ...]) -> bool:
    """A header of one cell that semicolons would split: a semicolon file read as something else."""
    named = [h for h in headers if h]
    return len(named) == 1 and len([p for p in named[0].split(";") if p]) > 1


@dataclass(frozen=True)
class _Header:
    index: int  # of its (first) row among the rows searched
    count: int  # 1, or 2 for a two-row header
    line: int
    names: tuple[str, ...]
    known: float  # how many of the names are known columns (a guessed one counts for less)


@dataclass(frozen=True)
class _Part:
    """One table read: a CSV's, or one worksheet's."""

    header: _Header
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    notes: tuple[SourceRow, ...]
    passed: tuple[PassedRow, ...] = ()
    above: tuple[SourceRow, ...] = ()  # rows above the header


def _read_part(
    raw: Iterator[tuple[int, list[str]]],
    known: Callable[[str], float] | None,
    max_rows: int,
    *,
    sheet: str = "",
    read_before: int = 0,
    merges: tuple[tuple[int, int, int], ...] = (),
    struck: _Struck | None = None,
) -> _Part:
    """Find the header of ``raw`` and read the rows under it (see the module's docstring).

    ``read_before`` rows were read from earlier sheets: the row limit is the file's.
    ``merges``: the vertical merged cells of a worksheet (``_vertical_merges``); ``struck``:
    its cells struck through, by line (``_struck_cells``)."""
    if struck is not None:
        raw = _without_struck_runs(raw, struck.kept)
    struck_by_line = struck.cells if struck is not None else {}
    edits = struck.edits if struck is not None else {}
    rows = _limited(raw)
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    if not head:
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    if known is not None and not any(_known_count(c, known) for _, c in head):
        later = list(islice(rows, HEADER_LOOKAHEAD_ROWS))
        _refuse_a_header_too_far_down(head, later, known)
        rows = chain(later, rows)
    header = _find_header(head, known)
    headers = header.names
    if not any(headers):
        raise ImportFileError(labels.IMPORT_NO_HEADER)
    start = header.index + header.count

    def source_row(line: int, cells: list[str]) -> SourceRow:
        struck_cells = struck_by_line.get(line, frozenset())
        return SourceRow(line, tuple(cells), sheet, struck=struck_cells, edited=edits.get(line, ()))

    body = [source_row(line, cells) for line, cells in head[start:]]
    room = max_rows - read_before
    for line, cells in rows:
        if len(body) >= room:
            raise ImportFileError(labels.IMPORT_TOO_MANY_ROWS.format(limit=max_rows))
        body.append(source_row(line, cells))
    if len(body) > room:  # the rows read with the header
        raise ImportFileError(labels.IMPORT_TOO_MANY_ROWS.format(limit=max_rows))
    if merges:
        body = _fill_merged(body, merges)
    header_rows = [cells for _, cells in head[header.index : header.index + header.count]]
    body, repeats = _set_apart_repeated_headers(body, header_rows)
    body, totals = _set_apart_totals(body, headers)
    body, examples = _set_apart_examples(body)
    body, notes = _split_notes(body, headers)
    body, headings = _set_apart_headings(body, headers)
    body = _fill_dittos(body)  # after the headings: 「〃」 under a heading is no heading
    if not body:
        raise ImportFileError(labels.IMPORT_NO_ROWS)
    # A row may reach past the header (an .xlsx header row ends at its last named cell): those
    # cells are columns too, without a name, so that they are shown and can be mapped.
    width = max((_last_filled(row.cells) for row in body), default=0)
    headers += ("",) * (width - len(headers))
    passed = sorted(repeats + totals + examples + headings, key=lambda p: p.row.line)
    above = tuple(SourceRow(line, tuple(cells), sheet) for line, cells in head[: header.index])
    return _Part(header, headers, tuple(body), tuple(notes), tuple(passed), above)


# Worksheets a workbook carries beside its list: an example filled in (記入例), never data even
# when its columns are the list's; and, by their names, covers and explanations.
_EXAMPLE_SHEET = re.compile(
    r"記入例|入力例|記載例|作成例|見本|サンプル|sample|example", re.IGNORECASE
)
_COVER_SHEET = re.compile(
    r"表紙|説明|記入要領|記入方法|入力方法|注意事項|目次|凡例|はじめに|使い方"
)


def _read_workbook(data: bytes, known: Callable[[str], float] | None, max_rows: int) -> Table:
    """The worksheets of an XLSX that hold the list.

    Main decision: a workbook is read whole, not its first sheet alone. A sheet is passed over
    when hidden (lists behind drop-downs), named like an example (記入例) or a cover
    (表紙・説明), or when its first rows name no known column (a cover's text). Of the others,
    the sheet whose header names most known columns is read, and with it every sheet whose
    header is the same, or the same with columns added at its end (one sheet a 地区: 「北地区」
    「南地区」): their rows are one list, each row's messages naming its sheet. A sheet with a list of other columns is not read and is
    said so, as is every other sheet passed over that holds anything."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    strikes, struck_runs = _strike_parts(data)
    book = _open_workbook(data, rich_text=struck_runs)
    try:
        date1904 = book.epoch == CALENDAR_MAC_1904
        sheets: list[_Worksheet] = list(book.worksheets)  # chart sheets are not among them
        several = len(sheets) > 1
        try:
            return _read_sheets(
                sheets, known, max_rows, several=several, date1904=date1904, strikes=strikes
            )
        except ImportFileError as error:
            if several and error.sheet:
                raise ImportFileError(
                    labels.IMPORT_IN_SHEET.format(sheet=error.sheet, message=error.message)
                ) from error
            raise
    finally:
        book.close()


def _read_sheets(
    sheets: list[_Worksheet],
    known: Callable[[str], float] | None,
    max_rows: int,
    *,
    several: bool,
    date1904: bool,
    strikes: bool = False,
) -> Table:
    examples: list[str] = []
    covers: list[str] = []
    candidates: list[tuple[_Worksheet, _Header | None]] = []
    for sheet in sheets:
        if sheet.sheet_state != "visible":
            continue
        try:
            head = list(islice(_limited(_sheet_rows(sheet)), HEADER_SEARCH_ROWS))
        except ImportFileError as error:
            error.sheet = sheet.title
            raise
        if not head:
            continue  # an empty sheet (Sheet2, Sheet3 of an old workbook) is nothing to say
        name = unicodedata.normalize("NFKC", sheet.title)
        if several and _EXAMPLE_SHEET.search(name):
            examples.append(sheet.title)
        elif several and _COVER_SHEET.search(name):
            covers.append(sheet.title)
        else:
            candidates.append((sheet, _find_header(head, known) if known else None))
    if not candidates:
        if examples:
            raise ImportFileError(
                labels.IMPORT_ONLY_EXAMPLE_SHEETS.format(sheets=_quoted(examples))
            )
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    scored = [(sheet, h) for sheet, h in candidates if h is not None and h.known > 0]
    if scored:
        first, header = max(scored, key=lambda pair: pair[1].known)  # the first of the best
        chosen = [
            sheet
            for sheet, h in scored
            if sheet is first or (h.known >= 2 and _same_columns(h.names, header.names))
        ]
    else:
        chosen = [candidates[0][0]]  # no known column anywhere: the first sheet, to be mapped
    other = [
        sheet.title
        for sheet, h in candidates
        if sheet not in chosen and h is not None and h.known >= 2
    ]
    unread = [sheet.title for sheet, _ in candidates if sheet not in chosen]
    unread = [title for title in unread if title not in other]
    parts: list[_Part] = []
    rows: list[SourceRow] = []
    notes: list[SourceRow] = []
    passed_rows: list[PassedRow] = []
    many = len(chosen) > 1
    for sheet in chosen:
        try:
            part = _read_part(
                _sheet_rows(sheet),
                known,
                max_rows,
                sheet=sheet.title if many else "",
                read_before=len(rows),
                merges=_vertical_merges(sheet),
                struck=_struck_cells(sheet) if strikes else None,
            )
        except ImportFileError as error:
            error.sheet = sheet.title
            raise
        parts.append(part)
        rows.extend(part.rows)
        notes.extend(part.notes)
        passed_rows.extend(part.passed)
    # The same names, in the same places; one sheet's may go further (_same_columns).
    headers = max((p.headers for p in parts), key=lambda h: len(_named(h)))
    width = max(len(p.headers) for p in parts)  # and its rows, past any header
    headers += ("",) * (width - len(headers))
    titles = [sheet.title for sheet in chosen]
    passed = []
    if examples:
        passed.append(labels.IMPORT_EXAMPLE_SHEETS.format(sheets=_quoted(examples)))
    if other:
        passed.append(
            labels.IMPORT_OTHER_LIST_SHEETS.format(sheets=_quoted(other), read=_quoted(titles))
        )
    if covers or unread:
        passed.append(labels.IMPORT_NO_LIST_SHEETS.format(sheets=_quoted(covers + unread)))
    return Table(
        headers=headers,
        rows=tuple(rows),
        header_line=parts[0].header.line,
        encoding="xlsx",
        notes=tuple(notes),
        passed_rows=tuple(passed_rows),
        above=tuple(row for part in parts for row in part.above),
        header_rows=parts[0].header.count,
        sheets=tuple(titles) if several else (),
        sheet_header_lines=tuple(
            (title, part.header.line) for title, part in zip(titles, parts, strict=True)
        )
        if many
        else (),
        passed_sheets=tuple(passed),
        date1904=date1904,
    )


def _quoted(titles: list[str]) -> str:
    return "".join(f"「{t}」" for t in titles)


def _same_columns(names: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether two sheets' headers name the same columns in the same places: the same, or
    one with columns added at its end (a 「備考」 one district added)."""
    shorter, longer = sorted((_named(names), _named(others)), key=len)
    return longer[: len(shorter)] == shorter


def _named(names: tuple[str, ...]) -> tuple[str, ...]:
    """A header's names without the empty ones at its end (a sheet may format more columns)."""
    end = len(names)
    while end and not names[end - 1]:
        end -= 1
    return names[:end]


# The first bytes of the files people take for a list: an OLE2 compound file (.xls, .doc, or
# a password-protected .xlsx, whose stream is named EncryptedPackage) and a ZIP (.xlsx, .docx).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_PDF = b"%PDF-"
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"


# How a note under a table starts: ※ or * marks, 注・注意・出典・資料・備考・問い合わせ・作成・更新.
_NOTE_START = re.compile(
    r"^[(（【\[]?(?:[※*＊]|注|凡例|出典|出所|資料|備考|問合せ|問い合わせ|問合わせ|お問い?合わせ|作成|更新)"
)


# A legend right under the table (「受付状況 ◯：受付中 満：満員」「○=活動中 △=休止中」): two marks
# each with its meaning, a note, not the last row's name continued.
_LEGEND_LINE = re.compile(r"[○〇◯◎●△▲×✕満休廃空]\s*[:=]\s*\S+.*[○〇◯◎●△▲×✕満休廃空]\s*[:=]\s*\S+")


def _last_filled(cells: tuple[str, ...]) -> int:
    """How many cells a row has up to its last filled one."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if cells[i].strip()), 0)


def _filled(row: SourceRow) -> list[str]:
    return [c.strip() for c in row.cells if c.strip()]


def continues_above(row: SourceRow, above: SourceRow | None, headers: tuple[str, ...]) -> bool:
    """Whether ``row`` is one cell continuing the row right above it: a cell of its own in a
    column further right than where names and headings are, under a filled cell of that row
    (「（8月は休み）」 under 「毎月第2・第4土曜日」, 「※令和6年度は休止」 under 「毎月第2水曜日」).
    Read as a heading or a note, what it says of that row would be lost."""
    filled = [i for i, c in enumerate(row.cells) if c.strip()]
    first = next((i for i, h in enumerate(headers) if h), 0)
    return (
        len(filled) == 1
        and filled[0] >= first + 2
        and above is not None
        and row.sheet == above.sheet
        and row.line == above.line + 1
        and len(_filled(above)) >= 2
        and filled[0] < len(above.cells)
        and bool(above.cells[filled[0]].strip())
    )


def _split_notes(
    body: list[SourceRow], headers: tuple[str, ...]
) -> tuple[list[SourceRow], list[SourceRow]]:
    """(the table's rows, the notes under it): see the module's docstring."""
    if sum(1 for h in headers if h) < 2:  # a one-column list: every row has one cell
        return body, []
    start = len(body)
    while (
        start > 0
        and len(_filled(body[start - 1])) == 1
        and not (start > 1 and continues_above(body[start - 1], body[start - 2], headers))
    ):
        start -= 1
    if start == len(body):
        return body, []
    if start > 0 and body[start].line > body[start - 1].line + 1:  # a blank row between
        return body[:start], body[start:]
    for index in range(start, len(body)):
        text = unicodedata.normalize("NFKC", _filled(body[index])[0])
        if _NOTE_START.match(text) or _LEGEND_LINE.search(text):
            return body[:index], body[index:]
    return body, []


# A row that totals the table: its first filled cell says so, the others are numbers.
# 「出力件数：８件」: the count a 台帳 system prints under its export.
_TOTAL = re.compile(
    r"(?:合|総|小|累)?計(?:\(.*\))?|合計数|総数|計\d+件"
    r"|(?:出力|登録|抽出|該当|掲載|検索)?件数(?::?\d+件?)?"
)
# The count may be in the list's own word for what it lists (「3サロン」「2食堂」「5教室」).
_NUMBER_CELL = re.compile(r"[0-9.,]+\s*(?:人|名|件|か所|箇所|回|円|団体|グループ|[^\s0-9]{1,5})?")
# A heading inside the table (「■北地区」「【南地区】」「＜中央地区＞」「北地区」): one cell, marked
# or bracketed, or named like a 地区.
_HEADING = re.compile(
    r"[■□◆◇◎●○▼▽▲△★☆◉▶►〇]\s*(?P<a>.+)|[【\[<〈《(「『](?P<b>.+?)[】\]>〉》)」』]"
    r"|(?P<c>.+(?:地区|地域|圏域|ブロック|エリア|学区|校区|支所管内|管内))"
)


# 「〃」「同上」: the same as the cell above (ditto marks of a list kept by hand).
_DITTO = re.compile(r"[〃″]|同上|同左|々")


# 「同上　2階」「〃（和室）」: the value above, and where in it (a ditto, then a space or a bracket).
_DITTO_AND_MORE = re.compile(r"(?:[〃″]|同上|同左)(?:[\s　]+|(?=[(（]))(?P<more>\S.*)", re.DOTALL)


def _ditto(cell: str, above: str) -> str | None:
    """What a ditto cell reads as, with the value above it: 「〃」 is it, 「同上　2階」 it and
    「2階」; None for a cell that is no ditto, or one with nothing above it to repeat."""
    text = cell.strip()
    if not above.strip():
        return None
    if _DITTO.fullmatch(text):
        return above
    if more := _DITTO_AND_MORE.fullmatch(text):
        rest = more.group("more").strip()
        return f"{above.strip()}{'' if rest[0] in '(（' else ' '}{rest}"
    return None


def _fill_dittos(body: list[SourceRow]) -> list[SourceRow]:
    """The rows with each ditto mark (「〃」「同上」) replaced by the value above it, in the
    same column, as a person reads it (「同上　2階」: the place above, its second floor)."""
    rows: list[SourceRow] = []
    for row in body:
        above = rows[-1].cells if rows else ()
        said = [_ditto(c, above[i]) if i < len(above) else None for i, c in enumerate(row.cells)]
        if any(d is not None for d in said):
            cells = tuple(c if d is None else d for c, d in zip(row.cells, said, strict=True))
            # 「同上　2階」 is the row's own place, no continuation of the row above
            carried = {i for i, d in enumerate(said) if d is not None and d == above[i]}
            row = replace(row, cells=cells, carried=row.carried | carried)
        rows.append(row)
    return rows


def _set_apart_repeated_headers(
    body: list[SourceRow], header_rows: list[list[str]]
) -> tuple[list[SourceRow], list[PassedRow]]:
    """(the rows, the header rows repeated among them): a list pasted together from pages, or
    printed with its header on every page, repeats it."""
    names = {tuple(normalize_header(c) for c in cells if c.strip()) for cells in header_rows}
    names.discard(())
    kept: list[SourceRow] = []
    repeated: list[PassedRow] = []
    for row in body:
        if tuple(normalize_header(c) for c in row.cells if c.strip()) in names:
            repeated.append(PassedRow(row, "header"))
        else:
            kept.append(row)
    return kept, repeated


# A 様式's example row, left in when the form was filled (「記入例」「例）」「記入例1」 in its first
# cell, or in any cell as 「記入例」「←記入例」; or its cells written with placeholders: 「○○サロン」
# 「○○町1-2-3」「0294-00-0000」, two cells at least: 「○○集会所」 alone may stand for a venue the
# list does not name). A name with ○ in it and its reading (「○○（まるまる）食堂」「にこにこ○」) is a name.
_EXAMPLE_FIRST = re.compile(r"[(\[<【※]?(?:(?:記入|入力|記載|作成)例|例)[0-9①-⑨]*[)\]>】:→]?")
_EXAMPLE_CELL = re.compile(r"[(\[<【※←]?(?:記入|入力|記載|作成)例[0-9①-⑨]*[)\]>】:→]?")
_CIRCLES = r"[○〇◯]{2,}(?![○〇◯(])"  # not 「○○(まるまる)」: a name with its reading
_PLACEHOLDER = re.compile(rf"{_CIRCLES}|[×✕]{{2}}|[xX]{{3}}|\b0+-0+-0+\b|[△]{{2}}")


def _set_apart_examples(body: list[SourceRow]) -> tuple[list[SourceRow], list[PassedRow]]:
    """(the rows, the 記入例 rows among them): never a listing, said so in the preview."""
    kept: list[SourceRow] = []
    examples: list[PassedRow] = []
    for row in body:
        filled = ["".join(unicodedata.normalize("NFKC", c).split()) for c in _filled(row)]
        first = filled[0] if filled else ""
        placeholders = sum(1 for c in filled if _PLACEHOLDER.search(c))
        if len(filled) > 1 and (
            _EXAMPLE_FIRST.fullmatch(first)
            or any(_EXAMPLE_CELL.fullmatch(c) for c in filled)
            or placeholders >= 2
        ):
            examples.append(PassedRow(row, "example"))
        else:
            kept.append(row)
    return kept, examples


def _set_apart_totals(
    body: list[SourceRow], headers: tuple[str, ...]
) -> tuple[list[SourceRow], list[PassedRow]]:
    """(the rows, the 合計/計 rows among them): never a listing, said so rather than refused."""
    if sum(1 for h in headers if h) < 2:
        return body, []
    kept: list[SourceRow] = []
    totals: list[PassedRow] = []
    for row in body:
        filled = [unicodedata.normalize("NFKC", c) for c in _filled(row)]
        first = "".join(filled[0].split()) if filled else ""
        if _TOTAL.fullmatch(first) and all(_NUMBER_CELL.fullmatch(c) for c in filled[1:]):
            totals.append(PassedRow(row, "total"))
        else:
            kept.append(row)
    return kept, totals


def _set_apart_headings(
    body: list[SourceRow], headers: tuple[str, ...]
) -> tuple[list[SourceRow], list[PassedRow]]:
    """(the rows, the heading rows among them): a heading is one marked cell on a row of its
    own, in a table of three named columns or more. The rows under a heading that names a
    地区 keep it (``SourceRow.section``), until the next heading."""
    if sum(1 for h in headers if h) < 3:
        return body, []
    kept: list[SourceRow] = []
    headings: list[PassedRow] = []
    section = ""
    for row in body:
        filled = _filled(row)
        text = unicodedata.normalize("NFKC", filled[0]) if len(filled) == 1 else ""
        if text and continues_above(row, kept[-1] if kept else None, headers):
            kept.append(replace(row, section=section) if section else row)
            continue  # a cell of the row above, on a line of its own (planning joins them)
        if text and _NOTE_START.match(text):  # 「※…」 between rows: a note, not a listing
            headings.append(PassedRow(row, "note"))
            continue
        match = _HEADING.fullmatch(text) if text else None
        if match is not None:
            headings.append(PassedRow(row, "heading"))
            text = (match.group("a") or match.group("b") or match.group("c")).strip()
            section = text
            continue
        kept.append(replace(row, section=section) if section else row)
    return kept, headings


def _vertical_merges(sheet: _Worksheet) -> tuple[tuple[int, int, int], ...]:
    """(first row, column, last row) of each cell merged down over several rows: a 地区 or a
    種別 written once for the rows it stands for. openpyxl reads no merged cells in read-only
    mode: the sheet's <mergeCell ref="A2:A5"/> elements (after its rows) are found in its XML,
    streamed in pieces."""
    source = getattr(sheet, "_get_source", None)
    if source is None:
        return ()
    from openpyxl.utils.cell import range_boundaries

    merges: list[tuple[int, int, int]] = []
    tail = b""
    try:
        with source() as stream:
            while chunk := stream.read(1 << 20):
                text = tail + chunk
                for found in _MERGE_CELL.finditer(text):
                    min_col, min_row, _max_col, max_row = range_boundaries(found.group(1).decode())
                    if min_row is not None and max_row is not None and max_row > min_row:
                        merges.append((min_row, (min_col or 1) - 1, max_row))
                tail = text[-200:]  # a mergeCell cut by the chunk's end (found twice: a set)
    except Exception:  # noqa: BLE001 (a damaged part is reported when its rows are read)
        return ()
    return tuple(sorted(set(merges)))


# A font struck through (<strike/>, <strike val="1"/>): in the workbook's styles (a cell's font),
# in its shared strings or, for text a program wrote inline, in a sheet (runs of a cell's text).
# Without one, no text is struck, and the sheets are not read a second time for their fonts.
_STRIKE = re.compile(rb"<(?:\w+:)?strike(?:\s+val=\"(?:1|true)\")?\s*/>")


def _strike_parts(data: bytes) -> tuple[bool, bool]:
    """(whether anything in the workbook is struck through, whether a text of its shared strings
    has a struck run: they are then read as rich text). Parts are searched as they are
    decompressed, a piece at a time (a sheet may be large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/sharedStrings.xml" in names and _part_has_strike(
                archive, "xl/sharedStrings.xml"
            ):
                return True, True
            parts = sorted(
                n for n in names if n == "xl/styles.xml" or n.startswith("xl/worksheets/")
            )
            return any(_part_has_strike(archive, name) for name in parts), False
    except zipfile.BadZipFile:
        return False, False


def _part_has_strike(archive: zipfile.ZipFile, name: str) -> bool:
    tail = b""
    with archive.open(name) as stream:
        while chunk := stream.read(1 << 20):
            if _STRIKE.search(tail + chunk):
                return True
            tail = chunk[-64:]  # a <strike/> cut by the chunk's end
    return False


# What leads from a struck-through text to the one that replaces it: 「~~10:00~~→13:00」.
_TO_NEW = "→⇒➡➔>＞ 　"
_EMPTY_BRACKETS = re.compile(r"[(（【\[]\s*[)）】\]]")


def _rich_text(runs: list[object]) -> tuple[str, bool]:
    """(the text of a rich-text cell without its struck-through runs, whether every run of it
    is struck). A cell all struck keeps its text: it is a cell struck through."""
    kept: list[str] = []
    struck_any = after_struck = False
    for run in runs:
        font = getattr(run, "font", None)
        text = str(getattr(run, "text", run))
        if font is not None and font.strike:
            struck_any = after_struck = True
            continue
        if after_struck:  # the text after a deletion: a space stays a space, an arrow goes
            new = text.lstrip(_TO_NEW)
            before = kept[-1].rstrip(_TO_NEW) if kept else ""
            gap = new != text or (bool(kept) and before != kept[-1])
            if kept:
                kept[-1] = before
            text = (" " if gap and before and new else "") + new
        after_struck = False
        kept.append(text)
    if not struck_any:
        return "".join(kept), False
    text = _EMPTY_BRACKETS.sub("", "".join(kept)).strip(_TO_NEW)
    if not text.strip():
        return "".join(str(getattr(run, "text", run)) for run in runs), True
    return text, False


def _run_texts(runs: list[object]) -> tuple[str, str]:
    """(the struck-through text of a rich-text cell, its whole text as written)."""
    struck = "".join(
        str(getattr(run, "text", run))
        for run in runs
        if (font := getattr(run, "font", None)) is not None and font.strike
    )
    return struck, "".join(str(getattr(run, "text", run)) for run in runs)


@dataclass(frozen=True)
class _Struck:
    """What a worksheet has struck through (取り消し線), by line."""

    # Columns of the cells struck whole: by the cell's font, or every run of its text.
    cells: Mapping[int, frozenset[int]]
    kept: Mapping[int, Mapping[int, str]]  # column → its text without its struck runs
    edits: Mapping[int, tuple[tuple[int, str, str], ...]] = field(default_factory=dict)


def _struck_cells(sheet: _Worksheet) -> _Struck:
    """The cells of a worksheet struck through whole, and the text left of those struck in
    part. The sheet is parsed again with its text as rich text (openpyxl's read-only sheets
    give inline strings as plain text), each cell's font looked up by its style."""
    source = getattr(sheet, "_get_source", None)
    book = getattr(sheet, "parent", None)
    whole: dict[int, set[int]] = {}
    kept: dict[int, dict[int, str]] = {}
    edits: dict[int, list[tuple[int, str, str]]] = {}
    if source is None or book is None:
        return _Struck({}, {})
    from openpyxl.cell.read_only import ReadOnlyCell
    from openpyxl.worksheet._reader import WorkSheetParser

    try:
        with source() as stream:
            parser = WorkSheetParser(
                stream,
                getattr(sheet, "_shared_strings", []),
                data_only=True,
                epoch=book.epoch,
                rich_text=True,
            )
            for line, cells in parser.parse():
                for found in cells:
                    value, column = found["value"], found["column"]
                    if value is None:
                        continue
                    cell = ReadOnlyCell(
                        sheet, line, column, value, found["data_type"], found["style_id"]
                    )
                    text, all_struck = _rich_text(value) if isinstance(value, list) else ("", False)
                    if cell.font.strike or all_struck:
                        whole.setdefault(line, set()).add(column - 1)
                    elif isinstance(value, list) and text != _run_texts(value)[1]:
                        kept.setdefault(line, {})[column - 1] = text
                        edits.setdefault(line, []).append((column - 1, *_run_texts(value)))
    except Exception:  # noqa: BLE001 (a damaged part is reported when its rows are read)
        return _Struck({}, {})
    return _Struck(
        {line: frozenset(columns) for line, columns in whole.items()},
        kept,
        {line: tuple(found) for line, found in edits.items()},
    )


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"")


def _fill_merged(
    body: list[SourceRow], merges: tuple[tuple[int, int, int], ...]
) -> list[SourceRow]:
    """The rows with each vertically merged cell's value in every row it covers (only within
    the rows read: a header cell merged down is the header's business)."""
    by_line = {row.line: i for i, row in enumerate(body)}
    rows = list(body)
    for first, column, last in merges:
        top = by_line.get(first)
        if top is None or column >= len(rows[top].cells) or not rows[top].cells[column].strip():
            continue
        value = rows[top].cells[column]
        for line in range(first + 1, last + 1):
            index = by_line.get(line)
            if index is None:
                continue
            cells = list(rows[index].cells)
            cells += [""] * (column + 1 - len(cells))
            if not cells[column].strip():
                cells[column] = value
                rows[index] = replace(
                    rows[index], cells=tuple(cells), carried=rows[index].carried | {column}
                )
    return rows


def _without_struck_runs(
    raw: Iterator[tuple[int, list[str]]], kept: Mapping[int, Mapping[int, str]]
) -> Iterator[tuple[int, list[str]]]:
    """The rows with each cell struck through in part holding the text left of it."""
    for line, cells in raw:
        for column, text in kept.get(line, {}).items():
            if column < len(cells):
                cells[column] = text
        yield line, cells


def _limited(raw: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of ``raw``, refusing as soon as a row breaks a limit.

    Blank rows cost nothing to pass over (an XLSX sheet has at most 1,048,576, a CSV is
    bounded by the file size), so they are skipped rather than counted.
    """
    for line, cells in raw:
        if len(cells) > MAX_COLUMNS:
            if any(c.strip() for c in cells[MAX_COLUMNS:]):
                raise ImportFileError(
                    labels.IMPORT_TOO_MANY_COLUMNS.format(line=line, limit=MAX_COLUMNS)
                )
            cells = cells[:MAX_COLUMNS]
        if not any(c.strip() for c in cells):
            continue
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            raise ImportFileError(
                labels.IMPORT_CELL_TOO_LONG.format(line=line, limit=MAX_CELL_CHARS)
            )
        yield line, cells


def _is_xlsx(data: bytes) -> bool:
    """Whether a ZIP is a workbook openpyxl reads; other spreadsheets saved as ZIPs (an .xlsb,
    LibreOffice's .ods) are refused with how to save them again."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "xl/workbook.xml" not in names:
                if "xl/workbook.bin" in names:
                    raise ImportFileError(labels.IMPORT_XLSB)
                if "mimetype" in names and archive.read("mimetype").startswith(_ODS):
                    raise ImportFileError(labels.IMPORT_ODS)
                return False
            _check_xlsx_sizes(archive)
            return True
    except zipfile.BadZipFile:
        return False


def _known_count(cells: list[str], known: Callable[[str], float]) -> float:
    """How many known columns ``cells`` name; ``known`` weighs each name (1 known, less for
    a name only guessed at: ``mapping.header_weight``)."""
    return sum(float(known(normalize_header(c))) for c in cells if c)


def _refuse_a_header_too_far_down(
    head: list[tuple[int, list[str]]],
    later: list[tuple[int, list[str]]],
    known: Callable[[str], float],
) -> None:
    """``head`` names no known column: refuse the file if its header is lower down.

    That is, when a row of ``later`` names two known columns (the header, said by its line),
    or when ``head`` holds only one-cell rows (a title and notes) above a wider table. A table
    whose own header names nothing we know is left to the column mapping."""
    found = next((line for line, cells in later if _known_count(cells, known) >= 2), None)
    if found is not None:
        raise ImportFileError(
            labels.IMPORT_HEADER_TOO_FAR_DOWN.format(rows=HEADER_SEARCH_ROWS, line=found)
        )
    if len(head) == HEADER_SEARCH_ROWS and all(_width(cells) < 2 for _, cells in head):
        if any(_width(cells) >= 2 for _, cells in later):
            raise ImportFileError(labels.IMPORT_NO_KNOWN_HEADER.format(rows=HEADER_SEARCH_ROWS))


def _width(cells: list[str]) -> int:
    return sum(1 for c in cells if c.strip())


def _find_header(
    rows: list[tuple[int, list[str]]], known: Callable[[str], float] | None
) -> _Header:
    """The header among the rows searched: the early row naming most known columns (else the
    first row with at least two filled cells, since a title row usually has one), or that row
    and the one right above or below it, when the two rows read as one name the more known
    columns (a two-row header: see ``combine_headers``)."""
    candidates = rows[:HEADER_SEARCH_ROWS]
    if known is not None:
        scores = [_known_count(cells, known) for _, cells in candidates]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        if scores[best] > 0:
            return _with_second_row(candidates, best, known, scores[best])
    for i, (line, cells) in enumerate(candidates):
        if _width(cells) >= 2:
            return _Header(i, 1, line, tuple(normalize_header(c) for c in cells), 0)
    line, cells = candidates[0]
    return _Header(0, 1, line, tuple(normalize_header(c) for c in cells), 0)


def _with_second_row(
    rows: list[tuple[int, list[str]]], best: int, known: Callable[[str], float], score: float
) -> _Header:
    """The header row ``best``, or ``best`` with the row above or below (only when it names
    more known columns: a single header row reads as before)."""
    line, cells = rows[best]
    header = _Header(best, 1, line, tuple(normalize_header(c) for c in cells), score)
    for top in (best - 1, best):
        if top < 0 or top + 1 >= len(rows) or rows[top + 1][0] != rows[top][0] + 1:
            continue  # two rows make one header only when nothing stands between them
        if _width(rows[top][1]) < 2:
            continue  # a row of one cell is a title (「令和6年度 サロン一覧」), not a group
        names = combine_headers(rows[top][1], rows[top + 1][1])
        combined = _Header(top, 2, rows[top][0], names, sum(float(known(n)) for n in names if n))
        if combined.known > header.known:
            header = combined
    return header


# Between the two names of a two-row header's column: normalised names hold no spaces, so a
# space says which part is the group (mapping.py reads 「連絡先 電話番号」 as either).
HEADER_JOINER = " "


def combine_headers(top: list[str], bottom: list[str]) -> tuple[str, ...]:
    """The column names of a two-row header: 「連絡先」 merged over 「電話番号」「メールアドレス」
    gives 「連絡先 電話番号」「連絡先 メールアドレス」; a name on the upper row alone (a cell
    merged down, 「名称」) is that name, one on the lower row alone under no group is itself.

    A merged cell's value is in its first column only; the columns after it with a lower name
    and no upper one are under it (the spreadsheet's merge ranges are not read: the reader
    streams the sheet). Two rows are read so only when they name more known columns than
    the header row alone, and never with a row of one cell (a title) above."""
    names: list[str] = []
    group = ""
    for index in range(max(len(top), len(bottom))):
        upper = normalize_header(top[index]) if index < len(top) else ""
        lower = normalize_header(bottom[index]) if index < len(bottom) else ""
        if upper and lower:
            group = upper
            names.append(f"{upper}{HEADER_JOINER}{lower}")
        elif upper:
            group = ""
            names.append(upper)
        elif lower:
            names.append(f"{group}{HEADER_JOINER}{lower}" if group else lower)
        else:
            names.append("")
    return tuple(names)
