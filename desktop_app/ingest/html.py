"""HTML pages (officielebekendmakingen.nl kst-…html, tweedekamer.nl) → lines → ParsedLetter."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from desktop_app.ingest.lines import SUPERSCRIPT, Line
from desktop_app.ingest.textreader import parse_lines
from desktop_app.ingest.unicode import clean_unicode, collapse_spaces
from desktop_app.model import ParsedLetter

_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "form", "button", "svg",
         "select", "template", "aside", "iframe"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = {"p", "div", "li", "tr", "section", "article", "blockquote", "dd", "dt", "table",
           "ul", "ol", "br", "hr", "main", "body", "td", "th", *_HEADINGS}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}


class _Collector(HTMLParser):
    """Collects the visible text of block elements as lines with structure hints."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.hint = ""
        self.level = 0
        self.skip_depth = 0
        self.in_sup = False
        self.cells: list[str] | None = None
        self.title = ""
        self.in_title = False

    def _flush(self) -> None:
        text = collapse_spaces("".join(self.buffer).replace("\n", " "))
        if text:
            self.lines.append(Line(text, self.hint, self.level))
            self.lines.append(Line(""))
        self.buffer = []
        self.hint, self.level = "", 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "title":
            self.in_title = True
        if tag == "sup":
            self.in_sup = True
        if tag in ("td", "th") and self.cells is not None:
            self.buffer = []
            return
        if tag in _BLOCKS:
            self._flush()
            if tag in _HEADINGS:
                self.hint, self.level = "heading", _HEADINGS[tag]
            elif tag == "li":
                self.hint = "list_item"
            elif tag == "p":
                self.hint = "paragraph"
            elif tag == "tr":
                self.cells = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        if tag == "sup":
            self.in_sup = False
        if tag in ("td", "th") and self.cells is not None:
            self.cells.append(collapse_spaces("".join(self.buffer)))
            self.buffer = []
            return
        if tag == "tr" and self.cells is not None:
            cells = [c for c in self.cells if c]
            self.cells = None
            if cells:
                self.buffer = [" | ".join(cells)]
                self.hint = "table_row"
            self._flush()
            return
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        if self.in_sup and re.fullmatch(r"\s*\d{1,3}\s*", data):
            data = data.strip().translate(SUPERSCRIPT)
        self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_lines(html: str) -> list[Line]:
    """Visible text of an HTML page as lines, one block element per line."""
    collector = _Collector()
    collector.feed(clean_unicode(html))
    collector.close()
    return collector.lines


def parse_html(html: str, source: str, warnings: list[str] | None = None) -> ParsedLetter:
    """Parse an HTML page holding a letter."""
    return parse_lines(html_lines(html), source, "html", list(warnings or []))
