"""Bytes of an uploaded file → a table of text cells, with its header row found.

- Encodings: UTF-8 (with or without BOM) first, then CP932 (Shift_JIS as Windows and Excel
  write it; a superset of Shift_JIS). A file that is neither is refused with the line where
  reading failed, rather than imported with mojibake.
- XLSX (recognised by content, not by name) is read with openpyxl in read-only mode, first
  sheet, values only: a formula cell yields its cached value or nothing, never a formula.
- The header row is the first of the first ``HEADER_SEARCH_ROWS`` rows that names the most
  known columns, so a title row above the header ("令和6年度 公共施設一覧") or a merged
  double header is passed over. Headers are NFKC-normalised (全角 names match).
- Blank rows are dropped; each row keeps the line number a person sees in Excel, so messages
  say 「12行目」 about the line they will look at.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time

from directory import labels
from directory.interop.errors import ImportFileError

HEADER_SEARCH_ROWS = 10
MAX_ROWS = 50_000


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
    encoding: str  # "utf-8-sig", "utf-8", "cp932" or "xlsx"

    def value(self, row: SourceRow, index: int) -> str:
        return row.cells[index] if index < len(row.cells) else ""


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
    failure: UnicodeDecodeError | None = None
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as error:
            failure = error if failure is None or error.start > failure.start else failure
    assert failure is not None  # noqa: S101 (one candidate at least was tried)
    line = data[: failure.start].count(b"\n") + 1
    raise ImportFileError(labels.IMPORT_BAD_ENCODING.format(line=line))


def _csv_rows(text: str) -> Iterable[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportFileError(
                f"{reader.line_num}行目: CSV として読めません（{error}）"
            ) from error
        yield reader.line_num, cells


def _xlsx_rows(data: bytes) -> Iterable[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # imported here: only XLSX uploads pay for it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(labels.IMPORT_BAD_XLSX) from error
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(v) for v in values]
    finally:
        book.close()


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


def read_table(
    data: bytes,
    *,
    known_headers: Callable[[str], bool] | None = None,
    max_rows: int = MAX_ROWS,
) -> Table:
    """Read a CSV or XLSX upload. ``known_headers(h)`` says whether a header is one we know."""
    if not data.strip():
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    if data.startswith(b"PK\x03\x04") and _is_xlsx(data):
        encoding = "xlsx"
        raw = list(_xlsx_rows(data))
    else:
        text, encoding = decode(data)
        raw = list(_csv_rows(text))
    rows = [(line, cells) for line, cells in raw if any(c.strip() for c in cells)]
    if not rows:
        raise ImportFileError(labels.IMPORT_EMPTY_FILE)
    header_index = _find_header(rows, known_headers)
    header_line, header_cells = rows[header_index]
    headers = tuple(normalize_header(c) for c in header_cells)
    if not any(headers):
        raise ImportFileError(labels.IMPORT_NO_HEADER)
    body = rows[header_index + 1 :]
    if len(body) > max_rows:
        raise ImportFileError(labels.IMPORT_TOO_MANY_ROWS.format(limit=max_rows))
    if not body:
        raise ImportFileError(labels.IMPORT_NO_ROWS)
    return Table(
        headers=headers,
        rows=tuple(SourceRow(line, tuple(cells)) for line, cells in body),
        header_line=header_line,
        encoding=encoding,
    )


def _is_xlsx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "xl/workbook.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _find_header(rows: list[tuple[int, list[str]]], known: Callable[[str], bool] | None) -> int:
    """Index of the header row: the early row naming most known columns (else the first
    row with at least two filled cells, since a title row usually has one)."""
    candidates = rows[:HEADER_SEARCH_ROWS]
    if known is not None:
        scores = [
            sum(1 for c in cells if c and known(normalize_header(c))) for _, cells in candidates
        ]
        best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        if scores[best] > 0:
            return best
    for i, (_, cells) in enumerate(candidates):
        if sum(1 for c in cells if c.strip()) >= 2:
            return i
    return 0
