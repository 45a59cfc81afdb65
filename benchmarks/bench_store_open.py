"""Opening the annotation store and asking its change token, with many annotations (issue 17).

Usage: python benchmarks/bench_store_open.py [--annotations 100000] [--reps 5] [--json]

An annotations database is filled once in ``--workdir`` with ``--annotations`` annotations
and one history entry each (written straight into SQLite: the set-up is not what is
measured). Then, median of ``--reps``, in ms:

- **open, checked**: opening with the integrity check (``PRAGMA quick_check``), as every
  opening did before;
- **open, as now**: opening as the app does now, after a clean close (the check runs only
  when due, see ``desktop_app.store.db.check_due``);
- **token, hashed**: the annotations token as it was (every annotation read and hashed);
- **token, from history**: ``AnnotationStore.annotations_token()``.

No timing is asserted anywhere; the figures go into benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fill(path: Path, count: int, seed: int = 7) -> None:
    """A store at ``path`` holding ``count`` annotations, each with its history entry."""
    from desktop_app.model import Annotation
    from desktop_app.store.annotations import AnnotationStore, to_row
    from desktop_app.store.history import now

    rng = random.Random(seed)
    store = AnnotationStore(path, auto_backup=False)
    rows, entries = [], []
    for n in range(count):
        start = rng.randrange(0, 20_000)
        quote = f"passage {n} " * rng.randint(1, 6)
        stamp = now()
        row = to_row(Annotation(
            id=str(uuid.uuid4()), letter_id=f"kst-{n % 2000}", start=start,
            end=start + len(quote), quote=quote, prefix="voor ", suffix=" na", color="yellow",
            note="een notitie " * rng.randint(0, 8), tags=(f"tag{rng.randint(0, 30)}",),
            author="bench", created=stamp, modified=stamp, status="ok"))
        rows.append(row)
        change = [{"table": "annotations", "key": row["id"], "before": None, "after": row}]
        entries.append({"label": "Annotate", "at": stamp, "state": "done",
                        "changes": json.dumps(change, ensure_ascii=False)})
    with store.db.conn:
        store.db["annotations"].insert_all(rows, batch_size=1000)
        store.db["history"].insert_all(entries, batch_size=1000)
    store.close()


def hashed_token(store) -> str:
    """The token as Library.annotations_token computed it before: every row hashed."""
    rows = sorted((a.id, a.modified, a.status, a.start) for a in store.annotations())
    return hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()[:16]


def median_ms(step, reps: int) -> float:
    times = []
    for _ in range(reps):
        began = time.perf_counter()
        step()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 2)


def main(argv: list[str] | None = None) -> int:
    from desktop_app.store.annotations import AnnotationStore

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench_store_open"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    path = args.workdir / f"annotations-{args.annotations}.db"
    if not path.exists():
        args.workdir.mkdir(parents=True, exist_ok=True)
        fill(path, args.annotations)

    def open_close(check: bool | None) -> None:
        AnnotationStore(path, auto_backup=False, check=check).close()

    open_close(None)  # warm the file cache; leaves the clean-close stamp
    store = AnnotationStore(path, auto_backup=False)
    result = {
        "annotations": args.annotations,
        "size_mb": round(path.stat().st_size / 2**20, 1),
        "open_checked_ms": median_ms(lambda: open_close(True), args.reps),
        "open_now_ms": median_ms(lambda: open_close(None), args.reps),
        "token_hashed_ms": median_ms(lambda: hashed_token(store), args.reps),
        "token_history_ms": median_ms(store.annotations_token, args.reps),
    }
    store.close()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
