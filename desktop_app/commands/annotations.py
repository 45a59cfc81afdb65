"""Annotation commands: annotate, annotations, export/import, backup, check, restore."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop_app.anchoring import find_quote
from desktop_app.commands.wording import LETTER_ID_HELP, QUOTE_WIDTH, plural, shorten, table
from desktop_app.errors import UserError
from desktop_app.export import w3c
from desktop_app.store.annotations import restore_file
from desktop_app.store.limits import MAX_NOTE_CHARS


def add_parsers(subparsers: Any) -> None:
    """Register the annotation subcommands."""
    p = subparsers.add_parser(
        "annotate", help="annotate a passage of a letter",
        description="Highlight a passage of a letter, with an optional note, tags and colour; "
        "prints the new annotation's id.",
        epilog="examples:\n"
        "  desktop-app annotate kst-19637-2764 --quote 'doorlichting' --tag thema/asiel\n"
        "  desktop-app annotate kst-19637-2764 --quote 'de IND' --occurrence 2 \\\n"
        "      --color vraag --note 'Zie ook de **brief** van juli.'")
    p.add_argument("letter_id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.add_argument("--quote", required=True, metavar="TEXT",
                   help="the exact passage (whitespace may differ)")
    p.add_argument("--occurrence", type=int, metavar="N",
                   help="which occurrence when the quote repeats (1…)")
    p.add_argument("--note", default="", metavar="TEXT",
                   help=f"a note (Markdown, at most {MAX_NOTE_CHARS:,} characters)")
    p.add_argument("--tag", action="append", default=[], metavar="TAG",
                   help="a tag such as thema/asiel (repeat for more tags)")
    p.add_argument("--color", metavar="NAME",
                   help="a palette colour name, e.g. vraag (default: belangrijk)")
    p.set_defaults(func=annotate)
    p = subparsers.add_parser("annotations", help="list annotations",
                              description="List the annotations: id, letter, position, "
                              "colour, the passage and its tags.")
    p.add_argument("--letter", metavar="LETTER_ID", help="only this letter")
    p.add_argument("--tag", metavar="TAG", help="only this tag and its sub-tags")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=list_annotations)
    p = subparsers.add_parser(
        "export-annotations", help="export annotations to a file",
        description="Write annotations to a W3C Web Annotation (JSON-LD) file, to move them "
        "to another computer or share them; read it back with import-annotations.",
        epilog="example:\n  desktop-app export-annotations --tag thema --out aantekeningen.jsonld")
    p.add_argument("--format", choices=["w3c"], default="w3c",
                   help="the file format (default: w3c, the W3C Web Annotation format)")
    p.add_argument("--tag", metavar="TAG", help="only this tag and its sub-tags")
    p.add_argument("--letter", metavar="LETTER_ID", help="only this letter")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    p.set_defaults(func=export_annotations)
    p = subparsers.add_parser(
        "import-annotations", help="import a W3C annotation file",
        description="Read annotations from a file written by export-annotations (at most "
        f"{w3c.MAX_FILE_BYTES >> 20} MB), or a Hypothesis export or API search result. A "
        "malformed file imports nothing; an annotation that cannot be read is skipped and "
        "named with its reason (exit code 1). Annotations of letters not in the library are "
        "kept as pending and attach when the letter is imported. Of two versions of an "
        "annotation the newer one is kept.")
    p.add_argument("file", type=Path, metavar="FILE", help="a W3C annotation file")
    p.set_defaults(func=import_annotations)
    p = subparsers.add_parser("backup", help="back up the annotations now",
                              description="Write a backup of the annotations database now "
                              "and print where it is.")
    p.set_defaults(func=backup)
    p = subparsers.add_parser(
        "check", help="check the data folder's databases for damage",
        description="Run SQLite's integrity check on the library and annotations databases "
        "now (otherwise it runs only when a database may have been damaged: after a crash, "
        "a change behind the app's back or a failed write). A damaged library database is "
        "set aside and rebuilt from the original files (exit code 1); a damaged annotations "
        "database is reported with the latest backup to restore (exit code 2).")
    p.set_defaults(func=check)
    p = subparsers.add_parser(
        "restore", help="restore the annotations from a backup file",
        description="Replace the annotations with a backup (also when the current database "
        "is damaged); the current state is kept in a safety copy first.")
    p.add_argument("file", type=Path, metavar="FILE", help="a backup file, as backup printed it")
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
    rows = []
    for a in anns:
        mark = "" if a.status == "ok" else f" [{a.status}]"
        tags = f" #{' #'.join(a.tags)}" if a.tags else ""
        rows.append((a.id, a.letter_id, f"{a.start}-{a.end}", f"{a.color}{mark}",
                     f"“{shorten(a.quote, QUOTE_WIDTH)}”{tags}"))
    for line in table(rows):
        print(line, file=ctx.out)
    print(plural(len(anns), "annotation"), file=ctx.err)
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
    print(f"Exported {plural(count, 'annotation')} to {args.out}", file=ctx.out)
    return 0


def import_annotations(args: argparse.Namespace, ctx: Any) -> int:
    """``import-annotations FILE``: item by item; newer versions win; a malformed file
    imports nothing."""
    incoming = w3c.read_file(args.file)
    library = ctx.library()
    report, orphans = library.import_annotations(incoming)
    print(f"Imported {args.file}: {len(report.added)} added, {len(report.updated)} updated, "
          f"{len(report.unchanged)} already up to date", file=ctx.out)  # fmt: skip
    if orphans:
        said = ("1 imported annotation does not match its letter's text here; it is kept as "
                "an orphan" if len(orphans) == 1 else f"{len(orphans)} imported annotations do "
                "not match their letters' text here; they are kept as orphans")
        print(f"{said} (`annotations --json` lists them)", file=ctx.out)
    if report.pending:
        sources = {i.annotation.id: i.source for i in getattr(incoming, "items", ())}
        print(f"warning: {plural(len(report.pending), 'annotation')} of {args.file} "
              "concern letters not in the library; they are kept as pending and attach when "
              "the letter is imported:", file=ctx.err)
        for ann_id in report.pending:
            print(f"  {ann_id}: {sources.get(ann_id, '')}", file=ctx.err)
    if report.rejected:
        print(f"{plural(len(report.rejected), 'annotation')} of {args.file} not imported "
              "(the others were):", file=ctx.err)
        for ann_id, reason in report.rejected:
            print(f"  {ann_id}: {reason}", file=ctx.err)
        print("Correct them in the file and import it again.", file=ctx.err)
        return 1
    return 0


def backup(args: argparse.Namespace, ctx: Any) -> int:
    """``backup``: write a backup now and print its path."""
    path = ctx.library().annotations.backup()
    print(f"Backed up the annotations to {path}", file=ctx.out)
    return 0


def check(args: argparse.Namespace, ctx: Any) -> int:
    """``check``: the integrity check of both databases now; damage is handled as on any
    opening (library.db set aside and rebuilt; annotations.db: the backup to restore)."""
    library = ctx.library(check=True)  # a damaged annotations.db raises AnnotationsDamaged
    letters_db = library.data_dir / "library.db"
    code = 0
    if library.damaged_library is not None:
        print(f"{letters_db}: damaged; set aside as {library.damaged_library} and rebuilt "
              "from the original files", file=ctx.out)
        code = 1
    else:
        print(f"{letters_db}: ok", file=ctx.out)
    print(f"{library.data_dir / 'annotations.db'}: ok", file=ctx.out)
    return code


def restore(args: argparse.Namespace, ctx: Any) -> int:
    """``restore FILE``: works even when the current annotations database is damaged."""
    data_dir = getattr(ctx, "data_dir", None)
    if data_dir is not None:
        safety = restore_file(Path(data_dir) / "annotations.db", args.file)
    else:
        store = ctx.library().annotations
        safety = store.restore(args.file)
    kept = (f"the previous state was kept as {safety}" if safety is not None
            else "there was no previous annotations database to keep")
    print(f"Restored the annotations from {args.file}; {kept}", file=ctx.out)
    return 0
