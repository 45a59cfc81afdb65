"""``desktop-app --smoke``: a self-test of an installed app or bundle.

Starts the real window offscreen on a temporary data folder with the bundled letters, opens
a letter, runs a search, and annotates as a person does: selects text in the reader,
triggers the window's "Mark as" colour action (key 1), checks the reader, the annotations
tab and the store, deletes it with the window's Delete Annotation action and undoes both
steps with the window's Undo action. Exits 0, or exits 1 naming the step that failed and
what went wrong. The user's own data folder is never touched.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop_app.ui.reader.reader import snap_to_words


class SmokeFailure(Exception):
    """A step of the self-test did not do what it should."""


SMOKE_NOTE_LENGTH = 40  # characters of the letter the self-test selects and marks


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


class _Steps:
    """The self-test's steps on one window; each returns what it saw, or raises SmokeFailure."""

    def __init__(self, window):
        self.window = window
        self.state: dict = {}

    def all(self) -> list[tuple[str, Callable[[], str]]]:
        return [("load letters", self.letters), ("open a letter", self.open_letter),
                ("search", self.search), ("annotate", self.annotate),
                ("delete the annotation", self.delete), ("undo", self.undo)]

    def letters(self) -> str:
        window, state = self.window, self.state
        if window.job_id:
            wait_for(window.runner.finished, 180_000)
        count = window.library.count()
        _check(count > 0, "no letters were loaded from the bundled letters folder")
        state["id"] = window.library.summaries()[0].id
        return f"{count} letters"

    def open_letter(self) -> str:
        window, state = self.window, self.state
        _check(window.open_letter(state["id"]), f"letter {state['id']} did not open")
        letter = window.reader.letter
        _check(letter is not None and letter.id == state["id"], "the reader shows no letter")
        return f"{letter.id}, {len(letter.commitments)} commitments"

    def search(self) -> str:
        window = self.window
        window.search.query_box.setText("kamer")
        window.search.request_search()
        if window.search.result is None or window.search.result.query != "kamer":
            wait_for(window.search_service.result_ready, 60_000)
        result = window.search.result
        _check(result is not None and result.total > 0, "searching 'kamer' found nothing")
        window.open_hit(result.hits[0])
        return f"{result.total} hits"

    def annotate(self) -> str:
        window, state = self.window, self.state
        letter = window.reader.letter
        _check(letter is not None, "no letter is open in the reader to annotate")
        start, end = _passage(letter)
        _check(window.reader.select_span(start, end),
               f"could not select characters {start}-{end} of {letter.id} in the reader")
        _check(window.reader.selection_span() == (start, end),
               f"the reader's selection is {window.reader.selection_span()}, "
               f"not the selected {start}-{end}")
        state["before"] = len(window.library.annotations.annotations(letter_id=letter.id))
        action = _colour_action(window)
        action.trigger()
        ann = _new_annotation(window, letter.id, state["before"])
        _check(ann is not None, f"'{_plain(action.text())}' (key 1) on the selected text "
               "added no annotation to the store")
        _check((ann.start, ann.end) == (start, end) and ann.quote == letter.text[start:end],
               f"the new annotation covers {ann.start}-{ann.end}, not the selected "
               f"{start}-{end}")
        _shown(window, ann.id, True, "after marking it")
        state["annotation"] = ann.id
        return f"key 1 marked {letter.id} {start}-{end} in {ann.color}"

    def delete(self) -> str:
        window, state = self.window, self.state
        ann_id, letter_id = state["annotation"], window.reader.letter.id
        _check(window.reader.current_annotation == ann_id,
               "the new annotation is not the reader's current one")
        window.actions.delete_annotation.trigger()
        gone = all(a.id != ann_id
                   for a in window.library.annotations.annotations(letter_id=letter_id))
        _check(gone, "Delete Annotation left the annotation in the store")
        _shown(window, ann_id, False, "after Delete Annotation")
        return "Delete Annotation removed it"

    def undo(self) -> str:
        window, state = self.window, self.state
        ann_id, letter_id = state["annotation"], window.reader.letter.id
        store = window.library.annotations
        for what, back in (("the deletion", True), ("the marking", False)):
            _check(window.actions.undo.isEnabled(), f"Undo is disabled; cannot undo {what}")
            window.actions.undo.trigger()
            there = any(a.id == ann_id for a in store.annotations(letter_id=letter_id))
            _check(there == back, f"Undo of {what} " + ("did not bring the annotation back"
                                                        if back else "left the annotation"))
            _shown(window, ann_id, back, f"after undoing {what}")
        count = len(store.annotations(letter_id=letter_id))
        _check(count == state["before"], f"{count} annotations remain, {state['before']} "
               "were there before")
        return "Undo brought it back and removed it again"



