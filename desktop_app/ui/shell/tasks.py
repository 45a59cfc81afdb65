"""Background jobs: slow domain work runs in a thread pool and reports through signals.

A job is a plain function ``fn(progress, cancelled)`` that never touches a widget; it gets the
domain-style callbacks ``progress(done, total)`` and ``cancelled()``. The runner delivers
``progress``, ``finished`` and ``failed`` as queued signals on the GUI thread, each carrying
the job id so a caller can drop results of jobs it no longer cares about.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.errors import UserError

JobFn = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Relay(QObject):
    """Carries a worker's reports to the GUI thread (signals are queued across threads)."""

    progress = Signal(int, int, int)
    finished = Signal(int, object)
    failed = Signal(int, object, str)


class _Job(QRunnable):
    """One run of a job function in a pool thread."""

    def __init__(self, job_id: int, fn: JobFn, relay: _Relay, cancel: threading.Event):
        super().__init__()
        self.job_id, self.fn, self.relay, self.cancel = job_id, fn, relay, cancel
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel.is_set)
        except UserError as exc:  # the error itself: the window words its code
            self.relay.failed.emit(self.job_id, exc, "")
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            self.relay.failed.emit(self.job_id, f"{type(exc).__name__}: {exc}",
                                   traceback.format_exc())
        else:
            self.relay.finished.emit(self.job_id, result)

    def _progress(self, done: int, total: int) -> None:
        self.relay.progress.emit(self.job_id, done, total)


class JobRunner(QObject):
    """Runs jobs off the GUI thread; ``synchronous`` runs them inline (for tests)."""

    progress = Signal(int, int, int)  # job id, done, total
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, object, str)  # job id, message (a str or the UserError), details

    _ids = itertools.count(1)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2,
                 synchronous: bool = False):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.synchronous = synchronous
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._jobs: dict[int, tuple[_Job, threading.Event]] = {}

    def start(self, fn: JobFn) -> int:
        """Start ``fn`` in the pool; returns the job id used in the signals."""
        job_id = next(self._ids)
        cancel = threading.Event()
        job = _Job(job_id, fn, self._relay, cancel)
        self._jobs[job_id] = (job, cancel)
        if self.synchronous:
            job.run()
        else:
            self.pool.start(job)
        return job_id

    def cancel(self, job_id: int) -> None:
        """Ask a job to stop; a job still queued is dropped without running."""
        entry = self._jobs.get(job_id)
        if entry is None:
            return
        job, cancel = entry
        cancel.set()
        if not self.synchronous and self.pool.tryTake(job):
            self._jobs.pop(job_id, None)

    def is_running(self, job_id: int) -> bool:
        return job_id in self._jobs

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every pool thread (used on close)."""
        return self.pool.waitForDone(msecs)

    def _on_finished(self, job_id: int, result: object) -> None:
        self._jobs.pop(job_id, None)
        self.finished.emit(job_id, result)

    def _on_failed(self, job_id: int, message: object, details: str) -> None:
        self._jobs.pop(job_id, None)
        self.failed.emit(job_id, message, details)
