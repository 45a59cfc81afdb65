"""A letter as HTML for the reader: header, blocks, footnotes, highlighted spans.

Plain Python (no Qt) so it is tested directly; the reader widget only displays the result.
Every highlight is a ``(start, end)`` span of the normalised text: commitments, search hits and
footnote markers are all painted the same way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
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
# How much of a kind's colour gives way to white: a possible commitment is drawn paler, a
# done one paler still (and struck through), a rejected one only faintly
POSSIBLE_FADE = 0.55
DONE_FADE = 0.6
REJECTED_FADE = 0.85
DONE_TEXT = "#4d4d4d"  # a done commitment's text: muted, still readable on its pale fill
NUMBER_SEPARATOR = " — nr. "  # "Vreemdelingenbeleid — nr. 2764" in lists
HIGHLIGHT_TEXT = "#1a1a1a"  # pastel backgrounds need dark text, also on a dark palette
FALLBACK_COLOUR = "#bdbdbd"  # a colour that is not "#rrggbb" (a hostile import) paints grey
_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Span:
    """A highlighted or linked span: colour, an anchor/link name and a tooltip.

    ``name`` and ``href`` are made by this module from numbers only (``ann-3``, ``#note-0``):
    no id or label from a letter or an imported file is ever put in markup. ``title`` is rich
    text (HTML, already escaped), shown as the tooltip.
    """

    start: int
    end: int
    colour: str = ""
    name: str = ""
    title: str = ""
    underline: bool = False
    href: str = ""
    superscript: bool = False
    struck: bool = False  # a commitment marked done: struck through, in a muted text colour


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
    names = "".join(f'<a name="{_attr(s.name)}"></a>' for s in starting if s.name)
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
    struck = any(s.struck for s in active)
    if struck and coloured and not any(s.name.startswith("hit-") for s in coloured):
        style = style.replace(f"color:{HIGHLIGHT_TEXT};", f"color:{DONE_TEXT};")
    strike = " line-through" if struck else ""
    if notes:  # annotations are underlined in a dark shade of their colour: not commitments
        style += (f"text-decoration:underline{strike};text-decoration-color:"
                  f"{mix_colours([s.colour for s in notes], shade=0.45)};")
    elif any(s.underline for s in active):
        style += f"text-decoration:underline{strike};"
    elif struck:
        style += "text-decoration:line-through;"
    elif linked and coloured:
        style += "text-decoration:none;"
    titled = sorted((s for s in active if s.title), key=lambda s: not s.name.startswith("ann-"))
    title = titled[0].title if titled else ""
    attrs = f' style="{_attr(style)}"' if style else ""
    attrs += f' title="{_attr(tooltip_html(title))}"' if title else ""
    tag = "a" if linked else "span"
    if linked:
        attrs = f' href="{_attr(linked[0].href)}"' + attrs
    out = f"<{tag}{attrs}>{piece}</{tag}>"
    if any(s.superscript for s in active):
        out = f"<sup>{out}</sup>"
    return names + out


def _attr(value: str) -> str:
    """An attribute value, quotes included, escaped (every attribute is written in "…")."""
    return html.escape(value, quote=True)


def tooltip_html(rich: str) -> str:
    """Rich text as a tooltip: wrapped in ``<qt>`` so Qt always reads it as HTML (a tooltip
    that merely *looks* like HTML is rich text in Qt, one that does not is shown raw)."""
    return rich if rich.startswith("<qt>") else f"<qt>{rich}</qt>"


def safe_colour(colour: str, fallback: str = FALLBACK_COLOUR) -> str:
    """``colour`` when it is ``#rrggbb``, else ``fallback``: colours come from the palette,
    which an import may have filled, and they are written into style attributes."""
    return colour if isinstance(colour, str) and _HEX_COLOUR.fullmatch(colour) else fallback


def _background(coloured: list[Span]) -> str:
    """The colour of a piece: a hit, else the annotations mixed, else the last colour."""
    hit = next((s for s in coloured if s.name.startswith("hit-")), None)
    if hit is not None:
        return safe_colour(hit.colour)
    notes = [s.colour for s in coloured if s.name.startswith("ann-")]
    if not notes:
        return safe_colour(coloured[-1].colour)
    return mix_colours(notes) if len(notes) > 1 else safe_colour(notes[0])


def fade(colour: str, share: float) -> str:
    """``colour`` (``#rrggbb``) mixed with white: ``share`` 0 keeps it, 1 is white."""
    rgb = [int(safe_colour(colour)[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(v + (255 - v) * share):02x}" for v in rgb)


def mix_colours(colours: list[str], shade: float | None = None) -> str:
    """The average of ``#rrggbb`` colours, darkened 12% per extra layer (overlaps show)."""
    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in map(safe_colour, colours)]
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
    # one sweep (``spans`` is sorted by start): a span joins when the pieces reach its start
    # and leaves for good after its end, so a block with thousands of hits stays linear
    ahead, open_spans = 0, []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        while ahead < len(spans) and spans[ahead].start - offset <= a:
            open_spans.append(spans[ahead])
            ahead += 1
        open_spans = [s for s in open_spans if s.end - offset >= b]
        piece = html.escape(text[a:b]).replace("\n", "<br>")
        starting = [s for s in open_spans if s.start - offset == a]
        out.append(_piece_html(piece, open_spans, starting))
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
    if getattr(c, "confidence", "high") == "possible":
        parts.append("possible commitment")
    if c.actor:
        parts.append(f"actor: {c.actor}")
    if c.deadline_text:
        parts.append(f"deadline: {c.deadline_text}")
    parts.append(f"cue: {cue_words(c.cue, c.text)}")
    return " · ".join(parts)


def commitment_tooltip(c) -> str:
    """``commitment_title`` as rich text (escaped: actor, deadline and cue are the letter's)."""
    return html.escape(commitment_title(c))


def is_possible(c: Commitment, review=None) -> bool:
    """A commitment the detector is unsure of, unless a person confirmed it.

    ``review`` is anything with a ``verdict`` (an overview row of the commitment), or None.
    """
    confirmed = review is not None and getattr(review, "verdict", None) == "confirmed"
    return c.confidence == "possible" and not confirmed


def commitment_spans(letter: Letter, kinds: Iterable[str] | None = None,
                     describe: Callable[[Commitment], str] = commitment_tooltip, *,
                     possible: bool = True,
                     reviews: Mapping[int, object] | None = None) -> list[Span]:
    """One span per commitment of a visible kind, linked to ``#commitment-<index>``.

    ``describe`` gives the tooltip as escaped rich text (the UI passes a translated one).
    ``reviews`` maps a commitment's index to its review as the overview applies it (anything
    with ``status`` and ``verdict``, e.g. an ``overview.CommitmentRow``): a done commitment
    is struck through on a paler fill, a rejected one only faintly tinted (still there to
    reopen). A possible commitment (see :func:`is_possible`) is drawn paler, and not at all
    when ``possible`` is False.
    """
    visible = set(kinds) if kinds is not None else set(KIND_COLOURS)
    reviews = reviews or {}
    spans = []
    for i, c in enumerate(letter.commitments):
        review = reviews.get(i)
        unsure = is_possible(c, review)
        if c.kind not in visible or (unsure and not possible):
            continue
        colour = KIND_COLOURS.get(c.kind, "#eeeeee")
        status = getattr(review, "status", "open") if review is not None else "open"
        if status == "rejected":
            colour = fade(colour, REJECTED_FADE)
        elif status == "done":
            colour = fade(colour, DONE_FADE)
        elif unsure:
            colour = fade(colour, POSSIBLE_FADE)
        spans.append(Span(c.start, c.end, colour, f"commitment-{i}", describe(c),
                          href=f"#commitment-{i}", struck=status == "done"))
    return spans


def hit_spans(matches: Iterable[tuple[int, int]]) -> list[Span]:
    """Search hits as underlined orange spans named ``hit-<index>``."""
    return [Span(s, e, HIT_COLOUR, f"hit-{i}", underline=True, href=f"#hit-{i}")
            for i, (s, e) in enumerate(sorted(matches))]


def annotation_spans(annotations: Iterable, colours: dict[str, str],
                     describe: Callable[[object], str] | None = None) -> list[Span]:
    """Placed annotations in their palette colour, linked to ``#ann-<n>``, where ``n`` is the
    annotation's place in ``annotations`` (its id came from a file and never enters the
    markup: ``annotation_index`` maps a link back); orphans are skipped.

    ``describe`` gives the tooltip as rich text (the UI passes the note rendered as HTML);
    without it the note is shown as plain text.
    """
    return [
        Span(a.start, a.end, safe_colour(colours.get(a.color, FALLBACK_COLOUR)), f"ann-{i}",
             describe(a) if describe else html.escape(a.note), href=f"#ann-{i}")
        for i, a in enumerate(annotations) if a.status != "orphan" and a.end > a.start
    ]


def annotation_index(fragment: str) -> int | None:
    """The place ``n`` of an annotation link's fragment ``ann-<n>`` (None for other links)."""
    number = fragment.removeprefix("ann-")
    if fragment.startswith("ann-") and number.isascii() and number.isdigit():
        return int(number)
    return None


def footnote_spans(letter: Letter) -> list[Span]:
    """Footnote markers in the body link to the note, and the note links back.

    Links are named by the footnote's place (``#note-<i>``, ``ref-<i>-<k>``), never by its
    marker: the marker is the letter's text.
    """
    spans = []
    for i, note in enumerate(letter.footnotes):
        for k, (s, e) in enumerate(note.refs):
            # markers already written as superscript characters (¹²³) are not raised again
            raise_it = letter.text[s:e].isascii()
            tip = f"{note.marker}: {letter.text[note.start:note.end][:200]}"
            spans.append(Span(s, e, name=f"ref-{i}-{k}", href=f"#note-{i}",
                              title=html.escape(tip), superscript=raise_it))
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
    muted = safe_colour(muted, "#666666")
    title = html.escape(display_title(md, letter.source) or letter.id)
    sub = html.escape(md.title) if md.subject and md.title else ""
    meta = " · ".join(html.escape(r) for r in rows)
    return (f'<h1 style="margin-bottom:2px;font-size:x-large">{title}</h1>'
            + (f'<p style="margin:0;color:{muted}">{sub}</p>' if sub else "")
            + f'<p style="color:{muted};margin-top:4px">{meta}</p><hr>')


def _block_html(letter: Letter, block, body: str, anchor: str) -> str:
    if block.kind == "heading":
        level = min(max(int(block.level), 2), 4)
        return f"<h{level}>{anchor}{body}</h{level}>"
    if block.kind == "list_item":
        indent = 1.5 + 1.5 * max(int(block.level) - 1, 0)
        # the body ends the block: reader positions map 1:1 back from its end (body_start)
        return (f'<p style="margin-left:{indent}em">'
                f'{html.escape(block.label)} {anchor}{body}</p>')
    if block.kind == "footnote":
        places = [i for i, note in enumerate(letter.footnotes) if note.marker == block.label]
        names = "".join(f'<a name="note-{i}"></a>' for i in places)
        back = "".join(f' <a href="#ref-{i}-{k}" title="back">↩</a>'
                       for i in places for k in range(len(letter.footnotes[i].refs)))
        return f'<p style="font-size:small">{names}{anchor}{body}{back}</p>'
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
    page = 0
    local_spans = _spans_by_block(letter.blocks, spans)
    for index, (block, local) in enumerate(zip(letter.blocks, local_spans, strict=True)):
        text = letter.text[block.start:block.end]
        body = _paint(text, block.start, local)
        if block.kind == "footnote" and not notes_started:
            parts.append("<hr>")
            notes_started = True
        elif block.kind != "footnote" and block.page > page:
            if page:
                parts.append(page_marker(block.page, muted))
            page = block.page
        parts.append(_numbered(_block_html(letter, block, body, ""), index))
    return "\n".join(parts)


def page_marker(page: int, muted: str = "#666666") -> str:
    """Where a page of the original (a PDF) begins: a small mark at the right margin. It is
    no letter block (no user state), so reader positions skip it."""
    return (f'<p align="right" style="margin:0; color:{_attr(muted)}; font-size:small">'
            f"p. {int(page)}</p>")


def _numbered(markup: str, index: int) -> str:
    """A block's HTML carrying its place in ``letter.blocks`` as Qt's ``-qt-user-state``.

    Qt keeps it as the text block's user state, which is how the reader maps document
    positions to text offsets (see :func:`body_start`). A named anchor per block did that
    before, but thousands of distinct anchor names made Qt's ``setHtml`` quadratic (2 s for
    a 2 MB letter).
    """
    end = markup.index(">")
    head = markup[:end]
    if ' style="' in head:
        head = head.replace(' style="', f' style="-qt-user-state:{index};', 1)
    else:
        head += f' style="-qt-user-state:{index}"'
    return head + markup[end:]


def body_start(block, rendered: str) -> int:
    """Where a letter block's own text starts in the text of the block rendered for it: after
    a list item's label, else at its start (a footnote's back links come after its text)."""
    if block.kind == "list_item":
        return max(0, len(rendered) - (block.end - block.start))
    return 0


def _spans_by_block(blocks, spans: list[Span]) -> list[list[Span]]:
    """The spans (sorted by start) overlapping each block, in one sweep over the blocks in text
    order: checking every span against every block was quadratic in a long letter."""
    out: list[list[Span]] = [[] for _ in blocks]
    ahead, open_spans = 0, []
    for i in sorted(range(len(blocks)), key=lambda i: blocks[i].start):
        block = blocks[i]
        while ahead < len(spans) and spans[ahead].start < block.end:
            open_spans.append(spans[ahead])
            ahead += 1
        # a span ending before this block ends before every later one too
        open_spans = [s for s in open_spans if s.end > block.start]
        out[i] = [s for s in open_spans if s.start < block.end]
    return out
