"""Organization self-service (団体のページ): keep your own profile and listings current.

Every change is submitted for review: the public keeps seeing the approved content until a
coordinator approves. Confirming that a listing is still accurate needs no review. Coordinators
and admins may use the same editor for any organization (design.md §1); members only for their
own organizations. The domain checks that (``directory.permissions``): loading what a URL names
raises ``NotFound`` or ``PermissionDenied``, which ``webapp.errors`` shows as 404 or 403.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from directory import (
    changes,
    labels,
    listings,
    organizations,
    permissions,
    review,
    revisions,
    vocabulary,
)
from directory.ages import describe_ages
from directory.errors import Conflict, InvalidData
from directory.freshness import stale_listings
from directory.listings import (
    ListingData,
    Vocabulary,
    confirm_still_accurate,
    create_listing,
    intake_is_stale,
    is_stale,
    set_intake_status,
    snapshot,
    validate,
)
from directory.locations import Placement, place
from directory.models import (
    IntakeStatus,
    Listing,
    ListingRevision,
    ListingStatus,
    LocationPrecision,
    Organization,
    RevisionAction,
    RevisionStatus,
)
from matching.submissions import Earlier, Kind
from webapp import db, maps, messages, once
from webapp.auth import actor
from webapp.forms import listing_from_form, organization_from_form
from webapp.geocoding import geocoder, say_read_otherwise
from webapp.requests import parse_int
from webapp.templating import jdate, now_utc, today

bp = Blueprint("org", __name__, url_prefix="/org")

ResponseLike = str | Response | tuple[str, int]


def editable_organization(organization_id: int) -> Organization:
    """Load by id: 404 when absent, 403 when the user may not edit it."""
    return organizations.organization_to_edit(db.session(), actor(), organization_id)


def editable_listing(listing_id: int) -> Listing:
    return listings.listing_to_edit(db.session(), actor(), listing_id)


def _posted_int(name: str) -> int:
    value = parse_int(request.form.get(name))
    if value is None:
        abort(400)
    return value


def _form_context() -> dict[str, Any]:
    session = db.session()
    areas = vocabulary.areas(session)
    return {
        "category_options": [(c.code, c.label) for c in vocabulary.categories(session)],
        "target_options": [(t.code, t.label) for t in vocabulary.targets(session)],
        "area_options": [(a.code, a.name) for a in areas],
        "visibility_options": [(v.value, label) for v, label in labels.VISIBILITY.items()],
        "precision_label": lambda value: labels.LOCATION_PRECISION[LocationPrecision(value)],
        "age_text": describe_ages,
        # for the pin editor: where to look when a listing has no coordinates yet
        "area_centres": {
            a.code: [a.lat, a.lon] for a in areas if a.lat is not None and a.lon is not None
        },
        "town_centre": list(maps.DEFAULT_CENTRE),
        "tiles": maps.tile_source(),
    }


# A member's list shows this many activities a page: a 社協 may keep 150 サロン.
PAGE_SIZE = 50
STALE_SHOWN = 10  # the 「確認をお願いします」 box names the oldest; a link shows them all


@bp.get("/")
@login_required
def dashboard() -> ResponseLike:
    user = actor()
    if user.is_staff:
        return redirect(url_for("coord.dashboard"))
    session = db.session()
    orgs = sorted(user.organizations, key=lambda o: o.kana or o.name)
    max_age = current_app.config["FRESHNESS_DAYS"]
    stale = stale_listings(
        session, today=today(), max_age_days=max_age, organization_ids=[o.id for o in orgs]
    )
    stale_ids = {listing.id for listing in stale}
    view = _ListView.from_request()
    shown: dict[int, list[Listing]] = {}
    for org in orgs:
        rows = sorted(org.listings, key=lambda listing: listing.name)
        if view.words:
            rows = listings.named_like(rows, view.words)
        if view.stale_only:
            rows = [listing for listing in rows if listing.id in stale_ids]
        shown[org.id] = rows
    listing_ids = [listing.id for o in orgs for listing in o.listings]
    return render_template(
        "org/dashboard.html",
        stale_links=_stale_links(orgs, stale_ids, shown, view),
        organizations=orgs,
        shown=shown,
        view=view,
        page_size=PAGE_SIZE,
        many=len(listing_ids) > PAGE_SIZE // 2,
        stale=stale,
        stale_shown=STALE_SHOWN,
        stale_ids=stale_ids,
        pending_ids=revisions.pending_listing_ids(session, listing_ids),
        returned=revisions.returned_revisions(session, [x for o in orgs for x in o.listings]),
        pending_profiles={o.id: organizations.pending_profile_change(session, o) for o in orgs},
        returned_profiles={o.id: organizations.returned_profile_change(session, o) for o in orgs},
        recent=revisions.revisions_for(session, orgs, limit=20),
        max_age=max_age,
        today=today(),
        intake_stale=lambda listing: intake_is_stale(listing, today()),
        intake_options=list(labels.INTAKE_STATUS.items()),
    )


def _stale_links(
    orgs: list[Organization],
    stale_ids: set[int],
    shown: dict[int, list[Listing]],
    view: _ListView,
) -> dict[int, str]:
    """Where each name in the 「確認をお願いします」 box leads: the member's own row of it in the
    list below (its buttons: 情報に変更はありません, 編集する), on the page of the list that has it;
    when the list shown now leaves it out, the 要確認 list's page that has it."""
    links: dict[int, str] = {}
    for org in orgs:
        rows = shown[org.id]
        pages = max((len(rows) + PAGE_SIZE - 1) // PAGE_SIZE, 1)
        page = min(view.page, pages)
        on_page = {x.id for x in rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]}
        stale_rows = [x for x in sorted(org.listings, key=lambda x: x.name) if x.id in stale_ids]
        for index, listing in enumerate(stale_rows):
            anchor = f"listing-{listing.id}"
            if listing.id in on_page:
                links[listing.id] = view.url(anchor)
            else:
                there = _ListView(stale_only=True, page=index // PAGE_SIZE + 1)
                links[listing.id] = there.url(anchor)
    return links


@dataclass(frozen=True)
class _ListView:
    """How the member's list is narrowed: name words, 要確認 only, the page. Kept through a
    confirmation, so the member goes on down the same list."""

    words: str = ""
    stale_only: bool = False
    page: int = 1

    @classmethod
    def from_request(cls) -> _ListView:
        values = request.values
        return cls(
            words=" ".join(values.get("q", "").split())[:100],
            stale_only=values.get("show") == "stale",
            page=parse_int(values.get("page"), 1, 10_000) or 1,
        )

    def page_url(self, page: int, anchor: str = "") -> str:
        return dataclasses.replace(self, page=page).url(anchor)

    def url(self, anchor: str = "") -> str:
        params: dict[str, Any] = {}
        if self.words:
            params["q"] = self.words
        if self.stale_only:
            params["show"] = "stale"
        if self.page > 1:
            params["page"] = self.page
        return url_for("org.dashboard", **params) + (f"#{anchor}" if anchor else "")


def _render_listing_form(
    *,
    organization: Organization,
    listing: Listing | None,
    data: ListingData,
    base_version: int,
    base_number: int,
    errors: dict[str, str] | None = None,
    raw: dict[str, str] | None = None,
    note: str = "",
    conflict: ListingRevision | None = None,
    conflict_message: str = "",
    own_conflict: bool = False,
    pending: ListingRevision | None = None,
    returned: ListingRevision | None = None,
    status: int = 200,
) -> tuple[str, int]:
    conflict_changes = (
        changes.describe(db.session(), conflict.changes) if conflict is not None else []
    )
    return (
        render_template(
            "org/listing_form.html",
            organization=organization,
            listing=listing,
            data=data,
            base_version=base_version,
            base_number=base_number,
            errors=errors or {},
            raw=raw or {},
            note=note,
            conflict=conflict,
            conflict_message=conflict_message,
            own_conflict=own_conflict,
            conflict_changes=conflict_changes,
            pending=pending,
            returned=returned,
            **_form_context(),
        ),
        status,
    )


@bp.route("/organizations/<int:organization_id>/listings/new", methods=["GET", "POST"])
@login_required
def new_listing(organization_id: int) -> ResponseLike:
    organization = editable_organization(organization_id)
    session = db.session()
    blank = ListingData(name="", area=organization.area.code if organization.area else None)
    if request.method == "GET":
        return once.form_page(Kind.LISTING, _history) or _render_listing_form(
            organization=organization, listing=None, data=blank, base_version=0, base_number=0
        )
    claimed = once.claim(Kind.LISTING)  # a double tap or a resend after Back submits once
    if isinstance(claimed, Earlier):
        return once.again(_history(claimed.object_id))
    data, errors, raw = listing_from_form(request.form, blank)
    note = request.form.get("note", "")
    errors = validate(data, Vocabulary.load(session)) | errors
    if errors:
        return _render_listing_form(
            organization=organization,
            listing=None,
            data=data,
            base_version=0,
            base_number=0,
            errors=errors,
            raw=raw,
            note=note,
            status=400,
        )
    placed = place(data, None, geocoder())
    data = placed.data
    listing = create_listing(session, organization, data, actor=actor(), today=today())
    once.made(claimed, listing.id)
    revisions.submit_revision(
        session,
        listing,
        data,
        base_version=0,
        base_number=0,
        author=actor(),
        author_note=note,
        now=now_utc(),
    )
    session.commit()
    flash(messages.LISTING_CREATED, "success")
    _say_read_otherwise(placed)
    if raw.get("age_note"):
        flash(raw["age_note"], "info")
    return redirect(_history(listing.id))


def _say_read_otherwise(placed: Placement) -> None:
    say_read_otherwise(placed.read_otherwise)


def _history(listing_id: int) -> str:
    return url_for("org.listing_history", listing_id=listing_id)


@bp.route("/listings/<int:listing_id>/edit", methods=["GET", "POST"])
@login_required
def edit_listing(listing_id: int) -> ResponseLike:
    listing = editable_listing(listing_id)
    session = db.session()
    pending = revisions.pending_revision(session, listing)
    # Edits build on a change still waiting for review, or on one a reviewer sent back with a
    # question, so nothing the member wrote is lost and they fix only what was asked about.
    # (``start=published`` begins again from what residents see.)
    returned = (
        revisions.returned_revision(session, listing)
        if pending is None and request.values.get("start") != "published"
        else None
    )
    underway = pending or returned
    current = ListingData.from_json(underway.data) if underway else snapshot(listing)
    latest = revisions.latest_number(session, listing)
    if request.method == "GET":
        return _render_listing_form(
            organization=listing.organization,
            listing=listing,
            data=current,
            base_version=listing.version,
            base_number=latest,
            pending=pending,
            returned=returned,
        )
    base_version, base_number = _posted_int("base_version"), _posted_int("base_number")
    data, errors, raw = listing_from_form(request.form, current)
    note = request.form.get("note", "")
    errors = validate(data, Vocabulary.load(session)) | errors
    if errors:
        return _render_listing_form(
            organization=listing.organization,
            listing=listing,
            data=data,
            base_version=base_version,
            base_number=base_number,
            errors=errors,
            raw=raw,
            note=note,
            pending=pending,
            returned=returned,  # the reason stays in sight while they fix the mistakes
            status=400,
        )
    placed = place(data, current, geocoder())
    data = placed.data
    try:
        revisions.submit_revision(
            session,
            listing,
            data,
            base_version=base_version,
            base_number=base_number,
            author=actor(),
            author_note=note,
            now=now_utc(),
        )
    except review.AlreadySubmitted as error:
        # The same form sent twice (Back and send, a retry): the first send stands.
        return _already_submitted(listing, error)
    except Conflict as error:
        # Changed meanwhile: keep what this person typed, show what changed, and base the
        # form on the current state so that sending again is a deliberate choice.
        # (Read again: when both saved at once, the other revision was committed after ours
        # began, and only the database's unique constraint told the two apart.)
        session.refresh(listing)
        newest = revisions.latest_revision(session, listing)
        latest = newest.number if newest is not None else 0
        return _render_listing_form(
            organization=listing.organization,
            listing=listing,
            data=data,
            base_version=listing.version,
            base_number=latest,
            raw=raw,
            note=note,
            conflict=newest,
            conflict_message=str(error),
            own_conflict=isinstance(error, review.StaleEdit) and error.own,
            status=409,
        )
    session.commit()
    flash(messages.SUBMITTED_FOR_REVIEW, "success")
    _say_read_otherwise(placed)
    if raw.get("age_note"):
        flash(raw["age_note"], "info")
    return redirect(url_for("org.listing_history", listing_id=listing.id))


def _already_submitted(listing: Listing, error: review.AlreadySubmitted) -> Response:
    """Where the first send went, and a word that the second one changed nothing."""
    flash(str(error), "info")
    return redirect(url_for("org.listing_history", listing_id=listing.id))


@bp.post("/listings/<int:listing_id>/confirm")
@login_required
def confirm_listing(listing_id: int) -> Response:
    listing = editable_listing(listing_id)
    if listing.status is not ListingStatus.PUBLISHED:
        abort(400)
    view = _ListView.from_request()
    if revisions.pending_listing_ids(db.session(), [listing.id]):
        # The member has said the public info changes: it is not 「変更はありません」.
        flash(messages.CONFIRM_WHILE_PENDING.format(name=listing.name), "info")
        return redirect(view.url(f"listing-{listing.id}"))
    confirm_still_accurate(listing, today(), actor=actor())
    db.session().commit()
    flash(messages.CONFIRMED.format(name=listing.name, date=jdate(today())), "success")
    return redirect(view.url(f"listing-{listing.id}"))


@bp.post("/organizations/<int:organization_id>/confirm")
@login_required
def confirm_listings(organization_id: int) -> Response:
    """情報確認 of the activities ticked in the member's list at once: the yearly round of
    calls to each サロン ends with one press, not 150."""
    organization = editable_organization(organization_id)
    view = _ListView.from_request()
    ids = {i for v in request.form.getlist("listing") if (i := parse_int(v, 1)) is not None}
    chosen = [
        listing
        for listing in organization.listings
        if listing.id in ids and listing.status is ListingStatus.PUBLISHED
    ]
    waiting = revisions.pending_listing_ids(db.session(), [listing.id for listing in chosen])
    chosen = [listing for listing in chosen if listing.id not in waiting]
    if waiting:
        flash(messages.CONFIRM_SKIPPED_PENDING.format(count=len(waiting)), "info")
    if not chosen and waiting:
        return redirect(view.url(f"org-{organization.id}"))
    if not chosen:
        flash(messages.CONFIRM_NONE_CHOSEN, "error")
        return redirect(view.url(f"org-{organization.id}"))
    for listing in chosen:
        confirm_still_accurate(listing, today(), actor=actor())
    db.session().commit()
    flash(messages.CONFIRMED_MANY.format(count=len(chosen), date=jdate(today())), "success")
    return redirect(view.url())  # the page's top, where the message is


@bp.post("/listings/<int:listing_id>/intake")
@login_required
def set_intake(listing_id: int) -> Response:
    """受入状況 in one tap: 受け入れ可 / 要相談 / 休止中, as of today, without review."""
    listing = editable_listing(listing_id)
    try:
        status = IntakeStatus(request.form.get("status", ""))
    except ValueError:
        abort(400)
    if listing.status is not ListingStatus.PUBLISHED:
        abort(400)
    set_intake_status(listing, status, today(), actor=actor())
    db.session().commit()
    flash(
        messages.INTAKE_SET.format(
            name=listing.name, status=labels.INTAKE_STATUS[status], date=jdate(today())
        ),
        "success",
    )
    return redirect(_ListView.from_request().url(f"listing-{listing.id}"))


@bp.route("/listings/<int:listing_id>/archive", methods=["GET", "POST"])
@login_required
def archive_listing(listing_id: int) -> ResponseLike:
    listing = editable_listing(listing_id)
    session = db.session()
    if listing.status is ListingStatus.ARCHIVED:
        abort(404)
    if request.method == "GET":
        return render_template(
            "org/archive.html",
            listing=listing,
            base_version=listing.version,
            base_number=revisions.latest_number(session, listing),
            reason="",
            error=None,
        )
    reason = request.form.get("reason", "").strip()
    try:
        revisions.request_archive(
            session,
            listing,
            base_version=_posted_int("base_version"),
            base_number=_posted_int("base_number"),
            author=actor(),
            reason=reason,
            now=now_utc(),
        )
    except review.AlreadySubmitted as error:
        return _already_submitted(listing, error)
    except Conflict as error:
        return render_template(
            "org/archive.html",
            listing=listing,
            base_version=listing.version,
            base_number=revisions.latest_number(session, listing),
            reason=reason,
            error=str(error),
        ), 409
    session.commit()
    flash(messages.ARCHIVE_REQUESTED, "success")
    return redirect(url_for("org.listing_history", listing_id=listing.id))


@bp.post("/revisions/<int:revision_id>/withdraw")
@login_required
def withdraw(revision_id: int) -> Response:
    session = db.session()
    revision = revisions.get_revision(session, actor(), revision_id)
    try:
        revisions.withdraw_revision(session, revision, actor=actor(), now=now_utc())
    except Conflict as error:
        flash(str(error), "error")
        return redirect(url_for("org.listing_history", listing_id=revision.listing_id))
    session.commit()
    flash(messages.WITHDRAWN, "success")
    return redirect(url_for("org.listing_history", listing_id=revision.listing_id))


@bp.get("/listings/<int:listing_id>/history")
@login_required
def listing_history(listing_id: int) -> str:
    listing = editable_listing(listing_id)
    session = db.session()
    history = sorted(listing.revisions, key=lambda r: r.number, reverse=True)
    return render_template(
        "org/history.html",
        listing=listing,
        history=history,
        described={r.id: changes.describe(session, r.changes) for r in history},
        # How a 日時 still waiting for review will be read: the member sees it was understood.
        readings={
            r.id: changes.read_schedule(r.data.get("schedule_text") or "", today())
            for r in history
            if r.status is RevisionStatus.PENDING
            and r.action is RevisionAction.UPDATE
            and "schedule_text" in r.changes
        },
        # 要確認 is for what residents read: a new activity waiting for its first approval
        # has no 情報確認日 yet and nothing to confirm (as in ``directory.freshness``).
        stale=listing.status is ListingStatus.PUBLISHED
        and is_stale(listing, today(), current_app.config["FRESHNESS_DAYS"]),
    )


@bp.route("/organizations/<int:organization_id>/profile", methods=["GET", "POST"])
@login_required
def edit_profile(organization_id: int) -> ResponseLike:
    organization = editable_organization(organization_id)
    session = db.session()
    pending = organizations.pending_profile_change(session, organization)
    # As for listings: a change sent back is where the member goes on from.
    returned = (
        organizations.returned_profile_change(session, organization)
        if pending is None and request.values.get("start") != "published"
        else None
    )
    underway = pending or returned
    current = (
        organizations.OrganizationData.from_json(underway.data)
        if underway
        else organizations.organization_data(organization)
    )
    latest = organizations.latest_profile_number(session, organization)
    context = {
        "organization": organization,
        "area_options": [(a.code, a.name) for a in vocabulary.areas(session)],
        "kind_options": (
            [(kind.value, label) for kind, label in labels.ORGANIZATION_KIND.items()]
            if permissions.can_set_organization_kind(actor())
            else None
        ),
    }
    if request.method == "GET":
        return render_template(
            "org/profile_form.html",
            data=current,
            base_version=organization.version,
            base_number=latest,
            errors={},
            note="",
            conflict=False,
            pending=pending,
            returned=returned,
            **context,
        )
    data = organization_from_form(request.form, current)
    note = request.form.get("note", "")
    try:
        organizations.submit_profile_change(
            session,
            organization,
            data,
            base_version=_posted_int("base_version"),
            base_number=_posted_int("base_number"),
            author=actor(),
            author_note=note,
            now=now_utc(),
        )
    except InvalidData as error:
        return render_template(
            "org/profile_form.html",
            data=data,
            base_version=_posted_int("base_version"),
            base_number=_posted_int("base_number"),
            errors=error.errors,
            note=note,
            conflict=False,
            pending=pending,
            **context,
        ), 400
    except review.AlreadySubmitted as error:
        # The same form sent twice (Back and send, a retry): the first send stands.
        flash(str(error), "info")
        return redirect(_after_profile())
    except Conflict as error:
        session.refresh(organization)
        latest = organizations.latest_profile_number(session, organization)
        return render_template(
            "org/profile_form.html",
            data=data,
            base_version=organization.version,
            base_number=latest,
            errors={},
            note=note,
            conflict=True,
            conflict_message=str(error),
            own_conflict=isinstance(error, review.StaleEdit) and error.own,
            pending=pending,
            **context,
        ), 409
    session.commit()
    flash(messages.PROFILE_SUBMITTED, "success")
    return redirect(_after_profile())


def _after_profile() -> str:
    """Where a sent profile change leads: a member's page, or the reviews for staff."""
    return url_for("org.dashboard") if not actor().is_staff else url_for("coord.reviews")
