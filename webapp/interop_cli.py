"""``flask import-listings`` and ``flask export-listings``: the CLI face of directory.interop.

The import prints the preview (counts, rejected rows with reasons, duplicates, warnings, and
a table of the new rows as they were read: 日時, 対象年齢, address and how precisely located),
asks before writing (unless ``--yes``), applies in one transaction with a progress bar, and
commits; the session follows its commit into the search index (``directory.search.tracking``),
so imported listings are found on /search at once.
"""

from __future__ import annotations

import secrets
import sys
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from directory import interop, labels
from directory.interop import Action, ImportOptions
from directory.permissions import SystemActor
from directory.search import tracking
from webapp import db, messages, opendata
from webapp.geocoding import geocoder
from webapp.templating import today

MAX_LISTED = 50  # rows listed per kind in the preview; the counts cover all
# Whoever can run a command on the server can change the database anyway: the command acts as
# a named loader (directory.permissions), not as a signed-in person.
IMPORT_COMMAND = SystemActor("import-listings")


def init_app(app: Flask) -> None:
    app.cli.add_command(import_listings_command)
    app.cli.add_command(export_listings_command)


@click.command("import-listings")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--layout",
    type=click.Choice(["auto", *interop.LAYOUTS]),
    default="auto",
    show_default=True,
    help="列の並び（auto: 見出しから判別。kodomo: こども食堂一覧）",
)
@click.option(
    "--map",
    "column_map",
    multiple=True,
    metavar="'列名=項目'",
    help="列の意味を指定する（アップロード画面の列の対応と同じ。列は見出しの名前か、見出しのない列は"
    "「4列目」のような位置。項目は address などの名前か「住所」などの表示名、読み込まない列は ignore。"
    "複数指定可）",
)
@click.option("--organization", default="", help="団体名の列がない行・空の行に使う団体名")
@click.option(
    "--category", "categories", multiple=True, help="活動の種類の列がない行に使う種類（コード）"
)
@click.option("--dry-run", is_flag=True, help="確認の表示だけで、保存しない")
@click.option("--yes", is_flag=True, help="確認せずに保存する")
@click.option(
    "--on-duplicate",
    type=click.Choice(["skip", "update", "create"]),
    default="skip",
    show_default=True,
    help="同じ活動が見つかった行の扱い",
)
@click.option(
    "--draft", is_flag=True, help="公開せず下書きとして登録する（既定は承認済みとして公開）"
)
@click.option(
    "--archive-ended",
    is_flag=True,
    help="登録済みの活動のうち、一覧で廃止・終了と書かれているものの掲載を終了する",
)
@with_appcontext
def import_listings_command(
    file: Path,
    layout: str,
    column_map: tuple[str, ...],
    organization: str,
    categories: tuple[str, ...],
    dry_run: bool,
    yes: bool,
    on_duplicate: str,
    draft: bool,
    archive_ended: bool,
) -> None:
    """CSV（UTF-8 / Shift_JIS）、タブ区切りのテキストや Excel（.xlsx）の一覧から活動をまとめて登録します。"""
    session = db.session()
    try:
        data = interop.read_file(file)
        table = interop.read_upload(data)
    except interop.ImportFileError as error:
        raise click.ClickException(error.message) from error
    mapping = interop.map_columns(
        table.headers, layout=layout, overrides=_overrides(column_map), samples=table.samples
    )
    for name in column_map:
        name = name.partition("=")[0].strip()
        if interop.override_column(table.headers, name) is None:
            raise click.BadParameter(
                labels.IMPORT_NO_SUCH_COLUMN.format(name=name, columns=len(table.headers)),
                param_hint="--map",
            )
    tabs = {"\t": "・タブ区切り", ";": "・セミコロン区切り"}.get(table.delimiter, "")
    click.echo(
        f"{file.name}: {_layout_title(mapping)}・{len(table.rows)}行"
        f"（文字コード {table.encoding}{tabs}、見出しは{table.header_lines}行目）"
        + (f" {table.sheets_read}。" if table.sheets else "")
    )
    for passed in table.passed_sheets:
        click.echo(f"  注意: {passed}")
    for warning in mapping.warnings:
        click.echo(f"  注意: {warning}")
    unnamed = [i for i in mapping.unknown_columns if not table.headers[i]]
    if unnamed:
        click.echo(f"  {labels.IMPORT_MAP_BY_POSITION.format(number=unnamed[0] + 1)}")
    if mapping.problems:
        read = f"（{table.sheets_read}）" if table.sheets else ""
        raise click.ClickException(" ".join(mapping.problems) + read)
    options = ImportOptions(
        organization=organization,
        categories=categories,
        on_duplicate=Action(on_duplicate),
        publish=not draft,
        municipality=current_app.extensions.get("municipality"),
    )
    # Saving without a question: plan under the import lock at once (no one waits on a prompt).
    if yes and not dry_run:
        interop.hold_import_lock(session, datetime.now(UTC))
    plan = _ended_decided(
        interop.plan_import(
            session, table, mapping, geocoder=geocoder(), options=options, today=today()
        ),
        archive_ended,
    )
    _print_preview(plan)
    if dry_run:
        session.rollback()
        click.echo("試行のみです。何も保存していません。")
        return
    if not (
        plan.counts[Action.CREATE] or plan.counts[Action.UPDATE] or plan.counts[Action.ARCHIVE]
    ):
        session.rollback()
        click.echo("登録・更新する行がありません。")
        return
    if not yes:
        if not click.confirm("この内容で保存しますか？", default=False):
            session.rollback()
            click.echo("保存しませんでした。")
            return
        # Plan again under the lock: an import saved while the question was open shows here.
        session.rollback()
        interop.hold_import_lock(session, datetime.now(UTC))
        seen, plan = (
            plan,
            _ended_decided(
                interop.plan_import(
                    session, table, mapping, geocoder=geocoder(), options=options, today=today()
                ),
                archive_ended,
            ),
        )
        if plan.fingerprint != seen.fingerprint:
            session.rollback()
            raise click.ClickException(labels.IMPORT_CHANGED_WHILE_ASKING)
    total = sum(plan.counts[a] for a in (Action.CREATE, Action.UPDATE, Action.ARCHIVE))
    try:
        with click.progressbar(length=len(plan.rows), label="保存中", file=sys.stderr) as bar:
            result = interop.apply_plan(
                session,
                plan,
                actor=IMPORT_COMMAND,
                now=datetime.now(UTC),
                verified_on=today(),  # 確認日: the town's date, not the server's in UTC
                today=today(),
                progress=bar.update,
            )
        interop.record_run(
            session,
            token=f"cli-{secrets.token_urlsafe(12)}",
            data=data,
            filename=file.name,
            applied_by=None,
            now=datetime.now(UTC),
            summary=result.summary(),
        )
        # The commit writes the saved listings to the search index (directory.search.tracking).
        indexed = len(tracking.pending(session))
        with click.progressbar(
            length=indexed, label="確定して索引に登録中", file=sys.stderr
        ) as bar:
            tracking.report_progress(session, bar.update)
            session.commit()
    except Exception as error:
        session.rollback()
        raise click.ClickException(
            f"保存できませんでした（何も変更していません）: {error}"
        ) from error
    click.echo(f"保存しました（{total}件）。{result.summary()}")


