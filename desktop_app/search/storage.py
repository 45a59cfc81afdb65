"""The index directory on disk, its writer lock and the index's errors.

``CURRENT`` names the live generation directory ``gen-*`` and each generation has a
``meta.json`` (schema version, library state, annotations token); files are written
atomically. :class:`_WriteLock` is the cross-process writer lock. The errors say the index is
corrupt or missing, locked by another writer, or could not be written because the disk is full.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.util.filelock import FileLock

from desktop_app.errors import UserError
from desktop_app.search.schema import SCHEMA_VERSION

# A file in an index generation that a search found damaged: it is rebuilt, not used.
DAMAGED_MARK = "DAMAGED"


class IndexCorrupt(UserError):
    """The search index is missing or damaged; it is derived data and can be rebuilt."""

    code = "index-damaged"


class IndexLocked(UserError):
    """Another process holds the search index's writer lock."""

    code = "index-locked"


class IndexDiskFull(UserError):
    """The disk holding the search index is full; the index is behind, the library is not."""

    code = "index-disk-full"


class SearchCancelled(Exception):  # noqa: N818 - not an error: a newer search replaced it
    """A search stopped because its ``cancelled()`` said so (a newer query replaced it)."""


_DISK_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())


def _disk_full(root: Path, exc: OSError) -> IndexDiskFull | None:
    """The error to raise for a write that failed because the disk is full (None otherwise)."""
    if exc.errno not in _DISK_FULL:
        return None
    return IndexDiskFull(
        f"The disk holding the search index ({root}) is full, so the index could not be "
        "updated. Free some disk space; the index is then rebuilt from the library the next "
        "time it is used. Your letters and annotations are unchanged.",
        code="index-disk-full", root=str(root))


# --------------------------------------------------------------------------- storage


@dataclass
class _Meta:
    schema_version: int
    library_state: str | None
    generation: str
    annotations_token: str | None = None


class _Store:
    """The index directory: ``CURRENT`` names the live generation directory ``gen-*``."""

    def __init__(self, root: Path):
        self.root = root

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    def current(self) -> str | None:
        try:
            name = self.current_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name or None

    def meta(self, generation: str) -> _Meta | None:
        try:
            data = json.loads((self.root / generation / "meta.json").read_text("utf-8"))
            token = data.get("annotations_token")
            return _Meta(int(data["schema_version"]), data.get("library_state"), generation,
                         token if isinstance(token, str) else None)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def update_meta(self, generation: str, **changes: Any) -> None:
        """Change some meta values, keeping the others (the schema version in particular:
        an incremental write must not make an index of another version look current)."""
        path = self.root / generation / "meta.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        data.setdefault("schema_version", SCHEMA_VERSION)
        data.update(changes, written_at=time.strftime("%Y-%m-%dT%H:%M:%S"))
        _atomic_write(path, json.dumps(data))

    def new_generation(self) -> tuple[str, Path]:
        name = f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        path = self.root / (name + ".tmp")
        path.mkdir(parents=True)
        return name, path

    def publish(self, name: str, tmp_path: Path) -> None:
        """Make a finished generation live (rename, then swap ``CURRENT`` atomically)."""
        os.replace(tmp_path, self.root / name)
        _atomic_write(self.current_file, name)
        self.cleanup(keep=name)

    def cleanup(self, keep: str | None) -> None:
        """Remove old and abandoned generations; ones still open elsewhere are retried later."""
        for path in self.root.glob("gen-*"):
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{uuid.uuid4().hex[:6]}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a disk-full write leaves no half file behind
        raise


class _WriteLock:
    """Cross-process writer lock (a file lock in the index directory) plus a thread lock."""

    def __init__(self, root: Path, timeout: float):
        self.root = root
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._file_lock: FileLock | None = None
        self._depth = 0

    def __enter__(self) -> _WriteLock:
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise IndexLocked("The search index is busy with another update; try again shortly.",
                              code="index-busy")
        if self._depth == 0:
            try:
                self._acquire_file_lock()
            except BaseException:
                self._thread_lock.release()
                raise
        self._depth += 1
        return self

    def _acquire_file_lock(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.root / "WRITE.lock"))
        deadline = time.monotonic() + self.timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexLocked(
                    f"The search index in {self.root} is being updated by another program "
                    f"(waited {self.timeout:.0f} s). Close the other copy of the app or wait "
                    "until its indexing has finished, then try again.",
                    code="index-in-use", seconds=round(self.timeout))
            time.sleep(0.05)
        self._file_lock = lock

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
        self._thread_lock.release()
