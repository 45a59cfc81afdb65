"""Footnotes: find note texts in the running text, take them out, mark their references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.ingest.lines import FROM_SUPERSCRIPT, SUPERSCRIPT, Line

_SUP_LINE = re.compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\S.*)$")
_NOOT_LINE = re.compile(r"^Noot\s+(\d{1,3})\s*[:.]\s*(.+)$")
_DIGIT_LINE = re.compile(r"^(\d{1,2})(?:\s+([A-Z“\"'(‘].{3,})|(https?://.+))$")
_NEW_NOTE = re.compile(r"^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\s|Noot\s+\d)")


@dataclass
class RawFootnote:
    """A footnote's marker (as plain digits) and text."""

    marker: str
    text: str
    page: int = 0


def _glued_markers(lines: list[Line]) -> set[str]:
    """Numbers glued to a word or closing punctuation in the body: 'grondstoffen1.' → '1'."""
    found: set[str] = set()
    for line in lines:
        for m in GLUED.finditer(line.text):
            found.add(m.group(1))
    return found


# A footnote number glued to a word, to closing punctuation, or to a year ('juli 20181').
GLUED = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[.,;:)”’\"])|(?<=\b(?:19[5-9]|20[0-4])\d))(\d{1,2})(?=[\s.,;:)!?]|$)"
)


def extract_footnotes(lines: list[Line], *, wrapped: bool) -> tuple[list[Line], list[RawFootnote]]:
    """Take footnote texts out of the lines; returns the remaining lines and the notes."""
    notes: list[RawFootnote] = []
    out: list[Line] = []
    glued = _glued_markers(lines)
    i = 0
    while i < len(lines):
        text = lines[i].text
        if text == "X Noot":
            i = _okb_notes(lines, i + 1, notes)
            continue
        m = _SUP_LINE.match(text) or _NOOT_LINE.match(text)
        if m:
            i = _note_with_continuation(lines, i, m, notes)
            continue
        m = _DIGIT_LINE.match(text)
        if wrapped and m and not lines[i].hint and (
                m.group(1) in glued or _next_in_sequence(m.group(1), notes, glued)):
            i = _note_with_continuation(lines, i, m, notes, max_lines=6)
            continue
        out.append(lines[i])
        i += 1
    return out, dedupe_notes(notes)


def _next_in_sequence(marker: str, notes: list[RawFootnote], glued: set[str]) -> bool:
    """A note whose reference mark got lost in the PDF text: its number follows the last
    note taken out, and the number after it is referenced in the text ("4" between notes 3
    and 5)."""
    number = int(marker)
    return (bool(notes) and notes[-1].marker == str(number - 1)
            and str(number + 1) in glued)


def _note_with_continuation(
    lines: list[Line], i: int, m: re.Match, notes: list, max_lines: int = 20
) -> int:
    """A note runs on over the following lines up to a blank line or the next note."""
    parts = [m.group(2) or m.group(m.lastindex or 2)]
    j = i + 1
    while (
        j < len(lines)
        and j - i < max_lines
        and not lines[j].blank
        and not _NEW_NOTE.match(lines[j].text)
        and not (max_lines < 20 and _DIGIT_LINE.match(lines[j].text))
        # a note found by its bare number runs on only mid-sentence: a capital starts body
        # text, unless the line before broke off after a separator ("… economie |")
        and not (max_lines < 20 and lines[j].text[:1].isupper()
                 and not lines[j - 1].text.endswith(("|", ",", "–", "-")))
    ):
        parts.append(lines[j].text)
        j += 1
    notes.append(RawFootnote(m.group(1).translate(FROM_SUPERSCRIPT), " ".join(parts)))
    return j


def _okb_notes(lines: list[Line], i: int, notes: list[RawFootnote]) -> int:
    """officielebekendmakingen: 'X Noot' then per note a number line and its text."""
    marker = None
    while i < len(lines):
        text = lines[i].text
        if re.fullmatch(r"\d{1,3}", text):
            marker = text
        elif text and marker is not None:
            if text == "Naar boven":
                break
            notes.append(RawFootnote(marker, text))
            marker = None
        elif text and marker is None:
            break
        i += 1
    return i


def dedupe_notes(notes: list[RawFootnote]) -> list[RawFootnote]:
    """The notes without repeats of the same marker and text (in order)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for note in notes:
        key = (note.marker, note.text)
        if key not in seen:
            seen.add(key)
            out.append(note)
    return out


def mark_glued_references(texts: list[str], markers: set[str]) -> list[str]:
    """Turn the first glued number for each footnote into a superscript marker, in text order.

    The notes of later pages are often missing from the text (a PDF's text of the first
    page only): once every note found has its marker, glued numbers that go on counting
    after the last note ("4 juli 20183", then "13 november 20184" after notes 1 and 2) are
    markers too, of notes whose text the file does not have.
    """
    pending = set(markers)
    numbers = [int(m) for m in markers if m.isdigit()]
    following = max(numbers) + 1 if numbers else 0  # 0: no note found, nothing to go on
    out = []
    for text in texts:
        def repl(m: re.Match[str]) -> str:
            nonlocal following
            if m.group(1) in pending:
                pending.discard(m.group(1))
                return m.group(1).translate(SUPERSCRIPT)
            if following and not pending and m.group(1) == str(following):
                following += 1
                return m.group(1).translate(SUPERSCRIPT)
            return m.group(0)

        out.append(GLUED.sub(repl, text) if pending or following else text)
    return out
