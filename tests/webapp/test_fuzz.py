"""Route by route, hostile input never makes a 500 (on SQLite and on PostgreSQL alike).

Every route of the app, with every method it accepts, as every kind of user, receives:
ids beyond what the database can hold in the URL, and — on URLs with ids of real objects —
every parameter and form field the app reads set to a too-large number, a NUL byte, bytes that
are not UTF-8, a very long text, and a ``next`` holding CR/LF. The answer may be a page, a
redirect, a 400, 403, 404, 405, 409 or 429: never a 500. Unreadable input gets the Japanese 400.

The parameter names are read from the app's own code and templates, so a parameter added later
is fuzzed without touching this test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.routing import Rule
from werkzeug.test import TestResponse

from directory import feedback, revisions
from directory.listings import snapshot
from directory.models import ListingRevision, User
from matching import meetings, notes
from matching.cases import CaseData, ConsentData, create_case
from matching.models import AgeBand, Meeting, ReferralStatus
from matching.plans import NeedData, PlanData, add_need, create_plan
from matching.referrals import advance, create_referral
from matching.unmet import record_unmet_need
from tests.factories import NOW, listing_by_key
from tests.webapp.conftest import Accounts, form_token

WEBAPP = Path(__file__).resolve().parents[2] / "webapp"
MAX_ID = 2**31 - 1
_READ = re.compile(r"""\b(?:args|form|values|files)\.(?:get|getlist)\(\s*["']([^"']+)["']""")
_NAMED = re.compile(r"""\bname=["']([A-Za-z_][\w-]*)["']""")


def parameter_names() -> list[str]:
    """Every parameter name the views read or the templates' forms send."""
    names: set[str] = set()
    for path in WEBAPP.rglob("*.py"):
        names.update(_READ.findall(path.read_text(encoding="utf-8")))
    for path in (WEBAPP / "templates").rglob("*.html"):
        names.update(_NAMED.findall(path.read_text(encoding="utf-8")))
    names.discard("csrf_token")
    return sorted(names)


@dataclass
class Objects:
    """Ids of real objects the coordinator account may work on, by URL argument name."""

    ids: dict[str, int]


@pytest.fixture
def objects(db_session: Session, accounts: Accounts) -> Objects:
    coordinator = accounts.coordinator
    listing = listing_by_key(db_session, "a-johoku-ochakai")
    case = create_case(
        db_session,
        coordinator,
        CaseData(
            display_name="試験 花子",
            age_band=AgeBand.AGE_40S,
            area_code="niihari",
            meeting=Meeting.JUSO,
            meeting_date=date(2026, 11, 12),
        ),
        consent=ConsentData(
            given=True, given_on=date(2026, 11, 10), scope=("share_with_organization",)
        ),
        today=NOW.date(),
    )
    plan = create_plan(
        db_session, coordinator, case, PlanData(title="支援プラン", started_on=NOW.date())
    )
    need = add_need(
        db_session,
        coordinator,
        plan,
        NeedData(title="体を動かす活動", categories=("volunteer",)),
        categories={"volunteer"},
        targets={"everyone"},
    )
    referral = create_referral(db_session, coordinator, need, listing, today=NOW.date())
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED, ReferralStatus.TRIAL):
        advance(db_session, coordinator, referral, step, on=NOW.date(), today=NOW.date())
    other_need = add_need(
        db_session,
        coordinator,
        plan,
        NeedData(title="乗馬", categories=("volunteer",), interests="乗馬"),
        categories={"volunteer"},
        targets={"everyone"},
    )
    unmet_need = record_unmet_need(db_session, coordinator, other_need, today=NOW.date())
    note = notes.add_note(
        db_session, coordinator, case, notes.NoteData(NOW.date(), "経過"), today=NOW.date()
    )
    meeting = meetings.create_meeting(
        db_session, coordinator, meetings.MeetingData(Meeting.JUSO, NOW.date()), today=NOW.date()
    )
    meetings.add_case(db_session, coordinator, meeting, case, meetings.ItemData("見学から"))
    revision = revisions.submit_revision(
        db_session,
        listing,
        snapshot(listing),
        base_version=listing.version,
        author=accounts.member,
        now=NOW,
    )
    report = feedback.submit_report(
        db_session, listing, reason="closed", note="", client_key="fuzz", now=NOW
    )
    db_session.flush()
    profile_revision = db_session.scalars(select(ListingRevision.id)).first()
    assert profile_revision is not None
    return Objects(
        ids={
            "case_id": case.id,
            "plan_id": plan.id,
            "need_id": need.id,
            "referral_id": referral.id,
            "follow_up_id": referral.follow_ups[0].id,
            "listing_id": listing.id,
            "organization_id": accounts.org.id,
            "user_id": accounts.member.id,
            "revision_id": revision.id,
            "unmet_id": unmet_need.id,
            "note_id": note.id,
            "meeting_id": meeting.id,
            "report_id": report.id,
        }
    )


def _path(rule: Rule, value: Callable[[str, str], str]) -> str:
    """The rule's URL with each argument replaced by ``value(name, converter)``."""
    path = rule.rule
    for converter, _, name in re.findall(r"<(?:(\w+)(\([^)]*\))?:)?(\w+)>", rule.rule):
        pattern = re.compile(rf"<(?:\w+(?:\([^)]*\))?:)?{name}>")
        path = pattern.sub(lambda _m, c=converter, n=name: value(n, c or "default"), path)
    return path


HOSTILE: dict[str, bytes] = {
    "too-large number": quote(str(2**31)).encode(),
    "huge number": b"9" * 30,
    "NUL": b"a%00b",
    "not UTF-8": b"%FF%FE%81",
    "long text": b"%E3%81%82" * 100 + b"x" * 2000,
}


def _routes(app: Flask) -> Iterator[tuple[Rule, str]]:
    rules = sorted(app.url_map.iter_rules(), key=lambda r: (r.endpoint == "auth.logout", r.rule))
    for rule in rules:
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            yield rule, method


def _send(
    client: FlaskClient, method: str, path: str, body: bytes, token: str | None
) -> TestResponse:
    if method == "GET":
        return client.get(path, query_string=body.decode("ascii"))
    if token is not None:
        body += b"&csrf_token=" + quote(token).encode()
    return client.open(
        path,
        method=method,
        data=body,
        content_type="application/x-www-form-urlencoded",
    )


@pytest.mark.parametrize("role", ["anonymous", "member", "coordinator", "admin"])
def test_no_route_answers_500_to_hostile_input(
    app: Flask,
    client: FlaskClient,
    login_as: Callable[[str], User],
    objects: Objects,
    role: str,
) -> None:
    if role != "anonymous":
        login_as(role)
    token = form_token(client, "/login" if role == "anonymous" else "/")
    names = parameter_names()
    failures: list[str] = []
    sent = 0

    def check(response: TestResponse, what: str, *, unreadable: bool = False) -> None:
        nonlocal sent
        sent += 1
        if response.status_code >= 500:
            failures.append(f"{what} → {response.status_code}")
        elif unreadable and response.status_code not in (400, 404, 405):
            # CSRF-less and login-redirect answers come before reading parameters.
            if response.status_code not in (302, 403) or response.request.method == "GET":
                failures.append(f"{what} → {response.status_code}, expected a 400")

    for rule, method in _routes(app):
        for label, digits in (("2**31", str(2**31)), ("10**20", "1" + "0" * 20)):
            path = _path(rule, lambda n, c, d=digits: d if c == "int" else "x")
            if path != rule.rule:
                check(_send(client, method, path, b"", token), f"{method} {path} ({label})")
        if "<" in rule.rule and "int" not in rule.rule:
            nul_path = _path(rule, lambda n, c: "a%00b")
            check(_send(client, method, nul_path, b"", token), f"{method} {nul_path}")
        path = _path(rule, lambda n, c: str(objects.ids.get(n, 1)) if c == "int" else "x")
        for label, value in HOSTILE.items():
            body = b"&".join(name.encode() + b"=" + value for name in names)
            unreadable = label in ("NUL", "not UTF-8") and not rule.rule.startswith("/static")
            response = _send(client, method, path, body, token)
            check(response, f"{method} {path} with {label}", unreadable=unreadable)
            if unreadable and response.status_code == 400:
                page = response.get_data(as_text=True)
                if (
                    "使えない文字" not in page
                    and "CSRF" not in page
                    and "送信できません" not in page
                ):
                    failures.append(f"{method} {path} with {label}: {page[:160]}")
        next_body = b"next=%2F%0D%0ASet-Cookie:%20x%3Dy&email=a%40b.jp&password=x"
        response = _send(client, method, path, next_body, token)
        check(response, f"{method} {path} with CR/LF in next")
        assert "Set-Cookie: x=y" not in str(response.headers)
    print(f"{role}: {sent} requests")  # noqa: T201 (the closing note's figure, with -s)
    assert not failures, "\n".join(failures)
