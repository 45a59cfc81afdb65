"""Normalisation rules as tables of input → expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.ingest import read_file
from desktop_app.ingest.paragraphs import join_hyphenated
from desktop_app.ingest.textreader import parse_text
from desktop_app.ingest.unicode import clean_unicode

FILLER = ("Dit is een lange regel met gewone tekst die tot de rechterkant van de pagina loopt en "
          "verder")


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("inventari-", "seren in hoeverre", "inventariseren in hoeverre"),
        ("geloofwaardigheidsbe-", "oordeling", "geloofwaardigheidsbeoordeling"),
        ("mede-", "werkers", "medewerkers"),
        ("LHBTI-", "en bekeringscoördinatoren", "LHBTI- en bekeringscoördinatoren"),
        ("wet-", "en regelgeving", "wet- en regelgeving"),
        ("lhbti-", "of bekeringszaken", "lhbti- of bekeringszaken"),
        ("LHBTI-", "coördinatoren", "LHBTI-coördinatoren"),
        ("Noord-", "Holland", "Noord-Holland"),
        ("EU-", "landen", "EU-landen"),
        ("zee-", "eend", "zee-eend"),
        ("auto-", "ongeluk", "auto-ongeluk"),
        ("2021-", "2022", "2021-2022"),
    ],
)
def test_line_break_hyphenation(left, right, expected):
    assert join_hyphenated(left, right) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("financiƫn", "financiën"),
        ("financiÃ«n en coÃ¶rdinatoren", "financiën en coördinatoren"),
        ("dilemmaâ€™s", "dilemma’s"),
        ("19\u00a0637", "19 637"),
        ("be\u00adoordeling", "beoordeling"),
        ("\u200bgoed", "goed"),
        ("\uf0b7 item", "• item"),
        ("e\u0301e\u0301n", "één"),
        ("ﬁnanciën", "financiën"),
    ],
)
def test_unicode_clean_up(raw, expected):
    assert clean_unicode(raw) == expected


def _para(text: str) -> str:
    return parse_text(text, "t.txt").text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # hard-wrapped lines join into one paragraph; hyphenation is undone
        (f"{FILLER} inventari-\nseren wij de zaken.\n\nTweede alinea.",
         f"{FILLER} inventariseren wij de zaken.\n\nTweede alinea."),
        # a blank line (page break) inside a sentence does not split it
        ("Het WODC stelt dat het van belang is om\n\nmeer gegevens bij te houden.",
         "Het WODC stelt dat het van belang is om meer gegevens bij te houden."),
        # page furniture is removed
        ("Eerste alinea.\n\nPagina 2 van 7\n\nTweede alinea.", "Eerste alinea.\n\nTweede alinea."),
        ("Eerste alinea.\nP agina 2 van 7\nTweede alinea.", "Eerste alinea.\n\nTweede alinea."),
        ("Eerste alinea.\n\nNaar boven", "Eerste alinea."),
    ],
)
def test_paragraph_rules(raw, expected):
    assert _para(raw) == expected


def test_repeated_letterhead_is_removed():
    head = "Directoraat-Generaal\nMigratie\nDirectie Migratiebeleid\n\nDatum\n8 juli 2021\n"
    raw = (f"Eerste alinea over beleid.\n\n{head}\nTweede alinea over beleid.\n\n{head}\n"
           "Derde alinea over beleid.")
    assert _para(raw) == ("Eerste alinea over beleid.\n\nTweede alinea over beleid.\n\n"
                          "Derde alinea over beleid.")


def test_footnote_interrupting_a_sentence_is_moved_out():
    raw = ("Het kabinet zal de expertise versterken zonder dat de impact op de inzetbaarheid\n\n"
           "¹ Kamerstuk 19 637, nr. 2938.\n\n"
           "van medewerkers in het gedrang komt. Zie de motie¹.")
    letter = parse_text(raw, "t.txt")
    assert letter.text.startswith("Het kabinet zal de expertise versterken zonder dat de impact "
                                  "op de inzetbaarheid van medewerkers in het gedrang komt.")
    (note,) = letter.footnotes
    assert letter.text[note.start:note.end] == "¹ Kamerstuk 19 637, nr. 2938."
    assert [letter.text[a:b] for a, b in note.refs] == ["¹"]


def test_glued_footnote_number_becomes_a_marker_only_when_the_note_exists():
    raw = ("Een afschrift is als bijlage toegevoegd1. In 2021 waren er 20 zaken.\n\n"
           "De Minister van Justitie en Veiligheid, F.B.J. Grapperhaus\n\nX Noot\n1\n\n"
           "Raadpleegbaar via www.tweedekamer.nl\n\nNaar boven")
    letter = parse_text(raw, "t.txt")
    assert "toegevoegd¹. In 2021 waren er 20 zaken." in letter.text
    assert letter.text.endswith("¹ Raadpleegbaar via www.tweedekamer.nl")
    assert letter.metadata.signatory == "F.B.J. Grapperhaus"


REAL = Path(__file__).resolve().parents[1] / "data" / "real-letters"
WRAPPED = ("De minister heeft de Kamer op de hoogte gebracht van de plannen die er\n"
           "zijn voor het komende jaar en de jaren daarna, zoals eerder aangekondigd1.\n"
           "1 Kamerstuk 12345, nr. 6\n"  # the bottom of page 1
           "Daarnaast wordt de Kamer gevraagd om in te stemmen met de voorstellen die\n"
           "in de bijlage staan en die met de betrokken partijen zijn besproken3. We\n"
           "{middle}\n"
           "gaan verder met het uitwerken van de plannen die in deze brief staan en die\n"
           "in het voorjaar aan de Kamer worden voorgelegd voor een besluit daarover.\n"
           "3 Kamerstuk 12345, nr. 8\n")


def test_a_note_whose_mark_was_lost_is_taken_out_by_its_place_in_the_sequence():
    # footnote 4 of the NPCE letter sits mid-sentence at a page bottom; its mark is not in
    # the PDF text, but notes 1-3 come before it and note 5 is referenced
    letter = read_file(REAL / "pdf_ienw_2023_circulaire_economie.txt")
    assert "economie. We gaan afspraken maken met bedrijven" in letter.text
    note = next(f for f in letter.footnotes if f.marker == "4")
    assert letter.text[note.start:note.end].endswith("| Kamerstuk | Rijksoverheid.nl")
    body_end = min(f.start for f in letter.footnotes)
    assert "Rijksoverheid.nl" not in letter.text[:body_end]


@pytest.mark.parametrize(("middle", "note"), [
    ("2 Kamerbrief over de stand van zaken |\nKamerstuk | Rijksoverheid.nl", True),
    ("7 Ministeries werken daarbij samen aan de uitvoering van de plannen en", False),
])
def test_a_bare_number_line_is_a_note_only_in_sequence(middle, note):
    letter = parse_text(WRAPPED.format(middle=middle), "t.txt")
    markers = [f.marker for f in letter.footnotes]
    assert ("2" in markers) is note
    assert ("Rijksoverheid.nl" in letter.text[:letter.footnotes[0].start]) is False
    assert ("7 Ministeries werken" in letter.text) is (not note)


@pytest.mark.parametrize(
    ("raw", "kinds"),
    [
        ("Inleiding\n\nEen alinea met tekst.", ["heading", "paragraph"]),
        ("Dit zijn de punten:\n\n1. Eerste punt;\n2. Tweede punt.",
         ["paragraph", "list_item", "list_item"]),
        ("Punten:\n\n\uf0b7 een\n\uf0b7 twee", ["paragraph", "list_item", "list_item"]),
        ("## Kop\n\nTekst met **vet** en <sup>1</sup>.\n\n<sup>1</sup> Noot.",
         ["heading", "paragraph", "footnote"]),
        ("| a | b |\n|---|---|\n| 1 | 2 |\n\nTekst.", ["table_row", "table_row", "paragraph"]),
    ],
)
def test_structure_is_kept(raw, kinds):
    letter = parse_text(raw, "t.md")
    assert [b.kind for b in letter.blocks] == kinds
    for block in letter.blocks:
        assert letter.text[block.start:block.end].strip()


def test_markdown_leaves_no_markup():
    raw = ("### **Kop**\n\nTekst met **vet**, *cursief*, [een link](http://x.nl) en "
           "een noot<sup>2</sup>.\n\n<sup>2</sup> Bijlage bij Kamerstuk 35 510, nr. 2.")
    letter = parse_text(raw, "t.md")
    assert letter.text == ("Kop\n\nTekst met vet, cursief, een link en een noot².\n\n"
                           "² Bijlage bij Kamerstuk 35 510, nr. 2.")


MD = "## **Kop**\n\nDe IND zet in op **vijf** thema's:\n\n"


@pytest.mark.parametrize(("raw", "blocks"), [
    # a hard line break (two spaces) after an item's label: the label and its text stay apart
    ("- *Sturing op de IND*  \nHet versterken van de\nsturing.\n- *Cultuur*  \nHet aanpassen.",
     [("list_item", "Sturing op de IND"), ("paragraph", "Het versterken van de sturing."),
      ("list_item", "Cultuur"), ("paragraph", "Het aanpassen.")]),
    # a backslash is a hard break too, and the signature keeps its two lines
    ("De Staatssecretaris van Justitie en Veiligheid,\\\nA. Broekers-Knol",
     [("signature", "De Staatssecretaris van Justitie en Veiligheid,\nA. Broekers-Knol")]),
    # a list item after a break stays a list item; no break: the lines run on as before
    ("Punten:  \n- een\n- twee", [("paragraph", "Punten:"), ("list_item", "een"),
                                   ("list_item", "twee")]),
    ("Een zin die\ndoorloopt.", [("paragraph", "Een zin die doorloopt.")]),
])
def test_markdown_hard_line_breaks_are_kept(raw, blocks):
    letter = parse_text(MD + raw, "t.md")
    got = [(b.kind, letter.text[b.start:b.end]) for b in letter.blocks][2:]
    assert got == blocks


def test_offsets_of_blocks_cover_text_exactly(seed_dir):
    from desktop_app.ingest import read_file

    for path in sorted(seed_dir.iterdir()):
        letter = read_file(path)
        pieces = [letter.text[b.start:b.end] for b in letter.blocks]
        assert "\n\n".join(pieces) == letter.text


def test_numbered_footnote_at_page_bottom_does_not_swallow_the_next_paragraph():
    filler = "een lange regel met gewone doorlopende tekst die de breedte van de pagina vult"
    lines = [f"Regel {n} is {filler}" for n in range(6)]
    raw = ("\n".join(lines) + " en het rapport1.\n"
           "1 Raadpleegbaar via www.tweedekamer.nl\n"
           "Het WODC haalt voorts enkele studies aan waarin modellen worden besproken die\n"
           "mogelijk zouden kunnen helpen bij het maken van een onderscheid.")
    letter = parse_text(raw, "t.txt")
    (note,) = letter.footnotes
    assert letter.text[note.start:note.end] == "¹ Raadpleegbaar via www.tweedekamer.nl"
    assert "Het WODC haalt voorts enkele studies aan" in letter.text[:note.start]
