"""Who may do what to the directory (object-level). The write use cases ask these themselves
and raise ``PermissionDenied``; views ask them only to decide what to show.

Roles (design.md §1): admins and coordinators ("staff") review and may edit any listing;
organization members edit only their own organizations and those organizations' listings;
only admins manage accounts and the vocabularies.

Main decision: who acts when no one is signed in. The demo seeds and the commands run on the
server (``flask import-listings``, ``flask add-area``) act as a ``SystemActor``: a named loader,
recorded as the author and reviewer of what it writes (「デモデータ」, 「一括取り込み」), allowed
what an admin is. It is a value the caller must build and name, not a flag a use case accepts:
whoever can run a command on the server can change the database anyway, and the web layer
never builds one (``tests/directory/test_permissions.py`` fails if a view does).
"""

from __future__ import annotations

from dataclasses import dataclass

from directory.errors import PermissionDenied
from directory.models import Listing, Organization, User, UserRole


@dataclass(frozen=True)
class SystemActor:
    """A loader acting for the municipality (the demo seeds, a server command), by name."""

    label: str

    @property
    def display_name(self) -> str:
        return self.label


Actor = User | SystemActor


def user_of(actor: Actor) -> User | None:
    """The person behind ``actor`` (None for a loader): what author/reviewer columns hold."""
    return actor if isinstance(actor, User) else None


def is_member_of(user: User, organization: Organization) -> bool:
    return any(o.id == organization.id for o in user.organizations)


def can_edit_organization(actor: Actor, organization: Organization) -> bool:
    if isinstance(actor, SystemActor):
        return True
    return actor.is_active and (actor.is_staff or is_member_of(actor, organization))


def can_edit_listing(actor: Actor, listing: Listing) -> bool:
    return can_edit_organization(actor, listing.organization)


def can_review(actor: Actor) -> bool:
    """Decide on changes, resolve residents' reports, keep landmarks: staff."""
    if isinstance(actor, SystemActor):
        return True
    return actor.is_active and actor.is_staff


def can_set_organization_kind(actor: Actor) -> bool:
    """An organization's 種類 (社協・NPO・町内会…) is how the municipality classifies it (and
    an import only guesses it from the name): staff set it, not the organization's members."""
    return can_review(actor)


def can_manage_users(actor: Actor) -> bool:
    """Accounts, areas and the vocabularies: admins."""
    if isinstance(actor, SystemActor):
        return True
    return actor.is_active and actor.role is UserRole.ADMIN


def require(allowed: bool) -> None:
    """Raise ``PermissionDenied`` unless ``allowed`` (``require(can_review(actor))``)."""
    if not allowed:
        raise PermissionDenied("not allowed")
