"""``flask`` commands: create/upgrade the database, load the demo town, create a user."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from werkzeug.security import generate_password_hash

from directory import accounts, organizations, upcoming, vocabulary
from directory.errors import InvalidData
from directory.models import Organization, UserRole
from directory.permissions import SystemActor
from geo.geocoding import Located
from matching import report_export
from matching.reports import Period, annual_report, parse_fiscal_year
from seeds.loader import load_demo, load_demo_cases, user_records
from webapp import config, db, geocoding, interop_cli
from webapp import migrations as schema
from webapp import reports as reports_web
from webapp.templating import today

ROLE_CHOICES = [r.value for r in UserRole]
# The demo town's accounts share this documented password; load-seeds is for demos only.
DEMO_PASSWORD = "tsunagari-demo"  # noqa: S105
# Whoever can run a command on the server can change the database anyway (and must be able to
# create the first admin): the commands act as a named loader, not as a signed-in person.
COMMAND = SystemActor("管理コマンド")


def init_app(app: Flask) -> None:
    app.cli.add_command(init_db_command)
    app.cli.add_command(load_seeds_command)
    app.cli.add_command(create_user_command)
    app.cli.add_command(add_area_command)
    interop_cli.init_app(app)  # import-listings, export-listings
    app.cli.add_command(report_command)


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """データベースを作成し、最新のスキーマに更新します（何度実行しても安全です）。"""
    url = current_app.config["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        Path(current_app.instance_path).mkdir(parents=True, exist_ok=True)
    if not os.environ.get("SECRET_KEY"):
        # Sessions must survive restarts and be shared by workers: keep one key on disk.
        config.ensure_secret_key_file(current_app.instance_path)
    before = schema.current_revision(db.engine())
    schema.upgrade(db.engine())
    after = schema.current_revision(db.engine())
    if before == after:
        click.echo(f"データベースは最新です（{after}）。")
    else:
        click.echo(f"データベースを更新しました（{before or '新規'} → {after}）。")
    # A fresh install is usable without the demo: the standard 活動の種類 and 対象 (地区 are
    # the municipality's own: an admin adds them with add-area).
    session = db.session()
    categories, targets = vocabulary.add_standard_vocabulary(session)
    upcoming.extend(session, today())  # the coming weeks' meetings (after an upgrade too)
    session.commit()
    if categories or targets:
        click.echo(f"標準の語彙を追加しました（活動の種類 {categories}件・対象 {targets}件）。")


@click.command("add-area")
@click.option(
    "--code", required=True, help="地区のコード（英数字。URL とデータで使い、あとで変えません）"
)
@click.option("--name", help="地区の名前（例: 第一地区）。新しい地区には必須")
@click.option("--kana", help="よみがな")
@click.option("--centre-name", help="地区の拠点（例: 第一地区公民館）")
@click.option("--centre-address", help="拠点の住所（地図の点と距離の起点になります）")
@with_appcontext
def add_area_command(
    code: str,
    name: str | None,
    kana: str | None,
    centre_name: str | None,
    centre_address: str | None,
) -> None:
    """地区（公民館の圏域など）を追加・更新します。拠点の住所から地図の点を求めます。

    すでにある地区では、指定した項目だけを変えます（指定しない項目は今のまま。空の値 ""
    を指定するとその項目を消します。拠点の住所を消すと地図の点も消えます）。
    """
    _require_schema()
    if not re.fullmatch(r"[a-z0-9_-]{1,40}", code):
        raise click.ClickException(
            "コードは半角の英小文字・数字・_・- で40文字以内にしてください。"
        )
    session = db.session()
    areas = vocabulary.areas(session)
    existing = next((a for a in areas if a.code == code), None)
    if existing is None and not (name or "").strip():
        raise click.ClickException(f"新しい地区「{code}」には --name で名前を指定してください。")
    if name is not None and not name.strip():
        raise click.ClickException("地区の名前は空にできません。")
    data = vocabulary.AreaData(
        code,
        _given(name, existing.name if existing else ""),
        _given(kana, existing.kana if existing else ""),
        _given(centre_name, existing.centre_name if existing else ""),
        existing.centre_address if existing else "",
        existing.lat if existing else None,
        existing.lon if existing else None,
    )
    if centre_address is not None:
        data = replace(data, centre_address=centre_address.strip(), lat=None, lon=None)
        if data.centre_address:
            found = geocoding.geocoder().geocode(data.centre_address)
            if not isinstance(found, Located):
                raise click.ClickException(
                    f"「{data.centre_address}」の{found.message}（{found.reason}）。"
                )
            data = replace(data, lat=round(found.lat, 6), lon=round(found.lon, 6))
    vocabulary.save_area(
        session,
        data,
        position=existing.position if existing else len(areas),
        actor=COMMAND,
    )
    vocabulary.refresh_statistics(session)
    session.commit()
    where = f"（{data.lat}, {data.lon}）" if data.lat is not None else "（拠点の点なし）"
    click.echo(f"地区「{data.name}」を保存しました{where}。")


def _given(option: str | None, current: str) -> str:
    """An option's value, or what the area has when the option was not given."""
    return current if option is None else option.strip()


