"""Every course-pack format read back: titles, quotes, citations, notes present or absent."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from desktop_app.export import export_pack, format_for
from desktop_app.export.pack import pack_from_collection

CITATION = "Kamerstukken II 2020/21, 19 637, nr. 2764, brief van 12 juli 2021"
NOTE = "PRIVÉ-NOTITIE over de scan"


@pytest.fixture
def pack(sample):
    return pack_from_collection(sample.library, "Asiel en cultuur")


def test_format_from_file_name():
    assert [format_for(n) for n in ("a.DOCX", "b.pdf", "c.htm", "d.markdown", "e.txt")] == [
        "docx", "pdf", "html", "md", None]


# --- DOCX ---------------------------------------------------------------------------------

def _docx(pack, path, notes=True):
    from docx import Document

    export_pack(pack, "docx", path, include_notes=notes)
    return Document(str(path))


def test_docx_uses_word_styles_and_a_toc_field(pack, tmp_path):
    doc = _docx(pack, tmp_path / "pack.docx")
    by_style: dict[str, list[str]] = {}
    for para in doc.paragraphs:
        by_style.setdefault(para.style.name, []).append(para.text)
    assert by_style["Title"] == ["Asiel en cultuur"]
    assert by_style["Heading 1"] == ["Inleiding", "Passages", "De IND", "Cultuur"]
    assert by_style["Heading 2"][:2] == ["Passage 1 · alinea 3", "Passage 2 · alinea 6"]
    assert any(q.startswith("Ik onderschrijf de analyse") for q in by_style["Quote"])
    assert any(CITATION in s and s.endswith("alinea 6 (https://zoek.officielebekendmakingen.nl/"
                                             "kst-19637-2764.html)")
               for s in by_style["Bronvermelding"])
    xml = doc.element.xml
    assert 'TOC \\o "1-1"' in xml and "w:updateFields" in doc.settings.element.xml
    footer = doc.sections[0].footer._element.xml
    assert "PAGE" in footer
    assert round(doc.sections[0].page_width.cm, 1) == 21.0


def test_docx_notes_present_or_absent(pack, tmp_path):
    with_notes = "\n".join(p.text for p in _docx(pack, tmp_path / "a.docx").paragraphs)
    without = "\n".join(p.text for p in _docx(pack, tmp_path / "b.docx", False).paragraphs)
    assert NOTE in with_notes and "Notitie van trainer:" in with_notes
    assert NOTE not in without and "Notitie" not in without and "trainer" not in without
    assert CITATION in without and "zonder persoonlijke notities" in without


def test_docx_note_markdown_becomes_bold(pack, tmp_path):
    doc = _docx(pack, tmp_path / "pack.docx")
    runs = [r for p in doc.paragraphs for r in p.runs if r.text == "analyse"]
    assert runs and runs[0].bold


# --- PDF ----------------------------------------------------------------------------------

def _pdf_pages(path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def _flat(text: str) -> str:
    return " ".join(text.replace("\r", " ").replace("\ufffe", "").split())


def test_pdf_text_page_numbers_and_embedded_fonts(pack, tmp_path, qapp):
    path = tmp_path / "pack.pdf"
    pages_done = []
    export_pack(pack, "pdf", path, progress=lambda d, t: pages_done.append((d, t)))
    pages = [_flat(p) for p in _pdf_pages(path)]
    assert len(pages) >= 2 and pages_done[-1] == (len(pages), len(pages))
    assert "Asiel en cultuur" in pages[0] and "Pagina" not in pages[0]  # title page
    body = " ".join(pages[1:])
    assert "Ik onderschrijf de analyse" in body and NOTE in body
    assert "19 637, nr. 2764" in body and "alinea 6" in body
    assert all(f"Pagina {n} van {len(pages)}" in pages[n - 1] for n in range(2, len(pages) + 1))
    data = path.read_bytes()
    assert b"/FontFile2" in data  # TrueType fonts embedded


def test_pdf_without_notes(pack, tmp_path, qapp):
    path = tmp_path / "pack.pdf"
    export_pack(pack, "pdf", path, include_notes=False)
    text = _flat(" ".join(_pdf_pages(path)))
    assert NOTE not in text and "Notitie" not in text and "Met een cultuurscan" in text


def test_pdf_cancel_leaves_the_old_file(pack, tmp_path, qapp):
    from desktop_app.export.pack import ExportCancelled

    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "pack.pdf"
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        export_pack(pack, "pdf", path, cancelled=lambda: True)
    assert path.read_bytes() == b"old" and list(folder.iterdir()) == [path]


# --- HTML ---------------------------------------------------------------------------------

class _Collect(HTMLParser):
    """Text per tag name, any attribute that would load something from outside, and the
    links a reader may click (``<a href>`` loads nothing by itself)."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.text: dict[str, list[str]] = {}
        self.outside: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        for name, value in attrs:
            if tag == "a" and name == "href" and value and value.startswith("https://"):
                self.links.append(value)
            elif name in ("src", "href") and value and not value.startswith("#"):
                self.outside.append(value)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        for tag in set(self.stack):
            self.text.setdefault(tag, []).append(data)


