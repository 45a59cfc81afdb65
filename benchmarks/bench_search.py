"""Search benchmark: our Whoosh index vs. SQLite FTS5 on the same generated corpus and queries.

Usage: python benchmarks/bench_search.py N [--reps 5] [--procs 2]

Generates (or reuses) benchmarks/corpora/letters-N.jsonl, then runs each engine in its own
subprocess (so peak memory is per engine) and prints one table: build letters/s, incremental
add of one letter, time to open, query latency p50/p95 per query class and overall (top 20 with
snippets), peak memory, and Whoosh/FTS5 ratios. Latency is reported twice: "run 1" is each
query's first run (no warm-up), "repeats" the next ``--reps`` runs of the same query. Neither
engine caches results, so repeats only profit from warm OS and per-searcher caches.

FTS5 baseline: ``unicode61 remove_diacritics 2`` tokenizer (no Dutch stemming, no stop words),
``bm25`` ranking, ``snippet()`` for the top 20, plus a ``count(*)`` for the total. FTS5 has no
fuzzy search, so fuzzy queries run there as the plain word (it does less work for that class).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import corpus as corpus_mod  # noqa: E402

# (class, our query, FTS5 MATCH expression, extra SQL condition on the letters table)
QUERIES: list[tuple[str, str, str, str]] = [
    ("word", "asiel", "asiel", ""),
    ("word", "klimaat", "klimaat", ""),
    ("word", "bekeerling", "bekeerling", ""),
    ("word", "intervisie", "intervisie", ""),
    ("word", "gaswinning", "gaswinning", ""),
    ("word", "coördinatoren", "coordinatoren", ""),
    ("word", "minister", "minister", ""),
    ("word", "zorg", "zorg", ""),
    ("words", "geloofwaardigheid bekering", "geloofwaardigheid bekering", ""),
    ("words", "asiel opvang gemeenten", "asiel opvang gemeenten", ""),
    ("words", "circulaire economie grondstoffen", "circulaire economie grondstoffen", ""),
    ("phrase", '"geloofwaardigheid van bekeerlingen"', '"geloofwaardigheid van bekeerlingen"', ""),
    ("phrase", '"circulaire economie"', '"circulaire economie"', ""),
    ("phrase", '"minister van justitie en veiligheid"', '"minister van justitie en veiligheid"',
     ""),
    ("phrase", '"tweede kamer"', '"tweede kamer"', ""),
    ("boolean", "asiel OR klimaat", "asiel OR klimaat", ""),
    ("boolean", "asiel NOT opvang", "asiel NOT opvang", ""),
    ("boolean", "zorg -defensie", "zorg NOT defensie", ""),
    ("boolean", "(gaswinning OR klimaat) groningen", "(gaswinning OR klimaat) AND groningen", ""),
    ("prefix", "bekeer*", "bekeer*", ""),
    ("prefix", "asiel*", "asiel*", ""),
    ("prefix", "klimaat*", "klimaat*", ""),
    ("prefix", "ver*", "ver*", ""),
    ("prefix", "b*", "b*", ""),
    ("fuzzy", "asiel~", "asiel", ""),
    ("fuzzy", "geloofwardigheid~2", "geloofwaardigheid", ""),
    ("fuzzy", "gaswining~", "gaswinning", ""),
    ("fuzzy", "klimaatakoord~", "klimaatakkoord", ""),
    ("field", "dossier:{dossier}", "", "dossier = '{dossier}'"),
    ("field", "van:{surname} asiel", "signatory:{surname} AND asiel", ""),
    ("field", "soort:toezegging zorg", "zorg", "kinds LIKE '%promise%'"),
    ("date", "asiel datum:2021", "asiel", "date LIKE '2021%'"),
    ("date", "klimaat datum:[2021-01-01 TO 2021-06-30]", "klimaat",
     "date BETWEEN '2021-01-01' AND '2021-06-30'"),
    ("date", "zorg datum:2019", "zorg", "date LIKE '2019%'"),
]


def load_letters(path: Path) -> list:
    """Letter objects from a corpus JSONL."""
    from desktop_app.model import Commitment, Letter, Metadata

    letters = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            letters.append(Letter(id=d["id"], metadata=Metadata.from_dict(d["metadata"]),
                                  text=d["text"],
                                  commitments=tuple(Commitment.from_dict(c)
                                                    for c in d["commitments"])))
    return letters


def queries_for(letters: list) -> list[tuple[str, str, str, str]]:
    """Fill in a dossier and a signatory that exist in this corpus."""
    meta = letters[0].metadata
    surname = meta.signatory.split()[-1].split("-")[0]
    values = {"dossier": meta.dossier, "surname": surname}
    return [tuple(part.format(**values) for part in q) for q in QUERIES]


def peak_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "peak_children_mb": round(kids, 1)}


def timed(fn, reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def extra_letter(letter, n: int):
    """A new letter (distinct id and text) for incremental adds."""
    from dataclasses import replace

    return replace(letter, id=f"extra{n}", text=letter.text + f"\n\nNaschrift {n}.")


# ---------------------------------------------------------------- Whoosh


def run_whoosh(corpus: Path, workdir: Path, reps: int, procs: int) -> dict:
    from desktop_app.search import SearchIndex

    letters = load_letters(corpus)
    queries = queries_for(letters)
    load = round(os.getloadavg()[0], 2)
    index = SearchIndex(workdir / "whoosh")
    t = time.perf_counter()
    index.rebuild(letters, library_state="bench", procs=procs)
    build_s = time.perf_counter() - t
    index.close()
    t = time.perf_counter()
    index = SearchIndex(workdir / "whoosh")
    index.search("asiel", limit=1, snippets_for=0)
    open_ms = (time.perf_counter() - t) * 1000
    samples, first = _query_samples(
        lambda q: index.search(q[1], limit=20, snippets_for=20), queries, reps)
    totals = {q[1]: index.search(q[1], limit=1, snippets_for=0).total for q in queries}
    adds = []
    for n in range(5):
        t = time.perf_counter()
        index.update([extra_letter(letters[n], n)], library_state=f"bench{n}")
        index.search("asiel", limit=20)  # includes the searcher refresh after the commit
        adds.append((time.perf_counter() - t) * 1000)
    size = sum(p.stat().st_size for p in (workdir / "whoosh").rglob("*") if p.is_file())
    index.close()
    return {"engine": "whoosh", "letters": len(letters), "build_s": build_s, "load": load,
            "open_ms": open_ms, "add_ms": adds, "samples": samples, "first": first,
            "totals": totals,
            "size_mb": size / 2**20, **peak_mb()}


def _query_samples(run, queries, reps: int) -> tuple[dict[str, list[float]], dict[str, float]]:
    """Repeated-run samples per query, and the first run of each query (kept apart: the
    first run is the honest "new query" latency; repeats profit from warm caches)."""
    first = {f"{q[0]}|{q[1]}": timed(lambda q=q: run(q), 1)[0] for q in queries}
    samples: dict[str, list[float]] = {}
    for _ in range(reps):
        for q in queries:
            samples.setdefault(f"{q[0]}|{q[1]}", []).extend(timed(lambda q=q: run(q), 1))
    return samples, first


# ---------------------------------------------------------------- FTS5

FTS_SCHEMA = """
CREATE TABLE letters(id INTEGER PRIMARY KEY, letter_id TEXT, dossier TEXT, date TEXT, kinds TEXT);
CREATE VIRTUAL TABLE fts USING fts5(title, body, signatory,
    tokenize="unicode61 remove_diacritics 2");
