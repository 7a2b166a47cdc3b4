"""Bytes of an uploaded file → a table of text cells, with its header row found.

- Encodings: UTF-8 (with or without BOM) first, then CP932 (Shift_JIS as Windows and Excel
  write it; a superset of Shift_JIS); UTF-16 with its BOM (Excel's 「Unicode テキスト」). A file
  that is none of them is refused with the line where reading failed, rather than imported
  with mojibake.
- Text is comma- or tab-separated (Excel's 「テキスト（タブ区切り）」): the delimiter is the one
  that splits the first rows into more cells.
- XLSX (recognised by content, not by name) is read with openpyxl in read-only mode, first
  sheet, values only: a formula cell yields its cached value or nothing, never a formula.
  Other spreadsheets are recognised by their first bytes and refused with what to do: an old
  .xls (or a password-protected workbook, also an OLE2 file), a ZIP that is no workbook
  (a damaged .xlsx, a .docx renamed).
- The header row is the first of the first ``HEADER_SEARCH_ROWS`` rows that names the most
  known columns, so a title row above the header ("令和6年度 公共施設一覧") or a merged
  double header is passed over. Headers are NFKC-normalised (全角 names match).
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property
from itertools import chain, islice
from pathlib import Path

from directory import labels
from directory.interop.errors import ImportFileError

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


@dataclass(frozen=True)
class Table:
    """A file read into text: the header row and the data rows below it."""

    headers: tuple[str, ...]  # as written, NFKC-normalised and stripped
    rows: tuple[SourceRow, ...]
    header_line: int
    encoding: str  # "utf-8-sig", "utf-8", "cp932", "utf-16" or "xlsx"
    notes: tuple[SourceRow, ...] = ()  # one-cell rows under the table, not imported
    delimiter: str = ","  # "\t" for tab-separated text; "," for CSV and XLSX

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
    """``"\t"`` when tabs split the first rows into more cells than commas do, else ``","``.

    Counted over several rows, not the first alone (a title row has neither); a comma inside
    a cell of a tab-separated file (「1,000」) or a tab inside a CSV cell does not tip it."""
    sample = text[:DELIMITER_SAMPLE_CHARS]
    cells: dict[str, int] = {}
    for delimiter in (",", "\t"):
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        total = 0
        try:
            for row in islice(reader, DELIMITER_SAMPLE_ROWS):
                total += len(row)
        except csv.Error:
            pass  # the sample may end inside a quoted cell: the rows read so far tell
        cells[delimiter] = total
    return "\t" if cells["\t"] > cells[","] else ","


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


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported here: only XLSX uploads pay for it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(labels.IMPORT_BAD_XLSX) from error
    try:
        sheet = book.worksheets[0]
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
    finally:
        book.close()


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
    known_headers: Callable[[str], bool] | None = None,
    max_rows: int = MAX_ROWS,
) -> Table:
    """Read a CSV (or tab-separated text) or XLSX upload. ``known_headers(h)`` says whether a header is one we know."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            labels.IMPORT_FILE_TOO_LARGE.format(megabytes=MAX_FILE_BYTES // (1024 * 1024))
        )
    if not data.strip():
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    delimiter = ","
    if data.startswith(_OLE2):
        raise ImportFileError(
            labels.IMPORT_PROTECTED_XLSX if _ENCRYPTED_PACKAGE in data else labels.IMPORT_OLD_XLS
        )
    if data.startswith(_ZIP):
        if not _is_xlsx(data):
            raise ImportFileError(labels.IMPORT_BAD_XLSX)
        encoding = "xlsx"
        raw = _xlsx_rows(data)
    else:
        text, encoding = decode(data)
        delimiter = sniff_delimiter(text)
        raw = _csv_rows(text, delimiter)
    rows = _limited(raw)
    head = list(islice(rows, HEADER_SEARCH_ROWS))
    if not head:
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    if known_headers is not None and not any(_known_count(c, known_headers) for _, c in head):
        later = list(islice(rows, HEADER_LOOKAHEAD_ROWS))
        _refuse_a_header_too_far_down(head, later, known_headers)
        rows = chain(later, rows)
    header_index = _find_header(head, known_headers)
    header_line, header_cells = head[header_index]
    headers = tuple(normalize_header(c) for c in header_cells)
    if not any(headers):
        raise ImportFileError(labels.IMPORT_NO_HEADER)
    body = [SourceRow(line, tuple(cells)) for line, cells in head[header_index + 1 :]]
    for line, cells in rows:
        if len(body) == max_rows:
            raise ImportFileError(labels.IMPORT_TOO_MANY_ROWS.format(limit=max_rows))
        body.append(SourceRow(line, tuple(cells)))
    if len(body) > max_rows:  # the rows read with the header
        raise ImportFileError(labels.IMPORT_TOO_MANY_ROWS.format(limit=max_rows))
    body, notes = _split_notes(body, headers)
    if not body:
        raise ImportFileError(labels.IMPORT_NO_ROWS)
    # A row may reach past the header (an .xlsx header row ends at its last named cell): those
    # cells are columns too, without a name, so that they are shown and can be mapped.
    width = max((_last_filled(row.cells) for row in body), default=0)
    headers += ("",) * (width - len(headers))
    return Table(
        headers=headers,
        rows=tuple(body),
        header_line=header_line,
        encoding=encoding,
        notes=tuple(notes),
        delimiter=delimiter,
    )


