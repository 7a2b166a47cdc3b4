"""The report, meeting, note, plan-document and handout pages, as coordinators, admins and
organizations meet them."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import Organization, User
from matching import cases, meetings, notes, plans, referrals
from matching.models import (
    AgeBand,
    Case,
    CaseNote,
    Meeting,
    Plan,
    ReferralStatus,
    TimeSlot,
    TravelMode,
)
from tests.factories import TODAY, listing_by_key, make_user
from tests.webapp.conftest import Accounts, login, post

SECRET = "経過メモ：母親と口論、夜は眠れていない"  # a note nobody outside the case may read


@pytest.fixture
def case_with_referral(accounts: Accounts, db_session: Session) -> dict[str, int]:
    """A coordinator's case whose referral went to the member's organization (城北町町内会)."""
    user = accounts.coordinator
    case = cases.create_case(
        db_session,
        user,
        cases.CaseData(display_name="山本さん", age_band=AgeBand.AGE_30S, area_code="daiichi"),
        consent=cases.ConsentData(True, TODAY, ("share_with_organization", "share_name")),
        today=TODAY,
    )
    plan = plans.create_plan(db_session, user, case, plans.PlanData("プラン", TODAY))
    need = plans.add_need(
        db_session,
        user,
        plan,
        plans.NeedData("お茶会", interests="お茶"),
        categories=set(),
        targets=set(),
    )
    listing = listing_by_key(db_session, "a-johoku-ochakai")
    referral = referrals.create_referral(db_session, user, need, listing, today=TODAY)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
        referrals.advance(db_session, user, referral, step, on=TODAY, today=TODAY)
    db_session.flush()
    return {"case": case.id, "plan": plan.id, "listing": listing.id, "referral": referral.id}


# --- the report ----------------------------------------------------------------------------


def test_the_report_page_shows_figures_charts_and_their_tables(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("admin")  # reports hold no personal data: admins read them too
    response = client.get("/coord/reports/?fiscal_year=2026")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "2026年度・令和8年度" in page
    assert "<svg" in page
    assert 'role="img"' in page
    assert "<caption>月ごとの推移</caption>" in page  # the data table beside the chart
    assert "参加開始から3か月後の継続" in page
    assert 'href="/coord/reports/?format=csv&amp;fiscal_year=2026"' in page
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', page)  # no CDN


def test_the_report_exports_mask_small_counts_and_the_page_does_not(
    client: FlaskClient, login_as: Callable[[str], User], case_with_referral: dict[str, int]
) -> None:
    login_as("coordinator")
    page = client.get("/coord/reports/?since=2026-04-01&until=2027-03-31").get_data(as_text=True)
    assert re.search(r"期間中の新規（受付）</th>\s*<td class=\"num\">1</td>", page)

    response = client.get("/coord/reports/?since=2026-04-01&until=2027-03-31&format=csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"))))
    assert ["期間中の新規（受付）", "5未満"] in rows
    assert ["終了", "0"] in rows

    response = client.get("/coord/reports/?fiscal_year=2026&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    assert ("期間中の新規（受付）", "5未満") in [r[:2] for r in sheet.iter_rows(values_only=True)]

    document = client.get("/coord/reports/?fiscal_year=2026&format=json").get_json()
    assert document["mask_below"] == 5
    assert document["period"] == {
        "label": "2026年度・令和8年度",
        "since": "2026-04-01",
        "until": "2027-03-31",
    }
    assert "山本さん" not in json.dumps(document, ensure_ascii=False)


def test_the_report_explains_a_wrong_period_in_japanese(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = client.get("/coord/reports/?since=2027-01-01&until=2026-04-01")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "終わりの日は始まりの日より後にしてください。" in page
    assert 'value="2027-01-01"' in page  # what was typed stays
    response = client.get("/coord/reports/?format=pdf")
    assert "書き出しの形式は csv・xlsx・json のどれかです。" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "query",
    [
        "since=0001-01-01&until=2026-12-31",
        "since=2026-01-01&until=9999-12-30",
        "since=2026-01-01&until=9999-12-31&format=csv",
    ],
)
def test_a_report_period_beyond_the_years_it_can_count_is_explained(
    client: FlaskClient, login_as: Callable[[str], User], query: str
) -> None:
    login_as("coordinator")
    response = client.get(f"/coord/reports/?{query}")
    assert response.status_code == 422
    assert response.mimetype == "text/html"  # the page with the message, not a file
    page = response.get_data(as_text=True)
    assert "集計できる期間は1900年1月1日から2100年12月31日までです。" in page
    assert 'value="2026-' in page  # what was typed stays


def test_a_day_that_does_not_exist_is_called_a_wrong_date(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = client.get("/coord/reports/?since=2026-02-30&until=2026-03-01")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "日付は 2026-11-23 の形で入力してください。" in page
    assert "両方の日付を入力してください" not in page
    assert 'value="2026-02-30"' in page


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("fiscal_year=2030", "fiscal_year"),
        ("fiscal_year=2030&format=csv", "fiscal_year"),
        ("since=2030-04-01&until=2031-03-31", "since"),
    ],
)
def test_a_period_still_to_come_is_explained_not_shown_as_zeros(
    client: FlaskClient, login_as: Callable[[str], User], query: str, field: str
) -> None:
    """2030年度 was shown as a report of zeros 「2026年12月7日時点」, and its CSV downloaded."""
    login_as("coordinator")
    response = client.get(f"/coord/reports/?{query}")
    assert response.status_code == 422
    assert response.mimetype == "text/html"  # the page with the message, not a file
    page = response.get_data(as_text=True)
    assert re.search(
        rf'<p class="field-error" id="{field}-error">2030年4月1日からの期間はまだ始まっていない',
        page,
    )
    assert "今日（" in page
    assert "2030年度" not in page.split("<form")[0]  # the heading is not the year to come


@pytest.mark.parametrize("year", ["abc", "1999", "２０２５", "2025.5"])
def test_a_fiscal_year_that_is_not_one_is_explained(
    client: FlaskClient, login_as: Callable[[str], User], year: str
) -> None:
    """?fiscal_year=abc showed this year's report as if it had been asked for."""
    login_as("coordinator")
    response = client.get("/coord/reports/", query_string={"fiscal_year": year})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "年度は一覧から選んでください（2026 のような西暦の年）。" in page
    assert 'aria-describedby="fiscal_year-error"' in page


