"""Building the window imports neither the search engine nor the commitment detector (issue
17: start-up time, 0.1-0.2 s each): the workers import them on their first job."""

from __future__ import annotations

import json
import os
import subprocess
import sys

BUILD_WINDOW = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.library import Library
from desktop_app.ui.shell.main_window import MainWindow
library = Library(sys.argv[1], seed=False)
window = MainWindow(library, QSettings(sys.argv[2], QSettings.Format.IniFormat))
loaded = sorted(m for m in ("desktop_app.search", "whoosh", "desktop_app.commitments")
                if m in sys.modules)
index = window.search_service.index  # made on first use: still there when asked for
asked = "desktop_app.search" in sys.modules and type(index).__name__
window.close()
library.close()
print(json.dumps({"loaded": loaded, "asked": asked}))
"""


def test_building_the_window_imports_neither_search_nor_the_detector(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", BUILD_WINDOW, str(tmp_path / "data"), str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"loaded": [], "asked": "SearchIndex"}
