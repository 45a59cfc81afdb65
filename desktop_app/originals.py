"""The ``originals/`` folder of a data folder: a copy of every imported letter file.

Each copy is named ``<letter id><ext>`` (``kst-19637-2764.xml``), so ``library.db`` (derived
data) can be rebuilt from this folder with the same ids. One letter imported in several
formats keeps one copy per format (``txt-….pdf`` beside ``txt-….txt``); the letter is the
merge of them all (``ingest.merge``), at import and at a rebuild alike. A copy is first
written to a hidden ``.import-<pid>-…`` file and moved into place in the same database
transaction that saves the letter's row, so a crash leaves at most a temporary file or a
copy whose row was never committed; :meth:`Originals.stray_temp_files` and the library's
clean-up find those.

Looking for them means listing the folder and every letter id (a third of a second at 150,000
letters), so it is done only when needed: whatever may leave such a file (an import, a
delete) first puts a marker in ``.originals-in-progress/`` beside the folder
(:meth:`Originals.changing`) and removes it when it ends. A marker whose process is gone, or one
left by a failure, says the folder has to be checked (:meth:`Originals.check_due`); a data
folder without the markers' folder (made by an older version) is checked once.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.ingest import (
    HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    PDF_EXTENSIONS,
    SUPPORTED_EXTENSIONS,
    TEXT_EXTENSIONS,
    XML_EXTENSIONS,
)

TEMP_PREFIX = ".import-"
SEEDED_MARK = ".seeded"  # the bundled letters were imported once (see Library.import_bundled)
UNREADABLE_FOLDER = "unreadable"  # originals a rebuild could not read are moved here
# markers of changes under way: "<pid>-<random>" while running, "failed-<random>" after a failure
IN_PROGRESS_FOLDER = ".originals-in-progress"  # beside originals/
FAILED_PREFIX = "failed-"
# A temporary file without a (known) process id is stray once it is this old (seconds).
STALE_AFTER = 3600.0


_KINDS = (("pdf", PDF_EXTENSIONS), ("text", TEXT_EXTENSIONS), ("markdown", MARKDOWN_EXTENSIONS),
          ("html", HTML_EXTENSIONS), ("xml", XML_EXTENSIONS))


def file_kind(path: Path | str) -> str:
    """The kind of a letter file by its extension: "pdf", "text", "markdown", "html", "xml"
    (one copy of each kind is kept per letter; ``.htm`` and ``.html`` are one kind)."""
    ext = Path(path).suffix.lower()
    return next((kind for kind, exts in _KINDS if ext in exts), ext.lstrip("."))


def _pid_alive(pid: int) -> bool:
    """True when process ``pid`` runs (or cannot be checked: then it is left alone)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would stop the process there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True


