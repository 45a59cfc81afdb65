"""PDF files → text with PDFium (pypdfium2) → the text reader."""

from __future__ import annotations

import re

from desktop_app.errors import IngestError
from desktop_app.ingest.paragraphs import join_hyphenated
from desktop_app.ingest.textreader import parse_text
from desktop_app.model import ParsedLetter

MAX_PAGES = 500
# PDFium reports a line-end hyphen as 'woord- deel' (or with U+0002 for a soft hyphen).
_SPLIT_WORD = re.compile(r"(\b[^\W\d_]+)- ([^\W\d_]+)")


def _page_texts(data: bytes, source: str) -> list[str]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        problem = str(exc)
        if "password" in problem.lower():
            raise IngestError(source, "the PDF is encrypted (password protected). Save an "
                              "unprotected copy and import that.") from exc
        raise IngestError(source, f"the PDF is damaged or not a PDF ({problem}). Download "
                          "the letter again or import its text version.") from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise IngestError(source, f"the PDF has {len(pdf)} pages; a letter has at most "
                              f"{MAX_PAGES}. Import the letter itself, not a whole volume.")
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def rejoin_split_words(text: str) -> str:
    """'inventari- seren' → 'inventariseren', but 'LHBTI- en' and 'wet- en regelgeving' stay."""
    return _SPLIT_WORD.sub(lambda m: join_hyphenated(m.group(1) + "-", m.group(2)), text)


def parse_pdf(data: bytes, source: str) -> ParsedLetter:
    """Extract a PDF's text page by page and parse it as a letter."""
    pages = _page_texts(data, source)
    text = "\n\n".join(p.replace("\r\n", "\n").replace("\x02", "-") for p in pages)
    if not text.strip():
        raise IngestError(source, "the PDF has no text layer (it is a scan). Run OCR on it "
                          "first, or import a text version of the letter.")
    text = "\n".join(rejoin_split_words(line) for line in text.split("\n"))
    return parse_text(text, source, "pdf")
