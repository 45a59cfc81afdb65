"""The annotation browser and its neighbours (issue 19, annotating): deleting with an undo bar,
the tag completer, and annotations made by another process showing up in the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.model import Annotation
from desktop_app.store.annotations import AnnotationStore
from desktop_app.ui.annotations.annotation_dialogs import AnnotationDialog

SEED_004 = "kst-19637-2764"
PHRASES = ("doorlichting geeft een aanvullende opdracht", "vergroten van de betrouwbaarheid")
DELETED = {"en": ("3 annotations deleted — Undo", "1 annotation deleted — Undo"),
           "nl": ("3 aantekeningen verwijderd — Ongedaan maken",
                  "1 aantekening verwijderd — Ongedaan maken")}



def _three_with_notes(window, library) -> list[str]:
    """Three annotations with notes in the open letter, shown in the browser."""
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    store = library.annotations
    ids = [store.add(SEED_004, text, 0, 12, note="eerste noot").id]
    for n, phrase in enumerate(PHRASES, 2):
        start = text.index(phrase)
        ids.append(store.add(SEED_004, text, start, start + len(phrase), note=f"noot {n}").id)
    window.refresh_annotations()
    window.side.setCurrentWidget(window.annotations)
    return ids


def _no_questions(monkeypatch) -> list:
    """Record any message box instead of showing it (a delete must ask nothing)."""
    asked = []
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda *a, _n=name, **k: asked.append(_n) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append("exec") or 0)
    return asked


def _delete_all_with_the_key(window, qtbot) -> None:
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    table = window.annotations.table
    table.selectAll()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)


def test_delete_key_deletes_at_once_and_the_bar_undoes_all_of_it(window, library, qtbot,
                                                                    monkeypatch, lang):
    ids = _three_with_notes(window, library)
    asked = _no_questions(monkeypatch)
    history = len(library.annotations.history(limit=100))
    _delete_all_with_the_key(window, qtbot)
    assert asked == []
    assert library.annotations.annotations(SEED_004) == []
    assert window.annotations.model.rowCount() == 0 and window.reader.annotations == []
    # one user action: one store change, so the command line's `undo` brings all back too
    assert len(library.annotations.history(limit=100)) == history + 1
    bar = window.message_bar
    assert bar.text() == DELETED[lang][0]
    assert bar.action_button.isVisible()
    bar.action_button.click()
    back = library.annotations.annotations(SEED_004)
    assert sorted(a.id for a in back) == sorted(ids)
    assert sorted(a.note for a in back) == ["eerste noot", "noot 2", "noot 3"]
    assert window.annotations.model.rowCount() == 3 and len(window.reader.annotations) == 3
    assert not bar.isVisible() and not window.annotating.undo.canUndo()
    assert window.annotating.undo.canRedo()  # Ctrl+Shift+Z deletes them again


def test_the_delete_button_offers_undo_with_the_count(window, library, qtbot, lang):
    ids = _three_with_notes(window, library)
    panel = window.annotations
    panel.select(ids[1])
    panel.delete_button.click()
    assert [a.id for a in library.annotations.annotations(SEED_004)] == [ids[0], ids[2]]
    assert window.message_bar.text() == DELETED[lang][1]
    window.message_bar.action_button.click()
    assert len(library.annotations.annotations(SEED_004)) == 3


def test_the_undo_bar_never_undoes_a_later_change(window, library, qtbot):
    ids = _three_with_notes(window, library)
    window.annotations.delete_requested.emit(ids[:2])
    offer_undo = window.message_bar.action_button
    assert offer_undo.isVisible()
    window.annotations.recolour_requested.emit([ids[2]], "kritiek")  # a later step
    assert not window.message_bar.isVisible()  # the offer is gone with it
    assert window.undo_offer.undo() is False
    [left] = library.annotations.annotations(SEED_004)
    assert (left.id, left.color) == (ids[2], "kritiek")


def test_ctrl_z_takes_the_undo_bar_away(window, library, qtbot):
    ids = _three_with_notes(window, library)
    window.annotations.delete_requested.emit(ids)
    assert window.message_bar.action_button.isVisible()
    window.actions.undo.trigger()
    assert len(library.annotations.annotations(SEED_004)) == 3
    assert not window.message_bar.isVisible()  # no Undo left that would undo something else


# -- the tag completer -----------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "downs", "expected"), [
    ("asi", 1, "asiel, "),
    ("asi", 2, "asielbeleid, "),  # the second row replaces the first, not after it
    ("migratie, asi", 1, "migratie, asiel, "),
    ("migratie,asi", 2, "migratie, asielbeleid, "),
])
def test_tag_completer_arrow_down_and_enter_inserts_the_tag_once(qtbot, typed, downs,
                                                                  expected):
    ann = Annotation("a1", "kst-1", 0, 5, "tekst")
    dialog = AnnotationDialog(ann, ["asiel", "asielbeleid", "migratie"], focus="tags")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    line = dialog.tags
    line.setFocus()
    qtbot.keyClicks(line, typed)
    popup = line.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(downs):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == expected  # was "asiel, asiel, "
    assert dialog.isVisible()  # Enter chose the tag; it did not close the dialog
    qtbot.keyClicks(line, "migr")  # and the next tag completes after it
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == expected + "migratie, "


# -- changes made by another process ---------------------------------------------------------
def test_annotations_made_elsewhere_show_up_in_the_open_window(window, library, qtbot):
    window.open_letter(SEED_004)
    window.side.setCurrentWidget(window.annotations)
    text = window.reader.letter.text
    start = text.index(PHRASES[0])
    assert window.annotations.model.rowCount() == 0
    # the command line: another connection to the same file
    other = AnnotationStore(library.annotations.path, auto_backup=False)
    try:
        made = other.add(SEED_004, text, start, start + len(PHRASES[0]), note="van de CLI")

        def shown() -> None:
            window.store_watch.poll()  # what the timer does every two seconds
            assert window.annotations.model.rowCount() == 1
            assert window.reader.annotation(made.id) is not None  # highlighted in the letter

        qtbot.waitUntil(shown, timeout=10000)
        other.undo()  # an undo from the command line is noticed as well

        def gone() -> None:
            window.store_watch.poll()
            assert window.annotations.model.rowCount() == 0
            assert window.reader.annotation(made.id) is None

        qtbot.waitUntil(gone, timeout=10000)
    finally:
        other.close()
    assert window.store_watch.poll() is False  # nothing new: no refresh


def test_the_watch_polls_only_while_the_window_shows(window):
    watch = window.store_watch
    assert watch.timer.isActive() and 1000 <= watch.timer.interval() <= 5000
    window.hide()
    assert not watch.timer.isActive()
    window.show()
    assert watch.timer.isActive()
