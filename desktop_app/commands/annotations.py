"""Annotation commands: annotate, annotations, export/import, backup, restore."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_app.anchoring import find_quote
from desktop_app.errors import UserError
from desktop_app.export import w3c
from desktop_app.store.annotations import restore_file


def add_parsers(subparsers: Any) -> None:
    """Register the annotation subcommands."""
    p = subparsers.add_parser("annotate", help="annotate a passage of a letter")
    p.add_argument("letter_id")
    p.add_argument("--quote", required=True, help="the exact passage (whitespace may differ)")
    p.add_argument("--occurrence", type=int, help="which occurrence when the quote repeats (1…)")
    p.add_argument("--note", default="", help="a note (Markdown)")
    p.add_argument("--tag", action="append", default=[], help="a tag such as thema/asiel")
    p.add_argument("--color", help="a palette colour name, e.g. vraag")
    p.set_defaults(func=annotate)
    p = subparsers.add_parser("annotations", help="list annotations")
    p.add_argument("--letter", help="only this letter")
    p.add_argument("--tag", help="only this tag and its sub-tags")
    p.add_argument("--json", action="store_true", help="JSON output")
    p.set_defaults(func=list_annotations)
    p = subparsers.add_parser("export-annotations", help="export annotations to a file")
    p.add_argument("--format", choices=["w3c"], default="w3c")
    p.add_argument("--tag", help="only this tag and its sub-tags")
    p.add_argument("--letter", help="only this letter")
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=export_annotations)
    p = subparsers.add_parser("import-annotations", help="import a W3C annotation file")
    p.add_argument("file", type=Path)
    p.set_defaults(func=import_annotations)
    p = subparsers.add_parser("backup", help="back up the annotations now")
    p.set_defaults(func=backup)
    p = subparsers.add_parser("restore", help="restore the annotations from a backup file")
    p.add_argument("file", type=Path)
    p.set_defaults(func=restore)


def _pick_span(text: str, quote: str, occurrence: int | None) -> tuple[int, int]:
    """The span of the chosen occurrence of ``quote``; clear errors when absent or ambiguous."""
    if not quote.strip():
        raise UserError("--quote is empty. Give the passage to annotate, copied from the "
                        "letter (`desktop-app show LETTER_ID` prints its text).")
    spans = find_quote(text, quote)
    if not spans:
        raise UserError(f"The letter does not contain “{quote}”. Copy the passage exactly.")
    if occurrence is None:
        if len(spans) > 1:
            raise UserError(f"“{quote}” occurs {len(spans)} times; choose one with "
                            f"--occurrence 1…{len(spans)}.")  # fmt: skip
        return spans[0]
    if not 1 <= occurrence <= len(spans):
        raise UserError(f"--occurrence must be between 1 and {len(spans)}.")
    return spans[occurrence - 1]


def annotate(args: argparse.Namespace, ctx: Any) -> int:
    """``annotate ID --quote TEXT``: save an annotation and print its id."""
    library = ctx.library()
    letter = library.letter(args.letter_id)
    start, end = _pick_span(letter.text, args.quote, args.occurrence)
    ann = library.annotations.add(letter.id, letter.text, start, end, note=args.note,
                                  tags=args.tag, color=args.color)  # fmt: skip
    print(f"{ann.id}\t{ann.start}-{ann.end}\t{ann.quote}", file=ctx.out)
    return 0


def list_annotations(args: argparse.Namespace, ctx: Any) -> int:
    """``annotations``: a table, or JSON with ``--json``."""
    library = ctx.library()
    anns = library.annotations.annotations(letter_id=args.letter, tag=args.tag)
    if not anns and args.letter and library.letters.row(args.letter) is None:
        # annotations of a deleted letter are kept, so only say so when there are none
        raise UserError(f"There is no letter with id '{args.letter}' and no annotations of it. "
                        "List the letters with `desktop-app letters`.")
    if args.json:
        print(json.dumps([asdict(a) for a in anns], ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    for a in anns:
        quote = " ".join(a.quote.split())
        quote = quote if len(quote) <= 60 else quote[:59] + "…"
        mark = "" if a.status == "ok" else f" [{a.status}]"
        tags = f" #{' #'.join(a.tags)}" if a.tags else ""
        print(f"{a.id}  {a.letter_id}  {a.start}-{a.end}  {a.color}{mark}  “{quote}”{tags}",
              file=ctx.out)  # fmt: skip
    print(f"{len(anns)} annotations", file=ctx.err)
    return 0


def export_annotations(args: argparse.Namespace, ctx: Any) -> int:
    """``export-annotations --format w3c --out FILE``."""
    library = ctx.library()
    anns = library.annotations.annotations(letter_id=args.letter, tag=args.tag)
    if not anns:
        what = []
        if args.letter:
            known = library.letters.row(args.letter) is not None
            what.append(f"letter '{args.letter}'" + ("" if known else " (not in the library)"))
        if args.tag:
            what.append(f"tag '{args.tag}'")
        raise UserError("No annotations to export" + (f" for {' and '.join(what)}" if what
                        else "") + "; no file was written. List them with `annotations`.")
    count = w3c.write_file(anns, args.out)
    print(f"Exported {count} annotations to {args.out}", file=ctx.out)
    return 0


def import_annotations(args: argparse.Namespace, ctx: Any) -> int:
    """``import-annotations FILE``: all or nothing; newer versions win."""
    incoming = w3c.read_file(args.file)
    report, orphans = ctx.library().import_annotations(incoming)
    print(f"Imported {args.file}: {len(report.added)} added, {len(report.updated)} updated, "
          f"{len(report.unchanged)} already up to date", file=ctx.out)  # fmt: skip
    if orphans:
        print(f"{len(orphans)} imported annotation(s) do not match their letter's text here; "
              "they are kept as orphans (`annotations --json` lists them)", file=ctx.out)
    return 0


def backup(args: argparse.Namespace, ctx: Any) -> int:
    """``backup``: write a backup now and print its path."""
    path = ctx.library().annotations.backup()
    print(f"Backed up the annotations to {path}", file=ctx.out)
    return 0


def restore(args: argparse.Namespace, ctx: Any) -> int:
    """``restore FILE``: works even when the current annotations database is damaged."""
    data_dir = getattr(ctx, "data_dir", None)
    if data_dir is not None:
        safety = restore_file(Path(data_dir) / "annotations.db", args.file)
    else:
        store = ctx.library().annotations
        safety = store.restore(args.file)
    print(f"Restored the annotations from {args.file}; the previous state was kept "
          f"as {safety}", file=ctx.out)  # fmt: skip
    return 0
