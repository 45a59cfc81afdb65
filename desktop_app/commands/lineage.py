"""Commitment lineage: ``lineage``, ``link`` and ``unlink`` (issue 20).

``lineage`` lists, per commitment, the later letters people linked to it (confirmed or
rejected) and the links the linker proposes, each with its kind, score and reasons.
``link LETTER_ID N LATER_ID`` confirms that a sentence of a later letter fulfils, postpones,
repeats or changes commitment ``#N`` (numbered as ``commitments --letter`` numbers them);
``--reject`` says a proposal is wrong, so it is not proposed again. ``unlink LINK_ID``
removes a link. Every change is one step for ``desktop-app undo``.
"""

from __future__ import annotations

import json
from typing import Any

from desktop_app.commands.wording import LETTER_ID_HELP, plural, shorten
from desktop_app.errors import UserError
from desktop_app.lineage.linker import KINDS
from desktop_app.lineage.service import CommitmentLineage, LetterLineage, service_for

SENTENCE_WIDTH = 70

LINEAGE_EXAMPLES = """\
examples:
  desktop-app lineage --letter kst-31016-58
  desktop-app lineage --json > lijnen.json

Per commitment (#N as `desktop-app commitments` numbers it): the later letters
linked to it and the proposed links with their reasons. Confirm one with
`desktop-app link LETTER_ID N LATER_ID`.
"""

LINK_EXAMPLES = """\
examples:
  desktop-app link kst-31016-58 1 kst-31016-65
  desktop-app link kst-31016-58 1 kst-31016-61 --kind postpones --due 2020-03-01
  desktop-app link kst-31016-58 1 kst-31016-65 --sentence 'Hierbij informeer'
  desktop-app link kst-31016-58 2 kst-31016-70 --reject

Without --sentence or --start/--end the linker's best sentence of LATER_ID is
used. A confirmed "fulfils" marks the commitment done; "postpones" makes the new
due date its deadline (the old one is kept). Undo with `desktop-app undo`.
"""


