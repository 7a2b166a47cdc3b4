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
