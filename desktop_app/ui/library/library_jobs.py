"""Job functions over the library for the JobRunner, and the search service.

SQLite connections belong to the thread that opened them, so every job opens its own
``Library`` on the data folder inside the worker thread and closes it when done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.errors import UserError
from desktop_app.library import ImportReport, Library
from desktop_app.ui.shell.tasks import JobFn, JobRunner

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class StartupReport:
    """After the start-up job: how many letters there are and whether the index is current."""

    letters: int
    index_current: bool


def import_job(data_dir: Path, paths: list[str]) -> JobFn:
    """Import files and folders, then bring the index up to date."""

    def run(progress: Progress, cancelled: Cancelled) -> ImportReport:
        with Library(data_dir, seed=False) as library:
            report = library.import_paths(paths, progress=progress, cancelled=cancelled)
            if not report.cancelled:
                library.ensure_index(cancelled=cancelled)
            return report

    return run


def startup_job(data_dir: Path) -> JobFn:
    """First start: import the bundled letters; after library.db was lost: rebuild it from
    the kept originals; every start: make sure the index is current."""

    def run(progress: Progress, cancelled: Cancelled) -> StartupReport:
        with Library(data_dir, seed=False) as library:
            if library.rebuild_pending:  # library.db was lost or damaged: from originals/
                library.rebuild_from_originals(progress=progress, cancelled=cancelled)
            if library.needs_seed:
                library.import_bundled(progress=progress, cancelled=cancelled)
            # commitments found by an older detector version are derived data: recompute
            library.redetect(progress=progress, cancelled=cancelled)
            current = library.ensure_index(progress=progress, cancelled=cancelled)
            try:  # the list's index, once for an older library
                library.prepare_letter_list()
            except UserError as exc:  # locked, a full disk: the list works without it and
                log.warning("The letter list's index was not created: %s", exc)  # next start
            return StartupReport(library.count(), current)

    return run


def rebuild_index_job(data_dir: Path) -> JobFn:
    """Rebuild the search index from the library."""

    def run(progress: Progress, cancelled: Cancelled) -> bool:
        with Library(data_dir, seed=False) as library:
            return library.rebuild_index(progress=progress, cancelled=cancelled)

    return run


class SearchService(QObject):
    """Runs searches one at a time off the GUI thread; only the newest query's result counts.

    A newer query cancels the running one (the search stops at its next phase) and drops one
    still waiting; a stale result is never shown. One ``SearchIndex`` serves the worker thread
    with one long-lived searcher, reopened when the index was changed by another job.
    """

    result_ready = Signal(object)  # SearchResult
    search_failed = Signal(object)  # the UserError (the search pane words it)

    def __init__(self, index_dir: Path, parent: QObject | None = None, *,
                 synchronous: bool = False, limit: int = 50, warm: bool = True):
        super().__init__(parent)
        self._index_dir = Path(index_dir)
        self._index = None  # see index
        self._index_lock = threading.Lock()
        self.limit = limit
        self.runner = JobRunner(self, max_threads=1, synchronous=synchronous)
        self.runner.finished.connect(self._on_finished)
        self.failed = self.runner.failed  # unexpected errors: job id, message, details
        self._seq = 0
        self._job = 0
        if warm and not synchronous:  # the window warms it once its letter list shows
            self.warm()

    @property
    def index(self):
        """The ``SearchIndex``, made on first use: the worker's first job, not the window's
        start-up, imports the search engine (0.1-0.2 s)."""
        with self._index_lock:
            if self._index is None:
                from desktop_app.search import SearchIndex

                self._index = SearchIndex(self._index_dir)
            return self._index

    def warm(self) -> None:
        """Open the searcher and its tables in the worker now, so that the first search of a
        session is fast (no index yet: nothing to do; a search says so)."""

        def run(progress: Progress, cancelled: Cancelled) -> tuple[int, object]:
            try:
                self.index.warm()
            except Exception:  # noqa: BLE001, S110 - no or a damaged index: the search says so
                pass
            return 0, None

        self.runner.start(run)

    def search(self, query: str, filters: dict | None = None) -> int:
        """Start a search; an older one still waiting is dropped, its result ignored."""
        if self._job:
            self.runner.cancel(self._job)
        self._seq += 1
        seq, limit, filters = self._seq, self.limit, dict(filters or {})

        def run(progress: Progress, cancelled: Cancelled) -> tuple[int, object]:
            from desktop_app.search import SearchCancelled

            try:
                return seq, self.index.search(query, limit=limit, filters=filters,
                                              cancelled=cancelled)
            except SearchCancelled:  # a newer query replaced it: nothing to show
                return seq, None
            except UserError as exc:  # no index yet, a damaged index: said in the pane
                return seq, exc

        self._job = self.runner.start(run)
        return seq

    def _on_finished(self, _job_id: int, payload: object) -> None:
        seq, result = payload
        if seq != self._seq or result is None:  # stale, or cancelled
            return
        if isinstance(result, UserError):
            self.search_failed.emit(result)
        else:
            self.result_ready.emit(result)

    def close(self) -> None:
        if self._job:  # a running search stops at its next phase
            self.runner.cancel(self._job)
        self.runner.wait(2000)
        if self._index is not None:
            self._index.close()
