"""Annotators' notes are Markdown; this reads the small part of it notes use.

Paragraphs (separated by blank lines), ``-``/``*`` bullet items, ``**bold**`` and
``*italic*``/``_italic_``. Anything else stays literal text, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_INLINE = re.compile(r"\*\*(?P<b>.+?)\*\*|(?<![\w*])[*_](?P<i>[^*_\s][^*_]*?)[*_](?![\w*])")
_BULLET = re.compile(r"^\s*[-*•]\s+")


@dataclass(frozen=True)
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class NoteBlock:
    """A paragraph or a bullet item of a note."""

    kind: str  # "paragraph" | "bullet"
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def inline_runs(text: str) -> tuple[Run, ...]:
    """Split ``text`` into runs at **bold** and *italic* marks."""
    runs: list[Run] = []
    pos = 0
    for match in _INLINE.finditer(text):
        if match.start() > pos:
            runs.append(Run(text[pos:match.start()]))
        if match.group("b") is not None:
            runs.append(Run(match.group("b"), bold=True))
        else:
            runs.append(Run(match.group("i"), italic=True))
        pos = match.end()
    if pos < len(text):
        runs.append(Run(text[pos:]))
    return tuple(runs)


def note_blocks(note: str) -> list[NoteBlock]:
    """The note's paragraphs and bullet items; lines within a paragraph are joined."""
    blocks: list[NoteBlock] = []
    for chunk in re.split(r"\n\s*\n", note.strip()):
        lines = [ln for ln in chunk.splitlines() if ln.strip()]
        paragraph: list[str] = []
        for line in lines:
            if _BULLET.match(line):
                if paragraph:
                    blocks.append(NoteBlock("paragraph", inline_runs(" ".join(paragraph))))
                    paragraph = []
                blocks.append(NoteBlock("bullet", inline_runs(_BULLET.sub("", line).strip())))
            else:
                paragraph.append(line.strip())
        if paragraph:
            blocks.append(NoteBlock("paragraph", inline_runs(" ".join(paragraph))))
    return blocks