@click.command("load-seeds")
@with_appcontext
def load_seeds_command() -> None:
    """デモデータ（土浦市）を読み込みます。2回目以降は変更があった分だけ更新します。"""
    _require_schema()
    session = db.session()
    report = load_demo(
        session, now=datetime.now(UTC), demo_password_hash=generate_password_hash(DEMO_PASSWORD)
    )
    coordinator = next(
        (
            user
            for rec in user_records()
            if rec["role"] == "coordinator"
            and (user := accounts.find_user_by_email(session, rec["email"])) is not None
        ),
        None,
    )
    cases_created = 0
    if coordinator is not None:
        cases_created = load_demo_cases(session, coordinator=coordinator, today=today())
    upcoming.extend(session, today())
    session.commit()
    click.echo(f"デモデータを読み込みました。{report.summary()}")
    if cases_created and coordinator is not None:
        click.echo(
            f"デモ用の参加支援ケースを{cases_created}件作りました（{coordinator.email} の担当）。"
        )
    if report.users_created:
        click.echo(
            f"デモ用アカウントのパスワードは「{DEMO_PASSWORD}」です（README 参照）。"
            "公開するサーバーでは使わないでください。"
        )


@click.command("create-user")
@with_appcontext
@click.option("--email", required=True, help="ログインに使うメールアドレス")
@click.option("--name", "display_name", required=True, help="表示名")
@click.option("--role", type=click.Choice(ROLE_CHOICES), required=True, help="役割")
@click.option(
    "--organization",
    "organizations",
    multiple=True,
    help="所属団体（団体ID またはデモデータのキー）。団体メンバーは1つ以上必要です。",
)
@click.password_option("--password", help="パスワード（省略すると入力を求めます）")
def create_user_command(
    email: str, display_name: str, role: str, organizations: tuple[str, ...], password: str
) -> None:
    """ログインできるユーザーを作成します。"""
    _require_schema()
    session = db.session()
    problems = accounts.password_problems(password, known=(email, display_name))
    if problems:
        raise click.ClickException(problems["password"])
    orgs = [_find_organization(ref) for ref in organizations]
    data = accounts.UserData(
        email=email,
        display_name=display_name,
        role=role,
        organization_ids=tuple(o.id for o in orgs),
    )
    try:
        user = accounts.save_user(
            session, data, actor=COMMAND, password_hash=generate_password_hash(password)
        )
    except InvalidData as error:
        errors = dict(error.errors)
        if "organization_ids" in errors:
            errors["organization_ids"] = (
                "団体メンバーには --organization で所属団体を指定してください。"
            )
        raise click.ClickException(" ".join(errors.values())) from error
    session.commit()
    click.echo(f"ユーザーを作成しました: {user.email}（{user.role.value}）")


