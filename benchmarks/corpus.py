"""Generate a realistic corpus of N Kamerbrieven from the real letters, for search benchmarks.

Usage: python benchmarks/corpus.py N [--seed S] [--out benchmarks/corpora/letters-N.jsonl]

How the term spread is kept realistic (a word like "asiel" must be in a minority of letters):

* Every real/seed letter is one *topic*: its sentences (hard-wrapped PDF lines joined,
  hyphenation undone) form that topic's sentence pool. Boilerplate lines (page furniture,
  addresses) are dropped.
* A generated letter draws its sentences from one topic, or (30 %) from two, never from the
  whole pool; topics are chosen with a Zipf-like weight over a shuffled order, so some subjects
  are common and many are rare, as in the real stream of letters.
* Each topic gets its own synthetic vocabulary: compounds of its own content words
  ("asiel" + "procedure" -> "asielprocedure") substituted into ~30 % of its sentences, so the
  term dictionary grows with the corpus and has a long tail like real Dutch text.
* Per letter: a Kamerstuk header (dossier, number, ministry), a date 2015-2025, a signatory of
  the topic's ministry, references ("Kamerstuk 19 637, nr. 2414"), amounts and names, so numbers
  and names are spread too. Lengths follow a log-normal distribution (median ~5,000 characters,
  a few letters of 30,000+), like real letters.

The script prints the document frequency of a few probe words so the spread can be checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
from collections import Counter
from pathlib import Path

SOURCES = [Path(__file__).resolve().parents[1] / "tests" / "data" / "real-letters",
           Path(__file__).resolve().parents[1] / "tests" / "data" / "seed-letters"]
OUT_DIR = Path(__file__).resolve().parent / "corpora"
PROBES = ("asiel", "klimaat", "stikstof", "defensie", "zorg", "gaswinning", "bekeerling",
          "minister", "kamer", "circulaire")
MINISTRIES = {
    "asiel": "Justitie en Veiligheid", "vreemdeling": "Justitie en Veiligheid",
    "klimaat": "Economische Zaken en Klimaat", "gas": "Economische Zaken en Klimaat",
    "zorg": "Volksgezondheid, Welzijn en Sport", "defensie": "Defensie",
    "circulair": "Infrastructuur en Waterstaat", "landbouw": "Landbouw, Natuur en Voedselkwaliteit",
    "fiscaal": "Financiën", "belasting": "Financiën", "sociale": "Sociale Zaken en Werkgelegenheid",
}
FIRST = ["A.", "M.", "J.", "E.", "K.", "F.B.J.", "H.", "C.", "R.", "W.", "S.", "D."]
LAST = ["Broekers-Knol", "Grapperhaus", "Van der Burg", "Jetten", "Kuipers", "Ollongren",
        "Schouten", "Wiersma", "De Jonge", "Hoekstra", "Adema", "Van Hijum", "Keijzer", "Yesilgöz",
        "Harbers", "Heinen", "Mulder", "Bruins", "Van Gennip", "Dijkgraaf", "Brekelmans",
        "Tuinman", "Faber", "Struycken", "Van Weel", "Coenradie", "Szabó", "Madlener"]
DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"]
CUE = re.compile(r"\b(zal|zullen|informeer|toezeg\w*|streef)\b")
JUNK = re.compile(r"(retouradres|postbus|www\.|http|\[overzicht\]|download pdf|naar boven|"
                  r"datum publicatie|zoekveld|^\W*$|^\d+$)", re.I)


def _paragraphs(text: str) -> list[str]:
    """Join hard-wrapped lines, undo hyphenation, drop page furniture."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)
    paras = []
    for block in re.split(r"\n\s*\n", text):
        line = re.sub(r"\s+", " ", block.replace("*", "").replace("#", "")).strip()
        if len(line) >= 40 and not JUNK.search(line):
            paras.append(line)
    return paras


