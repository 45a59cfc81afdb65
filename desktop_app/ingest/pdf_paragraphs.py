"""PDF body lines → paragraphs, headings, list items, table rows and signatures, by line
spacing, indentation and type (part of reading a PDF by its layout)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from desktop_app.ingest.lines import LIST_ITEM
from desktop_app.ingest.paragraphs import join_lines
from desktop_app.ingest.pdf_glyphs import Glyph, TextLine

_TERMINAL = re.compile(r"[.!?:;][)”’\"'»]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")
_CLOSING = re.compile(r"^(Hoogachtend|Met (vriendelijke|hoogachtende) groet(en)?),?$", re.I)
_SALUTATION = re.compile(r"^Geachte [^,]{3,40},$")
_URL_END = re.compile(r"(?:https?://|www\.)\S*$")
# a URL broken over two lines: the first ends on a URL character or the second goes on with one
_URL_GOES_ON = re.compile(r"[/=&?_#%-]$|^\S*[\d/=&?_#%-]")
# Abbreviations that end a line without ending a sentence ('Kamerstukken 32813, nr.' ⏎ '952).')
_ABBREVIATION = re.compile(
    r"\b(?:nr|nrs|blz|art|artt|bijv|vgl|resp|zgn|jl|o\.a|e\.d|m\.b\.t|i\.v\.m|t\.a\.v|"
    r"d\.d|m\.u\.v|incl|excl|ca|mr|dr|drs|ir|prof|ing)\.$", re.IGNORECASE)


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line with the next: a URL broken over lines stays whole (its hyphen
    too), elsewhere hyphenation is undone where Dutch allows it."""
    if _URL_END.search(left) and right[:1] and not right[:1].isupper() and (
            _URL_GOES_ON.search(left) or _URL_GOES_ON.search(right)):
        return left + right
    return join_lines(left, right)


@dataclass
class Paragraph:
    """A block built from lines: kind paragraph | heading | list_item, with its page."""

    kind: str
    text: str
    page: int
    label: str = ""
    indent: float = 0.0  # x where the item's continuation lines start
    x1: float = 0.0  # right end of its last line
    last_size: float = 0.0


def _list_start(text: str) -> re.Match[str] | None:
    # a bullet glyph may touch its text; a dash may not ('-programma’s' goes on a sentence)
    return LIST_ITEM.match(text) or re.match(r"^(?P<label>[•▪◦])(?P<rest>\S.*)$", text)


def paragraphs(lines: list[TextLine], body: float, right: float) -> list[Paragraph]:
    """Body lines → paragraphs, headings and list items, by spacing, indent and type."""
    pitch = _pitch(lines, body)
    out: list[Paragraph] = []
    prev: TextLine | None = None
    for index, ln in enumerate(lines):
        cells = table_cells(ln, lines[index - 1] if index else None,
                            lines[index + 1] if index + 1 < len(lines) else None)
        if cells:
            out.append(Paragraph("table_row", " | ".join(cells), ln.page, x1=ln.x1))
            prev = ln
            continue
        cur = out[-1] if out else None
        same_page = prev is not None and prev.page == ln.page
        gap = (prev.base - ln.base) if same_page and prev is not None else 0.0
        # a blank line, or a jump up to the top of the next column (signatures side by side)
        blank = same_page and (gap > 1.45 * pitch or gap < -0.5 * pitch)
        item = _list_start(ln.text)
        heading = ln.bold and len(ln.text.split()) <= 16 and not _TERMINAL.search(ln.text)
        after_break = cur is None or blank or not same_page or bool(_TERMINAL.search(cur.text))
        heading = heading or (after_break and not item and _stands_alone(
            ln, lines[index + 1] if index + 1 < len(lines) else None, body, right, pitch))
        if cur is None:
            new = True
        elif not same_page:
            # a new page: a sentence running on continues, whatever its first word
            new = (bool(_TERMINAL.search(cur.text)) or cur.kind == "heading" or heading
                   or bool(item) or _CLOSING.match(cur.text) is not None)
        elif blank:
            new = True
        elif item:
            new = True
        elif cur.kind == "heading":
            new = not heading
        elif prev.bold and ln.bold:
            new = False  # a bold heading or item running on over lines
        elif heading:
            new = True
        elif cur.kind == "list_item" and ln.x0 < cur.indent - 2:
            new = True  # back at the margin after a hanging indent
        elif _ends_sentence(cur.text) and _room_for(prev, ln, right):
            new = True  # the line ended early though the next word would have fit
        elif _CLOSING.match(cur.text) or _SALUTATION.match(cur.text):
            new = True
        else:
            new = False
        if (new and item and ln.bold and not _TERMINAL.search(ln.text)
                and len(ln.text.split()) <= 12):
            item, heading = None, True  # a numbered section heading: '1. Ultrafijn stof'
        if new:
            if item:
                rest = item.group("rest")
                out.append(Paragraph("list_item", rest, ln.page, item.group("label"),
                                     indent=_rest_x(ln, item.group("label")), x1=ln.x1))
            else:
                out.append(Paragraph("heading" if heading else "paragraph", ln.text, ln.page,
                                     x1=ln.x1))
        else:
            cur.text = join_wrapped(cur.text, ln.text)
            cur.x1 = ln.x1
            if cur.kind == "list_item" and not same_page:
                cur.indent = min(cur.indent, ln.x0)
        prev = ln
    return out


