"""Annotation changes in the window: marking one passage and a bulk recolour (issue 17).

Usage: python benchmarks/bench_annotating.py [--sizes 0 2000 20000] [--reps 5] [--bulk 200]
                                             [--json]

A data folder of the bundled letters is made once in ``--workdir``; for each size, the store
is filled with that many annotations spread over the letters (written straight into SQLite,
without history: the set-up is not what is measured). Then, in a window shown offscreen:

- **mark**: marking one passage of the open letter (``AnnotationController.annotate``: the
  store write, its undo step and every view brought up to date), until the next event-loop
  tick, in ms. The open letter holds at most :data:`OPEN_LETTER_ANNOTATIONS` annotations, the
  others share the rest (as in a large library, most annotations are in other letters);
  **mark_dense** does the same in a letter holding a full share (e.g. 830 of 20,000), where
  painting the letter again dominates;
- **bulk recolour** (``--bulk`` annotations, 200 by default; the issue asks for 1,000 in at most
  1 s as one undo step): recolouring them as selected in the browser, and how many
  store history entries (undo steps of the store) it wrote.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def event_loop_tick() -> None:
    """Return once the event loop has processed a zero-timer: the window is responsive."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


OPEN_LETTER_ANNOTATIONS = 40


def fill_store(library, count: int, seed: int = 7) -> None:
    """Make the store hold ``count`` annotations (plain rows, no history entries): at most
    :data:`OPEN_LETTER_ANNOTATIONS` in the first letter of the list, the rest spread over the
    other letters."""
    from desktop_app.model import Annotation
    from desktop_app.store.annotations import to_row
    from desktop_app.store.history import now

    store = library.annotations
    store.db.execute("DELETE FROM collection_items")
    store.db.execute("DELETE FROM annotations")
    store.db.execute("DELETE FROM history")
    rng = random.Random(seed)
    letters = [(s.id, library.letter(s.id).text) for s in library.summaries()]
    first, others = letters[0], letters[1:]
    colours = [c.name for c in store.palette()]
    rows = []
    for n in range(count):
        letter_id, text = first if n < OPEN_LETTER_ANNOTATIONS else others[n % len(others)]
        start = rng.randrange(0, max(1, len(text) - 60))
        end = start + rng.randint(10, 60)
        stamp = now()
        rows.append(to_row(Annotation(
            id=str(uuid.uuid4()), letter_id=letter_id, start=start, end=end,
            quote=text[start:end], prefix=text[max(0, start - 32):start],
            suffix=text[end:end + 32], color=rng.choice(colours), note="",
            tags=(f"tag{rng.randint(0, 30)}",), author="bench", created=stamp, modified=stamp,
            status="ok")))
    with store.db.conn:
        store.db["annotations"].insert_all(rows, batch_size=1000)


def bench_size(data_dir: Path, settings_path: Path, count: int, reps: int,
               bulk_size: int = 200) -> dict:
    from PySide6.QtCore import QSettings

    from desktop_app.library import Library
    from desktop_app.ui.shell.main_window import MainWindow

    library = Library(data_dir, seed=False)
    fill_store(library, count)
    window = MainWindow(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    event_loop_tick()
    summaries = library.summaries()
    window.annotations.scope.setCurrentIndex(window.annotations.scope.findData(""))  # all
    controller = window.annotating
    mark, dense = [], []
    for letter_id, times in ((summaries[0].id, mark), (summaries[1].id, dense)):
        window.open_letter(letter_id)
        event_loop_tick()
        letter = window.reader.letter
        for n in range(reps):
            start = 100 + 40 * n
            t = time.perf_counter()
            controller.annotate(letter, start, start + 25, "vraag")
            event_loop_tick()
            times.append((time.perf_counter() - t) * 1000)
    ids = [a.id for a in library.annotations.annotations()][:bulk_size]
    before = len(library.annotations.history(limit=100_000))
    t = time.perf_counter()
    controller.recolour(ids, "kritiek")
    event_loop_tick()
    bulk = (time.perf_counter() - t) * 1000
    entries = len(library.annotations.history(limit=100_000)) - before
    in_letter = len(library.annotations.annotations(summaries[1].id))
    window.close()
    library.close()
    return {"annotations": count, "mark_ms": {"median": round(statistics.median(mark), 1),
                                              "runs": [round(x, 1) for x in mark]},
            "mark_dense_letter_ms": {"median": round(statistics.median(dense), 1),
                                     "annotations_in_letter": in_letter},
            "recolour": len(ids), "recolour_ms": round(bulk, 1),
            "recolour_history_entries": entries}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 2000, 20000])
    parser.add_argument("--workdir", default="/tmp/kb-bench-annotating")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--bulk", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    from desktop_app.library import Library

    workdir = Path(args.workdir)
    template = workdir / "template"
    if not (template / "library.db").exists():
        shutil.rmtree(template, ignore_errors=True)
        print(f"importing the bundled letters into {template} (once)…", file=sys.stderr)
        with Library(template, seed=True) as library:
            library.ensure_index()
    results = []
    for count in args.sizes:
        data_dir = workdir / f"run-{count}"
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(template, data_dir)
        results.append(bench_size(data_dir, workdir / "settings.ini", count, args.reps,
                                  args.bulk))
        shutil.rmtree(data_dir, ignore_errors=True)
    print(json.dumps(results, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
