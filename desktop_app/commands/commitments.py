"""``commitments``: list detected commitments across the library, or export them.

With ``--out FILE`` the list is written as a file for people: ``--csv`` for Excel (Dutch
headings, UTF-8 with BOM; separated as the user's locale expects, a semicolon for Dutch, or as
``--delimiter`` says), ``--ics`` as
a calendar of deadlines, ``--json`` as JSON. Without ``--out`` it is printed.

Every commitment has a number within its letter (``#3``: the third one in the text), the
same whatever filters are given; ``desktop-app review LETTER_ID 3`` uses it. Reviews whose
commitment is no longer detected (the letter's wording or the detector changed) follow the
letter's commitments, marked "not found".
"""

from __future__ import annotations

import argparse
import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.commands.wording import plural, width
from desktop_app.errors import UserError
from desktop_app.export import atomic
from desktop_app.export.spreadsheet import locale_delimiter, system_locale_name
from desktop_app.model import COMMITMENT_KINDS
from desktop_app.overview import CommitmentRow, filter_rows

DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
# the characters themselves were the choices before; scripts may still pass them
DELIMITER_ALIASES = {",": "comma", ";": "semicolon", "\t": "tab", "\\t": "tab"}


def delimiter_name(text: str) -> str:
    """An argparse type: ``auto``, ``comma``, ``semicolon`` or ``tab`` (also ``,`` ``;`` or a
    tab)."""
    name = DELIMITER_ALIASES.get(text, text.strip().lower())
    if name != "auto" and name not in DELIMITERS:
        raise argparse.ArgumentTypeError(
            f"choose auto, comma, semicolon or tab, not '{text}'")
    return name


def delimiter_of(name: str) -> str:
    """The separator character of a ``--delimiter`` choice; ``auto`` is the locale's."""
    return locale_delimiter(system_locale_name()) if name == "auto" else DELIMITERS[name]


EXAMPLES = """\
examples:
  desktop-app commitments --kind promise --open
  desktop-app commitments --letter kst-19637-2764
  desktop-app commitments --overdue --dossier 19637
  desktop-app commitments --csv --delimiter semicolon --out toezeggingen.csv
  desktop-app commitments --ics --out termijnen.ics

Each line: LETTER_ID #N [kind, status due DATE] text. Mark commitment #N of a
letter done (or rejected …) with `desktop-app review LETTER_ID N --done`.
"""


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "commitments", help="list the commitments of all letters",
        description="List detected commitments, with people's reviews applied, newest letter "
        "first; or write them to a file with --out.",
        epilog=EXAMPLES)
    p.add_argument("--kind", choices=COMMITMENT_KINDS, help="only commitments of this kind")
    p.add_argument("--letter", metavar="LETTER_ID", help="only this letter")
    p.add_argument("--open", action="store_true", help="only open ones (not done or rejected)")
    p.add_argument("--overdue", action="store_true", help="open and past their deadline")
    p.add_argument("--due-before", metavar="DATE",
                   help="deadline before this date (YYYY-MM-DD)")
    p.add_argument("--dossier", metavar="NR", help="only letters of this dossier, e.g. 19637")
    p.add_argument("--actor", metavar="WHO", help="only commitments whose actor contains this")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON (with --out: a JSON file)")
    fmt.add_argument("--csv", action="store_true",
                     help="CSV (with --out: a spreadsheet file for Excel, Dutch headings)")
    fmt.add_argument("--ics", action="store_true",
                     help="iCalendar: one all-day event per dated commitment")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write to FILE (replaced only when complete) instead of printing")
    p.add_argument("--delimiter", type=delimiter_name, default="auto",
                   metavar="{auto," + ",".join(DELIMITERS) + "}",
                   help="the CSV separator (with --csv): auto (the default: what a spreadsheet "
                   "in your locale expects, a semicolon for Dutch, German, French …, else a "
                   "comma), comma, semicolon or tab; ',' and ';' work too")
    p.set_defaults(func=cmd_commitments)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UserError(f"--due-before needs a date like 2025-12-31, not '{value}'.") from exc


def numbered_rows(library, letter: str | None = None) -> list[tuple[int, CommitmentRow]]:
    """Every commitment row (of one letter, or all) with its number (1…) within its letter."""
    numbered, counts = [], {}
    for row in library.commitment_rows(letter=letter):  # per letter in text order
        counts[row.letter_id] = counts.get(row.letter_id, 0) + 1
        numbered.append((counts[row.letter_id], row))
    return numbered


def row_key(row: CommitmentRow) -> tuple[str, int, int, str]:
    """Identifies a row within one listing (``CommitmentRow.identity``)."""
    return row.identity()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _status(row: CommitmentRow) -> str:
    due = f" due {row.deadline_to}" if row.deadline_to else ""
    gone = ", not found in the letter" if row.orphan else ""
    kind = f"{row.kind}, " if row.kind else ""
    return f"[{kind}{row.status}{due}{gone}]"