def _overrides(column_map: tuple[str, ...]) -> dict[str, interop.ImportField]:
    """--map '運営者=organization' (or '運営者=団体名') → {header: field}, as the upload page."""
    by_name = {f.value: f for f in interop.ImportField}
    by_label = {label: f for f, label in interop.FIELD_LABELS.items()}
    overrides = {}
    for item in column_map:
        header, sep, wanted = item.partition("=")
        field = by_name.get(wanted.strip()) or by_label.get(wanted.strip())
        if not sep or not header.strip() or field is None:
            choices = "、".join(
                f"{f.value}（{interop.FIELD_LABELS[f]}）" for f in interop.ImportField
            )
            raise click.BadParameter(
                f"「{item}」は「列名=項目」の形で、項目は次のどれかです: {choices}",
                param_hint="--map",
            )
        overrides[header.strip()] = field
    return overrides


def _layout_title(mapping: interop.ColumnMapping) -> str:
    return mapping.layout.title if mapping.layout else "形式不明（見出しの名前で読み込み）"


def _print_preview(plan: interop.ImportPlan) -> None:
    if plan.continued_rows:  # what a person counts: an activity on two rows is one
        click.echo(
            labels.IMPORT_ACTIVITY_COUNT.format(
                activities=len(plan.rows), rows=plan.data_rows, continued=plan.continued_rows
            )
        )
    click.echo(plan.summary())
    for warning in plan.file_warnings[len(plan.mapping.warnings) :]:  # what the rows took
        click.echo(f"  注意: {warning}")
    for note in plan.notes:
        click.echo(f"  注意: {note}")
    updated = [(row, row.to_check) for row in plan.with_action(Action.UPDATE)]
    if plan.updates_to_check:
        count = len(plan.updates_to_check)
        click.echo(f"  注意: {labels.IMPORT_UPDATED_WARNED.format(count=count)}")
    if plan.new_organizations:
        click.echo(f"新たに登録する団体: {'、'.join(plan.new_organizations[:MAX_LISTED])}")
    ended = [row for row in plan.ended if row.action is Action.SKIP]
    if ended:
        click.echo(f"{labels.IMPORT_ENDED_ROWS.format(count=len(ended))}:")
        for row in ended[:MAX_LISTED]:
            for issue in row.warnings:
                click.echo(f"  {issue}")
        if len(ended) > MAX_LISTED:
            click.echo(f"  …ほか{len(ended) - MAX_LISTED}件")
    for title, rows in (("エラーの行", plan.rejected), ("同じ活動が見つかった行", plan.duplicates)):
        if not rows:
            continue
        click.echo(f"{title}（{len(rows)}件）:")
        for row in rows[:MAX_LISTED]:
            # An update's other checks are listed under 「更新する活動」, beside what it changes.
            issues = row.problems or (
                row.warnings if row.action is not Action.UPDATE else row.same_activity_notes
            )
            for issue in issues:
                click.echo(f"  {issue}")
            if row.ended and row.existing_id and row.action is Action.SKIP:
                click.echo(f"    {labels.IMPORT_ENDED_EXISTING_HINT}")
            if row.is_duplicate:
                decided = (
                    labels.IMPORT_UNCHANGED
                    if row.unchanged and row.action is Action.SKIP
                    else labels.IMPORT_ACTIONS[row.action.value]
                )
                click.echo(f"    → {decided}")
        if len(rows) > MAX_LISTED:
            click.echo(f"  …ほか{len(rows) - MAX_LISTED}件")
    if updated:
        click.echo(f"更新する活動（{len(updated)}件）:")
        for row, checks in updated[:MAX_LISTED]:
            changed = messages.IMPORT_CHANGED_SEPARATOR.join(row.change_labels) or "なし"
            click.echo(f"  {row.place} → 「{row.existing_name}」（変わる項目: {changed}）")
            if checks:
                click.echo(f"    確認が必要なこと（{len(checks)}件）:")
            for issue in checks:
                click.echo(f"      {issue.message}")
        if len(updated) > MAX_LISTED:
            click.echo(f"  …ほか{len(updated) - MAX_LISTED}件も更新します")
    warned = plan.warned
    if warned:
        click.echo(f"確認が必要な行（{len(warned)}件。登録はします）:")
        for row in warned[:MAX_LISTED]:
            for issue in row.warnings:
                click.echo(f"  {issue}")
        if len(warned) > MAX_LISTED:
            click.echo(f"  …ほか{len(warned) - MAX_LISTED}件")
    _print_created(plan.with_action(Action.CREATE))


