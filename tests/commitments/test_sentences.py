"""Sentence splitter table: abbreviations, initials, footnote markers, quotes, list items."""

import pytest

from desktop_app.commitments.sentences import split_sentences
from desktop_app.model import Block


def _split(text: str, blocks: tuple[Block, ...] = ()) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, blocks)]


CASES = [
    ("Dit is zin een. Dit is zin twee.", ["Dit is zin een.", "Dit is zin twee."]),
    ("Op 21 mei jl. heb ik u geïnformeerd. Dat was nodig.",
     ["Op 21 mei jl. heb ik u geïnformeerd.", "Dat was nodig."]),
    ("Dat gebeurde op 7 juli jl. Daarna volgde overleg.",
     ["Dat gebeurde op 7 juli jl.", "Daarna volgde overleg."]),
    ("Zie Kamerstuk 35 788, nr. 77 voor meer. Dat volstaat.",
     ["Zie Kamerstuk 35 788, nr. 77 voor meer.", "Dat volstaat."]),
    ("Het gaat o.a. om scholing. Ook bijv. om Toezicht.",
     ["Het gaat o.a. om scholing.", "Ook bijv. om Toezicht."]),
    ("De brief d.d. 5 juni is verstuurd. Overleg t.a.v. de IND en m.b.t. de keten volgt.",
     ["De brief d.d. 5 juni is verstuurd.", "Overleg t.a.v. de IND en m.b.t. de keten volgt."]),
    ("Zie blz. 4 en art. 12 en vgl. Bijlage 2. Er zijn ca. 40 zaken i.v.m. Uitstel.",
     ["Zie blz. 4 en art. 12 en vgl. Bijlage 2.", "Er zijn ca. 40 zaken i.v.m. Uitstel."]),
    ("Ik sprak met mw. Roelofs. Zij was positief.",
     ["Ik sprak met mw. Roelofs.", "Zij was positief."]),
    ("De Minister, E. van der Burg, ondertekende. Het is klaar.",
     ["De Minister, E. van der Burg, ondertekende.", "Het is klaar."]),
    ("Dat is aangenomen.¹ Daarna volgde meer.", ["Dat is aangenomen.¹", "Daarna volgde meer."]),
    ("Dat is vastgelegd in het rapport.2 Ik onderschrijf dat.",
     ["Dat is vastgelegd in het rapport.2", "Ik onderschrijf dat."]),
    ("Het kost 1.5 miljoen. Dat is veel.", ["Het kost 1.5 miljoen.", "Dat is veel."]),
    ("Hij zei: “Dit werkt niet. Wij stoppen.” Daarna bleef het stil.",
     ["Hij zei: “Dit werkt niet. Wij stoppen.”", "Daarna bleef het stil."]),
    ("Is dat wenselijk? Nee, dat is het niet!", ["Is dat wenselijk?", "Nee, dat is het niet!"]),
    ("Eerste alinea.\n\nTweede alinea zonder punt",
     ["Eerste alinea.", "Tweede alinea zonder punt"]),
    ("De punten zijn:\n1. Definieer een doel;\n2. Verbeter de governance.",
     ["De punten zijn:", "1. Definieer een doel;", "2. Verbeter de governance."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_table(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_blocks_are_split_separately_and_footnotes_skipped() -> None:
    text = "Kop\n\nIk zal dat doen. Het kabinet ook.\n\n- een punt\n\n1 Een voetnoot. Twee."
    para = text.index("Ik zal")
    item = text.index("- een")
    note = text.index("1 Een")
    blocks = (
        Block("heading", 0, 3),
        Block("paragraph", para, item - 2),
        Block("list_item", item, note - 2, label="-"),
        Block("footnote", note, len(text), label="1"),
    )
    assert _split(text, blocks) == ["Kop", "Ik zal dat doen.", "Het kabinet ook.", "- een punt"]


def test_spans_are_trimmed_offsets() -> None:
    text = "  Eerste zin.   Tweede zin.  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]


def test_cum_suis_ends_a_sentence_only_before_a_capital() -> None:
    from desktop_app.commitments.sentences import split_sentences

    text = ("Ter uitvoering van de motie van het lid Leegte c.s. (Kamerstuk 32 813, nr. 4) zal "
            "ik een plan opstellen. Het plan volgt de motie Leegte c.s. Daarna volgt meer.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Ter uitvoering van de motie van het lid Leegte c.s. (Kamerstuk 32 813, nr. 4) zal ik "
        "een plan opstellen.",
        "Het plan volgt de motie Leegte c.s.",
        "Daarna volgt meer.",
    ]
