"""Published public listings → CSV in the 自治体標準オープンデータセット layouts.

- Only what a resident may see (``browse.visible(Audience.PUBLIC)``): never drafts, pending,
  coordinator-only or archived listings, and nothing of cases (the directory holds none).
- UTF-8 with BOM and CRLF line ends, so Excel opens it with the right characters.
- Every cell passes through ``cells.neutralize``: text a spreadsheet would execute gets a
  leading ' (OWASP CSV injection).
- The schedule: 利用可能曜日 / 開始時間 / 終了時間 are filled from the parsed schedule when it is a
  plain weekly one, and the organiser's full text goes to 利用可能日時特記事項 (開始日時特記事項 for
  events), which the importer takes whole when it says everything the other columns say.
- Our columns (カテゴリー, 対象, 郵便番号) follow the standard ones; see ``layouts``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.browse import Audience, listing_load_options, visible
from directory.interop.cells import neutralize
from directory.interop.layouts import EVENTS, FACILITIES, Layout
from directory.models import Listing
from directory.schedules import WEEKDAY_LABELS, RuleKind, spec_from_dict


def public_listings(session: Session, batch: int = 500) -> Iterator[Listing]:
    """Every listing a resident may see, in id order, loaded in batches."""
    ids = list(
        session.scalars(select(Listing.id).where(visible(Audience.PUBLIC)).order_by(Listing.id))
    )
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        yield from session.scalars(
            select(Listing)
            .where(Listing.id.in_(chunk))
            .options(*listing_load_options())
            .order_by(Listing.id)
        )


def _weekly_parts(listing: Listing) -> tuple[str, str, str]:
    """(曜日, 開始時間, 終了時間) when the schedule is plain weekly rules, else empty ones."""
    if listing.schedule is None or not listing.schedule.spec:
        return "", "", ""
    spec = spec_from_dict(listing.schedule.spec)
    if spec.needs_review or not spec.rules:
        return "", "", ""
    start = end = ""
    timed = next((r.times for r in spec.rules if r.times is not None), None)
    if timed is not None:
        start = f"{timed.start.hour}:{timed.start.minute:02d}" if timed.start else ""
        end = f"{timed.end.hour}:{timed.end.minute:02d}" if timed.end else ""
    if any(r.kind is not RuleKind.WEEKLY for r in spec.rules):
        return "", start, end
    days = sorted({d for r in spec.rules for d in r.weekdays})
    return "・".join(WEEKDAY_LABELS[d] for d in days), start, end


def _address(listing: Listing) -> str:
    return listing.location.address if listing.location else ""


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")


def facility_row(listing: Listing) -> list[str]:
    loc = listing.location
    weekdays, start, end = _weekly_parts(listing)
    text = listing.schedule.text if listing.schedule else ""
    return [
        "", str(listing.id), "", "", listing.name, listing.kana, "", "",
        _address(listing), "",
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        listing.contact_phone, "", "", listing.organization.name,
        weekdays, start, end, text, listing.description, "", "", "",
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        loc.postal_code if loc else "",
    ]  # fmt: skip


def event_row(listing: Listing) -> list[str]:
    loc = listing.location
    _, start, end = _weekly_parts(listing)
    text = listing.schedule.text if listing.schedule else ""
    return [
        "", str(listing.id), "", "", listing.name, listing.kana, "",
        "", "", start, end, text, listing.description,
        "" if listing.cost_yen is None else str(listing.cost_yen), listing.cost_text,
        listing.contact_name, listing.contact_phone, "", listing.organization.name,
        loc.place_name if loc else "", _address(listing), "",
        _coordinate(loc.lat if loc else None), _coordinate(loc.lon if loc else None),
        "", "", "" if listing.capacity is None else str(listing.capacity), "", "", "", "", "",
        ";".join(c.label for c in listing.categories),
        ";".join(t.label for t in listing.targets),
        loc.postal_code if loc else "",
    ]  # fmt: skip


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with BOM, CRLF, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralize(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def export_standard_csv(session: Session, layout: Layout | str) -> bytes:
    """The directory's public listings as a 公共施設一覧 or イベント一覧 CSV file."""
    if isinstance(layout, str):
        layout = {FACILITIES.key: FACILITIES, EVENTS.key: EVENTS}[layout]
    to_row = facility_row if layout is FACILITIES else event_row
    rows = (to_row(listing) for listing in public_listings(session))
    return write_csv(layout.export_headers, rows)
