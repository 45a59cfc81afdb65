"""PDF characters with their geometry → lines (part of reading a PDF by its layout).

PDFium gives every character with its loose box, baseline and weight; a line is the run of
characters on one baseline in one column. Superscript digits (smaller, raised) become
footnote marks; spaces PDFium infers from kerning or letter spacing are dropped. See
:mod:`desktop_app.ingest.pdf_layout` for what is done with the lines.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.ingest.lines import SUPERSCRIPT

# Private-use and symbol-font bullets as PDFium reports them.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\uf02d": "–",
            "\uf0fc": "•", "\u2022": "•", "\u25aa": "▪", "\u25cf": "•", "\u2023": "•",
            "\u25e6": "◦", "\uf06f": "◦"}
_HYPHEN_MARKS = {"\x02": "-", "\ufffe": "-", "\u00ad": "-"}

@dataclass(slots=True)
class Glyph:
    """One character with its place: loose box (x0, x1), baseline, size and weight."""

    ch: str
    x0: float
    x1: float
    base: float
    size: float
    bold: bool = False


@dataclass
class TextLine:
    """Glyphs on one baseline in one column of one page (pages count from 1)."""

    page: int
    glyphs: list[Glyph]
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    base: float = 0.0
    size: float = 0.0
    bold: bool = False
    role: str = "body"  # body | margin | furniture | footnote
    pieces: list[TextLine] = field(default_factory=list)  # the parts a merged line was made of

    def finish(self) -> TextLine:
        """Compute text and measures once the glyphs are known."""
        ink = [g for g in self.glyphs if g.ch != " "]
        sizes = Counter(round(g.size, 1) for g in ink if g.ch.isalnum()) or Counter(
            round(g.size, 1) for g in ink)
        self.size = sizes.most_common(1)[0][0] if sizes else 0.0
        main = [g.base for g in ink if abs(g.size - self.size) < 0.2] or [g.base for g in ink]
        self.base = statistics.median(main) if main else 0.0
        self.x0 = ink[0].x0 if ink else 0.0
        self.x1 = ink[-1].x1 if ink else 0.0
        letters = [g for g in ink if g.ch.isalpha()]
        self.bold = bool(letters) and all(g.bold for g in letters)
        self.text = self._text()
        return self

    def is_superscript(self, g: Glyph) -> bool:
        return g.size <= 0.82 * self.size and g.base >= self.base + 0.15 * self.size

    def _text(self) -> str:
        out: list[str] = []
        glyphs = self.glyphs
        for i, g in enumerate(glyphs):
            ch = g.ch
            if ch == " ":
                nxt = glyphs[i + 1] if i + 1 < len(glyphs) else None
                if nxt is None or not out or out[-1] == " ":
                    continue
                if nxt.ch.isdigit() and self.is_superscript(nxt):
                    continue  # 'Gezondheidsraad ¹⁶': the mark sits on the word
                if nxt.ch in ".,;:)" and out[-1] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
                    continue  # 'grondstoffen¹ .'
                out.append(" ")
                continue
            if ch.isdigit() and self.is_superscript(g):
                out.append(ch.translate(SUPERSCRIPT))
                nxt = glyphs[i + 1] if i + 1 < len(glyphs) else None
                if nxt is not None and nxt.ch.isalpha() and not self.is_superscript(nxt):
                    out.append(" ")  # 'maart 2020⁸ligt': the mark stood before a word space
                continue
            out.append(_BULLETS.get(ch) or _HYPHEN_MARKS.get(ch, ch))
        return "".join(out).strip()


def page_glyphs(textpage) -> list[Glyph]:
    """Every character of a page with its geometry; PDFium's line breaks are left out."""
    import pypdfium2.raw as raw

    n = textpage.count_chars()
    rect = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    out: list[Glyph] = []
    get_unicode, loose = raw.FPDFText_GetUnicode, raw.FPDFText_GetLooseCharBox
    origin = raw.FPDFText_GetCharOrigin
    weight, generated = raw.FPDFText_GetFontWeight, raw.FPDFText_IsGenerated
    info, name, flags = raw.FPDFText_GetFontInfo, ctypes.create_string_buffer(96), ctypes.c_int()
    for i in range(n):
        code = get_unicode(textpage, i)
        if code in (10, 13) or code == 0:
            continue
        ch = chr(code)
        if ch == " " or ch == "\t":
            if out:
                out.append(Glyph(" ", out[-1].x1, out[-1].x1, out[-1].base, 0.0))
                if generated(textpage, i) == 1:
                    out[-1].size = -1.0  # a space PDFium inferred from a gap: judged later
            continue
        loose(textpage, i, rect)
        origin(textpage, i, ox, oy)
        # the loose box's height is the type size as printed (PDFium's font size leaves out
        # the text matrix: many PDFs set 1 pt type and scale it)
        bold = False
        if ch.isalpha():
            info(textpage, i, name, len(name), flags)
            bold = weight(textpage, i) >= 600 or _bold_name(name.value)
        left, right = sorted((rect.left, rect.right))  # a turned page may give them swapped
        out.append(Glyph(ch, left, right, oy.value, round(abs(rect.top - rect.bottom), 1),
                         bold))
    return out


