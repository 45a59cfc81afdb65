"""Benchmark re-anchoring: perturb real letters and count annotations placed right or wrong.

Each perturbation rebuilds the text character by character while remembering, for every new
character, which old character it came from. That gives the true new span of each annotation:
the new characters that came from its old span. The ground truth therefore comes from the
perturbation, never from the algorithm. An annotation whose text survives (at least half of
its non-space characters remain) is

* right   when re-anchored onto the surviving part of its own text: the placement holds at
          least 80 % of the annotation's surviving (non-space) characters, and at most 20 % of
          what it holds is other text (other old text anywhere, or inserted text outside the
          hull of the surviving characters; text inserted inside the annotation widens it and
          counts for neither side). A partly deleted quote is right on its remainder; one that
          kept only a letter or two beyond an insertion is right without them; the exact
          quote placed over its own surviving characters is right (equivalent deletions),
* wrong   when placed anywhere else ("partial" if it still overlaps its own text),
* orphan  when not placed.

An annotation whose text is mostly gone is counted apart: orphaned (the expected outcome),
placed on its remnant (acceptable) or placed on other text (a wrong attachment).

Both ways the store re-anchors are measured: with the old text (a diff maps old offsets to
new ones) and from the selectors alone.

Run: ``python benchmarks/bench_anchoring.py [--seeds 1 2 3] [--per-letter N] [--json]``.
Every seed is a separate run (its own spans and perturbations); the report shows each seed
and their total, so a rule tuned to one seed's cases shows up as a miss on another.
Targets: right >= 95 % and wrong = 0 over the annotations whose text survives, on every seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.anchoring import Selector, make_selector, reanchor_all  # noqa: E402

LETTER_DIRS = (Path(__file__).resolve().parents[1] / "tests" / "data" / "seed-letters",
               Path(__file__).resolve().parents[1] / "tests" / "data" / "real-letters")
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


class Truth(NamedTuple):
    """Where an annotation's own characters went, computed from the perturbation's trace."""

    survives: bool  # at least half of its non-space characters are still in the text
    span: tuple[int, int] | None  # hull of the surviving characters (None if none survive)
    torn: bool  # its pieces were separated by a move: out of order, or other old text between


def true_span(new: Traced, start: int, end: int, old_text: str) -> Truth:
    """Track the characters of ``old_text[start:end]`` through the perturbation."""
    kept = [i for i, (ch, src) in enumerate(new)
            if src is not None and start <= src < end and not ch.isspace()]  # fmt: skip
    own = sum(1 for ch in old_text[start:end] if not ch.isspace())
    kept_solid = len(kept)
    sources = [new[i][1] for i in kept]
    span = (kept[0], kept[-1] + 1) if kept else None
    # Inserted characters inside the hull widen the annotation; characters from elsewhere in
    # the old text mean a moved paragraph now lies between its pieces.
    foreign = span is not None and any(
        src is not None and not start <= src < end for _, src in new[span[0] : span[1]]
    )
    return Truth(kept_solid >= 0.5 * own, span, foreign or sources != sorted(sources))


def own_share(new: Traced, placed: tuple[int, int], old: tuple[int, int]) -> float:
    """Share of the placed non-space characters from the old text that came from the
    annotation's own old span (inserted characters count for neither side, as in a hull)."""
    solid = [src for ch, src in new[placed[0] : placed[1]] if not ch.isspace()]
    from_old = [src for src in solid if src is not None]
    own = sum(1 for src in from_old if old[0] <= src < old[1])
    return own / len(from_old) if own else 0.0


def covers_own(
    new: Traced, placed: tuple[int, int], hull: tuple[int, int], old: tuple[int, int]
) -> bool:
    """Whether ``placed`` holds >= 80 % of the annotation's surviving non-space characters and
    at most 20 % other text: other old text, or inserted text outside ``hull`` (the hull of
    an annotation not torn by a move, so all its surviving characters lie inside it)."""
    own_total = own_in = other = 0
    first, last = min(placed[0], hull[0]), max(placed[1], hull[1])
    for k, (ch, src) in enumerate(new[first:last], start=first):
        if ch.isspace():
            continue
        inside = placed[0] <= k < placed[1]
        if src is not None and old[0] <= src < old[1]:
            own_total += 1
            own_in += inside
        elif inside and (src is not None or not hull[0] <= k < hull[1]):
            other += 1
    return own_in >= 0.8 * own_total and other <= 0.2 * (own_in + other)


def same_words(a: str, b: str) -> bool:
    """Equal text once runs of whitespace are collapsed."""
    return " ".join(a.split()) == " ".join(b.split())


def classify(
    new: Traced,
    placed: tuple[int, int] | None,
    truth: Truth,
    old: tuple[int, int],
    quote: str,
) -> str:
    """One of the outcome keys in ``OUTCOMES`` (see the module docstring for the rules)."""
    if not truth.survives:
        if placed is None:
            return "gone_orphan"
        return "gone_remnant" if own_share(new, placed, old) >= 0.8 else "gone_wrong"
    if placed is None:
        return "orphan"
    assert truth.span is not None
    if truth.torn:
        right = own_share(new, placed, old) >= 0.8
    else:
        right = covers_own(new, placed, truth.span, old)
    if not right and overlap(placed, truth.span) > 0:
        # Deletions can be equivalent ("van de parlementaire" minus "e parlementair" reads
        # the same as minus "parlementaire "): the quote itself, on its own surviving
        # characters, is as right as the trace's choice.
        right = same_words("".join(ch for ch, _ in new[placed[0] : placed[1]]), quote)
    if right:
        return "right"
    return "wrong_partial" if overlap(placed, truth.span) > 0 else "wrong_elsewhere"


