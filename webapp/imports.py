"""Bulk import for coordinators: upload a file, map its columns, preview, then confirm.

The steps are those of ``directory.interop`` (read → map → plan → apply), one page each:

1. ``/coord/imports/`` — choose a file (CSV in UTF-8/Shift_JIS, or XLSX) and the defaults;
2. ``/coord/imports/<token>`` — the columns as understood (unknown headers can be mapped),
   then the preview: what will be created, updated and skipped, every rejected row with its
   line, column and reason, and a decision for each duplicate; nothing is written yet;
3. ``POST …/apply`` — the plan is made again from the stored file with the decisions and
   applied in one transaction. If the directory changed since the preview so that the plan
   differs, the new preview is shown instead of writing.

Between the steps the file waits in ``IMPORT_UPLOAD_DIR`` (instance folder by default; shared
storage when several servers run), readable only by the coordinator who uploaded it, and is
removed after it is applied or after ``UPLOAD_KEEP_HOURS``. It never goes into the session
cookie (files are megabytes) nor into the database (it is not directory data until confirmed).
"""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from directory import interop, labels, permissions, vocabulary
from directory.interop import Action, ImportField, ImportOptions
from directory.interop.cells import neutralize
from webapp import db, messages
from webapp.auth import actor, requires
from webapp.geocoding import geocoder
from webapp.templating import jdatetime, now_utc, today

log = logging.getLogger(__name__)

bp = Blueprint("imports", __name__, url_prefix="/coord/imports")

UPLOAD_KEEP_HOURS = 24
ROWS_SHOWN = 200  # per section of the preview; the counts cover every row
TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,40}$")
LAYOUT_CHOICES = messages.IMPORT_LAYOUT_CHOICES
DUPLICATE_CHOICES = messages.IMPORT_DUPLICATE_CHOICES
ResponseLike = str | Response | tuple[str, int]


def init_app(app: Flask) -> None:
    app.config.setdefault("IMPORT_UPLOAD_DIR", str(Path(app.instance_path) / "imports"))
    app.register_blueprint(bp)


# ---- the stored upload ---------------------------------------------------------------------


@dataclass
class Upload:
    """A file waiting between upload and confirmation, with the choices made so far."""

    token: str
    owner: int
    filename: str
    created: float
    layout: str = "auto"
    organization: str = ""
    categories: list[str] = field(default_factory=list)
    on_duplicate: str = "skip"
    publish: bool = True
    # column name (its header, or 「4列目」 by position: interop.column_key) → ImportField value
    overrides: dict[str, str] = field(default_factory=dict)

    @property
    def options(self) -> ImportOptions:
        return ImportOptions(
            organization=self.organization,
            categories=tuple(self.categories),
            on_duplicate=Action(self.on_duplicate),
            publish=self.publish,
        )


def _folder() -> Path:
    folder = Path(current_app.config["IMPORT_UPLOAD_DIR"])
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only the app's own system user can read (uploads hold names, phones…)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)


def _save(upload: Upload, data: bytes | None = None) -> None:
    folder = _folder()
    if data is not None:
        _write_private(folder / f"{upload.token}.bin", data)
    metadata = json.dumps(asdict(upload), ensure_ascii=False).encode()
    _write_private(folder / f"{upload.token}.json", metadata)


def _load(token: str) -> tuple[Upload, bytes]:
    """The upload ``token`` of the signed-in coordinator (404 for anyone else's or a gone one)."""
    if not TOKEN.match(token):
        abort(404)
    folder = _folder()
    try:
        upload = Upload(**json.loads((folder / f"{token}.json").read_text()))
        data = (folder / f"{token}.bin").read_bytes()
    except (OSError, ValueError, TypeError):
        abort(404)
    if upload.owner != actor().id:
        abort(404)  # not 403: another person's upload does not exist for you
    return upload, data


def _remove(token: str) -> None:
    for suffix in (".bin", ".json"):
        (_folder() / f"{token}{suffix}").unlink(missing_ok=True)


def _remove_expired() -> None:
    limit = time.time() - UPLOAD_KEEP_HOURS * 3600
    for path in _folder().glob("*.json"):
        if path.stat().st_mtime < limit:
            _remove(path.stem)


# ---- step 1: the file ----------------------------------------------------------------------


def _form_context() -> dict[str, Any]:
    session = db.session()
    return {
        "layout_choices": LAYOUT_CHOICES,
        "duplicate_choices": DUPLICATE_CHOICES,
        "category_options": [(c.code, c.label) for c in vocabulary.categories(session)],
        "max_megabytes": current_app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024),
    }


