"""Which column means what: detect the layout from the header row, then apply the user's
mapping of the headers we did not recognise.

The upload page shows every column with a choice of ``ImportField`` (``unknown_headers`` are
those read as nothing), and passes the answers back as ``overrides`` (column name → field).
A column is named by its header, or by its position (「4列目」, ``column_key``) when it has
no header or repeats an earlier one's; the command's ``--map`` takes the same names. An
override may also re-map a known header, or send it to ``ImportField.IGNORE``.

A column without a header that holds values is never passed over silently: unless it is
mapped, a warning names it with its first value (「4列目（見出しなし）」は読み込みません…).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from directory import labels
from directory.interop.layouts import FIELD_LABELS, LAYOUTS, SUB_COLUMNS, ImportField, Layout
from directory.interop.reading import HEADER_JOINER, normalize_header

# Without a name nothing can be listed; every other gap is reported per row or filled by
# the defaults of the import (organization, category).
REQUIRED_FIELDS = (ImportField.NAME,)


def _key(header: str) -> str:
    # A file saved twice with a BOM starts with U+FEFF after decoding: not part of the name.
    return normalize_header(header.replace("\ufeff", ""))


def _known(layout: Layout) -> dict[str, ImportField]:
    return {_key(h): f for h, f in layout.field_of().items()}


@functools.cache
def _all_known() -> frozenset[str]:
    return frozenset(key for layout in LAYOUTS.values() for key in _known(layout))


def _resolved(header: str) -> str:
    """The name ``header`` is known by. A two-row header's name (「連絡先 電話番号」: group, space,
    column; ``reading.combine_headers``) is known by the two read as one (連絡先電話番号, the
    イベント一覧's column) or by its lower name (「所在地 住所」 → 住所); otherwise its lower name,
    for ``SUB_COLUMNS``. Any other header is its own name."""
    key = _key(header)
    _group, joined, lower = header.replace("\ufeff", "").strip().partition(HEADER_JOINER)
    if not joined or key in _all_known():
        return key
    return _key(lower)


def _meaning(header: str, known: Mapping[str, ImportField]) -> ImportField | None:
    resolved = _resolved(header)
    if resolved in known:
        return known[resolved]
    return SUB_COLUMNS.get(resolved) if resolved != _key(header) else None


def is_known_header(header: str) -> bool:
    """Whether any layout knows ``header`` (used to find the header row)."""
    resolved = _resolved(header)
    return resolved in _all_known() or (resolved != _key(header) and resolved in SUB_COLUMNS)


_POSITION = re.compile(r"([0-9]+)列目")
SAMPLE_CHARS = 30  # of a value quoted in a warning


def column_label(headers: tuple[str, ...], index: int) -> str:
    """What a person calls column ``index``: its header, else 「4列目（見出しなし）」."""
    header = headers[index] if index < len(headers) else ""
    return header or labels.IMPORT_UNNAMED_COLUMN.format(number=index + 1)


def column_key(headers: tuple[str, ...], index: int) -> str:
    """The name an override of column ``index`` goes by: its header, or 「4列目」 for a column
    without one (or repeating an earlier column's header)."""
    key = _key(headers[index])
    if key and all(_key(h) != key for h in headers[:index]):
        return headers[index]
    return labels.IMPORT_COLUMN_POSITION.format(number=index + 1)


def override_column(headers: tuple[str, ...], name: str) -> int | None:
    """The column an override ``name`` means: the first with that header, else the column at
    that position (「4列目」, 全角 too); None for a name that is neither."""
    key = _key(name)
    if not key:
        return None
    named = next((i for i, h in enumerate(headers) if _key(h) == key), None)
    if named is not None:
        return named
    position = _POSITION.fullmatch(key)
    if position is not None and 1 <= int(position.group(1)) <= len(headers):
        return int(position.group(1)) - 1
    return None


@dataclass(frozen=True)
class ColumnMapping:
    """The meaning of each column of a file: column index → field."""

    layout: Layout | None
    headers: tuple[str, ...]
    fields: dict[int, ImportField]
    unknown_headers: tuple[str, ...] = ()  # the labels (column_label) of columns not read
    warnings: tuple[str, ...] = field(default=())
    unknown_columns: tuple[int, ...] = ()  # their indexes
    chosen: dict[int, ImportField] = field(default_factory=dict)  # the overrides, by column

    def label(self, index: int) -> str:
        return column_label(self.headers, index)

    def shown_columns(self, samples: Mapping[int, str]) -> tuple[int, ...]:
        """The columns a person chooses a meaning for: named ones, and unnamed ones that hold
        values or were given a meaning (an empty column without a header is nothing)."""
        return tuple(
            i
            for i, header in enumerate(self.headers)
            if _key(header) or i in samples or i in self.chosen
        )

    @property
    def missing_required(self) -> tuple[ImportField, ...]:
        present = set(self.fields.values())
        return tuple(f for f in REQUIRED_FIELDS if f not in present)

    @property
    def problems(self) -> tuple[str, ...]:
        """File-level problems that stop the import (Japanese)."""
        if self.missing_required:
            names = "、".join(f"「{FIELD_LABELS[f]}」" for f in self.missing_required)
            return (labels.IMPORT_MISSING_COLUMNS.format(columns=names),)
        return ()

    def column_of(self, wanted: ImportField) -> int | None:
        return next((i for i, f in self.fields.items() if f is wanted), None)

    def header_of(self, wanted: ImportField) -> str:
        index = self.column_of(wanted)
        return self.label(index) if index is not None else FIELD_LABELS[wanted]


def detect_layout(headers: tuple[str, ...]) -> Layout | None:
    """The layout whose columns the header row names most (None when it names none)."""
    normalized = {_resolved(h) for h in headers}
    scores = {
        key: len(normalized & ({_key(c.header) for c in layout.columns} | set(_known(layout))))
        for key, layout in LAYOUTS.items()
    }
    best = max(scores, key=lambda k: scores[k])
    return LAYOUTS[best] if scores[best] >= 2 else None


def map_columns(
    headers: tuple[str, ...],
    *,
    layout: Layout | str | None = None,
    overrides: Mapping[str, ImportField | str] | None = None,
    samples: Mapping[int, str] | None = None,
) -> ColumnMapping:
    """Map ``headers`` to fields with ``layout`` (detected when None) and the user's overrides
    (column name → field: see ``override_column``). ``samples`` (``Table.samples``: column →
    first value) tells which columns hold values, so that an unnamed one is not lost unsaid."""
    if isinstance(layout, str):
        layout = None if layout == "auto" else LAYOUTS[layout]
    if layout is None:
        layout = detect_layout(headers)
    known: dict[str, ImportField] = {}
    for candidate in ([layout] if layout else []) + list(LAYOUTS.values()):
        for header, f in _known(candidate).items():
            known.setdefault(header, f)  # the detected layout's meaning wins
    samples = samples or {}
    chosen: dict[int, ImportField] = {}
    for name, wanted in (overrides or {}).items():
        column = override_column(headers, name)
        if column is not None:
            chosen[column] = ImportField(wanted)
    fields: dict[int, ImportField] = {}
    unknown: list[int] = []
    warnings: list[str] = []
    seen: set[str] = set()
    taken: set[ImportField] = set()
    for index, header in enumerate(headers):
        key = _key(header)
        repeated = key in seen
        seen.add(key)
        meaning = chosen.get(index)
        if meaning is None and key and not repeated:
            meaning = _meaning(header, known)
        if meaning is None:
            if repeated and key:
                warnings.append(labels.IMPORT_DUPLICATE_HEADER.format(header=header))
            elif key:
                unknown.append(index)
                warnings.append(labels.IMPORT_UNKNOWN_HEADER.format(header=header))
            elif index in samples:
                unknown.append(index)
                warnings.append(
                    labels.IMPORT_UNNAMED_COLUMN_UNREAD.format(
                        column=column_label(headers, index), sample=_shortened(samples[index])
                    )
                )
            continue
        if meaning is ImportField.IGNORE:
            continue
        if meaning in taken and meaning not in _MULTI_COLUMN:
            continue  # e.g. 住所 and 所在地_連結表記 both present: the first one counts
        taken.add(meaning)
        fields[index] = meaning
    return ColumnMapping(
        layout,
        headers,
        fields,
        unknown_headers=tuple(column_label(headers, i) for i in unknown),
        warnings=tuple(warnings),
        unknown_columns=tuple(unknown),
        chosen=chosen,
    )


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


# Fields whose values several columns may add to (備考 columns, keyword columns).
_MULTI_COLUMN = frozenset(
    {ImportField.REMARKS, ImportField.TAGS, ImportField.CATEGORIES, ImportField.RESERVATION}
)
