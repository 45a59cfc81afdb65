"""The longest GUI stall while the window reads lineage (issue 20) on a large library.

Usage: python benchmarks/bench_lineage_ui.py DATA_DIR [--inline]

DATA_DIR holds a library with the three-letter chain of tests/data/lineage/chain imported
(e.g. 2,000 letters of ``corpora/markov-10000.jsonl`` stored as ``bench_ui.build_library``
does, plus the chain). A 5 ms QTimer heartbeat records the longest gap of the event loop
while the reader opens the last letter of the chain (what points at it: every commitment is
scanned; the first read builds the linker's view of the library), then the promise with its
commitment clicked, then the chain view, then the commitments overview (its Lineage column)
and its "still open, longest first" sort. ``--inline`` reads on the GUI thread (as before the
lineage worker) for comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--inline", action="store_true")
    args = parser.parse_args()
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer, QUrl
    from PySide6.QtWidgets import QApplication
    from testdata import CHAIN_FULFILMENT, CHAIN_PROMISE, CHAIN_PROMISE_START

    from desktop_app.library import Library
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.tasks import JobRunner

    app = QApplication.instance() or QApplication([])
    library = Library(args.data_dir, seed=False)
    settings = QSettings(str(args.data_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, runner=JobRunner(synchronous=args.inline))
    window.show()
    gaps: dict[str, float] = {}
    phase, last = ["start"], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps[phase[0]] = max(gaps.get(phase[0], 0.0), (now - last[0]) * 1000)
        last[0] = now

    def wait(condition, timeout: float = 900.0) -> float:
        began = time.perf_counter()
        while not condition() and time.perf_counter() - began < timeout:
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()
        return (time.perf_counter() - began) * 1000

    heartbeat = QTimer()
    heartbeat.timeout.connect(tick)
    heartbeat.start(5)
    wait(lambda: False, 0.2)
    took: dict[str, float] = {}
    reader, lineage = window.reader, window.lineage

    phase[0] = "open later letter"
    began = time.perf_counter()
    window.open_letter(CHAIN_FULFILMENT)
    took["open_letter call (later)"] = (time.perf_counter() - began) * 1000
    took[phase[0]] = wait(lambda: lineage._lineage is not None
                          and lineage._lineage.letter_id == CHAIN_FULFILMENT) \
        + (time.perf_counter() - began) * 1000
    wait(lambda: False, 0.05)  # the heartbeat ticks after a blocked call, in this phase
    phase[0] = "click the promise"
    began = time.perf_counter()
    window.open_letter(CHAIN_PROMISE)
    took["open_letter call (promise)"] = (time.perf_counter() - began) * 1000
    index = next(i for i, c in enumerate(reader.letter.commitments)
                 if c.text.startswith(CHAIN_PROMISE_START))
    c = reader.letter.commitments[index]
    reader.select_span(c.start, c.start + 5)
    reader.view.anchorClicked.emit(QUrl(f"#commitment-{index}"))
    took[phase[0]] = wait(lambda: any("Possibly" in line
                                      for line in reader.lineage_panel.lines)) \
        + (time.perf_counter() - began) * 1000
    wait(lambda: False, 0.05)
    phase[0] = "chain view"
    began = time.perf_counter()
    view = lineage.show_chain(CHAIN_PROMISE, c.start, c.end)
    took[phase[0]] = wait(lambda: view.chain is not None) \
        + (time.perf_counter() - began) * 1000
    wait(lambda: False, 0.05)
    view.close()
    phase[0] = "open the overview"  # every commitment with its Lineage column
    began = time.perf_counter()
    window.tabs.setCurrentWidget(window.commitments)
    took[phase[0]] = wait(lambda: window.commitments.model.rowCount() > 0) \
        + (time.perf_counter() - began) * 1000
    wait(lambda: False, 0.05)
    phase[0] = "still open, longest first"
    began = time.perf_counter()
    window.commitments.sort_open_longest_first()
    took[phase[0]] = (time.perf_counter() - began) * 1000
    wait(lambda: False, 0.05)
    heartbeat.stop()
    window.close()
    library.close()
    print(json.dumps({"letters": None, "inline": args.inline,
                      "max_gui_gap_ms": {k: round(v, 1) for k, v in gaps.items()},
                      "until_shown_ms": {k: round(v, 1) for k, v in took.items()}}, indent=1))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
