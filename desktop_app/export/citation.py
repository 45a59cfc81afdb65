"""Citations of letters in the Dutch parliamentary style, and paragraph numbers.

``Kamerstukken II 2020/21, 19 637, nr. 2764`` is built from the chamber (II = Tweede Kamer,
I = Eerste Kamer), the vergaderjaar ("2020-2021" → "2020/21"), the dossier ("35925-VI" →
"35 925 VI") and the number. A field the letter does not state is left out, never guessed.
A letter with no date, title or subject is named by its file, and a letter with a Kamerstuk
id carries the address of the published letter (built from the id, never fetched), so every
citation can be looked up.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from desktop_app.model import Letter, Metadata

CHAMBERS = {"tweede kamer": "II", "eerste kamer": "I"}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")  # fmt: skip
BODY_BLOCKS = ("paragraph", "list_item")
PUBLISHED_URL = "https://zoek.officielebekendmakingen.nl/{}.html"
# kst-19637-2764, kst-35925-VI-38, kst-34300-A-15: the dossier (with its suffix), the number
_KST_ID = re.compile(r"kst-(\d+(?:-[A-Za-z]+|-\d+)?)-([A-Za-z0-9]+)")


def chamber_numeral(chamber: str | None) -> str | None:
    """"Tweede Kamer" → "II", "Eerste Kamer" → "I"; None when unknown."""
    return CHAMBERS.get((chamber or "").strip().lower())


def short_year(vergaderjaar: str | None) -> str | None:
    """"2020-2021" → "2020/21"; None when it is not a pair of consecutive years."""
    match = re.fullmatch(r"\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*", vergaderjaar or "")
    if not match:
        return None
    first, second = match.group(1), match.group(2)
    return f"{first}/{second[-2:]}"


def dossier_number(dossier: str | None) -> str | None:
    """"19637" → "19 637"; "35925-VI" → "35 925 VI"; "21501-02" → "21 501-02"."""
    if not dossier:
        return None
    match = re.fullmatch(r"(\d+)(?:-([A-Za-z]+|\d+))?", dossier.strip())
    if not match:
        return dossier.strip()
    digits, suffix = match.groups()
    grouped = f"{int(digits):,}".replace(",", " ")
    if suffix is None:
        return grouped
    # Roman numerals and letters are written after a space, numeric sub-dossiers with a hyphen
    return f"{grouped}-{suffix}" if suffix.isdigit() else f"{grouped} {suffix}"


def kamerstuk(md: Metadata) -> str | None:
    """"Kamerstukken II 2020/21, 19 637, nr. 2764", or None without dossier and number."""
    dossier = dossier_number(md.dossier)
    if not dossier or not md.number:
        return None
    head = " ".join(p for p in ("Kamerstukken", chamber_numeral(md.chamber),
                                short_year(md.vergaderjaar)) if p)
    return f"{head}, {dossier}, nr. {md.number}"


def dutch_date(iso: str | None) -> str | None:
    """"2021-07-12" → "12 juli 2021"; anything else is returned as given."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def signed_by(md: Metadata) -> str | None:
    """"A. Broekers-Knol (Staatssecretaris van Justitie en Veiligheid)"; several joined by "en"."""
    if not md.signatory:
        return None
    names = [n.strip() for n in md.signatory.split(";")]
    roles = [r.strip() for r in (md.signatory_role or "").split(";")]
    if len(roles) != len(names):
        roles = [""] * len(names)
    people = [f"{n} ({r})" if r else n for n, r in zip(names, roles, strict=True)]
    return " en ".join(people)


def letter_label(md: Metadata) -> str | None:
    """The letter's subject or title (the subject says more: many titles are the dossier's
    name, five letters are all titled "Vreemdelingenbeleid")."""
    return md.subject or md.title


def file_name(source: str | None) -> str | None:
    """The file name of the path a letter was imported from (any platform's separators)."""
    name = re.split(r"[\\/]", (source or "").strip())[-1].strip()
    return name or None


def letter_name(md: Metadata, letter_id: str = "", source: str | None = None) -> str:
    """What to call a letter in a handout: its subject or title, else its file name, else
    its id."""
    return letter_label(md) or file_name(source) or letter_id


def kamerstuk_of_id(letter_id: str | None) -> tuple[str, str] | None:
    """("35925-VI", "38") from "kst-35925-VI-38"; None for any other id (``txt-…``)."""
    match = _KST_ID.fullmatch((letter_id or "").strip())
    return (match.group(1), match.group(2)) if match else None


def published_url(md: Metadata, letter_id: str | None = None) -> str | None:
    """The address of the published letter on zoek.officielebekendmakingen.nl, from the
    letter's dossier and number, else its ``kst-`` id; None when neither is known.

    Only built, never fetched: the app does not use the network.
    """
    candidates = [letter_id]
    if md.dossier and md.number:
        candidates.insert(0, f"kst-{md.dossier.strip()}-{md.number.strip()}")
    for candidate in candidates:
        if kamerstuk_of_id(candidate):
            return PUBLISHED_URL.format(candidate.strip())
    return None


def citation(md: Metadata, paragraph: int | None = None, *, letter_id: str | None = None,
             source: str | None = None, page: int | None = None) -> str:
    """A full citation of what is known: kamerstuk, date, signatory, reference, the page of
    the original (a PDF's) and the paragraph.

    Without a kamerstuk the letter is named by its subject or title, else by the file it
    was imported from (``source``); with a ``kst-`` id (``letter_id``) the kamerstuk comes
    from the id when the metadata lacks it, and the published letter's address is added.
    """
    if not (md.dossier and md.number) and kamerstuk_of_id(letter_id):
        dossier, number = kamerstuk_of_id(letter_id)
        md = replace(md, dossier=dossier, number=number)
    parts: list[str] = []
    stuk = kamerstuk(md)
    name = letter_label(md)
    if stuk:
        parts.append(stuk)
    elif name:
        parts.append(f"brief ‘{name}’")
    elif file_name(source):
        parts.append(f"bestand ‘{file_name(source)}’")
    when = dutch_date(md.date)
    if when:
        parts.append(f"brief van {when}" if stuk else when)
    signer = signed_by(md)
    if signer:
        parts.append(signer)
    if not stuk and md.reference:
        parts.append(f"kenmerk {md.reference}")
    if page:
        parts.append(f"p. {page}")
    if paragraph is not None:
        parts.append(f"alinea {paragraph}")
    text = ", ".join(parts) or "bron onbekend"
    url = published_url(md, letter_id)
    if url:
        text += f" ({url})"
    return text[0].upper() + text[1:]


def paragraph_number(letter: Letter, offset: int) -> int | None:
    """The 1-based number of the body block (paragraph, list item) holding ``offset``.

    Headings, signatures, table rows and footnotes are not counted; an offset outside
    every body block (in a heading, a footnote) gives None.
    """
    number = 0
    for block in letter.blocks:
        if block.kind not in BODY_BLOCKS:
            continue
        number += 1
        if block.start <= offset < block.end:
            return number
    return None


def page_number(letter: Letter, offset: int) -> int | None:
    """The page of the original the text at ``offset`` stands on; None when the source has
    no pages (text, HTML, XML) or no block holds the offset."""
    for block in letter.blocks:
        if block.start <= offset < block.end:
            return block.page or None
    return None
