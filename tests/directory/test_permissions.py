"""Who may write to the directory, asked of the use cases themselves, without a web layer.

Each write use case refuses the wrong actor with ``PermissionDenied`` and writes nothing: a
member of another organization, a member whose account was switched off, a coordinator where
only an admin may act. A future command or API calling the domain cannot skip the check.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory import (
    accounts,
    feedback,
    interop,
    landmarks,
    organizations,
    places,
    revisions,
    vocabulary,
)
from directory.errors import NotFound, PermissionDenied
from directory.listings import (
    confirm_still_accurate,
    create_listing,
    listing_to_edit,
    set_intake_status,
    snapshot,
    update_draft,
)
from directory.models import (
    IntakeStatus,
    Landmark,
    Listing,
    ListingRevision,
    ListingStatus,
    Organization,
    OrganizationRevision,
    RevisionStatus,
    User,
)
from directory.permissions import SystemActor
from geo.geocoding import OfflineGeocoder
from tests.directory.interop.conftest import csv_bytes, plan_bytes
from tests.factories import (
    LOADER,
    NOW,
    TODAY,
    listing_by_key,
    listing_data,
    make_listing,
    make_user,
    organization,
)

OWN_ORG, OTHER_ORG = "chonai-johoku", "npo-hughug"
OWN_LISTING = "a-johoku-ochakai"
GEOCODER = OfflineGeocoder(home_prefecture="茨城県")
ROOT = Path(__file__).resolve().parents[2]


def _user(session: Session, role: str, *, active: bool = True, org: str = "") -> User:
    user = make_user(
        session,
        email=f"{role}-{org or 'staff'}-{'on' if active else 'off'}@example.jp",
        role=role,
        password_hash="x" * 20,
        organizations=(org,) if org else (),
    )
    user.is_active = active
    return user


@pytest.fixture
def people(db_session: Session) -> dict[str, User]:
    return {
        "member": _user(db_session, "org_member", org=OWN_ORG),
        "other_member": _user(db_session, "org_member", org=OTHER_ORG),
        "inactive_member": _user(db_session, "org_member", org=OWN_ORG, active=False),
        "coordinator": _user(db_session, "coordinator"),
        "inactive_coordinator": _user(db_session, "coordinator", active=False),
        "admin": _user(db_session, "admin"),
        "inactive_admin": _user(db_session, "admin", active=False),
    }


def _pending(session: Session, listing: Listing) -> ListingRevision:
    return revisions.submit_revision(
        session, listing, snapshot(listing), base_version=listing.version, author=LOADER, now=NOW
    )


def _pending_profile(session: Session, org: Organization) -> OrganizationRevision:
    data = organizations.organization_data(org)
    return organizations.submit_profile_change(
        session, org, data, base_version=org.version, base_number=None, author=LOADER, now=NOW
    )


# ---- what an organization's members may do: their own organization's listings and profile ----

EditorCase = Callable[[Session, User], object]


def _submit(session: Session, actor: User) -> object:
    listing = listing_by_key(session, OWN_LISTING)
    data = snapshot(listing)
    return revisions.submit_revision(
        session, listing, data, base_version=listing.version, author=actor, now=NOW
    )


def _archive(session: Session, actor: User) -> object:
    listing = listing_by_key(session, OWN_LISTING)
    return revisions.request_archive(
        session, listing, base_version=listing.version, base_number=None, author=actor,
        reason="終了しました", now=NOW,
    )  # fmt: skip


def _withdraw(session: Session, actor: User) -> object:
    revision = _pending(session, listing_by_key(session, OWN_LISTING))
    revisions.withdraw_revision(session, revision, actor=actor, now=NOW)
    return revision


def _create(session: Session, actor: User) -> object:
    return create_listing(session, organization(session, OWN_ORG), listing_data(), actor=actor)


def _update_draft(session: Session, actor: User) -> object:
    draft = make_listing(session, publish=False, organization=organization(session, OWN_ORG))
    update_draft(session, draft, listing_data(name="下書きの新しい名前"), actor=actor)
    return draft


def _confirm(session: Session, actor: User) -> object:
    confirm_still_accurate(listing_by_key(session, OWN_LISTING), TODAY, actor=actor)
    return None


def _intake(session: Session, actor: User) -> object:
    listing = listing_by_key(session, OWN_LISTING)
    set_intake_status(listing, IntakeStatus.PAUSED, TODAY, actor=actor)
    return None


def _profile(session: Session, actor: User) -> object:
    org = organization(session, OWN_ORG)
    data = organizations.organization_data(org)
    return organizations.submit_profile_change(
        session, org, data, base_version=org.version, base_number=None, author=actor, now=NOW
    )


def _open_listing(session: Session, actor: User) -> object:
    return listing_to_edit(session, actor, listing_by_key(session, OWN_LISTING).id)


def _open_organization(session: Session, actor: User) -> object:
    return organizations.organization_to_edit(session, actor, organization(session, OWN_ORG).id)


def _open_revision(session: Session, actor: User) -> object:
    revision = _pending(session, listing_by_key(session, OWN_LISTING))
    return revisions.get_revision(session, actor, revision.id)


EDITOR_CASES: dict[str, EditorCase] = {
    "submit_revision": _submit,
    "request_archive": _archive,
    "withdraw_revision": _withdraw,
    "create_listing": _create,
    "update_draft": _update_draft,
    "confirm_still_accurate": _confirm,
    "set_intake_status": _intake,
    "submit_profile_change": _profile,
    "listing_to_edit": _open_listing,
    "organization_to_edit": _open_organization,
    "get_revision": _open_revision,
}


@pytest.mark.parametrize("case", EDITOR_CASES)
@pytest.mark.parametrize("who", ["other_member", "inactive_member"])
def test_members_of_another_organization_and_switched_off_members_are_refused(
    db_session: Session, people: dict[str, User], case: str, who: str
) -> None:
    with pytest.raises(PermissionDenied):
        EDITOR_CASES[case](db_session, people[who])


@pytest.mark.parametrize("case", EDITOR_CASES)
@pytest.mark.parametrize("who", ["member", "coordinator", "admin"])
def test_members_of_the_organization_and_staff_may(
    db_session: Session, people: dict[str, User], case: str, who: str
) -> None:
    EDITOR_CASES[case](db_session, people[who])


def test_a_refused_change_writes_nothing(db_session: Session, people: dict[str, User]) -> None:
    listing = listing_by_key(db_session, OWN_LISTING)
    before = revisions.latest_number(db_session, listing)
    verified, intake = listing.verified_at, listing.intake_status
    for case in ("submit_revision", "request_archive", "confirm_still_accurate"):
        with pytest.raises(PermissionDenied):
            EDITOR_CASES[case](db_session, people["other_member"])
    with pytest.raises(PermissionDenied):
        set_intake_status(listing, IntakeStatus.PAUSED, TODAY, actor=people["other_member"])
    db_session.flush()
    assert revisions.latest_number(db_session, listing) == before
    assert (listing.verified_at, listing.intake_status) == (verified, intake)


# ---- what only staff (coordinators and admins) may do ----

ReviewerCase = Callable[[Session, User], object]


def _approve(session: Session, actor: User) -> object:
    revision = _pending(session, listing_by_key(session, OWN_LISTING))
    return revisions.approve_revision(session, revision, reviewer=actor, now=NOW, verified_on=TODAY)


def _reject(session: Session, actor: User) -> object:
    revision = _pending(session, listing_by_key(session, OWN_LISTING))
    revisions.reject_revision(session, revision, reviewer=actor, reason="確認します", now=NOW)
    return revision


def _approve_profile(session: Session, actor: User) -> object:
    revision = _pending_profile(session, organization(session, OWN_ORG))
    return organizations.approve_profile_change(session, revision, reviewer=actor, now=NOW)


def _reject_profile(session: Session, actor: User) -> object:
    revision = _pending_profile(session, organization(session, OWN_ORG))
    organizations.reject_profile_change(
        session, revision, reviewer=actor, reason="確認します", now=NOW
    )
    return revision


def _save_organization(session: Session, actor: User) -> object:
    data = organizations.OrganizationData(name="新しい子ども食堂の会", kind="voluntary")
    return organizations.save_organization(session, data, actor=actor)


def _report(session: Session) -> int:
    report = feedback.submit_report(
        session, listing_by_key(session, OWN_LISTING), reason="closed", note="",
        client_key="permissions-test", now=NOW,
    )  # fmt: skip
    return report.id


def _resolve(session: Session, actor: User) -> object:
    report = feedback.get_report(session, LOADER, _report(session))
    feedback.resolve_report(session, report, reviewer=actor, now=NOW)
    return report


def _read_report(session: Session, actor: User) -> object:
    return feedback.get_report(session, actor, _report(session))


def _save_landmark(session: Session, actor: User) -> object:
    data = places.LandmarkData(name="権限テストの公民館", kind="other", lat=36.08, lon=140.2)
    return landmarks.save_landmark(session, actor, data, GEOCODER)


def _delete_landmark(session: Session, actor: User) -> object:
    landmark = session.scalars(select(Landmark).limit(1)).one()
    landmarks.delete_landmark(session, actor, landmark.id)
    return None


def _import_landmarks(session: Session, actor: User) -> object:
    data = "名称,緯度,経度\r\n権限テストの駅,36.08,140.2\r\n".encode()
    return landmarks.import_landmarks_csv(session, actor, data, GEOCODER)


def _open_landmark(session: Session, actor: User) -> object:
    landmark = session.scalars(select(Landmark).limit(1)).one()
    return landmarks.get_landmark(session, actor, landmark.id)


def _import(session: Session, actor: User) -> object:
    plan = plan_bytes(
        session, csv_bytes("活動名,活動の種類,団体名", "権限テストのサロン,居場所,会"), GEOCODER
    )
    return interop.apply_plan(session, plan, actor=actor, now=NOW)


REVIEWER_CASES: dict[str, ReviewerCase] = {
    "approve_revision": _approve,
    "reject_revision": _reject,
    "approve_profile_change": _approve_profile,
    "reject_profile_change": _reject_profile,
    "save_organization": _save_organization,
    "resolve_report": _resolve,
    "get_report": _read_report,
    "save_landmark": _save_landmark,
    "delete_landmark": _delete_landmark,
    "import_landmarks_csv": _import_landmarks,
    "get_landmark": _open_landmark,
    "apply_plan": _import,
}


@pytest.mark.parametrize("case", REVIEWER_CASES)
@pytest.mark.parametrize("who", ["member", "inactive_coordinator"])
def test_only_active_staff_review_import_and_keep_landmarks(
    db_session: Session, people: dict[str, User], case: str, who: str
) -> None:
    with pytest.raises(PermissionDenied):
        REVIEWER_CASES[case](db_session, people[who])


@pytest.mark.parametrize("case", REVIEWER_CASES)
@pytest.mark.parametrize("who", ["coordinator", "admin"])
def test_coordinators_and_admins_review_import_and_keep_landmarks(
    db_session: Session, people: dict[str, User], case: str, who: str
) -> None:
    REVIEWER_CASES[case](db_session, people[who])


def test_a_member_cannot_approve_their_own_change(
    db_session: Session, people: dict[str, User]
) -> None:
    member = people["member"]
    revision = _submit(db_session, member)
    assert isinstance(revision, ListingRevision)
    with pytest.raises(PermissionDenied):
        revisions.approve_revision(
            db_session, revision, reviewer=member, now=NOW, verified_on=TODAY
        )
    assert revision.status is RevisionStatus.PENDING


# ---- what only admins may do: accounts and vocabularies ----

AdminCase = Callable[[Session, User], object]


def _save_user(session: Session, actor: User) -> object:
    data = accounts.UserData(email="new@example.jp", display_name="新しい人", role="coordinator")
    return accounts.save_user(session, data, actor=actor)


def _promote(session: Session, actor: User) -> object:
    """The classic escalation: make oneself an admin."""
    data = accounts.UserData(email=actor.email, display_name=actor.display_name, role="admin")
    return accounts.save_user(session, data, actor=actor, user=actor)


ADMIN_CASES: dict[str, AdminCase] = {
    "save_user": _save_user,
    "save_user (own role)": _promote,
    "users": lambda session, actor: accounts.users(session, actor),
    "get_user": lambda session, actor: accounts.get_user(session, actor, actor.id),
    "save_area": lambda session, actor: vocabulary.save_area(
        session, vocabulary.AreaData("perm", "権限テスト地区"), 99, actor=actor
    ),
    "save_category": lambda session, actor: vocabulary.save_category(
        session, "perm", "権限テスト", "", 99, actor=actor
    ),
    "save_target": lambda session, actor: vocabulary.save_target(
        session, "perm", "権限テスト", 99, actor=actor
    ),
}


@pytest.mark.parametrize("case", ADMIN_CASES)
@pytest.mark.parametrize("who", ["coordinator", "member", "inactive_admin"])
def test_only_active_admins_manage_accounts_and_vocabularies(
    db_session: Session, people: dict[str, User], case: str, who: str
) -> None:
    with pytest.raises(PermissionDenied):
        ADMIN_CASES[case](db_session, people[who])


@pytest.mark.parametrize("case", ADMIN_CASES)
def test_admins_manage_accounts_and_vocabularies(
    db_session: Session, people: dict[str, User], case: str
) -> None:
    ADMIN_CASES[case](db_session, people["admin"])


def test_a_coordinator_cannot_make_themselves_admin(
    db_session: Session, people: dict[str, User]
) -> None:
    coordinator = people["coordinator"]
    with pytest.raises(PermissionDenied):
        _promote(db_session, coordinator)
    assert coordinator.role.value == "coordinator"


# ---- reads: absent is NotFound, not allowed is PermissionDenied ----


@pytest.mark.parametrize(
    "read",
    [
        lambda s, a: listing_to_edit(s, a, 999_999),
        lambda s, a: organizations.organization_to_edit(s, a, 999_999),
        lambda s, a: revisions.get_revision(s, a, 999_999),
        lambda s, a: organizations.get_profile_change(s, a, 999_999),
        lambda s, a: feedback.get_report(s, a, 999_999),
        lambda s, a: landmarks.get_landmark(s, a, 999_999),
        lambda s, a: accounts.get_user(s, a, 999_999),
    ],
)
def test_an_id_that_does_not_exist_is_not_found(
    db_session: Session, people: dict[str, User], read: Callable[[Session, User], object]
) -> None:
    with pytest.raises(NotFound):
        read(db_session, people["admin"])


# ---- the loaders' actor ----


def test_a_loader_is_recorded_by_name_and_never_as_a_person(db_session: Session) -> None:
    listing = listing_by_key(db_session, OWN_LISTING)
    loader = SystemActor("一括取り込み")
    revision = revisions.submit_revision(
        db_session, listing, snapshot(listing), base_version=listing.version, author=loader,
        now=NOW,
    )  # fmt: skip
    revisions.approve_revision(db_session, revision, reviewer=loader, now=NOW, verified_on=TODAY)
    assert (revision.author, revision.author_label) == (None, "一括取り込み")
    assert (revision.reviewer, revision.reviewer_label) == (None, "一括取り込み")
    assert listing.status is ListingStatus.PUBLISHED


def test_a_person_is_recorded_as_author_and_reviewer(
    db_session: Session, people: dict[str, User]
) -> None:
    member, coordinator = people["member"], people["coordinator"]
    revision = _submit(db_session, member)
    assert isinstance(revision, ListingRevision)
    revisions.approve_revision(
        db_session, revision, reviewer=coordinator, now=NOW, verified_on=TODAY
    )
    assert (revision.author, revision.author_label) == (member, member.display_name)
    assert (revision.reviewer, revision.reviewer_label) == (coordinator, coordinator.display_name)


# The commands run on the server may act as a SystemActor; a web page never does.
COMMAND_MODULES = {"webapp/cli.py", "webapp/interop_cli.py"}


def test_no_view_builds_a_system_actor() -> None:
    offenders = []
    for path in sorted((ROOT / "webapp").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative in COMMAND_MODULES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name | ast.Attribute) and (
                getattr(node, "id", None) == "SystemActor"
                or getattr(node, "attr", None) == "SystemActor"
            ):
                offenders.append(f"{relative}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and any(
                alias.name in {"SystemActor", "IMPORTER"} for alias in node.names
            ):
                offenders.append(f"{relative}:{node.lineno}")
    assert offenders == []
