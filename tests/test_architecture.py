"""Dependencies point one way: geo ← directory ← matching ← webapp; domains never import web code."""

from __future__ import annotations

import ast
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
