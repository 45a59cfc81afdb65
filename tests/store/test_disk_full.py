"""Opening a database on a full disk says the disk is full (not "close other programs")."""

from __future__ import annotations

import errno
import sqlite3
from types import SimpleNamespace

import pytest
import sqlite_utils

from desktop_app.store import db as db_module
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.store.db import StoreError, open_database


def fail_on_wal(monkeypatch, message: str, errorcode: int | None = None) -> None:
    """SQLite fails as on a full disk when the WAL is switched on (its files are created)."""
    real = sqlite_utils.Database.execute

    def execute(self, sql, *args, **kwargs):
        if "journal_mode" in sql:
            exc = sqlite3.OperationalError(message)
            if errorcode is not None:
                exc.sqlite_errorcode = errorcode
            raise exc
        return real(self, sql, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.Database, "execute", execute)


def free_space(monkeypatch, free: int) -> None:
    monkeypatch.setattr(db_module.shutil, "disk_usage",
                        lambda folder: SimpleNamespace(total=10**12, used=0, free=free))


def assert_disk_full(error: StoreError, path) -> None:
    assert error.code == "disk-full" and error.params == {"path": str(path)}
    text = str(error)
    assert "is full" in text and "Free some disk space" in text and "--data-dir" in text
    assert "Close other programs" not in text and "disk I/O error" not in text


@pytest.mark.parametrize(("message", "errorcode"), [
    ("database or disk is full", None),
    ("some wording", 13),  # SQLITE_FULL
    ("some wording", 13 | (1 << 8)),  # an extended code of SQLITE_FULL
])
def test_sqlite_full_says_the_disk_is_full(tmp_path, monkeypatch, message, errorcode):
    fail_on_wal(monkeypatch, message, errorcode)
    path = tmp_path / "library.db"
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert_disk_full(caught.value, path)


def test_a_disk_io_error_with_no_free_space_says_the_disk_is_full(tmp_path, monkeypatch):
    fail_on_wal(monkeypatch, "disk I/O error")
    free_space(monkeypatch, 0)
    path = tmp_path / "library.db"
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert_disk_full(caught.value, path)


def test_a_disk_io_error_with_free_space_is_not_called_a_full_disk(tmp_path, monkeypatch):
    fail_on_wal(monkeypatch, "disk I/O error")
    free_space(monkeypatch, 50 * 2**30)
    with pytest.raises(StoreError) as caught:
        open_database(tmp_path / "library.db")
    assert caught.value.code != "disk-full"
    assert "Close other programs" in str(caught.value)


def test_no_space_to_create_the_folder_says_the_disk_is_full(tmp_path, monkeypatch):
    def mkdir(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db_module.Path, "mkdir", mkdir)
    path = tmp_path / "new" / "library.db"
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert_disk_full(caught.value, path)


def test_the_annotation_store_does_not_offer_a_backup_for_a_full_disk(tmp_path, monkeypatch):
    """A full disk damages nothing: no "restore the latest backup" (AnnotationsDamaged)."""
    fail_on_wal(monkeypatch, "database or disk is full")
    path = tmp_path / "annotations.db"
    with pytest.raises(StoreError) as caught:
        AnnotationStore(path)
    assert not isinstance(caught.value, AnnotationsDamaged)
    assert_disk_full(caught.value, path)


def test_a_full_disk_while_migrating_annotations_is_no_damage(tmp_path, monkeypatch):
    from desktop_app.store import annotations as annotations_module

    def apply(db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(annotations_module.migrations, "apply", apply)
    path = tmp_path / "annotations.db"
    with pytest.raises(StoreError) as caught:
        AnnotationStore(path)
    assert not isinstance(caught.value, AnnotationsDamaged)
    assert_disk_full(caught.value, path)
