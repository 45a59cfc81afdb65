"""``desktop-app --smoke``: a self-test of an installed app or bundle.

Starts the real window offscreen on a temporary data folder with the bundled letters, opens
a letter, runs a search, adds and removes an annotation, and exits 0 — or exits 1 naming the
step that failed. The user's own data folder is never touched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


class SmokeFailure(Exception):
    """A step of the self-test did not do what it should."""


def wait_for(signal, msecs: int) -> None:
    """Run the event loop until ``signal`` fires or ``msecs`` pass."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def seconds_since_process_start() -> float | None:
    """Wall-clock seconds since this process started (Linux /proc), or None elsewhere."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


def _steps(window) -> list[tuple[str, Callable[[], str]]]:
    state: dict = {}

    def letters() -> str:
        if window.job_id:
            wait_for(window.runner.finished, 180_000)
        count = window.library.count()
        _check(count > 0, "no letters were loaded from the bundled letters folder")
        state["id"] = window.library.summaries()[0].id
        return f"{count} letters"

    def open_letter() -> str:
        _check(window.open_letter(state["id"]), f"letter {state['id']} did not open")
        letter = window.reader.letter
        _check(letter is not None and letter.id == state["id"], "the reader shows no letter")
        return f"{letter.id}, {len(letter.commitments)} commitments"

    def search() -> str:
        window.search.query_box.setText("kamer")
        window.search.request_search()
        if window.search.result is None or window.search.result.query != "kamer":
            wait_for(window.search_service.result_ready, 60_000)
        result = window.search.result
        _check(result is not None and result.total > 0, "searching 'kamer' found nothing")
        window.open_hit(result.hits[0])
        return f"{result.total} hits"

    def annotate() -> str:
        store = window.library.annotations
        letter = window.library.letter(state["id"])
        before = len(store.annotations(letter_id=letter.id))
        ann = store.add(letter.id, letter.text, 0, min(20, len(letter.text)), note="smoke test")
        _check(len(store.annotations(letter_id=letter.id)) == before + 1, "annotation not saved")
        store.delete(ann.id)
        _check(len(store.annotations(letter_id=letter.id)) == before, "annotation not removed")
        return "added and removed"

    return [("load letters", letters), ("open a letter", open_letter), ("search", search),
            ("annotate", annotate)]


def run_smoke(ctx, start_window: Callable) -> int:
    """Run the self-test with ``start_window(data_dir) -> window`` on a temporary folder."""
    data_dir = Path(tempfile.mkdtemp(prefix="kamerbrieven-smoke-"))
    window = None
    try:
        window = start_window(data_dir)
        QApplication.processEvents()
        shown = seconds_since_process_start()
        if shown is not None:
            print(f"smoke: window shown {shown:.2f} s after the process started", file=ctx.out)
        for name, step in _steps(window):
            detail = step()
            print(f"smoke: {name}: ok ({detail})", file=ctx.out, flush=True)
        print("smoke: all steps passed", file=ctx.out)
        return 0
    except SmokeFailure as exc:
        print(f"smoke: FAILED: {exc}", file=ctx.err)
        return 1
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure as such
        print(f"smoke: FAILED: {type(exc).__name__}: {exc}", file=ctx.err)
        return 1
    finally:
        if window is not None:
            window.close()
            window.library.close()
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
        shutil.rmtree(data_dir, ignore_errors=True)
