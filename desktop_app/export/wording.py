"""The Dutch words every exported document uses, in one place so the formats agree.

They are the words of the Dutch window: a tag is a "label", a course pack "lesmateriaal".
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from desktop_app.export.citation import dutch_date

if TYPE_CHECKING:  # (pack.py may use these words without an import cycle)
    from desktop_app.export.pack import CoursePack, Passage

CONTENTS = "Inhoud"
INTRODUCTION = "Inleiding"
SOURCE = "Bron"
NOTE = "Notitie"
TAGS = "Labels"
COURSE_MATERIAL = "Lesmateriaal"  # the subtitle of a collection's pack
ORPHAN = ("Let op: deze passage staat niet meer in de huidige tekst van de brief; "
          "controleer de bron.")
UNTITLED_SECTION = "Passages"
TOC_HINT = "Werk de inhoudsopgave bij met F9 (Word) of Extra ▸ Bijwerken (LibreOffice)."
PAGE = "Pagina"


def passage_heading(number: int, passage: Passage) -> str:
    """"Passage 3 · alinea 4"."""
    where = f" · alinea {passage.paragraph}" if passage.paragraph is not None else ""
    return f"Passage {number}{where}"


def tag_subtitle(tag: str) -> str:
    """The subtitle of a pack of one tag: "Label: thema/asiel"."""
    return f"{TAGS[:-1]}: {tag}"


def note_label(passage: Passage) -> str:
    """"Notitie van Jan de Vries" for a name someone gave; just "Notitie" for the automatic
    one (the computer's login name, which a handout should not print) or none."""
    return f"{NOTE} van {passage.author}" if shows_author(passage.author) else NOTE


def shows_author(author: str) -> bool:
    """Whether a handout names ``author``: not when it is empty, "unknown" or the login name
    the app fills in by default (``store.annotations.default_author``). The stored author is
    kept as it is; only the handout leaves it out."""
    return bool(author.strip()) and author not in (_login_name(), "unknown")


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getuser raises OSError/KeyError depending on the platform
        return ""


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


def contents(pack: CoursePack) -> list[str]:
    """The headings a pack's table of contents lists: the introduction (if any) and every
    section, the same in each format."""
    intro = [INTRODUCTION] if pack.introduction.strip() else []
    return intro + [section_heading(section.heading) for section in pack.sections]


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
