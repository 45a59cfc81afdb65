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
import statistics
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.ingest.lines import LIST_ITEM, SUPERSCRIPT
from desktop_app.ingest.paragraphs import join_lines

# Private-use and symbol-font bullets as PDFium reports them.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf076": "•", "\uf0d8": "•", "\uf02d": "–",
            "\uf0fc": "•", "\u2022": "•", "\u25aa": "▪", "\u25cf": "•", "\u2023": "•",
            "\u25e6": "◦", "\uf06f": "◦", "o": "o"}
_HYPHEN_MARKS = {"\x02": "-", "\ufffe": "-", "\u00ad": "-"}
# 'Pagina 3 van 7' wherever it stands; a bare '3', '- 3 -' or '3/7' near the top or bottom
_PAGE_LABEL = re.compile(
    r"^(?:P\s?a\s?g\s?i\s?n\s?a|Page|Blad)\s+\d+(?:\s+(?:van|of|/)\s+\d+)?$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:[-–]?\s*\d{1,3}\s*[-–]?|\d{1,3}\s*/\s*\d{1,3})$")
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
            out.append(_BULLETS.get(ch, ch) if ch in _BULLETS and ch != "o" else
                       _HYPHEN_MARKS.get(ch, ch))
        return "".join(out).strip()


@dataclass
class Layout:
    """What the geometry says: header lines of page 1, body lines, notes, page count."""

    pages: int
    head: list[TextLine] = field(default_factory=list)  # page 1's letterhead column
    lines: list[TextLine] = field(default_factory=list)  # body lines in reading order
    notes: list[tuple[str, str, int]] = field(default_factory=list)  # (marker, text, page)
    furniture: int = 0  # lines dropped as page furniture (heads, footers, margin column)
    body_size: float = 10.0  # the running text's font size
    right: float = 0.0  # where full lines of running text end
    left: float = 0.0  # where lines of running text start


# ----------------------------------------------------------------------------- extraction

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
        out.append(Glyph(ch, rect.left, rect.right, oy.value, round(rect.top - rect.bottom, 1),
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


def split_lines(glyphs: list[Glyph], page: int) -> list[TextLine]:
    """Glyphs in content order → lines (a new line where the baseline or column changes)."""
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
            elif pending is None and g.x0 - prev.x1 > 0.45 * max(g.size, prev.size):
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


def _merge_rows(lines: list[TextLine], column: float | None) -> list[TextLine]:
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


_NOTE_START = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3})\s*(?=\S)")


def _note_lines(page: list[TextLine], rules: list[tuple[float, float, float]],
                body: float, left: float) -> list[TextLine]:
    """The footnote lines at the bottom of one page (its body lines sorted top down)."""
    if not page:
        return []
    under: list[TextLine] = []
    candidates = [r for r in rules if abs(r[0] - left) < 25 and r[2] < page[0].base]
    if candidates:
        y = max(r[2] for r in candidates if any(ln.base < r[2] for ln in page)) \
            if any(ln.base < r[2] for r in candidates for ln in page) else None
        if y is not None:
            under = [ln for ln in page if ln.base < y]
            if under and all(ln.size < body - 0.2 for ln in under) and \
                    _NOTE_START.match(under[0].text):
                return under
            under = []
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
        if marked:
            marker = m.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))
            notes.append((marker, ln.text[m.end():].strip(), ln.page))
        elif notes:
            marker, text, page = notes[-1]
            notes[-1] = (marker, join_wrapped(text, ln.text), page)


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line with the next: a URL broken over lines stays whole (its hyphen
    too), elsewhere hyphenation is undone where Dutch allows it."""
    if _URL_END.search(left) and right[:1] and not right[:1].isupper() and (
            _URL_GOES_ON.search(left) or _URL_GOES_ON.search(right)):
        return left + right
    return join_lines(left, right)


# ----------------------------------------------------------------------------- the document

def read_layout(pdf) -> Layout:
    """Read a pypdfium2 document into a :class:`Layout`."""
    pages: list[list[TextLine]] = []
    rules: list[list[tuple[float, float, float]]] = []
    width = height = 0.0
    for number, page in enumerate(pdf, start=1):
        width, height = max(width, page.get_width()), max(height, page.get_height())
        textpage = page.get_textpage()
        try:
            pages.append(split_lines(page_glyphs(textpage), number))
        finally:
            textpage.close()
        rules.append(_rules(page))
        page.close()
    return arrange(pages, rules, width, height)


def arrange(pages: list[list[TextLine]], rules: list[list[tuple[float, float, float]]],
            width: float, height: float) -> Layout:
    """Give every line its role and put the body in reading order."""
    layout = Layout(pages=len(pages))
    every = [ln for page in pages for ln in page]
    body = _body_size(every, width, height)
    column = _margin_column(pages, width, body)
    pages = [_merge_rows(page, column) for page in pages]
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
                continue
            layout.furniture += ln.page > 1 or ln.role == "furniture"
        notes = _note_lines(kept, rules[index] if index < len(rules) else [], body, left)
        for ln in notes:
            ln.role = "footnote"
        _split_notes(notes, layout.notes)
        layout.lines.extend(ln for ln in kept if ln.role == "body")
    layout.body_size, layout.left = body, left
    ends = sorted(ln.x1 for ln in layout.lines if abs(ln.size - body) < 0.3)
    layout.right = ends[int(len(ends) * 0.9) - 1] if len(ends) >= 2 else width
    return layout


# ----------------------------------------------------------------------------- paragraphs

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
    return LIST_ITEM.match(text) or re.match(r"^(?P<label>[•▪◦–-])(?P<rest>\S.*)$", text)


def paragraphs(lines: list[TextLine], body: float, right: float) -> list[Paragraph]:
    """Body lines → paragraphs, headings and list items, by spacing, indent and type."""
    pitch = _pitch(lines, body)
    out: list[Paragraph] = []
    prev: TextLine | None = None
    for index, ln in enumerate(lines):
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
