"""Worker processes of a large index rebuild, which never outlive the process that started them.

Whoosh's multi-process writer starts sub-processes that wait on a job queue for ever: when
the app is killed (or a rebuild is cancelled) while they wait, they would stay behind. Here
each worker asks Linux to kill it when its parent dies (``PR_SET_PDEATHSIG``) and, on every
system, a watchdog thread ends it once its parent is gone; a cancelled or failed rebuild
stops its workers itself.

Each worker writes its segment with :class:`~desktop_app.search.segments.LeanSegmentWriter`:
the segment Whoosh's writer would write, in a fraction of its CPU.
"""

from __future__ import annotations

import ctypes
import os
import pickle
import signal
import sys
import threading
from typing import Any

from whoosh.multiproc import MpWriter

from desktop_app.search.segments import LeanSegmentWriter

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_CHECK_SECONDS = 1.0
STOP_TIMEOUT = 5.0  # seconds to wait for a stopped worker to end


def _die_with_parent(parent: int) -> None:
    """End this process when ``parent`` ends (also when it was killed with SIGKILL)."""
    if sys.platform.startswith("linux"):
        try:  # libc is loaded already: no library search (it would start ldconfig)
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still ends it
    if os.getppid() != parent:  # the parent died before the request above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            threading.Event().wait(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


def index_worker(parent: int, storage: Any, indexname: str, jobqueue: Any, resultqueue: Any,
                 kwargs: dict[str, Any], multisegment: bool) -> None:
    """The entry point of one index worker process (module level, so "spawn" finds it).

    Whoosh's ``SubWriterTask.run`` with a :class:`LeanSegmentWriter`: add the documents of
    each job file the parent queues, then write them as one segment and hand it back.
    """
    _die_with_parent(parent)
    if not multisegment:
        raise ValueError("index workers write one segment each (multisegment=True)")
    ix = storage.open_index(indexname)
    writer = LeanSegmentWriter(ix, _lk=False, **kwargs)
    tempstorage = writer.temp_storage()
    while (job := jobqueue.get()) is not None:
        filename, doc_count = job
        with tempstorage.open_file(filename).raw_file() as f:
            for _ in range(doc_count):
                code, fields = pickle.load(f)
                if code != 0:
                    raise ValueError(f"unexpected index job {code!r}")
                writer.add_document(**fields)
        tempstorage.delete_file(filename)
    segment = writer._finalize_segment()
    resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)


class MortalMpWriter(MpWriter):
    """Whoosh's multi-process writer whose workers die with this process and are stopped
    when the writer is cancelled."""

    def _new_task(self) -> Any:
        args = (self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs,
                self.multisegment)
        task = self._mpctx.Process(target=index_worker, args=(os.getpid(), *args),
                                   daemon=True)
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        """Stop the workers (they would wait on their job queue for ever), then cancel."""
        try:
            stop_workers(self.tasks)
        finally:
            super().cancel()


def stop_workers(tasks: list[Any]) -> None:
    """Terminate worker processes and wait for them to end."""
    for task in tasks:
        if task.is_alive():
            task.terminate()
    for task in tasks:
        task.join(STOP_TIMEOUT)
        if task.is_alive():
            task.kill()
            task.join(STOP_TIMEOUT)
