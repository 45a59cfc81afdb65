"""Search from the pane: latency of the window's search path, first search, phrase exactness.

Usage: python benchmarks/bench_search_pane.py [--letters 10000] [--corpus markov|copied]
                                              [--reps 5] [--workdir /tmp/kb-bench-pane] [--json]
                                              [--no-fts5]

The corpus (``benchmarks/corpora/markov-N.jsonl`` from ``corpus_markov.py`` or
``letters-N.jsonl`` from ``corpus.py``, made when missing) is indexed once per schema version in
``--workdir``. Then, offscreen, a search pane is wired to a ``SearchService`` as in the main
window and each query of ``bench_search.QUERIES`` is asked for with ``request_search()`` (the
debounce excluded) and timed until the hits are shown and the event loop has ticked once.

* **first search**: a new service (a new ``SearchIndex`` object) and its first query, in this
  process (the OS file cache is warm; a cold start adds disk reads);
* **pane p50/p95**: every query ``--reps`` times after the first search, overall and per class;
  ``first_rep_p50_p95`` / ``slowest_first_rep`` take each query's first sample only (the
  searcher keeps the decoded postings of common words, so later samples reuse them; the reps
  run query after query, so no other cache sees the same query twice in a row) and
  ``later_reps_p50_p95`` the others;
* **FTS5, same run**: SQLite FTS5 on the same corpus (``bench_search.fts_query``: top 20 by
  bm25 with snippets and the total), each query timed right after its pane sample, so both
  engines meet the same machine state: p50/p95 overall and per class, pane/FTS5 ratios of
  the p95s (the issue asks for at most 2), and ``fts5_ratio_worst``, the largest ratios of
  one query's medians (FTS5 does less for some: no stemming, so ``bekeerling`` finds nothing
  there, and fuzzy queries run as the plain word). ``--no-fts5`` leaves it out;
* **phrase hits without the phrase**: every hit of every phrase query (all of them, not the
  first page) is checked against the letter's text with a regular expression of the phrase's
  words (case and accents ignored, any non-word characters between the words):
  ``without_exact_words`` counts hits without the words as typed (a differently inflected
  form, "ministers van …", is a right hit of a stemmed phrase search but counts here), and
  ``without_any_form`` hits without the words in any inflection (the wrong hits).

``BENCH_CODE=/path/to/tree`` runs another copy of ``desktop_app`` (e.g. the code before a
change) on the same corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bench_search  # noqa: E402
from benchmarks import corpus as corpus_mod  # noqa: E402

if os.environ.get("BENCH_CODE"):  # after the imports above (they put ROOT first again)
    sys.path.insert(0, os.environ["BENCH_CODE"])


def corpus_path(kind: str, n: int) -> Path:
    """The corpus file, generated when missing."""
    name = f"markov-{n}.jsonl" if kind == "markov" else f"letters-{n}.jsonl"
    path = corpus_mod.OUT_DIR / name
    if not path.exists():
        script = "corpus_markov.py" if kind == "markov" else "corpus.py"
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), str(n)], check=True)
    return path


def build_index(corpus: Path, index_dir: Path) -> float | None:
    """Index the corpus once (seconds taken, or None when the index was there)."""
    from desktop_app.search import SearchIndex

    if (index_dir / "CURRENT").exists():
        return None
    letters = bench_search.load_letters(corpus)
    index = SearchIndex(index_dir)
    t = time.perf_counter()
    index.rebuild(letters, library_state="bench", procs=2)
    index.close()
    return time.perf_counter() - t


def _wait_for(service, loop_cls, timer_cls) -> None:
    loop = loop_cls()
    service.result_ready.connect(loop.quit)
    service.search_failed.connect(loop.quit)
    timer_cls.singleShot(120_000, loop.quit)
    loop.exec()
    service.result_ready.disconnect(loop.quit)
    service.search_failed.disconnect(loop.quit)


def fts5_db(corpus: Path, workdir: Path):
    """An FTS5 database of the corpus (``bench_search.FTS_SCHEMA``), built once in workdir."""
    import sqlite3

    path = workdir / f"fts5-{corpus.stem}.db"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        db.executescript(bench_search.FTS_SCHEMA)
        with db:
            for i, letter in enumerate(bench_search.load_letters(corpus), 1):
                bench_search._fts_insert(db, i, letter)
        db.close()
        tmp.rename(path)
    return sqlite3.connect(path, check_same_thread=False)


def pane_latencies(index_dir: Path, queries: list[tuple], reps: int, fts=None) -> dict:
    """First search of a new service, then every query ``reps`` times (ms); with ``fts`` (an
    FTS5 connection) each query also runs there right after its pane sample."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.ui.library.library_jobs import SearchService
    from desktop_app.ui.search.search_pane import SearchPane

    pane = SearchPane()
    pane.resize(420, 900)
    pane.show()
    service = SearchService(index_dir, pane)
    pane.search_requested.connect(service.search)
    service.result_ready.connect(pane.show_result)
    service.search_failed.connect(pane.show_error)

    def one(query: str) -> float:
        pane.query_box.blockSignals(True)  # no debounce timer: the request below is timed
        pane.query_box.setText(query)
        pane.query_box.blockSignals(False)
        t = time.perf_counter()
        pane.request_search()
        _wait_for(service, QEventLoop, QTimer)
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)  # hits painted
        loop.exec()
        return (time.perf_counter() - t) * 1000

    def fts_one(q: tuple) -> float:
        t = time.perf_counter()
        bench_search.fts_query(fts, q[2], q[3])
        return (time.perf_counter() - t) * 1000

    first = one("asiel")
    if fts is not None:
        bench_search.fts_query(fts, "asiel", "")
    samples: dict[str, list[float]] = {}
    fts_samples: dict[str, list[float]] = {}
    for _ in range(reps):
        for q in queries:
            samples.setdefault(f"{q[0]}|{q[1]}", []).append(one(q[1]))
            if fts is not None:
                fts_samples.setdefault(f"{q[0]}|{q[1]}", []).append(fts_one(q))
    service.close()
    pane.close()
    return {"first_ms": first, "samples": samples, "fts_samples": fts_samples}


