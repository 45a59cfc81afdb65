"""Review fixes of annotating: tag completion, collections, the commitments overview, Tab,
Markdown notes in the browser and the empty states."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from testdata import select_in_reader

from desktop_app.model import Annotation, Commitment
from desktop_app.overview import make_row
from desktop_app.ui.annotations import annotation_dialogs

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"


def _activate(window, qtbot) -> None:
    window.activateWindow()  # shortcuts and focus changes only reach the active window
    qtbot.waitUntil(window.isActiveWindow)


def _annotate(window, qtbot, phrase: str, key=Qt.Key.Key_1) -> None:
    _activate(window, qtbot)
    select_in_reader(window, phrase)
    qtbot.keyClick(window.reader.view, key)


def _answers(monkeypatch, *answers) -> None:
    it = iter(answers)
    monkeypatch.setattr("desktop_app.ui.collections.collections_view.ask_text",
                        lambda *a, **k: next(it))


# -- 1. tag completion ------------------------------------------------------------------
def test_tag_completer_offers_a_tag_in_use(qtbot):
    ann = Annotation("a1", "kst-1", 0, 5, "tekst", tags=("vraag",))
    dialog = annotation_dialogs.AnnotationDialog(ann, ["thema/asiel", "vraag", "zorg"])
    qtbot.addWidget(dialog)
    gc.collect()  # the completer's word list must outlive the constructor
    completer = dialog.tags.completer()
    assert completer.model() is not None
    dialog.tags.setText("vraag, asi")
    completer.setCompletionPrefix(completer.splitPath(dialog.tags.text())[0])
    assert completer.completionCount() == 1
    assert completer.completionModel().index(0, 0).data() == "thema/asiel"
    assert completer.currentCompletion() == "vraag, thema/asiel, "  # the earlier tags kept


# -- 2, 3, 4. collections ---------------------------------------------------------------
def test_collection_stays_selected_after_introduction_and_heading(window, library,
                                                                  monkeypatch):
    view = window.collections
    _answers(monkeypatch, "Week 1", "Week 2", "Deel A")
    view.new_button.click()
    view.new_button.click()
    week1, week2 = library.annotations.collections()
    assert view.current_id() == week2.id  # a new collection is shown at once
    view.collections.setCurrentIndex(view.list_model.index(0, 0))
    assert view.current_id() == week1.id
    view.introduction.setPlainText("Over asiel")
    view.save_intro.click()
    assert library.annotations.collection(week1.id).introduction == "Over asiel"
    assert view.current_id() == week1.id
    view.heading_button.click()
    assert [i.heading for i in library.annotations.collection(week1.id).items] == ["Deel A"]
    assert view.current_id() == week1.id
    assert view.introduction.toPlainText() == "Over asiel"


def test_cancelled_new_collection_adds_nothing_and_a_named_one_gets_the_annotations(
        window, library, qtbot, monkeypatch):
    window.open_letter(SEED_004)
    _annotate(window, qtbot, PHRASE)
    store = library.annotations
    _answers(monkeypatch, "Map", None, "Nieuw")
    window.collections.new_button.click()
    [old] = store.collections()
    panel = window.annotations
    panel.table.selectAll()
    new_collection = panel.collect_button.menu().actions()[-1]
    assert new_collection.text() == "New collection…"
    history = len(store.history(limit=1000))
    new_collection.trigger()  # cancelled
    assert [(c.title, c.items) for c in store.collections()] == [("Map", ())]
    assert len(store.history(limit=1000)) == history
    new_collection.trigger()  # "Nieuw"
    by_title = {c.title: c for c in store.collections()}
    assert by_title["Map"].items == ()
    [item] = by_title["Nieuw"].items
    assert item.annotation_id == store.annotations(SEED_004)[0].id
    assert window.collections.current_id() == by_title["Nieuw"].id
    assert old.id != by_title["Nieuw"].id


def test_unsaved_introduction_is_saved_on_switching_collection(window, library, monkeypatch):
    view = window.collections
    store = library.annotations
    _answers(monkeypatch, "Week 1", "Week 2")
    view.new_button.click()
    view.new_button.click()
    week1, week2 = store.collections()
    view.collections.setCurrentIndex(view.list_model.index(0, 0))
    view.introduction.setPlainText("Nog niet bewaard")  # typed, Save not clicked
    view.collections.setCurrentIndex(view.list_model.index(1, 0))
    assert store.collection(week1.id).introduction == "Nog niet bewaard"
    assert view.current_id() == week2.id
    assert view.introduction.toPlainText() == ""
    # switching without a change writes nothing
    history = len(store.history(limit=1000))
    view.collections.setCurrentIndex(view.list_model.index(0, 0))
    assert view.introduction.toPlainText() == "Nog niet bewaard"
    view.collections.setCurrentIndex(view.list_model.index(1, 0))
    assert len(store.history(limit=1000)) == history
    window.actions.undo.trigger()  # the save on switching is an ordinary undoable step
    assert store.collection(week1.id).introduction == ""


def test_unsaved_introduction_survives_another_change_to_the_collection(window, library,
                                                                         monkeypatch):
    view = window.collections
    store = library.annotations
    _answers(monkeypatch, "Week 1", "Deel A")
    view.new_button.click()
    [week1] = store.collections()
    view.introduction.setPlainText("Half af")
    store.create_collection("Week 2")  # any change elsewhere refreshes the pane
    window.refresh_annotations()
    assert view.current_id() == week1.id
    assert view.introduction.toPlainText() == "Half af"
    assert store.collection(week1.id).introduction == ""
    view.collections.setCurrentIndex(view.list_model.index(1, 0))
    assert store.collection(week1.id).introduction == "Half af"


def test_unsaved_introduction_is_saved_when_the_editor_loses_focus(window, library, qtbot,
                                                                   monkeypatch):
    view = window.collections
    store = library.annotations
    _answers(monkeypatch, "Week 1")
    view.new_button.click()
    [week1] = store.collections()
    window.side.setCurrentWidget(view)
    _activate(window, qtbot)
    view.introduction.setFocus()
    qtbot.waitUntil(view.introduction.hasFocus)
    qtbot.keyClicks(view.introduction, "Lees eerst")
    assert store.collection(week1.id).introduction == ""
    history = len(store.history(limit=1000))
    view.collections.setFocus()
    qtbot.waitUntil(view.collections.hasFocus)
    assert store.collection(week1.id).introduction == "Lees eerst"
    assert len(store.history(limit=1000)) == history + 1
    view.introduction.setFocus()  # in and out again without typing: nothing written
    qtbot.waitUntil(view.introduction.hasFocus)
    view.collections.setFocus()
    qtbot.waitUntil(view.collections.hasFocus)
    assert len(store.history(limit=1000)) == history + 1


# -- 5. the deadline timeline -----------------------------------------------------------
def _commitment_row(deadline: str, n: int = 0):
    c = Commitment(n, n + 10, f"Toezegging {n} voor {deadline}.", "promise", None, None,
                   {"from": deadline, "to": deadline}, "sturen")
    return make_row({"id": f"kst-{n}", "date": "2014-01-01"}, c, None)


def test_timeline_reaches_today_and_the_latest_deadline_beyond_ten_years(qtbot):
    from desktop_app.ui.commitments.commitments_view import DeadlineTimeline

    timeline = DeadlineTimeline()
    qtbot.addWidget(timeline)
    today = date(2026, 3, 15)
    rows = [_commitment_row(d, i) for i, d in enumerate(
        ["2015-01-10", "2018-06-01", "2022-05-01", "2026-09-01", "2027-02-01"])]
    timeline.set_rows(rows, today)
    months = [m for m, _, _ in timeline.months]
    assert "2026-03" in months  # today
    assert months[-1] == "2027-02"  # the latest deadline
    assert len(months) <= 120
    shown = sum(n for _, n, _ in timeline.months)
    assert shown + timeline.earlier + timeline.later == len(rows)


def test_timeline_keeps_a_far_future_outlier_out_of_the_drawn_range(qtbot):
    from desktop_app.ui.commitments.commitments_view import DeadlineTimeline

    timeline = DeadlineTimeline()
    qtbot.addWidget(timeline)
    today = date(2026, 3, 15)
    rows = [_commitment_row(d, i) for i, d in enumerate(
        ["2025-11-01", "2026-06-30", "2026-12-31", "2050-01-01"])]
    timeline.set_rows(rows, today)
    months = [m for m, _, _ in timeline.months]
    assert (months[0], months[-1]) == ("2025-11", "2026-12")
    assert "2026-03" in months
    assert (timeline.earlier, timeline.later) == (0, 1)
    assert "2050-01" in timeline.toolTip()
    timeline.resize(600, 100)
    assert not timeline.grab().isNull()


def test_timeline_within_ten_years_shows_every_month_and_today(qtbot):
    from desktop_app.ui.commitments.commitments_view import DeadlineTimeline

    timeline = DeadlineTimeline()
    qtbot.addWidget(timeline)
    timeline.set_rows([_commitment_row("2024-01-05")], date(2026, 3, 15))
    months = [m for m, _, _ in timeline.months]
    assert (months[0], months[-1], len(months)) == ("2024-01", "2026-03", 27)
    assert (timeline.earlier, timeline.later) == (0, 0)


# -- 6. "due within" in the view --------------------------------------------------------
def test_due_within_in_the_overview_leaves_out_overdue_commitments(window, library):
    view = window.commitments
    window.actions.show_commitments.trigger()
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    overdue = [r for r in library.commitment_rows() if r.overdue(view.today)]
    assert overdue  # the seed letters are old: their deadlines have passed
    view.due_days.setValue(3650)
    view.due_check.setChecked(True)
    today = view.today.isoformat()
    assert all(r.deadline_to and r.deadline_to >= today for r in view.model.rows())
    assert not {(r.letter_id, r.commitment.start) for r in view.model.rows()} & {
        (r.letter_id, r.commitment.start) for r in overdue}


# -- 7. clearing a corrected deadline ---------------------------------------------------
def test_deadline_dialog_can_clear_a_corrected_deadline(qtbot):
    dialog = annotation_dialogs.DeadlineDialog(None, "Correct the deadline", "2031-01-01",
                                               corrected=True, detected="voor de zomer")
    qtbot.addWidget(dialog)
    assert dialog.clear_button.isEnabled()
    dialog.clear_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == ""
    plain = annotation_dialogs.DeadlineDialog(None, "Correct the deadline", "2031-01-01",
                                              corrected=False, detected="")
    qtbot.addWidget(plain)
    assert not plain.clear_button.isEnabled()
    plain.edit.setDate(plain.edit.date().addDays(1))
    plain.accept()
    assert plain.value() == "2031-01-02"


@pytest.mark.parametrize(("typed", "saved"), [
    ("2027-01-15", "2027-01-15"),  # as shown: the "-" after the year skipped the month
    ("2027-05-20", "2027-05-20"),
    ("20270115", "2027-01-15"),
    ("2027-1-5", "2027-01-05"),
    ("2027/01/15", "2027-01-15"),
])
def test_a_deadline_typed_as_shown_is_the_deadline_saved(qtbot, typed, saved):
    dialog = annotation_dialogs.DeadlineDialog(None, "Correct the deadline", "2026-12-05")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edit.setFocus()
    qtbot.waitUntil(dialog.edit.hasFocus)
    qtbot.keyClicks(dialog.edit, typed)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value() == saved


def test_corrected_deadline_can_be_cleared_and_stays_cleared(window, library, data_dir,
                                                             monkeypatch):
    from desktop_app.library import Library

    view = window.commitments
    window.actions.show_commitments.trigger()
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))
    row = next(r for r in view.model.rows() if r.deadline_to)
    detected = row.deadline_to
    index = next(i for i, r in enumerate(view.model.rows()) if r == row)
    answers = iter(["2031-01-01", ""])
    asked = []

    def ask(parent, title, current, corrected=False, detected=""):
        asked.append((current, corrected))
        return next(answers)

    monkeypatch.setattr("desktop_app.ui.commitments.commitments_view.ask_deadline", ask)
    view.table.selectRow(index)
    view.deadline_button.click()
    assert library.annotations.review(row.letter_id, row.commitment).deadline == "2031-01-01"
    again = next(r for r in view.model.rows() if r.commitment == row.commitment)
    view.table.clearSelection()
    view.table.selectRow(view.model.rows().index(again))
    view.deadline_button.click()
    assert asked == [(detected, False), ("2031-01-01", True)]
    assert library.annotations.review(row.letter_id, row.commitment).deadline is None
    cleared = next(r for r in view.model.rows() if r.commitment == row.commitment)
    assert (cleared.deadline_to, cleared.deadline_corrected) == (detected, False)
    window.close()
    library.close()
    with Library(data_dir, seed=False) as reopened:
        assert reopened.annotations.review(row.letter_id, row.commitment).deadline is None
        [same] = [r for r in reopened.commitment_rows() if r.commitment == row.commitment]
        assert same.deadline_to == detected


# -- 8. Tab leaves the tables -----------------------------------------------------------
def _tab_leaves(qtbot, window, table) -> None:
    _activate(window, qtbot)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert table.currentIndex().column() == 0  # Tab did not walk the cells


def test_tab_leaves_the_commitments_table(window, qtbot):
    window.actions.show_commitments.trigger()
    assert window.commitments.model.rowCount() > 0
    _tab_leaves(qtbot, window, window.commitments.table)


def test_tab_leaves_the_annotation_tables(window, qtbot):
    window.open_letter(SEED_004)
    _annotate(window, qtbot, PHRASE)
    window.side.setCurrentWidget(window.annotations)
    _tab_leaves(qtbot, window, window.annotations.table)
    assert not window.annotations.orphans.tabKeyNavigation()
    window.actions.edit_palette.trigger()
    qtbot.addWidget(window.palette_dialog)
    assert not window.palette_dialog.table.tabKeyNavigation()


# -- 9. notes are Markdown --------------------------------------------------------------
def test_browser_shows_notes_as_plain_text_and_tooltips_rendered(window, library, qtbot,
                                                                   monkeypatch):
    window.open_letter(SEED_004)
    _annotate(window, qtbot, PHRASE)
    [ann] = library.annotations.annotations(SEED_004)
    library.annotations.update(ann.id, note="**Kern** van de _brief_\n\n- punt een")
    window.refresh_annotations()
    model = window.annotations.model
    cell = model.data(model.index(0, 2))
    assert "**" not in cell and "_brief_" not in cell and "- punt" not in cell
    assert cell.startswith("Kern van de brief") and "punt een" in cell
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert "<b>Kern</b>" in tip or "font-weight" in tip
    assert "**" not in tip
    library.annotations.create_collection("Map")
    window.refresh_annotations()
    cid = library.annotations.collections()[0].id
    library.annotations.add_to_collection(cid, annotation_id=ann.id)
    window.refresh_annotations()
    view = window.collections
    view.collections.setCurrentIndex(view.list_model.index(0, 0))
    text = view.items_model.data(view.items_model.index(0, 0))
    assert "Kern van de brief" in text and "**" not in text


# -- 10. empty states -------------------------------------------------------------------
def test_annotation_browser_says_what_to_do_when_empty(window, library, qtbot):
    panel = window.annotations
    window.side.setCurrentWidget(panel)
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    assert panel.stack.currentWidget() is panel.empty
    assert "No annotations yet" in panel.empty.text()
    assert "1–9" in panel.empty.text()
    window.open_letter(SEED_004)
    _annotate(window, qtbot, PHRASE)
    assert panel.stack.currentWidget() is panel.table
    panel.filter_box.setText("geen-woord-dat-voorkomt")
    assert panel.stack.currentWidget() is panel.empty
    assert "No annotation matches the filters" in panel.empty.text()
    panel.filter_box.clear()
    assert panel.stack.currentWidget() is panel.table


def test_annotation_browser_for_a_letter_without_annotations(window, library, qtbot):
    from testdata import SEED_001_ID

    panel = window.annotations
    window.open_letter(SEED_004)
    _annotate(window, qtbot, PHRASE)
    panel.scope.setCurrentIndex(0)  # the letter in the reader
    window.open_letter(SEED_001_ID)
    assert panel.stack.currentWidget() is panel.empty
    assert "This letter has no annotations yet" in panel.empty.text()


def test_collections_say_what_to_do_when_there_are_none(window, library, monkeypatch):
    view = window.collections
    assert view.list_stack.currentWidget() is view.empty
    assert "No collections yet" in view.empty.text()
    _answers(monkeypatch, "Week 1")
    view.new_button.click()
    assert view.list_stack.currentWidget() is view.collections
    window.actions.undo.trigger()
    assert view.list_stack.currentWidget() is view.empty


@pytest.fixture
def empty_window(make_window, tmp_path):
    from desktop_app.library import Library

    lib = Library(tmp_path / "empty", seed=False)
    yield make_window(lib)
    lib.close()


def test_empty_library_shows_the_empty_states(empty_window):
    assert empty_window.annotations.stack.currentWidget() is empty_window.annotations.empty
    assert empty_window.collections.list_stack.currentWidget() is empty_window.collections.empty
