"""Evaluate the detector against the labelled sentence sets.

``python -m desktop_app.commitments.evaluate [--set dev|heldout|corpus] [--by GROUP] [--verbose]``
prints precision, recall and F1 per kind and overall, the kind accuracy, and the errors. Labelled
sentences are matched to detections by text overlap, so small changes in normalisation do not
break the labels. Borderline sentences count neither way.

``--by site|ministry|period`` (corpus only) adds the scores of each group of letters.

``--agreement`` says how far independent second readings of corpus letters
(``tests/data/commitments/agreement/labels-*.txt``, labelled by the guide without seeing the
corpus labels) agree with the corpus labels and with each other, in the same measure: what the
labels themselves allow a detector to reach.

``--cv site|ministry|period`` measures honestly on letters of groups the learned scorer was not
trained on (grouped cross-validation, see ``train.py``): per kind, with the share of
high-confidence highlights that are borderline or wrong, and per group. These are the figures
that count; the dev-set figures are shown beside them for comparison. (The cue rules were
written against dev letters and, since December 2026, also against corpus errors of the sets
c1–c3: for the rules the corpus is not unseen; later label sets are.)
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from desktop_app.commitments import detect
from desktop_app.commitments.labels import (
    DATA_DIR,
    LabelledSentence,
    find_letter,
    label_letter,
    load_set,
    load_sources,
    parse_annotations,
)
from desktop_app.commitments.letters import load_letter
from desktop_app.model import COMMITMENT_KINDS, Block, Commitment

Detector = Callable[..., list[Commitment]]


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores for one label set, plus the errors behind them."""

    overall: Counts = field(default_factory=Counts)
    per_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    kind_correct: int = 0
    errors: list[str] = field(default_factory=list)
    unlocated: int = 0
    unlocated_positive: int = 0  # yes/borderline sentences no longer in the text

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.overall.tp if self.overall.tp else 1.0


def baseline_detect(text: str, blocks: Sequence[Block] = (), **_: object) -> list[Commitment]:
    """The naive reference: every sentence with "zal", "zullen" or "wil" is an action."""
    from desktop_app.commitments import _body_blocks
    from desktop_app.commitments.sentences import split_sentences

    cue = re.compile(r"\b(?:zal|zullen|wil)\b", re.I)
    return [
        Commitment(s, e, text[s:e], "action", None, None, None, "baseline")
        for s, e in split_sentences(text, _body_blocks(text, blocks))
        if cue.search(text[s:e])
    ]


GROUPINGS = ("site", "ministry", "period")


def evaluate(set_name: str = "dev", detector: Detector = detect,
             letters: Collection[str] | None = None) -> Report:
    """Run a detector (by default ``detect``) on every letter of a label set (or on those
    named in ``letters``) and score it."""
    report = Report()
    by_letter: dict[str, list[LabelledSentence]] = defaultdict(list)
    for row in load_set(set_name):
        if letters is None or row.letter in letters:
            by_letter[row.letter].append(row)
    for name, rows in by_letter.items():
        letter = load_letter(find_letter(name))
        found = detector(
            letter.text,
            letter.blocks,
            letter_date=letter.date,
            signatory_role=letter.signatory_role,
        )
        _score_letter(report, name, letter.text, rows, found)
    return report


def _score_letter(
    report: Report, name: str, text: str, rows: Sequence[LabelledSentence],
    found: Sequence[Commitment],
) -> None:
    """Match one letter's labelled sentences to its detections and count."""
    matched: set[int] = set()
    for row in rows:
        span = _locate(text, row)
        if span is None:
            report.unlocated += 1
            report.unlocated_positive += row.label != "no"
            if row.label != "no":
                report.errors.append(f"UNLOCATED {name}: [{row.label}] {row.text}")
            continue
        index = _best_overlap(span, found)
        predicted = None if index is None else found[index]
        if index is not None:
            matched.add(index)
        _count(report, name, row, predicted)
    for index, commitment in enumerate(found):
        if index not in matched:
            report.overall.fp += 1
            report.per_kind[commitment.kind].fp += 1
            report.errors.append(f"FP (unlabelled) {name}: [{commitment.kind}] {commitment.text}")


