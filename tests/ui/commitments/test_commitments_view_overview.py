"""The commitments overview after the new-user review: the deadline and the status stay in
view in a narrow window, "Due within" and "Overdue" together show what needs attention, and
an empty table says why it is empty."""

from __future__ import annotations

import pytest

DEADLINE, STATUS = 5, 6


def _show(window, qtbot, width: int = 1400, height: int = 860):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    window.actions.show_commitments.trigger()
    view = window.commitments
    qtbot.waitUntil(view.isVisible)
    return view


@pytest.mark.parametrize("width", [1024, 1440])
def test_deadline_and_status_are_in_view(lang_window, qtbot, width):
    view = _show(lang_window, qtbot, width, 700)
    table = view.table
    visible = table.viewport().width()
    for column in (DEADLINE, STATUS):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert 0 <= table.columnViewportPosition(column) and right <= visible, column
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways for
    assert table.columnWidth(4) >= 10 * table.fontMetrics().averageCharWidth()  # the text


def test_due_within_and_overdue_together_show_either(window, qtbot):
    view = _show(window, qtbot)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    view.overdue_check.setChecked(True)
    overdue = len(view.model.rows())
    assert overdue  # the seed letters are old: their deadlines have passed
    view.due_days.setValue(3650)
    view.due_check.setChecked(True)
    rows = view.model.rows()
    assert len(rows) >= overdue
    assert all(r.overdue(view.today) or r.due_within(view.today, 3650) for r in rows)
    assert view.stack.currentWidget() is view.table


def test_an_empty_table_says_why(window, qtbot):
    view = _show(window, qtbot)
    view.actor_box.setText("niemand-heet-zo")
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty and view.empty.isVisible()
    assert "No commitment matches these filters" in view.empty.text()
    view.actor_box.clear()
    assert view.stack.currentWidget() is view.table


def test_an_empty_library_says_where_commitments_come_from(make_window, tmp_path, qtbot):
    from desktop_app.library import Library

    with Library(tmp_path / "empty", seed=False) as library:
        window = make_window(library)
        view = _show(window, qtbot)
        assert view.stack.currentWidget() is view.empty
        assert "No commitments yet" in view.empty.text()
        window.close()


def test_a_review_whose_commitment_is_gone_stays_listed_and_can_be_changed(window, library,
                                                                           qtbot):
    """A review made in the window remembers its commitment's context; when the detector no
    longer finds that commitment the review is still a row, marked, and can be changed."""
    from desktop_app.library import detector_version

    view = _show(window, qtbot)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # every status
    view.confidence_combo.setCurrentIndex(view.confidence_combo.findData(""))  # all detected
    first = view.model.commitment_row(view.proxy.source_row(view.proxy.index(0, 0)))
    _select(view, view.proxy.index(0, 0))
    view.confirm_button.click()
    (review,) = library.annotations.reviews(first.letter_id)
    letter = library.letter(first.letter_id)
    assert letter.text.endswith(review.suffix, 0, first.commitment.end + len(review.suffix))
    assert (review.start, review.end, review.prefix != "") == (first.commitment.start,
                                                               first.commitment.end, True)

    others = [c for c in letter.commitments if c != first.commitment]
    library.letters.set_commitments(first.letter_id, others, detector_version())
    view.reload()
    (orphan,) = [r for r in view.model.rows() if r.orphan]
    assert (orphan.commitment.text, orphan.verdict) == (first.commitment.text, "confirmed")
    assert view.model.status_label(orphan).endswith(" · not found in the letter")
    assert len(view.model.rows()) == len(library.commitment_rows())  # nothing dropped

    source = view.model.rows().index(orphan)
    _select(view, view.proxy.mapFromSource(view.model.index(source, 0)))
    view.reject_button.click()
    (review,) = library.annotations.reviews(first.letter_id)  # the same review, changed
    assert (review.key, review.verdict, review.quote) == (orphan.review_key, "rejected",
                                                          first.commitment.text)
    assert [r.verdict for r in view.model.rows() if r.orphan] == ["rejected"]


def _select(view, index) -> None:
    """Select exactly the row of ``index`` (``selectRow`` follows held modifier keys)."""
    model = view.table.selectionModel()
    model.select(index, model.SelectionFlag.ClearAndSelect | model.SelectionFlag.Rows)
    assert [i.row() for i in model.selectedRows()] == [index.row()]


@pytest.mark.parametrize("width", [1024, 1440])
def test_the_dates_are_shown_whole(lang_window, qtbot, width):
    # the letter date read "2025-12..." at 1366 px: a date is digits, wider than the average
    from PySide6.QtWidgets import QStyle

    view = _show(lang_window, qtbot, width, 700)
    table = view.table
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 6
    for column in (0, DEADLINE):
        texts = [table.model().index(r, column).data() for r in range(table.model().rowCount())]
        dates = [t for t in texts if t and len(t) == 10 and t[4] == "-"]
        assert dates  # there are dates to show
        widest = max(table.fontMetrics().horizontalAdvance(t) for t in dates)
        assert table.columnWidth(column) >= widest + margin, (column, table.columnWidth(column),
                                                              widest)
