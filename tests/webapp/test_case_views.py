"""参加支援 pages through the test client: the coordinator's whole journey, errors that keep
what was typed, and privacy — who can reach a case URL, what organizations see, the audit."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.browse import Audience, pinned
from directory.listings import archive_listing, set_intake_status
from directory.models import Category, IntakeStatus, Listing, Location, User
from matching import cases, plans, referrals
from matching.models import (
    AuditEvent,
    Case,
    FollowUp,
    Meeting,
    ParticipationNeed,
    Plan,
    Referral,
    ReferralStatus,
    UnmetNeed,
)
from tests.factories import LOADER, TODAY, make_user
from tests.webapp.conftest import Accounts, form_token, login, post

FARM = "里山の農作業ボランティア"
OCHAKAI_NAME = "城北町集会所のお茶会"  # 城北町町内会 (the member's organization)


def _id(pattern: str, location: str) -> int:
    match = re.search(pattern, location)
    assert match, location
    return int(match.group(1))


def open_case(client: FlaskClient, **overrides: object) -> int:
    data: dict[str, object] = {
        "display_name": "Aさん",
        "age_band": "20s",
        "area": "niihari",
        "meeting": "juso",
        "meeting_date": "2026-11-12",
        "consent_given": "yes",
        "consent_on": "2026-11-10",
        "consent_scope": ["share_with_organization"],
    }
    data.update(overrides)
    response = post(client, "/coord/cases/new", data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return _id(r"/coord/cases/(\d+)$", response.location)


def add_need(client: FlaskClient, case_id: int, **overrides: object) -> int:
    response = post(
        client,
        f"/coord/cases/{case_id}/plans/new",
        {"title": "2026年度 参加支援プラン", "started_on": "2026-11-15"},
    )
    plan_id = _id(r"/coord/plans/(\d+)/needs/new", response.location)
    data: dict[str, object] = {
        "title": "平日の午後に外で体を動かす",
        "interests": "農作業",
        "weekdays": ["0", "1", "2", "3", "4"],
        "time_slots": ["afternoon"],
        "travel_mode": "distance",
        "travel_km": "3",
    }
    data.update(overrides)
    response = post(client, f"/coord/plans/{plan_id}/needs/new", data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return _id(r"/coord/needs/(\d+)/suggestions", response.location)


def record_unmet(client: FlaskClient, db_session: Session) -> UnmetNeed:
    """The signed-in coordinator records an unmet need (乗馬, a volunteer activity) from the
    need of a new case."""
    case_id = open_case(client)
    need_id = add_need(client, case_id, interests="乗馬", categories=["volunteer"])
    post(client, f"/coord/needs/{need_id}/unmet")
    unmet = db_session.scalars(select(UnmetNeed).order_by(UnmetNeed.id.desc())).first()
    assert unmet is not None
    return unmet


def test_coordinator_journey_from_case_to_follow_up(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    assert "同意あり" in page
    assert "新治地区" in page
    need_id = add_need(client, case_id)

    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    first = re.search(r'<li class="suggestion" id="listing-(\d+)">\s*<h2><a[^>]*>([^<]+)</a>', page)
    assert first is not None
    assert first.group(2) == FARM
    assert "火曜午後" in page
    assert "「農作業」に関心" in page
    assert "自宅エリア(新治地区)から" in page

    listing_id = int(first.group(1))
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": listing_id})
    assert response.status_code == 302
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    page = client.get(f"/coord/referrals/{referral_id}").get_data(as_text=True)
    assert "提案" in page
    assert '電話 <a href="tel:029-800-' in page  # whom to call for 先方へ連絡
    assert page.count('class="follow-up') == 0  # nothing to check before the person went

    for step in ("agreed", "contacted", "trial"):
        response = post(
            client,
            f"/coord/referrals/{referral_id}/advance",
            {"status": step, "shared_note": "火曜午後の見学を希望しています"},
        )
        assert response.status_code == 302, response.get_data(as_text=True)
    referral = db_session.get(Referral, referral_id)
    assert referral is not None
    assert referral.status.value == "trial"
    page = client.get(f"/coord/referrals/{referral_id}").get_data(as_text=True)
    assert page.count('class="follow-up') == 3  # from the day of the 見学・体験

    follow_up = db_session.scalars(
        select(FollowUp).where(FollowUp.referral_id == referral_id).order_by(FollowUp.due_on)
    ).first()
    assert follow_up is not None
    response = post(
        client,
        f"/coord/follow-ups/{follow_up.id}",
        {
            "continuing": "yes",
            "frequency": "weekly",
            "voice": "good",
            "condition": "毎週通えている",
        },
    )
    assert response.status_code == 302
    page = client.get(f"/coord/referrals/{referral_id}").get_data(as_text=True)
    assert "毎週通えている" in page
    assert "週1回以上" in page
    assert "よい・楽しい" in page


def test_bad_input_keeps_what_was_typed_with_japanese_messages(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(
        client,
        "/coord/cases/new",
        {
            "display_name": "Bさん",
            "meeting": "juso",
            "meeting_date": "来週",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "日付は 2026-11-23 の形で入力してください。" in page
    assert 'value="Bさん"' in page
    assert 'value="来週"' in page

    case_id = open_case(client)
    response = post(
        client, f"/coord/cases/{case_id}/plans/new", {"title": "プラン", "started_on": "2026-11-15"}
    )
    plan_id = _id(r"/coord/plans/(\d+)/needs/new", response.location)
    response = post(
        client,
        f"/coord/plans/{plan_id}/needs/new",
        {
            "title": "料理の活動",
            "interests": "料理 ボランティア",
            "travel_km": "とおく",
            "cost_ceiling_yen": "５００",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "数字で入力してください。" in page
    assert "料理 ボランティア" in page
    assert 'value="５００"' in page

    response = post(client, f"/coord/cases/{case_id}/close", {"reason": "", "note": "本人の希望で"})
    assert response.status_code == 422
    assert "終結の理由を選んでください。" in response.get_data(as_text=True)
    assert "本人の希望で" in response.get_data(as_text=True)  # the note typed is kept


def test_a_persons_name_typed_as_the_case_code_is_refused_next_to_the_field(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """The case code goes to the audit log, page titles and exports: a name typed there is
    refused next to the field, with what was typed kept; a numbered code goes through."""
    login_as("coordinator")
    before = db_session.scalar(select(func.count(Case.id)))
    for code, said in (
        ("山田花子", "ケース番号には数字を入れてください（例: R6-012、城北-0003）。"),
        ("田中さん①", "ケース番号に「さん」「さま」などの敬称は入れないでください。"),
        ("ヤマダ-2", "ケース番号に呼び名を入れないでください。"),
    ):
        response = post(client, "/coord/cases/new", {"code": code, "display_name": "ヤマダ",
                                                     "age_band": "70s"})  # fmt: skip
        page = response.get_data(as_text=True)
        assert response.status_code == 422, code
        assert said in page, code
        assert f'value="{code}"' in page
        assert 'value="ヤマダ"' in page
    assert db_session.scalar(select(func.count(Case.id))) == before
    case_id = open_case(client, code="城北-0003", display_name="ヤマダ")
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    assert "城北-0003" in page


def test_a_name_given_as_the_code_before_the_rule_is_pointed_out_on_the_edit_form(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, display_name="ヤマダ")
    warning = "いまのケース番号は名前のように見えます。"
    assert warning not in client.get(f"/coord/cases/{case_id}/edit").get_data(as_text=True)
    case = db_session.get(Case, case_id)
    assert case is not None
    case.code = "山田花子"  # typed before codes had to be numbers
    db_session.flush()
    page = client.get(f"/coord/cases/{case_id}/edit").get_data(as_text=True)
    assert warning + "ケース番号には数字を入れてください（例: R6-012、城北-0003）。" in page
    assert "監査記録や書き出しにも新しい番号だけが表示されます" in page


def test_a_need_nothing_meets_can_be_recorded_as_unmet_without_personal_data(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    need_id = add_need(
        client,
        case_id,
        interests="乗馬",
        weekdays=["6"],
        time_slots=["evening"],
        travel_km="0.5",
        origin_lat="36.3000",  # a point in the fields north of town, far from any listing
        origin_lon="140.3000",
        conditions=["women_only"],
    )
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert "合う活動はありません" in page
    assert "曜日・時間帯が合わない" in page
    assert "0.5kmより遠い・場所が未確認" in page
    assert "関心 乗馬" in page  # the pre-filled record, shown before saving
    before = db_session.scalar(select(func.count(UnmetNeed.id)))
    response = post(client, f"/coord/needs/{need_id}/unmet")
    assert response.status_code == 302
    assert db_session.scalar(select(func.count(UnmetNeed.id))) == (before or 0) + 1
    report = client.get("/coord/reports/unmet").get_data(as_text=True)
    assert "新治地区" in report
    assert "女性のみ" in report
    assert "20代" in report
    assert "乗馬" in report  # what was wanted is kept, as a keyword
    assert "Aさん" not in report
    again = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert "このニーズはすでに狭間のニーズとして記録しています。" in again


def _version(page: str) -> str:
    found = re.search(r'name="version" value="([^"]+)"', page)
    assert found, "the edit form carries no version"
    return found.group(1)


CASE_FORM = {
    "code": "",
    "display_name": "Dさん",
    "age_band": "70s",
    "area": "daigo",
    "opened_on": "2026-11-01",
    "basis": "program",
    "meeting": "none",
}


def test_a_case_saved_by_someone_else_meanwhile_is_not_undone_by_a_later_save(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, **CASE_FORM)
    url = f"/coord/cases/{case_id}/edit"
    form_a = _version(client.get(url).get_data(as_text=True))
    form_b = _version(client.get(url).get_data(as_text=True))  # opened at the same time

    response = post(client, url, {**CASE_FORM, "display_name": "Dさん（変更1）", "version": form_a})
    assert response.status_code == 302
    response = post(client, url, {**CASE_FORM, "age_band": "80_over", "version": form_b})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ほかの人の変更と重なりました" in page
    assert "<dt>呼び名</dt><dd>Dさん（変更1）</dd>" in page  # what is saved now
    assert re.search(r'<option value="80_over"\s+selected', page)  # what B chose is kept
    case = db_session.get(Case, case_id)
    assert case is not None
    assert (case.display_name, case.age_band.value) == ("Dさん（変更1）", "70s")

    # Sending again, having seen the other change, saves B's form as it is now.
    again = {**CASE_FORM, "display_name": "Dさん（変更1）", "age_band": "80_over"}
    response = post(client, url, {**again, "version": _version(page)})
    assert response.status_code == 302
    db_session.refresh(case)
    assert (case.display_name, case.age_band.value) == ("Dさん（変更1）", "80_over")


def test_a_need_saved_by_someone_else_meanwhile_is_not_undone_by_a_later_save(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    url = f"/coord/needs/{need_id}/edit"
    form_a = _version(client.get(url).get_data(as_text=True))
    form_b = _version(client.get(url).get_data(as_text=True))
    need = {"title": "外で体を動かす", "interests": "農作業", "travel_mode": "walk"}

    response = post(client, url, {**need, "weekdays": ["5"], "version": form_a})
    assert response.status_code == 302
    response = post(client, url, {**need, "interests": "農作業 料理", "version": form_b})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "ほかの人の変更と重なりました" in page
    assert "<dt>曜日・時間帯</dt><dd>土曜</dd>" in page  # what is saved now
    assert "農作業 料理" in page  # what B typed is kept
    saved = db_session.get(ParticipationNeed, need_id)
    assert saved is not None
    assert (saved.weekdays, saved.interests) == ([5], "農作業")


def test_the_one_click_unmet_summary_says_every_condition_that_will_be_recorded(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, age_band="70s", area="daigo")
    need_id = add_need(
        client,
        case_id,
        interests="乗馬",
        time_slots=["morning"],
        accessibility=["wheelchair", "pickup"],
        languages=["vi"],
        conditions=["free"],
    )
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    summary = re.search(r"記録する内容（個人を特定する情報は含みません）:(.*?)</p>", page, re.S)
    assert summary is not None
    said = " ".join(summary.group(1).split())
    assert said == (
        "地区 第五地区／年代 70代／関心 乗馬／曜日・時間帯 月火水木金曜 午前"
        "／設備・支援 車いすで利用できる、送迎あり／ことば ベトナム語／その他の条件 無料"
    )

    assert post(client, f"/coord/needs/{need_id}/unmet").status_code == 302
    saved = db_session.scalars(select(UnmetNeed).order_by(UnmetNeed.id.desc())).first()
    assert saved is not None
    assert saved.accessibility == ["wheelchair", "pickup"]  # … as the summary said
    assert saved.languages == ["vi"]
    assert saved.conditions == ["free"]

    # … and the record's own page says all of it, as the summary did.
    page = client.get(f"/coord/unmet/{saved.id}").get_data(as_text=True)
    facts = re.search(r'<dl class="facts">(.*?)</dl>', page, re.S)
    assert facts is not None
    pairs = re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", facts.group(1))
    assert "／".join(f"{label} {value}" for label, value in pairs) == said


def test_pressing_refer_twice_makes_one_referral_and_shows_it(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    first = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": farm.id})
    again = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": farm.id})
    assert again.status_code == 302
    assert again.location == first.location  # the referral that exists
    page = client.get(again.location).get_data(as_text=True)
    assert "このニーズはこの活動にすでにつないでいます（いまの段階: 提案）。" in page
    count = select(func.count(Referral.id)).where(
        Referral.need_id == need_id, Referral.listing_id == farm.id
    )
    assert db_session.scalar(count) == 1


def test_the_same_person_is_not_referred_twice_to_one_activity_from_two_needs(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """Two needs of one person can both suggest the farm; the organization is asked about the
    person once: the second 「つなぐ」 shows the referral that exists. Once that one is over
    (中断), the person may be referred again."""
    login_as("coordinator")
    case_id = open_case(client)
    first_need = add_need(client, case_id)
    second_need = add_need(client, case_id, title="週に一度は家の外で人と過ごす")
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    first = post(client, f"/coord/needs/{first_need}/referrals", {"listing_id": farm.id})
    page = client.get(f"/coord/needs/{second_need}/suggestions").get_data(as_text=True)
    assert FARM in page
    assert "この方はニーズ「平日の午後に外で体を動かす」で、この活動にすでにつないでいます" in page
    assert f'name="listing_id" value="{farm.id}"' not in page
    again = post(client, f"/coord/needs/{second_need}/referrals", {"listing_id": farm.id})
    assert again.status_code == 302
    assert again.location == first.location
    page = client.get(again.location).get_data(as_text=True)
    assert (
        "この方はニーズ「平日の午後に外で体を動かす」で、この活動にすでにつないでいます"
        "（いまの段階: 提案）。" in page
    )
    count = (
        select(func.count(Referral.id))
        .join(Referral.need)
        .join(ParticipationNeed.plan)
        .where(Referral.listing_id == farm.id, Plan.case_id == case_id)
    )
    assert db_session.scalar(count) == 1

    first_id = _id(r"/coord/referrals/(\d+)$", first.location)
    stopped = post(client, f"/coord/referrals/{first_id}/advance",
                   {"status": "interrupted", "reason": "schedule"})  # fmt: skip
    assert stopped.status_code == 302, stopped.get_data(as_text=True)[:500]
    once_more = post(client, f"/coord/needs/{second_need}/referrals", {"listing_id": farm.id})
    assert once_more.location != first.location
    assert db_session.scalar(count) == 2


def test_a_referral_to_an_activity_that_ended_after_it_was_made_goes_no_further(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """掲載終了 (archived) after the referral was made: the coordinator is told, is offered only
    「中断」, and 先方へ連絡 is refused with the reason; 休止中 is said next to whom to call."""
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    made = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": farm.id})
    path = made.location
    assert post(client, f"{path}/advance", {"status": "agreed"}).status_code == 302

    set_intake_status(farm, IntakeStatus.PAUSED, TODAY, actor=LOADER)
    db_session.flush()
    page = client.get(path).get_data(as_text=True)
    assert "この活動の受入状況は「休止中」です" in page
    assert 'value="contacted"' in page  # still the coordinator's call

    archive_listing(farm, datetime.now(UTC))
    db_session.flush()
    page = client.get(path).get_data(as_text=True)
    ended = "この活動は掲載を終えています。先方へ連絡や見学・参加には進めません。"
    assert ended in page
    assert 'value="contacted"' not in page
    assert 'value="interrupted"' in page
    refused = post(client, f"{path}/advance", {"status": "contacted"})
    assert refused.status_code == 422
    assert ended in refused.get_data(as_text=True)
    referral = db_session.get(Referral, _id(r"/coord/referrals/(\d+)$", path))
    assert referral is not None
    assert referral.status is ReferralStatus.AGREED
    stopped = post(client, f"{path}/advance", {"status": "interrupted", "reason": "other"})
    assert stopped.status_code == 302, stopped.get_data(as_text=True)[:500]


def test_the_coordinator_is_told_when_nobody_at_the_organization_can_answer_on_the_site(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    db_session: Session,
    password_hash: str,
) -> None:
    """先方へ連絡 to an organization with no account (or whose one member moved to another):
    no answer will come on the site, so the referral page says to check by phone; the member
    taken off no longer sees the request nor answers it."""
    admin = client.application.test_client()
    login(admin, accounts.admin)
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    path = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": farm.id}).location
    for step in ("agreed", "contacted"):
        assert post(client, f"{path}/advance", {"status": step}).status_code == 302
    nobody = "には、この画面で回答できるメンバーのアカウントがありません"
    page = client.get(path).get_data(as_text=True)
    assert f"{farm.organization.name}{nobody}" in page

    member = make_user(db_session, email="farm@example.jp", role="org_member",
                       password_hash=password_hash,
                       organizations=(farm.organization.source_key or "",))  # fmt: skip
    db_session.flush()
    assert nobody not in client.get(path).get_data(as_text=True)
    at_farm = client.application.test_client()
    login(at_farm, member)
    referral_id = _id(r"/coord/referrals/(\d+)$", path)
    assert f"/org/referrals/{referral_id}/respond" in at_farm.get("/org/referrals/").get_data(
        as_text=True
    )

    taken_off = post(admin, f"/admin/users/{member.id}", {
        "email": member.email, "display_name": member.display_name, "role": "org_member",
        "is_active": "on", "organization_ids": [accounts.other_org.id]})  # fmt: skip
    assert taken_off.status_code == 302, taken_off.get_data(as_text=True)[:500]
    assert f"{farm.organization.name}{nobody}" in client.get(path).get_data(as_text=True)
    page = at_farm.get("/org/referrals/").get_data(as_text=True)
    assert FARM not in page
    answered = post(at_farm, f"/org/referrals/{referral_id}/respond", {"answer": "accept"})
    assert answered.status_code == 404


def test_a_declined_answer_is_not_sent_back_once_the_person_was_referred_there_again(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """お断りのあと、同じ活動にもう一度つないだ: sending the old answer back would open a
    second request about the same person, so the old referral says where to go on instead."""
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    johoku = db_session.scalars(
        select(Listing)
        .where(Listing.organization_id == accounts.org.id, Listing.accepts_referrals.is_(True))
        .order_by(Listing.id)
    ).first()
    assert johoku is not None
    first = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": johoku.id}).location
    for step in ("agreed", "contacted"):
        assert post(client, f"{first}/advance", {"status": step}).status_code == 302
    member = client.application.test_client()
    login(member, accounts.member)
    first_id = _id(r"/coord/referrals/(\d+)$", first)
    declined = post(member, f"/org/referrals/{first_id}/respond",
                    {"answer": "decline", "reason": "schedule", "note": "火曜は満員です"})  # fmt: skip
    assert declined.status_code == 302
    assert f"{first}/reopen-answer" in client.get(first).get_data(as_text=True)

    second = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": johoku.id}).location
    assert second != first
    page = client.get(first).get_data(as_text=True)
    assert f"{first}/reopen-answer" not in page
    why = "この方は、この活動にあとからもう一度つないでいます（いまの段階: 提案）。そちらで進めてください。"
    assert why in page
    assert f'href="{second}"' in page
    refused = post(client, f"{first}/reopen-answer")
    assert refused.status_code == 422
    assert why in refused.get_data(as_text=True)
    db_session.expire_all()
    referral = db_session.get(Referral, first_id)
    assert referral is not None
    assert referral.org_response.value == "declined"


def test_a_name_typed_with_its_honorific_is_not_given_another(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(
        client, display_name="Cさん", consent_scope=["share_with_organization", "share_name"]
    )
    need_id = add_need(client, case_id)
    johoku = db_session.scalars(
        select(Listing)
        .where(Listing.organization_id == accounts.org.id, Listing.accepts_referrals.is_(True))
        .order_by(Listing.id)
    ).first()
    assert johoku is not None
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": johoku.id})
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    for step in ("agreed", "contacted"):
        response = post(
            client,
            f"/coord/referrals/{referral_id}/advance",
            {"status": step, "share_name": "on"},
        )
        assert response.status_code == 302, response.get_data(as_text=True)

    member = client.application.test_client()
    login(member, accounts.member)
    page = member.get("/org/referrals/").get_data(as_text=True)
    assert "Cさん（20代）" in page
    assert "Cさん さん" not in page


def test_the_organization_sees_only_what_consent_shares_and_can_answer(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, display_name="山田花子")
    need_id = add_need(client, case_id)
    johoku = db_session.scalars(
        select(Listing)
        .where(Listing.organization_id == accounts.org.id, Listing.accepts_referrals.is_(True))
        .order_by(Listing.id)
    ).first()
    assert johoku is not None
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": johoku.id})
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    for step in ("agreed", "contacted"):
        post(
            client,
            f"/coord/referrals/{referral_id}/advance",
            {"status": step, "shared_note": "見学から始めたいそうです"},
        )
    client.post("/logout", data={"csrf_token": ""})

    other = client.application.test_client()
    login(other, accounts.other_member)
    assert "見学から始めたい" not in other.get("/org/referrals/").get_data(as_text=True)
    assert (
        post(other, f"/org/referrals/{referral_id}/respond", {"answer": "accept"}).status_code
        == 404
    )

    member = client.application.test_client()
    login(member, accounts.member)
    page = member.get("/org/referrals/").get_data(as_text=True)
    assert "見学から始めたいそうです" in page
    assert "山田花子" not in page
    assert "農作業" not in page  # the need's interests stay with the coordinator
    response = post(
        member,
        f"/org/referrals/{referral_id}/respond",
        {"answer": "accept", "note": "火曜に来てください"},
    )
    assert response.status_code == 302
    assert "受け入れ可" in member.get("/org/referrals/").get_data(as_text=True)


def test_a_note_for_the_organization_sent_without_consent_is_refused_in_japanese(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """The form hides 「団体へ伝えること」 without consent; a note posted anyway (an old tab,
    a form saved before consent was withdrawn) is refused with the reason, and nothing is kept."""
    login_as("coordinator")
    need_id = add_need(client, open_case(client, consent_scope=[]))
    farm = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    path = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": farm.id}).location
    refused = post(
        client, f"{path}/advance", {"status": "agreed", "shared_note": "通院は毎週火曜です"}
    )
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert "団体へ伝えることは記録できません" in page
    referral = db_session.get(Referral, _id(r"/coord/referrals/(\d+)$", path))
    assert referral is not None
    assert referral.shared_note == ""
    assert referral.status is ReferralStatus.PROPOSED
    assert post(client, f"{path}/advance", {"status": "agreed"}).status_code == 302


CASE_ROUTES = [
    ("get", "/coord/cases/{case}"),
    ("get", "/coord/cases/{case}/edit"),
    ("post", "/coord/cases/{case}/edit"),
    ("post", "/coord/cases/{case}/consent"),
    ("post", "/coord/cases/{case}/close"),
    ("post", "/coord/cases/{case}/reopen"),
    ("get", "/coord/cases/{case}/plans/new"),
    ("post", "/coord/cases/{case}/plans/new"),
    ("get", "/coord/plans/{plan}/needs/new"),
    ("post", "/coord/plans/{plan}/needs/new"),
    ("get", "/coord/needs/{need}/edit"),
    ("post", "/coord/needs/{need}/edit"),
    ("get", "/coord/needs/{need}/suggestions"),
    ("post", "/coord/needs/{need}/referrals"),
    ("get", "/coord/needs/{need}/unmet"),
    ("post", "/coord/needs/{need}/unmet"),
    ("post", "/coord/needs/{need}/relax"),
    ("get", "/coord/referrals/{referral}"),
    ("post", "/coord/referrals/{referral}/advance"),
    ("post", "/coord/referrals/{referral}/reopen-answer"),
    ("post", "/coord/follow-ups/{follow_up}"),
    ("post", "/coord/cases/{case}/coordinators"),
]


@pytest.fixture
def someone_elses_case(accounts: Accounts, db_session: Session) -> dict[str, int]:
    """A case of the coordinator's, built through the use cases (faster than the pages)."""
    user = accounts.coordinator
    case = cases.create_case(
        db_session,
        user,
        cases.CaseData(display_name="Aさん", area_code="niihari", meeting=Meeting.SHIEN),
        consent=cases.ConsentData(True, TODAY, ("share_with_organization",)),
        today=TODAY,
    )
    plan = plans.create_plan(db_session, user, case, plans.PlanData("プラン", TODAY))
    need = plans.add_need(
        db_session,
        user,
        plan,
        plans.NeedData("外に出る", interests="農作業"),
        categories=set(),
        targets=set(),
    )
    listing = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    referral = referrals.create_referral(db_session, user, need, listing, today=TODAY)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED, ReferralStatus.TRIAL):
        referrals.advance(db_session, user, referral, step, on=TODAY, today=TODAY)
    db_session.flush()
    return {
        "case": case.id,
        "plan": plan.id,
        "need": need.id,
        "referral": referral.id,
        "follow_up": referral.follow_ups[0].id,
    }


