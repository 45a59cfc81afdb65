"""Benchmark re-anchoring: perturb real letters and count annotations placed right or wrong.

Each perturbation rebuilds the text character by character while remembering, for every new
character, which old character it came from. That gives the true new span of each annotation:
the new characters that came from its old span. An annotation is

* right   when re-anchored onto its true span (overlap / union >= 0.8),
* wrong   when re-anchored anywhere else,
* orphan  when not placed (right if its text was mostly deleted, counted apart).

Run: ``python benchmarks/bench_anchoring.py [--seed N] [--per-letter N] [--json]``.
Targets: right >= 95 % and wrong = 0 over the annotations whose text survives.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.anchoring import Selector, make_selector, reanchor_all  # noqa: E402

LETTER_DIRS = (Path("/work/shared/seed-letters"), Path("/work/shared/corpus/real-letters"))
# A text piece with its provenance: old index per character (None = new character).
Traced = list[tuple[str, int | None]]
FILLER = (
    "Daarnaast wil ik uw Kamer informeren over de voortgang van het programma. ",
    "Het kabinet ",
    "Zie ook de bijlage bij deze brief. ",
    "Dit geldt ook voor de gemeenten en provincies. ",
    "\n\nIn de tussentijd blijft het huidige beleid van kracht.\n\n",
)


def trace(text: str) -> Traced:
    """Every character of ``text`` with its own index as provenance."""
    return [(ch, i) for i, ch in enumerate(text)]


def insert_text(chars: Traced, rng: random.Random, count: int = 6) -> Traced:
    """Insert filler sentences at random word boundaries."""
    for _ in range(count):
        spaces = [i for i, (ch, _) in enumerate(chars) if ch == " "] or [0]
        at = rng.choice(spaces) + 1
        chars = chars[:at] + [(ch, None) for ch in rng.choice(FILLER)] + chars[at:]
    return chars


def delete_text(chars: Traced, rng: random.Random, count: int = 6) -> Traced:
    """Delete random spans of 3 to 60 characters."""
    for _ in range(count):
        if len(chars) < 200:
            break
        at = rng.randrange(len(chars) - 60)
        chars = chars[:at] + chars[at + rng.randint(3, 60) :]
    return chars


def reflow_whitespace(chars: Traced, rng: random.Random) -> Traced:
    """Replace each run of spaces/newlines inside paragraphs by a space, newline or two spaces."""
    out: Traced = []
    for ch, src in chars:
        if ch in " \n" and out and out[-1][0] in " \n" and not (ch == "\n" == out[-1][0]):
            continue
        if ch == " ":
            out.extend((c, src if k == 0 else None) for k, c in enumerate(rng.choice(WS)))
        else:
            out.append((ch, src))
    return out


WS = (" ", " ", " ", "\n", "  ", " \n")


def rehyphenate(chars: Traced, rng: random.Random, share: float = 0.15) -> Traced:
    """Break a share of long words with a hyphen and a line break."""
    text = "".join(ch for ch, _ in chars)
    breaks = {m.start() + len(m.group()) // 2 for m in re.finditer(r"\w{9,}", text)}
    out: Traced = []
    for i, item in enumerate(chars):
        if i in breaks and rng.random() < share:
            out.extend([("-", None), ("\n", None)])
        out.append(item)
    return out


def move_paragraph(chars: Traced, rng: random.Random) -> Traced:
    """Move one paragraph (split on blank lines) to another place."""
    text = "".join(ch for ch, _ in chars)
    cuts = [0] + [m.end() for m in re.finditer(r"\n\n+", text)] + [len(chars)]
    paras = [chars[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    if len(paras) < 3:
        return chars
    moved = paras.pop(rng.randrange(len(paras)))
    paras.insert(rng.randrange(len(paras) + 1), moved)
    return [item for para in paras for item in para]


def mixed(chars: Traced, rng: random.Random) -> Traced:
    """All of the above at once, lighter."""
    chars = insert_text(chars, rng, 3)
    chars = delete_text(chars, rng, 3)
    chars = move_paragraph(chars, rng)
    chars = rehyphenate(chars, rng, 0.1)
    return reflow_whitespace(chars, rng)


PERTURBATIONS: dict[str, Callable[[Traced, random.Random], Traced]] = {
    "insertions": insert_text,
    "deletions": delete_text,
    "reflowed whitespace": reflow_whitespace,
    "re-hyphenation": rehyphenate,
    "paragraph moved": move_paragraph,
    "mixed": mixed,
}


def sample_spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    """Random annotation spans at word boundaries: single words up to a few sentences."""
    words = [m.span() for m in re.finditer(r"\w+", text)]
    spans = []
    for _ in range(count):
        if not words:
            break
        first = rng.randrange(len(words))
        length = rng.choice((1, 1, 2, 3, 5, 8, 15, 30, 60))
        last = min(len(words) - 1, first + length - 1)
        spans.append((words[first][0], words[last][1]))
    return spans


def true_span(new: Traced, start: int, end: int) -> tuple[int, int, bool] | None:
    """The new span of the characters that came from ``start:end`` and whether it was torn
    apart (pieces reordered, as when a paragraph boundary inside it moved); None if the text
    was mostly deleted."""
    kept = [i for i, (_, src) in enumerate(new) if src is not None and start <= src < end]
    if len(kept) < 0.5 * (end - start):
        return None
    sources = [new[i][1] for i in kept]
    return kept[0], kept[-1] + 1, sources != sorted(sources)


def is_right(
    new: Traced, placed: tuple[int, int], truth: tuple[int, int, bool], old: tuple[int, int]
) -> bool:
    """Placed onto its own text: overlap >= 0.8 with the true span; for a torn annotation,
    >= 80 % of the placed characters come from its old text."""
    if not truth[2]:
        return overlap(placed, truth[:2]) >= 0.8
    own = sum(
        1 for _, src in new[placed[0] : placed[1]] if src is not None and old[0] <= src < old[1]
    )
    return own >= 0.8 * (placed[1] - placed[0])


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def run_one(text: str, name: str, rng: random.Random, per_letter: int) -> dict[str, int]:
    """Perturb one letter once and score every sampled annotation."""
    spans = sample_spans(text, rng, per_letter)
    selectors = [Selector(s, e, *make_selector(text, s, e)) for s, e in spans]
    new = PERTURBATIONS[name](trace(text), rng)
    new_text = "".join(ch for ch, _ in new)
    counts = dict.fromkeys(("right", "wrong", "orphan", "gone_orphan", "gone_placed"), 0)
    for sel, placed in zip(selectors, reanchor_all(selectors, new_text), strict=True):
        truth = true_span(new, sel.start, sel.end)
        if truth is None:
            counts["gone_orphan" if placed is None else "gone_placed"] += 1
        elif placed is None:
            counts["orphan"] += 1
        elif is_right(new, (placed.start, placed.end), truth, (sel.start, sel.end)):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    return counts


def load_letters() -> list[str]:
    """The seed letters and the real-letter corpus, raw text."""
    files = sorted(p for d in LETTER_DIRS if d.exists() for p in d.rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def main(argv: list[str] | None = None) -> int:
    """Run every perturbation over every letter and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-letter", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    letters = load_letters()
    results = {}
    for name in PERTURBATIONS:
        totals = dict.fromkeys(("right", "wrong", "orphan", "gone_orphan", "gone_placed"), 0)
        for _ in range(args.rounds):
            for text in letters:
                for key, value in run_one(text, name, rng, args.per_letter).items():
                    totals[key] += value
        results[name] = totals
    report(results, args.json, len(letters))
    return 0


def report(results: dict[str, dict[str, int]], as_json: bool, letters: int) -> None:
    """Print a table (or JSON) of right / wrong / orphan shares per perturbation."""
    if as_json:
        print(json.dumps(results, indent=2))
        return
    print(f"{letters} letters; shares over annotations whose text survives the change")
    print(
        f"{'perturbation':22} {'n':>6} {'right':>8} {'wrong':>8} {'orphan':>8}  gone: orph/placed"
    )
    for name, c in results.items():
        n = c["right"] + c["wrong"] + c["orphan"]
        shares = [100 * c[k] / n if n else 0.0 for k in ("right", "wrong", "orphan")]
        print(
            f"{name:22} {n:6d} {shares[0]:7.1f}% {shares[1]:7.1f}% {shares[2]:7.1f}%"
            f"  {c['gone_orphan']}/{c['gone_placed']}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
