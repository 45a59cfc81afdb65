"""The real start-up path and the ``--smoke`` self-test."""

from __future__ import annotations

import io
import sys
from argparse import Namespace


class _Ctx:
    def __init__(self, data_dir):
        self.data_dir = data_dir
        self.args = Namespace(lang="en", smoke=True)
        self.out, self.err = io.StringIO(), io.StringIO()


def test_smoke_seeds_in_the_background_searches_and_annotates(tmp_path, qapp, monkeypatch):
    from desktop_app.ui.shell import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    ctx = _Ctx(tmp_path / "data")
    assert app.run_gui(ctx) == 0, ctx.err.getvalue()
    lines = [ln for ln in ctx.out.getvalue().splitlines() if "window shown" not in ln]
    assert lines[0].startswith("smoke: load letters: ok (25 letters)")
    assert [ln.split(":")[1].strip() for ln in lines[:6]] == [
        "load letters", "open a letter", "search", "annotate", "delete the annotation", "undo"]
    assert lines[-1] == "smoke: all steps passed"
    assert not (tmp_path / "data").exists()  # the user's data folder is never touched


def test_smoke_says_what_failed(tmp_path, qapp, monkeypatch):
    from desktop_app import library
    from desktop_app.ui.shell import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    empty = tmp_path / "no-letters"
    empty.mkdir()
    monkeypatch.setattr(library, "bundled_letters_dir", lambda: empty)
    ctx = _Ctx(tmp_path / "data")
    assert app.run_gui(ctx) == 1
    assert "smoke: FAILED at step 'load letters': no letters were loaded" in ctx.err.getvalue()


def test_the_app_has_its_icon_in_several_sizes(qapp):
    from desktop_app.ui.shell.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


def test_an_error_in_a_slot_fails_the_smoke_test_instead_of_waiting_on_a_message_box(
        tmp_path, qapp, monkeypatch):
    from PySide6.QtCore import QTimer

    from desktop_app.ui.shell import app, smoke

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    def steps_with_a_failing_slot(ctx, _start_window) -> int:
        def slot() -> None:
            raise RuntimeError("Cannot operate on a closed database.")

        QTimer.singleShot(0, slot)
        qapp.processEvents()  # the slot raises inside the event loop: Qt calls the hook
        return 0

    monkeypatch.setattr(smoke, "_run_steps", steps_with_a_failing_slot)
    ctx = _Ctx(tmp_path / "data")
    assert app.run_gui(ctx) == 1
    err = ctx.err.getvalue()
    assert "smoke: FAILED: an unexpected error in the window: RuntimeError: Cannot operate" in err
    assert "Traceback" in err
