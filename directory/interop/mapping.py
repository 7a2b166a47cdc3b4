"""Which column means what: detect the layout from the header row, then apply the user's
mapping of the headers we did not recognise.

The upload page shows ``ColumnMapping.unknown_headers`` with a choice of ``ImportField`` for
each, and passes the answers back as ``overrides`` (header → field). An override may also
re-map a known header, or send it to ``ImportField.IGNORE``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from directory import labels
from directory.interop.layouts import FIELD_LABELS, LAYOUTS, ImportField, Layout
from directory.interop.reading import normalize_header

# Without a name nothing can be listed; every other gap is reported per row or filled by
# the defaults of the import (organization, category).
REQUIRED_FIELDS = (ImportField.NAME,)


def _key(header: str) -> str:
    # A file saved twice with a BOM starts with U+FEFF after decoding: not part of the name.
    return normalize_header(header.replace("\ufeff", ""))


def _known(layout: Layout) -> dict[str, ImportField]:
    return {_key(h): f for h, f in layout.field_of().items()}


def is_known_header(header: str) -> bool:
    """Whether any layout knows ``header`` (used to find the header row)."""
    return any(_key(header) in _known(layout) for layout in LAYOUTS.values())


@dataclass(frozen=True)
class ColumnMapping:
    """The meaning of each column of a file: column index → field."""

    layout: Layout | None
    headers: tuple[str, ...]
    fields: dict[int, ImportField]
    unknown_headers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

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
        return self.headers[index] if index is not None else FIELD_LABELS[wanted]


def detect_layout(headers: tuple[str, ...]) -> Layout | None:
    """The layout whose columns the header row names most (None when it names none)."""
    normalized = {_key(h) for h in headers}
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
) -> ColumnMapping:
    """Map ``headers`` to fields with ``layout`` (detected when None) and the user's overrides."""
    if isinstance(layout, str):
        layout = None if layout == "auto" else LAYOUTS[layout]
    if layout is None:
        layout = detect_layout(headers)
    known: dict[str, ImportField] = {}
    for candidate in ([layout] if layout else []) + list(LAYOUTS.values()):
        for header, f in _known(candidate).items():
            known.setdefault(header, f)  # the detected layout's meaning wins
    chosen = {_key(h): ImportField(f) for h, f in (overrides or {}).items()}
    fields: dict[int, ImportField] = {}
    unknown: list[str] = []
    warnings: list[str] = []
    seen: set[str] = set()
    taken: set[ImportField] = set()
    for index, header in enumerate(headers):
        key = _key(header)
        if not key:
            continue
        if key in seen:
            warnings.append(labels.IMPORT_DUPLICATE_HEADER.format(header=header))
            continue
        seen.add(key)
        meaning = chosen.get(key) or known.get(key)
        if meaning is None:
            unknown.append(header)
            warnings.append(labels.IMPORT_UNKNOWN_HEADER.format(header=header))
            continue
        if meaning is ImportField.IGNORE:
            continue
        if meaning in taken and meaning not in _MULTI_COLUMN:
            continue  # e.g. 住所 and 所在地_連結表記 both present: the first one counts
        taken.add(meaning)
        fields[index] = meaning
    return ColumnMapping(layout, headers, fields, tuple(unknown), tuple(warnings))


# Fields whose values several columns may add to (備考 columns, keyword columns).
_MULTI_COLUMN = frozenset(
    {ImportField.REMARKS, ImportField.TAGS, ImportField.CATEGORIES, ImportField.RESERVATION}
)
