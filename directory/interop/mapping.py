"""Which column means what: detect the layout from the header row, then apply the user's
mapping of the headers we did not recognise.

The upload page shows every column with a choice of ``ImportField`` (``unknown_headers`` are
those read as nothing), and passes the answers back as ``overrides`` (column name → field).
A column is named by its header, or by its position (「4列目」, ``column_key``) when it has
no header or repeats an earlier one's; the command's ``--map`` takes the same names. An
override may also re-map a known header, or send it to ``ImportField.IGNORE``.

A header no layout knows is read by its words (``headers``: 「通いの場名称」, 「会場」, 「世話人」,
runs of ○ columns 「月」…「日」), and a list of groups without a name column names each activity
by its group (``ColumnMapping.name_from``).

A column without a header that holds values is never passed over silently: unless it is
mapped, a warning names it with its first value (「4列目（見出しなし）」は読み込みません…).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from directory import labels
from directory.interop import headers as words
from directory.interop.layouts import FIELD_LABELS, LAYOUTS, SUB_COLUMNS, ImportField, Layout
from directory.interop.municipalities import prefecture_of
from directory.interop.reading import HEADER_JOINER, normalize_header
from geo.normalize import parse as parse_address

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


# The lower cell of a place's two-row header that names the place: 「実施場所」 over 「施設名」
# and 「所在地」, 「活動場所」 over 「名称」 and 「住所」. Alone, 「施設名」 or 「名称」 is the
# activity's own name (a list of facilities); under a place it is the place's.
_PLACES_NAME = re.compile(r"(?:施設|会場|場所|建物)?(?:名|名称|名前)")


def _places_name(header: str) -> bool:
    group, joined, lower = header.replace("\ufeff", "").strip().partition(HEADER_JOINER)
    return (
        bool(joined)
        and bool(_PLACES_NAME.fullmatch(_key(lower)))
        and words.guess(_key(group), lambda _k: None) is ImportField.PLACE_NAME
    )


def _meaning(header: str, known: Mapping[str, ImportField]) -> ImportField | None:
    if _places_name(header):
        return ImportField.PLACE_NAME
    resolved = _resolved(header)
    if resolved in known:
        return known[resolved]
    return SUB_COLUMNS.get(resolved) if resolved != _key(header) else None


def is_known_header(header: str) -> bool:
    """Whether any layout knows ``header`` (used to find the header row)."""
    resolved = _resolved(header)
    return resolved in _all_known() or (resolved != _key(header) and resolved in SUB_COLUMNS)


GUESSED_WEIGHT = 0.5


def header_weight(header: str) -> float:
    """How surely ``header`` names a column, to find the header row: 1 for a name a layout
    knows, ``GUESSED_WEIGHT`` for one whose words say what it is (``headers.guess``: a row of
    「サロン名」「会場」「世話人」 is a header too), 0 for anything else. A guessed name counts
    for less, so that a group cell (「連絡先」) over known names still reads as two rows."""
    if is_known_header(header):
        return 1.0
    if _sub_mark(header):  # 「開催曜日」 over 「月」「火」…: as sure as the group above them
        return 1.0
    return GUESSED_WEIGHT if _guessed(header) is not None else 0.0


def _sub_mark(header: str) -> bool:
    """Whether a two-row header's name is a weekday or a target under a group cell."""
    _group, joined, lower = header.replace("\ufeff", "").strip().partition(HEADER_JOINER)
    return bool(joined) and bool(
        words.weekday_of(_key(lower)) or words.is_target_header(_key(lower))
    )


def mark_name(header: str) -> str:
    """The name a column of marks goes by: a two-row header's lower name (「開催曜日 月」 → 月)."""
    _group, joined, lower = header.replace("\ufeff", "").strip().partition(HEADER_JOINER)
    return _key(lower) if joined else _key(header)


def _any_known(name: str) -> ImportField | None:
    for layout in LAYOUTS.values():
        if (meaning := _known(layout).get(name)) is not None:
            return meaning
    return None


def _guessed(header: str) -> ImportField | None:
    """The meaning of a header no layout knows, from its words (``headers.guess``)."""
    key = _key(header)
    return words.guess(key, _any_known) if key else None


_PHONE_SAMPLE = re.compile(
    r"[0-9０-９]{2,5}\s*[-－ー‐()（）]\s*[0-9０-９]{1,4}\s*[-－ー‐]\s*[0-9０-９]{3,4}"
    # a number Excel kept as a number (276631234): its leading 0 lost, its hyphens never there
    r"|^\s*[1-9][0-9]{8,9}\s*$"
)
# What an address starts with (〒, a prefecture) or holds (丁目, 番地, 1-2-3).
_ADDRESS_SAMPLE = re.compile(
    r"^〒|^\S{2,3}[都道府県]|[0-9０-９一二三四五六七八九十]+丁目|番地|[0-9０-９]+[-－ー−][0-9０-９]+"
)


