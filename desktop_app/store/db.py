"""Opening SQLite databases the same way everywhere: WAL, busy timeout, foreign keys, checks."""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from desktop_app.errors import UserError

BUSY_TIMEOUT_MS = 10_000


class StoreError(UserError):
    """A database cannot be opened or used; the message says what to do."""

    code = "database-unusable"


class StoreCorrupt(StoreError):
    """The database file is damaged."""

    code = "database-damaged"


class ReadOnlyFolder(StoreError):
    """A change was refused because the data folder is read-only (reading still works)."""

    code = "read-only-folder"


def can_write(path: Path | str) -> bool:
    """True when this process may write ``path`` (a file or a folder).

    The one writability probe of the app: root may write anywhere, so tests replace this
    function to play a locked-down machine.
    """
    return os.access(path, os.W_OK)


def database_writable(path: Path | str) -> bool:
    """True when the database at ``path`` can be opened for writing: its folder and the
    files of it that exist (the database, its -wal and -shm) are writable."""
    path = Path(path)
    if not can_write(path.parent):
        return False
    return all(can_write(p) for p in _files_of(path) if p.exists())


def read_only_message(folder: Path | str) -> str:
    """What a refused change says: the folder is read-only, reading still works."""
    return (f"The data folder {folder} is read-only: changes (annotations, reviews, imports) "
            "cannot be saved there. Reading and searching still work. Ask your IT support "
            "to make the folder writable, or use another data folder with --data-dir.")


def read_only_error(folder: Path | str) -> ReadOnlyFolder:
    """The error of a change refused in a read-only data folder (code ``read-only-folder``)."""
    return ReadOnlyFolder(read_only_message(folder), code="read-only-folder",
                          folder=str(folder))


def is_read_only_error(exc: BaseException) -> bool:
    """True for SQLite's "attempt to write a readonly database" (and its kin)."""
    return isinstance(exc, sqlite3.Error) and _read_only(exc)


def _files_of(path: Path) -> tuple[Path, Path, Path]:
    return path, Path(f"{path}-wal"), Path(f"{path}-shm")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that writes nothing, not even the -wal/-shm files.

    Without a -wal file everything is in the database file and ``immutable=1`` reads it
    without the shared-memory file (which a read-only folder cannot hold). A -wal file left
    beside it holds committed changes, so ``mode=ro`` reads through it; when even that fails
    (no -shm can be made), the database file alone is read.
    """
    if not path.is_file():
        raise StoreError(
            f"The data folder holding {path} is read-only and has no database {path.name} "
            "to read. Ask your IT support to make the folder writable.",
            code="read-only", path=str(path))
    uri = path.resolve().as_uri()
    attempts = ["?mode=ro", "?mode=ro&immutable=1"]
    if not Path(f"{path}-wal").exists():
        attempts = attempts[1:]
    for n, query in enumerate(attempts, 1):
        conn = sqlite3.connect(uri + query, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                               isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
            if n == len(attempts):
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def open_database(path: Path | str | None, *, check: bool = True,
                  read_only: bool = False) -> sqlite_utils.Database:
    """Open (or create) a database with WAL, a busy timeout and foreign keys on.

    ``path=None`` gives an in-memory database (tests). With ``check`` a quick integrity
    check runs and a damaged file raises :class:`StoreCorrupt`. ``read_only`` opens an
    existing file for reading only (a read-only data folder): nothing is written, every
    change fails with SQLite's read-only error.
    """
    if path is None:
        db = sqlite_utils.Database(memory=True)
    elif read_only:
        path = Path(path)
        try:
            db = sqlite_utils.Database(_connect_read_only(path))
        except sqlite3.DatabaseError as exc:
            if not isinstance(exc, sqlite3.OperationalError):
                raise StoreCorrupt(
                    f"The database {path} is damaged or not a database: {exc}.") from exc
            raise StoreError(f"The database {path} cannot be opened for reading ({exc}).",
                             code="read-only", path=str(path)) from exc
    else:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            if disk_full(exc, path):
                raise disk_full_error(path) from exc
            raise StoreError(
                f"Cannot open the database {path}: {exc}. Check that the folder exists and is "
                "writable, or choose another data folder with --data-dir.",
                code="cannot-open-database", path=str(path), reason=str(exc)
            ) from exc
        db = sqlite_utils.Database(conn)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if path is not None and not read_only:
            _retry_while_locked(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("PRAGMA synchronous = NORMAL")
        if check:
            row = db.execute("PRAGMA quick_check").fetchone()
            if row is None or row[0] != "ok":
                raise StoreCorrupt(
                    f"The database {path} is damaged ({row[0] if row else 'no answer'})."
                )
    except sqlite3.OperationalError as exc:
        db.close()
        if path is not None and disk_full(exc, path):
            raise disk_full_error(path) from exc
        if _read_only(exc):
            raise StoreError(
                f"The data folder holding {path} is read-only, so the database cannot be "
                "opened for use. Make the folder writable or choose another one with "
                "--data-dir.", code="read-only", path=str(path)
            ) from exc
        raise StoreError(f"The database {path} cannot be opened ({exc}). Close other "
                         "programs that use it and try again.", code="database-busy",
                         path=str(path), reason=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreCorrupt(f"The database {path} is damaged or not a database: {exc}.") from exc
    return db


def require_current(db: sqlite_utils.Database, migrations: object, path: Path | str) -> None:
    """A read-only database cannot be brought up to date: refuse one an older version wrote."""
    if migrations.pending(db):  # type: ignore[attr-defined]
        db.close()
        raise StoreError(
            f"The database {path} was written by an older version of the app and must be "
            "updated, but its data folder is read-only. Ask your IT support to make the "
            "folder writable and start the app once.", code="read-only", path=str(path))


def _retry_while_locked(step: Callable[[], object]) -> None:
    """Run ``step``, trying again while the database answers "locked", up to the busy timeout.

    Two programs opening a new database at once both switch it to WAL. SQLite then refuses
    one of them at once, without calling the busy handler, because waiting could deadlock;
    the refused one has to try the statement again once the other is done.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if not _locked(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.2)


def _locked(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _read_only(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


SQLITE_FULL = 13  # result codes (sqlite3.SQLITE_FULL from Python 3.11 on)
SQLITE_IOERR = 10
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
LOW_SPACE = 1024 * 1024  # bytes; less free space than this with an I/O error means a full disk


def disk_full(exc: BaseException, path: Path | str) -> bool:
    """True when opening failed because the disk (or the user's quota) is full.

    SQLite says "database or disk is full" (SQLITE_FULL) for a full database page write, but
    only "disk I/O error" when creating the WAL or shared-memory file fails for lack of space:
    then the free space of the folder decides.
    """
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == SQLITE_FULL or "disk is full" in text:
        return True
    if primary == SQLITE_IOERR or "disk i/o error" in text:
        return _free_space(path) < LOW_SPACE
    return False


def _free_space(path: Path | str) -> int:
    """Free bytes on the disk holding ``path``'s folder (a large number when unknown)."""
    path = Path(path)
    for folder in (path.parent, *path.parent.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return 1 << 62


def disk_full_error(path: Path | str) -> StoreError:
    """The error for a database that cannot be opened because its disk is full."""
    return StoreError(
        f"The disk holding the database {path} is full, so it cannot be opened. Free some "
        "disk space (or choose a data folder on another disk with --data-dir) and try again; "
        "nothing in the database was changed.", code="disk-full", path=str(path))
