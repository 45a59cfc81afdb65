"""Default sizes: the letter table's columns and the filter combo boxes, in English and Dutch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from desktop_app.ui.letters.models import LetterTableModel

SEED_004 = "kst-19637-2764"
DATE, SUBJECT, KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS = range(6)


def _cell_fits(table, column: int, text: str) -> bool:
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return table.fontMetrics().horizontalAdvance(text) + margin <= table.columnWidth(column)


def test_columns_fit_their_contents_and_the_subject_gets_the_rest(lang_window, qapp, qtbot):
    # a wide window: the list has room for every column beside the reader's half
    lang_window.resize(2560, 1440)
    qtbot.waitUntil(lambda: lang_window.letters.width() >= 0.2 * 2560)
    lang_window.open_letter(SEED_004)  # its legend (with counts) once took the list's room
    qapp.processEvents()  # the layouts settle
    table = lang_window.letters.table
    model = table.model()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(SUBJECT) == header.ResizeMode.Stretch
    for row in range(model.rowCount()):
        for column in (DATE, KAMERSTUK, COMMITMENTS, ANNOTATIONS):
            text = model.index(row, column).data()
            assert _cell_fits(table, column, str(text or "")), (column, text)
    # the subject is what people scan the list for: the longest of the other columns at least,
    # and a whole seed subject ("Vreemdelingenbeleid") is readable at the default size
    others = [table.columnWidth(c) for c in (DATE, KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS)]
    assert table.columnWidth(SUBJECT) >= max(others)
    assert _cell_fits(table, SUBJECT, "Vreemdelingenbeleid")
    assert table.columnWidth(SUBJECT) >= 20 * table.fontMetrics().averageCharWidth()
    assert _cell_fits(table, SIGNATORY, "A. Broekers-Knol")


def test_the_users_column_widths_and_sort_are_restored(make_window, library, settings):
    first = make_window(library)
    first.splitter.setSizes([560, 560, 280])  # room for the column beside the reader
    first.letters.table.setColumnWidth(SIGNATORY, 211)
    first.letters.table.sortByColumn(KAMERSTUK, Qt.SortOrder.AscendingOrder)
    order = [first.letters.model.index(r, 0).data(LetterTableModel.ID_ROLE)
             for r in range(first.letters.model.rowCount())]
    first.close()
    second = make_window(library)
    table, header = second.letters.table, second.letters.table.horizontalHeader()
    assert table.columnWidth(SIGNATORY) == 211
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        KAMERSTUK, Qt.SortOrder.AscendingOrder)
    assert [second.letters.model.index(r, 0).data(LetterTableModel.ID_ROLE)
            for r in range(second.letters.model.rowCount())] == order
    assert header.sectionResizeMode(SUBJECT) == header.ResizeMode.Stretch
    second.reload_letters()  # after an import: the user's width stays
    assert table.columnWidth(SIGNATORY) == 211


def _shown_width(box: QComboBox) -> int:
    """The width of the text area of a combo box as drawn."""
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                      QStyle.SubControl.SC_ComboBoxEditField, box).width()


def _filter_boxes(window) -> list[QComboBox]:
    lt = window.letters
    return [lt.year_box, lt.dossier_box, lt.signatory_box, *window.search.facet_boxes.values()]


def test_filter_boxes_show_their_whole_first_item(lang_window, qtbot):
    boxes = _filter_boxes(lang_window)
    if lang_window.letters.signatory_box.itemText(0) == "Alle ondertekenaars":
        assert lang_window.search.facet_boxes["signatory"].itemText(0) == "Elke ondertekenaar"
    for size in ((1400, 860), (600, 500)):  # the default size, and squeezed to the minimum
        lang_window.resize(*size)
        qtbot.waitUntil(lambda s=size: lang_window.width() <= max(s[0], lang_window.minimumWidth()))
        for box in boxes:
            text = box.itemText(0)
            assert box.fontMetrics().horizontalAdvance(text) <= _shown_width(box), (text, size)


def test_long_signatories_do_not_widen_the_panes(window):
    long_name = "Mr. drs. A.B.C. van der Broekers-Knol-Oudshoorn de Vries; E. van der Burg (12)"
    for box in _filter_boxes(window):
        before = box.sizeHint().width()
        box.addItem(long_name, long_name)
        assert box.sizeHint().width() == before
        assert box.view().textElideMode() == Qt.TextElideMode.ElideMiddle
        popup = box.view().window()
        assert popup.maximumWidth() < box.fontMetrics().horizontalAdvance(long_name)
        assert popup.maximumWidth() >= box.sizeHint().width()
