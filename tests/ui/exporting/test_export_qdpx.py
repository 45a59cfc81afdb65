"""The export dialog writes a REFI-QDA project (.qdpx) of the chosen annotations."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace

import pytest

SEED_004 = "kst-19637-2764"
NOTE = "Navragen bij de IND"
NS = {"q": "urn:QDA-XML:project:1.0"}


@pytest.fixture(autouse=True)
def english(qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def coded_library(library):
    """Two annotations (one with a note) in a collection."""
    letter = library.letter(SEED_004)
    store = library.annotations
    coll = store.create_collection("Asielketen")
    quotes = []
    for sentence, note in (("De doorlichting heeft geleid tot twee rapporten.", NOTE),
                           ("Daarna ga ik in op de doorlichting van de asielketen.", "")):
        start = letter.text.index(sentence)
        ann = store.add(SEED_004, letter.text, start, start + len(sentence), note=note,
                        tags=["cursus/asiel"])
        store.add_to_collection(coll.id, annotation_id=ann.id)
        quotes.append(ann.quote)
    library.test_quotes = quotes
    return library


def _save_as(monkeypatch, path) -> list:
    seen = []

    def answer(parent, title, suggested, file_filter):
        seen.append((title, suggested, file_filter))
        return str(path)

    monkeypatch.setattr("desktop_app.ui.exporting.exporting.ask_save_path", answer)
    return seen


@pytest.mark.parametrize("notes", [True, False])
def test_the_dialog_exports_a_qdpx_project(make_window, coded_library, monkeypatch, tmp_path,
                                           notes):
    window = make_window(coded_library)
    out = tmp_path / "project"  # the suffix is added
    seen = _save_as(monkeypatch, out)
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    index = dialog.format_combo.findData("qdpx")
    assert index >= 0 and "qdpx" in dialog.format_combo.itemText(index)
    dialog.format_combo.setCurrentIndex(index)
    dialog.notes_check.setChecked(notes)
    dialog.export_button.click()
    assert seen[0][1].endswith("Asielketen.qdpx") and "*.qdpx" in seen[0][2]
    written = tmp_path / "project.qdpx"
    with zipfile.ZipFile(written) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        texts = {n: archive.read(n).decode("utf-8") for n in archive.namelist()
                 if n.startswith("sources/")}
    assert root.get("name") == "Asielketen"
    (source,) = root.findall("q:Sources/q:TextSource", NS)
    text = texts["sources/" + source.get("plainTextPath").removeprefix("internal://")]
    quotes = [text[int(s.get("startPosition")):int(s.get("endPosition"))]
              for s in source.findall("q:PlainTextSelection", NS)]
    assert sorted(quotes) == sorted(coded_library.test_quotes)
    memos = [n.findtext("q:PlainTextContent", namespaces=NS) for n in root.iter(
        f"{{{NS['q']}}}Note")]
    assert memos == ([NOTE] if notes else [])
    message = window.message_bar.text()
    assert window.message_bar.kind == "info" and str(written) in message
    assert "2 passages" in message


def test_left_out_annotations_are_said_in_the_message_bar(make_window, coded_library,
                                                          monkeypatch, tmp_path):
    store = coded_library.annotations
    orphan = store.annotations()[0]
    monkeypatch.setattr(type(store), "annotations_by_id", lambda self, ids: [
        replace(a, status="orphan") if a.id == orphan.id else a for a in store.annotations()])
    window = make_window(coded_library)
    _save_as(monkeypatch, tmp_path / "p.qdpx")
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("qdpx"))
    dialog.export_button.click()
    message = window.message_bar.text()
    assert "1 passage from 1 letter" in message
    assert "1 annotation left out: no longer found in its letter." in message
