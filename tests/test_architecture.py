"""Dependencies point one way: geo ← directory ← matching ← webapp; domains never import web code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEB_MODULES = {"flask", "werkzeug", "flask_login", "flask_wtf", "folium", "jinja2", "webapp"}
FORBIDDEN = {
    "geo": WEB_MODULES | {"directory", "matching", "seeds"},
    "directory": WEB_MODULES | {"matching", "seeds"},
    "matching": WEB_MODULES | {"seeds"},
    "seeds": WEB_MODULES,
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_domain_package_does_not_import_upward(package: str) -> None:
    files = list((ROOT / package).rglob("*.py"))
    assert files
    for path in files:
        bad = _imports(path) & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


# Pure cores (conventions.md): algorithms on plain values, tested without a database. They
# import neither the web framework nor SQLAlchemy, nor the modules that hold the mapped tables.
PURE = [
    "directory/schedules",
    "directory/ages.py",
    "directory/interop/cells.py",
    "directory/interop/layouts.py",
    "directory/interop/reading.py",
    "directory/search/analyzer.py",
    "directory/search/postings.py",
    "directory/search/query.py",
    "geo/distance.py",
    "geo/normalize.py",
    "matching/interests.py",
    "matching/outcomes.py",
    "matching/text.py",
]
IMPURE = WEB_MODULES | {"sqlalchemy", "directory.models", "directory.db", "matching.models"}


def _full_imports(path: Path) -> set[str]:
    """Every imported module's dotted name (``from a.b import c`` gives ``a.b``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(entry: str) -> list[Path]:
    path = ROOT / entry
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


@pytest.mark.parametrize("entry", PURE)
def test_pure_modules_import_no_framework_and_no_tables(entry: str) -> None:
    files = _files(entry)
    assert files, entry
    for path in files:
        imported = _full_imports(path)
        bad = {
            name for name in imported for impure in IMPURE
            if name == impure or name.startswith(impure + ".")
        }  # fmt: skip
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


def test_the_schedule_parser_is_a_leaf_of_directory() -> None:
    """directory.schedules uses nothing of directory but itself (models use it, not the reverse)."""
    for path in _files("directory/schedules"):
        outside = {
            name
            for name in _full_imports(path)
            if name.startswith(("directory", "matching", "geo", "seeds", "webapp"))
            and not name.startswith("directory.schedules")
        }
        assert not outside, f"{path.relative_to(ROOT)} imports {sorted(outside)}"


