"""Search is one module behind a narrow interface (issue 17): the rest of the app imports
only the names ``desktop_app/search/__init__.py`` documents as its interface, and never one of
the package's modules."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

INTERFACE = {"SearchIndex", "SCOPES", "SORTS", "clean_query", "IndexCorrupt", "IndexDiskFull",
             "IndexLocked", "SearchCancelled"}
APP = Path(desktop_app.__file__).parent


def _search_imports() -> list[tuple[str, str, str]]:
    """(file, module, name) of every import of the search package outside it."""
    found = []
    for path in APP.rglob("*.py"):
        if path.is_relative_to(APP / "search"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and (
                    node.module == "desktop_app.search"
                    or node.module.startswith("desktop_app.search.")):
                found += [(path.name, node.module, a.name) for a in node.names]
            elif isinstance(node, ast.Import):
                found += [(path.name, a.name, "") for a in node.names
                          if a.name.startswith("desktop_app.search")]
    return found


def test_the_app_uses_only_the_search_interface():
    imports = _search_imports()
    assert imports  # the scan sees the library's and the window's imports
    outside = [i for i in imports if i[1] != "desktop_app.search" or i[2] not in INTERFACE]
    assert outside == []


def test_the_interface_is_exported_and_documented():
    import desktop_app.search as search

    assert INTERFACE <= set(search.__all__)
    doc = search.__doc__.split("The other names below")[0]
    assert all(name in doc for name in INTERFACE)
