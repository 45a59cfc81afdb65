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


def _row(n: int, label: str, kind: str | None = None, letter: str = "a.txt"):
    from desktop_app.commitments.labels import LabelledSentence

    return LabelledSentence(letter, n * 10, n * 10 + 9, f"zin {n}", label, kind)


def test_a_second_reading_is_scored_like_a_detector() -> None:
    from desktop_app.commitments.evaluate import agreement

    reference = [_row(0, "yes", "promise"), _row(1, "yes", "action"), _row(2, "no"),
                 _row(3, "borderline", "action"), _row(4, "yes", "earlier")]
    reading = [_row(0, "yes", "promise"), _row(1, "yes", "promise"), _row(2, "yes", "action"),
               _row(3, "yes", "action"), _row(4, "borderline", "earlier")]
    report = agreement(reference, reading)
    c = report.overall
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)  # the reference's borderline counts neither way
    assert report.kind_correct == 1
    wide = agreement(reference, reading, ("yes", "borderline")).overall
    assert (wide.tp, wide.fp, wide.fn) == (3, 1, 0)
    with pytest.raises(ValueError):
        agreement(reference, [_row(0, "yes", letter="b.txt"), *reading[1:]])


def test_independent_readers_agree_with_the_corpus_labels() -> None:
    """Two readers labelled 34 corpus letters by the guide without seeing the corpus labels
    (tests/data/commitments/agreement/README.md): the labels allow F1 0.92 and kind 0.96,
    where detector 2.4 reaches 0.82 and 0.80 on the same letters in grouped CV. A changed
    corpus label that readers would not give shows here."""
    from desktop_app.commitments.evaluate import agreement, second_readings

    readings = second_readings()
    assert set(readings) == {"corpus", "P", "Q"}
    assert len({r.letter for r in readings["corpus"]}) == 34
    for name in ("P", "Q"):
        report = agreement(readings["corpus"], readings[name])
        assert report.overall.f1 >= 0.9 and report.kind_accuracy >= 0.95


@pytest.mark.parametrize(("block", "problem"), [
    ("== corpus no-such-letter.txt\n", "not corpus letters"),
    ("== corpus okb_kst-33000-IV-15.txt\nyes promise | words no sentence has\n",
     "no sentence contains"),
    ("== corpus okb_kst-33000-IV-15.txt\n== corpus okb_kst-33000-IV-15.txt\n",
     "labelled twice"),
])
def test_a_reading_that_cannot_be_scored_says_why(tmp_path, block, problem) -> None:
    from desktop_app.commitments.evaluate import second_readings

    (tmp_path / "labels-X.txt").write_text(block, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        second_readings(tmp_path)
