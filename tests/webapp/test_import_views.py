"""The coordinator's upload page: file → columns → preview → confirm, and every way it can go
wrong without losing anything or writing half an import."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import interop, labels
from directory.models import IntakeStatus, Listing, ListingStatus, User
from directory.search.index import weekdays
from tests.factories import listing_by_key
from tests.webapp.conftest import post, town_clock_at
from webapp.templating import today

HEADER = "名称,名称_カナ,住所,団体名,利用可能曜日,開始時間,終了時間,説明,カテゴリー"
GOOD = "はすの実ふれあい茶話会,ハスノミフレアイサワカイ,茨城県土浦市大和町9-1,大和町自治会,金,13:30,15:30,みんなでお茶,居場所"
NAMELESS = ",,茨城県土浦市大和町1-1,大和町自治会,,,,,居場所"
FORMULA = "=cmd|' /C calc'!A0,,茨城県土浦市大和町2-1,大和町自治会,月,10:00,11:00,,居場所"
OCHAKAI = "a-johoku-ochakai"


# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "cp932") -> bytes:
    return ("\r\n".join([header, *rows]) + "\r\n").encode(encoding)


def upload(
    client: FlaskClient, data: bytes, filename: str = "salon.csv", **fields: object
) -> tuple[int, str, str]:
    """(status, page text, preview URL) after sending a file on the upload form."""
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), filename), **fields})
    if response.status_code == 302:
        location = response.headers["Location"]
        page = client.get(location)
        return page.status_code, page.get_data(as_text=True), location
    return response.status_code, response.get_data(as_text=True), ""


def fingerprint(page: str) -> str:
    found = re.search(r'name="fingerprint" value="([^"]*)"', page)
    assert found
    return found.group(1)


def count(session: Session, name: str) -> int:
    return session.scalar(select(func.count(Listing.id)).where(Listing.name == name)) or 0


def test_a_coordinator_previews_then_confirms_and_residents_find_the_listing(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    status, page, url = upload(client, csv_bytes(GOOD, NAMELESS))
    assert status == 200
    assert "公共施設一覧" in page
    assert "Shift_JIS（CP932）" in page
    assert re.search(r"新規登録 <strong>1</strong>件・更新 <strong>0</strong>件", page)
    assert "エラー <strong>1</strong>件" in page
    assert "3行目「名称」: 必須の項目が空です" in page
    assert "はすの実ふれあい茶話会" in page
    assert count(db_session, "はすの実ふれあい茶話会") == 0  # nothing written yet

    done = post(client, f"{url}/apply", {"fingerprint": fingerprint(page)})
    assert done.status_code == 302
    listing = db_session.scalars(
        select(Listing).where(Listing.name == "はすの実ふれあい茶話会")
    ).one()
    assert listing.status is ListingStatus.PUBLISHED
    assert "「salon.csv」を取り込みました" in client.get("/coord/imports/").get_data(as_text=True)
    assert "はすの実ふれあい茶話会" in client.get("/search?q=茶話会").get_data(as_text=True)
    assert client.get(url).status_code == 404  # the stored file is gone


def test_an_import_is_dated_and_read_on_the_towns_date_not_the_servers(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Imported at 1:30 on 6 January in Japan (16:30 UTC on the 5th): confirmed that day, and
    「1月5日」 is next year's, a Monday, in the search's weekday facet."""
    town_clock_at(monkeypatch, datetime(2098, 1, 5, 16, 30, tzinfo=UTC))
    login_as("coordinator")
    header = "名称,住所,団体名,開催日時,説明,カテゴリー"
    row = "新年のつどい,茨城県土浦市大和町9-1,大和町自治会,1月5日 10:00〜12:00,お茶と歓談,居場所"
    status, page, url = upload(client, csv_bytes(row, header=header))
    assert status == 200
    assert post(client, f"{url}/apply", {"fingerprint": fingerprint(page)}).status_code == 302
    listing = db_session.scalars(select(Listing).where(Listing.name == "新年のつどい")).one()
    assert listing.verified_at == date(2098, 1, 6)
    assert weekdays(listing) == ["0"]  # 2099-01-05, a Monday