_BOLD_NAMES: dict[bytes, bool] = {}


def _bold_name(name: bytes) -> bool:
    """'ABCDEF+Verdana-Bold', 'Calibri,Bold', 'RijksoverheidSansText-Semibold' → bold (a
    subset font may report weight 400 whatever its face)."""
    bold = _BOLD_NAMES.get(name)
    if bold is None:
        bold = bool(re.search(rb"bold|black|heavy|semibold|demi", name, re.IGNORECASE))
        _BOLD_NAMES[name] = bold
    return bold


def _same_line(line: list[Glyph], ref: Glyph, g: Glyph) -> bool:
    size = max(g.size, ref.size)
    if abs(g.base - ref.base) > 0.45 * size:
        return False
    last = next((x for x in reversed(line) if x.ch != " "), ref)
    # back past the previous glyph's start is a new line; a ligature ('fi') shares one box
    return g.x0 >= last.x0 - 0.3 * size and g.x0 - last.x1 <= 2.5 * size


def _keep_space(space: Glyph, prev: Glyph, nxt: Glyph) -> bool:
    """A space PDFium inferred from a gap is kept when the gap is a word space.

    Letter-spaced and kerned type ('P agina', 'I E NW', '( ICER)') has gaps PDFium takes
    for spaces; those are narrower than a word space or sit inside brackets.
    """
    if space.size >= 0:
        return True  # a real space character
    size = max(prev.size, nxt.size, 1.0)
    gap = (nxt.x0 - prev.x1) / size
    if gap < 0.15:
        return False
    if gap < 0.3 and (prev.ch in "([“‘/" or nxt.ch in ")]”’.,;:!?/"):
        return False
    return True


def split_lines(glyphs: list[Glyph], page: int, word_gap: float = 0.45) -> list[TextLine]:
    """Glyphs in content order → lines (a new line where the baseline or column changes).

    Where no space character stands between two glyphs, a gap wider than ``word_gap`` em is
    a word space.
    """
    lines: list[TextLine] = []
    cur: list[Glyph] = []
    ref: Glyph | None = None  # the largest glyph so far sets the line's baseline
    pending: Glyph | None = None
    for g in glyphs:
        if g.ch == " ":
            pending = g if cur else None
            continue
        if ref is not None and _same_line(cur, ref, g):
            prev = cur[-1]
            if pending is not None and _keep_space(pending, prev, g):
                cur.append(Glyph(" ", prev.x1, g.x0, prev.base, 0.0))
            elif pending is None and g.x0 - prev.x1 > word_gap * max(g.size, prev.size):
                cur.append(Glyph(" ", prev.x1, g.x0, prev.base, 0.0))  # a gap without a space
            cur.append(g)
            if g.size > ref.size + 0.2:
                ref = g
        else:
            if cur:
                lines.append(TextLine(page, cur).finish())
            cur, ref = [g], g
        pending = None
    if cur:
        lines.append(TextLine(page, cur).finish())
    return [line for line in lines if line.text]


def merge_rows(lines: list[TextLine], column: float | None) -> list[TextLine]:
    """Join pieces of one visual line ('Datum' and '3 februari 2023', a line the content
    stream wrote in parts) on the same side of the margin column, top to bottom."""
    lines = sorted(lines, key=lambda ln: (-round(ln.base * 2) / 2, ln.x0))
    out: list[TextLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.page == line.page
                and abs(prev.base - line.base) <= 0.3 * max(prev.size, line.size)
                and line.x0 >= prev.x1 - 1
                and (column is None or (prev.x0 >= column) == (line.x0 >= column))):
            gap = line.x0 - prev.x1
            joiner = [] if gap < 0.15 * line.size and not line.text[:1].isalnum() else [
                Glyph(" ", prev.x1, line.x0, prev.base, 0.0)]
            if not prev.pieces:
                prev.pieces.append(TextLine(prev.page, list(prev.glyphs)).finish())
            prev.pieces.append(line)
            prev.glyphs.extend(joiner + line.glyphs)
            prev.finish()
            continue
        out.append(line)
    return out
