"""Saving and restoring the window's state (geometry, splitter, letter-list columns, zoom,
legend, open letter) in ``QSettings`` (kept out of main_window.py)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.ui.letter_list import LetterListPane
from desktop_app.ui.reader import ReaderPane


def restore_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
                  reader: ReaderPane, letters: LetterListPane | None = None) -> str:
    """Apply saved state; returns the id of the letter that was open ("" if none)."""
    s = settings
    if s.value("window/geometry") is not None:
        window.restoreGeometry(s.value("window/geometry"))
        window.restoreState(s.value("window/state"))
    if s.value("window/splitter") is not None:
        splitter.restoreState(s.value("window/splitter"))
    if letters is not None:
        letters.restore_header_state(s.value("letters/header"))
    reader.set_zoom(float(s.value("reader/zoom", 0.0)))
    hidden = s.value("reader/hidden_kinds", "")
    if hidden:
        reader.legend.set_visible(set(reader.legend.boxes) - set(hidden.split(",")))
    return s.value("reader/letter", "")


def save_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
               reader: ReaderPane, letters: LetterListPane | None = None) -> None:
    """Store the state :func:`restore_state` applies."""
    s = settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", splitter.saveState())
    if letters is not None:
        s.setValue("letters/header", letters.header_state())
    s.setValue("reader/zoom", reader.zoom)
    hidden = set(reader.legend.boxes) - reader.legend.visible()
    s.setValue("reader/hidden_kinds", ",".join(sorted(hidden)))
    s.setValue("reader/letter", reader.letter.id if reader.letter else "")
    s.sync()