def test_duplicates_are_shown_for_a_decision_per_row(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    existing = listing_by_key(db_session, OCHAKAI)
    assert existing.location is not None
    row = f"{existing.name},,{existing.location.address},城北町町内会,水,10:00,12:00,改訂版,居場所"
    login_as("coordinator")
    _, page, url = upload(client, csv_bytes(row), encoding="utf-8")
    assert "同じ活動かもしれない行（1件）" in page
    assert f'登録済みの<a href="/listings/{existing.id}">「{existing.name}」</a>' in page
    assert 'name="decision-2" value="skip" checked' in page
    assert "更新すると変わる項目: 紹介文・活動の種類・日時" in page
    phone = existing.contact_phone
    before = count(db_session, existing.name)

    # The coordinator chooses "update": the planned counts change, so the preview is shown
    # again before anything is written.
    changed = post(
        client, f"{url}/apply", {"fingerprint": fingerprint(page), "decision-2": "update"}
    )
    assert changed.status_code == 409
    assert "取り込む内容が変わりました" in changed.get_data(as_text=True)
    again = changed.get_data(as_text=True)
    assert 'name="decision-2" value="update" checked' in again
    applied = post(
        client, f"{url}/apply", {"fingerprint": fingerprint(again), "decision-2": "update"}
    )
    assert applied.status_code == 302
    db_session.expire_all()
    assert count(db_session, existing.name) == before  # updated, not added
    updated = listing_by_key(db_session, OCHAKAI)
    assert updated.description == "改訂版"
    assert updated.contact_phone == phone  # the file has no phone column: kept


def test_unknown_headers_can_be_mapped_to_fields(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    header = "会の名前,所在地,主催"
    row = "みなと町おしゃべり会,茨城県土浦市大和町9-1,大和町自治会"
    login_as("coordinator")
    _, page, url = upload(client, csv_bytes(row, header=header), categories=["ibasho"])
    assert "必要な列がありません: 「活動名」" in page
    assert "この内容で保存する" not in page
    mapped = post(
        client,
        f"{url}/columns",
        {"column-会の名前": "name", "column-所在地": "address", "column-主催": "organization"},
    )
    assert mapped.status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert re.search(r"新規登録 <strong>1</strong>件", page)
    assert "みなと町おしゃべり会" in page
    assert post(client, f"{url}/apply", {"fingerprint": fingerprint(page)}).status_code == 302
    assert count(db_session, "みなと町おしゃべり会") == 1


def test_a_broken_file_is_explained_next_to_the_field_and_the_choices_stay(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    broken = csv_bytes(GOOD) + b"\x81\xff\xfe broken \x80\x80\n"
    status, page, _ = upload(client, broken, organization="土浦市社会福祉協議会")
    assert status == 400
    assert "文字コードを判別できません" in page
    assert 'id="file-error"' in page
    assert 'value="土浦市社会福祉協議会"' in page  # what was typed is not lost
    status, page, _ = upload(client, b"", filename="empty.csv")
    assert status == 400
    assert "ファイルが空です" in page
    response = post(client, "/coord/imports/", {"layout": "auto"})
    assert response.status_code == 400
    assert "取り込むファイルを選んでください" in response.get_data(as_text=True)


def test_formula_cells_are_flagged_kept_as_text_and_neutralized_on_export(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _, page, url = upload(client, csv_bytes(FORMULA))
    assert (
        "2行目「名称」: 数式のように見える値です。数式としては扱わず、文字として保存します" in page
    )
    assert 'samples">&#39;=cmd|' in page  # the column samples show it with the ' prefix
    post(client, f"{url}/apply", {"fingerprint": fingerprint(page)})
    assert count(db_session, "=cmd|' /C calc'!A0") == 1  # text, exactly as written
    exported = interop.export_standard_csv(db_session, "facilities").decode("utf-8-sig")
    assert "'=cmd|" in exported
    assert ",=cmd|" not in exported


def test_a_failure_while_saving_writes_nothing(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login_as("coordinator")
    _, page, url = upload(client, csv_bytes(GOOD))
    real_apply = interop.apply_plan

    def fail_midway(session: Session, plan: interop.ImportPlan, **kwargs: object) -> None:
        real_apply(session, plan, **kwargs)  # type: ignore[arg-type]
        session.flush()
        raise RuntimeError("disk full")

    monkeypatch.setattr(interop, "apply_plan", fail_midway)
    response = post(client, f"{url}/apply", {"fingerprint": fingerprint(page)})
    assert response.status_code == 500
    assert "何も変更していません" in response.get_data(as_text=True)
    assert count(db_session, "はすの実ふれあい茶話会") == 0
    assert client.get(url).status_code == 200  # the file is kept for another try


def test_only_the_uploading_coordinator_sees_an_upload_and_members_cannot_import(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _, _, url = upload(client, csv_bytes(GOOD))
    post(client, "/logout")
    login_as("admin")
    assert client.get(url).status_code == 404
    assert post(client, f"{url}/apply", {"fingerprint": ""}).status_code == 404
    post(client, "/logout")
    login_as("member")
    assert client.get("/coord/imports/").status_code == 403
    post(client, "/logout")
    assert client.get("/coord/imports/").status_code == 302  # to /login


def test_cancel_removes_the_stored_file(
    client: FlaskClient, login_as: Callable[[str], User], upload_dir: Path
) -> None:
    login_as("coordinator")
    _, _, url = upload(client, csv_bytes(GOOD))
    assert list(upload_dir.glob("*.bin"))
    assert post(client, f"{url}/cancel").status_code == 302
    assert not list(upload_dir.glob("*"))
    assert client.get(url).status_code == 404


def test_a_file_over_the_size_limit_gets_a_japanese_page(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    limit = app.config["MAX_CONTENT_LENGTH"]
    app.config["MAX_CONTENT_LENGTH"] = 1024
    try:
        status, page, _ = upload(client, csv_bytes(*[GOOD] * 50))
    finally:
        app.config["MAX_CONTENT_LENGTH"] = limit
    assert status == 413
    assert "ファイルが大きすぎます" in page


def test_an_xlsx_file_is_read_like_a_csv(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["令和8年度 サロン一覧"])  # a title row above the header
    sheet.append(HEADER.split(","))
    sheet.append(GOOD.split(","))
    data = io.BytesIO()
    book.save(data)
    login_as("coordinator")
    status, page, _ = upload(client, data.getvalue(), filename="salon.xlsx")
    assert status == 200
    assert "見出しは2行目" in page
    assert re.search(r"新規登録 <strong>1</strong>件", page)


def test_a_tampered_decision_is_ignored_not_an_error(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    _, page, url = upload(client, csv_bytes(GOOD))
    response = post(
        client,
        f"{url}/apply",
        {"fingerprint": fingerprint(page), "decision-2": "update", "decision-999": "x"},
    )
    assert response.status_code == 302  # a new row cannot be "updated": its choice stands
    assert count(db_session, "はすの実ふれあい茶話会") == 1


def test_a_sheet_declaring_the_whole_grid_is_refused_on_the_page_with_the_choices_kept(
    client: FlaskClient, login_as: Callable[[str], User], upload_dir: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(GOOD.split(","))
    sheet["XFD1048576"] = "x"  # the sheet now declares A1:XFD1048576
    data = io.BytesIO()
    book.save(data)
    login_as("coordinator")
    status, page, _ = upload(
        client, data.getvalue(), filename="far.xlsx", organization="大和町自治会"
    )
    assert status == 400
    assert "1048576行目: 列が多すぎます（最大 300 列）" in page
    assert 'value="大和町自治会"' in page
    assert not list(upload_dir.glob("*"))


def test_a_waiting_upload_is_readable_by_the_app_user_only(
    client: FlaskClient, login_as: Callable[[str], User], upload_dir: Path
) -> None:
    login_as("coordinator")
    upload(client, csv_bytes(GOOD))
    stored = list(upload_dir.iterdir())
    assert {p.suffix for p in stored} == {".bin", ".json"}
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in stored)
    assert upload_dir.stat().st_mode & 0o777 == 0o700


def test_the_preview_says_the_intake_an_update_changes_when_the_list_says_there_is_room(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    existing = listing_by_key(db_session, OCHAKAI)
    assert existing.location is not None
    existing.intake_status = IntakeStatus.CONSULT  # an earlier list said 満員
    db_session.flush()
    header = "名称,住所,団体名,カテゴリー,受付状況"
    row = f"{existing.name},{existing.location.address},城北町町内会,居場所,空きあり"
    login_as("coordinator")
    _, page, url = upload(
        client, csv_bytes(row, header=header), encoding="utf-8", on_duplicate="update"
    )
    assert "更新すると変わる項目: 活動の種類・受入状況（要相談→受け入れ可）" in page
    applied = post(client, f"{url}/apply", {"fingerprint": fingerprint(page)})
    assert applied.status_code == 302
    db_session.expire_all()
    assert listing_by_key(db_session, OCHAKAI).intake_status is IntakeStatus.OPEN


def test_an_update_row_shows_what_changes_and_what_to_check_beside_it(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    # Next year's list re-imported: the row matches a listing, and says it is paused with a
    # schedule the importer cannot read for certain. Both are said beside the update.
    existing = listing_by_key(db_session, OCHAKAI)
    assert existing.location is not None
    header = "名称,住所,団体名,カテゴリー,開催日,状況"
    row = (
        f"{existing.name},{existing.location.address},城北町町内会,居場所,"
        "月1回程度（日程は世話人と相談）,令和8年4月から休止中"
    )
    login_as("coordinator")
    _, page, _ = upload(
        client, csv_bytes(row, header=header), encoding="utf-8", on_duplicate="update"
    )
    updated = page[page.index('id="updated-h"') :]
    item = updated[updated.index(f">{existing.name}</a>") :]
    changes, checks = item.split("確認が必要なこと", 1)
    assert "受入状況（未設定→休止中）" in changes
    assert "休止" in checks
    assert "日時" in checks
    assert "更新する活動のうち1件に確認が必要なことがあります" in page


def test_the_preview_says_the_updates_to_check_in_the_words_the_command_uses(
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One message for both (labels.IMPORT_UPDATED_WARNED): reworded once, said alike.
    monkeypatch.setattr(labels, "IMPORT_UPDATED_WARNED", "更新する{count}件を確かめてください。")
    existing = listing_by_key(db_session, OCHAKAI)
    assert existing.location is not None
    header = "名称,住所,団体名,カテゴリー,状況"
    row = f"{existing.name},{existing.location.address},城北町町内会,居場所,令和8年4月から休止中"
    login_as("coordinator")
    _, page, _ = upload(
        client, csv_bytes(row, header=header), encoding="utf-8", on_duplicate="update"
    )
    assert "更新する1件を確かめてください。" in page


def _checks_said(text: str) -> tuple[int, list[int], int]:
    """(updates said to need checking, the checks beside each update, rows to check), as
    the preview page or the command's output says them."""
    summary = re.search(r"更新する活動のうち(\d+)件に確認が必要", text)
    warned = re.search(r"確認が必要な行（(\d+)件", text)
    return (
        int(summary[1]) if summary else 0,
        [int(n) for n in re.findall(r"確認が必要なこと（(\d+)件）", text)],
        int(warned[1]) if warned else 0,
    )


@pytest.mark.parametrize(
    "status",
    ["", "令和8年4月から休止中"],  # nothing to check; a pause the update would set
)
def test_the_web_preview_and_the_command_count_the_same_rows_to_check(
    app: Flask,
    client: FlaskClient,
    db_session: Session,
    login_as: Callable[[str], User],
    tmp_path: Path,
    status: str,
) -> None:
    """Before, the page counted an update as needing checks for the note that it is the same
    activity (said among the duplicates), and the command did not: one file, two counts."""
    existing = listing_by_key(db_session, OCHAKAI)
    assert existing.location is not None
    header = "名称,住所,団体名,カテゴリー,説明,状況"
    rows = [
        f"{existing.name},{existing.location.address},城北町町内会,居場所,"
        f"お茶を飲みながらおしゃべりします。,{status}",
        "ひだまりカフェ,茨城県土浦市大和町9-1,大和町自治会,居場所,,満員（キャンセル待ち）",
    ]
    data = csv_bytes(*rows, header=header)
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    command = app.test_cli_runner().invoke(
        args=["import-listings", str(path), "--dry-run", "--on-duplicate", "update"]
    )
    assert command.exit_code == 0, command.output
    login_as("coordinator")
    _, page, _ = upload(client, data, on_duplicate="update")
    assert "更新する活動（1件）" in page
    said = _checks_said(page)
    assert said == _checks_said(command.output)
    assert said[0] == (1 if status else 0)
    assert said[2] == 1  # the new 満員 row


def test_the_preview_says_a_list_whose_event_dates_are_all_past_is_last_years(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    # Dates relative to the app's today, so that the test holds on any real date.
    with app.app_context():
        now = today()

    def dated(day: date) -> str:
        return f"{day.year}年{day.month}月{day.day}日"

    header = "名称,住所,団体名,カテゴリー,開催日"
    past = [now - timedelta(days=400), now - timedelta(days=300)]
    rows = [
        f"脳いきいき講座{i},茨城県土浦市大和町9-{i},大和町自治会,居場所,{dated(day)}"
        for i, day in enumerate(past, 1)
    ]
    login_as("coordinator")
    _, page, _ = upload(client, csv_bytes(*rows, header=header), encoding="utf-8")
    assert f"この一覧の日付はすべて過ぎています（最も新しいもの：{dated(past[1])}）" in page
    ahead = [
        *rows,
        f"冬の健康教室,茨城県土浦市大和町9-3,大和町自治会,居場所,{dated(now + timedelta(days=30))}",
    ]
    _, page, _ = upload(client, csv_bytes(*ahead, header=header), encoding="utf-8")
    assert "すべて過ぎています" not in page


def test_the_preview_shows_the_ages_it_read_and_the_words_it_could_not(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    """A 通いの場一覧's 対象年齢: what each row becomes is shown before anything is saved, and
    words that are no age it can read are among the rows to check."""
    login_as("coordinator")
    header = HEADER + ",対象年齢"
    rows = (
        GOOD + ",おおむね65歳以上",
        GOOD.replace("はすの実", "れんこん") + ",0～3歳の乳幼児と保護者",
        GOOD.replace("はすの実", "さくら") + ",要相談",
    )
    status, page, url = upload(client, csv_bytes(*rows, header=header))
    assert status == 200
    assert '<th scope="col">対象年齢</th>' in page
    assert "65歳以上（「おおむね65歳以上」）" in page
    assert "0〜3歳とその保護者（「0～3歳の乳幼児と保護者」）" in page
    assert "確認が必要な行（1件。登録はします）" in page
    assert "「要相談」を対象年齢として読み取れないため" in page

    done = post(client, f"{url}/apply", {"fingerprint": fingerprint(page)})
    assert done.status_code == 302
    listing = db_session.scalar(select(Listing).where(Listing.name.startswith("はすの実")))
    assert listing is not None
    assert (listing.age_min, listing.age_max) == (65, None)
