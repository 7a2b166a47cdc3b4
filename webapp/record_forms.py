"""Read the record forms — 役割分担 rows, meetings, case notes, plans with roles — into domain
values. As in ``case_forms``: parsing happens here with Japanese messages, rules in matching,
and what was typed comes back with the form when something is wrong.
"""

from __future__ import annotations

from datetime import date

from werkzeug.datastructures import MultiDict

from matching.meetings import ItemData, MeetingData
from matching.models import Meeting
from matching.notes import NoteData
from matching.roles import MAX_ROLES, RoleData
from webapp.case_forms import Parsed, parse_date
from webapp.requests import parse_id, parse_int

BLANK_ROWS = 3  # empty role rows under the filled ones (the form works without JavaScript)


def _text(form: MultiDict[str, str], name: str) -> str:
    return form.get(name, "").replace("\r\n", "\n").strip()


def roles_from_form(form: MultiDict[str, str]) -> tuple[RoleData, ...]:
    """Rows ``role-<n>-organization`` / ``-party`` / ``-task`` and the radio ``lead`` = n;
    rows left blank are dropped."""
    lead = parse_int(form.get("lead"), 0, MAX_ROLES * 2)
    rows = []
    for n in range(MAX_ROLES + BLANK_ROWS):
        role = RoleData(
            organization_id=parse_id(form.get(f"role-{n}-organization")),
            party=_text(form, f"role-{n}-party"),
            task=_text(form, f"role-{n}-task"),
            lead=lead == n,
        )
        if not role.blank:
            rows.append(role)
    return tuple(rows)


def meeting_from_form(form: MultiDict[str, str], today: date) -> tuple[MeetingData, Parsed]:
    parsed = Parsed()
    held_on = parse_date(form, "held_on", parsed, required=True)
    try:
        kind = Meeting(form.get("kind", ""))
    except ValueError:
        kind = Meeting.NONE  # refused by the domain with its message
    data = MeetingData(
        kind=kind,
        held_on=held_on or today,
        title=_text(form, "title"),
        attendee_ids=tuple(
            dict.fromkeys(i for v in form.getlist("attendees") if (i := parse_id(v)))
        ),
    )
    return data, parsed


def item_from_form(form: MultiDict[str, str]) -> tuple[ItemData, Parsed]:
    parsed = Parsed()
    data = ItemData(
        decisions=_text(form, "decisions"),
        next_review_on=parse_date(form, "next_review_on", parsed),
        roles=roles_from_form(form),
    )
    return data, parsed


def note_from_form(form: MultiDict[str, str], today: date) -> tuple[NoteData, Parsed]:
    parsed = Parsed()
    written_on = parse_date(form, "written_on", parsed)
    return NoteData(written_on=written_on or today, body=_text(form, "body")), parsed
