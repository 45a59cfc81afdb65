"""The window's one catalogue of messages (desktop_app/ui/shell/messages.py): every domain code
has a window text, in Dutch too, written for a window user (no command-line flags), and the window
never shows a domain error's English."""

from __future__ import annotations

import re
import sqlite3

import pytest
import sqlite_utils
from error_codes import domain_codes
from testdata import SEED_001_ID

from desktop_app.errors import IngestError, Message, NotFound, UserError
from desktop_app.export.errors import ExportError
from desktop_app.store.db import StoreError
from desktop_app.ui.shell.messages import Messages, message_text

FLAG = re.compile(r"(?<![\w-])--[a-z]|desktop-app")


@pytest.fixture
def dutch(qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _entries():
    messages = Messages()
    for kind in ("", "ingest", "export"):
        for code, (text, names) in messages.catalogue(kind).items():
            yield kind, code, text, names


def test_every_domain_code_has_a_window_text(qapp):
    codes = domain_codes()
    assert len(codes) > 90 and ("", "write-disk-full") in codes and ("ingest", "pdf-scan") in codes
    messages = Messages()
    missing = sorted((kind, code) for kind, code in codes
                     if code not in messages.catalogue(kind) and code != "partly-understood")
    assert missing == []


def test_the_window_texts_speak_of_the_window_not_the_command_line(qapp):
    for kind, code, text, names in _entries():
        assert not FLAG.search(text), (kind, code, text)
        assert len(names) == len(set(re.findall(r"%(\d)", text))), (kind, code, text)


def test_every_window_text_is_dutch_in_the_dutch_window(qapp, request):
    english = {(kind, code): text for kind, code, text, _ in _entries()}
    request.getfixturevalue("dutch")
    untranslated = []
    for kind, code, text, _ in _entries():
        assert not FLAG.search(text), (kind, code, text)
        if text == english[kind, code]:
            untranslated.append((kind, code))
    assert len(english) > 90 and untranslated == []


@pytest.mark.parametrize(("error", "english"), [
    (StoreError("The disk holding the database /d/library.db is full. … with --data-dir",
                code="disk-full", path="/d/library.db"),
     "The disk holding the database /d/library.db is full, so it cannot be opened. Free some "
     "disk space and start the app again; nothing in the database was changed."),
    (ExportError("Cannot write /o/x.csv: the disk is full.", "disk-full", path="/o/x.csv"),
     "Cannot write /o/x.csv: the disk is full. Make room or choose another location; nothing "
     "was written."),
    (IngestError("/in/a.pdf", "the PDF has no text layer", "pdf-scan"),
     "/in/a.pdf: the PDF has no text layer (it is a scan). Run OCR on it first, or import a "
     "text version of the letter."),
    (IngestError("/in/a.doc", "unsupported", "unsupported-type", ext="", supported=".txt"),
     "/in/a.doc: unsupported file type “no extension”. Supported: .txt."),
    (NotFound("No letter x. List the letters with `desktop-app letters`."),
     "It is no longer in the library (it may have been deleted in the meantime). Choose "
     "another one."),
])
def test_a_coded_error_is_worded_by_the_catalogue_not_its_english(qapp, error, english):
    assert message_text(error) == english


def test_an_unknown_code_gets_a_general_message_with_the_detail(qapp):
    assert message_text(UserError("Something odd.", code="no-such-code")) == \
        "This could not be done (Something odd.)."
    assert message_text("Already window text.") == "Already window text."
    joined = Message("a b", "", (Message("x", "open-quote"), Message("y", "unmatched-bracket")))
    assert message_text(joined) == \
        'a quotation mark (") is not closed a square bracket is not matched'


def test_a_general_message_is_dutch_too(qapp, dutch):
    assert message_text(UserError("Something odd.", code="no-such-code")) == \
        "Dit kon niet worden gedaan (Something odd.)."


def test_a_damaged_pdf_is_said_without_the_pdf_librarys_english(qapp, dutch, tmp_path):
    from desktop_app.ingest import read_file

    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"this is not a pdf")
    with pytest.raises(IngestError) as info:
        read_file(broken)
    assert info.value.code == "pdf-damaged" and "PDFium" in str(info.value)  # the CLI's detail
    assert message_text(info.value) == (
        f"{broken}: de PDF is beschadigd of geen PDF. Download de brief opnieuw of importeer "
        "de tekstversie.")


def test_the_file_dialogs_are_dutch_in_the_dutch_window(qapp, dutch, tmp_path):
    """Qt's own dialog (no native one here) with Qt's Dutch, and our two labels it lacks."""
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.shell import file_dialogs

    dialog = file_dialogs._dialog(None, "Brieven importeren", str(tmp_path), "Brieven (*.txt)")
    label = QFileDialog.DialogLabel
    try:
        assert dialog.labelText(label.LookIn) == "Zoeken in:"
        assert dialog.labelText(label.FileType) == "Bestandstype:"
        assert dialog.labelText(label.FileName) == "Bestands&naam:"  # Qt's own translation
    finally:
        dialog.deleteLater()


def _full_disk_on_commit(monkeypatch) -> None:
    """SQLite reports a full disk when an annotation write commits."""
    real = sqlite_utils.Database.execute

    def execute(self, sql, *args, **kwargs):
        if sql == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.Database, "execute", execute)


def test_a_full_disk_while_annotating_is_said_for_the_dutch_window(window, monkeypatch, dutch):
    """The domain's English says "… with --data-dir"; the window says it in Dutch, its way."""
    assert window.open_letter(SEED_001_ID)
    letter = window.reader.letter
    _full_disk_on_commit(monkeypatch)
    assert window.annotating.annotate(letter, 0, 12, "belangrijk") is None
    text = window.message_bar.text()
    assert window.message_bar.kind == "error"
    assert text.startswith("De schijf met de aantekeningen is vol")
    assert not FLAG.search(text) and "disk" not in text
    monkeypatch.undo()
    assert window.library.annotations.annotations(SEED_001_ID) == []


def test_a_full_disk_while_annotating_in_english_names_no_flag(window, monkeypatch):
    assert window.open_letter(SEED_001_ID)
    _full_disk_on_commit(monkeypatch)
    window.annotating.annotate(window.reader.letter, 0, 12, "belangrijk")
    assert window.message_bar.text() == (
        "The disk holding the annotations is full, so the change was not saved. Free some disk "
        "space and try again; nothing already saved was lost.")