# The new rows' table: the web preview's columns, and how exactly each place was located.
# (heading, widest cell in display columns: a full-width character is two)
CREATED_COLUMNS = (
    ("行", 8), ("活動名", 24), ("団体", 18), ("日時", 30), ("対象年齢", 48), ("住所", 28),
    ("位置", 14),
)  # fmt: skip


PRECISION_LABELS = {p.value: label for p, label in labels.LOCATION_PRECISION.items()}


def _print_created(created: Sequence[interop.PlannedRow]) -> None:
    """「新しく登録する活動」 as a table of what each row was read as: name, 団体, 日時, 対象年齢
    (what was read from which words, the column left out when no row sets ages), address and
    how precisely it was located (位置不明 when it could not be)."""
    if not created:
        return
    columns = [
        c for c in CREATED_COLUMNS if c[0] != "対象年齢" or any(r.ages_shown for r in created)
    ]
    lines = []
    for row in created[:MAX_LISTED]:
        data = row.data
        if data is None:  # none: a row to create has its listing's content
            continue
        located = PRECISION_LABELS.get(data.precision, data.precision)
        cells = {
            "行": row.place if row.sheet else str(row.line),
            "活動名": data.name,
            "団体": row.organization,
            "日時": " ".join(data.schedule_text.split()),
            "対象年齢": row.ages_shown,
            "住所": data.address,
            "位置": "位置不明" if data.lat is None else located,
        }
        lines.append([cells[name] for name, _ in columns])
    click.echo(f"新しく登録する活動（{len(created)}件）:")
    for line in _table([name for name, _ in columns], lines, [w for _, w in columns]):
        click.echo(f"  {line}".rstrip())
    if len(created) > MAX_LISTED:
        click.echo(f"  …ほか{len(created) - MAX_LISTED}件")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, widest: int) -> str:
    """The text in at most ``widest`` display columns, 「…」 ending what was cut."""
    if _width(text) <= widest:
        return text
    kept = ""
    for char in text:
        if _width(kept + char) > widest - 2:
            break
        kept += char
    return kept + "…"


