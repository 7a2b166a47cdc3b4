"""A create form sent twice — a double tap on a slow network, a resend after Back — creates one
record, and the second send lands on it with a calm message. Two forms opened one after the
other still create two records: two people may share the same minimal data."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session
from werkzeug.security import generate_password_hash

from directory.errors import InvalidData
from directory.models import Listing, LoginAttempt, LoginSession, User
from matching import cases, meetings, notes, plans, submissions
from matching.models import (
    AgeBand,
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    FormSubmission,
    Meeting,
    MeetingCase,
    ParticipationNeed,
    Plan,
    SupportMeeting,
    UnmetNeed,
)
from tests.factories import PASSWORD, TODAY, make_user
from tests.webapp.conftest import Accounts, login, own_app
from tests.webapp.test_concurrency import at_once, signed_in

ALREADY = "この内容はすでに登録済みです"
_FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S)
_HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


def hidden_fields(page: str, action: str | None = None) -> dict[str, str]:
    """What the browser sends besides the typed fields: the hidden inputs of the page's POST
    form whose action is ``action`` (None: the form that posts to its own page)."""
    for opening, body in _FORM.findall(page):
        if 'method="post"' not in opening:
            continue
        if (action is None and "action=" not in opening) or f'action="{action}"' in opening:
            return dict(_HIDDEN.findall(body))
    raise AssertionError(f"no form posting to {action or 'its page'}")


def count(db_session: Session, model: type) -> int:
    return db_session.scalar(select(func.count()).select_from(model)) or 0


@dataclass(frozen=True)
class Form:
    """A create form: the page that shows it, where it posts, what the coordinator types."""

    page: str
    action: str | None
    typed: dict[str, object]
    model: type

    @property
    def target(self) -> str:
        return self.action or self.page


@pytest.fixture
def records(accounts: Accounts, db_session: Session) -> dict[str, int]:
    """A coordinator's case with consent, a plan, a need nothing meets, a note written last
    year (so only a correction can change it) and a 支援会議 without the case yet."""
    user = accounts.coordinator
    case = cases.create_case(
        db_session,
        user,
        cases.CaseData(display_name="Bさん", age_band=AgeBand.AGE_30S, area_code="daiichi"),
        consent=cases.ConsentData(True, TODAY, ("share_with_organization",)),
        today=TODAY,
    )
    plan = plans.create_plan(db_session, user, case, plans.PlanData("プラン", TODAY))
    need = plans.add_need(
        db_session,
        user,
        plan,
        plans.NeedData("乗馬をしたい", interests="乗馬"),
        categories={"volunteer"},
        targets=set(),
    )
    note = notes.add_note(db_session, user, case, notes.NoteData(TODAY, "初回面談"), today=TODAY)
    note.created_at = note.created_at.replace(year=2025)
    meeting = meetings.create_meeting(
        db_session, user, meetings.MeetingData(Meeting.SHIEN, TODAY), today=TODAY
    )
    db_session.flush()
    return {
        "case": case.id,
        "plan": plan.id,
        "need": need.id,
        "note": note.id,
        "meeting": meeting.id,
    }


def forms(ids: dict[str, int]) -> dict[str, Form]:
    case, plan, need, note, meeting = (ids[k] for k in ("case", "plan", "need", "note", "meeting"))
    day = TODAY.isoformat()
    return {
        "case": Form("/coord/cases/new", None, {"age_band": "30s", "area": "daiichi"}, Case),
        "consent": Form(
            f"/coord/cases/{case}",
            f"/coord/cases/{case}/consent",
            {"consent_given": "no", "consent_on": day},
            Consent,
        ),
        "note": Form(
            f"/coord/cases/{case}",
            f"/coord/cases/{case}/notes",
            {"written_on": day, "body": "電話で近況を聞いた"},
            CaseNote,
        ),
        "correction": Form(
            f"/coord/notes/{note}/edit", None, {"written_on": day, "body": "初回面接"}, CaseNote
        ),
        "plan": Form(
            f"/coord/cases/{case}/plans/new", None, {"title": "次のプラン", "started_on": day}, Plan
        ),
        "need": Form(
            f"/coord/plans/{plan}/needs/new",
            None,
            {"title": "週末に外へ", "interests": "散歩", "travel_mode": "walk"},
            ParticipationNeed,
        ),
        "meeting": Form(
            "/coord/meetings/new", None, {"kind": "shien", "held_on": day}, SupportMeeting
        ),
        "meeting case": Form(
            f"/coord/meetings/{meeting}",
            f"/coord/meetings/{meeting}/cases",
            {"case_id": str(case), "decisions": "見学から始める"},
            MeetingCase,
        ),
        "unmet, one click": Form(
            f"/coord/needs/{need}/suggestions", f"/coord/needs/{need}/unmet", {}, UnmetNeed
        ),
        "unmet, checked": Form(
            f"/coord/needs/{need}/unmet",
            f"/coord/needs/{need}/unmet",
            {"area": "daiichi", "categories": "volunteer", "interests": "乗馬"},
            UnmetNeed,
        ),
    }


KINDS = list(forms(dict.fromkeys(("case", "plan", "need", "note", "meeting"), 0)))


@pytest.mark.parametrize("kind", KINDS)
def test_a_create_form_sent_twice_creates_once_and_the_second_send_shows_the_first(
    kind: str,
    client: FlaskClient,
    login_as: Callable[[str], User],
    records: dict[str, int],
    db_session: Session,
) -> None:
    login_as("coordinator")
    form = forms(records)[kind]
    page = client.get(form.page, follow_redirects=True).get_data(as_text=True)
    sent = {**hidden_fields(page, form.action), **form.typed}
    before = count(db_session, form.model)

    first = client.post(form.target, data=sent)
    second = client.post(form.target, data=sent)

    errors = re.findall(r'class="field-error"[^>]*>([^<]+)', first.get_data(as_text=True))
    assert first.status_code == 302, errors
    assert count(db_session, form.model) == before + 1
    assert second.status_code == 302
    # The same page (a new plan leads to its need form, whose address carries a new token).
    assert second.location.split("?")[0] == first.location.split("?")[0]
    shown = client.get(second.location, follow_redirects=True).get_data(as_text=True)
    assert ALREADY in shown
    assert count(db_session, form.model) == before + 1


def test_a_blank_case_code_sent_twice_opens_one_case_and_shows_it(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    """The reported defect: 「作成する」 tapped twice with no case code made two cases."""
    login_as("coordinator")
    page = client.get("/coord/cases/new", follow_redirects=True).get_data(as_text=True)
    sent = {**hidden_fields(page), "display_name": "Cさん", "age_band": "70s", "area": "niihari"}
    first = client.post("/coord/cases/new", data=sent)
    second = client.post("/coord/cases/new", data=sent)
    made = db_session.scalars(select(Case).where(Case.display_name == "Cさん")).all()
    assert len(made) == 1
    assert first.location == second.location == f"/coord/cases/{made[0].id}"
    shown = client.get(second.location, follow_redirects=True).get_data(as_text=True)
    assert "この内容はすでに登録済みです。1回目に登録した内容を表示しています" in shown
    assert made[0].code in shown
    created = select(func.count()).where(
        AuditEvent.action == "case.create", AuditEvent.case_id == made[0].id
    )
    assert db_session.scalar(created) == 1


def test_an_organizations_new_listing_sent_twice_is_one_listing_waiting_for_review(
    client: FlaskClient, accounts: Accounts, db_session: Session
) -> None:
    """A member on a phone tapping 「確認を依頼する」 twice, or going Back and sending again,
    sent two new listings, each waiting for review."""
    login(client, accounts.member)
    path = f"/org/organizations/{accounts.org.id}/listings/new"
    opened = client.get(path)
    assert opened.status_code == 302  # to its address with the form's token, for Back
    page = client.get(opened.location).get_data(as_text=True)
    sent = {**hidden_fields(page), "name": "城北町の夕涼み会", "categories": ["ibasho"],
            "targets": ["everyone"], "schedule_text": "毎週土曜 18:00〜19:00", "area": "daiichi"}  # fmt: skip
    first = client.post(path, data=sent)
    second = client.post(path, data=sent)
    made = db_session.scalars(select(Listing).where(Listing.name == "城北町の夕涼み会")).all()
    assert len(made) == 1
    assert first.location == second.location == f"/org/listings/{made[0].id}/history"
    assert ALREADY in client.get(second.location).get_data(as_text=True)
    back = client.get(opened.location).get_data(as_text=True)  # Back to the form page
    assert "このフォームの内容はすでに登録済みです" in back


def test_two_forms_opened_one_after_the_other_open_two_cases_with_the_same_data(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    """Two people may share an age band and an area: the same content is not a duplicate."""
    login_as("coordinator")
    twins = select(func.count()).where(Case.age_band == AgeBand.OVER_80, Case.display_name == "")
    before = db_session.scalar(twins) or 0
    for _ in range(2):
        page = client.get("/coord/cases/new", follow_redirects=True).get_data(as_text=True)
        sent = {**hidden_fields(page), "age_band": "80_over", "area": "niihari"}
        response = client.post("/coord/cases/new", data=sent)
        assert response.status_code == 302
        assert ALREADY not in client.get(response.location).get_data(as_text=True)
    assert db_session.scalar(twins) == before + 2


def test_a_form_with_errors_keeps_what_was_typed_and_its_token_for_the_corrected_send(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    page = client.get("/coord/cases/new", follow_redirects=True).get_data(as_text=True)
    sent = {**hidden_fields(page), "display_name": "Dさん", "opened_on": "2099-01-01"}
    refused = client.post("/coord/cases/new", data=sent)
    assert refused.status_code == 422
    again = refused.get_data(as_text=True)
    assert "未来の日付" in again
    assert 'value="Dさん"' in again
    assert hidden_fields(again)["once"] == sent["once"]
    assert db_session.scalar(select(func.count()).where(Case.display_name == "Dさん")) == 0

    corrected = {**hidden_fields(again), "display_name": "Dさん", "opened_on": ""}
    first = client.post("/coord/cases/new", data=corrected)
    second = client.post("/coord/cases/new", data=corrected)
    assert first.status_code == second.status_code == 302
    assert first.location == second.location
    assert db_session.scalar(select(func.count()).where(Case.display_name == "Dさん")) == 1


@pytest.mark.parametrize("kind", ["case", "plan", "need", "meeting", "unmet, checked"])
def test_a_form_page_gone_back_to_after_sending_keeps_its_token_and_says_it_was_sent(
    kind: str,
    client: FlaskClient,
    login_as: Callable[[str], User],
    records: dict[str, int],
    db_session: Session,
) -> None:
    """Going Back, the browser loads the form again and puts back what was typed (not hidden
    fields): the token comes with the address. A fresh form is one click away."""
    login_as("coordinator")
    form = forms(records)[kind]
    opened = client.get(form.page)
    assert opened.status_code == 302
    address = opened.location
    assert re.search(r"[?&]once=[\w-]{32}$", address), address
    page = client.get(address).get_data(as_text=True)
    assert "すでに登録済み" not in page
    sent = {**hidden_fields(page, form.action), **form.typed}
    before = count(db_session, form.model)
    first = client.post(form.target, data=sent)
    assert first.status_code == 302

    back = client.get(address).get_data(as_text=True)  # Back: the same address, loaded again
    assert "このフォームの内容はすでに登録済みです" in back
    assert "登録した内容を見る" in back
    resent = {**hidden_fields(back, form.action), **form.typed}
    assert resent["once"] == sent["once"]
    again = client.post(form.target, data=resent).location
    assert again.split("?")[0] == first.location.split("?")[0]
    assert count(db_session, form.model) == before + 1

    fresh = client.get(form.page.split("?")[0])  # 新しいフォームを開いて…
    assert fresh.location != address


def test_a_note_sent_twice_is_added_once_and_both_reads_of_the_case_are_audited(
    client: FlaskClient,
    login_as: Callable[[str], User],
    records: dict[str, int],
    db_session: Session,
) -> None:
    login_as("coordinator")
    case_id = records["case"]
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    action = f"/coord/cases/{case_id}/notes"
    sent = {**hidden_fields(page, action), "written_on": TODAY.isoformat(), "body": "同行した"}

    def audited(action: str) -> int:
        query = select(func.count()).where(
            AuditEvent.action == action, AuditEvent.case_id == case_id
        )
        return db_session.scalar(query) or 0

    reads = audited("case.edit")
    client.post(action, data=sent)
    second = client.post(action, data=sent)
    assert second.location == f"/coord/cases/{case_id}#notes"
    bodies = db_session.scalars(select(CaseNote.body).where(CaseNote.case_id == case_id)).all()
    assert bodies.count("同行した") == 1
    assert audited("note.create") == 2  # the fixture's note and this one
    assert audited("case.edit") == reads + 2  # the second send read the case too


def test_the_forms_of_one_page_carry_different_tokens(
    client: FlaskClient, login_as: Callable[[str], User], records: dict[str, int]
) -> None:
    login_as("coordinator")
    case_id = records["case"]
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    consent = hidden_fields(page, f"/coord/cases/{case_id}/consent")["once"]
    note = hidden_fields(page, f"/coord/cases/{case_id}/notes")["once"]
    assert consent != note
    again = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    assert hidden_fields(again, f"/coord/cases/{case_id}/notes")["once"] != note


# --- two sends at the same moment, on real connections --------------------------------------

RACE = "race-double-submit@example.jp"
RACE_NAME = "同時送信さん"


@pytest.fixture
def race_app(
    engine: Engine, database_url: str, search_index_dir: Path, tmp_path: Path
) -> Iterator[Flask]:
    """An app on real connections (what it commits is committed) and a coordinator; what the
    test made is deleted afterwards."""
    with own_app(database_url, search_index_dir, tmp_path / "imports") as app:
        with Session(engine) as session:
            hashed = generate_password_hash(PASSWORD)
            make_user(session, email=RACE, role="coordinator", password_hash=hashed)
            session.commit()
        try:
            yield app
        finally:
            with Session(engine) as session:
                user = select(User.id).where(User.email == RACE)
                for case in session.scalars(select(Case).where(Case.display_name == RACE_NAME)):
                    session.delete(case)
                session.execute(delete(AuditEvent).where(AuditEvent.actor_id.in_(user)))
                session.execute(delete(FormSubmission).where(FormSubmission.kind == "case"))
                session.execute(delete(LoginSession).where(LoginSession.user_id.in_(user)))
                session.execute(delete(User).where(User.email == RACE))
                session.execute(delete(LoginAttempt).where(LoginAttempt.email == RACE))
                session.commit()


def test_a_double_tap_sent_at_once_opens_one_case_and_both_land_on_it(
    race_app: Flask, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two clients signed in as the same coordinator, so each request has its own cookie jar;
    # both send the one form's token, as a double tap does.
    taps = [signed_in(race_app, RACE), signed_in(race_app, RACE)]
    pages = [t.get("/coord/cases/new", follow_redirects=True).get_data(as_text=True) for t in taps]
    token = hidden_fields(pages[0])["once"]
    sent = [
        {**hidden_fields(page), "once": token, "display_name": RACE_NAME, "age_band": "40s"}
        for page in pages
    ]
    # Both look for an earlier send before either claims the token (where the database lets
    # them: SQLite queues the second writer, so the wait gives up after a second).
    looked_together = threading.Barrier(2, timeout=1)
    original = submissions.forget_old

    def forget_old_together(session: Session, now: datetime) -> None:
        try:
            looked_together.wait()
        except threading.BrokenBarrierError:
            pass
        original(session, now)

    monkeypatch.setattr(submissions, "forget_old", forget_old_together)
    responses = at_once(
        lambda: taps[0].post("/coord/cases/new", data=sent[0]),
        lambda: taps[1].post("/coord/cases/new", data=sent[1]),
    )
    assert [r.status_code for r in responses] == [302, 302]
    if engine.dialect.name == "postgresql":
        assert not looked_together.broken  # both looked first: the primary key decided
    with Session(engine) as session:
        made = session.scalars(select(Case.id).where(Case.display_name == RACE_NAME)).all()
    assert len(made) == 1
    assert {r.location for r in responses} == {f"/coord/cases/{made[0]}"}
    shown = [t.get(r.location).get_data(as_text=True) for t, r in zip(taps, responses, strict=True)]
    assert sum("を作成しました" in page for page in shown) == 1
    assert sum(ALREADY in page for page in shown) == 1


def test_two_tabs_recording_one_need_as_unmet_at_once_record_it_once(
    race_app: Flask, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two forms (two tabs, two tokens) sent at once: the need's row decides, as for
    referrals; an unmet need recorded twice would be counted twice in the 地域づくり report."""
    with Session(engine) as session:
        user = session.scalars(select(User).where(User.email == RACE)).one()
        case = cases.create_case(session, user, cases.CaseData(display_name=RACE_NAME), today=TODAY)
        plan = plans.create_plan(session, user, case, plans.PlanData("プラン", TODAY))
        need = plans.add_need(
            session, user, plan, plans.NeedData("乗馬", interests="乗馬"), categories=set(),
            targets=set(),
        )  # fmt: skip
        session.commit()
        need_id, user_id = need.id, user.id
    try:
        tabs = [signed_in(race_app, RACE), signed_in(race_app, RACE)]
        url = f"/coord/needs/{need_id}/unmet"
        sent = [
            {**hidden_fields(t.get(url, follow_redirects=True).get_data(as_text=True), url)}
            for t in tabs
        ]
        assert sent[0]["once"] != sent[1]["once"]
        # Both read the need before either records (where the database lets them).
        read_together = threading.Barrier(2, timeout=1)
        original = plans.get_need

        def get_need_together(session: Session, actor: User, need_id: int) -> ParticipationNeed:
            need = original(session, actor, need_id)
            try:
                read_together.wait()
            except threading.BrokenBarrierError:
                pass
            return need

        monkeypatch.setattr(plans, "get_need", get_need_together)
        responses = at_once(
            lambda: tabs[0].post(url, data=sent[0]), lambda: tabs[1].post(url, data=sent[1])
        )
        assert [r.status_code for r in responses] == [302, 302]
        with Session(engine) as session:
            recorded = session.scalars(
                select(UnmetNeed.id).where(UnmetNeed.recorded_by_id == user_id)
            ).all()
            linked = session.get(ParticipationNeed, need_id)
            assert linked is not None
            assert recorded == [linked.unmet_need_id]
        shown = [
            t.get(r.location).get_data(as_text=True) for t, r in zip(tabs, responses, strict=True)
        ]
        assert sum("狭間のニーズ)として記録しました" in page for page in shown) == 1
        assert sum("すでに狭間のニーズとして記録" in page for page in shown) == 1
    finally:
        with Session(engine) as session:
            for made in session.scalars(select(Case).where(Case.display_name == RACE_NAME)):
                session.delete(made)
            session.flush()
            session.execute(delete(UnmetNeed).where(UnmetNeed.recorded_by_id == user_id))
            session.execute(delete(FormSubmission).where(FormSubmission.kind == "unmet"))
            session.commit()


