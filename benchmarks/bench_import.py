"""Import speed: parsing (MB/s) and importing into a library (letters/s), with and without
detection and indexing.

    python benchmarks/bench_import.py [--copies 25]

Each copy of the 40 real and seed letters gets a distinct first line, so every copy is a new
letter (no de-duplication shortcut). Prints one table; no asserts.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=25)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    try:
        (work / "in").mkdir()
        files = make_corpus(work / "in", args.copies)
        size = sum(p.stat().st_size for p in files)
        t0 = time.perf_counter()
        for p in files:
            read_file(p)
        parse = time.perf_counter() - t0
        with Library(work / "data", seed=False) as lib:
            t0 = time.perf_counter()
            report = lib.import_paths([work / "in"])
            full = time.perf_counter() - t0
            t0 = time.perf_counter()
            lib.rebuild_index()
            index = time.perf_counter() - t0
            count = lib.count()
        print(f"files: {len(files)}  ({size / 1e6:.1f} MB), letters in library: {count} "
              "(files with the same kamerstuk number are one letter), "
              f"errors: {len(report.errors)}")
        print(f"parse only:              {len(files) / parse:8.0f} files/s  "
              f"{size / 1e6 / parse:6.2f} MB/s")
        print(f"import (parse+detect+store+copy): {len(files) / full:8.0f} letters/s")
        print(f"index build:             {count / index:8.0f} letters/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
