"""SQLite's integrity check runs when something looks wrong or on demand, not on every
opening (issue 17): a healthy store opens without it; damage, a crash after a checkpoint and
a suspicious failed write still make the next opening check, and damage is handled as before
(library.db set aside and rebuilt, annotations.db naming the backup)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from testdata import count_quick_checks, damage_file

from desktop_app.library import Library
from desktop_app.store import db as store_db
from desktop_app.store import history
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.store.db import check_due, mark_clean

SEED_004 = "kst-19637-2764"


@pytest.fixture
def checks(monkeypatch) -> list[str]:
    """Every quick_check run, by database file name (the real check still runs)."""
    return count_quick_checks(monkeypatch)


def _filled_store(path: Path) -> None:
    store = AnnotationStore(path, auto_backup=False)
    for i in range(60):  # enough rows that the damage lands in a data page
        store.add(SEED_004, "x" * 2000, i, i + 10, note="x" * 400)
    store.backup()
    store.close()


def test_a_healthy_library_opens_without_an_integrity_check(tmp_path, checks):
    with Library(tmp_path) as library:  # new: nothing to check; the bundled letters go in
        assert library.count() > 0
    assert checks == []
    for _ in range(3):
        with Library(tmp_path, seed=False) as library:
            assert library.count() > 0
    assert checks == []


def test_a_store_damaged_after_a_clean_close_is_checked_and_names_the_backup(tmp_path, checks):
    path = tmp_path / "annotations.db"
    _filled_store(path)
    damage_file(path)  # at once: the same size, and within the file system's clock tick
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(path, auto_backup=False)
    assert checks == ["annotations.db"]
    assert info.value.latest_backup is not None
    assert str(info.value.latest_backup) in str(info.value)
    assert check_due(path)  # and so on at every opening, until it is restored


def test_a_damaged_library_db_is_found_set_aside_and_rebuilt(tmp_path, checks):
    with Library(tmp_path) as library:
        count = library.count()
    damage_file(tmp_path / "library.db")
    with Library(tmp_path) as library:
        assert library.damaged_library is not None and library.damaged_library.exists()
        assert library.count() == count  # rebuilt from originals/
    assert checks == ["library.db"]


def test_a_crash_after_a_checkpoint_makes_the_next_opening_check(tmp_path, checks):
    path = tmp_path / "annotations.db"
    _filled_store(path)
    store = AnnotationStore(path, auto_backup=False)
    store.add(SEED_004, "y" * 100, 0, 10, note="after the stamp")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the database file itself changed
    store.db.conn.close()  # no clean close: no stamp (as when the process is killed)
    assert checks == []
    again = AnnotationStore(path, auto_backup=False)
    assert len(again.annotations()) == 61
    again.close()
    assert checks == ["annotations.db"]
    AnnotationStore(path, auto_backup=False).close()  # checked and closed cleanly: not again
    assert checks == ["annotations.db"]


def test_a_change_within_the_same_clock_tick_is_still_noticed(tmp_path):
    path = tmp_path / "annotations.db"
    AnnotationStore(path, auto_backup=False).close()
    assert not check_due(path)
    closed_at = path.stat().st_mtime_ns + store_db.STAMP_SHIFT_NS  # the close's clock tick
    path.write_bytes(path.read_bytes())  # same size, same content, written right away ...
    os.utime(path, ns=(closed_at, closed_at))  # ... by a clock that had not moved on
    assert check_due(path)
    mark_clean(path)
    assert not check_due(path)


@pytest.mark.parametrize(("message", "suspect"), [
    ("database disk image is malformed", True),
    ("database is locked", False),
    ("attempt to write a readonly database", False),
    ("database or disk is full", False),
    ("UNIQUE constraint failed: annotations.id", False),
])
def test_a_write_that_fails_suspiciously_makes_the_next_opening_check(
        tmp_path, message, suspect):
    path = tmp_path / "annotations.db"
    AnnotationStore(path, auto_backup=False).close()
    assert not check_due(path)
    error_class = (sqlite3.DatabaseError if suspect else sqlite3.IntegrityError
                   if "constraint" in message else sqlite3.OperationalError)
    with pytest.raises(history.StoreWriteError), history.transaction(
            _FailingDb(error_class(message)), path):
        pass
    assert check_due(path) is suspect


class _FailingDb:
    """A database whose every statement fails with ``error``."""

    def __init__(self, error: sqlite3.Error):
        self.error = error

    def execute(self, *args, **kwargs):
        raise self.error


def test_check_true_checks_a_healthy_store_and_false_never_checks(tmp_path, checks):
    path = tmp_path / "annotations.db"
    _filled_store(path)
    AnnotationStore(path, auto_backup=False, check=True).close()
    assert checks == ["annotations.db"]
    Path(f"{path}.clean").unlink()  # due now
    assert check_due(path)
    AnnotationStore(path, auto_backup=False, check=False).close()  # told not to
    assert checks == ["annotations.db"]
