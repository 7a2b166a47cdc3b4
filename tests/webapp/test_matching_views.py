"""Matching that fits real people, through the pages: age, 必須/希望 and near misses, an honest
"nothing fits" with a pre-filled unmet need, 受入状況 set in one tap, coded and final answers,
new answers on the dashboard, and resolving an unmet need by a new listing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from directory.models import IntakeStatus, Listing, User
from matching.models import ParticipationNeed, Referral
from tests.factories import listing_by_key
from tests.webapp.conftest import Accounts, login, post
from tests.webapp.test_case_views import _id, add_need, open_case, record_unmet
from tests.webapp.test_org_views import OCHAKAI, edit_form, pending_of

BRIDGE = "a-workbridge-tamariba"  # 若者のたまり場 ブリッジ: 15〜39歳, 火・金 13:00〜17:00
HINATA = "b-hinata-manabi-heya"  # ひなた 学びの部屋: 小中学生, 平日, 第二地区


def suggestion_names(page: str) -> list[str]:
    return re.findall(r'<li class="suggestion" id="listing-\d+">\s*<h2><a[^>]*>([^<]+)</a>', page)


def near_miss(page: str, name: str) -> str:
    """The near-miss line of the listing called ``name`` ("" when it is not a near miss)."""
    for item in re.findall(r'<li class="near-miss".*?</li>', page, re.S):
        if name in item:
            return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item))
    return ""


def test_the_age_band_excludes_and_a_near_miss_relaxes_in_one_click(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, age_band="13_14", area="daiichi")
    need_id = add_need(
        client,
        case_id,
        title="昼間に家の外で過ごす",
        interests="ボードゲーム",
        categories=["ibasho"],
        targets=["youth", "hikikomori"],
        travel_km="",
        travel_mode="bicycle",
    )
    bridge = listing_by_key(db_session, BRIDGE).name
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert bridge not in suggestion_names(page)  # 15〜39歳, and the person is 13〜14
    line = near_miss(page, bridge)
    assert "年齢: 対象年齢 15〜39歳" in line
    assert "「年齢」を希望にする" in line

    response = post(client, f"/coord/needs/{need_id}/relax", {"condition": "age"})
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert bridge in suggestion_names(page)
    assert "年齢(希望): 対象年齢 15〜39歳" in page  # still said, as what does not fit
    need = db_session.get(ParticipationNeed, need_id)
    assert need is not None
    assert need.preferred == ["age"]
    form = client.get(f"/coord/needs/{need_id}/edit").get_data(as_text=True)
    assert re.search(r'name="mode-age" value="preferred" checked', form)


def test_conditions_are_marked_required_or_preferred_in_the_need_form(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    wish = {
        "interests": "料理",
        "weekdays": [],
        "time_slots": [],
        "mode-distance": "preferred",
        "mode-schedule": "x",
    }
    need_id = add_need(client, case_id, **wish)
    need = db_session.get(ParticipationNeed, need_id)
    assert need is not None
    assert need.preferred == ["distance"]  # an unknown answer leaves it required
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert "希望の条件（満たさなくても除かない）: 距離" in page
    assert "3kmより遠い" not in page  # distance no longer filters…
    assert "距離(希望): " in page  # … it is said where it does not fit


def test_when_few_places_fit_the_page_says_so_and_offers_an_editable_unmet_record(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client, display_name="Dさん", age_band="40s", area="daini")
    need_id = add_need(client, case_id, interests="乗馬 陶芸", travel_km="2")
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert "合う活動はありません" in page
    assert "この内容で狭間のニーズとして記録する" in page

    form = client.get(f"/coord/needs/{need_id}/unmet", follow_redirects=True).get_data(as_text=True)
    assert 'value="乗馬、陶芸"' in form  # pre-filled from the need
    assert "Dさん" not in form
    response = post(
        client,
        f"/coord/needs/{need_id}/unmet",
        {
            "edited": "1",
            "area": "daini",
            "age_band": "40s",
            "interests": "乗馬、夫と離れて暮らしている",
        },
    )
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "文章は書かないでください" in body
    assert "夫と離れて暮らしている" in body  # what was typed stays in the form
    response = post(
        client,
        f"/coord/needs/{need_id}/unmet",
        {"edited": "1", "area": "daini", "age_band": "40s", "interests": "乗馬、陶芸"},
    )
    assert response.status_code == 302
    need = db_session.get(ParticipationNeed, need_id)
    assert need is not None
    assert need.unmet_need is not None
    assert (need.unmet_need.interests, need.unmet_need.age_band.value) == (["乗馬", "陶芸"], "40s")


def test_an_organization_sets_its_intake_in_one_tap_and_coordinators_see_it(
    client: FlaskClient, accounts: Accounts, db_session: Session
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    member = client.application.test_client()
    login(member, accounts.member)
    page = member.get("/org/").get_data(as_text=True)
    assert f'action="/org/listings/{listing.id}/intake"' in page
    response = post(member, f"/org/listings/{listing.id}/intake", {"status": "paused"})
    assert response.status_code == 302
    db_session.expire_all()
    assert listing.intake_status is IntakeStatus.PAUSED
    assert "受入状況を「休止中」にしました" in member.get("/org/").get_data(as_text=True)

    other = client.application.test_client()
    login(other, accounts.other_member)
    assert post(other, f"/org/listings/{listing.id}/intake", {"status": "open"}).status_code == 403
    assert post(member, f"/org/listings/{listing.id}/intake", {"status": "full"}).status_code == 400

    coordinator = client.application.test_client()
    login(coordinator, accounts.coordinator)
    case_id = open_case(coordinator, area="daiichi", age_band="70s")
    need_id = add_need(
        coordinator, case_id, interests="お茶 将棋", weekdays=["2"], time_slots=["afternoon"]
    )
    page = coordinator.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert listing.name not in suggestion_names(page)  # paused: not offered…
    assert "受け入れを休止中: 1件" in page
    line = near_miss(page, listing.name)  # … but said, with the date, and nothing to relax
    assert "受入状況: 休止中（" in line
    assert "を希望にする" not in line
    post(member, f"/org/listings/{listing.id}/intake", {"status": "open"})
    page = coordinator.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert listing.name in suggestion_names(page)
    assert re.search(r"受入状況: 受け入れ可\(\d{4}年\d+月\d+日\)", page)


def test_answers_are_coded_final_and_shown_on_the_dashboard_until_opened(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    need_id = add_need(client, case_id)
    listing = listing_by_key(db_session, OCHAKAI)
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": listing.id})
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    for step in ("agreed", "contacted"):
        post(client, f"/coord/referrals/{referral_id}/advance", {"status": step})

    member = client.application.test_client()
    login(member, accounts.member)
    path = f"/org/referrals/{referral_id}/respond"
    response = post(member, path, {"answer": "decline", "note": "今は席がいっぱいです"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "お断りの理由を選んでください。" in page
    assert 'value="今は席がいっぱいです"' in page
    response = post(
        member, path, {"answer": "decline", "note": "今は席がいっぱいです", "reason": "capacity"}
    )
    assert response.status_code == 302
    page = member.get("/org/referrals/").get_data(as_text=True)
    assert "お断り（理由: 定員）" in page
    assert f'action="{path}"' not in page  # no second answer
    assert post(member, path, {"answer": "accept"}).status_code == 302
    db_session.expire_all()
    referral = db_session.get(Referral, referral_id)
    assert referral is not None
    assert referral.org_response.value == "declined"  # still: the answer is final
    assert listing.intake_status is IntakeStatus.CONSULT  # 定員 → 要相談

    dashboard = client.get("/coord/").get_data(as_text=True)
    assert "団体からの新しい回答（1件）" in dashboard
    assert "お断り（定員）" in dashboard
    response = post(client, f"/coord/referrals/{referral_id}/advance", {"status": "trial"})
    assert response.status_code == 422
    assert "先方がお断りしています（理由: 定員）" in response.get_data(as_text=True)
    assert "団体からの新しい回答（0件）" in client.get("/coord/").get_data(as_text=True)

    assert post(client, f"/coord/referrals/{referral_id}/reopen-answer").status_code == 302
    page = member.get("/org/referrals/").get_data(as_text=True)
    assert f'action="{path}"' in page  # it may answer again
    assert post(member, path, {"answer": "accept"}).status_code == 302
    assert (
        post(client, f"/coord/referrals/{referral_id}/advance", {"status": "trial"}).status_code
        == 302
    )


def _offered_steps(page: str) -> list[str]:
    return re.findall(r'<input type="radio" name="status" value="([a-z_]+)"', page)


def test_a_declined_referral_offers_no_step_that_would_start_participation(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    need_id = add_need(client, open_case(client))
    listing = listing_by_key(db_session, OCHAKAI)
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": listing.id})
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    for step in ("agreed", "contacted"):
        post(client, f"/coord/referrals/{referral_id}/advance", {"status": step})
    url = f"/coord/referrals/{referral_id}"
    assert _offered_steps(client.get(url).get_data(as_text=True)) == [
        "trial",
        "participating",
        "interrupted",
    ]

    member = client.application.test_client()
    login(member, accounts.member)
    answer = {"answer": "decline", "reason": "not_eligible"}
    assert post(member, f"/org/referrals/{referral_id}/respond", answer).status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert _offered_steps(page) == ["interrupted"]  # not 見学・体験 nor 参加中
    assert "先方がお断りしています（理由: 対象外）" in page  # and why not

    assert post(client, f"{url}/reopen-answer").status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert _offered_steps(page) == ["trial", "participating", "interrupted"]
    assert "先方がお断りしています" not in page


def test_an_interruption_needs_a_reason_from_the_list(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    case_id = open_case(client)
    need_id = add_need(client, case_id)
    listing_id = int(re.findall(r'name="listing_id" value="(\d+)"', client.get(
        f"/coord/needs/{need_id}/suggestions").get_data(as_text=True))[0])  # fmt: skip
    response = post(client, f"/coord/needs/{need_id}/referrals", {"listing_id": listing_id})
    referral_id = _id(r"/coord/referrals/(\d+)$", response.location)
    path = f"/coord/referrals/{referral_id}/advance"
    response = post(client, path, {"status": "interrupted", "note": "体調がすぐれない"})
    assert response.status_code == 422
    body = response.get_data(as_text=True)
    assert "中断の理由を選んでください。" in body
    assert "体調がすぐれない" in body
    response = post(client, path, {"status": "interrupted", "reason": "person_declined"})
    assert response.status_code == 302
    assert "中断の理由: 本人辞退" in client.get(f"/coord/referrals/{referral_id}").get_data(
        as_text=True
    )


def test_an_unmet_need_is_resolved_by_linking_the_new_listing(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    login_as("coordinator")
    unmet = record_unmet(client, db_session)
    report = client.get("/coord/reports/unmet").get_data(as_text=True)
    assert f'href="/coord/unmet/{unmet.id}"' in report

    page = client.get(f"/coord/unmet/{unmet.id}").get_data(as_text=True)
    assert "解決した活動を結びつける" in page
    response = post(client, f"/coord/unmet/{unmet.id}/resolve", {"listing_id": ""})
    assert response.status_code == 422
    assert "公開中の活動を選んでください。" in response.get_data(as_text=True)
    farm = db_session.scalars(
        select(Listing).where(Listing.source_key == "b-niihari-satoyama-farm")
    ).one()
    response = post(
        client,
        f"/coord/unmet/{unmet.id}/resolve",
        {"listing_id": farm.id, "resolution": "expanded_listing"},
    )
    assert response.status_code == 302
    report = client.get("/coord/reports/unmet").get_data(as_text=True)
    assert "解決したニーズ（地域づくりの成果）" in report
    assert "既存の活動が広がった" in report
    assert farm.name in report
    member = client.application.test_client()
    login(member, accounts.member)
    assert member.get(f"/coord/unmet/{unmet.id}").status_code == 403


def test_the_listing_that_resolved_an_unmet_need_is_found_by_name_and_kept_on_an_error(
    client: FlaskClient,
    login_as: Callable[[str], User],
    db_session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login_as("coordinator")
    unmet = record_unmet(client, db_session)
    engawa = listing_by_key(db_session, "a-machikado-engawa")  # a 居場所, not a volunteer activity
    monkeypatch.setattr("matching.unmet.CANDIDATES_SHOWN", 1)
    page = client.get(f"/coord/unmet/{unmet.id}").get_data(as_text=True)
    offered = re.findall(r'<option value="(\d+)"', page)
    assert len(offered) == 1
    assert re.search(r"[0-9,]+件のうち1件を表示しています。", page)
    assert engawa.name not in page
    monkeypatch.setattr("matching.unmet.CANDIDATES_COUNTED", 2)
    page = client.get(f"/coord/unmet/{unmet.id}").get_data(as_text=True)
    assert "2件以上のうち1件を表示しています。" in page

    page = client.get(f"/coord/unmet/{unmet.id}?q=ｶﾌｪ 定休日").get_data(as_text=True)
    assert re.findall(r'<option value="(\d+)"', page) == [str(engawa.id)]
    assert 'value="カフェ 定休日"' in page or 'value="ｶﾌｪ 定休日"' in page

    response = post(
        client, f"/coord/unmet/{unmet.id}/resolve", {"listing_id": engawa.id, "q": "ｶﾌｪ 定休日"}
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "選んでください" in page
    assert f'<option value="{engawa.id}" selected>' in page
    assert 'name="q" type="search" maxlength="100" value="ｶﾌｪ 定休日"' in page

    page = client.get(f"/coord/unmet/{unmet.id}?q=xyzzy").get_data(as_text=True)
    assert "に合う公開中の活動は見つかりませんでした。" in page
    response = post(
        client,
        f"/coord/unmet/{unmet.id}/resolve",
        {"listing_id": engawa.id, "resolution": "expanded_listing"},
    )
    assert response.status_code == 302
    assert engawa.name in client.get("/coord/reports/unmet").get_data(as_text=True)


def test_an_organization_gives_an_age_range_the_way_it_writes_it(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    listing = listing_by_key(db_session, OCHAKAI)
    login_as("member")
    path = f"/org/listings/{listing.id}/edit"
    response = post(client, path, edit_form(listing, db_session, age_range="火曜の午後"))
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "対象年齢は「15〜39歳」「65歳以上」「小学生」「中高生」のように" in page
    assert 'value="火曜の午後"' in page
    response = post(client, path, edit_form(listing, db_session, age_range="６０歳以上"))
    assert response.status_code == 302
    revision = pending_of(db_session, listing)
    assert revision.changes["age_min"] == [None, 60]
    assert "age_max" not in revision.changes  # open at the top


def test_places_of_the_wanted_kind_without_the_interests_are_listed_apart_when_few_fit(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """A need that names no group: a 居場所 without 囲碁 or 読書 is no suggestion, and is listed
    apart. (One that names ひきこもり: see the next test.)"""
    login_as("coordinator")
    case_id = open_case(client, age_band="50s", area="daiyon")
    need_id = add_need(
        client,
        case_id,
        title="人の少ない場所で過ごす",
        interests="囲碁 読書",
        categories=["ibasho"],
        travel_km="",
        travel_mode="bicycle",
    )
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    pokapoka = listing_by_key(db_session, "a-hidamari-pokapoka").name  # 居場所, no 囲碁/読書
    assert "福祉センター ふらっとラウンジ" in suggestion_names(page)  # 居場所 with 囲碁 and 本
    assert pokapoka not in suggestion_names(page)
    assert "合う活動は2件しかありません" in page
    section = page[page.index('id="kind-only"') :]
    assert pokapoka in section[: section.index("</section>")]


def test_a_place_of_the_wanted_kind_for_the_persons_group_is_suggested_below_the_interests(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """The 8050 son (ひきこもり, 囲碁・読書): the 居場所 for ひきこもりの方 a coordinator would
    propose was listed apart as "no interest met"; it is a suggestion now, below the places
    with 囲碁 and 本, and says that 囲碁 is not mentioned."""
    login_as("coordinator")
    case_id = open_case(client, age_band="50s", area="daiyon")
    need_id = add_need(
        client,
        case_id,
        title="人の少ない場所で過ごす",
        interests="囲碁 読書",
        categories=["ibasho"],
        targets=["hikikomori"],
        travel_km="",
        travel_mode="bicycle",
    )
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    names = suggestion_names(page)
    pokapoka = listing_by_key(db_session, "a-hidamari-pokapoka").name  # 居場所, no 囲碁/読書
    assert names[0] == "福祉センター ふらっとラウンジ"  # 居場所 with 囲碁 and 本
    assert pokapoka in names
    assert "合う活動は" not in page  # enough fit: no "only n fit" notice
    assert 'id="kind-only"' not in page
    item = page[page.index(f">{pokapoka}</a>") :]
    misfits = item[item.index('<ul class="misfits"') :]
    assert "<li>「囲碁」についての記載はない</li>" in misfits[: misfits.index("</ul>")]


def test_while_the_index_is_rebuilt_an_unmet_need_search_says_so_not_that_nothing_matches(
    client: FlaskClient,
    login_as: Callable[[str], User],
    db_session: Session,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """「見つかりませんでした」 would have the coordinator believe no listing meets the need;
    while the host's index is being rebuilt the page says the words were not searched, and
    offers the listings of the need's kinds (read from the database)."""
    login_as("coordinator")
    unmet = record_unmet(client, db_session)
    kinds = re.findall(r'<option value="(\d+)"', client.get(f"/coord/unmet/{unmet.id}").text)
    assert kinds
    monkeypatch.setattr(client.application.extensions["search"].ranker, "directory", tmp_path)
    page = client.get(f"/coord/unmet/{unmet.id}?q=ｶﾌｪ 定休日")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "ただいま検索の準備中" in text
    assert "見つかりませんでした" not in text
    assert re.findall(r'<option value="(\d+)"', text) == kinds
    assert "同じ種類の公開中の活動" in text


