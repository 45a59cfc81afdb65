"""HTML, the official Kamerstuk XML and real PDF files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.ingest import read_file
from desktop_app.ingest.pdf_paragraphs import join_wrapped

KST_HTML = """<!DOCTYPE html><html><head><title>kst-19637-2775 | Overheid.nl</title>
<script>var x = "Den Haag, 1 januari 1999";</script></head>
<body><nav><a href="/">Home</a> <a href="#">Zoeken</a></nav>
<div id="main"><table><tr><th>Datum publicatie</th><th>Organisatie</th><th>Vergaderjaar</th>
<th>Dossier- en ondernummer</th></tr>
<tr><td>22-10-2021</td><td>Tweede Kamer der Staten-Generaal</td><td>2021-2022</td>
<td>19637 nr. 2775</td></tr></table>
<h1>19 637 Vreemdelingenbeleid</h1>
<h2>Nr. 2775 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID</h2>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
<p>Den Haag, 21 oktober 2021</p>
<p>Op 20 oktober jl. heb ik een brief ontvangen van de voorzitter van de veiligheidsregio
Groningen met een bijstandsverzoek.</p>
<h3>Vervolg</h3>
<ul><li>eerste maatregel;</li><li>tweede maatregel.</li></ul>
<p>Een afschrift van onze reactie is als bijlage bij deze brief toegevoegd<sup>1</sup>.</p>
<p>De Minister van Justitie en Veiligheid, F.B.J. Grapperhaus</p>
<p>De Staatssecretaris van Justitie en Veiligheid, A. Broekers-Knol</p>
<p>¹ Raadpleegbaar via www.tweedekamer.nl</p></div>
<footer>Naar boven</footer></body></html>"""

OEP_XML = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><metadata/><kamerstuk>
 <kamerstukkop>
  <kamer nummer="2"/>
  <vergaderjaar>2020-2021</vergaderjaar>
  <dossier><dossiernummer>19 637</dossiernummer><titel>Vreemdelingenbeleid</titel></dossier>
  <stuk><ondernummer>2764</ondernummer>
   <titel>BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID</titel></stuk>
 </kamerstukkop>
 <brief>
  <aanhef><richting>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</richting>
   <plaatsdatum><plaats>Den Haag</plaats>, <datumtekst>12 juli 2021</datumtekst></plaatsdatum>
  </aanhef>
  <al>Tijdens de begrotingsbehandeling heb ik uw Kamer toegezegd een externe doorlichting
   te laten uitvoeren<noot id="n1"><noot.nr>1</noot.nr><noot.al>Handelingen II 2020/21,
   nr. 30.</noot.al></noot>.</al>
  <tussenkop>Vervolg</tussenkop>
  <lijst><li><li.nr>1.</li.nr><al>Definieer een ketendoelstelling;</al></li></lijst>
  <al>Ik zal uw Kamer voor het zomerreces informeren.</al>
  <slotformule/>
  <ondertekening><functie>De Staatssecretaris van Justitie en Veiligheid,</functie>
   <naam><voornaam>A.</voornaam> <achternaam>Broekers-Knol</achternaam></naam></ondertekening>
 </brief>
</kamerstuk></officiele-publicatie>"""


def test_officielebekendmakingen_html(tmp_path):
    path = tmp_path / "kst-19637-2775.html"
    path.write_text(KST_HTML, encoding="utf-8")
    letter = read_file(path)
    md = letter.metadata
    assert (md.dossier, md.number, md.date, md.vergaderjaar, md.title, md.chamber) == (
        "19637", "2775", "2021-10-21", "2021-2022", "Vreemdelingenbeleid", "Tweede Kamer")
    assert md.signatory == "F.B.J. Grapperhaus; A. Broekers-Knol"
    assert letter.id == "kst-19637-2775"
    assert letter.text.startswith("Op 20 oktober jl. heb ik een brief ontvangen")
    assert "Home" not in letter.text and "var x" not in letter.text
    kinds = [b.kind for b in letter.blocks]
    assert kinds.count("list_item") == 2 and "heading" in kinds
    (note,) = letter.footnotes
    assert [letter.text[a:b] for a, b in note.refs] == ["¹"]


def test_kamerstuk_xml(tmp_path):
    path = tmp_path / "kst-19637-2764.xml"
    path.write_text(OEP_XML, encoding="utf-8")
    letter = read_file(path)
    md = letter.metadata
    assert md.to_dict() == {
        "title": "Vreemdelingenbeleid", "subject": None, "date": "2021-07-12",
        "dossier": "19637", "number": "2764", "vergaderjaar": "2020-2021",
        "signatory": "A. Broekers-Knol",
        "signatory_role": "Staatssecretaris van Justitie en Veiligheid",
        "reference": None, "chamber": "Tweede Kamer",
    }
    assert "toegezegd een externe doorlichting te laten uitvoeren¹." in letter.text
    assert [b.kind for b in letter.blocks] == [
        "paragraph", "heading", "list_item", "paragraph", "signature", "footnote"]
    (note,) = letter.footnotes
    assert letter.text[note.start:note.end] == "¹ Handelingen II 2020/21, nr. 30."


