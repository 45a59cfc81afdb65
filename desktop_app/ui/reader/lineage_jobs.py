"""Lineage off the GUI thread (issue 20): reads of the lineage service run in one worker.

"What points at a letter" scans every commitment of the library, and the linker's view of
the library is built from every letter the first time (tens of seconds on 2,000 letters), so
the window never asks the service on the GUI thread. SQLite connections belong to the thread
that opened them: the worker opens its own ``Library`` on the data folder, once, and keeps it
(with its lineage service and the linker's view) for the next reads. The pool keeps its one
thread alive, so every read runs in the thread that opened that library.

A read is a function of the service; its result arrives as ``ready(request id, result)`` on
the GUI thread. A newer read of the same ``topic`` drops one still waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.lineage.service import LineageCancelled, LineageService, service_for
from desktop_app.progress import not_cancelled
from desktop_app.ui.shell.tasks import JobRunner

Read = Callable[[LineageService], Any]


class LineageJobs(QObject):
    """Runs lineage reads in one worker thread over its own library."""

    ready = Signal(int, object)  # request id, the read's result
    failed = Signal(int, object)  # request id, the message (a str or a UserError)

    def __init__(self, library: Any, parent: QObject | None = None, *,
                 synchronous: bool = False):
        super().__init__(parent)
        self.library = library  # the GUI thread's: only its data folder is used off it
        self.data_dir = Path(library.data_dir)
        self.runner = JobRunner(self, max_threads=1, synchronous=synchronous)
        self.runner.pool.setExpiryTimeout(-1)  # one thread for good: it owns the connections
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self._worker_library: Any = None
        self._waiting: dict[str, int] = {}  # topic -> the job id of its newest read
        self._reads: set[int] = set()  # every read not finished yet (close cancels them)
        self._closed = False

    @property
    def synchronous(self) -> bool:
        return self.runner.synchronous

    def read(self, fn: Read, topic: str = "") -> int:
        """Run ``fn(service)`` in the worker; returns the request id ``ready`` carries.
        A read of the same non-empty ``topic`` still waiting is dropped."""
        if self._closed:
            return 0
        older = self._waiting.get(topic) if topic else None
        if older is not None:
            self.runner.cancel(older)
            if not self.runner.is_running(older):  # dropped before it ran: no signal comes
                self._forget(older)

        def run(_progress, cancelled) -> Any:
            if cancelled():
                return None
            service = service_for(self._library())
            service.cancelled = cancelled  # asked between letters by the long reads
            try:
                return fn(service)
            except LineageCancelled:  # the window closed, or a newer read replaced it
                return None
            finally:
                service.cancelled = not_cancelled

        job_id = self.runner.start(run)
        if not self.synchronous and self.runner.is_running(job_id):
            self._reads.add(job_id)
        if topic and not self.synchronous:  # an inline read has finished already
            self._waiting[topic] = job_id
        return job_id

    def _library(self) -> Any:
        """The worker's library (the window's own when reads run inline, as in tests)."""
        if self.synchronous:
            return self.library
        if self._worker_library is None:
            from desktop_app.library import Library

            self._worker_library = Library(self.data_dir, seed=False)
        return self._worker_library

    def close(self, msecs: int = 10_000) -> None:
        """Drop waiting reads, stop the running one (at its next letter), close the worker's
        library in its thread, wait for it."""
        if self._closed:
            return
        self._closed = True
        for job_id in sorted(self._reads | set(self._waiting.values())):
            self.runner.cancel(job_id)

        def close_library(_progress, _cancelled) -> None:
            if self._worker_library is not None:
                self._worker_library.close()
                self._worker_library = None

        self.runner.start(close_library)
        self.runner.wait(msecs)

    def _forget(self, job_id: int) -> None:
        self._reads.discard(job_id)
        for topic, waiting in list(self._waiting.items()):
            if waiting == job_id:
                del self._waiting[topic]

    def _on_finished(self, job_id: int, result: object) -> None:
        self._forget(job_id)
        if not self._closed:  # a read that ends after the window closed has no one to show it
            self.ready.emit(job_id, result)

    def _on_failed(self, job_id: int, message: object, _details: str) -> None:
        self._forget(job_id)
        if not self._closed:
            self.failed.emit(job_id, message)
