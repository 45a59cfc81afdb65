"""Gathering a course pack: order, sections, citations, notes left out, missing letters."""

from __future__ import annotations

import pytest
from testdata import SEED_002_ID

from desktop_app.errors import NotFound, UserError
from desktop_app.export.pack import (
    ExportCancelled,
    pack_from_annotations,
    pack_from_collection,
    pack_from_tag,
)


def test_collection_pack_follows_the_collection(sample):
    pack = pack_from_collection(sample.library, "asiel EN cultuur")  # title, any case
    assert pack.title == "Asiel en cultuur" and pack.introduction == "Lees de *passages* vooraf."
    assert [s.heading for s in pack.sections] == [None, "De IND", "Cultuur"]
    a = sample.annotations
    assert [[p.annotation_id for p in s.passages] for s in pack.sections] == [
        [a[3].id], [a[0].id, a[1].id], [a[2].id]]
    first = pack.sections[1].passages[0]
    assert first.quote.startswith("Ik onderschrijf de analyse")
    assert first.citation == (
        "Kamerstukken II 2020/21, 19 637, nr. 2764, brief van 12 juli 2021, A. Broekers-Knol "
        "(Staatssecretaris van Justitie en Veiligheid), alinea 6 "
        "(https://zoek.officielebekendmakingen.nl/kst-19637-2764.html)")
    assert first.link == "https://zoek.officielebekendmakingen.nl/kst-19637-2764.html"
    assert first.paragraph == 6 and first.note == "Kern: de **analyse** wordt gedeeld."
    assert pack_from_collection(sample.library, sample.collection.id).title == pack.title


def test_a_passage_is_numbered_among_body_blocks(sample):
    pack = pack_from_collection(sample.library, "Asiel en cultuur")
    # 7 paragraphs, list item "Sturing op de IND" and its text, list item "Sturing binnen de
    # IND", then its text: the passage (headings are not counted)
    assert pack.sections[1].passages[1].paragraph == 11


def test_tag_pack_has_a_section_per_letter_oldest_first(sample):
    pack = pack_from_tag(sample.library, "cursus")
    assert len(pack.passages) == 4
    assert [s.passages[0].letter_id for s in pack.sections] == [
        SEED_002_ID, "kst-19637-2764", "kst-35925-VI-38"]
    assert pack.sections[1].heading == "Vreemdelingenbeleid (12 juli 2021)"
    assert {p.letter_id for p in pack_from_tag(sample.library, "cursus/cultuur").passages} == {
        "kst-35925-VI-38"}
    with pytest.raises(UserError, match="No annotations have the tag 'onbekend'"):
        pack_from_tag(sample.library, "onbekend")


def test_without_notes_drops_notes_and_authors(sample):
    pack = pack_from_collection(sample.library, "Asiel en cultuur").without_notes()
    assert not pack.include_notes
    assert all(p.note == "" and p.author == "" for p in pack.passages)
    assert all(p.quote and p.citation for p in pack.passages)
    assert pack.summary()["notes"] == 0


def test_unknown_collection_names_the_existing_ones(sample):
    with pytest.raises(NotFound, match="'Asiel en cultuur'"):
        pack_from_collection(sample.library, "Bestaat niet")


def test_deleted_letter_keeps_its_passage_with_what_is_known(sample):
    sample.library.delete("kst-35925-VI-38")
    pack = pack_from_annotations(sample.library, [sample.annotations[2].id], title="X")
    passage = pack.passages[0]
    assert passage.quote.startswith("Met een cultuurscan")
    assert "kst-35925-VI-38" in passage.citation and passage.paragraph is None
    assert passage.citation.endswith("(https://zoek.officielebekendmakingen.nl/kst-35925-VI-38.html)")


def test_a_letter_without_date_or_title_is_named_by_its_file():
    """A letter that states no date, title or subject (only who signed it) is cited by the
    file it came from, so a course pack's reader can find it (issue 19)."""
    from desktop_app.export.pack import make_passage
    from desktop_app.model import Annotation, Block, Letter, Metadata

    text = "Eerste alinea.\nTweede alinea met de passage."
    letter = Letter("txt-6fbd06ef354a", Metadata(signatory="A. Broekers-Knol"), text,
                    (Block("paragraph", 0, 14), Block("paragraph", 15, len(text))),
                    source="/home/jan/brieven/2019 beleidsreactie WODC-memorandum.txt")
    ann = Annotation(id="a1", letter_id=letter.id, start=20, end=len(text), quote="alinea")
    passage = make_passage(ann, letter)
    assert passage.source_title == "2019 beleidsreactie WODC-memorandum.txt"
    assert passage.citation == ("Bestand ‘2019 beleidsreactie WODC-memorandum.txt’, "
                                "A. Broekers-Knol, alinea 2")
    assert passage.link == ""
    # a kst- letter whose text states nothing: its kamerstuk and published address from the id
    kst = Letter("kst-19637-2764", Metadata(), text, letter.blocks, source="brief.txt")
    passage = make_passage(Annotation(id="a2", letter_id=kst.id, start=0, end=5, quote="x"), kst)
    assert passage.citation == ("Kamerstukken, 19 637, nr. 2764, alinea 1 "
                                "(https://zoek.officielebekendmakingen.nl/kst-19637-2764.html)")
    assert passage.source_title == "brief.txt"


def test_cancel_stops_gathering(sample):
    with pytest.raises(ExportCancelled):
        pack_from_tag(sample.library, "cursus", cancelled=lambda: True)


def test_progress_is_reported(sample):
    seen = []
    pack_from_tag(sample.library, "cursus", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
