"""The commitments overview as CSV that opens cleanly in Excel.

UTF-8 with a byte order mark (so Excel reads accents right), CRLF line ends, every field
that needs it quoted, and ``;`` as the separator on request (Excel with Dutch regional
settings splits on ``;``). Column headings are Dutch: the file is for people.
"""

from __future__ import annotations

import csv
import io
import locale
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from desktop_app.errors import UserError
from desktop_app.export import atomic
from desktop_app.export.citation import kamerstuk
from desktop_app.model import Metadata
from desktop_app.overview import CommitmentRow

KIND_NL = {"promise": "toezegging", "action": "actie", "refusal": "weigering",
           "earlier": "eerdere toezegging"}  # fmt: skip
STATUS_NL = {"open": "open", "done": "afgerond", "rejected": "afgewezen",
             "fulfilled": "vervuld", "postponed": "uitgesteld"}  # fmt: skip
VERDICT_NL = {"confirmed": "bevestigd", "rejected": "afgewezen"}
COLUMNS = ("Datum brief", "Kamerstuk", "Onderwerp brief", "Soort", "Toezegging", "Wie",
           "Termijn (tekst)", "Termijn vanaf", "Termijn uiterlijk", "Status", "Vervuld door",
           "Eerdere termijnen", "Beoordeling", "Notitie", "Brief-id")  # fmt: skip
_NOTE = COLUMNS.index("Notitie")
DELIMITERS = (",", ";", "\t")
_FORMULA_START = ("=", "+", "-", "@")


def safe_cell(value: str | None) -> str:
    """A cell Excel shows as text: a leading = + - @ would start a formula, so quote it."""
    text = value or ""
    return "'" + text if text.startswith(_FORMULA_START) else text


def letter_metadata(library) -> dict[str, Metadata]:
    """Metadata of every letter in the library, by id (for citations beside each row)."""
    return {s.id: s.metadata for s in library.summaries()}


def row_cells(row: CommitmentRow, md: Metadata | None, lineage: Any = None) -> list[str]:
    """One row's cells, in :data:`COLUMNS` order. ``lineage`` (a ``lineage.service.
    RowLineage``) gives the status with lineage (fulfilled, postponed), the letter that
    fulfils the commitment and its earlier due dates; "Termijn uiterlijk" is the current due
    date (a confirmed postponement's)."""
    c = row.commitment
    status = lineage.status if lineage is not None else row.status
    fulfilled_by = (lineage.fulfilled_by or "") if lineage is not None else ""
    earlier = ", ".join(lineage.due_history) if lineage is not None else ""
    cells = [
        row.letter_date or "", (kamerstuk(md) if md else None) or "", row.letter_title or "",
        KIND_NL.get(row.kind, row.kind), c.text, c.actor or "", c.deadline_text or "",
        row.deadline_from or "", row.deadline_to or "", STATUS_NL.get(status, status),
        fulfilled_by, earlier, VERDICT_NL.get(row.verdict or "", ""), row.note, row.letter_id,
    ]  # fmt: skip
    # Line breaks are kept only in the note (quoted; Excel shows them inside the cell).
    return [safe_cell(v if i == _NOTE else " ".join(v.split())) for i, v in enumerate(cells)]


# Languages whose numbers use a decimal comma: their spreadsheet programs split CSV files on
# semicolons (Excel follows the regional list separator).
DECIMAL_COMMA_LANGUAGES = frozenset(
    "nl de fr es it pt da sv nb nn no fi is pl cs sk sl hr sr bs hu ro bg ru uk be lt lv et el tr"
    " id vi af ca eu gl".split()
)


def locale_delimiter(locale_name: str | None) -> str:
    """The CSV separator a spreadsheet in this locale expects: ";" where numbers have a
    decimal comma (Dutch, German, French …), "," otherwise. ``locale_name`` is like "nl_NL",
    "nl-BE", "en_GB.UTF-8" or None (unknown: a comma)."""
    language = re.split(r"[_.@-]", (locale_name or "").strip().lower())[0]
    return ";" if language in DECIMAL_COMMA_LANGUAGES else ","


def system_locale_name(environ: Mapping[str, str] | None = None) -> str | None:
    """The locale the user's environment names for numbers (LC_ALL, LC_NUMERIC, LANG), or
    the platform's default locale; None when none is set."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = env.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    if environ is None:
        try:
            return locale.getlocale()[0]
        except ValueError:
            return None
    return None


def commitments_csv(rows: Iterable[CommitmentRow], metadata: Mapping[str, Metadata],
                    delimiter: str = ",", lineage: Mapping[tuple, Any] | None = None) -> str:
    """The rows as CSV text (without the byte order mark); ``lineage`` maps a row's
    ``identity()`` to its ``RowLineage`` (``LineageService.row_lineage``)."""
    if delimiter not in DELIMITERS:
        raise UserError("The CSV separator must be ',', ';' or a tab.", code="csv-separator")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row_cells(row, metadata.get(row.letter_id),
                                  (lineage or {}).get(row.identity())))
    return buffer.getvalue()


def write_commitments_csv(rows: Iterable[CommitmentRow], metadata: Mapping[str, Metadata],
                          out: str | os.PathLike[str], delimiter: str = ",",
                          lineage: Mapping[tuple, Any] | None = None) -> Path:
    """Write the rows as an Excel-friendly CSV file (UTF-8 BOM), atomically."""
    text = commitments_csv(rows, metadata, delimiter, lineage)
    return atomic.write_text(out, text, encoding="utf-8-sig", newline="")