def _commits(path: Path) -> list[int]:
    """Lines that commit a database transaction (``x.commit()``; a Whoosh ``writer`` is fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "commit"
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "writer")
        ):
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("package", ["directory", "matching", "geo", "seeds"])
def test_domain_code_never_commits_the_caller_does(package: str) -> None:
    """Use cases flush; the view, the CLI command or the test commits once, at the edge."""
    for path in _files(package):
        found = _commits(path)
        assert not found, f"{path.relative_to(ROOT)} commits at lines {found}"


# Views hold no queries (issue 22): a page reads through a named function of the domain
# (directory.browse, directory.places, matching.*), so the SQL of a page, its visibility rule
# and its statement count live where they are tested without a request.
QUERY_ALLOWED = {
    "webapp/db.py": "owns the engine and the request's session",
    "webapp/operations.py": "the health check's SELECT 1",
    "webapp/cli.py": "CLI commands (not views)",
    "webapp/interop_cli.py": "CLI commands (not views)",
    "webapp/migrations": "Alembic migrations write SQL by design",
}
QUERY_METHODS = {"scalars", "scalar", "execute"}


def _is_session_call(node: ast.expr) -> bool:
    """``db.session()`` or ``session()``."""
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "session")
        or (isinstance(node.func, ast.Name) and node.func.id == "session")
    )


def _queries(path: Path) -> list[str]:
    """Lines that query the database: ``select(…)``, ``.scalars(…)``, ``.scalar(…)``,
    ``.execute(…)``, and ``.get(…)`` on a database session (``db.session().get`` or a name
    bound to ``db.session()``; Flask's cookie ``session.get`` is not one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    sessions = {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and _is_session_call(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func, where = node.func, (node.lineno, node.col_offset)
        if isinstance(func, ast.Name) and func.id == "select":
            found.append((*where, "select("))
        elif isinstance(func, ast.Attribute):
            if func.attr == "select" and isinstance(func.value, ast.Name):
                found.append((*where, f"{func.value.id}.select("))
            elif func.attr in QUERY_METHODS:
                found.append((*where, f".{func.attr}("))
            elif func.attr == "get" and (
                _is_session_call(func.value)
                or (isinstance(func.value, ast.Name) and func.value.id in sessions)
            ):
                found.append((*where, "session.get("))
    return [f"line {line}: {what}" for line, _, what in sorted(found)]


def _query_allowed(path: Path) -> bool:
    relative = path.relative_to(ROOT).as_posix()
    return any(relative == entry or relative.startswith(entry + "/") for entry in QUERY_ALLOWED)


def test_the_query_detector_sees_each_form_and_not_the_cookie_session(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from flask import session as cookie\n"
        "def view(db, session):\n"
        "    a = db.session().get(Listing, 1)\n"
        "    s = db.session()\n"
        "    b = s.get(Listing, 2)\n"
        "    c = s.scalars(select(Listing))\n"
        "    d = s.execute(sa.select(Area.code))\n"
        "    e = s.scalar(q)\n"
        "    f = cookie.get('lang')\n"
        "    g = request.args.get('q')\n",
        encoding="utf-8",
    )
    assert [line.split(": ")[0] for line in _queries(sample)] == [
        "line 3",
        "line 5",
        "line 6",
        "line 6",
        "line 7",
        "line 7",
        "line 8",
    ]


def test_views_hold_no_queries_the_domain_reads() -> None:
    """Every module of webapp/ outside the allow-list reads through domain functions."""
    offenders = {
        path.relative_to(ROOT).as_posix(): found
        for path in _files("webapp")
        if not _query_allowed(path) and (found := _queries(path))
    }
    assert not offenders, offenders


# Views keep no user-facing Japanese of their own (issue 22): messages live in webapp/messages.py
# or in the translation catalogs (wrapped in gettext where they are written). Docstrings, logging
# and CLI output are not views. These modules hold Japanese that is no message:
JAPANESE_ALLOWED = {
    "webapp/messages.py": "the messages",
    "webapp/i18n_terms.py": "msgids listed for the catalogs",
    "webapp/api_openapi.py": "the API document's descriptions",
    "webapp/hsds_openapi.py": "the HSDS API document's descriptions",
    "webapp/cli.py": "CLI commands",
    "webapp/interop_cli.py": "CLI commands",
    "webapp/i18n.py": "each language's name written in that language",
    "webapp/config.py": "the default home prefecture, a setting",
    "webapp/forms.py": "amounts typed with 円 are read",
    "webapp/case_forms.py": "amounts typed with 円 are read",
    "webapp/handout.py": "patterns finding 持ち物 in a listing's text; katakana ranges",
    "webapp/reports.py": "reads the year out of the domain's month label",
}
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
NOT_VIEW_CALLS = {  # translated, logged or printed by a command
    "_", "N_", "gettext", "ngettext", "lazy_gettext",
    "echo", "secho", "option", "argument", "progressbar", "ClickException",
    "debug", "info", "warning", "error", "exception",
}  # fmt: skip


def _japanese_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            exempt.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in NOT_VIEW_CALLS:
                exempt.update(id(inner) for inner in ast.walk(node))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and JAPANESE.search(node.value)
        and id(node) not in exempt
    ]


def test_views_keep_their_japanese_in_the_messages_module() -> None:
    found = {
        str(path.relative_to(ROOT)): literals
        for path in sorted((ROOT / "webapp").glob("*.py"))
        if str(path.relative_to(ROOT)) not in JAPANESE_ALLOWED
        and (literals := _japanese_literals(path))
    }
    assert not found, found


def test_the_japanese_detector_sees_a_flash_but_not_a_docstring_or_gettext(
    tmp_path: Path,
) -> None:
    view = tmp_path / "view.py"
    view.write_text(
        '"""説明。"""\n'
        "def page():\n"
        '    """説明。"""\n'
        '    flash("保存しました。")\n'
        '    return _("翻訳されます"), log.info("記録")\n',
        encoding="utf-8",
    )
    assert _japanese_literals(view) == [(4, "保存しました。")]
