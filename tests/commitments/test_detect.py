"""detect(): offsets invariant, ordering, skipped blocks, deadlines and actor on real letters."""

from pathlib import Path

import pytest

from desktop_app.commitments import DETECTOR_VERSION, detect
from desktop_app.commitments.labels import letter_files
from desktop_app.commitments.letters import load_letter
from desktop_app.model import COMMITMENT_KINDS, Block

LETTERS = letter_files()


def test_version_is_a_string() -> None:
    assert isinstance(DETECTOR_VERSION, str) and DETECTOR_VERSION


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.name)
def test_offsets_invariant_on_letters(path: Path) -> None:
    letter = load_letter(path)
    found = detect(letter.text, letter.blocks, letter_date=letter.date,
                   signatory_role=letter.signatory_role)
    assert [c.start for c in found] == sorted(c.start for c in found)
    for c in found:
        assert letter.text[c.start : c.end] == c.text
        assert c.kind in COMMITMENT_KINDS
        assert c.cue
        if c.deadline is not None:
            assert c.deadline["from"] <= c.deadline["to"]


def test_without_blocks_paragraphs_are_used() -> None:
    text = "Den Haag, 1 maart 2021\n\nIk zal uw Kamer voor het zomerreces informeren. Dat is zo."
    [c] = detect(text, letter_date="2021-03-01", signatory_role="Minister van Defensie")
    assert text[c.start : c.end] == "Ik zal uw Kamer voor het zomerreces informeren."
    assert (c.kind, c.actor, c.deadline_text) == ("promise", "Minister van Defensie",
                                                  "voor het zomerreces")
    assert c.deadline == {"from": "2021-03-01", "to": "2021-07-08"}  # recess from 9 July


def test_headings_signatures_and_footnotes_are_skipped() -> None:
    text = ("Ik zal dit doen\n\nIk zal uw Kamer informeren.\n\n"
            "De Minister zal tekenen.\n\n1 Ik zal uw Kamer later informeren.")
    starts = [0, text.index("Ik zal uw Kamer informeren"), text.index("De Minister"),
              text.index("1 Ik")]
    blocks = (
        Block("heading", starts[0], starts[1] - 2),
        Block("paragraph", starts[1], starts[2] - 2),
        Block("signature", starts[2], starts[3] - 2),
        Block("footnote", starts[3], len(text), label="1"),
    )
    found = detect(text, blocks)
    assert [c.text for c in found] == ["Ik zal uw Kamer informeren."]


def test_list_items_are_commitment_spans() -> None:
    text = "De IND zet in op drie punten:\n\n- De IND zal in 2022 extra medewerkers aannemen."
    item = text.index("- De IND")
    blocks = (Block("paragraph", 0, item - 2), Block("list_item", item, len(text), label="-"))
    found = detect(text, blocks, letter_date="2021-07-01")
    assert [c.text for c in found][-1] == text[item:]
    assert found[-1].deadline == {"from": "2022-01-01", "to": "2022-12-31"}


def test_earlier_promise_keeps_its_deadline_words_but_no_date() -> None:
    text = ("Op 21 mei jl. heb ik aangegeven dat ik u voor het zomerreces nader zou informeren "
            "over de vervolgstappen.")
    [c] = detect(text, letter_date="2021-07-12")
    assert (c.kind, c.deadline_text, c.deadline) == ("earlier", "voor het zomerreces", None)