"""


def _fts_insert(db: sqlite3.Connection, rowid: int, letter) -> None:
    m = letter.metadata
    kinds = " ".join(sorted({c.kind for c in letter.commitments}))
    db.execute("INSERT INTO letters VALUES (?,?,?,?,?)",
               (rowid, letter.id, m.dossier, m.date, kinds))
    db.execute("INSERT INTO fts(rowid, title, body, signatory) VALUES (?,?,?,?)",
               (rowid, m.title, letter.text, m.signatory))


def fts_query(db: sqlite3.Connection, match: str, where: str) -> int:
    """Top 20 by bm25 with snippets, plus the total; like our search()."""
    if match:
        cond = "fts MATCH ?" + (f" AND {where}" if where else "")
        sql = ("SELECT letters.letter_id, bm25(fts), snippet(fts, 1, '[', ']', '…', 24) "
               "FROM fts JOIN letters ON letters.id = fts.rowid WHERE " + cond +
               " ORDER BY bm25(fts) LIMIT 20")
        db.execute(sql, (match,)).fetchall()
        count = db.execute("SELECT count(*) FROM fts JOIN letters ON letters.id = fts.rowid "
                           "WHERE " + cond, (match,)).fetchone()[0]
    else:
        db.execute("SELECT letters.letter_id, substr(fts.body, 1, 200) FROM letters JOIN fts "
                   f"ON fts.rowid = letters.id WHERE {where} ORDER BY date DESC LIMIT 20"
                   ).fetchall()
        count = db.execute(f"SELECT count(*) FROM letters WHERE {where}").fetchone()[0]
    return count


def run_fts5(corpus: Path, workdir: Path, reps: int) -> dict:
    letters = load_letters(corpus)
    queries = queries_for(letters)
    path = workdir / "fts5.db"
    t = time.perf_counter()
    db = sqlite3.connect(path)
    db.executescript(FTS_SCHEMA)
    with db:
        for i, letter in enumerate(letters, 1):
            _fts_insert(db, i, letter)
    build_s = time.perf_counter() - t
    db.close()
    t = time.perf_counter()
    db = sqlite3.connect(path)
    fts_query(db, "asiel", "")
    open_ms = (time.perf_counter() - t) * 1000
    samples, first = _query_samples(lambda q: fts_query(db, q[2], q[3]), queries, reps)
    totals = {q[1]: fts_query(db, q[2], q[3]) for q in queries}
    adds = []
    for n in range(5):
        t = time.perf_counter()
        with db:
            _fts_insert(db, len(letters) + n + 1, extra_letter(letters[n], n))
        fts_query(db, "asiel", "")
        adds.append((time.perf_counter() - t) * 1000)
    db.close()
    return {"engine": "fts5", "letters": len(letters), "build_s": build_s, "open_ms": open_ms,
            "add_ms": adds, "samples": samples, "first": first, "totals": totals,
            "size_mb": path.stat().st_size / 2**20, **peak_mb()}


# ---------------------------------------------------------------- report


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def by_class(samples: dict[str, list[float]]) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    for key, values in samples.items():
        out.setdefault(key.split("|")[0], []).extend(values)
    out["ALL"] = [v for values in samples.values() for v in values]
    return out


def report(w: dict, f: dict) -> None:
    n = w["letters"]
    rows = [
        ("build (letters/s)", n / w["build_s"], n / f["build_s"]),
        ("build (s)", w["build_s"], f["build_s"]),
        ("add 1 letter, median (ms)", statistics.median(w["add_ms"]),
         statistics.median(f["add_ms"])),
        ("add 1 letter, max (ms)", max(w["add_ms"]), max(f["add_ms"])),
        ("open + first query (ms)", w["open_ms"], f["open_ms"]),
        ("peak RSS (MB)", w["peak_mb"], f["peak_mb"]),
        ("peak RSS build workers (MB)", w["peak_children_mb"], f["peak_children_mb"]),
        ("index size (MB)", w["size_mb"], f["size_mb"]),
    ]
    wc, fc = by_class(w["samples"]), by_class(f["samples"])
    w1 = by_class({k: [v] for k, v in w["first"].items()})
    f1 = by_class({k: [v] for k, v in f["first"].items()})
    for cls in wc:
        rows.append((f"{cls} p50 (ms) run 1", pct(w1[cls], 50), pct(f1[cls], 50)))
        rows.append((f"{cls} p95 (ms) run 1", pct(w1[cls], 95), pct(f1[cls], 95)))
        rows.append((f"{cls} p50 (ms) repeats", pct(wc[cls], 50), pct(fc[cls], 50)))
        rows.append((f"{cls} p95 (ms) repeats", pct(wc[cls], 95), pct(fc[cls], 95)))
    reps = len(next(iter(w["samples"].values())))
    print(f"\n{n} letters, {len(w['samples'])} queries, top 20 with snippets; 'run 1' is each "
          f"query's first run, 'repeats' the next {reps} runs (no result caching: repeats only "
          "profit from warm OS/segment caches)")
    print(f"load average at start {w.get('load', '?')}, at end {os.getloadavg()[0]:.2f}")
    print(f"{'':34}{'whoosh':>12}{'fts5':>12}{'ratio':>9}")
    for name, a, b in rows:
        print(f"{name:34}{a:12.1f}{b:12.1f}{(a / b if b else float('nan')):9.2f}")
    slowest = sorted(w["samples"].items(), key=lambda kv: -max(kv[1] + [w["first"][kv[0]]]))[:6]
    print("\nslowest whoosh queries (run 1 / max of repeats ms, hits whoosh/fts5):")
    for key, values in slowest:
        q = key.split("|", 1)[1]
        print(f"  {w['first'][key]:7.1f} {max(values):7.1f}  {q:45} "
              f"{w['totals'][q]:>6}/{f['totals'].get(q, 0)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--engine", choices=["whoosh", "fts5"], help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.engine:  # child process: one engine, JSON on stdout
        result = (run_whoosh(args.corpus, args.workdir, args.reps, args.procs)
                  if args.engine == "whoosh" else run_fts5(args.corpus, args.workdir, args.reps))
        print(json.dumps(result))
        return
    corpus = corpus_mod.OUT_DIR / f"letters-{args.n}.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(Path(corpus_mod.__file__)), str(args.n)], check=True)
    workdir = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        results = {}
        for engine in ("whoosh", "fts5"):
            out = subprocess.run([sys.executable, __file__, str(args.n), "--engine", engine,
                                  "--corpus", str(corpus), "--workdir", str(workdir),
                                  "--reps", str(args.reps), "--procs", str(args.procs)],
                                 check=True, capture_output=True, text=True)
            results[engine] = json.loads(out.stdout.strip().splitlines()[-1])
        report(results["whoosh"], results["fts5"])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