def test_days_typed_in_the_note_filter_and_the_near_miss_relaxes_them_in_one_click(
    client: FlaskClient, accounts: Accounts, login_as: Callable[[str], User], db_session: Session
) -> None:
    """A coordinator types 「夕方以降のみ」 in 関心 and ticks no 時間帯 (a working carer): the
    daytime cafés were suggested as if she could come, with no word about the time."""
    login_as("coordinator")
    case_id = open_case(client, age_band="50s", area="daiichi")
    need_id = add_need(
        client,
        case_id,
        title="介護の話ができる場",
        interests="介護の相談。夕方以降のみ",
        categories=["ninchisho_cafe"],
        targets=["carers"],
        weekdays=[],
        time_slots=[],
        travel_mode="car",
        travel_km="",
    )
    cafe = listing_by_key(db_session, "a-machikado-ninchisho-cafe").name  # 第1・第3月曜 14時〜
    page = client.get(f"/coord/needs/{need_id}/suggestions").get_data(as_text=True)
    assert cafe not in suggestion_names(page)
    line = near_miss(page, cafe)
    assert "曜日・時間帯: 月曜午後のみ（メモ「夕方以降のみ」より）" in line
    assert "「曜日・時間帯」を希望にする" in line

    response = post(client, f"/coord/needs/{need_id}/relax", {"condition": "schedule"})
    page = client.get(response.location).get_data(as_text=True)
    assert cafe in suggestion_names(page)
    assert "曜日・時間帯(希望): 月曜午後のみ（メモ「夕方以降のみ」より）" in page
