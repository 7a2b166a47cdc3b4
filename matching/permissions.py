"""Who may see a case. Case data is 要配慮個人情報: only the coordinators assigned to a case
ever see it. Admins manage accounts and hand cases over (by case code, audited) but never read
them: a user has one role, only the coordinator role works on cases, and a case can be given
only to coordinators — so an admin cannot make themselves, or another admin, able to read one.
Organization members and residents never do; a referral shares with its organization only
what consent allows.
"""

from __future__ import annotations

from directory.models import User, UserRole
from matching.models import Case


def can_work_on_cases(user: User) -> bool:
    """Create cases, open the case list and be assigned to a case: coordinators only."""
    return user.is_active and user.role is UserRole.COORDINATOR


def can_see_reports(user: User) -> bool:
    """Counts without personal data (unmet needs by area): coordinators and admins."""
    return user.is_active and user.is_staff


def can_view_case(user: User, case: Case) -> bool:
    return can_work_on_cases(user) and any(c.id == user.id for c in case.coordinators)


def can_assign(user: User, case: Case) -> bool:
    """Change who works on a case: its coordinators, or an admin (e.g. when staff leave)."""
    return can_view_case(user, case) or (user.is_active and user.role is UserRole.ADMIN)
