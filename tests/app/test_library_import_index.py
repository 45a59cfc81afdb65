"""The search index follows an import in batches, each changed letter once per batch."""

from __future__ import annotations

import pytest
from testdata import SEED_DIR
from whoosh import index as whoosh_index

import desktop_app.library as library_module
from desktop_app.library import Library
from desktop_app.search import IndexLocked, SearchIndex

SEED_FILE = sorted(SEED_DIR.glob("*.txt"))[0]


def test_a_letter_changed_twice_in_one_import_is_indexed_once(tmp_path):
    """Two files of one letter (same Kamerstuk number): the second is a new version."""
    text = SEED_FILE.read_text(encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text + "\n\nHier staat eerstewoordx.\n", "utf-8")
    (tmp_path / "in" / "b.txt").write_text(text + "\n\nHier staat tweedewoordx.\n", "utf-8")
    with Library(tmp_path / "data", seed=False) as lib:
        lib.ensure_index()
        report = lib.import_paths([tmp_path / "in"])
        assert report.added == report.updated == ["kst-19637-3003"]
        assert lib.index_is_current()
        index = lib.search_index()
        assert index.search("eerstewoordx").total == 0  # the replaced version is gone
        assert [h.id for h in index.search("tweedewoordx").hits] == ["kst-19637-3003"]
        assert index.search("coalitieakkoord", scope="letters").total == 1  # not twice


def test_the_index_follows_an_import_in_batches(tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "INDEX_BATCH", 2)
    batches: list[list[str]] = []
    update = SearchIndex.update

    def counted(self, letters, **kwargs):
        letters = list(letters)
        batches.append([letter.id for letter in letters])
        return update(self, letters, **kwargs)

    monkeypatch.setattr(SearchIndex, "update", counted)
    files = sorted(SEED_DIR.glob("*.txt"))[:5]
    with Library(tmp_path / "data", seed=False) as lib:
        lib.ensure_index()
        report = lib.import_paths(files)
        assert len(report.added) == 5
        assert [len(b) for b in batches] == [2, 2, 1]  # never more than a batch at a time
        assert sorted(i for b in batches for i in b) == sorted(report.added)
        assert lib.index_is_current()
        assert _indexed_letters(lib) == sorted(report.added)


def _indexed_letters(lib: Library) -> list[str]:
    index = lib.search_index()
    ix = whoosh_index.open_dir(str(index.root / index._store.current()))
    with ix.searcher() as searcher:
        ids = sorted(searcher.stored_fields(d)["uid"] for d in
                     searcher.document_numbers(kind="letter"))
    ix.close()
    return ids


def test_no_batch_is_indexed_into_an_index_that_was_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(library_module, "INDEX_BATCH", 2)
    calls: list[int] = []
    monkeypatch.setattr(SearchIndex, "update", lambda self, letters, **kw: calls.append(1))
    with Library(tmp_path / "data", seed=False) as lib:  # no index built: it is behind
        report = lib.import_paths(sorted(SEED_DIR.glob("*.txt"))[:5])
        assert len(report.added) == 5
        assert calls == []
        assert not lib.index_is_current()  # rebuilt on its next use


def test_an_index_locked_mid_import_stops_no_file(tmp_path, monkeypatch):
    """Another program holds the index: every file is still imported, then the error shows
    (the index, behind, is rebuilt on its next use)."""
    monkeypatch.setattr(library_module, "INDEX_BATCH", 2)
    calls: list[int] = []

    def locked(self, letters, **kwargs):
        calls.append(len(list(letters)))
        raise IndexLocked("The search index is being updated by another program.",
                          code="index-in-use")

    monkeypatch.setattr(SearchIndex, "update", locked)
    with Library(tmp_path / "data", seed=False) as lib:
        lib.ensure_index()
        with pytest.raises(IndexLocked):
            lib.import_paths(sorted(SEED_DIR.glob("*.txt"))[:5])
        assert lib.count() == 5
        assert calls == [2]  # no batch after the failed one
        assert not lib.index_is_current()
