"""Who may see a case. Case data is 要配慮個人情報: only the coordinators assigned to a case
(and admins who assign themselves, which is audited) ever see it. Organization members and
residents never do; a referral shares with its organization only what consent allows.
"""

from __future__ import annotations

from directory.models import User, UserRole
from matching.models import Case


def can_work_on_cases(user: User) -> bool:
    """Create cases and open the case list: coordinators and admins."""
    return user.is_active and user.is_staff


def can_view_case(user: User, case: Case) -> bool:
    return can_work_on_cases(user) and any(c.id == user.id for c in case.coordinators)


def can_assign(user: User, case: Case) -> bool:
    """Change who works on a case: its coordinators, or an admin (e.g. when staff leave)."""
    return can_view_case(user, case) or (user.is_active and user.role is UserRole.ADMIN)
