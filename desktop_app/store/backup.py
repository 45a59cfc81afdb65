"""Backups of ``annotations.db`` through the SQLite backup API, and restoring one.

Backups live in ``<data folder>/backups/annotations-YYYYmmdd-HHMMSS-ffffff-NNN.db``. An
automatic one is made at most once a day when the store opens; the newest :data:`KEEP` stay.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.store.db import StoreCorrupt, StoreError

KEEP = 7
PREFIX = "annotations-"


class BackupError(StoreError, UserError):
    """A backup cannot be made or restored."""


class AnnotationsDamaged(StoreCorrupt, UserError):
    """The annotations database is damaged or unreadable; ``latest_backup`` may rescue it."""

    def __init__(self, message: str, latest_backup: Path | None):
        super().__init__(message)
        self.latest_backup = latest_backup


def backup_dir(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go."""
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Existing backups, oldest first (names sort by time)."""
    folder = backup_dir(db_path)
    return sorted(folder.glob(f"{PREFIX}*.db")) if folder.is_dir() else []


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup, or None."""
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def make_backup(conn: sqlite3.Connection, db_path: Path, keep: int = KEEP) -> Path:
    """Copy the live database into a new backup file and prune old ones."""
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    counter = 0
    # The counter is always present so that names sort in creation order.
    while (target := folder / f"{PREFIX}{stamp}-{counter:03d}.db").exists():
        counter += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Unique per process: two windows opening the store at once may both back it up.
        partial = target.with_name(f"{target.stem}.{os.getpid()}.{uuid.uuid4().hex}.partial")
        with sqlite3.connect(partial) as dest:
            conn.backup(dest)
            # a single self-contained file: reading it later (restore) needs no -wal/-shm
            dest.execute("PRAGMA journal_mode = DELETE")
        dest.close()
        partial.replace(target)  # a backup file is complete or absent
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            f"Could not write a backup to {folder}: {exc}. Check free space and permissions."
        ) from exc
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_due(db_path: Path, today: str | None = None) -> bool:
    """True when no backup was made today."""
    today = today or datetime.now().strftime("%Y%m%d")
    latest = latest_backup(db_path)
    return latest is None or not latest.name.startswith(f"{PREFIX}{today}")


def check_backup_file(source: Path) -> None:
    """Refuse a file that is not a healthy annotations database."""
    if not source.is_file():
        raise BackupError(f"{source} does not exist or is not a file.")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        hint = ""
        try:
            with open(source, "rb") as fh:
                if fh.read(64).lstrip()[:1] in (b"{", b"["):
                    hint = (" It looks like an annotation export (JSON): bring it in with "
                            "`import-annotations FILE` instead.")
        except OSError:
            pass
        raise BackupError(f"{source} is not a readable database: {exc}.{hint}") from exc
    if result is None or result[0] != "ok":
        raise BackupError(f"{source} is damaged ({result[0] if result else 'no answer'}).")
    if "annotations" not in tables:
        raise BackupError(f"{source} is not an annotations backup (no annotations table).")


def set_aside(db_path: Path) -> Path | None:
    """Move a damaged database (and its WAL files) aside instead of deleting it."""
    if not db_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{db_path}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{aside}{suffix}"))
    return aside


def copy_into(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the content of the open database ``conn`` with ``source`` (backup API)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(conn)
    finally:
        src.close()
