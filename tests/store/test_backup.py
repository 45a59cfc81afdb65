"""Backups and restore (issue 16 items 1 and 5): restoring the oldest backup, and files in place
of ``annotations.db`` that are not a store (0 bytes, another program's database)."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store import backup as backups
from desktop_app.store.annotations import AnnotationStore, restore_file
from desktop_app.store.backup import KEEP, AnnotationsDamaged, list_backups

HOSTILE = Path(__file__).parent.parent / "data" / "hostile"
TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang van het plan."


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(data_dir), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def notes_in(db: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT note FROM annotations")}
    finally:
        conn.close()


def full_set_of_backups(data_dir: Path) -> list[Path]:
    """KEEP backups; only the oldest holds the annotation noted "only in the oldest"."""
    store = AnnotationStore(data_dir / "annotations.db", auto_backup=False)
    only = store.add("L1", TEXT, 4, 11, note="only in the oldest")
    store.backup()
    store.delete(only.id)
    store.add("L1", TEXT, 16, 21, note="current")
    for _ in range(KEEP - 1):
        store.backup()
    store.close()
    found = list_backups(data_dir / "annotations.db")
    assert len(found) == KEEP and notes_in(found[0]) == {"only in the oldest"}
    return found


# --- item 1: restoring the oldest backup -------------------------------------------------

def test_restoring_the_oldest_backup_on_the_command_line_brings_it_back_and_keeps_it(tmp_path):
    found = full_set_of_backups(tmp_path)
    code, out, err = cli(tmp_path, "restore", str(found[0]))
    assert (code, err) == (0, "")
    assert found[0].exists()  # the file restored from was not pruned
    assert notes_in(tmp_path / "annotations.db") == {"only in the oldest"}
    safety = Path(out.split("kept as ")[1].strip())
    assert safety.exists() and notes_in(safety) == {"current"}  # the state before the restore
    assert set(found[1:]) <= set(list_backups(tmp_path / "annotations.db"))  # nothing pruned
    code, out, _ = cli(tmp_path, "annotations")
    assert code == 0 and "“kabinet”" in out


@pytest.mark.parametrize("index", range(KEEP))
def test_every_backup_of_a_full_set_can_be_restored(tmp_path, index):
    found = full_set_of_backups(tmp_path)
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    safety = store.restore(found[index])
    expected = {"only in the oldest"} if index == 0 else {"current"}
    assert {a.note for a in store.annotations()} == expected
    store.close()
    assert found[index].exists() and notes_in(safety) == {"current"}


def test_restoring_into_a_damaged_store_pushes_no_backup_out(tmp_path):
    found = full_set_of_backups(tmp_path)
    shutil.copyfile(HOSTILE / "annotations_0_bytes.db", tmp_path / "annotations.db")
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp_path / 'annotations.db'}{suffix}").unlink(missing_ok=True)
    code, out, err = cli(tmp_path, "restore", str(found[0]))
    assert (code, err) == (0, "")
    assert list_backups(tmp_path / "annotations.db") == found  # all kept, none added
    assert notes_in(tmp_path / "annotations.db") == {"only in the oldest"}
    assert "annotations.db.damaged-" in out and list(tmp_path.glob("annotations.db.damaged-*"))


def test_a_restore_never_leaves_its_snapshot_behind(tmp_path):
    found = full_set_of_backups(tmp_path)
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.restore(found[3])
    store.close()
    folder = found[0].parent
    assert [p.name for p in folder.iterdir() if not p.name.startswith("annotations-")] == []


@pytest.mark.parametrize("kind", ["0 bytes", "foreign"])
def test_restore_refuses_a_file_that_is_no_backup_with_a_clear_message(tmp_path, kind):
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    store.add("L1", TEXT, 4, 11, note="kept")
    store.close()
    source = tmp_path / "source.db"
    if kind == "0 bytes":
        shutil.copyfile(HOSTILE / "annotations_0_bytes.db", source)
    else:
        _foreign_database(source)
    code, out, err = cli(tmp_path, "restore", str(source))
    assert code == 2 and out == ""
    assert ("empty (0 bytes)" if kind == "0 bytes" else "another program's database") in err
    assert notes_in(tmp_path / "annotations.db") == {"kept"}


def test_the_backup_command_says_where_the_backup_is(tmp_path):
    code, out, err = cli(tmp_path, "backup")
    assert code == 0 and err == ""
    path = Path(out.removeprefix("Backed up the annotations to ").strip())
    assert path in list_backups(tmp_path / "annotations.db")


# --- item 5: a 0-byte or foreign file in place of the store ----------------------------

def _foreign_database(path: Path) -> None:
    """Somebody else's SQLite database."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()


def _store_with_a_backup(data_dir: Path) -> Path:
    store = AnnotationStore(data_dir / "annotations.db")  # the first opening backs it up
    store.add("L1", TEXT, 4, 11, note="in the backup")
    latest = store.backup()
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{data_dir / 'annotations.db'}{suffix}").unlink(missing_ok=True)
    return latest