def add_parsers(sub: Any) -> None:
    """Register ``lineage``, ``link`` and ``unlink``."""
    p = sub.add_parser(
        "lineage", help="which later letters fulfil, postpone or repeat commitments",
        description="List per commitment its links to later letters (confirmed or rejected) "
        "and the links the linker proposes, with kind, score and reasons. Without --letter: "
        "every commitment that has links or proposals.",
        epilog=LINEAGE_EXAMPLES)
    p.add_argument("--letter", metavar="LETTER_ID", help="only this letter's commitments, "
                   "and the links and proposals pointing at it")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_lineage)

    p = sub.add_parser(
        "link", help="link a commitment to a later letter (or reject a proposal)",
        description="Confirm that a sentence of a later letter fulfils, postpones, repeats or "
        "changes commitment #N of a letter; with --reject, that it does not (the proposal "
        "is not made again).",
        epilog=LINK_EXAMPLES)
    p.add_argument("letter_id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.add_argument("number", metavar="N", type=int, help="the commitment's number (#N)")
    p.add_argument("later_id", metavar="LATER_ID", help="the later letter's id")
    p.add_argument("--kind", choices=KINDS, help="the kind of link (default: the linker's)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--sentence", metavar="TEXT",
                       help="the later letter's sentence (spacing may differ)")
    where.add_argument("--start", type=int, metavar="S",
                       help="the sentence's first character in the later letter (with --end)")
    p.add_argument("--end", type=int, metavar="E", help="the character after the sentence")
    p.add_argument("--due", metavar="YYYY-MM-DD",
                   help="a postponement's new due date (default: read from the sentence)")
    p.add_argument("--note", default="", metavar="TEXT", help="a note on the link")
    p.add_argument("--reject", action="store_true",
                   help="the proposed link is wrong: record that, confirm nothing")
    p.set_defaults(func=cmd_link)

    p = sub.add_parser(
        "unlink", help="remove a link between a commitment and a later letter",
        description="Remove a confirmed or rejected link (its id as `desktop-app lineage` "
        "shows it). A commitment a removed link marked done is open again; a postponement's "
        "due date goes back. Undo with `desktop-app undo`.")
    p.add_argument("link_id", metavar="LINK_ID", help="the link's id")
    p.set_defaults(func=cmd_unlink)


def _interesting(c: CommitmentLineage) -> bool:
    return bool(c.links or c.proposals)


def cmd_lineage(args, ctx) -> int:
    library = ctx.library()
    service = service_for(library)
    if args.letter:
        library.letter(args.letter)  # a clear error for an unknown letter
        library.redetect(only=[args.letter])  # number as `commitments` does
        result = [service.lineage(args.letter)]
    else:
        library.redetect()
        ids = dict.fromkeys(row.letter_id for row in library.commitment_rows())
        result = []
        for lid in ids:
            found = service.lineage(lid, incoming=False)
            shown = tuple(c for c in found.commitments if _interesting(c))
            if shown or found.orphan_links:
                result.append(LetterLineage(lid, shown, found.orphan_links, ()))
    if args.json:
        data = result[0].to_dict() if args.letter else [r.to_dict() for r in result]
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
        return 0
    for lineage in result:
        for line in _letter_lines(lineage, everything=bool(args.letter)):
            print(line, file=ctx.out)
    if not args.letter:
        count = sum(len(r.commitments) for r in result)
        print(f"{plural(count, 'commitment')} with links or proposals", file=ctx.out)
    return 0


def _letter_lines(lineage: LetterLineage, *, everything: bool) -> list[str]:
    lines = []
    for c in lineage.commitments:
        if not everything and not _interesting(c):
            continue
        due = f" due {c.due}" if c.due else ""
        earlier = f", earlier due {', '.join(c.due_history)}" if c.due_history else ""
        by = f" by {c.fulfilled_by}" if c.fulfilled_by else ""
        lines.append(f"{lineage.letter_id} #{c.number} [{c.row.kind}, {c.status}{by}{due}"
                     f"{earlier}] {shorten(c.row.commitment.text, SENTENCE_WIDTH)}")
        for placed in c.links:
            lines += _link_lines(placed)
        for p in c.proposals:
            ref = p.reference
            new = f", new due {p.new_due}" if p.new_due else ""
            # likely: direct evidence (the letter named, its words said again); possible:
            # only ranked (as the window says "Likely …" and "Possibly …")
            likely = "likely" if p.direct else "possible"
            lines.append(f"  proposed ({likely}): {p.kind} -> {ref.letter_id} (score "
                         f"{p.score:g}{new}): {shorten(ref.text, SENTENCE_WIDTH)}")
            lines.append(f"    why: {'; '.join(p.reasons)}")
        if not c.links and not c.proposals:
            lines.append("  no links or proposals")
    for placed in lineage.orphan_links:
        lines.append(f"{lineage.letter_id} (commitment no longer detected: "
                     f"{shorten(placed.link.promise_quote, SENTENCE_WIDTH)})")
        lines += _link_lines(placed)
    for incoming in lineage.incoming:
        source = f"{incoming.promise_letter_id}: {shorten(incoming.promise_text, 50)}"
        if incoming.link is not None:
            link = incoming.link.link
            lines.append(f"<- {link.kind} ({link.state}, link {link.id}) {source}")
        elif incoming.proposal is not None:
            p = incoming.proposal
            likely = "likely" if p.direct else "possible"
            lines.append(f"<- proposed ({likely}) {p.kind} (score {p.score:g}) {source}")
    return lines


def _link_lines(placed) -> list[str]:
    link = placed.link
    due = f", new due {link.new_due}" if link.new_due else ""
    gone = "" if placed.found else ", sentence not found"
    return [f"  {link.state}: {link.kind} -> {link.later_letter_id} ({'link ' + link.id}"
            f"{due}{gone}): {shorten(link.later_quote, SENTENCE_WIDTH)}"]


def cmd_link(args, ctx) -> int:
    from datetime import date

    library = ctx.library()
    library.letter(args.letter_id)
    library.redetect(only=[args.letter_id])
    span = None
    if args.start is not None or args.end is not None:
        if args.start is None or args.end is None:
            raise UserError("Give both --start and --end (or --sentence TEXT).")
        span = (args.start, args.end)
    due = None
    if args.due is not None:
        try:
            due = date.fromisoformat(args.due.strip()).isoformat()
        except ValueError as exc:
            raise UserError(f"--due needs a date like 2025-12-31, not '{args.due}'.") from exc
    service = service_for(library)
    link = service.link(args.letter_id, args.number, args.later_id, kind=args.kind,
                        sentence=args.sentence, span=span, due=due, note=args.note,
                        reject=args.reject)
    verb = "rejected" if link.state == "rejected" else "linked"
    new = f" (new due {link.new_due})" if link.new_due else ""
    print(f"{verb}: {args.letter_id} #{args.number} {link.kind} -> {link.later_letter_id}"
          f"{new}: {shorten(link.later_quote, SENTENCE_WIDTH)}", file=ctx.out)
    print(f"link {link.id}; undo with: desktop-app undo", file=ctx.out)
    return 0


def cmd_unlink(args, ctx) -> int:
    link = service_for(ctx.library()).unlink(args.link_id)
    print(f"unlinked: {link.letter_id} {link.kind} -> {link.later_letter_id} "
          f"({link.state}); undo with: desktop-app undo", file=ctx.out)
    return 0
