"""Saving and restoring the window's state (geometry, splitter, the panes shown, letter-list
columns, zoom, legend, open letter) in ``QSettings`` (kept out of main_window.py)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop_app.ui.letters.letter_list import LetterListPane
from desktop_app.ui.reader.reader import ReaderPane
from desktop_app.ui.shell.pane_toggle import PaneToggle

# the reader gets over half the width (the splitter is a little narrower than the window);
# the side tabs get their preferred width, at most half of the rest; the list the remainder
READER_SHARE = 0.53
SIDE_WIDTH = 320  # the side tabs' width when the panel's own preference is not known
MIN_READER_SHARE = 0.35  # a saved layout that gives the reader less is not restored
SPLITTER_MARKER = 0xFF  # a QSplitter.saveState() starts with this and a version (0, 1)


def default_sizes(width: int, side_width: int = SIDE_WIDTH) -> list[int]:
    """Widths of the letter list, the reader and the side tabs for a splitter ``width`` wide."""
    reader = math.ceil(width * READER_SHARE)
    rest = width - reader
    side = min(side_width, rest // 2)
    return [rest - side, reader, side]


def saved_sizes(state: object) -> list[int] | None:
    """The pane widths in a ``QSplitter.saveState()`` (None when it is not one): read from the
    state itself, as the splitter's own sizes before the window is shown are squeezed into
    its unshown width."""
    if not isinstance(state, (QByteArray, bytes, bytearray)):
        return None
    data = QByteArray(state)  # kept referenced: the stream reads it in place
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readInt32() != SPLITTER_MARKER or stream.readInt32() not in (0, 1):
        return None
    count = stream.readInt32()
    if not 0 <= count <= 16:
        return None
    sizes = [stream.readInt32() for _ in range(count)]
    return sizes if stream.status() == QDataStream.Status.Ok else None


def _restore_splitter(settings: QSettings, splitter: QSplitter, reader: ReaderPane) -> None:
    """Restore the panes' widths, unless they leave the reader a narrow strip (a layout from
    an older version): then the saved widths are dropped and the window shares its width
    out anew when it is shown. A layout the user chose with a wider reader is kept."""
    state = settings.value("window/splitter")
    if state is None:
        return
    sizes = saved_sizes(state)
    index = splitter.indexOf(reader)
    if sizes and len(sizes) == splitter.count() and sum(sizes) > 0 \
            and sizes[index] >= MIN_READER_SHARE * sum(sizes) and splitter.restoreState(state):
        return
    settings.remove("window/splitter")


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
    _restore_splitter(s, splitter, reader)
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
