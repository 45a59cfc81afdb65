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


def open_database(path: Path | str | None, *, check: bool | None = None,
                  read_only: bool = False) -> sqlite_utils.Database:
    """Open (or create) a database with WAL, a busy timeout and foreign keys on.

    ``path=None`` gives an in-memory database (tests). ``check``: True runs SQLite's quick
    integrity check (0.25 s on a large store) and a damaged file raises
    :class:`StoreCorrupt`; False never does; None (the default) runs it only when
    :func:`check_due` says the file may have changed since it was last closed cleanly or
    checked. ``read_only`` opens an existing file for reading only (a read-only data
    folder): nothing is written, every change fails with SQLite's read-only error.
    """
    if check is None:
        check = path is not None and check_due(path)
    # execute_plugins=False: no sqlite-utils plugin is used, and looking for them reads the
    # entry points of every installed package (15-30 ms of each start of the app)
    if path is None:
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
    elif read_only:
        path = Path(path)
        try:
            db = sqlite_utils.Database(_connect_read_only(path), execute_plugins=False)
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
        db = sqlite_utils.Database(conn, execute_plugins=False)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if path is not None and not read_only:
            _retry_while_locked(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("PRAGMA synchronous = NORMAL")
        if check:
            verdict = quick_check(db)
            if verdict != "ok":
                mark_suspect(path)
                raise StoreCorrupt(f"The database {path} is damaged ({verdict}).")
            if path is not None and not read_only:
                _clear_damaged(path)  # healthy now (restored, rebuilt, set aside)
                mark_clean(path)  # checked: later openings need not check again
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
        if path is not None:
            mark_suspect(path)
        raise StoreCorrupt(f"The database {path} is damaged or not a database: {exc}.") from exc
    return db


# --- when to check integrity --------------------------------------------------------------
#
# A full quick_check reads every page (0.25 s on a 369 MB store), too slow for every opening
# of every job and command. A small stamp file beside the database records its size and
# modification time when it was last closed cleanly or found healthy. While the file is
# exactly as stamped, no write is known to have touched it: committed changes since then
# are in the -wal file, whose frames SQLite verifies by checksum when it reads them (damage
# by the disk itself is what `desktop-app check` is for). A missing stamp
# (a crash before any clean close, a first opening), a file changed behind the app's back
# (a copy, a restore, a crash after a checkpoint) or a write that failed in a suspicious way
# (:func:`mark_suspect`) makes the next opening check. `desktop-app check` checks on demand.

CLEAN_SUFFIX = ".clean"
DAMAGED_SUFFIX = ".found-damaged"  # a check found damage: the next opening checks again
STAMP_SHIFT_NS = 1_000_000  # see mark_clean


def quick_check(db: sqlite_utils.Database) -> str:
    """SQLite's ``PRAGMA quick_check``: "ok", or the first problem it found.

    The one place the check runs (tests count its calls by replacing this function).
    """
    row = db.execute("PRAGMA quick_check").fetchone()
    return str(row[0]) if row else "no answer"


def _stamp_path(path: Path | str) -> Path:
    return Path(f"{path}{CLEAN_SUFFIX}")


def _fingerprint(path: Path | str) -> str | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{info.st_size} {info.st_mtime_ns}"


def check_due(path: Path | str) -> bool:
    """True when the database at ``path`` should be checked on opening: it exists and is
    not exactly as it was when last closed cleanly or found healthy, or a check found it
    damaged (:func:`mark_damaged`)."""
    now = _fingerprint(path)
    if now is None:
        return False  # a new database: nothing to check
    if Path(f"{path}{DAMAGED_SUFFIX}").exists():
        return True
    try:
        return _stamp_path(path).read_text(encoding="ascii").strip() != now
    except (OSError, UnicodeDecodeError):
        return True


def mark_clean(path: Path | str) -> None:
    """Stamp the database at ``path`` as healthy as it is now (after a clean close or a
    passed check). A folder that cannot be written keeps no stamp: then every opening
    checks, as before.

    A file system keeps modification times to a clock tick (a few milliseconds on many),
    so a change right after the stamp could leave the time as stamped. The stamp therefore
    sets the file's time one millisecond back first: any later write sets it to the clock,
    which is past the stamped time.
    """
    stamp = _stamp_path(path)
    now = _fingerprint(path)
    if now is None or Path(f"{path}{DAMAGED_SUFFIX}").exists():
        return  # found damaged: a clean close does not make it healthy
    try:
        if stamp.read_text(encoding="ascii").strip() == now:
            return  # stamped already (another connection's close changed nothing)
    except (OSError, UnicodeDecodeError):
        pass
    try:
        info = os.stat(path)
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - STAMP_SHIFT_NS))
    except OSError:
        return
    now = _fingerprint(path)
    if now is None:
        return
    temporary = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(now, encoding="ascii")
        os.replace(temporary, stamp)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def mark_suspect(path: Path | str | None) -> None:
    """Something looked wrong with the database at ``path``: its next opening checks it."""
    if path is None or str(path) == ":memory:":
        return
    try:
        _stamp_path(path).unlink(missing_ok=True)
    except OSError:
        pass


