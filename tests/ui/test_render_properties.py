"""Property: whatever a letter, a note, an imported id or a footnote mark holds, every renderer
of rich text puts out only markup the app made.

Random texts built from hostile pieces (``<``, ``&``, quotes, ``<img src=/dev/zero>``,
``javascript:``, ``file:`` links, Markdown images, control characters) go through the letter
HTML, the tooltips and details line of the reader, a note's Markdown, the search hit and
letter tooltips, and the HTML, PDF and Markdown exports (the Word export must take them).
The output is parsed: every tag is one the renderer writes, links go only to ``#places``
(or the web, for a note's own links), no attribute carries an injected value, and a tooltip
is either escaped rich text (checked the same way) or text that Qt shows as plain text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import Qt, QTextDocument
from testdata import Markup

from desktop_app.export.docx import build_docx
from desktop_app.export.html import render_html
from desktop_app.export.markdown import render_markdown
from desktop_app.export.pack import CoursePack, Passage, Section
from desktop_app.export.pdf import pack_html
from desktop_app.model import (
    Annotation,
    Block,
    Commitment,
    Footnote,
    Letter,
    LetterSummary,
    Metadata,
    SearchHit,
    Snippet,
)
from desktop_app.render import (
    KIND_COLOURS,
    annotation_spans,
    commitment_spans,
    hit_spans,
    letter_html,
)
from desktop_app.ui.letters.models import letter_tooltip
from desktop_app.ui.models import note_tooltip
from desktop_app.ui.safe_text import markdown_html, plain_tooltip
from desktop_app.ui.search.models import hit_html

# the same examples every run (CI stays deterministic); a deeper search: raise max_examples
# and drop derandomize locally
EXAMPLES = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    "<", ">", "&", '"', "'", "`", "\\", "*", "_", "[", "]", "(", ")", "!", "#", "- ", "1. ",
    "\n", "\n\n", " ", "x", "é", "&amp;", "&lt;img src=x&gt;", "&#60;script&#62;",
    "<img src=/dev/zero>", '<img src="file:///etc/passwd">', '"><img src=/dev/zero>',
    "' onmouseover='alert(1)'", "<script>alert(1)</script>", "<b>", "</p>", "<!--", "<qt>",
    "javascript:alert(1)", "file:///etc/passwd", "![x](/dev/zero)", "![](/dev/zero)",
    "[l](file:///etc/passwd)", "[j](javascript:alert(1))", "<file:///etc/passwd>",
    "[r]: file:///etc/passwd\n", "[w](https://example.org)", "\\![x](/dev/zero)",
    "\\\\![x](/dev/zero)", "\x1b[31m", "\x00", "\x07", "\x9b", "\u202e", "\u2028",
]
hostile = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)),
                   max_size=10).map("".join)
non_empty = hostile.filter(lambda s: s.strip() != "")
short_ids = st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join)

PAYLOADS = ("/dev/zero", "javascript:", "file:", "onmouseover", "<script", "<img")
LETTER_TAGS = {"h1", "h2", "h3", "h4", "p", "hr", "br", "a", "span", "sup"}
NOTE_TAGS = {"p", "br", "span", "a", "ul", "ol", "li", "pre", "hr", "table", "tr", "td", "th",
             "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "u", "s", "code",
             "blockquote", "div", "sup", "sub"}
TOOLTIP_TAGS = NOTE_TAGS | {"qt", "small"}
# what the renderers (and Qt's HTML writer, for notes) put on tags; their values are checked
ATTRIBUTES = {"style", "href", "name", "title", "class", "id", "lang", "charset", "content",
              "aria-label", "width", "cellpadding", "cellspacing", "type", "start", "align",
              "valign", "border", "colspan", "rowspan"}
EXPORT_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
               "p", "nav", "ol", "ul", "li", "a", "section", "article", "blockquote", "cite",
               "strong", "em", "div", "span", "b", "i", "hr", "table", "tr", "td"}




def assert_app_markup(text: str, allowed: set[str], web_links: bool = False) -> None:
    """Only tags in ``allowed``; links to ``#places`` (and the web with ``web_links``); no
    injected value in any attribute; a title is a safe tooltip itself."""
    for tag, attrs in Markup(text).tags:
        assert tag in allowed, (tag, text)
        for name, value in attrs.items():
            assert name in ATTRIBUTES, name
            if name == "title":
                assert_safe_tooltip(value)
                continue
            if name == "href":
                ok = value.startswith("#") or (web_links and value.startswith(
                    ("http://", "https://")))
                assert ok, value
            if not (web_links and name == "href"):
                assert not any(p in value.lower() for p in PAYLOADS), (name, value)
            assert "url(" not in value.lower(), value


def assert_safe_tooltip(tip: str | None) -> None:
    """Rich text Qt reads as the app's markup, or text Qt shows as plain text."""
    if not tip:
        return
    if Qt.mightBeRichText(tip):
        assert_app_markup(tip, TOOLTIP_TAGS, web_links=True)


