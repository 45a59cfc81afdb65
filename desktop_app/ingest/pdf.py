"""PDF files → a letter, read by the geometry of its pages (PDFium via pypdfium2).

:mod:`desktop_app.ingest.pdf_layout` finds lines, the letterhead column, running heads and
footers, footnotes and paragraphs from positions and type; this module opens the file,
turns its problems into messages, and hands the parts to the text reader's header and
signature rules.
"""

from __future__ import annotations

from desktop_app.errors import IngestError
from desktop_app.ingest.footnotes import RawFootnote, dedupe_notes
from desktop_app.ingest.header import read_header
from desktop_app.ingest.lines import Line
from desktop_app.ingest.paragraphs import RawBlock
from desktop_app.ingest.pdf_glyphs import TextLine
from desktop_app.ingest.pdf_layout import Layout, read_layout
from desktop_app.ingest.pdf_paragraphs import Paragraph, paragraphs, signature_columns
from desktop_app.ingest.textreader import letter_from_blocks
from desktop_app.ingest.unicode import clean_unicode
from desktop_app.model import ParsedLetter

MAX_PAGES = 500


def read_pdf_layout(data: bytes, source: str) -> Layout:
    """Open a PDF and read its layout; a damaged, encrypted or huge PDF is an IngestError."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problem = str(exc)
        if "password" in problem.lower():
            raise IngestError(source, "the PDF is encrypted (password protected). Save an "
                              "unprotected copy and import that.", "pdf-encrypted") from exc
        raise IngestError(source, f"the PDF is damaged or not a PDF ({problem.rstrip('.')})."
                          " Download the letter again or import its text version.", "pdf-damaged",
                          detail=problem.rstrip(".")) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise IngestError(source, f"the PDF has {len(pdf)} pages; a letter has at most "
                              f"{MAX_PAGES}. Import the letter itself, not a whole volume.",
                              "pdf-too-long", pages=len(pdf), max_pages=MAX_PAGES)
        return read_layout(pdf)
    finally:
        pdf.close()


def parse_pdf(data: bytes, source: str) -> ParsedLetter:
    """Read a PDF letter: header fields from page 1, body paragraphs, notes, pages."""
    layout = read_pdf_layout(data, source)
    if not layout.lines and not layout.head:
        raise IngestError(source, "the PDF has no text layer (it is a scan). Run OCR on it "
                          "first, or import a text version of the letter.", "pdf-scan")
    return letter_from_layout(layout, source)


def letter_from_layout(layout: Layout, source: str) -> ParsedLetter:
    """A :class:`Layout` → ParsedLetter.

    The header rules read page 1 line by line (the letterhead column first, then the lines
    of the text column); the body starts where they say it does, and its paragraphs come
    from the geometry.
    """
    rows: list[tuple[Line, TextLine | None]] = []
    for ln in layout.head:
        rows.append((Line(clean_unicode(ln.text), page=1), None))
    if rows:
        rows.append((Line("", page=1), None))
    first_body = len(rows)
    previous: TextLine | None = None
    for ln in layout.lines:
        if previous is not None and (previous.page != ln.page
                                     or previous.base - ln.base > 1.8 * ln.size + 4):
            rows.append((Line("", page=ln.page), None))
        rows.append((Line(clean_unicode(ln.text), page=ln.page), ln))
        previous = ln
    head = read_header([line for line, _ in rows])
    start = max(head.body_start, first_body)
    body = [ln for _, ln in rows[start:head.body_end or len(rows)] if ln is not None]
    body = signature_columns(body, layout.left, layout.right)
    blocks = [_raw_block(p) for p in paragraphs(body, layout.body_size, layout.right)]
    notes = [RawFootnote(marker, clean_unicode(text), page)
             for marker, text, page in layout.notes if text]
    return letter_from_blocks(head, blocks, dedupe_notes(notes), source, "pdf", [], glued=False)


def _raw_block(p: Paragraph) -> RawBlock:
    text = clean_unicode(p.text)
    if p.kind == "heading":
        return RawBlock("heading", text, 2, page=p.page)
    if p.kind == "table_row":
        return RawBlock("table_row", text, page=p.page)
    return RawBlock(p.kind, text, 0, p.label, p.page)
