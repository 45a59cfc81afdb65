"""A PDF's page geometry → the parts of a letter.

PDFium gives every character with its box, baseline, font size and weight. From those this
module finds, without looking at what the words say:

- **lines**: characters on one baseline, in one column; superscript digits (smaller and
  raised) become footnote marks (``¹``) instead of digits glued to a word;
- **the letterhead column** in the right margin (ministry, Kenmerk, Datum … in smaller type,
  on every page): kept from the first page for the metadata, dropped from the others;
- **running heads and footers** ("Pagina 3 van 7", a page number, a line repeated at the
  same height on most pages);
- **footnotes**: the lines under the short rule at the bottom of a page (or, without a rule,
  the smaller type at the page bottom that starts with a number), one note per mark;
- **paragraphs** from line spacing, indentation and type: a blank gap or a short line ending
  a sentence ends a paragraph, a bullet or number with a hanging indent starts a list item,
  a bold line is a heading; a sentence running on over a page break reads whole.

The result (:class:`Layout`) is handed to the text reader as lines with hints, so metadata,
signatures and the normalised text are built the same way as for every other format.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.ingest.pdf_glyphs import Glyph, TextLine, merge_rows, page_glyphs, split_lines
from desktop_app.ingest.pdf_paragraphs import join_wrapped

# 'Pagina 3 van 7' wherever it stands; a bare '3', '- 3 -' or '3/7' near the top or bottom
_PAGE_LABEL = re.compile(
    r"^(?:P\s?a\s?g\s?i\s?n\s?a|Page|Blad)\s+\d+(?:\s+(?:van|of|/)\s+\d+)?$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:[-–]?\s*\d{1,3}\s*[-–]?|\d{1,3}\s*/\s*\d{1,3})$")


@dataclass
class Layout:
    """What the geometry says: header lines of page 1, body lines, notes, page count."""

    pages: int
    head: list[TextLine] = field(default_factory=list)  # page 1's letterhead column
    lines: list[TextLine] = field(default_factory=list)  # body lines in reading order
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # (marker, text, page)
    body_size: float = 10.0  # the running text's font size
    right: float = 0.0  # where full lines of running text end
    left: float = 0.0  # where lines of running text start


# ----------------------------------------------------------------------------- page roles

def _body_size(lines: list[TextLine], width: float, height: float) -> float:
    """The running text's type size: the size of most characters in the text column above
    the footnote area (the letterhead column and the notes are in smaller type)."""
    counts: Counter[float] = Counter()
    for line in lines:
        if line.x0 < 0.6 * width and line.base > 0.2 * height:
            counts[line.size] += len(line.text)
    if not counts:
        counts.update({line.size: len(line.text) for line in lines})
    return counts.most_common(1)[0][0] if counts else 10.0


def _margin_column(pages: list[list[TextLine]], width: float, body: float) -> float | None:
    """The x where the letterhead column starts: smaller type right of the text column,
    at one x on (nearly) every page."""
    right = [ln.x1 for page in pages for ln in page if abs(ln.size - body) < 0.3]
    if not right:
        return None
    text_right = sorted(right)[int(len(right) * 0.9) - 1 if len(right) > 1 else 0]
    starts: Counter[float] = Counter()
    pages_at: dict[float, set[int]] = {}
    for page in pages:
        for ln in page:
            if ln.x0 > 0.6 * width and ln.size < 0.92 * body and ln.x0 >= text_right - 12:
                key = round(ln.x0)
                starts[key] += 1
                pages_at.setdefault(key, set()).add(ln.page)
    if not starts:
        return None
    x, count = starts.most_common(1)[0]
    needed_pages = min(2, len(pages))
    if count < 3 or len(pages_at[x]) < needed_pages:
        return None
    return x - 2.0


def _split_at(line: TextLine, column: float) -> list[TextLine]:
    """A line the content stream wrote across the text column and the letterhead column
    ('… nadere' and 'DGBI/ 26844711' on one baseline) → its two parts."""
    cut = next((i for i, g in enumerate(line.glyphs)
                if g.ch != " " and g.x0 >= column and i > 0), None)
    if cut is None or line.x0 >= column:
        return [line]
    left = list(line.glyphs[:cut])
    while left and left[-1].ch == " ":
        left.pop()
    return [TextLine(line.page, left).finish(), TextLine(line.page, line.glyphs[cut:]).finish()]


def _furniture(pages: list[list[TextLine]], height: float) -> set[int]:
    """ids of running heads and footers: page numbers near the top or bottom edge, and
    lines repeated at the same height on most pages."""
    marked: set[int] = set()
    seen: dict[tuple[str, int], set[int]] = {}
    for page in pages:
        for ln in page:
            key = (re.sub(r"\d+", "#", ln.text), round(ln.base / 6))
            seen.setdefault(key, set()).add(ln.page)
    needed = max(2, (len(pages) + 1) // 2)
    for page in pages:
        for ln in page:
            edge = ln.base < 0.09 * height or ln.base > 0.91 * height
            band = ln.base < 0.12 * height or ln.base > 0.88 * height
            numbered = bool(_PAGE_LABEL.match(ln.text)) or (
                edge and bool(_PAGE_NUMBER.match(ln.text)))
            key = (re.sub(r"\d+", "#", ln.text), round(ln.base / 6))
            repeated = len(pages) >= 2 and len(seen[key]) >= needed and len(ln.text) <= 120
            if numbered or (repeated and band):
                marked.add(id(ln))
    return marked


def _rules(page) -> list[tuple[float, float, float]]:
    """Short horizontal rules on a page (x0, x1, y): the line above footnotes."""
    import pypdfium2.raw as raw

    out = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for j in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, j)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        if 30 <= right.value - left.value <= 320 and top.value - bottom.value <= 2.0:
            out.append((left.value, right.value, (top.value + bottom.value) / 2))
    return out


# a note's mark, followed by its text or alone on its line (a long URL wrapped to the next)
_NOTE_START = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3})(?:\s*(?=\S)|$)")


def _note_lines(page: list[TextLine], rules: list[tuple[float, float, float]],
                body: float, left: float) -> list[TextLine]:
    """The footnote lines at the bottom of one page (its body lines sorted top down)."""
    if not page:
        return []
    # under the rule: lines that start with a mark (a URL may be set in larger type)
    rules_above = [r[2] for r in rules if abs(r[0] - left) < 25 and r[2] < page[0].base
                   and any(ln.base < r[2] for ln in page)]
    if rules_above:
        under = [ln for ln in page if ln.base < max(rules_above)]
        first = under[0].text[:1]
        if _NOTE_START.match(under[0].text) and (
                first in "⁰¹²³⁴⁵⁶⁷⁸⁹" or any(ln.size < body - 0.2 for ln in under)):
            return under
    # no rule: smaller type at the bottom, its first line starting with a mark
    i = len(page)
    while i > 0 and page[i - 1].size < body - 0.5:
        i -= 1
    tail = page[i:]
    if tail and _NOTE_START.match(tail[0].text) and i > 0:
        return tail
    return []


def _split_notes(lines: list[TextLine], notes: list[tuple[str, str, int]]) -> None:
    """Footnote lines → (marker, text, page); a line without a mark continues the note
    before it (also across a page break)."""
    for ln in lines:
        m = _NOTE_START.match(ln.text)
        first = ln.glyphs[0] if ln.glyphs else None
        marked = m and first is not None and (
            ln.is_superscript(first) or first.size < ln.size - 0.3 or m.group(1)[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
            or ln.text[m.end(1):m.end(1) + 1] == " ")
        if m and not marked and notes and notes[-1][0].isdigit():
            # the next number in sequence, glued to its text ('21https://…')
            marked = m.group(1).isdigit() and int(m.group(1)) == int(notes[-1][0]) + 1
        if marked:
            marker = m.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
            notes.append((marker, ln.text[m.end():].strip(), ln.page))
        elif notes:
            marker, text, page = notes[-1]
            notes[-1] = (marker, join_wrapped(text, ln.text) if text else ln.text, page)


# ----------------------------------------------------------------------------- the document

def read_layout(pdf) -> Layout:
    """Read a pypdfium2 document into a :class:`Layout`."""
    pages: list[list[TextLine]] = []
    rules: list[list[tuple[float, float, float]]] = []
    width = height = 0.0
    for number, page in enumerate(pdf, start=1):
        # glyph positions are in the unrotated page; a page shown turned by 90° reports its
        # size turned (one turned by 180° may hand its characters over back to front)
        rotation = page.get_rotation()
        w, h = page.get_width(), page.get_height()
        if rotation in (90, 270):
            w, h = h, w
        width, height = max(width, w), max(height, h)
        textpage = page.get_textpage()
        try:
            glyphs = page_glyphs(textpage)
            if _back_to_front(glyphs):
                # PDFium's inferred spaces fall in the wrong places there: spaces from gaps
                glyphs = [g for g in reversed(glyphs) if not (g.ch == " " and g.size < 0)]
                pages.append(split_lines(glyphs, number, word_gap=0.2))
            else:
                pages.append(split_lines(glyphs, number))
        finally:
            textpage.close()
        rules.append(_rules(page))
        page.close()
    return arrange(pages, rules, width, height)


def _back_to_front(glyphs: list[Glyph]) -> bool:
    """Whether the characters come right to left along their lines (PDFium does that for
    some pages shown turned by 180°)."""
    forward = backward = 0
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        if a.ch != " " and b.ch != " " and abs(a.base - b.base) < 0.3 * max(a.size, b.size, 1):
            if b.x0 >= a.x1 - 0.5:
                forward += 1
            elif b.x1 <= a.x0 + 0.5:
                backward += 1
    return backward > 2 * forward


def arrange(pages: list[list[TextLine]], rules: list[list[tuple[float, float, float]]],
            width: float, height: float) -> Layout:
    """Give every line its role and put the body in reading order."""
    layout = Layout(pages=len(pages))
    every = [ln for page in pages for ln in page]
    body = _body_size(every, width, height)
    column = _margin_column(pages, width, body)
    if column is not None:
        pages = [[part for ln in page for part in _split_at(ln, column)] for page in pages]
    pages = [merge_rows(page, column) for page in pages]
    furniture = _furniture(pages, height)
    lefts = Counter(round(ln.x0) for page in pages for ln in page
                    if abs(ln.size - body) < 0.3 and (column is None or ln.x0 < column))
    left = lefts.most_common(1)[0][0] if lefts else 0.0
    for index, page in enumerate(pages):
        kept: list[TextLine] = []
        for ln in page:
            if id(ln) in furniture:
                ln.role = "furniture"
            elif column is not None and ln.x0 >= column:
                ln.role = "margin"
                if ln.page == 1:
                    layout.head.append(ln)
            else:
                kept.append(ln)
        notes = _note_lines(kept, rules[index] if index < len(rules) else [], body, left)
        for ln in notes:
            ln.role = "footnote"
        _split_notes(notes, layout.notes)
        layout.lines.extend(ln for ln in kept if ln.role == "body")
    layout.body_size, layout.left = body, left
    ends = sorted(ln.x1 for ln in layout.lines if abs(ln.size - body) < 0.3)
    layout.right = ends[int(len(ends) * 0.9) - 1] if len(ends) >= 2 else width
    return layout
