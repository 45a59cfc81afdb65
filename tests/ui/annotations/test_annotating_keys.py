"""Keyboard and undo: Ctrl+M / Ctrl+T then Cancel leave nothing behind; Delete deletes the
chosen annotation where one is chosen (and nowhere else); deleting a collection asks first;
Undo and Redo say what they will do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from testdata import select_in_reader

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"
OTHER = "vergroten van de betrouwbaarheid"


def _active(window, qtbot) -> None:
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)


def _select(window, phrase: str) -> None:
    select_in_reader(window, phrase)


def _dialog(monkeypatch, answer) -> list:
    calls = []

    def ask(parent, annotation, all_tags, focus="note"):
        calls.append((annotation.quote, focus))
        return answer

    monkeypatch.setattr("desktop_app.ui.annotations.annotating.ask_note_and_tags", ask)
    return calls


# -- Ctrl+M / Ctrl+T on a fresh selection ------------------------------------------------

def test_note_or_tags_cancelled_leave_no_highlight_and_no_undo_step(window, library, qtbot,
                                                                    monkeypatch):
    window.open_letter(SEED_004)
    _active(window, qtbot)
    calls = _dialog(monkeypatch, None)  # Cancel
    for key in (Qt.Key.Key_M, Qt.Key.Key_T):
        _select(window, PHRASE)
        qtbot.keyClick(window.reader.view, key, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(PHRASE, "note"), (PHRASE, "tags")]  # the dialog showed the passage
    assert library.annotations.annotations(SEED_004) == []
    assert window.reader.painted_spans("ann-") == []
    assert window.annotating.undo.count() == 0 and not window.actions.undo.isEnabled()
    assert library.annotations.history(limit=5) == []


def test_note_confirmed_marks_the_passage_with_it_in_one_undo_step(window, library, qtbot,
                                                                   monkeypatch):
    window.open_letter(SEED_004)
    _active(window, qtbot)
    _dialog(monkeypatch, ("**kern**", ["thema/asiel"]))
    _select(window, PHRASE)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    [ann] = library.annotations.annotations(SEED_004)
    assert (ann.quote, ann.note, ann.tags, ann.color) == (
        PHRASE, "**kern**", ("thema/asiel",), "belangrijk")
    assert window.reader.current_annotation == ann.id
    assert window.annotations.selected_ids() == [ann.id]
    assert window.annotating.undo.count() == 1
    window.actions.undo.trigger()
    assert library.annotations.annotations(SEED_004) == []


# -- the Delete key ------------------------------------------------------------------------

def test_delete_annotation_shows_the_delete_key(window):
    action = window.actions.delete_annotation
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut
    assert action not in QWidget.actions(window)  # not a window-wide shortcut
    assert action in window.reader.view.actions()
    assert action in window.annotations.table.actions()
    assert action in window.annotations.orphans.actions()


def _two_annotations(window, library):
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    store = library.annotations
    first = store.add(SEED_004, text, text.index(PHRASE), text.index(PHRASE) + len(PHRASE))
    second = store.add(SEED_004, text, text.index(OTHER), text.index(OTHER) + len(OTHER))
    window.refresh_annotations()
    window.side.setCurrentWidget(window.annotations)
    return first.id, second.id


def test_delete_key_in_the_annotation_table_deletes_the_selected_rows(window, library, qtbot):
    first, second = _two_annotations(window, library)
    _active(window, qtbot)
    table = window.annotations.table
    window.reader.current_annotation = second  # the table has the focus: its rows count
    window.annotations.select(first)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [a.id for a in library.annotations.annotations(SEED_004)] == [second]
    window.actions.undo.trigger()
    assert len(library.annotations.annotations(SEED_004)) == 2


def test_delete_key_in_the_reader_deletes_the_current_annotation(window, library, qtbot):
    first, second = _two_annotations(window, library)
    _active(window, qtbot)
    window.annotations.select(first)
    window.annotating.select(second)  # clicked in the letter
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Delete)
    assert [a.id for a in library.annotations.annotations(SEED_004)] == [first]


def test_delete_key_in_the_reader_without_a_current_annotation_deletes_nothing(
        window, library, qtbot):
    first, _ = _two_annotations(window, library)
    _active(window, qtbot)
    window.annotations.select(first)  # selected in the browser, out of sight of the reader
    window.reader.current_annotation = ""
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Delete)
    assert len(library.annotations.annotations(SEED_004)) == 2
    assert "Click an annotation" in window.message_bar.text()


def test_delete_key_while_typing_a_filter_deletes_no_annotation(window, library, qtbot):
    first, _ = _two_annotations(window, library)
    _active(window, qtbot)
    window.annotations.select(first)
    window.annotating.select(first)
    box = window.annotations.filter_box
    box.setText("abc")
    box.setFocus()
    box.setCursorPosition(0)
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert box.text() == "bc"
    assert len(library.annotations.annotations(SEED_004)) == 2


# -- deleting a collection; what Undo says ---------------------------------------------------

def test_deleting_a_collection_asks_with_its_name_and_size(window, library, monkeypatch):
    first, second = _two_annotations(window, library)
    store = library.annotations
    week = store.create_collection("Week 1")
    for annotation_id in (first, second):
        store.add_to_collection(week.id, annotation_id=annotation_id)
    store.add_to_collection(week.id, heading="Inleiding")
    window.refresh_annotations()
    view = window.collections
    asked = []

    def ask(parent, title, text, informative, action):
        asked.append(text)
        return answer

    monkeypatch.setattr("desktop_app.ui.collections.collections_view.ask_confirm", ask)
    answer = False
    view.delete_button.click()
    assert "“Week 1”" in asked[0] and "2 passage" in asked[0]
    assert [c.title for c in store.collections()] == ["Week 1"]
    assert window.annotating.undo.count() == 0
    answer = True
    view.delete_button.click()
    assert store.collections() == []
    undo = window.actions.undo
    assert undo.text() == "&Undo Delete collection “Week 1”"
    assert "Delete collection “Week 1”" in undo.toolTip() and undo.iconText() == "Undo"
    undo.trigger()
    assert [c.title for c in store.collections()] == ["Week 1"]
    assert window.actions.redo.text() == "&Redo Delete collection “Week 1”"
    assert len(store.collection(week.id).items) == 3


def test_undo_names_each_kind_of_change(window, library, qtbot, monkeypatch):
    first, second = _two_annotations(window, library)
    undo = window.actions.undo
    assert undo.text() == "&Undo"  # nothing to undo yet (the set-up wrote outside the stack)
    window.annotations.recolour_requested.emit([first, second], "kritiek")
    assert undo.text().startswith("&Undo Mark 2 annotation") and undo.text().endswith(
        " as Critique")
    window.annotations.delete_requested.emit([first])
    assert undo.text().startswith("&Undo Delete 1 annotation")
    undo.trigger()
    undo.trigger()
    assert undo.text() == "&Undo" and not undo.isEnabled()
