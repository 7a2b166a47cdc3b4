"""Bulk import and export of listings (design.md §4 Interop).

The import is a pipeline the CLI and the upload page walk through, one step a module:

1. ``read_upload(data)`` — bytes → ``Table`` (``reading``: encodings, delimiters, the XLSX
   sheets that hold the list, the header row or two);
2. ``map_columns(table.headers, layout=…, overrides=…, samples=table.samples)`` — which column means what
   (``mapping``; ``layouts`` holds the 自治体標準 column lists); show
   ``mapping.unknown_headers`` and let the user map them, then call it again with overrides;
3. ``plan_import(session, table, mapping, geocoder=…, options=…)`` — the preview: a
   ``PlannedRow`` per line with its action, reasons and warnings (``planning``); nothing is
   written; ``plan.decide({line: Action.UPDATE})`` records the user's duplicate decisions;
4. ``apply_plan(session, plan, actor=…, now=…)`` — all or nothing (``applying``); the caller commits.

Exports: ``stream_csv(session, "facilities" | "events" | "simple", options)`` (``exporting``)
and ``stream_hsds(session)`` (``hsds``) yield the file in pieces; ``export_standard_csv`` and
``export_hsds`` give it whole (tests, small directories). ``hsds`` also builds the HSDS objects
the HSDS API serves (``hsds_queries`` finds them). Cells a spreadsheet would execute are
neutralised on export and flagged on import (``cells``).
"""

from __future__ import annotations

from directory.interop.applying import ApplyResult, apply_plan
from directory.interop.errors import ImportFileError
from directory.interop.exporting import ExportOptions, export_standard_csv, stream_csv
from directory.interop.hsds import export_hsds, stream_hsds
from directory.interop.layouts import FIELD_LABELS, LAYOUTS, ImportField, Layout
from directory.interop.mapping import (
    ColumnMapping,
    column_key,
    header_weight,
    map_columns,
    override_column,
)
from directory.interop.planning import (
    Action,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    RowIssue,
    plan_import,
)
from directory.interop.reading import Table, read_file, read_table
from directory.interop.runs import (
    applied_run,
    hold_import_lock,
    latest_run_of_file,
    record_run,
)


def read_upload(data: bytes) -> Table:
    """Read an uploaded CSV or XLSX file, finding its header row among the known columns."""
    return read_table(data, known_headers=header_weight)


__all__ = [
    "FIELD_LABELS",
    "LAYOUTS",
    "Action",
    "ApplyResult",
    "ColumnMapping",
    "ExportOptions",
    "ImportField",
    "ImportFileError",
    "ImportOptions",
    "ImportPlan",
    "Layout",
    "PlannedRow",
    "RowIssue",
    "Table",
    "applied_run",
    "column_key",
    "apply_plan",
    "export_hsds",
    "export_standard_csv",
    "hold_import_lock",
    "latest_run_of_file",
    "map_columns",
    "override_column",
    "plan_import",
    "read_file",
    "read_upload",
    "record_run",
    "stream_csv",
    "stream_hsds",
]
