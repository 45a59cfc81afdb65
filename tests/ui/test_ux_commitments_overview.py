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
