"""Commitment deadlines as an iCalendar file (RFC 5545), written by hand.

One all-day VEVENT per dated commitment, on its deadline (the last day of a range such as
"voor de zomer"). Rejected detections are not commitments and are left out. The UID is
derived from the letter and the commitment's text, so importing a newer export updates
the events instead of doubling them. LAST-MODIFIED is when the row last changed (a review, a
re-detection of the letter) and SEQUENCE grows with it (seconds since 2020), so a calendar
replaces an event whose deadline or status was corrected instead of keeping the old one.
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.export import atomic
from desktop_app.export.citation import citation, dutch_date
from desktop_app.export.spreadsheet import KIND_NL, STATUS_NL
from desktop_app.model import Metadata
from desktop_app.overview import CommitmentRow

PRODID = f"-//Kamerbrieven//Kamerbrieven {__version__}//NL"
SUMMARY_WIDTH = 80


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into CRLF-joined pieces of at most 75 octets (RFC 5545 3.1)."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def event_date(row: CommitmentRow) -> date | None:
    """The day the event goes on: the deadline (range end), else its start; None if undated."""
    for value in (row.deadline_to, row.deadline_from):
        if value:
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


def uid(row: CommitmentRow) -> str:
    """A stable identifier for the commitment (same letter, same text → same UID)."""
    text = " ".join(row.commitment.text.split()).casefold()
    digest = hashlib.sha1(f"{row.letter_id}\n{text}".encode()).hexdigest()[:20]
    return f"{row.letter_id}-{digest}@kamerbrieven"


def description(row: CommitmentRow, md: Metadata | None, lineage: Any = None) -> str:
    """The event's description: the commitment, its deadline words and the letter cited;
    with ``lineage`` (a ``RowLineage``) its status with lineage, the letter that fulfils it
    and its earlier due dates (the event stands on the current one)."""
    lines = [row.commitment.text.strip(), ""]
    if row.commitment.deadline_text:
        lines.append(f"Termijn in de brief: {row.commitment.deadline_text}")
    if row.deadline_from and row.deadline_from != row.deadline_to:
        lines.append(f"Periode: {dutch_date(row.deadline_from)} – {dutch_date(row.deadline_to)}")
    if row.commitment.actor:
        lines.append(f"Wie: {row.commitment.actor}")
    status = lineage.status if lineage is not None else row.status
    lines.append(f"Status: {STATUS_NL.get(status, status)}")
    if lineage is not None and lineage.fulfilled_by:
        lines.append(f"Vervuld door: brief {lineage.fulfilled_by}")
    if lineage is not None and lineage.due_history:
        lines.append("Eerdere termijnen: "
                     + ", ".join(dutch_date(d) for d in lineage.due_history))
    if row.note:
        lines.append(f"Notitie: {row.note.strip()}")
    source = citation(md, letter_id=row.letter_id) if md else f"brief {row.letter_id}"
    lines += ["", f"Bron: {source}", f"Brief-id: {row.letter_id}"]
    return "\n".join(lines)


SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=timezone.utc)


def revision(row: CommitmentRow) -> tuple[str | None, int]:
    """(LAST-MODIFIED as iCalendar UTC time, SEQUENCE) of a row: the later its last change,
    the higher its sequence; (None, 0) when the time is unknown."""
    try:
        changed = datetime.fromisoformat(row.modified.replace("Z", "+00:00"))
    except ValueError:
        return None, 0
    if changed.tzinfo is None:
        changed = changed.replace(tzinfo=timezone.utc)
    changed = changed.astimezone(timezone.utc)
    seconds = int((changed - SEQUENCE_EPOCH).total_seconds())  # fits 32 bits until 2088
    return changed.strftime("%Y%m%dT%H%M%SZ"), max(0, seconds)


def _event(row: CommitmentRow, md: Metadata | None, day: date, stamp: str,
           lineage: Any = None) -> list[str]:
    kind = KIND_NL.get(row.kind, row.kind)
    summary = f"{kind.capitalize()}: {_shorten(row.commitment.text, SUMMARY_WIDTH)}"
    last_modified, sequence = revision(row)
    return [
        "BEGIN:VEVENT",
        f"UID:{uid(row)}",
        f"DTSTAMP:{stamp}",
        *([f"LAST-MODIFIED:{last_modified}"] if last_modified else []),
        f"SEQUENCE:{sequence}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description(row, md, lineage))}",
        f"CATEGORIES:{escape_text(kind)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def commitments_ics(rows: Iterable[CommitmentRow], metadata: Mapping[str, Metadata], *,
                    now: datetime | None = None, name: str = "Toezeggingen",
                    lineage: Mapping[tuple, Any] | None = None) -> str:
    """The dated, not rejected rows as an iCalendar document (``lineage``: see
    ``spreadsheet.commitments_csv``)."""
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    stamp_text = stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(name)}"]
    for row in rows:
        day = event_date(row)
        if day is None or row.status == "rejected":
            continue
        lines += _event(row, metadata.get(row.letter_id), day, stamp_text,
                        (lineage or {}).get(row.identity()))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_commitments_ics(rows: Iterable[CommitmentRow], metadata: Mapping[str, Metadata],
                          out: str | os.PathLike[str], **options) -> Path:
    """Write the deadlines as an .ics file, atomically; returns the path."""
    text = commitments_ics(rows, metadata, **options)
    return atomic.write_text(out, text, encoding="utf-8", newline="")


def dated_count(rows: Iterable[CommitmentRow]) -> int:
    """How many rows become events (for a preview or a report)."""
    return sum(1 for r in rows if event_date(r) is not None and r.status != "rejected")
