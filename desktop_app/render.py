"""A letter as HTML for the reader: header, blocks, footnotes, highlighted spans.

Plain Python (no Qt) so it is tested directly; the reader widget only displays the result.
Every highlight is a ``(start, end)`` span of the normalised text: commitments, search hits and
footnote markers are all painted the same way.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath

from desktop_app.model import Commitment, Letter, LetterSummary

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
HIT_COLOUR = "#ff9f43"
HIGHLIGHT_TEXT = "#1a1a1a"  # pastel backgrounds need dark text, also on a dark palette


@dataclass(frozen=True)
class Span:
    """A highlighted or linked span: colour, an anchor/link name and a tooltip."""

    start: int
    end: int
    colour: str = ""
    name: str = ""
    title: str = ""
    underline: bool = False
    href: str = ""
    superscript: bool = False


def display_title(metadata, source: str = "") -> str:
    """The subject, else the title, else the file name it was imported from."""
    if metadata.subject or metadata.title:
        return metadata.subject or metadata.title
    return PurePath(source).stem if source else ""


def summary_title(summary: LetterSummary) -> str:
    """``display_title`` for a list row."""
    return display_title(summary.metadata, summary.source)


_LINK_ORDER = ("ref-", "commitment-", "hit-")  # which link a piece of text follows


def _piece_html(piece: str, active: list[Span], starting: list[Span]) -> str:
    """One run of text under the spans ``active``, as a single tag (Qt nests links poorly).

    The link goes to a footnote, else to a commitment (so hovering shows it), else to a hit;
    hits paint over commitment colours. Spans that start here leave a named anchor.
    """
    names = "".join(f'<a name="{s.name}"></a>' for s in starting if s.name)
    if not active:
        return names + piece
    linked = sorted((s for s in active if s.href),
                    key=lambda s: next((i for i, p in enumerate(_LINK_ORDER)
                                        if s.name.startswith(p)), len(_LINK_ORDER)))
    coloured = [s for s in active if s.colour]
    style = ""
    if coloured:
        top = next((s for s in coloured if s.name.startswith("hit-")), coloured[-1])
        style += f"background-color:{top.colour};color:{HIGHLIGHT_TEXT};"
    if any(s.underline for s in active):
        style += "text-decoration:underline;"
    elif linked and coloured:
        style += "text-decoration:none;"
    title = next((s.title for s in active if s.title), "")
    attrs = f' style="{style}"' if style else ""
    attrs += f' title="{html.escape(title)}"' if title else ""
    tag = "a" if linked else "span"
    if linked:
        attrs = f' href="{linked[0].href}"' + attrs
    out = f"<{tag}{attrs}>{piece}</{tag}>"
    if any(s.superscript for s in active):
        out = f"<sup>{out}</sup>"
    return names + out


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
        starting = [s for s in active if s.start - offset == a]
        out.append(_piece_html(piece, active, starting))
    return "".join(out)


def commitment_title(c, labels: dict[str, str] | None = None) -> str:
    """Kind, actor, deadline and cue of a commitment on one line."""
    labels = labels or KIND_LABELS
    parts = [labels.get(c.kind, c.kind)]
    if c.actor:
        parts.append(f"actor: {c.actor}")
    if c.deadline_text:
        parts.append(f"deadline: {c.deadline_text}")
    parts.append(f"cue: {c.cue}")
    return " · ".join(parts)


def commitment_spans(letter: Letter, kinds: Iterable[str] | None = None,
                     describe: Callable[[Commitment], str] = commitment_title) -> list[Span]:
    """One span per commitment of a visible kind, linked to ``#commitment-<index>``.

    ``describe`` gives the tooltip (the UI passes a translated one).
    """
    visible = set(kinds) if kinds is not None else set(KIND_COLOURS)
    return [
        Span(c.start, c.end, KIND_COLOURS.get(c.kind, "#eeeeee"), f"commitment-{i}",
             describe(c), href=f"#commitment-{i}")
        for i, c in enumerate(letter.commitments) if c.kind in visible
    ]


def hit_spans(matches: Iterable[tuple[int, int]]) -> list[Span]:
    """Search hits as underlined orange spans named ``hit-<index>``."""
    return [Span(s, e, HIT_COLOUR, f"hit-{i}", underline=True, href=f"#hit-{i}")
            for i, (s, e) in enumerate(sorted(matches))]


def footnote_spans(letter: Letter) -> list[Span]:
    """Footnote markers in the body link to the note, and the note links back."""
    spans = []
    for note in letter.footnotes:
        for k, (s, e) in enumerate(note.refs):
            # markers already written as superscript characters (¹²³) are not raised again
            raise_it = letter.text[s:e].isascii()
            spans.append(Span(s, e, name=f"ref-{note.marker}-{k}", href=f"#note-{note.marker}",
                              title=f"{note.marker}: {letter.text[note.start:note.end][:200]}",
                              superscript=raise_it))
    return spans


def header_html(letter: Letter, muted: str = "#666666") -> str:
    """Subject as the title, then date, kamerstuk and signatory on one muted line."""
    md = letter.metadata
    rows = []
    if md.date:
        rows.append(md.date)
    if md.dossier:
        rows.append(f"Kamerstuk {md.dossier}" + (f", nr. {md.number}" if md.number else ""))
    if md.signatory or md.signatory_role:
        rows.append(", ".join(x for x in (md.signatory, md.signatory_role) if x))
    title = html.escape(display_title(md, letter.source) or letter.id)
    sub = html.escape(md.title) if md.subject and md.title else ""
    meta = " · ".join(html.escape(r) for r in rows)
    return (f'<h1 style="margin-bottom:2px;font-size:x-large">{title}</h1>'
            + (f'<p style="margin:0;color:{muted}">{sub}</p>' if sub else "")
            + f'<p style="color:{muted};margin-top:4px">{meta}</p><hr>')


def _block_html(letter: Letter, block, body: str, anchor: str) -> str:
    if block.kind == "heading":
        level = min(max(block.level, 2), 4)
        return f"<h{level}>{anchor}{body}</h{level}>"
    if block.kind == "list_item":
        indent = 1.5 + 1.5 * max(block.level - 1, 0)
        return (f'<p style="margin-left:{indent}em">{anchor}'
                f'{html.escape(block.label)} {body}</p>')
    if block.kind == "footnote":
        back = "".join(
            f' <a href="#ref-{block.label}-{k}" title="back">↩</a>'
            for note in letter.footnotes if note.marker == block.label
            for k in range(len(note.refs)))
        return (f'<p style="font-size:small"><a name="note-{block.label}"></a>'
                f"{anchor}{body}{back}</p>")
    if block.kind == "signature":
        return f'<p style="margin-top:1.5em">{anchor}{body}</p>'
    if block.kind == "table_row":
        return f'<p style="font-family:monospace">{anchor}{body}</p>'
    return f"<p>{anchor}{body}</p>"


def letter_html(letter: Letter, spans: Iterable[Span] = (), muted: str = "#666666") -> str:
    """The whole letter as HTML; block text is painted with the given spans."""
    spans = sorted([*spans, *footnote_spans(letter)], key=lambda s: (s.start, -s.end))
    parts = [header_html(letter, muted)]
    notes_started = False
    for block in letter.blocks:
        text = letter.text[block.start:block.end]
        local = [s for s in spans if s.start < block.end and s.end > block.start]
        body = _paint(text, block.start, local)
        if block.kind == "footnote" and not notes_started:
            parts.append("<hr>")
            notes_started = True
        parts.append(_block_html(letter, block, body, f'<a name="pos-{block.start}"></a>'))
    return "\n".join(parts)
