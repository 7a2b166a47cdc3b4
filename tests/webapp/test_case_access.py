"""Who reaches case data (要配慮個人情報), route by route, over the whole ``app.url_map``.

Every route is in exactly one of the tables below: case routes (only the coordinators assigned to
the case), lists of the actor's own cases, the organization's incoming referrals, the admin's
audit log, or the routes that hold no case data at all. A new route that is in none of them fails
``test_every_route_is_classified``: whoever adds it decides who may see it.

The scene: a case of コーディネーターA (another coordinator used to have it and was taken off),
with a plan, a need, a referral sent to the farm's organization (consent given), a follow-up, a
note and a meeting record. Visitors: A, a coordinator of another team, the one taken off, an
admin, a member of the receiving organization, a member of another one, and someone not signed
in. Those who may not see the case get the same answer as for an id no case has (so they do not
learn that it exists), nothing of it in the page, and no audit row; A gets the page, an audit row
of the right action, and ``Cache-Control: no-store``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from directory.listings import archive_listing
from directory.models import Listing, User
from matching import cases, meetings, notes, plans, referrals
from matching.models import AgeBand, AuditEvent, Case, Meeting, Referral, ReferralStatus
from matching.outcomes import DeclineReason
from tests.factories import TODAY, make_user
from tests.webapp.conftest import Accounts, form_token, login, post

NAME = "鈴木ミチ子"  # the person's name: never outside the case's own pages
NOTE = "母親と二人暮らし。昼夜逆転ぎみ"  # a note's words
SHARED = "火曜の午後なら来られます。初回は付き添います"  # shared with the organization
FARM = "里山の農作業ボランティア"
MISSING = 987_654  # an id no record has


@dataclass(frozen=True)
class Scene:
    ids: dict[str, int]
    visitors: dict[str, User | None]


@pytest.fixture
def scene(accounts: Accounts, db_session: Session, password_hash: str) -> Scene:
    def coordinator(email: str) -> User:
        return make_user(db_session, email=email, role="coordinator", password_hash=password_hash)

    a, b, removed = coordinator("a@x.jp"), coordinator("b@x.jp"), coordinator("gone@x.jp")
    listing = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    receiving = make_user(
        db_session,
        email="farm@x.jp",
        role="org_member",
        password_hash=password_hash,
        organizations=(listing.organization.source_key or "",),
    )
    day = TODAY - timedelta(days=40)
    case = cases.create_case(
        db_session,
        removed,
        cases.CaseData(display_name=NAME, area_code="niihari", meeting=Meeting.SHIEN),
        consent=cases.ConsentData(True, day, ("share_with_organization", "share_name")),
        today=day,
    )
    # 引き継ぎ: the first coordinator gives the case to A and is off it.
    cases.assign_coordinators(db_session, removed, case, [a])
    plan = plans.create_plan(db_session, a, case, plans.PlanData("プラン", day))
    need = plans.add_need(
        db_session, a, plan, plans.NeedData("外に出る", interests="農作業"), categories=set(),
        targets=set(),
    )  # fmt: skip
    referral = referrals.create_referral(db_session, a, need, listing, today=day)
    referrals.advance(db_session, a, referral, ReferralStatus.AGREED, on=day, today=day)
    referrals.advance(
        db_session, a, referral, ReferralStatus.CONTACTED, on=day, today=day,
        shared_note=SHARED, share_name=True,
    )  # fmt: skip
    referrals.advance(db_session, a, referral, ReferralStatus.TRIAL, on=day, today=day)
    note = notes.add_note(db_session, a, case, notes.NoteData(day, NOTE), today=day)
    meeting = meetings.create_meeting(
        db_session, a, meetings.MeetingData(Meeting.SHIEN, day, "11月の支援会議"), today=day
    )
    meetings.add_case(db_session, a, meeting, case, meetings.ItemData(decisions="見学に同行"))
    db_session.flush()
    ids = {
        "case_id": case.id,
        "plan_id": plan.id,
        "need_id": need.id,
        "referral_id": referral.id,
        "follow_up_id": referral.follow_ups[0].id,
        "note_id": note.id,
        "meeting_id": meeting.id,
    }
    visitors: dict[str, User | None] = {
        "assigned": a,
        "colleague": b,
        "removed": removed,
        "admin": accounts.admin,
        "receiving_member": receiving,
        "other_member": accounts.other_member,
        "anonymous": None,
    }
    return Scene(ids, visitors)


# --- the tables -------------------------------------------------------------------------------

# Routes of one case's data: endpoint → (method, the form A sends, the audit action of A's visit).
CASE_ROUTES: dict[tuple[str, str], tuple[dict[str, object], str]] = {
    ("cases.case_detail", "GET"): ({}, "case.read"),
    ("cases.edit_case", "GET"): ({}, "case.edit"),
    ("cases.edit_case", "POST"): ({"display_name": "ミチ", "age_band": "20s"}, "case.edit"),
    ("cases.record_consent", "POST"): ({"consent_given": "no"}, "consent.create"),
    ("cases.close_case", "POST"): ({"reason": "moved"}, "case.close"),
    ("cases.reopen_case", "POST"): ({}, "case.reopen"),
    ("cases.assign", "POST"): ({}, "case.assign"),
    ("records.add_note", "POST"): ({"written_on": "2026-11-20", "body": "電話"}, "note.create"),
    ("cases.new_plan", "GET"): ({}, "case.edit"),
    ("cases.new_plan", "POST"): (
        {"title": "次のプラン", "started_on": "2026-11-20"},
        "plan.create",
    ),
    ("cases.new_need", "GET"): ({}, "plan.read"),
    ("cases.new_need", "POST"): (
        {
            "title": "朝の散歩",
            "interests": "散歩",
            "weekdays": ["0", "2"],
            "travel_mode": "distance",
            "travel_km": "2",
        },
        "need.create",
    ),
    ("cases.edit_need", "GET"): ({}, "need.read"),
    ("cases.edit_need", "POST"): ({"title": "外に出る", "travel_mode": "walk"}, "need.read"),
    ("cases.suggestions", "GET"): ({}, "need.suggest"),
    ("cases.create_referral", "POST"): ({}, "need.read"),
    ("cases.relax_condition", "POST"): ({"condition": "cost"}, "need.read"),
    ("cases.unmet_form", "GET"): ({}, "need.read"),
    # Refused here (the need has a referral under way): a message and back to the suggestions,
    # whose page then audits its read.
    ("cases.record_unmet", "POST"): ({}, ""),
    ("records.edit_note", "GET"): ({}, "note.read"),
    ("records.edit_note", "POST"): ({"written_on": "2026-11-20", "body": "訂正"}, "note.read"),
    ("records.edit_plan", "GET"): ({}, "plan.edit"),
    ("records.edit_plan", "POST"): ({"title": "プラン", "started_on": "2026-10-14"}, "plan.edit"),
    ("records.plan_document", "GET"): ({}, "plan.print"),
    ("cases.referral_detail", "GET"): ({}, "referral.read"),
    ("cases.advance_referral", "POST"): ({"status": "participating"}, "referral.read"),
    ("cases.reopen_answer", "POST"): ({}, "referral.read"),
    ("cases.record_follow_up", "POST"): ({"condition": "元気に通っている"}, "followup.read"),
    ("meetings.edit_item", "GET"): ({}, "meeting.read"),
    ("meetings.edit_item", "POST"): ({"decisions": "次回も同行"}, "meeting.read"),
    ("meetings.remove_item", "POST"): ({}, "meeting.remove_case"),
}

# Pages of any coordinator that show only the actor's own cases (or a sitting, with only the
# actor's cases of it); admins and organizations are refused.
COORDINATOR_PAGES = {
    ("cases.case_list", "GET"),
    ("cases.new_case", "GET"),
    ("cases.new_case", "POST"),
    ("meetings.index", "GET"),
    ("meetings.new", "GET"),
    ("meetings.new", "POST"),
    ("meetings.detail", "GET"),
    ("meetings.edit", "GET"),
    ("meetings.edit", "POST"),
    ("meetings.add_case", "POST"),
}

# Staff pages with case data of the actor's own cases only (the dashboard's follow-ups and
# answers), and the counts without persons (reports, unmet needs).
STAFF_PAGES = {
    ("coord.dashboard", "GET"),
    ("reports.index", "GET"),
    ("cases.unmet_report", "GET"),
    ("cases.unmet_map_script", "GET"),
    ("cases.unmet_need", "GET"),
    ("cases.resolve_unmet", "POST"),
}

ORGANIZATION_PAGES = {("org_referrals.incoming", "GET"), ("org_referrals.respond", "POST")}
ADMIN_PAGES = {("admin.audit_log", "GET"), ("admin.assign_case", "POST")}

# Routes that hold no case data at all: the directory, accounts, imports, the APIs, the review
# queue, and the handout (built from listing ids alone, webapp.handout).
NO_CASE_DATA = {
    ("api.areas", "GET"),
    ("api.categories", "GET"),
    ("api.index", "GET"),
    ("api.listing", "GET"),
    ("api.listings", "GET"),
    ("api.openapi", "GET"),
    ("api.organization", "GET"),
    ("api.organization_listings", "GET"),
    ("api.organizations", "GET"),
    ("api.targets", "GET"),
    ("auth.change_password", "GET"),
    ("auth.change_password", "POST"),
    ("auth.login", "GET"),
    ("auth.login", "POST"),
    ("auth.session_state", "GET"),  # signed in or not, and the form token: no case data
    ("auth.logout", "POST"),
    ("auth.setup_password", "GET"),
    ("auth.setup_password", "POST"),
    ("feedback.report_form", "GET"),
    ("feedback.resolve", "POST"),
    ("feedback.send_report", "POST"),
    ("handout.cards", "GET"),
    ("handout.cards", "POST"),
    ("hsds_api.index", "GET"),
    ("hsds_api.openapi", "GET"),
    ("hsds_api.organization", "GET"),
    ("hsds_api.organizations", "GET"),
    ("hsds_api.service", "GET"),
    ("hsds_api.service_at_location", "GET"),
    ("hsds_api.service_at_locations", "GET"),
    ("hsds_api.services", "GET"),
    ("hsds_api.taxonomies", "GET"),
    ("hsds_api.taxonomy", "GET"),
    ("hsds_api.taxonomy_term", "GET"),
    ("hsds_api.taxonomy_terms", "GET"),
    ("i18n.choose", "GET"),
    ("i18n.choose", "POST"),
    ("imports.apply", "POST"),
    ("imports.cancel", "POST"),
    ("imports.map_columns", "POST"),
    ("imports.preview", "GET"),
    ("imports.start", "GET"),
    ("imports.upload_file", "POST"),
    ("landmarks.delete", "POST"),
    ("landmarks.edit", "GET"),
    ("landmarks.edit", "POST"),
    ("landmarks.export_csv", "GET"),
    ("landmarks.import_csv", "POST"),
    ("landmarks.index", "GET"),
    ("landmarks.new", "GET"),
    ("landmarks.new", "POST"),
    ("opendata.download", "GET"),
    ("opendata.index", "GET"),
    ("operations.health", "GET"),
    ("org.archive_listing", "GET"),
    ("org.archive_listing", "POST"),
    ("org.confirm_listing", "POST"),
    ("org.confirm_listings", "POST"),
    ("org.dashboard", "GET"),
    ("org.edit_listing", "GET"),
    ("org.edit_listing", "POST"),
    ("org.edit_profile", "GET"),
    ("org.edit_profile", "POST"),
    ("org.listing_history", "GET"),
    ("org.new_listing", "GET"),
    ("org.new_listing", "POST"),
    ("org.set_intake", "POST"),
    ("org.withdraw", "POST"),
    ("public.area_map", "GET"),
    ("public.area_map_points", "GET"),
    ("public.area_map_script", "GET"),
    ("public.favicon", "GET"),
    ("public.home", "GET"),
    ("public.listing_detail", "GET"),
    ("public.listing_map_script", "GET"),
    ("public.listings", "GET"),
    ("public.manifest", "GET"),
    ("public.organization_detail", "GET"),
    ("search.results", "GET"),
    ("search.results_map_script", "GET"),
    ("static", "GET"),
    ("coord.reviews", "GET"),
    ("coord.review", "GET"),
    ("coord.approve", "POST"),
    ("coord.reject", "POST"),
    ("coord.profile_review", "GET"),
    ("coord.approve_profile", "POST"),
    ("coord.reject_profile", "POST"),
    ("admin.users", "GET"),
    ("admin.new_user", "GET"),
    ("admin.new_user", "POST"),
    ("admin.edit_user", "GET"),
    ("admin.edit_user", "POST"),
    ("admin.reset_link", "POST"),
}


def _routes(app: Flask) -> set[tuple[str, str]]:
    return {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }


def test_every_route_is_classified(app: Flask) -> None:
    tables = [set(CASE_ROUTES), COORDINATOR_PAGES, STAFF_PAGES, ORGANIZATION_PAGES, ADMIN_PAGES]
    known = set().union(*tables, NO_CASE_DATA)
    unclassified = _routes(app) - known
    assert not unclassified, f"say who may reach these routes: {sorted(unclassified)}"
    stale = known - _routes(app)
    assert not stale, f"routes no longer in the app: {sorted(stale)}"


# --- one case's routes ------------------------------------------------------------------------


def _path(app: Flask, endpoint: str, ids: dict[str, int]) -> str:
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    values = {name: ids[name] for name in rule.arguments}
    with app.test_request_context():
        from flask import url_for

        return url_for(endpoint, **values)


def _visit(client: FlaskClient, method: str, path: str, form: dict[str, object]) -> TestResponse:
    if method == "GET":
        return client.get(path)
    if client.get_cookie("session") is None:
        return client.post(path, data={"csrf_token": form_token(client, "/login"), **form})
    return post(client, path, form)


def _audit_rows(session: Session, case_id: int | None = None) -> int:
    """Audit rows (of the case ``case_id``, if given)."""
    query = select(func.count(AuditEvent.id))
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    return session.scalar(query) or 0


def _visitor(app: Flask, user: User | None) -> FlaskClient:
    client = app.test_client()
    if user is not None:
        assert login(client, user).status_code == 302
    return client


REFUSED = {
    # Not allowed on case pages at all: the same 403 whatever the id.
    "admin": 403,
    "receiving_member": 403,
    "other_member": 403,
    # Coordinators who are not (or no longer) on the case: told there is no such case.
    "colleague": 404,
    "removed": 404,
    "anonymous": 302,
}


@pytest.mark.parametrize(("endpoint", "method"), sorted(CASE_ROUTES))
@pytest.mark.parametrize("who", sorted(REFUSED))
def test_only_the_assigned_coordinator_reaches_a_case_route(
    client: FlaskClient, db_session: Session, scene: Scene, who: str, endpoint: str, method: str
) -> None:
    app = client.application
    form, _ = CASE_ROUTES[(endpoint, method)]
    visitor = _visitor(app, scene.visitors[who])
    before = _audit_rows(db_session)
    response = _visit(visitor, method, _path(app, endpoint, scene.ids), form)
    body = response.get_data(as_text=True)
    assert response.status_code == REFUSED[who], body[:300]
    assert NAME not in body
    assert NOTE not in body
    assert SHARED not in body
    assert _audit_rows(db_session) == before  # nothing was read, nothing was written
    # The same answer as for a record that does not exist: the case's existence is not told.
    missing = {name: MISSING for name in scene.ids}
    other = _visit(visitor, method, _path(app, endpoint, missing), form)
    assert other.status_code == response.status_code
    case = db_session.get(Case, scene.ids["case_id"])
    assert case is not None
    assert case.display_name == NAME
    assert case.status.value == "open"


@pytest.mark.parametrize(("endpoint", "method"), sorted(CASE_ROUTES))
def test_the_assigned_coordinator_reaches_it_audited_and_never_cached(
    client: FlaskClient, db_session: Session, scene: Scene, endpoint: str, method: str
) -> None:
    app = client.application
    form, action = CASE_ROUTES[(endpoint, method)]
    if endpoint == "cases.assign":
        form = {"coordinators": [str(scene.visitors["assigned"].id)]}  # type: ignore[union-attr]
    if endpoint == "cases.create_referral":
        form = {
            "listing_id": str(db_session.scalar(select(Listing.id).where(Listing.name != FARM)))
        }
    visitor = _visitor(app, scene.visitors["assigned"])
    if endpoint == "cases.reopen_case":
        assert _visit(visitor, "POST", f"/coord/cases/{scene.ids['case_id']}/close",
                      {"reason": "moved"}).status_code == 302  # fmt: skip
    before = db_session.scalar(select(func.max(AuditEvent.id))) or 0
    response = _visit(visitor, method, _path(app, endpoint, scene.ids), form)
    # 409/422: the form shown again (a version or a field missing from this bare form).
    assert response.status_code in (200, 302, 409, 422), response.get_data(as_text=True)[:500]
    rows = db_session.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
    if action:
        assert action in {r.action for r in rows}, [r.action for r in rows]
    else:
        assert response.status_code == 302
    assert all(r.actor_id == scene.visitors["assigned"].id for r in rows)  # type: ignore[union-attr]
    assert {r.case_id for r in rows if r.case_id} <= {scene.ids["case_id"]}
    assert "no-store" in response.headers.get("Cache-Control", ""), response.headers
    if response.status_code == 302:
        assert NAME not in (response.location or "")


POSTS = sorted(route for route in CASE_ROUTES if route[1] == "POST")


@pytest.mark.parametrize(("endpoint", "method"), POSTS)
def test_a_form_sent_back_with_errors_still_audits_what_it_shows(
    client: FlaskClient, db_session: Session, scene: Scene, endpoint: str, method: str
) -> None:
    """An empty or wrong form: the page shown again shows the case, so its read is audited
    even though the failed write is rolled back."""
    app = client.application
    visitor = _visitor(app, scene.visitors["assigned"])
    before = db_session.scalar(select(func.max(AuditEvent.id))) or 0
    wrong = {"title": "x" * 300, "written_on": "きのう", "status": "ended", "listing_id": "0"}
    response = _visit(visitor, method, _path(app, endpoint, scene.ids), wrong)
    rows = db_session.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
    case = db_session.get(Case, scene.ids["case_id"])
    assert case is not None
    if case.code not in response.get_data(as_text=True):
        return  # nothing of the case shown here (a redirect's next page audits its own read)
    assert response.status_code in (200, 409, 422), response.status_code
    assert any(r.case_id == case.id for r in rows), (response.status_code, rows)
    assert "no-store" in response.headers["Cache-Control"]


# --- pages of many cases: the lists, the sittings, the dashboard ------------------------------


def test_a_coordinator_sees_nothing_of_another_coordinators_case_in_lists_and_sittings(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    app = client.application
    case = db_session.get(Case, scene.ids["case_id"])
    assert case is not None
    for who in ("colleague", "removed"):
        visitor = _visitor(app, scene.visitors[who])
        for path in (
            "/coord/",
            "/coord/cases",
            "/coord/cases?closed=1",
            "/coord/meetings/",
            f"/coord/meetings/{scene.ids['meeting_id']}",
            f"/coord/meetings/{scene.ids['meeting_id']}/edit",
            "/coord/cases/new",
            "/org/referrals/",
        ):
            response = visitor.get(path, follow_redirects=True)  # a create form's ?once=
            body = response.get_data(as_text=True)
            assert response.status_code == 200, path
            assert NAME not in body, path
            assert case.code not in body, path
            assert "見学に同行" not in body, path  # the sitting's decision on the case
            assert "no-store" in response.headers["Cache-Control"], path
        # Nor can they put it on a sitting of their own.
        before = _audit_rows(db_session, case.id)
        added = post(visitor, f"/coord/meetings/{scene.ids['meeting_id']}/cases",
                     {"case_id": case.id, "decisions": "x"})  # fmt: skip
        assert added.status_code == 404
        assert _audit_rows(db_session, case.id) == before
    for who in ("admin", "receiving_member", "other_member"):
        visitor = _visitor(app, scene.visitors[who])
        for path in (
            "/coord/cases",
            "/coord/meetings/",
            f"/coord/meetings/{scene.ids['meeting_id']}",
        ):
            assert visitor.get(path).status_code == 403, (who, path)


def test_a_coordinator_not_on_a_case_cannot_change_its_meeting_by_editing_the_sitting(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """The sitting's kind and day are the case's 会議 and 会議日: only its coordinators change
    them; the codes of cases the coordinator does not see are never named in the message."""
    app = client.application
    case = db_session.get(Case, scene.ids["case_id"])
    assert case is not None
    meeting_day = case.meeting_date
    colleague = _visitor(app, scene.visitors["colleague"])
    path = f"/coord/meetings/{scene.ids['meeting_id']}/edit"
    for kind, day in (("shien", "2026-11-01"), ("juso", (TODAY - timedelta(days=40)).isoformat())):
        before = _audit_rows(db_session, case.id)
        response = post(colleague, path, {"kind": kind, "held_on": day, "title": "11月の支援会議"})
        body = response.get_data(as_text=True)
        assert response.status_code == 422, body[:300]
        assert "担当していないケース" in body
        assert case.code not in body
        assert _audit_rows(db_session, case.id) == before
        db_session.expire_all()
        assert case.meeting is Meeting.SHIEN
        assert case.meeting_date == meeting_day
    # The title and the agencies present are the sitting's own: those may change.
    response = post(colleague, path, {"kind": "shien", "held_on": meeting_day.isoformat(),
                                      "title": "11月 第2回 支援会議"})  # fmt: skip
    assert response.status_code == 302
    # The case's own coordinator may move the day.
    assigned = _visitor(app, scene.visitors["assigned"])
    response = post(assigned, path, {"kind": "shien", "held_on": "2026-11-01", "title": "支援会議"})
    assert response.status_code == 302
    db_session.expire_all()
    assert case.meeting_date.isoformat() == "2026-11-01"


# --- what organizations see -------------------------------------------------------------------


def test_the_organization_sees_what_consent_shares_and_nothing_once_it_is_withdrawn(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    app = client.application
    case_id = scene.ids["case_id"]
    receiving = _visitor(app, scene.visitors["receiving_member"])
    before = _audit_rows(db_session, case_id)
    response = receiving.get("/org/referrals/")
    page = response.get_data(as_text=True)
    assert NAME in page  # consent covers the name and sharing with the organization
    assert SHARED in page
    assert NOTE not in page  # the case notes never
    assert "外に出る" not in page  # nor the need
    assert "no-store" in response.headers["Cache-Control"]
    assert _audit_rows(db_session, case_id) == before + 1  # referral.org_read

    other = _visitor(app, scene.visitors["other_member"])
    before = _audit_rows(db_session, case_id)
    page = other.get("/org/referrals/").get_data(as_text=True)
    assert NAME not in page
    assert SHARED not in page
    assert _audit_rows(db_session, case_id) == before
    answered = post(
        other, f"/org/referrals/{scene.ids['referral_id']}/respond", {"answer": "accept"}
    )
    assert answered.status_code == 404

    # 同意の撤回: from now on the organization sees no more than that a request was made.
    assigned = _visitor(app, scene.visitors["assigned"])
    withdrawn = post(assigned, f"/coord/cases/{case_id}/consent",
                     {"consent_given": "no", "consent_on": TODAY.isoformat()})  # fmt: skip
    assert withdrawn.status_code == 302, withdrawn.get_data(as_text=True)[:500]
    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert NAME not in page
    assert SHARED not in page
    assert FARM in page  # its own listing stays on its page (as a withdrawn request)


def test_after_consent_is_withdrawn_the_organization_sees_only_that_the_request_was_withdrawn(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """同意の撤回: the receiving organization keeps a line saying the request was withdrawn —
    not its step, its contact date or later moves — and can no longer answer it; another
    organization sees nothing; the coordinator is told what the organization now sees."""
    app = client.application
    ids = scene.ids
    contacted_on = "2026年"  # any date on the card is written like this
    receiving = _visitor(app, scene.visitors["receiving_member"])
    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert "見学・体験" in page  # before: the step, the date and the answer form
    assert contacted_on in page
    assert f"/org/referrals/{ids['referral_id']}/respond" in page

    assigned = _visitor(app, scene.visitors["assigned"])
    withdrawn = post(assigned, f"/coord/cases/{ids['case_id']}/consent",
                     {"consent_given": "no", "consent_on": TODAY.isoformat()})  # fmt: skip
    assert withdrawn.status_code == 302, withdrawn.get_data(as_text=True)[:500]
    # The coordinator goes on with the person (参加中): none of it reaches the organization.
    moved = post(assigned, f"/coord/referrals/{ids['referral_id']}/advance",
                 {"status": "participating", "on": TODAY.isoformat()})  # fmt: skip
    assert moved.status_code == 302, moved.get_data(as_text=True)[:500]

    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert FARM in page
    assert "取り下げられました" in page
    for gone in ("見学・体験", "参加中", "連絡日", contacted_on, "回答待ち", NAME, SHARED):
        assert gone not in page, gone
    assert f"/org/referrals/{ids['referral_id']}/respond" not in page
    answered = post(receiving, f"/org/referrals/{ids['referral_id']}/respond",
                    {"answer": "accept", "note": "来週どうぞ"})  # fmt: skip
    assert answered.status_code == 302
    page = receiving.get(answered.location).get_data(as_text=True)
    assert "取り下げられたため、回答できません" in page
    db_session.expire_all()
    referral = db_session.get(Referral, ids["referral_id"])
    assert referral is not None
    assert referral.org_response.value == "pending"
    assert referral.org_response_note == ""

    other = _visitor(app, scene.visitors["other_member"])
    page = other.get("/org/referrals/").get_data(as_text=True)
    assert FARM not in page
    assert "取り下げ" not in page
    assert post(other, f"/org/referrals/{ids['referral_id']}/respond",
                {"answer": "accept"}).status_code == 404  # fmt: skip

    page = assigned.get(f"/coord/referrals/{ids['referral_id']}").get_data(as_text=True)
    assert "本人同意（つなぎ先への情報提供）が撤回されています" in page
    assert "「取り下げられました」とだけ" in page


# Consent in force after the request was sent (先方へ連絡 and 見学・体験 in the scene) →
# (the person's name shown, the age band and the coordinator's message shown, answerable).
AGE = "70代"  # the case's age band, as the organization's page writes it
MEMO = "人混みが苦手。母親の介護で疲れている"  # the coordinator's own timeline note
UNNAMED = "お名前は伝えていません"
CONSENT_IN_FORCE: dict[str, tuple[dict[str, object] | None, bool, bool]] = {
    "name_and_organization": (None, True, True),
    "organization_only": (
        {"consent_given": "yes", "consent_scope": ["share_with_organization"]},
        False,
        True,
    ),
    "withdrawn_after_contact": ({"consent_given": "no"}, False, False),
    "narrowed_to_the_name": (
        {"consent_given": "yes", "consent_scope": ["share_name"]},
        False,
        False,
    ),
}


def _org_pages(receiving: FlaskClient, respond: str) -> dict[str, TestResponse]:
    """Every page the receiving organization gets about its requests: the list, the list
    shown again for a form sent back (a decline without its reason), the page an answer lands
    on (refused or sent)."""
    pages = {"list": receiving.get("/org/referrals/")}
    incomplete = post(receiving, respond, {"answer": "decline", "note": "定員の確認中"})
    if incomplete.status_code == 302:  # refused, with a message on the list
        incomplete = receiving.get(incomplete.location)
    pages["sent_back"] = incomplete
    accepted = post(receiving, respond, {"answer": "accept", "note": "火曜にどうぞ"})
    assert accepted.status_code == 302, accepted.get_data(as_text=True)[:300]
    pages["answered"] = receiving.get(accepted.location)
    return pages


@pytest.mark.parametrize("state", sorted(CONSENT_IN_FORCE))
def test_every_page_of_the_organization_shows_what_consent_in_force_shares_and_no_more(
    client: FlaskClient, db_session: Session, scene: Scene, state: str
) -> None:
    """The organization's list, the list shown again with a form's mistakes and the page an
    answer lands on all show the one view of the request (``referrals.shared_view``): the
    name only with 名前を伝える, the age band and the coordinator's message only while consent
    covers the organization, and never the case's notes, needs, meetings or code. Each read
    is audited with the names of what it showed."""
    app = client.application
    ids = scene.ids
    form, named, shared = CONSENT_IN_FORCE[state]
    case = db_session.get(Case, ids["case_id"])
    referral = db_session.get(Referral, ids["referral_id"])
    assert case is not None
    assert referral is not None
    case.age_band = AgeBand.AGE_70S
    referral.events[0].note = MEMO
    db_session.flush()
    assigned = _visitor(app, scene.visitors["assigned"])
    if form is not None:
        changed = post(assigned, f"/coord/cases/{ids['case_id']}/consent",
                       {"consent_on": TODAY.isoformat(), **form})  # fmt: skip
        assert changed.status_code == 302, changed.get_data(as_text=True)[:300]
    respond = f"/org/referrals/{ids['referral_id']}/respond"
    receiving = _visitor(app, scene.visitors["receiving_member"])
    last = db_session.scalar(select(func.max(AuditEvent.id))) or 0

    pages = _org_pages(receiving, respond)

    for path, response in pages.items():
        page = response.get_data(as_text=True)
        assert response.status_code == (422 if path == "sent_back" and shared else 200), path
        assert "no-store" in response.headers["Cache-Control"], path
        assert FARM in page, path
        assert (NAME in page) is named, path
        assert (UNNAMED in page) is (shared and not named), path
        assert (AGE in page) is shared, path
        assert (SHARED in page) is shared, path
        assert ("取り下げられました" in page) is not shared, path
        for never in (NOTE, MEMO, "見学に同行", "外に出る", case.code):
            assert never not in page, (path, never)
    assert (respond in pages["list"].get_data(as_text=True)) is shared
    answered = pages["answered"].get_data(as_text=True)
    assert ("受け入れ可" in answered) is shared
    assert ("取り下げられたため、回答できません" in answered) is not shared
    db_session.expire_all()
    assert referral.org_response.value == ("accepted" if shared else "pending")

    reads = db_session.scalars(
        select(AuditEvent).where(AuditEvent.id > last, AuditEvent.action == "referral.org_read")
    ).all()
    assert len(reads) == len(pages)  # one per page shown
    for row in reads:
        assert row.case_id == ids["case_id"]
        assert row.actor_id == scene.visitors["receiving_member"].id  # type: ignore[union-attr]
        assert ("display_name" in row.fields) is named
        assert ("shared_note" in row.fields) is shared
        assert ("age_band" in row.fields) is shared
        if not shared:
            assert row.fields == ["listing"]

    # Another organization, with the real id or one no referral has: the same 404, nothing
    # of the request, and no read in the case's audit trail.
    other = _visitor(app, scene.visitors["other_member"])
    before = _audit_rows(db_session, ids["case_id"])
    page = other.get("/org/referrals/").get_data(as_text=True)
    for secret in (FARM, NAME, SHARED, AGE, "取り下げ"):
        assert secret not in page, secret
    for path in (respond, f"/org/referrals/{MISSING}/respond"):
        refused = post(other, path, {"answer": "accept"})
        assert refused.status_code == 404, path
        assert NAME not in refused.get_data(as_text=True)
        assert FARM not in refused.get_data(as_text=True)
    assert _audit_rows(db_session, ids["case_id"]) == before


def test_a_request_stopped_before_the_organization_was_contacted_never_reaches_it(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """提案 → 本人了承 → 中断: the coordinator wrote a message and ticked the name, but never
    contacted the farm. Its list stays as it was (no error page, no 「取り下げ」 line even once
    consent is withdrawn), an answer is the 404 of an id no referral has, and the
    coordinator is not told the organization sees anything."""
    app = client.application
    coordinator = scene.visitors["assigned"]
    assert coordinator is not None
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    day = TODAY - timedelta(days=3)
    other_case = cases.create_case(
        db_session, coordinator, cases.CaseData(display_name="高橋ハナ", area_code="niihari"),
        consent=cases.ConsentData(True, day, ("share_with_organization", "share_name")),
        today=day,
    )  # fmt: skip
    plan = plans.create_plan(db_session, coordinator, other_case, plans.PlanData("プラン", day))
    need = plans.add_need(
        db_session,
        coordinator,
        plan,
        plans.NeedData("畑に出る", interests="野菜づくり"),
        categories=set(),
        targets=set(),
    )
    stopped = referrals.create_referral(db_session, coordinator, need, farm, today=day)
    referrals.advance(
        db_session, coordinator, stopped, ReferralStatus.AGREED, on=day, today=day,
        shared_note="金曜の午前に伺いたいそうです", share_name=True,
    )  # fmt: skip
    referrals.advance(
        db_session, coordinator, stopped, ReferralStatus.INTERRUPTED, on=day, today=day,
        reason=DeclineReason.OTHER,
    )  # fmt: skip
    db_session.flush()
    respond = f"/org/referrals/{stopped.id}/respond"
    receiving = _visitor(app, scene.visitors["receiving_member"])
    assigned = _visitor(app, coordinator)

    for consent in (None, {"consent_given": "no"}):
        if consent is not None:
            withdrawn = post(assigned, f"/coord/cases/{other_case.id}/consent",
                             {"consent_on": TODAY.isoformat(), **consent})  # fmt: skip
            assert withdrawn.status_code == 302
        before = _audit_rows(db_session, other_case.id)
        response = receiving.get("/org/referrals/")
        page = response.get_data(as_text=True)
        assert response.status_code == 200, page[:300]
        assert NAME in page  # the scene's own request, sent with consent, is still there
        assert page.count('<article class="referral-request">') == 1
        for secret in ("高橋", "金曜の午前", "中断", "取り下げ", respond):
            assert secret not in page, secret
        refused = post(receiving, respond, {"answer": "accept"})
        missing = post(receiving, f"/org/referrals/{MISSING}/respond", {"answer": "accept"})
        assert refused.status_code == missing.status_code == 404
        assert _audit_rows(db_session, other_case.id) == before
    page = assigned.get(f"/coord/referrals/{stopped.id}").get_data(as_text=True)
    assert "団体の画面には" not in page


@pytest.mark.parametrize(
    "consent",
    [
        pytest.param({"consent_given": "no"}, id="withdrawn"),
        pytest.param({"consent_given": "yes", "consent_scope": ["share_name"]}, id="narrowed"),
    ],
)
def test_once_consent_no_longer_covers_the_organization_its_answer_cannot_be_sent_back(
    client: FlaskClient, db_session: Session, scene: Scene, consent: dict[str, object]
) -> None:
    """The organization cannot answer a withdrawn request, so the coordinator is not offered
    「回答を差し戻す」: the page says why instead, and a send-back is refused with that reason.
    Consent given again brings the button back."""
    app = client.application
    ids = scene.ids
    receiving = _visitor(app, scene.visitors["receiving_member"])
    answered = post(receiving, f"/org/referrals/{ids['referral_id']}/respond",
                    {"answer": "accept", "note": "火曜にどうぞ"})  # fmt: skip
    assert answered.status_code == 302
    assigned = _visitor(app, scene.visitors["assigned"])
    path = f"/coord/referrals/{ids['referral_id']}"
    assert f"{path}/reopen-answer" in assigned.get(path).get_data(as_text=True)

    changed = post(assigned, f"/coord/cases/{ids['case_id']}/consent",
                   {"consent_on": TODAY.isoformat(), **consent})  # fmt: skip
    assert changed.status_code == 302, changed.get_data(as_text=True)[:500]
    page = assigned.get(path).get_data(as_text=True)
    assert f"{path}/reopen-answer" not in page
    assert "回答を差し戻す" not in page
    why = "本人同意（つなぎ先への情報提供）が撤回されているため、回答は差し戻せません"
    assert why in page
    refused = post(assigned, f"{path}/reopen-answer")
    assert refused.status_code == 422
    assert why in refused.get_data(as_text=True)
    db_session.expire_all()
    referral = db_session.get(Referral, ids["referral_id"])
    assert referral is not None
    assert referral.org_response.value == "accepted"

    given = post(assigned, f"/coord/cases/{ids['case_id']}/consent",
                 {"consent_given": "yes", "consent_on": TODAY.isoformat(),
                  "consent_scope": ["share_with_organization"]})  # fmt: skip
    assert given.status_code == 302
    page = assigned.get(path).get_data(as_text=True)
    assert f"{path}/reopen-answer" in page
    assert why not in page


def test_a_closed_case_ends_the_request_for_the_organization_until_it_is_reopened(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """終結: consent still stands, but the organization sees that the つなぎ ended — no step,
    no answer form — and an answer sent from an old page is refused in Japanese. 再開 brings the
    request back as it was, answer form included."""
    app = client.application
    ids = scene.ids
    respond = f"/org/referrals/{ids['referral_id']}/respond"
    receiving = _visitor(app, scene.visitors["receiving_member"])
    assert respond in receiving.get("/org/referrals/").get_data(as_text=True)

    assigned = _visitor(app, scene.visitors["assigned"])
    closed = post(assigned, f"/coord/cases/{ids['case_id']}/close",
                  {"reason": "moved", "closed_on": TODAY.isoformat()})  # fmt: skip
    assert closed.status_code == 302, closed.get_data(as_text=True)[:500]

    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert FARM in page
    assert "このつなぎは終了しました" in page
    assert respond not in page
    for gone in ("見学・体験", "回答待ち", SHARED, "転居"):
        assert gone not in page, gone
    referral = _answer_refused(
        receiving,
        respond,
        db_session,
        ids["referral_id"],
        "このつなぎは終了したため、回答できません。",
    )

    page = assigned.get(f"/coord/referrals/{ids['referral_id']}").get_data(as_text=True)
    assert "ケースが終結しているため" in page
    assert "団体の画面では、このつなぎは「終了しました」と表示されています" in page

    reopened = post(assigned, f"/coord/cases/{ids['case_id']}/reopen")
    assert reopened.status_code == 302
    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert "このつなぎは終了しました" not in page
    assert "見学・体験" in page
    assert SHARED in page
    assert respond in page
    assert post(receiving, respond, {"answer": "accept"}).status_code == 302
    db_session.expire_all()
    assert referral.org_response.value == "accepted"


def _answer_refused(
    receiving: FlaskClient, respond: str, db_session: Session, referral_id: int, message: str
) -> Referral:
    """An answer sent from a page opened before: refused with ``message``, nothing saved."""
    answered = post(receiving, respond, {"answer": "accept", "note": "来週どうぞ"})
    assert answered.status_code == 302
    assert message in receiving.get(answered.location).get_data(as_text=True)
    db_session.expire_all()
    referral = db_session.get(Referral, referral_id)
    assert referral is not None
    assert referral.org_response.value == "pending"
    assert referral.org_response_note == ""
    return referral


def test_an_activity_taken_off_the_directory_ends_the_request_for_the_organization(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """掲載終了 after 先方へ連絡: the organization sees that the activity's listing has ended and
    is offered no answer (accepting a request for an activity that no longer runs makes no
    sense); an answer sent from an old page is refused in Japanese, and the coordinator's page
    says what the organization sees."""
    app = client.application
    ids = scene.ids
    respond = f"/org/referrals/{ids['referral_id']}/respond"
    receiving = _visitor(app, scene.visitors["receiving_member"])
    assert respond in receiving.get("/org/referrals/").get_data(as_text=True)

    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    archive_listing(farm, datetime.now(UTC))
    db_session.flush()

    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert FARM in page
    assert (
        "この活動は掲載を終えています。このつなぎはここまでです。回答の必要はありません。" in page
    )
    assert respond not in page
    assert "受け入れできます" not in page
    assert "今回はお断りします" not in page
    _answer_refused(
        receiving,
        respond,
        db_session,
        ids["referral_id"],
        "この活動は掲載を終えているため、このつなぎには回答できません。",
    )

    assigned = _visitor(app, scene.visitors["assigned"])
    page = assigned.get(f"/coord/referrals/{ids['referral_id']}").get_data(as_text=True)
    assert "団体の画面には、この活動の掲載が終わったことが表示され" in page
    assert "回答できるメンバーのアカウントがありません" not in page


def test_an_answer_given_before_the_activity_ended_stays_and_cannot_be_sent_back(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """An organization that accepted before its activity was taken off the directory sees its
    answer and that the activity ended, with no form; the coordinator is not offered
    「回答を差し戻す」, which would ask for an answer that cannot come."""
    app = client.application
    ids = scene.ids
    receiving = _visitor(app, scene.visitors["receiving_member"])
    answered = post(receiving, f"/org/referrals/{ids['referral_id']}/respond",
                    {"answer": "accept", "note": "火曜にどうぞ"})  # fmt: skip
    assert answered.status_code == 302
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    archive_listing(farm, datetime.now(UTC))
    db_session.flush()

    page = receiving.get("/org/referrals/").get_data(as_text=True)
    assert "この活動は掲載を終えています。このつなぎはここまでです。" in page
    assert "回答の必要はありません" not in page
    assert "火曜にどうぞ" in page
    assert "回答済みです。変更が必要なときは" not in page

    assigned = _visitor(app, scene.visitors["assigned"])
    path = f"/coord/referrals/{ids['referral_id']}"
    page = assigned.get(path).get_data(as_text=True)
    assert f"{path}/reopen-answer" not in page
    why = "この活動は掲載を終えているため、回答は差し戻せません"
    assert why in page
    refused = post(assigned, f"{path}/reopen-answer")
    assert refused.status_code == 422
    assert why in refused.get_data(as_text=True)


# --- the audit log ----------------------------------------------------------------------------


def test_the_audit_log_is_the_admins_alone_and_pages_through_every_event(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    app = client.application
    for who in ("assigned", "colleague", "receiving_member"):
        assert _visitor(app, scene.visitors[who]).get("/admin/audit").status_code == 403
    assert _visitor(app, None).get("/admin/audit").status_code == 302
    assigned = _visitor(app, scene.visitors["assigned"])
    for _ in range(260):  # a busy week of one case: 260 reads on top of the scene's writes
        assigned.get(f"/coord/notes/{scene.ids['note_id']}/edit")
    total = _audit_rows(db_session)
    assert total > 250  # more than a page (100) holds, more than the old page of 200
    admin = _visitor(app, scene.visitors["admin"])
    seen = 0
    path: str | None = "/admin/audit"
    pages = 0
    while path:
        response = admin.get(path)
        page = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "no-store" in response.headers["Cache-Control"]
        assert NAME not in page
        assert NOTE not in page
        assert SHARED not in page
        seen += page.count("<tr><td>")
        found = re.search(r'<a href="([^"]+)" rel="next"', page)
        path = found.group(1).replace("&amp;", "&") if found else None
        pages += 1
        assert pages < 20
    assert seen == total
    assert pages >= 2
    # A page past the end (empty) or not a number (the first) is a page, not an error.
    assert admin.get("/admin/audit?page=9999").status_code == 200
    assert admin.get("/admin/audit?page=二").status_code == 200
    # Filtered by case code, the pages keep the filter.
    code = db_session.get(Case, scene.ids["case_id"]).code  # type: ignore[union-attr]
    page = admin.get(f"/admin/audit?case={code}").get_data(as_text=True)
    nxt = re.search(r'<a href="([^"]+)" rel="next"', page)
    assert nxt
    assert f"case={code}" in nxt.group(1)


def test_a_list_page_leaves_in_each_shown_cases_audit_trail_that_it_showed_it(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    """The case list, the sittings and the dashboard's agendas show a case's code and name:
    the admin who filters the log by the case code sees those reads too (one row per case
    shown, ids only), and no row lands on a case the page did not show."""
    app = client.application
    case = db_session.get(Case, scene.ids["case_id"])
    assert case is not None
    assigned = scene.visitors["assigned"]
    assert assigned is not None
    mine = cases.create_case(
        db_session, assigned, cases.CaseData(display_name="佐藤", area_code="niihari"),
        consent=None, today=TODAY,
    )  # fmt: skip
    colleague = scene.visitors["colleague"]
    assert colleague is not None
    theirs = cases.create_case(
        db_session, colleague, cases.CaseData(area_code="niihari"), consent=None, today=TODAY
    )
    db_session.commit()
    visitor = _visitor(app, assigned)
    for path, action in (
        ("/coord/cases", "case.list"),
        ("/coord/meetings/", "meeting.list"),
        ("/coord/", "followup.list"),  # the scene's first follow-up is due
    ):
        last = db_session.scalar(select(func.max(AuditEvent.id))) or 0
        response = visitor.get(path)
        assert response.status_code == 200, path
        rows = db_session.scalars(
            select(AuditEvent).where(AuditEvent.id > last, AuditEvent.action == action)
        ).all()
        assert case.id in {r.case_id for r in rows}, (path, [(r.action, r.case_id) for r in rows])
        assert theirs.id not in {r.case_id for r in db_session.scalars(
            select(AuditEvent).where(AuditEvent.id > last))}, path  # fmt: skip
    listed = {r.case_id for r in db_session.scalars(
        select(AuditEvent).where(AuditEvent.action == "case.list"))}  # fmt: skip
    assert listed == {case.id, mine.id}
    admin = _visitor(app, scene.visitors["admin"])
    page = admin.get(f"/admin/audit?case={case.code}").get_data(as_text=True)
    for action in ("case.list", "meeting.list", "followup.list"):
        assert f"<td>{action}</td>" in page, action
    assert NAME not in page


def test_audit_rows_hold_field_names_never_what_was_typed(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    app = client.application
    case_id = scene.ids["case_id"]
    assigned = _visitor(app, scene.visitors["assigned"])
    typed = "田中一郎さんと同居。持病あり"
    post(assigned, f"/coord/cases/{case_id}/notes", {"written_on": "2026-11-20", "body": typed})
    post(assigned, f"/coord/cases/{case_id}/edit",
         {"display_name": "田中一郎", "age_band": "60s", "area": "niihari", "meeting": "shien",
          "version": ""})  # fmt: skip
    rows = db_session.scalars(select(AuditEvent)).all()
    assert rows
    for row in rows:
        text = " ".join([row.action, row.object_type, *row.fields])
        for secret in (NAME, NOTE, SHARED, typed, "田中"):
            assert secret not in text
        assert all(re.fullmatch(r"[a-z_]+", f) for f in row.fields), row.fields


# --- the handout ------------------------------------------------------------------------------


def test_what_to_bring_rewritten_for_the_person_never_travels_in_the_address(
    client: FlaskClient, db_session: Session, scene: Scene, caplog: pytest.LogCaptureFixture
) -> None:
    """The coordinator rewrites 持ち物 for the person (often about their health); the card is
    updated by a form sent in the body, so the words stay out of the address, the browser's
    history and the server's access log."""
    caplog.set_level("DEBUG")
    app = client.application
    listing_id = db_session.scalar(select(Listing.id).where(Listing.name == FARM))
    assigned = _visitor(app, scene.visitors["assigned"])
    page = assigned.get(f"/coord/handout/?listing={listing_id}").get_data(as_text=True)
    form = re.search(r'<form method="(\w+)"[^>]*>', page)
    assert form
    assert form.group(1) == "post"
    words = "お薬手帳と杖。インスリンの時間に気をつけて"
    response = post(assigned, "/coord/handout/",
                    {"listing": str(listing_id), "size": "a5", f"bring-{listing_id}": words})  # fmt: skip
    card = response.get_data(as_text=True)
    assert response.status_code == 200
    assert words in card
    assert "handout-a5" in card
    assert "no-store" in response.headers["Cache-Control"]
    assert not [r for r in caplog.records if "インスリン" in r.getMessage()]
    # Words put in the address by hand (an old bookmark) are not printed on the card.
    card = assigned.get(f"/coord/handout/?listing={listing_id}&bring-{listing_id}={words}")
    assert words not in card.get_data(as_text=True)


