"""``export``: a course pack from a collection or a tag as DOCX, PDF, HTML or Markdown, or
the same annotations as a REFI-QDA project (.qdpx) for QDA tools."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.commands.wording import plural
from desktop_app.errors import UserError
from desktop_app.export import PACK_FORMATS, export_pack, format_for
from desktop_app.export.qdpx import FORMAT as QDPX
from desktop_app.export.qdpx import SUFFIX as QDPX_SUFFIX

FORMATS = (*PACK_FORMATS, QDPX)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "export", help="export a course pack or a QDA project (qdpx)",
        description="Write a course pack: a title page, the introduction, and per passage the "
        "quoted text, the note, the tags and the source (Kamerstuk, date, signatory, "
        "paragraph). Or, with --format qdpx, a REFI-QDA project for QualCoder, ATLAS.ti, "
        "NVivo or MAXQDA: the letters as sources, tags and colours as codes, annotations as "
        "codings, notes as memos. The file is replaced only when it is complete.",
        epilog="examples:\n"
        "  desktop-app export --collection 'IND-cursus' --out pakket.docx\n"
        "  desktop-app export --tag thema/asiel --title 'Asiel' --out asiel.pdf\n"
        "  desktop-app export --tag thema/asiel --out asiel.qdpx")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--collection", metavar="TITLE_OR_ID",
                        help="a collection's title or id")
    source.add_argument("--tag", metavar="TAG", help="every annotation with this tag")
    p.add_argument("--format", choices=FORMATS,
                   help="the file format (default: from the --out suffix)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="the file to write (.docx, .pdf, .html, .md or .qdpx)")
    p.add_argument("--no-notes", action="store_true", help="leave out personal notes")
    p.add_argument("--title", metavar="TEXT",
                   help="the pack's or project's title (default: from the collection or tag)")
    p.set_defaults(func=cmd_export)


def _format(args) -> str:
    if args.out.is_dir():
        raise UserError(f"Cannot write {args.out}: it is a folder. Give a file name, e.g. "
                        f"--out {args.out / 'pakket.docx'}.")
    fmt = args.format or format_for(args.out)
    if fmt is None and args.out.suffix.lower() == QDPX_SUFFIX:
        fmt = QDPX
    if fmt is None:
        raise UserError(f"Cannot tell the format from '{args.out.name}'. Add --format "
                        f"({'|'.join(FORMATS)}) or use a .docx/.pdf/.html/.md/.qdpx name.")
    return fmt


def cmd_export(args, ctx) -> int:
    from desktop_app.export.pack import pack_from_collection, pack_from_tag

    fmt = _format(args)
    library = ctx.library()
    if fmt == QDPX:
        return _export_qdpx(args, ctx, library)
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


def _export_qdpx(args, ctx, library) -> int:
    from desktop_app.export.qdpx import annotations_for, write_qdpx

    source, value = ("collection", args.collection) if args.collection is not None \
        else ("tag", args.tag)
    title, annotations = annotations_for(library, source, value)
    if args.no_notes:
        annotations = [replace(a, note="") for a in annotations]
    done = write_qdpx(library, annotations, args.out, title=args.title or title)
    notes = "without notes" if args.no_notes else plural(done.notes, "note", "notes")
    print(f"wrote {done.path} (qdpx: {plural(done.annotations, 'coded passage', 'coded passages')}"
          f" from {plural(done.letters, 'letter', 'letters')}, "
          f"{plural(done.codes, 'code', 'codes')}, {notes})", file=ctx.out)
    if done.left_out:
        print(f"left out {plural(len(done.left_out), 'annotation', 'annotations')} that "
              "could not be placed in their letter (orphaned, or the letter is gone): "
              f"{', '.join(done.left_out)}", file=ctx.out)
    return 0
