"""Team sharing off the GUI thread: the sync job and the service that runs it.

A sync reads the colleagues' packs from a shared folder (a network drive may be slow) and
writes one's own pack, so it never runs in a slot. Like the library jobs, the job opens its
own ``Library`` on the data folder in the worker thread (SQLite connections belong to the
thread that opened them) and never touches a widget. The service has a runner of its own,
so a sync neither waits for nor blocks an import or an export (the window's one job); a
sync asked for while one runs is run once more when it ends.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.library import Library
from desktop_app.progress import Cancelled, Progress
from desktop_app.store import sharing
from desktop_app.ui.shell.tasks import JobFn, JobRunner


def sync_job(data_dir: Path) -> JobFn:
    """Read the colleagues' packs into the data folder, write one's own pack, and make the
    annotations searchable; returns the ``SyncReport``."""

    def run(progress: Progress, cancelled: Cancelled) -> sharing.SyncReport:
        with Library(data_dir, seed=False) as library:
            report = sharing.sync(library.annotations, sharing.library_placer(library))
            # the index is derived data: when it is busy (an import is writing it) it is
            # brought up to date on its next use, as the command line does
            with contextlib.suppress(Exception):
                library.sync_annotation_index()
            return report

    return run


class SyncService(QObject):
    """Runs syncs one at a time on its own runner; ``synced`` or ``failed`` after each."""

    started = Signal()
    synced = Signal(object)  # SyncReport
    failed = Signal(object)  # the ShareError (the window words its code) or a str

    def __init__(self, data_dir: Path, parent: QObject | None = None, *,
                 synchronous: bool = False):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.runner = JobRunner(self, max_threads=1, synchronous=synchronous)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.job_id = 0
        self._again = False  # asked for while one ran: run once more after it

    @property
    def running(self) -> bool:
        return self.job_id != 0

    def sync(self) -> bool:
        """Start a sync; False when one is running (it is then run again when that ends)."""
        if self.job_id:
            self._again = True
            return False
        self.job_id = -1  # a synchronous runner finishes inside start()
        self.started.emit()
        job_id = self.runner.start(sync_job(self.data_dir))
        if self.job_id == -1:
            self.job_id = job_id
        return True

    def _done(self) -> None:
        self.job_id = 0
        if self._again:
            self._again = False
            self.sync()

    def _on_finished(self, _job_id: int, report: object) -> None:
        self.job_id = 0
        self.synced.emit(report)
        self._done()

    def _on_failed(self, _job_id: int, error: object, _details: str) -> None:
        self.job_id = 0
        self.failed.emit(error)
        self._done()

    def close(self, msecs: int = 5000) -> None:
        """Wait for a running sync (on close: a pack half written is not left behind)."""
        self._again = False
        self.runner.wait(msecs)
