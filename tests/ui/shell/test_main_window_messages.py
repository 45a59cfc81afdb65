"""Domain errors carry a code the window translates: search query and index messages, import
errors and an unknown letter. The English text stays what the command line prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop_app.errors import IngestError, Message, join_messages

ROOT = Path(__file__).resolve().parents[3]


class DictTranslator(QTranslator):
    """A translator from a {(context, source): translation} table (None: not translated)."""

    def __init__(self, table: dict[tuple[str, str], str]):
        super().__init__()
        self.table = table
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        self.asked.add((context, source))
        return self.table.get((context, source))


@pytest.fixture
def translate(qapp):
    """Install a DictTranslator with the given table for one test."""
    installed = []

    def install(table):
        t = DictTranslator(table)
        qapp.installTranslator(t)
        installed.append(t)
        return t

    yield install
    for t in installed:
        qapp.removeTranslator(t)


# -- the domain side: codes and parameters, the CLI text unchanged ---------------------------

def test_query_problems_have_codes_and_keep_the_cli_text():
    from desktop_app.search import clean_query

    _text, error = clean_query('"asiel ( onzin:x OR')
    assert isinstance(error, Message) and isinstance(error, str)
    assert error.code == "partly-understood"
    assert [p.code for p in error.parts] == ["open-quote", "unmatched-parenthesis",
                                             "unknown-field", "operator-at-end"]
    assert error.parts[2].params == {"field": "onzin"}
    assert error.parts[3].params == {"operator": "OR"}
    assert error.startswith("Query not understood completely: a quote (\") is not closed; ")
    assert error.endswith(". Showing results for what could be read.")


def test_search_errors_of_a_real_index_have_codes(library):
    result = library.search_index().search("datum:2021-13 soort:onzin gelofwaardigheid~4")
    codes = [p.code for p in result.error.parts]
    assert codes == ["bad-date", "unknown-kind", "fuzzy-limit"]
    assert result.error.parts[0].params == {"value": "2021-13"}
    assert result.error.parts[2].params == {"word": "gelofwaardigheid", "maximum": 2, "asked": 4}
    assert "'2021-13' is not a date" in result.error  # the English text, as before


def test_join_messages():
    assert join_messages([None, ""]) is None
    one = Message("A.", "a")
    assert join_messages([one, None]) is one
    both = join_messages([one, "B."])
    assert both == "A. B." and both.code == "" and [p.code for p in both.parts] == ["a", ""]


@pytest.mark.parametrize(("name", "data", "code"), [
    ("empty.txt", b"", "empty"),
    ("junk.txt", b"\x00\x01\x02" * 50, "binary"),
    ("broken.pdf", b"this is not a pdf", "pdf-damaged"),
    ("broken.xml", b"<kamerstuk><a></kamerstuk>", "bad-xml"),
    ("other.xml", b"<html><body>x</body></html>", "not-kamerstuk"),
    ("letter.doc", b"text", "unsupported-type"),
])
def test_ingest_errors_have_codes(tmp_path, name, data, code):
    from desktop_app.ingest import read_file

    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == code
    assert str(caught.value).startswith(f"{path}: ")  # the CLI text: file, then problem


# every domain code has a window text: tests/ui/shell/test_messages.py (the one catalogue)


# -- the window side: translated with tr() -----------------------------------------------------

def test_query_problems_are_shown_translated(window, translate):
    t = translate({
        ("Messages", "Query not understood completely: %1. Showing results for what could "
                       "be read."): "Zoekvraag niet helemaal begrepen: %1. Zie de resultaten.",
        ("Messages", 'a quotation mark (") is not closed'): "aanhalingsteken niet gesloten",
        ("Messages", "a parenthesis is not matched"): "haakje zonder tegenhanger",
        ("Messages", "“%1” is not a date (ignored); write datum:2021, datum:2021-06, "
                       "datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30]."):
            "“%1” is geen datum",
    })
    window.search.query_box.setText('"asiel ( datum:2021-13')
    window.search.request_search()
    status = window.search.status.text()
    assert ("Zoekvraag niet helemaal begrepen: aanhalingsteken niet gesloten; haakje zonder "
            "tegenhanger. Zie de resultaten. “2021-13” is geen datum") in status
    assert "not closed" not in status and "is not a date" not in status
    assert ("Messages", "a parenthesis is not matched") in t.asked


def test_index_errors_in_the_search_pane_are_translated(window, translate, monkeypatch):
    from desktop_app.search import IndexCorrupt

    def missing(*_args, **_kwargs):
        raise IndexCorrupt("There is no search index in /x yet; it is being built from the "
                           "library.", code="index-missing", root="/x")

    monkeypatch.setattr(window.search_service.index, "search", missing)
    translate({("Messages", "The search index is not ready yet; it is being built from the "
                              "letters. Search again in a moment."): "De index is nog niet klaar."})
    window.search.query_box.setText("asiel")
    window.search.request_search()
    assert "De index is nog niet klaar." in window.search.status.text()
    assert "/x" not in window.search.status.text()


def test_import_errors_are_translated(window, translate, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(b"this is not a pdf")
    (folder / "empty.txt").write_bytes(b"")
    translate({
        ("Messages", "the file is empty. Choose a file that contains a letter."):
            "het bestand is leeg.",
        ("Messages", "the PDF is damaged or not a PDF. Download the letter again or "
                     "import its text version."): "de PDF is beschadigd.",
    })
    assert window.import_paths([str(folder)])
    text = window.message_bar.text()
    assert f"{folder / 'empty.txt'}: het bestand is leeg." in text
    assert f"{folder / 'broken.pdf'}: de PDF is beschadigd." in text and "PDFium" not in text
    assert "Choose a file" not in text and "Download the letter" not in text


def test_unknown_letter_message_is_for_the_window_and_translated(window, translate):
    assert not window.open_letter("kst-does-not-exist")
    text = window.message_bar.text()
    assert "kst-does-not-exist" in text
    assert "desktop-app" not in text and "`" not in text  # no command to type
    translate({("MainWindow", "The letter “%1” is no longer in the library. Choose a letter in "
                              "the list, or import it again."): "De brief “%1” is er niet meer."})
    assert not window.open_letter("kst-does-not-exist")
    assert window.message_bar.text() == "De brief “kst-does-not-exist” is er niet meer."
    assert window.message_bar.kind == "error"


def test_a_failed_background_job_is_worded_in_the_users_language(window, translate,
                                                                   monkeypatch):
    # Rebuilding the index while another program holds its lock: the job's UserError reaches
    # the window with its code, not as an English string.
    from desktop_app.search import IndexLocked
    from desktop_app.ui.library import library_jobs

    def locked(_data_dir):
        def job(_progress, _cancelled):
            raise IndexLocked("The search index is locked by another process; wait until it "
                              "has finished indexing, then try again.", code="index-locked")
        return job

    monkeypatch.setattr(library_jobs, "rebuild_index_job", locked)
    translate({("Messages", "The search index is locked by another program; wait until it "
                              "has finished indexing, then try again."): "De index is bezet."})
    window.rebuild_index()  # the tests' job runner is synchronous
    assert window.message_bar.kind == "error"
    assert window.message_bar.text() == "De index is bezet."