def _table(headings: list[str], rows: list[list[str]], widest: list[int]) -> list[str]:
    """Rows aligned in columns as a terminal shows Japanese (full-width characters are two
    columns wide), each cell cut to its column's widest."""
    cut = [[_cut(cell, w) for cell, w in zip(row, widest, strict=True)] for row in rows]
    widths = [max(_width(cell) for cell in column) for column in zip(headings, *cut, strict=True)]
    return [
        "  ".join(
            cell + " " * (width - _width(cell)) for cell, width in zip(line, widths, strict=True)
        )
        for line in (headings, *cut)
    ]


# --format → the /opendata/ file with the same content.
FORMATS = {
    "standard-facilities": "facilities.csv",
    "standard-events": "events.csv",
    "standard-kodomo": "kodomo.csv",
    "simple": "simple.csv",
    "hsds": "hsds.json",
}


@click.command("export-listings")
@click.option("--format", "format_", type=click.Choice(list(FORMATS)), required=True,
              help="standard-facilities（公共施設一覧）/ standard-events（イベント一覧）/ standard-kodomo（こども食堂一覧。こども食堂の活動だけ）/ simple（つながりマップ簡易形式）/ hsds（Open Referral HSDS 3.0 JSON）")  # fmt: skip
@click.option("-o", "--output", type=click.File("wb"), default="-",
              help="書き出すファイル（省略すると標準出力）")  # fmt: skip
@with_appcontext
def export_listings_command(format_: str, output: BinaryIO) -> None:
    """公開中の活動（一般公開のもの）だけを書き出します。"""
    _, pieces = opendata.content(FORMATS[format_])
    written = 0
    try:
        for piece in pieces:  # written as read: a large directory is never one string
            output.write(piece)
            written += len(piece)
    finally:
        db.session().rollback()
    name = getattr(output, "name", "<stdout>")  # a test runner's stdout has no name
    if name != "<stdout>":
        click.echo(f"{name} に書き出しました（{written:,} バイト）。", err=True)


def _ended_decided(plan: interop.ImportPlan, archive: bool) -> interop.ImportPlan:
    """With ``--archive-ended``: the directory's activities the list says ended are taken out."""
    if not archive:
        return plan
    return plan.decide({r.key: Action.ARCHIVE for r in plan.rows if Action.ARCHIVE in r.choices})
