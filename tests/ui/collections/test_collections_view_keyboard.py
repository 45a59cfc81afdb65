"""The Collections tab by keyboard (review findings): Tab leaves the introduction instead of
typing tab characters into it, the items and their buttons can be reached, and a new section
heading lands above the chosen item and becomes the current one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from testdata import select_in_reader

SEED_004 = "kst-19637-2764"
PHRASES = ("doorlichting geeft een aanvullende opdracht", "vergroten van de betrouwbaarheid")


def _collection_with_two_passages(window, library, qtbot, monkeypatch) -> str:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_letter(SEED_004)
    for phrase in PHRASES:
        select_in_reader(window, phrase)
        qtbot.keyClick(window.reader.view, Qt.Key.Key_1)
    answers = iter(["Cursusmap", "Deel B"])
    monkeypatch.setattr("desktop_app.ui.collections.collections_view.ask_text",
                        lambda *a, **k: next(answers))
    view = window.collections
    window.side.setCurrentWidget(view)
    view.new_button.click()
    for ann in sorted(library.annotations.annotations(SEED_004), key=lambda a: a.start):
        library.annotations.add_to_collection(view.current_id(), annotation_id=ann.id)
    window.refresh_annotations()
    return view.current_id()


def _tab_walk(qtbot, start, steps: int) -> list:
    start.setFocus()
    seen = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_tab_leaves_the_introduction_and_types_no_tab(window, library, qtbot, monkeypatch):
    cid = _collection_with_two_passages(window, library, qtbot, monkeypatch)
    view = window.collections
    view.introduction.setPlainText("Inleiding")
    view.introduction.setFocus()
    qtbot.waitUntil(view.introduction.hasFocus)
    qtbot.keyClick(view.introduction, Qt.Key.Key_Tab)
    assert not view.introduction.hasFocus()
    assert view.introduction.toPlainText() == "Inleiding"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ShiftModifier)
    assert view.introduction.hasFocus()
    view.save_intro.click()
    assert "\t" not in library.annotations.collection(cid).introduction


def test_the_items_and_their_buttons_are_reached_by_tab(window, library, qtbot, monkeypatch):
    _collection_with_two_passages(window, library, qtbot, monkeypatch)
    view = window.collections
    seen = _tab_walk(qtbot, view.introduction, 12)
    for widget in (view.items, view.heading_button, view.up_button, view.down_button,
                   view.remove_button):
        assert widget in seen, widget.accessibleName() or widget.text()


def test_a_new_heading_goes_above_the_chosen_item_and_is_chosen(window, library, qtbot,
                                                               monkeypatch):
    cid = _collection_with_two_passages(window, library, qtbot, monkeypatch)
    view = window.collections
    first, second = (i.annotation_id for i in library.annotations.collection(cid).items)
    view.items.setCurrentIndex(view.items_model.index(1, 0))
    view.heading_button.click()  # "Deel B" above the second passage
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == [first, "Deel B", second]
    assert view.items.currentIndex().row() == 1
    view.up_button.click()  # the heading moves on at once
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == ["Deel B", first, second]
