"""住民からの知らせ: 「情報が違う・閉まっていた」, sent by a resident from a listing's page.

No login and no personal data: a reason (情報が違う / 閉まっていた / そのほか) and, if the resident
wants, a few words. Reports wait for the coordinators with the review queue until one marks
them dealt with (after calling the organization, or by editing the listing).

Rate limit, like login attempts, in the database so that every worker agrees: a client may send
``ReportPolicy.per_client`` reports per ``window``. The client is known only by a keyed hash
of its address that the web layer computes (``client_key``); the key is emptied once it is no
longer needed for the limit (``keep``) and when the report is resolved.

Sending needs no account; reading and resolving reports is staff work (``PermissionDenied``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from directory import labels
from directory.db import existing
from directory.errors import InvalidData
from directory.models import Listing, ListingReport, ReportReason
from directory.permissions import Actor, can_review, require, user_of


@dataclass(frozen=True)
class ReportPolicy:
    per_client: int = 5
    window: timedelta = timedelta(hours=1)
    keep: timedelta = timedelta(days=1)


def report_blocked(session: Session, client_key: str, now: datetime, policy: ReportPolicy) -> bool:
    """Whether this client sent too many reports lately."""
    recent = session.scalar(
        select(func.count())
        .select_from(ListingReport)
        .where(
            ListingReport.client_key == client_key, ListingReport.created_at > now - policy.window
        )
    )
    return (recent or 0) >= policy.per_client


def validate_report(reason: str, note: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if reason not in {r.value for r in ReportReason}:
        errors["reason"] = labels.MSG_REPORT_REASON
    if len(note) > labels.REPORT_NOTE_MAX_LENGTH:
        errors["note"] = labels.MSG_REPORT_NOTE_TOO_LONG.format(limit=labels.REPORT_NOTE_MAX_LENGTH)
    return errors


def submit_report(
    session: Session,
    listing: Listing,
    *,
    reason: str,
    note: str,
    client_key: str,
    now: datetime,
    policy: ReportPolicy | None = None,
) -> ListingReport:
    """Record a resident's report on ``listing``; raises ``InvalidData`` with Japanese messages."""
    policy = policy or ReportPolicy()
    note = note.replace("\r\n", "\n").strip()
    errors = validate_report(reason, note)
    if errors:
        raise InvalidData(errors)
    session.execute(
        update(ListingReport)
        .where(ListingReport.created_at < now - policy.keep, ListingReport.client_key != "")
        .values(client_key="")
    )
    report = ListingReport(
        listing=listing,
        reason=ReportReason(reason),
        note=note,
        client_key=client_key[:64],
        created_at=now,
    )
    session.add(report)
    session.flush()
    return report


def open_reports(session: Session) -> list[ListingReport]:
    """Reports nobody has dealt with yet, oldest first."""
    return list(
        session.scalars(
            select(ListingReport)
            .where(ListingReport.resolved_at.is_(None))
            .options(selectinload(ListingReport.listing).selectinload(Listing.organization))
            .order_by(ListingReport.created_at, ListingReport.id)
        )
    )


def resolve_report(
    session: Session, report: ListingReport, *, reviewer: Actor, now: datetime
) -> None:
    """A coordinator has dealt with the report (a second resolve changes nothing)."""
    require(can_review(reviewer))
    if report.resolved_at is not None:
        return
    person = user_of(reviewer)
    report.resolved_at = now
    report.resolved_by_id = person.id if person is not None else None
    report.resolved_label = reviewer.display_name
    report.client_key = ""
    session.flush()


def get_report(session: Session, actor: Actor, report_id: int) -> ListingReport:
    """A resident's report, for staff; ``NotFound`` when there is none."""
    require(can_review(actor))
    report = existing(session, ListingReport, report_id)
    return report
