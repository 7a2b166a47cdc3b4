"""A form that arrives after its login or its token ended loses nothing a person typed.

The coordinator who writes a case record through a long meeting, and the resident who fills
the 「情報が違う」 form over lunch, are the people here: their words come back on the page that
says "not saved", ready to copy, and a form token lives as long as the session it belongs to.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import ListingReport, User
from matching import cases
from matching.models import CaseNote, Meeting
from tests.factories import PASSWORD, TODAY, listing_by_key
from tests.webapp.conftest import Accounts, form_token

OCHAKAI = "a-johoku-ochakai"
RECORD = (
    "12/3 自宅訪問。本人は最近よく眠れていないとのこと。\n"
    "娘さん同席。週1回でも外に出る場所があればと希望あり。サロン見学を提案し、本人了承。"
)


@pytest.fixture
def case_id(accounts: Accounts, db_session: Session) -> int:
    case = cases.create_case(
        db_session,
        accounts.coordinator,
        cases.CaseData(display_name="Bさん", area_code="niihari", meeting=Meeting.SHIEN),
        consent=cases.ConsentData(True, TODAY, ("share_with_organization",)),
        today=TODAY,
    )
    db_session.flush()
    return case.id


def _age_the_activity(client: FlaskClient, minutes: int) -> None:
    with client.session_transaction() as session:
        session["_seen"] -= minutes * 60


def _notes(db_session: Session, case_id: int) -> list[CaseNote]:
    return list(db_session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)))


def _shown_back(page: str) -> list[str]:
    """The read-only copies of what was sent, as the page shows them."""
    return [
        html.unescape(text)
        for text in re.findall(r'<textarea id="unsent-\d+" readonly[^>]*>([^<]*)</textarea>', page)
    ]


def test_a_record_written_past_the_idle_limit_is_shown_back_with_the_login_form(
    client: FlaskClient,
    accounts: Accounts,
    db_session: Session,
    login_as: Callable[[str], User],
    case_id: int,
) -> None:
    login_as("coordinator")
    token = form_token(client, f"/coord/cases/{case_id}")
    _age_the_activity(client, 45)  # the record took the whole meeting
    sent = client.post(
        f"/coord/cases/{case_id}/notes",
        data={"csrf_token": token, "written_on": "2026-12-03", "body": RECORD},
        headers={"Referer": f"http://localhost/coord/cases/{case_id}"},
    )
    assert sent.status_code == 401
    assert "private" in sent.headers["Cache-Control"]
    assert "no-store" in sent.headers["Cache-Control"]
    page = sent.get_data(as_text=True)
    assert (
        "しばらく操作がなかったため、ログアウトしました。最後に送信した内容は保存されていません"
        in page
    )
    assert "送信した内容（保存されていません）" in page
    assert _shown_back(page) == [RECORD]  # the date is picked again; the record is kept
    assert f'name="next" value="/coord/cases/{case_id}"' in page
    assert _notes(db_session, case_id) == []

    # Signing in from that page goes back to the case, where the record can be pasted.
    again = client.post(
        f"/login?next=/coord/cases/{case_id}",
        data={
            "email": accounts.coordinator.email,
            "password": PASSWORD,
            "csrf_token": form_token(client),
            "next": f"/coord/cases/{case_id}",
        },
    )
    assert again.headers["Location"] == f"/coord/cases/{case_id}"


def test_a_form_posted_from_another_site_is_not_shown_back(
    client: FlaskClient, login_as: Callable[[str], User], case_id: int
) -> None:
    for headers in (
        {"Origin": "https://evil.example", "Referer": f"http://localhost/coord/cases/{case_id}"},
        {"Referer": "https://evil.example/form"},
        {"Origin": "null"},
        {},
    ):
        login_as("coordinator")
        token = form_token(client, f"/coord/cases/{case_id}")
        _age_the_activity(client, 45)
        sent = client.post(
            f"/coord/cases/{case_id}/notes",
            data={"csrf_token": token, "body": "電話番号が変わりました 0120-000-000"},
            headers=headers,
        )
        assert sent.status_code == 302, headers  # to the login page, as any link
        assert "0120-000-000" not in sent.get_data(as_text=True)
        # Without this site's token, no words are shown either (a forged form has none).
        forged = client.post(
            f"/coord/cases/{case_id}/notes",
            data={"body": "電話番号が変わりました 0120-000-000"},
            headers=headers,
        )
        assert forged.status_code == 400
        assert "0120-000-000" not in forged.get_data(as_text=True)


def test_passwords_and_picked_values_are_never_shown_back(
    client: FlaskClient, accounts: Accounts
) -> None:
    token = form_token(client)  # signed out in another tab; this tab still shows the form
    sent = client.post(
        "/account/password",
        data={
            "csrf_token": token,
            "current_password": "ひみつの 合言葉",
            "password": "あたらしい 合言葉です",
            "password_confirm": "あたらしい 合言葉です",
        },
        headers={"Origin": "http://localhost"},
    )
    page = sent.get_data(as_text=True)
    assert "合言葉" not in page
    assert "送信した内容（保存されていません）" not in page


def test_a_residents_report_with_a_stale_session_keeps_its_words(
    client: FlaskClient, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    note = "水曜の午後に行ったら、張り紙で「当面休止」とありました。"
    other = client.application.test_client()  # the phone's browser restarted: a new session
    token = form_token(client, f"/listings/{listing.id}/report")
    sent = other.post(
        f"/listings/{listing.id}/report",
        data={"csrf_token": token, "reason": "closed", "note": note},
        headers={"Origin": "http://localhost"},
    )
    assert sent.status_code == 400
    page = sent.get_data(as_text=True)
    assert "送信できませんでした" in page
    assert _shown_back(page) == [note]
    assert "no-store" in sent.headers["Cache-Control"]
    assert db_session.scalars(select(ListingReport)).all() == []


def test_a_form_filled_over_two_hours_is_still_accepted(
    client: FlaskClient, db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    token = form_token(client, f"/listings/{listing.id}/report")
    later = TimestampSigner.get_timestamp(TimestampSigner("k")) + 2 * 60 * 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: later)
    sent = client.post(
        f"/listings/{listing.id}/report",
        data={"csrf_token": token, "reason": "wrong", "note": "電話番号が違うようです"},
    )
    assert sent.status_code == 303
    assert [r.note for r in db_session.scalars(select(ListingReport))] == ["電話番号が違うようです"]


def test_a_logged_in_coordinator_keeps_working_in_a_form_opened_hours_ago(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    case_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login_as("coordinator")
    token = form_token(client, f"/coord/cases/{case_id}")
    later = TimestampSigner.get_timestamp(TimestampSigner("k")) + 90 * 60
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: later)
    # Active in other pages meanwhile (the idle limit never passed), then back to this form.
    sent = client.post(
        f"/coord/cases/{case_id}/notes",
        data={"csrf_token": token, "written_on": "2026-12-03", "body": RECORD},
    )
    assert sent.status_code == 302
    assert sent.headers["Location"].endswith(f"/coord/cases/{case_id}#notes")
    assert [n.body for n in _notes(db_session, case_id)] == [RECORD]


def test_the_pages_script_learns_whether_the_login_stands_and_typing_keeps_it(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    case_id: int,
) -> None:
    anonymous = client.get("/account/session")
    assert anonymous.get_json() == {"signed_in": False, "csrf_token": None}
    login_as("coordinator")
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    assert 'data-session-url="/account/session"' in page
    assert "js/session-keeper.js" in page
    for _ in range(3):  # an hour and a half of writing, asked every 25 minutes
        _age_the_activity(client, 25)
        state = client.get("/account/session")
        assert state.get_json()["signed_in"] is True
        assert "no-store" in state.headers["Cache-Control"]
    sent = client.post(
        f"/coord/cases/{case_id}/notes",
        data={"csrf_token": state.get_json()["csrf_token"], "body": RECORD},
    )
    assert sent.status_code == 302
    assert [n.body for n in _notes(db_session, case_id)] == [RECORD]
    _age_the_activity(client, 31)  # nobody at the screen
    assert client.get("/account/session").get_json()["signed_in"] is False
    assert client.get(f"/coord/cases/{case_id}").status_code == 302
