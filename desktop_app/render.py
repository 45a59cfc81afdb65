"""A letter as HTML for the reader: header, blocks, footnotes, highlighted spans.

Plain Python (no Qt) so it is tested directly; the reader widget only displays the result.
Every highlight is a ``(start, end)`` span of the normalised text: commitments, search hits and
footnote markers are all painted the same way.
"""

from __future__ import annotations

import bisect
import functools
import heapq
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


_LINK_RANK = {prefix: rank for rank, prefix in enumerate(_LINK_ORDER)}


def _link_rank(name: str) -> int:
    """The place in ``_LINK_ORDER`` of the prefix ``name`` starts with (each ends in its
    only "-"), after all of them for any other name."""
    return _LINK_RANK.get(name[:name.find("-") + 1], len(_LINK_ORDER))


_PLAIN, _COLOURED, _HIT, _NOTE = range(4)  # what a span's colour does to a piece


@functools.lru_cache(maxsize=256)
def _rgb(colour: str) -> tuple[int, int, int]:
    c = safe_colour(colour)
    return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)


class _Layers:
    """The spans over the piece of text being painted, kept up to date as a sweep over the
    span boundaries adds and drops them, with what a piece's tag needs kept alongside.

    Everything a piece needs is a count, a colour sum or the first span of a kind (in the
    order of ``spans``: a heap whose dropped spans are popped lazily), so a piece costs the
    same under three spans as under three thousand (issue 17: a letter holding thousands of
    annotations mixed every one of them again for every piece).
    """

    def __init__(self, spans: list[Span]):
        self.spans = spans
        self.alive: list[tuple | None] = [None] * len(spans)  # what a span adds, while it does
        self.count = self.coloured = self.hits = self.struck = 0
        self.underlined = self.raised = 0
        self.notes = 0  # coloured annotations: their colours are mixed
        self.note_rgb = [0, 0, 0]
        self.first_hit: list[int] = []
        self.first_note: list[int] = []
        self.last_coloured: list[int] = []  # negated: the last coloured span first
        self.first_link: list[tuple[int, int]] = []  # (link rank, place)
        self.first_note_title: list[int] = []
        self.first_title: list[int] = []

    def add(self, i: int) -> None:
        s = self.spans[i]
        kind = _PLAIN
        if s.colour:
            kind = _HIT if s.name.startswith("hit-") else (
                _NOTE if s.name.startswith("ann-") else _COLOURED)
            heapq.heappush(self.last_coloured, -i)
            if kind == _HIT:
                heapq.heappush(self.first_hit, i)
            elif kind == _NOTE:
                heapq.heappush(self.first_note, i)
        if s.href:
            heapq.heappush(self.first_link, (_link_rank(s.name), i))
        if s.title:
            heapq.heappush(self.first_note_title if s.name.startswith("ann-")
                           else self.first_title, i)
        self.alive[i] = trait = (kind, bool(s.struck), bool(s.underline), bool(s.superscript),
                                 _rgb(s.colour) if kind == _NOTE else None)
        self._tally(trait, 1)

    def drop(self, i: int) -> None:
        if self.alive[i]:
            self._tally(self.alive[i], -1)
            self.alive[i] = None

    def _tally(self, trait: tuple, step: int) -> None:
        kind, struck, underline, raised, rgb = trait
        self.count += step
        self.struck += step * struck
        self.underlined += step * underline
        self.raised += step * raised
        if kind == _PLAIN:
            return
        self.coloured += step
        if kind == _HIT:
            self.hits += step
        elif kind == _NOTE:
            self.notes += step
            totals = self.note_rgb
            totals[0] += step * rgb[0]
            totals[1] += step * rgb[1]
            totals[2] += step * rgb[2]

    def _first(self, heap: list, key=lambda item: item) -> Span | None:
        while heap and not self.alive[key(heap[0])]:
            heapq.heappop(heap)
        return self.spans[key(heap[0])] if heap else None

    def _background(self) -> str:
        """A hit's colour, else the annotations mixed, else the last span's colour."""
        if self.hits:
            return safe_colour(self._first(self.first_hit).colour)
        if self.notes > 1:
            return _mixed(self.note_rgb, self.notes)
        if self.notes:
            return safe_colour(self._first(self.first_note).colour)
        return safe_colour(self._first(self.last_coloured, key=lambda i: -i).colour)

    def piece_html(self, piece: str, starting: list[Span]) -> str:
        """One run of text under the spans alive, as a single tag (Qt nests links poorly).

        The link goes to a footnote, else to an annotation, else to a commitment (so hovering
        shows it), else to a hit; hits paint over annotation and commitment colours,
        annotations over commitments. Overlapping annotations mix their colours, a shade
        darker per layer, so an overlap shows. Spans that start here leave a named anchor.
        """
        names = "".join(f'<a name="{_attr(s.name)}"></a>' for s in starting if s.name)
        if not self.count:
            return names + piece
        link = self._first(self.first_link, key=lambda item: item[1])
        style = ""
        if self.coloured:
            style += f"background-color:{self._background()};color:{HIGHLIGHT_TEXT};"
        struck = self.struck > 0
        if struck and self.coloured and not self.hits:
            style = style.replace(f"color:{HIGHLIGHT_TEXT};", f"color:{DONE_TEXT};")
        strike = " line-through" if struck else ""
        if self.notes:  # annotations are underlined in a dark shade of their colour
            style += (f"text-decoration:underline{strike};text-decoration-color:"
                      f"{_mixed(self.note_rgb, self.notes, shade=0.45)};")
        elif self.underlined:
            style += f"text-decoration:underline{strike};"
        elif struck:
            style += "text-decoration:line-through;"
        elif link is not None and self.coloured:
            style += "text-decoration:none;"
        titled = self._first(self.first_note_title)  # an annotation's note, else the first
        if titled is None:
            titled = self._first(self.first_title)
        title = titled.title if titled is not None else ""
        attrs = f' style="{_attr(style)}"' if style else ""
        attrs += f' title="{_attr(tooltip_html(title))}"' if title else ""
        tag = "a" if link is not None else "span"
        if link is not None:
            attrs = f' href="{_attr(link.href)}"' + attrs
        out = f"<{tag}{attrs}>{piece}</{tag}>"
        if self.raised:
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


