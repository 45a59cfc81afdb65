"""A read-only data folder (a locked-down machine) is still read and searched; every change is
refused with one message, and nothing in the folder is written.

Tests run as root, whom chmod does not stop, so they play the locked-down machine through the
app's one writability probe (``store.db.can_write``); the databases are then opened read-only
by SQLite itself (``mode=ro`` / ``immutable=1``), which refuses writes even for root. The
snapshot of every file's bytes before and after proves that nothing was written.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from testdata import SEED_001_ID, SEED_DIR

from desktop_app.cli import main
from desktop_app.library import Library
from desktop_app.store import db as store_db
from desktop_app.store.db import ReadOnlyFolder, StoreError, open_database

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"


@pytest.fixture(scope="module")
def _template(tmp_path_factory) -> Path:
    """A data folder with the seed letters, an index and one annotation (built once)."""
    folder = tmp_path_factory.mktemp("read-only") / "data"
    with Library(folder, seed=False) as library:
        library.import_paths([SEED_DIR])
        letter = library.letter(SEED_004)
        start = letter.text.index(PHRASE)
        library.annotations.add(SEED_004, letter.text, start, start + len(PHRASE),
                                note="aantekening over de doorlichting")
        library.ensure_index()
    return folder


@pytest.fixture
def data_dir(_template, tmp_path) -> Path:
    """A private copy; without backups, so an automatic backup would be due today."""
    target = tmp_path / "data"
    shutil.copytree(_template, target)
    shutil.rmtree(target / "backups", ignore_errors=True)
    return target


@pytest.fixture
def locked(monkeypatch):
    """Every folder and file counts as not writable (root ignores chmod)."""
    monkeypatch.setattr(store_db, "can_write", lambda _path: False)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file and folder under ``folder`` with a hash of its bytes."""
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest()
                                         if p.is_file() else "folder")
            for p in sorted(folder.rglob("*"))}


def run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_read_only_folder_is_read_and_searched_without_writing(data_dir, locked):
    before = snapshot(data_dir)
    with Library(data_dir) as library:  # seed=True: the bundled letters are not imported
        assert library.read_only
        assert library.annotations.read_only and library.annotations.backup_problem is None
        assert library.count() == 5
        assert {s.id for s in library.summaries()} >= {SEED_004, SEED_001_ID}
        assert PHRASE in library.letter(SEED_004).text
        [annotation] = library.annotations.annotations(SEED_004)
        assert annotation.note == "aantekening over de doorlichting"
        assert library.index_dir == data_dir / "index"  # the folder's own index, as it is
        result = library.index.search("intervisie")
        assert [hit.id for hit in result.hits] == [SEED_001_ID]
        notes = library.index.search("aantekening", scope="annotations")
        assert notes.total == 1
        assert library.redetect() == 0
    # no -wal/-shm, no backup (one was due), no index rebuild: not a byte changed
    assert snapshot(data_dir) == before
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize("change", [
    "annotate", "edit-note", "review", "collection", "undo", "import", "delete", "backup",
])
def test_every_change_is_refused_with_one_message(data_dir, locked, change):
    before = snapshot(data_dir)
    with Library(data_dir, seed=False) as library:
        store = library.annotations
        letter = library.letter(SEED_004)
        [annotation] = store.annotations(SEED_004)
        changes = {
            "annotate": lambda: store.add(SEED_004, letter.text, 0, 10),
            "edit-note": lambda: store.update(annotation.id, note="nieuw"),
            "review": lambda: store.review_commitment(SEED_004, letter.commitments[0],
                                                      status="done"),
            "collection": lambda: store.create_collection("Cursus"),
            "undo": store.undo,
            "import": lambda: library.import_paths([SEED_DIR / "004_3134c7e4b499cdc3.txt"]),
            "delete": lambda: library.delete(SEED_004),
            "backup": store.backup,
        }
        with pytest.raises(ReadOnlyFolder) as info:
            changes[change]()
        assert info.value.code == "read-only-folder"
        assert str(info.value).startswith(f"The data folder {data_dir} is read-only: ")
        assert "Reading and searching still work" in str(info.value)
        assert store.annotations(SEED_004) == [annotation]  # nothing changed
        assert library.count() == 5
    assert snapshot(data_dir) == before


