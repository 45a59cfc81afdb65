"""The letter list's filter values are counted by the job that changed the letters, not by
the window reading the list afterwards (issue 17: no stall after an import)."""

from __future__ import annotations

import pytest
from testdata import SEED_DIR

from desktop_app.library import Library
from desktop_app.store import letter_pages

SEED_001 = SEED_DIR / "001_9568cf77c8ab2b63.txt"


@pytest.fixture
def scans(monkeypatch) -> list[int]:
    """One entry per count of the filter values over every letter."""
    calls: list[int] = []
    real = letter_pages.facets

    def facets(db):
        calls.append(1)
        return real(db)

    monkeypatch.setattr(letter_pages, "facets", facets)
    return calls


def test_an_import_counts_the_filter_values_for_the_window(tmp_path, scans):
    with Library(tmp_path, seed=False) as job:
        job.import_paths([SEED_DIR])
        counted = list(scans)
    with Library(tmp_path, seed=False) as window:
        scans.clear()
        facets = window.letter_facets()
        assert scans == []  # read as the import left them
        assert facets == letter_pages.facets(window._list_db())
        assert facets[0] and facets[1] and facets[2]
    assert counted == [1]


def test_remembered_values_are_not_used_once_the_letters_changed(tmp_path, scans):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.delete(lib.letters.find(source=str(SEED_001.resolve())) or "")
        scans.clear()
        after = lib.letter_facets()
        assert scans == [1]  # counted again: what was remembered is outdated
        assert after == letter_pages.facets(lib._list_db())
        lib.annotations.edit_letter(lib.letters.ids()[0], {"date": "2030-01-01"})
        lib.remember_letter_facets()
        scans.clear()
        assert "2030" in lib.letter_facets()[0] and scans == []
