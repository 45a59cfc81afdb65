"""Worker processes of a large index rebuild, which never outlive the process that started them.

Whoosh's multi-process writer starts sub-processes that wait on a job queue for ever: when
the app is killed (or a rebuild is cancelled) while they wait, they would stay behind. Here
each worker asks Linux to kill it when its parent dies (``PR_SET_PDEATHSIG``) and, on every
system, a watchdog thread ends it once its parent is gone; a cancelled or failed rebuild
stops its workers itself.

A rebuild's writers (the workers' and the one-process writer) spill postings that do not fit
in memory to compact run files (:class:`CompactPool`): the same postings in the same order,
in a fraction of the disk and CPU of Whoosh's own run files.
"""

from __future__ import annotations

import ctypes
import itertools
import marshal
import os
import signal
import struct
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import whoosh.writing
from whoosh.multiproc import MpWriter, _run_subwriter
from whoosh.writing import PostingPool

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
PARENT_CHECK_SECONDS = 1.0
STOP_TIMEOUT = 5.0  # seconds to wait for a stopped worker to end
RUN_CHUNK = 20_000  # postings per compressed chunk of a run file
_CHUNK_SIZE = struct.Struct("<I")


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


def index_worker(parent: int, *args: Any) -> None:
    """The entry point of one index worker process (module level, so "spawn" finds it)."""
    _die_with_parent(parent)
    # Whoosh's sub-writer makes its SegmentWriter (and pool) itself: in this worker process
    # only, its pool class is ours
    whoosh.writing.PostingPool = CompactPool
    _run_subwriter(*args)


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


# --------------------------------------------------------------------------- run files


class CompactPool(PostingPool):
    """Whoosh's posting pool with compact run files.

    Whoosh writes every posting that does not fit in memory to a run file with one ``pickle``
    call per posting and reads it back the same way: at 50k letters that was most of the
    build's disk (6.6 GB of runs for a 1.6 GB index) and a fifth of its CPU. Here a sorted run
    is written in chunks of :data:`RUN_CHUNK` postings, each one ``marshal`` call compressed
    with zlib (level 1), and read back a chunk at a time; the postings and their order are
    the same, so the index is too.
    """

    def add(self, item: tuple) -> None:
        """Whoosh's ``add`` without its per-posting type asserts (the rebuild's writer makes
        every posting itself); the same estimate of the memory it takes."""
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f: Any, items: Iterable[Any]) -> None:
        it = iter(items)
        try:
            while chunk := list(itertools.islice(it, RUN_CHUNK)):
                data = zlib.compress(marshal.dumps(chunk), 1)
                f.write(_CHUNK_SIZE.pack(len(data)))
                f.write(data)
        finally:
            f.close()

    def _read_run(self, path: str) -> Iterator[Any]:
        f = self._open_run(path)
        try:
            while header := f.read(_CHUNK_SIZE.size):
                (size,) = _CHUNK_SIZE.unpack(header)
                yield from marshal.loads(zlib.decompress(f.read(size)))
        finally:
            f.close()
            self._remove_run(path)


def compact_runs(writer: Any) -> Any:
    """Give a new, empty :class:`~whoosh.writing.SegmentWriter` a :class:`CompactPool`."""
    pool = writer.pool
    writer.pool = CompactPool(pool.tempstore, pool.segment, limitmb=pool.limit // 2**20)
    return writer
