"""A letter as HTML for the reader: header, blocks, footnotes, highlighted spans.

Plain Python (no Qt) so it is tested directly; the reader widget only displays the result.
Every highlight is a ``(start, end)`` span of the normalised text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.model import Letter

KIND_COLOURS = {
    "promise": "#ffe08a",
    "action": "#b9e4c9",
    "refusal": "#f7b7b7",
    "earlier": "#c9d7f8",
}
KIND_LABELS = {
    "promise": "promise",
    "action": "action",
    "refusal": "refusal",
    "earlier": "earlier promise",
}


@dataclass(frozen=True)
class Span:
    """A highlighted span: colour and an anchor name for links and tooltips."""

    start: int
    end: int
    colour: str
    name: str = ""
    title: str = ""
    underline: bool = False


def _open_tag(span: Span) -> str:
    style = f"background-color:{span.colour};"
    if span.underline:
        style += "text-decoration:underline;"
    title = f' title="{html.escape(span.title)}"' if span.title else ""
    name = f' href="#{span.name}"' if span.name else ""
    tag = "a" if span.name else "span"
    return f'<{tag}{name} style="{style}color:inherit;"{title}>'


def _paint(text: str, offset: int, spans: list[Span]) -> str:
    """HTML for text[offset:offset+len] with the spans that overlap it painted in."""
    cuts = {0, len(text)}
    for s in spans:
        cuts.add(max(0, min(len(text), s.start - offset)))
        cuts.add(max(0, min(len(text), s.end - offset)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        active = [s for s in spans if s.start - offset <= a and s.end - offset >= b]
        for s in active:
            piece = _open_tag(s) + piece + ("</a>" if s.name else "</span>")
        out.append(piece)
    return "".join(out)


def commitment_spans(letter: Letter, kinds: Iterable[str] | None = None) -> list[Span]:
    visible = set(kinds) if kinds is not None else set(KIND_COLOURS)
    spans = []
    for i, c in enumerate(letter.commitments):
        if c.kind not in visible:
            continue
        parts = [KIND_LABELS.get(c.kind, c.kind)]
        if c.actor:
            parts.append(f"actor: {c.actor}")
        if c.deadline_text:
            parts.append(f"deadline: {c.deadline_text}")
        parts.append(f"cue: {c.cue}")
        spans.append(Span(c.start, c.end, KIND_COLOURS.get(c.kind, "#eeeeee"),
                          f"commitment-{i}", " · ".join(parts)))
    return spans


def header_html(letter: Letter) -> str:
    md = letter.metadata
    rows = []
    if md.date:
        rows.append(md.date)
    if md.dossier:
        rows.append(f"Kamerstuk {md.dossier}" + (f", nr. {md.number}" if md.number else ""))
    if md.signatory or md.signatory_role:
        rows.append(", ".join(x for x in (md.signatory, md.signatory_role) if x))
    title = html.escape(md.subject or md.title or "(no subject)")
    sub = html.escape(md.title) if md.subject and md.title else ""
    meta = " · ".join(html.escape(r) for r in rows)
    return (f'<h1 style="margin-bottom:2px">{title}</h1>'
            + (f'<p style="margin:0;color:#666">{sub}</p>' if sub else "")
            + f'<p style="color:#555;margin-top:4px">{meta}</p><hr>')


def letter_html(letter: Letter, spans: Iterable[Span] = ()) -> str:
    """The whole letter as HTML; block text is painted with the given spans."""
    spans = sorted(spans, key=lambda s: (s.start, -s.end))
    parts = [header_html(letter)]
    notes_started = False
    for block in letter.blocks:
        text = letter.text[block.start:block.end]
        local = [s for s in spans if s.start < block.end and s.end > block.start]
        body = _paint(text, block.start, local)
        anchor = f'<a name="pos-{block.start}"></a>'
        if block.kind == "heading":
            level = min(max(block.level, 2), 4)
            parts.append(f"<h{level}>{anchor}{body}</h{level}>")
        elif block.kind == "list_item":
            parts.append(f'<p style="margin-left:2em">{anchor}{html.escape(block.label)} {body}</p>')
        elif block.kind == "footnote":
            if not notes_started:
                parts.append("<hr>")
                notes_started = True
            parts.append(f'<p style="font-size:small"><a name="note-{block.label}"></a>'
                         f'{anchor}{body}</p>')
        elif block.kind == "signature":
            parts.append(f'<p style="margin-top:1.5em">{anchor}{body}</p>')
        elif block.kind == "table_row":
            parts.append(f'<p style="font-family:monospace">{anchor}{body}</p>')
        else:
            parts.append(f"<p>{anchor}{body}</p>")
    return "\n".join(parts)
