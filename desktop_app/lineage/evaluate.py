"""Measure the linker on the labelled chains: ``python -m desktop_app.lineage.evaluate``.

tests/data/lineage/chains.tsv lists links from a promise (a letter and its sentence) to a later
letter that fulfils, postpones, repeats or changes it, and hard negatives (``none``: a later
letter of the same dossier that does not refer to it). The linker looks for each promise in a
library of every letter of the chains plus the labelled commitment corpus and the bundled
letters (the other letters are distractors). Reported: the share of true links whose letter is
among the top 3 candidates (and the top 1), the share of top-1 proposals (candidates with direct
evidence, shown as proposed links) that are wrong, and how often the kind is right.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

from desktop_app.ingest import read_file
from desktop_app.lineage.linker import TOP, Library, Promise, propose

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _locate(text: str, snippet: str) -> tuple[int, int] | None:
    """Where a snippet (copied from the page text) stands in the normalised letter text."""
    i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    words = [re.escape(w) for w in snippet.split()]
    m = re.search(r"\W+".join(words), text)
    return (m.start(), m.end()) if m else None


def _due(sentence: str, letter_date: str | None) -> str | None:
    from desktop_app.commitments.deadlines import find_deadline, normalise_deadline

    phrase = find_deadline(sentence, letter_date)
    span = normalise_deadline(phrase, letter_date) if phrase else None
    return span.get("to") if span else None


def load(chains: Path = DATA / "lineage" / "chains.tsv", extra: tuple[Path, ...] = (
        DATA / "commitments" / "corpus", ROOT / "letters")):
    """The labelled links and a library holding their letters and the distractors."""
    rows = list(csv.DictReader(chains.open(encoding="utf-8"), delimiter="\t"))
    files = sorted({r["promise_file"] for r in rows} | {r["later_file"] for r in rows})
    letters = {}
    for name in files:
        letters[name] = read_file(DATA / name)
    by_path = {str((DATA / name).resolve()): letter for name, letter in letters.items()}
    others = []
    for folder in extra:
        for path in sorted(folder.glob("*")):
            if path.suffix.lower() in (".txt", ".md", ".html", ".xml", ".pdf") and \
                    str(path.resolve()) not in by_path:
                try:
                    others.append(read_file(path))
                except Exception:  # noqa: BLE001 - a distractor that cannot be read is left out
                    continue
    ids = {letter.id for letter in letters.values()}
    library = Library.of([*letters.values(), *(o for o in others if o.id not in ids)])
    return rows, letters, library


def evaluate(rows, letters, library) -> dict:
    promises: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (row["promise_file"], row["promise_snippet"])
        entry = promises.setdefault(key, {"true": {}, "none": set()})
        later = letters[row["later_file"]].id
        if row["kind"] == "none":
            entry["none"].add(later)
        else:
            entry["true"][later] = row["kind"]
    found = top1 = wrong_top1 = proposed_top1 = kinds_right = total = 0
    missed, wrong = [], []
    for (pfile, snippet), entry in promises.items():
        letter = letters[pfile]
        span = _locate(letter.text, snippet)
        if span is None:
            missed.append(f"{pfile}: snippet not found in the parsed text")
            continue
        promise = Promise(letter.id, *span, letter.text[span[0]:span[1]],
                          _due(snippet, letter.metadata.date))
        proposals = propose(library, promise, top=TOP)
        ranked = [p.reference.letter_id for p in proposals]
        if proposals and proposals[0].direct:
            proposed_top1 += 1
            if ranked[0] not in entry["true"]:
                wrong_top1 += 1
                wrong.append(f"{pfile} → {ranked[0]} ({'; '.join(proposals[0].reasons)})")
        for later, kind in entry["true"].items():
            total += 1
            if later in ranked:
                found += 1
                top1 += ranked[0] == later
                proposal = proposals[ranked.index(later)]
                kinds_right += proposal.kind == kind
            else:
                missed.append(f"{pfile} → {later} ({kind})")
    return {
        "true_links": total, "in_top3": round(found / total, 3) if total else None,
        "in_top1": round(top1 / total, 3) if total else None,
        "top1_proposals": proposed_top1,
        "wrong_top1": round(wrong_top1 / proposed_top1, 3) if proposed_top1 else None,
        "kind_right": round(kinds_right / found, 3) if found else None,
        "library": len(library.letters), "missed": missed, "wrong": wrong,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chains", type=Path, default=DATA / "lineage" / "chains.tsv")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows, letters, library = load(args.chains)
    result = evaluate(rows, letters, library)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"{result['true_links']} true links in a library of {result['library']} letters: "
          f"in the top 3 {result['in_top3']}, top 1 {result['in_top1']}; wrong top-1 "
          f"{result['wrong_top1']} of {result['top1_proposals']} proposals; kind right "
          f"{result['kind_right']}")
    for line in result["missed"]:
        print("  missed:", line)
    for line in result["wrong"]:
        print("  wrong top-1:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