def _find_organization(ref: str) -> Organization:
    org = organizations.find_organization(db.session(), ref)
    if org is None:
        raise click.ClickException(f"団体「{ref}」が見つかりません。")
    return org


def _require_schema() -> None:
    current = schema.current_revision(db.engine())
    if current != schema.head_revision():
        raise click.ClickException(
            "データベースが最新ではありません。先に `python -m flask --app webapp init-db` を実行してください。"
        )


REPORT_HELP = (
    "参加支援・地域づくりの実績（画面 /coord/reports/ と同じ数）を書き出します。"
    "1件以上で設定 TSUNAGARI_REPORT_MASK_BELOW"
    f"（既定 {report_export.DEFAULT_MASK_BELOW}）より小さい件数は、人が特定されないよう"
    f"「{report_export.masked_label(report_export.DEFAULT_MASK_BELOW)}」（既定のとき）"
    "とだけ書きます。0 か 1 にすると件数のまま書きます。"
)


def _report_day(text: str, option: str) -> date:
    """A day as the report page reads it (2026-04-01, 2026/04/01, full-width digits)."""
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", text).strip().replace("/", "-"))
    except ValueError:
        raise click.ClickException(
            f"{option} の「{text}」は日付として読めません。2026-04-01 の形で入力してください。"
        ) from None


def _fiscal_year(text: str) -> int:
    """年度 as written: 2026, 2026年度, 令和8, 令和8年度, R8 (令和元 is 2019)."""
    year = parse_fiscal_year(text)
    if year is None:
        raise click.ClickException(
            f"--fiscal-year の「{text}」は年度として読めません。2026 や 令和8 のように入力してください"
            "（2000〜2100年度）。"
        )
    return year


@click.command("report", help=REPORT_HELP)
@click.option(
    "--fiscal-year",
    "fiscal_year_text",
    help="年度（例: 2026 または 令和8 → 2026年4月〜2027年3月）",
)
@click.option("--since", "since_text", help="期間の始まり（YYYY-MM-DD）")
@click.option("--until", "until_text", help="期間の終わり（YYYY-MM-DD）")
@click.option(
    "--format",
    "fmt",
    default="csv",
    show_default=True,
    help="書き出しの形式（" + "・".join(report_export.FORMATS) + "）",
)
@click.option(
    "-o",
    "--output",
    type=click.File("wb"),
    default="-",
    help="書き出すファイル（省略すると標準出力）",
)
@with_appcontext
def report_command(
    fiscal_year_text: str | None,
    since_text: str | None,
    until_text: str | None,
    fmt: str,
    output: BinaryIO,
) -> None:
    _require_schema()
    if fmt not in report_export.FORMATS:
        raise click.ClickException("書き出しの形式（--format）は csv・xlsx・json のどれかです。")
    fiscal_year = _fiscal_year(fiscal_year_text) if fiscal_year_text else None
    since = _report_day(since_text, "--since") if since_text else None
    until = _report_day(until_text, "--until") if until_text else None
    if (since is None) != (until is None):
        raise click.ClickException("期間は --since と --until の両方で指定してください。")
    if since is not None and until is not None:
        if until < since:
            raise click.ClickException("--until は --since より後の日にしてください。")
        try:
            period = Period.between(since, until)
        except InvalidData as error:
            raise click.ClickException(next(iter(error.errors.values()))) from None
    else:
        period = Period.fiscal_year(fiscal_year or reports_web.fiscal_year_of(today()))
    try:
        report = annual_report(db.session(), period, reports_web.context())
    except InvalidData as error:  # a period still to come
        raise click.ClickException(next(iter(error.errors.values()))) from None
    if report.empty:
        click.echo(report.empty_notice, err=True)
    body = report_export.export(report, fmt, reports_web.mask_below())
    output.write(body)
    name = getattr(output, "name", "<stdout>")  # a test runner's stdout has no name
    if name != "<stdout>":
        click.echo(f"{period.label}の実績を {name} に書き出しました。", err=True)
