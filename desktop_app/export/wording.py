"""The Dutch words every exported document uses, in one place so the formats agree."""

from __future__ import annotations

from desktop_app.export.citation import dutch_date
from desktop_app.export.pack import CoursePack, Passage

CONTENTS = "Inhoud"
INTRODUCTION = "Inleiding"
SOURCE = "Bron"
NOTE = "Notitie"
TAGS = "Tags"
ORPHAN = ("Let op: deze passage staat niet meer in de huidige tekst van de brief; "
          "controleer de bron.")
UNTITLED_SECTION = "Passages"
TOC_HINT = "Werk de inhoudsopgave bij met F9 (Word) of Extra ▸ Bijwerken (LibreOffice)."
PAGE = "Pagina"


def passage_heading(number: int, passage: Passage) -> str:
    """"Passage 3 · alinea 4"."""
    where = f" · alinea {passage.paragraph}" if passage.paragraph is not None else ""
    return f"Passage {number}{where}"


def note_label(passage: Passage) -> str:
    """"Notitie van jan"; just "Notitie" when the author is unknown."""
    return f"{NOTE} van {passage.author}" if passage.author else NOTE


def colophon(pack: CoursePack) -> str:
    """"Samengesteld op 3 mei 2025 · 12 passages uit 4 brieven · zonder persoonlijke notities"."""
    summary = pack.summary()
    n, letters = summary["passages"], summary["letters"]
    parts = [f"Samengesteld op {dutch_date(pack.made_on)}",
             f"{n} {'passage' if n == 1 else 'passages'} uit "
             f"{letters} {'brief' if letters == 1 else 'brieven'}"]
    if not pack.include_notes:
        parts.append("zonder persoonlijke notities")
    return " · ".join(parts)


def section_heading(heading: str | None) -> str:
    """A section's heading; passages before the first heading get a neutral one."""
    return heading or UNTITLED_SECTION


def numbered(pack: CoursePack) -> list[tuple[str | None, list[tuple[int, Passage]]]]:
    """Sections with their passages numbered 1… across the whole pack."""
    out, number = [], 0
    for section in pack.sections:
        items = []
        for passage in section.passages:
            number += 1
            items.append((number, passage))
        out.append((section.heading, items))
    return out


def quote_paragraphs(quote: str) -> list[str]:
    """A quote's paragraphs (a passage may run over several), whitespace tidied."""
    return [" ".join(line.split()) for line in quote.splitlines() if line.strip()] or [""]
