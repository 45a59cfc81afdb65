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
                              "unprotected copy and import that.", "pdf-encrypted") from exc
        raise IngestError(source, f"the PDF is damaged or not a PDF ({problem.rstrip('.')})."
                          " Download the letter again or import its text version.", "pdf-damaged",
                          detail=problem.rstrip(".")) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise IngestError(source, f"the PDF has {len(pdf)} pages; a letter has at most "
                              f"{MAX_PAGES}. Import the letter itself, not a whole volume.",
                              "pdf-too-long", pages=len(pdf), max_pages=MAX_PAGES)
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(page_lines(textpage))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def page_lines(textpage) -> str:
    """A page's text with its visual line breaks.

    PDFium joins the lines of a paragraph with a space; the character boxes tell where a
    line ends (the next character sits lower on the page), so the breaks are put back.
    """
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # generated characters differ: fall back to PDFium's own text
        return text
    out: list[str] = []
    ref_bottom: float | None = None  # baseline of the current line (letters and digits only)
    line_height = 1.0
    for i, ch in enumerate(text):
        if ch in "\r\n":
            if out and out[-1] not in " \n":
                out.append(" ")  # geometry below decides where lines really end
            continue
        if not ch.isalnum():
            out.append(ch)  # spaces and punctuation do not decide where a line ends
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if ref_bottom is not None:
            drop = ref_bottom - bottom
            if drop > 0.6 * line_height or -drop > 2.5 * line_height:
                while out and out[-1] == " ":
                    out.pop()
                # a drop of more than about two lines is a blank line: a paragraph break
                out.append("\n\n" if drop > 2.2 * line_height else "\n")
                line_height = 1.0
        out.append(ch)
        ref_bottom, line_height = bottom, max(line_height, top - bottom)
    return "".join(out)


def rejoin_split_words(text: str) -> str:
    """'inventari- seren' → 'inventariseren', but 'LHBTI- en' and 'wet- en regelgeving' stay."""
    return _SPLIT_WORD.sub(lambda m: join_hyphenated(m.group(1) + "-", m.group(2)), text)


def parse_pdf(data: bytes, source: str) -> ParsedLetter:
    """Extract a PDF's text page by page and parse it as a letter."""
    text = join_pages(_page_texts(data, source))
    if not text.strip():
        raise IngestError(source, "the PDF has no text layer (it is a scan). Run OCR on it "
                          "first, or import a text version of the letter.", "pdf-scan")
    return parse_text(text, source, "pdf")


def join_pages(pages: list[str]) -> str:
    """Page texts → one text: form feeds between pages, PDFium's hyphen marks made hyphens.

    PDFium marks a line-end hyphen as U+0002 or U+FFFE; split words are rejoined where
    Dutch allows it.
    """
    text = "\n\x0c\n".join(
        p.replace("\r\n", "\n").replace("\x02", "-").replace("\ufffe", "-") for p in pages)
    return "\n".join(rejoin_split_words(line) for line in text.split("\n"))
