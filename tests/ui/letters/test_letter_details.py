"""Letter → Edit Letter Details…: the dialog, saving as one undo step, the list, the reader
header and the search showing the corrected title and date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.model import Metadata
from desktop_app.ui.letters.letter_details import LetterDetailsDialog
from desktop_app.ui.letters.models import LetterTableModel

SEED_004 = "kst-19637-2764"  # tests/data/seed-letters/004_*.txt: titled "Vreemdelingenbeleid"
NEW_TITLE = "Doorlichting asielketen"


def _row_texts(window, letter_id: str) -> list[str]:
    model = window.letters.model
    row = model.row_of(letter_id)
    return [str(model.index(row, c).data() or "") for c in range(model.columnCount())]


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_dialog_shows_the_letters_own_values_and_resets_a_field(qtbot):
    parsed = Metadata(title="Vreemdelingenbeleid", date="2021-07-12", number="2764")
    dialog = LetterDetailsDialog(SEED_004, parsed, {"title": NEW_TITLE})
    qtbot.addWidget(dialog)
    title, date = dialog.edits["title"], dialog.edits["date"]
    assert title.text() == NEW_TITLE and title.placeholderText() == "Vreemdelingenbeleid"
    assert dialog.origins["title"].text() == "From the letter: Vreemdelingenbeleid"
    assert date.text() == "" and date.placeholderText() == "2021-07-12"
    assert dialog.origins["reference"].text() == "The letter does not say."
    assert dialog.resets["title"].isEnabled() and not dialog.resets["date"].isEnabled()
    dialog.resets["title"].click()
    assert title.text() == ""
    date.setText(" 2021-07-13 ")
    assert dialog.changes() == {"title": None, "date": "2021-07-13"}


def test_dialog_refuses_a_date_that_does_not_exist_and_stays_open(qtbot):
    dialog = LetterDetailsDialog(SEED_004, Metadata(date="2021-07-12"), {})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["date"].setText("2021-02-30")
    _ok(dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert "does not exist" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    dialog.edits["date"].setText("12-07-2021")
    _ok(dialog)
    assert "YYYY-MM-DD" in dialog.error.text() and dialog.isVisible()


def test_edit_details_updates_list_reader_and_search_and_undoes_in_one_step(
        window, library, qtbot):
    window.open_letter(SEED_004)
    assert any("Vreemdelingenbeleid" in t for t in _row_texts(window, SEED_004))
    window.actions.edit_details.trigger()
    dialog = window.letter_details.dialog
    assert dialog is not None and dialog.isVisible() and dialog.letter_id == SEED_004
    dialog.edits["title"].setText(NEW_TITLE)
    dialog.edits["date"].setText("2021-07-13")
    _ok(dialog)
    # stored as user data, one undo step
    edit = library.annotations.letter_edit(SEED_004)
    assert edit.fields == {"title": NEW_TITLE, "date": "2021-07-13"}
    texts = _row_texts(window, SEED_004)
    assert any(NEW_TITLE in t for t in texts) and "2021-07-13" in texts
    header = window.reader.view.toPlainText()[:400]
    assert NEW_TITLE in header and "Vreemdelingenbeleid" not in header
    # the search finds the corrected title
    window.search.query_box.setText(f"title:{NEW_TITLE.split()[0].lower()}")
    window.search.request_search()
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0, timeout=10000)
    hits = [window.search.model.hit(r) for r in range(window.search.model.rowCount())]
    assert [h.id for h in hits if h.kind == "letter"] == [SEED_004]
    assert window.actions.undo.isEnabled()
    window.actions.undo.trigger()
    assert library.annotations.letter_edit(SEED_004) is None
    assert not any(NEW_TITLE in t for t in _row_texts(window, SEED_004))
    assert "Vreemdelingenbeleid" in window.reader.view.toPlainText()[:400]
    assert library.index_is_current()  # undo re-indexed the letter, no rebuild needed


def test_list_context_menu_opens_the_dialog_for_that_row(window, qtbot):
    model = window.letters.model
    index = model.index(model.row_of(SEED_004), 0)
    menu = window.letters.context_menu(index)
    action = menu.actions()[0]  # then the letter's originals (see the test below)
    assert action.text().replace("&", "") == "Edit Letter Details…"
    with qtbot.waitSignal(window.letters.edit_details_requested) as signal:
        action.trigger()
    assert signal.args == [SEED_004]
    dialog = window.letter_details.dialog
    assert dialog is not None and dialog.letter_id == SEED_004 and dialog.isVisible()
    dialog.edits["reference"].setText("3370303")
    qtbot.keyClick(dialog.edits["reference"], Qt.Key.Key_Return)
    assert window.library.annotations.letter_edit(SEED_004).fields == {"reference": "3370303"}
    assert model.index(model.row_of(SEED_004), 0).data(LetterTableModel.ID_ROLE) == SEED_004


def test_a_correction_made_on_the_command_line_shows_in_the_open_window(window, data_dir):
    from desktop_app.cli import main

    window.open_letter(SEED_004)
    code = main(["--data-dir", str(data_dir), "letter-edit", SEED_004, "--title", NEW_TITLE],
                out=_Sink(), err=_Sink())
    assert code == 0
    window.store_watch.poll()
    assert any(NEW_TITLE in t for t in _row_texts(window, SEED_004))
    assert NEW_TITLE in window.reader.view.toPlainText()[:400]


class _Sink:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


def test_list_context_menu_opens_the_letters_original(window, monkeypatch):
    opened = []
    monkeypatch.setattr(window.reader, "open_url", lambda url: opened.append(url) or True)
    model = window.letters.model
    index = model.index(model.row_of(SEED_004), 0)
    menu = window.letters.context_menu(index)
    entries = [a for a in menu.actions() if a.text().startswith("Open Original")]
    (kept,) = window.library.originals_of(SEED_004)
    assert [a.isEnabled() for a in entries] == [True] and entries[0].toolTip() == str(kept)
    entries[0].trigger()
    assert [u.toLocalFile() for u in opened] == [str(kept)]
