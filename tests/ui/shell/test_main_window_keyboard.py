"""Keyboard use of the main window: Tab order, selecting text in the reader, the find bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testdata import SEED_001_ID

SEED_004 = "kst-19637-2764"
Shift = Qt.KeyboardModifier.ShiftModifier
Ctrl = Qt.KeyboardModifier.ControlModifier


def _focus(window, qtbot, widget) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _tab(qtbot) -> object:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_letter_table_for_the_reader(window, qtbot):
    table = window.letters.table
    assert not table.tabKeyNavigation()
    assert not window.search.list.tabKeyNavigation()
    _focus(window, qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    column = table.currentIndex().column()
    assert _tab(qtbot) is window.reader.view
    assert table.currentIndex().column() == column  # Tab did not walk the cells


def test_tab_order_is_filters_list_reader_search(window, qtbot):
    """Filter box → (year, dossier, signatory) → letter list → letter text → … → search."""
    lt = window.letters
    _focus(window, qtbot, lt.filter_box)
    seen = [lt.filter_box]
    while seen[-1] is not window.search.query_box and len(seen) < 30:
        seen.append(_tab(qtbot))
    assert seen[-1] is window.search.query_box, [type(w).__name__ for w in seen]
    assert seen[:6] == [lt.filter_box, lt.year_box, lt.dossier_box, lt.signatory_box, lt.table,
                        window.reader.view]
    # everything between the text and the search box belongs to the reader (its legend)
    assert all(window.reader.isAncestorOf(w) for w in seen[5:-1])
    assert _tab(qtbot) is window.search.facet_boxes["year"]


def test_reader_selects_text_with_the_keyboard(window, qtbot):
    window.open_letter(SEED_004)
    view = window.reader.view
    flags = view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert view.isReadOnly()
    _focus(window, qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Home, Ctrl)
    assert view.textCursor().position() == 0
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Right, Shift)
    text = view.document().toPlainText()
    assert view.textCursor().selectedText() == text[:5]
    qtbot.keyClick(view, Qt.Key.Key_End, Shift)  # to the end of the line
    first_line = view.textCursor().selectedText()
    assert len(first_line) > 5 and text.startswith(first_line)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # collapse, then select a line backwards
    qtbot.keyClick(view, Qt.Key.Key_Home, Shift)
    assert view.textCursor().hasSelection()
    qtbot.keyClick(view, Qt.Key.Key_A, Ctrl)
    cursor = view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (0, len(text))
    assert window.reader.selection_span() is not None  # what annotating works on
    qtbot.keyClicks(view, "x")
    assert view.document().toPlainText() == text  # still read-only


def test_escape_closes_the_find_bar_and_returns_to_the_text(window, qtbot):
    window.open_letter(SEED_004)
    _focus(window, qtbot, window.reader.view)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_F, Ctrl)
    assert window.reader.find_bar.isVisible()
    assert window.reader.find_box.hasFocus()
    qtbot.keyClicks(window.reader.find_box, "IND")
    qtbot.keyClick(window.reader.find_box, Qt.Key.Key_Escape)
    assert not window.reader.find_bar.isVisible()
    assert window.reader.view.hasFocus()


def test_not_found_is_cleared_when_another_letter_opens(window, qtbot):
    window.open_letter(SEED_004)
    window.reader.show_find()
    qtbot.keyClicks(window.reader.find_box, "qqxyzzy")
    assert window.reader.find_count.text() == "No matches"
    window.open_letter(SEED_001_ID)
    assert window.reader.find_count.text() == ""