def mark_damaged(path: Path | str) -> None:
    """A check (Help → Check Data Folder) found the database at ``path`` damaged while a
    window may have it open: its next opening checks it (and sets it aside or offers the
    backup), even after that window's clean close stamped it."""
    mark_suspect(path)
    try:
        Path(f"{path}{DAMAGED_SUFFIX}").write_text("damaged\n", encoding="ascii")
    except OSError:
        pass


def _clear_damaged(path: Path | str) -> None:
    try:
        Path(f"{path}{DAMAGED_SUFFIX}").unlink(missing_ok=True)
    except OSError:
        pass


def inspect_database(path: Path | str) -> tuple[str, str]:
    """SQLite's quick check of the database at ``path`` on a read-only connection, which
    changes nothing (no migration, no -wal or -shm written, other programs keep writing).

    Returns ("ok", ""), ("missing", ""), ("busy", why) when another program keeps it
    locked (try again later: nothing is known to be wrong), or ("damaged", the problem);
    a damaged file is marked so that its next opening checks it (:func:`mark_damaged`).
    """
    path = Path(path)
    if not path.is_file():
        return "missing", ""
    try:
        conn = _inspecting_connection(path)
        try:
            verdict = quick_check(sqlite_utils.Database(conn, execute_plugins=False))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _locked(exc):
            return "busy", str(exc)
        if isinstance(exc, sqlite3.OperationalError) and not suspicious(exc):
            return "busy", str(exc)  # cannot be read now (unable to open …): not damage
        verdict = str(exc)
    if verdict == "ok":
        return "ok", ""
    mark_damaged(path)
    return "damaged", verdict


def _inspecting_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees what other programs committed (through the -wal
    file), never a file read alone past a lock (that could look damaged while written)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.Error as exc:
        conn.close()
        if _locked(exc) or Path(f"{path}-wal").exists() or can_write(path.parent):
            raise
    return _connect_read_only(path)  # a read-only folder without a -wal: the file alone


def close_database(db: sqlite_utils.Database, path: Path | str | None, *,
                   read_only: bool = False) -> None:
    """Close ``db`` and, for a writable file, stamp it as cleanly closed (see
    :func:`check_due`). The stamp comes after the close: the last connection's close
    moves the -wal file's changes into the database file."""
    db.close()
    if path is not None and str(path) != ":memory:" and not read_only:
        mark_clean(path)


def suspicious(exc: BaseException) -> bool:
    """True for an SQLite error that may mean damage (not busy, locked, read-only, full)."""
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(
            exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):  # refused, not damaged
        return False
    text = str(exc).lower()
    return not (_locked(exc) or _read_only(exc) or "full" in text or "interrupted" in text
                or "no such" in text or "syntax error" in text)


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


def is_locked_error(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database is busy" (another connection)."""
    return isinstance(exc, sqlite3.Error) and _locked(exc)


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
