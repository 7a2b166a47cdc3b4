"""Who may do what (object-level): the web layer asks these before every action.

Roles (design.md §1): admins and coordinators ("staff") review and may edit any listing;
organization members edit only their own organizations and those organizations' listings.
"""

from __future__ import annotations

from directory.models import Listing, Organization, User, UserRole


def is_member_of(user: User, organization: Organization) -> bool:
    return any(o.id == organization.id for o in user.organizations)


def can_edit_organization(user: User, organization: Organization) -> bool:
    return user.is_active and (user.is_staff or is_member_of(user, organization))


def can_edit_listing(user: User, listing: Listing) -> bool:
    return can_edit_organization(user, listing.organization)


def can_review(user: User) -> bool:
    return user.is_active and user.is_staff


def can_manage_users(user: User) -> bool:
    return user.is_active and user.role is UserRole.ADMIN