# The first bytes of the files people take for a list: an OLE2 compound file (.xls, .doc, or
# a password-protected .xlsx, whose stream is named EncryptedPackage) and a ZIP (.xlsx, .docx).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")


# How a note under a table starts: ※ or * marks, 注・注意・出典・資料・備考・問い合わせ・作成・更新.
_NOTE_START = re.compile(
    r"^[(（【\[]?(?:[※*＊]|注|出典|出所|資料|備考|問合せ|問い合わせ|問合わせ|お問い?合わせ|作成|更新)"
)


def _last_filled(cells: tuple[str, ...]) -> int:
    """How many cells a row has up to its last filled one."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if cells[i].strip()), 0)


def _filled(row: SourceRow) -> list[str]:
    return [c.strip() for c in row.cells if c.strip()]


def _split_notes(
    body: list[SourceRow], headers: tuple[str, ...]
) -> tuple[list[SourceRow], list[SourceRow]]:
    """(the table's rows, the notes under it): see the module's docstring."""
    if sum(1 for h in headers if h) < 2:  # a one-column list: every row has one cell
        return body, []
    start = len(body)
    while start > 0 and len(_filled(body[start - 1])) == 1:
        start -= 1
    if start == len(body):
        return body, []
    if start > 0 and body[start].line > body[start - 1].line + 1:  # a blank row between
        return body[:start], body[start:]
    for index in range(start, len(body)):
        if _NOTE_START.match(unicodedata.normalize("NFKC", _filled(body[index])[0])):
            return body[:index], body[index:]
    return body, []


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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return False
            _check_xlsx_sizes(archive)
            return True
    except zipfile.BadZipFile:
        return False


def _known_count(cells: list[str], known: Callable[[str], bool]) -> int:
    return sum(1 for c in cells if c and known(normalize_header(c)))


def _refuse_a_header_too_far_down(
    head: list[tuple[int, list[str]]],
    later: list[tuple[int, list[str]]],
    known: Callable[[str], bool],
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


def _find_header(rows: list[tuple[int, list[str]]], known: Callable[[str], bool] | None) -> int:
    """Index of the header row: the early row naming most known columns (else the first
    row with at least two filled cells, since a title row usually has one)."""
    candidates = rows[:HEADER_SEARCH_ROWS]
    if known is not None:
        scores = [_known_count(cells, known) for _, cells in candidates]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        if scores[best] > 0:
            return best
    for i, (_, cells) in enumerate(candidates):
        if _width(cells) >= 2:
            return i
    return 0