def _choices_from(form: MultiDict[str, str], upload: Upload) -> Upload:
    layout = form.get("layout", upload.layout)
    on_duplicate = form.get("on_duplicate", upload.on_duplicate)
    known = {code for code, _ in _form_context()["category_options"]}
    upload.layout = layout if layout in LAYOUT_CHOICES else "auto"
    upload.organization = form.get("organization", "").strip()[:200]
    upload.categories = [c for c in form.getlist("categories") if c in known]
    upload.on_duplicate = on_duplicate if on_duplicate in DUPLICATE_CHOICES else "skip"
    upload.publish = form.get("publish", "yes") == "yes"
    return upload


@bp.get("/")
@requires(permissions.can_review)
def start() -> str:
    return render_template(
        "imports/start.html", upload=Upload("", 0, "", 0.0), errors={}, **_form_context()
    )


@bp.post("/")
@requires(permissions.can_review)
def upload_file() -> ResponseLike:
    choices = _choices_from(request.form, Upload("", 0, "", 0.0))
    file = request.files.get("file")
    data = file.read() if file is not None else b""
    error = ""
    if file is None or not file.filename:
        error = messages.IMPORT_CHOOSE_FILE
    elif not data:
        error = labels.IMPORT_EMPTY_FILE
    else:
        try:
            interop.read_upload(data)
        except interop.ImportFileError as failure:
            error = failure.message
    if error:
        return render_template(
            "imports/start.html", upload=choices, errors={"file": error}, **_form_context()
        ), 400
    _remove_expired()
    choices.token = secrets.token_urlsafe(18)
    choices.owner = actor().id
    choices.filename = Path(file.filename or "upload").name[:200] if file else "upload"
    choices.created = time.time()
    _save(choices, data)
    return redirect(url_for("imports.preview", token=choices.token))


# ---- step 2: columns and preview -----------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    upload: Upload
    table: interop.Table
    mapping: interop.ColumnMapping
    plan: interop.ImportPlan | None

    def fingerprint(self) -> str:
        """What the person saw: the action of every row (a changed plan must be seen again)."""
        return self.plan.fingerprint if self.plan is not None else ""


def _preview(upload: Upload, data: bytes, decisions: dict[int | str, str] | None = None) -> Preview:
    table = interop.read_upload(data)
    mapping = interop.map_columns(
        table.headers, layout=upload.layout, overrides=upload.overrides, samples=table.samples
    )
    if mapping.problems:
        return Preview(upload, table, mapping, None)
    options = replace(upload.options, municipality=current_app.extensions.get("municipality"))
    plan = interop.plan_import(
        db.session(), table, mapping, geocoder=geocoder(), options=options, today=today()
    )
    if decisions:
        plan = plan.decide(decisions, ignore_invalid=True)
    return Preview(upload, table, mapping, plan)


def _render_preview(preview: Preview, *, status: int = 200, notice: str = "") -> ResponseLike:
    plan = preview.plan
    table = preview.table
    samples = {
        # The first rows' values; a column empty there shows the first value it has.
        index: [neutralize(table.value(row, index)) for row in table.rows[:3]]
        if any(table.value(row, index).strip() for row in table.rows[:3])
        else [neutralize(table.samples.get(index, ""))]
        for index in range(len(table.headers))
    }
    page = render_template(
        "imports/preview.html",
        preview=preview,
        upload=preview.upload,
        table=preview.table,
        mapping=preview.mapping,
        plan=plan,
        samples=samples,
        field_labels=interop.FIELD_LABELS,
        fields=[f for f in ImportField if f is not ImportField.IGNORE],
        created=plan.with_action(Action.CREATE) if plan else (),
        updated=plan.with_action(Action.UPDATE) if plan else (),
        warned=plan.warned if plan else (),
        activity_count=labels.IMPORT_ACTIVITY_COUNT.format(
            activities=len(plan.rows), rows=plan.data_rows, continued=plan.continued_rows
        )
        if plan
        else "",
        ended_title=labels.IMPORT_ENDED_ROWS.format(
            count=sum(1 for r in plan.ended if r.action is Action.SKIP)
        )
        if plan
        else "",
        action_labels=labels.IMPORT_ACTIONS,
        changed_labels=lambda row: messages.IMPORT_CHANGED_SEPARATOR.join(row.change_labels),
        rows_shown=ROWS_SHOWN,
        notice=notice,
        Action=Action,
    )
    return page, status


