"""The worker processes of a large index rebuild die with the process that started them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from testdata import SEED_DIR

REBUILDER = """
import multiprocessing, sys
from dataclasses import replace
from pathlib import Path
from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex

letter = parsed_to_letter(read_file(sys.argv[2]))
letters = [replace(letter, id=f"kst-{10000 + i}-1") for i in range(30)]

def progress(done, total):
    if done == 25:  # the workers run: name them, then wait to be killed
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
        sys.stdin.read()

SearchIndex(Path(sys.argv[1])).rebuild(letters, library_state="s", procs=2,
                                       progress=progress)
"""


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (dead, waiting to be reaped)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def _wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killing_a_rebuild_leaves_no_worker_process(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", REBUILDER, str(tmp_path / "index"),
         str(SEED_DIR / "004_3134c7e4b499cdc3.txt")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in proc.stdout.readline().split()]
        assert workers and all(_running(pid) for pid in workers)
    finally:
        proc.kill()
        proc.wait(timeout=60)
    try:
        assert _wait_until(lambda: not any(_running(pid) for pid in workers), timeout=30)
    finally:
        for pid in workers:  # never leave one behind, even when the test fails
            if _running(pid):
                os.kill(pid, 9)
    # the half-built generation it left is removed by the next program that opens the index
    # (once nothing of the killed rebuild holds the index's writer lock any more)
    from desktop_app.search import SearchIndex

    building = tmp_path / "index"
    assert list(building.glob("gen-*.tmp"))
    index = SearchIndex(building)
    try:
        assert _wait_until(lambda: index.remove_abandoned() or not list(
            building.glob("gen-*.tmp")), timeout=30), _lock_holders(building)
    finally:
        index.close()
    assert not list(building.glob("gen-*.tmp"))


def _lock_holders(root: Path) -> list[str]:
    """The processes with the index's writer lock open (to explain a failure)."""
    holders = []
    for fd in Path("/proc").glob("*/fd/*"):
        try:
            if os.readlink(fd) == str(root / "WRITE.lock"):
                holders.append((fd.parents[1] / "stat").read_text())
        except OSError:
            continue
    return holders


def test_the_folder_of_a_running_rebuild_is_not_taken_for_an_abandoned_one(tmp_path):
    from desktop_app.library import Library

    with Library(tmp_path, seed=False) as running:
        building = tmp_path / "index" / "gen-20260101000000-abcdef.tmp"
        with running.search_index()._lock:  # as during a rebuild
            building.mkdir(parents=True)
            with Library(tmp_path, seed=False):  # the window or a command opens meanwhile
                assert building.is_dir()
        with Library(tmp_path, seed=False):  # no rebuild runs any more: it is abandoned
            assert not building.exists()


def test_a_cancelled_rebuild_stops_its_workers(tmp_path):
    import multiprocessing
    from dataclasses import replace

    from desktop_app.ingest import read_file
    from desktop_app.library import parsed_to_letter
    from desktop_app.search import SearchIndex

    letter = parsed_to_letter(read_file(SEED_DIR / "004_3134c7e4b499cdc3.txt"))
    letters = [replace(letter, id=f"kst-{10000 + i}-1") for i in range(30)]
    seen: list[list] = []

    def progress(done: int, total: int) -> None:
        if done == 25:
            seen.append(multiprocessing.active_children())

    index = SearchIndex(tmp_path / "index")
    try:
        assert index.rebuild(letters, library_state="s", procs=2, progress=progress,
                             cancelled=lambda: bool(seen)) is False
    finally:
        index.close()
    assert seen and seen[0]  # workers ran
    assert not any(p.is_alive() for p in seen[0])
    assert not multiprocessing.active_children()
