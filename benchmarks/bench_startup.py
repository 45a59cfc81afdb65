"""Start-up of the window at 10k-150k letters, and GUI stalls during and after an import.

Usage: python benchmarks/bench_startup.py [--letters 50000] [--runs 3] [--code DIR]

The library is built once under ``--workdir`` (default ``/tmp/kb-bench-startup``) from the
Markov corpus (``benchmarks/corpus_markov.py``, ``benchmarks/corpora/markov-N.jsonl``).

The fast but honest build path: every letter goes through ``LetterStore.save`` - the same
insert an import ends with (metadata row, text, blocks, commitments, the library's change
counter). What it skips, and why that does not change what is measured:

* parsing the file and detecting commitments: the corpus carries each letter's text, metadata
  and the commitments the generator placed (the same ones the search index was built from);
  the stored detector version is the current one, so the start-up job does not redetect;
* copying an original file into ``originals/`` (only "Open Original" reads it);
* building the search index: the index of the same corpus that ``bench_search_pane.py``
  built (``/tmp/kb-bench-pane/after/markov-N-v3``) is copied in and stamped with the new
  library's state. Without one (150k), an empty index stamped current stands in (else the
  start-up job would spend the run building one) and ``search_usable`` is not measured; the
  import then updates that small index (cheaper than a real one).

A library larger than its corpus (150k from the 50k corpus) repeats the corpus with new ids
(``mk000123-c1``): the list, its counts and facets see 150k rows; texts repeat.

Each run is a fresh interpreter (``python -c``), timed from its first line:

* ``imports_done``, ``library_open``, ``window_built``: Qt and the app's modules imported,
  ``Library`` opened, ``MainWindow`` built (where the time goes);
* ``window_shown``: the main window shown and one event-loop tick processed;
* ``list_usable``: the letter list's model holds its first page of rows (data of row 0);
* ``search_usable``: a search for ``klimaat`` started when the list is usable has shown its
  hits (the searcher is warm: opened, its tables read);
* ``max_gap_startup``: the longest gap of a 5 ms QTimer heartbeat from the window shown until
  the start-up job ended (GUI thread stalls);
* ``max_gap_import``: the same heartbeat while 20 letter files are imported in the window,
  until 1 s after the import ended and the window read the letters again.

Before each run the library is settled for the code under test (``SETTLE``: its detector
version stamped on every letter, the index stamped current), so no run redetects or
rebuilds. ``--code DIR`` runs the window from another copy of ``desktop_app`` (before/after). The
imported letters stay in the library (20 per run: negligible next to the corpus).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PANE_INDEXES = Path("/tmp/kb-bench-pane/after")


def corpus_for(n: int) -> Path:
    """The Markov corpus of n letters, or the largest smaller one (repeated to n)."""
    corpora = ROOT / "benchmarks" / "corpora"
    exact = corpora / f"markov-{n}.jsonl"
    if exact.exists():
        return exact
    have = sorted((int(p.stem.split("-")[1]), p) for p in corpora.glob("markov-*.jsonl"))
    smaller = [p for size, p in have if size < n]
    if not smaller:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "corpus_markov.py"), str(n)],
                       check=True)
        return exact
    return smaller[-1]


def _corpus_letters(corpus: Path, n: int):
    """n Letter objects: the corpus, repeated with new ids when it is smaller."""
    from benchmarks.bench_ui import paragraph_blocks
    from desktop_app.model import Commitment, Letter, Metadata

    made, cycle = 0, 0
    while made < n:
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                if made >= n:
                    return
                d = json.loads(line)
                lid = d["id"] if cycle == 0 else f"{d['id']}-c{cycle}"
                yield Letter(id=lid, metadata=Metadata.from_dict(d["metadata"]), text=d["text"],
                             blocks=paragraph_blocks(d["text"]),
                             commitments=tuple(Commitment.from_dict(c)
                                               for c in d["commitments"]))
                made += 1
        cycle += 1


def build_library(n: int, data_dir: Path) -> None:
    """Store n corpus letters through the store's own insert; copy in the corpus's index."""
    from desktop_app.library import Library, detector_version

    corpus = corpus_for(n)
    version = detector_version()
    t = time.perf_counter()
    with Library(data_dir, seed=False) as library:
        for i, letter in enumerate(_corpus_letters(corpus, n)):
            library.letters.save(letter, fingerprint=letter.id, source_hash=letter.id,
                                 original="", detector_version=version)
            if i % 10000 == 0:
                print(f"  stored {i} letters ({time.perf_counter() - t:.0f} s)",
                      file=sys.stderr)
        library.letters.set_meta("seeded", "1")
        source = PANE_INDEXES / f"markov-{n}-v3"
        if (source / "CURRENT").exists():
            target = data_dir / "index"
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("WRITE.lock"))
            generation = (target / "CURRENT").read_text().strip()
            meta_path = target / generation / "meta.json"
            meta = json.loads(meta_path.read_text())
            meta.update(library_state=library._index_state(),
                        annotations_token=library.annotations_token())
            meta_path.write_text(json.dumps(meta))
            print("  index copied from", source, file=sys.stderr)
    print(f"  built {n} letters in {time.perf_counter() - t:.0f} s", file=sys.stderr)


# --------------------------------------------------------------------------- one run

CHILD = r"""
import time; T0 = time.perf_counter()
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, CODE)
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
out = {}
gaps = {"cur": [0.0], "last": time.perf_counter()}