@pytest.mark.parametrize(("method", "route"), CASE_ROUTES)
@pytest.mark.parametrize("who", ["admin", "member", "colleague", "anonymous"])
def test_nobody_but_the_assigned_coordinator_reaches_a_case_url(
    client: FlaskClient,
    accounts: Accounts,
    db_session: Session,
    someone_elses_case: dict[str, int],
    password_hash: str,
    who: str,
    method: str,
    route: str,
) -> None:
    visitor = client.application.test_client()
    if who == "colleague":
        colleague = make_user(
            db_session, email="c2@example.jp", role="coordinator", password_hash=password_hash
        )
        db_session.flush()
        login(visitor, colleague)
    elif who != "anonymous":
        login(visitor, getattr(accounts, who))
    path = route.format(**someone_elses_case)
    reads_before = db_session.scalar(select(func.count(AuditEvent.id)))
    if method == "get":
        response = visitor.get(path)
    else:
        if who == "anonymous":
            token = form_token(visitor, "/login")
            response = visitor.post(path, data={"csrf_token": token, "status": "agreed"})
        else:
            response = post(
                visitor,
                path,
                {
                    "status": "agreed",
                    "listing_id": "1",
                    "reason": "x",
                    "consent_given": "no",
                    "title": "x",
                },
            )
    body = response.get_data(as_text=True)
    # Admins and members cannot work on cases at all (403 on every case URL, whether the case
    # exists or not); a coordinator not assigned to this case is told it does not exist.
    expected = {"anonymous": 302, "member": 403, "colleague": 404, "admin": 403}[who]
    assert response.status_code == expected, body[:300]
    assert "Aさん" not in body
    if who == "anonymous":
        assert "/login" in response.location
    case = db_session.get(Case, someone_elses_case["case"])
    assert case is not None
    assert case.status.value == "open"
    # Refused visits leave no trace of case data being read.
    assert db_session.scalar(select(func.count(AuditEvent.id))) == reads_before


