"""The lineage evaluation's measure of the links shown over a whole library (issue 20)."""

from __future__ import annotations

import csv
from pathlib import Path

from testdata import filler_letters, one_block_letter

from desktop_app.lineage.evaluate import (
    JUDGED,
    JUDGED_FIELDS,
    VERDICTS,
    judged_figures,
    load,
    load_judged,
    shown_links,
)
from desktop_app.lineage.linker import Library

_KINDS = {"fulfils", "postpones", "repeats", "changes", "-"}


def _link(promise_letter: str, later: str, kind: str = "fulfils",
          promise: str = "Ik zal u voor de zomer informeren.") -> dict:
    return {"promise_letter": promise_letter, "promise": promise, "later_letter": later,
            "later_sentence": "…", "kind": kind, "reasons": []}


def _write(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, JUDGED_FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_the_share_wrong_counts_judged_links_and_lists_the_unjudged(tmp_path):
    judged = load_judged(_write(tmp_path / "j.tsv", [
        {"promise_letter": "a", "later_letter": "b", "verdict": "right", "kind": "fulfils",
         "promise": "Ik zal u  voor de zomer\ninformeren.", "note": "whitespace differs"},
        {"promise_letter": "a", "later_letter": "c", "verdict": "wrong", "kind": "-",
         "promise": "Ik zal u voor de zomer informeren.", "note": ""},
        {"promise_letter": "d", "later_letter": "e", "verdict": "nocommit", "kind": "-",
         "promise": "Ik zal u voor de zomer informeren.", "note": ""},
        {"promise_letter": "f", "later_letter": "g", "verdict": "right", "kind": "repeats",
         "promise": "Ik zal u voor de zomer informeren.", "note": ""},
    ]))
    shown = [_link("a", "b"), _link("a", "c"), _link("d", "e"), _link("f", "g"),
             _link("x", "y")]
    figures = judged_figures(shown, judged)
    assert (figures["right"], figures["wrong"], figures["nocommit"]) == (2, 1, 1)
    assert figures["wrong_share"] == round(1 / 3, 3)
    assert figures["wrong_or_nocommit_share"] == 0.5
    assert figures["kind_right"] == 0.5  # f → g was judged a repetition, shown as fulfilling
    assert [u["promise_letter"] for u in figures["unjudged"]] == ["x"]


def test_a_link_is_judged_for_its_own_promise_only(tmp_path):
    """The same two letters with another promise sentence are another link."""
    judged = load_judged(_write(tmp_path / "j.tsv", [
        {"promise_letter": "a", "later_letter": "b", "verdict": "right", "kind": "fulfils",
         "promise": "Ik zal u voor de zomer informeren.", "note": ""}]))
    figures = judged_figures([_link("a", "b", promise="Ik stuur u in mei de evaluatie.")],
                             judged)
    assert figures["right"] == 0 and len(figures["unjudged"]) == 1
    assert figures["wrong_share"] is None


def test_shown_links_are_the_direct_first_proposals_for_detected_commitments():
    promise = one_block_letter("a", "2013-10-28", "Ik zal uw Kamer voor 1 december informeren "
                               "over het onderzoek naar de ruimtevaartsubsidies.", number="58")
    naming = one_block_letter("b", "2014-02-07", "Hierbij informeer ik u, zoals aangekondigd "
                              "in mijn brief van 28 oktober 2013 (Kamerstuk 31 016, nr. 58), "
                              "over het onderzoek naar de ruimtevaartsubsidies.", number="65")
    library = Library.of([promise, naming, *filler_letters(5)])
    links = shown_links(library)
    assert [(x["promise_letter"], x["later_letter"]) for x in links] == [("a", "b")]
    assert links[0]["kind"] == "fulfils" and links[0]["reasons"]


def test_the_judged_links_file_is_well_formed_and_covers_what_the_window_shows():
    """Every row has a verdict and a kind; the links shown first over the evaluation library
    were judged (most of them: a changed detector or linker may add a few to judge anew)."""
    judged = load_judged(JUDGED)
    assert len(judged) >= 60
    for row in judged.values():
        assert row["verdict"] in VERDICTS, row
        assert row["kind"] in _KINDS, row
        assert (row["kind"] == "-") == (row["verdict"] != "right"), row
    _, _, library = load()
    figures = judged_figures(shown_links(library), judged)
    assert len(figures["unjudged"]) <= 0.1 * figures["shown"]
