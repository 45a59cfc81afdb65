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
import contextlib
import csv
import itertools
import json
import re
from pathlib import Path

from desktop_app.commitments.labels import is_label_file
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


def _sentence(letter, span: tuple[int, int]) -> tuple[int, int]:
    """The whole sentence (or sentences) a snippet stands in: the app links a detected
    commitment, which is a sentence, not the part of it a person copied into the chain set."""
    from desktop_app.commitments.sentences import split_sentences
    from desktop_app.model import Block

    blocks = [b for b in letter.blocks if b.kind in ("paragraph", "list_item")] \
        or [Block("paragraph", 0, len(letter.text))]
    start, end = span
    for a, b in split_sentences(letter.text, blocks):
        if a <= span[0] < b:
            start = min(start, a)
        if a < span[1] <= b:
            end = max(end, b)
    return start, end


def _due(sentence: str, letter_date: str | None) -> str | None:
    from desktop_app.commitments.deadlines import find_deadline, normalise_deadline

    phrase = find_deadline(sentence, letter_date)
    span = normalise_deadline(phrase, letter_date) if phrase else None
    return span.get("to") if span else None


def _resolve(name: str, data: Path) -> Path:
    """A chain's file: in the data folder, else in the repository's tests/data (a new chain set
    may reuse letters of the commitments corpus by their path)."""
    for base in (data, DATA):
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(f"{name}: not in {data} nor in {DATA}")


