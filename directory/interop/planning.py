"""Rows of a file → a plan: what will be created, updated, skipped or rejected, and why.

Nothing is written here (the session is only read): the plan is the preview the user
confirms, and ``applying.apply_plan`` carries it out. Per row the planner

- reads the mapped cells, flags formula-looking text (stored as text, shown neutralised);
- normalises: NFKC (全角 digits, letters and spaces), postal code to ``300-0811``, the address
  as written plus 方書, numbers with 円/名/カンマ, category and target labels or codes;
- composes the schedule text from the layout's columns (曜日・日付・時間・特記事項) and parses it
  with the app's parser; unparseable text is kept verbatim and flagged, as everywhere else;
- geocodes the address through ``directory.locations.locate`` with the given geocoder, each
  distinct address once (coordinates in the file are kept, with the precision "file");
- validates with ``directory.listings.validate``, so an import accepts exactly what the
  listing form accepts; every problem becomes a Japanese reason with line and column;
- folds a continuation row into the activity above it: one activity written on two rows (its
  name merged down, or written once with the next row's name cell empty), each with its own
  開催日時, is one listing meeting on both schedules, said in the preview's notes
  (``_fold_continuations``);
- reads what a row says of its activity (``status``): an ended one (廃止, struck through) is
  skipped with the reason, a paused one (休止中) created with 受入状況 休止中, a full one
  (満員, 「満員のため受付停止中」) 要相談, one with room said (空きあり, 受付中) 受け入れ可; an
  update to a listing of another 受入状況 says so in the preview and writes it;
- places a 会場 without an address at its landmark, else at the town its name says
  (「林町公民館」), else at its city with a warning asking for a pin;
- reads the names the activity went by (旧名称, ``former_names``): keywords of the listing, and
  names the directory may hold it under when duplicates are looked for;
- finds duplicates within the file and against the directory.

Duplicate rule (main decision): two listings are the same when their normalised names are
equal *and* they are within ``DUPLICATE_DISTANCE_M`` of each other (only when both points are
of a 町丁目 or finer: "file", "manual", "rooftop", "chome"; two 大字 or 市区町村 points are one
point for many places) or have the same normalised address. A name alone is not enough (two 「いきいきサロン」 in different districts are
different), and an address alone is not either (a 公民館 hosts many activities). Two listings
of the same name whose places do not tell them apart (one has no address precise enough, or
their addresses are the same) are also the same when they share a telephone number however
written (``contacts.phone_keys``: 「029-821-0000」「０２９（８２１）００００」「内線12 029-821-0000」;
a number labelled FAX is none): a サロン
list gives a 会場 and a 世話人's phone but often no address. A duplicate
row's action follows ``ImportOptions.on_duplicate`` and can be changed per row with
``ImportPlan.decide`` (skip / update the existing listing / create anyway). A duplicate within
the file can be skipped or created, never "updated" (the earlier row is not in the directory
yet).
"""

from __future__ import annotations

import enum
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import amounts, contacts, labels, places
from directory.ages import read_age_range
from directory.interop import headers as words
from directory.interop.ages import CellAges, read_cell
from directory.interop.cells import looks_like_formula, neutralize
from directory.interop.deadlines import deadline_passed
from directory.interop.former_names import (
    former_names_in,
    split_former_name,
    struck_former_name,
)
from directory.interop.layouts import SIMPLE, ImportField
from directory.interop.list_words import kind_of_name, list_category, list_contact
from directory.interop.mapping import ColumnMapping, mark_name
from directory.interop.municipalities import (
    Municipality,
    city_of_wards,
    is_municipality_of,
    listed_city,
    named_in_title,
    prefecture_of,
    ward_named,
    wards_of,
)
from directory.interop.municipalities import from_code_cell as municipality_from_code
from directory.interop.postponements import (
    dates_in,
    moved_in_place,
    postponed,
    says_a_move,
    written,
)
from directory.interop.reading import SourceRow, Table
from directory.interop.staleness import stale_warning
from directory.interop.status import (
    RowStatus,
    end_to_come,
    mark_legend,
    pause_to_come,
    says_room,
    says_running,
    spelled_out,
    split_name,
    status_of_text,
    strongest,
)
from directory.interop.updating import AGES, merge_update, provided_fields
from directory.listings import ListingData, Vocabulary, diff, snapshot, validate
from directory.locations import place
from directory.models import (
    Category,
    IntakeStatus,
    Listing,
    ListingStatus,
    Location,
    LocationPrecision,
    Target,
)
from directory.schedules import (
    WEEKDAY_LABELS,
    RuleKind,
    ScheduleSpec,
    next_occurrences,
    parse_schedule,
)
from directory.search import analyzer
from geo.geocoding import Geocoded, Geocoder, Located
from geo.normalize import PREFECTURES
from geo.normalize import parse as parse_address

DUPLICATE_DISTANCE_M = 200.0
F = ImportField


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SKIP = "skip"
    REJECT = "reject"
    # A listing already in the directory that the list says ended: take it out (掲載終了).
    ARCHIVE = "archive"


def row_place(sheet: str, line: int) -> str:
    """「12行目」, or 「シート「北地区」12行目」 for a row of one of several sheets read."""
    if sheet:
        return labels.IMPORT_SHEET_LINE.format(sheet=sheet, line=line)
    return labels.IMPORT_LINE.format(line=line)


@dataclass(frozen=True)
class RowIssue:
    """One thing about one row, in Japanese: 「12行目「名称」: 必須の項目が空です」."""

    line: int
    column: str
    message: str
    sheet: str = ""  # the worksheet, when rows come from several (SourceRow.sheet)

    def __str__(self) -> str:
        where = row_place(self.sheet, self.line)
        if self.column:
            return labels.IMPORT_ROW_PREFIX.format(
                where=where, column=self.column, message=self.message
            )
        return labels.IMPORT_ROW_PREFIX_NO_COLUMN.format(where=where, message=self.message)


@dataclass(frozen=True)
class PlannedRow:
    line: int
    action: Action
    data: ListingData | None  # None when rejected
    organization: str = ""
    problems: tuple[RowIssue, ...] = ()  # why it is rejected
    warnings: tuple[RowIssue, ...] = ()  # what the user should know (it is still imported)
    duplicate_of_line: int | None = None  # an earlier row of the same file
    existing_id: int | None = None  # a listing already in the directory
    existing_name: str = ""
    cells: tuple[tuple[str, str], ...] = ()  # (header, value as shown: neutralised)
    # With an existing listing: what "update" would make of it, and which fields it changes.
    update_data: ListingData | None = None
    update_changes: tuple[str, ...] = ()
    # Asked to update a listing that already says what the row says: nothing to write (変更なし).
    unchanged: bool = False
    # (normalised name, address key) of an accepted row, what duplicates are found by;
    # computed with the row, compared afterwards in file order.
    match_key: tuple[str, str] = field(default=("", ""), compare=False, repr=False)
    sheet: str = ""  # the worksheet, when rows come from several (SourceRow.sheet)
    duplicate_of_sheet: str = ""
    # The list says the activity ended (廃止・終了, or its row struck through): not imported
    # unless the user decides so (``status``).
    ended: bool = False
    ended_said: str = ""  # the words that say so (「令和6年3月で廃止」), the archive's reason
    # 受入状況 the listing is created with: 休止中, 要相談 (満員) or 受け入れ可 (空きあり) when the
    # list says so; and the existing listing's, when an update would change it.
    intake: IntakeStatus | None = None
    intake_was: IntakeStatus | None = None
    # The list says the activity meets (「活動中」「再開しました」): an update lifts a 休止中.
    running: bool = False
    website: str = ""  # the row's ホームページ as a link (https:// added when left out)
    # 旧名称: names the activity went by, as the list says (「（旧：向島こども食堂）」「旧名称：…」);
    # a keyword of the listing, and a name the directory may hold it under.
    former_names: tuple[str, ...] = ()
    # 対象年齢 as the row says it (``ages``): the words read into the listing's ages.
    ages: CellAges = CellAges()

    @property
    def ages_shown(self) -> str:
        """The preview's 対象年齢: 「65歳以上（「おおむね65歳以上」）」, or 「65歳以上」 alone when
        those are the words; "" when the row sets none."""
        if not self.ages.stated:
            return ""
        if self.ages.described and self.ages.described == self.ages.said:
            return self.ages.described
        return labels.IMPORT_AGES_READ.format(
            ages=self.ages.described or labels.IMPORT_AGES_NO_LIMIT, said=_shortened(self.ages.said)
        )

    @property
    def key(self) -> int | str:
        """What a decision names the row by: its line, or 「北地区!12」 when rows come from
        several sheets (their lines repeat)."""
        return f"{self.sheet}!{self.line}" if self.sheet else self.line

    @property
    def place(self) -> str:
        """「12行目」, or 「シート「北地区」12行目」."""
        return row_place(self.sheet, self.line)

    @property
    def duplicate_of_place(self) -> str:
        if self.duplicate_of_line is None:
            return ""
        return row_place(self.duplicate_of_sheet, self.duplicate_of_line)

    @property
    def change_labels(self) -> tuple[str, ...]:
        """What an update changes, as the preview names it: 「紹介文」, 「受入状況（要相談→受け
        入れ可）」."""
        found = []
        for name in self.update_changes:
            label = labels.LISTING_FIELDS.get(name, name)
            if name == "intake_status":
                label = labels.IMPORT_INTAKE_CHANGE_LABEL.format(
                    field=label, old=_intake_label(self.intake_was), new=_intake_label(self.intake)
                )
            found.append(label)
        return tuple(found)

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of_line is not None or self.existing_id is not None

    @property
    def same_activity_notes(self) -> tuple[RowIssue, ...]:
        """The warnings saying which listing (or earlier row) the row is the same activity as
        (said among the duplicates)."""
        said = {
            labels.IMPORT_DUPLICATE_EXISTING.format(name=self.existing_name, id=self.existing_id)
        }
        in_file = labels.IMPORT_DUPLICATE_IN_FILE.removeprefix("{where}")
        return tuple(w for w in self.warnings if w.message in said or w.message.endswith(in_file))

    @property
    def to_check(self) -> tuple[RowIssue, ...]:
        """What to check before saving the row (「確認が必要なこと」): its warnings less the
        note that it is the same activity. The preview page and the command count these."""
        same = self.same_activity_notes
        return tuple(w for w in self.warnings if w not in same)

    @property
    def choices(self) -> tuple[Action, ...]:
        """The decisions the user may take for this row."""
        if self.action is Action.REJECT:
            return ()
        if self.existing_id is not None and self.ended:
            # The list says the activity it already has ended: keep it, or take it out.
            return (Action.SKIP, Action.ARCHIVE)
        if self.existing_id is not None:
            return (Action.SKIP, Action.UPDATE, Action.CREATE)
        if self.duplicate_of_line is not None:
            return (Action.SKIP, Action.CREATE)
        return (Action.CREATE, Action.SKIP)


def _intake_label(intake: IntakeStatus | None) -> str:
    return labels.INTAKE_STATUS[intake] if intake else labels.IMPORT_INTAKE_UNSET


@dataclass(frozen=True)
class ImportOptions:
    """The choices of the person importing (CLI flags, upload form)."""

    organization: str = ""  # 団体名 for rows that name none
    categories: tuple[str, ...] = ()  # category codes for rows that name none
    on_duplicate: Action = Action.SKIP
    publish: bool = True  # False: keep new listings as drafts, changes as pending revisions
    # The municipality the directory is of (TSUNAGARI_MUNICIPALITY_CODE): the last resort for
    # an address written without its 市区町村 when the file says none either.
    municipality: Municipality | None = None


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlannedRow, ...]
    mapping: ColumnMapping
    options: ImportOptions
    encoding: str = ""
    file_warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # the notes under the table, passed over (one message a line)
    # The file's data rows: more than ``rows`` when an activity is written on two rows.
    data_rows: int = 0

    @property
    def continued_rows(self) -> int:
        """Data rows folded into the activity above them (「データ 8行（活動 6件）」)."""
        return max(self.data_rows - len(self.rows), 0)

    @property
    def ended(self) -> tuple[PlannedRow, ...]:
        """Rows the list says ended (廃止・終了): listed with why, not imported by default."""
        return tuple(r for r in self.rows if r.ended and not r.is_duplicate)

    @property
    def websites(self) -> dict[str, str]:
        """The homepage of each organization the plan would create, from its first row that
        gives one (a new 団体's ウェブサイト; an existing one's profile is its own to change)."""
        known = {organization_key(name) for name in self._known_organizations}
        found: dict[str, str] = {}
        for row in self.rows:
            if (
                row.action is Action.CREATE
                and row.website
                and row.organization not in found
                and organization_key(row.organization) not in known
            ):
                found[row.organization] = row.website
        return found

    @property
    def counts(self) -> Counter[Action]:
        return Counter(r.action for r in self.rows)

    @property
    def fingerprint(self) -> str:
        """What a person approved: the number of rows of each action. Planned again before
        saving, a different fingerprint means the directory changed since the preview."""
        counts = self.counts
        return ",".join(f"{a.value}:{counts[a]}" for a in sorted(counts, key=lambda a: a.value))

    @property
    def rejected(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is Action.REJECT)

    @property
    def duplicates(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.is_duplicate and r.action is not Action.REJECT)

    def with_action(self, action: Action) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action is action)

    @property
    def warned(self) -> tuple[PlannedRow, ...]:
        """Rows imported with something to check (duplicates are listed on their own)."""
        return tuple(
            r
            for r in self.rows
            if r.warnings
            and not r.is_duplicate
            and r.action is not Action.REJECT
            and not (r.ended and r.action is Action.SKIP)
        )

    @property
    def updates_to_check(self) -> tuple[PlannedRow, ...]:
        """The updates with something to check beside what they change (「更新する活動のうち
        N件に確認が必要なことがあります」)."""
        return tuple(r for r in self.with_action(Action.UPDATE) if r.to_check)

    @property
    def new_organizations(self) -> tuple[str, ...]:
        known = {organization_key(name) for name in self._known_organizations}
        wanted = {r.organization for r in self.rows if r.action is Action.CREATE}
        return tuple(sorted(name for name in wanted if organization_key(name) not in known))

    _known_organizations: tuple[str, ...] = ()

    def decide(
        self, decisions: Mapping[int | str, Action | str], *, ignore_invalid: bool = False
    ) -> ImportPlan:
        """The plan with the user's decisions (``PlannedRow.key``: the line, or 「北地区!12」
        → action) for the rows that allow them.

        A decision a row does not allow raises ``ValueError``, or is ignored with
        ``ignore_invalid`` (a form may send anything)."""
        rows = []
        for row in self.rows:
            wanted = decisions.get(row.key)
            if wanted is not None:
                allowed = {choice.value: choice for choice in row.choices}
                action = allowed.get(Action(wanted).value if isinstance(wanted, Action) else wanted)
                if action is None:
                    if not ignore_invalid:
                        raise ValueError(f"{row.place}には「{wanted}」を選べません")
                else:
                    row = replace(row, action=action)
            rows.append(row)
        return replace(self, rows=tuple(rows))

    @property
    def unchanged_count(self) -> int:
        """Rows passed over because their listing already says the same (「変更なし」)."""
        return sum(1 for r in self.rows if r.action is Action.SKIP and r.unchanged)

    def summary(self) -> str:
        counts, unchanged = self.counts, self.unchanged_count
        return (
            f"新規登録 {counts[Action.CREATE]}件・更新 {counts[Action.UPDATE]}件・"
            + (f"掲載終了 {counts[Action.ARCHIVE]}件・" if counts[Action.ARCHIVE] else "")
            + (f"変更なし {unchanged}件・" if unchanged else "")
            + f"読み込まない {counts[Action.SKIP] - unchanged}件・エラー {counts[Action.REJECT]}件"
        )


# ---- normalisation of single values -------------------------------------------------------

_SPLIT = re.compile(r"[;；,，、/／\n]+")
_NAME_NOISE = re.compile(r"[\s・･「」『』()（）【】\[\]\-ー‐－_.,、。]")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def organization_key(name: str) -> str:
    """An organization name as matched: 全角/半角 and spaces folded (「（」 and 「(」 are one)."""
    return "".join(_nfkc(name).split())