@pytest.fixture(scope="module")
def reader(qapp):
    from desktop_app.ui.reader.reader import ReaderPane

    pane = ReaderPane()
    yield pane
    pane.deleteLater()


@st.composite
def letters(draw) -> tuple[Letter, list[Annotation]]:
    body = draw(non_empty)
    item = draw(non_empty)
    note_text = draw(non_empty)
    marker = draw(short_ids)
    text = f"{body}\n\n{item}\n\n{marker} {note_text}"
    item_start = len(body) + 2
    note_start = item_start + len(item) + 2
    ref = draw(st.integers(0, len(body) - 1))
    kinds = st.sampled_from([*KIND_COLOURS, "<b>"])
    commitments = tuple(
        Commitment(s, min(s + n, len(body)), body[s:s + n], draw(kinds), draw(hostile) or None,
                   draw(hostile) or None, None, f"{draw(hostile)}: {draw(hostile)}")
        for s, n in draw(st.lists(st.tuples(st.integers(0, len(body) - 1), st.integers(1, 9)),
                                  max_size=3)))
    annotations = [
        Annotation(id=draw(short_ids), letter_id="x", start=s, end=min(s + n, len(text)),
                   quote=text[s:s + n], color=draw(st.sampled_from(["geel", "<i>", '"'])),
                   note=draw(hostile), tags=tuple(draw(st.lists(short_ids, max_size=2))))
        for s, n in draw(st.lists(st.tuples(st.integers(0, len(text) - 1),
                                            st.integers(1, 20)), max_size=3))]
    letter = Letter(
        id=draw(short_ids), text=text, source=draw(hostile),
        metadata=Metadata(subject=draw(hostile) or None, title=draw(hostile) or None,
                          date=draw(hostile) or None, dossier=draw(hostile) or None,
                          number=draw(hostile) or None, signatory=draw(hostile) or None,
                          signatory_role=draw(hostile) or None),
        blocks=(Block("heading", 0, len(body), level=draw(st.integers(-3, 9))),
                Block("list_item", item_start, item_start + len(item), level=1,
                      label=draw(short_ids)),
                Block("footnote", note_start, len(text), label=marker)),
        footnotes=(Footnote(marker, note_start, len(text), refs=((ref, ref + 1),)),),
        commitments=commitments,
    )
    return letter, annotations


@EXAMPLES
@given(drawn=letters(), hits=st.lists(st.tuples(st.integers(0, 30), st.integers(1, 5)),
                                      max_size=3))
def test_the_letter_html_has_only_the_apps_markup(reader, drawn, hits):
    letter, annotations = drawn
    colours = {"geel": "#ffe08a", "<i>": '"><img src=/dev/zero>', '"': "url(file:///x)"}
    matches = [(s, min(s + n, len(letter.text))) for s, n in hits if s < len(letter.text)]
    for describe_commitment, describe_note in ((None, None),
                                               (reader._describe, reader.annotation_title)):
        spans = (commitment_spans(letter, describe=describe_commitment) if describe_commitment
                 else commitment_spans(letter))
        spans += annotation_spans(annotations, colours, describe_note)
        spans += hit_spans(matches)
        assert_app_markup(letter_html(letter, spans, muted='"><img src=x>'), LETTER_TAGS)


