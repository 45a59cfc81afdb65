"""The measured quality on the labelled development set, and the label files' integrity."""

import pytest

from desktop_app.commitments.evaluate import Counts, evaluate
from desktop_app.commitments.labels import load_set, parse_annotations


def test_counts_arithmetic() -> None:
    c = Counts(tp=8, fp=2, fn=2)
    assert (c.precision, c.recall) == (0.8, 0.8)
    assert c.f1 == pytest.approx(0.8)


def test_label_sets_cover_enough_letters() -> None:
    letters = parse_annotations()
    dev = {n for n, (s, _) in letters.items() if s == "dev"}
    heldout = {n for n, (s, _) in letters.items() if s == "heldout"}
    assert len(dev - {n for n in dev if n[:3].isdigit()}) >= 20
    assert len(heldout) >= 5 and not dev & heldout
    rows = load_set("dev")
    assert {r.label for r in rows} == {"yes", "borderline", "no"}


@pytest.fixture(scope="module")
def dev_report():
    return evaluate("dev")


def test_labelled_commitments_are_found_in_the_normalised_text(dev_report) -> None:
    # Ingest may drop letter furniture (a "no" line); every yes/borderline must still be found.
    assert dev_report.unlocated_positive == 0
    assert dev_report.unlocated <= len(load_set("dev")) // 20


def test_dev_f1(dev_report) -> None:
    assert dev_report.overall.f1 >= 0.90, dev_report.errors


def test_dev_kind_accuracy(dev_report) -> None:
    assert dev_report.kind_accuracy >= 0.85, dev_report.errors


def test_rules_beat_the_naive_regex(dev_report) -> None:
    from desktop_app.commitments.evaluate import baseline_detect

    baseline = evaluate("dev", baseline_detect)
    assert dev_report.overall.f1 > baseline.overall.f1 + 0.2
