"""Import speed and memory: parsing (MB/s), importing into a library (letters/s) with
detection, storage and the search index following, and the peak memory of the import.

    python benchmarks/bench_import.py [--copies 25] [--no-index]

Each copy of the 40 real and seed letters gets a distinct first line, so every copy is a new
letter (no de-duplication shortcut); ``--copies 125`` imports 5,000 files, ``--copies 500``
20,000. The library starts with a (empty) search index, as a library in use has, so the index
follows the import; ``--no-index`` imports into a library without one (the index is then
built afterwards and timed apart).

Peak memory is the process's peak resident set (``ru_maxrss``) after setting up, and after
the import: run one size per process, as the peak never goes down. Prints one table; no
asserts.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

from desktop_app.ingest import read_file
from desktop_app.library import Library

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "tests" / "data" / "seed-letters", ROOT / "tests" / "data" / "real-letters"]


def make_corpus(folder: Path, copies: int) -> list[Path]:
    files = [p for d in SOURCES for p in sorted(d.glob("*.txt"))]
    out = []
    for n in range(copies):
        for src in files:
            text = src.read_text(encoding="utf-8")
            target = folder / f"{n:04d}-{src.name}"
            # a unique kst number per copy where the letter has one, a unique sentence otherwise
            text = text.replace("Nr. ", f"Nr. {n}0", 1) + f"\n\nKopie {n} van {src.stem}.\n"
            target.write_text(text, encoding="utf-8")
            out.append(target)
    return out


def peak_rss_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if os.uname().sysname == "Darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=25)
    parser.add_argument("--no-index", action="store_true",
                        help="import into a library without a search index")
    parser.add_argument("--skip-parse", action="store_true",
                        help="do not time parsing on its own")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        (work / "in").mkdir()
        files = make_corpus(work / "in", args.copies)
        size = sum(p.stat().st_size for p in files)
        parse = None
        if not args.skip_parse:
            t0 = time.perf_counter()
            for p in files:
                read_file(p)
            parse = time.perf_counter() - t0
        load = os.getloadavg()[0]
        with Library(work / "data", seed=False) as lib:
            if not args.no_index:
                lib.ensure_index()  # an empty index that the import keeps up to date
            rss_before = peak_rss_mb()
            t0, c0 = time.perf_counter(), time.process_time()
            report = lib.import_paths([work / "in"])
            full, cpu = time.perf_counter() - t0, time.process_time() - c0
            rss_after = peak_rss_mb()
            current = lib.index_is_current()
            t0 = time.perf_counter()
            lib.ensure_index()
            index = time.perf_counter() - t0
            count = lib.count()
        print(f"files: {len(files)}  ({size / 1e6:.1f} MB), letters in library: {count} "
              "(files with the same kamerstuk number are one letter), "
              f"errors: {len(report.errors)}; load average at start {load:.2f}")
        if parse is not None:
            print(f"parse only:              {len(files) / parse:8.0f} files/s  "
                  f"{size / 1e6 / parse:6.2f} MB/s")
        print(f"import (parse+detect+store+copy{'' if args.no_index else '+index'}): "
              f"{len(files) / full:8.0f} letters/s  ({full:.1f} s, {cpu:.1f} CPU-s)")
        print(f"index current after the import: {current}; "
              f"ensure_index afterwards: {index:.1f} s")
        print(f"peak RSS: {rss_before:.0f} MB before the import, {rss_after:.0f} MB after")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
