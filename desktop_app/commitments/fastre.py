"""Regular expressions that run faster on ASCII text, with the same meaning on every text.

Python's ``re`` engine tests ``\\w``, ``\\b``, ``\\d`` and ``\\s`` against Unicode tables; compiled
with ``re.ASCII`` the same pattern runs about a third faster. Most sentences of a letter are
plain ASCII, and on ASCII text the two readings agree but for one thing: Unicode ``\\s`` also
matches the separators U+001C–U+001F, so the ASCII variant is given them back. A
:class:`DualPattern` keeps both and picks one per string (``str.isascii`` costs nothing in
CPython: a string knows whether it is ASCII).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

# what Unicode \s matches in ASCII text beyond re.ASCII's [ \t\n\r\f\v]
_SEPARATORS = "\\x1c-\\x1f"


def _ascii_source(pattern: str, ignorecase: bool = False) -> str:
    """``pattern`` with every ``\\s`` and ``\\S`` widened to Unicode's ASCII whitespace.

    Refuses what the twin cannot mean alike: inline flags (the rewrite could not follow a
    ``(?x)`` comment, and ``(?i)`` would escape the check below) and, with ``ignorecase``, a
    letter that only Unicode case folding matches to an ASCII letter ("ſ" to "s"), be it
    written, escaped or inside a range of a class."""
    out: list[str] = []
    i, in_class, n = 0, False, len(pattern)
    class_start = 0
    while i < n:
        c = pattern[i]
        if c == "(" and pattern.startswith("?", i + 1) and i + 2 < n \
                and pattern[i + 2] in "aiLmsux-":
            raise ValueError(f"inline flags: {pattern!r}")
        if ignorecase and not c.isascii() and _folds_to_ascii(c):
            raise ValueError(f"a letter that matches ASCII letters only as Unicode: {pattern!r}")
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if ignorecase and e in "uUN":
                raise ValueError(f"an escaped letter under IGNORECASE: {pattern!r}")
            if e == "s":
                out.append(f"\\s{_SEPARATORS}" if in_class else f"[\\s{_SEPARATORS}]")
            elif e == "S":
                if in_class:
                    raise ValueError(f"\\S inside a character class: {pattern!r}")
                out.append(f"[^\\s{_SEPARATORS}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
                if ignorecase:
                    _check_ranges(pattern[class_start:i], pattern)
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            class_start = i
            if pattern.startswith("^", i):  # a leading ^ or ] is part of the class
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _check_ranges(content: str, pattern: str) -> None:
    """Refuse a range of a class (``content``, escapes left out) holding a letter that only
    Unicode case folding matches to an ASCII letter."""
    plain = content.replace("\\\\", "").replace("\\-", "").replace("\\]", "")
    for lo, hi in ((plain[k - 1], plain[k + 1]) for k in range(1, len(plain) - 1)
                   if plain[k] == "-"):
        if ord(hi) > 127 and any(_folds_to_ascii(chr(x))
                                 for x in range(max(ord(lo), 128), ord(hi) + 1)):
            raise ValueError(f"a range with a letter that folds to ASCII: {pattern!r}")


def _folds_to_ascii(char: str) -> bool:
    """Whether ignoring case lets the non-ASCII ``char`` match an ASCII letter."""
    variants = {char.lower(), char.upper(), char.casefold()}
    return char in "ſKıİﬅﬆ" or any(v.isascii() for v in variants)


class DualPattern:
    """A compiled pattern that searches ASCII strings with its ``re.ASCII`` twin."""

    __slots__ = ("ascii", "unicode", "pattern", "flags")

    def __init__(self, pattern: str, flags: int = 0):
        self.unicode = re.compile(pattern, flags)
        self.ascii = re.compile(_ascii_source(pattern, bool(flags & re.IGNORECASE)),
                                flags | re.ASCII)
        self.pattern = pattern
        self.flags = self.unicode.flags

    def _for(self, string: str) -> re.Pattern[str]:
        return self.ascii if string.isascii() else self.unicode

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if string.isascii() else self.unicode).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(string).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(string).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return (self.ascii if string.isascii() else self.unicode).findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str,
            count: int = 0) -> str:
        return self._for(string).sub(repl, string, count)

    def __repr__(self) -> str:
        return f"DualPattern({self.pattern!r}, {self.flags})"


def compile(pattern: str, flags: int = 0) -> DualPattern:  # noqa: A001 - mirrors re.compile
    """``re.compile`` for patterns searched in many short strings (see the module docstring)."""
    if flags & (re.ASCII | re.VERBOSE):
        raise ValueError("fastre takes Unicode patterns without re.VERBOSE: use re.compile")
    return DualPattern(pattern, flags)