_PLACE_END = re.compile(r"(?:集会所|集会場|公民館|会館|センター|ホール|プラザ|ハウス|館|荘)$")
_NUMBERED = re.compile(r"^〒|[0-9]+[-ー−][0-9]+|番地|[0-9]+番")


def _looks_like_address(text: str) -> bool:
    """Whether a column's first value is an address rather than a place's name: 「土浦市大岩田911」
    is one, 「中央市民会館2階」 and 「第2公民館」 are not."""
    folded = normalize_header(text)
    if _PLACE_END.search(folded) and not _NUMBERED.search(folded):
        return False  # 「本町一丁目集会所」: a place named after its 丁目
    if _ADDRESS_SAMPLE.search(folded):
        return True
    written = parse_address(folded)
    return bool(written.numbers and prefecture_of(written.city)) and not re.search(r"階$", folded)


# A list of groups (「団体・グループ名」「サークル名」) names its activities by the group: that
# column is their name too. A plain 「団体名」 or 「運営団体」 is who runs an activity named
# elsewhere: without a name column, such a file still asks for one.
_GROUP_NAME = re.compile(r"グループ|サークル|クラブ|^会の?名")
# … and so is a plain 「団体名」 beside what the groups do (活動内容, 活動日): a list of groups.
_GROUP_COLUMN = re.compile(r"^団体(?:名|名称)?$")
# Who takes volunteers or trainees (募集先, 受入先, 事業所), and what they do there: a list
# of such offers names each by its work.
_HOST_COLUMN = re.compile(r"(?:募集|受入|受け入れ|受入れ)(?:先|団体|施設|事業所|企業)|事業所|企業")
_WORK_COLUMN = re.compile(r"(?:活動|体験|募集|作業|ボランティア)の?内容")
_ACTIVITY_FIELDS = frozenset(
    {
        ImportField.DESCRIPTION,
        ImportField.SCHEDULE,
        ImportField.MEETING_DAYS,
        ImportField.WEEKDAYS,
        ImportField.PARTICIPANTS,
    }
)


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
    # A list of groups without a name column: its 団体名 column names the activities too.
    name_from: int | None = None

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
        present = set(self.fields.values()) | (
            {ImportField.NAME} if self.name_from is not None else set()
        )
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
        if index is None and wanted is ImportField.NAME:
            index = self.name_from
        return self.label(index) if index is not None else FIELD_LABELS[wanted]


