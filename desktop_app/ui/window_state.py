"""Saving and restoring the window's state (geometry, splitter, the panes shown, letter-list
columns, zoom, legend, open letter) in ``QSettings`` (kept out of main_window.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.ui.letter_list import LetterListPane
from desktop_app.ui.reader import ReaderPane
from desktop_app.ui.widgets import PaneToggle

# list, reader, side tabs: the reader gets a readable column, the list enough for the subject
SHARES = (0.41, 0.37, 0.22)
READER_MAX = 760  # wider than this the reader only adds margin: the rest goes to the sides


def default_sizes(width: int) -> list[int]:
    """Widths of the letter list, the reader and the side tabs for a splitter ``width`` wide."""
    letters, reader, side = (round(width * share) for share in SHARES)
    if reader > READER_MAX:
        spare = reader - READER_MAX
        reader = READER_MAX
        letters += spare * 2 // 3
        side += spare - spare * 2 // 3
    return [letters, reader, side]


def _flag(value: object, default: bool) -> bool:
    if value is None:
        return default
    return str(value).lower() in ("true", "1")


def restore_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
                  reader: ReaderPane, letters: LetterListPane | None = None,
                  toggles: Sequence[PaneToggle] = ()) -> str:
    """Apply saved state; returns the id of the letter that was open ("" if none)."""
    s = settings
    if s.value("window/geometry") is not None:
        window.restoreGeometry(s.value("window/geometry"))
        window.restoreState(s.value("window/state"))
    if s.value("window/splitter") is not None:
        splitter.restoreState(s.value("window/splitter"))
    for toggle in toggles:
        shown = _flag(s.value(f"window/show-{toggle.pane.objectName() or 'pane'}"), True)
        if not shown:
            toggle.set_shown(False)
        toggle.sync()
    if letters is not None:
        restored = letters.restore_header_state(s.value("letters/header"))
        # widths the pane chose itself keep adapting; widths the user chose stay
        letters.set_signatory_auto(_flag(s.value("letters/signatory-auto"), not restored))
    reader.set_zoom(float(s.value("reader/zoom", 0.0)))
    hidden = s.value("reader/hidden_kinds", "")
    if hidden:
        reader.legend.set_visible(set(reader.legend.boxes) - set(hidden.split(",")))
    reader.legend.set_show_possible(_flag(s.value("reader/show_possible"), True))
    return s.value("reader/letter", "")


def save_state(settings: QSettings, window: QMainWindow, splitter: QSplitter,
               reader: ReaderPane, letters: LetterListPane | None = None,
               toggles: Sequence[PaneToggle] = ()) -> None:
    """Store the state :func:`restore_state` applies."""
    s = settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("window/splitter", splitter.saveState())
    for toggle in toggles:
        s.setValue(f"window/show-{toggle.pane.objectName() or 'pane'}",
                   not toggle.pane.isHidden())
    if letters is not None:
        s.setValue("letters/header", letters.header_state())
        s.setValue("letters/signatory-auto", letters.signatory_auto)
    s.setValue("reader/zoom", reader.zoom)
    hidden = set(reader.legend.boxes) - reader.legend.visible()
    s.setValue("reader/hidden_kinds", ",".join(sorted(hidden)))
    s.setValue("reader/show_possible", reader.legend.show_possible())
    s.setValue("reader/letter", reader.letter.id if reader.letter else "")
    s.sync()