def test_every_case_page_view_is_in_the_admins_audit_log(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    client.get(f"/coord/cases/{case_id}")
    client.post("/logout", data={"csrf_token": ""})
    admin = client.application.test_client()
    login(admin, accounts.admin)
    page = admin.get("/admin/audit").get_data(as_text=True)
    assert "case.read" in page
    assert "Aさん" not in page
    assert admin.get("/admin/audit").status_code == 200
    member = client.application.test_client()
    login(member, accounts.member)
    assert member.get("/admin/audit").status_code == 403


def _participating_for_20_days(
    client: FlaskClient, accounts: Accounts, db_session: Session, name: str
) -> tuple[Referral, date]:
    """A new case of the coordinator's whose need was referred to the farm volunteering and
    has been 参加中 since 20 days ago: the referral, and the day participation started."""
    from webapp.templating import today

    user = accounts.coordinator
    with client.application.app_context():
        now = today()
    case = cases.create_case(
        db_session,
        user,
        cases.CaseData(display_name=name, area_code="niihari"),
        consent=cases.ConsentData(True, now, ("share_with_organization",)),
        today=now,
    )
    plan = plans.create_plan(db_session, user, case, plans.PlanData("プラン", now))
    need = plans.add_need(
        db_session,
        user,
        plan,
        plans.NeedData("外に出る", interests="農作業"),
        categories=set(),
        targets=set(),
    )
    listing = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    started = now - timedelta(days=20)
    referral = referrals.create_referral(db_session, user, need, listing, today=started)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED, ReferralStatus.PARTICIPATING):
        referrals.advance(db_session, user, referral, step, on=started, today=now)
    db_session.flush()
    return referral, started


