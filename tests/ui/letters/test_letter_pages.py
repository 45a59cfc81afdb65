"""The letter list read from SQLite a page at a time (issue 17): the same rows, in the same
order, as the list sorted and filtered in Python, and only the pages in view are read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.library import Library, detector_version
from desktop_app.model import Commitment, Letter, Metadata
from desktop_app.store.letter_pages import SORT_COLUMNS, LetterQuery
from desktop_app.ui.letters import models
from desktop_app.ui.letters.letter_list import LetterListPane
from desktop_app.ui.letters.models import LetterFilter, LetterTableModel, RowsSource

N = 57
TEXT = "De minister zegt toe de Kamer voor de zomer te informeren over de voortgang."


def _letter(i: int) -> Letter:
    """Letters whose details vary in every way the list sorts and filters on."""
    md = Metadata(
        title=None if i % 11 == 0 else f"Dossier {i % 6}",
        subject=None if i % 3 == 0 else f"{'abc'[i % 3]}Onderwerp {i % 9:02d}",
        date=None if i % 13 == 0 else f"{2014 + i % 8}-{1 + i % 12:02d}-{1 + i % 5:02d}",
        dossier=None if i % 7 == 0 else str(30000 + i % 4),
        number=None if i % 5 == 0 else str(100 + i % 10),
        signatory=None if i % 10 == 0 else ("A. Minister; B. Staatssecretaris" if i % 4 == 0
                                            else f"C. Minister{i % 3}"),
        signatory_role="Minister van Financien" if i % 10 == 0 else None)
    commitments = tuple(Commitment(start=0, end=10, text=TEXT[:10], kind="promise", actor="",
                                             deadline_text="", deadline=None, cue="")
                        for _ in range(i % 4))
    return Letter(id=f"kst-{i:03d}", metadata=md, text=TEXT, commitments=commitments,
                  source=f"/files/brief-{i}.txt")


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "data", seed=False)
    for i in range(N):
        lib.letters.save(_letter(i), fingerprint=f"f{i}", source_hash=f"h{i}", original="",
                         detector_version=detector_version())
    for i in (2, 9, 9, 20, 20, 20):
        lib.annotations.add(f"kst-{i:03d}", TEXT, 3, 11)
    # corrections move letters: a new date, a title that replaces the subject
    lib.annotations.edit_letter("kst-005", {"date": "2030-01-01"})
    lib.annotations.edit_letter("kst-008", {"title": "Aaa gecorrigeerd", "signatory": "Z. Nieuw"})
    yield lib
    lib.close()


QUERIES = [LetterQuery(sort=s, descending=d) for s in SORT_COLUMNS for d in (True, False)] + [
    LetterQuery(year="2016"), LetterQuery(dossier="30001", sort="subject"),
    LetterQuery(signatory="B. Staatssecretaris"), LetterQuery(text="onderwerp 0"),
    LetterQuery(text="AAA"), LetterQuery(text="30002-1", sort="signatory"),
    LetterQuery(text="financien"), LetterQuery(text="2030 z."),
    LetterQuery(signatory="Z. Nieuw", descending=False),
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_sql_pages_sort_and_filter_as_the_list_in_python(library, query, qapp):
    python = RowsSource(library.summaries(), LetterTableModel()._value)
    expected = [r.id for r in python.page(query, 0, N)]
    got = library.letter_page(query, 0, N)
    assert [r.id for r in got] == expected
    assert library.letter_count(query) == len(expected)
    assert [r.id for r in library.letter_page(query, 3, 5)] == expected[3:8]
    for letter_id in expected[::7]:
        assert library.letter_position(query, letter_id) == expected.index(letter_id)
    # the rows carry what the list shows: corrections and both counts
    assert got == [r for r in python.page(query, 0, N)]


def test_facets_and_counts_come_from_sql(library, qapp):
    python = RowsSource(library.summaries(), LetterTableModel()._value)
    assert library.letter_facets() == python.facets()
    assert "2030" in library.letter_facets()[0]  # the corrected date's year
    assert library.letter_position(LetterQuery(year="2016"), "kst-005") == -1
    assert library.annotation_counts() == {"kst-002": 1, "kst-009": 2, "kst-020": 3}


def test_the_model_reads_only_the_pages_in_view(library, qtbot, monkeypatch):
    monkeypatch.setattr(models, "BATCH", 10)
    read: list[tuple[int, int]] = []
    letter_page = library.letter_page
    monkeypatch.setattr(library, "letter_page",
                        lambda q, offset, limit: read.append((offset, limit))
                        or letter_page(q, offset, limit))
    pane = LetterListPane()
    qtbot.addWidget(pane)
    pane.set_library(library)
    model = pane.model
    assert model.all_count() == N and model.total() == N and model.rowCount() == 10
    assert {offset for offset, _ in read} == {0}  # the first page, nothing else
    assert model.data(model.index(0, 0)) == "2030-01-01"  # the corrected date comes first
    model.sort(4, Qt.SortOrder.DescendingOrder)  # Comm.: over every letter, not page 0
    assert model.data(model.index(0, 4)) == 3
    # selecting a letter beyond the rows handed to the view fetches up to it
    last = library.letter_page(model.query(), N - 1, 1)[0].id
    assert pane.select(last, emit=False) and model.rowCount() == N
    assert pane.current_id() == last
    model.set_filter(LetterFilter(signatory="B. Staatssecretaris"))
    assert model.total() == library.letter_count(LetterQuery(signatory="B. Staatssecretaris"))


def test_a_reload_keeps_the_selection_and_reads_the_new_letters(library, qtbot):
    pane = LetterListPane()
    qtbot.addWidget(pane)
    pane.set_library(library)
    assert pane.select("kst-020", emit=False)
    library.letters.save(_letter(N), fingerprint="new", source_hash="new", original="",
                         detector_version=detector_version())
    pane.reload()
    assert pane.model.all_count() == N + 1 and pane.current_id() == "kst-020"
    assert pane.model.summary(pane.model.row_of("kst-020")).annotation_count == 3


def test_the_model_passes_the_model_tester_over_the_library(library, qtmodeltester):
    model = LetterTableModel()
    model.set_library(library)
    qtmodeltester.check(model)


def test_the_window_never_reads_every_letter_at_start_or_after_an_import(
        make_window, library, monkeypatch):
    def every_letter(*_args):
        raise AssertionError("read every letter into Python")

    monkeypatch.setattr(library, "summaries", every_letter)
    monkeypatch.setattr(library.letters, "summaries", every_letter)
    window = make_window(library)
    model = window.letters.model
    assert model.all_count() == N and model.rowCount() == N
    assert window.counts_label.text().startswith(f"{N} letter")
    window.letters.select("kst-020")
    library.letters.save(_letter(N), fingerprint="new", source_hash="new", original="",
                         detector_version=detector_version())
    window._on_library_changed()  # what an import's end runs
    assert model.all_count() == N + 1 and window.letters.current_id() == "kst-020"