def test_a_month_13_is_a_wrong_date(client: FlaskClient, login_as: Callable[[str], User]) -> None:
    login_as("coordinator")
    response = client.get("/coord/reports/?since=2025-13-01&until=2026-03-31")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "日付は 2026-11-23 の形で入力してください。" in page
    assert 'value="2025-13-01"' in page


def test_choosing_a_fiscal_year_after_typing_days_reports_that_year(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    """The days typed before stayed in their fields, and took precedence: picking 2024年度 and
    pressing 集計する showed the old days again. The form now says which one is meant."""
    login_as("coordinator")
    query = "mode=year&fiscal_year=2024&since=2025-04-01&until=2025-06-30"
    response = client.get(f"/coord/reports/?{query}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert re.search(r'report-period"><strong>2024年度・令和6年度</strong>', page)
    assert 'value="2025-04-01"' in page  # what was typed is kept for later
    assert re.search(r'href="/coord/reports/\?format=csv&amp;mode=year&amp;fiscal_year=2024', page)
    document = client.get(f"/coord/reports/?{query}&format=json").get_json()
    assert document["period"]["since"] == "2024-04-01"

    typed = client.get(
        "/coord/reports/?mode=range&fiscal_year=2024&since=2025-04-01&until=2025-06-30"
    )
    assert "2025年04月01日〜2025年06月30日" in typed.get_data(as_text=True)
    empty = client.get("/coord/reports/?mode=range&fiscal_year=2024&since=&until=")
    assert empty.status_code == 422
    assert "始まりと終わりの両方の日付を入力してください" in empty.get_data(as_text=True)


def test_flask_report_refuses_a_year_still_to_come(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["report", "--fiscal-year", "2099"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)  # no traceback
    assert "2099年4月1日からの期間はまだ始まっていない" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--since", "2025-13-01", "--until", "2026-03-31"],
            "--since の「2025-13-01」は日付として読めません。2026-04-01 の形で入力してください。",
        ),
        (["--fiscal-year", "1999"], "--fiscal-year の「1999」は年度として読めません。"),
        (["--fiscal-year", "来年"], "2026 や 令和8 のように入力してください"),
        (["--format", "pdf"], "書き出しの形式（--format）は csv・xlsx・json のどれかです。"),
    ],
)
def test_flask_report_explains_a_wrong_option_in_japanese(
    app: Flask, args: list[str], message: str
) -> None:
    """They were click's English 「Invalid value for '--since': '2025-13-01' does not match
    the format '%Y-%m-%d'.」 (and 2025/04/01, which the page reads, was refused)."""
    result = app.test_cli_runner().invoke(args=["report", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert "Invalid value" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["--fiscal-year", "令和6"],
        ["--fiscal-year", "R6"],
        ["--fiscal-year", "2024年度"],
        ["--fiscal-year", "２０２４"],
        ["--since", "2024/04/01", "--until", "2025/03/31"],
    ],
)
def test_flask_report_reads_a_year_or_days_as_people_write_them(
    app: Flask, args: list[str]
) -> None:
    result = app.test_cli_runner().invoke(args=["report", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    period = json.loads(result.stdout_bytes)["period"]
    assert (period["since"], period["until"]) == ("2024-04-01", "2025-03-31")


def test_organizations_and_residents_cannot_read_reports(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    assert client.get("/coord/reports/").status_code == 302  # to the login page
    login_as("member")
    assert client.get("/coord/reports/").status_code == 403
    assert client.get("/coord/reports/?format=csv").status_code == 403


def test_flask_report_writes_the_same_figures(app: Flask, db_session: Session) -> None:
    result = app.test_cli_runner().invoke(
        args=["report", "--fiscal-year", "2026", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout_bytes)
    assert document["period"]["since"] == "2026-04-01"
    keys = [t["key"] for t in document["tables"]]
    assert keys[:3] == ["cases", "cases_by_meeting", "cases_by_basis"]
    assert "listings" in keys
    bad = app.test_cli_runner().invoke(args=["report", "--since", "2026-04-01"])
    assert bad.exit_code != 0
    assert "--since と --until の両方" in bad.output
    wide = app.test_cli_runner().invoke(
        args=["report", "--since", "0001-01-01", "--until", "9999-12-31"]
    )
    assert wide.exit_code == 1
    assert wide.exception is None or isinstance(wide.exception, SystemExit)  # no traceback
    assert "集計できる期間は1900年1月1日から2100年12月31日までです。" in wide.output


def test_flask_report_help_names_the_setting_that_masks_small_counts(app: Flask) -> None:
    """The threshold is TSUNAGARI_REPORT_MASK_BELOW: the help says so, not a fixed 「5未満」."""
    result = app.test_cli_runner().invoke(args=["report", "--help"])
    assert result.exit_code == 0, result.output
    text = "".join(result.output.split())  # as read, not as wrapped to the terminal
    assert "設定TSUNAGARI_REPORT_MASK_BELOW（既定5）より小さい件数は" in text
    assert "0か1にすると件数のまま書きます。" in text


# --- notes ----------------------------------------------------------------------------------


def test_case_notes_never_reach_organizations_or_the_api(
    client: FlaskClient,
    app: Flask,
    accounts: Accounts,
    login_as: Callable[[str], User],
    case_with_referral: dict[str, int],
    db_session: Session,
) -> None:
    login_as("coordinator")
    response = post(
        client,
        f"/coord/cases/{case_with_referral['case']}/notes",
        {"written_on": TODAY.isoformat(), "body": SECRET},
    )
    assert response.status_code == 302
    assert SECRET in client.get(f"/coord/cases/{case_with_referral['case']}").get_data(as_text=True)

    member = app.test_client()
    login(member, accounts.member)
    org_pages = [
        "/org/",
        "/org/referrals/",
        f"/org/listings/{case_with_referral['listing']}/history",
    ]
    api_pages = [
        "/api/v1/listings",
        f"/api/v1/listings/{case_with_referral['listing']}",
        f"/api/v1/organizations/{accounts.org.id}/listings",
        "/hsds/services?full=true",
        f"/listings/{case_with_referral['listing']}",
        "/search?q=" + "口論",
        "/opendata/simple.csv",
    ]
    incoming = member.get("/org/referrals/").get_data(as_text=True)
    place = listing_by_key(db_session, "a-johoku-ochakai").name
    assert place in incoming  # the member does see the referral, as consent allows
    for path in org_pages:
        body = member.get(path).get_data(as_text=True)
        assert "母親と口論" not in body, path
    resident = app.test_client()
    for path in api_pages:
        for visitor in (resident, member):
            body = visitor.get(path).get_data(as_text=True)
            assert "母親と口論" not in body, path
    # The member cannot open the note or the case even by guessing the URL.
    note = db_session.scalars(select(CaseNote).where(CaseNote.body == SECRET)).one()
    assert member.get(f"/coord/notes/{note.id}/edit").status_code == 403


def test_a_note_is_edited_within_24_hours_and_corrected_after(
    client: FlaskClient,
    login_as: Callable[[str], User],
    case_with_referral: dict[str, int],
    db_session: Session,
) -> None:
    login_as("coordinator")
    case_id = case_with_referral["case"]
    post(
        client, f"/coord/cases/{case_id}/notes", {"written_on": "2026-11-20", "body": "最初の記録"}
    )
    note = db_session.scalars(select(CaseNote).where(CaseNote.case_id == case_id)).one()
    response = post(
        client,
        f"/coord/notes/{note.id}/edit",
        {"mode": "edit", "written_on": "2026-11-20", "body": "直した記録"},
    )
    assert response.status_code == 302
    db_session.refresh(note)
    assert note.body == "直した記録"

    response = post(
        client, f"/coord/cases/{case_id}/notes", {"written_on": "2099-01-01", "body": "未来の記録"}
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "未来の日付は記録できません。" in page
    assert "未来の記録" in page  # kept in the form

    # 25 hours later the note is locked; the page offers a correction and keeps both.
    note.created_at = note.created_at.replace(year=2025)
    db_session.flush()
    page = client.get(f"/coord/notes/{note.id}/edit").get_data(as_text=True)
    assert "訂正を追記する" in page
    response = post(
        client,
        f"/coord/notes/{note.id}/edit",
        {"mode": "edit", "written_on": "2026-11-20", "body": "書き換え"},
    )
    assert response.status_code == 422
    assert "24時間を過ぎた記録は変更できません" in response.get_data(as_text=True)
    post(
        client,
        f"/coord/notes/{note.id}/edit",
        {"mode": "correct", "written_on": "2026-11-20", "body": "訂正した記録"},
    )
    bodies = set(db_session.scalars(select(CaseNote.body).where(CaseNote.case_id == case_id)))
    assert bodies == {"直した記録", "訂正した記録"}


# --- meetings -------------------------------------------------------------------------------


def test_a_juso_meeting_page_refuses_a_case_without_consent(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    no_consent = cases.create_case(
        db_session,
        accounts.coordinator,
        cases.CaseData(code="TEST-NC1", meeting=Meeting.SHIEN),
        today=TODAY,
    )
    db_session.flush()
    agency = db_session.scalars(
        select(Organization).where(Organization.source_key == "npo-hughug")
    ).one()
    response = post(
        client,
        "/coord/meetings/new",
        {"kind": "juso", "held_on": "2026-11-20", "title": "第3回", "attendees": str(agency.id)},
    )
    assert response.status_code == 302
    meeting_url = response.location
    response = post(
        client,
        meeting_url + "/cases",
        {
            "case_id": str(no_consent.id),
            "decisions": "見学から始める",
            "role-0-organization": str(agency.id),
            "role-0-task": "同行",
            "lead": "0",
        },
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "ケース TEST-NC1 には本人同意の記録がないため、重層的支援会議では扱えません" in page
    assert "見学から始める" in page  # what was typed stays
    assert 'value="同行"' in page

    cases.record_consent(
        db_session, accounts.coordinator, no_consent, cases.ConsentData(True, TODAY), today=TODAY
    )
    db_session.flush()
    response = post(
        client,
        meeting_url + "/cases",
        {
            "case_id": str(no_consent.id),
            "decisions": "見学から始める",
            "role-0-organization": str(agency.id),
            "role-0-task": "同行",
            "lead": "0",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/coord/cases/{no_consent.id}").get_data(as_text=True)
    assert "重層的支援会議</a>（支援会議から移行）" in page
    minutes = client.get(meeting_url).get_data(as_text=True)
    assert "主担当" in minutes
    assert agency.name in minutes


# --- documents ------------------------------------------------------------------------------


@pytest.fixture
def municipality(app: Flask) -> Iterator[None]:
    before = app.config["MUNICIPALITY_NAME"]
    app.config["MUNICIPALITY_NAME"] = "土浦市"
    yield
    app.config["MUNICIPALITY_NAME"] = before


def test_the_plan_document_names_the_municipality_and_the_lead_agency(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    case_with_referral: dict[str, int],
    municipality: None,
    db_session: Session,
) -> None:
    login_as("coordinator")
    plan_id = case_with_referral["plan"]
    form = client.get(f"/coord/plans/{plan_id}/edit").get_data(as_text=True)
    response = post(
        client,
        f"/coord/plans/{plan_id}/edit",
        {
            "version": _version(form),  # as a browser sends the form the page gave
            "title": "2026年度 参加支援プラン",
            "started_on": "2026-11-01",
            "review_on": "2027-02-01",
            "goal": "週1回外に出る",
            "role-0-organization": str(accounts.org.id),
            "role-0-task": "お茶会での声かけ",
            "lead": "0",
            "role-1-party": "本人",
            "role-1-task": "体調を記録する",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/coord/plans/{plan_id}/document").get_data(as_text=True)
    assert "土浦市　重層的支援体制整備事業（参加支援）" in page
    assert re.search(r"主担当</th><td>" + re.escape(accounts.org.name), page)
    assert "体調を記録する" in page
    assert "週1回外に出る" in page
    assert 'media="print"' in page  # the print stylesheet


def _version(page: str) -> str:
    found = re.search(r'name="version" value="([^"]+)"', page)
    assert found, "the edit form carries no version"
    return found.group(1)


PLAN_FORM = {"title": "プラン", "started_on": TODAY.isoformat(), "goal": ""}


def test_a_plan_saved_by_someone_else_meanwhile_is_not_undone_by_a_later_save(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    case_with_referral: dict[str, int],
    db_session: Session,
) -> None:
    login_as("coordinator")
    url = f"/coord/plans/{case_with_referral['plan']}/edit"
    form_a = _version(client.get(url).get_data(as_text=True))
    form_b = _version(client.get(url).get_data(as_text=True))  # opened at the same time

    role = {"role-0-party": "本人", "role-0-task": "体調を記録する"}
    response = post(client, url, {**PLAN_FORM, **role, "version": form_a})  # A adds a role
    assert response.status_code == 302
    response = post(client, url, {**PLAN_FORM, "goal": "週1回外に出る", "version": form_b})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ほかの人の変更と重なりました" in page
    assert "体調を記録する</td>" in page  # what is saved now: A's role
    assert "週1回外に出る</textarea>" in page  # what B typed is kept
    plan = db_session.get(Plan, case_with_referral["plan"])
    assert plan is not None
    db_session.refresh(plan)
    assert plan.goal == ""
    assert [r.task for r in plan.roles] == ["体調を記録する"]

    # Sending again, having seen the other change, saves B's form as it is now.
    again = {**PLAN_FORM, **role, "goal": "週1回外に出る", "version": _version(page)}
    assert post(client, url, again).status_code == 302
    db_session.refresh(plan)
    assert plan.goal == "週1回外に出る"
    assert [r.task for r in plan.roles] == ["体調を記録する"]


def test_the_plan_document_prints_each_need_with_its_conditions_and_one_honorific(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    case_with_referral: dict[str, int],
    db_session: Session,
) -> None:
    plan = db_session.get(Plan, case_with_referral["plan"])
    assert plan is not None
    plans.add_need(
        db_session,
        accounts.coordinator,
        plan,
        plans.NeedData(
            "午前のみ車いす",
            interests="体操、おしゃべり",
            weekdays=(0, 2),
            time_slots=(TimeSlot.MORNING,),
            travel_mode=TravelMode.CAR,
            cost_ceiling_yen=500,
            accessibility=("wheelchair", "pickup"),
            conditions=("small_group",),
            preferred=("cost",),
        ),
        categories=set(),
        targets=set(),
    )
    db_session.flush()
    login_as("coordinator")
    page = client.get(f"/coord/plans/{plan.id}/document").get_data(as_text=True)
    assert "ご本人</th><td>山本さん</td>" in page  # typed as 「山本さん」: not 「山本さん さん」
    need = page[page.index("<strong>午前のみ車いす</strong>") :].split("</li>")[0]
    for line in (
        "関心: 体操、おしゃべり",
        "曜日・時間帯: 月水曜 午前",
        "移動: 車(家族・送迎)（およそ20kmまで）",
        "参加費: 500円まで（できれば）",
        "設備・支援: 車いすで利用できる、送迎あり",
        "その他の条件: 少人数",
    ):
        assert line in need


def test_the_handout_carries_the_place_and_nothing_of_the_case(
    client: FlaskClient, login_as: Callable[[str], User], case_with_referral: dict[str, int]
) -> None:
    login_as("coordinator")
    listing_id = case_with_referral["listing"]
    page = client.get(f"/coord/handout/?listing={listing_id}&size=a5").get_data(as_text=True)
    assert "<ruby>" in page
    assert "<rt>" in page
    assert 'class="segno"' in page  # the QR code
    assert f"/listings/{listing_id}" in page
    assert "handout-a5" in page
    assert "山本" not in page
    response = client.get("/coord/handout/?listing=999999")
    assert "カードにする活動が選ばれていません" in response.get_data(as_text=True)


def test_record_pages_are_404_for_another_coordinator_and_403_for_admins(
    app: Flask,
    client: FlaskClient,
    accounts: Accounts,
    db_session: Session,
    password_hash: str,
    case_with_referral: dict[str, int],
) -> None:
    note = notes.add_note(
        db_session, accounts.coordinator, db_session.get(Case, case_with_referral["case"]),  # type: ignore[arg-type]
        notes.NoteData(TODAY, SECRET), today=TODAY,
    )  # fmt: skip
    meeting = meetings.create_meeting(
        db_session, accounts.coordinator, meetings.MeetingData(Meeting.SHIEN, TODAY), today=TODAY
    )
    meetings.add_case(
        db_session, accounts.coordinator, meeting, db_session.get(Case, case_with_referral["case"]),  # type: ignore[arg-type]
        meetings.ItemData(SECRET),
    )  # fmt: skip
    db_session.flush()
    colleague = make_user(
        db_session, email="c9@example.jp", role="coordinator", password_hash=password_hash
    )
    db_session.flush()
    urls = [
        f"/coord/notes/{note.id}/edit",
        f"/coord/plans/{case_with_referral['plan']}/document",
        f"/coord/plans/{case_with_referral['plan']}/edit",
        f"/coord/meetings/{meeting.id}/cases/{case_with_referral['case']}",
    ]
    for who, expected in ((colleague, 404), (accounts.admin, 403)):
        visitor = app.test_client()
        login(visitor, who)
        for url in urls:
            response = visitor.get(url)
            assert response.status_code == expected, (who.email, url)
            assert SECRET not in response.get_data(as_text=True)
        # The colleague sees the sitting (to add own cases) but not this case's minutes.
        minutes = visitor.get(f"/coord/meetings/{meeting.id}")
        assert SECRET not in minutes.get_data(as_text=True)
        if who is colleague:
            assert "担当外のケース 1件" in minutes.get_data(as_text=True)
