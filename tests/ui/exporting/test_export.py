"""Exports from the window: the course-pack dialog in every format, notes left out, a path
that cannot be written, and the commitments overview as CSV."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

import pytest

SEED_004 = "kst-19637-2764"
NOTE = "Navragen bij de IND"


@pytest.fixture(autouse=True)
def english(qapp):
    """English plural forms ("2 passages"), as the app installs them."""
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def pack_library(library):
    """Two annotations with a note and a tag, in a collection with a section heading."""
    letter = library.letter(SEED_004)
    store = library.annotations
    anns = []
    for sentence, note in (("De doorlichting heeft geleid tot twee rapporten.", NOTE),
                           ("Daarna ga ik in op de doorlichting van de asielketen.", "")):
        start = letter.text.index(sentence)
        anns.append(store.add(SEED_004, letter.text, start, start + len(sentence), note=note,
                              tags=["cursus"]))
    coll = store.create_collection("Asielketen")
    store.add_to_collection(coll.id, heading="Kern")
    for ann in anns:
        store.add_to_collection(coll.id, annotation_id=ann.id)
    library.test_quotes = [a.quote for a in anns]
    library.test_collection = coll.id
    return library


def _save_as(monkeypatch, path) -> list:
    """Answer the save dialog with ``path``; returns the suggested names seen."""
    seen = []

    def answer(parent, title, suggested, file_filter):
        seen.append(suggested)
        return str(path)

    monkeypatch.setattr("desktop_app.ui.exporting.exporting.ask_save_path", answer)
    return seen


def _export(window, fmt: str, *, notes: bool = True):
    dialog = window.exporter.dialog
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))
    dialog.notes_check.setChecked(notes)
    dialog.export_button.click()
    return dialog


def _docx_text(path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def _pdf_text(path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def _html_text(path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts)


READERS = {"md": lambda p: p.read_text(encoding="utf-8"), "html": _html_text,
           "docx": _docx_text, "pdf": _pdf_text}


def _flat(text: str) -> str:
    """Words only: line breaks, PDF hyphen marks and Markdown escapes do not count."""
    return " ".join(text.replace("\r", " ").replace("\ufffe", "").replace("\\", "").split())


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_collection_exports_in_every_format_from_the_dialog(make_window, pack_library,
                                                            monkeypatch, tmp_path, fmt):
    window = make_window(pack_library)
    out = tmp_path / f"pakket.{fmt}"
    seen = _save_as(monkeypatch, out)
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    assert dialog.source_combo.currentData() == "collection"
    assert dialog.title_box.text() == "Asielketen"
    summary = dialog.summary_label.text()
    assert "2 passages" in summary and "1 letter" in summary and "1 note" in summary
    assert "Kern" in summary  # the section heading
    assert "Kamerstukken II" in dialog.passages.toPlainText()  # a citation in the preview
    _export(window, fmt)
    assert seen and seen[0].endswith(f"Asielketen.{fmt}")
    assert not dialog.isVisible()
    text = _flat(READERS[fmt](out))
    assert "Asielketen" in text and "Kern" in text
    for quote in pack_library.test_quotes:
        assert _flat(quote) in text
    assert NOTE in text
    message = window.message_bar.text()
    assert window.message_bar.kind == "info" and str(out) in message
    assert f'href="{out.parent.as_uri()}"' in message  # "Open folder"
    assert window.job_id == 0 and not window.progress.isVisible()


def test_without_notes_leaves_the_notes_out(make_window, pack_library, monkeypatch, tmp_path):
    window = make_window(pack_library)
    out = tmp_path / "zonder.md"
    _save_as(monkeypatch, out)
    window.collections.reload(pack_library.test_collection)
    window.collections.export_button.click()  # the Collections tab's Export button
    dialog = window.exporter.dialog
    dialog.notes_check.setChecked(False)
    assert "personal notes left out" in dialog.summary_label.text()
    assert NOTE not in dialog.passages.toPlainText()
    _export(window, "md", notes=False)
    text = out.read_text(encoding="utf-8")
    assert _flat(pack_library.test_quotes[0]) in _flat(text)
    assert NOTE not in text


def test_selected_annotations_export_under_the_title_given(make_window, pack_library,
                                                           monkeypatch, tmp_path):
    window = make_window(pack_library)
    out = tmp_path / "selectie.html"
    _save_as(monkeypatch, out)
    panel = window.annotations
    panel.scope.setCurrentIndex(panel.scope.findData(""))  # all letters
    panel.table.selectAll()
    assert panel.export_button.isEnabled()
    panel.export_button.click()
    dialog = window.exporter.dialog
    assert dialog.source_combo.currentData() == "annotations"
    dialog.title_box.setText("Mijn selectie")
    _export(window, "html")
    text = _html_text(out)
    assert "Mijn selectie" in text and NOTE in text


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_a_path_that_cannot_be_written_is_shown_in_the_message_bar(
        make_window, pack_library, monkeypatch, tmp_path, where):
    window = make_window(pack_library)
    out = tmp_path / "nope" / "pakket.docx" if where == "missing-folder" else tmp_path
    if where == "a-folder":
        out = tmp_path / "map.docx"
        out.mkdir()
    _save_as(monkeypatch, out)
    window.actions.export.trigger()
    _export(window, "docx")
    message = window.message_bar.text()
    assert window.message_bar.kind == "error"
    assert message.startswith(f"Cannot write {out}")
    assert ("does not exist" if where == "missing-folder" else "it is a folder") in message
    assert "Traceback" not in message
    assert window.job_id == 0 and window.actions.export.isEnabled()


def test_nothing_to_export_says_what_to_do(window, monkeypatch):
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    assert not dialog.export_button.isEnabled()
    assert "nothing to export" in dialog.summary_label.text()


def test_commitments_overview_exports_the_filtered_rows_as_csv(window, library, monkeypatch,
                                                               tmp_path):
    out = tmp_path / "toezeggingen"
    _save_as(monkeypatch, out)
    window.actions.show_commitments.trigger()
    view = window.commitments
    everything = view.model.rowCount()
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("promise"))
    shown = [view.model.commitment_row(i) for i in range(view.model.rowCount())]
    assert 0 < len(shown) < everything
    view.export_rows("csv", ";")
    path = out.with_suffix(".csv")  # the suffix is added
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == len(shown)
    kinds = {r[header.index("Soort")] for r in body}
    assert kinds == {"toezegging"}
    assert [r[header.index("Brief-id")] for r in body] == [r.letter_id for r in shown]
    assert "commitments" in window.message_bar.text() and str(path) in window.message_bar.text()


def test_commitments_export_as_icalendar(window, monkeypatch, tmp_path):
    out = tmp_path / "termijnen.ics"
    _save_as(monkeypatch, out)
    window.actions.show_commitments.trigger()
    window.commitments.export_rows("ics")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") >= 1
    assert "calendar events" in window.message_bar.text()


# ---- review fixes: export problems reach the window in the user's language


class _MarkedTranslator:
    """A stand-in translation of the export messages: "NL[source]" (proves tr() is used)."""

    def __init__(self, qapp):
        from PySide6.QtCore import QTranslator

        class Marked(QTranslator):
            def translate(self, context, source, disambiguation=None, n=-1):
                return f"NL[{source}]" if context == "Messages" else None

            def isEmpty(self):  # noqa: N802 - Qt override
                return False

        self.qapp = qapp
        self.translator = Marked()

    def __enter__(self):
        self.qapp.installTranslator(self.translator)
        return self

    def __exit__(self, *exc):
        self.qapp.removeTranslator(self.translator)


@pytest.mark.parametrize(("where", "source"), [
    ("missing-folder", "NL[Cannot write %1: the folder %2 does not exist.]"),
    ("a-folder", "NL[Cannot write %1: it is a folder. Choose a file name.]"),
])
def test_export_problems_are_translated_in_the_message_bar(
        make_window, pack_library, monkeypatch, tmp_path, qapp, where, source):
    window = make_window(pack_library)
    out = tmp_path / "nope" / "pakket.docx"
    if where == "a-folder":
        out = tmp_path / "map.docx"
        out.mkdir()
    _save_as(monkeypatch, out)
    with _MarkedTranslator(qapp):
        window.actions.export.trigger()
        _export(window, "docx")
    message = window.message_bar.text()
    assert window.message_bar.kind == "error"
    expected = source.replace("%1", str(out)).replace("%2", str(out.parent))
    assert message == expected


def test_a_full_disk_is_said_in_the_users_language(window, monkeypatch, tmp_path, qapp):
    import errno

    from desktop_app.export import atomic

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_fsync", full)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "toezeggingen.ics"
    _save_as(monkeypatch, out)
    window.actions.show_commitments.trigger()
    with _MarkedTranslator(qapp):
        window.commitments.export_rows("ics")
    assert window.message_bar.kind == "error"
    assert window.message_bar.text() == (
        f"NL[Cannot write {out}: the disk is full. Make room or choose another location; "
        "nothing was written.]")
    assert list(folder.iterdir()) == []  # no half-written file, no temporary left


def test_nothing_to_export_in_the_preview_is_translated(make_window, pack_library, qapp):
    window = make_window(pack_library)
    with _MarkedTranslator(qapp):
        window.actions.export.trigger()
        dialog = window.exporter.dialog
        dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("tag"))
        for ann in pack_library.annotations.annotations():  # the tag's passages go away
            pack_library.annotations.delete(ann.id)
        dialog.update_preview()
    assert dialog.summary_label.text() == html_escape(
        "NL[No annotations have the tag “%1”. Choose another tag, or tag passages in the "
        "Annotations tab.]").replace("%1", "cursus")
    assert not dialog.export_button.isEnabled()


def html_escape(text: str) -> str:
    import html

    return html.escape(text)


def _no_save_dialog(monkeypatch) -> list:
    asked = []
    monkeypatch.setattr("desktop_app.ui.exporting.exporting.ask_save_path",
                        lambda *args: asked.append(args) or "")
    return asked


def test_exporting_no_commitments_says_so_and_asks_nothing(window, monkeypatch):
    asked = _no_save_dialog(monkeypatch)
    assert window.exporter.export_commitments([], "csv") is False
    assert asked == [] and window.job_id == 0
    assert window.message_bar.text().startswith("There are no commitments to export")


def test_a_calendar_of_commitments_without_deadlines_is_not_written(window, monkeypatch):
    from desktop_app.export.ical import dated_count

    asked = _no_save_dialog(monkeypatch)
    rows = [r for r in window.library.commitment_rows() if not dated_count([r])]
    assert rows
    assert window.exporter.export_commitments(rows, "ics") is False
    assert asked == []
    assert window.message_bar.text().startswith("None of the commitments shown has a deadline")


def test_preview_shows_markdown_notes_rendered(make_window, library):
    letter = library.letter(SEED_004)
    sentence = "De doorlichting heeft geleid tot twee rapporten."
    start = letter.text.index(sentence)
    library.annotations.add(SEED_004, letter.text, start, start + len(sentence),
                            note="**Navragen** bij de *IND*", tags=["cursus"])
    window = make_window(library)
    window.actions.export.trigger()
    dialog = window.exporter.dialog
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("tag"))
    preview = dialog.passages
    assert "Navragen bij de IND" in " ".join(preview.toPlainText().split())
    assert "**" not in preview.toPlainText() and "*IND*" not in preview.toPlainText()
    assert "font-weight" in preview.toHtml()  # the bold of **Navragen** survives