def _cells(line: TextLine) -> list[TextLine]:
    """The pieces of a line set apart by wide gaps (table columns)."""
    if len(line.pieces) < 2:
        return []
    cells = [line.pieces[0]]
    for piece in line.pieces[1:]:
        if piece.x0 - cells[-1].x1 > 1.5 * line.size:
            cells.append(piece)
        else:  # a narrow gap: the same cell, written in parts
            merged = TextLine(piece.page, [*cells[-1].glyphs,
                                           Glyph(" ", cells[-1].x1, piece.x0, piece.base, 0.0),
                                           *piece.glyphs])
            cells[-1] = merged.finish()
    return cells if len(cells) >= 2 else []


def table_cells(line: TextLine, before: TextLine | None, after: TextLine | None
                ) -> list[str] | None:
    """A table row's cell texts: three or more columns, or two when the line above or
    below is a row too; None for running text."""
    cells = _cells(line)
    if len(cells) >= 3 or (len(cells) == 2 and any(
            other is not None and other.page == line.page and len(_cells(other)) >= 2
            for other in (before, after))):
        return [c.text for c in cells]
    return None


def _ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text)) and not _ABBREVIATION.search(text)


def _room_for(prev: TextLine, ln: TextLine, right: float) -> bool:
    """Whether the first word of ``ln`` would have fitted at the end of ``prev``: if so,
    ``prev`` was ended on purpose (a paragraph end), not wrapped."""
    ink = ln.glyphs
    end = next((i for i, g in enumerate(ink) if g.ch == " "), len(ink))
    if end == 0:
        return False
    word = ink[end - 1].x1 - ink[0].x0
    space = 0.3 * ln.size
    return prev.x1 + space + word < right - 1


def signature_columns(lines: list[TextLine], left: float, right: float) -> list[TextLine]:
    """Signatures side by side after the closing ('Hoogachtend,'): each signer's column is
    read top to bottom, the left one first (role and name stay together)."""
    closing = next((i for i, ln in enumerate(lines) if _CLOSING.match(ln.text)), None)
    if closing is None:
        return lines
    tail = lines[closing + 1:]
    split = None
    for ln in tail:
        for a, b in zip(ln.pieces, ln.pieces[1:], strict=False):
            if b.x0 - a.x1 > 1.2 * ln.size and b.x0 > left + 0.25 * (right - left):
                split = b.x0 - 1 if split is None else min(split, b.x0 - 1)
    if split is None:
        return lines
    first: list[TextLine] = []
    second: list[TextLine] = []
    for ln in tail:
        for piece in ln.pieces or [ln]:
            (second if piece.x0 >= split else first).append(piece)
    return lines[:closing + 1] + first + second


def _stands_alone(ln: TextLine, nxt: TextLine | None, body: float, right: float,
                  pitch: float) -> bool:
    """A short line without end punctuation followed by a line that starts a sentence: a
    heading in plain type (underlined, or set apart by nothing but its length)."""
    if nxt is None or nxt.page != ln.page or _TERMINAL.search(ln.text) or ln.text.endswith(","):
        return False
    words = ln.text.split()
    return (len(words) <= 12 and _room_for(ln, nxt, right) and ln.text[:1].isupper()
            and (nxt.text[:1].isupper() or bool(_list_start(nxt.text)))
            and nxt.base < ln.base and ln.base - nxt.base < 2.5 * pitch
            and not _CLOSING.match(ln.text))


def _rest_x(line: TextLine, label: str) -> float:
    """Where a list item's text starts after its label (its continuation lines' indent)."""
    ink = [g for g in line.glyphs if g.ch != " "]
    skip = len(label.replace(" ", ""))
    return ink[skip].x0 if len(ink) > skip else line.x0


def _pitch(lines: list[TextLine], body: float) -> float:
    # the line pitch: the commonest step between lines of running text, blank lines (about
    # two steps) left out
    steps = Counter(round(a.base - b.base) for a, b in zip(lines, lines[1:], strict=False)
                    if a.page == b.page and 0.8 * body < a.base - b.base < 1.9 * body
                    and abs(a.size - body) < 0.3)
    return float(steps.most_common(1)[0][0]) if steps else 1.25 * body
