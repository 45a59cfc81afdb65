"""A letter as HTML for the reader: header, blocks, footnotes, highlighted spans.

Plain Python (no Qt) so it is tested directly; the reader widget only displays the result.
Every highlight is a ``(start, end)`` span of the normalised text: commitments, search hits and
footnote markers are all painted the same way.
"""

from __future__ import annotations

import html
import re
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
NUMBER_SEPARATOR = " — nr. "  # "Vreemdelingenbeleid — nr. 2764" in lists
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


def list_title(metadata, source: str = "") -> str:
    """What tells a letter apart in a list: its subject; without one, the dossier title and
    the Kamerstuk number ("Vreemdelingenbeleid — nr. 2764"), since several letters of one
    dossier share its title; else the file name it was imported from."""
    if metadata.subject:
        return metadata.subject
    title = display_title(metadata, source)
    if metadata.title and metadata.number:
        return f"{title}{NUMBER_SEPARATOR}{metadata.number}"
    return title


def kamerstuk(metadata) -> str:
    """The citation "Kamerstuk 19637, nr. 2764" ("" without a dossier)."""
    if not metadata.dossier:
        return ""
    return f"Kamerstuk {metadata.dossier}" + (f", nr. {metadata.number}" if metadata.number
                                              else "")


def summary_title(summary: LetterSummary) -> str:
    """``list_title`` for a list row (the letter list, search hits, annotations)."""
    return list_title(summary.metadata, summary.source)


_LINK_ORDER = ("ref-", "ann-", "commitment-", "hit-")  # which link a piece of text follows


def _piece_html(piece: str, active: list[Span], starting: list[Span]) -> str:
    """One run of text under the spans ``active``, as a single tag (Qt nests links poorly).

    The link goes to a footnote, else to an annotation, else to a commitment (so hovering
    shows it), else to a hit; hits paint over annotation and commitment colours, annotations
    over commitments. Overlapping annotations mix their colours, a shade darker per layer, so
    an overlap shows. Spans that start here leave a named anchor.
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
        style += f"background-color:{_background(coloured)};color:{HIGHLIGHT_TEXT};"
    notes = [s for s in coloured if s.name.startswith("ann-")]
    if notes:  # annotations are underlined in a dark shade of their colour: not commitments
        style += ("text-decoration:underline;text-decoration-color:"
                  f"{mix_colours([s.colour for s in notes], shade=0.45)};")
    elif any(s.underline for s in active):
        style += "text-decoration:underline;"
    elif linked and coloured:
        style += "text-decoration:none;"
    titled = sorted((s for s in active if s.title), key=lambda s: not s.name.startswith("ann-"))
    title = titled[0].title if titled else ""
    attrs = f' style="{style}"' if style else ""
    attrs += f' title="{html.escape(title)}"' if title else ""
    tag = "a" if linked else "span"
    if linked:
        attrs = f' href="{linked[0].href}"' + attrs
    out = f"<{tag}{attrs}>{piece}</{tag}>"
    if any(s.superscript for s in active):
        out = f"<sup>{out}</sup>"
    return names + out


def _background(coloured: list[Span]) -> str:
    """The colour of a piece: a hit, else the annotations mixed, else the last colour."""
    hit = next((s for s in coloured if s.name.startswith("hit-")), None)
    if hit is not None:
        return hit.colour
    notes = [s.colour for s in coloured if s.name.startswith("ann-")]
    if not notes:
        return coloured[-1].colour
    return mix_colours(notes) if len(notes) > 1 else notes[0]


def mix_colours(colours: list[str], shade: float | None = None) -> str:
    """The average of ``#rrggbb`` colours, darkened 12% per extra layer (overlaps show)."""
    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in colours]
    if shade is None:
        shade = max(0.5, 1.0 - 0.12 * (len(rgb) - 1))
    mixed = (round(sum(channel) / len(rgb) * shade) for channel in zip(*rgb, strict=True))
    return "#" + "".join(f"{v:02x}" for v in mixed)


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


def cue_words(cue: str, sentence: str = "") -> str:
    """The words of the letter a commitment was recognised by.

    A cue is stored as "rule: words" ("gaan: gaan we"); the rule's name is the detector's,
    not the reader's. The detector matched a lower-cased sentence, so with the ``sentence``
    the words come back as the letter writes them ("door EY opgestelde").
    """
    rule, colon, words = cue.partition(": ")
    words = words if colon and words and rule else cue
    return _as_written(words, sentence) if sentence else words


def _as_written(words: str, sentence: str) -> str:
    clipped = words.endswith("…")  # the detector cuts long cues short
    tokens = (words[:-1] if clipped else words).split()
    if not tokens:
        return words
    pattern = r"\s+".join(map(re.escape, tokens)) + (r"\w*" if clipped else "")
    found = re.search(pattern, sentence, re.IGNORECASE)  # a cut-off word is finished
    if found is None:
        return words
    return " ".join(found.group(0).split()) + ("…" if clipped else "")


def commitment_title(c, labels: dict[str, str] | None = None) -> str:
    """Kind, actor, deadline and cue of a commitment on one line."""
    labels = labels or KIND_LABELS
    parts = [labels.get(c.kind, c.kind)]
    if c.actor:
        parts.append(f"actor: {c.actor}")
    if c.deadline_text:
        parts.append(f"deadline: {c.deadline_text}")
    parts.append(f"cue: {cue_words(c.cue, c.text)}")
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


def annotation_spans(annotations: Iterable, colours: dict[str, str],
                     describe: Callable[[object], str] | None = None) -> list[Span]:
    """Placed annotations in their palette colour, linked to ``#ann-<id>``; orphans are skipped.

    ``describe`` gives the tooltip (the UI passes the note rendered as HTML).
    """
    return [
        Span(a.start, a.end, colours.get(a.color, "#bdbdbd"), f"ann-{a.id}",
             describe(a) if describe else a.note, href=f"#ann-{a.id}")
        for a in annotations if a.status != "orphan" and a.end > a.start
    ]


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
        rows.append(kamerstuk(md))
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
        # the anchor sits right before the body: reader positions map 1:1 from it
        return (f'<p style="margin-left:{indent}em">'
                f'{html.escape(block.label)} {anchor}{body}</p>')
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
