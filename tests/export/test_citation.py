"""Citations: Kamerstuk style from metadata, what is known when fields are missing."""

from __future__ import annotations

import pytest

from desktop_app.export.citation import (
    citation,
    dossier_number,
    dutch_date,
    file_name,
    kamerstuk,
    kamerstuk_of_id,
    letter_name,
    paragraph_number,
    published_url,
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
              "A. Broekers-Knol (Staatssecretaris van Justitie en Veiligheid), alinea 4 "
              "(https://zoek.officielebekendmakingen.nl/kst-19637-2764.html)"),
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


# --- letters without date or title can still be looked up (issue 19) ----------------------

KOOP = "https://zoek.officielebekendmakingen.nl/"
SIGNER = Metadata(signatory="A. Broekers-Knol")
WODC_FILE = "/home/jan/brieven/2019 beleidsreactie WODC-memorandum.txt"


@pytest.mark.parametrize(("md", "letter_id", "source", "expected"), [
    # with date and title: the title names the letter, no link without a kamerstuk
    (Metadata(title="Vreemdelingenbeleid", date="2021-07-12", signatory="A. Broekers-Knol"),
     "txt-0123456789ab", WODC_FILE,
     "Brief ‘Vreemdelingenbeleid’, 12 juli 2021, A. Broekers-Knol, alinea 11"),
    # without date: still named by its title
    (Metadata(title="Vreemdelingenbeleid", signatory="A. Broekers-Knol"), "txt-0123456789ab",
     WODC_FILE, "Brief ‘Vreemdelingenbeleid’, A. Broekers-Knol, alinea 11"),
    # without title: the subject names it
    (Metadata(subject="Reactie op het WODC-memorandum", date="2019-06-01"), "txt-0123456789ab",
     WODC_FILE, "Brief ‘Reactie op het WODC-memorandum’, 1 juni 2019, alinea 11"),
    # without date, title and subject: the file it came from (never the folders on this PC)
    (SIGNER, "txt-0123456789ab", WODC_FILE,
     "Bestand ‘2019 beleidsreactie WODC-memorandum.txt’, A. Broekers-Knol, alinea 11"),
    (SIGNER, "txt-0123456789ab", "C:\\Users\\jan\\brief 12.md",
     "Bestand ‘brief 12.md’, A. Broekers-Knol, alinea 11"),
    # a kst- id: the kamerstuk from the id and the address of the published letter
    (SIGNER, "kst-19637-2764", WODC_FILE,
     "Kamerstukken, 19 637, nr. 2764, A. Broekers-Knol, alinea 11 "
     f"({KOOP}kst-19637-2764.html)"),
    (Metadata(chamber="Tweede Kamer", vergaderjaar="2021-2022"), "kst-35925-VI-38", None,
     f"Kamerstukken II 2021/22, 35 925 VI, nr. 38, alinea 11 ({KOOP}kst-35925-VI-38.html)"),
    # a txt- id: no link is made up
    (SIGNER, "txt-0123456789ab", None, "A. Broekers-Knol, alinea 11"),
])
def test_a_citation_says_which_letter_it_is(md, letter_id, source, expected):
    assert citation(md, 11, letter_id=letter_id, source=source) == expected


@pytest.mark.parametrize(("md", "letter_id", "expected"), [
    (Metadata(), "kst-19637-2764", "kst-19637-2764"),
    (Metadata(), "kst-34300-A-15", "kst-34300-A-15"),
    (Metadata(), "kst-21501-02-1234", "kst-21501-02-1234"),
    (Metadata(), "kst-35704-S", "kst-35704-S"),
    # the letter's (corrected) dossier and number come before its id
    (Metadata(dossier="35925-VI", number="38"), "txt-0123456789ab", "kst-35925-VI-38"),
    (Metadata(dossier="35925-VI", number="38"), "kst-1-2", "kst-35925-VI-38"),
    (Metadata(), "txt-0123456789ab", None),
    (Metadata(), "", None),
    (Metadata(), "kst-19637-2764\"><script>", None),  # only a well-formed id becomes a link
    (Metadata(dossier="19 637", number="2764"), None, None),
])
def test_published_url_is_built_from_the_kamerstuk_id(md, letter_id, expected):
    url = published_url(md, letter_id)
    assert url == (f"{KOOP}{expected}.html" if expected else None)


def test_kamerstuk_of_id_and_names():
    assert kamerstuk_of_id("kst-35925-XV-22") == ("35925-XV", "22")
    assert kamerstuk_of_id("txt-38b36ad50a5a") is None
    assert file_name("/a/b/c.txt") == "c.txt" and file_name("") is None
    assert letter_name(Metadata(title="T", subject="S"), "x", "/a.txt") == "S"
    assert letter_name(Metadata(), "txt-1", "/data/a.txt") == "a.txt"
    assert letter_name(Metadata(), "txt-1", "") == "txt-1"


def test_a_citation_names_the_page_of_the_original_before_the_paragraph():
    md = Metadata(signatory="A. Broekers-Knol")
    assert citation(md, 2, page=3) == "A. Broekers-Knol, p. 3, alinea 2"
    assert citation(md, 2, page=None) == "A. Broekers-Knol, alinea 2"


def test_page_number_is_the_page_of_the_block_holding_the_offset():
    from desktop_app.export.citation import page_number

    text = "Eerste alinea.\n\nTweede alinea."
    paged = Letter(id="x", text=text, metadata=Metadata(), blocks=(
        Block("paragraph", 0, 14, page=1), Block("paragraph", 16, 30, page=2)))
    assert [page_number(paged, i) for i in (0, 20, 15)] == [1, 2, None]
    unpaged = Letter(id="y", text=text, metadata=Metadata(), blocks=(
        Block("paragraph", 0, 14), Block("paragraph", 16, 30)))
    assert page_number(unpaged, 20) is None