def test_an_index_that_is_behind_is_rebuilt_in_a_temporary_folder(data_dir, locked):
    shutil.rmtree(data_dir / "index")
    before = snapshot(data_dir)
    with Library(data_dir, seed=False) as library:
        folder = library.index_dir
        assert data_dir not in folder.parents
        assert [h.id for h in library.index.search("intervisie").hits] == [SEED_001_ID]
        assert library.index.search("aantekening", scope="annotations").total == 1
    # a second library of the same process (the window's jobs) shares that index
    with Library(data_dir, seed=False) as again:
        assert again.index_dir == folder and again.index_is_current()
    assert snapshot(data_dir) == before


def test_a_failed_write_while_opening_also_means_read_only(data_dir, monkeypatch):
    # the probe says writable (network shares, ACLs), but opening for writing fails with
    # SQLite's read-only error: the folder is opened read-only instead of failing
    real_open = store_db.open_database

    def refuse_writing(path, **kwargs):
        if not kwargs.get("read_only"):
            raise StoreError("read-only", code="read-only", path=str(path))
        return real_open(path, **kwargs)

    monkeypatch.setattr("desktop_app.store.letters.open_database", refuse_writing)
    monkeypatch.setattr("desktop_app.store.annotations.open_database", refuse_writing)
    with Library(data_dir, seed=False) as library:
        assert library.read_only and library.count() == 5
        with pytest.raises(ReadOnlyFolder):
            library.annotations.create_collection("Cursus")


def _wal_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def test_open_database_read_only_creates_no_files_and_refuses_writes(tmp_path):
    path = tmp_path / "x.db"
    _wal_database(path)
    before = snapshot(tmp_path)
    db = open_database(path, read_only=True)
    try:
        assert db.execute("SELECT a FROM t").fetchall() == [(1,)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("INSERT INTO t VALUES (2)")
    finally:
        db.close()
    assert snapshot(tmp_path) == before  # no -wal, no -shm


def test_open_database_read_only_reads_committed_changes_in_the_wal(tmp_path):
    path = tmp_path / "x.db"
    _wal_database(path)
    writer = sqlite3.connect(path)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO t VALUES (2)")
        writer.commit()  # only in x.db-wal while the writer is open
        assert Path(f"{path}-wal").stat().st_size > 0
        db = open_database(path, read_only=True)
        try:
            assert db.execute("SELECT a FROM t ORDER BY a").fetchall() == [(1,), (2,)]
        finally:
            db.close()
    finally:
        writer.close()


def test_a_missing_database_in_a_read_only_folder_says_read_only(tmp_path, locked):
    with pytest.raises(StoreError) as info:
        Library(tmp_path / "empty", seed=False)
    assert info.value.code == "read-only"
    assert "read-only" in str(info.value)


def test_the_command_line_reads_and_searches_and_refuses_changes(data_dir, locked):
    before = snapshot(data_dir)
    code, out, err = run(data_dir, "letters")
    assert code == 0 and SEED_004 in out and "5 letters" in out
    code, out, err = run(data_dir, "show", SEED_004)
    assert code == 0 and PHRASE in out
    code, out, err = run(data_dir, "search", "intervisie")
    assert code == 0 and SEED_001_ID in out and "1 letter" in out
    for argv in (("annotate", SEED_004, "--quote", PHRASE),
                 ("import", str(SEED_DIR / "004_3134c7e4b499cdc3.txt")),
                 ("review", SEED_004, "1", "--done"),
                 ("backup",)):
        code, out, err = run(data_dir, *argv)
        assert code == 2, (argv, err)  # a problem the message explains, not 70 (a bug)
        assert err.startswith(f"error: The data folder {data_dir} is read-only: "), argv
        assert err.count("read-only") == 1
    assert snapshot(data_dir) == before
