"""The 実績 report as files: CSV, XLSX and JSON, with small counts masked (小さな数の秘匿).

A report leaves the office — to the council, the prefecture, the web — so no cell may let a
reader pick out a person in a small area or group. Every count from 1 to ``mask_below - 1``
is written as 「5未満」 (the threshold is configurable; 0 turns masking off); a zero stays 0,
since it describes nobody. A rate is masked when its numerator, its denominator or their
difference is such a small count, because any of them would give the count away, and when
one of the counts it is made of is masked. Totals give a masked count away by subtraction
(14 new cases of which 10 任意 leave 4 事業, however 「5未満」 is written), so in every group
of figures that add up (``Report.groups``) with exactly one count masked, a second one is
masked too — the smallest above zero, written 「秘匿」 since it is not small (二次秘匿) —
until no group has a single one.

The files are built from the same ``Table`` rows as the page, so the figures agree. CSV is
UTF-8 with a BOM and CRLF (Excel opens it as is), cells that would run as formulas are
neutralised (``directory.interop.cells``), one table after another with its title; XLSX is
one sheet in the same layout; JSON keeps the structure.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from directory.interop.cells import neutralize
from matching.reports import Cell, Rate, Report, Table, Value

DEFAULT_MASK_BELOW = 5
FORMATS = ("csv", "xlsx", "json")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json; charset=utf-8",
}


def masked_label(mask_below: int) -> str:
    return f"{mask_below}未満"


# A count masked only because a total would give a small one away (二次秘匿): it is not small
# itself, so 「5未満」 would be untrue.
SECONDARY_LABEL = "秘匿"
SECONDARY_NOTE = f"合計などから引き算で小さな件数が分かってしまう件数は「{SECONDARY_LABEL}」と表示"


def _small(count: int, mask_below: int) -> bool:
    return 0 < count < mask_below


def masked_cells(report: Report, mask_below: int) -> set[Cell]:
    """The figures an export writes as 「5未満」: the small counts, then (二次秘匿) in each
    group of figures that add up (``matching.reports.Group``) where exactly one is hidden, the
    smallest other count above zero — again until no group gives a hidden count away by
    subtraction — and the rates made of a hidden count."""
    if mask_below <= 1:
        return set()
    counts = {
        (table.key, r, v): value
        for table in report.tables
        for r, row in enumerate(table.rows)
        for v, value in enumerate(row.values)
        if not isinstance(value, Rate)
    }
    hidden = {cell for cell, count in counts.items() if _small(count, mask_below)}
    changed = True
    while changed:
        changed = False
        for group in report.groups:
            cells = [c for c in group.cells if c in counts]
            unknown = sum(c in hidden for c in cells)
            if group.rest is not None and _small(group.rest, mask_below):
                unknown += 1
            shown = [c for c in cells if c not in hidden and counts[c] > 0]
            if unknown == 1 and shown:
                hidden.add(min(shown, key=lambda c: (counts[c], c)))
                changed = True
    hidden |= {rate for rate, parts in report.rate_parts.items() if hidden.intersection(parts)}
    return hidden


def present(value: Value, mask_below: int, *, hidden: bool = False) -> int | float | str:
    """A cell as an export shows it: the count, the rate in %, 「5未満」, or 「秘匿」 for a
    count ``hidden`` (by ``masked_cells``) that is not small itself."""
    if hidden:
        small = isinstance(value, Rate) or _small(value, mask_below)
        return masked_label(mask_below) if small else SECONDARY_LABEL
    if isinstance(value, Rate):
        parts = (value.numerator, value.denominator, value.denominator - value.numerator)
        if any(_small(p, mask_below) for p in parts):
            return masked_label(mask_below)
        percent = value.rounded(1)
        return float(percent) if percent is not None else "—"
    return masked_label(mask_below) if _small(value, mask_below) else value


def _header(report: Report) -> list[str]:
    return [
        f"参加支援・地域づくりの実績 {report.period.label}",
        f"期間 {report.period.since.isoformat()}〜{report.period.until.isoformat()}",
        # 基準日: the day the counts are as of (the period's end, or today while it runs);
        # a past year's report made later says so, since later records can change it.
        f"基準日 {report.as_of.isoformat()}（この日時点の件数"
        + (f"。作成日 {report.made_on.isoformat()}" if report.made_on else "")
        + "）",
    ]


def _values(table: Table, r: int, mask_below: int, hidden: set[Cell]) -> list[int | float | str]:
    return [
        present(value, mask_below, hidden=(table.key, r, v) in hidden)
        for v, value in enumerate(table.rows[r].values)
    ]


def _table_lines(table: Table, mask_below: int, hidden: set[Cell]) -> Iterator[list[Any]]:
    yield [table.title]
    columns = list(table.columns)
    if any(isinstance(v, Rate) for row in table.rows for v in row.values):
        columns = [c if c != "件数" else "件数・割合(%)" for c in columns]
    yield columns
    for r, row in enumerate(table.rows):
        yield [*row.label, *_values(table, r, mask_below, hidden)]
    if table.note:
        yield [f"注: {table.note}"]


def _mask_note(mask_below: int) -> str:
    if mask_below <= 1:
        return "小さな数の秘匿: なし"
    counts = "1件" if mask_below == 2 else f"1〜{mask_below - 1}件"
    return f"小さな数の秘匿: {counts}は「{masked_label(mask_below)}」と表示"


def to_csv(report: Report, mask_below: int = DEFAULT_MASK_BELOW) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for title in _header(report):
        writer.writerow([neutralize(title)])
    writer.writerow([_mask_note(mask_below)])
    if mask_below > 1:
        writer.writerow([SECONDARY_NOTE])
    if report.empty:
        writer.writerow([report.empty_notice])
    hidden = masked_cells(report, mask_below)
    for table in report.tables:
        writer.writerow([])
        for line in _table_lines(table, mask_below, hidden):
            writer.writerow([neutralize(c) if isinstance(c, str) else c for c in line])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(report: Report, mask_below: int = DEFAULT_MASK_BELOW) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # noqa: S101 (a new workbook always has its first sheet)
    sheet.title = "実績"
    bold = Font(bold=True)
    for title in _header(report):
        sheet.append([neutralize(title)])
    sheet.append([_mask_note(mask_below)])
    if mask_below > 1:
        sheet.append([SECONDARY_NOTE])
    if report.empty:
        sheet.append([report.empty_notice])
    hidden = masked_cells(report, mask_below)
    for table in report.tables:
        sheet.append([])
        for n, line in enumerate(_table_lines(table, mask_below, hidden)):
            sheet.append([neutralize(c) if isinstance(c, str) else c for c in line])
            if n < 2:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
    sheet.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_json(report: Report, mask_below: int = DEFAULT_MASK_BELOW) -> bytes:
    hidden = masked_cells(report, mask_below)
    document = {
        "title": "参加支援・地域づくりの実績",
        "period": {
            "label": report.period.label,
            "since": report.period.since.isoformat(),
            "until": report.period.until.isoformat(),
        },
        "as_of": report.as_of.isoformat(),
        "made_on": report.made_on.isoformat() if report.made_on else None,
        "empty": report.empty,
        **({"notice": report.empty_notice} if report.empty else {}),
        "mask_below": mask_below,
        "masking": [_mask_note(mask_below), *([SECONDARY_NOTE] if mask_below > 1 else [])],
        "tables": [
            {
                "key": table.key,
                "title": table.title,
                "columns": list(table.columns),
                "rows": [
                    {
                        "label": list(row.label),
                        "values": _values(table, r, mask_below, hidden),
                    }
                    for r, row in enumerate(table.rows)
                ],
                **({"note": table.note} if table.note else {}),
            }
            for table in report.tables
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


WRITERS = {"csv": to_csv, "xlsx": to_xlsx, "json": to_json}


def export(report: Report, fmt: str, mask_below: int = DEFAULT_MASK_BELOW) -> bytes:
    """The report as a file of ``fmt`` (csv, xlsx or json)."""
    return WRITERS[fmt](report, mask_below)


def filename(report: Report, fmt: str) -> str:
    return f"実績_{report.period.since.isoformat()}_{report.period.until.isoformat()}.{fmt}"
