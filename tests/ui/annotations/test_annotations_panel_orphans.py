"""Orphaned annotations (their passage is no longer in the letter) can be deleted, tagged,
recoloured and exported like any other, from the buttons, a context menu and the Delete key,
each undoable; the pane counts them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"
KEPT = "vergroten van de betrouwbaarheid"


@pytest.fixture
def orphaned(window, library):
    """The open letter with one placed annotation and one whose passage has gone."""
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    store = library.annotations
    kept = store.add(SEED_004, text, text.index(KEPT), text.index(KEPT) + len(KEPT))
    lost = store.add(SEED_004, text, text.index(PHRASE), text.index(PHRASE) + len(PHRASE))
    start = text.rfind(". ", 0, text.index(PHRASE)) + 2
    end = text.index(".", text.index(PHRASE)) + 1
    store.reanchor_letter(SEED_004, text[:start] + "Deze zin is geschrapt." + text[end:], text)
    assert store.get(lost.id).status == "orphan" and store.get(kept.id).status != "orphan"
    window.annotating.undo.clear()  # the set-up is not the user's to undo
    window.refresh_annotations()
    panel = window.annotations
    window.side.setCurrentWidget(panel)
    return panel, kept.id, lost.id


def _select_orphan(panel) -> None:
    panel.orphans.selectRow(0)
    panel.orphans.setFocus()


def test_the_count_includes_the_orphans(orphaned):
    panel, _, _ = orphaned
    panel.filter_box.setText("aanvullende")  # only the orphan passes the filter
    assert panel.model.rowCount() == 0 and panel.orphan_model.rowCount() == 1
    text = panel.count_label.text()
    assert text.startswith("0 annotation") and text.endswith(", 1 no longer found")


def test_selecting_an_orphan_enables_the_buttons_and_clears_the_table(orphaned):
    panel, kept, lost = orphaned
    panel.select(kept)
    assert panel.selected_ids() == [kept]
    _select_orphan(panel)
    assert panel.selected_ids() == [lost]  # one selection at a time: the last one chosen
    assert not panel.table.selectionModel().hasSelection()
    for button in (panel.tag_button, panel.colour_button, panel.collect_button,
                   panel.delete_button, panel.export_button):
        assert button.isEnabled(), button.text()
    panel.orphans.clearSelection()
    assert not panel.delete_button.isEnabled()


def test_an_orphan_is_deleted_with_the_button_and_comes_back_with_undo(window, library,
                                                                       orphaned):
    panel, _, lost = orphaned
    _select_orphan(panel)
    panel.delete_button.click()
    with pytest.raises(Exception):  # noqa: B017 - NotFound
        library.annotations.get(lost)
    assert panel.orphan_model.rowCount() == 0 and panel.orphans.isHidden()
    window.actions.undo.trigger()
    assert library.annotations.get(lost).status == "orphan"
    assert panel.orphan_model.rowCount() == 1


def test_the_delete_key_in_the_orphan_list_deletes_it(window, library, orphaned, qtbot):
    panel, kept, lost = orphaned
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _select_orphan(panel)
    qtbot.keyClick(panel.orphans, Qt.Key.Key_Delete)
    assert [a.id for a in library.annotations.annotations(SEED_004)] == [kept]


def test_an_orphan_is_tagged_recoloured_and_exported(window, library, orphaned, monkeypatch):
    panel, _, lost = orphaned
    _select_orphan(panel)
    monkeypatch.setattr("desktop_app.ui.annotations.annotations_panel.ask_tag",
                        lambda *a: "nazoeken")
    panel.tag_button.click()
    assert library.annotations.get(lost).tags == ("nazoeken",)
    _select_orphan(panel)  # the reload keeps the selection; select again to be sure
    [critique] = [a for a in panel.colour_button.menu().actions() if a.text() == "Critique"]
    critique.trigger()
    assert library.annotations.get(lost).color == "kritiek"
    window.actions.undo.trigger()
    assert library.annotations.get(lost).color != "kritiek"
    exported = []
    panel.export_requested.connect(exported.append)
    _select_orphan(panel)
    panel.export_button.click()
    assert exported == [[lost]]


def test_the_orphan_list_has_a_context_menu(orphaned):
    panel, _, lost = orphaned
    assert panel.orphans.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    _select_orphan(panel)
    menu = panel.orphan_menu()
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert menu.actions()[0].text() == "Re-attach to the selected text"
    assert {"Tag…", "Colour", "Add to collection", "Export…", "Delete"} <= set(actions)
    assert actions["Delete"].shortcut().toString() == "Del"
    deleted = []
    panel.delete_requested.connect(deleted.append)
    actions["Delete"].trigger()
    assert deleted == [[lost]]
    menu.deleteLater()
