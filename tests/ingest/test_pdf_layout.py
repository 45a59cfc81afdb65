"""PDF letters read by their page geometry (issue 15): each rule of
desktop_app/ingest/pdf_layout.py on a small PDF drawn with Qt, and spacing rules as tables."""

from __future__ import annotations

import pytest
from pdfbuild import COLUMN, LEFT, Rule, Sup, Text, body, letterhead, notes, write_pdf

from desktop_app.ingest import read_file
from desktop_app.ingest.pdf_glyphs import Glyph, TextLine
from desktop_app.ingest.pdf_paragraphs import join_wrapped

pytestmark = pytest.mark.usefixtures("qapp")

OPENING = ["Datum 3 februari 2023", "Betreft Nationaal Programma Circulaire Economie", None,
           "Geachte voorzitter,", None]


def _text(letter) -> str:
    """The letter's body text (without the footnote blocks at the end)."""
    notes_start = min((f.start for f in letter.footnotes), default=len(letter.text))
    return letter.text[:notes_start]


def _letter(tmp_path, pages, name="brief.pdf"):
    return read_file(write_pdf(tmp_path / name, pages))


def test_letterhead_column_and_page_footer_are_not_letter_text(tmp_path):
    page1 = letterhead(1, 2, first=True) + body([
        *OPENING,
        "Met deze brief bied ik u het programma aan. Het kabinet zet een volgende stap in",
        "de transitie naar een circulaire economie.",
    ])
    page2 = letterhead(2, 2, first=False) + body([
        "Ik zal uw Kamer voor de zomer informeren over de voortgang.", None,
        "Hoogachtend,", None,
        "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,", None, None,
        "drs. V.L.W.A. Heijnen",
    ])
    letter = _letter(tmp_path, [page1, page2])
    text = _text(letter)
    for furniture in ("Ministerie van", "Kenmerk", "IENW/BSK", "Pagina", "Rijnstraat",
                      "Postbus", "Bijlage(n)"):
        assert furniture not in text
    assert letter.metadata.reference == "IENW/BSK-2023/1234"  # read from page 1's column
    assert letter.metadata.date == "2023-02-03"
    assert letter.metadata.subject == "Nationaal Programma Circulaire Economie"
    assert (letter.metadata.signatory, letter.metadata.signatory_role) == (
        "V.L.W.A. Heijnen", "Staatssecretaris van Infrastructuur en Waterstaat")
    assert text.startswith("Geachte voorzitter,\n\nMet deze brief bied ik u het programma aan. "
                           "Het kabinet zet een volgende stap in de transitie")


def test_footnotes_leave_the_body_and_their_marks_stay_on_the_word(tmp_path):
    page1 = letterhead(1, 2, first=True) + body([
        *OPENING,
        ("De oorlog maakt duidelijk hoe afhankelijk we zijn van onze grondstoffen", Sup("1"),
         ". Versnellen"),
        ("van de transitie is daarom nodig. We starten met textiel (via de ESPR", Sup("2"), "),"),
        "verpakkingen en elektrische apparaten. Het komende jaar",
    ]) + notes([
        (Sup("1"), " Zie ook de Nationale Grondstoffenstrategie (Kamerstuk 2022Z24775)"),
        (Sup("2"), " Ecodesign for Sustainable Products Regulation, een verordening die"),
        "de eisen aan producten vastlegt",
    ])
    page2 = letterhead(2, 2, first=False) + body([
        "zetten we een eerste stap in het verzamelen van data.",
    ])
    letter = _letter(tmp_path, [page1, page2])
    text = _text(letter)
    assert "onze grondstoffen¹. Versnellen van de transitie is daarom nodig." in text
    assert "Zie ook" not in text and "Ecodesign" not in text
    assert [(f.marker, letter.text[f.start:f.end]) for f in letter.footnotes] == [
        ("1", "¹ Zie ook de Nationale Grondstoffenstrategie (Kamerstuk 2022Z24775)"),
        ("2", "² Ecodesign for Sustainable Products Regulation, een verordening die de eisen "
              "aan producten vastlegt"),
    ]
    (ref,) = letter.footnotes[0].refs
    assert letter.text[ref[0]:ref[1]] == "¹"
    # the sentence running on from above the notes of page 1 to page 2 reads whole
    assert ("Het komende jaar zetten we een eerste stap in het verzamelen van data."
            in text)