class Originals:
    """The copies of imported files in ``folder``."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.markers = self.folder.parent / IN_PROGRESS_FOLDER  # see changing()

    def target(self, letter_id: str, ext: str) -> Path:
        """Where the copy of letter ``letter_id`` read from a ``ext`` file is kept."""
        return self.folder / f"{letter_id}{ext.lower()}"

    def stage(self, path: Path) -> Path:
        """Copy ``path`` to a temporary file in the folder (moved into place by
        :meth:`publish`); the file name carries this process's id."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f"{TEMP_PREFIX}{os.getpid()}-")
        os.close(fd)
        try:
            shutil.copyfile(path, tmp)
        except BaseException:
            self.discard(Path(tmp))
            raise
        return Path(tmp)

    @staticmethod
    def publish(tmp: Path, target: Path) -> None:
        """Move a staged copy into place (atomically, replacing an older copy)."""
        os.replace(tmp, target)

    @staticmethod
    def discard(tmp: Path) -> None:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass

    def files(self) -> list[Path]:
        """Every kept copy (not the temporary files, not the unreadable ones)."""
        if not self.folder.is_dir():
            return []
        return sorted(p for p in self.folder.iterdir()
                      if not p.name.startswith(".") and p.suffix.lower() in SUPPORTED_EXTENSIONS
                      and p.is_file())

    def by_letter(self) -> dict[str, list[Path]]:
        """The copies to rebuild each letter from (one per format), by letter id."""
        grouped: dict[str, list[Path]] = {}
        for path in self.files():
            grouped.setdefault(path.stem, []).append(path)
        return grouped

    def of_letter(self, letter_id: str) -> list[Path]:
        """The kept copies of one letter (one per format; [] when it has none). Looked up
        by name, not by listing the folder: an import asks this for every file."""
        if letter_id.startswith(".") or "/" in letter_id or os.sep in letter_id:
            return []
        found = (self.folder / f"{letter_id}{ext}" for ext in sorted(SUPPORTED_EXTENSIONS))
        return [p for p in found if p.is_file()]

    def others_of_kind(self, target: Path) -> list[Path]:
        """Copies of ``target``'s letter of the same kind under another extension (an
        ``.htm`` when ``target`` is the ``.html``): the new copy replaces them."""
        return [p for p in self.of_letter(target.stem)
                if p.name != target.name and file_kind(p) == file_kind(target)]

    def remove(self, letter_id: str) -> None:
        """Remove every copy of one letter (a deleted letter is not rebuilt), looked up by
        name: listing the folder cost a third of a second per delete at 150,000 letters."""
        for path in self.of_letter(letter_id):
            self.discard(path)

    def set_aside_unreadable(self, path: Path) -> Path:
        """Move a copy that cannot be read any more out of the way (kept, not deleted)."""
        folder = self.folder / UNREADABLE_FOLDER
        folder.mkdir(exist_ok=True)
        target = folder / path.name
        os.replace(path, target)
        return target

    def mark_seeded(self) -> None:
        """Record beside the copies that the bundled letters were imported, so a rebuilt
        library.db knows it too (and a bundled letter deleted since stays deleted)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / SEEDED_MARK).touch()

    def seeded(self) -> bool:
        return (self.folder / SEEDED_MARK).exists()

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Mark a change that may leave a stray file when it is killed (an import, a delete):
        the marker is removed when the change ends; after a failure it stays, as failed, so
        the next :meth:`check_due` asks for a check."""
        markers = self.markers
        try:
            markers.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=markers, prefix=f"{os.getpid()}-")
            os.close(fd)
        except OSError:  # a full disk: the change itself fails and says why
            yield
            return
        marker = Path(name)
        try:
            yield
        except BaseException:
            failed = markers / f"{FAILED_PREFIX}{marker.name.split('-', 1)[1]}"
            try:
                os.replace(marker, failed)
            except OSError:
                pass
            raise
        self.discard(marker)

    def check_due(self) -> list[Path] | None:
        """The markers of changes that ended without finishing (their process is gone, or
        they failed): the folder has to be checked for stray files, then
        :meth:`checked` removes them. [] when nothing has to be checked; None for a folder
        never marked (an older version's): check it once. Lists only the markers' folder,
        never the folder of copies."""
        if not self.folder.is_dir():
            return []
        markers = self.markers
        try:
            names = os.listdir(markers)
        except FileNotFoundError:
            return None
        due = []
        for name in names:
            pid_text = name.split("-", 1)[0]
            if name.startswith(FAILED_PREFIX) or not pid_text.isdigit() \
                    or not _pid_alive(int(pid_text)):
                due.append(markers / name)
        return sorted(due)

    def checked(self, markers: list[Path] | None) -> None:
        """After a check: forget these markers (a folder never marked is marked from now)."""
        self.markers.mkdir(parents=True, exist_ok=True)
        for marker in markers or ():
            self.discard(marker)

    def stray_temp_files(self, now: float | None = None) -> list[Path]:
        """Temporary copies left by an import that was killed: their process is gone (or,
        without a process id in the name, they are older than :data:`STALE_AFTER`)."""
        if not self.folder.is_dir():
            return []
        now = time.time() if now is None else now
        stray = []
        for path in self.folder.glob(f"{TEMP_PREFIX}*"):
            pid_text = path.name[len(TEMP_PREFIX):].split("-", 1)[0]
            if pid_text.isdigit() and "-" in path.name[len(TEMP_PREFIX):]:
                if not _pid_alive(int(pid_text)):
                    stray.append(path)
            else:
                try:
                    if now - path.stat().st_mtime > STALE_AFTER:
                        stray.append(path)
                except FileNotFoundError:
                    continue
        return sorted(stray)
