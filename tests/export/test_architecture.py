"""Only the PDF renderer imports Qt, and only when a PDF is asked for."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import desktop_app.export

EXPORT = Path(desktop_app.export.__file__).parent


def _imports_qt(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        if any(n.split(".")[0] == "PySide6" for n in names):
            return True
    return False


def test_only_pdf_module_imports_qt():
    assert [p.name for p in sorted(EXPORT.glob("*.py")) if _imports_qt(p)] == ["pdf.py"]


def test_other_formats_do_not_load_qt():
    code = ("import sys, desktop_app.export as e, desktop_app.export.docx, "
            "desktop_app.export.html, desktop_app.export.markdown, desktop_app.export.ical, "
            "desktop_app.commands.export, desktop_app.commands.commitments; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