def test_notes_without_a_rule_are_found_by_their_smaller_type(tmp_path):
    page = body([*OPENING, ("Dit staat in het rapport", Sup("3"), ".")]) + [
        Text(LEFT, 760, "3", 6.0), Text(LEFT + 6, 762, "Kamerstukken II 2021/22, 29665, nr. 432.",
                                        8.0)]
    letter = _letter(tmp_path, [page])
    assert "Dit staat in het rapport³." in _text(letter)
    assert [f.marker for f in letter.footnotes] == ["3"]
    assert "29665" not in _text(letter)


def test_bullets_with_a_hanging_indent_are_list_items(tmp_path):
    page = body([
        *OPENING,
        "Voorbeelden van maatregelen zijn:",
        "-  In 2030 koopt de overheid veel meer circulair in. Denk aan bureaus en stoelen,",
        "maar ook aan bruggen. Daarmee voorkomen we onnodig gebruik van grondstoffen.",
        "Dat stimuleert bedrijven.",
        "-  Milieuschade mag niet zonder gevolgen blijven.",
        "Na de lijst gaat de tekst verder.",
    ])
    # continuation lines of an item stand under its text, not under the dash
    for item in page:
        if isinstance(item, Text) and item.text.startswith(("maar ook", "Dat stimuleert")):
            item.x = LEFT + 14.3
    letter = _letter(tmp_path, [page])
    items = [(b.label, letter.text[b.start:b.end]) for b in letter.blocks
             if b.kind == "list_item"]
    assert items == [
        ("-", "In 2030 koopt de overheid veel meer circulair in. Denk aan bureaus en stoelen, "
              "maar ook aan bruggen. Daarmee voorkomen we onnodig gebruik van grondstoffen. "
              "Dat stimuleert bedrijven."),
        ("-", "Milieuschade mag niet zonder gevolgen blijven."),
    ]
    assert any(letter.text[b.start:b.end] == "Na de lijst gaat de tekst verder."
               for b in letter.blocks if b.kind == "paragraph")


def test_headings_from_bold_type_and_from_a_line_standing_alone(tmp_path):
    page = body([*OPENING, None]) + body(["De circulaire transitie versnellen"], top=120 + 13 * 6,
                                         bold=True) + body([
        "De manier waarop we met grondstoffen omgaan is niet houdbaar. Daarom werkt het",
        "kabinet toe naar een circulaire economie.",
        None,
        "Ultrafijn stof rond regionale luchthavens",
        "Het onderzoekprogramma van het RIVM heeft zich gericht op Schiphol. Ook op de",
        "regionale luchthavens wordt ultrafijn stof uitgestoten.",
    ], top=120 + 13 * 7)
    page += body(["1. Ultrafijn stof"], top=120 + 13 * 14, bold=True)
    page += body(["Over de emissie van ultrafijn stof is onvoldoende bekend."], top=120 + 13 * 15)
    letter = _letter(tmp_path, [page])
    headings = [letter.text[b.start:b.end] for b in letter.blocks if b.kind == "heading"]
    assert headings == ["De circulaire transitie versnellen",
                        "Ultrafijn stof rond regionale luchthavens", "1. Ultrafijn stof"]


def test_a_short_line_ending_a_sentence_ends_the_paragraph_without_a_blank_line(tmp_path):
    page = body([
        *OPENING,
        "Daarmee wordt internationaal een belangrijke stap gezet naar meer kennisopbouw over",
        "ultrafijn stof.",
        "Op 12 december 2022 heeft de minister het fiche aan de Kamer aangeboden. Het is",
        "wel een lang verhaal (Kamerstukken 32813, nr.",
        "952).",
    ])
    letter = _letter(tmp_path, [page])
    paragraphs = [letter.text[b.start:b.end] for b in letter.blocks if b.kind == "paragraph"]
    assert paragraphs[1:] == [
        "Daarmee wordt internationaal een belangrijke stap gezet naar meer kennisopbouw over "
        "ultrafijn stof.",
        "Op 12 december 2022 heeft de minister het fiche aan de Kamer aangeboden. Het is wel "
        "een lang verhaal (Kamerstukken 32813, nr. 952).",
    ]


