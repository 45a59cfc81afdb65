"""Help → Check Data Folder: the integrity checks of ``desktop-app check`` (both databases)
and of the search index, in a background job, reported in plain words with what to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.errors import UserError
from desktop_app.library import Library
from desktop_app.store.backup import AnnotationsDamaged
from desktop_app.ui.shell.job_control import JobControl
from desktop_app.ui.shell.tasks import JobFn

INDEX_STATES = ("current", "behind", "missing", "damaged")


@dataclass(frozen=True)
class DataCheck:
    """What the check found: a letters database set aside (its new path), a damaged
    annotations database (its latest backup, if any), and the state of the index."""

    letters: int = 0
    library_set_aside: str = ""
    annotations_damaged: bool = False
    latest_backup: str = ""
    index: str = "current"  # one of INDEX_STATES

    @property
    def ok(self) -> bool:
        return not (self.library_set_aside or self.annotations_damaged) \
            and self.index == "current"


def check_job(data_dir: Path) -> JobFn:
    """Check library.db and annotations.db now (``Library(check=True)``), then whether the
    search index is current and opens."""

    def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> DataCheck:
        progress(0, 2)
        try:
            library = Library(data_dir, seed=False, check=True)
        except AnnotationsDamaged as exc:
            backup = exc.latest_backup
            return DataCheck(annotations_damaged=True, latest_backup=str(backup or ""),
                             index="")
        with library:
            progress(1, 2)
            set_aside = str(library.damaged_library or "")
            return DataCheck(letters=library.count(), library_set_aside=set_aside,
                             index=_index_state(library))

    return run


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
        if result.library_set_aside:
            lines.append(self.tr("The letters database was damaged. It was set aside as %1. "
                                 "Close the app and open it again: it is then rebuilt from "
                                 "your original files.").replace("%1", result.library_set_aside))
        elif not result.annotations_damaged:
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
