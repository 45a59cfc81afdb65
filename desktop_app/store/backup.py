"""Backups of ``annotations.db`` through the SQLite backup API, and restoring one.

Backups live in ``<data folder>/backups/annotations-YYYYmmdd-HHMMSS-ffffff-NNN.db``. An
automatic one is made at most once a day when the store opens; the newest :data:`KEEP` stay.
A restore reads a private snapshot of its source and never prunes the source itself, so
restoring even the oldest backup (the one the restore's safety backup would push out) works.

What counts as damage (see :func:`content_kind`): a file in place of the store that holds
another program's tables, or misses ours, is never taken for a store. A file that holds no
tables at all (0 bytes, or only SQLite's header) is what a crash during the store's very first
opening leaves behind: it is a new, empty store only while there is no backup; once a backup
exists the store did hold data, so an emptied file is damage and the latest backup is offered.
The first opening always ends with a backup, so "no backup at all" means it never finished.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.store.db import StoreCorrupt, StoreError

KEEP = 7
PREFIX = "annotations-"
# The tables the first migration creates: a database without them is not an annotations store.
OUR_TABLES = frozenset({"_sqlite_migrations", "annotations", "palette", "collections",
                        "collection_items", "commitment_reviews", "history"})


class BackupError(StoreError, UserError):
    """A backup cannot be made or restored."""

    code = "backup-unusable"


class AnnotationsDamaged(StoreCorrupt, UserError):
    """The annotations database is damaged or unreadable; ``latest_backup`` may rescue it."""

    code = "annotations-damaged"

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


def make_backup(conn: sqlite3.Connection, db_path: Path, keep: int = KEEP,
                protect: Iterable[Path] = ()) -> Path:
    """Copy the live database into a new backup file and prune old ones.

    The files in ``protect`` (the source of a running restore) are never pruned.
    """
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
    kept = {_same_file_key(p) for p in protect}
    for old in list_backups(db_path)[:-keep]:
        if _same_file_key(old) not in kept:
            old.unlink(missing_ok=True)
    return target


def _same_file_key(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


# What a backup or a restore killed halfway leaves in the backups folder; the number is the
# id of the process that wrote it.
LEFTOVER = re.compile(r"(?:\.(\d+)\.[0-9a-f]{32}\.partial|^\.restoring-(\d+)-[0-9a-f]{32}\.tmp)"
                      r"(?:-journal)?$")
LEFTOVER_AGE = 3600  # seconds; older leftovers are removed even when their process is unknown


def remove_leftovers(db_path: Path) -> list[Path]:
    """Remove what killed backups and restores left in the backups folder; returns them.

    A file of a process that still runs (another window making a backup now) is left alone.
    """
    folder = backup_dir(db_path)
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        found = LEFTOVER.search(path.name)
        if found is None:
            continue
        pid = int(found.group(1) or found.group(2))
        try:
            stale = time.time() - path.stat().st_mtime > LEFTOVER_AGE
            if stale or not _process_runs(pid):
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to remove: the next opening tries again
    return removed


def _process_runs(pid: int) -> bool:
    """True when process ``pid`` runs, or when that cannot be told (then the age decides)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's) or cannot be asked
    return True


def backup_due(db_path: Path, today: str | None = None) -> bool:
    """True when no backup was made today."""
    today = today or datetime.now().strftime("%Y%m%d")
    latest = latest_backup(db_path)
    return latest is None or not latest.name.startswith(f"{PREFIX}{today}")


def content_kind(conn: sqlite3.Connection) -> tuple[str, list[str]]:
    """What an opened database holds: ``"ours"`` (an annotations store), ``"empty"`` (no
    tables at all: a new file, or one a crash or a fault emptied) or ``"foreign"`` (another
    program's tables, or ours only in part); and the names of the tables it has."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    tables = sorted(r[0] for r in rows)
    if not tables:
        return "empty", tables
    return ("ours" if OUR_TABLES <= set(tables) else "foreign"), tables


def emptied_text(path: Path) -> str:
    """Why an empty ``path`` is damage rather than a new store: backups of it exist."""
    return (f"The annotations database {path} is empty (it holds no tables) although backups "
            "of it exist: the file was emptied or cut short (a disk, sync or copy fault), it "
            "is not a new store.")


def not_ours_text(path: Path, tables: list[str]) -> str:
    """Why ``path`` is not an annotations database, naming some of the tables it holds."""
    mine = [t for t in tables if t in OUR_TABLES]
    if not mine:
        shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
        return (f"{path} is not an annotations database: it is another program's database "
                f"(it holds the tables {shown}).")
    missing = ", ".join(sorted(OUR_TABLES - set(tables)))
    return f"{path} is not a complete annotations database: the tables {missing} are missing."


def check_backup_file(source: Path) -> None:
    """Refuse a file that is not a healthy annotations database."""
    if not source.is_file():
        raise BackupError(f"{source} does not exist or is not a file. Give a backup file, as "
                          "`backup` printed it (backups are in the backups folder beside "
                          "annotations.db).")
    if source.stat().st_size == 0:
        raise BackupError(f"{source} is empty (0 bytes): it is not a backup. Choose another "
                          "backup file from the backups folder beside annotations.db.")
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            kind, tables = content_kind(conn)
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
        hint = hint or (" Choose a backup file from the backups folder beside "
                        "annotations.db.")
        raise BackupError(f"{source} is not a readable database: {exc}.{hint}") from exc
    if result is None or result[0] != "ok":
        raise BackupError(f"{source} is damaged ({result[0] if result else 'no answer'}).")
    if kind != "ours":
        detail = not_ours_text(source, tables) if tables else f"{source} holds no tables."
        raise BackupError(f"{detail} Choose a backup file of the annotations (in the "
                          "backups folder beside annotations.db).")


@contextmanager
def snapshot(source: Path, db_path: Path) -> Iterator[Path]:
    """A private copy of ``source`` beside the backups, removed afterwards.

    A restore reads this copy, so nothing (its own safety backup pruning old backups, or
    another window doing so) can take the file away while it runs.
    """
    folder = backup_dir(db_path)
    copy = folder / f".restoring-{os.getpid()}-{uuid.uuid4().hex}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            with sqlite3.connect(copy) as dest:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            dest.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        copy.unlink(missing_ok=True)
        raise BackupError(f"Could not read the backup {source} ({exc}); nothing was changed. "
                          f"Check free space and permissions in {folder}.") from exc
    try:
        yield copy
    finally:
        copy.unlink(missing_ok=True)


def set_aside(db_path: Path) -> Path | None:
    """Move a damaged database (and its WAL files) aside instead of deleting it."""
    if not db_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    counter = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", "-wal", "-shm")):
        # set aside twice within a second: never move one damaged copy over another
        counter += 1
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{counter}")
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
