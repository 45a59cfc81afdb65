"""The letter painter as it was before issue 17 (every overlapping span looked at again for
every piece of text), kept only as the reference the one-sweep painter of ``render`` must match
character for character. Not used by the app.

The header, block markup, footnote spans, spans per block and escaping are the app's own
(unchanged); only the painting of block text is the old code, copied as it was.
"""

from __future__ import annotations

import html

from desktop_app.model import Letter
from desktop_app.render import (
    DONE_TEXT,
    HIGHLIGHT_TEXT,
    Span,
    _attr,
    _block_html,
    _numbered,
    _spans_by_block,
    footnote_spans,
    header_html,
    page_marker,
    safe_colour,
    tooltip_html,
)

_LINK_ORDER = ("ref-", "ann-", "commitment-", "hit-")


def piece_html(piece: str, active: list[Span], starting: list[Span]) -> str:
    names = "".join(f'<a name="{_attr(s.name)}"></a>' for s in starting if s.name)
    if not active:
        return names + piece
    linked = sorted((s for s in active if s.href),
                    key=lambda s: next((i for i, p in enumerate(_LINK_ORDER)
                                        if s.name.startswith(p)), len(_LINK_ORDER)))
    coloured = [s for s in active if s.colour]
    style = ""
    if coloured:
        style += f"background-color:{background(coloured)};color:{HIGHLIGHT_TEXT};"
    notes = [s for s in coloured if s.name.startswith("ann-")]
    struck = any(s.struck for s in active)
    if struck and coloured and not any(s.name.startswith("hit-") for s in coloured):
        style = style.replace(f"color:{HIGHLIGHT_TEXT};", f"color:{DONE_TEXT};")
    strike = " line-through" if struck else ""
    if notes:
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


def background(coloured: list[Span]) -> str:
    hit = next((s for s in coloured if s.name.startswith("hit-")), None)
    if hit is not None:
        return safe_colour(hit.colour)
    notes = [s.colour for s in coloured if s.name.startswith("ann-")]
    if not notes:
        return safe_colour(coloured[-1].colour)
    return mix_colours(notes) if len(notes) > 1 else safe_colour(notes[0])


def mix_colours(colours: list[str], shade: float | None = None) -> str:
    rgb = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in map(safe_colour, colours)]
    if shade is None:
        shade = max(0.5, 1.0 - 0.12 * (len(rgb) - 1))
    mixed = (round(sum(channel) / len(rgb) * shade) for channel in zip(*rgb, strict=True))
    return "#" + "".join(f"{v:02x}" for v in mixed)


def paint(text: str, offset: int, spans: list[Span]) -> str:
    cuts = {0, len(text)}
    for s in spans:
        cuts.add(max(0, min(len(text), s.start - offset)))
        cuts.add(max(0, min(len(text), s.end - offset)))
    points = sorted(cuts)
    out = []
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
        out.append(piece_html(piece, open_spans, starting))
    return "".join(out)


def letter_html(letter: Letter, spans=(), muted: str = "#666666") -> str:
    """``render.letter_html`` as it was, painting with :func:`paint`."""
    spans = sorted([*spans, *footnote_spans(letter)], key=lambda s: (s.start, -s.end))
    parts = [header_html(letter, muted)]
    notes_started = False
    page = 0
    local_spans = _spans_by_block(letter.blocks, spans)
    for index, (block, local) in enumerate(zip(letter.blocks, local_spans, strict=True)):
        text = letter.text[block.start:block.end]
        body = paint(text, block.start, local)
        if block.kind == "footnote" and not notes_started:
            parts.append("<hr>")
            notes_started = True
        elif block.kind != "footnote" and block.page > page:
            if page:
                parts.append(page_marker(block.page, muted))
            page = block.page
        parts.append(_numbered(_block_html(letter, block, body, ""), index))
    return "\n".join(parts)
