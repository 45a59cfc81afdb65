"""``export``: a course pack from a collection or a tag as DOCX, PDF, HTML or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.commands.wording import plural
from desktop_app.errors import UserError
from desktop_app.export import PACK_FORMATS, export_pack, format_for


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="export a course pack as docx, pdf, html or md",
        description="Write a course pack: a title page, the introduction, and per passage the "
        "quoted text, the note, the tags and the source (Kamerstuk, date, signatory, "
        "paragraph). The file is replaced only when it is complete.",
        epilog="examples:\n"
        "  desktop-app export --collection 'IND-cursus' --out pakket.docx\n"
        "  desktop-app export --tag thema/asiel --title 'Asiel' --out asiel.pdf")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--collection", metavar="TITLE_OR_ID",
                        help="a collection's title or id")
    source.add_argument("--tag", metavar="TAG", help="every annotation with this tag")
    p.add_argument("--format", choices=PACK_FORMATS,
                   help="the file format (default: from the --out suffix)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="the file to write (.docx, .pdf, .html or .md)")
    p.add_argument("--no-notes", action="store_true", help="leave out personal notes")
    p.add_argument("--title", metavar="TEXT",
                   help="the pack's title (tag exports; default: from the tag)")
    p.set_defaults(func=cmd_export)


def _format(args) -> str:
    if args.out.is_dir():
        raise UserError(f"Cannot write {args.out}: it is a folder. Give a file name, e.g. "
                        f"--out {args.out / 'pakket.docx'}.")
    fmt = args.format or format_for(args.out)
    if fmt is None:
        raise UserError(f"Cannot tell the format from '{args.out.name}'. Add --format "
                        f"({'|'.join(PACK_FORMATS)}) or use a .docx/.pdf/.html/.md name.")
    return fmt


def cmd_export(args, ctx) -> int:
    from desktop_app.export.pack import pack_from_collection, pack_from_tag

    fmt = _format(args)
    library = ctx.library()
    if args.collection is not None:
        pack = pack_from_collection(library, args.collection)
    else:
        pack = pack_from_tag(library, args.tag, title=args.title)
    out = export_pack(pack, fmt, args.out, include_notes=not args.no_notes)
    summary = pack.summary()
    notes = "without notes" if args.no_notes else plural(summary["notes"], "note", "notes")
    print(f"wrote {out} ({fmt}: {plural(summary['passages'], 'passage', 'passages')} from "
          f"{plural(summary['letters'], 'letter', 'letters')}, {notes})", file=ctx.out)
    return 0