def _sources(path: Path) -> dict[str, dict]:
    """SOURCES.tsv by file name: where each stored letter came from, with its date and
    dossier."""
    if not path.exists():
        return {}
    return {r["file"]: r for r in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")}


def _with_source(letter, source: dict):
    """A stored page's letter with the date and dossier its source records where its text
    does not give them (a rijksoverheid.nl summary page has neither in its text; imported
    from the page, the app would read them from its metadata)."""
    from dataclasses import replace

    md = letter.metadata
    date = md.date or source.get("date") or None
    dossier = md.dossier or source.get("dossier") or None
    if (date, dossier) == (md.date, md.dossier):
        return letter
    return replace(letter, metadata=replace(md, date=date, dossier=dossier))


def select(rows: list[dict], spec: str | None) -> list[dict]:
    """The rows of the chains a spec names: 'c01-c15', 'c03,c07,c20-c22', 'odd', 'even'."""
    if not spec:
        return rows
    wanted: set[int] = set()
    numbers = {int(re.sub(r"\D", "", r["chain"]) or 0) for r in rows}
    for part in spec.split(","):
        part = part.strip().lower()
        if part in ("odd", "even"):
            wanted |= {n for n in numbers if n % 2 == (part == "odd")}
            continue
        low, _, high = part.partition("-")
        a = int(re.sub(r"\D", "", low))
        b = int(re.sub(r"\D", "", high)) if high else a
        wanted |= set(range(a, b + 1))
    return [r for r in rows if int(re.sub(r"\D", "", r["chain"]) or 0) in wanted]


def load(chains: Path | None = None, extra: tuple[Path, ...] | None = None, *,
         data: Path = DATA):
    """The labelled links and a library holding their letters and the distractors (the
    commitments corpus and the bundled letters, and any other letter of the data folder)."""
    chains = chains or data / "lineage" / "chains.tsv"
    if extra is None:
        extra = tuple(dict.fromkeys(
            f for f in (data / "commitments" / "corpus", data / "lineage" / "letters",
                        DATA / "commitments" / "corpus", ROOT / "letters") if f.is_dir()))
    rows = list(csv.DictReader(chains.open(encoding="utf-8"), delimiter="\t"))
    files = sorted({r["promise_file"] for r in rows} | {r["later_file"] for r in rows})
    sources = _sources(chains.parent / "SOURCES.tsv")
    letters = {}
    for name in files:
        letters[name] = _with_source(read_file(_resolve(name, data)),
                                     sources.get(Path(name).name, {}))
    by_path = {str(_resolve(name, data).resolve()): letter for name, letter in letters.items()}
    others = []
    for folder in extra:
        for path in sorted(folder.glob("*")):
            if is_label_file(path):  # the commitments corpus keeps its labels beside letters
                continue
            if path.suffix.lower() in (".txt", ".md", ".html", ".xml", ".pdf") and \
                    str(path.resolve()) not in by_path:
                try:
                    others.append(read_file(path))
                except Exception:  # noqa: BLE001 - a distractor that cannot be read is left out
                    continue
    ids = {letter.id for letter in letters.values()}
    seen: set[str] = set()
    distractors = []
    for other in others:
        if other.id not in ids and other.id not in seen:
            seen.add(other.id)
            distractors.append(other)
    library = Library.of([*letters.values(), *distractors])
    return rows, letters, library


def evaluate(rows, letters, library, cache: dict | None = None) -> dict:
    """Top-3 and top-1 recall of the true links, wrong top-1 proposals, and the kind, in all
    and per kind. ``cache``: kept between calls on the same library (each promise's evidence
    is then computed once, and a weight setting only re-scores it)."""
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
    detected: dict[str, list] = {}
    per_kind: dict[str, dict[str, int]] = {}
    confusion: dict[str, dict[str, int]] = {}
    missed, wrong = [], []
    for (pfile, snippet), entry in promises.items():
        letter = letters[pfile]
        span = _locate(letter.text, snippet)
        if span is None:
            missed.append(f"{pfile}: snippet not found in the parsed text")
            continue
        span = _sentence(letter, span)
        sentence = letter.text[span[0]:span[1]]
        # as the window has it: the kind and confidence of the detected commitment there
        if letter.id not in detected:
            detected[letter.id] = _detections(letter)
        detections = detected[letter.id]
        c = next((c for c in detections if c.start < span[1] and span[0] < c.end), None)
        promise = Promise(letter.id, *span, sentence, _due(sentence, letter.metadata.date),
                          c.kind if c else None, c.confidence if c else None)
        proposals = propose(library, promise, top=TOP, cache=cache)
        ranked = [p.reference.letter_id for p in proposals]
        if proposals and proposals[0].direct:
            proposed_top1 += 1
            if ranked[0] not in entry["true"]:
                wrong_top1 += 1
                wrong.append(f"{pfile} → {ranked[0]} ({'; '.join(proposals[0].reasons)})")
        for later, kind in entry["true"].items():
            total += 1
            tally = per_kind.setdefault(kind, {"links": 0, "in_top3": 0, "kind_right": 0})
            tally["links"] += 1
            if later in ranked:
                found += 1
                tally["in_top3"] += 1
                top1 += ranked[0] == later
                proposal = proposals[ranked.index(later)]
                kinds_right += proposal.kind == kind
                tally["kind_right"] += proposal.kind == kind
                said = confusion.setdefault(kind, {})
                said[proposal.kind] = said.get(proposal.kind, 0) + 1
            else:
                missed.append(f"{pfile} → {later} ({kind})")
    return {
        "true_links": total, "in_top3": round(found / total, 3) if total else None,
        "in_top1": round(top1 / total, 3) if total else None,
        "top1_proposals": proposed_top1,
        "wrong_top1": round(wrong_top1 / proposed_top1, 3) if proposed_top1 else None,
        "wrong_top1_count": wrong_top1, "in_top3_count": found, "in_top1_count": top1,
        "kind_right": round(kinds_right / found, 3) if found else None,
        "kind_right_count": kinds_right,
        "per_kind": per_kind, "kind_said": confusion,
        "library": len(library.letters), "missed": missed, "wrong": wrong,
    }


# Every link the linker shows first with direct evidence, for every commitment the detector
# finds in the evaluation library, as people judged it without seeing the linker's reasons
JUDGED = DATA / "lineage" / "proposals-judged.tsv"
JUDGED_FIELDS = ("promise_letter", "later_letter", "verdict", "kind", "promise", "note")
VERDICTS = ("right", "wrong", "nocommit", "unsure")


def _key(promise_letter: str, promise: str, later_letter: str) -> tuple[str, str, str]:
    return promise_letter, " ".join(promise.split())[:200], later_letter


def _detections(letter) -> list:
    """The shipped detector's commitments of a letter, as the library gives it them."""
    from desktop_app.commitments import detect

    md = letter.metadata
    return detect(letter.text, letter.blocks, letter_date=md.date,
                  signatory_role=md.signatory_role)


def shown_links(library) -> list[dict]:
    """The proposal the app shows first as a link (top 1, with direct evidence) for every
    commitment the detector finds in the library's letters: what a person sees in the window
    over a library, not only over the labelled chains."""
    out = []
    for lid, letter in sorted(library.letters.items()):
        for c in _detections(letter):
            span = c.deadline or {}  # the due day the window gives the commitment
            promise = Promise(lid, c.start, c.end, c.text, span.get("to") or span.get("from"),
                              c.kind, c.confidence)
            found = propose(library, promise)
            if found and found[0].direct:
                out.append({"promise_letter": lid, "promise": c.text,
                            "later_letter": found[0].reference.letter_id,
                            "later_sentence": found[0].reference.text, "kind": found[0].kind,
                            "reasons": [str(r) for r in found[0].reasons]})
    return out


def load_judged(path: Path = JUDGED) -> dict[tuple[str, str, str], dict]:
    """The judged links by (promise letter, promise sentence, later letter)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for n, row in enumerate(rows, start=2):
        if row["verdict"] not in VERDICTS:
            raise ValueError(f"{path.name} line {n}: verdict '{row['verdict']}' is not one of "
                             f"{', '.join(VERDICTS)}")
    return {_key(r["promise_letter"], r["promise"], r["later_letter"]): r for r in rows}


def judged_figures(shown: list[dict], judged: dict[tuple[str, str, str], dict]) -> dict:
    """How many shown links people judged right or wrong, and the share wrong: among links
    to a real commitment ("wrong" of "right" + "wrong"), and counting links proposed for a
    sentence that commits to nothing as wrong too. Links nobody judged are listed."""
    counts = dict.fromkeys(VERDICTS, 0)
    kind_right = 0
    unjudged = []
    for link in shown:
        row = judged.get(_key(link["promise_letter"], link["promise"], link["later_letter"]))
        if row is None:
            unjudged.append(link)
            continue
        counts[row["verdict"]] += 1
        kind_right += row["verdict"] == "right" and row["kind"] == link["kind"]
    decided = counts["right"] + counts["wrong"]
    return {"shown": len(shown), **counts,
            "wrong_share": round(counts["wrong"] / decided, 3) if decided else None,
            "wrong_or_nocommit_share": round((counts["wrong"] + counts["nocommit"])
                                             / (decided + counts["nocommit"]), 3)
            if decided + counts["nocommit"] else None,
            "kind_right": round(kind_right / counts["right"], 3) if counts["right"] else None,
            "unjudged": unjudged}


def _objective(result: dict) -> float:
    """What tuning maximises: top-3 recall, then few wrong proposals, then top-1 recall."""
    return ((result["in_top3"] or 0) - 2 * (result["wrong_top1"] or 0)
            + 0.5 * (result["in_top1"] or 0))


# the weights and thresholds --tune may set, and the values it tries (the defaults included)
GRID = {"RESTATES": (0.2, 0.3, 0.4), "SAME_DOSSIER": (1.0, 1.5, 2.0),
        "PROPOSE_AT": (1.5, 2.0, 2.5)}


def tune(rows, letters, library, cache: dict | None = None) -> dict[str, float]:
    """The grid's weights that score best on ``rows`` (the linker's module constants)."""
    from desktop_app.lineage import linker

    names = list(GRID)
    best, best_value = {n: getattr(linker, n) for n in names}, float("-inf")
    for values in itertools.product(*(GRID[n] for n in names)):
        setting = dict(zip(names, values, strict=True))
        with _weights(setting):
            value = _objective(evaluate(rows, letters, library, cache))
        if value > best_value + 1e-9:
            best, best_value = setting, value
    return best


@contextlib.contextmanager
def _weights(setting: dict[str, float]):
    from desktop_app.lineage import linker

    old = {n: getattr(linker, n) for n in setting}
    for name, value in setting.items():
        setattr(linker, name, value)
    original = propose.__kwdefaults__["at_least"]
    if "PROPOSE_AT" in setting:
        propose.__kwdefaults__["at_least"] = setting["PROPOSE_AT"]
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(linker, name, value)
        propose.__kwdefaults__["at_least"] = original


def held_out(rows, letters, library) -> dict[str, dict]:
    """Tuned on one part, measured on the other: odd chains → even, even → odd, and leave one
    dossier out (tuned on the others' chains, measured on its own), pooled."""
    out = {}
    cache: dict = {}  # the evidence of each (promise, sentence), computed once for all folds
    for tune_on, test_on in (("odd", "even"), ("even", "odd")):
        setting = tune(select(rows, tune_on), letters, library, cache)
        with _weights(setting):
            result = evaluate(select(rows, test_on), letters, library, cache)
        out[f"tuned on {tune_on}, measured on {test_on}"] = {"weights": setting, **result}
    dossiers = {r["promise_file"]: letters[r["promise_file"]].metadata.dossier for r in rows}
    pooled: list[dict] = []
    for dossier in sorted({d or "" for d in dossiers.values()}):
        inside = [r for r in rows if (dossiers[r["promise_file"]] or "") == dossier]
        setting = tune([r for r in rows if r not in inside], letters, library, cache)
        with _weights(setting):
            pooled.append(evaluate(inside, letters, library, cache))
    out["leave one dossier out"] = _pool(pooled)
    return out


def _pool(results: list[dict]) -> dict:
    """The folds' figures pooled: counts summed, then shares, in all and per kind."""
    links = sum(r["true_links"] for r in results)
    top3 = sum(r["in_top3_count"] for r in results)
    top1 = sum(r["in_top1_count"] for r in results)
    proposals = sum(r["top1_proposals"] for r in results)
    wrong = sum(r["wrong_top1_count"] for r in results)
    kinds = sum(r["kind_right_count"] for r in results)
    per_kind: dict[str, dict[str, int]] = {}
    for r in results:
        for kind, tally in r["per_kind"].items():
            mine = per_kind.setdefault(kind, {"links": 0, "in_top3": 0, "kind_right": 0})
            for name, value in tally.items():
                mine[name] += value
    return {"true_links": links, "in_top3": round(top3 / links, 3) if links else None,
            "in_top1": round(top1 / links, 3) if links else None, "top1_proposals": proposals,
            "wrong_top1": round(wrong / proposals, 3) if proposals else None,
            "wrong_top1_count": wrong, "kind_right": round(kinds / top3, 3) if top3 else None,
            "per_kind": per_kind, "wrong": [w for r in results for w in r["wrong"]],
            "missed": [m for r in results for m in r["missed"]]}


def _line(result: dict) -> str:
    text = (f"{result['true_links']} true links: in the top 3 {result['in_top3']}, top 1 "
            f"{result['in_top1']}; wrong top-1 {result['wrong_top1']} of "
            f"{result['top1_proposals']} proposals")
    if "kind_right" in result:
        text += f"; kind right {result['kind_right']}"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA,
                        help="a tests/data-shaped folder (lineage/chains.tsv, lineage/letters)")
    parser.add_argument("--chains", default=None,
                        help="which chains: 'c01-c15', 'c03,c20-c22', 'odd', 'even'")
    parser.add_argument("--held-out", action="store_true",
                        help="also tune the weights on odd chains and measure on even ones, "
                             "the reverse, and leave one dossier out")
    parser.add_argument("--judged", action="store_true",
                        help="also measure every link shown first over the whole library "
                             "against the links people judged (lineage/proposals-judged.tsv)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows, letters, library = load(data=args.data)
    rows = select(rows, args.chains)
    result = evaluate(rows, letters, library)
    if args.held_out:
        result["held_out"] = held_out(rows, letters, library)
    if args.judged:
        judged_file = args.data / "lineage" / "proposals-judged.tsv"
        judged = load_judged(judged_file) if judged_file.exists() else {}  # all unjudged
        result["judged"] = judged_figures(shown_links(library), judged)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"In a library of {result['library']} letters: {_line(result)}")
    for kind, tally in sorted(result["per_kind"].items()):
        said = ", ".join(f"{k} {n}" for k, n in sorted(result["kind_said"].get(kind, {}).items()))
        print(f"  {kind}: {tally['links']} links, {tally['in_top3']} in the top 3, kind right "
              f"{tally['kind_right']} (said: {said or '-'})")
    for line in result["missed"]:
        print("  missed:", line)
    for line in result["wrong"]:
        print("  wrong top-1:", line)
    if "judged" in result:
        j = result["judged"]
        print(f"  links shown first over the library: {j['shown']}; judged right {j['right']}, "
              f"wrong {j['wrong']}, to no commitment {j['nocommit']}, unsure {j['unsure']}: "
              f"wrong {j['wrong_share']} (with those to no commitment "
              f"{j['wrong_or_nocommit_share']}), kind right {j['kind_right']}; "
              f"not judged {len(j['unjudged'])}")
        for link in j["unjudged"]:
            print(f"    not judged: {link['promise_letter']} → {link['later_letter']}: "
                  f"{link['promise'][:80]}")
    for name, part in result.get("held_out", {}).items():
        weights = part.get("weights")
        print(f"  {name}: {_line(part)}" + (f" (weights {weights})" if weights else ""))
        if name == "leave one dossier out":
            for kind, tally in sorted(part["per_kind"].items()):
                print(f"    {kind}: {tally['links']} links, {tally['in_top3']} in the top 3, "
                      f"kind right {tally['kind_right']}")
            for line in part["wrong"]:
                print("    wrong top-1:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