def fts5_report(samples: dict[str, list[float]], fts: dict[str, list[float]]) -> dict:
    """FTS5 p50/p95 of the same run and the pane/FTS5 ratio of each query's medians."""
    import statistics

    every = [v for values in fts.values() for v in values]
    ratios = {k: round(statistics.median(samples[k]) / max(0.01, statistics.median(v)), 2)
              for k, v in fts.items()}
    worst = sorted(((r, k) for k, r in ratios.items()), reverse=True)[:5]
    ours, theirs = bench_search.by_class(samples), bench_search.by_class(fts)
    return {"fts5_p50_ms": round(pct(every, 50), 1), "fts5_p95_ms": round(pct(every, 95), 1),
            "fts5_per_class_p50_p95": {c: (round(pct(v, 50), 1), round(pct(v, 95), 1))
                                       for c, v in theirs.items()},
            "fts5_ratio_per_class_p95": {c: round(pct(ours[c], 95) / max(0.01, pct(v, 95)), 2)
                                         for c, v in theirs.items()},
            "fts5_ratio_p95": round(pct(
                [v for values in samples.values() for v in values], 95) / pct(every, 95), 2),
            "fts5_ratio_worst": worst}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def phrase_check(index_dir: Path, corpus: Path, queries: list[tuple]) -> dict:
    """Per phrase query: hits, and hits whose text lacks the phrase's words in sequence."""
    from desktop_app.search import SearchIndex

    texts = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            texts[d["id"]] = _fold(d["text"])
    index = SearchIndex(index_dir)
    out = {}
    for cls, query, *_ in queries:
        if cls != "phrase":
            continue
        words = re.findall(r"\w+", _fold(query))
        pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
        # the same words in any inflection: a word of 5+ letters may end otherwise after its
        # first len - 3 letters ("ministers", "bekeerling"); shorter (stop) words are exact
        family = re.compile(r"\b" + r"\W+".join(
            re.escape(w[:len(w) - 3]) + r"\w*" if len(w) >= 5 else re.escape(w)
            for w in words) + r"\b")
        result = index.search(query, limit=1_000_000, snippets_for=0)
        ids = {h.id for h in result.hits}
        wrong = sorted(i for i in ids if not pattern.search(texts.get(i, "")))
        unrelated = sorted(i for i in ids if not family.search(texts.get(i, "")))
        holding = sum(1 for t in texts.values() if pattern.search(t))
        out[query] = {"hits": len(ids), "letters_with": holding,
                      "without_exact_words": len(wrong),
                      "without_any_form": len(unrelated), "examples": unrelated[:3]}
    index.close()
    return out


def pct(values: list[float], p: float) -> float:
    return bench_search.pct(values, p)


def _p50_p95(values: list[float]) -> tuple[float, float] | None:
    return (round(pct(values, 50), 1), round(pct(values, 95), 1)) if values else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10000)
    parser.add_argument("--corpus", choices=["markov", "copied"], default="markov")
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--workdir", default="/tmp/kb-bench-pane")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-fts5", action="store_true", help="leave out the FTS5 comparison")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop_app.search import SCHEMA_VERSION

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    corpus = corpus_path(args.corpus, args.letters)
    index_dir = Path(args.workdir) / f"{args.corpus}-{args.letters}-v{SCHEMA_VERSION}"
    build_s = build_index(corpus, index_dir)
    letters = bench_search.load_letters(corpus)
    queries = bench_search.queries_for(letters[:1])
    del letters
    load = os.getloadavg()[0]
    fts = None if args.no_fts5 else fts5_db(corpus, Path(args.workdir))
    timing = pane_latencies(index_dir, queries, args.reps, fts)
    every = [v for values in timing["samples"].values() for v in values]
    classes = bench_search.by_class(timing["samples"])
    result = {
        "letters": args.letters, "corpus": args.corpus, "schema": SCHEMA_VERSION,
        "code": str(Path(sys.modules["desktop_app"].__file__).parent),
        "build_s": round(build_s, 1) if build_s is not None else None,
        "load_start": round(load, 2), "load_end": round(os.getloadavg()[0], 2),
        "first_search_ms": round(timing["first_ms"], 1),
        "pane_p50_ms": round(pct(every, 50), 1), "pane_p95_ms": round(pct(every, 95), 1),
        "per_class_p50_p95": {c: (round(pct(v, 50), 1), round(pct(v, 95), 1))
                              for c, v in classes.items()},
        "slowest": sorted(((round(max(v), 1), k) for k, v in timing["samples"].items()),
                          reverse=True)[:5],
        # the first sample of each query (its postings not yet kept by the searcher: common
        # words' postings are kept per searcher) and the later ones, apart
        "first_rep_p50_p95": _p50_p95([v[0] for v in timing["samples"].values()]),
        "later_reps_p50_p95": _p50_p95([x for v in timing["samples"].values() for x in v[1:]]),
        "slowest_first_rep": sorted(((round(v[0], 1), k) for k, v in
                                     timing["samples"].items()), reverse=True)[:5],
        **(fts5_report(timing["samples"], timing["fts_samples"]) if fts is not None else {}),
        "phrases": phrase_check(index_dir, corpus, queries),
    }
    print(json.dumps(result, indent=None if args.json else 2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