def detect_layout(headers: tuple[str, ...]) -> Layout | None:
    """The layout whose columns the header row names most (None when it names none)."""
    normalized = {_resolved(h) for h in headers}
    scores = {
        key: len(normalized & ({_key(c.header) for c in layout.columns} | set(_known(layout))))
        for key, layout in LAYOUTS.items()
        if not layout.identifying or normalized & {_key(h) for h in layout.identifying}
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
    guessed = _guesses(headers, known, samples)
    for index, header in enumerate(headers):
        key = _key(header)
        repeated = key in seen
        seen.add(key)
        meaning = chosen.get(index)
        if meaning is None and key and not repeated:
            meaning = _meaning(header, known) or guessed.get(index)
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
            if index in guessed and index not in chosen and _meaning(header, known) is None:
                # Only guessed at (「代表者」 and 「世話人」 both a contact): said, not lost.
                unknown.append(index)
                warnings.append(labels.IMPORT_UNKNOWN_HEADER.format(header=header))
            continue  # e.g. 住所 and 所在地_連結表記 both present: the first one counts
        taken.add(meaning)
        fields[index] = meaning
    name_from = None
    if ImportField.NAME not in taken:
        activities = bool(taken & _ACTIVITY_FIELDS)
        name_from = next(
            (
                i
                for i, f in fields.items()
                if f is ImportField.ORGANIZATION
                and (
                    _GROUP_NAME.search(_key(headers[i]))
                    or (activities and _GROUP_COLUMN.match(_key(headers[i])))
                )
            ),
            None,
        )
        if name_from is not None:
            warnings.append(
                labels.IMPORT_NAME_FROM_GROUP.format(column=column_label(headers, name_from))
            )
            kana = _kana_of(headers, name_from, unknown)
            if kana is not None and ImportField.KANA not in taken:
                # 「団体名称」 names the activity: 「団体名称カナ」 is how its name is read.
                fields[kana] = ImportField.KANA
                unknown.remove(kana)
                said = labels.IMPORT_UNKNOWN_HEADER.format(header=headers[kana])
                warnings = [w for w in warnings if w != said]
    if name_from is None and ImportField.NAME not in taken:
        # A ボランティア募集一覧 or a list of 就労体験: each row is what its host offers
        # (「入所者の話し相手」 at 「富士見荘」), named by that work, its host the organization.
        hosts = [i for i, f in fields.items() if f is ImportField.ORGANIZATION]
        name_from = next(
            (
                i
                for i, f in fields.items()
                if f is ImportField.DESCRIPTION and _WORK_COLUMN.fullmatch(_key(headers[i]))
            ),
            None,
        )
        if not any(_HOST_COLUMN.match(_key(headers[i])) for i in hosts):
            name_from = None
        if name_from is not None:
            warnings.append(
                labels.IMPORT_NAME_FROM_WORK.format(column=column_label(headers, name_from))
            )
    return ColumnMapping(
        layout,
        headers,
        fields,
        unknown_headers=tuple(column_label(headers, i) for i in unknown),
        warnings=tuple(warnings),
        unknown_columns=tuple(unknown),
        chosen=chosen,
        name_from=name_from,
    )


_KANA_AFTER = re.compile(r"\(?(?:カナ|フリガナ|ふりがな|よみがな|ヨミガナ|読み仮名|よみ|ヨミ)\)?")


def _kana_of(headers: tuple[str, ...], column: int, unknown: list[int]) -> int | None:
    """The unread column that gives ``column``'s reading: 「団体名称カナ」 beside 「団体名称」."""
    name = _key(headers[column])
    for index in unknown:
        key = _key(headers[index])
        if key.startswith(name) and _KANA_AFTER.fullmatch(key[len(name) :].strip("_・ ")):
            return index
    return None


def _guesses(
    headers: tuple[str, ...], known: Mapping[str, ImportField], samples: Mapping[int, str]
) -> dict[int, ImportField]:
    """The meanings of the headers no layout knows, from their words (``headers``): runs of
    mark columns (「月」…「日」, 「高齢者」「子ども」…), then each header alone."""
    unknown = {i: _key(h) for i, h in enumerate(headers) if _key(h) and _meaning(h, known) is None}
    marks = {i: mark_name(headers[i]) for i in unknown}
    found: dict[int, ImportField] = {}
    for i in words.mark_columns(marks, samples, lambda key: bool(words.weekday_of(key))):
        found[i] = ImportField.WEEKDAY_MARK
    rest = {i: key for i, key in marks.items() if i not in found}
    for i in words.mark_columns(rest, samples, words.is_target_header):
        found[i] = ImportField.TARGET_MARK
    days = set(found.values()) | {
        m for h in headers if (m := _meaning(h, known) or _guessed(h)) is not None
    }
    has_days = bool(
        days
        & {
            ImportField.WEEKDAYS,
            ImportField.MEETING_DAYS,
            ImportField.FREQUENCY,
            ImportField.WEEKDAY_MARK,
        }
    )
    for i, key in unknown.items():
        if i in found:
            continue
        if words.is_time_alone(key):
            if has_days:  # 「時間」 next to a column of days: when it meets
                found[i] = ImportField.SCHEDULE_NOTE
            continue
        meaning = words.guess(key, _any_known)
        _group, joined, lower = headers[i].strip().partition(HEADER_JOINER)
        if meaning is None and joined:  # 「活動場所 会場名」: what the lower cell names
            meaning = words.guess(_key(lower), _any_known)
        if meaning is ImportField.CONTACT_NAME and _PHONE_SAMPLE.search(samples.get(i, "")):
            meaning = ImportField.CONTACT_PHONE  # 「連絡先」 holding phone numbers
        if meaning is ImportField.PLACE_NAME and _looks_like_address(samples.get(i, "")):
            meaning = ImportField.ADDRESS  # 「開催場所（住所）」 holding addresses
        if meaning is not None:
            found[i] = meaning
    # 「開館時間」 with no 「閉館時間」 beside it holds the hours whole (「9:00～17:00」).
    present = set(found.values()) | {m for h in headers if (m := _meaning(h, known)) is not None}
    if ImportField.END_TIME not in present:
        for i, meaning in found.items():
            if meaning is ImportField.START_TIME:
                found[i] = ImportField.SCHEDULE_NOTE
    return found


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


# Fields whose values several columns may add to (備考 columns, keyword columns).
_MULTI_COLUMN = frozenset(
    {
        ImportField.REMARKS,
        ImportField.TAGS,
        ImportField.CATEGORIES,
        ImportField.RESERVATION,
        ImportField.WEEKDAY_MARK,
        ImportField.TARGET_MARK,
    }
)
