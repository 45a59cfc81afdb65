"""The real start-up path: empty data folder, bundled letters imported by a background job."""

from __future__ import annotations

import re
import sys
from argparse import Namespace


class _Ctx:
    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.args = Namespace(lang="en", smoke=True)


def test_first_start_seeds_in_the_background_and_searches(tmp_path, qapp, monkeypatch, capsys):
    from desktop_app.ui import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    assert app.run_gui(_Ctx(tmp_path / "data")) == 0
    out = capsys.readouterr().out
    letters = re.search(r"smoke: (\d+) letters, (\d+) hits", out)
    assert letters and int(letters.group(1)) > 0 and int(letters.group(2)) > 0
    assert out.strip().endswith("ok")
