"""Metadata from the head and tail of a letter, and where its body starts and ends.

Only what the text states is taken: a field stays None rather than being guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.ingest.dutch import (
    DATE_RE,
    MONTH_PATTERN,
    capitalise_role,
    normalise_dossier,
    normalise_vergaderjaar,
    parse_dutch_date,
    role_case,
)
from desktop_app.ingest.lines import Line

HEAD_WINDOW = 80  # header lines are looked for among the first lines only

# A Kamerstuk number counts only where the page states its own: the id ending a line (a
# "Bron:" link, "officiële HTML versie (kst-…)."), the header table as a line or table row of
# its own. The same text quoted in prose (a README citing "… 2018-201934293 nr. 49", a link
# in the middle of a table row) names another document, not this one.
_KST_ID = re.compile(
    r"\bkst-(\d{5}(?:-[0-9A-Z]{1,5})?)-(\w{1,6})(?:\.(?:html?|xml|pdf))?\)?\.?\s*$")
_OKB_TABLE = re.compile(
    r"(?:^|\|)\s*(Tweede|Eerste) Kamer der Staten-Generaal\s*\|?\s*(\d{4}-\d{4})\s*\|?\s*"
    r"(\d{5}(?:-\d{2})?(?:-?[A-Z]{1,4})?)\s+nr\.\s*(\w+)\s*(?:\|.*)?$"
)
_DOSSIER_LINE = re.compile(
    r"^(\d{2}\s?\d{3}(?:-\d{2})?(?:\s(?:[IVXL]{1,5}|[A-Z]))?)(?:\s+(?P<title>[A-Z(].+))?$"
)
_RB_LINE = re.compile(
    r"^(\d{5})\s+(?:([A-Z]{1,3}|[IVXL]{1,5})\s+)?(\w{1,5})\s+brief van (?:de )?(.+)$",
    re.IGNORECASE)
_NR_LINE = re.compile(r"^Nr\.\s*(\w{1,6})\b\s*(.*)$")
_BRIEF_VAN = re.compile(r"^BRIEF VAN (?:DE |HET )?(.+)$")
_AAN = re.compile(r"^(?:Aan )?de Voorzitter van de (Tweede|Eerste) Kamer", re.IGNORECASE)
_DEN_HAAG = re.compile(r"^(?:Den Haag|'s-Gravenhage),?\s+(\d{1,2}\s+\w+\s+\d{4})")
_LABEL = re.compile(r"^(Datum|Onderwerp|Betreft|Ons kenmerk|Kenmerk|Uw kenmerk)\b\s*(.*)$")
_SALUTATION = re.compile(r"^Geachte\s+(?:voorzitter|mevrouw|heer|Voorzitter)", re.IGNORECASE)
_BRIEF_REGERING = re.compile(r"^Brief regering\s*:\s*(.+)$")
_FLAT_TITLE = re.compile(r"^([^;]{3,120});\s*Brief regering;\s*(.+)$")
_SIGNER = re.compile(
    r"(?:^|-\s*)(?:Eerste ondertekenaar|Mede ondertekenaar|Indiener|Medeindiener)\s*:"
    r"\s*(.+?),\s*(.+)$"
)
_SIGNER_LABEL = re.compile(r"^(Eerste ondertekenaar|Mede ondertekenaar|Indiener|Medeindiener)$")
_TRAILER_START = re.compile(r"^(Ondertekenaars|Indieners)$")
_WEB_SUBJECT = re.compile(r"^(Kamerbrief (?:over|met|inzake) .+)$")
_TKCONV_DATE = re.compile(r"^Nummer:\s*\d{4}D\d+,\s*datum:\s*(\d{4}-\d{2}-\d{2})")


@dataclass
class Header:
    """Metadata found in the head/tail of a letter and the body's line range."""

    values: dict[str, str | None] = field(default_factory=dict)
    signers: list[tuple[str, str]] = field(default_factory=list)  # (name, role)
    letter_from: str | None = None  # role from "BRIEF VAN DE …"
    body_start: int = 0
    body_end: int = 0

    def set(self, key: str, value: str | None) -> None:
        """Set a field unless it is already known (the first statement wins)."""
        if value and not self.values.get(key):
            self.values[key] = value.strip()


def _continuation(lines: list[Line], i: int, first: str) -> tuple[str, int]:
    """A header field that wraps onto following lines, up to a blank line or another label."""
    parts = [first] if first else []
    j = i + 1
    while j < len(lines) and not lines[j].blank:
        nxt = lines[j].text
        if _LABEL.match(nxt) or _SALUTATION.match(nxt) or _DEN_HAAG.match(nxt):
            break
        if parts and len(parts) >= 3:
            break
        parts.append(nxt)
        j += 1
    return " ".join(parts), j


def _next_nonblank(lines: list[Line], i: int) -> int:
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j