def test_every_block_knows_its_page(tmp_path):
    pages = [letterhead(n, 3, first=n == 1) + body(
        [*(OPENING if n == 1 else []), f"Dit is de alinea van pagina {n}."]) for n in (1, 2, 3)]
    pages[2] += notes([(Sup("1"), " Een noot op pagina drie.")])
    letter = _letter(tmp_path, pages)
    found = {letter.text[b.start:b.end]: b.page for b in letter.blocks}
    assert found["Dit is de alinea van pagina 1."] == 1
    assert found["Dit is de alinea van pagina 2."] == 2
    assert found["Dit is de alinea van pagina 3."] == 3
    assert found["¹ Een noot op pagina drie."] == 3


def test_two_signers_side_by_side_are_both_found_with_titles_and_roles(tmp_path):
    page = body([*OPENING, "Ik zal uw Kamer informeren.", None, "Hoogachtend,", None]) + [
        Text(LEFT, 120 + 13 * 9, "DE MINISTER VAN JUSTITIE EN VEILIGHEID,"),
        Text(310, 120 + 13 * 9, "DE STAATSSECRETARIS VAN JUSTITIE EN"),
        Text(310, 120 + 13 * 10, "VEILIGHEID,"),
        Text(LEFT, 120 + 13 * 14, "mr. dr. D. Yeşilgöz-Zegerius"),
        Text(310, 120 + 13 * 14, "drs. E. van der Burg"),
    ]
    letter = _letter(tmp_path, [page])
    assert letter.metadata.signatory == "D. Yeşilgöz-Zegerius; E. van der Burg"
    assert letter.metadata.signatory_role == (
        "Minister van Justitie en Veiligheid; Staatssecretaris van Justitie en Veiligheid")


def test_a_url_in_a_note_broken_over_lines_stays_whole(tmp_path):
    page = body([*OPENING, ("Zie het advies", Sup("1"), ".")]) + notes([
        (Sup("1"), " https://www.gezondheidsraad.nl/documenten/adviezen/2021/09/15/risicos-van-"),
        "ultrafijnstof-in-de-buitenlucht",
    ])
    letter = _letter(tmp_path, [page])
    (note,) = letter.footnotes
    assert letter.text[note.start:note.end] == (
        "¹ https://www.gezondheidsraad.nl/documenten/adviezen/2021/09/15/"
        "risicos-van-ultrafijnstof-in-de-buitenlucht")


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("https://eur-lex.europa.eu/legal-", "content/NL/TXT/?uri=CELEX", 
     "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX"),
    ("https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D222",
     "49; hieruit: ‘verzoekt de regering",
     "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D22249; "
     "hieruit: ‘verzoekt de regering"),
    ("zie https://www.rijksoverheid.nl", "en de bijlage", "zie https://www.rijksoverheid.nl en "
     "de bijlage"),
    ("de verkenning van de SER-", "verkenning (Kamerstuk 32852)",
     "de verkenning van de SER-verkenning (Kamerstuk 32852)"),
    ("het inventari-", "seren van de", "het inventariseren van de"),
    ("wet-", "en regelgeving", "wet- en regelgeving"),
])
def test_joining_wrapped_lines(left, right, joined):
    assert join_wrapped(left, right) == joined


def _line(*runs: tuple[str, float, float, float, bool]) -> str:
    """A TextLine from runs of (text, x, gap after each glyph in em, size, raised).

    In a run ' ' is a space PDFium generated from a word-sized gap, '·' one it generated
    from a narrow gap (letter spacing), '¦' from a gap of a quarter em (kerning next to a
    bracket), '␣' a real space character.
    """
    glyphs: list[Glyph] = []
    for text, x, gap, size, raised in runs:
        for ch in text:
            if ch in " ␣·¦":
                glyphs.append(Glyph(" ", x, x, 700.0, 0.0 if ch == "␣" else -1.0))
                x += {"·": 0.1, "¦": 0.25}.get(ch, 0.3) * size
                continue
            width = 0.55 * size
            glyphs.append(Glyph(ch, x, x + width, 700.0 + (3.0 if raised else 0.0), size))
            x += width + gap * size
    from desktop_app.ingest.pdf_glyphs import split_lines

    (line,) = split_lines(glyphs, 1)
    return line.text