def test_same_letter_in_two_formats_has_one_id(real_dir):
    okb = read_file(real_dir / "okb_kst-35537-3.txt")
    tk = read_file(real_dir / "tk_2020D36185.txt")
    assert okb.id == tk.id == "kst-35537-3"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("te inventari- seren in", "te inventariseren in"),
        ("de LHBTI- en bekeringscoördinatoren", "de LHBTI- en bekeringscoördinatoren"),
        ("wet- en regelgeving", "wet- en regelgeving"),
        ("lhbti- of bekeringszaken", "lhbti- of bekeringszaken"),
        ("de LHBTI- coördinator", "de LHBTI-coördinator"),
        ("Noord- Holland", "Noord-Holland"),
    ],
)
def test_pdf_line_end_hyphens_are_undone_only_where_dutch_allows(raw, expected):
    left, right = raw.split("- ", 1)
    assert join_wrapped(left + "-", right) == expected


PDF_LINES = [
    "Den Haag, 4 november 2022",
    "",
    "Daarnaast is aan het WODC gevraagd om te inventari-",
    "seren in hoeverre er in de literatuur en praktijk aan-",
    "knopingspunten zijn voor de LHBTI- en bekeringscoör-",
    "dinatoren en voor wet- en regelgeving.",
    "",
    "Ik zal uw Kamer voor het zomerreces informeren.",
    "",
    "De Staatssecretaris van Justitie en Veiligheid,",
    "A. Broekers-Knol",
]


def make_pdf(path: Path, pages: list[list[str]]) -> None:
    """Draw lines of text on PDF pages with Qt (a real PDF, like a ministry's)."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 11))
    step = painter.fontMetrics().height() * 1.3
    for n, lines in enumerate(pages):
        if n:
            writer.newPage()
        for i, line in enumerate(lines):
            painter.drawText(0, int(step * (i + 1)), line)
    painter.end()
    del painter, writer  # release Qt objects now, not during interpreter shutdown


def test_real_pdf_with_hyphenation(tmp_path, qapp):
    path = tmp_path / "brief.pdf"
    make_pdf(path, [PDF_LINES[:7], ["Pagina 2 van 2", *PDF_LINES[7:]]])
    letter = read_file(path)
    assert letter.format == "pdf"
    assert letter.metadata.date == "2022-11-04"
    assert letter.metadata.signatory == "A. Broekers-Knol"
    assert ("Daarnaast is aan het WODC gevraagd om te inventariseren in hoeverre er in de "
            "literatuur en praktijk aanknopingspunten zijn voor de LHBTI- en "
            "bekeringscoördinatoren en voor wet- en regelgeving.") in letter.text
    assert "Pagina" not in letter.text
    assert "Ik zal uw Kamer voor het zomerreces informeren." in letter.text


def test_pdf_without_text_layer(tmp_path, qapp):
    path = tmp_path / "scan.pdf"
    make_pdf(path, [[""]])
    from desktop_app.errors import IngestError

    with pytest.raises(IngestError, match="no text layer"):
        read_file(path)


HEAD = "Tweede Kamer, vergaderjaar 2018–2019, 19 637, nr. 2500"


def test_pdf_running_head_and_sentences_across_pages(tmp_path, qapp):
    body = [
        "Den Haag, 1 juli 2019", "",
        "Het WODC stelt dat het van belang is om de nieuwe werkinstructies te",
        "evalueren en daarbij de rol van de tolk mee te nemen. Ik zie daarom geen",
    ]
    page2 = [
        "aanleiding om een pilot te houden waarin het 4-ogen beginsel wordt toegepast.", "",
        "Ik zal uw Kamer informeren over de uitkomsten van de evaluatie van het",
    ]
    page3 = ["WODC voor het zomerreces.", "", "De Staatssecretaris van Justitie en Veiligheid,",
             "A. Broekers-Knol"]
    pages = [[HEAD, "", *lines, "", f"Pagina {n} van 3"]
             for n, lines in enumerate([body, page2, page3], 1)]
    path = tmp_path / "koppen.pdf"
    make_pdf(path, pages)
    letter = read_file(path)
    assert "Tweede Kamer, vergaderjaar" not in letter.text and "Pagina" not in letter.text
    assert ("Ik zie daarom geen aanleiding om een pilot te houden waarin het 4-ogen beginsel "
            "wordt toegepast.") in letter.text
    assert "over de uitkomsten van de evaluatie van het WODC voor het zomerreces." in letter.text
    assert letter.metadata.signatory == "A. Broekers-Knol"


def test_pdfium_hyphen_marks_become_hyphens():
    """PDFium marks a line-end hyphen as U+FFFE or U+0002; the line ends in '-' and joins
    the next line where Dutch allows it."""
    from desktop_app.ingest.pdf_glyphs import Glyph, TextLine

    def line(text: str) -> str:
        glyphs = [Glyph(ch, 5.0 * i, 5.0 * i + 5, 700.0, 0.0 if ch == " " else 9.0)
                  for i, ch in enumerate(text)]
        return TextLine(1, glyphs).finish().text

    assert join_wrapped(line("bijhouden van indica\ufffe"), "toren die") == (
        "bijhouden van indicatoren die")
    assert join_wrapped(line("de LHBTI\x02"), "en bekering") == "de LHBTI- en bekering"


def test_utf16_text_from_windows_notepad(tmp_path):
    path = tmp_path / "kladblok.txt"
    path.write_bytes("Den Haag, 4 november 2022\r\n\r\nDe coördinator zal dat doen.\r\n"
                     .encode("utf-16"))
    letter = read_file(path)
    assert letter.metadata.date == "2022-11-04"
    assert letter.text == "De coördinator zal dat doen."