def test_a_0_byte_store_with_backups_is_damage_naming_the_latest_backup(tmp_path):
    latest = _store_with_a_backup(tmp_path)
    db = tmp_path / "annotations.db"
    shutil.copyfile(HOSTILE / "annotations_0_bytes.db", db)
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(db)
    assert info.value.latest_backup == latest and str(latest) in str(info.value)
    assert db.stat().st_size == 0  # refused before opening: the file is untouched
    code, out, err = cli(tmp_path, "annotations")
    assert code == 2 and f"restore {latest}" in err and "0 annotations" not in out + err
    restore_file(db, latest)  # what the window's rescue button does
    assert notes_in(db) == {"in the backup"}


def test_an_emptied_store_with_only_a_header_is_damage_too(tmp_path):
    latest = _store_with_a_backup(tmp_path)
    conn = sqlite3.connect(tmp_path / "annotations.db")
    conn.execute("PRAGMA journal_mode = WAL")  # writes the header, no tables
    conn.close()
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(tmp_path / "annotations.db")
    assert info.value.latest_backup == latest


def test_a_0_byte_store_without_any_backup_is_a_new_store(tmp_path):
    # What a crash during the very first opening leaves: nothing was ever saved.
    db = tmp_path / "annotations.db"
    shutil.copyfile(HOSTILE / "annotations_0_bytes.db", db)
    store = AnnotationStore(db)
    assert store.annotations() == []
    store.add("L1", TEXT, 4, 11, note="new")
    assert len(list_backups(db)) == 1  # the first opening made its backup
    store.close()
    assert notes_in(db) == {"new"}


def test_a_missing_store_still_starts_empty_even_with_backups(tmp_path):
    _store_with_a_backup(tmp_path)
    store = AnnotationStore(tmp_path / "annotations.db", auto_backup=False)
    assert store.annotations() == []
    store.close()


@pytest.mark.parametrize("with_backup", [True, False])
def test_another_programs_database_in_place_of_the_store_is_damage(tmp_path, with_backup):
    latest = _store_with_a_backup(tmp_path) if with_backup else None
    db = tmp_path / "annotations.db"
    _foreign_database(db)
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(db)
    assert info.value.latest_backup == latest
    assert "another program's database" in str(info.value) and "invoices" in str(info.value)
    if latest is None:
        assert "no backup" in str(info.value) and "--data-dir" in str(info.value)
    conn = sqlite3.connect(db)  # not migrated into: still only its own table
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] \
        == ["invoices"]
    conn.close()
    code, _, err = cli(tmp_path, "backup")
    assert code == 2 and "not an annotations database" in err


def test_a_store_missing_some_of_its_tables_is_damage(tmp_path):
    latest = _store_with_a_backup(tmp_path)
    shutil.copyfile(latest, tmp_path / "annotations.db")
    conn = sqlite3.connect(tmp_path / "annotations.db")
    conn.execute("DROP TABLE history")
    conn.close()
    with pytest.raises(AnnotationsDamaged, match="history are missing"):
        AnnotationStore(tmp_path / "annotations.db")


def test_the_window_offers_the_backup_for_a_0_byte_store(tmp_path, qapp):
    from desktop_app.ui.shell.rescue import offer_backup, rescue_text

    latest = _store_with_a_backup(tmp_path)
    db = tmp_path / "annotations.db"
    shutil.copyfile(HOSTILE / "annotations_0_bytes.db", db)
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(db)
    assert "latest backup is from" in rescue_text(info.value)
    assert offer_backup(info.value, db, ask=lambda box: box.buttons()[0])
    assert notes_in(db) == {"in the backup"} and backups.latest_backup(db) == latest


def test_opening_removes_what_a_killed_backup_or_restore_left_but_not_a_running_ones(tmp_path):
    import os
    import time

    db = tmp_path / "annotations.db"
    AnnotationStore(db).close()
    folder = db.parent / "backups"
    gone = 99_999_999  # above any pid_max: no such process
    hexa = "0" * 32
    dead = [folder / f"annotations-20260101-000000-000000-000.{gone}.{hexa}.partial",
            folder / f"annotations-20260101-000000-000000-000.{gone}.{hexa}.partial-journal",
            folder / f".restoring-{gone}-{hexa}.tmp"]
    running = folder / f".restoring-{os.getpid()}-{hexa}.tmp"  # a restore under way here
    old = folder / f"annotations-20260101-000000-000000-001.{os.getpid()}.{hexa}.partial"
    for path in [*dead, running, old]:
        path.write_bytes(b"x")
    long_ago = time.time() - 2 * backups.LEFTOVER_AGE
    os.utime(old, (long_ago, long_ago))
    AnnotationStore(db, auto_backup=False).close()
    backups_made = list_backups(db)
    assert len(backups_made) == 1  # the first opening's backup
    assert [p.name for p in folder.iterdir() if p not in backups_made] == [running.name]


def test_setting_aside_twice_within_a_second_keeps_both_damaged_copies(tmp_path):
    from desktop_app.store.backup import set_aside

    db = tmp_path / "annotations.db"
    db.write_bytes(b"first damaged copy")
    first = set_aside(db)
    db.write_bytes(b"second damaged copy")
    second = set_aside(db)
    assert first != second
    assert first.read_bytes() == b"first damaged copy"
    assert second.read_bytes() == b"second damaged copy"
