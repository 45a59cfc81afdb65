"""Generate N letters whose vocabulary and word order behave like real Kamerbrieven.

Usage: python benchmarks/corpus_markov.py N [--seed S] [--out benchmarks/corpora/markov-N.jsonl]

Used next to ``benchmarks/corpus.py``, which copies whole real sentences: every phrase query
there finds only word sequences that occur in a real letter, which hid phrase hits without the
phrase. Here the text is sampled word by word:

* **Word order**: a word-level trigram model (back-off to bigrams) trained on the bundled
  letters (``letters/``) and the commitment corpus (``tests/data/commitments/corpus``). One
  model per *topic* (the sources grouped by ministry, from their text), backing off to a model
  of all sources, so a letter about asylum mostly reads like asylum letters, and word
  sequences recombine across sentences and letters ("minister van" … "justitie en
  veiligheid") as in a real stream of letters.
* **Vocabulary growth**: content words are replaced, at a small rate, by words of a growing
  synthetic lexicon drawn from a Pitman-Yor process (discount 0.5): new words appear at a rate
  that falls with the corpus size (Heaps' law; the lexicon grows ~ n^0.5) and word
  frequencies have a Zipf-like tail. New words are Dutch-looking compounds of content words
  of the topic ("asiel" + "procedure"), with plural/inflected variants. Measured (seed 1):
  40,174 distinct words at 10k letters, 61,374 at 50k (~ n^0.27 overall: the trained
  vocabulary is shared, only the lexicon keeps growing); real Kamerbrieven grow faster (names,
  numbers), so this corpus understates the term dictionary.
* **Per letter**: a Kamerstuk header (dossier, number, ministry), a date 2015-2025, a
  signatory, references and amounts, a log-normal length (median ~5,000 characters), as in
  ``corpus.py``. Deterministic for a seed.

The output has the same JSONL layout as ``corpus.py`` (``id``, ``text``, ``commitments``,
``metadata``). The script prints the document frequency of probe words, the vocabulary size
at growing sizes (Heaps) and how many letters hold ``"minister van justitie en veiligheid"``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import corpus as base  # noqa: E402

SOURCES = [ROOT / "letters", ROOT / "tests" / "data" / "commitments" / "corpus"]
OUT_DIR = base.OUT_DIR
START, END = "<s>", "</s>"
_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[.,;:!?()€%]")
_NO_SPACE_BEFORE = set(".,;:!?)%")
BACKOFF = 0.3  # share of words drawn from the bigram model although the trigram knows more
NEW_WORD_RATE = 0.06  # share of content words drawn from the growing lexicon
PY_DISCOUNT, PY_STRENGTH = 0.5, 50.0  # Pitman-Yor process of the lexicon
PHRASE = "minister van justitie en veiligheid"


def _source_texts() -> list[tuple[str, str]]:
    """``(name, text)`` of every training letter (the commitment labels are not letters)."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".md") and not path.name.startswith("labels"):
                out.append((path.stem, path.read_text(encoding="utf-8", errors="replace")))
    return out


def _sentences(text: str) -> list[list[str]]:
    """Token lists of the body sentences (page furniture dropped, wrapped lines joined)."""
    out = []
    for para in base._paragraphs(text):
        for sentence in re.split(r"(?<=[.!?])\s+", para):
            tokens = _TOKEN_RE.findall(sentence)
            if 4 <= len(tokens) <= 80:
                out.append(tokens)
    return out


class _Model:
    """Trigram and bigram continuation tables with cumulative weights for fast sampling."""

    def __init__(self, sentences: list[list[str]]):
        tri: dict[tuple[str, str], Counter] = defaultdict(Counter)
        bi: dict[str, Counter] = defaultdict(Counter)
        for tokens in sentences:
            seq = [START, START, *tokens, END]
            for a, b, c in zip(seq, seq[1:], seq[2:], strict=False):
                tri[(a, b)][c] += 1
                bi[b][c] += 1
        self.tri = {k: _table(v) for k, v in tri.items()}
        self.bi = {k: _table(v) for k, v in bi.items()}


