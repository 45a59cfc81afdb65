"""A full disk while the index is written: a UserError saying so, the old index still works."""

from __future__ import annotations

import errno

import pytest
from whoosh.writing import SegmentWriter

from desktop_app.errors import UserError
from desktop_app.model import Letter, Metadata
from desktop_app.search import IndexDiskFull, SearchIndex
from desktop_app.search.segments import LeanSegmentWriter

ASIEL = "De IND beoordeelt de geloofwaardigheid van bekeerlingen."
NEW = Letter(id="n1", metadata=Metadata(title="Stikstof", date="2024-01-01"),
             text="Nieuwe brief over stikstof.")


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    ix = SearchIndex(tmp_path / "index", lock_timeout=0.5)
    ix.rebuild([Letter(id="a1", metadata=Metadata(title="Bekeerlingen"), text=ASIEL)],
               library_state="s1")
    yield ix
    ix.close()


def fail_with(monkeypatch, method: str, code: int) -> None:
    def broken(self, *args, **kwargs):
        raise OSError(code, "No space left on device" if code == errno.ENOSPC else "Denied")

    monkeypatch.setattr(SegmentWriter, method, broken)
    if method in vars(LeanSegmentWriter):  # a rebuild's writer has its own
        monkeypatch.setattr(LeanSegmentWriter, method, broken)


def found(ix: SearchIndex, query: str) -> set[str]:
    return {h.id for h in ix.search(query).hits}


@pytest.mark.parametrize("method", ["add_document", "commit"])
def test_a_full_disk_during_an_update_is_a_user_error(index, monkeypatch, method):
    fail_with(monkeypatch, method, errno.ENOSPC)
    with pytest.raises(IndexDiskFull) as caught:
        index.update([NEW], library_state="s2")
    error = caught.value
    assert isinstance(error, UserError)
    assert error.code == "index-disk-full" and error.params == {"root": str(index.root)}
    assert "disk" in str(error) and "full" in str(error) and "Free some disk space" in str(error)
    assert "unchanged" in str(error)
    assert isinstance(error.__cause__, OSError) and error.__cause__.errno == errno.ENOSPC
    monkeypatch.undo()
    # The index is as it was, and counts as stale, so it is rebuilt once there is space.
    assert index.state() == "s1" and index.needs_rebuild("s2")
    assert found(index, "bekeerlingen") == {"a1"} and found(index, "stikstof") == set()


def test_a_full_disk_during_annotation_updates_is_a_user_error(index, monkeypatch):
    fail_with(monkeypatch, "add_document", errno.ENOSPC)
    note = {"id": 1, "letter_id": "a1", "quote": "bekeerlingen", "note": "nalopen",
            "tags": [], "start": 46, "end": 58}
    with pytest.raises(IndexDiskFull):
        index.replace_annotations([note], token="t1")
    with pytest.raises(IndexDiskFull):
        index.update_annotations("a1", [note], library_state=None)
    assert index.annotations_token() is None  # not recorded: synced again later


def test_a_full_disk_during_a_rebuild_keeps_the_old_index(index, monkeypatch):
    fail_with(monkeypatch, "add_document", errno.ENOSPC)
    with pytest.raises(IndexDiskFull) as caught:
        index.rebuild([NEW], library_state="s2")
    assert caught.value.code == "index-disk-full"
    monkeypatch.undo()
    assert not list(index.root.glob("gen-*.tmp"))  # the half-built generation is removed
    assert index.state() == "s1" and found(index, "bekeerlingen") == {"a1"}


def test_a_full_disk_while_writing_the_meta_file(index, monkeypatch):
    from pathlib import Path

    real = Path.write_text

    def write_text(self, *args, **kwargs):
        if self.name.startswith("meta.json."):
            real(self, "{", encoding="utf-8")  # a partial write, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", write_text)
    with pytest.raises(IndexDiskFull):
        index.update([NEW], library_state="s2")
    monkeypatch.undo()
    generation = index.root / (index.root / "CURRENT").read_text().strip()
    assert not list(generation.glob("meta.json.*.tmp"))  # no half-written file left
    assert index.state() == "s1"


def test_other_write_errors_are_not_called_a_full_disk(index, monkeypatch):
    fail_with(monkeypatch, "add_document", errno.EACCES)
    with pytest.raises(PermissionError):
        index.update([NEW], library_state="s2")