def normalized_name(text: str) -> str:
    """The name as compared for duplicates: 全角/半角, case, spaces and brackets folded."""
    return _NAME_NOISE.sub("", _nfkc(text).casefold())


def _number(text: str) -> float:
    cleaned = _nfkc(text).replace(",", "").replace("円", "").replace("名", "").replace("人", "")
    return float(cleaned.strip())


# 定員 written per session of a series: 「各回10組」「1回20名」「毎回15人」.
_EACH_SESSION = re.compile(r"(?:各回|毎回|1回(?:につき|あたり)?|1日(?:につき|あたり)?)\s*")
_PRIVATE_ADDRESS = re.compile(r"非公開|非公表|個人宅のため|お問い合わせください|問い合わせ")
_DEPARTMENT = re.compile(r"(?:課|係)(?:[（(].*[)）])?$")
_YES = re.compile(r"(?:あり|有|有り|実施|実施している|実施中|する|○|〇|◯|はい|yes|Yes|YES|1)")
_CONDITION_TARGETS = (
    ("everyone", re.compile(r"どなたでも|誰でも|だれでも|制限なし|どなたも")),
    (
        "children",
        re.compile(
            r"子ども|子供|こども|児童|小学生|中学生|高校生|未就学|親子|乳幼児|幼児|乳児|赤ちゃん"
            r"|多胎児|(?<![0-9])[0-9]\s*[~〜～-]\s*[0-9]\s*歳"  # 「0～3歳の親子」
        ),
    ),
    ("parents", re.compile(r"保護者|親子|子育て")),
    ("seniors", re.compile(r"高齢者|シニア|65歳以上")),
    ("disability", re.compile(r"障害|障がい|障碍")),
    ("youth", re.compile(r"若者|青少年")),
    ("carers", re.compile(r"介護者|介護をしている|介護している")),  # 「介護をしている家族」
)
# Columns that become a line of the description: (field, label).
# A 募集一覧's 締切・募集期間 column (headers.py reads it as the 予約・申込 note).
_DEADLINE_HEADER = re.compile(r"締切|締め切り|〆切|期限|募集期間|申込期間|受付期間")
_RESERVATION_REQUIRED = re.compile(r"要予約|予約制|予約が必要|要申込|事前予約")
_NOTE_FIELDS = (
    (F.DISTRICT, "地区"),
    (F.PARTICIPANTS, "参加人数"),
    (F.CONDITIONS, "参加条件"),
    (F.AGES, labels.IMPORT_AGES_NOTE),
    (F.RESERVATION, "予約"),
    (F.SCHOOL_DISTRICT, "学区"),
)
_COST_COLUMNS = (
    (F.COST_INFANT, "幼児"),
    (F.COST_ELEMENTARY, "小学生"),
    (F.COST_JUNIOR_HIGH, "中学生"),
    (F.COST_HIGH_SCHOOL, "高校生"),
    (F.COST_ADULT, "大人"),
)


def _lacks_city(address: str, city: str, prefecture: str) -> bool:
    """Whether an address is written without its 市区町村 (「日吉本町1-2-3」 in 横浜市港北区).

    With the prefecture known, a 市区町村 the address starts with counts only when it is one of
    that prefecture's: 「大和町1-2-3」 of 土浦市 is a 町 of the city, not 宮城県's 大和町, and
    「北区中之島」 of 大阪市 is its ward, not 東京都北区."""
    parent = re.match(r"^(.+?[市区町村])", city)
    if any(name in address for name in {city, parent.group(1) if parent else city}):
        return False
    return not (prefecture and is_municipality_of(prefecture, parse_address(address).city))


def _municipality(values: Mapping[ImportField, str]) -> tuple[str, str]:
    """(prefecture, city) of a row from its 都道府県名・市区町村名 (or 地方公共団体名, which may
    be 「茨城県土浦市」 or a prefecture alone) and, failing them, its 団体コード."""
    prefecture, city = _nfkc(values.get(F.PREFECTURE, "")), _nfkc(values.get(F.CITY, ""))
    if written := next((p for p in PREFECTURES if city.startswith(p)), ""):
        prefecture, city = prefecture or written, city[len(written) :].strip()
    if not (prefecture and city) and (code := _nfkc(values.get(F.MUNICIPALITY_CODE, ""))):
        coded = municipality_from_code(code)
        if not prefecture or coded.prefecture == prefecture:
            prefecture, city = coded.prefecture or prefecture, city or coded.city
    if city and not prefecture:
        prefecture = prefecture_of(city)
    return prefecture, city


FILE_CITY_SHARE = 0.8  # of the addresses that name a 市区町村, how many name the same one


def file_municipality(table: Table, mapping: ColumnMapping) -> tuple[str, str]:
    """(prefecture, city) most of a file's addresses that name a 市区町村 name: the city of a
    list whose other rows leave it out (「土浦市桜町1-16-12」 above 「神立町1234-5」). ("", "")
    when none names one, or when they name several."""
    index = mapping.column_of(F.ADDRESS)
    if index is None:
        return "", ""
    counts: Counter[tuple[str, str]] = Counter()
    wards: set[str] = set()
    for row in table.rows:
        address = re.sub(r"^〒?\s*\d{3}-?\d{4}\s*", "", _nfkc(table.value(row, index)))
        written = parse_address(address)
        if not written.prefecture and re.fullmatch(r"[^市]+区", written.city):
            wards.add(written.city)
        if written.prefecture and is_municipality_of(written.prefecture, written.city):
            counts[(written.prefecture, written.city)] += 1
        elif not written.prefecture and re.search(r"[市区]$|郡", written.city):
            # (a bare 「大和町」 is as likely a 町 of the city as 宮城県's 大和町: not counted)
            if prefecture := prefecture_of(written.city):
                counts[(prefecture, written.city)] += 1
    # 「中央区千葉港」「稲毛区穴川」 of a 政令指定都市's list that never writes 千葉市: the city whose
    # wards they are, not 東京都中央区 (the one municipality named 中央区) for every row.
    if (wards_city := city_of_wards(wards)).city:
        return wards_city.prefecture, wards_city.city
    if not counts:
        return "", ""
    (found, count), total = counts.most_common(1)[0], counts.total()
    if count >= FILE_CITY_SHARE * total:
        return found
    # 「札幌市中央区…」「札幌市北区…」「札幌市東区…」: no one ward, but one city, 札幌市
    cities: Counter[tuple[str, str]] = Counter()
    for (prefecture, name), n in counts.items():
        cities[(prefecture, listed_city(name))] += n
    (found, count), total = cities.most_common(1)[0], cities.total()
    return found if count >= FILE_CITY_SHARE * total else ("", "")


def title_municipality(table: Table) -> tuple[str, str]:
    """(prefecture, city) a list's title rows name (「令和6年度　釧路市 通いの場一覧」), for its
    addresses written without it; ("", "") when they name none or several."""
    titles = [" ".join(c.strip() for c in row.cells if c.strip()) for row in table.above]
    found = named_in_title(titles)
    return found.prefecture, found.city


DIRECTORY_SAMPLE = 500  # the published listings whose addresses say the directory's city


def directory_municipality(session: Session) -> tuple[str, str]:
    """(prefecture, city) the directory's published listings are in, when most of those whose
    address names a 市区町村 name the same one (``FILE_CITY_SHARE``): a town's own list of
    「神立町1234-5」 completed without TSUNAGARI_MUNICIPALITY_CODE having been set. ("", "")
    for a new directory, or one spread over several cities."""
    addresses = session.scalars(
        select(Location.address)
        .join(Listing, Listing.id == Location.listing_id)
        .where(Listing.status == ListingStatus.PUBLISHED, Location.address != "")
        .order_by(Listing.id.desc())
        .limit(DIRECTORY_SAMPLE)
    )
    counts: Counter[tuple[str, str]] = Counter()
    for address in addresses:
        written = parse_address(_nfkc(address))
        if written.prefecture and is_municipality_of(written.prefecture, written.city):
            counts[(written.prefecture, written.city)] += 1
    if not counts:
        return "", ""
    (found, count), total = counts.most_common(1)[0], counts.total()
    return found if count >= FILE_CITY_SHARE * total else ("", "")


# A place's name and its address in one cell: 「道後公民館（松山市道後町2-5-3）」, or on two
# lines, or after a space (「久米公民館 松山市鷹子町1028」).
_PLACE_THEN_ADDRESS = (
    re.compile(r"(?P<place>[^()\n]+?)\s*\((?P<address>[^()]+)\)"),
    re.compile(r"(?P<place>[^\n]+?)\s*\n\s*(?P<address>.+)", re.DOTALL),
    re.compile(r"(?P<place>\S+)\s+(?P<address>\S+)"),
    # the two lines of a 会場 cell made one (``_ONE_LINE``): after the word a place ends with
    re.compile(
        r"(?P<place>.+?(?:公民館|会館|集会所|集会場|センター|ホール|プラザ|ハウス|館|荘))"
        r"(?P<address>.+)"
    ),
)


def place_and_address(text: str) -> tuple[str, str] | None:
    """(place, address) of a cell that gives both, the address naming its 市区町村 (or
    prefecture) and the place none and no number; None for an address alone (「桜町1-16-12
    桜町会館2階」 keeps its building after it, as before)."""
    for pattern in _PLACE_THEN_ADDRESS:
        if (found := pattern.fullmatch(text.strip())) is None:
            continue
        place, address = found.group("place").strip(), found.group("address").strip()
        written = parse_address(address)
        named = written.prefecture or (
            re.search(r"[市区町村]$", written.city) and prefecture_of(written.city)
        )
        place_city = parse_address(place).city
        if place_city and not prefecture_of(place_city) and place_city.endswith("地区"):
            place_city = ""  # 「賀露地区公民館」: a 地区's hall, no 区 of a city
        if named and not re.search(r"\d", place) and not place_city:
            return place, " ".join(address.split())
        if (
            pattern is _PLACE_THEN_ADDRESS[0]
            and (written.town or written.city)
            and len(written.numbers) >= 2
            and not written.rest
            and not re.search(r"\d", place)
        ):
            # 「堺市総合福祉会館（堺区南瓦町2-1）」「北区役所（北区新金岡町5-1-4）」: a 町 and its
            # 番地 in the bracket, of the list's own city (the place may name it)
            return place, " ".join(address.split())
    return None


def complete_address(address: str, prefecture: str, city: str) -> str:
    """An address written without its 都道府県 or 市区町村, completed from the row's own columns
    (「北区中之島1丁目3-20」 of 大阪府大阪市 → 「大阪府大阪市北区中之島1丁目3-20」). An address with
    its prefecture is as written; a 市区町村 already there is not added twice."""
    if not address or parse_address(address).prefecture:
        return address
    written = parse_address(address).city
    if (
        "市" in written
        and (own := prefecture_of(written))
        and not is_municipality_of(prefecture, written)
    ):
        # 「札幌市中央区南1条西1丁目1」 in a 土浦市 directory: 札幌市's, never 「土浦市札幌市…」
        return f"{own}{address}"
    if city and _lacks_city(address, city, prefecture):
        return f"{prefecture}{city}{address}"
    if prefecture and is_municipality_of(prefecture, parse_address(address).city):
        return f"{prefecture}{address}"
    return address


def is_city_department(name: str) -> bool:
    """「子育て支援課」「福祉係」: a part of a city office named alone, as a list's contact.

    A name that says whose office it is (「土浦市 障害福祉課」) is an organization of the
    directory like any other (a city does run activities); so is any name already there."""
    folded = _nfkc(name)
    if re.search(r"会|団|クラブ|法人", folded) or re.search(
        r"[都道府県市区町村]\s|役所|役場", folded
    ):
        return False
    return bool(_DEPARTMENT.search(folded)) and not re.match(r"^\S+?[市区町村]", folded)


def _fee(text: str) -> str:
    """A fee of one age as a person reads it: a bare number is yen (「0」 → 「無料」, 「200」 →
    「200円」); a fee with its own words (「100円」「実費」「無料」) is kept as written."""
    folded = _nfkc(text)
    if not re.fullmatch(r"[0-9][0-9,]*", folded):
        return text
    return "無料" if int(folded.replace(",", "")) == 0 else f"{folded}円"


def _cost_text(values: Mapping[ImportField, str]) -> tuple[str, int | None]:
    """参加費 per age → one text (「幼児 無料・小学生 100円・大人 300円」), and the child's yen."""
    parts = [f"{label} {_fee(values[f])}" for f, label in _COST_COLUMNS if values.get(f)]
    text = "・".join(parts)
    if note := values.get(F.COST_TEXT, ""):
        text = f"{text}（{note}）" if text else note
    child = next(
        (y for f in (F.COST_ELEMENTARY, F.COST_JUNIOR_HIGH, F.COST_INFANT)
         if (y := amounts.yen_of(values.get(f, ""))) is not None),
        None,
    )  # fmt: skip
    return text, child


_PHONE_IN_TEXT = re.compile(r"(?<![0-9])0[0-9]{1,4}[-(]?[0-9]{1,4}[-)][0-9]{3,4}(?![0-9])")
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_LABEL = re.compile(r"(?:TEL|Tel|tel|電話|☎)\s*[:：]?")
_DMS = re.compile(
    r"(?P<hemi>[NSEW北南東西]?)\s*(?:北緯|南緯|東経|西経)?\s*(?P<d>[0-9]+(?:\.[0-9]+)?)\s*[°度]"
    r"\s*(?:(?P<m>[0-9]+(?:\.[0-9]+)?)\s*['′分])?\s*(?:(?P<s>[0-9]+(?:\.[0-9]+)?)\s*(?:\"|″|′′|''|秒))?"
)
_HEMISPHERE = re.compile(r"(?:[NSEW]|北緯|南緯|東経|西経)\s*(?P<value>[0-9]+(?:\.[0-9]+)?)")


def degrees_of(text: str) -> float | None:
    """Decimal degrees of a coordinate written in degrees, minutes and seconds (「36°4'43.2"」,
    「36度4分43秒」, 「北緯36度4分」) or with its hemisphere (「N36.0812」); None for anything
    else (a plain number is read as a number; 「北緯36度」 without its minutes is no place).
    South and west are negative."""
    folded = _nfkc(text).replace("’", "'").replace("”", '"')
    match = _DMS.fullmatch(folded)
    if match is not None and match.group("m") is not None:  # 「36度」 alone is 100 km wide
        value = float(match.group("d")) + float(match.group("m") or 0) / 60
        value += float(match.group("s") or 0) / 3600
        south_west = match.group("hemi") in ("S", "W", "南", "西") or re.match(r"南緯|西経", folded)
        return round(-value if south_west else value, 6)
    match = _HEMISPHERE.fullmatch(folded)
    if match is not None:
        value = float(match.group("value"))
        return -value if folded[0] in "SW" or folded.startswith(("南緯", "西経")) else value
    return None


def _phone(text: str) -> str:
    """A phone number as written; one Excel kept as a number (298210001) gets back the 0 every
    Japanese number starts with."""
    folded = _nfkc(text)
    if re.fullmatch(r"[1-9]\d{8,9}", folded):
        return f"0{folded}"
    return folded


# A telephone written without its 市外局番, as a town's own list does (「41-0033」「32-0103」),
# and the 市外局番 the other rows write (「0154-51-0011」「0154(37)0022」); not a mobile's,
# free dial's or IP phone's.
_LOCAL_NUMBER = re.compile(r"([1-9]\d{0,3})[-(（)）]+(\d{4})(?![\d-])(.*)")
_AREA_CODE = re.compile(r"(?<![\d-])(0(?![5789]0|120)\d{1,4})(?:-|\()\d{1,4}[-)]\d{4}")
AREA_CODE_SHARE = 0.8  # of the numbers with a 市外局番, how many write the same one


def file_area_code(table: Table, mapping: ColumnMapping) -> str:
    """The 市外局番 most of a file's telephone numbers have (「0154」), for the numbers written
    without it; "" when they have several, or none."""
    index = mapping.column_of(F.CONTACT_PHONE)
    if index is None:
        return ""
    counts = Counter(
        code for row in table.rows for code in _AREA_CODE.findall(_nfkc(table.value(row, index)))
    )
    if not counts:
        return ""
    code, count = counts.most_common(1)[0]
    return code if count >= AREA_CODE_SHARE * counts.total() else ""