def _table(counts: Counter) -> tuple[list[str], list[int]]:
    words = sorted(counts)  # sorted: the same table for the same counts, whatever the order
    return words, list(itertools.accumulate(counts[w] for w in words))


def _draw(table: tuple[list[str], list[int]], rng: random.Random) -> str:
    words, cum = table
    return words[bisect.bisect_right(cum, rng.random() * cum[-1])]


class _Lexicon:
    """Words of a Pitman-Yor process: ``draw()`` is a new word or an earlier one by frequency."""

    def __init__(self, stems: list[str], rng: random.Random):
        self.stems, self.rng = stems, rng
        self.urn: list[str] = []  # one entry per draw: sampling from it is by frequency
        self.types: list[str] = []

    def draw(self) -> str:
        n, k = len(self.urn), len(self.types)
        if not n or self.rng.random() < (PY_STRENGTH + PY_DISCOUNT * k) / (n + PY_STRENGTH):
            word = self._new_word()
            self.types.append(word)
        else:
            word = self.urn[int(self.rng.random() * n)]
        self.urn.append(word)
        return word

    def _new_word(self) -> str:
        a, b = self.rng.choice(self.stems), self.rng.choice(self.stems)
        word = a + ("s" if self.rng.random() < 0.2 else "") + b
        return word + self.rng.choice(["", "", "", "en", "s", "e"])