def format_row(number: int, row: CommitmentRow) -> str:
    """One line of the listing: ``LETTER #N [kind, status due DATE] text``."""
    return f"{row.letter_id} #{number} {_status(row)} {_one_line(row.commitment.text)}"


def format_rows(numbered: list[tuple[int, CommitmentRow]]) -> list[str]:
    """The listing: like :func:`format_row`, with the letter, #N and status in columns."""
    cells = [(f"{row.letter_id} ", f"#{number}", _status(row), _one_line(row.commitment.text))
             for number, row in numbered]
    widths = [width(c[i] for c in cells) for i in range(3)]
    return [f"{letter:<{widths[0]}}{number:<{widths[1]}} {status:<{widths[2]}} {text}"
            for letter, number, status, text in cells]


def cmd_commitments(args, ctx) -> int:
    library = ctx.library()
    library.redetect()  # letters detected by an older detector version are brought up to date
    numbered = numbered_rows(library, args.letter)
    numbers = {row_key(row): n for n, row in numbered}
    rows = filter_rows(
        (row for _, row in numbered), kind=args.kind, status="open" if args.open else None,
        due_before=_check_date(args.due_before), dossier=args.dossier, actor=args.actor,
        overdue_on=date.today() if args.overdue else None,
    )
    lineage = _lineage(library, rows) if (args.json or args.csv or args.ics) else {}
    if args.out is not None:
        return _write_file(args, ctx, rows, numbers, lineage)
    if args.json:
        data = [_json_row(r, numbers, lineage) for r in rows]
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
    elif args.csv:
        _print_csv(rows, ctx.out, delimiter_of(args.delimiter), lineage)
    elif args.ics:
        from desktop_app.export.ical import commitments_ics
        from desktop_app.export.spreadsheet import letter_metadata

        ctx.out.write(commitments_ics(rows, letter_metadata(library), lineage=lineage))
    else:
        for line in format_rows([(numbers[row_key(r)], r) for r in rows]):
            print(line, file=ctx.out)
        print(plural(len(rows), "commitment"), file=ctx.out)
    return 0


def _lineage(library, rows: list[CommitmentRow]) -> dict[tuple, Any]:
    """Per row its lineage (status with lineage, the letter that fulfils it, earlier due
    dates): what the files carry (``LineageService.row_lineage``)."""
    from desktop_app.lineage.service import service_for

    return service_for(library).row_lineage(rows)


def _json_row(row: CommitmentRow, numbers: dict[tuple, int], lineage: dict[tuple, Any]
              ) -> dict[str, Any]:
    """A row as JSON: ``status`` as reviewed; ``lineage_status`` (open, done, fulfilled,
    postponed, rejected), ``fulfilled_by`` and ``earlier_due`` from the lineage links."""
    data = {**row.to_dict(), "number": numbers[row_key(row)]}
    found = lineage.get(row.identity())
    if found is not None:
        data.update(lineage_status=found.status, fulfilled_by=found.fulfilled_by,
                    current_due=row.due, earlier_due=list(found.due_history))
    return data


def _print_csv(rows, out, delimiter: str, lineage: dict[tuple, Any] | None = None) -> None:
    """The machine-readable CSV of scripts: English field names, ISO dates. ``status`` is
    as reviewed; ``lineage_status`` adds fulfilled and postponed (lineage links)."""
    fields = ["letter_id", "letter_date", "kind", "actor", "deadline_text", "deadline_from",
              "deadline_to", "status", "lineage_status", "fulfilled_by", "current_due",
              "text"]
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(fields)
    for r in rows:
        found = (lineage or {}).get(r.identity())
        writer.writerow([r.letter_id, r.letter_date, r.kind, r.commitment.actor,
                         r.commitment.deadline_text, r.deadline_from, r.deadline_to,
                         r.status, found.status if found else r.status,
                         (found.fulfilled_by if found else None) or "", r.due or "",
                         r.commitment.text])


def _write_file(args, ctx, rows, numbers: dict[tuple, int],
                lineage: dict[tuple, Any]) -> int:
    """--out FILE: the Excel CSV, the calendar, or JSON, written atomically."""
    from desktop_app.export.ical import dated_count, write_commitments_ics
    from desktop_app.export.spreadsheet import letter_metadata, write_commitments_csv

    if args.ics:
        write_commitments_ics(rows, letter_metadata(ctx.library()), args.out, lineage=lineage)
        what = f"{plural(dated_count(rows), 'dated commitment')} as calendar events"
    elif args.csv:
        write_commitments_csv(rows, letter_metadata(ctx.library()), args.out,
                              delimiter_of(args.delimiter), lineage)
        what = f"{plural(len(rows), 'commitment')} as CSV"
    elif args.json:
        data = [_json_row(r, numbers, lineage) for r in rows]
        text = json.dumps(data, ensure_ascii=False, indent=2)
        atomic.write_text(args.out, text + "\n")
        what = f"{plural(len(rows), 'commitment')} as JSON"
    else:
        raise UserError("With --out, choose the file type: --csv, --ics or --json.")
    print(f"wrote {args.out}: {what}", file=ctx.out)
    return 0
