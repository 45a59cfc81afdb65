"""Hard-wrapped lines → paragraphs, headings and list items; line-break hyphenation undone."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from desktop_app.ingest.lines import LIST_ITEM as _LIST
from desktop_app.ingest.lines import PAGE_BREAK, Line

_TERMINAL = re.compile(r"[.!?:;][)”’\"'»]*$|[.!?][¹²³⁴⁵⁶⁷⁸⁹⁰]+$")
_DIGRAPHS = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui",
             "uu", "ij"}
_KEEP_AFTER = {"en", "of", "tot", "t/m", "noch"}
# Salutation and closing stand on their own, though they end in a comma.
_CLOSING = re.compile(
    r"^(Hoogachtend|Met (vriendelijke|hoogachtende) groet(en)?|Geachte [^,]{3,40}),?$",
    re.IGNORECASE,
)
_SIGNATURE_START = re.compile(
    r"^(De|Het)\s+(Minister|Staatssecretaris|Minister-President)\b.*,", re.IGNORECASE)
VOWELS = set("aeiouyáéíóúäëïöü")


@dataclass
class RawBlock:
    """A block of the letter before offsets are known."""

    kind: str
    text: str
    level: int = 0
    label: str = ""
    page: int = 0


def join_hyphenated(left: str, right: str) -> str:
    """Join a line ending in '-' with the next, undoing hyphenation only where Dutch allows."""
    stem = left[:-1]
    first_word = right.split(" ", 1)[0]
    prev_word = re.split(r"[\s(“‘\"']", stem)[-1]
    if not stem or not stem[-1].isalpha():
        return left + right
    if first_word.lower().strip(",.;") in _KEEP_AFTER:
        return left + " " + right  # 'LHBTI- en bekeringscoördinatoren', 'wet- en regelgeving'
    if not right[:1].islower():
        return left + right  # 'Noord-Holland', 'EU-landen', '2022-2023'
    if prev_word.isupper() and len(prev_word) >= 2:
        return left + right  # acronym: 'LHBTI-coördinator'
    if (stem[-1].lower() + right[0].lower()) in _DIGRAPHS and stem[-1].lower() in VOWELS:
        return left + right  # vowel clash keeps its hyphen: 'zee-eend', 'auto-ongeluk'
    return stem + right


def join_lines(left: str, right: str) -> str:
    """Join a wrapped line with the next: hyphenation undone where Dutch allows it."""
    if left.endswith("-") and not left.endswith(" -") and not left.endswith("--"):
        return join_hyphenated(left, right)
    return left + " " + right


def wrap_width(lines: list[Line]) -> tuple[int, bool]:
    """The typical line width and whether the text is hard-wrapped."""
    lengths = [len(line.text) for line in lines if len(line.text) > 20]
    if len(lengths) < 5:
        return 0, False
    lengths.sort()
    width = lengths[int(len(lengths) * 0.9) - 1]
    return width, width <= 130 and statistics.median(lengths) >= 40


def _is_heading(line: Line, prev: str | None, nxt: Line | None, width: int) -> bool:
    text = line.text
    if len(text) > max(70, int(width * 0.75)) or re.search(r"[.,;:!?]$", text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()) or _LIST.match(text):
        return False
    prev_ends = prev is None or bool(_TERMINAL.search(prev))
    next_ok = nxt is None or nxt.blank or nxt.text[:1].isupper() or bool(_LIST.match(nxt.text))
    return prev_ends and next_ok and len(text.split()) <= 12


class _Assembler:
    def __init__(self, width: int, wrapped: bool):
        self.width, self.wrapped = width, wrapped
        self.blocks: list[RawBlock] = []
        self.current: RawBlock | None = None
        self.last_line = ""
        self.gap = False  # a blank line (or page break) since the last line
        self.page_break = False  # a page break since the last line
        self.page = 0  # the page of the line being added (a new block starts on it)

    def flush(self) -> None:
        if self.current and self.current.text.strip():
            self.current.text = re.sub(r" {2,}", " ", self.current.text).strip()
            self.blocks.append(self.current)
        self.current = None

    def emit(self, kind: str, text: str, level: int = 0, label: str = "") -> None:
        self.flush()
        self.blocks.append(RawBlock(kind, text, level, label, self.page))

    def continues(self, line: Line) -> bool:
        """Does this line continue the current block?"""
        cur = self.current
        if cur is None:
            return False
        ends = bool(_TERMINAL.search(cur.text)) or bool(_CLOSING.match(cur.text))
        starts_lower = line.text[:1].islower() or line.text[:1] in "(,;"
        if self.gap and self.page_break:
            # a sentence running on over a page break continues whatever its next word
            return (not ends and len(cur.text) > 20 and cur.kind == "paragraph"
                    and not _SIGNATURE_START.match(cur.text))
        if self.gap:
            return not ends and starts_lower and len(cur.text) > 20
        if line.indent and ends:
            return False  # PDF first-line indent
        if ends and _SIGNATURE_START.match(line.text):
            return False
        if not self.wrapped:
            return not ends or starts_lower
        short = len(self.last_line) < self.width * 0.78
        return not (ends and short)

    def add(self, line: Line, prev_text: str | None, nxt: Line | None) -> None:
        self.page = line.page
        if line.hint in ("heading", "table_row"):
            self.emit(line.hint, line.text, line.level)
        elif line.hint == "paragraph" and not (self.gap and self.continues(line)):
            self.flush()
            self.current = RawBlock("paragraph", line.text, page=self.page)
        elif line.hint == "list_item":
            self.flush()
            self.current = RawBlock("list_item", line.text, 0, "•", self.page)
        elif (m := _LIST.match(line.text)) and not (self.current and self.gap is False
                                                      and self._mid_sentence()):
            self.flush()
            self.current = RawBlock("list_item", m.group("rest"), 0, m.group("label"), self.page)
        elif self.continues(line):
            self.current.text = join_lines(self.current.text, line.text)
        elif _is_heading(line, prev_text, nxt, self.width) and (self.wrapped or self.gap
                                                                or self.current is None):
            self.emit("heading", line.text, 2)
        else:
            self.flush()
            self.current = RawBlock("paragraph", line.text, page=self.page)
        self.last_line = line.text
        self.gap = self.page_break = False

    def _mid_sentence(self) -> bool:
        return bool(self.current) and not _TERMINAL.search(self.current.text) \
            and self.current.kind == "paragraph" and self.current.text.endswith(("-", ","))


def assemble(lines: list[Line]) -> list[RawBlock]:
    """Group lines into blocks: join wrapped lines, undo hyphenation, find headings and lists."""
    width, wrapped = wrap_width(lines)
    asm = _Assembler(width, wrapped)
    prev_text: str | None = None
    for i, line in enumerate(lines):
        if line.blank:
            asm.gap = True
            asm.page_break = asm.page_break or line.hint == PAGE_BREAK
            continue
        nxt = next((ln for ln in lines[i + 1 : i + 3] if not ln.blank), None)
        if asm.gap and prev_text is not None and asm.current is not None:
            if not asm.continues(line):
                asm.flush()
        asm.add(line, prev_text if asm.current is None or asm.gap else prev_text, nxt)
        prev_text = line.text
    asm.flush()
    return asm.blocks
