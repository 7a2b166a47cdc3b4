"""Published public listings → CSV in the 自治体標準オープンデータセット layouts (and ours).

- Only what a resident may see (``browse.visible(Audience.PUBLIC)``): never drafts, pending,
  coordinator-only or archived listings, and nothing of cases (the directory holds none).
- UTF-8 with BOM and CRLF line ends, so Excel opens it with the right characters.
- Every cell passes through ``cells.neutralize``: text a spreadsheet would execute gets a
  leading ' (OWASP CSV injection).
- Streamed: ``stream_csv`` yields the file a row at a time while the listings are read in
  batches, so a large directory is never one string in memory (the web download and the CLI
  write the pieces as they come).
- 都道府県コード又は市区町村コード / 都道府県名 / 市区町村名: the configured municipality's
  (``ExportOptions.municipality``, from ``TSUNAGARI_MUNICIPALITY_CODE``) on every row, else the
  municipality of each listing's address (``municipalities.from_address``); empty only when the
  address names no municipality we know.
- The schedule: 利用可能曜日 / 開始時間 / 終了時間 are filled from the parsed schedule when it is a
  plain weekly one, and the organiser's full text goes to 利用可能日時特記事項 (開始日時特記事項 for
  events), which the importer takes whole when it says everything the other columns say.
- イベント一覧 開始日 / 終了日: for a schedule of specific dates only (2026年12月5日・12月19日), the
  period it covers — the first and the last date; for a recurring one (毎週水曜日, 第2土曜日…),
  which has no end, the next date it meets on or after ``ExportOptions.today``, as both 開始日
  and 終了日 (one event row is one occurrence). Empty when no date can be computed (不定期, or a
  schedule that needs review): a guessed date is worse than none.
- Our columns (カテゴリー, 対象, 郵便番号) follow the standard ones; see ``layouts``. The
  つながりマップ簡易形式 export writes the simple layout's columns except キーワード (tags are not
  public). Its 対象年齢 is the ages as the listing form shows them back (``describe_ages``:
  「0〜3歳とその保護者」「65歳以上」, empty for none), words the importer reads back to the same
  age_min, age_max and age_with_adults, and, being those very words, does not also add to the
  紹介文 (``planning``). The 公共施設一覧 and イベント一覧 have no column of ages and get none:
  their columns are the standard's and the few every layout adds; the HSDS export carries the
  ages in ``minimum_age`` / ``maximum_age``.
- こども食堂一覧 (``kodomo_row``): a town's こども食堂一覧 lists its こども食堂, so this export holds
  the public listings of the layout's ``default_categories`` (こども食堂) only, not every
  listing. Its columns are filled so that the importer's reading of them (``planning``) gives
  the listing back: see ``kodomo_row`` for the schedule, the 参加費 and the 紹介文. Not written:
  実施支援の主な区分, フードパントリー実施 and テイクアウト実施, which we hold only as keywords
  (not public, like 簡易形式's キーワード); 電話番号2, メールアドレス2, 法人番号, 予約特記事項,
  ネットワークの加入 and 方書, which we do not hold apart.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import labels
from directory.ages import describe_ages
from directory.browse import Audience, listing_load_options, visible
from directory.interop import municipalities
from directory.interop.cells import neutralize
from directory.interop.layouts import EVENTS, FACILITIES, KODOMO, SIMPLE, Layout
from directory.interop.municipalities import Municipality
from directory.models import Category, Listing
from directory.schedules import (
    WEEKDAY_LABELS,
    RuleKind,
    ScheduleSpec,
    next_occurrences,
    spec_from_dict,
)

SIMPLE_PRIVATE_COLUMNS = ("キーワード",)


@dataclass(frozen=True)
class ExportOptions:
    """What an export needs beyond the data: who publishes it and which day it is."""

    municipality: Municipality | None = None  # the configured one; else per address
    home_prefecture: str = ""  # for addresses written without a prefecture
    today: date = field(default_factory=date.today)


def public_listings(
    session: Session, batch: int = 500, *, categories: Sequence[str] = ()
) -> Iterator[Listing]:
    """Every listing a resident may see, in id order, loaded in batches.

    ``categories``: only the listings in one of these categories (codes); all when empty.
    Memory stays bounded however many listings there are: the session's identity map holds
    unmodified objects weakly, so a batch is freed once the caller has moved past it.
    """
    query = select(Listing.id).where(visible(Audience.PUBLIC))
    if categories:
        query = query.where(Listing.categories.any(Category.code.in_(categories)))
    ids = list(session.scalars(query.order_by(Listing.id)))
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        yield from session.scalars(
            select(Listing)
            .where(Listing.id.in_(chunk))
            .options(*listing_load_options())
            .order_by(Listing.id)
        )


def _spec(listing: Listing, today: date) -> ScheduleSpec | None:
    """The schedule as it reads on the export's day (a fiscal year's list since over is not
    exported as current)."""
    if listing.schedule is None or not listing.schedule.spec:
        return None
    return spec_from_dict(listing.schedule.spec, today=today)


def _clock(value: object) -> str:
    return f"{value.hour}:{value.minute:02d}" if value is not None else ""  # type: ignore[attr-defined]


def _weekly_parts(listing: Listing, today: date) -> tuple[str, str, str]:
    """(曜日, 開始時間, 終了時間) when the schedule is plain weekly rules, else empty ones."""
    spec = _spec(listing, today)
    if spec is None or spec.needs_review or not spec.rules:
        return "", "", ""
    timed = next((r.times for r in spec.rules if r.times is not None), None)
    start, end = (_clock(timed.start), _clock(timed.end)) if timed else ("", "")
    if any(r.kind is not RuleKind.WEEKLY for r in spec.rules):
        return "", start, end
    days = sorted({d for r in spec.rules for d in r.weekdays})
    return "・".join(WEEKDAY_LABELS[d] for d in days), start, end


def event_period(spec: ScheduleSpec | None, today: date) -> tuple[date, date] | None:
    """(開始日, 終了日) of an イベント一覧 row (see the module docstring for the rule)."""
    if spec is None or not spec.has_dates:
        return None
    if all(rule.kind is RuleKind.DATES for rule in spec.rules):
        dates = sorted(day for rule in spec.rules for day in rule.dates)
        return dates[0], dates[-1]
    upcoming = next_occurrences(spec, today, 1)
    return (upcoming[0].day, upcoming[0].day) if upcoming else None


def _address(listing: Listing) -> str:
    return listing.location.address if listing.location else ""


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def _municipality(listing: Listing, options: ExportOptions) -> list[str]:
    place = options.municipality or municipalities.from_address(
        _address(listing), options.home_prefecture
    )
    return [place.code, place.prefecture, place.city]


def _barrier_free(listing: Listing) -> str:
    return "。".join(text for name, text in labels.ACCESSIBILITY.items() if getattr(listing, name))


def facility_row(listing: Listing, options: ExportOptions) -> list[str]:
    loc = listing.location
    weekdays, start, end = _weekly_parts(listing, options.today)
    text = listing.schedule.text if listing.schedule else ""
    code, prefecture, city = _municipality(listing, options)
    return [
        code, str(listing.id), prefecture, city, listing.name, listing.kana, "", "",
        _address(listing), "",
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        listing.contact_phone, "", "", listing.organization.name,
        weekdays, start, end, text, listing.description, _barrier_free(listing), "", "",
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        loc.postal_code if loc else "",
    ]  # fmt: skip


def event_row(listing: Listing, options: ExportOptions) -> list[str]:
    loc = listing.location
    _, start, end = _weekly_parts(listing, options.today)
    text = listing.schedule.text if listing.schedule else ""
    period = event_period(_spec(listing, options.today), options.today)
    first, last = (period[0].isoformat(), period[1].isoformat()) if period else ("", "")
    code, prefecture, city = _municipality(listing, options)
    return [
        code, str(listing.id), prefecture, city, listing.name, listing.kana, "",
        first, last, start, end, text, listing.description,
        "" if listing.cost_yen is None else str(listing.cost_yen), listing.cost_text,
        listing.contact_name, listing.contact_phone, "", listing.organization.name,
        loc.place_name if loc else "", _address(listing), "",
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        "", "", "" if listing.capacity is None else str(listing.capacity), "", "", "", "", "",
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        loc.postal_code if loc else "",
    ]  # fmt: skip


def simple_row(listing: Listing, options: ExportOptions) -> list[str]:
    loc = listing.location
    return [
        listing.name, listing.kana, listing.organization.name,
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        describe_ages(listing.age_min, listing.age_max, with_adults=listing.age_with_adults),
        listing.schedule.text if listing.schedule else "",
        loc.place_name if loc else "", loc.postal_code if loc else "", _address(listing),
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        listing.description, listing.cost_text,
        "" if listing.cost_yen is None else str(listing.cost_yen),
        "" if listing.capacity is None else str(listing.capacity),
        listing.contact_name, listing.contact_phone, listing.contact_email,
    ]  # fmt: skip


# The importer's reading of the こども食堂一覧's 参加費 and 紹介文 columns (``planning``), which
# ``kodomo_row`` writes in reverse.
_AGE_FEES = ("幼児", "小学生", "中学生", "高校生", "大人")  # 参加費_幼児 … 参加費_大人
_DESCRIPTION_NOTES = ("参加条件", "予約", "学区")  # 参加条件, 予約方法, 学区: 「予約: 要予約」


# The two functions below read each piece as the importer does: a cell, stripped.
def _joined_fees(by_age: Sequence[str], note: str) -> str:
    fees = zip(_AGE_FEES, (fee.strip() for fee in by_age), strict=True)
    text, note = "・".join(f"{label} {fee}" for label, fee in fees if fee), note.strip()
    return f"{text}（{note}）" if text and note else text or note


def _fee_columns(cost_text: str) -> tuple[list[str], str]:
    """(参加費_幼児 … 参加費_大人, 参加費特記事項) of a 参加費 text.

    「幼児 無料・小学生 100円・大人 300円（兄弟は半額）」 — the text the importer makes of those
    columns — goes back to them; any other text goes whole to 参加費特記事項.
    """
    body, note = cost_text, ""
    if (match := re.fullmatch(r"([^（]*)（(.*)）", cost_text, re.DOTALL)) is not None:
        body, note = match.groups()
    fees = dict.fromkeys(_AGE_FEES, "")
    for part in body.split("・"):
        label, _, fee = part.partition(" ")
        if label not in fees or fees[label]:
            return [""] * len(_AGE_FEES), cost_text
        fees[label] = fee
    by_age = list(fees.values())
    if _joined_fees(by_age, note) != cost_text:
        return [""] * len(_AGE_FEES), cost_text
    return by_age, note


def _joined_description(purpose: str, notes: Sequence[str], remarks: str) -> str:
    notes = [note.strip() for note in notes]
    lines = [
        f"{label}: {note}" for label, note in zip(_DESCRIPTION_NOTES, notes, strict=True) if note
    ]
    return "\n\n".join(p.strip() for p in (purpose, *lines, remarks) if p.strip())


def _description_columns(listing: Listing) -> tuple[str, list[str], str]:
    """(設置目的, [参加条件, 予約方法, 学区], 備考) of a 紹介文.

    A 紹介文 the importer made of those columns (the purpose, then 「参加条件: …」「予約: …」
    「学区: …」 paragraphs, then the remarks) goes back to them; any other goes whole to 設置目的,
    the first paragraph of the 紹介文 on import. 参加条件 stays in the text of a listing without
    targets, whose targets the importer would otherwise read from it.
    """
    text = listing.description
    whole = (text, ["", "", ""], "")
    paragraphs = text.split("\n\n")
    found = [
        (index, _DESCRIPTION_NOTES.index(label), paragraph.removeprefix(f"{label}: "))
        for index, paragraph in enumerate(paragraphs)
        for label in _DESCRIPTION_NOTES
        if paragraph.startswith(f"{label}: ")
    ]
    if not found:
        return whole
    notes = ["", "", ""]
    for _, which, note in found:
        notes[which] = note
    purpose = "\n\n".join(paragraphs[: found[0][0]])
    remarks = "\n\n".join(paragraphs[found[-1][0] + 1 :])
    if (notes[0] and not listing.targets) or _joined_description(purpose, notes, remarks) != text:
        return whole
    return purpose, notes, remarks


def _http(url: str) -> str:
    return url if url.lower().startswith(("https://", "http://")) else ""


def kodomo_row(listing: Listing, options: ExportOptions) -> list[str]:
    """A こども食堂一覧 row that imports back to the same listing.

    The schedule: the organiser's whole text in 開催日時特記事項, with 開催曜日 (plain weekly
    schedules) and 開催開始時間 / 開催終了時間 from the parsed schedule beside it — the columns
    the 公共施設一覧 export fills, which the importer sees the note already says and so takes the
    note alone, the same schedule. 開催頻度 and 開催日 stay empty: the importer puts them in
    front of the note (a municipality's note never repeats them), so filling them would write
    the schedule twice on the way back.
    """
    loc = listing.location
    weekdays, start, end = _weekly_parts(listing, options.today)
    text = listing.schedule.text if listing.schedule else ""
    code, prefecture, city = _municipality(listing, options)
    purpose, (conditions, reservation, district), remarks = _description_columns(listing)
    fees, fee_note = _fee_columns(listing.cost_text)
    return [
        code, str(listing.id), prefecture, city, listing.name, listing.kana, purpose, "",
        _address(listing), "",
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        listing.contact_phone, "", _http(listing.organization.website), listing.contact_email,
        "", "", listing.organization.name,
        "", weekdays, "", start, end, text, conditions, *fees, fee_note, reservation, "",
        "" if listing.capacity is None else str(listing.capacity), "", "", district, "", remarks,
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        loc.postal_code if loc else "", loc.place_name if loc else "", listing.contact_name,
        "" if listing.cost_yen is None else str(listing.cost_yen),
    ]  # fmt: skip


Row = Callable[[Listing, ExportOptions], list[str]]
EXPORTS: dict[str, tuple[Layout, Row]] = {
    FACILITIES.key: (FACILITIES, facility_row),
    EVENTS.key: (EVENTS, event_row),
    SIMPLE.key: (SIMPLE, simple_row),
    KODOMO.key: (KODOMO, kodomo_row),
}


def export_headers(layout: Layout) -> tuple[str, ...]:
    if layout is SIMPLE:
        return tuple(h for h in layout.headers if h not in SIMPLE_PRIVATE_COLUMNS)
    return layout.export_headers


def csv_lines(header: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[bytes]:
    """UTF-8 with BOM, CRLF, every cell neutralised; one encoded line at a time."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def line(cells: Sequence[str]) -> bytes:
        writer.writerow(cells)
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text.encode("utf-8")

    yield b"\xef\xbb\xbf" + line(header)
    for row in rows:
        yield line([neutralize(cell) for cell in row])


def stream_csv(
    session: Session, layout: Layout | str, options: ExportOptions | None = None
) -> Iterator[bytes]:
    """The directory's public listings as a 公共施設一覧, イベント一覧, 簡易形式 or こども食堂一覧
    CSV, in pieces (a layout with default categories holds only the listings in them)."""
    key = layout if isinstance(layout, str) else layout.key
    found, to_row = EXPORTS[key]
    chosen = options or ExportOptions()
    listings = public_listings(session, categories=found.default_categories)
    rows = (to_row(listing, chosen) for listing in listings)
    return csv_lines(export_headers(found), rows)


def export_standard_csv(
    session: Session, layout: Layout | str, options: ExportOptions | None = None
) -> bytes:
    """The whole file at once (tests and small directories; downloads use ``stream_csv``)."""
    return b"".join(stream_csv(session, layout, options))
