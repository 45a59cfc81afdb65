"""Index build: letters/s (wall clock and per CPU-second), index size and the peak disk the
build uses on the way (run files, segments), on the Markov corpus.

    python benchmarks/bench_index_build.py [N] [--procs P] [--corpus PATH] [--profile]

Letters are read one at a time from ``benchmarks/corpora/markov-50000.jsonl`` (the first N;
make it with ``python benchmarks/corpus_markov.py 50000``) and handed to
``SearchIndex.rebuild`` as an iterator, as the library hands over its letters. The JSON
parsing is part of the timed CPU (about 2 % of it).

* CPU-s: this process and its worker processes (user + system), so letters per CPU-second
  does not depend on how busy the machine is; wall clock does.
* "others": CPU-s the rest of the machine used meanwhile (from ``/proc/stat``), to say how
  busy the machine was.
* Transient peak: the largest size of the index folder during the build (sampled every
  0.2 s) next to the final size of the index.
* ``--profile``: one process under cProfile, the 25 most expensive functions (own time).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import os
import pstats
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.model import Commitment, Letter, Metadata  # noqa: E402
from desktop_app.search import SearchIndex  # noqa: E402

CORPUS = ROOT / "benchmarks" / "corpora" / "markov-50000.jsonl"


def letters_from(path: Path, n: int) -> Iterator[Letter]:
    with path.open(encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            d = json.loads(line)
            yield Letter(id=d["id"], metadata=Metadata.from_dict(d["metadata"]), text=d["text"],
                         commitments=tuple(Commitment.from_dict(c) for c in d["commitments"]))


def folder_size(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:  # removed while walking
                pass
    return total


class DiskPeak:
    """Samples the size of a folder in a thread; ``peak`` is the largest seen."""

    def __init__(self, root: Path, every: float = 0.2):
        self.root, self.every, self.peak = root, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, folder_size(self.root))

    def __enter__(self) -> DiskPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, folder_size(self.root))


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def machine_busy_seconds() -> float:
    """CPU-s every process of the machine has used (``/proc/stat``; 0 elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return 0.0
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def build(n: int, procs: int | None, corpus: Path, profile: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        index = SearchIndex(work / "index")
        load = os.getloadavg()[0]
        busy0, cpu0, t0 = machine_busy_seconds(), cpu_seconds(), time.perf_counter()
        prof = cProfile.Profile() if profile else None
        with DiskPeak(work / "index") as disk:
            if prof:
                prof.enable()
            index.rebuild(letters_from(corpus, n), library_state="bench", total=n,
                          procs=1 if profile else procs)
            if prof:
                prof.disable()
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
        others = max(0.0, machine_busy_seconds() - busy0 - cpu)
        index.close()
        size = folder_size(work / "index")
        if prof:
            pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return {"letters": n, "procs": procs, "wall_s": wall, "cpu_s": cpu,
                "letters_per_s": n / wall, "letters_per_cpu_s": n / cpu,
                "others_cpu_s": others, "load_at_start": load,
                "index_mb": size / 2**20, "disk_peak_mb": disk.peak / 2**20,
                "peak_to_index": disk.peak / size if size else 0.0}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, nargs="?", default=2000)
    parser.add_argument("--procs", type=int, default=None,
                        help="worker processes (default: the rebuild's own choice)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    r = build(args.n, args.procs, args.corpus, args.profile)
    if args.json:
        print(json.dumps(r))
        return
    print(f"{r['letters']} letters, procs={r['procs'] or 'auto'}: {r['wall_s']:.1f} s wall, "
          f"{r['cpu_s']:.1f} CPU-s -> {r['letters_per_s']:.0f} letters/s, "
          f"{r['letters_per_cpu_s']:.0f} letters per CPU-s")
    print(f"index {r['index_mb']:.0f} MB, disk peak during the build {r['disk_peak_mb']:.0f} MB "
          f"({r['peak_to_index']:.2f}x the index)")
    print(f"machine: load {r['load_at_start']:.2f} at start; other processes used "
          f"{r['others_cpu_s']:.1f} CPU-s meanwhile ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
