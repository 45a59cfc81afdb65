"""A course pack as Markdown (CommonMark): headings, block quotes, sources, notes, tags."""

from __future__ import annotations

import re

from desktop_app.export import wording as w
from desktop_app.export.pack import CoursePack, Passage

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=])|(\d+)([.)]))", re.MULTILINE)


def escape(text: str) -> str:
    """Text that Markdown shows literally (no emphasis, links, headings or lists)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    """"# x" → "\\# x", "12. x" → "12\\. x": no heading or list item."""
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def _quote(text: str) -> str:
    lines = [ln.strip() for ln in escape(text).splitlines()]
    return "\n".join(f"> {ln}" if ln else ">" for ln in lines)


def _passage(number: int, p: Passage) -> list[str]:
    out = [f"### {w.passage_heading(number, p)}", "", _quote(p.quote), ""]
    out += [f"*{w.SOURCE}:* {escape(p.citation)}", ""]
    if p.orphan:
        out += [f"*{w.ORPHAN}*", ""]
    if p.note:
        # the note is the annotator's own Markdown: kept as written
        out += [f"**{escape(w.note_label(p))}:**", "", p.note, ""]
    if p.tags:
        out += [f"*{w.TAGS}:* " + ", ".join(f"`{t}`" for t in p.tags), ""]
    return out


def render_markdown(pack: CoursePack) -> str:
    """The whole pack as one Markdown document."""
    out = [f"# {escape(pack.title)}", ""]
    if pack.subtitle:
        out += [f"*{escape(pack.subtitle)}*", ""]
    out += [escape(w.colophon(pack)), ""]
    if pack.introduction.strip():
        out += [f"## {w.INTRODUCTION}", "", pack.introduction.strip(), ""]
    for heading, items in w.numbered(pack):
        out += [f"## {escape(w.section_heading(heading))}", ""]
        for number, passage in items:
            out += _passage(number, passage)
    return "\n".join(out).rstrip() + "\n"