def with_area_code(phone: str, code: str) -> str:
    """「41-0033」 with the file's 市外局番 0154: 「0154-41-0033」 (ten digits, as every fixed line
    in Japan has); ``phone`` as written when it is no such number or the digits do not add up."""
    local = _LOCAL_NUMBER.fullmatch(phone)
    if not (local and code) or len(code) + len(local.group(1)) + 4 != 10:
        return phone
    return f"{code}-{local.group(1)}-{local.group(2)}{local.group(3)}"


def _postal(text: str) -> str | None:
    digits = re.sub(r"[〒\s\-‐－ー−]", "", _nfkc(text))
    if not digits:
        return ""
    if re.fullmatch(r"[4-9]\d{5}", text.strip()):
        digits = f"0{digits}"  # 0600001 kept as a number by Excel: 北海道's leading 0 lost
    if not re.fullmatch(r"\d{7}", digits):
        return None
    return f"{digits[:3]}-{digits[3:]}"


def _time_text(text: str) -> str:
    text = _nfkc(text)
    match = re.fullmatch(r"(\d{1,2})[:時](\d{2})?(?::\d{2})?分?", text)
    if match:
        return f"{int(match.group(1))}:{match.group(2) or '00'}"
    return text


_SERIAL = re.compile(r"\d+(?:\.\d+)?")
_DATE_FIELDS = frozenset({F.START_DATE, F.END_DATE})
_TIME_FIELDS = frozenset({F.START_TIME, F.END_TIME})
# A number in a date column that is a date before 1950 or after 2100 is not a date Excel kept
# as a number (a 「1」 meant as the 1st stays as written).
_SERIAL_DATES = (date(1950, 1, 1), date(2100, 1, 1))
_LARGEST_SERIAL = 2_958_465  # 9999-12-31


def excel_serial_text(meaning: ImportField, text: str, *, date1904: bool = False) -> str:
    """A date or time cell of an .xlsx that Excel kept as a plain number (General format):
    開始日 45383 → 2024-04-01, 開始時間 0.4166666667 → 10:00 (the day's fraction, to the minute).
    Only date and time columns are read so; any other number stays as written.

    ``date1904``: the workbook counts days from 1904 (Excel for Mac; ``Table.date1904``), where
    2024-04-01 is 43921: read from 1900 it would be four years and a day early."""
    if meaning not in _DATE_FIELDS | _TIME_FIELDS or not _SERIAL.fullmatch(text):
        return text
    value = float(text)
    if meaning in _DATE_FIELDS:
        if value > _LARGEST_SERIAL:
            return text
        # imported here: only .xlsx rows need it
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

        day = from_excel(int(value), epoch=CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900)
        if not isinstance(day, datetime) or not _SERIAL_DATES[0] <= day.date() < _SERIAL_DATES[1]:
            return text
        return day.date().isoformat()
    if value.is_integer():
        return text  # 「10」 in a time column: an hour as written, not midnight
    minutes = round((value % 1) * 24 * 60)
    return f"{minutes // 60}:{minutes % 60:02d}" if minutes < 24 * 60 else text


# バリアフリー情報: phrases our export writes (labels.ACCESSIBILITY) and those lists commonly
# use (車いす可, 車椅子対応, 多目的トイレ, 駐車場あり). A phrase saying 「なし」 sets nothing, a
# toilet phrase is about the toilet alone, and a phrase saying more than the flag stays a note.
_NEGATED = re.compile(r"なし|無し|ありません|不可|できません|非対応|×")
_WHEELCHAIR = r"(?:車[いイ][すス]|車椅子|くるまいす)"
_ACCESSIBILITY_PHRASES = (
    ("accessible_toilet", rf"(?:多目的|多機能|だれでも|誰でも|バリアフリー|{_WHEELCHAIR}(?:用|対応))トイレ"),
    ("wheelchair", _WHEELCHAIR),
    ("pickup", r"送迎"),
    ("parking", r"駐車場"),
)  # fmt: skip
_SAYS_SO = r"(?:で利用できます|で利用可能?|があります|あり|有り?|可能?|対応|利用可|完備|OK)?"


def barrier_free_flags(text: str) -> tuple[frozenset[str], list[str]]:
    """(the accessibility flags ``text`` names, the phrases that say more or other things)."""
    flags: set[str] = set()
    unread: list[str] = []
    for phrase in re.split(r"[。、,;/\n]+", _nfkc(text)):
        phrase = phrase.strip(" ・")
        if not phrase:
            continue
        found = next((f for f, words in _ACCESSIBILITY_PHRASES if re.search(words, phrase)), None)
        if found is not None and not _NEGATED.search(phrase):
            flags.add(found)
            words = dict(_ACCESSIBILITY_PHRASES)[found]
            if re.fullmatch(words + _SAYS_SO, phrase):
                continue
        unread.append(phrase)
    return frozenset(flags), unread


def _date_text(text: str) -> str:
    text = _nfkc(text)
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s.*)?", text)
    if match:
        return f"{int(match.group(1))}年{int(match.group(2))}月{int(match.group(3))}日"
    return text


def _weekdays_text(text: str) -> str:
    text = _nfkc(text)
    if re.fullmatch(r"[月火水木金土日祝]{2,}", text):  # 「月火水木金土」: one weekday a character
        return "・".join(text)
    return "・".join(p for p in _SPLIT.split(text.replace(" ", "、")) if p)


_WEEKDAY_AFTER = re.compile(r"\s*\(([月火水木金土日])\)$")


def _weekday_of_date(text: str) -> str:
    """The weekday of a one-date cell (「2026年12月12日」「2026年12月12日(土)」), or ""."""
    day = _date_value(_WEEKDAY_AFTER.sub("", text)) if text else None
    return WEEKDAY_LABELS[day.weekday()] if day else ""


def _with_weekday(text: str) -> str:
    return text if _WEEKDAY_AFTER.search(text) else f"{text}({_weekday_of_date(text)})"


def compose_schedule(
    values: Mapping[ImportField, str], *, facility: bool = False, today: date | None = None
) -> str:
    """One schedule text from the layout's schedule columns.

    When 特記事項 already says everything the other columns say (our own exports write the
    full text there), it is taken alone, so an export imports back to the same text. Dates are
    said when they are what our イベント一覧 export derives from the note: the period of its
    specific dates, or one day a recurring schedule meets (``exporting.event_period``).

    ``facility`` (公共施設一覧): 利用可能曜日・開始時間・終了時間 spanning ``HOURS_FROM_MINUTES`` or
    more are the facility's opening hours (「利用時間：月〜金 9:00〜17:00」), not a meeting; a
    shorter span is an activity's time, as our own exports of activities write it.

    ``today``: the day the list is read, to read the note on (a date without its year);
    default: the machine's date.
    """
    reference = today or date.today()
    note = values.get(F.SCHEDULE_NOTE, "")
    if schedule := values.get(F.SCHEDULE):
        # 開催日時 and its 特記事項 (「※12月は第2土曜日に変更」): one text, the note after it.
        return f"{schedule} {note}" if note and _nfkc(note) not in _nfkc(schedule) else schedule
    start_date = _date_text(values.get(F.START_DATE, ""))
    end_date = _date_text(values.get(F.END_DATE, ""))
    weekdays = _weekdays_text(values.get(F.WEEKDAYS, ""))
    start, end = _time_text(values.get(F.START_TIME, "")), _time_text(values.get(F.END_TIME, ""))
    folded_note = _nfkc(note)

    def said(piece: str) -> bool:
        return not piece or piece in folded_note or piece.lstrip("0") in folded_note

    weekday_chars = [c for c in weekdays if c in WEEKDAY_LABELS]
    dates_said = not start_date or _same_dates(
        note, values.get(F.START_DATE, ""), values.get(F.END_DATE, ""), reference
    )
    # (こども食堂一覧: 開催頻度・開催日 say what no note repeats; the columns come first.)
    columns_only = values.get(F.FREQUENCY) or values.get(F.MEETING_DAYS)
    if note and dates_said and not columns_only:
        days_said = all(said(c) for c in weekday_chars) or _same_days(
            note, weekday_chars, reference
        )
        if days_said and ((said(start) and said(end)) or _same_times(note, start, end, reference)):
            return note
    parts = []
    if frequency := _nfkc(values.get(F.FREQUENCY, "")):
        parts.append(frequency)
    days = _date_text(values.get(F.MEETING_DAYS, ""))  # a date an .xlsx keeps: 2024-04-20
    one_day = re.sub(r"曜日?$", "", weekdays)
    if one_day in WEEKDAY_LABELS and end_date in ("", start_date):
        # 開催日「12月12日」 曜日「土」: that date's weekday, no meeting every 土曜日.
        if _weekday_of_date(start_date) == one_day:
            start_date, weekdays = _with_weekday(start_date), ""
        elif _weekday_of_date(days) == one_day:
            days, weekdays = _with_weekday(days), ""
    if start_date:
        parts.append(start_date if end_date in ("", start_date) else f"{start_date}〜{end_date}")
    if days and weekdays and re.search(r"(第[0-9・、,\s〜~-]+|最終|毎週|隔週)$", days):
        parts.append(f"{days}{weekdays}")  # 開催日「第2・第4」 + 開催曜日「土」
    else:
        parts.extend(p for p in (days, weekdays) if p)
    if start or end:
        parts.append(f"{start}〜{end}" if end else f"{start}〜")
    if facility and parts and _minutes(end) - _minutes(start) >= HOURS_FROM_MINUTES:
        parts[0] = f"利用時間：{parts[0]}"
    if note:
        parts.append(note)
    if closed := _nfkc(values.get(F.CLOSED_DAYS, "")):
        parts.append(f"{labels.IMPORT_CLOSED_DAYS}：{closed}")
    return " ".join(parts)


HOURS_FROM_MINUTES = 6 * 60  # a facility open 9:00〜17:00; an activity meets 13:30〜15:30


def _minutes(text: str) -> int:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    return int(match.group(1)) * 60 + int(match.group(2)) if match else 0


_SCHEDULE_FIELDS = (
    F.SCHEDULE, F.SCHEDULE_NOTE, F.START_DATE, F.END_DATE, F.WEEKDAYS, F.START_TIME, F.END_TIME,
    F.FREQUENCY, F.MEETING_DAYS, F.CLOSED_DAYS,
)  # fmt: skip


def _schedule_text(
    values: Mapping[ImportField, str],
    memo: dict[tuple[str, ...], str],
    today: date,
    *,
    facility: bool = False,
) -> str:
    """:func:`compose_schedule`, once per distinct combination (a file repeats a few; the
    memo is a planner's, which reads the whole list on one ``today``)."""
    key = tuple([values.get(f, "") for f in _SCHEDULE_FIELDS])
    text = memo.get(key)
    if text is None:
        text = memo[key] = compose_schedule(values, facility=facility, today=today)
    return text


@functools.lru_cache(maxsize=4096)
def _parsed_note(note: str, today: date) -> ScheduleSpec:
    # A file repeats a handful of 特記事項 over thousands of rows; parse each once a day.
    return parse_schedule(note, today=today)


def _note_spec(note: str, today: date) -> ScheduleSpec:
    return _parsed_note(note, today)


def _same_days(note: str, weekday_chars: list[str], today: date) -> bool:
    """Whether the note, parsed, meets on every weekday the 曜日 column names (平日 = 月〜金)."""
    days = {d for r in _note_spec(note, today).rules for d in r.weekdays}
    return {WEEKDAY_LABELS.index(c) for c in weekday_chars} <= days


def _date_value(text: str) -> date | None:
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", _nfkc(text))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _same_dates(note: str, start_text: str, end_text: str, today: date) -> bool:
    """Whether 開始日/終了日 are what the note, parsed, gives: the first and last of its dates,
    or (a recurring schedule) one day it meets."""
    first = _date_value(start_text)
    last = _date_value(end_text) if end_text.strip() else first
    spec = _note_spec(note, today)
    if first is None or last is None or not spec.has_dates:
        return False
    if all(rule.kind is RuleKind.DATES for rule in spec.rules):
        dates = sorted(day for rule in spec.rules for day in rule.dates)
        return (dates[0], dates[-1]) == (first, last)
    upcoming = next_occurrences(spec, first, 1)
    return first == last and bool(upcoming) and upcoming[0].day == first


def _same_times(note: str, start: str, end: str, today: date) -> bool:
    """Whether the note, parsed, starts and ends when the time columns say (10時 = 10:00)."""
    timed = next((r.times for r in _note_spec(note, today).rules if r.times is not None), None)
    if timed is None:
        return False

    def text(value: object) -> str:
        return f"{value.hour}:{value.minute:02d}" if value is not None else ""  # type: ignore[attr-defined]

    return text(timed.start) == start and (not end or text(timed.end) == end)


# ---- geocoding each distinct address once ---------------------------------------------------


class CachingGeocoder:
    """Asks the wrapped geocoder once per distinct address (a file repeats 公民館 addresses)."""

    def __init__(self, inner: Geocoder) -> None:
        self.inner = inner
        self.name = inner.name
        self._cache: dict[str, Geocoded] = {}

    def geocode(self, address: str) -> Geocoded:
        found = self._cache.get(address)
        if found is None:
            found = self._cache[address] = self.inner.geocode(address)
        return found


# ---- duplicates ---------------------------------------------------------------------------


@dataclass
class _Known:
    line: int | None
    listing_id: int | None
    name: str
    lat: float | None
    lon: float | None
    address_key: str
    precision: str = LocationPrecision.UNKNOWN.value
    sheet: str = ""
    phone_keys: tuple[str, ...] = ()  # contacts.phone_keys of its phone cell (FAX left out)

    @property
    def precise(self) -> bool:
        """A point of a 町丁目 or finer: two of them 200 m apart are likely one place."""
        return LocationPrecision(self.precision).is_town_or_finer


@functools.lru_cache(maxsize=65_536)
def _address_key(address: str) -> str:
    parts = parse_address(address)
    # Without block numbers an address names a whole 町: too coarse to call two places one.
    return parts.key if parts.numbers else ""


def _metres(a: _Known, lat: float | None, lon: float | None) -> float:
    if a.lat is None or a.lon is None or lat is None or lon is None:
        return math.inf
    # Equirectangular: exact to well under a metre at a few hundred metres.
    x = math.radians(lon - a.lon) * math.cos(math.radians((lat + a.lat) / 2))
    y = math.radians(lat - a.lat)
    return 6_371_000 * math.hypot(x, y)


class _DuplicateFinder:
    def __init__(self, session: Session) -> None:
        self.by_name: dict[str, list[_Known]] = {}
        rows = session.execute(
            select(
                Listing.id,
                Listing.name,
                Location.lat,
                Location.lon,
                Location.address,
                Location.precision,
                Listing.contact_phone,
            )
            .outerjoin(Location, Location.listing_id == Listing.id)
            .where(Listing.status != ListingStatus.ARCHIVED)
        )
        for listing_id, name, lat, lon, address, precision, phone in rows:
            self._add(
                _Known(
                    None,
                    listing_id,
                    name,
                    lat,
                    lon,
                    _address_key(address or ""),
                    (precision or LocationPrecision.UNKNOWN).value,
                    phone_keys=contacts.phone_keys(phone or ""),
                )
            )

    def _add(self, known: _Known, name_key: str | None = None) -> None:
        key = normalized_name(known.name) if name_key is None else name_key
        self.by_name.setdefault(key, []).append(known)

    def find(self, row: PlannedRow) -> tuple[_Known | None, _Known | None]:
        """(the matching listing in the directory, the matching earlier row of the file)."""
        data = row.data
        assert data is not None  # noqa: S101 (only accepted rows are compared)
        name_key, key = row.match_key
        precise = LocationPrecision(data.precision).is_town_or_finer
        phones = set(contacts.phone_keys(data.contact_phone))
        existing = earlier = None
        names = dict.fromkeys([name_key, *(normalized_name(n) for n in row.former_names)])
        for known in (k for n in names for k in self.by_name.get(n, [])):
            # Distance only between two points of a 町丁目 or finer: two 大字 or 市区町村
            # points say nothing about the places (every 渋谷区 address once had one point).
            near = precise and known.precise
            same_place = (key and key == known.address_key) or (
                near and _metres(known, data.lat, data.lon) <= DUPLICATE_DISTANCE_M
            )
            # One phone number however written, where the places do not tell them apart: any
            # of the row's telephones (「090-…（代表）、0258-35-0000」 and 「0258-35-0000」 are one).
            same_phone = (
                not phones.isdisjoint(known.phone_keys)
                and not (key and known.address_key and key != known.address_key)
                and not near
            )
            if not (same_place or same_phone):
                continue
            if known.listing_id is not None and existing is None:
                existing = known
            elif known.line is not None and earlier is None:
                earlier = known
        return existing, earlier

    def remember(self, row: PlannedRow) -> None:
        data = row.data
        assert data is not None  # noqa: S101 (only accepted rows are remembered)
        name_key, key = row.match_key
        self._add(
            _Known(
                row.line,
                None,
                data.name,
                data.lat,
                data.lon,
                key,
                data.precision,
                row.sheet,
                contacts.phone_keys(data.contact_phone),
            ),
            name_key,
        )


