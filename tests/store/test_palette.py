"""The default palette of a new library: four hues far apart from each other and from the
commitment and search-hit colours, dark text readable on each; meanings in the glossary's
words. An existing library keeps its palette rows as they are."""

from __future__ import annotations

import colorsys
import sqlite3

from desktop_app.render import HIGHLIGHT_TEXT, HIT_COLOUR, KIND_COLOURS
from desktop_app.store.annotation_schema import DEFAULT_PALETTE, SEEDED_MEANINGS
from desktop_app.store.annotations import AnnotationStore


def _hue(hex_value: str) -> float:
    r, g, b = (int(hex_value[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def _apart(a: str, b: str) -> float:
    d = abs(_hue(a) - _hue(b)) % 360
    return min(d, 360 - d)


def _luminance(hex_value: str) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(hex_value[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_new_palette_hues_are_at_least_60_degrees_apart():
    palette = AnnotationStore(None).palette()
    assert [c.name for c in palette] == ["belangrijk", "vraag", "lesmateriaal", "kritiek"]
    for a in palette:
        for b in palette:
            if a is not b:
                assert _apart(a.hex, b.hex) >= 60, (a.name, a.hex, b.name, b.hex)


def test_new_palette_keeps_clear_of_commitment_and_hit_colours():
    taken = {**KIND_COLOURS, "hit": HIT_COLOUR}
    for colour in AnnotationStore(None).palette():
        for name, other in taken.items():
            assert _apart(colour.hex, other) >= 35, (colour.name, name)


def test_the_old_pink_and_violet_were_too_close():
    assert _apart("#f5a6e6", "#c3a3f7") < 60  # "belangrijk" and "kritiek" before


def test_dark_text_reads_on_every_default_colour():
    for name, hex_value, _ in DEFAULT_PALETTE:
        assert _contrast(hex_value, HIGHLIGHT_TEXT) >= 4.5, name


def test_default_meanings_use_the_glossary():
    meanings = {name: meaning for name, _, meaning in DEFAULT_PALETTE}
    assert "verzameling" in meanings["lesmateriaal"]
    assert not any("cursusmap" in m for m in meanings.values())
    for name, meaning in meanings.items():  # the window recognises them as defaults
        assert meaning in SEEDED_MEANINGS[name]


def test_an_existing_library_keeps_its_palette_rows(tmp_path):
    path = tmp_path / "annotations.db"
    AnnotationStore(path, auto_backup=False).close()
    earlier = [("belangrijk", "#f5a6e6", "Belangrijk: kernpassage"),
               ("lesmateriaal", "#aee571", "Lesmateriaal: voor een cursusmap")]
    with sqlite3.connect(path) as conn:  # as a library of an earlier version has them
        conn.execute("DELETE FROM palette")
        conn.executemany("INSERT INTO palette (name, hex, meaning, position) "
                         "VALUES (?, ?, ?, ?)", [(*row, i) for i, row in enumerate(earlier)])
    conn.close()
    again = AnnotationStore(path, auto_backup=False)
    try:
        assert [(c.name, c.hex, c.meaning) for c in again.palette()] == earlier
    finally:
        again.close()