def load_topics(rng: random.Random) -> tuple[list[dict], _Model]:
    """Topics (sources grouped by ministry) with their models, and the model of all sources."""
    groups: dict[str, list[str]] = defaultdict(list)
    for _name, text in _source_texts():
        groups[base._ministry({"text": text})].append(text)
    everything = []
    topics = []
    for ministry in sorted(groups):
        sentences = [s for text in groups[ministry] for s in _sentences(text)]
        everything.extend(sentences)
        words = Counter(t.lower() for s in sentences for t in s if len(t) >= 6 and t.isalpha())
        stems = [w for w, _ in words.most_common(150)]
        title_words = [w for w, _ in words.most_common(12)]
        topics.append({"ministry": ministry, "model": _Model(sentences),
                       "lexicon": _Lexicon(stems, rng), "title_words": title_words,
                       "dossiers": [f"{rng.randint(21000, 36800)}"
                                    + rng.choice(["", "", "", "-VI", "-02"])
                                    for _ in range(rng.randint(3, 8))],
                       "ministers": [f"{rng.choice(base.FIRST)} {rng.choice(base.LAST)}"
                                     for _ in range(3)]})
    order = list(range(len(topics)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        topics[i]["weight"] = 1.0 / (rank + 1) ** 0.8
    return topics, _Model(everything)


def _sentence(topic: dict, general: _Model, rng: random.Random) -> list[str]:
    model, lexicon = topic["model"], topic["lexicon"]
    a, b, out = START, START, []
    while len(out) < 60:
        if rng.random() < BACKOFF or (a, b) not in model.tri:
            table = model.bi.get(b) or general.bi.get(b)
            if table is None:
                break
        else:
            table = model.tri[(a, b)]
        word = _draw(table, rng)
        if word == END:
            break
        if (len(word) >= 6 and word.isalpha() and word.islower()
                and rng.random() < NEW_WORD_RATE):
            word = lexicon.draw()  # the next word still follows the original one
            out.append(word)
            a, b = b, _draw_key(word, b, model)
            continue
        out.append(word)
        a, b = b, word
    return out


def _draw_key(word: str, previous: str, model: _Model) -> str:
    """The context after a lexicon word: the word itself when the model knows it."""
    return word if word in model.bi else previous


def _detokenize(tokens: list[str]) -> str:
    out = []
    for i, t in enumerate(tokens):
        if i and t not in _NO_SPACE_BEFORE and tokens[i - 1] != "(":
            out.append(" ")
        out.append(t)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def make_letter(i: int, topics: list[dict], weights: list[float], general: _Model,
                rng: random.Random) -> dict:
    """One generated letter as a ``Letter.to_dict()``-like dict (plus a commitments list)."""
    main = rng.choices(topics, weights)[0]
    pool = [main] + ([rng.choices(topics, weights)[0]] if rng.random() < 0.3 else [])
    length = min(60_000, max(600, int(rng.lognormvariate(math.log(5000), 0.8))))
    iso, spoken, _session = base._date(rng)
    title = " ".join(rng.sample(main["title_words"], min(3, len(main["title_words"])))).capitalize()
    dossier, number = rng.choice(main["dossiers"]), str(rng.randint(1, 3200))
    minister = rng.choice(main["ministers"])
    role = f"Minister van {main['ministry']}"
    head = (f"{dossier.replace('-', ' ')} {title}\n\nNr. {number} BRIEF VAN DE "
            f"{role.upper()}\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            f"Den Haag, {spoken}\n\n")
    paras, size = [], len(head)
    while size < length:
        topic = pool[0] if rng.random() < 0.75 else pool[-1]
        sentences = []
        for _ in range(rng.randint(2, 6)):
            tokens = _sentence(topic, general, rng)
            if len(tokens) >= 3:
                sentence = _detokenize(tokens)
                if rng.random() < 0.08:
                    sentence += (f" (Kamerstuk {rng.randint(21000, 36800)}, "
                                 f"nr. {rng.randint(1, 3200)})")
                if rng.random() < 0.05:
                    sentence += f" Het gaat om € {rng.randint(1, 999)},{rng.randint(0, 9)} miljoen."
                sentences.append(sentence)
        para = " ".join(sentences)
        if para:
            paras.append(para)
            size += len(para) + 2
    text = head + "\n\n".join(paras) + f"\n\nDe {role},\n\n{minister}\n"
    return {"id": f"mk{i:06d}", "text": text, "commitments": base._commitments(text, rng),
            "metadata": {"title": title, "subject": title, "date": iso, "dossier": dossier,
                         "number": number, "vergaderjaar": _session, "signatory": minister,
                         "signatory_role": role, "chamber": "Tweede Kamer"}}


def generate(n: int, seed: int = 1):
    """``n`` letters, deterministic for a seed (a generator: 50k letters need not fit)."""
    rng = random.Random(seed)
    topics, general = load_topics(rng)
    weights = [t["weight"] for t in topics]
    for i in range(n):
        yield make_letter(i, topics, weights, general, rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    out = args.out or OUT_DIR / f"markov-{args.n}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    sizes, vocabulary, heaps = [], set(), []
    probes = {w: re.compile(r"\b" + re.escape(w), re.I) for w in base.PROBES}
    df = Counter()
    phrase = re.compile(r"\b" + r"\W+".join(PHRASE.split()) + r"\b", re.I)
    with_phrase = 0
    with out.open("w", encoding="utf-8") as fh:
        for i, d in enumerate(generate(args.n, args.seed), 1):
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
            sizes.append(len(d["text"]))
            vocabulary.update(w.lower() for w in re.findall(r"\w+", d["text"]))
            df.update(w for w, p in probes.items() if p.search(d["text"]))
            with_phrase += bool(phrase.search(d["text"]))
            if i & (i - 1) == 0 or i == args.n:  # powers of two, and the end
                heaps.append((i, len(vocabulary)))
    sizes.sort()
    print(f"wrote {args.n} letters to {out}; chars p50={sizes[len(sizes) // 2]} "
          f"p95={sizes[int(len(sizes) * 0.95)]} max={sizes[-1]}")
    print("  vocabulary (letters -> distinct words): "
          + ", ".join(f"{n}: {v}" for n, v in heaps[-6:]))
    for word in base.PROBES:
        print(f"  df({word!r}) = {df[word] / args.n:.1%}")
    print(f"  letters holding {PHRASE!r}: {with_phrase}")


if __name__ == "__main__":
    main()
