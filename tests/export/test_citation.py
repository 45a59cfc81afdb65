"""Citations: Kamerstuk style from metadata, what is known when fields are missing."""

from __future__ import annotations

import pytest

from desktop_app.export.citation import (
    citation,
    dossier_number,
    dutch_date,
    kamerstuk,
    paragraph_number,
    short_year,
)
from desktop_app.model import Block, Letter, Metadata


@pytest.mark.parametrize(("dossier", "expected"), [
    ("19637", "19 637"),
    ("35925-VI", "35 925 VI"),
    ("34300-J", "34 300 J"),
    ("21501-02", "21 501-02"),
    ("2000", "2 000"),
    ("999", "999"),
    ("abc", "abc"),
    (None, None),
])
def test_dossier_number(dossier, expected):
    assert dossier_number(dossier) == expected


@pytest.mark.parametrize(("year", "expected"), [
    ("2020-2021", "2020/21"), ("1999-2000", "1999/00"), ("2020/2021", "2020/21"),
    ("2020", None), (None, None),
])
def test_short_year(year, expected):
    assert short_year(year) == expected


FULL = Metadata(dossier="19637", number="2764", vergaderjaar="2020-2021",
                chamber="Tweede Kamer", date="2021-07-12", signatory="A. Broekers-Knol",
                signatory_role="Staatssecretaris van Justitie en Veiligheid")


@pytest.mark.parametrize(("md", "expected"), [
    (FULL, "Kamerstukken II 2020/21, 19 637, nr. 2764"),
    (Metadata(dossier="35704", number="S", vergaderjaar="2021-2022", chamber="Eerste Kamer"),
     "Kamerstukken I 2021/22, 35 704, nr. S"),
    (Metadata(dossier="35925-XV", number="22", chamber="Tweede Kamer"),
     "Kamerstukken II, 35 925 XV, nr. 22"),
    (Metadata(dossier="33529", number="786"), "Kamerstukken, 33 529, nr. 786"),
    (Metadata(dossier="33529"), None),
    (Metadata(number="12"), None),
])
def test_kamerstuk(md, expected):
    assert kamerstuk(md) == expected


@pytest.mark.parametrize(("md", "paragraph", "expected"), [
    (FULL, 4, "Kamerstukken II 2020/21, 19 637, nr. 2764, brief van 12 juli 2021, "
              "A. Broekers-Knol (Staatssecretaris van Justitie en Veiligheid), alinea 4"),
    (Metadata(subject="Reactie op het bericht", date="2021-07-08", reference="3290560",
              signatory="A; B", signatory_role="Minister; Staatssecretaris"), None,
     "Brief ‘Reactie op het bericht’, 8 juli 2021, A (Minister) en B (Staatssecretaris), "
     "kenmerk 3290560"),
    (Metadata(signatory="A. Broekers-Knol"), 2, "A. Broekers-Knol, alinea 2"),
    (Metadata(signatory="X; Y", signatory_role="Minister"), None, "X en Y"),
    (Metadata(), None, "Bron onbekend"),
])
def test_citation_cites_only_what_is_known(md, paragraph, expected):
    assert citation(md, paragraph) == expected


def test_dutch_date():
    assert dutch_date("2021-03-01") == "1 maart 2021"
    assert dutch_date("voorjaar") == "voorjaar" and dutch_date(None) is None


def test_paragraph_number_counts_body_blocks_only():
    blocks = (Block("heading", 0, 5), Block("paragraph", 6, 20), Block("list_item", 21, 30),
              Block("heading", 31, 40), Block("paragraph", 41, 60), Block("footnote", 61, 70))
    letter = Letter("x", Metadata(), "t" * 70, blocks)
    assert [paragraph_number(letter, o) for o in (7, 21, 29, 45, 2, 35, 65)] == [
        1, 2, 2, 3, None, None, None]
