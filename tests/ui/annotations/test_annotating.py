"""Annotating in the window, the annotation browser, collections and the commitments overview."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from testdata import SEED_001_ID, select_in_reader

from desktop_app.ui.annotations import annotation_dialogs
from desktop_app.ui.models import ANNOTATION_MIME

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"


def _select_text(window, phrase: str) -> tuple[int, int]:
    """Select the first occurrence of ``phrase`` in the reader as a person would."""
    span = select_in_reader(window, phrase)
    assert window.reader.view.textCursor().selectedText() == phrase
    return span


def _annotate_with_key(window, qtbot, phrase: str, key=Qt.Key.Key_1):
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    _select_text(window, phrase)
    qtbot.keyClick(window.reader.view, key)
    return window.library.annotations.annotations(window.reader.letter.id)


def _fake_note_dialog(monkeypatch, note: str, tags: list[str]) -> list:
    calls = []

    def answer(parent, annotation, all_tags, focus="note"):
        calls.append((annotation.id, list(all_tags), focus))
        return note, tags

    monkeypatch.setattr("desktop_app.ui.annotations.annotating.ask_note_and_tags", answer)
    return calls


def test_key_1_note_and_tag_survive_a_restart(make_window, library, data_dir, qtbot,
                                              monkeypatch):
    from desktop_app.library import Library

    window = make_window(library)
    window.open_letter(SEED_004)
    anns = _annotate_with_key(window, qtbot, PHRASE)
    assert [(a.quote, a.color) for a in anns] == [(PHRASE, "belangrijk")]
    # painted in its colour and underlined, the document text is the passage
    painted = [window.reader.view.document().toPlainText()[p:p + n]
               for p, n, _ in window.reader.painted_spans("ann-")]
    assert "".join(painted) == PHRASE
    calls = _fake_note_dialog(monkeypatch, "**Kern** van de brief", ["thema/asiel"])
    qtbot.keyClick(window.reader.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert calls and calls[0][0] == anns[0].id
    assert window.letters.model.summary(
        window.letters.model.row_of(SEED_004)).annotation_count == 1
    window.close()
    library.close()

    with Library(data_dir, seed=False) as again:
        restarted = make_window(again)
        restarted.open_letter(SEED_004)
        [ann] = again.annotations.annotations(SEED_004)
        assert (ann.quote, ann.color, ann.note, ann.tags) == (
            PHRASE, "belangrijk", "**Kern** van de brief", ("thema/asiel",))
        assert [a.id for a in restarted.reader.annotations] == [ann.id]
        assert restarted.annotations.model.rowCount() == 1
        # the note is rendered Markdown in the tooltip and the details line
        assert "<b>Kern</b>" in restarted.reader.annotation_title(ann) or \
            "font-weight" in restarted.reader.annotation_title(ann)
        restarted.close()


def test_undo_and_redo_follow_the_store(window, library, qtbot, monkeypatch):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    _fake_note_dialog(monkeypatch, "een notitie", [])
    window.actions.edit_note.trigger()
    store = library.annotations
    assert store.annotations(SEED_004)[0].note == "een notitie"
    ctrl_z = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader.view, *ctrl_z)
    assert store.annotations(SEED_004)[0].note == ""
    qtbot.keyClick(window.reader.view, *ctrl_z)
    assert store.annotations(SEED_004) == []
    assert window.reader.annotations == [] and window.reader.painted_spans("ann-") == []
    assert not window.actions.undo.isEnabled()
    redo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.reader.view, *redo)
    qtbot.keyClick(window.reader.view, *redo)
    [ann] = store.annotations(SEED_004)
    assert ann.note == "een notitie"
    assert window.annotations.model.rowCount() == 1
    assert [e.state for e in store.history(limit=2)] == ["done", "done"]


def test_undo_after_an_outside_change_resets_instead_of_undoing_it(window, library, qtbot):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    other = library.annotations.add(SEED_004, window.reader.letter.text, 0, 10)  # elsewhere
    assert window.annotating.undo.undo_step() is False
    assert {a.id for a in library.annotations.annotations(SEED_004)} >= {other.id}
    assert len(library.annotations.annotations(SEED_004)) == 2
    assert "elsewhere" in window.message_bar.text()


def test_bulk_recolour_is_one_undo_step(window, library, qtbot):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    _annotate_with_key(window, qtbot, "vergroten van de betrouwbaarheid", Qt.Key.Key_2)
    panel = window.annotations
    panel.table.selectAll()
    assert len(panel.selected_ids()) == 2
    panel.recolour_requested.emit(panel.selected_ids(), "kritiek")
    assert {a.color for a in library.annotations.annotations(SEED_004)} == {"kritiek"}
    window.actions.undo.trigger()
    assert sorted(a.color for a in library.annotations.annotations(SEED_004)) == [
        "belangrijk", "vraag"]


def test_browser_filters_by_tag_and_jumps_to_the_passage(window, library, qtbot, monkeypatch):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    _annotate_with_key(window, qtbot, "vergroten van de betrouwbaarheid", Qt.Key.Key_2)
    panel = window.annotations
    panel.select(library.annotations.annotations(SEED_004)[1].id)
    monkeypatch.setattr("desktop_app.ui.annotations.annotations_panel.ask_tag",
                        lambda *a: "navragen")
    panel.ask_tag()
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    assert panel.model.rowCount() == 2
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData("navragen"))
    assert panel.model.rowCount() == 1
    ann = panel.model.annotation(0)
    assert ann.tags == ("navragen",) and "navragen" in ann.tags
    window.open_letter(SEED_001_ID)
    panel.table.doubleClicked.emit(panel.model.index(0, 1))
    assert window.reader.letter.id == SEED_004
    assert window.reader.view.textCursor().selectedText() == ann.quote
    assert window.reader.current_annotation == ann.id


def test_clicking_an_annotation_selects_it_in_the_panel(window, qtbot):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    ann = window.reader.annotations[0]
    window.annotations.table.clearSelection()
    window.reader.view.anchorClicked.emit(window.reader.annotation_url(ann.id))
    assert window.annotations.selected_ids() == [ann.id]
    assert "Important" in window.reader.details.text()  # the colour's label, not its stored name


def test_commitment_marked_done_leaves_the_open_filter(window, library, monkeypatch):
    view = window.commitments
    window.actions.show_commitments.trigger()
    assert view.status_combo.currentData() == "open"
    assert view.confidence_combo.currentData() == "high"  # open, high confidence by default
    total = view.model.rowCount()
    assert total == len(library.commitment_rows(status="open", confidence="high")) > 0
    first = view.model.commitment_row(0)
    view.table.selectRow(0)
    monkeypatch.setattr("desktop_app.ui.commitments.commitments_view.ask_text",
                        lambda *a, **k: "verstuurd")
    view.done_button.click()
    assert view.model.rowCount() == total - 1
    review = library.annotations.review(first.letter_id, first.commitment)
    assert (review.status, review.note) == ("done", "verstuurd")
    view.status_combo.setCurrentIndex(view.status_combo.findData("done"))
    assert [r.commitment.text for r in view.model.rows()] == [first.commitment.text]
    window.actions.undo.trigger()
    assert view.model.rowCount() == 0


def test_commitment_filters_and_double_click_opens_the_letter(window, library):
    from datetime import date

    view = window.commitments
    window.actions.show_commitments.trigger()
    view.overdue_check.setChecked(True)
    # (on top of the default filters: open, high confidence)
    overdue = library.commitment_rows(overdue_on=date.today(), status="open", confidence="high")
    assert view.model.rowCount() == len(overdue) > 0
    assert all(r.overdue(date.today()) for r in view.model.rows())
    view.overdue_check.setChecked(False)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("promise"))
    assert {r.kind for r in view.model.rows()} == {"promise"}
    row = view.model.commitment_row(0)
    view.table.doubleClicked.emit(view.model.index(0, 4))
    assert window.tabs.currentWidget() is window.splitter
    assert window.reader.letter.id == row.letter_id
    assert window.reader.view.textCursor().selectedText().replace("\u2029", "\n") == \
        window.reader.letter.text[row.commitment.start:row.commitment.end].replace(
            "\u2028", "\n")


def test_reimport_reattaches_one_annotation_and_lists_the_other_as_orphan(
        window, library, qtbot, seed_dir, tmp_path):
    source = next(seed_dir.glob("004_*.txt"))
    copy = tmp_path / "inbox" / source.name
    copy.parent.mkdir()
    shutil.copy(source, copy)
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    kept = "vergroten van de betrouwbaarheid"
    lost = PHRASE
    _annotate_with_key(window, qtbot, kept)
    _annotate_with_key(window, qtbot, lost, Qt.Key.Key_2)
    original = copy.read_text(encoding="utf-8")
    sentence_start = text.rfind(". ", 0, text.index(lost)) + 2
    sentence = text[sentence_start:text.index(".", text.index(lost)) + 1]
    assert sentence in original
    copy.write_text(original.replace(sentence, "Deze zin is geschrapt.")
                    .replace("Het vergroten", "Het verder vergroten"), encoding="utf-8")
    assert window.import_paths([str(copy)])
    store = library.annotations
    by_quote = {a.quote: a for a in store.annotations(SEED_004)}
    assert by_quote[kept].status in ("ok", "moved")
    assert by_quote[lost].status == "orphan"
    panel = window.annotations
    assert panel.orphan_model.rowCount() == 1
    assert panel.orphan_model.annotation(0).quote == lost
    assert panel.orphans.isVisibleTo(panel)
    # placed on the reader again at its new position, painted there
    new_text = window.reader.letter.text
    assert new_text[by_quote[kept].start:by_quote[kept].end] == kept
    # re-attach the orphan to a new selection by hand
    _select_text(window, "Deze zin is geschrapt")
    panel.reattach_button.click()
    again = store.get(by_quote[lost].id)
    assert (again.status, again.quote) == ("ok", "Deze zin is geschrapt")
    assert panel.orphan_model.rowCount() == 0


def test_collections_create_add_reorder_and_headings(window, library, qtbot, monkeypatch):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    _annotate_with_key(window, qtbot, "vergroten van de betrouwbaarheid", Qt.Key.Key_2)
    first, second = library.annotations.annotations(SEED_004)
    answers = iter(["Cursusmap asiel", "Inleiding"])
    monkeypatch.setattr("desktop_app.ui.collections.collections_view.ask_text",
                        lambda *a, **k: next(answers))
    view = window.collections
    view.new_button.click()
    assert view.list_model.rowCount() == 1 and view.current_id()
    cid = view.current_id()
    mime = QMimeData()  # dragged from the annotation browser
    mime.setData(ANNOTATION_MIME, f"{first.id}\n{second.id}".encode())
    assert view.items_model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0,
                                         view.items.rootIndex())
    view.heading_button.click()  # no current item: at the end
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == [first.id, second.id, "Inleiding"]
    drag = view.items_model.mimeData([view.items_model.index(2, 0)])  # heading to the top
    view.items_model.dropMimeData(drag, Qt.DropAction.MoveAction, 0, 0, view.items.rootIndex())
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == ["Inleiding", first.id, second.id]
    assert view.items_model.data(view.items_model.index(0, 0)) == "Inleiding"
    view.items.setCurrentIndex(view.items_model.index(1, 0))
    view.down_button.click()
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == ["Inleiding", second.id, first.id]
    window.actions.undo.trigger()
    window.actions.undo.trigger()
    items = library.annotations.collection(cid).items
    assert [i.heading or i.annotation_id for i in items] == [first.id, second.id, "Inleiding"]


def test_palette_editor_changes_colours_through_the_store(window, library, qtbot, monkeypatch):
    window.actions.edit_palette.trigger()
    dialog = window.palette_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(library.annotations.palette())
    dialog.table.selectRow(1)
    monkeypatch.setattr(annotation_dialogs, "ask_text", lambda *a, **k: "Open vraag")
    dialog.meaning_button.click()
    assert library.annotations.palette()[1].meaning == "Open vraag"
    assert window.reader.colour_actions[1].toolTip().startswith("Open vraag")
    dialog.set_requested.emit("extra", "#123456", "")
    assert [c.name for c in library.annotations.palette()][-1] == "extra"
    assert len(window.reader.colour_actions) == len(library.annotations.palette())
    window.actions.undo.trigger()
    assert "extra" not in [c.name for c in library.annotations.palette()]


def test_models_pass_the_model_tester(window, library, qtbot, qtmodeltester):
    window.open_letter(SEED_004)
    _annotate_with_key(window, qtbot, PHRASE)
    window.actions.show_commitments.trigger()
    library.annotations.create_collection("Map")
    window.refresh_annotations()
    for model in (window.annotations.model, window.commitments.model,
                  window.collections.list_model, window.collections.items_model):
        qtmodeltester.check(model)
    window.actions.edit_palette.trigger()
    qtbot.addWidget(window.palette_dialog)
    qtmodeltester.check(window.palette_dialog.model)


def test_collections_keep_the_order_the_trainer_gives_them(window, library, monkeypatch):
    answers = iter(["Week 1", "Asiel", "Zorg"])
    monkeypatch.setattr("desktop_app.ui.collections.collections_view.ask_text",
                        lambda *a, **k: next(answers))
    view = window.collections
    for _ in range(3):
        view.new_button.click()
    titles = lambda: [c.title for c in library.annotations.collections()]  # noqa: E731
    assert titles() == ["Week 1", "Asiel", "Zorg"]  # the order of making, not by title
    view.collections.setCurrentIndex(view.list_model.index(2, 0))  # "Zorg"
    view.collection_up.click()
    view.collection_up.click()
    assert titles() == ["Zorg", "Week 1", "Asiel"]
    assert view.list_model.collection(0).title == "Zorg"
    window.actions.undo.trigger()
    assert titles() == ["Week 1", "Zorg", "Asiel"]


def test_highlighting_keeps_the_caret_and_selection_where_they_were(window, qtbot):
    # Keyboard annotating: after a highlight the caret must not jump to the letter's start.
    window.open_letter(SEED_004)
    anns = _annotate_with_key(window, qtbot, PHRASE)
    assert len(anns) == 1
    view = window.reader.view
    assert view.textCursor().selectedText() == PHRASE
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectedText().startswith(PHRASE)
    assert len(view.textCursor().selectedText()) == len(PHRASE) + 1


def test_caret_on_a_commitment_then_another_letter_does_not_fail(window, library, qtbot):
    # The caret on the last commitment of a long letter; the next letter has fewer.
    letter = library.letter(SEED_004)
    window.open_letter(SEED_004)
    reader = window.reader
    last = len(letter.commitments) - 1
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.anchor_position(f"commitment-{last}") + 1)
    reader.view.setTextCursor(cursor)
    from desktop_app.render import cue_words

    c = letter.commitments[last]
    assert cue_words(c.cue, c.text) in reader.details.text()
    other = min((s.id for s in library.summaries() if s.id != SEED_004),
                key=lambda lid: len(library.letter(lid).commitments))
    assert len(library.letter(other).commitments) < last
    window.open_letter(other)  # raised IndexError in the caret handler before
    assert reader.letter.id == other
    assert reader.details.text() == ""
