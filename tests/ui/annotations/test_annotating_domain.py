"""Domain fixes for annotating: the "due within" filter and the default palette (no Qt)."""

from __future__ import annotations

import colorsys
import sqlite3
from datetime import date, timedelta

import pytest

from desktop_app.model import Commitment
from desktop_app.overview import filter_rows, make_row
from desktop_app.render import HIT_COLOUR, KIND_COLOURS
from desktop_app.store.annotations import AnnotationStore

TODAY = date(2026, 3, 15)


def _row(deadline: str | None, text: str = ""):
    c = Commitment(0, 10, text or f"Wij sturen dit voor {deadline}.", "promise", None, None,
                   {"from": deadline, "to": deadline} if deadline else None, "sturen")
    return make_row({"id": "kst-1", "date": "2025-01-01"}, c, None)


def _day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.mark.parametrize(("offset", "kept"), [
    (-400, False),  # long overdue: the Overdue filter shows it, not this one
    (-1, False),  # overdue since yesterday
    (0, True),  # due today
    (1, True),
    (30, True),  # the last day of the window
    (31, False),  # beyond the window
])
def test_due_within_keeps_today_up_to_n_days_ahead(offset, kept):
    rows = [_row(_day(offset))]
    assert bool(filter_rows(rows, due_within=(TODAY, 30))) is kept


def test_due_within_leaves_out_rows_without_a_deadline_and_is_separate_from_overdue():
    rows = [_row(None, "zonder termijn"), _row(_day(-5)), _row(_day(10))]
    due = filter_rows(rows, due_within=(TODAY, 30))
    overdue = filter_rows(rows, overdue_on=TODAY)
    assert [r.deadline_to for r in due] == [_day(10)]
    assert [r.deadline_to for r in overdue] == [_day(-5)]
    assert not {r.deadline_to for r in due} & {r.deadline_to for r in overdue}


def test_overdue_and_due_within_together_keep_either():
    # both ticked in the overview: what needs attention, not the (always empty) overlap
    rows = [_row(None, "zonder termijn"), _row(_day(-5)), _row(_day(10)), _row(_day(60))]
    both = filter_rows(rows, due_within=(TODAY, 30), overdue_on=TODAY)
    assert [r.deadline_to for r in both] == [_day(-5), _day(10)]
    assert filter_rows(rows, due_within=(TODAY, 30), overdue_on=TODAY, kind="action") == []


def test_row_knows_whether_its_deadline_was_corrected():
    from desktop_app.model import CommitmentReview

    c = Commitment(0, 10, "Wij sturen dit voor de zomer.", "promise", None, "voor de zomer",
                   {"from": "2026-06-21", "to": "2026-06-21"}, "sturen")
    letter = {"id": "kst-1"}
    assert make_row(letter, c, None).deadline_corrected is False
    corrected = make_row(letter, c, CommitmentReview("k", "kst-1", c.text, deadline="2026-09-01"))
    assert (corrected.deadline_to, corrected.deadline_corrected) == ("2026-09-01", True)
    cleared = make_row(letter, c, CommitmentReview("k", "kst-1", c.text, deadline=None))
    assert (cleared.deadline_to, cleared.deadline_corrected) == ("2026-06-21", False)


def _hue(hex_value: str) -> float:
    r, g, b = (int(hex_value[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)[0] * 360


def _hue_distance(a: str, b: str) -> float:
    d = abs(_hue(a) - _hue(b)) % 360
    return min(d, 360 - d)


def test_default_palette_of_a_new_library_is_distinct_from_commitment_colours():
    store = AnnotationStore(None)
    palette = store.palette()
    assert [c.name for c in palette] == ["belangrijk", "vraag", "lesmateriaal", "kritiek"]
    taken = [*KIND_COLOURS.values(), HIT_COLOUR]
    for colour in palette:
        nearest = min(_hue_distance(colour.hex, other) for other in taken)
        assert nearest >= 30, (colour.name, colour.hex, nearest)
    for a in palette:  # and from one another
        for b in palette:
            if a is not b:
                assert _hue_distance(a.hex, b.hex) >= 30, (a.name, b.name)


def test_existing_library_keeps_its_palette(tmp_path):
    path = tmp_path / "annotations.db"
    AnnotationStore(path, auto_backup=False).close()
    old = [("belangrijk", "#ffd54f"), ("vraag", "#81d4fa"), ("lesmateriaal", "#a5d6a7"),
           ("kritiek", "#ef9a9a"), ("eigen", "#123456")]
    with sqlite3.connect(path) as conn:  # a library made before the palette changed
        conn.execute("DELETE FROM palette")
        conn.executemany("INSERT INTO palette (name, hex, meaning, position) VALUES (?, ?, '', ?)",
                         [(n, h, i) for i, (n, h) in enumerate(old)])
    conn.close()
    again = AnnotationStore(path, auto_backup=False)
    try:
        assert [(c.name, c.hex) for c in again.palette()] == old
    finally:
        again.close()
