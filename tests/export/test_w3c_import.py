"""Importing W3C Web Annotation and Hypothesis files shaped as other tools write them
(tests/data/w3c/: one file per shape), pending annotations, a bad item in a good file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop_app.export import w3c
from desktop_app.library import Library

W3C_DIR = Path(__file__).resolve().parents[1] / "data" / "w3c"
REAL = Path(__file__).resolve().parents[1] / "data" / "real-letters"
GRONINGEN = "kst-33529-468"  # okb_kst-33529-468.txt: "…heb verzonden¹. In deze brief …"
URGENDA = "kst-27858-675"  # tk_2024D39756.txt: found by its Tweede Kamer document id


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "data", seed=False)
    report = lib.import_paths([REAL / "okb_kst-33529-468.txt", REAL / "tk_2024D39756.txt"])
    assert sorted(report.added) == sorted([GRONINGEN, URGENDA])
    yield lib
    lib.close()


def _import(library, name):
    report, _ = library.import_annotations(w3c.read_file(W3C_DIR / name))
    return report


def _text(library, ann):
    return library.letter(ann.letter_id).text[ann.start:ann.end]


def test_a_quote_without_context_or_positions_anchors_with_its_note_and_motivation(library):
    report = _import(library, "w3c_quote_only_no_purpose.json")
    assert report.added == ("http://example.org/anno/quote-only",) and not report.rejected
    ann = library.annotations.get("http://example.org/anno/quote-only")
    assert ann.letter_id == GRONINGEN and ann.status == "ok"
    assert _text(library, ann) == "een afschrift van de brief die ik vandaag"
    assert ann.note == "Welke brief is dit precies?"  # a TextualBody without purpose
    assert ann.motivation == "questioning" and ann.author == "pietje"
    assert ann.created == "2024-03-01T08:15:00.000000+00:00"  # UTC, as the store writes it


def test_a_target_list_with_body_value_and_wrong_positions(library):
    report = _import(library, "w3c_target_list_body_value.json")
    (ann_id,) = report.added
    ann = library.annotations.get(ann_id)
    assert ann.letter_id == GRONINGEN and ann.note == "Terug naar de lopende operatie"
    assert _text(library, ann) == ("de kabinetsinzet ten aanzien van de lopende "
                                   "versterkingsoperatie")
    assert ann.motivation == "bookmarking tagging" and ann.author == "acct:marie@example.org"


def test_fragment_selectors_alone_and_refined_by_a_quote(library):
    report = _import(library, "w3c_fragment_selector.json")
    assert len(report.added) == 2 and not report.rejected and not report.orphaned
    alone = library.annotations.get("http://example.org/anno/fragment-only")
    assert _text(library, alone) == "bekrachtigd" and alone.note == "Het slot"
    refined = library.annotations.get("http://example.org/anno/fragment-refined")
    assert _text(library, refined) == "De Minister van Economische Zaken en Klimaat"
    assert refined.note == "Wie ondertekent" and refined.tags == ("ondertekening",)


def test_a_range_selector_with_a_quote_an_iri_body_and_a_resource_tag(library):
    report = _import(library, "w3c_range_selector_resource_tag.json")
    assert report.added == ("http://example.org/anno/range",), report.rejected
    ann = library.annotations.get("http://example.org/anno/range")
    assert _text(library, ann) == "bekrachtigd" and ann.status == "ok"
    assert ann.note == "<http://example.org/notes/groningen-overzicht>"
    assert ann.tags == ("versterking",) and ann.motivation == "classifying"
    assert ann.author == "An de Vries"


def test_a_quote_across_a_footnote_mark_is_placed(library):
    report = _import(library, "w3c_footnote_mark.json")
    assert report.added and not report.orphaned
    ann = library.annotations.get("http://example.org/anno/footnote")
    assert _text(library, ann) == "aardbevingsgemeenten heb verzonden¹. In deze brief"
    assert ann.note == "Bijlage nog opvragen"


def test_a_hypothesis_search_result_finds_letters_by_document_id_and_keeps_the_rest_pending(
        library):
    report = _import(library, "hypothesis_api_search.json")
    first = "https://hypothes.is/a/Qk3xVv7rEe-aBcD1eFgH2w"
    assert report.added == (first,) and not report.rejected
    ann = library.annotations.get(first)
    assert ann.letter_id == URGENDA and _text(library, ann) == "lelieteelt als rustgewassen"
    assert ann.note == "Zie ook het **Actieprogramma**."
    assert ann.tags == ("nitraat", "landbouw/bollen") and ann.author == "acct:jansen@hypothes.is"
    assert ann.modified == "2024-10-02T08:00:00.000000+00:00"  # Hypothesis's "updated"
    # the second is on an openkamer.org letter this library does not have
    assert report.pending == ("https://hypothes.is/a/Zz9yWw1aEe-kLmN0pQrS3t",)
    (waiting,) = library.pending_annotations()
    assert waiting.refs.ids == ("kst-35394-48",) and waiting.annotation.tags == ("arbeidsmarkt",)


def test_a_hypothesis_export_is_read_with_note_tags_and_letter(library):
    report = _import(library, "hypothesis_export.json")
    ann = library.annotations.get(report.added[0])
    assert ann.id == "https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"
    assert (ann.letter_id, ann.note, ann.tags) == (
        GRONINGEN, "Belangrijke toezegging voor Groningen", ("groningen",))
    assert _text(library, ann) == "een afschrift van de brief die ik vandaag"


def test_a_bad_item_is_rejected_with_its_reason_and_the_good_one_imported(library):
    report = _import(library, "w3c_bad_item_in_good_file.json")
    assert report.added == ("http://example.org/anno/good",)
    reasons = dict(report.rejected)
    assert "a note on a whole page is not kept" in reasons[
        "annotation 2 (http://example.org/anno/whole-page)"]
    assert "a body must be an object, an IRI or text" in reasons[
        "annotation 3 (http://example.org/anno/number-body)"]


def test_malformed_json_still_changes_nothing(library, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text((W3C_DIR / "hypothesis_export.json").read_text()[:-20])
    history = library.annotations.history()
    with pytest.raises(w3c.ImportRejected, match="Nothing was imported"):
        library.import_annotations(w3c.read_file(bad))
    assert library.annotations.annotations() == [] and library.annotations.history() == history


def test_a_pending_annotation_attaches_when_its_letter_is_imported(library):
    report = _import(library, "w3c_letter_not_in_library.json")
    assert report.pending == ("http://example.org/anno/pending",) and not report.added
    assert library.annotations.annotations() == []
    letters = library.import_paths([REAL / "okb_kst-35537-3.txt"])
    assert letters.attached == ["http://example.org/anno/pending"] and letters.pending == 0
    ann = library.annotations.get("http://example.org/anno/pending")
    assert ann.letter_id == "kst-35537-3" and ann.status == "ok"
    assert ann.note == "Uitstel: wanneer komt de reactie?" and ann.tags == ("uitstel",)
    assert _text(library, ann).startswith("kan tot mijn spijt niet binnen")
    assert library.pending_annotations() == []


def test_pending_annotations_survive_reopening_the_data_folder(library, tmp_path):
    _import(library, "w3c_letter_not_in_library.json")
    library.close()
    reopened = Library(tmp_path / "data", seed=False)
    try:
        (waiting,) = reopened.pending_annotations()
        assert waiting.annotation.note == "Uitstel: wanneer komt de reactie?"
        assert waiting.source == "https://zoek.officielebekendmakingen.nl/kst-35537-3.html"
    finally:
        reopened.close()


def test_the_command_line_warns_about_pending_and_names_rejected_items(library, tmp_path):
    from desktop_app.cli import main

    library.close()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(tmp_path / "data"), "import-annotations",
                 str(W3C_DIR / "w3c_bad_item_in_good_file.json")], out=out, err=err)
    assert code == 1 and "1 added" in out.getvalue()
    assert "http://example.org/anno/whole-page" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--data-dir", str(tmp_path / "data"), "import-annotations",
                 str(W3C_DIR / "hypothesis_api_search.json")], out=out, err=err)
    assert code == 0 and "1 added" in out.getvalue() and "kept as pending" in err.getvalue()
    assert ("https://hypothes.is/a/Zz9yWw1aEe-kLmN0pQrS3t: "
            "https://www.openkamer.org/kamerstuk/35394-48/") in err.getvalue()


@pytest.mark.parametrize(
    ("iri", "ids", "documents"),
    [
        ("urn:x-kamerbrief:txt-0f21a9001eaf", ("txt-0f21a9001eaf",), ()),
        ("https://zoek.officielebekendmakingen.nl/kst-35925-VI-38.html", ("kst-35925-VI-38",),
         ()),
        ("https://www.openkamer.org/kamerstuk/21501-02-2174/", ("kst-21501-02-2174",), ()),
        ("https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2020Z17561"
         "&did=2020D36185", (), ("2020D36185",)),
        ("https://example.org/page", (), ()),
    ],
)
def test_letters_are_found_by_urn_kamerstuk_and_document_id(iri, ids, documents):
    refs = w3c.letter_refs([iri])
    assert (refs.ids, refs.documents) == (ids, documents)


def test_a_unique_quote_is_placed_however_wrong_its_positions():
    from desktop_app.model import Annotation

    text = "Eerst iets anders. Dan de zin die telt. En nog meer tekst erna."
    ann = Annotation(id="a", letter_id="x", start=900, end=950, quote="de zin die telt")
    placed = w3c.place(ann, text)
    assert text[placed.start:placed.end] == "de zin die telt" and placed.status == "ok"
    twice = w3c.place(ann, text + " Nogmaals de zin die telt.")
    assert twice.status == "orphan"  # two copies and no context: never a guess


def test_a_round_trip_keeps_other_tools_ids(library, tmp_path):
    _import(library, "hypothesis_export.json")
    out = tmp_path / "out.jsonld"
    w3c.write_file(library.annotations.annotations(), out)
    (item,) = json.loads(out.read_text())["first"]["items"]
    assert item["id"] == "https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh"
    report, _ = library.import_annotations(w3c.read_file(out))
    assert report.unchanged == ("https://hypothes.is/a/Hx1aAa2bEe-cCdDeEfFgGh",)
    assert len(library.annotations.annotations()) == 1