def _sentences(paragraph: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;:])\s+(?=[A-Z“\"(])", paragraph)
    return [p for p in parts if 25 <= len(p) <= 600]


def load_topics() -> list[dict]:
    """One topic per distinct source letter: its sentences and content words."""
    seen, topics = set(), []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            digest = hashlib.sha1(text.encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            sentences = [s for p in _paragraphs(text) for s in _sentences(p)]
            if len(sentences) < 3:
                continue
            words = Counter(w.lower() for s in sentences for w in re.findall(r"[^\W\d_]{6,}", s))
            topics.append({"name": path.stem, "sentences": sentences,
                           "words": [w for w, _ in words.most_common(60)], "text": text})
    return topics


def _ministry(topic: dict) -> str:
    low = topic["text"].lower()
    scores = {m: low.count(k) for k, m in MINISTRIES.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] else "Binnenlandse Zaken en Koninkrijksrelaties"


def prepare(topics: list[dict], rng: random.Random) -> None:
    """Give each topic a ministry, dossiers, ministers and a synthetic compound vocabulary."""
    for t in topics:
        t["ministry"] = _ministry(t)
        t["dossiers"] = [f"{rng.randint(21000, 36800)}" + rng.choice(["", "", "", "-VI", "-02"])
                         for _ in range(rng.randint(2, 6))]
        t["ministers"] = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
        words = t["words"]
        t["compounds"] = [rng.choice(words) + rng.choice(words) for _ in range(300 if words else 0)]
        t["title"] = t["sentences"][0][:90]
    order = list(range(len(topics)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        topics[i]["weight"] = 1.0 / (rank + 1) ** 0.8


def _sentence(topic: dict, rng: random.Random) -> str:
    s = rng.choice(topic["sentences"])
    if topic["compounds"] and rng.random() < 0.3:
        words = [w for w in re.findall(r"[^\W\d_]{6,}", s)]
        if words:
            s = s.replace(rng.choice(words), rng.choice(topic["compounds"]), 1)
    if rng.random() < 0.08:
        s += f" (Kamerstuk {rng.randint(21000, 36800)}, nr. {rng.randint(1, 3200)})"
    if rng.random() < 0.05:
        s += f" Het gaat om € {rng.randint(1, 999)},{rng.randint(0, 9)} miljoen."
    return s


def _date(rng: random.Random) -> tuple[str, str, str]:
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    session = f"{year}-{year + 1}" if month >= 9 else f"{year - 1}-{year}"
    return iso, f"{day} {DUTCH_MONTHS[month - 1]} {year}", session


def make_letter(i: int, topics: list[dict], weights: list[float], rng: random.Random) -> dict:
    """One generated letter as a ``Letter.to_dict()``-like dict (plus a commitments list)."""
    main = rng.choices(topics, weights)[0]
    pool = [main] + ([rng.choices(topics, weights)[0]] if rng.random() < 0.3 else [])
    length = min(60_000, max(600, int(rng.lognormvariate(math.log(5000), 0.8))))
    iso, spoken, session = _date(rng)
    dossier, number = rng.choice(main["dossiers"]), str(rng.randint(1, 3200))
    minister = rng.choice(main["ministers"])
    role = f"Minister van {main['ministry']}"
    head = (f"{dossier.replace('-', ' ')} {main['title']}\n\nNr. {number} BRIEF VAN DE "
            f"{role.upper()}\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            f"Den Haag, {spoken}\n\n")
    paras, size = [], len(head)
    while size < length:
        topic = pool[0] if rng.random() < 0.75 else pool[-1]
        para = " ".join(_sentence(topic, rng) for _ in range(rng.randint(2, 6)))
        paras.append(para)
        size += len(para) + 2
    text = head + "\n\n".join(paras) + f"\n\nDe {role},\n\n{minister}\n"
    return {"id": f"gen{i:06d}", "text": text, "commitments": _commitments(text, rng),
            "metadata": {"title": main["title"], "subject": main["title"], "date": iso,
                         "dossier": dossier, "number": number, "vergaderjaar": session,
                         "signatory": minister, "signatory_role": role,
                         "chamber": "Tweede Kamer"}}


def _commitments(text: str, rng: random.Random) -> list[dict]:
    out = []
    for m in re.finditer(r"[^.\n]+\.", text):
        cue = CUE.search(m.group())
        if cue and rng.random() < 0.3 and len(out) < 6:
            out.append({"start": m.start(), "end": m.end(), "text": m.group(),
                        "kind": rng.choice(["promise", "action", "refusal", "earlier"]),
                        "actor": None, "deadline_text": None, "deadline": None,
                        "cue": cue.group()})
    return out


def generate(n: int, seed: int = 1) -> list[dict]:
    """``n`` letters, deterministic for a seed."""
    rng = random.Random(seed)
    topics = load_topics()
    prepare(topics, rng)
    weights = [t["weight"] for t in topics]
    return [make_letter(i, topics, weights, rng) for i in range(n)]


def document_frequency(letters: list[dict], words: tuple[str, ...] = PROBES) -> dict[str, float]:
    """Share of letters containing each word as a prefix of a token (asiel, asielzoeker …)."""
    out = {}
    for w in words:
        pattern = re.compile(r"\b" + re.escape(w), re.I)
        out[w] = sum(1 for d in letters if pattern.search(d["text"])) / max(1, len(letters))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    letters = generate(args.n, args.seed)
    out = args.out or OUT_DIR / f"letters-{args.n}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for d in letters:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    sizes = sorted(len(d["text"]) for d in letters)
    print(f"wrote {len(letters)} letters to {out}; chars p50={sizes[len(sizes) // 2]} "
          f"p95={sizes[int(len(sizes) * 0.95)]} max={sizes[-1]}")
    for word, share in document_frequency(letters).items():
        print(f"  df({word!r}) = {share:.1%}")


if __name__ == "__main__":
    main()