def tick():
    now = time.perf_counter()
    gaps["cur"].append((now - gaps["last"]) * 1000)
    gaps["last"] = now

def wait(cond, timeout=600.0):
    end = time.perf_counter() + timeout
    flags = (QEventLoop.ProcessEventsFlag.AllEvents
             | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    while not cond() and time.perf_counter() < end:
        app.processEvents(flags, 5)  # waits for events (the heartbeat ticks) up to 5 ms
    return cond()

def ms():
    return round((time.perf_counter() - T0) * 1000, 1)

from desktop_app.library import Library
from desktop_app.ui.shell.main_window import MainWindow

out["imports_done"] = ms()
library = Library(DATA, seed=False)
out["library_open"] = ms()
window = MainWindow(library, QSettings(SETTINGS, QSettings.Format.IniFormat))
out["window_built"] = ms()
window.show()
heartbeat = QTimer(); heartbeat.timeout.connect(tick); gaps["last"] = time.perf_counter()
heartbeat.start(5)
window.start()
loop = QEventLoop(); QTimer.singleShot(0, loop.quit); loop.exec()
out["window_shown"] = ms()
model = window.letters.model
wait(lambda: model.rowCount() > 0 and model.index(0, 0).data() is not None)
out["list_usable"] = ms()
out["rows"] = model.rowCount()
if SEARCH:
    got = []
    window.search_service.result_ready.connect(got.append)
    window.search_service.search_failed.connect(got.append)
    window.search_service.search("klimaat")
    wait(lambda: bool(got))
    out["search_usable"] = ms()
    out["search_hits"] = getattr(got[0], "total", None) if got else None
wait(lambda: not window.jobs.job_id)
out["startup_job_done"] = ms()
out["max_gap_startup"] = round(max(gaps["cur"]), 1)
# an import of 20 files while the window watches
gaps["cur"] = [0.0]; gaps["last"] = time.perf_counter()
t = time.perf_counter()
window.import_paths([IMPORT_DIR])
wait(lambda: window.jobs.job_id != 0, 10)
wait(lambda: not window.jobs.job_id)
out["import_s"] = round(time.perf_counter() - t, 2)
end = time.perf_counter() + 1.0
wait(lambda: time.perf_counter() > end)
out["max_gap_import"] = round(max(gaps["cur"]), 1)
heartbeat.stop()
window.close()
library.close()
print("RESULT " + json.dumps(out))
"""


# Before each run, with the code under test: the stored detector version is that code's (other
# work on the detector changes it, and the start-up job would then redetect every letter and
# rebuild the index during the run), and the index is stamped as current (its letters are).
SETTLE = r"""
import json, sys
sys.path.insert(0, CODE)
from pathlib import Path
from desktop_app.library import Library, detector_version
with Library(DATA, seed=False) as library:
    library.letters.db.execute("UPDATE letters SET detector_version = ?", [detector_version()])
    library.letters.db.conn.commit()
    root = Path(DATA) / "index"
    if not (root / "CURRENT").exists():  # no index of this corpus (150k): an empty one
        from desktop_app.search import SearchIndex
        index = SearchIndex(root)
        index.rebuild([], library_state=library._index_state(), total=0, annotations=[],
                      annotations_token=library.annotations_token())
        index.close()
        (Path(DATA) / "index-empty").write_text("search is not measured on this library")
    if (root / "CURRENT").exists():
        meta_path = root / (root / "CURRENT").read_text().strip() / "meta.json"
        meta = json.loads(meta_path.read_text())
        meta.update(library_state=library._index_state(),
                    annotations_token=library.annotations_token())
        meta_path.write_text(json.dumps(meta))
"""


def import_files(workdir: Path, corpus: Path, run: int, count: int = 20) -> Path:
    """``count`` letters of the corpus as new .txt files (new texts: the run number)."""
    folder = workdir / f"import-{time.time_ns()}"
    folder.mkdir(parents=True)
    with corpus.open(encoding="utf-8") as fh:
        for i, line in zip(range(count), fh, strict=False):
            d = json.loads(line)
            text = f"Bijlage {run}-{i} {time.time_ns()}\n\n{d['text']}"
            (folder / f"brief-{run}-{i}.txt").write_text(text, encoding="utf-8")
    return folder


def one_run(code: Path, data_dir: Path, workdir: Path, corpus: Path, run: int,
            search: bool) -> dict:
    folder = import_files(workdir, corpus, run)
    settings = workdir / f"settings-{run}.ini"
    settings.unlink(missing_ok=True)
    child = (f"CODE={str(code)!r}; DATA={str(data_dir)!r}; SETTINGS={str(settings)!r}; "
             f"IMPORT_DIR={str(folder)!r}; SEARCH={search!r}\n" + CHILD)
    settle = f"CODE={str(code)!r}; DATA={str(data_dir)!r}\n" + SETTLE
    subprocess.run([sys.executable, "-c", settle], cwd=code, check=True, timeout=600)
    proc = subprocess.run([sys.executable, "-c", child], cwd=code, capture_output=True,
                          text=True, timeout=1800)
    shutil.rmtree(folder, ignore_errors=True)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(proc.stderr[-3000:])
    return json.loads(line[len("RESULT "):])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", default="/tmp/kb-bench-startup")
    parser.add_argument("--code", default=str(ROOT), help="folder holding desktop_app/")
    parser.add_argument("--build-only", action="store_true")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    data_dir = workdir / f"library-{args.letters}"
    if not (data_dir / "library.db").exists():
        print(f"building {data_dir} (once)…", file=sys.stderr)
        build_library(args.letters, data_dir)
    if args.build_only:
        return 0
    # no index of this corpus: an empty one keeps the start-up job from building one during
    # the runs, and search is not measured
    search = (data_dir / "index" / "CURRENT").exists() and not (data_dir / "index-empty").exists()
    corpus = corpus_for(args.letters)
    load = os.getloadavg()[0]
    runs = [one_run(Path(args.code), data_dir, workdir, corpus, r, search)
            for r in range(args.runs)]
    keys = ["imports_done", "library_open", "window_built", "window_shown", "list_usable",
            "search_usable", "startup_job_done", "max_gap_startup", "import_s", "max_gap_import"]
    summary = {k: {"median": round(statistics.median(r[k] for r in runs), 1),
                   "runs": [r[k] for r in runs]} for k in keys if k in runs[0]}
    for key in ("list_usable", "search_usable"):  # counted from the modules imported
        if key in runs[0]:
            summary[f"{key}_after_imports"] = {"median": round(statistics.median(
                r[key] - r["imports_done"] for r in runs), 1)}
    print(json.dumps({"letters": args.letters, "code": args.code, "load_before": round(load, 2),
                      "load_after": round(os.getloadavg()[0], 2), **summary}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
