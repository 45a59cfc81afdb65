"""The one-sweep letter painter (issue 17) paints exactly what the old painter painted.

The old painter (``tests/render_reference.py``) looked at every overlapping span again for
every piece of text; the new one keeps the layers up to date over one sweep of the span
boundaries. Same spans in, the same HTML out, character for character: random spans over real
bundled letters (nested, equal bounds, zero-length, touching, across blocks, out of range,
reversed), thousands of annotations on one short letter, and hand-made letters whose blocks
overlap or come out of order.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
import render_reference
from testdata import LETTERS_DIR, record_calls

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.model import Annotation, Block, Footnote, Letter, Metadata
from desktop_app.render import (
    Span,
    annotation_spans,
    commitment_spans,
    hit_spans,
    letter_html,
    mix_colours,
)

# uppercase, the text colour itself ("color:#1a1a1a;" is replaced inside a style), and
# colours a hostile import may carry (painted grey)
COLOURS = ["#ffe08a", "#B9E4C9", "#f7b7b7", "#1a1a1a", "#000000", "#ffffff", "red", "#12345",
           "", "#c9d7f8"]
PREFIXES = ["ann-", "hit-", "commitment-", "ref-", "refers-", "note-", "", "x"]


def _real_letter(name: str) -> Letter:
    path = next(p for p in LETTERS_DIR.iterdir() if name in p.name)
    return parsed_to_letter(read_file(path))


@pytest.fixture(scope="module")
def long_letter() -> Letter:
    """84 blocks (headings, list items, footnotes), footnote links, 34 commitments."""
    return _real_letter("kst-19637-2764")


@pytest.fixture(scope="module")
def short_letter() -> Letter:
    """The 475-character letter the benchmark marks thousands of times."""
    return _real_letter("tk_2024D39756")


def _random_span(rng: random.Random, n: int, length: int, edges: list[int]) -> Span:
    pick = rng.random()
    if pick < 0.3 and edges:  # on a block edge or another span's bound: touching, equal
        start = rng.choice(edges)
    elif pick < 0.35:  # out of range
        start = rng.choice([-30, -1, length, length + 5])
    else:
        start = rng.randrange(0, max(1, length))
    end = start + rng.choice([0, 0, 1, 3, 12, 40, 200, 5000, -4])
    if rng.random() < 0.2 and edges:
        end = rng.choice(edges)  # may end before it starts: a reversed span
    prefix = rng.choice(PREFIXES)
    return Span(start, end, rng.choice(COLOURS), f"{prefix}{n}" if prefix or n % 3 else "",
                title=rng.choice(["", "", f"<b>tip {n}</b>", "a &amp; b", "<qt>x</qt>"]),
                underline=rng.random() < 0.2, href=rng.choice(["", f"#{prefix}{n}"]),
                superscript=rng.random() < 0.05, struck=rng.random() < 0.1)


def _random_spans(rng: random.Random, letter: Letter, count: int) -> list[Span]:
    edges = sorted({b.start for b in letter.blocks} | {b.end for b in letter.blocks})
    spans: list[Span] = []
    for n in range(count):
        if spans and rng.random() < 0.25:  # nested in, or with the bounds of, an earlier one
            outer = rng.choice(spans)
            lo, hi = sorted((outer.start, outer.end))
            start = rng.randint(lo, hi)
            spans.append(replace(_random_span(rng, n, len(letter.text), edges), start=start,
                                 end=rng.choice([hi, start, rng.randint(start, hi)])))
        else:
            spans.append(_random_span(rng, n, len(letter.text), edges))
        edges.extend((spans[-1].start, spans[-1].end))
    return spans


def _assert_same(letter: Letter, spans: list[Span]) -> None:
    new = letter_html(letter, spans, "#777777")
    old = render_reference.letter_html(letter, spans, "#777777")
    if new != old:  # show where, not two megabytes
        at = next(i for i, (a, b) in enumerate(zip(new, old, strict=False)) if a != b)
        assert new[at - 300:at + 300] == old[at - 300:at + 300]
    assert new == old


@pytest.mark.parametrize("seed", range(12))
def test_random_spans_over_a_real_letter_paint_as_before(long_letter, seed):
    rng = random.Random(seed)
    spans = _random_spans(rng, long_letter, rng.choice([5, 60, 400]))
    if seed % 2:  # with the app's own spans too
        spans += commitment_spans(long_letter) + hit_spans([(s.start, s.end) for s in spans[:9]
                                                           if 0 <= s.start <= s.end])
    _assert_same(long_letter, spans)


@pytest.mark.parametrize("seed", range(3))
def test_thousands_of_annotations_on_a_short_letter_paint_as_before(short_letter, seed):
    rng = random.Random(seed)
    colours = {"a": "#ffe08a", "b": "#b9e4c9", "c": "#F7B7B7", "d": "not a colour"}
    text = short_letter.text
    annotations = []
    for n in range(3000):
        start = rng.randrange(0, len(text) - 60)
        annotations.append(Annotation(
            id=str(n), letter_id=short_letter.id, start=start, end=start + rng.randint(0, 60),
            quote="", color=rng.choice(list(colours)), note=f"note {n}" if n % 2 else "",
            created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z"))
    spans = annotation_spans(annotations, colours) + hit_spans([(10, 30), (30, 31), (200, 260)])
    _assert_same(short_letter, spans)


def _hand_made(blocks: list[Block], text: str) -> Letter:
    return Letter(id="hand", metadata=Metadata(subject="Hand"), text=text, blocks=tuple(blocks),
                  footnotes=(Footnote("1", 40, 50, refs=((12, 13),)),))


BLOCK_LAYOUTS = {
    "in order with gaps and pages": [Block("paragraph", 0, 20, page=1),
                                     Block("heading", 22, 30, level=2, page=2),
                                     Block("list_item", 30, 38, level=2, label="a)", page=2),
                                     Block("footnote", 40, 50, label="1")],
    "out of order": [Block("paragraph", 30, 60), Block("paragraph", 0, 20),
                     Block("paragraph", 20, 30)],
    "overlapping and nested": [Block("paragraph", 0, 40), Block("paragraph", 10, 20),
                               Block("paragraph", 15, 70)],
    "empty and past the end": [Block("paragraph", 5, 5), Block("paragraph", 5, 30),
                               Block("paragraph", 60, 200)],
}


@pytest.mark.parametrize("layout", sorted(BLOCK_LAYOUTS))
@pytest.mark.parametrize("seed", range(8))
def test_hand_made_blocks_paint_as_before(layout, seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("ab <&\n") for _ in range(80))
    letter = _hand_made(BLOCK_LAYOUTS[layout], text)
    _assert_same(letter, _random_spans(rng, letter, rng.choice([3, 30, 120])))


def test_overlapping_annotations_mix_and_darken():
    """A value check next to the comparisons: two notes average, a shade darker."""
    letter = Letter(id="x", metadata=Metadata(subject="X"), text="x" * 20,
                    blocks=(Block("paragraph", 0, 20),))
    spans = [Span(0, 10, "#ff0000", "ann-0", href="#ann-0"),
             Span(5, 15, "#0000ff", "ann-1", href="#ann-1")]
    html = letter_html(letter, spans)
    both = mix_colours(["#ff0000", "#0000ff"])
    assert both == "#700070"  # (255 + 0) / 2 * 0.88, rounded
    assert f"background-color:{both};" in html
    assert html.count('href="#ann-0"') == 2 and html.count('href="#ann-1"') == 1
    assert mix_colours([]) == "#"


def test_a_piece_costs_the_same_under_many_layers(monkeypatch):
    """600 nested annotations make 1,200 pieces under 300 layers on average. Painting used to
    read every layer's colour again for every piece (≈ 360,000 colour checks); the sweep reads
    a colour when its span joins or leaves, and once per piece at most."""
    import desktop_app.render as render

    checked = record_calls(monkeypatch, render, "safe_colour")
    layers = 600
    letter = Letter(id="x", metadata=Metadata(subject="X"), text="ab" * layers,
                    blocks=(Block("paragraph", 0, 2 * layers),))
    spans = [Span(i, 2 * layers - i, COLOURS[i % 3], f"ann-{i}", href=f"#ann-{i}")
             for i in range(layers)]
    html = letter_html(letter, spans)
    assert html.count("<a href=") == 2 * layers - 1  # every piece painted
    assert len(checked) <= 4 * 2 * layers
