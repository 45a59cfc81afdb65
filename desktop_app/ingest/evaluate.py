"""Metadata accuracy against hand-labelled truth: ``python -m desktop_app.ingest.evaluate``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.ingest import read_file
from desktop_app.model import METADATA_FIELDS

ROOT = Path(__file__).resolve().parents[2]
TRUTH = ROOT / "tests" / "data" / "metadata_truth.json"
FOLDERS = (ROOT / "tests" / "data" / "real-letters", ROOT / "tests" / "data" / "seed-letters")


def evaluate(truth_path: Path = TRUTH) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Per field: (correct, total) over the labelled letters, and the list of mismatches."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    scores = {name: [0, 0] for name in METADATA_FIELDS}
    errors = []
    for item in truth:
        path = next(f / item["file"] for f in FOLDERS if (f / item["file"]).exists())
        got = read_file(path).metadata.to_dict()
        for name in METADATA_FIELDS:
            scores[name][1] += 1
            if got[name] == item[name]:
                scores[name][0] += 1
            else:
                errors.append(f"{item['file']}: {name}: expected {item[name]!r}, got {got[name]!r}")
    return {k: (v[0], v[1]) for k, v in scores.items()}, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    scores, errors = evaluate()
    total_ok = sum(ok for ok, _ in scores.values())
    total = sum(n for _, n in scores.values())
    for name, (ok, n) in scores.items():
        print(f"{name:>15}: {ok:>3}/{n} = {ok / n:.1%}")
    print(f"{'all fields':>15}: {total_ok}/{total} = {total_ok / total:.1%}")
    if args.verbose:
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
