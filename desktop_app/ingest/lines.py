"""Lines: the common intermediate form of text-like sources, and markdown → lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass
class Line:
    """One source line; ``hint`` carries structure the source stated (markdown, HTML)."""

    text: str
    hint: str = ""  # "", "heading", "table_row", "list_item", "paragraph"
    level: int = 0
    indent: int = 0
    page: int = 0  # the page it stands on (1 …), 0 when the source has no pages

    @property
    def blank(self) -> bool:
        return not self.text.strip()


# A list item's first line: its label ("-", "1.", "a)", "(2)" …) and the rest.
LIST_ITEM = re.compile(
    r"^(?P<label>[-–•*]|\d{1,2}[.)]|\d{1,2}:|[a-z][.)]|\([a-z0-9]\))\s+(?P<rest>\S.*)$")

PAGE_BREAK = "page_break"  # hint of the empty line standing for a page break (form feed)


def split_lines(text: str) -> list[Line]:
    """Split plain text into lines, keeping the indentation width and dropping trailing space.

    A form feed (page break, as in PDF text) becomes an empty line hinted ``PAGE_BREAK``;
    text with form feeds has pages, and each line knows its page.
    """
    out = []
    page = 1 if "\x0c" in text else 0
    for raw in text.split("\n"):
        if raw.strip(" ") == "\x0c":
            page += 1 if page else 0
            out.append(Line("", PAGE_BREAK, page=page))
            continue
        stripped = raw.strip()
        out.append(Line(stripped, indent=len(raw) - len(raw.lstrip(" ")), page=page))
    return out


_MD_SIGNALS = re.compile(r"\*\*\S|^#{1,6}\s|<sup>|^\|.*\|\s*$|\]\(https?:", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """True when text uses markdown markup (bold, headings, <sup>, tables, links)."""
    return len(_MD_SIGNALS.findall(text[:200_000])) >= 2


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SUP = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_STRONG = re.compile(r"\*\*|__")
_EM = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def strip_inline_markdown(text: str) -> str:
    """Remove inline markdown markup; <sup>n</sup> becomes a superscript footnote marker."""
    text = _SUP.sub(lambda m: m.group(1).translate(SUPERSCRIPT), text)
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = _TAG.sub("", text)
    text = _STRONG.sub("", text)
    text = _EM.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return text


_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")  # two spaces or a backslash at the end of a line


def markdown_lines(text: str) -> list[Line]:
    """Markdown → lines with structure hints and no markup left.

    A hard line break ("*Sturing op de IND*␣␣" and the text on the next line) keeps the two
    apart: the line after it starts a block of its own instead of running on.
    """
    out: list[Line] = []
    broken = False  # the previous line ended in a hard line break
    for source, line in zip(text.split("\n"), split_lines(text), strict=True):
        raw, after_break = line.text, broken
        broken = bool(_HARD_BREAK.search(source.rstrip("\r"))) and not line.blank
        if raw.endswith("\\") and broken:
            raw = raw[:-1].rstrip()
        structure = LIST_ITEM.match(raw) or raw[:2] == "+ " or raw[:1] in "#|>"
        if after_break and raw and not out[-1].hint and not structure:
            line = Line(raw, "paragraph", indent=line.indent)
        if re.fullmatch(r"(-{3,}|\*{3,}|_{3,})", raw) or _TABLE_SEP.fullmatch(raw):
            out.append(Line(""))
            continue
        if raw.startswith(">"):
            raw = raw.lstrip("> ").strip()
        heading = _HEADING.match(raw)
        if heading:
            level = len(heading.group(1))
            out.append(Line(strip_inline_markdown(heading.group(2)).strip(), "heading", level))
            continue
        if raw.startswith("|") and raw.endswith("|") and raw.count("|") >= 2:
            cells = [strip_inline_markdown(c).strip() for c in raw.strip("|").split("|")]
            out.append(Line(" | ".join(c for c in cells), "table_row"))
            continue
        out.append(Line(strip_inline_markdown(raw).strip(), line.hint, indent=line.indent))
    return out
