"""The letter HTML: header, spans at their offsets, footnote links both ways (no Qt)."""

from __future__ import annotations

from desktop_app.model import Block, Commitment, Footnote, Letter, Metadata
from desktop_app.render import commitment_spans, display_title, hit_spans, letter_html

TEXT = "Ik zal de Kamer informeren.1\n\n1 Kamerstuk 19637, nr. 1"


def _letter() -> Letter:
    return Letter(
        id="kst-1-2", text=TEXT,
        metadata=Metadata(subject="Asiel", date="2021-07-12", dossier="19637", number="2764",
                          signatory="A. Minister", signatory_role="Minister van JenV"),
        blocks=(Block("paragraph", 0, 28), Block("footnote", 30, len(TEXT), label="1")),
        footnotes=(Footnote("1", 30, len(TEXT), refs=((27, 28),)),),
        commitments=(Commitment(0, 27, TEXT[:27], "promise", "minister", None, None, "zal"),),
    )


def test_header_and_spans():
    letter = _letter()
    html = letter_html(letter, commitment_spans(letter) + hit_spans([(10, 15)]))
    assert "<h1" in html and "Asiel" in html and "Kamerstuk 19637, nr. 2764" in html
    assert 'href="#commitment-0"' in html and "cue: zal" in html
    assert '<a name="hit-0"></a>' in html
    assert 'href="#note-1"' in html and 'name="note-1"' in html and 'href="#ref-1-0"' in html


def test_hidden_kind_is_not_painted():
    letter = _letter()
    assert commitment_spans(letter, kinds={"action"}) == []


def test_title_falls_back_to_the_file_name():
    assert display_title(Metadata(), "/x/2019 beleidsreactie.txt") == "2019 beleidsreactie"
