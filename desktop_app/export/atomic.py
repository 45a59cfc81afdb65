"""Atomic file writes: a temporary file in the target's folder, fsync, then ``os.replace``.

An existing file is either left as it was or replaced whole; a reader never sees half a file.
Problems the user can fix (no permission, a missing folder, a folder in the way, a full
disk) become an :class:`~desktop_app.export.errors.ExportError` that says what to do and
carries a ``code`` for the window to word it. A device or pipe is never replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_app.export.errors import ExportError

__all__ = ["ExportError", "atomic_path", "write_bytes", "write_text", "write_with"]

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _file_in_the_way(path: Path) -> Path | None:
    """The nearest ancestor of ``path`` that exists and is not a folder, if any."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def _problem(path: Path, exc: OSError) -> ExportError:
    """A message a person can act on for an OS error while writing ``path``."""
    if exc.errno in _DISK_FULL:
        return ExportError(f"Cannot write {path}: the disk is full. Make room or choose "
                           "another location; nothing was written.", "disk-full", path=path)
    if exc.errno == errno.EROFS:
        return ExportError(f"Cannot write {path}: the disk is read-only. Choose another "
                           "location.", "read-only", path=path)
    if isinstance(exc, PermissionError):
        return ExportError(f"Cannot write {path}: permission denied. Choose a folder you can "
                           "write to, or close the file if another program has it open.",
                           "permission", path=path)
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return ExportError(f"Cannot write {path}: it is a folder. Choose a file name.",
                           "is-folder", path=path)
    blocker = _file_in_the_way(path)
    if isinstance(exc, NotADirectoryError) or blocker is not None:
        blocker = blocker or path.parent
        return ExportError(f"Cannot write {path}: {blocker} is a file, not a folder. Choose "
                           "another location.", "not-a-folder", path=path, folder=blocker)
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return ExportError(f"Cannot write {path}: the folder {path.parent} does not exist.",
                           "no-folder", path=path, folder=path.parent)
    if isinstance(exc, FileNotFoundError):  # the folder exists but takes no files (/proc)
        return ExportError(f"Cannot write {path}: files cannot be created in {path.parent}. "
                           "Choose a folder you can write to.", "cannot-create", path=path,
                           folder=path.parent)
    reason = exc.strerror or str(exc)
    return ExportError(f"Cannot write {path}: {reason}. Choose another location.",
                       "os-error", path=path, reason=reason)


def _check_target(path: Path) -> None:
    """Refuse a folder or a special file (a device, a pipe): replacing it would be wrong."""
    if path.is_dir():
        raise ExportError(f"Cannot write {path}: it is a folder. Choose a file name.",
                          "is-folder", path=path)
    if path.exists() and not path.is_file():
        raise ExportError(f"Cannot write {path}: it is not an ordinary file (a device or a "
                          "pipe). Choose a file name.", "not-a-file", path=path)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target`` atomically.

    Write the whole file to the yielded path. If the block raises, the temporary file is
    removed and ``target`` is untouched.
    """
    path = Path(target)
    _check_target(path)
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=".tmp")
    except OSError as exc:
        raise _problem(path, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        _fsync(tmp)
        _keep_mode(path, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise _problem(path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _keep_mode(target: Path, tmp: Path) -> None:
    """mkstemp creates 0600 files; give the new file the old file's mode or the usual 0644.

    (Reading the umask means setting it, which is not thread-safe; exports run in a thread.)
    """
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    os.chmod(tmp, mode)


def write_bytes(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; returns the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text(target: str | os.PathLike[str], text: str, encoding: str = "utf-8",
               newline: str | None = None) -> Path:
    """Write ``text`` to ``target`` atomically (``newline=""`` keeps line ends as given)."""
    with atomic_path(target) as tmp, open(tmp, "w", encoding=encoding, newline=newline) as f:
        f.write(text)
    return Path(target)


def write_with(target: str | os.PathLike[str], writer: Callable[[Path], object]) -> Path:
    """Let ``writer(tmp_path)`` create the file (a library that saves to a path), atomically."""
    with atomic_path(target) as tmp:
        writer(tmp)
    return Path(target)
