"""Page furniture: repeated letterhead blocks, page numbers and web-page navigation."""

from __future__ import annotations

import re
from collections import Counter

from desktop_app.ingest.lines import PAGE_BREAK, Line

_PAGE = re.compile(r"^(?:P\s?a\s?g\s?i\s?n\s?a|Page)\s+\d+\s+(?:van|of)\s+\d+$", re.IGNORECASE)
_WEB_JUNK = {
    "naar boven", "artikel delen", "reacties", "laat een reactie achter", "menu", "zoek op",
    "u bent hier:", "• download pdf", "download pdf", "direct naar (in deze pagina): "
    "inhoud, zoekveld of menu.", "preview document (🔗 origineel)", "kamerstuk",
}
_LIST_START = re.compile(r"^(?:[-–•*]|\d{1,2}[.):]|[a-z][.)])\s")
MAX_FURNITURE_LEN = 60
# Letterhead address lines (PDF text puts the margin column in the body).
_ADDRESS = re.compile(
    r"^(?:\d\s?\d\s?\d\s?\d\s?[A-Z]\s?[A-Z]\b.*|P\s?ostbus\s+[\d ]+.*|[TF]\s+[\d ()+-]{8,}|"
    r"www\.[\w.-]+\.nl(?:/\S*)?|Bijlage\(n\)|Uw kenmerk|Ons kenmerk|Contactpersoon|"
    r"[A-Z][a-z]+(?:straat|weg|plein|laan|gracht|markt|kade|hof)\s+\d+[a-z]?)$"
)


def _candidate(text: str) -> bool:
    """A line that may be letterhead: short, not a sentence, not a list item."""
    return (
        0 < len(text) <= MAX_FURNITURE_LEN
        and not re.search(r"[.;:,?!]$", text)
        and not _LIST_START.match(text)
    )


def repeated_furniture(lines: list[Line]) -> set[int]:
    """Indices of lines in runs of ≥ 2 short lines that each recur elsewhere (letterheads)."""
    counts = Counter(line.text for line in lines if _candidate(line.text))
    repeated = [
        bool(line.text) and _candidate(line.text) and counts[line.text] >= 2 and not line.hint
        for line in lines
    ]
    marked: set[int] = set()
    i = 0
    while i < len(lines):
        if not repeated[i]:
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(lines) and (repeated[j] or lines[j].blank):
            if repeated[j]:
                run.append(j)
            j += 1
        if len(run) >= 2:
            marked.update(run)
        i = j
    return marked


def _page_edges(lines: list[Line], depth: int = 2) -> list[list[int]]:
    """Per page (pages separated by PAGE_BREAK lines): the indices of its first and last lines."""
    pages: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.hint == PAGE_BREAK:
            pages.append([])
        elif not line.blank:
            pages[-1].append(i)
    return [page[:depth] + page[-depth:] for page in pages if page]


def running_heads(lines: list[Line]) -> set[int]:
    """Running headers and footers: a line at the top or bottom of several pages.

    Digits are ignored when comparing ('Pagina 2 van 7'), so numbered heads match too.
    """
    edges = _page_edges(lines)
    if len(edges) < 3:
        return set()
    seen: dict[str, set[int]] = {}
    for page, indices in enumerate(edges):
        for i in set(indices):
            key = re.sub(r"\d+", "#", lines[i].text)
            if len(key) <= 100:
                seen.setdefault(key, set()).add(page)
    needed = max(2, len(edges) // 3)
    return {
        i for indices in edges for i in indices
        if len(seen.get(re.sub(r"\d+", "#", lines[i].text), ())) >= needed
    }


def remove_furniture(lines: list[Line]) -> list[Line]:
    """Drop page numbers, running heads, web navigation and repeated letterhead lines."""
    drop = repeated_furniture(lines) | running_heads(lines)
    out: list[Line] = []
    for i, line in enumerate(lines):
        text = line.text
        page_break = i in drop or bool(_PAGE.match(text))
        address = len(text) <= 40 and bool(_ADDRESS.match(text)) and not line.hint
        if address and text == "Bijlage(n)" and i + 1 < len(lines):
            drop.add(i + 1) if lines[i + 1].text.isdigit() else None
        if page_break or address or text.lower() in _WEB_JUNK:
            if out and not out[-1].blank and page_break:
                out.append(Line("", PAGE_BREAK))  # letterhead or page number: a page break
            continue
        out.append(line)
    return out
