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


# -- confidence and reviews (issue 14 item 4, issue 19 "Commitments") ------------------------
def _with(letter: Letter, **changes) -> Letter:
    from dataclasses import replace

    return replace(letter, commitments=(replace(letter.commitments[0], **changes),))


class _Review:  # what the reader passes: an overview row's status and verdict
    def __init__(self, status: str = "open", verdict: str | None = None):
        self.status, self.verdict = status, verdict


def _commitment_style(html: str) -> str:
    [tag] = [t for t in Markup(html).tags if t[1].get("href") == "#commitment-0"]
    return tag[1]["style"]


def test_a_possible_commitment_is_drawn_paler_and_says_so():
    from desktop_app.render import KIND_COLOURS, POSSIBLE_FADE, fade

    sure, unsure = _letter(), _with(_letter(), confidence="possible")
    assert f"background-color:{KIND_COLOURS['promise']}" in _commitment_style(
        letter_html(sure, commitment_spans(sure)))
    paler = fade(KIND_COLOURS["promise"], POSSIBLE_FADE)
    assert paler == "#fff1ca" and paler != KIND_COLOURS["promise"]
    html = letter_html(unsure, commitment_spans(unsure))
    assert f"background-color:{paler}" in _commitment_style(html)
    assert "promise · possible commitment · actor: minister" in html  # the tooltip
    assert "possible commitment" not in letter_html(sure, commitment_spans(sure))


def test_possible_commitments_can_be_left_out_unless_a_person_confirmed_one():
    unsure = _with(_letter(), confidence="possible")
    assert commitment_spans(unsure, possible=False) == []
    assert len(commitment_spans(_letter(), possible=False)) == 1  # a sure one stays
    confirmed = commitment_spans(unsure, possible=False, reviews={0: _Review("open", "confirmed")})
    from desktop_app.render import KIND_COLOURS

    assert [s.colour for s in confirmed] == [KIND_COLOURS["promise"]]  # full colour again


def test_a_done_commitment_is_struck_through_in_a_muted_colour():
    from desktop_app.render import DONE_FADE, DONE_TEXT, KIND_COLOURS, fade

    letter = _letter()
    html = letter_html(letter, commitment_spans(letter, reviews={0: _Review("done")}))
    style = _commitment_style(html)
    assert f"background-color:{fade(KIND_COLOURS['promise'], DONE_FADE)}" in style
    assert f"color:{DONE_TEXT}" in style and "text-decoration:line-through" in style
    open_style = _commitment_style(letter_html(letter, commitment_spans(letter)))
    assert "line-through" not in open_style


def test_a_rejected_commitment_is_only_faintly_tinted_and_still_linked():
    from desktop_app.render import KIND_COLOURS, REJECTED_FADE, fade

    letter = _letter()
    html = letter_html(letter, commitment_spans(letter, reviews={0: _Review("rejected",
                                                                             "rejected")}))
    style = _commitment_style(html)  # still a link: the reader's menu can reopen it
    faint = fade(KIND_COLOURS["promise"], REJECTED_FADE)
    assert f"background-color:{faint}" in style and "line-through" not in style
    assert faint.startswith("#f") and faint != KIND_COLOURS["promise"]


def test_a_done_commitment_under_an_annotation_keeps_both_marks():
    letter = _letter()
    note = Annotation(id="a1", letter_id=letter.id, start=0, end=10, quote=TEXT[:10],
                      color="geel")
    spans = (commitment_spans(letter, reviews={0: _Review("done")})
             + annotation_spans([note], {"geel": "#fff59d"}))
    html = letter_html(letter, spans)
    [styled] = [t[1]["style"] for t in Markup(html).tags if t[1].get("href") == "#ann-0"]
    assert "text-decoration:underline line-through" in styled
