"""Fault injection: SIGKILL every write path at random moments; nothing acknowledged is lost,
both databases pass ``PRAGMA integrity_check``, the next open leaves no stray file and no
worker process outlives the killed one. The full run (100+ kills) is
``benchmarks/fault_injection.py``; the harness and its rules are in ``fault_harness.py``."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fault_harness  # noqa: E402 - a helper next to this file, not a package
from fault_harness import PATHS, PathResult, run_path  # noqa: E402

KILLS = 2  # per path here; the benchmark makes 15


@pytest.mark.parametrize("path", PATHS)
def test_sigkill_during_a_write_path_loses_nothing(path, tmp_path):
    result = run_path(path, KILLS, tmp_path, seed=16, min_acks=1)
    assert result.kills == KILLS
    assert result.acked >= KILLS  # the kills came after acknowledged operations
    assert result.problems == [], "\n".join(result.problems)
    assert (result.lost, result.integrity, result.stray_files, result.stray_processes,
            result.other) == (0, 0, 0, 0, 0)


# --- the checks themselves can fail ---------------------------------------------------------


def test_an_acknowledged_annotation_that_is_missing_counts_as_lost(tmp_path):
    data_dir = tmp_path / "data"
    model = fault_harness.MODELS["annotate"](data_dir, tmp_path)
    fault_harness.prepare(data_dir, model, random.Random(1))
    model.apply({"op": "annotate", "id": "never-saved", "letter_id": "x", "start": 0,
                 "end": 3, "note": "", "tags": [], "color": "belangrijk"})
    result = PathResult("annotate")
    fault_harness._check(model, data_dir, None, result)
    assert (result.lost, result.other) == (1, 0)
    assert "never-saved" in result.problems[0]


def test_files_a_killed_write_left_count_as_stray(tmp_path):
    data_dir = tmp_path / "data"
    model = fault_harness.MODELS["import"](data_dir, tmp_path)
    fault_harness.prepare(data_dir, model, random.Random(1))
    with fault_harness.Library(data_dir, seed=False) as lib:
        assert fault_harness.stray_files(data_dir, lib) == []
        (data_dir / "originals" / ".import-abc123").write_text("half")
        (data_dir / "originals" / "txt-0000000000.txt").write_text("no letter row")
        (data_dir / "backups" / "annotations-x.partial").write_text("half")
        (data_dir / "index" / "gen-20260101000000-abcdef.tmp").mkdir(parents=True)
        assert fault_harness.stray_files(data_dir, lib) == [
            "backups/annotations-x.partial", "index/gen-20260101000000-abcdef.tmp",
            "originals/.import-abc123", "originals/txt-0000000000.txt"]


def test_a_grandchild_that_outlives_the_killed_process_is_found_and_ended(tmp_path):
    # the child starts a grandchild that waits forever, then is killed on its own
    code = ("import signal, subprocess, sys\n"
            "p = subprocess.Popen([sys.executable, '-c', 'import signal; signal.pause()'])\n"
            "print(p.pid, flush=True)\n"
            "signal.pause()\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             start_new_session=True)
    grandchild = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    survivors = fault_harness.stray_processes(child.pid, grace=0.5)
    assert [pid for pid, _ in survivors] == [grandchild]
    assert fault_harness._session_members(child.pid) == []  # and it was ended