def test_an_overdue_follow_up_is_on_the_dashboard_until_its_result_is_recorded(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    db_session: Session,
) -> None:
    referral, started = _participating_for_20_days(client, accounts, db_session, "Cさん")
    overdue = referral.follow_ups[0]

    login_as("coordinator")
    page = client.get("/coord/").get_data(as_text=True)
    assert "期限を過ぎたもの（1件）" in page
    assert f"#follow-up-{overdue.id}" in page
    response = post(
        client,
        f"/coord/follow-ups/{overdue.id}",
        {"continuing": "no", "condition": "体調を崩して休んでいる"},
    )
    assert response.status_code == 302
    page = client.get("/coord/").get_data(as_text=True)
    assert "期限を過ぎたもの（0件）" in page
    assert "期限を過ぎたモニタリングはありません。" in page


def test_a_reopened_case_has_its_follow_ups_to_do_again(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    db_session: Session,
) -> None:
    from datetime import timedelta

    from webapp.templating import today

    user = accounts.coordinator
    with client.application.app_context():
        now = today()
    case = cases.create_case(
        db_session,
        user,
        cases.CaseData(display_name="Dさん", area_code="niihari"),
        consent=cases.ConsentData(True, now, ("share_with_organization",)),
        today=now,
    )
    plan = plans.create_plan(db_session, user, case, plans.PlanData("プラン", now))
    need = plans.add_need(
        db_session,
        user,
        plan,
        plans.NeedData("外に出る", interests="農作業"),
        categories=set(),
        targets=set(),
    )
    listing = db_session.scalars(select(Listing).where(Listing.name == FARM)).one()
    # 2 weeks after the start is past (overdue), 1 month after it within the next 2 weeks.
    started = now - timedelta(days=25)
    referral = referrals.create_referral(db_session, user, need, listing, today=started)
    for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED, ReferralStatus.PARTICIPATING):
        referrals.advance(db_session, user, referral, step, on=started, today=now)
    db_session.flush()

    login_as("coordinator")
    closed = post(client, f"/coord/cases/{case.id}/close", {"reason": "moved"})
    assert closed.status_code == 302
    page = client.get(f"/coord/referrals/{referral.id}").get_data(as_text=True)
    assert page.count("取りやめ（ケースの終結") == 3

    assert post(client, f"/coord/cases/{case.id}/reopen", {}).status_code == 302
    page = client.get(f"/coord/referrals/{referral.id}").get_data(as_text=True)
    assert "取りやめ" not in page
    assert page.count("期限切れ") == 1
    listing_page = client.get("/coord/cases").get_data(as_text=True)
    assert "2週間以内のモニタリング（1件）" in listing_page
    dashboard = client.get("/coord/").get_data(as_text=True)
    assert "期限を過ぎたもの（1件）" in dashboard
    assert "2週間以内の予定（1件）" in dashboard


