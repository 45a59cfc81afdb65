"""Help → Check Data Folder only looks: it changes nothing in the data folder while the window
has it open, and a database another program keeps locked is "in use", never "damaged"."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.store import db as db_module
from desktop_app.ui.library.data_check import DataCheck, check_job


def _run(data_dir) -> DataCheck:
    return check_job(data_dir)(lambda *_: None, lambda: False)


def _folder(data_dir) -> dict[str, tuple[int, int]]:
    """Every file of the data folder with its size and modification time (but SQLite's
    shared-memory and log files, which a reader may create empty: they hold no data)."""
    return {str(p.relative_to(data_dir)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(data_dir.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)


def test_the_check_writes_nothing_while_another_program_writes(data_dir, qapp,
                                                               short_busy_timeout):
    (data_dir / "annotations.db.clean").unlink(missing_ok=True)  # a normal open would check,
    for backup in (data_dir / "backups").glob("*"):  # and back up (none made today)
        backup.unlink()
    before = _folder(data_dir)
    blocker = sqlite3.connect(data_dir / "annotations.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another window is saving an annotation
    try:
        result = _run(data_dir)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not result.annotations_damaged and result.latest_backup == ""
    assert result.ok and result.letters == 5
    assert _folder(data_dir) == before


def test_a_database_locked_by_another_program_is_in_use_not_damaged(data_dir, qapp,
                                                                    short_busy_timeout):
    blocker = sqlite3.connect(data_dir / "annotations.db", isolation_level=None)
    blocker.execute("PRAGMA locking_mode = EXCLUSIVE")  # holds the file: no reader gets in
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("CREATE TABLE other_program (x)")
    blocker.execute("COMMIT")
    try:
        result = _run(data_dir)
    finally:
        blocker.close()
    assert result.annotations_busy and not result.annotations_damaged and not result.ok
    assert result.latest_backup == ""


def test_the_words_for_a_database_in_use(window):
    control = window.data_check
    text = control.text(DataCheck(annotations_busy=True, letters=5, index=""))
    assert text == ("The annotations database is in use by another window or program: try "
                    "again when it is done.")
    text = control.text(DataCheck(library_busy=True, index=""))
    assert text == ("The letters database is in use by another window or program: try again "
                    "when it is done.\nThe annotations database is fine.")
    text = control.text(DataCheck(library_damaged="page 3 is never used", index=""))
    assert text.startswith("The letters database is damaged (page 3 is never used). Close "
                           "the app and open it again: it is set aside and rebuilt")


def test_both_databases_damaged_are_both_said(data_dir, qapp):
    from desktop_app.library import Library
    from tests.testdata import damage_file

    with Library(data_dir, seed=False) as library:
        library.annotations.backup()
    damage_file(data_dir / "library.db")
    damage_file(data_dir / "annotations.db")
    result = _run(data_dir)
    assert result.library_damaged and result.annotations_damaged
    assert result.latest_backup.endswith(".db") and result.index == ""
