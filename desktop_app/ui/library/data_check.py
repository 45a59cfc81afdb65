"""Help → Check Data Folder: the integrity checks of ``desktop-app check`` (both databases)
and of the search index, in a background job, reported in plain words with what to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.errors import UserError
from desktop_app.library import ANNOTATIONS_DB, LIBRARY_DB, Library
from desktop_app.store.backup import AnnotationsDamaged, latest_backup
from desktop_app.store.db import StoreCorrupt, StoreError, inspect_database
from desktop_app.ui.shell.job_control import JobControl
from desktop_app.ui.shell.tasks import JobFn

INDEX_STATES = ("current", "behind", "missing", "damaged")


@dataclass(frozen=True)
class DataCheck:
    """What the check found: per database whether it is damaged (SQLite's first problem)
    or in use by another program (busy: try again later), the latest backup of a damaged
    annotations database, and the state of the index ("" when not looked at)."""

    letters: int = 0
    library_damaged: str = ""
    library_busy: bool = False
    annotations_damaged: bool = False
    annotations_busy: bool = False
    latest_backup: str = ""
    index: str = "current"  # one of INDEX_STATES, or ""

    @property
    def ok(self) -> bool:
        return not (self.library_damaged or self.library_busy or self.annotations_damaged
                    or self.annotations_busy) and self.index == "current"


def check_job(data_dir: Path) -> JobFn:
    """Check library.db and annotations.db now, read-only (SQLite's quick check on read-only
    connections: nothing is migrated, backed up, cleaned or set aside while the window has
    them open), then whether the search index is current and opens."""

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> DataCheck:
        progress(0, 3)
        letters, letters_problem = inspect_database(Path(data_dir) / LIBRARY_DB)
        progress(1, 3)
        path = Path(data_dir) / ANNOTATIONS_DB
        annotations, _ = inspect_database(path)
        found = DataCheck(library_damaged=letters_problem if letters == "damaged" else "",
                          library_busy=letters == "busy",
                          annotations_damaged=annotations == "damaged",
                          annotations_busy=annotations == "busy",
                          latest_backup=_latest_backup(path, annotations == "damaged"),
                          index="")
        progress(2, 3)
        if not {letters, annotations} <= {"ok", "missing"}:
            return found
        return _look_inside(Path(data_dir), found)

    return run


def _latest_backup(path: Path, damaged: bool) -> str:
    return str(latest_backup(path) or "") if damaged else ""


def _look_inside(data_dir: Path, found: DataCheck) -> DataCheck:
    """The number of letters and the index's state, read through a read-only library (an
    emptied or foreign annotations.db shows here as damaged)."""
    try:
        library = Library(data_dir, seed=False, check=False, read_only=True)
    except AnnotationsDamaged as exc:
        return replace(found, annotations_damaged=True,
                       latest_backup=str(exc.latest_backup or ""))
    except StoreCorrupt as exc:
        return replace(found, library_damaged=str(exc))
    except StoreError as exc:
        if exc.code not in ("database-busy", "write-busy"):
            raise
        return replace(found, library_busy=True)
    with library:
        return replace(found, letters=library.count(), index=_index_state(library))


def _index_state(library: Library) -> str:
    """"current", "behind" (the library changed since), "missing" or "damaged"."""
    from desktop_app.search import IndexCorrupt

    index = library.search_index()
    try:
        if index.state() is None:
            return "missing"
        if not library.index_is_current():
            return "behind"
        index.warm()  # opens the searcher and reads its tables: damage shows here
        return "current"
    except IndexCorrupt:
        return "damaged"
    except UserError:
        return "damaged"


class DataCheckControl(QObject):
    """Runs the check on the window's job control and words the outcome."""

    report = Signal(str, str)  # text, kind ("info" or "error")

    def __init__(self, data_dir: Path | str, job_control: JobControl, parent: QObject,
                 rebuild_menu: str = ""):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.jobs = job_control
        self.rebuild_menu = rebuild_menu  # "File → Rebuild Search Index", as the menu says
        job_control.finished.connect(self._on_finished)

    def start(self) -> bool:
        return self.jobs.run("check", check_job(self.data_dir),
                             self.tr("Checking the data folder…"))

    def _on_finished(self, kind: str, result: object) -> None:
        if kind == "check" and isinstance(result, DataCheck):
            self.report.emit(self.text(result), "info" if result.ok else "error")

    def text(self, result: DataCheck) -> str:
        """The outcome in plain words: one line per part of the data folder."""
        lines = []
        if result.library_damaged:
            lines.append(self.tr("The letters database is damaged (%1). Close the app and open "
                                 "it again: it is set aside and rebuilt from your original "
                                 "files.").replace("%1", result.library_damaged))
        elif result.library_busy:
            lines.append(self.tr("The letters database is in use by another window or "
                                 "program: try again when it is done."))
        elif not (result.annotations_damaged or result.annotations_busy):
            lines.append(self.tr("The letters database is fine (%n letter(s)).", "",
                                 result.letters))
        if result.annotations_damaged:
            if result.latest_backup:
                lines.append(self.tr("The annotations database is damaged. Close the app and "
                                     "open it again: it offers to restore the latest backup "
                                     "(%1).").replace("%1", result.latest_backup))
            else:
                lines.append(self.tr("The annotations database is damaged and there is no "
                                     "backup of it. Close the app and ask your IT support to "
                                     "restore annotations.db from their backup."))
        elif result.annotations_busy:
            lines.append(self.tr("The annotations database is in use by another window or "
                                 "program: try again when it is done."))
        else:
            lines.append(self.tr("The annotations database is fine."))
        rebuild = self.rebuild_menu or self.tr("Rebuild Search Index")
        words = {
            "current": self.tr("The search index is up to date and opens without errors."),
            "behind": self.tr("The search index is behind the library. Choose %1 to bring it "
                              "up to date.").replace("%1", rebuild),
            "missing": self.tr("There is no search index yet. Choose %1 to build it.")
            .replace("%1", rebuild),
            "damaged": self.tr("The search index is damaged. Choose %1: it is rebuilt from "
                               "your letters, nothing is lost.").replace("%1", rebuild),
        }
        if result.index in words:
            lines.append(words[result.index])
        return "\n".join(lines)
