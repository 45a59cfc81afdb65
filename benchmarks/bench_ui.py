"""UI benchmarks: start-up with 10k letters, opening a long letter, search-as-you-type latency.

Usage: python benchmarks/bench_ui.py [--letters 10000] [--workdir /tmp/kb-bench-ui] [--json]

The library is built once in ``--workdir`` from ``benchmarks/corpora/letters-N.jsonl``
(made by ``benchmarks/corpus.py``): letters are stored with paragraph blocks and their
commitments detected, then indexed. Timings run offscreen, in this process, after Qt and the
app's modules are imported (the subprocess line adds interpreter start and imports).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def paragraph_blocks(text: str) -> tuple:
    """One paragraph block per blank-line separated chunk."""
    from desktop_app.model import Block

    blocks, pos = [], 0
    for chunk in text.split("\n\n"):
        if chunk.strip():
            blocks.append(Block("paragraph", pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return tuple(blocks)


def build_library(corpus: Path, data_dir: Path) -> None:
    """Store every corpus letter (blocks, detected commitments) and build the index."""
    from dataclasses import replace

    from desktop_app.library import Library, detect_for, detector_version
    from desktop_app.model import Letter, Metadata

    with Library(data_dir, seed=False) as library, corpus.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            d = json.loads(line)
            letter = Letter(id=d["id"], metadata=Metadata.from_dict(d["metadata"]),
                            text=d["text"], blocks=paragraph_blocks(d["text"]))
            letter = replace(letter, commitments=detect_for(letter))
            library.letters.save(letter, fingerprint=d["id"], source_hash=d["id"],
                                 original="", detector_version=detector_version())
            if n % 1000 == 0:
                print(f"  stored {n} letters", file=sys.stderr)
        library.letters.set_meta("seeded", "1")
        library.rebuild_index()


def event_loop_tick() -> None:
    """Return once the event loop has processed a zero-timer: the window is responsive."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def bench_startup(data_dir: Path, settings_path: Path, reps: int) -> list[float]:
    """Library open + window built + shown + first event-loop tick, in ms."""
    from PySide6.QtCore import QSettings

    from desktop_app.library import Library
    from desktop_app.ui.shell.main_window import MainWindow

    out = []
    for _ in range(reps):
        t = time.perf_counter()
        library = Library(data_dir, seed=False)
        window = MainWindow(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
        window.show()
        event_loop_tick()
        out.append((time.perf_counter() - t) * 1000)
        window.close()
        library.close()
    return out


def bench_open_letter(data_dir: Path, reps: int) -> tuple[str, int, int, list[float]]:
    """Opening the longest letter that has commitments, with highlights (render + layout)."""
    from desktop_app.library import Library
    from desktop_app.ui.reader.reader import ReaderPane

    with Library(data_dir, seed=False) as library:
        longest = max(library.summaries(), key=lambda s: (s.commitment_count > 0, s.chars))
        letter = library.letter(longest.id)
    pane = ReaderPane()
    pane.resize(800, 900)
    pane.show()
    out = []
    for _ in range(reps):
        pane.show_empty()
        t = time.perf_counter()
        pane.show_letter(letter)
        pane.view.document().documentLayout().documentSize()  # force the layout
        out.append((time.perf_counter() - t) * 1000)
    pane.close()
    return letter.id, len(letter.text), len(letter.commitments), out


def bench_search_typing(data_dir: Path, settings_path: Path, words: list[str]) -> dict:
    """Type each word letter by letter; time from the debounced request to hits shown.

    Also records the longest gap of a 5 ms GUI timer while searching (GUI thread blocked).
    """
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desktop_app.library import Library
    from desktop_app.ui.shell.main_window import MainWindow

    library = Library(data_dir, seed=False)
    window = MainWindow(library, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    latencies, gaps, last = [], [0.0], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(tick)
    heartbeat.start(5)
    requested: list[float] = []
    window.search.search_requested.connect(lambda *_: requested.append(time.perf_counter()))
    for word in words:
        window.search.query_box.clear()
        for i in range(1, len(word) + 1):
            window.search.query_box.setText(word[:i])  # each keystroke restarts the debounce
        loop = QEventLoop()
        window.search_service.result_ready.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        window.search_service.result_ready.disconnect(loop.quit)
        latencies.append((time.perf_counter() - requested[-1]) * 1000)
    heartbeat.stop()
    window.close()
    library.close()
    return {"queries": words, "ms": [round(x, 1) for x in latencies],
            "median_ms": round(statistics.median(latencies), 1),
            "max_gui_gap_ms": round(max(gaps), 1)}


def startup_subprocess(data_dir: Path) -> float:
    """Wall time of a fresh interpreter: imports, window shown, first tick, exit (ms)."""
    code = ("import os,time;t=time.perf_counter();os.environ['QT_QPA_PLATFORM']='offscreen';"
            "from PySide6.QtWidgets import QApplication;app=QApplication([]);"
            "import benchmarks.bench_ui as b;from pathlib import Path;"
            f"b.bench_startup(Path({str(data_dir)!r}), Path({str(data_dir / 'sub.ini')!r}), 1);"
            "print((time.perf_counter()-t)*1000)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10000)
    parser.add_argument("--workdir", default="/tmp/kb-bench-ui")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    workdir = Path(args.workdir)
    data_dir = workdir / f"library-{args.letters}"
    if not (data_dir / "library.db").exists():
        corpus = ROOT / "benchmarks" / "corpora" / f"letters-{args.letters}.jsonl"
        print(f"building {data_dir} from {corpus} (once)…", file=sys.stderr)
        t = time.perf_counter()
        build_library(corpus, data_dir)
        print(f"  built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    settings = workdir / "settings.ini"
    startup = bench_startup(data_dir, settings, args.reps)
    letter_id, chars, commitments, opening = bench_open_letter(data_dir, args.reps)
    typing = bench_search_typing(data_dir, settings,
                                 ["asielprocedure", "klimaat", "stikstof", "gaswinning",
                                  "minister", '"tweede kamer"', "bekeer*"])
    result = {
        "letters": args.letters,
        "startup_ms": {"median": round(statistics.median(startup), 1),
                       "runs": [round(x, 1) for x in startup]},
        "startup_subprocess_ms": round(startup_subprocess(data_dir), 1),
        "open_longest_letter": {"id": letter_id, "chars": chars, "commitments": commitments,
                                "median_ms": round(statistics.median(opening), 1),
                                "runs": [round(x, 1) for x in opening]},
        "search_as_you_type": typing,
    }
    print(json.dumps(result, indent=None if args.json else 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
