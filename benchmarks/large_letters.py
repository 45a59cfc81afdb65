"""Large letters: import, index, render and search one letter of 0.1 … 5 MB (issue 16 item 14).

    python benchmarks/large_letters.py [--sizes 0.1 0.5 1 2 5] [--query kabinet] [--profile STAGE]

Each letter is realistic Dutch text: the paragraphs of the real letters in
``tests/data/real-letters`` repeated and shuffled (a fixed seed) under one real header, up to
the size in MB (10^6 characters). Every size is imported into a fresh temporary library, then
timed, in this process and offscreen:

* ``import``: ``Library.import_paths`` (read, normalise, detect commitments, store);
* ``index``: building the search index (first use after the import);
* ``html``: ``render.letter_html`` with the letter's commitments painted;
* ``setHtml``: ``QTextBrowser.setHtml`` of that HTML;
* ``open``: ``ReaderPane.show_letter`` (what the window does: paint, lay out, map positions);
* ``search``: the first search for ``--query`` (top 20 with snippets, a fresh searcher);
* ``open hits``: opening the letter with all the search's matches painted (``show_letter``).

A letter over the import limit is refused at import; the script then says so and times the
rest without storing it (parsed directly), so the cost of what the limit prevents shows.
``--profile STAGE`` prints the top of a cProfile of that stage for the largest size.
No asserts; prints one table.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
REAL = ROOT / "tests" / "data" / "real-letters"
HEADER_SOURCE = "okb_kst-19637-2115.txt"
STAGES = ("import", "index", "html", "setHtml", "open", "search", "open hits")


def paragraphs() -> tuple[str, list[str]]:
    """The header of one real letter, and every body paragraph of all the real letters."""
    header = ""
    body: list[str] = []
    for path in sorted(REAL.glob("*.txt")):
        chunks = [c.strip() for c in path.read_text(encoding="utf-8").split("\n\n")]
        chunks = [c for c in chunks if len(c) > 40]
        if path.name == HEADER_SOURCE:
            header = "\n\n".join(chunks[:2])
        body.extend(chunks[1:])
    return header, body


def large_letter(megabytes: float, seed: int = 14) -> str:
    """A letter of just under ``megabytes`` million characters ending in a recognisable line."""
    header, body = paragraphs()
    rng = random.Random(seed)
    ending = "Slotzin van de bijlage: einde van de lange brief."
    target = int(megabytes * 1_000_000) - len(ending) - 3  # just under: "5 MB" is allowed
    parts, size = [header], len(header)
    while True:
        batch = body[:]
        rng.shuffle(batch)
        for chunk in batch:
            if size + len(chunk) + 2 > target:
                return "\n\n".join([*parts, ending]) + "\n"
            parts.append(chunk)
            size += len(chunk) + 2


def timed(stage: str, fn, times: dict, profile: str | None):
    """Run ``fn``, store its time under ``stage``; profile it when asked."""
    prof = cProfile.Profile() if profile == stage else None
    started = time.perf_counter()
    if prof:
        prof.enable()
    try:
        return fn()
    finally:
        if prof:
            prof.disable()
        times[stage] = time.perf_counter() - started
        if prof:
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def measure(megabytes: float, query: str, work: Path, profile: str | None) -> dict:
    """Times of every stage for one letter size."""
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from desktop_app.library import Library, parsed_to_letter
    from desktop_app.render import commitment_spans, letter_html
    from desktop_app.ui.reader.reader import ReaderPane

    app = QApplication.instance() or QApplication([])
    folder = work / f"{megabytes}MB"
    folder.mkdir()
    path = folder / "in" / "bijlage.txt"
    path.parent.mkdir()
    path.write_text(large_letter(megabytes), encoding="utf-8")
    times: dict = {"chars": path.stat().st_size}
    with Library(folder / "data", seed=False) as library:
        report = timed("import", lambda: library.import_paths([path]), times, profile)
        if report.errors:  # over the limit: parse it without the limit to time the rest
            from desktop_app.ingest.textreader import parse_text
            from desktop_app.library import detect_for

            times["refused"] = str(report.errors[0])
            letter = parsed_to_letter(parse_text(path.read_text(encoding="utf-8"), str(path),
                                                 "text", []))
            letter = replace(letter, commitments=detect_for(letter))
        else:
            letter = library.letter((report.added or report.updated)[0])
        if not report.errors:
            timed("index", library.ensure_index, times, profile)
        html = timed("html", lambda: letter_html(letter, commitment_spans(letter)), times,
                     profile)
        browser = QTextBrowser()
        timed("setHtml", lambda: browser.setHtml(html), times, profile)
        reader = ReaderPane()
        reader.resize(900, 700)
        reader.show()
        app.processEvents()
        timed("open", lambda: (reader.show_letter(letter), app.processEvents()), times, profile)
        if report.errors:
            return times
        result = timed("search", lambda: library.index.search(query), times, profile)
        hit = next((h for h in result.hits if h.id == letter.id), None)
        times["hits"] = len(hit.matches) if hit else 0
        if hit:
            timed("open hits", lambda: (reader.show_letter(letter, hit.matches),
                                        app.processEvents()), times, profile)
        reader.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.5, 1, 2, 5])
    parser.add_argument("--query", default="kabinet")
    parser.add_argument("--profile", choices=STAGES, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-large-"))
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    rows = []
    try:
        for i, mb in enumerate(sorted(args.sizes)):
            last = i == len(args.sizes) - 1
            times = measure(mb, args.query, work, args.profile if last else None)
            rows.append((mb, times))
            cells = " ".join(f"{s} {times[s]:.2f}s" for s in STAGES if s in times)
            extra = f" ({times.get('hits', 0)} hits)" if "hits" in times else ""
            print(f"{mb:>5} MB: {cells}{extra}", flush=True)
            if "refused" in times:
                print(f"        refused: {times['refused']}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    print("\n| MB | " + " | ".join(STAGES) + " | hits |")
    print("|---" * (len(STAGES) + 2) + "|")
    for mb, times in rows:
        cells = [f"{times[s]:.2f}" if s in times else "–" for s in STAGES]
        print(f"| {mb} | " + " | ".join(cells) + f" | {times.get('hits', '–')} |")


if __name__ == "__main__":
    main()
