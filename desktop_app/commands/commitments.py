"""``commitments``: list detected commitments across the library."""

from __future__ import annotations

import csv
import json
from datetime import date
from typing import Any

from desktop_app.errors import UserError
from desktop_app.model import COMMITMENT_KINDS


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "commitments", help="list the commitments of all letters",
        description="List detected commitments, with people's reviews applied.")
    p.add_argument("--kind", choices=COMMITMENT_KINDS)
    p.add_argument("--letter", metavar="ID", help="only this letter")
    p.add_argument("--open", action="store_true", help="only open ones (not done or rejected)")
    p.add_argument("--overdue", action="store_true", help="open and past their deadline")
    p.add_argument("--due-before", metavar="DATE", help="deadline before this ISO date")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--csv", action="store_true", help="print CSV")
    p.set_defaults(func=cmd_commitments)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UserError(f"--due-before needs a date like 2025-12-31, not '{value}'.") from exc


def cmd_commitments(args, ctx) -> int:
    library = ctx.library()
    library.redetect()  # letters detected by an older detector version are brought up to date
    rows = library.commitment_rows(
        kind=args.kind, letter=args.letter, status="open" if args.open else None,
        due_before=_check_date(args.due_before),
        overdue_on=date.today() if args.overdue else None,
    )
    if args.json:
        json.dump([r.to_dict() for r in rows], ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
    elif args.csv:
        fields = ["letter_id", "letter_date", "kind", "actor", "deadline_text", "deadline_from",
                  "deadline_to", "status", "text"]
        writer = csv.writer(ctx.out)
        writer.writerow(fields)
        for r in rows:
            writer.writerow([r.letter_id, r.letter_date, r.kind, r.commitment.actor,
                             r.commitment.deadline_text, r.deadline_from, r.deadline_to,
                             r.status, r.commitment.text])
    else:
        for r in rows:
            due = f" due {r.deadline_to}" if r.deadline_to else ""
            print(f"{r.letter_id} [{r.kind}, {r.status}{due}] {r.commitment.text}", file=ctx.out)
        print(f"{len(rows)} commitments", file=ctx.out)
    return 0
