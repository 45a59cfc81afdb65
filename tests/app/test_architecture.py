"""House rules that keep the code base in shape."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


# The PDF renderer may use Qt (QTextDocument/QPdfWriter); it is imported only when a PDF is made.
QT_ALLOWED = {"export/pdf.py"}


def test_domain_never_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts and "PySide6" in _imports(path)
    ]
    assert set(offenders) <= QT_ALLOWED


def test_only_search_module_touches_whoosh():
    users = {p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if "whoosh" in _imports(p)}
    outside = {str(u) for u in users if u.parts[0] != "search" or len(u.parts) == 1}
    assert not outside, outside  # only files inside desktop_app/search/


def test_only_store_touches_sqlite():
    users = {
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if {"sqlite3", "sqlite_utils"} & _imports(p)
    }
    assert all(u.startswith("store/") for u in users), users
