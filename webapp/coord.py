"""Coordinator pages (コーディネーター): the dashboard and the review queue.

Approving a revision publishes it (and the search index follows the commit); rejecting needs a
reason that the organization reads on its own page.
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from directory import changes, labels, organizations, permissions, revisions
from directory.errors import Conflict, InvalidData
from directory.freshness import count_stale, stale_listings
from directory.models import (
    ListingRevision,
    OrganizationRevision,
    RevisionAction,
    RevisionStatus,
)
from matching import followups, outcomes, referrals
from matching import labels as case_labels
from webapp import db, messages
from webapp.auth import actor, requires
from webapp.templating import now_utc, today

bp = Blueprint("coord", __name__, url_prefix="/coord")

ResponseLike = str | Response | tuple[str, int]
STALE_SHOWN = 50


@bp.get("/")
@requires(permissions.can_review)
def dashboard() -> str:
    session = db.session()
    max_age = current_app.config["FRESHNESS_DAYS"]
    stale = stale_listings(session, today=today(), max_age_days=max_age, limit=STALE_SHOWN)
    stale_total = count_stale(session, today=today(), max_age_days=max_age)
    agenda = followups.agenda(session, actor(), today())
    answers = referrals.new_answers(session, actor())
    session.commit()  # the agenda and answers reads are audited
    return render_template(
        "coord/dashboard.html",
        agenda=agenda,
        answers=answers,
        outcomes=outcomes,
        case_labels=case_labels,
        queue=revisions.review_queue(session),
        profile_queue=organizations.profile_review_queue(session),
        stale=stale,
        stale_total=stale_total,
        max_age=max_age,
    )


@bp.get("/reviews")
@requires(permissions.can_review)
def reviews() -> str:
    session = db.session()
    queue = revisions.review_queue(session)
    return render_template(
        "coord/reviews.html",
        queue=queue,
        profile_queue=organizations.profile_review_queue(session),
        described={r.id: changes.describe(session, r.changes) for r in queue},
    )


def _schedule_reading(revision: ListingRevision) -> changes.ScheduleReading | None:
    """How a changed 日時 is read, shown under the changes (None when it did not change)."""
    if revision.action is not RevisionAction.UPDATE or "schedule_text" not in revision.changes:
        return None
    return changes.read_schedule(revision.data.get("schedule_text") or "", today())


def _listing_revision(revision_id: int) -> ListingRevision:
    return revisions.get_revision(db.session(), actor(), revision_id)


def _render_review(
    revision: ListingRevision, *, reason: str = "", error: str | None = None, status: int = 200
) -> tuple[str, int]:
    session = db.session()
    return render_template(
        "coord/review.html",
        revision=revision,
        listing=revision.listing,
        described=changes.describe(session, revision.changes),
        schedule=_schedule_reading(revision),
        stale_base=revision.base_version != revision.listing.version,
        reason=reason,
        error=error,
    ), status


@bp.get("/reviews/<int:revision_id>")
@requires(permissions.can_review)
def review(revision_id: int) -> ResponseLike:
    return _render_review(_listing_revision(revision_id))


@bp.post("/reviews/<int:revision_id>/approve")
@requires(permissions.can_review)
def approve(revision_id: int) -> ResponseLike:
    revision = _listing_revision(revision_id)
    session = db.session()
    try:
        listing = revisions.approve_revision(
            session, revision, reviewer=actor(), now=now_utc(), verified_on=today(), today=today()
        )
    except Conflict as error:
        if _decided_by_me(revision, RevisionStatus.APPROVED):
            return _already_decided(revision.listing.name, revision.status)
        return _render_review(revision, error=str(error), status=409)
    session.commit()
    archived = revision.action is RevisionAction.ARCHIVE
    flash(
        (messages.ARCHIVE_APPROVED if archived else messages.APPROVED).format(name=listing.name),
        "success",
    )
    return redirect(url_for("coord.reviews"))


@bp.post("/reviews/<int:revision_id>/reject")
@requires(permissions.can_review)
def reject(revision_id: int) -> ResponseLike:
    revision = _listing_revision(revision_id)
    session = db.session()
    reason = request.form.get("reason", "")
    try:
        revisions.reject_revision(session, revision, reviewer=actor(), reason=reason, now=now_utc())
    except InvalidData as error:
        return _render_review(revision, reason=reason, error=error.errors["reason"], status=400)
    except Conflict as error:
        if _decided_by_me(revision, RevisionStatus.REJECTED):
            return _already_decided(revision.listing.name, revision.status)
        return _render_review(revision, reason=reason, error=str(error), status=409)
    session.commit()
    flash(messages.REJECTED.format(name=revision.listing.name), "success")
    return redirect(url_for("coord.reviews"))


def _decided_by_me(
    revision: ListingRevision | OrganizationRevision, status: RevisionStatus
) -> bool:
    """Whether this very reviewer already made this decision: a double click, or a resend on a
    slow network, whose first press went through."""
    user = actor()
    return revision.status is status and revision.reviewer_id == user.id


def _already_decided(name: str, status: RevisionStatus) -> Response:
    word = messages.ALREADY_DECIDED_STATUS[status.value]
    flash(messages.ALREADY_DECIDED.format(name=name, status=word), "info")
    return redirect(url_for("coord.reviews"))


def _profile_revision(revision_id: int) -> OrganizationRevision:
    return organizations.get_profile_change(db.session(), actor(), revision_id)


def _render_profile_review(
    revision: OrganizationRevision,
    *,
    reason: str = "",
    error: str | None = None,
    status: int = 200,
) -> tuple[str, int]:
    return render_template(
        "coord/profile_review.html",
        revision=revision,
        organization=revision.organization,
        described=changes.describe(db.session(), revision.changes, labels.ORGANIZATION_FIELDS),
        reason=reason,
        error=error,
        pending=revision.status is RevisionStatus.PENDING,
    ), status


@bp.get("/profile-reviews/<int:revision_id>")
@requires(permissions.can_review)
def profile_review(revision_id: int) -> ResponseLike:
    return _render_profile_review(_profile_revision(revision_id))


@bp.post("/profile-reviews/<int:revision_id>/approve")
@requires(permissions.can_review)
def approve_profile(revision_id: int) -> ResponseLike:
    revision = _profile_revision(revision_id)
    session = db.session()
    try:
        organization = organizations.approve_profile_change(
            session, revision, reviewer=actor(), now=now_utc()
        )
    except Conflict as error:
        if _decided_by_me(revision, RevisionStatus.APPROVED):
            return _already_decided(revision.organization.name, revision.status)
        return _render_profile_review(revision, error=str(error), status=409)
    session.commit()
    flash(messages.APPROVED.format(name=organization.name), "success")
    return redirect(url_for("coord.reviews"))


@bp.post("/profile-reviews/<int:revision_id>/reject")
@requires(permissions.can_review)
def reject_profile(revision_id: int) -> ResponseLike:
    revision = _profile_revision(revision_id)
    session = db.session()
    reason = request.form.get("reason", "")
    try:
        organizations.reject_profile_change(
            session, revision, reviewer=actor(), reason=reason, now=now_utc()
        )
    except InvalidData as error:
        return _render_profile_review(
            revision, reason=reason, error=error.errors["reason"], status=400
        )
    except Conflict as error:
        if _decided_by_me(revision, RevisionStatus.REJECTED):
            return _already_decided(revision.organization.name, revision.status)
        return _render_profile_review(revision, reason=reason, error=str(error), status=409)
    session.commit()
    flash(messages.REJECTED.format(name=revision.organization.name), "success")
    return redirect(url_for("coord.reviews"))
