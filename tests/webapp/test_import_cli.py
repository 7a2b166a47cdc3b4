"""``flask import-listings`` and ``flask export-listings`` as an operator runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from directory import interop
from directory.models import Category, Listing, ListingRevision, ListingStatus, Visibility

HEADER = "名称,名称_カナ,住所,団体名,利用可能曜日,開始時間,終了時間,説明,カテゴリー"
ROWS = [
    "はすの実ふれあい茶話会,ハスノミフレアイサワカイ,茨城県土浦市大和町9-1,大和町自治会,金,13:30,15:30,みんなでお茶,居場所",
    ",,茨城県土浦市大和町1-1,大和町自治会,,,,,居場所",
]


def _file(tmp_path: Path, *rows: str, encoding: str = "cp932") -> Path:
    path = tmp_path / "shisetsu.csv"
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode(encoding))
    return path


def _count(session: Session, name: str) -> int:
    return session.scalar(select(func.count(Listing.id)).where(Listing.name == name)) or 0


def test_dry_run_prints_the_preview_and_writes_nothing(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    result = app.test_cli_runner().invoke(
        args=["import-listings", str(_file(tmp_path, *ROWS)), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    assert "公共施設一覧" in result.output
    assert "cp932" in result.output
    assert "新規登録 1件・更新 0件・読み込まない 0件・エラー 1件" in result.output
    assert "3行目「名称」: 必須の項目が空です" in result.output
    assert "何も保存していません" in result.output
    assert _count(db_session, "はすの実ふれあい茶話会") == 0


def test_import_with_yes_publishes_and_the_listing_is_found_on_search(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    result = app.test_cli_runner().invoke(
        args=["import-listings", str(_file(tmp_path, *ROWS)), "--yes"]
    )
    assert result.exit_code == 0, result.output
    assert "保存しました（1件）" in result.output
    listing = db_session.scalars(
        select(Listing).where(Listing.name == "はすの実ふれあい茶話会")
    ).one()
    assert listing.status is ListingStatus.PUBLISHED
    page = client.get("/search?q=茶話会").get_data(as_text=True)
    assert "はすの実ふれあい茶話会" in page


def test_the_import_asks_before_writing(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = _file(tmp_path, *ROWS)
    declined = app.test_cli_runner().invoke(args=["import-listings", str(path)], input="n\n")
    assert "保存しませんでした" in declined.output
    assert _count(db_session, "はすの実ふれあい茶話会") == 0
    accepted = app.test_cli_runner().invoke(
        args=["import-listings", str(path), "--draft"], input="y\n"
    )
    assert accepted.exit_code == 0, accepted.output
    listing = db_session.scalars(
        select(Listing).where(Listing.name == "はすの実ふれあい茶話会")
    ).one()
    assert listing.status is ListingStatus.DRAFT


def test_duplicates_follow_on_duplicate(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    path = _file(tmp_path, ROWS[0])
    runner = app.test_cli_runner()
    runner.invoke(args=["import-listings", str(path), "--yes"])
    again = runner.invoke(args=["import-listings", str(path), "--yes"])
    assert "同じ活動のようです" in again.output
    assert "読み込まない 1件" in again.output
    forced = runner.invoke(args=["import-listings", str(path), "--yes", "--on-duplicate", "create"])
    assert forced.exit_code == 0, forced.output
    assert _count(db_session, "はすの実ふれあい茶話会") == 2


def test_updating_from_an_unchanged_file_says_unchanged_and_writes_no_revision(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    second = ROWS[0].replace("はすの実ふれあい茶話会", "城北町サロン").replace("9-1", "10-1")
    path = _file(tmp_path, ROWS[0], second)
    runner = app.test_cli_runner()
    assert runner.invoke(args=["import-listings", str(path), "--yes"]).exit_code == 0
    listings = db_session.scalars(
        select(Listing).where(Listing.name.in_(["はすの実ふれあい茶話会", "城北町サロン"]))
    ).all()
    versions = {listing.id: listing.version for listing in listings}
    revisions = db_session.scalar(select(func.count(ListingRevision.id)))

    again = runner.invoke(args=["import-listings", str(path), "--yes", "--on-duplicate", "update"])
    assert again.exit_code == 0, again.output
    assert "新規登録 0件・更新 0件・変更なし 2件・読み込まない 0件・エラー 0件" in again.output
    assert "→ 変更なし（登録済みの活動と同じ内容）" in again.output
    assert "登録・更新する行がありません。" in again.output
    db_session.expire_all()
    assert {listing.id: listing.version for listing in listings} == versions
    assert db_session.scalar(select(func.count(ListingRevision.id))) == revisions

    # A changed cell is still an update, of that listing alone.
    changed = _file(tmp_path, ROWS[0].replace("みんなでお茶", "みんなでお茶とお菓子"), second)
    third = runner.invoke(
        args=["import-listings", str(changed), "--yes", "--on-duplicate", "update"]
    )
    assert "新規登録 0件・更新 1件・変更なし 1件・読み込まない 0件・エラー 0件" in third.output
    db_session.expire_all()
    assert sorted(listing.version - versions[listing.id] for listing in listings) == [0, 1]


def test_a_file_in_no_known_encoding_is_refused_in_japanese(
    app: Flask, client: FlaskClient, tmp_path: Path
) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(HEADER.encode() + b"\r\n\xff\xfe\xfd,\x80\x81\r\n")
    result = app.test_cli_runner().invoke(args=["import-listings", str(path)])
    assert result.exit_code != 0
    assert "文字コードを判別できません" in result.output


def test_a_file_without_a_name_column_is_refused(
    app: Flask, client: FlaskClient, tmp_path: Path
) -> None:
    path = tmp_path / "noname.csv"
    path.write_text("住所,団体名\r\n土浦市,会\r\n", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["import-listings", str(path)])
    assert result.exit_code != 0
    assert "必要な列がありません" in result.output


def test_export_writes_the_standard_csv_and_hsds(
    app: Flask, client: FlaskClient, tmp_path: Path
) -> None:
    runner = app.test_cli_runner()
    out = tmp_path / "facilities.csv"
    result = runner.invoke(
        args=["export-listings", "--format", "standard-facilities", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith("\ufeff都道府県コード又は市区町村コード".encode())
    hsds = runner.invoke(args=["export-listings", "--format", "hsds"])
    assert json.loads(hsds.stdout_bytes)["hsds_version"] == "3.0"


def test_a_sheet_declaring_the_whole_grid_is_refused_by_the_command(
    app: Flask, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(ROWS[0].split(","))
    sheet["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code == 1
    assert "1048576行目: 列が多すぎます（最大 300 列）" in result.output


def test_a_file_over_the_command_limit_is_refused_unread(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(interop.reading.MAX_FILE_BYTES + 1)  # sparse: no disk used
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code == 1
    assert "ファイルが大きすぎます（最大 50MB）" in result.output


def test_export_writes_the_simple_layout_and_events_with_municipality_and_dates(
    app: Flask, client: FlaskClient, tmp_path: Path
) -> None:
    runner = app.test_cli_runner()
    out = tmp_path / "simple.csv"
    result = runner.invoke(args=["export-listings", "--format", "simple", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "simple.csv に書き出しました" in result.output
    assert out.read_bytes().decode("utf-8-sig").startswith("活動名,ふりがな,団体名,活動の種類")
    events = runner.invoke(args=["export-listings", "--format", "standard-events"])
    assert events.exit_code == 0, events.output
    rows = list(csv.DictReader(io.StringIO(events.stdout_bytes.decode("utf-8-sig"))))
    assert {r["都道府県コード又は市区町村コード"] for r in rows} == {"082031"}
    assert sum(bool(r["開始日"]) for r in rows) > len(rows) // 2


def test_export_writes_the_kodomo_layout_with_only_the_kodomo_shokudo(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    runner = app.test_cli_runner()
    out = tmp_path / "kodomo.csv"
    result = runner.invoke(args=["export-listings", "--format", "standard-kodomo", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "kodomo.csv に書き出しました" in result.output
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("全国地方公共団体コード,ID,都道府県,市区町村名,名称,名称_カナ")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    kodomo = select(Listing.name).where(
        Listing.status == ListingStatus.PUBLISHED,
        Listing.visibility == Visibility.PUBLIC,
        Listing.categories.any(Category.code == "kodomo_shokudo"),
    )
    assert rows
    assert {r["名称"] for r in rows} == set(db_session.scalars(kodomo))
    assert runner.invoke(args=["export-listings", "--help"]).output.count("standard-kodomo") >= 1


def test_an_update_lists_what_it_changes_and_what_to_check_as_the_web_preview_does(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    # Next year's list: the row is the activity already imported, with a new description and
    # times the importer cannot read for certain. Both are said beside the update.
    runner = app.test_cli_runner()
    assert (
        runner.invoke(args=["import-listings", str(_file(tmp_path, ROWS[0])), "--yes"]).exit_code
        == 0
    )
    row = (
        ROWS[0]
        .replace(",金,13:30,15:30,", ",金曜,ひるすぎ,夕方,")
        .replace("みんなでお茶", "みんなでお茶とお菓子")
    )
    result = runner.invoke(
        args=["import-listings", str(_file(tmp_path, row)), "--dry-run", "--on-duplicate", "update"]
    )
    assert result.exit_code == 0, result.output
    output = result.output
    assert "更新する活動のうち1件に確認が必要なことがあります" in output
    updated = output[output.index("更新する活動（1件）:") :]
    assert "2行目 → 「はすの実ふれあい茶話会」（変わる項目: " in updated
    changes, checks = updated.split("確認が必要なこと（", 1)
    assert "紹介文・日時" in changes
    assert "日時の一部を読み取れません" in checks
    # The duplicates list says which activity it is; the checks are not listed twice.
    assert output.count("日時の一部を読み取れません") == 1
    assert "と同じ活動のようです" in output[: output.index("更新する活動（1件）:")]


def test_a_dry_run_lists_the_new_rows_as_they_were_read(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    """What the command read of each new row — 日時, 対象年齢 from which words, the address
    and how precisely it was placed — in a table, as the web preview's 新しく登録する活動."""
    path = tmp_path / "kayoinoba.csv"
    path.write_bytes(
        "\r\n".join(
            [
                "名称,住所,開催日,時間,対象年齢,団体名,活動の種類",
                "城北いきいきサロン,茨城県土浦市城北町5-12,毎週水曜日,10:00～11:30,おおむね65歳以上,城北町社協,居場所",
                "ひよこ親子ひろば,茨城県土浦市大和町9-1,第2・第4火曜日,10時～12時,0～3歳の乳幼児と保護者,大和町子育て支援の会,居場所",
                "まちの縁側,土浦市のどこか,不定期,,,城北町社協,居場所",
            ]
        ).encode("cp932")
    )
    result = app.test_cli_runner().invoke(args=["import-listings", str(path), "--dry-run"])
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("新しく登録する活動（3件）:") :].splitlines()
    heading, salon, hiroba, engawa = table[1:5]
    assert heading.split() == ["行", "活動名", "団体", "日時", "対象年齢", "住所", "位置"]
    assert salon.split()[:3] == ["2", "城北いきいきサロン", "城北町社協"]
    assert "毎週水曜日" in salon
    assert "65歳以上（「おおむね65歳以上」）" in salon
    assert "0〜3歳とその保護者（「0～3歳の乳幼児と保護者」）" in hiroba
    assert "第2・第4火曜日" in hiroba
    # Placed by the town's name only: the operator sees it is no pin at the door.
    assert salon.split()[-1] == "町丁目"
    assert engawa.split()[-2:] == ["茨城県土浦市のどこか", "市区町村"]
    # The columns line up as a terminal shows them (a full-width character is two columns).
    at = [
        _columns_before(line, "茨城県" if "茨城県" in line else "土浦市")
        for line in (salon, hiroba, engawa)
    ]
    assert len(set(at)) == 1, table
    assert "何も保存していません" in result.output


def _columns_before(line: str, word: str) -> int:
    import unicodedata

    head = line[: line.index(word)]
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in head)


def test_the_new_rows_table_has_no_ages_column_when_no_row_says_ages(
    app: Flask, client: FlaskClient, db_session: Session, tmp_path: Path
) -> None:
    result = app.test_cli_runner().invoke(
        args=["import-listings", str(_file(tmp_path, *ROWS)), "--dry-run"]
    )
    assert result.exit_code == 0, result.output
    table = result.output[result.output.index("新しく登録する活動（1件）:") :].splitlines()
    assert table[1].split() == ["行", "活動名", "団体", "日時", "住所", "位置"]
    assert table[2].split()[:3] == ["2", "はすの実ふれあい茶話会", "大和町自治会"]
    assert "13:30" in table[2]
