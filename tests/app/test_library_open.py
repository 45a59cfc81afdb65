"""Opening a library costs the same at 25 letters and at 150,000 (issue 17): it lists neither
every letter id nor the folder of kept originals, unless a change was left unfinished."""

from __future__ import annotations

import pytest
from testdata import SEED_DIR

from desktop_app.library import Library
from desktop_app.originals import IN_PROGRESS_FOLDER, Originals
from desktop_app.store.letters import LetterStore

SEED_001 = SEED_DIR / "001_9568cf77c8ab2b63.txt"
SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"


@pytest.fixture
def listings(monkeypatch) -> list[str]:
    """Every listing of all letter ids or of the originals folder, by name."""
    calls: list[str] = []
    real_ids, real_files = LetterStore.ids, Originals.files

    def ids(self):
        calls.append("ids")
        return real_ids(self)

    def files(self):
        calls.append("files")
        return real_files(self)

    monkeypatch.setattr(LetterStore, "ids", ids)
    monkeypatch.setattr(Originals, "files", files)
    return calls


def test_opening_a_library_lists_neither_the_letters_nor_the_originals(tmp_path, listings):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.delete(lib.letters.find(source=str(SEED_001.resolve())) or "")
    listings.clear()
    with Library(tmp_path, seed=False) as lib:
        assert lib.count() == 4
    assert listings == []


def test_a_folder_made_by_an_older_version_is_checked_once(tmp_path, listings):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_004])
    markers = tmp_path / IN_PROGRESS_FOLDER
    markers.rmdir()  # as an older version left it, with a stray copy
    stray = tmp_path / "originals" / "txt-0000000000.txt"
    stray.write_text("a copy whose letter row was never committed", encoding="utf-8")
    listings.clear()
    with Library(tmp_path, seed=False) as lib:
        assert lib.count() == 1
    assert not stray.exists() and markers.is_dir()
    assert "files" in listings
    listings.clear()
    with Library(tmp_path, seed=False):
        pass
    assert listings == []  # checked once: the markers say what to check from now on


def test_an_import_that_failed_halfway_is_cleaned_up_at_the_next_open(tmp_path, monkeypatch):
    """The copy was moved in but the letter's row never committed (the import was stopped
    between the two): the next open finds the failed import's marker and removes the copy."""
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_001])
    kept = sorted(p.name for p in (tmp_path / "originals").iterdir())
    real = Originals.publish

    def crash(staged, target):
        real(staged, target)
        raise KeyboardInterrupt("stopped after the copy was moved in")

    monkeypatch.setattr(Originals, "publish", staticmethod(crash))
    with pytest.raises(KeyboardInterrupt), Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_004])
    monkeypatch.setattr(Originals, "publish", staticmethod(real))
    left = sorted(p.name for p in (tmp_path / "originals").iterdir())
    assert len(left) == 2  # and the copy without its letter
    assert [p.name.split("-")[0] for p in (tmp_path / IN_PROGRESS_FOLDER).iterdir()] \
        == ["failed"]
    with Library(tmp_path, seed=False) as lib:
        assert lib.count() == 1
    assert sorted(p.name for p in (tmp_path / "originals").iterdir()) == kept
    assert list((tmp_path / IN_PROGRESS_FOLDER).iterdir()) == []


def test_a_change_under_way_in_a_running_process_is_left_alone(tmp_path):
    """Another program (here: this process) imports right now: its marker stays and its copy
    is not taken for a stray one."""
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_004])
    originals = Originals(tmp_path / "originals")
    with originals.changing():
        copy = tmp_path / "originals" / "txt-1111111111.txt"
        copy.write_text("moved in, its row about to be committed", encoding="utf-8")
        with Library(tmp_path, seed=False):
            pass
        assert copy.exists() and len(list(originals.markers.iterdir())) == 1
    assert list(originals.markers.iterdir()) == []


def test_deleting_a_letter_removes_its_copies_without_listing_the_folder(tmp_path, listings):
    with Library(tmp_path, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        letter_id = lib.letters.find(source=str(SEED_001.resolve()))
        assert lib.originals.of_letter(letter_id)
        others = len(lib.originals.files())
        listings.clear()
        lib.delete(letter_id)
        assert listings == []  # neither the letter ids nor the folder of copies listed
        assert lib.originals.of_letter(letter_id) == []
        assert len(lib.originals.files()) == others - 1