@pytest.mark.parametrize(("runs", "text"), [
    ((("grondstoffen", 80, 0.0, 9.0, False), ("1", 148.2, 0.0, 6.0, True),
      ("·.", 151.5, 0.0, 9.0, False)), "grondstoffen¹."),
    ((("Gezondheidsraad␣", 80, 0.0, 9.0, False), ("16", 160.5, 0.0, 6.0, True),
      ("␣betrokken", 168, 0.0, 9.0, False)), "Gezondheidsraad¹⁶ betrokken"),
    ((("(¦ICER)", 80, 0.0, 9.0, False),), "(ICER)"),
    ((("de¦ICER", 80, 0.0, 9.0, False),), "de ICER"),
    ((("maart 2020", 80, 0.0, 9.0, False), ("8", 134.5, 0.0, 6.0, True),
      ("ligt", 138.2, 0.0, 9.0, False)), "maart 2020⁸ ligt"),
    ((("Inf·rastructuur", 80, 0.0, 6.8, False),), "Infrastructuur"),
    ((("het kabinet", 80, 0.0, 9.0, False),), "het kabinet"),
    ((("CO2-reductie", 80, 0.0, 9.0, False),), "CO2-reductie"),
])
def test_spacing_and_marks_from_glyph_geometry(runs, text):
    assert _line(*runs) == text


def test_the_margin_column_is_told_apart_from_text_that_reaches_far_right(tmp_path):
    """A letter without a letterhead column whose lines run to the right edge: nothing is
    taken for a column, and right-aligned text in body type stays."""
    page = body([*OPENING] + ["Een lange regel lopende tekst die tot ver naar rechts doorloopt "
                              "over de hele breedte."] * 3) + [
        Text(COLUMN, 120 + 13 * 9, "Den Haag, rechts uitgelijnd")]
    letter = _letter(tmp_path, [page])
    assert "Den Haag, rechts uitgelijnd" in letter.text


def test_a_rule_without_smaller_type_under_it_is_not_a_footnote_area(tmp_path):
    page = body([*OPENING, "Tabel 1 hieronder laat de cijfers zien."]) + [
        Rule(LEFT, 300)] + body(["1 januari 2023 is de eerste peildatum van de reeks."], top=320)
    letter = _letter(tmp_path, [page])
    assert not letter.footnotes
    assert "1 januari 2023 is de eerste peildatum van de reeks." in letter.text


def test_the_page_size_of_type_is_read_from_the_glyph_boxes():
    line = TextLine(1, [Glyph("a", 0, 5, 700, 12.2), Glyph("b", 5, 10, 700, 12.2)]).finish()
    assert (line.size, line.text) == (12.2, "ab")


def test_a_table_is_read_row_by_row_with_its_cells_apart(tmp_path):
    rows = [("Maatregel", "2023", "2024"), ("Textiel", "12,5", "14,0"),
            ("Verpakkingen", "3,1", "4,2")]
    page = body([*OPENING, "De kosten staan in de tabel."])
    for i, row in enumerate(rows):
        y = 120 + 13 * (7 + i)
        page += [Text(LEFT, y, row[0]), Text(LEFT + 150, y, row[1]), Text(LEFT + 220, y, row[2])]
    page += body(["Daarna gaat de brief verder."], top=120 + 13 * 11)
    letter = _letter(tmp_path, [page])
    table = [letter.text[b.start:b.end] for b in letter.blocks if b.kind == "table_row"]
    assert table == ["Maatregel | 2023 | 2024", "Textiel | 12,5 | 14,0",
                     "Verpakkingen | 3,1 | 4,2"]
    assert "Daarna gaat de brief verder." in letter.text


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_page_shown_turned_reads_as_the_same_letter(tmp_path, rotation):
    import pypdfium2 as pdfium

    pages = [letterhead(n, 2, first=n == 1) + body([
        *(OPENING if n == 1 else []),
        f"Dit is de alinea van pagina {n}, met een zin die doorloopt."]) for n in (1, 2)]
    plain = write_pdf(tmp_path / "plain.pdf", pages)
    pdf = pdfium.PdfDocument(plain)
    for page in pdf:
        page.set_rotation(rotation)
    turned = tmp_path / "turned.pdf"
    pdf.save(turned)
    pdf.close()
    expected = read_file(plain)
    letter = read_file(turned)
    assert letter.text == expected.text
    assert "Dit is de alinea van pagina 2, met een zin die doorloopt." in letter.text
    assert "Pagina" not in letter.text and "Kenmerk" not in letter.text