def _count(report: Report, name: str, row: LabelledSentence, predicted: Commitment | None) -> None:
    """Add one labelled sentence's outcome to the counts."""
    if row.label == "borderline":
        return
    kind = predicted.kind if predicted else None
    if row.label == "yes":
        gold = row.kind or "action"
        if predicted is None:
            report.overall.fn += 1
            report.per_kind[gold].fn += 1
            report.errors.append(f"FN {name}: [{gold}] {row.text}")
            return
        report.overall.tp += 1
        if kind == gold:
            report.kind_correct += 1
            report.per_kind[gold].tp += 1
            return
        report.per_kind[gold].fn += 1
        report.per_kind[kind].fp += 1
        report.errors.append(f"KIND {name}: [{gold} -> {kind}; {predicted.cue}] {row.text}")
    elif predicted is not None:
        report.overall.fp += 1
        report.per_kind[kind].fp += 1
        report.errors.append(f"FP {name}: [{kind}; {predicted.cue}] {row.text}")


def _locate(text: str, row: LabelledSentence) -> tuple[int, int] | None:
    """Where a labelled sentence is in the current normalised text."""
    if text[row.start : row.end] == row.text:
        return row.start, row.end
    for probe in (row.text, row.text[:60], row.text[-60:]):
        at = text.find(probe)
        if at >= 0:
            return (at, at + len(row.text)) if probe is not row.text[-60:] else (
                at + len(probe) - len(row.text), at + len(probe))
    return None


def _best_overlap(span: tuple[int, int], found: Sequence[Commitment]) -> int | None:
    """The detection overlapping ``span`` most, if it covers half of the shorter of the two."""
    best, best_overlap = None, 0
    for index, commitment in enumerate(found):
        overlap = min(span[1], commitment.end) - max(span[0], commitment.start)
        shorter = min(span[1] - span[0], commitment.end - commitment.start)
        if overlap > best_overlap and overlap * 2 >= shorter:
            best, best_overlap = index, overlap
    return best


def groups_of(set_name: str, grouping: str) -> dict[str, list[str]]:
    """The letters of a label set per group (site, ministry or period of five years)."""
    if grouping not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    sources = load_sources()
    groups: dict[str, list[str]] = defaultdict(list)
    for name in sorted({row.letter for row in load_set(set_name)}):
        source = sources.get(name)
        groups[getattr(source, grouping) if source else "unknown"].append(name)
    return dict(sorted(groups.items()))


def evaluate_groups(set_name: str, grouping: str,
                    detector: Detector = detect) -> dict[str, Report]:
    """One report per group of letters (see :func:`groups_of`)."""
    return {group: evaluate(set_name, detector, set(names))
            for group, names in groups_of(set_name, grouping).items()}


