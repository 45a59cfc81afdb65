"""The commitments overview and the annotation browser sort by a click on a column header
(dates as dates, empty deadlines last either way), and remember it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

SEED_004 = "kst-19637-2764"
DEADLINE, STATUS, LETTER_DATE = 5, 6, 0


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _column(view, column: int) -> list[str]:
    proxy = view.table.model()
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _deadlines(view) -> list[str]:
    return [r.deadline_to or "" for r in view.shown_rows()]


def test_clicking_the_deadline_header_sorts_by_date_with_empty_ones_last(window, qtbot):
    view = window.commitments
    window.actions.show_commitments.trigger()
    assert view.table.isSortingEnabled()
    before = _deadlines(view)
    assert before[0] == ""  # newest letters first, and the newest has no deadline
    _click_header(qtbot, view.table, DEADLINE)
    dated = sorted(d for d in before if d)
    assert len(dated) >= 3
    assert _deadlines(view) == dated + [""] * (len(before) - len(dated))
    _click_header(qtbot, view.table, DEADLINE)  # descending: still last
    assert _deadlines(view) == dated[::-1] + [""] * (len(before) - len(dated))
    assert _column(view, DEADLINE)[0].endswith(dated[-1])  # a date or a range ending then
    _click_header(qtbot, view.table, DEADLINE)  # a third click: the original order again
    assert view.table.horizontalHeader().sortIndicatorSection() == -1
    assert _deadlines(view) == before


def test_status_sorts_overdue_first_and_the_selection_follows_the_row(window, library, qtbot):
    view = window.commitments
    window.actions.show_commitments.trigger()
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # any status
    _click_header(qtbot, view.table, STATUS)
    rows = view.shown_rows()
    overdue = [r.overdue(date.today()) for r in rows]
    assert any(overdue) and overdue == sorted(overdue, reverse=True)
    # the buttons act on the row the user sees selected, not on the model's row of that number
    view.table.selectRow(0)
    [chosen] = view.selected_rows()
    assert chosen is rows[0]
    view.confirm_button.click()
    assert library.annotations.review(chosen.letter_id, chosen.commitment).verdict == \
        "confirmed"
    assert view.selected_rows() == [r for r in view.shown_rows()
                                    if r.commitment == chosen.commitment]


def test_letter_dates_sort_as_dates_with_undated_letters_last(window, qtbot):
    view = window.commitments
    window.actions.show_commitments.trigger()
    _click_header(qtbot, view.table, LETTER_DATE)
    dates = [r.letter_date or "" for r in view.shown_rows()]
    known = [d for d in dates if d]
    assert known == sorted(known) and dates == known + [""] * (len(dates) - len(known))


def test_exports_follow_the_order_shown(window, qtbot):
    view = window.commitments
    window.actions.show_commitments.trigger()
    _click_header(qtbot, view.table, DEADLINE)
    exported = []
    view.export_requested.disconnect()  # not the window's save dialog
    view.export_requested.connect(lambda rows, fmt, sep: exported.append(rows))
    view.export_rows("csv")
    assert exported == [view.shown_rows()]


def test_the_annotation_browser_sorts_by_a_header_and_the_sort_list_resets_it(window, library,
                                                                            qtbot):
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    store = library.annotations
    for phrase, colour in (("vergroten van de betrouwbaarheid", "vraag"),
                           ("doorlichting geeft een aanvullende opdracht", "kritiek"),
                           ("Allereerst onderschrijf ik", "belangrijk")):
        store.add(SEED_004, text, text.index(phrase), text.index(phrase) + len(phrase),
                  color=colour)
    window.refresh_annotations()
    panel = window.annotations
    assert panel.table.isSortingEnabled()
    in_text = _column(panel, 1)
    _click_header(qtbot, panel.table, 1)  # Passage
    assert _column(panel, 1) == sorted(in_text, key=str.casefold)
    _click_header(qtbot, panel.table, 0)  # Colour: in palette order
    assert _column(panel, 0) == ["Important", "Question", "Critique"]
    first = panel.table.model().index(0, 1)
    opened = []
    panel.open_requested.connect(lambda letter, ann: opened.append(ann))
    panel.table.doubleClicked.emit(first)
    assert store.get(opened[0]).color == "belangrijk"
    panel.sort.setCurrentIndex(panel.sort.findData("position"))
    panel.sort.setCurrentIndex(panel.sort.findData("date"))
    assert panel.table.horizontalHeader().sortIndicatorSection() == -1


def test_the_sort_order_is_remembered(make_window, library, settings, qtbot):
    window = make_window(library)
    window.actions.show_commitments.trigger()
    _click_header(qtbot, window.commitments.table, DEADLINE)
    _click_header(qtbot, window.commitments.table, DEADLINE)
    _click_header(qtbot, window.annotations.table, 6)
    window.close()
    again = make_window(library)
    assert again.commitments.sort_state() == (DEADLINE, Qt.SortOrder.DescendingOrder)
    assert again.annotations.sort_state() == (6, Qt.SortOrder.AscendingOrder)
