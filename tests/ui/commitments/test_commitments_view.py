"""The commitments overview (ui/commitments/commitments_view.py): the confidence filter, and
the deadline timeline whose month bars filter the table (issue 14 item 4, issue 19
"Commitments")."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop_app.library import detector_version

SEED_004 = "kst-19637-2764"
KIND = 2


def _make_possible(library, letter_id: str, indices=None) -> list:
    """Store some (default: all) of a letter's commitments as "possible"."""
    letter = library.letter(letter_id)
    # the others "high", whatever the detector of the day says
    changed = [replace(c, confidence="possible" if indices is None or i in indices else "high")
               for i, c in enumerate(letter.commitments)]
    library.letters.set_commitments(letter_id, changed, detector_version())
    return changed


def _show(window, qtbot):
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: window.width() == 1400)
    window.actions.show_commitments.trigger()
    view = window.commitments
    qtbot.waitUntil(view.isVisible)
    return view


def _spans(view) -> set[tuple[str, int]]:
    return {(r.letter_id, r.commitment.start) for r in view.shown_rows()}


def test_the_overview_lists_high_confidence_commitments_until_all_are_asked_for(
        make_window, library, qtbot):
    changed = _make_possible(library, SEED_004, {0, 1})
    view = _show(make_window(library), qtbot)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    assert view.confidence_combo.currentData() == "high"  # the default
    possible = {(SEED_004, changed[0].start), (SEED_004, changed[1].start)}
    high = _spans(view)
    assert high and not high & possible
    assert all(r.confidence == "high" for r in view.shown_rows())

    view.confidence_combo.setCurrentIndex(view.confidence_combo.findData(""))  # All detected
    everything = _spans(view)
    assert everything >= high | possible
    # the detector may find other possible ones in the seed letters: only those are added
    assert {(r.letter_id, r.commitment.start) for r in view.shown_rows()
            if r.confidence == "possible"} == everything - high
    row = next(i for i, r in enumerate(view.model.rows()) if r.commitment == changed[0])
    kind = view.model.index(row, KIND)
    assert "Possible commitment" in kind.data(Qt.ItemDataRole.ToolTipRole)
    assert kind.data(Qt.ItemDataRole.FontRole).italic()
    sure = next(i for i, r in enumerate(view.model.rows()) if r.confidence == "high")
    assert view.model.index(sure, KIND).data(Qt.ItemDataRole.FontRole) is None


def test_an_empty_table_says_the_confidence_filter_hides_rows(make_window, library, qtbot):
    for letter_id in library.letters.ids():
        _make_possible(library, letter_id)
    view = _show(make_window(library), qtbot)
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty
    assert "Possible commitments are hidden: choose “All detected”" in view.empty.text()
    view.confidence_combo.setCurrentIndex(view.confidence_combo.findData(""))
    assert view.model.rowCount() > 0 and view.stack.currentWidget() is view.table


def test_without_possible_ones_the_empty_text_does_not_mention_them(window, qtbot):
    view = _show(window, qtbot)
    view.actor_box.setText("niemand-heet-zo")
    assert view.stack.currentWidget() is view.empty
    assert "Possible commitments" not in view.empty.text()


def _busiest_month(view) -> tuple[str, int]:
    counts = Counter(r.due[:7] for r in view.shown_rows() if r.due and r.status != "rejected")
    drawn = {m for m, n, _ in view.timeline.months if n}
    return max(((m, n) for m, n in counts.items() if m in drawn), key=lambda mn: mn[1])


def _click_month(view, month: str) -> None:
    timeline = view.timeline
    rect = timeline.month_rect(month)
    at = QPoint(int(rect.center().x()), int(rect.center().y()))
    assert timeline.month_at(at.x()) == month  # the helper and the click agree
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_clicking_a_month_bar_lists_the_commitments_due_that_month(window, qtbot):
    view = _show(window, qtbot)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    every = view.shown_rows()
    month, count = _busiest_month(view)
    assert len(every) > count  # other months have commitments too

    _click_month(view, month)
    rows = view.shown_rows()
    assert len(rows) == count and {r.due[:7] for r in rows} == {month}
    assert view.month_chip.isVisible() and view.month_chip.text() == f"Due in {month} ✕"
    assert view.timeline.selected == month and view.month_combo.currentData() == month
    assert view.count_label.text().startswith(f"{count} commitment")
    assert {m for m, n, _ in view.timeline.months if n} > {month}  # the others stay clickable

    _click_month(view, month)  # the same month again clears the filter
    assert view.shown_rows() == every and not view.month_chip.isVisible()
    assert view.timeline.selected == "" and view.month_combo.currentData() == ""

    _click_month(view, month)
    view.month_chip.click()  # the chip's ✕ clears it too
    assert view.shown_rows() == every and not view.month_chip.isVisible()


def test_keyboard_users_choose_the_month_in_a_combo(window, qtbot):
    view = _show(window, qtbot)
    month, count = _busiest_month(view)
    combo = view.month_combo
    assert combo.itemText(combo.findData(month)) == f"{month} ({count})"
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(month))
    assert len(view.shown_rows()) == count and view.month_chip.isVisible()
    assert view.timeline.selected == month
    combo.setCurrentIndex(combo.findData(""))
    assert not view.month_chip.isVisible() and view.timeline.selected == ""


def test_an_empty_month_says_how_to_list_every_month(window, qtbot):
    view = _show(window, qtbot)
    month, _ = _busiest_month(view)
    view.set_month(month)
    view.actor_box.setText("niemand-heet-zo")
    assert view.stack.currentWidget() is view.empty
    assert f"Only commitments due in {month} are listed" in view.empty.text()
    # the month stays chosen (and clearable) though none of its commitments is left
    assert view.month_combo.currentData() == month and view.month_chip.isVisible()


@pytest.mark.parametrize("outside", ["left", "right"])
def test_a_click_beside_the_bars_filters_nothing(window, qtbot, outside):
    view = _show(window, qtbot)
    timeline = view.timeline
    first = timeline.month_rect(timeline.months[0][0])
    last = timeline.month_rect(timeline.months[-1][0])
    x = int(first.left()) - 2 if outside == "left" else int(last.right()) + 2
    assert timeline.month_at(x) == ""
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, timeline.height() // 2))
    assert view.month == "" and not view.month_chip.isVisible()


@pytest.mark.parametrize(("locale_name", "first"), [("nl_NL", ";"), ("en_US", ",")])
def test_the_export_menu_offers_the_regional_separator_first(qtbot, monkeypatch, locale_name,
                                                            first):
    from PySide6.QtCore import QLocale

    from desktop_app.ui.commitments import commitments_view as module

    monkeypatch.setattr(module.QLocale, "system", staticmethod(lambda: QLocale(locale_name)))
    chosen = []
    view = module.CommitmentsView(_EmptyLibrary())
    qtbot.addWidget(view)
    view.export_requested.connect(lambda rows, fmt, delimiter: chosen.append(delimiter))
    actions = view.export_button.menu().actions()
    assert "Excel" in actions[0].text() and actions[0].toolTip()
    actions[0].trigger()
    assert chosen == [first]


class _EmptyLibrary:
    """What the overview asks of a library, for a library without commitments."""

    def commitment_rows(self, **_filters):
        return []

    def commitment_count(self) -> int:
        return 0
