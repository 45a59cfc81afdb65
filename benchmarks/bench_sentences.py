"""Sentence splitting of one paragraph of 0.25 … 4 MB: does it stay linear?

    python benchmarks/bench_sentences.py [--sizes 0.25 0.5 1 2 4]

A PDF's text can come as one line, so one paragraph may hold a whole letter or more. The
paragraph is built from the sentences of the real letters in ``tests/data/real-letters``
(with their quotation marks and abbreviations), joined by spaces up to the size in MB (10^6
characters). Prints, per size, the seconds of ``split_sentences`` (best of three), the
sentences found and the time per MB; for linear splitting the last column stays flat.
No asserts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.commitments.letters import load_letter  # noqa: E402
from desktop_app.commitments.sentences import split_sentences  # noqa: E402


def sentences() -> list[str]:
    """The sentences of the real letters, on one line each."""
    out = []
    for path in sorted((ROOT / "tests" / "data" / "real-letters").glob("*.txt")):
        letter = load_letter(path)
        out += [" ".join(letter.text[a:b].split()) for a, b in split_sentences(letter.text)]
    return out


def paragraph(parts: list[str], megabytes: float) -> str:
    size, chunks, i = int(megabytes * 1_000_000), [], 0
    total = 0
    while total < size:
        chunks.append(parts[i % len(parts)])
        total += len(chunks[-1]) + 1
        i += 1
    return " ".join(chunks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2, 4])
    args = parser.parse_args()
    parts = sentences()
    print(f"{'MB':>6}{'seconds':>10}{'sentences':>11}{'s per MB':>10}")
    for mb in args.sizes:
        text = paragraph(parts, mb)
        best, found = None, 0
        for _ in range(3):
            start = time.perf_counter()
            found = len(split_sentences(text))
            took = time.perf_counter() - start
            best = took if best is None else min(best, took)
        print(f"{mb:>6g}{best:>10.3f}{found:>11}{best / mb:>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
