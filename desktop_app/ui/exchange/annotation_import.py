"""File → Import Annotications…: choose W3C Web Annotation or Hypothesis files, import them as
the window's background job, make each file one undo step, and report what came of it.

The import writes through the job's own connection, so the window's views learn of it from
``imported`` (the window asks its store watch, which reads everything again). The store
recorded one history entry per file's merge; those become commands on the window's undo
stack, so Ctrl+Z takes back one file's import at a time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.ui.exchange.import_jobs import AnnotationImportDone, annotation_import_job
from desktop_app.ui.exchange.import_report import ImportReportDialog, ImportReportWords
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.job_control import JobControl
from desktop_app.ui.shell.undo import StoreCommand, StoreUndoStack
from desktop_app.ui.widgets import fill

JOB_KIND = "annotation-import"


def choose_annotation_files(parent: QWidget, folder: str) -> list[str]:
    """The native dialog for annotation files; [] when cancelled (tests replace this)."""
    translate = QCoreApplication.translate
    return file_dialogs.open_files(
        parent, translate("AnnotationImportController", "Import annotations"), folder,
        translate("AnnotationImportController", "Annotation files (*.json *.jsonld);;"
                  "All files (*)"))


class AnnotationImportController(QObject):
    """Starts annotation imports on the window's job control and reports their outcome."""

    imported = Signal()  # the store changed through another connection: read it again
    report = Signal(str, str)  # the message bar's line: text, kind ("info" or "error")

    def __init__(self, library, jobs: JobControl, undo: StoreUndoStack, dialog_parent: QWidget,
                 *, read_only: bool = False, read_only_text: str = ""):
        super().__init__(dialog_parent)
        self.data_dir = Path(library.data_dir)
        self.jobs = jobs
        self.undo = undo
        self.dialog_parent = dialog_parent
        self.read_only = read_only
        self.read_only_text = read_only_text
        self.folder = str(Path.home())
        self.dialog: ImportReportDialog | None = None
        self.words = ImportReportWords(self)
        jobs.finished.connect(self._on_finished)

    def choose_files(self) -> bool:
        """File → Import Annotations…: ask for files, then import them."""
        paths = choose_annotation_files(self.dialog_parent, self.folder)
        return bool(paths) and self.import_files(paths)

    def import_files(self, paths: list[str]) -> bool:
        """Import annotation files in the background; False when not started."""
        if self.read_only:
            self.report.emit(self.read_only_text, "error")
            return False
        self.folder = str(Path(paths[0]).parent)
        return self.jobs.run(JOB_KIND, annotation_import_job(self.data_dir, list(paths)),
                             self.tr("Importing annotations…"))

    def _on_finished(self, kind: str, result: object) -> None:
        if kind != JOB_KIND or not isinstance(result, AnnotationImportDone):
            return
        self._push_undo_steps(result)
        if result.changed:
            self.imported.emit()
        kind = "error" if result.failed or result.count("rejected") else "info"
        self.report.emit(self.words.summary(result), kind)
        self.show_report(result)

    def _push_undo_steps(self, done: AnnotationImportDone) -> None:
        """One undo step per file whose merge wrote something."""
        for outcome in done.files:
            if outcome.entry_ids:
                label = fill(self.tr("Import annotations from %1"), Path(outcome.path).name)
                self.undo.push(StoreCommand(self.undo, label, list(outcome.entry_ids)))
        if done.changed:
            self.undo.changed.emit()

    def show_report(self, done: AnnotationImportDone) -> ImportReportDialog:
        """The report dialog (window-modal, not blocking)."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ImportReportDialog(done, self.dialog_parent)
        self.dialog.open()
        return self.dialog
