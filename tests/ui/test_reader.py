"""The reader with hostile data: an imported annotation whose id, colour, tag and note carry
HTML, images of /dev/zero and a file: link, and a Kamerstuk with an injected footnote marker.
Nothing of it becomes markup, no file is read, and the note's file link opens nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from testdata import DATA

from desktop_app.export import w3c
from desktop_app.model import PaletteColor
from desktop_app.ui.annotation_dialogs import AnnotationDialog
from desktop_app.ui.annotation_models import note_tooltip
from desktop_app.ui.reader import ReaderPane

HOSTILE = DATA / "hostile"
SEED_004 = "kst-19637-2764"
PAYLOAD = '"><img src=/dev/zero>'


def _fragments(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def _images(doc) -> list[str]:
    return [f.charFormat().toImageFormat().name() for f in _fragments(doc)
            if f.charFormat().isImageFormat()]


def _markup_names(doc) -> list[str]:
    """Every anchor name and link of the document."""
    out = []
    for f in _fragments(doc):
        out += f.charFormat().anchorNames() + [f.charFormat().anchorHref()]
    return [x for x in out if x]


def test_a_hostile_imported_annotation_is_shown_as_text(window, qtbot):
    incoming = w3c.read_file(HOSTILE / "annotations_injected_id.json")
    assert incoming[0].id == PAYLOAD  # the store keeps the id as given …
    window.library.import_annotations(incoming)
    window.open_letter(SEED_004)
    reader = window.reader
    (ann,) = reader.annotations
    assert reader.select_annotation(ann.id)

    doc = reader.view.document()
    assert _images(doc) == []  # … and the letter's document holds no image
    assert reader.view.blocked() == []  # nor asked for one
    assert not any("/dev/zero" in name or "img" in name for name in _markup_names(doc))
    painted = reader.painted_spans("ann-")
    assert painted and {name for _, _, name in painted} == {f"ann-{ann.id}"}

    details = reader.details.text()  # the note shown under the letter (rich text)
    assert "<img" not in details and "file:" not in details and "javascript:" not in details
    assert "zero" in details and "het wachtwoordbestand" in details  # alt text, link words
    assert "&lt;img" in details  # the tag and the raw HTML, as text

    tips = [f.charFormat().toolTip() for f in _fragments(doc) if f.charFormat().toolTip()]
    assert tips and not any("<img" in tip or "file:" in tip for tip in tips)
    assert "<img" not in note_tooltip(ann.note)

    reader.current_annotation = ""
    with qtbot.waitSignal(reader.annotation_clicked, timeout=5000) as clicked:
        reader.view.anchorClicked.emit(reader.annotation_url(ann.id))  # a click on it
    assert clicked.args == [ann.id] and reader.current_annotation == ann.id


def test_a_note_preview_follows_no_file_link(qtbot, monkeypatch):
    (ann,) = w3c.read_file(HOSTILE / "annotations_injected_id.json")
    opened = []
    monkeypatch.setattr("desktop_app.ui.safe_text.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    dialog = AnnotationDialog(ann, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    assert _images(preview.document()) == [] and preview.blocked() == []
    shown = preview.toPlainText()
    assert "zero" in shown and '<img src="/dev/zero">' in shown
    links = [f.charFormat().anchorHref() for f in _fragments(preview.document())
             if f.charFormat().isAnchor()]
    assert links == []  # the file: and javascript: links are plain words
    found = preview.document().find("wachtwoordbestand")
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton,
                     pos=preview.cursorRect(found).center())
    assert preview.toPlainText() == shown and preview.source().isEmpty() and opened == []


def test_an_injected_footnote_marker_is_text_in_the_reader(qtbot, library):
    report = library.import_paths([HOSTILE / "letter_injected_footnote_marker.xml"])
    (letter_id,) = report.added
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(library.letter(letter_id))
    doc = reader.view.document()
    assert _images(doc) == [] and reader.view.blocked() == []
    assert "note-0" in _markup_names(doc)
    assert '¹"><img src=/dev/zero>' in doc.toPlainText()  # the marker as the letter has it


def test_a_colour_meaning_that_looks_like_html_is_a_text_tooltip(window):
    palette = [PaletteColor("x", "#ffe08a", "<img src=/dev/zero>")]
    window.reader.set_palette(palette)
    assert window.reader.colour_actions[0].toolTip() == "<qt>&lt;img src=/dev/zero&gt; (1)</qt>"
    window.wiring._label_colour_actions(palette)  # the window's labels, translated
    assert window.reader.colour_actions[0].toolTip() == "<qt>&lt;img src=/dev/zero&gt; (1)</qt>"
