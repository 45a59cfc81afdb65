"""A course pack as a Word document (python-docx) with real Word styles.

Title page (Title, Subtitle), a table of contents field (Word fills in page numbers when
the document is opened: ``updateFields``), Heading 1 per section, Heading 2 per passage,
the Quote style for quoted text, a "Bronvermelding" style for citations, page numbers
in the footer.
"""

from __future__ import annotations

import os
import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from desktop_app.export import wording as w
from desktop_app.export.atomic import write_with
from desktop_app.export.notes import NoteBlock, note_blocks
from desktop_app.export.pack import CoursePack, Passage

SOURCE_STYLE = "Bronvermelding"
NOTE_STYLE = "Notitie"
TAGS_STYLE = "Tags"
ACCENT = RGBColor(0x15, 0x42, 0x73)
# what XML 1.0 cannot hold (python-docx refuses it): control characters but tab and line ends
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot hold (ESC, NUL …) shown as U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _xml_safe(value: Any) -> Any:
    """A pack (its sections, passages, every text in them) with :func:`xml_text` applied."""
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, tuple):
        return tuple(_xml_safe(v) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _xml_safe(getattr(value, f.name))
                                 for f in fields(value) if f.init})
    return value


def _add_style(doc: DocxDocument, name: str, size: float, *, italic: bool = False,
               color: RGBColor | None = None, indent: float = 0) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    style.paragraph_format.left_indent = Pt(indent)
    style.paragraph_format.space_after = Pt(4)


def _styles(doc: DocxDocument) -> None:
    """House styles on top of the template's Title, Heading n and Quote."""
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    quote = doc.styles["Quote"]
    quote.font.size = Pt(11)
    quote.paragraph_format.left_indent = Pt(18)
    quote.paragraph_format.right_indent = Pt(18)
    _add_style(doc, SOURCE_STYLE, 9.5, color=RGBColor(0x44, 0x44, 0x44), indent=18)
    _add_style(doc, NOTE_STYLE, 10.5, indent=18)
    _add_style(doc, TAGS_STYLE, 9.5, italic=True, color=RGBColor(0x55, 0x55, 0x55), indent=18)
    doc.styles["Heading 2"].paragraph_format.keep_with_next = True
    _add_style(doc, "toc 1", 11)


def _fld_char(paragraph: Paragraph, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(element)


def _field_start(paragraph: Paragraph, instruction: str) -> None:
    """Open a complex field: begin, the instruction, separate (the cached result follows)."""
    _fld_char(paragraph, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    _fld_char(paragraph, "separate")


def _toc(doc: DocxDocument, headings: list[str]) -> None:
    """A TOC field; its cached result lists the sections, so it reads well before an update.

    Word refreshes it with page numbers on opening (``updateFields`` in the settings).
    """
    doc.add_paragraph(w.CONTENTS, style="TOC Heading")
    first = doc.add_paragraph(style="toc 1")
    _field_start(first, 'TOC \\o "1-1" \\h \\z \\u')
    first.add_run(headings[0] if headings else "")
    for heading in headings[1:]:
        doc.add_paragraph(heading, style="toc 1")
    _fld_char(doc.paragraphs[-1], "end")
    doc.add_paragraph(w.TOC_HINT, style=TAGS_STYLE).paragraph_format.left_indent = Pt(0)
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _a4(doc: DocxDocument) -> None:
    """A4 with 2.5 cm margins (the template is US Letter)."""
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))


def _page_numbers(doc: DocxDocument) -> None:
    """"Pagina N" centred in the footer of every page but the title page."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(f"{w.PAGE} ")
    _field_start(para, "PAGE")
    para.add_run("1")
    _fld_char(para, "end")


def _title_page(doc: DocxDocument, pack: CoursePack) -> None:
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(pack.title, style="Title")
    if pack.subtitle:
        doc.add_paragraph(pack.subtitle, style="Subtitle")
    doc.add_paragraph(w.colophon(pack))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _runs(paragraph: Paragraph, block: NoteBlock) -> None:
    for run in block.runs:
        r = paragraph.add_run(run.text)
        r.bold = run.bold or None
        r.italic = run.italic or None


def _note(doc: DocxDocument, p: Passage) -> None:
    label = doc.add_paragraph(style=NOTE_STYLE)
    label.add_run(w.note_label(p) + ":").bold = True
    label.paragraph_format.keep_with_next = True
    for block in note_blocks(p.note):
        style = "List Bullet" if block.kind == "bullet" else NOTE_STYLE
        para = doc.add_paragraph(style=style)
        if block.kind == "bullet":
            para.paragraph_format.left_indent = Pt(36)
        _runs(para, block)


def _passage(doc: DocxDocument, number: int, p: Passage) -> None:
    doc.add_heading(w.passage_heading(number, p), level=2)
    for text in w.quote_paragraphs(p.quote):
        last = doc.add_paragraph(text, style="Quote")
    # only the quote's end stays with its source: a long quote may still break across pages
    last.paragraph_format.keep_with_next = True
    source = doc.add_paragraph(style=SOURCE_STYLE)
    source.add_run(f"{w.SOURCE}: ").bold = True
    source.add_run(p.citation)
    if p.orphan:
        doc.add_paragraph(w.ORPHAN, style=SOURCE_STYLE).runs[0].italic = True
    if p.note:
        _note(doc, p)
    if p.tags:
        doc.add_paragraph(f"{w.TAGS}: " + ", ".join(p.tags), style=TAGS_STYLE)


def build_docx(pack: CoursePack) -> DocxDocument:
    """The pack as a python-docx Document (not saved).

    Letters and notes may hold control characters (an escape code, a NUL); Word's XML
    cannot, so they are shown as U+FFFD instead of failing the export.
    """
    pack = _xml_safe(pack)
    doc = Document()
    _styles(doc)
    doc.core_properties.title = pack.title
    doc.core_properties.subject = pack.subtitle
    doc.core_properties.language = "nl-NL"
    _a4(doc)
    _page_numbers(doc)
    _title_page(doc, pack)
    sections = w.numbered(pack)
    _toc(doc, w.contents(pack))
    if pack.introduction.strip():
        doc.add_heading(w.INTRODUCTION, level=1)
        for block in note_blocks(pack.introduction):
            _runs(doc.add_paragraph(style="List Bullet" if block.kind == "bullet" else None),
                  block)
    for heading, items in sections:
        doc.add_heading(w.section_heading(heading), level=1)
        for number, passage in items:
            _passage(doc, number, passage)
    return doc


def write_docx(pack: CoursePack, out: str | os.PathLike[str]) -> None:
    """Save the pack as a .docx file, atomically."""
    doc = build_docx(pack)
    write_with(out, lambda tmp: doc.save(str(tmp)))