def _scan_head(lines: list[Line], head: Header) -> None:
    """Read metadata from the first lines and find where the body starts."""
    start = None
    limit = min(len(lines), HEAD_WINDOW)
    i = 0
    while i < limit:
        text = lines[i].text
        if not text:
            i += 1
            continue
        consumed = _head_line(lines, i, head)
        if consumed == "body":
            start = i + 1
        elif consumed == "salutation":
            start = i
            break
        elif isinstance(consumed, int):
            if _is_label_block(lines[i].text) or _FLAT_TITLE.match(lines[i].text):
                start = consumed
            i = max(consumed, i + 1)
            continue
        i += 1
    head.body_start = start if start is not None else _first_real_line(lines)


def _is_label_block(text: str) -> bool:
    return bool(re.match(r"^(Onderwerp|Betreft)\b", text))


def _first_real_line(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if not line.blank:
            return i
    return 0


def _head_line(lines: list[Line], i: int, head: Header) -> str | int | None:
    """Interpret one header line; returns 'body' / 'salutation' / next index / None."""
    text = lines[i].text
    if _SALUTATION.match(text):
        return "salutation"
    m = _DEN_HAAG.match(text)
    if m:
        head.set("date", parse_dutch_date(m.group(1)))
        return "body"
    m = _AAN.match(text)
    if m:
        head.set("chamber", f"{m.group(1).capitalize()} Kamer")
        return None
    m = _LABEL.match(text)
    if m:
        return _label_line(lines, i, head, m.group(1), m.group(2))
    return _identity_line(lines, i, head)


def _label_line(lines: list[Line], i: int, head: Header, label: str, rest: str) -> int:
    """Datum / Onderwerp / Betreft / (Ons) kenmerk, inline or on the next line."""
    if label in ("Onderwerp", "Betreft"):
        value, j = _continuation(lines, i, rest)
        head.set("subject", value)
        head.body_start = j
        return j
    if not rest:
        j = _next_nonblank(lines, i)
        rest = lines[j].text if j < len(lines) else ""
    else:
        j = i
    if label == "Datum":
        head.set("date", parse_dutch_date(rest))
    elif label in ("Ons kenmerk", "Kenmerk"):
        head.set("reference", rest.replace(" ", ""))
    return j + 1


def _identity_line(lines: list[Line], i: int, head: Header) -> int | None:
    """Dossier, number, vergaderjaar, title, sender — in their many layouts."""
    text = lines[i].text
    for pattern, handler in _IDENTITY_HANDLERS:
        m = pattern.search(text)
        if m:
            return handler(lines, i, head, m)
    return None


def _h_okb_table(lines, i, head, m):
    head.set("chamber", f"{m.group(1)} Kamer")
    head.set("vergaderjaar", normalise_vergaderjaar(m.group(2)))
    head.set("dossier", normalise_dossier(m.group(3).replace("-", " ", 1)
                                          if not re.search(r"-\d{2}", m.group(3))
                                          else m.group(3)))
    head.set("number", m.group(4))
    return None


def _h_kst_id(lines, i, head, m):
    head.set("dossier", m.group(1))
    head.set("number", m.group(2))
    return None


def _h_vergaderjaar(lines, i, head, m):
    head.set("vergaderjaar", normalise_vergaderjaar(m.group(1)))
    return None


def _h_dossier(lines, i, head, m):
    head.set("dossier", normalise_dossier(m.group(1)))
    title = m.group("title")
    if title:
        head.set("title", title)
        return None
    j = _next_nonblank(lines, i)
    if j < len(lines) and not _NR_LINE.match(lines[j].text) and not lines[j].text.isupper():
        head.set("title", lines[j].text)
        return j + 1
    return None


def _h_nr(lines, i, head, m):
    head.set("number", m.group(1))
    rest = m.group(2)
    if rest:
        bm = _BRIEF_VAN.match(rest)
        if bm:
            return _sender(lines, i, head, bm.group(1))
    return None


def _h_brief_van(lines, i, head, m):
    return _sender(lines, i, head, m.group(1))


def _sender(lines: list[Line], i: int, head: Header, first: str) -> int:
    """'BRIEF VAN DE MINISTER …' possibly wrapped over several upper-case lines."""
    parts = [first]
    j = i + 1
    while j < len(lines) and lines[j].text.isupper() and not _AAN.match(lines[j].text):
        parts.append(lines[j].text)
        j += 1
    sender = " ".join(parts)
    if head.letter_from is None:
        head.letter_from = role_case(sender)
    return j


def _h_rijksbegroting(lines, i, head, m):
    dossier = m.group(1) + (f" {m.group(2)}" if m.group(2) else "")
    head.set("dossier", normalise_dossier(dossier))
    head.set("number", m.group(3))
    prev = i - 1
    while prev >= 0 and lines[prev].blank:
        prev -= 1
    if prev >= 0 and not lines[prev].text.startswith(("•", "Direct naar")):
        head.set("title", lines[prev].text)
    if head.letter_from is None:
        head.letter_from = role_case(m.group(4))
    return None


def _h_brief_regering(lines, i, head, m):
    head.set("subject", m.group(1))
    return None


def _h_flat_title(lines, i, head, m):
    head.set("title", m.group(1))
    head.set("subject", m.group(2))
    head.body_start = i + 1
    return i + 1


def _h_signer(lines, i, head, m):
    signer = (m.group(1).strip(), capitalise_role(m.group(2)))
    if signer not in head.signers:
        head.signers.append(signer)
    return None


def _h_tkconv_date(lines, i, head, m):
    head.set("date", m.group(1))
    for line in lines[:i]:
        if line.text and not line.text.startswith(("Nummer", "[")):
            head.set("subject", line.text)
            break
    return None


def _h_indiener(lines, i, head, m):
    """openkamer.org: 'Indiener(s): Carola Schouten (…)' names the signer, not the role."""
    name = m.group(1).strip()
    if "," not in name and (name, "") not in head.signers:
        head.signers.append((name, ""))
    return None


def _h_date_line(lines, i, head, m):
    """A line that is only a date, near the top of a web page ('22 november 2022')."""
    head.set("date", parse_dutch_date(m.group(0)))
    return None


def _h_web_subject(lines, i, head, m):
    head.set("subject", m.group(1))
    return None


_IDENTITY_HANDLERS = [
    (_OKB_TABLE, _h_okb_table),
    (_KST_ID, _h_kst_id),
    (re.compile(r"^Vergaderjaar\s+(\d{4}\s*[-–]\s*\d{4})"), _h_vergaderjaar),
    (_RB_LINE, _h_rijksbegroting),
    (_NR_LINE, _h_nr),
    (_BRIEF_VAN, _h_brief_van),
    (_DOSSIER_LINE, _h_dossier),
    (_BRIEF_REGERING, _h_brief_regering),
    (_FLAT_TITLE, _h_flat_title),
    (_SIGNER, _h_signer),
    (_TKCONV_DATE, _h_tkconv_date),
    (_WEB_SUBJECT, _h_web_subject),
    (re.compile(r"^Indiener\(s\):\s*([^(]+?)\s*\("), _h_indiener),
    (re.compile(rf"^\d{{1,2}} (?:{MONTH_PATTERN}) \d{{4}}$"), _h_date_line),
]


def _scan_tail(lines: list[Line], head: Header) -> None:
    """tweedekamer.nl pages end with an 'Ondertekenaars' block: signers, not letter text."""
    head.body_end = len(lines)
    for i in range(len(lines) - 1, max(head.body_start, len(lines) - 40) - 1, -1):
        if _TRAILER_START.match(lines[i].text):
            head.body_end = i
            _read_signer_block(lines[i + 1 :], head)
            return


def _read_signer_block(lines: list[Line], head: Header) -> None:
    expect = False
    for line in lines:
        text = line.text
        if _SIGNER_LABEL.match(text):
            expect = True
        elif expect and "," in text:
            name, role = text.split(",", 1)
            if (name.strip(), capitalise_role(role)) not in head.signers:
                head.signers.append((name.strip(), capitalise_role(role)))
            expect = False


def read_header(lines: list[Line]) -> Header:
    """Find metadata in the first lines and the trailer, and the body's range."""
    head = Header()
    _scan_head(lines, head)
    _scan_tail(lines, head)
    _flattened_header(lines, head)
    if not head.values.get("reference"):
        _find_reference(lines, head)
    return head


def _find_reference(lines: list[Line], head: Header) -> None:
    """The letterhead's 'Kenmerk' often sits in the page margin, past the header."""
    for i, line in enumerate(lines[: HEAD_WINDOW * 2]):
        if line.text in ("Ons kenmerk", "Kenmerk") and i + 1 < len(lines):
            value = lines[i + 1].text
            if value and len(value) < 40 and any(ch.isdigit() for ch in value):
                head.set("reference", value.replace(" ", ""))
                return


def _flattened_header(lines: list[Line], head: Header) -> None:
    """A letter flattened into one line: 'Aan de Voorzitter … Den Haag, <date> <body>'."""
    i = head.body_start
    while i < len(lines) and lines[i].blank:
        i += 1
    if i >= len(lines) or head.values.get("date"):
        return
    text = lines[i].text
    m = re.match(r"^Aan de Voorzitter van de (Tweede|Eerste) Kamer der Staten-Generaal\s+"
                 r"Den Haag,\s+(\d{1,2}\s+\w+\s+\d{4})\s+", text)
    if m and DATE_RE.search(m.group(2)):
        head.set("chamber", f"{m.group(1)} Kamer")
        head.set("date", parse_dutch_date(m.group(2)))
        lines[i] = Line(text[m.end():], lines[i].hint, lines[i].level, lines[i].indent)
