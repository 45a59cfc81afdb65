"""Durability: SIGKILL while writing, two writers at once, read-only/full disk, corruption."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.store.annotations import AnnotationStore, restore_file
from desktop_app.store.backup import AnnotationsDamaged, list_backups, make_backup
from desktop_app.store.history import StoreWriteError

WRITER = Path(__file__).with_name("annotation_writer.py")
TEXT = "Het kabinet zal de Kamer voor de zomer informeren over de voortgang. " * 5


def _writer(db: Path, count: int, tag: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(count), tag],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_sigkill_while_writing_loses_nothing_that_was_saved(tmp_path):
    db = tmp_path / "annotations.db"
    rng = random.Random(7)
    saved: list[str] = []
    for _ in range(20):
        proc = _writer(db, 0, "kill")
        first = proc.stdout.readline().strip()  # the store is open and writing
        assert first, proc.stderr.read()
        saved.append(first)
        for _ in range(rng.randint(0, 40)):
            saved.append(proc.stdout.readline().strip())
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        saved += [line for line in rest.splitlines() if line.strip()]
        assert proc.returncode == -signal.SIGKILL
        assert _integrity(db) == "ok"
        store = AnnotationStore(db)
        ids = {a.id for a in store.annotations()}
        store.close()
        assert set(saved) <= ids
    assert len(saved) > 20


def test_two_processes_annotating_at_once_lose_nothing(tmp_path):
    db = tmp_path / "annotations.db"
    procs = [_writer(db, 60, "a"), _writer(db, 60, "b")]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert err == ""
    store = AnnotationStore(db)
    assert len(store.annotations(tag="a")) == 60
    assert len(store.annotations(tag="b")) == 60
    assert {a.id for a in store.annotations()} == {
        line for out, _ in outputs for line in out.splitlines()
    }


def test_opening_while_another_program_writes_waits_instead_of_failing(tmp_path):
    # A new database is still in rollback mode; while another program writes to it, SQLite
    # refuses the switch to WAL at once, without waiting (CI hit this with two writers).
    # The other program is another copy of the app creating the store (a database with
    # other tables in place of the store would be refused as damage).
    import sqlite_utils

    from desktop_app.store.annotation_schema import migrations

    db = tmp_path / "annotations.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    migrations.apply(sqlite_utils.Database(other))
    done = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    done.start()
    try:
        store = AnnotationStore(db, auto_backup=False)
    finally:
        done.join()
        other.close()
    kept = store.add("L1", TEXT, 4, 11)
    assert [a.id for a in store.annotations()] == [kept.id]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_many_programs_opening_a_new_store_at_once_all_succeed(tmp_path):
    errors: list[BaseException] = []
    for round_ in range(25):
        db = tmp_path / f"annotations-{round_}.db"
        start = threading.Barrier(4)

        def open_and_close(db=db, start=start):
            start.wait()
            try:
                AnnotationStore(db, auto_backup=False).close()
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_and_close) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []


def test_read_only_database_gives_a_clear_message_and_keeps_data(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db")
    kept = store.add("L1", TEXT, 4, 11)
    store.db.execute("PRAGMA query_only = ON")  # what a read-only file/folder answers
    with pytest.raises(StoreWriteError, match="read-only") as info:
        store.add("L1", TEXT, 12, 15)
    assert isinstance(info.value, UserError)
    store.db.execute("PRAGMA query_only = OFF")
    assert [a.id for a in store.annotations()] == [kept.id]


def test_full_disk_gives_a_clear_message_and_rolls_back(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db")
    kept = store.add("L1", TEXT, 4, 11)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreWriteError, match="full"):
        store.add("L1", TEXT, 12, 15, note="x" * 100_000)
    assert [a.id for a in store.annotations()] == [kept.id]
    assert store.history()[0].label.startswith("Annotate")
    assert len(store.history()) == 1


def test_corrupt_file_names_the_latest_backup_and_restore_recovers(tmp_path):
    db = tmp_path / "annotations.db"
    store = AnnotationStore(db)
    ann = store.add("L1", TEXT, 4, 11, note="precious")
    backup = store.backup()
    store.close()
    db.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with pytest.raises(AnnotationsDamaged) as info:
        AnnotationStore(db)
    assert info.value.latest_backup == backup
    assert str(backup) in str(info.value) and "restore" in str(info.value)
    aside = restore_file(db, backup)
    assert aside is not None and aside.exists()  # the damaged file is kept, not deleted
    store = AnnotationStore(db)
    assert store.get(ann.id).note == "precious"


def test_restore_of_healthy_store_backs_up_current_state_first(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db")
    first = store.add("L1", TEXT, 4, 11)
    backup = store.backup()
    second = store.add("L1", TEXT, 12, 15)
    safety = store.restore(backup)
    assert [a.id for a in store.annotations()] == [first.id]
    assert second.id in {a.id for a in AnnotationStore(safety, auto_backup=False).annotations()}


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    store = AnnotationStore(tmp_path / "annotations.db")
    store.add("L1", TEXT, 4, 11)
    bogus = tmp_path / "bogus.db"
    bogus.write_text("nope")
    with pytest.raises(UserError, match="bogus.db"):
        store.restore(bogus)
    assert len(store.annotations()) == 1


def test_daily_backup_once_and_only_seven_kept(tmp_path):
    db = tmp_path / "annotations.db"
    AnnotationStore(db).close()
    AnnotationStore(db).close()
    assert len(list_backups(db)) == 1  # at most once a day
    store = AnnotationStore(db)
    for _ in range(9):
        make_backup(store.db.conn, db)
    assert len(list_backups(db)) == 7
    assert _integrity(list_backups(db)[-1]) == "ok"