def _html(pack, path, notes=True) -> _Collect:
    export_pack(pack, "html", path, include_notes=notes)
    parser = _Collect()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_html_is_self_contained_with_quotes_and_citations(pack, tmp_path):
    doc = _html(pack, tmp_path / "pack.html")
    assert doc.outside == [] and doc.text["title"] == ["Asiel en cultuur"]
    assert "".join(doc.text["h1"]) == "Asiel en cultuur"
    quotes = "".join(doc.text["blockquote"])
    assert "Ik onderschrijf de analyse" in quotes and "Met een cultuurscan" in quotes
    cites = doc.text["cite"]
    assert any(c.startswith(CITATION) for c in cites)
    assert any(c.startswith("Brief ‘Reactie op het bericht") for c in cites)
    # the contents, then each kamerstuk's published letter as a link (a txt- letter has none)
    assert [t for t in doc.text["a"]][:4] == ["Inleiding", "Passages", "De IND", "Cultuur"]
    koop = "https://zoek.officielebekendmakingen.nl/"
    assert doc.links == [f"{koop}kst-19637-2764.html", f"{koop}kst-19637-2764.html",
                         f"{koop}kst-35925-VI-38.html"]
    assert doc.text["a"][4:] == doc.links
    assert NOTE in "".join(doc.text["div"]) and "".join(doc.text["strong"]).count("analyse")


def test_html_without_notes_and_escaping(sample, tmp_path):
    store = sample.library.annotations
    store.update(sample.annotations[0].id, note="<script>alert(1)</script> & meer")
    pack = pack_from_collection(sample.library, "Asiel en cultuur")
    raw_path = tmp_path / "a.html"
    doc = _html(pack, raw_path)
    assert "<script>" not in raw_path.read_text(encoding="utf-8")
    assert "<script>alert(1)</script> & meer" in "".join(doc.text["p"])
    bare = _html(pack, tmp_path / "b.html", notes=False)
    assert "alert" not in "".join(bare.text["body"]) and "Notitie" not in "".join(
        bare.text["body"])


# --- Markdown -----------------------------------------------------------------------------

def test_markdown_structure(pack, tmp_path):
    path = tmp_path / "pack.md"
    export_pack(pack, "md", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Asiel en cultuur"
    assert [ln for ln in lines if ln.startswith("## ")] == [
        "## Inleiding", "## Passages", "## De IND", "## Cultuur"]
    assert any(ln.startswith("> Ik onderschrijf de analyse") for ln in lines)
    assert any(ln.startswith("*Bron:* " + CITATION) for ln in lines)
    assert "Kern: de **analyse** wordt gedeeld." in lines  # the note's own Markdown kept
    export_pack(pack, "md", path, include_notes=False)
    assert NOTE not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "expected"), [
    ("a *b* [c](d)", "a \\*b\\* \\[c\\](d)"),
    ("# kop", "\\# kop"),
    ("2021. Jaar", "2021\\. Jaar"),
    ("- punt", "\\- punt"),
    ("gewoon 3. niet", "gewoon 3. niet"),
])
def test_markdown_escape(text, expected):
    from desktop_app.export.markdown import escape

    assert escape(text) == expected


class _Links(HTMLParser):
    """The contents' links (in <nav>) and the ids of the document."""

    def __init__(self):
        super().__init__()
        self.in_nav, self.links, self.ids, self.texts = False, [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.in_nav |= tag == "nav"
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if self.in_nav and tag == "a":
            self.links.append(attrs["href"].lstrip("#"))

    def handle_endtag(self, tag):
        self.in_nav &= tag != "nav"

    def handle_data(self, data):
        if self.in_nav and self.links and len(self.texts) < len(self.links):
            self.texts.append(data)


def test_html_and_docx_list_the_same_contents(pack, tmp_path):
    out = tmp_path / "pack.html"
    export_pack(pack, "html", out)
    links = _Links()
    links.feed(out.read_text(encoding="utf-8"))
    assert links.texts == ["Inleiding", "Passages", "De IND", "Cultuur"]
    assert set(links.links) <= links.ids  # every entry leads somewhere
    toc = [p.text for p in _docx(pack, tmp_path / "pack.docx").paragraphs
           if p.style.name == "toc 1" and p.text]
    assert toc[-len(links.texts):] == links.texts
