"""Fault injection: SIGKILL every write path at random moments (issue 16).

    python benchmarks/fault_injection.py [--kills 15] [--seed 0] [--path PATH …] [--keep]

Each write path (annotate, bulk edit, import, restore, backup, index rebuild, review) runs in
a child process that prints a line per acknowledged operation; the child is killed with
SIGKILL after a random number of them plus a random delay (seeded: the choices repeat; where
exactly inside an operation the kill lands depends on the machine). After every kill the data
folder is checked: nothing acknowledged is lost, ``PRAGMA integrity_check`` is ok for both
databases, the next open works and leaves no stray file, and no worker process survives. The
rules are in ``tests/store/fault_harness.py``; ``tests/store/test_fault_injection.py`` runs
the same with two kills per path.

Prints one table and every problem found. Exit code 1 when an acknowledged operation was lost
or a database failed its integrity check; 2 when only stray files or processes (or another
failure) were found; 0 when all is well.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "store"))

import fault_harness  # noqa: E402 - the harness shared with the tests

COLUMNS = ("path", "kills", "acknowledged ops", "lost ops", "integrity failures",
           "stray files", "stray processes", "other failures")


def table(results: list[fault_harness.PathResult]) -> str:
    rows = [[r.path, r.kills, r.acked, r.lost, r.integrity, r.stray_files, r.stray_processes,
             r.other] for r in results]
    rows.append(["total", *(sum(row[i] for row in rows) for i in range(1, len(COLUMNS)))])
    widths = [max(len(str(x)) for x in col) for col in zip(COLUMNS, *rows, strict=True)]
    line = "| " + " | ".join(f"{{:<{w}}}" for w in widths) + " |"
    out = [line.format(*COLUMNS), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line.format(*row) for row in rows]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=15, help="kills per path (default: 15)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--path", action="append", choices=fault_harness.PATHS,
                        help="only this write path (repeatable; default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the data folders")
    args = parser.parse_args()
    paths = tuple(args.path or fault_harness.PATHS)
    work = Path(tempfile.mkdtemp(prefix="fault-injection-"))
    started = time.perf_counter()
    try:
        results = []
        for path in paths:
            results.append(fault_harness.run_path(path, args.kills, work, args.seed))
            print(f"{path}: {results[-1].kills} kills, {results[-1].acked} acknowledged, "
                  f"{'ok' if results[-1].ok else 'PROBLEMS'}", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"Fault injection: {sum(r.kills for r in results)} kills (SIGKILL), seed {args.seed}, "
          f"{time.perf_counter() - started:.0f} s\n")
    print(table(results))
    for r in results:
        for problem in r.problems:
            print(f"\n{r.path}, {problem}")
    if args.keep:
        print(f"\ndata folders: {work}")
    if any(r.lost or r.integrity for r in results):
        return 1
    return 0 if all(r.ok for r in results) else 2


if __name__ == "__main__":
    raise SystemExit(main())
