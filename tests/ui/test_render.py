"""The letter HTML: header, spans at their offsets, footnote links both ways (no Qt)."""

from __future__ import annotations

from testdata import DATA, Markup

from desktop_app.ingest import read_file
from desktop_app.model import Annotation, Block, Commitment, Footnote, Letter, Metadata
from desktop_app.render import (
    annotation_index,
    annotation_spans,
    commitment_spans,
    display_title,
    hit_spans,
    letter_html,
)

HOSTILE = DATA / "hostile"
PAYLOAD = '"><img src=/dev/zero>'

TEXT = "Ik zal de Kamer informeren.1\n\n1 Kamerstuk 19637, nr. 1"


def _letter() -> Letter:
    return Letter(
        id="kst-1-2", text=TEXT,
        metadata=Metadata(subject="Asiel", date="2021-07-12", dossier="19637", number="2764",
                          signatory="A. Minister", signatory_role="Minister van JenV"),
        blocks=(Block("paragraph", 0, 28), Block("footnote", 30, len(TEXT), label="1")),
        footnotes=(Footnote("1", 30, len(TEXT), refs=((27, 28),)),),
        commitments=(Commitment(0, 27, TEXT[:27], "promise", "minister", None, None, "zal"),),
    )


def test_header_and_spans():
    letter = _letter()
    html = letter_html(letter, commitment_spans(letter) + hit_spans([(10, 15)]))
    assert "<h1" in html and "Asiel" in html and "Kamerstuk 19637, nr. 2764" in html
    assert 'href="#commitment-0"' in html and "cue: zal" in html
    assert '<a name="hit-0"></a>' in html
    # footnotes are linked by their place, never by their marker (the letter's text)
    assert 'href="#note-0"' in html and 'name="note-0"' in html and 'href="#ref-0-0"' in html


def test_hidden_kind_is_not_painted():
    letter = _letter()
    assert commitment_spans(letter, kinds={"action"}) == []


def test_title_falls_back_to_the_file_name():
    assert display_title(Metadata(), "/x/2019 beleidsreactie.txt") == "2019 beleidsreactie"




def _hostile_annotation(**fields) -> Annotation:
    values = dict(id=PAYLOAD, letter_id="kst-1-2", start=0, end=10, quote=TEXT[:10],
                  color=PAYLOAD, note="![zero](/dev/zero)", tags=(PAYLOAD,),
                  created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z")
    values.update(fields)
    return Annotation(**values)


def test_an_imported_annotation_id_never_reaches_the_markup():
    letter = _letter()
    html = letter_html(letter, annotation_spans([_hostile_annotation()], {PAYLOAD: PAYLOAD}))
    tags = Markup(html).tags
    assert "img" not in {tag for tag, _ in tags}
    links = [attrs for tag, attrs in tags if tag == "a" and "href" in attrs]
    assert {"#ann-0", "#note-0"} <= {a["href"] for a in links}
    assert all("/dev/zero" not in v or k == "title" for _, a in tags for k, v in a.items())
    assert annotation_index("ann-0") == 0 and annotation_index("ann-x") is None


def test_a_hostile_colour_paints_grey():
    html = letter_html(_letter(), annotation_spans([_hostile_annotation()],
                                                   {PAYLOAD: "red;background:url(x)"}))
    styles = [a.get("style", "") for _, a in Markup(html).tags]
    assert any("background-color:#bdbdbd" in s for s in styles)
    assert not any("url(" in s for s in styles)


def test_a_tooltip_is_escaped_rich_text():
    letter = _letter()
    spans = annotation_spans([_hostile_annotation(note=PAYLOAD)], {})  # the plain note
    (link,) = [a for tag, a in Markup(letter_html(letter, spans)).tags
               if a.get("href") == "#ann-0"]
    # Qt shows a title that looks like HTML as rich text: it is escaped inside <qt>
    assert link["title"] == "<qt>&quot;&gt;&lt;img src=/dev/zero&gt;</qt>"


def test_an_injected_footnote_marker_stays_text():
    letter = read_file(HOSTILE / "letter_injected_footnote_marker.xml")
    assert letter.footnotes[0].marker.startswith('1"><img')  # the attack is in the letter
    html = letter_html(letter)
    tags = Markup(html).tags
    assert "img" not in {tag for tag, _ in tags}
    assert [a["name"] for tag, a in tags if tag == "a" and a.get("name", "").startswith("note")
            ] == ["note-0"]
    assert "&lt;img src=/dev/zero&gt;" in html  # shown as the letter writes it


def test_footnote_numbers_glued_to_a_year_are_marks_also_without_their_note():
    """Seed letter 001 has the notes of its first page only (1 and 2); its marks 3 and 4
    ("4 juli 20183", "13 november 20184") go on counting and are marks too: superscript
    digits, linked to no note (there is none to link to)."""
    parsed = read_file(DATA / "seed-letters" / "001_9568cf77c8ab2b63.txt")
    letter = Letter(id=parsed.id, metadata=parsed.metadata, text=parsed.text,
                    blocks=parsed.blocks, footnotes=parsed.footnotes)
    body = " ".join(letter_html(letter).split())
    assert "13 november 2018⁴ gemeld" in body and "4 juli 2018³ lijkt" in body
    assert "20184" not in body and "20183" not in body
    assert [n.marker for n in letter.footnotes] == ["1", "2"]
    refs = [letter.text[s:e] for n in letter.footnotes for s, e in n.refs]
    assert refs == ["¹", "²"]  # the notes found are still linked both ways
