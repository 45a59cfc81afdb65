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


def test_an_unlisted_dotted_abbreviation_ends_a_sentence_only_before_a_capital() -> None:
    text = ("Ons doel, halvering van de verspilling in 2030 t.o.v. 2015, halen we samen. "
            "Dat wil zeggen d.w.z. niet alleen. Ik reageer z.s.m. De brief volgt.")
    assert _split(text) == [
        "Ons doel, halvering van de verspilling in 2030 t.o.v. 2015, halen we samen.",
        "Dat wil zeggen d.w.z. niet alleen.",
        "Ik reageer z.s.m.",
        "De brief volgt.",
    ]


def _inside_quote_as_written(chunk: str, pos: int) -> bool:
    """The first implementation (a scan of the chunk per candidate), kept as the reference."""
    from desktop_app.commitments.sentences import _CLOSE_QUOTES, _OPEN_QUOTES

    opened = max(chunk.rfind(q, 0, pos) for q in _OPEN_QUOTES)
    if opened < 0:
        return False
    if max(chunk.rfind(q, opened, pos) for q in _CLOSE_QUOTES) > opened:
        return False
    closing = [i for i in (chunk.find(q, pos) for q in _CLOSE_QUOTES) if i >= 0]
    return bool(closing) and min(closing) - opened < 400


def test_the_quotation_index_agrees_with_a_scan_of_the_chunk() -> None:
    import random

    from desktop_app.commitments.sentences import _Quotes

    rng = random.Random(5)
    for _ in range(300):
        chunk = "".join(rng.choice("ab .“”«»„x" + " " * 5) for _ in range(rng.randint(0, 900)))
        quotes = _Quotes(chunk)
        for pos in range(len(chunk) + 1):
            assert quotes.inside(pos) == _inside_quote_as_written(chunk, pos), (chunk, pos)


def test_a_paragraph_of_thousands_of_sentences_is_split_whole() -> None:
    """One line of a PDF's text can hold a whole letter: every sentence is found (that it
    stays linear is measured by benchmarks/bench_sentences.py, not timed here)."""
    text = " ".join(f"Dit is zin “nummer” {i} over het beleid." for i in range(5000))
    spans = split_sentences(text)
    assert len(spans) == 5000
    assert text[spans[-1][0]:spans[-1][1]] == "Dit is zin “nummer” 4999 over het beleid."


def test_the_token_before_a_full_stop_is_read_whatever_follows_it() -> None:
    from desktop_app.commitments.sentences import _is_boundary

    assert not _is_boundary("zie bijv. Zo gaat het", 9)  # an abbreviation
    assert not _is_boundary("zie bijv.\n Zo gaat het", 10)  # also with a line end in the tail
    assert _is_boundary("Het gaat goed. Zo gaat het", 14)