# --- logs -------------------------------------------------------------------------------------


def test_a_database_error_on_a_case_page_is_logged_without_what_was_typed(
    client: FlaskClient,
    db_session: Session,
    scene: Scene,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fault of ours while saving a note: the person sees the calm error page, the log gets
    the error with its place in the code — not the note's words, which SQLAlchemy's message
    (the statement's parameters) and PostgreSQL's (``DETAIL: Failing row contains …``) carry."""
    from sqlalchemy import text

    def broken(
        session: Session, actor: User, case: Case, data: notes.NoteData, **_: object
    ) -> None:
        session.execute(
            text("INSERT INTO case_notes (id, case_id, body) VALUES (:id, :case, :body)"),
            {"id": MISSING, "case": case.id, "body": data.body},
        )

    monkeypatch.setattr(notes, "add_note", broken)
    caplog.set_level("DEBUG")
    assigned = _visitor(client.application, scene.visitors["assigned"])
    typed = "母が入院。本人はうつの通院中で、火曜は不可"
    response = post(assigned, f"/coord/cases/{scene.ids['case_id']}/notes",
                    {"written_on": "2026-11-20", "body": typed})  # fmt: skip
    assert response.status_code == 500
    assert typed not in response.get_data(as_text=True)
    logged = [r for r in caplog.records if r.levelname == "ERROR"]
    assert logged
    assert "うつの通院" not in caplog.text
    assert "case_notes" in caplog.text  # what failed, for whoever mends it


def test_a_closed_case_is_still_read_by_its_coordinator_but_not_changed(
    client: FlaskClient, db_session: Session, scene: Scene
) -> None:
    app = client.application
    ids = scene.ids
    assigned = _visitor(app, scene.visitors["assigned"])
    closed = post(assigned, f"/coord/cases/{ids['case_id']}/close", {"reason": "moved"})
    assert closed.status_code == 302
    for path in (f"/coord/cases/{ids['case_id']}", f"/coord/referrals/{ids['referral_id']}",
                 f"/coord/plans/{ids['plan_id']}/document"):  # fmt: skip
        before = _audit_rows(db_session, ids["case_id"])
        assert assigned.get(path).status_code == 200
        assert _audit_rows(db_session, ids["case_id"]) > before
    writes = {
        f"/coord/cases/{ids['case_id']}/edit": {"display_name": "別名", "version": ""},
        f"/coord/cases/{ids['case_id']}/plans/new": {"title": "新", "started_on": "2026-11-20"},
        f"/coord/needs/{ids['need_id']}/relax": {"condition": "cost"},
        f"/coord/referrals/{ids['referral_id']}/advance": {"status": "participating"},
    }
    last = db_session.scalar(select(func.max(AuditEvent.id)))
    for path, form in writes.items():
        response = post(assigned, path, form)
        assert response.status_code in (302, 409, 422), path
    db_session.expire_all()
    case = db_session.get(Case, ids["case_id"])
    assert case is not None
    assert case.display_name == NAME
    assert len(case.plans) == 1
    actions = set(db_session.scalars(select(AuditEvent.action).where(AuditEvent.id > last)))
    assert actions <= {"case.edit", "need.read", "referral.read"}, actions  # reads only
