"""The window's layout after the UX review: narrow windows, the reader's share, panes that
can be hidden, and letters that can be told apart in the lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTableView

from desktop_app import render
from desktop_app.model import LetterSummary, Metadata, SearchHit, SearchResult
from desktop_app.ui.letters.letter_list import SubjectDelegate
from desktop_app.ui.letters.models import LetterTableModel
from desktop_app.ui.search.models import SearchHitModel

SEED_004 = "kst-19637-2764"
SEED_000 = "kst-19637-3003"  # the other "Vreemdelingenbeleid"
DATE, SUBJECT, KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS = range(6)


def _resize(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)


def _plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


# -- 2. narrow windows and the reader's share -----------------------------------------------

def test_the_window_can_be_narrow(lang_window):
    assert lang_window.minimumSizeHint().width() <= 900
    assert lang_window.letters.minimumSizeHint().width() <= 260
    assert lang_window.side.minimumSizeHint().width() <= 260


def test_the_reader_gets_the_room_at_1280(lang_window, qtbot):
    _resize(lang_window, qtbot, 1280, 800)
    letters, reader, side = lang_window.splitter.sizes()
    assert reader >= 440  # was 290: the list and the side tabs took the rest
    assert reader >= side
    table = lang_window.letters.table
    avg = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(SUBJECT) >= 20 * avg  # a useful part of the subject


def test_the_window_is_usable_at_1024_by_700(lang_window, qtbot):
    lang_window.open_letter(SEED_004)
    _resize(lang_window, qtbot, 1024, 700)
    letters, reader, side = lang_window.splitter.sizes()
    assert reader >= 330 and side >= 200 and letters >= 200
    table = lang_window.letters.table
    header = table.horizontalHeader()
    avg = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(SUBJECT) >= 20 * avg
    # the others give way: the signatory narrows, the counts go; nothing scrolls sideways
    shown = sum(table.columnWidth(c) for c in range(6) if not header.isSectionHidden(c))
    assert shown <= table.viewport().width()
    assert header.isSectionHidden(ANNOTATIONS)
    # wide again (the reader keeps half): the counts come back
    _resize(lang_window, qtbot, 2560, 1440)
    qtbot.waitUntil(lambda: not header.isSectionHidden(ANNOTATIONS))
    assert not header.isSectionHidden(COMMITMENTS)


def test_a_long_cell_has_the_whole_letter_as_its_tooltip(window):
    model = window.letters.model
    for row in range(model.rowCount()):
        tip = _plain(model.index(row, SUBJECT).data(Qt.ItemDataRole.ToolTipRole))
        for column in (SUBJECT, SIGNATORY, DATE):
            text = str(model.index(row, column).data() or "")
            assert text in tip, (column, text, tip)
        assert model.index(row, SIGNATORY).data(Qt.ItemDataRole.ToolTipRole) \
            == model.index(row, SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    row = model.row_of(SEED_004)
    tip = _plain(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert "Kamerstuk 19637, nr. 2764" in tip and "2021-07-12" in tip
    assert "A. Broekers-Knol" in tip


def _view_menu(window):
    return next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and window.actions.zoom_in in a.menu().actions())


def test_the_view_menu_hides_and_shows_the_side_panes(window, qtbot):
    view = _view_menu(window)
    assert window.show_letters in view.actions() and window.show_side in view.actions()
    assert window.show_letters.isChecked() and window.show_side.isChecked()
    reader = window.reader.width()
    window.show_side.trigger()
    assert window.side.isHidden() and not window.show_side.isChecked()
    qtbot.waitUntil(lambda: window.reader.width() > reader)
    window.show_letters.trigger()
    assert window.letters.isHidden()
    window.show_side.trigger()
    window.show_letters.trigger()
    assert window.side.isVisible() and window.letters.isVisible()
    assert all(size > 0 for size in window.splitter.sizes())
    assert window.show_letters.isChecked() and window.show_side.isChecked()


def test_a_pane_dragged_shut_is_unchecked_and_out_of_the_tab_order(window, qtbot):
    splitter = window.splitter
    assert splitter.isCollapsible(0) and splitter.isCollapsible(2)
    assert not splitter.isCollapsible(splitter.indexOf(window.reader))
    letters, reader, side = splitter.sizes()
    splitter.setSizes([0, letters + reader, side])  # as when dragged to the edge
    splitter.splitterMoved.emit(0, 1)
    assert splitter.sizes()[0] == 0
    assert not window.show_letters.isChecked()
    assert not window.letters.isEnabled()  # Tab does not walk into an invisible pane
    window.show_letters.trigger()
    assert splitter.sizes()[0] > 0 and window.letters.isEnabled()


def test_shortcuts_bring_back_the_pane_they_need(window, qtbot):
    window.show_letters.trigger()
    window.show_side.trigger()
    window.side.setCurrentWidget(window.annotations)
    window.show_side.trigger()  # it is hidden again after the tab change showed it
    window.actions.filter_letters.trigger()
    assert window.letters.isVisible() and window.show_letters.isChecked()
    assert window.letters.filter_box.hasFocus()
    window.actions.search.trigger()
    assert window.side.isVisible() and window.show_side.isChecked()
    assert window.side.currentWidget() is window.search
    assert window.search.query_box.hasFocus()


def test_hidden_panes_stay_hidden_next_time(make_window, library):
    first = make_window(library)
    first.show_side.trigger()
    first.close()
    second = make_window(library)
    assert second.side.isHidden() and not second.show_side.isChecked()
    assert second.letters.isVisible() and second.show_letters.isChecked()


def test_the_side_panel_still_brings_its_panes_to_the_front(window):
    for pane in (window.annotations, window.collections, window.search):
        window.side.setCurrentWidget(pane)
        assert window.side.currentWidget() is pane
        assert window.side.indexOf(pane) == window.side.currentIndex()


# -- 3. letters that can be told apart ------------------------------------------------------

@pytest.mark.parametrize(("metadata", "source", "title"), [
    (Metadata(title="Vreemdelingenbeleid", dossier="19637", number="2764"), "",
     "Vreemdelingenbeleid — nr. 2764"),
    (Metadata(title="Gaswinning", subject="Stand van zaken Groningen", dossier="33529",
              number="467"), "", "Stand van zaken Groningen"),
    (Metadata(title="Defensienota", dossier="34919"), "", "Defensienota"),
    (Metadata(), "/x/2019 beleidsreactie.txt", "2019 beleidsreactie"),
])
def test_list_titles(metadata, source, title):
    assert render.list_title(metadata, source) == title
    assert render.display_title(Metadata(title="Vreemdelingenbeleid"), "") == \
        "Vreemdelingenbeleid"  # the reader's heading stays the dossier title


def _summary(letter_id: str, number: str, date: str) -> LetterSummary:
    return LetterSummary(id=letter_id, metadata=Metadata(
        title="Vreemdelingenbeleid", dossier="19637", number=number, date=date,
        signatory="A. Broekers-Knol", signatory_role="Staatssecretaris van Justitie en "
        "Veiligheid"))


def test_letters_of_one_dossier_differ_in_the_list_and_the_search_hits():
    rows = [_summary("kst-19637-2764", "2764", "2021-07-12"),
            _summary("kst-19637-2775", "2775", "2021-10-21")]
    model = LetterTableModel()
    model.set_rows(rows)
    titles = {model.index(r, SUBJECT).data() for r in range(model.rowCount())}
    assert titles == {"Vreemdelingenbeleid — nr. 2764", "Vreemdelingenbeleid — nr. 2775"}
    hits = SearchHitModel()
    hits.set_letters(rows)
    hits.set_hits([SearchHit(id="kst-19637-2775", title="Vreemdelingenbeleid",
                             date="2021-10-21", score=1.0, dossier="19637")])
    index = hits.index(0, 0)
    assert "Vreemdelingenbeleid — nr. 2775" in index.data()
    tip = _plain(index.data(Qt.ItemDataRole.ToolTipRole))
    assert "Kamerstuk 19637, nr. 2775" in tip and "A. Broekers-Knol" in tip


def test_the_seed_letters_of_one_dossier_differ_in_the_window(window):
    model = window.letters.model
    a = model.index(model.row_of(SEED_004), SUBJECT).data()
    b = model.index(model.row_of(SEED_000), SUBJECT).data()
    assert a != b and a.endswith("nr. 2764") and b.endswith("nr. 3003")
    # the window reads the titles of the hits it shows (not of every letter at start)
    window._on_search_result(SearchResult("x", 1, (SearchHit(id=SEED_004, title="Vreemdelingen"
                                                             "beleid", date=None, score=1.0),)))
    assert window.search.model.titles[SEED_004] == a


def _subject_shown(table, index, chars: int) -> str:
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = QRect(0, 0, table.fontMetrics().averageCharWidth() * chars, 20)
    table.itemDelegateForColumn(SUBJECT).initStyleOption(option, index)
    return option.text


def test_a_narrow_subject_keeps_the_number_when_the_kamerstuk_gave_way(window):
    table = window.letters.table
    index = window.letters.model.index(window.letters.model.row_of(SEED_004), SUBJECT)
    table.setColumnHidden(KAMERSTUK, True)
    narrow = _subject_shown(table, index, 18)
    assert narrow.startswith("Vree") and "…" in narrow and narrow.endswith("nr. 2764")
    assert _subject_shown(table, index, 100) == "Vreemdelingenbeleid — nr. 2764"


def test_the_subject_leaves_the_number_to_the_kamerstuk_column_beside_it(window):
    table = window.letters.table
    model = window.letters.model
    index = model.index(model.row_of(SEED_004), SUBJECT)
    table.setColumnHidden(KAMERSTUK, False)
    assert index.siblingAtColumn(KAMERSTUK).data() == "19637-2764"
    assert _subject_shown(table, index, 100) == "Vreemdelingenbeleid"
    assert _subject_shown(table, index, 12).startswith("Vreemde")
    assert "nr." not in _subject_shown(table, index, 12)
    assert index.data() == "Vreemdelingenbeleid — nr. 2764"  # the tooltip, copy, search


def test_the_subject_keeps_a_number_the_kamerstuk_column_does_not_show(qtbot):
    table = QTableView()
    qtbot.addWidget(table)
    model = LetterTableModel(table)
    model.set_rows([LetterSummary(id="x", metadata=Metadata(title="Nota", number="12"))])
    table.setModel(model)  # no dossier: the Kamerstuk cell is empty
    table.setItemDelegateForColumn(SUBJECT, SubjectDelegate(table))
    assert _subject_shown(table, model.index(0, SUBJECT), 100) == "Nota — nr. 12"


def test_the_annotation_browser_wraps_rather_than_move_the_reader(window, qtbot):
    """At 1024 the annotation browser's filters and buttons wrap onto more lines inside the
    narrow side tabs (nothing to scroll sideways); the panes keep their widths
    (tests/ui/shell/test_panes.py for every size)."""
    _resize(window, qtbot, 1024, 700)
    before = window.splitter.sizes()
    window.side.setCurrentWidget(window.annotations)
    assert window.splitter.sizes() == before
    area = window.annotations.parentWidget().parentWidget()  # its scroll area
    qtbot.waitUntil(lambda: window.annotations.isVisible())
    QApplication.processEvents()
    assert area.horizontalScrollBar().maximum() == 0
    window.side.setCurrentWidget(window.search)
    assert window.splitter.sizes() == before


def test_hiding_and_showing_a_pane_keeps_the_layout(window, qtbot):
    _resize(window, qtbot, 1280, 800)
    before = window.splitter.sizes()
    window.show_side.trigger()
    window.show_side.trigger()
    after = window.splitter.sizes()
    assert after[2] == before[2]
    assert all(abs(a - b) <= 0.05 * b for a, b in zip(after, before, strict=True))


def test_at_the_narrowest_the_subject_still_shows(window, qtbot):
    width = window.minimumSizeHint().width()
    _resize(window, qtbot, width, 600)
    table = window.letters.table
    avg = table.fontMetrics().averageCharWidth()
    assert table.columnWidth(SUBJECT) >= 15 * avg
    assert not table.isColumnHidden(DATE)


def test_every_side_tab_is_in_view_at_1024(lang_window, qtbot):
    _resize(lang_window, qtbot, 1024, 700)
    bar = lang_window.side.tabBar()
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)


@pytest.mark.parametrize(("action", "pane", "first"), [
    ("show_annotations", "annotations", lambda w: w.annotations.table),
    ("show_collections", "collections", lambda w: w.collections.collections),
])
def test_view_menu_brings_annotations_and_collections_forward(window, library, qtbot, action,
                                                              pane, first):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_side.setChecked(False)  # hidden: the action shows the panel again
    getattr(window.actions, action).trigger()
    assert window.side.isVisible() and window.side.currentWidget() is getattr(window, pane)
    # nothing there yet: the focus is on the pane's first control (not left behind)
    qtbot.waitUntil(lambda: getattr(window, pane).isAncestorOf(QApplication.focusWidget()))
    assert getattr(window.actions, action) in window.actions.menus  # in the View menu
    # with something there, on the list itself
    text = library.letter(SEED_004).text
    ann = library.annotations.add(SEED_004, text, 0, 20)
    library.annotations.create_collection("Map")
    library.annotations.add_to_collection(library.annotations.collections()[0].id,
                                          annotation_id=ann.id)
    window.open_letter(SEED_004)  # the browser shows the open letter's annotations
    window.refresh_annotations()
    window.reader.view.setFocus()
    getattr(window.actions, action).trigger()
    qtbot.waitUntil(first(window).hasFocus)