def _open_while_another_is_open(engine: Engine, code: str = "") -> tuple[str, str | BaseException]:
    """Two coordinators open a case at the same moment: the first has inserted its case (not
    committed) when the second computes or checks its code; then the first commits. The codes
    (or the second's error)."""
    from directory.db import WRITE_OPTIONS

    def open_case(session: Session) -> Case:
        session.connection(execution_options=WRITE_OPTIONS)  # as a POST does (webapp.db)
        user = session.scalars(select(User).where(User.email == RACE)).one()
        data = cases.CaseData(code=code, display_name=RACE_NAME)
        consent = cases.ConsentData(True, TODAY, ("share_with_organization",))
        return cases.create_case(session, user, data, consent=consent, today=TODAY)

    second: list[str | BaseException] = []

    def other_coordinator() -> None:
        with Session(engine) as session:
            try:
                made = open_case(session)
                session.commit()
                second.append(made.code)
            except Exception as error:  # noqa: BLE001 (what the second coordinator got)
                second.append(error)

    with Session(engine) as session:
        first = open_case(session)
        thread = threading.Thread(target=other_coordinator)
        thread.start()
        thread.join(timeout=1)  # PostgreSQL: waits on the first's code; SQLite: on BEGIN
        session.commit()
        thread.join(timeout=30)
        return first.code, second[0]


def test_two_cases_opened_at_the_same_moment_without_a_code_get_the_next_numbers(
    race_app: Flask, engine: Engine
) -> None:
    """Both computed the same 年-連番; the second insert was refused by the code's unique index
    and answered with a server error page, losing what the coordinator typed."""
    first, second = _open_while_another_is_open(engine)
    assert isinstance(second, str), second
    assert first.startswith(f"{TODAY.year}-")
    assert second.startswith(f"{TODAY.year}-")
    assert int(second.split("-")[1]) == int(first.split("-")[1]) + 1
    with Session(engine) as session:
        made = session.scalars(select(Case).where(Case.code == second)).one()
        assert [c.given for c in made.consents] == [True]  # the consent went in with it


def test_a_typed_code_taken_at_the_same_moment_is_the_forms_error(
    race_app: Flask, engine: Engine
) -> None:
    first, second = _open_while_another_is_open(engine, code="同時-001")
    assert first == "同時-001"
    assert isinstance(second, InvalidData)
    assert second.errors == {"code": "このケース番号はすでに使われています。"}