def format_groups(reports: dict[str, Report], grouping: str) -> str:
    """A table of the scores per group, worst recall first."""
    lines = [f"{grouping:<14}{'P':>7}{'R':>7}{'F1':>7}{'kind':>7}{'TP':>5}{'FP':>5}{'FN':>5}"]
    ordered = sorted(reports.items(), key=lambda item: item[1].overall.recall)
    for group, report in ordered:
        c = report.overall
        lines.append(f"{group:<14}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                     f"{report.kind_accuracy:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    return "\n".join(lines)


def format_report(report: Report, set_name: str, verbose: bool = False) -> str:
    """The report as text: a table per kind, the overall scores and the errors."""
    header = f"{'kind':<10}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}"
    lines = [f"set: {set_name}", header]
    for kind in (*COMMITMENT_KINDS, "overall"):
        c = report.overall if kind == "overall" else report.per_kind[kind]
        lines.append(f"{kind:<10}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                     f"{c.tp:>5}{c.fp:>5}{c.fn:>5}")
    lines.append(f"kind accuracy: {report.kind_accuracy:.3f}")
    if report.unlocated:
        lines.append(f"labelled sentences not found in the text: {report.unlocated} "
                     f"({report.unlocated_positive} of them yes/borderline; rebuild with "
                     "python -m desktop_app.commitments.labels)")
    lines.append(f"errors: {len(report.errors)}")
    shown = report.errors if verbose else [e[:160] for e in report.errors]
    lines.extend(f"  {e}" for e in shown)
    return "\n".join(lines)


def format_cross_validation(grouping: str, verbose: bool = False,
                            half: str | None = None) -> str:
    """Grouped cross-validation on the corpus next to the dev set, as text.

    The figures are given for all corpus letters and for each fixed half of the ministries
    (``train.HALVES``); with ``half`` the error list holds only that half's letters (half B's
    errors are the ones not to read while designing the detector).
    """
    from desktop_app.commitments.train import HALVES, cross_validate, half_of, letter_groups

    cv = cross_validate(grouping)
    lines = [f"grouped cross-validation by {grouping}: every corpus letter scored by a model "
             f"trained without its {grouping}", ""]
    plural = {"site": "sites", "ministry": "ministries", "period": "periods"}[grouping]
    groups = letter_groups()
    halves = {h: {n for n in cv.per_letter if half_of(groups[n]["ministry"]) == h}
              for h in HALVES}
    shown_report = cv.overall
    if half is not None:
        shown_report = cv.subset(halves[half])[0]
    text = format_report(cv.overall, f"corpus, unseen {plural}, all detections", verbose)
    head, _, _ = text.partition("errors:")
    lines.append(head.rstrip())
    lines.append("")
    high = cv.high_only.overall
    bad = cv.high_bad / cv.high_shown if cv.high_shown else 0.0
    lines.append(f"high confidence only: P {high.precision:.3f} R {high.recall:.3f} "
                 f"F1 {high.f1:.3f}; {cv.high_shown} shown, {cv.high_bad} of them borderline "
                 f"or wrong ({bad:.3f})")
    lines.append("")
    if cv.per_letter:
        lines.append(format_halves(cv, halves))
        lines.append("")
    lines.append(format_groups(cv.per_group, grouping))
    lines.append("")
    lines.append(format_report(evaluate("dev"), "dev (the shipped detector; tuned on it)")
                 .split("errors:")[0].rstrip())
    label = f"half {half}" if half else "all letters"
    errors = shown_report.errors if verbose else [e[:160] for e in shown_report.errors]
    lines.append("")
    lines.append(f"errors ({label}): {len(errors)}")
    lines.extend(f"  {e}" for e in errors)
    return "\n".join(lines)


def format_halves(cv, halves: dict[str, set[str]]) -> str:
    """Figures per fixed half of the ministries and for all: P, R, F1, kind, F1 per kind."""
    kinds = "".join(f"{k[:7]:>8}" for k in COMMITMENT_KINDS)
    lines = [f"{'half':<6}{'P':>7}{'R':>7}{'F1':>7}{'kind':>7}{'high':>6}{'bad':>7}{kinds}"]
    for name, letters in (*halves.items(), ("all", set(cv.per_letter))):
        report, _, shown, bad = cv.subset(letters)
        c = report.overall
        per_kind = "".join(f"{report.per_kind[k].f1:>8.3f}" for k in COMMITMENT_KINDS)
        share = bad / shown if shown else 0.0
        lines.append(f"{name:<6}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                     f"{report.kind_accuracy:>7.3f}{shown:>6}{share:>7.3f}{per_kind}")
    return "\n".join(lines)


AGREEMENT_DIR = DATA_DIR / "agreement"


def agreement(reference: Sequence[LabelledSentence], reading: Sequence[LabelledSentence],
              counted: Collection[str] = ("yes",)) -> Report:
    """How a second reading of the same letters agrees with ``reference``, in the detector's
    own measure: the sentences the reading labels ``counted`` are its detections, of the kind
    it gives; borderline sentences of the reference count neither way. Both list the same
    letters' sentences in the same order (as :func:`labels.label_letter` gives them)."""
    report = Report()
    for ref, other in zip(reference, reading, strict=True):
        if (ref.letter, ref.start, ref.end) != (other.letter, other.start, other.end):
            raise ValueError(f"the readings split {ref.letter} differently")
        predicted = Commitment(other.start, other.end, other.text, other.kind or "action",
                               None, None, None, f"read {other.label}") \
            if other.label in counted else None
        _count(report, ref.letter, ref, predicted)
    return report


def second_readings(folder=AGREEMENT_DIR) -> dict[str, list[LabelledSentence]]:
    """Each reading of the folder (``labels-<name>.txt``) as labelled sentences, and the
    corpus labels of the same letters as ``"corpus"``; every reading labels the same
    letters."""
    corpus = parse_annotations()
    readings: dict[str, list[LabelledSentence]] = {}
    names: list[str] | None = None
    for path in sorted(folder.glob("labels-*.txt")):
        read = parse_annotations(path)
        if names is None:
            names = list(read)
        elif sorted(read) != sorted(names):
            raise ValueError(f"{path.name} labels other letters than the first reading")
        unknown = [name for name in read if name not in corpus]
        if unknown:
            raise ValueError(f"{path.name}: not corpus letters: {', '.join(unknown)}")
        readings[path.stem.removeprefix("labels-")] = [
            row for name in names for row in _labelled(name, read[name][1], path)]
    if names:
        readings = {"corpus": [row for name in names
                               for row in label_letter(name, corpus[name][1])], **readings}
    return readings


def _labelled(name: str, annotations, path) -> list[LabelledSentence]:
    """A reading's labels, failing when a snippet is in no sentence (a changed sentence
    splitter must not quietly turn a reading's labels into "no")."""
    try:
        return label_letter(name, annotations, strict=True)
    except ValueError as error:
        raise ValueError(f"{path.name}: {error}") from None


def format_agreement(folder=AGREEMENT_DIR) -> str:
    """Each reading against each other (the first named is the reference)."""
    readings = second_readings(folder)
    if not readings:
        return f"no readings in {folder}"
    letters = len({r.letter for r in next(iter(readings.values()))})
    lines = [f"Second readings of {letters} corpus letters "
             f"({len(next(iter(readings.values())))} sentences); yes per reading: "
             + ", ".join(f"{name} {sum(r.label == 'yes' for r in rows)}"
                         for name, rows in readings.items()),
             "reference → reading: P R F1 kind (the reading's yes as detections; "
             "with its borderline too)"]
    for ref_name, ref in readings.items():
        for name, rows in readings.items():
            if name == ref_name:
                continue
            yes, wide = agreement(ref, rows), agreement(ref, rows, ("yes", "borderline"))
            lines.append(
                f"  {ref_name} → {name}: {_prf(yes)} kind {yes.kind_accuracy:.3f}; "
                f"with borderline {_prf(wide)}")
    return "\n".join(lines)


def _prf(report: Report) -> str:
    c = report.overall
    return f"P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=("dev", "heldout", "corpus"))
    parser.add_argument("--by", choices=GROUPINGS,
                        help="also score each group of letters (site, ministry, period)")
    parser.add_argument("--cv", choices=GROUPINGS,
                        help="grouped cross-validation: train without each group, score on it")
    parser.add_argument("--half", choices=("A", "B"),
                        help="with --cv: list only the errors of this half of the ministries")
    parser.add_argument("--agreement", action="store_true",
                        help="how independent second readings agree with the corpus labels")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--baseline", action="store_true",
                        help='score the naive "zal|zullen|wil" regex instead, for comparison')
    args = parser.parse_args(argv)
    detector = baseline_detect if args.baseline else detect
    if args.agreement:
        if args.cv or args.by or args.baseline or args.half or args.set != "dev":
            parser.error("--agreement scores the second readings only: use it alone")
        print(format_agreement())
        return 0
    if args.cv:
        print(format_cross_validation(args.cv, args.verbose, args.half))
        return 0
    print(format_report(evaluate(args.set, detector), args.set, args.verbose))
    if args.by:
        print()
        print(format_groups(evaluate_groups(args.set, args.by, detector), args.by))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