OUTCOMES = (
    "right", "wrong_partial", "wrong_elsewhere", "orphan",
    "gone_orphan", "gone_remnant", "gone_wrong",
)  # fmt: skip


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def run_one(text: str, name: str, rng: random.Random, per_letter: int) -> dict[str, dict[str, int]]:
    """Perturb one letter once; score every sampled annotation in both modes."""
    spans = sample_spans(text, rng, per_letter)
    selectors = [Selector(s, e, *make_selector(text, s, e)) for s, e in spans]
    new = PERTURBATIONS[name](trace(text), rng)
    new_text = "".join(ch for ch, _ in new)
    truths = [true_span(new, sel.start, sel.end, text) for sel in selectors]
    counts = {}
    for mode, old_text in MODES.items():
        placements = reanchor_all(selectors, new_text, old_text=text if old_text else None)
        tally = dict.fromkeys(OUTCOMES, 0)
        for sel, placed, truth in zip(selectors, placements, truths, strict=True):
            span = None if placed is None else (placed.start, placed.end)
            tally[classify(new, span, truth, (sel.start, sel.end), sel.quote)] += 1
        counts[mode] = tally
    return counts


# Re-anchoring with the old text (what the library does on re-import) and from the
# selectors alone (an annotation whose old text is not at hand, e.g. an imported one).
MODES = {"with old text": True, "selectors only": False}


def load_letters() -> list[str]:
    """The seed letters and the real-letter corpus, raw text."""
    files = sorted(p for d in LETTER_DIRS if d.exists() for p in d.rglob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


Results = dict[str, dict[str, dict[str, int]]]  # mode -> perturbation -> outcome -> count


def run_seed(seed: int, per_letter: int = 40, rounds: int = 3) -> Results:
    """Run every perturbation ``rounds`` times over every letter with one seed."""
    rng = random.Random(seed)
    letters = load_letters()
    results: Results = {mode: {} for mode in MODES}
    for name in PERTURBATIONS:
        for mode in MODES:
            results[mode][name] = dict.fromkeys(OUTCOMES, 0)
        for _ in range(rounds):
            for text in letters:
                for mode, tally in run_one(text, name, rng, per_letter).items():
                    for key, value in tally.items():
                        results[mode][name][key] += value
    return results


def add_up(runs: list[Results]) -> Results:
    """The sum of several runs' counts."""
    total: Results = {mode: {} for mode in MODES}
    for mode in MODES:
        for name in PERTURBATIONS:
            total[mode][name] = {key: sum(run[mode][name][key] for run in runs) for key in OUTCOMES}
    return total


def main(argv: list[str] | None = None) -> int:
    """Run every perturbation over every letter for each seed and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--per-letter", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: one per seed)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    seeds = list(dict.fromkeys(args.seeds))
    jobs = args.jobs or len(seeds)
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(run_seed, s, args.per_letter, args.rounds) for s in seeds]
            runs = [f.result() for f in futures]
    else:
        runs = [run_seed(s, args.per_letter, args.rounds) for s in seeds]
    per_seed = dict(zip(seeds, runs, strict=True))
    if args.json:
        print(json.dumps({"seeds": per_seed, "total": add_up(runs)}, indent=2))
        return 0
    print(f"{len(load_letters())} letters, seeds {' '.join(map(str, seeds))}\n{DEFINITIONS}")
    for seed, results in per_seed.items():
        report(results, f"seed {seed}")
    if len(seeds) > 1:
        report(add_up(runs), "total")
    return 0


DEFINITIONS = """\
n      = annotations whose text survives (>= half of its non-space characters remain)
right  = placed on its own surviving text: holds >= 80 % of its surviving non-space characters
         and <= 20 % other text (other old text; inserted text outside the hull of the
         surviving characters; text inserted inside widens it), or the exact quote over its
         own surviving characters (equivalent deletions); torn by a move (pieces out of
         order or other old text between them): >= 80 % of the placed characters that come
         from the old text are its own (inserted characters count for neither side)
wrong  = placed, but not right; partial = overlaps its own text, elsewhere = does not
orphan = not placed; right/wrong/orphan are shares of n
gone   = text mostly deleted: orphaned / placed on its remnant / placed on other text
         (gone-wrong is a wrong attachment too: target 0)
targets: right >= 95 %, wrong = 0 (partial + elsewhere + gone-wrong)"""


def report(results: Results, title: str) -> None:
    """Print a table of right / wrong / orphan shares per perturbation and mode."""
    for mode, table in results.items():
        print(f"\n[{mode}, {title}]")
        print(
            f"{'perturbation':20} {'n':>5} {'right':>7} {'wrong':>7} {'(part':>6} {'else)':>6}"
            f" {'orphan':>7}  gone: orphan/remnant/wrong"
        )
        for name, c in table.items():
            n = c["right"] + c["wrong_partial"] + c["wrong_elsewhere"] + c["orphan"]
            wrong = c["wrong_partial"] + c["wrong_elsewhere"]
            pct = [100 * v / n if n else 0.0 for v in (c["right"], wrong, c["orphan"])]
            print(
                f"{name:20} {n:5d} {pct[0]:6.1f}% {pct[1]:6.1f}% {c['wrong_partial']:6d}"
                f" {c['wrong_elsewhere']:6d} {pct[2]:6.1f}%"
                f"  {c['gone_orphan']}/{c['gone_remnant']}/{c['gone_wrong']}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
