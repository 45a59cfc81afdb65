"""Detection throughput: MB of normalised letter text per second on one core.

Usage: python benchmarks/bench_commitments.py [--min-mb 5] [--repeat 3]
Reads every seed and corpus letter once (through ingest), repeats the texts until at least
``--min-mb`` MB, then times ``detect`` over them; the best of ``--repeat`` runs is reported.
The caches keyed by a sentence or a phrase are emptied before every round, so a repeated text
is not cheaper than a new one (the cache of what single words say is kept: a real library
repeats its vocabulary too).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.commitments import detect  # noqa: E402
from desktop_app.commitments.deadlines import _normalised  # noqa: E402
from desktop_app.commitments.labels import letter_files  # noqa: E402
from desktop_app.commitments.rules import about_this_letter, is_prediction, others_say  # noqa: E402

SENTENCE_CACHES = (_normalised, about_this_letter, is_prediction, others_say)
from desktop_app.commitments.letters import LoadedLetter, load_letter  # noqa: E402


def corpus() -> list[LoadedLetter]:
    """Every letter in the known letter directories, normalised."""
    return [load_letter(p) for p in letter_files()]


def run(letters: list[LoadedLetter], min_mb: float) -> tuple[float, int, int]:
    """Detect over the letters repeated to ``min_mb``; returns (seconds, bytes, commitments)."""
    size = sum(len(x.text.encode("utf-8")) for x in letters)
    rounds = max(1, int(min_mb * 1_000_000 // size) + 1)
    found = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for cached in SENTENCE_CACHES:
            cached.cache_clear()
        for x in letters:
            found += len(detect(x.text, x.blocks, letter_date=x.date,
                                signatory_role=x.signatory_role))
    return time.perf_counter() - start, size * rounds, found


def main() -> int:
    parser = argparse.ArgumentParser(description="commitment detection throughput")
    parser.add_argument("--min-mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    letters = corpus()
    best = None
    for _ in range(args.repeat):
        seconds, size, found = run(letters, args.min_mb)
        best = seconds if best is None else min(best, seconds)
    mb = size / 1_000_000
    print(f"letters: {len(letters)}, text: {mb:.2f} MB per run, commitments per run: {found}")
    print(f"best of {args.repeat}: {best:.2f} s -> {mb / best:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
