"""The window's background job: one at a time, progress in the status bar, cancel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop_app.ui.shell.tasks import JobFn, JobRunner


class JobProgress(QWidget):
    """Status-bar progress of the running job with a cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running job"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def finish(self) -> None:
        self.hide()


class JobControl(QObject):
    """Runs one job at a time on a runner and reports it by kind ("import", "export" …).

    Reports of other jobs on the same runner are dropped by their job id.
    """

    started = Signal(str)  # kind
    ended = Signal(str)  # kind; before finished/failed
    finished = Signal(str, object)  # kind, result
    failed = Signal(str, object)  # kind, message (a str or the job's UserError)
    refused = Signal(str)  # why a job could not start

    def __init__(self, runner: JobRunner, progress: JobProgress, parent: QObject | None = None):
        super().__init__(parent)
        self.runner = runner
        self.progress = progress
        self.job_id = 0
        self.kind = ""
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_finished)
        runner.failed.connect(self._on_failed)
        progress.cancel_requested.connect(self.cancel)

    def run(self, kind: str, fn: JobFn, text: str) -> bool:
        """Start ``fn`` with ``text`` in the status bar; False when another job is running."""
        if self.job_id:
            self.refused.emit(self.tr("Please wait until the running job has finished, or "
                                      "cancel it."))
            return False
        self.kind = kind
        self.progress.start(text)
        self.started.emit(kind)
        self.job_id = -1  # set before start(): a synchronous runner finishes inside it
        job_id = self.runner.start(fn)
        if self.job_id == -1:
            self.job_id = job_id
        return True

    def cancel(self) -> None:
        """Ask the running job to stop."""
        if self.job_id:
            self.runner.cancel(self.job_id)
            self.progress.cancel_button.setEnabled(False)

    def _mine(self, job_id: int) -> bool:
        return self.job_id != 0 and (job_id == self.job_id or self.job_id == -1)

    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        if job_id == self.job_id:
            self.progress.set_progress(done, total)

    def _end(self) -> str:
        kind, self.job_id, self.kind = self.kind, 0, ""
        self.progress.finish()
        self.ended.emit(kind)
        return kind

    def _on_finished(self, job_id: int, result: object) -> None:
        if self._mine(job_id):
            self.finished.emit(self._end(), result)

    def _on_failed(self, job_id: int, message: object, _details: str) -> None:
        if self._mine(job_id):
            self.failed.emit(self._end(), message)