@bp.get("/<token>")
@requires(permissions.can_review)
def preview(token: str) -> ResponseLike:
    upload, data = _load(token)
    result = _preview(upload, data)
    db.session().rollback()  # planning only reads
    return _render_preview(result)


@bp.post("/<token>/columns")
@requires(permissions.can_review)
def map_columns(token: str) -> Response:
    """The person says what unknown columns mean (or that a known one should be ignored).

    The choices are ``col-<n>``, the n-th column (so columns without a header, or with the
    same header as another, each have one); ``column-<header>`` is still read by its header."""
    upload, data = _load(token)
    headers = interop.read_upload(data).headers
    valid = {f.value for f in ImportField}
    overrides = dict(upload.overrides)
    for key, value in request.form.items():
        if key.startswith("col-") and key.removeprefix("col-").isdigit():
            index = int(key.removeprefix("col-")) - 1
            if not 0 <= index < len(headers):
                continue
            for name in [n for n in overrides if interop.override_column(headers, n) == index]:
                del overrides[name]  # an earlier choice for this column, by header or position
            if value in valid:
                overrides[interop.column_key(headers, index)] = value
        elif key.startswith("column-"):
            header = key.removeprefix("column-")
            if value in valid:
                overrides[header] = value
            elif value == "":
                overrides.pop(header, None)
    upload.overrides = overrides
    if "layout" in request.form:
        _choices_from(request.form, upload)
    _save(upload)
    return redirect(url_for("imports.preview", token=token))


# ---- step 3: apply -------------------------------------------------------------------------


def _decisions(form: MultiDict[str, str]) -> dict[int | str, str]:
    """``decision-12`` → the row of line 12; ``decision-北地区!12`` → that row of sheet 北地区
    (``PlannedRow.key``: a workbook read from several sheets repeats its lines)."""
    found: dict[int | str, str] = {}
    for key, value in form.items():
        if not key.startswith("decision-"):
            continue
        row = key.removeprefix("decision-")
        if row.isdigit():
            found[int(row)] = value
        elif row.rpartition("!")[2].isdigit():
            found[row] = value
    return found


@bp.post("/<token>/apply")
@requires(permissions.can_review)
def apply(token: str) -> ResponseLike:
    if not TOKEN.match(token):
        abort(404)
    session = db.session()
    # One import is saved at a time; the plan below is made under the lock, from the directory
    # as the previous import left it (directory.interop.runs).
    interop.hold_import_lock(session, now_utc())
    done = interop.applied_run(session, token)
    if done is not None and done.applied_by_id == actor().id:
        session.rollback()
        _remove(token)
        when = jdatetime(done.applied_at)
        flash(messages.IMPORT_ALREADY_SAVED.format(when=when, summary=done.summary), "info")
        return redirect(url_for("imports.start"))
    upload, data = _load(token)
    decisions = _decisions(request.form)
    result = _preview(upload, data, decisions)
    if result.plan is None:
        session.rollback()
        return _render_preview(result, status=400)
    if result.fingerprint() != request.form.get("fingerprint", ""):
        same_file = interop.latest_run_of_file(session, data)
        notice = (
            messages.IMPORT_SAME_FILE_SAVED.format(when=jdatetime(same_file.applied_at))
            if same_file is not None and same_file.applied_at.timestamp() >= upload.created
            else messages.IMPORT_PLAN_CHANGED
        )
        session.rollback()
        return _render_preview(result, status=409, notice=notice)
    plan = result.plan
    if not (
        plan.counts[Action.CREATE] or plan.counts[Action.UPDATE] or plan.counts[Action.ARCHIVE]
    ):
        session.rollback()
        return _render_preview(result, status=400, notice=messages.IMPORT_NOTHING_TO_SAVE)
    try:
        applied = interop.apply_plan(
            session, plan, actor=actor(), now=now_utc(), verified_on=today(), today=today()
        )
        interop.record_run(
            session,
            token=token,
            data=data,
            filename=upload.filename,
            applied_by=actor(),
            now=now_utc(),
            summary=applied.summary(),
        )
        session.commit()
    except Exception:
        session.rollback()
        log.exception("import of %d rows failed; nothing was written", len(plan.rows))
        return _render_preview(result, status=500, notice=messages.IMPORT_FAILED)
    _remove(token)
    flash(messages.IMPORT_DONE.format(filename=upload.filename, summary=applied.summary()))
    return redirect(url_for("imports.start"))


@bp.post("/<token>/cancel")
@requires(permissions.can_review)
def cancel(token: str) -> Response:
    _load(token)
    _remove(token)
    flash(messages.IMPORT_CANCELLED)
    return redirect(url_for("imports.start"))
