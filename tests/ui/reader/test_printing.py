"""File → Print… and Print Preview (issue 19): the letter in the reader on paper, with its
highlights or without, page numbers in a footer and no window chrome.

Printing goes to a PDF file (no dialog) and the PDF is read back with pypdfium2.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from desktop_app.render import HIT_COLOUR, KIND_COLOURS, POSSIBLE_FADE, fade
from desktop_app.ui.reader.printing import highlight_spans, print_letter, printable_html

SEED_004 = "kst-19637-2764"  # "Vreemdelingenbeleid", the longest seed letter (4 footnotes)
SEED_003 = "kst-35925-VI-38"  # a short letter
SENTENCE = "De doorlichting heeft geleid tot twee rapporten."
FOOTNOTE = "Bijlage bij Kamerstuk 29 279, nr. 649."
BACKGROUND = re.compile(r"background-color:(#[0-9a-f]{6})")


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_pages(path) -> list[str]:
    """The text of each page, its whitespace (line breaks) collapsed."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(pdf[i].get_textpage().get_text_range().split())
                for i in range(len(pdf))]
    finally:
        pdf.close()


def test_a_long_letter_prints_on_numbered_pages_with_its_title_text_and_footnotes(
        qapp, library, tmp_path):
    letter = library.letter(SEED_004)
    path = tmp_path / "letter.pdf"
    printed = print_letter(pdf_printer(path), letter, True)
    pages = pdf_pages(path)
    assert printed == len(pages) > 1
    first, last = pages[0], pages[-1]
    assert first.startswith("Vreemdelingenbeleid 2021-07-12 · Kamerstuk 19637, nr. 2764")
    assert SENTENCE in first
    assert FOOTNOTE in last  # the footnotes come at the end
    for number, text in enumerate(pages, 1):
        assert text.endswith(f"page {number} of {len(pages)}")
        assert "Vreemdelingenbeleid — nr. 2764" in text  # the footer names the letter
    assert "↩" not in " ".join(pages)  # the footnotes' back links are for the screen


def test_a_short_letter_is_one_page(qapp, library, tmp_path):
    path = tmp_path / "short.pdf"
    assert print_letter(pdf_printer(path), library.letter(SEED_003), False) == 1
    assert pdf_pages(path)[0].endswith("page 1 of 1")


def test_a_page_range_prints_those_pages_numbered_of_all(qapp, library, tmp_path):
    letter = library.letter(SEED_004)
    every = tmp_path / "all.pdf"
    total = print_letter(pdf_printer(every), letter, True)
    path = tmp_path / "range.pdf"
    printer = pdf_printer(path)
    printer.setFromTo(2, 3)
    assert print_letter(printer, letter, True) == 2
    pages = pdf_pages(path)
    assert [p[-len("page 2 of 9"):].strip() for p in pages] == [
        f"page 2 of {total}", f"page 3 of {total}"]


def test_with_highlights_the_commitments_are_painted_and_without_they_are_not(qapp, library):
    letter = library.letter(SEED_004)
    painted = printable_html(letter, highlight_spans(letter))
    plain = printable_html(letter, ())
    colours = set(BACKGROUND.findall(painted))
    kinds = set(KIND_COLOURS.values())
    assert colours & kinds and colours <= kinds | {fade(c, POSSIBLE_FADE) for c in kinds}
    assert len(BACKGROUND.findall(painted)) >= len(letter.commitments)
    assert BACKGROUND.findall(plain) == []
    # the same text either way, and no links or anchors on paper
    for markup in (painted, plain):
        assert "<a " not in markup and "</a>" not in markup and "↩" not in markup
        assert "⁴ " + FOOTNOTE in markup  # the footnotes, after the text
        assert "Vreemdelingenbeleid" in markup and "Kamerstuk 19637, nr. 2764" in markup


def test_the_window_prints_what_the_reader_highlights_but_search_hits(
        make_window, library, tmp_path):
    letter = library.letter(SEED_004)
    start = letter.text.index(SENTENCE)
    library.annotations.add(SEED_004, letter.text, start, start + len(SENTENCE), color="vraag")
    window = make_window(library)
    colour = window.reader.colours["vraag"]
    window.open_letter(SEED_004, matches=[(start, start + 5)])
    printing, highlights = window.printing, window.actions.print_highlights
    assert highlights.isChecked()  # with highlights by default
    painted = set(BACKGROUND.findall(printing.html()))
    assert colour.lower() in painted and set(KIND_COLOURS.values()) & painted
    assert HIT_COLOUR not in painted
    # a kind switched off in the reader's legend is not printed either
    window.reader.legend.boxes["action"].setChecked(False)
    assert KIND_COLOURS["action"] not in set(BACKGROUND.findall(printing.html()))
    highlights.setChecked(False)
    assert BACKGROUND.findall(printing.html()) == []
    path = tmp_path / "window.pdf"
    assert printing.print_on(pdf_printer(path)) == len(pdf_pages(path)) > 1


def test_print_is_disabled_until_a_letter_is_open(make_window, library):
    window = make_window(library)
    a = window.actions
    assert window.reader.letter is None
    assert not a.print_letter.isEnabled() and not a.print_preview.isEnabled()
    window.open_letter(SEED_003)
    assert a.print_letter.isEnabled() and a.print_preview.isEnabled()
    assert a.menus[a.print_letter] is a.menus[a.export]  # in the File menu
    assert a.print_letter.shortcut().toString() == "Ctrl+P"


@pytest.mark.parametrize("with_highlights", [True, False])
def test_the_preview_shows_every_page_and_follows_the_highlights_switch(
        make_window, library, qtbot, with_highlights):
    window = make_window(library)
    window.open_letter(SEED_004)
    highlights = window.actions.print_highlights
    preview = window.printing.make_preview()
    qtbot.addWidget(preview)
    toolbar = preview.findChild(QToolBar)
    assert highlights in toolbar.actions()
    pages = preview.findChild(QPrintPreviewWidget)
    with qtbot.waitSignal(preview.paintRequested, timeout=10000):
        preview.show()
    qtbot.waitUntil(lambda: pages.pageCount() > 1, timeout=10000)
    with qtbot.waitSignal(preview.paintRequested, timeout=10000):
        highlights.setChecked(not highlights.isChecked())
    assert pages.pageCount() > 1
    preview.close()
    assert window.printing.preview is None
    # closed, the preview no longer follows the switch
    with qtbot.assertNotEmitted(preview.paintRequested):
        highlights.setChecked(not highlights.isChecked())


def test_ctrl_p_prints_after_the_print_dialog(make_window, library, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    shown = []

    def accept(dialog):  # the user chose the printer (here: a PDF file) and pressed Print
        shown.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window = make_window(library)
    path = tmp_path / "ctrl-p.pdf"
    window.printing.printer = pdf_printer(path)
    window.actions.print_letter.trigger()  # no letter open: nothing is asked or printed
    assert shown == [] and not path.exists()
    window.open_letter(SEED_003)
    window.actions.print_letter.trigger()
    assert shown == ["Print Letter"]
    assert pdf_pages(path)[0].startswith("Vaststelling van de begrotingsstaten")
