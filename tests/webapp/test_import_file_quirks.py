"""Lists as municipalities really write them, through the command and the upload page: what a
person sees about the parts of a file that are not listings."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory.models import Listing, User
from tests.webapp.conftest import post

# Each test uploads into a folder of its own (tests.webapp.conftest.upload_dir).
pytestmark = pytest.mark.usefixtures("upload_dir")


def upload(client: FlaskClient, data: bytes, filename: str) -> str:
    """The preview page after sending a file on the upload form."""
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), filename)})
    assert response.status_code == 302, response.get_data(as_text=True)
    return client.get(response.headers["Location"]).get_data(as_text=True)


SALONS_WITH_NOTES = "\r\n".join(
    [
        "活動名,団体名,活動の種類,日時,住所,",
        "朝のサロン,テスト会,居場所,毎週水曜 10:00～12:00,茨城県土浦市中央1-1-1,",
        "夕方のサロン,テスト会,居場所,毎週水曜 16:00～17:00,茨城県土浦市中央1-1-1,メモ書き",
        "",
        "※出典：土浦市福祉課（令和6年4月1日現在）",
        "問い合わせ：029-826-1111",
        "",
    ]
).encode("utf-8-sig")


def _names(session: Session) -> set[str]:
    return set(session.scalars(select(Listing.name)))


def test_notes_under_the_table_are_not_imported_and_the_command_says_so(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "salons.csv"
    path.write_bytes(SALONS_WITH_NOTES)
    before = db_session.scalar(select(func.count(Listing.id)))
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--yes"])
    assert result.exit_code == 0, result.output
    assert "新規登録 2件・更新 0件・読み込まない 0件・エラー 0件" in result.output
    assert (
        "5行目は表の下の注記として読み込みません（「※出典：土浦市福祉課（令和6年4月1日現在）」）"
        in result.output
    )
    assert (
        "6行目は表の下の注記として読み込みません（「問い合わせ：029-826-1111」）" in result.output
    )
    db_session.expire_all()
    assert db_session.scalar(select(func.count(Listing.id))) == (before or 0) + 2
    names = _names(db_session)
    assert {"朝のサロン", "夕方のサロン"} <= names
    assert not any(name.startswith(("※出典", "問い合わせ")) for name in names)


def test_the_upload_preview_lists_the_notes_it_passes_over(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    page = upload(client, SALONS_WITH_NOTES, "salons.csv")
    assert "新規登録 <strong>2</strong>件" in page
    assert "6行目は表の下の注記として読み込みません（「問い合わせ：029-826-1111」）" in page


def test_the_preview_of_an_unchanged_file_counts_its_rows_as_unchanged(
    app: Flask, client: FlaskClient, login_as: Callable[[str], User], tmp_path: Path
) -> None:
    path = tmp_path / "salons.csv"
    path.write_bytes(SALONS_WITH_NOTES)
    assert app.test_cli_runner().invoke(args=["import-listings", str(path), "--yes"]).exit_code == 0
    login_as("coordinator")
    response = post(
        client,
        "/coord/imports/",
        {"file": (io.BytesIO(SALONS_WITH_NOTES), "salons.csv"), "on_duplicate": "update"},
    )
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "更新 <strong>0</strong>件" in page
    assert "変更なし <strong>2</strong>件" in page
    assert "更新すると変わる項目: なし（同じ内容）" in page
    assert "登録・更新する行がありません。" in page


ELEVEN_NOTES_ABOVE = "\r\n".join(
    [
        *(f"※注意事項{n}：この一覧は福祉課が作成しました" for n in range(11)),
        "活動名,団体名,活動の種類,日時,住所,",
        "朝のサロン,テスト会,居場所,毎週水曜 10:00～12:00,茨城県土浦市中央1-1-1,",
        "",
    ]
).encode("utf-8-sig")
HEADER_TOO_FAR_DOWN = (
    "見出しの行が見つかりません（上から10行のうちに「活動名」「名称」「住所」などの見出しがありません）。"
    "12行目が見出しのようです。その上の行（表題や注記）を削除して"
)


def test_a_header_under_eleven_notes_is_refused_by_the_command_saying_what_to_delete(
    app: Flask, tmp_path: Path
) -> None:
    path = tmp_path / "notes_first.csv"
    path.write_bytes(ELEVEN_NOTES_ABOVE)
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code != 0
    assert HEADER_TOO_FAR_DOWN in result.output
    assert "必要な列がありません" not in result.output


def test_a_header_under_eleven_notes_is_refused_on_the_upload_form(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(
        client, "/coord/imports/", {"file": (io.BytesIO(ELEVEN_NOTES_ABOVE), "notes_first.csv")}
    )
    assert response.status_code == 400
    assert HEADER_TOO_FAR_DOWN in response.get_data(as_text=True)


OLD_XLS = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
OLD_XLS_MESSAGE = (
    "古い Excel 形式（.xls）のファイルです。"
    "Excel で開き、「名前を付けて保存」で .xlsx か CSV にしてください。"
)
NOT_XLSX_MESSAGE = "Excel ファイル（.xlsx）として読めません。壊れているか、別の形式のファイルです。"


def _word_document() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (OLD_XLS, "salons.xls", OLD_XLS_MESSAGE),
        (_word_document(), "salons.xlsx", NOT_XLSX_MESSAGE),
    ],
    ids=["xls", "docx"],
)
def test_a_file_of_another_kind_is_named_on_the_upload_form(
    client: FlaskClient,
    login_as: Callable[[str], User],
    data: bytes,
    filename: str,
    message: str,
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(data), filename)})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page
    assert "文字コードを判別できません" not in page


@pytest.mark.parametrize(
    ("data", "message"),
    [(OLD_XLS, OLD_XLS_MESSAGE), (b"PK\x03\x04" + b"\x00" * 40, NOT_XLSX_MESSAGE)],
    ids=["xls", "truncated-zip"],
)
def test_a_file_of_another_kind_is_named_by_the_command(
    app: Flask, tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "salons.xlsx"
    path.write_bytes(data)
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code != 0
    assert message in result.output
    assert "文字コード" not in result.output


SALONS_TAB_SEPARATED = (
    "活動名\t団体名\t活動の種類\t日時\t住所\r\n"
    "朝のサロン\tテスト会\t居場所\t毎週水曜 10:00～12:00\t茨城県土浦市中央1-1-1\r\n"
)


@pytest.mark.parametrize(
    "data",
    [SALONS_TAB_SEPARATED.encode(), b"\xff\xfe" + SALONS_TAB_SEPARATED.encode("utf-16-le")],
    ids=["tab-separated", "unicode-text"],
)
def test_excels_tab_separated_text_imports_like_a_csv(
    client: FlaskClient, login_as: Callable[[str], User], data: bytes
) -> None:
    login_as("coordinator")
    page = upload(client, data, "salons.txt")
    assert "タブ区切り" in page
    assert "新規登録 <strong>1</strong>件" in page
    assert "読み込まない列" not in page
    assert "毎週水曜 10:00～12:00" in page


def test_the_command_imports_tab_separated_text(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "salons.txt"
    path.write_bytes(SALONS_TAB_SEPARATED.encode())
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--yes"])
    assert result.exit_code == 0, result.output
    assert "文字コード utf-8・タブ区切り" in result.output
    assert "新規登録 1件" in result.output
    db_session.expire_all()
    assert "朝のサロン" in _names(db_session)


UNNAMED_COLUMNS = (
    "活動名,団体名,活動の種類,,\r\n"
    "朝のサロン,テスト会,居場所,茨城県土浦市中央1-1-1,毎週水曜 10:00～12:00\r\n"
).encode()
UNNAMED_WARNING = (
    "「4列目（見出しなし）」は読み込みません（はじめの値「茨城県土浦市中央1-1-1」）。"
    "どの項目か指定すれば読み込みます。"
)


def test_unnamed_columns_are_shown_and_can_be_mapped_on_the_upload_page(
    client: FlaskClient, db_session: Session, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(UNNAMED_COLUMNS), "u.csv")})
    url = response.headers["Location"]
    page = client.get(url).get_data(as_text=True)
    assert UNNAMED_WARNING in page
    assert '<label for="column-3">4列目（見出しなし）</label>' in page
    assert '<label for="column-4">5列目（見出しなし）</label>' in page
    assert '<select id="column-3" name="col-4">' in page
    assert '<td class="samples">茨城県土浦市中央1-1-1</td>' in page
    assert "茨城県土浦市中央1-1-1（位置不明）" not in page  # the address is not read yet
    mapped = post(client, f"{url}/columns", {"col-4": "address", "col-5": "schedule_text"})
    assert mapped.status_code == 302
    page = client.get(url).get_data(as_text=True)
    assert "見出しなし）」は読み込みません" not in page
    assert '<option value="address" selected>' in page
    assert "<td>毎週水曜 10:00～12:00</td>" in page
    assert "<td>茨城県土浦市中央1-1-1</td>" in page  # located: no （位置不明）
    fingerprint = page.split('name="fingerprint" value="')[1].split('"')[0]
    assert post(client, f"{url}/apply", {"fingerprint": fingerprint}).status_code == 302
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "朝のサロン")).one()
    assert listing.location is not None
    assert listing.location.lat is not None
    assert listing.schedule is not None
    assert listing.schedule.text == "毎週水曜 10:00～12:00"


def test_a_column_left_unmapped_says_so_and_a_mapping_can_be_taken_back(
    client: FlaskClient, login_as: Callable[[str], User]
) -> None:
    login_as("coordinator")
    response = post(client, "/coord/imports/", {"file": (io.BytesIO(UNNAMED_COLUMNS), "u.csv")})
    url = response.headers["Location"]
    post(client, f"{url}/columns", {"col-4": "address"})
    post(client, f"{url}/columns", {"col-4": ""})  # back to 自動: not read
    page = client.get(url).get_data(as_text=True)
    assert UNNAMED_WARNING in page
    post(client, f"{url}/columns", {"col-4": "ignore"})  # left out knowingly: no more said
    page = client.get(url).get_data(as_text=True)
    assert UNNAMED_WARNING not in page
    assert '<label for="column-3">4列目（見出しなし）</label>' in page
    assert '<option value="ignore" selected>読み込まない</option>' in page


def test_the_command_names_unnamed_columns_and_maps_them_by_position(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "unnamed.csv"
    path.write_bytes(UNNAMED_COLUMNS)
    runner = app.test_cli_runner()
    shown = runner.invoke(args=["import-listings", str(path), "--dry-run"])
    assert UNNAMED_WARNING in shown.output
    assert (
        "「5列目（見出しなし）」は読み込みません（はじめの値「毎週水曜 10:00～12:00」）"
        in shown.output
    )
    assert "--map '4列目=address'" in shown.output
    wrong = runner.invoke(args=["import-listings", str(path), "--map", "9列目=address"])
    assert wrong.exit_code != 0
    assert "「9列目」という列はありません" in wrong.output
    mapped = runner.invoke(
        args=[
            "import-listings",
            str(path),
            "--map",
            "4列目=address",
            "--map",
            "5列目=日時",
            "--yes",
        ]
    )
    assert mapped.exit_code == 0, mapped.output
    assert "見出しなし" not in mapped.output
    db_session.expire_all()
    listing = db_session.scalars(select(Listing).where(Listing.name == "朝のサロン")).one()
    assert listing.location is not None
    assert listing.location.lat is not None
    assert listing.schedule is not None
    assert listing.schedule.text == "毎週水曜 10:00～12:00"
