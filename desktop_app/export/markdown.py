"""A course pack as Markdown (CommonMark): headings, block quotes, sources, notes, tags."""

from __future__ import annotations

import re

from desktop_app.export import wording as w
from desktop_app.export.pack import CoursePack, Passage

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(?:([#+\-=])|(\d+)([.)]))", re.MULTILINE)
# in a note: a mark after an even run of backslashes (none, or two …) is not escaped
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"
_NOTE_ANGLE = re.compile(_UNESCAPED + r"<")  # raw HTML and <…> autolinks
_NOTE_IMAGE = re.compile(_UNESCAPED + r"!\[")
_NOTE_LINK = re.compile(_UNESCAPED + r"\]\(\s*<?([^)\s>]*)")
_NOTE_DEFINITION = re.compile(r"^( {0,3})\[([^\]\n]+)\]:[ \t]*<?(\S*)", re.MULTILINE)
_WEB = re.compile(r"(?i)(https?://|#)")


def escape(text: str) -> str:
    """Text that Markdown shows literally (no emphasis, links, headings or lists)."""
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(m: re.Match[str]) -> str:
    """"# x" → "\\# x", "12. x" → "12\\. x": no heading or list item."""
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def note_markdown(note: str) -> str:
    """An annotator's Markdown note, kept as written except what a Markdown viewer would
    load or run: raw HTML and ``<…>`` autolinks are shown as text, an image becomes a link
    (``!`` then ``[alt](src)``), and a link that does not go to the web (``file:``,
    ``javascript:``, a local path …) is shown as text."""
    note = _NOTE_ANGLE.sub(r"\1\\<", note)
    note = _NOTE_IMAGE.sub(r"\1\\![", note)
    note = _NOTE_LINK.sub(_web_link_only, note)
    return _NOTE_DEFINITION.sub(_web_definition_only, note)


def _web_link_only(m: re.Match[str]) -> str:
    if _WEB.match(m.group(2)):
        return m.group(0)
    return m.group(1) + "\\" + m.group(0)[len(m.group(1)):]


def _web_definition_only(m: re.Match[str]) -> str:
    return m.group(0) if _WEB.match(m.group(3)) else f"{m.group(1)}\\{m.group(0).lstrip()}"


def _code(text: str) -> str:
    """``text`` as a code span whose fence no backtick in it can close, on one line (a blank
    line would end the span's paragraph and let the rest be read as Markdown)."""
    text = " ".join(text.splitlines())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _quote(text: str) -> str:
    lines = [ln.strip() for ln in escape(text).splitlines()]
    return "\n".join(f"> {ln}" if ln else ">" for ln in lines)


def _passage(number: int, p: Passage) -> list[str]:
    out = [f"### {escape(w.passage_heading(number, p))}", "", _quote(p.quote), ""]
    out += [f"*{w.SOURCE}:* {escape(p.citation)}", ""]
    if p.orphan:
        out += [f"*{w.ORPHAN}*", ""]
    if p.note:
        # the note is the annotator's own Markdown: kept as written, but defused
        out += [f"**{escape(w.note_label(p))}:**", "", note_markdown(p.note), ""]
    if p.tags:
        out += [f"*{w.TAGS}:* " + ", ".join(_code(t) for t in p.tags), ""]
    return out


def render_markdown(pack: CoursePack) -> str:
    """The whole pack as one Markdown document."""
    out = [f"# {escape(pack.title)}", ""]
    if pack.subtitle:
        out += [f"*{escape(pack.subtitle)}*", ""]
    out += [escape(w.colophon(pack)), ""]
    if pack.introduction.strip():
        out += [f"## {w.INTRODUCTION}", "", note_markdown(pack.introduction.strip()), ""]
    for heading, items in w.numbered(pack):
        out += [f"## {escape(w.section_heading(heading))}", ""]
        for number, passage in items:
            out += _passage(number, passage)
    return "\n".join(out).rstrip() + "\n"
