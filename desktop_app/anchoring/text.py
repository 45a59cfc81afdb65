"""Selectors, canonical (whitespace- and hyphenation-folded) text and a prepared new text."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

CONTEXT_CHARS = 32
# A quote shorter than this (in canonical characters) is placed only with context support.
SHORT_QUOTE = 12


class Selector(NamedTuple):
    """Where an annotation was and what it said: position + quote selectors."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


class Placement(NamedTuple):
    """Where an annotation belongs in a new text; status is ``ok`` or ``moved``."""

    start: int
    end: int
    status: str


def make_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return ``(quote, prefix, suffix)`` for the span ``start:end`` of ``text``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"invalid span {start}:{end} for a text of {len(text)} characters")
    prefix = text[max(0, start - CONTEXT_CHARS) : start]
    return text[start:end], prefix, text[end : end + CONTEXT_CHARS]


# Whitespace runs become one space; a hyphen at a line break (re-hyphenation) and soft
# hyphens disappear, so "verantwoor-\ndelijkheid" reads as "verantwoordelijkheid".
_FOLD = re.compile(r"(?<=\w)[-\u00ad\u2010\u2011][ \t]*\n\s*|\u00ad|\s+")


def canonical(text: str) -> tuple[str, list[int]]:
    """Folded text (see ``_FOLD``) plus each kept character's index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    for match in _FOLD.finditer(text):
        chars.append(text[pos : match.start()])
        index.extend(range(pos, match.start()))
        if match.group()[0].isspace():
            chars.append(" ")
            index.append(match.start())
        pos = match.end()
    chars.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(chars), index


def _canon(text: str) -> str:
    return canonical(text)[0]


def quote_parts(old: Selector) -> tuple[str, str, str]:
    """Canonical quote (trimmed), prefix and suffix of a selector."""
    return _canon(old.quote).strip(), _canon(old.prefix).lstrip(), _canon(old.suffix).rstrip()


class TextIndex:
    """A new text prepared once for re-anchoring many annotations."""

    def __init__(self, text: str):
        self.text = text
        self.canon, self.index = canonical(text)

    def to_canon(self, raw: int) -> int:
        """The canonical offset of the first kept character at or after ``raw``."""
        return bisect_left(self.index, raw)

    def to_raw(self, cstart: int, cend: int) -> tuple[int, int]:
        """The raw span covering the canonical span ``cstart:cend`` (non-empty)."""
        return self.index[cstart], self.index[cend - 1] + 1

    def occurrences(self, needle: str) -> list[int]:
        """Canonical start offsets of every occurrence of ``needle`` in the canonical text."""
        found: list[int] = []
        pos = self.canon.find(needle)
        while pos != -1:
            found.append(pos)
            pos = self.canon.find(needle, pos + 1)
        return found


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``text`` whose content equals ``quote`` up to whitespace and hyphenation."""
    target = TextIndex(text)
    cquote = _canon(quote).strip()
    if not cquote:
        return []
    return [target.to_raw(c, c + len(cquote)) for c in target.occurrences(cquote)]


def is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