@EXAMPLES
@given(drawn=letters())
def test_the_readers_details_and_tooltips_are_the_apps_markup(reader, drawn):
    letter, annotations = drawn
    reader.letter = letter
    for a in annotations:
        assert_app_markup(reader.annotation_title(a), TOOLTIP_TAGS, web_links=True)
    for i in range(len(letter.commitments)):
        assert_app_markup(reader.commitment_text(i), TOOLTIP_TAGS)


@EXAMPLES
@given(note=hostile)
def test_a_note_renders_to_the_apps_markup_only(qapp, note):
    assert_app_markup(markdown_html(note), NOTE_TAGS, web_links=True)
    assert_safe_tooltip(note_tooltip(note))


@EXAMPLES
@given(text=hostile)
def test_a_plain_tooltip_is_text_or_escaped(qapp, text):
    tip = plain_tooltip(text)
    assert_safe_tooltip(tip)
    if tip != text:  # escaped: its marks are shown as the text has them
        doc = QTextDocument()
        doc.setHtml(tip)
        shown = doc.toPlainText()
        assert [shown.count(c) for c in "<>&\"'"] == [text.count(c) for c in "<>&\"'"]


@EXAMPLES
@given(title=hostile, fields=st.lists(hostile, min_size=5, max_size=5),
       snippet=non_empty, at=st.integers(0, 20))
def test_search_hits_and_letter_tooltips_are_the_apps_markup(qapp, title, fields, snippet, at):
    at = min(at, len(snippet) - 1)
    hit = SearchHit(id=fields[0], title=title, date=fields[1], score=1.0,
                    snippets=(Snippet(snippet, 100, 100 + len(snippet),
                                      ((100 + at, 101 + at),)),),
                    dossier=fields[2], signatory=fields[3])
    assert_app_markup(hit_html(hit, title), TOOLTIP_TAGS)
    summary = LetterSummary(id=fields[0], source=fields[4], metadata=Metadata(
        subject=title or None, title=fields[1] or None, date=fields[2] or None,
        dossier=fields[3] or None, signatory=fields[4] or None))
    assert_app_markup(letter_tooltip(summary), TOOLTIP_TAGS)


@st.composite
def packs(draw) -> CoursePack:
    passages = tuple(
        Passage(annotation_id=draw(short_ids), letter_id=draw(short_ids), quote=draw(non_empty),
                citation=draw(hostile), source_title=draw(hostile), note=draw(hostile),
                author=draw(hostile), tags=tuple(draw(st.lists(short_ids, max_size=2))),
                paragraph=draw(st.none() | st.integers(1, 9)), orphan=draw(st.booleans()))
        for _ in range(draw(st.integers(1, 3))))
    return CoursePack(title=draw(non_empty), introduction=draw(hostile),
                      subtitle=draw(hostile), made_on="2026-01-01",
                      sections=(Section(draw(hostile) or None, passages),))


@EXAMPLES
@given(pack=packs())
def test_the_html_and_pdf_exports_are_the_apps_markup(qapp, pack):
    assert_app_markup(render_html(pack), EXPORT_TAGS)
    assert_app_markup(pack_html(pack), EXPORT_TAGS)


@EXAMPLES
@given(pack=packs())
def test_the_word_export_takes_any_text(qapp, pack):
    text = "\n".join(p.text for p in build_docx(pack).paragraphs)
    assert not any(c in text for c in "\x00\x07\x1b")  # shown as U+FFFD, not refused


@EXAMPLES
@given(pack=packs())
def test_the_markdown_export_shows_no_image_or_html_in_a_viewer(qapp, pack):
    # a Markdown viewer that renders raw HTML (GitHub's dialect), as a reader of the file uses
    doc = QTextDocument()
    doc.setMarkdown(render_markdown(pack), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            assert not fmt.isImageFormat(), fmt.toImageFormat().name()
            href = fmt.anchorHref()
            assert not href or href.startswith(("#", "http://", "https://")), href
            it += 1
        block = block.next()