def fade(colour: str, share: float) -> str:
    """``colour`` (``#rrggbb``) mixed with white: ``share`` 0 keeps it, 1 is white."""
    rgb = [int(safe_colour(colour)[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(v + (255 - v) * share):02x}" for v in rgb)


def _mixed(sums: list[int], count: int, shade: float | None = None) -> str:
    """The colour whose channels are ``sums`` averaged over ``count`` colours, shaded."""
    if shade is None:
        shade = max(0.5, 1.0 - 0.12 * (count - 1))
    return "#" + "".join(f"{round(v / count * shade):02x}" for v in sums)


def mix_colours(colours: list[str], shade: float | None = None) -> str:
    """The average of ``#rrggbb`` colours, darkened 12% per extra layer (overlaps show)."""
    rgb = [_rgb(c) for c in colours]
    return _mixed([sum(channel) for channel in zip(*rgb, strict=True)], len(rgb), shade)


def _paint_ranges(text: str, offset: int, ranges: list[tuple[int, int]],
                  spans: list[Span]) -> list[str]:
    """HTML for each ``text[lo:hi]`` of ``ranges`` (in text order, not overlapping), with the
    spans (sorted by start; positions are ``offset`` ahead of ``text``) painted in.

    One sweep over the span boundaries: a piece of text runs from one boundary to the next,
    a span joins the layers when the sweep reaches its start and leaves at its end, so the
    cost grows with the boundaries, not with spans times pieces.
    """
    layers = _Layers(spans)
    starts = [s.start - offset for s in spans]
    ends = sorted((s.end - offset, i) for i, s in enumerate(spans))
    bounds = sorted({*starts, *(e for e, _ in ends)})
    ahead = behind = 0
    out = []
    for lo, hi in ranges:
        inside = bounds[bisect.bisect_right(bounds, lo):bisect.bisect_left(bounds, hi)]
        points = [lo, *inside, hi] if hi > lo else [lo]
        pieces = []
        for a, b in zip(points, points[1:], strict=False):
            starting = []
            while ahead < len(spans) and starts[ahead] <= a:
                if spans[ahead].end - offset > a:  # it reaches past this piece's start
                    layers.add(ahead)
                    if starts[ahead] == a:
                        starting.append(spans[ahead])
                ahead += 1
            while behind < len(ends) and ends[behind][0] <= a:
                layers.drop(ends[behind][1])
                behind += 1
            piece = html.escape(text[a:b]).replace("\n", "<br>")
            pieces.append(layers.piece_html(piece, starting))
        out.append("".join(pieces))
    return out


def _paint(text: str, offset: int, spans: list[Span]) -> str:
    """HTML for text[offset:offset+len] with the spans that overlap it painted in."""
    return _paint_ranges(text, offset, [(0, len(text))], spans)[0]


def _paint_blocks(letter: Letter, spans: list[Span]) -> list[str]:
    """The painted text of every block of the letter (``spans`` sorted by start).

    Blocks in text order that do not overlap (every letter the app reads) are painted in one
    sweep over the whole letter, so a span across many blocks is added once; any other
    blocks (a hand-made letter) are painted one by one with the spans each overlaps.
    """
    blocks, text = letter.blocks, letter.text
    order = sorted(range(len(blocks)), key=lambda i: (blocks[i].start, blocks[i].end))
    ranges = [(blocks[i].start, blocks[i].end) for i in order]
    in_order = all(0 <= lo <= hi <= len(text) for lo, hi in ranges) and all(
        prev[1] <= nxt[0] for prev, nxt in zip(ranges, ranges[1:], strict=False))
    # a span that ends before it starts cuts only the blocks it is taken to overlap
    if not in_order or any(s.end < s.start for s in spans):
        return [_paint(text[block.start:block.end], block.start, local)
                for block, local in zip(blocks, _spans_by_block(blocks, spans), strict=True)]
    bodies = [""] * len(blocks)
    for i, body in zip(order, _paint_ranges(text, 0, ranges, spans), strict=True):
        bodies[i] = body
    return bodies


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
    bodies = _paint_blocks(letter, spans)
    for index, (block, body) in enumerate(zip(letter.blocks, bodies, strict=True)):
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