def _passage(letter) -> tuple[int, int]:
    """A span of the letter's first paragraph long enough to mark (the text as selected)."""
    block = next((b for b in letter.blocks if b.end - b.start >= 10), None)
    _check(block is not None, f"letter {letter.id} has no paragraph to select")
    text = letter.text[block.start:block.end]
    start = block.start + len(text) - len(text.lstrip())  # from the first word on
    # whole words: the reader widens a selection that ends inside a word
    return snap_to_words(letter.text, start, min(block.end, start + SMOKE_NOTE_LENGTH))


def _colour_action(window):
    """The window's first "Mark as" action: what key 1 in the letter text triggers."""
    actions = window.reader.colour_actions
    _check(bool(actions), "the window has no colour actions to mark text with")
    action = actions[0]
    _check(action.shortcut() == QKeySequence("1"),
           f"the first colour action has the shortcut '{action.shortcut().toString()}', not 1")
    _check(action.isEnabled(), f"'{_plain(action.text())}' is disabled")
    return action


def _new_annotation(window, letter_id: str, before: int):
    anns = window.library.annotations.annotations(letter_id=letter_id)
    if len(anns) != before + 1:
        return None
    current = window.reader.current_annotation
    return next((a for a in anns if a.id == current), None)


def _shown(window, ann_id: str, expected: bool, when: str) -> None:
    """Check the reader paints the annotation and the Annotations tab lists it (or not)."""
    painted = any(name == f"ann-{ann_id}" for _, _, name in window.reader.painted_spans("ann-"))
    listed = window.annotations.model.row_of(ann_id) >= 0
    if painted != expected:
        raise SmokeFailure(f"{when}, the reader {'does not show' if expected else 'still shows'}"
                           " the annotation")
    if listed != expected:
        raise SmokeFailure(f"{when}, the Annotations tab "
                           f"{'does not list' if expected else 'still lists'} the annotation")


def _plain(text: str) -> str:
    """An action's text without its mnemonic ("&1 Mark as geel" → "1 Mark as geel")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def run_smoke(ctx, start_window: Callable) -> int:
    """Run the self-test with ``start_window(data_dir) -> window`` on a temporary folder.

    An exception that reaches the event loop (a slot that raised) fails the self-test with its
    traceback; it is never shown in a message box, which would wait for a click for ever."""
    unexpected: list[str] = []

    def record(exc_type, exc, tb) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        unexpected.append(f"{exc_type.__name__}: {exc}")
        print(text, file=ctx.err)

    previous_hook, sys.excepthook = sys.excepthook, record
    try:
        result = _run_steps(ctx, start_window)
    finally:
        sys.excepthook = previous_hook
    if unexpected and result == 0:
        print(f"smoke: FAILED: an unexpected error in the window: {unexpected[0]}",
              file=ctx.err)
        return 1
    return result


def _run_steps(ctx, start_window: Callable) -> int:
    data_dir = Path(tempfile.mkdtemp(prefix="kamerbrieven-smoke-"))
    window = None
    current = "start the window"
    try:
        window = start_window(data_dir)
        QApplication.processEvents()
        shown = seconds_since_process_start()
        if shown is not None:
            print(f"smoke: window shown {shown:.2f} s after the process started", file=ctx.out)
        for name, step in _Steps(window).all():
            current = name
            detail = step()
            print(f"smoke: {name}: ok ({detail})", file=ctx.out, flush=True)
        print("smoke: all steps passed", file=ctx.out)
        return 0
    except SmokeFailure as exc:
        print(f"smoke: FAILED at step '{current}': {exc}", file=ctx.err)
        return 1
    except Exception as exc:  # noqa: BLE001 - a self-test reports every failure as such
        print(f"smoke: FAILED at step '{current}': {type(exc).__name__}: {exc}", file=ctx.err)
        return 1
    finally:
        if window is not None:
            window.close()
            window.library.close()
        app = QApplication.instance()
        if app is not None:
            app.processEvents()
        if window is not None and shiboken6.isValid(window):
            # Free the window now, on this thread: left to a later garbage collection it
            # could be freed on a worker thread (a crash when the test runs again in-process)
            shiboken6.delete(window)
        gc.collect()
        shutil.rmtree(data_dir, ignore_errors=True)