def test_a_reopened_case_keeps_its_last_closing_in_the_notes_not_for_the_next_closing(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    from webapp.templating import today

    with client.application.app_context():
        now = today()
    said_on = f"{now.year}年{now.month}月{now.day}日"
    login_as("coordinator")
    case_id = open_case(client)
    close = f"/coord/cases/{case_id}/close"
    assert post(client, close, {"reason": "moved", "note": "隣の市へ転居"}).status_code == 302
    assert post(client, f"/coord/cases/{case_id}/reopen", {}).status_code == 302

    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    closing_form = page.split('id="close-h"')[1]
    assert '<textarea id="f-note" name="note" rows="3"></textarea>' in closing_form
    notes = page.split('id="notes-h"')[1].split("</section>")[0]
    assert (
        f"ケースを再開しました。前回の終結: {said_on}、理由: 転居（終結時のメモ: 隣の市へ転居）"
        in notes
    )  # the previous closing, said as such in the case's history
    case = db_session.get(Case, case_id)
    assert case is not None
    db_session.refresh(case)
    assert (case.closed_on, case.closure_reason, case.closing_reason) == (None, None, "")

    # Closing again without a note says nothing of the earlier one.
    assert post(client, close, {"reason": "goal_met"}).status_code == 302
    page = client.get(f"/coord/cases/{case_id}").get_data(as_text=True)
    status = re.search(r"<dt>状態</dt><dd>(.*?)</dd>", page)
    assert status is not None
    assert "理由: 参加が定着した（目標の達成））" in status.group(1)
    assert "転居" not in status.group(1)


def test_a_case_closed_on_a_future_day_is_refused_next_to_the_field(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    from datetime import timedelta

    from webapp.templating import today

    with client.application.app_context():
        tomorrow = (today() + timedelta(days=1)).isoformat()
    login_as("coordinator")
    case_id = open_case(client)
    response = post(
        client,
        f"/coord/cases/{case_id}/close",
        {"reason": "moved", "closed_on": tomorrow, "note": "転居のため"},
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "未来の日付は記録できません。" in page
    assert f'value="{tomorrow}"' in page
    assert "転居のため" in page
    case = db_session.get(Case, case_id)
    assert case is not None
    assert case.status.value == "open"


def test_a_meeting_day_still_to_come_is_refused_next_to_the_field(
    client: FlaskClient, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    form = {"display_name": "Fさん", "age_band": "60s", "area": "niihari", "meeting": "shien",
            "meeting_date": "2030-01-01", "consent_given": "no"}  # fmt: skip
    response = post(client, "/coord/cases/new", form)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert re.search(r'name="meeting_date" type="date" value="2030-01-01"[^>]*aria-invalid', page)
    assert '<p class="field-error" id="meeting_date-error">未来の日付は記録できません。</p>' in page
    assert 'value="Fさん"' in page  # the rest of what was typed is kept
    assert db_session.scalar(select(func.count(Case.id)).where(Case.display_name == "Fさん")) == 0

    case_id = open_case(client)
    url = f"/coord/cases/{case_id}/edit"
    version = _version(client.get(url).get_data(as_text=True))
    response = post(client, url, {**CASE_FORM, "meeting": "shien", "meeting_date": "2030-01-01",
                                  "version": version})  # fmt: skip
    assert response.status_code == 422
    assert "未来の日付は記録できません。" in response.get_data(as_text=True)
    case = db_session.get(Case, case_id)
    assert case is not None
    db_session.refresh(case)
    assert case.meeting_date is not None
    assert case.meeting_date.isoformat() == "2026-11-12"


def test_a_follow_up_dated_before_participation_started_is_refused(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    db_session: Session,
) -> None:
    referral, started = _participating_for_20_days(client, accounts, db_session, "Eさん")
    follow_up = referral.follow_ups[0]

    login_as("coordinator")
    before = (started - timedelta(days=1)).isoformat()
    response = post(
        client,
        f"/coord/follow-ups/{follow_up.id}",
        {"done_on": before, "continuing": "yes", "condition": "毎週通えている"},
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    day = f"{started.year}年{started.month}月{started.day}日"
    assert f"参加が始まった日（{day}の参加中）より前の日付は記録できません。" in page
    assert f'value="{before}"' in page
    assert "毎週通えている" in page
    db_session.refresh(follow_up)
    assert follow_up.done_on is None


def test_recording_a_follow_up_twice_or_empty_is_refused_and_keeps_the_text(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    someone_elses_case: dict[str, int],
) -> None:
    login_as("coordinator")
    path = f"/coord/follow-ups/{someone_elses_case['follow_up']}"
    response = post(client, path, {"continuing": "", "issues": "送迎の手配が必要"})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "参加が続いているか、通う頻度、本人の声、本人の様子のどれかを記録してください。" in page
    assert "送迎の手配が必要" in page
    assert post(client, path, {"continuing": "yes"}).status_code == 302
    response = post(client, path, {"continuing": "yes"})
    assert response.status_code == 422
    assert "このモニタリングはすでに記録済みです。" in response.get_data(as_text=True)


def test_case_data_never_reaches_public_pages_search_or_logs(
    client: FlaskClient,
    accounts: Accounts,
    login_as: Callable[[str], User],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level("DEBUG")
    login_as("coordinator")
    case_id = open_case(client, display_name="秘密山トクメイ")
    need_id = add_need(client, case_id, interests="秘密山トクメイの趣味")
    client.get(f"/coord/needs/{need_id}/suggestions")
    client.post("/logout", data={"csrf_token": form_token(client, "/coord/cases")})

    resident = client.application.test_client()
    assert "秘密山" not in resident.get("/").get_data(as_text=True)
    for page in ("/listings", "/search"):
        # The page repeats the query itself; a word nobody wrote is echoed just as often.
        found = resident.get(f"{page}?q=秘密山トクメイ").get_data(as_text=True)
        control = resident.get(f"{page}?q=架空語ナイモノ").get_data(as_text=True)
        assert found.count("秘密山トクメイ") == control.count("架空語ナイモノ")
        assert "トクメイの趣味" not in found
    assert not [r for r in caplog.records if "秘密山" in r.getMessage()]


def test_follow_up_offsets_come_from_the_environment_and_bad_ones_stop_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from webapp import create_app

    monkeypatch.setenv("TSUNAGARI_FOLLOW_UP_OFFSETS", "1w,6m")
    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": "sqlite://"})
    assert app.config["FOLLOW_UP_OFFSETS"] == "1w,6m"
    app.extensions["db_engine"].dispose()
    monkeypatch.setenv("TSUNAGARI_FOLLOW_UP_OFFSETS", "2 weeks")
    with pytest.raises(ValueError, match="follow-up offset"):
        create_app({"SECRET_KEY": "x", "DATABASE_URL": "sqlite://"})


def test_a_case_can_be_handed_over_by_its_coordinator_or_by_an_admin(
    client: FlaskClient,
    accounts: Accounts,
    db_session: Session,
    someone_elses_case: dict[str, int],
    password_hash: str,
) -> None:
    colleague = make_user(
        db_session, email="c3@example.jp", role="coordinator", password_hash=password_hash
    )
    db_session.flush()
    case_path = f"/coord/cases/{someone_elses_case['case']}"

    coordinator = client.application.test_client()
    login(coordinator, accounts.coordinator)
    response = post(coordinator, f"{case_path}/coordinators", {"coordinators": [colleague.id]})
    assert response.status_code == 302
    assert coordinator.get(case_path).status_code == 404  # handed over: no longer theirs

    other = client.application.test_client()
    login(other, colleague)
    assert other.get(case_path).status_code == 200

    admin = client.application.test_client()
    login(admin, accounts.admin)
    assert admin.get(case_path).status_code == 403  # admins do not read cases…
    case = db_session.get(Case, someone_elses_case["case"])
    assert case is not None
    response = post(
        admin, "/admin/cases/assign", {"code": case.code, "coordinators": [accounts.coordinator.id]}
    )
    assert response.status_code == 302  # … but can give one back when staff change
    assert coordinator.get(case_path).status_code == 200
    assert other.get(case_path).status_code == 404
    response = post(admin, "/admin/cases/assign", {"code": "NO-SUCH", "coordinators": [1]})
    assert "ケース番号「NO-SUCH」は見つかりません。" in admin.get(response.location).get_data(
        as_text=True
    )


def test_an_admin_cannot_give_a_case_to_an_admin_and_so_never_reads_one(
    client: FlaskClient,
    accounts: Accounts,
    db_session: Session,
    someone_elses_case: dict[str, int],
    password_hash: str,
) -> None:
    other_admin = make_user(
        db_session, email="a2@example.jp", role="admin", password_hash=password_hash
    )
    db_session.flush()
    case = db_session.get(Case, someone_elses_case["case"])
    assert case is not None
    case_path = f"/coord/cases/{case.id}"
    admin = client.application.test_client()
    login(admin, accounts.admin)
    for chosen in ([accounts.admin.id], [other_admin.id], [accounts.admin.id, other_admin.id]):
        response = post(admin, "/admin/cases/assign", {"code": case.code, "coordinators": chosen})
        assert response.status_code == 302
        db_session.expire_all()
        assert [u.id for u in case.coordinators] == [accounts.coordinator.id]  # unchanged
    assert admin.get(case_path).status_code == 403
    assert "Aさん" not in admin.get("/coord/cases").get_data(as_text=True)
    # The form offers coordinators only.
    page = admin.get("/admin/audit").get_data(as_text=True)
    assert f'value="{accounts.coordinator.id}"' in page
    assert f'value="{accounts.admin.id}"' not in page
    assert f'value="{other_admin.id}"' not in page


def test_the_unmet_report_draws_a_map_from_this_site_only(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    need_id = add_need(client, case_id, interests="乗馬", categories=["volunteer"])
    post(client, f"/coord/needs/{need_id}/unmet")
    page = client.get("/coord/reports/unmet")
    body = page.get_data(as_text=True)
    assert 'id="map_unmet"' in body
    assert "/static/vendor/leaflet/leaflet.js" in body
    assert not re.search(r"""(src|href)=["']https?://""", body)  # nothing from a CDN
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    script = client.get("/coord/reports/unmet/map.js")
    assert script.status_code == 200
    assert script.mimetype == "text/javascript"
    js = script.get_data(as_text=True)
    assert 'L.map(\n                "map_unmet"' in js or '"map_unmet"' in js
    assert "新治地区: 狭間のニーズ 1件" in js
    assert "http" not in js.replace("https://www.openstreetmap.org", "")  # no tiles offline
    leaflet = client.get("/static/vendor/leaflet/leaflet.js")
    assert leaflet.status_code == 200
    leaflet.close()


def test_the_unmet_map_of_a_large_directory_counts_the_listings_by_square(
    client: FlaskClient,
    login_as: Callable[[str], User],
    db_session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login_as("coordinator")
    record_unmet(client, db_session)
    volunteering = [
        name
        for name in db_session.scalars(
            select(Listing.name)
            .join(Location, Location.listing_id == Listing.id)
            .where(
                pinned(Audience.COORDINATOR),
                Listing.categories.any(Category.code == "volunteer"),
            )
        )
        if not set("<>&'") & set(name)
    ]
    assert len(volunteering) > 3
    js = client.get("/coord/reports/unmet/map.js").get_data(as_text=True)
    assert all(f'"{name}"' in js for name in volunteering)  # a dot each, named
    monkeypatch.setitem(client.application.config, "MAP_POINTS_AT_ONCE", 3)
    js = client.get("/coord/reports/unmet/map.js").get_data(as_text=True)
    counts = [int(n.replace(",", "")) for n in re.findall(r"同じ種類の活動 ([0-9,]+)件", js)]
    assert len(counts) > 1
    assert sum(counts) == len(volunteering)
    assert not any(f'"{name}"' in js for name in volunteering)
    assert "新治地区: 狭間のニーズ 1件" in js


def test_map_tiles_are_opt_in_and_open_the_csp_to_their_host_only() -> None:
    from webapp import create_app

    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": "sqlite://", "MAP_TILES": "gsi"})
    try:
        csp = app.test_client().get("/login").headers["Content-Security-Policy"]
        assert "img-src 'self' data: https://cyberjapandata.gsi.go.jp;" in csp
        assert "script-src 'self';" in csp
    finally:
        app.extensions["db_engine"].dispose()
    with pytest.raises(ValueError, match="MAP_TILES"):
        create_app({"SECRET_KEY": "x", "DATABASE_URL": "sqlite://", "MAP_TILES": "google"})


def test_an_organizations_requests_are_read_with_the_list_not_one_case_at_a_time(
    client: FlaskClient, accounts: Accounts, db_session: Session
) -> None:
    """A 社協 receiving requests from many coordinators: its list read each request's case,
    consents and steps one request at a time (three statements a request)."""
    from sqlalchemy import event

    listing = db_session.scalars(select(Listing).where(Listing.name == OCHAKAI_NAME)).one()

    def referrals_sent(count: int) -> None:
        for n in range(count):
            case = cases.create_case(
                db_session,
                accounts.coordinator,
                cases.CaseData(display_name=f"{n}さん", area_code="daiichi"),
                consent=cases.ConsentData(True, TODAY, ("share_with_organization",)),
                today=TODAY,
            )
            plan = plans.create_plan(
                db_session, accounts.coordinator, case, plans.PlanData("プラン", TODAY)
            )
            need = plans.add_need(
                db_session, accounts.coordinator, plan, plans.NeedData("お茶会", interests="お茶"),
                categories=set(), targets=set(),
            )  # fmt: skip
            referral = referrals.create_referral(
                db_session, accounts.coordinator, need, listing, today=TODAY
            )
            for step in (ReferralStatus.AGREED, ReferralStatus.CONTACTED):
                referrals.advance(
                    db_session, accounts.coordinator, referral, step, on=TODAY, today=TODAY
                )
        db_session.flush()

    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    login(client, accounts.member)
    engine = db_session.get_bind().engine
    counts = []
    for more in (1, 6):
        referrals_sent(more)
        statements.clear()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            page = client.get("/org/referrals/").get_data(as_text=True)
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        counts.append(len(statements))
    assert page.count("/respond") >= 7
    assert counts[1] == counts[0], counts  # 7 requests cost what 1 did