# ---- the planner --------------------------------------------------------------------------


@dataclass
class _Lookups:
    vocabulary: Vocabulary
    categories: dict[str, str]  # folded label or code → code
    targets: dict[str, str]
    organizations: tuple[str, ...]
    websites: dict[str, str] = field(default_factory=dict)  # organization_key → website

    @functools.cached_property
    def categories_as_said(self) -> dict[str, str]:
        """A category's label as a list may spell it (子ども食堂 for こども食堂) → its code."""
        return {analyzer.normalize(label): code for label, code in self.categories.items()}

    @functools.cached_property
    def organization_keys(self) -> frozenset[str]:
        return frozenset(organization_key(name) for name in self.organizations)


def _lookups(session: Session) -> _Lookups:
    from directory.models import Organization

    def table(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
        result: dict[str, str] = {}
        for code, label in rows:
            result[_nfkc(label).casefold()] = code
            result[_nfkc(code).casefold()] = code
        return result

    return _Lookups(
        vocabulary=Vocabulary.load(session),
        categories=table(session.execute(select(Category.code, Category.label)).all()),
        targets=table(session.execute(select(Target.code, Target.label)).all()),
        organizations=tuple(session.scalars(select(Organization.name))),
        websites={
            organization_key(name): website
            for name, website in session.execute(select(Organization.name, Organization.website))
        },
    )


# Which column a validation error of ListingData belongs to.
_FIELD_OF_DATA = {
    "name": F.NAME, "kana": F.KANA, "description": F.DESCRIPTION, "tags": F.TAGS,
    "categories": F.CATEGORIES, "targets": F.TARGETS, "schedule_text": F.SCHEDULE_NOTE,
    "place_name": F.PLACE_NAME, "address": F.ADDRESS, "postal_code": F.POSTAL_CODE,
    "lat": F.LAT, "lon": F.LON, "cost_text": F.COST_TEXT, "cost_yen": F.COST_YEN,
    "capacity": F.CAPACITY, "contact_name": F.CONTACT_NAME, "contact_phone": F.CONTACT_PHONE,
    "contact_email": F.CONTACT_EMAIL,
}  # fmt: skip


def plan_import(
    session: Session,
    table: Table,
    mapping: ColumnMapping,
    *,
    geocoder: Geocoder,
    options: ImportOptions | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Read every row into a ``PlannedRow``; the database is only read. ``today``: the day the
    list is read (a date cell's year left out, a list whose dates are all past), today's."""
    options = options or ImportOptions()
    lookups = _lookups(session)
    coder = geocoder if isinstance(geocoder, CachingGeocoder) else CachingGeocoder(geocoder)
    duplicates = _DuplicateFinder(session)
    provided = provided_fields(set(mapping.fields.values()))
    planner = _RowPlanner(
        mapping,
        options,
        lookups,
        coder,
        excel=table.encoding == "xlsx",
        date1904=table.date1904,
    )
    planner.home = file_municipality(table, mapping)
    if today is not None:
        planner.today = today
    planner.venues = places.venues_by_key(session)
    # 「※活動状況 ○：活動中 △：休止中 ×：廃止」 under the list (or 「凡例：◎活動中 ▲休止中」 above
    # it): what its 状況 marks say.
    notes = [*table.above, *table.notes, *(p.row for p in table.passed_rows if p.kind == "note")]
    planner.legend = mark_legend([" ".join(c for c in row.cells if c.strip()) for row in notes])
    if not {F.CONTACT_PHONE, F.CONTACT_NAME} & set(mapping.fields.values()):
        planner.list_contact = list_contact(" ".join(row.cells) for row in notes)
    planner.area_code = file_area_code(table, mapping)
    name_column = mapping.column_of(F.NAME)
    planner.list_category = list_category(
        (" ".join(c.strip() for c in row.cells if c.strip()) for row in table.above),
        mapping.headers[name_column] if name_column is not None else "",
    )
    if not planner.home[1]:  # the list says whose it is in its title
        planner.home = title_municipality(table)
    if not planner.home[1] and options.municipality is not None and options.municipality.city:
        planner.home = (options.municipality.prefecture, options.municipality.city)
    if not planner.home[1] and mapping.column_of(F.ADDRESS) is not None:
        planner.home = directory_municipality(session)  # no code set: where its listings are
    first, continued = _fold_continuations(planner, mapping, table.rows)
    planned = []
    for result in first:
        # Duplicates are found in file order, in this process: a row is compared with the
        # directory and with every row before it.
        if result.action is not Action.REJECT and result.data is not None and not result.ended:
            result = _with_duplicates(session, result, duplicates, options, provided)
            duplicates.remember(result)
        elif result.ended and result.data is not None:
            # An ended row names an activity the directory may still list: it is offered to be
            # taken out (掲載を終了), never updated from the row; later rows are not its copies.
            existing, _ = duplicates.find(result)
            if existing is not None and existing.listing_id is not None:
                result = replace(
                    result, existing_id=existing.listing_id, existing_name=existing.name
                )
        planned.append(result)
    return ImportPlan(
        rows=_with_websites(planned, lookups),
        mapping=mapping,
        options=options,
        encoding=table.encoding,
        data_rows=len(table.rows),
        file_warnings=mapping.warnings
        + _defaults_said(session, planner)
        + _stale(table, planned, planner.today),
        notes=continued
        + tuple(
            labels.IMPORT_PASSED_ROW[passed.kind].format(
                where=row_place(passed.row.sheet, passed.row.line),
                text=_shortened(" ".join(c.strip() for c in passed.row.cells if c.strip())),
            )
            for passed in table.passed_rows
        )
        + tuple(
            labels.IMPORT_NOTE_ROW.format(
                where=row_place(note.sheet, note.line),
                text=_shortened(" ".join(note.cells)),
            )
            for note in table.notes
        ),
        _known_organizations=lookups.organizations,
    )


def _defaults_said(session: Session, planner: _RowPlanner) -> tuple[str, ...]:
    """Said once above the rows, not on each: the 団体名 and 活動の種類 the rows took from the
    list itself (their own names, the list's title)."""
    said = []
    if planner.organization_from_name:
        unread = planner.mapping.unknown_headers
        said.append(
            labels.IMPORT_ORGANIZATION_FROM_NAME
            + (
                labels.IMPORT_ORGANIZATION_IN_UNREAD.format(
                    columns="・".join(f"「{h}」" for h in unread)
                )
                if unread
                else ""
            )
        )
    if planner.contact_from_list:
        whom, phone = planner.list_contact
        said.append(labels.IMPORT_CONTACT_FROM_LIST.format(contact=f"{whom} {phone}".strip()))
    if planner.category_from_list:
        said.append(_kinds_said(session, planner))
    return tuple(said)


def _kinds_said(session: Session, planner: _RowPlanner) -> str:
    """The note of the kind the rows took from the list's title, and of how many took another
    from their own name (「まるこ子ども食堂」 in a 高齢者の居場所一覧)."""
    code, words = planner.list_category
    counts = planner.kinds_from_list
    codes = [code, *(c for c, _n in counts.most_common() if c)]
    named: dict[str, str] = {
        c: label
        for c, label in session.execute(
            select(Category.code, Category.label).where(Category.code.in_(codes))
        )
    }
    own = [(named.get(c, c), n) for c, n in counts.most_common() if c]
    if not own:
        return labels.IMPORT_CATEGORY_FROM_LIST.format(said=words, label=named.get(code, code))
    return labels.IMPORT_CATEGORY_FROM_LIST_SOME.format(
        said=words,
        label=named.get(code, code),
        rows=counts.total(),
        taken=counts[""],
        others=sum(n for _label, n in own),
        kinds="、".join(labels.IMPORT_CATEGORY_ROWS.format(label=k, rows=n) for k, n in own),
    )


def _stale(table: Table, planned: list[PlannedRow], today: date) -> tuple[str, ...]:
    """The preview's words when every date of the list is past: last year's file."""
    said = stale_warning(
        (" ".join(row.cells) for row in table.above),
        (r.data.schedule_text for r in planned if r.data is not None and not r.ended),
        today,
    )
    return (said,) if said else ()


# What makes a row's schedule: a continuation row's own cells of these are its 開催日時.
_WHEN_FIELDS = frozenset((*_SCHEDULE_FIELDS, F.WEEKDAY_MARK))


def _fold_continuations(
    planner: _RowPlanner, mapping: ColumnMapping, rows: Iterable[SourceRow]
) -> tuple[list[PlannedRow], tuple[str, ...]]:
    """Each row planned, with the continuation rows of an activity folded into it: (the
    planned rows, the lines saying what was folded where).

    One activity is often written on two rows, each with its own 開催日時 (「第1水曜 10:00〜」
    and below it 「第3土曜 13:30〜」): its name merged down over both rows, or written once with
    the second row's name cell empty. Such a row right below an accepted row (same sheet and
    heading), whose name is empty or carried from above and whose 開催日時 is its own, adds
    its schedule to the activity above, and its other cells that say something else (a 会場,
    a 世話人) as a line of the description: nothing of it is lost, and it is no second
    listing. An empty name with an address of its own is another place: that row is refused
    for its missing name, as before."""
    name_column = mapping.column_of(F.NAME)
    if name_column is None:
        name_column = mapping.name_from
    planned: list[PlannedRow] = []
    continued: list[str] = []
    head = -1  # index in ``planned`` of the activity the row above belongs to
    head_source: SourceRow | None = None
    previous: SourceRow | None = None
    for source in rows:
        result = None
        if name_column is not None and head >= 0 and head_source is not None:
            result = _continuation(
                planner, mapping, source, previous, planned[head], head_source, name_column
            )
            if isinstance(result, tuple):
                planned[head], line = result
                continued.append(line)
                previous = source
                continue
        planned.append(result if isinstance(result, PlannedRow) else planner.plan(source))
        head, head_source, previous = len(planned) - 1, source, source
    return planned, tuple(continued)


# A remark on a line of its own (「※令和6年度は休止」「（8月は休み）」), not a time of its own.
_REMARK_START = re.compile(r"[※＊*(（]|注[:：)）]")


def _continued_cell(
    mapping: ColumnMapping, source: SourceRow, head_source: SourceRow
) -> tuple[int, str] | None:
    """(column, text) of a row that only continues one cell of the row above: 「※令和6年度は
    休止」 under 「毎月第2水曜日」, 「休止中」 under a 備考 「令和6年10月から」, read as that cell's
    last words (so the pause is the activity's), as a person reads the two lines. Under a
    cell of when it meets, only a remark is: a time of its own there is a second meeting."""
    own = [i for i, c in enumerate(source.cells) if c.strip() and i not in source.carried]
    if len(own) != 1 or own[0] not in mapping.fields or not _cell(head_source, own[0]):
        return None
    text = " ".join(source.cells[own[0]].split())
    if mapping.fields[own[0]] in _WHEN_FIELDS and not _REMARK_START.match(_nfkc(text)):
        return None
    return own[0], text


def _cell(row: SourceRow, index: int) -> str:
    return row.cells[index].strip() if index < len(row.cells) else ""


def _continuation(
    planner: _RowPlanner,
    mapping: ColumnMapping,
    source: SourceRow,
    previous: SourceRow | None,
    head: PlannedRow,
    head_source: SourceRow,
    name_column: int,
) -> tuple[PlannedRow, str] | PlannedRow | None:
    """``head`` with ``source`` folded into it and the line saying so, when ``source``
    continues it (``_fold_continuations``); else ``source``'s own plan when it was made on
    the way, or None."""
    if (
        previous is None
        or head.data is None
        or head.action is Action.REJECT
        or (source.sheet, source.section) != (previous.sheet, previous.section)
        or source.line != previous.line + 1
    ):
        return None
    if previous is head_source and (joined := _continued_cell(mapping, source, head_source)):
        index, text = joined
        cells = list(head_source.cells)
        cells[index] = f"{cells[index].strip()} {text}"
        again = planner.plan(replace(head_source, cells=tuple(cells)))
        said = labels.IMPORT_CONTINUED_CELL.format(
            where=row_place(source.sheet, source.line),
            head=row_place(head.sheet, head.line),
            name=head.data.name,
            column=mapping.label(index),
            text=_shown(text),
        )
        return again, said
    carried = name_column in source.carried
    if _cell(source, name_column) and not carried:
        return None
    address = mapping.column_of(F.ADDRESS)
    if (
        not carried
        and address is not None
        and address not in source.carried
        and _cell(source, address)
        and _nfkc(_cell(source, address)) != _nfkc(_cell(head_source, address))
    ):
        return None  # another place: a row whose name was forgotten, not a continuation
    cells = list(source.cells) + [""] * (name_column + 1 - len(source.cells))
    cells[name_column] = head_source.cells[name_column]
    filled = replace(source, cells=tuple(cells), carried=source.carried | {name_column})
    own = planner.plan(filled)
    schedule = own.data.schedule_text.strip() if own.data is not None else ""
    if (
        own.data is None
        or not schedule
        or schedule in head.data.schedule_text.splitlines()
        or not any(
            meaning in _WHEN_FIELDS and index not in source.carried and _cell(source, index)
            for index, meaning in mapping.fields.items()
        )
    ):
        return own if carried else None  # a merged name is the row's own: planned once
    notes = [
        f"{mapping.label(index)}: {_shown(' '.join(_cell(source, index).split()))}"
        for index, meaning in mapping.fields.items()
        if meaning not in _WHEN_FIELDS
        and meaning is not F.IGNORE
        and index != name_column
        and index not in source.carried
        and _cell(source, index)
        and _cell(source, index) != _cell(head_source, index)
    ]
    data = head.data
    description = data.description
    if notes:
        line = labels.IMPORT_CONTINUATION_DESCRIPTION.format(
            schedule=" ".join(schedule.split()), notes="、".join(notes)
        )
        description = f"{description}\n{line}" if description else line
    merged = replace(
        data, schedule_text=f"{data.schedule_text}\n{schedule}", description=description
    )
    warnings = [*head.warnings, *own.warnings]
    if (
        parse_schedule(merged.schedule_text).needs_review
        and not parse_schedule(data.schedule_text).needs_review
    ):
        column = mapping.header_of(
            F.SCHEDULE if mapping.column_of(F.SCHEDULE) is not None else F.SCHEDULE_NOTE
        )
        warnings.append(RowIssue(head.line, column, labels.IMPORT_SCHEDULE_REVIEW, head.sheet))
    said = labels.IMPORT_CONTINUATION_ROW.format(
        where=row_place(source.sheet, source.line),
        head=row_place(head.sheet, head.line),
        name=data.name,
        schedule=" ".join(schedule.split()),
    )
    if notes:
        said += labels.IMPORT_CONTINUATION_NOTES.format(notes="、".join(notes))
    return replace(head, data=merged, warnings=tuple(warnings)), said


def _with_websites(rows: list[PlannedRow], lookups: _Lookups) -> tuple[PlannedRow, ...]:
    """Each row's ホームページ where a person finds it: a new organization's first one is its
    ウェブサイト (``ImportPlan.websites``: the 団体's page, shown with each of its listings,
    and what an export writes in URL); one the organization's profile does not say (another
    page, or an existing organization's profile, which is not changed by an import) is a line
    of the listing's description."""
    sites: dict[str, str] = {}
    planned = []
    for row in rows:
        if row.data is not None and row.website and row.action is Action.CREATE:
            key = organization_key(row.organization)
            if key in lookups.organization_keys:
                site = lookups.websites.get(key, "")
            else:
                site = sites.setdefault(key, row.website)
            written = row.data.description
            if site != row.website and row.website not in written:
                line = f"{labels.IMPORT_WEBSITE_NOTE}: {row.website}"
                row = replace(
                    row,
                    data=replace(row.data, description=f"{written}\n\n{line}" if written else line),
                )
        planned.append(row)
    return tuple(planned)


def _shown(text: str) -> str:
    return neutralize(text) if looks_like_formula(text) else text


def _shortened(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _with_duplicates(
    session: Session,
    row: PlannedRow,
    finder: _DuplicateFinder,
    options: ImportOptions,
    provided: frozenset[str],
) -> PlannedRow:
    assert row.data is not None  # noqa: S101 (only accepted rows are compared)
    existing, earlier = finder.find(row)
    if existing is None and earlier is None:
        return row
    warnings = list(row.warnings)
    if existing is not None:
        warnings.append(
            RowIssue(
                row.line,
                "",
                labels.IMPORT_DUPLICATE_EXISTING.format(name=existing.name, id=existing.listing_id),
                row.sheet,
            )
        )
    if earlier is not None and earlier.line is not None:
        where = row_place(earlier.sheet, earlier.line)
        warnings.append(
            RowIssue(row.line, "", labels.IMPORT_DUPLICATE_IN_FILE.format(where=where), row.sheet)
        )
    row = replace(
        row,
        warnings=tuple(warnings),
        duplicate_of_line=earlier.line if earlier else None,
        duplicate_of_sheet=earlier.sheet if earlier else "",
        existing_id=existing.listing_id if existing else None,
        existing_name=existing.name if existing else "",
    )
    current = session.get(Listing, existing.listing_id) if existing else None
    if current is not None and row.data is not None:
        before = snapshot(current)
        # The ages change when the row says them, from whichever column (``read_ages``).
        said = provided | AGES if row.ages.stated else provided - AGES
        after = merge_update(before, row.data, said)
        changes = tuple(diff(before, after))
        if row.organization and organization_key(row.organization) != organization_key(
            current.organization.name
        ):
            changes += ("organization",)
        was = current.intake_status
        lifted = row.intake is None and row.running and was is IntakeStatus.PAUSED
        if (row.intake is not None and row.intake is not was) or lifted:
            # What the list says of its intake now (「空きあり」 after a 「満員」, 「活動中」 after
            # a 「休止中」: not paused, its room unsaid): the update's.
            changes += ("intake_status",)
            message = labels.IMPORT_INTAKE_CHANGED.format(
                old=_intake_label(was), new=_intake_label(row.intake)
            )
            warnings.append(RowIssue(row.line, "", message, row.sheet))
            row = replace(row, warnings=tuple(warnings), intake_was=was)
        row = replace(row, update_data=after, update_changes=changes)
    action = options.on_duplicate
    if action not in row.choices:
        action = Action.SKIP
    if action is Action.UPDATE and not row.update_changes:
        # The file says what the directory says: no new revision, no new version (like the
        # seed loader's 「変更なし」). The row can still be updated by a decision.
        return replace(row, action=Action.SKIP, unchanged=True)
    return replace(row, action=action)


# A cell starting with none of these is plain text: no formula, no neutralising quote
# (``cells.looks_like_formula`` looks past leading whitespace, so whitespace is here too).
_MAYBE_FORMULA = frozenset("'=+-@ \t\r\n\u3000")
# Control characters other than tab and line breaks: never text a person wrote (NUL cannot even
# be stored in PostgreSQL), so the row is refused with a reason instead.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _columns(mapping: ColumnMapping) -> list[tuple[int, ImportField, str]]:
    """(column index, meaning, header) of every mapped column (「4列目（見出しなし）」 unnamed)."""
    return [(index, meaning, mapping.label(index)) for index, meaning in mapping.fields.items()]


_NO_MARK = words.NO_MARK
# A 状況 cell that says the activity runs as usual: nothing to add to the description.
_ACTIVE = re.compile(
    r"(?:活動|開催|実施|運営|受付|募集)中|活動|継続|実施|開催|通常|[有○〇◯◎]|あり"
    r"|[-－ー―‐]"  # a dash in a 状況 column: nothing to say
)
# A 会場 named after its town: the town, then a 地区 and the kind of hall (「林町公民館」
# 「広町地区コミュニティセンター」「福居町自治会館」「江名地区集会所」).
_VENUE_TOWN = re.compile(
    r"(?P<town>[^\s()（）]{1,10}?)(?:地区|地域)?"
    r"(?:自治会館|自治公民館|町内会館|公民館|分館|集会所|集会場|会館|コミュニティセンター|コミュニティ"
    r"ハウス|コミセン|まちづくりセンター|地区センター|市民センター|センター|交流館|交流センター"
    r"|憩の家|憩いの家|老人憩の家|ふれあいセンター|ふれあい館)"
)
# Words a hall is named by that are no town, though a city may have a town of the name: the
# city's 中央公民館 is seldom in its 中央 (土浦市's is not).
_NO_TOWN = re.compile(
    r"(?:中央|中部|東部|西部|南部|北部|東|西|南|北|市民|市立|町民|村民|区民|総合|地域|第[0-9一二三四五六七八九十]+"
    r"|[^\s]*[市区町村]立|本|新)"
)
_TOWN_PRECISIONS = (LocationPrecision.OAZA.value, LocationPrecision.CHOME.value)
_DISTRICT_HEADING = re.compile(
    r".+(?:地区|地域|圏域|ブロック|エリア|学区|校区|支所管内|管内|地区社協)"
)
# Fields whose line breaks (Alt+Enter, to fit the cell's width) are read as one line: a name
# broken in two is one name; a schedule's lines are one text (「毎週木曜」「13:30～15:30」).
_ONE_LINE = (F.NAME, F.KANA, F.ORGANIZATION, F.PLACE_NAME)
_SCHEDULE_LINES = (F.SCHEDULE, F.SCHEDULE_NOTE, F.MEETING_DAYS, F.FREQUENCY, F.WEEKDAYS)
_JAPANESE = r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef々〆〇]"


def _joined_lines(text: str) -> str:
    """Lines of one cell as one line: Japanese runs on without a space (「ふれあい」「カフェ桜」
    → 「ふれあいカフェ桜」), other words keep one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        japanese = re.match(_JAPANESE, line) and re.search(_JAPANESE + "$", joined)
        joined += line if japanese else f" {line}"
    return joined


def _fold_line_breaks(values: dict[ImportField, str]) -> None:
    for f in _ONE_LINE:
        if f in values and "\n" in values[f]:
            values[f] = _joined_lines(values[f])
    for f in _SCHEDULE_LINES:
        if f in values and "\n" in values[f]:
            values[f] = " ".join(line.strip() for line in values[f].splitlines() if line.strip())


class _RowPlanner:
    """Turns one source row into a ``PlannedRow``: one method per group of columns, each
    adding what it found to the row's values, problems (the row is rejected) and warnings.

    Shared by every row of a file: the columns, the lookups, the geocoder and two caches
    (a schedule text's review flag, and the text composed from a combination of cells).
    """

    def __init__(
        self,
        mapping: ColumnMapping,
        options: ImportOptions,
        lookups: _Lookups,
        geocoder: Geocoder,
        *,
        excel: bool = False,
        date1904: bool = False,
    ) -> None:
        self.mapping, self.options, self.lookups, self.geocoder = (
            mapping,
            options,
            lookups,
            geocoder,
        )
        self.excel = excel  # an .xlsx: dates and times may be serial numbers
        self.date1904 = date1904  # … counted from 1904 (Excel for Mac)
        self.columns = _columns(mapping)
        self.facility = mapping.layout is not None and mapping.layout.key == "facilities"
        self.home: tuple[str, str] = ("", "")  # (prefecture, city) of a row that names none
        self.area_code = ""  # the 市外局番 of the file's telephones (file_area_code)
        self.schedules: dict[str, bool] = {}  # schedule text → needs review
        self.legend: dict[str, str] = {}  # a 状況 mark → what the list's legend says it means
        self.composed: dict[tuple[str, ...], str] = {}
        self.today = date.today()  # the year of a date cell that leaves it out
        self.venues: dict[str, places.Venue] = {}  # the landmarks a 会場 may name
        # What the list is of by its title (list_words): the category of rows that name none,
        # and whether a row took it; whether a row took its own name as its 団体名.
        self.list_category: tuple[str, str] = ("", "")
        self.category_from_list = False
        # Rows that took the list's kind (""), and those their own name gave another (its code).
        self.kinds_from_list: Counter[str] = Counter()
        self.organization_from_name = False
        # Whom the list's note says to ask, for rows of a list with no contact column.
        self.list_contact: tuple[str, str] = ("", "")
        self.contact_from_list = False

    def plan(self, row: SourceRow) -> PlannedRow:
        work = _Row(self, row.line, row.sheet)
        work.read(row.cells, row.struck)
        work.postpone()
        status = work.status(row.struck)
        work.remarks_of_schedule()
        work.read_former_names(row.edited)
        if row.section:  # under a heading: 「■北地区」 is where, 「■体操・健康」 what
            if _DISTRICT_HEADING.fullmatch(row.section):
                work.values.setdefault(F.DISTRICT, row.section)
            else:
                tags = work.values.get(F.TAGS)
                work.values[F.TAGS] = f"{tags}\n{row.section}" if tags else row.section
        data = work.listing_data()
        if status is RowStatus.ENDED and work.problems:
            # Nothing to import, and nothing to fix: said as ended, not as errors.
            return PlannedRow(
                row.line,
                Action.SKIP,
                None,
                work.organization,
                (),
                tuple(work.warnings),
                cells=tuple(work.shown),
                sheet=row.sheet,
                ended=True,
            )
        if work.problems:
            return PlannedRow(
                row.line,
                Action.REJECT,
                None,
                work.organization,
                tuple(work.problems),
                tuple(work.warnings),
                cells=tuple(work.shown),
                sheet=row.sheet,
            )
        data = work.located(data)
        work.check_schedule(data)
        return PlannedRow(
            row.line,
            Action.SKIP if status is RowStatus.ENDED else Action.CREATE,
            data,
            work.organization,
            (),
            tuple(work.warnings),
            cells=tuple(work.shown),
            match_key=(normalized_name(data.name), _address_key(data.address)),
            sheet=row.sheet,
            ended=status is RowStatus.ENDED,
            ended_said=work.ended_said,
            intake=_INTAKE.get(status) if status is not None else work.room,
            website=contacts.website_link(work.value(F.WEBSITE)),
            former_names=tuple(work.former_names),
            running=status is None and work.says_running(),
            ages=work.ages,
        )


# A 定員 with words beside its number: 「10組（満員）」「15名 ※満員」「20名(残りわずか)」.
_CAPACITY_SAID = re.compile(
    r"(?P<number>[^()（）※]*?[0-9]+\s*(?:名|人|組|席)?(?:程度|まで|前後)?)\s*"
    r"(?:[(（][^()（）]+[)）]|[※＊*][^※＊*]+)"
)
# Cells that say only whether the activity takes people (「10組（満員）」, 申込方法 「受付終了
# しました」): an end said there is the applications', not the activity's.
_INTAKE_FIELDS = (F.CAPACITY, F.RESERVATION)
_SOME = re.compile(r"若干名?|数名|複数名?|未定")  # a 募集人数 without a number
# 受入状況 a row is created with, from what it says (``status``): paused is 休止中; full
# (満員, 受付終了) is 要相談, as a referral declined for 定員 sets it (the docstring of
# ``status`` says why).
_INTAKE = {RowStatus.PAUSED: IntakeStatus.PAUSED, RowStatus.FULL: IntakeStatus.CONSULT}
# A 受付状況・空き状況・募集状況 column, whose bare 「×」 says no room (「○」 room): in a plain
# 状況 column 「×」 may as well be 廃止, and is read only with the list's legend.
_INTAKE_HEADER = re.compile(r"空き|空席|残席|受付|受け付け|募集|申込|受入|受け入れ|定員")
_CROSS = re.compile(r"[×✕✖☓xX]")
_CIRCLE = re.compile(r"[○〇◯◎]")

# Cells a date is written in, and may be moved in (「12/5（土）→12/12（土）に変更」).
_MOVED_IN_PLACE = (F.START_DATE, F.SCHEDULE, F.MEETING_DAYS, F.SCHEDULE_NOTE)
# Cells that say an event moved (「延期→12月13日（日）」「1/24→1/31に延期となりました」).
_MOVE_SAID_IN = (F.REMARKS, F.STATUS, F.SCHEDULE_NOTE)


# A remark that may say how one month's meetings differ from the rule: a month, a date, or
# the next or first meeting, with a word of change (most 備考 say none of it).
_SCHEDULE_REMARK = re.compile(
    r"(?:[0-9]{1,2}\s*月|[0-9]{1,2}/[0-9]{1,2}|次回|初回|年内|年明け|第\s*[1-5])"
    r".*(?:変更|振替|振り替え|移動|ではなく|休み|中止|休会|休止|休講|も開催|から|より|は\s*[0-9第])"
)
# Where one remark ends and the next begins in a 備考 cell: ※, or a sentence's end.
_REMARK_CLAUSE = re.compile(r"(?<=。)|(?=※)|(?=＊)")


# A remark of the activity's pause or end (「休止していましたが、令和5年4月から再開しました」
# 「改修のため令和9年3月まで休止」) is the 状況's (``status``), not a change of its meetings.
_PAUSE_TOLD = re.compile(r"再開|休止|休会|廃止|終了")


def _tells_a_pause(remark: str, today: date | None) -> bool:
    """Whether a 備考 remark says the activity pauses or ends, now or from a date to come
    (「令和8年1月から休止中」「令和9年4月から休止予定」「R8.1～R8.6は休止」): the 状況's, read by
    ``status``. In the schedule, the date before 「から」 would read as the day its meetings
    begin (a weekly サロン pausing from April 2027 would show no meeting until then); a month
    off (「8月は休止」) is no pause and goes to the schedule as before."""
    if today is not None and (
        pause_to_come(remark, today=today) or end_to_come(remark, today=today)
    ):
        return True
    return status_of_text(remark, today=today) in (RowStatus.PAUSED, RowStatus.ENDED)


def _schedule_part(spec: ScheduleSpec) -> tuple[object, ...]:
    """What a spec says of the meetings (its notes and what it could not read aside): a remark
    that changes it is the schedule's."""
    return (spec.rules, spec.closed_periods, spec.closed_rules, spec.moves, spec.closed_on_holidays)


def _japanese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# The cells a row's status is read from (``_Row.status``): its 状況 and 備考, and what it says
# of its dates (「令和8年12月13日（中止）」「開始日時特記事項: 中止」「第2火曜日（休止中）」).
_STATUS_FIELDS = (
    F.STATUS,
    F.REMARKS,
    F.SCHEDULE,
    F.WEEKDAYS,  # 「毎週火曜日（休止中）」 under 「活動日時 曜日」
    F.START_DATE,
    F.END_DATE,
    F.SCHEDULE_NOTE,
    F.MEETING_DAYS,
)


class _Row:
    """The work on one row (see ``_RowPlanner``)."""

    def __init__(self, planner: _RowPlanner, line: int, sheet: str = "") -> None:
        self.planner, self.line, self.sheet = planner, line, sheet
        self.problems: list[RowIssue] = []
        self.warnings: list[RowIssue] = []
        self.values: dict[ImportField, str] = {}
        self.shown: list[tuple[str, str]] = []  # (header, value as shown: neutralised)
        self.organization = ""
        self.private = False  # 住所 非公開: no pin
        self.marked_targets: list[str] = []  # headers of the target columns marked ○
        self.target_note = ""  # a 対象 cell with words of no target: kept in the description
        self.ended_said = ""  # the words saying the activity ended
        self.capacity_note = ""  # a 定員 of more words than its number: 「約20名」
        self.cost_words = ""  # a 参加費（円） written with words: the fee's text
        self.name_status = ""  # 「休止中」 of 「たつみ子ども食堂（休止中）」
        # 受け入れ可 when the row says it has room (「空きあり」「受付中」: ``status.says_room``)
        self.room: IntakeStatus | None = None
        self.former_names: list[str] = []  # 旧名称 (``read_former_names``)
        self.ages = CellAges()  # 対象年齢 (``read_ages``)
        self.name_former = ""  # 「向島こども食堂」 of 「むかいじま食堂（旧：向島こども食堂）」
        self.moved_said = ""  # 「12/5（土）→12/12（土）に変更」 read out of a date cell
        self.schedule_remarks: list[
            str
        ] = []  # 備考's 「※12月は第2土曜日に変更」 (``remarks_of_schedule``)

    # ---- reporting ----

    def column(self, f: ImportField) -> str:
        return self.planner.mapping.header_of(f)

    def issue(self, f: ImportField, message: str) -> None:
        self.problems.append(RowIssue(self.line, self.column(f), message, self.sheet))

    def warn(self, f: ImportField, message: str) -> None:
        self.warnings.append(RowIssue(self.line, self.column(f), message, self.sheet))

    def value(self, f: ImportField) -> str:
        return self.values.get(f, "")

    # ---- cells ----

    def read(self, cells: tuple[str, ...], struck: frozenset[int] = frozenset()) -> None:
        """Each mapped cell's text: control characters refuse the row, formulas are kept as
        text and flagged, a column given twice (a merged layout) is joined with a line break.
        Columns of marks add their day (「月」 ○) or their target (「高齢者」 ○). A cell struck
        through in a row whose name is not is deleted text (a 「○」 under 「火」 crossed out, a
        「休止中」 crossed out when it started again): not read, and said so."""
        width = len(cells)
        marked_days: list[str] = []
        name_column = self.name_column()
        # A row whose name is struck through ended: its cells are read as written.
        deleted = frozenset() if name_column in struck else struck
        for index, meaning, header in self.planner.columns:
            raw = cells[index] if index < width else ""
            if index in deleted and raw.strip():
                self.warnings.append(
                    RowIssue(
                        self.line,
                        header,
                        labels.IMPORT_STRUCK_CELL.format(value=_shortened(raw.strip())),
                        self.sheet,
                    )
                )
                self.shown.append((header, neutralize(raw.strip())))  # as the file has it
                continue
            if self.planner.excel:
                raw = excel_serial_text(meaning, raw, date1904=self.planner.date1904)
            if _CONTROL.search(raw):  # NUL and the like: no column of a listing may hold them
                self.problems.append(
                    RowIssue(self.line, header, labels.IMPORT_CONTROL_CHARACTER, self.sheet)
                )
                continue
            cell = self._cell(raw, header)
            if not cell:
                continue
            if meaning in (F.WEEKDAY_MARK, F.TARGET_MARK):
                self._mark(meaning, header, cell, marked_days)
                continue
            self.values[meaning] = (
                f"{self.values[meaning]}\n{cell}" if meaning in self.values else cell
            )
        if marked_days:
            days = "・".join(dict.fromkeys(marked_days))
            if any(len(day) > 1 for day in marked_days):  # 「第2・4」 under 「土」 among ○
                weekly = [day for day in dict.fromkeys(marked_days) if len(day) == 1]
                nth = [f"{day}曜" for day in dict.fromkeys(marked_days) if len(day) > 1]
                days = "・".join(([f"毎週{'・'.join(weekly)}曜"] if weekly else []) + nth)
            written = self.values.get(F.WEEKDAYS)
            self.values[F.WEEKDAYS] = f"{written}・{days}" if written else days
        if F.NAME not in self.values and (source := self.planner.mapping.name_from) is not None:
            if name := (cells[source].strip() if source < width else ""):
                self.values[F.NAME] = name  # a list of groups: the group names the activity
        whom, phone = self.planner.list_contact
        if phone:  # no contact column: the one the list's note gives (said once, above)
            self.values[F.CONTACT_PHONE] = phone
            if whom:
                self.values[F.CONTACT_NAME] = whom
            self.planner.contact_from_list = True
        _fold_line_breaks(self.values)

    def _mark(self, meaning: ImportField, header: str, cell: str, days: list[str]) -> None:
        """A cell of a column of marks: ○ says yes; 「第2・4」 under 「土」 is 第2・4土曜;
        ×, － and other words say no, the words with a warning (nothing is read from them)."""
        if meaning is F.WEEKDAY_MARK:
            day = words.weekday_of(mark_name(header))
            if words.is_mark(cell):
                days.append(day)
            elif words.NTH_WEEKS.fullmatch(_nfkc(cell)):
                days.append(f"{_nfkc(cell)}{day}")
            elif not _NO_MARK.fullmatch(_nfkc(cell)):
                self.warnings.append(
                    RowIssue(
                        self.line, header, labels.IMPORT_ODD_MARK.format(value=cell), self.sheet
                    )
                )
            return
        if words.is_mark(cell):
            self.marked_targets.append(mark_name(header))
        elif not _NO_MARK.fullmatch(_nfkc(cell)):
            self.warnings.append(
                RowIssue(self.line, header, labels.IMPORT_ODD_MARK.format(value=cell), self.sheet)
            )

    def _cell(self, raw: str, header: str) -> str:
        cell = raw.strip()
        if not cell or (raw[0] not in _MAYBE_FORMULA and cell[0] not in _MAYBE_FORMULA):
            # Neither a formula nor a quote-neutralised one, as written or stripped: shown as is.
            self.shown.append((header, cell))
            return cell
        if raw.startswith("'") and looks_like_formula(raw[1:]):
            raw = raw[1:]  # neutralised by a spreadsheet export (ours too): the quote is not data
        cell = raw.strip()
        if looks_like_formula(raw):
            shown = neutralize(cell)
            self.warnings.append(
                RowIssue(self.line, header, labels.IMPORT_FORMULA.format(shown=shown), self.sheet)
            )
        self.shown.append((header, neutralize(cell)))
        return cell

    def event(self) -> bool:
        """Whether the row's activity is an event, held on its dates alone (an イベント一覧's
        row, or a schedule of dates), rather than one that meets again and again (毎週, 第2
        水曜, 月1回) or says no time at all."""
        planner = self.planner
        if planner.mapping.layout is not None and planner.mapping.layout.key == "events":
            return True
        text = _schedule_text(
            self.values, planner.composed, planner.today, facility=planner.facility
        )
        rules = _note_spec(text, planner.today).rules
        return bool(rules) and all(rule.kind is RuleKind.DATES for rule in rules)

    def postpone(self) -> None:
        """An event moved to another day (``postponements``): the day it now meets, where the
        list makes it certain, in place of the old one; the words stay in the description and
        a warning says what was read. A move that is not certain leaves the date and says so."""
        today = self.planner.today
        for f in _MOVED_IN_PLACE:  # 「12/5（土）→12/12（土）に変更」 in the date cell itself
            if (text := self.value(f)) and (moved := moved_in_place(text, today)) is not None:
                start, end = moved.span
                folded = _nfkc(text)
                if f is not F.START_DATE and _date_value(self.value(F.START_DATE)) == moved.old:
                    # 開始日 says the old day, 特記事項 the move: 開始日 moves, the note's words
                    # go to the description with the rest.
                    self._moved(moved.old, moved.new)
                    rest = f"{folded[:start]}{folded[end:]}".strip(" ※*、,。")
                    if rest:
                        self.values[f] = rest
                    else:
                        del self.values[f]
                else:
                    self.values[f] = f"{folded[:start]}{written(moved.new)}{folded[end:]}".strip()
                self.moved_said = " ".join(text.split())
                self._said_moved(f, moved.said, moved.old, moved.new)
                return
        said = next(
            (f for f in _MOVE_SAID_IN if says_a_move(self.value(f)) and f in self.values), None
        )
        if said is None or not self.event():
            return
        text = _schedule_text(
            self.values, self.planner.composed, self.planner.today, facility=self.planner.facility
        )
        today = self.planner.today
        dates = {
            d for r in _note_spec(text, today).rules if r.kind is RuleKind.DATES for d in r.dates
        }
        move = postponed(self.value(said), next(iter(dates))) if len(dates) == 1 else None
        if move is None or not self._moved(move.old, move.new):
            self.warn(
                said, labels.IMPORT_POSTPONED_UNSURE.format(said=_shortened(self.value(said)))
            )
            return
        self._said_moved(said, move.said, move.old, move.new)

    def remarks_of_schedule(self) -> None:
        """The 備考 clauses that say how the schedule differs (「※12月は第2土曜日（12月12日）に
        変更」「1月は第3水曜日」「8月はお盆休み」) go to the schedule, where the parser reads them
        into the next dates; one it finds but cannot apply stays in the schedule, flagged for
        review. A remark the rule does not read (「参加費100円」) stays in the description."""
        remarks = self.value(F.REMARKS)
        if not remarks or not _SCHEDULE_REMARK.search(_nfkc(remarks)):
            return
        schedule = _schedule_text(
            self.values, self.planner.composed, self.planner.today, facility=self.planner.facility
        )
        if not schedule or self.planner.facility:
            return
        base = _note_spec(schedule, self.planner.today)
        if not base.rules or all(rule.kind is RuleKind.DATES for rule in base.rules):
            return  # no rule to differ from: an event's dates (``postpone``) or none
        kept: list[str] = []
        for line in remarks.splitlines():
            for clause in _REMARK_CLAUSE.split(line):
                said = clause.strip(" 　※＊*・。")
                if (
                    said
                    and "\n" not in said
                    and _SCHEDULE_REMARK.search(_nfkc(said))
                    and not _tells_a_pause(said, self.planner.today)
                ):
                    read = _note_spec(f"{schedule} ※{said}", self.planner.today)
                    if _schedule_part(read) != _schedule_part(base) or (
                        read.unparsed != base.unparsed and not _PAUSE_TOLD.search(said)
                    ):
                        self.schedule_remarks.append(said)
                        continue
                kept.append(clause)
            kept.append("\n")
        if self.schedule_remarks:
            rest = "".join(kept).strip(" 　\n")
            if rest:
                self.values[F.REMARKS] = rest
            else:
                del self.values[F.REMARKS]

    def _moved(self, old: date, new: date) -> bool:
        """Put ``new`` where the row writes ``old``: its 開始日 (and 終了日 of a one-day event),
        or the date in its 日時 cell. False when the old date is written nowhere to change."""
        if self.value(F.WEEKDAYS) and _nfkc(self.value(F.WEEKDAYS)).strip() in (
            WEEKDAY_LABELS[old.weekday()],
            f"{WEEKDAY_LABELS[old.weekday()]}曜日",
        ):
            self.values[F.WEEKDAYS] = WEEKDAY_LABELS[new.weekday()]  # 曜日 moves with its date
        if _date_value(self.value(F.START_DATE)) == old:
            self.values[F.START_DATE] = new.isoformat()
            if _date_value(self.value(F.END_DATE)) == old:
                self.values[F.END_DATE] = new.isoformat()
            return True
        for f in _MOVED_IN_PLACE:
            folded = _nfkc(self.value(f))
            spans = [span for day, span in dates_in(folded, old) if day == old]
            if len(spans) == 1:
                ((start, end),) = spans
                self.values[f] = f"{folded[:start]}{written(new)}{folded[end:]}".strip()
                return True
        return False

    def _said_moved(self, f: ImportField, said: str, old: date, new: date) -> None:
        self.warn(
            f,
            labels.IMPORT_POSTPONED.format(
                said=_shortened(said), new=_japanese_date(new), old=_japanese_date(old)
            ),
        )

    def name_column(self) -> int | None:
        """The column the activity's name is read from."""
        mapping = self.planner.mapping
        name_column = mapping.column_of(F.NAME)
        return mapping.name_from if name_column is None else name_column

    def status(self, struck: frozenset[int]) -> RowStatus | None:
        """Whether the row says its activity ended, is paused or is full (``status``), warned
        with the words that say so: the name struck through, 「（休止中）」 beside the name (read
        without it), a 状況 or 備考 cell. Ended wins over paused, paused over full."""
        name_column = self.name_column()
        found: list[tuple[RowStatus, ImportField, str]] = []
        deadline_said = ""
        if name_column is not None and name_column in struck:
            found.append((RowStatus.ENDED, F.NAME, ""))
        name, said = split_name(self.value(F.NAME))
        if said:
            self.values[F.NAME] = name
            self.name_status = said  # out of the name, still said where residents read
            if (status := status_of_text(said, today=self.planner.today)) is not None:
                found.append((status, F.NAME, said))
            else:
                self.pause_to_come(F.NAME, said, said)
        event: bool | None = None
        for f in _STATUS_FIELDS:
            text = self.value(f)
            if not text:
                continue
            if event is None:
                event = self.event()
            said = " ".join(text.split())
            if f is F.STATUS and (meaning := self.status_meaning(text)):
                text, said = meaning, f"{said}（{meaning}）"  # 「△」 of 「△：休止中」
            if (status := status_of_text(text, event=event, today=self.planner.today)) is not None:
                found.append((status, f, said))
            else:
                self.pause_to_come(f, text, said)
        for f in _INTAKE_FIELDS:
            said = " ".join(self.value(f).split())
            status = status_of_text(said, today=self.planner.today) if said else None
            if status in (RowStatus.FULL, RowStatus.PAUSED):
                found.append((status, f, said))
            elif said and (header := self.deadline_header(f)):
                if (closed := deadline_passed(said, self.planner.today)) is not None:
                    # 「令和８年３月３１日」 read in April: the intake is over (``deadlines``)
                    deadline_said = labels.IMPORT_DEADLINE_PASSED.format(
                        header=header, said=_shortened(said), when=_japanese_date(closed)
                    )
                    found.append((RowStatus.FULL, f, said))
        if not found:
            self.read_room()
            return None
        strong = strongest([s[0] for s in found])
        status, f, said = next(s for s in found if s[0] is strong)
        if status is RowStatus.FULL and deadline_said and f in _INTAKE_FIELDS:
            message = deadline_said
        elif status is RowStatus.FULL:
            message = labels.IMPORT_FULL.format(said=_shortened(said))
        elif status is RowStatus.ENDED:
            self.ended_said = said or labels.IMPORT_STRUCK_THROUGH_SAID
            message = (
                labels.IMPORT_ENDED.format(said=_shortened(said))
                if said
                else labels.IMPORT_STRUCK_THROUGH
            )
        else:
            message = labels.IMPORT_PAUSED.format(said=_shortened(said))
        self.warn(f, message)
        return status

    def pause_to_come(self, f: ImportField, text: str, said: str) -> None:
        """Warn of a pause or an end the cell says is to begin after the list is read (「令和9年
        4月から休止」「令和9年3月末で廃止」): the row is read as meeting, and the person
        importing is told the date."""
        if (start := pause_to_come(text, today=self.planner.today)) is not None:
            self.warn(
                f,
                labels.IMPORT_PAUSE_TO_COME.format(
                    said=_shortened(said), when=_japanese_date(start)
                ),
            )
        elif (end := end_to_come(text, today=self.planner.today)) is not None:
            self.warn(
                f,
                labels.IMPORT_END_TO_COME.format(said=_shortened(said), when=_japanese_date(end)),
            )

    def read_room(self) -> None:
        """受け入れ可 when a 状況・備考・受付状況 cell says the activity has room (「空きあり」
        「受付中」, 「○」 in a 受付状況 column), said in the preview: what the list says of its
        intake replaces what an earlier list said (an update clears its 満員's 要相談)."""
        for f in (*_STATUS_FIELDS, *_INTAKE_FIELDS):
            text = self.value(f)
            if not text:
                continue
            said = " ".join(text.split())
            if f is F.STATUS and (meaning := self.status_meaning(text)):
                text, said = meaning, f"{said}（{meaning}）"  # 「○」 of 「○＝受付中」
            if says_room(text):
                self.room = IntakeStatus.OPEN
                self.warn(f, labels.IMPORT_OPEN.format(said=_shortened(said)))
                return

    def says_running(self) -> bool:
        """Whether the 状況 or 備考 says the activity meets (「活動中」「再開しました」, a 状況
        mark the legend calls 活動中)."""
        for f in (F.STATUS, F.REMARKS):
            text = self.value(f)
            if f is F.STATUS and text and (meaning := self.status_meaning(text)):
                text = meaning
            if text and says_running(text, today=self.planner.today):
                return True
        return False

    def status_meaning(self, text: str) -> str:
        """What a 状況 cell's mark means: as the list's legend says (「△」 of 「△：休止中」), and a
        bare 「×」 in a 受付状況・空き状況 column 満員; "" for words, and marks left unexplained."""
        folded = _nfkc(text)
        if meaning := self.planner.legend.get(folded):
            return meaning
        column = self.planner.mapping.column_of(F.STATUS)
        header = self.planner.mapping.label(column) if column is not None else ""
        if _CROSS.fullmatch(folded) and _INTAKE_HEADER.search(header):
            return labels.IMPORT_FULL_MARK
        if _CIRCLE.fullmatch(folded) and _INTAKE_HEADER.search(header):
            return labels.IMPORT_OPEN_MARK
        return ""

    def read_former_names(self, edited: tuple[tuple[int, str, str], ...] = ()) -> None:
        """The names the activity went by (``former_names``): beside its name, read out of it
        (「むかいじま食堂（旧：向島こども食堂）」), struck through in its name cell (a workbook's
        「~~重清サロン~~重清いきいきクラブ」), and in its 備考 or 状況."""
        name, former = split_former_name(self.value(F.NAME))
        if former:
            self.values[F.NAME] = name
            self.name_former = former
        found = [former] if former else []
        name_column = self.name_column()
        found += [struck_former_name(s, w) for c, s, w in edited if c == name_column]
        if column := self.value(F.FORMER_NAME):  # a 旧名称 column: its names, as written
            names = [n.strip() for n in _SPLIT.split(column) if n.strip()]
            found += [n for n in names if not _NO_MARK.fullmatch(_nfkc(n))]  # 「－」「なし」
            self.name_former = "、".join(n for n in found if n)
        for f in (F.REMARKS, F.STATUS, F.DESCRIPTION):
            found += former_names_in(self.value(f))
        self.former_names = [n for n in dict.fromkeys(found) if n and n != self.value(F.NAME)]

    # ---- the listing ----

    def listing_data(self) -> ListingData:
        name = self.value(F.NAME)
        if not name:
            self.issue(F.NAME, labels.IMPORT_REQUIRED)
        lat, lon = self.coordinate(F.LAT), self.coordinate(F.LON)
        for f, coordinate, limit in ((F.LAT, lat, 90), (F.LON, lon, 180)):
            if coordinate is not None and not -limit <= coordinate <= limit:
                self.issue(f, labels.IMPORT_BAD_COORDINATE.format(value=self.values[f]))
        cost = self.cost_yen()
        capacity = self.capacity()
        address, postal = self.address()
        if self.private:
            lat = lon = None  # coordinates of a 非公開 address are dropped too
        categories, targets = self.categories(), self.targets()
        self.ages = self.read_ages()
        self.split_contacts()
        contact_name = self.organization_and_contact()
        cost_text, by_age = _cost_text(self.values)
        if cost is None and by_age is not None:
            cost = by_age
        if cost is None and not self.value(F.COST_YEN) and self.value(F.COST_TEXT):
            # 会費「100円」「無料」 alone: the yen matching compares with a cost ceiling
            yen = amounts.yen_of(self.value(F.COST_TEXT))
            cost = float(yen) if yen is not None else None
        if (
            self.cost_words and self.cost_words not in cost_text
        ):  # 「100円（お茶代）」 in 参加費（円）
            cost_text = f"{cost_text}（{self.cost_words}）" if cost_text else self.cost_words
        located = lat is not None and lon is not None
        access = barrier_free_flags(self.value(F.BARRIER_FREE))[0]
        data = ListingData(
            name=name,
            kana=self.value(F.KANA),
            description=self.description(),
            tags=self.tags(),
            categories=categories,
            targets=targets,
            schedule_text=" ".join(
                [
                    _schedule_text(
                        self.values,
                        self.planner.composed,
                        self.planner.today,
                        facility=self.planner.facility,
                    ),
                    *(f"※{clause}" for clause in self.schedule_remarks),
                ]
            ).strip(),
            place_name=self.value(F.PLACE_NAME) or (labels.PRIVATE_PLACE if self.private else ""),
            address=address,
            postal_code=postal,
            lat=lat if located else None,
            lon=lon if located else None,
            precision=(LocationPrecision.FILE if located else LocationPrecision.UNKNOWN).value,
            cost_text=cost_text,
            cost_yen=int(cost) if cost is not None else None,
            capacity=int(capacity) if capacity is not None else None,
            contact_name=contact_name,
            contact_phone=self.phone(),
            contact_email=contacts.typed_email(_nfkc(self.value(F.CONTACT_EMAIL))),
            wheelchair="wheelchair" in access,
            accessible_toilet="accessible_toilet" in access,
            pickup="pickup" in access,
            parking="parking" in access,
            age_min=self.ages.range[0],
            age_max=self.ages.range[1],
            age_with_adults=self.ages.with_adults,
        )
        self.validate(data)
        return data

    def read_ages(self) -> CellAges:
        """対象年齢 (``ages``): the column of ages, else a 対象者・参加条件 or 対象 cell that says
        them. Words of an age it cannot read are said (the row comes in without ages; the
        words stay in the description, as every such column's do)."""
        notes = {F.AGES: labels.IMPORT_AGES_NOTE, F.CONDITIONS: "参加条件"}
        for f in (F.AGES, F.CONDITIONS, F.TARGETS):
            cell = read_cell(self.value(f), column_of_ages=f is F.AGES)
            if cell.check:
                note = notes.get(f, labels.IMPORT_TARGET_NOTE)
                self.warn(
                    f, labels.IMPORT_AGES_UNREAD.format(value=_shortened(cell.said), note=note)
                )
                if f is F.TARGETS:
                    self.target_note = self.value(F.TARGETS)  # kept, as said
                return CellAges()
            if cell.stated:
                return cell
        return CellAges()

    def ages_as_the_form_says(self) -> bool:
        """Whether the row's 対象年齢 is the listing form's field in the form's own words: a
        file in the つながりマップ簡易形式 itself (headed by the form's labels 活動名・活動の種類・
        対象年齢, as its export is) saying 「0〜3歳とその保護者」. The ages say all of it, so the
        words are not also a line of the 紹介文, as the form writes none. A list's words
        (「おおむね65歳以上」, or 「65歳以上」 under a 名称 or a 年齢 column) stay in the 紹介文."""
        mapping = self.planner.mapping
        own = {c.header for c in SIMPLE.columns if c.standard_required or c.field is F.AGES}
        said = " ".join(self.value(F.AGES).split())
        return (
            mapping.layout is SIMPLE
            and own <= set(mapping.headers)
            and self.ages.stated
            and self.ages.said == said
            and self.ages.described == said
        )

    def number(self, f: ImportField, *, integer: bool) -> float | None:
        text = self.value(f)
        if not text:
            return None
        if f is F.COST_YEN and _nfkc(text) in ("無料", "0円", "なし"):
            return 0
        try:
            value = _number(text)
        except ValueError:
            value = None
        if value is None or (integer and not value.is_integer()):
            self.issue(f, labels.IMPORT_NOT_A_NUMBER.format(value=text))
            return None
        return value

    def cost_yen(self) -> float | None:
        """参加費（円）・料金(基本): a number of yen; written with words (「100円（お茶代）」「実費」
        「無料（材料費別）」) the words are the fee's text and the number before them the yen."""
        text = _nfkc(self.value(F.COST_YEN))
        if not text or text in amounts.FREE or re.fullmatch(r"[0-9,.]+\s*円?", text):
            return self.number(F.COST_YEN, integer=True)
        self.cost_words = self.value(F.COST_YEN).strip()  # as written
        if (yen := amounts.yen_of(text)) is not None:  # 「1回300円」
            return float(yen)
        leading = re.match(r"([0-9][0-9,]*)\s*円", text)
        if leading is not None:
            return float(leading.group(1).replace(",", ""))
        return 0.0 if text.startswith("無料") else None

    def capacity(self) -> float | None:
        """定員 as lists write it: 「20」「20名」, and 「約20名」「20名程度」「10～15人」 (the number,
        the words kept as 「定員: 約20名」 in the description); 「なし」「制限なし」 is no limit.
        Anything else is refused as not a number, as before."""
        text = _nfkc(self.value(F.CAPACITY))
        if (each := _EACH_SESSION.match(text)) is not None and text[each.end() :]:
            # 「各回10組」: a number per session, the words kept (「定員: 各回10組」)
            self.capacity_note, text = text, text[each.end() :]
        if amounts.NO_LIMIT.fullmatch(text):
            self.capacity_note = text if text not in ("なし", "-", "ー", "―") else ""
            return None
        if _SOME.fullmatch(text):  # 「若干名」 of a 募集人数: no number, the words kept
            self.capacity_note = text
            return None
        if (said := _CAPACITY_SAID.fullmatch(text)) is not None:
            # 「10組（満員）」「15名 ※満員」「20名(残りわずか)」: the number, and the words kept
            # (what they say of its 受入状況 is read with the row's status, ``status``)
            written = " ".join(self.value(F.CAPACITY).split())  # as written: 「（満員）」
            self.capacity_note, text = self.capacity_note or written, said.group("number")
        if (about := amounts.ABOUT_NUMBER.fullmatch(text)) is not None:
            if not re.fullmatch(r"[0-9,]+\s*(?:名|人)?", text):  # 「約」「程度」「10～」 said
                self.capacity_note = self.capacity_note or text
            return float(about.group("most").replace(",", ""))
        return self.number(F.CAPACITY, integer=True)

    def coordinate(self, f: ImportField) -> float | None:
        """A 緯度/経度 cell: decimal degrees (全角 too), or degrees, minutes and seconds as
        maps and surveys write them (「36°4'43.2"」「36度4分43秒」「N36.0812」)."""
        text = self.value(f)
        if text and (degrees := degrees_of(text)) is not None:
            return degrees
        return self.number(f, integer=False)

    def address(self) -> tuple[str, str]:
        """(address, postal code) as written, 非公開 noted, 市区町村 and 方書 put together."""
        address = _nfkc(self.value(F.ADDRESS))
        extra = _nfkc(self.value(F.ADDRESS_EXTRA))
        if not address and (split := place_and_address(_nfkc(self.value(F.PLACE_NAME)))):
            self.values[F.PLACE_NAME], address = split  # the 会場 column gives both
        elif split := place_and_address(address):
            # 「道後公民館（松山市道後町2-5-3）」「久米公民館⏎松山市鷹子町1028」 in one cell
            place, address = split
            if not self.value(F.PLACE_NAME):
                self.values[F.PLACE_NAME] = place
            elif _nfkc(self.value(F.PLACE_NAME)) != place:
                extra = f"{place} {extra}".strip()
        if "\n" in address:  # 「桜町1-16-12」「桜町会館2階」 on two lines of the cell
            first, _, rest = address.partition("\n")
            rest = " ".join(rest.split())
            address, extra = first.strip(), f"{rest} {extra}".strip()
        if block := _nfkc(self.value(F.ADDRESS_BLOCK)):  # 町名「桜町一丁目」 + 番地「16-12」
            address = f"{address}{block}" if address else block
        if address and _PRIVATE_ADDRESS.search(address):
            # 非公開: the row comes in without a pin.
            self.warn(F.ADDRESS, labels.IMPORT_PRIVATE_ADDRESS)
            self.private, address = True, ""
        postal = _postal(self.value(F.POSTAL_CODE))
        if postal is None:
            self.issue(
                F.POSTAL_CODE,
                labels.IMPORT_BAD_POSTAL_CODE.format(value=self.values[F.POSTAL_CODE]),
            )
            postal = ""
        written = parse_address(address)
        if written.postal_code:
            postal = postal or written.postal_code
            address = re.sub(r"^〒?\s*\d{3}-?\d{4}\s*", "", address)
        # 住所「中央2-3-4」 with 市区町村名「土浦市」 in its own column (every 自治体標準 list has one)
        prefecture, city = _municipality(self.values)
        if not city:  # the file's own city (its other rows), else the directory's
            prefecture, city = self.planner.home
        city = self.with_ward(prefecture, city, address)
        address = complete_address(address, prefecture, city)
        if extra:
            address = f"{address} {extra}".strip()
        return address, postal

    def with_ward(self, prefecture: str, city: str, address: str) -> str:
        """A 政令指定都市 with the ward its sheet is of (a list kept a sheet per 区: 「緑区」
        「南区」), for an address written without city or ward (「橋本6丁目2-1」 on sheet 緑区
        of 相模原市's list → 相模原市緑区橋本…)."""
        if not self.sheet or not city or re.search(r"区$", city):
            return city
        if parse_address(address).city:
            return city  # 「南区相模台3-4-8」「相模原市南区…」: as written
        ward = ward_named(prefecture, city, _nfkc(self.sheet))
        return f"{city}{ward}" if ward else city

    def codes(self, f: ImportField, table: dict[str, str], message: str) -> tuple[str, ...]:
        found: list[str] = []
        for part in _SPLIT.split(self.value(f)):
            key = _nfkc(part).casefold()
            if not key:
                continue
            if key not in table:
                self.issue(f, message.format(value=part.strip()))
            elif table[key] not in found:
                found.append(table[key])
        return tuple(found)

    def written_targets(self, known: set[str]) -> tuple[str, ...]:
        """The 対象 column: the vocabulary's labels or codes, then the words of a list's own
        (「子ども・保護者・地域の方」: children, parents). Words of no target are not an error:
        the row comes in and a warning says which words were not read as a target. A cell in
        the list's own words is kept in the description (「対象: 小・中学生」)."""
        table = self.planner.lookups.targets
        found: list[str] = []
        unread: list[str] = []
        parts = []
        for part in _SPLIT.split(self.value(F.TARGETS)):  # a label may hold 「・」 itself
            key = _nfkc(part).casefold()
            parts += [part] if key in table else re.split(r"[・･\s]+", part)
        for part in parts:
            key = _nfkc(part).casefold()
            if not key:
                continue
            codes = (
                [table[key]]
                if key in table
                else [
                    code
                    for code, pattern in _CONDITION_TARGETS
                    if code in known and pattern.search(key)
                ]
            )
            if key not in table:
                self.target_note = self.value(F.TARGETS)  # the list's own words, kept
            # 「小」 of 「小・中学生」 is half a word, not a target; 「18歳以上」 is ages (read_ages)
            if not codes and len(key) > 1 and read_age_range(part) is None:
                unread.append(part.strip())
            found += [code for code in codes if code not in found]
        if unread:
            self.warn(
                F.TARGETS, labels.IMPORT_UNKNOWN_TARGET_KEPT.format(value="」「".join(unread))
            )
        return tuple(found)

    def categories(self) -> tuple[str, ...]:
        lookups, planner = self.planner.lookups, self.planner
        found = self.codes(F.CATEGORIES, lookups.categories, labels.IMPORT_UNKNOWN_CATEGORY)
        if found or F.CATEGORIES in self.values:
            return found
        # A 種別・施設分類 cell that names a category (「高齢者サロン」「子ども食堂」) is the row's
        # own: it comes before the default chosen for rows that name none.
        said = lookups.categories_as_said
        kinds = (analyzer.normalize(p.strip()) for p in _SPLIT.split(self.value(F.TAGS)))
        found = tuple(dict.fromkeys(said[k] for k in kinds if k in said))
        if found:
            return found
        found = tuple(planner.options.categories)
        layout = planner.mapping.layout
        known = set(lookups.categories.values())
        if found:
            return found  # chosen for the rows that name none: the coordinator's word
        if layout is not None:
            found = tuple(c for c in layout.default_categories if c in known)
        from_list = False
        if not found and planner.list_category[0] in known:
            # 「通いの場一覧」 with no column of 種類: what the list is of (said once, above)
            found = (planner.list_category[0],)
            planner.category_from_list = from_list = True
        if len(found) == 1:
            # … unless the row's name says a clearly different kind: 「まるこ子ども食堂」 in a
            # 高齢者の居場所一覧, 「並柳フードパントリー」 in a こども食堂一覧
            code, words = kind_of_name(self.value(F.NAME), found[0])
            if code in known:
                found = (code,)
                label = next(k for k, v in lookups.categories.items() if v == code)
                self.warn(F.NAME, labels.IMPORT_CATEGORY_FROM_NAME.format(said=words, label=label))
            if from_list:  # counted for the note above the rows
                planner.kinds_from_list[code if code in known else ""] += 1
        if not found:
            self.issue(F.CATEGORIES, labels.IMPORT_NO_CATEGORY)
        return found

    def targets(self) -> tuple[str, ...]:
        lookups = self.planner.lookups
        known = set(lookups.targets.values())
        found = self.written_targets(known)
        for header in self.marked_targets:  # 「高齢者」 ○: the vocabulary's label, or its words
            label = _nfkc(header).casefold()
            codes = (
                [lookups.targets[label]]
                if label in lookups.targets
                else [
                    code
                    for code, pattern in _CONDITION_TARGETS
                    if code in known and pattern.search(label)
                ]
            )
            if not codes:
                self.warnings.append(
                    RowIssue(self.line, header, labels.IMPORT_UNKNOWN_TARGET_MARK, self.sheet)
                )
            found += tuple(code for code in codes if code not in found)
        conditions = _nfkc(" ".join(filter(None, (self.value(F.CONDITIONS), self.value(F.AGES)))))
        if conditions and not found:  # 参加条件「小学生以上」: the targets it names
            known = set(lookups.targets.values())
            found = tuple(
                code
                for code, pattern in _CONDITION_TARGETS
                if code in known and pattern.search(conditions)
            )
        return found

    def split_contacts(self) -> None:
        """A contact cell of several things, as lists write them: 「桜町会館⏎029-821-1111」 in
        連絡先, 「029-821-2222⏎mail@example.jp」, or a phone number in the 問い合わせ先 column.
        Each line goes where it belongs when that field is empty; a line the cell holds beside
        a field already given stays in the cell."""
        phone, name = self.value(F.CONTACT_PHONE), self.value(F.CONTACT_NAME)
        lines = [line.strip() for line in phone.splitlines() if line.strip()]
        if len(lines) > 1:
            kept: list[str] = []
            for line in lines:
                if _EMAIL_IN_TEXT.fullmatch(_nfkc(line)) and not self.value(F.CONTACT_EMAIL):
                    self.values[F.CONTACT_EMAIL] = line
                elif not contacts.is_phone(line) and not self.value(F.CONTACT_NAME):
                    self.values[F.CONTACT_NAME] = line
                else:
                    kept.append(line)
            self.values[F.CONTACT_PHONE] = " ".join(kept)
        elif not phone and (found := _PHONE_IN_TEXT.search(_nfkc(name))):
            folded = _nfkc(name)
            rest = f"{folded[: found.start()]} {folded[found.end() :]}"
            rest = _PHONE_LABEL.sub(" ", rest)
            self.values[F.CONTACT_PHONE] = found.group(0)
            self.values[F.CONTACT_NAME] = " ".join(rest.split())

    def phone(self) -> str:
        """The row's telephone as written, with the 市外局番 a town's list leaves out (「41-0033」)
        added from its other rows and said so; without one to add, said to be missing."""
        written = _phone(self.value(F.CONTACT_PHONE))
        if not _LOCAL_NUMBER.fullmatch(written):
            return written
        completed = with_area_code(written, self.planner.area_code)
        if completed == written:
            self.warn(F.CONTACT_PHONE, labels.IMPORT_PHONE_NO_AREA_CODE.format(value=written))
        else:
            self.warn(
                F.CONTACT_PHONE,
                labels.IMPORT_PHONE_AREA_CODE_ADDED.format(
                    value=written, code=self.planner.area_code
                ),
            )
        return completed

    def organization_and_contact(self) -> str:
        """Set the row's organization; returns the contact name (a city department's)."""
        organization = self.value(F.ORGANIZATION).strip()
        contact_name = self.value(F.CONTACT_NAME)
        if (
            organization
            and is_city_department(organization)
            and organization_key(organization) not in self.planner.lookups.organization_keys
        ):
            # 「こども家庭課」 runs no activity: it is the city's contact, offered as 市の担当課.
            self.warn(F.ORGANIZATION, labels.IMPORT_CITY_DEPARTMENT.format(name=organization))
            contact_name = contact_name or f"{labels.CITY_DEPARTMENT}（{organization}）"
            organization = ""
        organization = organization or self.planner.options.organization.strip()
        if not organization and contact_name.startswith(labels.CITY_DEPARTMENT):
            organization = labels.CITY_DEPARTMENT
        own_name = self.value(F.NAME).strip()
        if not organization and self.planner.mapping.column_of(F.ORGANIZATION) is None:
            # A 通いの場一覧 has no 団体名: each 通いの場 is its own group (said once, above).
            organization = own_name
            self.planner.organization_from_name |= bool(organization)
        if not organization and own_name:
            self.issue(F.ORGANIZATION, labels.IMPORT_NO_ORGANIZATION)
        self.organization = organization
        return contact_name

    def deadline_header(self, f: ImportField) -> str:
        """The header of ``f``'s column when it is a 募集's deadline (「申込締切」「募集期間」), else
        ""."""
        column = self.planner.mapping.column_of(f)
        if f is not F.RESERVATION or column is None:
            return ""
        header = " ".join(self.planner.mapping.headers[column].split())
        return header if _DEADLINE_HEADER.search(_nfkc(header)) else ""

    def _note_label(self, f: ImportField, label: str) -> str:
        """A description line's label: the column's own header for a 募集's deadline (「締切」
        「募集期間」, read as its 予約・申込 note), else the field's."""
        return self.deadline_header(f) or label

    def description(self) -> str:
        paragraphs = [self.value(F.PURPOSE), self.value(F.DESCRIPTION)]
        paragraphs += [
            f"{self._note_label(f, label)}: {text}"
            for f, label in _NOTE_FIELDS
            if (text := self.value(f)) and not (f is F.AGES and self.ages_as_the_form_says())
        ]
        if self.target_note:
            paragraphs.append(f"{labels.IMPORT_TARGET_NOTE}: {self.target_note}")
        if self.capacity_note:
            paragraphs.append(f"{labels.IMPORT_CAPACITY_NOTE}: {self.capacity_note}")
        if unread := barrier_free_flags(self.value(F.BARRIER_FREE))[1]:
            paragraphs.append(f"{labels.IMPORT_BARRIER_FREE_NOTE}: {'、'.join(unread)}")
        status_cell = self.value(F.STATUS)  # 「△」 is said as the legend says it: 「休止中」
        status_said = self.status_meaning(status_cell) or spelled_out(status_cell)
        for status in (self.name_status, status_said):
            if status and not _ACTIVE.fullmatch(_nfkc(status)):  # 「休止中」「再開（R5.6～）」
                paragraphs.append(f"{labels.IMPORT_STATUS_NOTE}: {status}")
        if self.moved_said:  # the date cell's own words, read into the new date
            paragraphs.append(f"{labels.IMPORT_POSTPONED_NOTE}: {self.moved_said}")
        if self.name_former:  # out of the name, still said where residents read
            paragraphs.append(f"{labels.IMPORT_FORMER_NAME_NOTE}: {self.name_former}")
        paragraphs.append(self.value(F.REMARKS))
        if fax := " ".join(self.value(F.FAX).split()):  # no field of its own: a line to read
            paragraphs.append(f"{labels.IMPORT_FAX_NOTE}: {fax}")
        return "\n\n".join(p.strip() for p in paragraphs if p.strip())

    def tags(self) -> tuple[str, ...]:
        tags = [p.strip() for f in (F.TAGS, F.SUPPORT_KIND) for p in _SPLIT.split(self.value(f))]
        for f, tag in ((F.PANTRY, "フードパントリー"), (F.TAKEOUT, "テイクアウト")):
            if _YES.fullmatch(_nfkc(self.value(f))):
                tags.append(tag)
        if _RESERVATION_REQUIRED.search(_nfkc(self.value(F.RESERVATION))):
            tags.append("要予約")
        tags += self.former_names  # found by the name people still call it
        return tuple(dict.fromkeys(t for t in tags if t))

    def validate(self, data: ListingData) -> None:
        known_problem_columns = {p.column for p in self.problems}
        vocabulary = self.planner.lookups.vocabulary
        for key, message in validate(data, vocabulary, contacts_typed=False).items():
            col = self.column(_FIELD_OF_DATA.get(key, F.NAME))
            if col not in known_problem_columns:  # one reason per column is enough
                self.problems.append(RowIssue(self.line, col, message, self.sheet))
        # A list's contact cells are kept as written (「非公開」「事務局へ」); the report says so.
        if data.contact_phone and not contacts.is_phone(data.contact_phone):
            self.warn(F.CONTACT_PHONE, labels.IMPORT_ODD_PHONE.format(value=data.contact_phone))
        if data.contact_email and not contacts.is_email(data.contact_email):
            self.warn(F.CONTACT_EMAIL, labels.IMPORT_ODD_EMAIL.format(value=data.contact_email))

    # ---- after validation: place and schedule ----

    def located(self, data: ListingData) -> ListingData:
        geocoder = self.planner.geocoder
        if data.lat is None and not data.address and data.postal_code and not self.private:
            # 住所 is only 「〒300-0036」: the postal code's town places it.
            if isinstance(by_code := geocoder.geocode(data.postal_code), Located):
                data = replace(
                    data,
                    lat=round(by_code.lat, 6),
                    lon=round(by_code.lon, 6),
                    precision=by_code.precision,
                )
        if not data.address and (address := self.address_as_place(data.place_name)):
            # 活動場所 「足利市通2丁目12-10」: the place is said by its address
            data = replace(data, address=address, place_name="")
        if data.lat is None and data.place_name and not self.private:
            written = parse_address(data.address)
            if not written.town and not re.search(r"[0-9]", _nfkc(data.address)):
                return self.placed_by_name(data)
        if data.lat is None and data.address:
            placed = place(data, None, geocoder)
            located = placed.data
            if located.lat is None:
                found = geocoder.geocode(data.address)
                reason = found.reason if not isinstance(found, Located) else ""
                written = parse_address(data.address)
                if not written.prefecture and not prefecture_of(written.city):
                    # 「神立町1234-5」 in a file that names its city nowhere: say how to fix it
                    reason = labels.IMPORT_NO_CITY_IN_ADDRESS.format(reason=reason)
                self.warn(F.ADDRESS, labels.IMPORT_NOT_LOCATED.format(reason=reason))
            elif placed.read_otherwise is not None:
                # 「東京都所沢市東町」: placed in 埼玉県, said so that a wrong guess is caught
                notice = placed.read_otherwise.notice_text
                self.warn(F.ADDRESS, labels.IMPORT_ADDRESS_READ_OTHERWISE.format(notice=notice))
            data = located
        return data

    def address_as_place(self, place: str) -> str:
        """A 会場・活動場所 cell that is an address (「足利市通２丁目１２－１０」: a 市区町村, a town
        and its numbers, nothing else), completed as an address; "" for a place's name."""
        written = parse_address(_nfkc(place))
        if not written.city or written.rest or not (written.chome or written.numbers):
            return ""
        prefecture, city = _municipality(self.values)
        if not city:
            prefecture, city = self.planner.home
        if not (written.prefecture or prefecture_of(written.city)) and not is_municipality_of(
            prefecture, written.city
        ):
            return ""  # 「林町1」: no 市区町村 named
        return complete_address(_nfkc(place), prefecture, city)

    def placed_by_name(self, data: ListingData) -> ListingData:
        """A row whose 会場 names its place (「南部センター」「○○集会所」) and whose address says
        no more than the city: at the landmark of that name, or else at its city, 市区町村
        precision, said in the preview so that a coordinator places the pin. The city's centre
        is no place anyone meets at, and a map that shows it unsaid misleads."""
        if (venue := self.planner.venues.get(places.place_key(data.place_name))) is not None:
            return replace(
                data,
                address=data.address or venue.address,
                lat=round(venue.lat, 6),
                lon=round(venue.lon, 6),
                precision=LocationPrecision.ROOFTOP.value,  # the building a coordinator placed
            )
        prefecture, city = _municipality(self.values)
        if not city:
            prefecture, city = self.planner.home
        city = self.with_ward(prefecture, city, "")
        if not data.address and (town := self.town_of_venue(data, prefecture, city)):
            return town
        address = data.address or f"{prefecture}{city}"
        if address and isinstance(found := self.planner.geocoder.geocode(address), Located):
            data = replace(
                data,
                address=address,
                lat=round(found.lat, 6),
                lon=round(found.lon, 6),
                precision=LocationPrecision.CITY.value,
            )
        self.warn(F.PLACE_NAME, labels.IMPORT_PLACE_NAME_ONLY.format(place=data.place_name))
        return data

    def town_of_venue(self, data: ListingData, prefecture: str, city: str) -> ListingData | None:
        """A 会場 named after its town (「林町公民館」「広町地区コミュニティセンター」「安行地区
        センター」) placed at that town (大字・町丁目 precision), said in the preview so that a
        coordinator moves the pin onto the building; None when the name is no town of the city
        (「西部地区センター」「中央公民館」), which the gazetteer must know as written."""
        place = data.place_name
        found = _VENUE_TOWN.fullmatch(_nfkc(place))
        if found is None or not city:
            return None
        town = found.group("town")
        if _NO_TOWN.fullmatch(town):
            return None  # 「中央公民館」「北部地区センター」: the city's, not 中央's
        # A 政令指定都市's town is known with its ward (新潟市's 内野町 is 西区's): the one ward
        # that has it, when the list names none.
        wards = () if city.endswith("区") else wards_of(prefecture, city)
        found_in: list[tuple[str, str, Located]] = []
        # The town as written; else a 地区's hall, 「赤坂地区センター」 of 赤坂町, the name leaving
        # out the town's 町, when one town fits. (「広公民館」 names no 地区: 呉市's 広 is many
        # towns, its hall not in 広町.)
        district = re.search(r"地区|地域", place) and not town.endswith(("町", "村"))
        for named in (town, f"{town}町" if district else ""):
            found_in = [
                (f"{city}{ward}", named, located)
                for ward in (wards or ("",))
                if named
                and (located := self.town_point(f"{prefecture}{city}{ward}", named)) is not None
            ]
            if found_in:
                break
        if len(found_in) != 1:
            return None
        [(city, town, located)] = found_in
        self.warn(F.PLACE_NAME, labels.IMPORT_PLACE_NAME_TOWN.format(place=place, town=town))
        return replace(
            data,
            address=f"{prefecture}{city}{town}",
            lat=round(located.lat, 6),
            lon=round(located.lon, 6),
            precision=located.precision,
        )

    def town_point(self, municipality: str, town: str) -> Located | None:
        """The gazetteer's point of ``town`` of ``municipality`` (「岐阜県大垣市」「林町」), when
        it knows the town as written: 「広公民館」 is not 広町's, a town the name only begins."""
        located = self.planner.geocoder.geocode(f"{municipality}{town}")
        if not isinstance(located, Located) or located.precision not in _TOWN_PRECISIONS:
            return None
        if located.matched.removeprefix(municipality).removeprefix("大字") != town:
            return None
        return located

    def check_schedule(self, data: ListingData) -> None:
        if not data.schedule_text:
            return
        reviews = self.planner.schedules
        review = reviews.get(data.schedule_text)
        if review is None:
            # (parsed once: a 備考 read into the schedule was parsed with it already)
            review = reviews[data.schedule_text] = _note_spec(
                data.schedule_text, self.planner.today
            ).needs_review
        if review:
            self.warn(
                F.SCHEDULE_NOTE if F.SCHEDULE not in self.values else F.SCHEDULE,
                labels.IMPORT_SCHEDULE_REVIEW,
            )


__all__ = [
    "Action",
    "CachingGeocoder",
    "ImportOptions",
    "ImportPlan",
    "PlannedRow",
    "RowIssue",
    "compose_schedule",
    "normalized_name",
    "plan_import",
]
