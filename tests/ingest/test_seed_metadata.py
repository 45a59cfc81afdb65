"""Exact metadata and ids of the five seed letters."""

from __future__ import annotations

import pytest

from desktop_app.ingest import read_file

JENV = "Staatssecretaris van Justitie en Veiligheid"
BASE = dict.fromkeys(
    ("title", "subject", "date", "dossier", "number", "vergaderjaar", "signatory",
     "signatory_role", "reference", "chamber")
)

EXPECTED = {
    "000_541dd983327c4f0a.txt": {
        "title": "Vreemdelingenbeleid", "date": "2022-11-04", "dossier": "19637",
        "number": "3003", "vergaderjaar": "2022-2023", "signatory": "E. van der Burg",
        "signatory_role": JENV, "chamber": "Tweede Kamer",
    },
    "001_9568cf77c8ab2b63.txt": {"signatory": "A. Broekers-Knol", "signatory_role": JENV},
    "002_0c0b669893b9a50c.txt": {
        "subject": "Reactie op het bericht 'Behandeling migranten lijkt op die van "
                   "slachtoffers toeslagenaffaire'",
        "date": "2021-07-08", "signatory": "Ankie Broekers-Knol", "signatory_role": JENV,
        "reference": "3290560", "chamber": "Tweede Kamer",
    },
    "003_9849f2dbca5ad71f.txt": {
        "title": "Vaststelling van de begrotingsstaten van het Ministerie van Justitie en",
        "date": "2021-11-23", "dossier": "35925-VI", "number": "38",
        "vergaderjaar": "2021-2022", "signatory": "A. Broekers-Knol", "signatory_role": JENV,
        "chamber": "Tweede Kamer",
    },
    "004_3134c7e4b499cdc3.txt": {
        "title": "Vreemdelingenbeleid", "date": "2021-07-12", "dossier": "19637",
        "number": "2764", "vergaderjaar": "2020-2021", "signatory": "A. Broekers-Knol",
        "signatory_role": JENV, "chamber": "Tweede Kamer",
    },
}
IDS = {
    "000_541dd983327c4f0a.txt": "kst-19637-3003",
    "003_9849f2dbca5ad71f.txt": "kst-35925-VI-38",
    "004_3134c7e4b499cdc3.txt": "kst-19637-2764",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata_is_exact(seed_dir, name):
    letter = read_file(seed_dir / name)
    assert letter.metadata.to_dict() == {**BASE, **EXPECTED[name]}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_ids(seed_dir, name):
    letter = read_file(seed_dir / name)
    if name in IDS:
        assert letter.id == IDS[name]
    else:
        assert letter.id.startswith("txt-") and len(letter.id) == 16
        assert read_file(seed_dir / name).id == letter.id  # stable


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_markup_or_furniture_left(seed_dir, name):
    letter = read_file(seed_dir / name)
    body_end = min([f.start for f in letter.footnotes], default=len(letter.text))
    text = letter.text[:body_end]
    for junk in ("**", "<sup>", "###", "Ons kenmerk", "Directie Migratiebeleid", "Retouradres",
                 "BRIEF VAN DE", "Vergaderjaar", "Den Haag, "):
        assert junk not in text, junk


def test_seed_004_structure(seed_dir):
    letter = read_file(seed_dir / "004_3134c7e4b499cdc3.txt")
    headings = [letter.text[b.start:b.end] for b in letter.blocks if b.kind == "heading"]
    assert "Duiding en opvolging van de doorlichting" in headings
    assert "Vervolg" in headings
    items = [b for b in letter.blocks if b.kind == "list_item"]
    assert items[0].label == "-"
    # "- *Sturing op de IND*  " ends in a hard line break: the item's text is on the next line
    assert letter.text[items[0].start:items[0].end] == "Sturing op de IND"
    after = next(b for b in letter.blocks if b.start >= items[0].end)
    assert letter.text[after.start:after.end].startswith("Het versterken van de ambtelijke")
    numbered = [b for b in items if b.label == "1."]
    assert letter.text[numbered[0].start:numbered[0].end].startswith("Definieer een ketendoel")
    assert [f.marker for f in letter.footnotes] == ["1", "2", "3", "4"]
    # the footnote that interrupted a sentence does not break it
    assert "openbaar ministerie en rechtspraak wordt aanbevolen" in letter.text


def test_seed_000_footnote_interrupting_a_sentence(seed_dir):
    letter = read_file(seed_dir / "000_541dd983327c4f0a.txt")
    assert ("zonder dat de impact op de inzetbaarheid van medewerkers in het primaire proces"
            in letter.text)
    (note,) = letter.footnotes
    assert letter.text[note.start:note.end] == "¹ Kamersutk 19 637, nr. 2938."
    (ref,) = note.refs
    assert letter.text[ref[0]:ref[1]] == "¹"
    assert letter.text[ref[0] - 3:ref[1]] == "jl.¹"


def test_seed_001_pdf_text(seed_dir):
    text = read_file(seed_dir / "001_9568cf77c8ab2b63.txt").text
    assert "gevraagd om te inventariseren in hoeverre" in text
    assert "geloofwaardigheidsbeoordeling van asielaanvragen" in text
    assert "lhbti- en/of bekeringszaken" in text
    assert "4 juli 2018¹ informeerde" in text
    assert "welke aspecten of indicatoren van belang" in text  # page break mid-sentence
    assert "\n\nIk stem in met de conclusie" in text  # indented first line starts a paragraph


def test_seed_002_letterhead_and_footnotes(seed_dir):
    letter = read_file(seed_dir / "002_0c0b669893b9a50c.txt")
    assert letter.text.startswith("Bij brief van 13 april jl. heeft u mij gevraagd¹")
    assert "alles in het werk stellen om binnen de wettelijke kaders" in letter.text
    notes = {f.marker: letter.text[f.start:f.end] for f in letter.footnotes}
    assert notes["4"].startswith("⁴ MOTIE VAN DE LEDEN PLOUMEN EN JETTEN")
    assert "MOTIE VAN HET LID OMTZIGT" in notes["4"]
    assert "8 juli 2021" not in letter.text
