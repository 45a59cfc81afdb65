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
