"""The library's background jobs as the window runs them: the first start, imports and a
rebuilt index. The controller starts them and says what came of them; the window decides
what to read again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.store.db import read_only_message
from desktop_app.ui.library import importing
from desktop_app.ui.library import library_jobs as jobs
from desktop_app.ui.shell.job_control import JobControl
from desktop_app.ui.shell.messages import message_text

LIBRARY_JOBS = ("startup", "import", "index")  # jobs after which the letters are read again


class LibraryControl(QObject):
    """Starts the library's jobs on ``job_control`` and reports their outcome as signals."""

    changed = Signal()  # letters, their text or the index may have changed: read them again
    index_state = Signal(str)  # the status bar's index text ("" while an import runs)
    report = Signal(str, str)  # an import's report: text, kind ("info" or "error")

    def __init__(self, data_dir: Path | str, job_control: JobControl, parent: QWidget, *,
                 read_only: bool = False):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.read_only = read_only  # a read-only data folder: read and search, never change
        self.jobs = job_control
        self.window = parent  # the parent of the file dialogs
        job_control.started.connect(self._on_started)
        job_control.finished.connect(self._on_finished)
        job_control.failed.connect(self._on_failed)

    def start(self) -> bool:
        """Seed the bundled letters (first start) and check or build the index."""
        return self.jobs.run("startup", jobs.startup_job(self.data_dir),
                             self.tr("Preparing the index…"))

    def import_paths(self, paths: list[str]) -> bool:
        """Import files/folders in the background; False when another job is running or
        the data folder is read-only (the report says so)."""
        if self.read_only:
            self.report.emit(self.read_only_text(), "error")
            return False
        return self.jobs.run("import", jobs.import_job(self.data_dir, list(paths)),
                             self.tr("Importing…"))

    def rebuild_index(self) -> bool:
        return self.jobs.run("index", jobs.rebuild_index_job(self.data_dir),
                             self.tr("Rebuilding the index…"))

    def read_only_text(self) -> str:
        """Why a change cannot be saved in a read-only data folder, in the user's language."""
        return self.tr("The data folder %1 is read-only: changes (annotations, reviews, "
                       "imports) cannot be saved there. Reading and searching still work. Ask "
                       "your IT support to make the folder writable.").replace(
            "%1", str(self.data_dir))

    def error_text(self, message: object) -> str:
        """A domain error or message in the user's language (the window's catalogue); a
        refused change in this read-only folder names the folder as the status bar does."""
        if getattr(message, "code", "") == "read-only-folder" or (
                self.read_only and str(message) == read_only_message(self.data_dir)):
            return self.read_only_text()
        return message_text(message)

    def choose_files(self) -> None:
        if paths := importing.choose_files(self.window):
            self.import_paths(paths)

    def choose_folder(self) -> None:
        if paths := importing.choose_folder(self.window):
            self.import_paths(paths)

    def _on_started(self, kind: str) -> None:
        if kind in LIBRARY_JOBS:
            self.index_state.emit(self.tr("Index: updating…") if kind != "import" else "")

    def _on_finished(self, kind: str, result: object) -> None:
        if kind not in LIBRARY_JOBS:
            return
        self.changed.emit()
        if kind == "import":
            self.report.emit(importing.report_text(result), importing.report_kind(result))
        current = getattr(result, "index_current", result if kind == "index" else True)
        self.index_state.emit(self.tr("Index: up to date") if current
                              else self.tr("Index: out of date"))

    def _on_failed(self, kind: str, _message: object) -> None:
        if kind in LIBRARY_JOBS:  # the window shows the message itself, as for every job
            self.index_state.emit(self.tr("Index: unknown"))
