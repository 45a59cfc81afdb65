"""Dutch sentence splitting over a letter's normalised text.

Knows the abbreviations of government letters (``jl.``, ``nr.``, ``o.a.`` …), initials,
footnote markers after the full stop, quotes, list items and headings. Returns
``(start, end)`` offsets into the text; whitespace is trimmed from every span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from desktop_app.model import Block

# Abbreviations after which a full stop never ends a sentence (lower-cased, without the final dot).
NEVER_FINAL = frozenset(
    """
    nr nrs o.a bijv d.d t.a.v m.b.t i.v.m blz art artt vgl ca mw dhr mevr drs dr mr ir ing prof
    e.a e.d z.g.a.n t.w m.u.v n.a.v i.o.m i.c.m i.s.m t.b.v v.w.b m.i.v jo zgn resp ipv i.p.v
    incl excl evt bijl hfst par lid min max nl mln mld mrd st stb stcrt kamerstuk kst p pp
    a.s o.b.v c.q cf sr jr e.v fig tab afb no nos
    """.split()
)
# Abbreviations that may end a sentence: they do when an upper-case word follows.
# "c.s." (cum suis) after a member's name: "de motie van het lid Leegte c.s. (Kamerstuk …)".
MAYBE_FINAL = frozenset("jl etc enz e.d.m e.v.a c.s".split())

_CANDIDATE = re.compile(
    r"[.!?…]+"  # the terminator
    r"[\"”’'»)\]]*"  # closing quotes/brackets
    r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-z)]\.)\d{1,2}(?=\s+[A-Z])|(?<=\d{4}\.)\d{1,2}(?=\s+[A-Z]))?"
    r"(?=\s)"  # footnote markers: superscripts, or plain digits glued to the full stop
)
_TOKEN_BEFORE = re.compile(r"(\S+?)[.!?…]+[\"”’'»)\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})?$")
_ENDS_WITH_DOT = re.compile(r"\.[\"”’'»)\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})?$")
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)*[A-Z][a-z]?$")
# Any abbreviation of single lower-case letters with full stops ("t.o.v.", "d.w.z.", "z.s.m."),
# also one not listed above: it ends a sentence only before an upper-case word.
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_LABEL_ONLY = re.compile(r"^\s*(?:\d{1,2}|[a-z]|[ivx]+)\.$")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"
_OPEN_QUOTE = re.compile(f"[{_OPEN_QUOTES}]")
_CLOSE_QUOTE = re.compile(f"[{_CLOSE_QUOTES}]")

SKIP_KINDS = frozenset({"footnote"})


def split_sentences(text: str, blocks: Sequence[Block] = ()) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans; each block (or paragraph) is split on its own."""
    spans: list[tuple[int, int]] = []
    for start, end in _units(text, blocks):
        spans.extend(_split_unit(text, start, end))
    return spans


def paragraph_blocks(text: str) -> list[Block]:
    """Blocks for a text without structure: each "\\n\\n"-separated chunk is a paragraph."""
    blocks = []
    pos = 0
    for match in re.finditer(r"\n[ \t]*\n", text):
        if text[pos : match.start()].strip():
            blocks.append(Block("paragraph", pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        blocks.append(Block("paragraph", pos, len(text)))
    return blocks


def _units(text: str, blocks: Sequence[Block]) -> Iterator[tuple[int, int]]:
    """Yield the structural units (blocks split at their line breaks) to split further."""
    for block in blocks or paragraph_blocks(text):
        if block.kind in SKIP_KINDS:
            continue
        pos = block.start
        for line in text[block.start : block.end].split("\n"):
            end = pos + len(line)
            if line.strip():
                yield pos, end
            pos = end + 1


def _split_unit(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split one unit (a paragraph line, list item or heading) into trimmed sentence spans."""
    chunk = text[start:end]
    cut = 0
    for pos in _boundaries(chunk):
        span = _trim(text, start + cut, start + pos)
        if span:
            yield span
        cut = pos
    span = _trim(text, start + cut, end)
    if span:
        yield span


def _boundaries(chunk: str) -> Iterator[int]:
    """Offsets inside ``chunk`` right after a sentence-final terminator."""
    quotes = _Quotes(chunk) if any(q in chunk for q in _OPEN_QUOTES) else None
    for match in _CANDIDATE.finditer(chunk):
        end = match.end()
        if quotes is not None and quotes.inside(end):
            continue
        if _is_boundary(chunk, end):
            yield end


_NEXT = re.compile(r"\S")


def _is_boundary(chunk: str, end: int) -> bool:
    """Decide whether the terminator ending at ``end`` ends a sentence, given what follows.
    Reads only around ``end`` (no copies of the chunk), so that splitting stays linear in a
    paragraph of any length."""
    following = _NEXT.search(chunk, end)
    if following is None or _LABEL_ONLY.match(chunk, 0, end):
        return False
    nxt = following.group(0)
    tail = chunk[max(0, end - 48) : end]  # the token before the terminator
    # (it lies in the tail's last run without whitespace: searching from there finds the same
    # match without trying every earlier offset)
    last = tail.split()
    start = len(tail) - len(last[-1]) if last and not tail[-1].isspace() else 0
    token_match = _TOKEN_BEFORE.search(tail, start)
    token = token_match.group(1) if token_match else ""
    ends_with_dot = _ENDS_WITH_DOT.search(tail) is not None
    if ends_with_dot and token:
        bare = token.lstrip("(\"“'‘«").lower()
        if bare in NEVER_FINAL or _INITIALS.match(token.lstrip("(\"“'‘«")):
            return False
        if bare in MAYBE_FINAL or _DOTTED.fullmatch(bare):
            return nxt.isupper()
        if re.fullmatch(r"\d+", bare) and nxt.isdigit():
            return False
    return nxt.isupper() or nxt.isdigit() or nxt in "\"“'‘«(["


class _Quotes:
    """Where a chunk's typographic quotation marks open and close, to tell in O(log n) whether
    an offset lies inside a quotation that closes later (within 400 characters)."""

    def __init__(self, chunk: str):
        self.opens = [m.start() for m in _OPEN_QUOTE.finditer(chunk)]
        self.closes = [m.start() for m in _CLOSE_QUOTE.finditer(chunk)]

    def inside(self, pos: int) -> bool:
        at = bisect.bisect_left(self.opens, pos)
        if at == 0:
            return False
        opened = self.opens[at - 1]  # the last quotation opened before pos
        after = bisect.bisect_left(self.closes, pos)
        if after > 0 and self.closes[after - 1] > opened:
            return False  # it closed before pos
        return after < len(self.closes) and self.closes[after] - opened < 400


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink a span to exclude surrounding whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None

