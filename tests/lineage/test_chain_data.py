"""The labelled chain set (tests/data/lineage): files, sources, snippets, dates, kinds.

Every letter file has a SOURCES row and exists; no chain uses a letter reserved for the
independent check (``shared/commitments/excluded.txt``, by kst number and document id) or copies
a letter of the commitments corpus; every snippet occurs exactly once in its letter; a
postponement names its new due date; dates go forward along every link.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
LINEAGE = DATA / "lineage"
CORPUS = DATA / "commitments" / "corpus"
EXCLUDED = Path(__file__).resolve().parents[3] / "shared" / "commitments" / "excluded.txt"

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


CHAIN_HEADER = ["chain", "step", "promise_file", "promise_snippet", "later_file",
                "later_snippet", "kind", "new_due", "note"]
SOURCES_HEADER = ["file", "url", "site", "ministry", "date", "dossier", "complete"]
KINDS = {"fulfils", "postpones", "repeats", "changes", "none"}
SITES = {"okb", "tk", "tkconv", "openkamer", "rijksoverheid", "app1848"}
MINISTRIES = {"AZ", "BZ", "BZK", "Def", "EZK", "Fin", "IenW", "JenV", "LNV", "OCW",
              "SZW", "VWS"}

def read_tsv(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != header:
        err(f"{path}: header is {rows[0] if rows else None}, expected {header}")
        return []
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            err(f"{path}:{n}: {len(row)} fields, expected {len(header)}")
            continue
        out.append(dict(zip(header, row, strict=True)))
    return out


def letter_keys(text: str) -> set[str]:
    """kst numbers (kst-31839-650) and document ids (2019D12345) named in a string."""
    keys = set()
    for m in re.finditer(r"kst-([0-9]{5}(?:-[0-9A-Za-z]+)+)", text):
        keys.add(f"kst-{m.group(1)}".upper())
    for m in re.finditer(r"(?<![0-9])((?:19|20)[0-9]{2}D[0-9]{4,6})", text):
        keys.add(m.group(1).upper())
    # openkamer style: /kamerstuk/35300-XIV/62
    for m in re.finditer(r"kamerstuk/([0-9]{5}(?:-[0-9A-Z]+)?)/([0-9A-Z]+)", text):
        keys.add(f"kst-{m.group(1)}-{m.group(2)}".upper())
    return keys


def excluded_keys() -> set[str]:
    keys = set()
    for line in EXCLUDED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keys |= letter_keys(line)
    return keys


def corpus_dates() -> dict[str, str]:
    dates = {}
    for p in sorted(CORPUS.glob("sources-c*.tsv")):
        with p.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                dates["commitments/corpus/" + row["file"]] = row["date"]
    return dates


def _check(excl: set[str]) -> list[str]:
    """Every problem of the chain set; ``excl``: the keys of the reserved letters."""
    errors.clear()
    sources = read_tsv(LINEAGE / "SOURCES.tsv", SOURCES_HEADER)
    chains = read_tsv(LINEAGE / "chains.tsv", CHAIN_HEADER)

    dates = corpus_dates()
    corpus_ids = {re.sub(r"_truncated$", "", p.stem) for p in CORPUS.glob("*.txt")
                  if not p.name.startswith("labels")}
    listed = set()
    for row in sources:
        rel = "lineage/letters/" + row["file"]
        listed.add(row["file"])
        dates[rel] = row["date"]
        path = LINEAGE / "letters" / row["file"]
        if not path.is_file():
            err(f"SOURCES: {row['file']} does not exist")
        if row["site"] not in SITES:
            err(f"SOURCES: {row['file']}: site {row['site']!r}")
        if not row["file"].startswith(row["site"] + "_"):
            err(f"SOURCES: {row['file']}: name does not start with site {row['site']}")
        if row["ministry"] not in MINISTRIES:
            err(f"SOURCES: {row['file']}: ministry {row['ministry']!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]):
            err(f"SOURCES: {row['file']}: date {row['date']!r}")
        truncated = "_truncated" in row["file"]
        if row["complete"] not in {"yes", "opening"} or truncated != (row["complete"] == "opening"):
            err(f"SOURCES: {row['file']}: complete={row['complete']} vs file name")
        stem = re.sub(r"_truncated$", "", Path(row["file"]).stem)
        if stem in corpus_ids:
            err(f"SOURCES: {row['file']} copies a corpus letter; refer to the corpus file")
        for key in letter_keys(row["file"]) | letter_keys(row["url"]):
            if key in excl:
                err(f"SOURCES: {row['file']} is an excluded letter ({key})")
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            if "\r" in text:
                err(f"{row['file']}: contains carriage returns")
    for path in (LINEAGE / "letters").glob("*.txt"):
        if path.name not in listed:
            err(f"letters/{path.name} has no SOURCES row")

    seen_links = set()
    texts: dict[str, str] = {}
    for n, row in enumerate(chains, start=2):
        where = f"chains.tsv:{n} ({row['chain']} step {row['step']})"
        for side in ("promise", "later"):
            rel = row[f"{side}_file"]
            if not (rel.startswith("lineage/letters/") or rel.startswith("commitments/corpus/")):
                err(f"{where}: {side}_file {rel!r} is outside the two letter folders")
            path = DATA / rel
            if not path.is_file():
                err(f"{where}: {side}_file {rel} does not exist")
                continue
            for key in letter_keys(rel):
                if key in excl:
                    err(f"{where}: {rel} is an excluded letter ({key})")
            if rel not in dates:
                err(f"{where}: no date known for {rel}")
            text = texts.setdefault(rel, path.read_text(encoding="utf-8"))
            snippet = row[f"{side}_snippet"]
            if len(snippet) < 40:
                err(f"{where}: {side}_snippet shorter than 40 characters")
            count = text.count(snippet)
            if count != 1:
                err(f"{where}: {side}_snippet occurs {count} times in {rel}: {snippet[:60]!r}")
        if row["promise_file"] == row["later_file"]:
            err(f"{where}: promise and later letter are the same file")
        if row["kind"] not in KINDS:
            err(f"{where}: kind {row['kind']!r}")
        if row["kind"] == "postpones":
            if not row["new_due"]:
                err(f"{where}: postponement without new_due")
            elif row["new_due"] not in row["later_snippet"]:
                err(f"{where}: new_due {row['new_due']!r} is not in the later snippet")
        elif row["new_due"]:
            err(f"{where}: new_due set for kind {row['kind']}")
        if not row["note"].strip():
            err(f"{where}: empty note")
        d1, d2 = dates.get(row["promise_file"]), dates.get(row["later_file"])
        if d1 and d2 and not d1 < d2:
            err(f"{where}: dates do not go forward ({d1} -> {d2})")
        link = (row["promise_file"], row["promise_snippet"], row["later_file"])
        if link in seen_links:
            err(f"{where}: duplicate link")
        seen_links.add(link)
        if not row["step"].isdigit():
            err(f"{where}: step {row['step']!r} is not a number")

    # steps of one chain: numbered 1..n, all from the same promise letter, dates ascending
    by_chain: dict[str, list[dict[str, str]]] = {}
    for row in chains:
        by_chain.setdefault(row["chain"], []).append(row)
    for chain, rows in by_chain.items():
        steps = [int(r["step"]) for r in rows if r["step"].isdigit()]
        if sorted(steps) != list(range(1, len(rows) + 1)):
            err(f"{chain}: steps {steps} are not 1..{len(rows)}")
        if len({r["promise_file"] for r in rows}) != 1:
            err(f"{chain}: steps start from different promise letters")
        positives = [r for r in sorted(rows, key=lambda r: int(r["step"])) if r["kind"] != "none"]
        ds = [dates.get(r["later_file"], "") for r in positives]
        if ds != sorted(ds):
            err(f"{chain}: later letters of the positive steps are not in date order {ds}")
    return list(errors)


def test_the_chain_set_is_well_formed() -> None:
    assert _check(set()) == []


@pytest.mark.skipif(not EXCLUDED.is_file(), reason="the shared folder is not beside the repo")
def test_no_letter_reserved_for_the_independent_check_is_in_the_chain_set() -> None:
    assert _check(excluded_keys()) == []


def test_the_chain_set_has_at_least_25_true_chains() -> None:
    chains = read_tsv(LINEAGE / "chains.tsv", CHAIN_HEADER)
    true_chains = {r["chain"] for r in chains if r["kind"] != "none"}
    assert len(true_chains) >= 25
    assert {r["kind"] for r in chains} >= {"fulfils", "postpones", "repeats", "changes", "none"}
