"""Merging one letter read from several formats, and when two files may be one letter."""

from __future__ import annotations

import pytest

from desktop_app.ingest.ids import same_details
from desktop_app.ingest.merge import FORMAT_RANK, merge_sources
from desktop_app.model import Metadata, ParsedLetter


def parsed(fmt: str, ext: str | None = None, **fields) -> ParsedLetter:
    ext = ext or {"text": "txt", "markdown": "md"}.get(fmt, fmt)
    return ParsedLetter(source=f"/in/brief.{ext}", format=fmt, metadata=Metadata(**fields),
                        text=f"de tekst uit {fmt}")


def test_the_ranking_is_xml_html_markdown_text_pdf():
    assert FORMAT_RANK == ("xml", "html", "markdown", "text", "pdf")


@pytest.mark.parametrize(
    ("sources", "expected", "text_format", "taken"),
    [
        # a field only one source states is taken from it, whatever its rank
        ([parsed("pdf", signatory="A. Jansen", signatory_role="Minister"),
          parsed("text", subject="Onderwerp")],
         {"subject": "Onderwerp", "signatory": "A. Jansen", "signatory_role": "Minister"},
         "text", {"subject": "text", "signatory": "pdf"}),
        # both state it: the better-ranked format wins; an empty value does not count
        ([parsed("pdf", subject="( NPCE) plan", date="2023-02-03"),
          parsed("text", subject="(NPCE) plan", date="  ")],
         {"subject": "(NPCE) plan", "date": "2023-02-03"}, "text",
         {"subject": "text", "date": "pdf"}),
        ([parsed("markdown", subject="md"), parsed("xml", subject="xml"),
          parsed("html", subject="html")],
         {"subject": "xml"}, "xml", {"subject": "xml"}),
        # values every source states alike are not listed as taken
        ([parsed("html", reference="X/1", chamber="Tweede Kamer"),
          parsed("pdf", reference="X/1", chamber="Tweede Kamer")],
         {"reference": "X/1", "chamber": "Tweede Kamer"}, "html", {}),
        # fields that belong together come from one source: the one that states most
        ([parsed("xml", dossier="35925", signatory="A. Jansen"),
          parsed("pdf", dossier="35925", number="38", signatory="A. Jansen",
                 signatory_role="Minister")],
         {"dossier": "35925", "number": "38", "signatory": "A. Jansen",
          "signatory_role": "Minister"}, "xml", {"dossier": "pdf", "signatory": "pdf"}),
        # … and never half of each: the xml's pair, not its signatory with the pdf's role
        ([parsed("xml", signatory="A. Jansen; B. de Vries", signatory_role="Minister; "
                 "Staatssecretaris"),
          parsed("pdf", signatory="A. Jansen", signatory_role="Minister van X")],
         {"signatory": "A. Jansen; B. de Vries", "signatory_role": "Minister; Staatssecretaris"},
         "xml", {"signatory": "xml"}),
    ],
)
def test_metadata_is_merged_field_by_field(sources, expected, text_format, taken):
    for order in (sources, list(reversed(sources))):
        merged = merge_sources(order)
        assert {k: v for k, v in merged.parsed.metadata.to_dict().items() if v} == expected
        assert merged.text_format == text_format
        assert merged.parsed.text == f"de tekst uit {text_format}"
        assert order[merged.text_from].format == text_format
        assert dict(merged.taken) == taken


def test_equal_formats_are_ordered_by_extension_whatever_the_order_given():
    as_md = parsed("markdown", "md", subject="uit .md")
    txt_read_as_md = parsed("markdown", "txt", subject="uit .txt")
    assert merge_sources([as_md, txt_read_as_md]).parsed.metadata.subject == "uit .md"
    assert merge_sources([txt_read_as_md, as_md]).parsed.metadata.subject == "uit .md"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ({"reference": "IENW/BSK-2023/33017"}, {"reference": "ienw/bsk-2023/ 33017"}, True),
        ({"date": "2023-02-03"}, {"date": "2023-02-03"}, True),
        ({"date": "2023-02-03", "reference": "1"}, {"date": "2023-02-03"}, True),
        ({"date": "2023-02-03", "dossier": "1", "number": "2"}, {"date": "2023-02-03"}, True),
        # nothing shared: similarity alone never joins two files
        ({}, {}, False),
        ({"subject": "Gaswinning"}, {"subject": "Gaswinning"}, False),
        ({"date": "2023-02-03"}, {"reference": "1"}, False),
        # something that tells them apart
        ({"date": "2023-02-03"}, {"date": "2023-02-04"}, False),
        ({"reference": "1", "date": "2023-02-03"}, {"reference": "1", "date": "2023-02-04"},
         False),
        ({"reference": "1", "date": "2023-02-03"}, {"reference": "2", "date": "2023-02-03"},
         False),
        ({"date": "2018-05-16", "dossier": "33529", "number": "467"},
         {"date": "2018-05-16", "dossier": "33529", "number": "468"}, False),
    ],
)
def test_which_stated_details_let_two_files_be_one_letter(a, b, same):
    assert same_details(Metadata(**a), Metadata(**b)) is same
    assert same_details(Metadata(**b), Metadata(**a)) is same
