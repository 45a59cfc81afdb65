"""An import's index batches record only the library state they hold: a letter another
window or program saves during the import is not recorded as indexed; and an I/O error of a
batch's index write does not stop the import of the remaining files."""

from __future__ import annotations

import errno

import pytest
from testdata import SEED_DIR, record_calls

import desktop_app.library as library_module
from desktop_app.library import Library
from desktop_app.search import SearchIndex

FILES = sorted(SEED_DIR.glob("*.txt"))


def _other_file(tmp_path):
    path = tmp_path / "other" / "anders.txt"
    path.parent.mkdir()
    path.write_text("Kamerbrief over zeldzaamwoordq.\n\nDe minister schrijft over "
                    "zeldzaamwoordq in de regio.\n", encoding="utf-8")
    return path


def test_a_letter_saved_by_another_library_during_an_import_is_not_recorded_indexed(
        tmp_path):
    data = tmp_path / "data"
    other_file = _other_file(tmp_path)
    with Library(data, seed=False) as window, Library(data, seed=False) as other:
        window.ensure_index()
        saved = []

        def progress(done, _total):
            if done == 2 and not saved:  # two of the window's letters are in
                saved.extend(other.import_paths([other_file]).added)

        report = window.import_paths(FILES[:4], progress=progress)
        assert len(report.added) == 4 and len(saved) == 1
        assert not window.index_is_current()  # the other letter is not in the index
        assert window.ensure_index()
        assert [h.id for h in window.search_index().search("zeldzaamwoordq").hits] == saved


def test_an_import_alone_keeps_the_index_current(tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "INDEX_BATCH", 2)
    with Library(tmp_path / "data", seed=False) as lib:
        lib.ensure_index()
        updates = record_calls(monkeypatch, SearchIndex, "update",
                               lambda self, letters, **kwargs: kwargs["library_state"])
        assert len(lib.import_paths(FILES).added) == len(FILES)
        assert len(updates) == 3 and lib.index_is_current()  # every batch added


def test_an_io_error_of_the_index_does_not_stop_the_import(tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "INDEX_BATCH", 2)

    def broken(self, letters, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    with Library(tmp_path / "data", seed=False) as lib:
        lib.ensure_index()
        monkeypatch.setattr(SearchIndex, "update", broken)
        with pytest.raises(OSError, match="Input/output"):  # reported once all are in
            lib.import_paths(FILES)
        assert lib.count() == len(FILES)
        assert not lib.index_is_current()
