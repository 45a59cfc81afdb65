"""Painting a letter again after an annotation changes (issue 17): a busy letter's thousands
of annotations share a few tooltips, and a note is turned into HTML once, not on every change."""

from __future__ import annotations

from testdata import record_calls

from desktop_app.model import Annotation, Block, Letter, Metadata, PaletteColor
from desktop_app.ui.reader import reader as reader_module
from desktop_app.ui.reader.reader import ReaderPane

TEXT = "Wij gaan de Kamer voor de zomer informeren over de voortgang van het onderzoek."


def _annotation(n: int, note: str = "", color: str = "vraag") -> Annotation:
    start = n % 40 if color == "vraag" else 60  # the other colour's passage stands alone
    return Annotation(id=f"a{n}", letter_id="x", start=start, end=start + 10,
                      quote=TEXT[start:start + 10], color=color, note=note,
                      created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z")


def _reader(qtbot) -> ReaderPane:
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.set_palette([PaletteColor("vraag", "#ffe08a", ""), PaletteColor("kern", "#b9e4c9", "")])
    reader.show_letter(Letter(id="x", metadata=Metadata(subject="X"), text=TEXT,
                              blocks=(Block("paragraph", 0, len(TEXT)),)))
    return reader


def _tooltips(reader: ReaderPane) -> list[str]:
    out = []
    block = reader.view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            out.append(it.fragment().charFormat().toolTip())
            it += 1
        block = block.next()
    return out


def test_annotations_alike_share_one_tooltip_worked_out_once(qtbot, monkeypatch):
    reader = _reader(qtbot)
    real = reader.annotation_title
    described = record_calls(monkeypatch, reader, "annotation_title", lambda a: a.id)
    alike, other = [_annotation(n) for n in range(200)], _annotation(200, color="kern")
    reader.set_annotations([*alike, other])
    assert len(described) == 2  # one per colour, not one per annotation
    tips = {t for t in _tooltips(reader) if t}
    assert tips == {f"<qt>{real(alike[0])}</qt>", f"<qt>{real(other)}</qt>"}


def test_a_note_becomes_html_once_however_often_the_letter_is_painted(qtbot, monkeypatch):
    reader = _reader(qtbot)
    rendered = record_calls(monkeypatch, reader_module, "markdown_html")
    notes = [_annotation(n, note=f"Noot **{n}**") for n in range(30)]
    for shown in range(1, len(notes) + 1):  # one more annotation each time, as when marking
        reader.set_annotations(notes[:shown])
    assert sorted(rendered) == sorted(a.note for a in notes)
    assert any("<qt><b>" in t and "font-weight" in t and "Noot" in t for t in _tooltips(reader))
