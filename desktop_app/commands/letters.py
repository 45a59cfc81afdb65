"""Letters: import, list, show, inspect, delete, edit details."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.commands.wording import (
    LETTER_ID_HELP,
    count_cells,
    date_cell,
    file_types,
    joined_paths,
    plural,
    table,
    title_text,
)
from desktop_app.errors import IngestError, UserError
from desktop_app.model import Letter
from desktop_app.store.letter_edits import EDITABLE_FIELDS


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "import", help="import letter files and folders into the library",
        description="Import files and folders (recursively). Supported: .txt, .md, .html, "
        ".xml, .pdf; other files in a folder are skipped and listed. A file that cannot be "
        "read is reported and the others are still imported; the exit code is 1 if any "
        "failed or a folder held no letters.",
        epilog="examples:\n"
        "  desktop-app import ~/Downloads/brieven\n"
        "  desktop-app import brief.pdf kst-19637-2764.xml")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a letter file or a folder of them")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("letters", help="list the letters in the library",
                       description="List the letters, newest first: id, date, number of "
                       "commitments and subject.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("show", help="show one letter: metadata, text and commitments",
                       description="Print one letter: its metadata, its text and the "
                       "commitments found in it.",
                       epilog="example:\n  desktop-app show kst-19637-2764 --json")
    p.add_argument("id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("inspect", help="parse files without touching the library",
                       description="Parse letter files (folders: every letter file in them) "
                       "and print what was read as JSON; the library is not touched. The exit "
                       "code is 1 if any file could not be read.",
                       epilog="example:\n  desktop-app inspect brief.pdf ~/Downloads/brieven")
    p.add_argument("files", nargs="+", metavar="PATH", help="a letter file or a folder of them")
    p.add_argument("--json", action="store_true", help="print JSON (the default)")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("delete", help="remove a letter (its annotations are kept)",
                       description="Remove a letter from the library. Its annotations are "
                       "kept and show again when the same letter is imported again.")
    p.add_argument("id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser(
        "letter-original", help="print the path(s) of a letter's kept original file(s)",
        description="Print where the copies of the files a letter was imported from are "
        "kept (one a line, the best-ranked format first: XML, HTML, markdown, text, PDF). "
        "A letter imported in several formats has one per format. The exit code is 1 when "
        "the letter has none (the copy was removed).",
        epilog="examples:\n"
        "  desktop-app letter-original kst-19637-2764\n"
        "  xdg-open \"$(desktop-app letter-original kst-19637-2764 --format pdf)\"")
    p.add_argument("id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.add_argument("--format", choices=["xml", "html", "markdown", "text", "pdf"],
                   help="only the original of this format")
    p.add_argument("--json", action="store_true", help="print JSON: format and path of each")
    p.set_defaults(func=cmd_letter_original)
    _add_edit_parser(sub)


# option name -> metadata field of `letter-edit`
EDIT_OPTIONS = {name.replace("_", "-"): name for name in EDITABLE_FIELDS}


def _add_edit_parser(sub: Any) -> None:
    p = sub.add_parser(
        "letter-edit", help="correct a letter's title, date and other details",
        description="Correct details the letter states about itself wrongly or vaguely "
        "(several letters of one dossier share its title). The corrections are your data: "
        "they are kept with the annotations and survive a re-import of the letter. An empty "
        "value (--title '') or --reset FIELD brings back what the letter says; `desktop-app "
        "undo` undoes an edit. Without options the letter's details are shown, corrected ones "
        "marked.",
        epilog="examples:\n"
        "  desktop-app letter-edit kst-19637-2764 --title 'Doorlichting asielketen'\n"
        "  desktop-app letter-edit kst-19637-2764 --date 2021-07-13 --reference 3370303\n"
        "  desktop-app letter-edit kst-19637-2764 --reset title --reset date")
    p.add_argument("id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    for option, name in EDIT_OPTIONS.items():
        hint = " (YYYY-MM-DD)" if name == "date" else ""
        p.add_argument(f"--{option}", dest=f"edit_{name}", metavar="TEXT",
                       help=f"the letter's {option.replace('-', ' ')}{hint}")
    p.add_argument("--reset", action="append", default=[], metavar="FIELD",
                   choices=[*EDIT_OPTIONS, "all"],
                   help="show what the letter says again for FIELD (repeatable; all: every "
                   "field)")
    p.add_argument("--author", help="who made the correction (default: your user name)")
    p.add_argument("--json", action="store_true", help="print the details as JSON")
    p.set_defaults(func=cmd_letter_edit)


def _progress_printer(err, verb: str = "importing"):
    interactive = err.isatty() if hasattr(err, "isatty") else False

    def progress(done: int, total: int) -> None:
        if total and (interactive or done == total or done % 100 == 0):
            end = "\n" if done == total else ("\r" if interactive else "\n")
            print(f"{verb} {done}/{total}", end=end, file=err, flush=True)

    return progress


def rebuild_progress(err):
    """Progress lines while library.db is rebuilt from the kept originals."""
    return _progress_printer(err, "rebuilding")


def skipped_text(skipped: list[str]) -> str:
    """The files a folder import left out, and what to do (the window says the same)."""
    types = ", ".join(t or "no extension" for t in file_types(skipped))
    return (f"{plural(len(skipped), 'file')} skipped ({types}): this app reads only .txt, "
            ".md, .html, .xml and .pdf files. Save letters in other formats as PDF or HTML "
            f"first. Skipped: {joined_paths(skipped)}")


EMPTY_FOLDER = ("there are no letter files (.txt, .md, .html, .xml, .pdf) in this folder. "
                "Choose the folder that holds the letters.")


def cmd_import(args, ctx) -> int:
    library = ctx.library()
    report = library.import_paths(args.paths, progress=_progress_printer(ctx.err))
    for error in report.errors:
        print(f"error: {error}", file=ctx.err)
    for folder in report.empty_folders:
        print(f"error: {folder}: {EMPTY_FOLDER}", file=ctx.err)
    if report.skipped:
        print(f"warning: {skipped_text(report.skipped)}", file=ctx.err)
    for kept in report.kept_apart:
        print(f"warning: {kept.message()}", file=ctx.err)
    for merged in report.merged:
        print(merged.message(), file=ctx.out)
    if report.index_error is not None:
        print(f"warning: {report.index_error}", file=ctx.err)
    apart = f" ({len(report.kept_apart)} as separate letters)" if report.kept_apart else ""
    print(f"{len(report.added)} added{apart}, {len(report.updated)} updated, "
          f"{len(report.unchanged)} unchanged, {len(report.errors)} failed", file=ctx.out)
    if report.attached:
        print(f"{plural(len(report.attached), 'imported annotation')} that waited for "
              "these letters attached", file=ctx.out)
    if report.pending:
        print(f"warning: {plural(report.pending, 'imported annotation')} still wait for "
              "letters not in the library (import those letters to attach them)", file=ctx.err)
    return 1 if report.errors or report.empty_folders else 0


def cmd_letters(args, ctx) -> int:
    rows = ctx.library().summaries()
    if args.json:
        data = [{"id": r.id, "metadata": r.metadata.to_dict(), "source": r.source,
                 "commitments": r.commitment_count, "annotations": r.annotation_count}
                for r in rows]
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
        return 0
    if not rows:
        print("The library is empty. Import letters with: desktop-app import PATH", file=ctx.out)
        return 0
    counts = count_cells([r.commitment_count for r in rows], "commitment")
    for line in table([(r.id, date_cell(r.metadata.date), count,
                        title_text(r.metadata.subject, r.metadata.title))
                       for r, count in zip(rows, counts, strict=True)]):
        print(line, file=ctx.out)
    print(plural(len(rows), "letter"), file=ctx.out)
    return 0


def _print_letter(letter: Letter, out) -> None:
    md = letter.metadata
    for key, value in md.to_dict().items():
        if value:
            print(f"{key:>15}: {value}", file=out)
    print(file=out)
    print(letter.text, file=out)
    if letter.commitments:
        print(f"\n{plural(len(letter.commitments), 'commitment')}:", file=out)
        for c in letter.commitments:
            due = f" [{c.deadline_text}]" if c.deadline_text else ""
            print(f"  - {c.kind}{due}: {c.text}", file=out)


def cmd_show(args, ctx) -> int:
    library = ctx.library()
    library.redetect(only=[args.id])
    letter = library.letter(args.id)
    if args.json:
        json.dump(letter.to_dict(), ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
    else:
        _print_letter(letter, ctx.out)
    return 0


def _inspect_one(path: Path, source: str) -> dict:
    from desktop_app.ingest import display_path, read_failed, read_file
    from desktop_app.library import parsed_to_letter

    source = display_path(source)
    try:
        item = parsed_to_letter(read_file(path)).to_dict()
    except IngestError as exc:
        return {"source": source, "error": exc.problem}
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the others
        return {"source": source, "error": read_failed(source, exc).problem}
    item["source"] = source
    return item


def cmd_inspect(args, ctx) -> int:
    from desktop_app.ingest import display_path
    from desktop_app.library import expand_paths

    results = []
    for raw in args.files:
        path = Path(raw)
        if path.is_dir():
            files = expand_paths([path])
            if not files:
                results.append({"source": display_path(raw), "error": EMPTY_FOLDER})
            results.extend(_inspect_one(f, str(f)) for f in files)
        else:
            results.append(_inspect_one(path, raw))
    json.dump(results, ctx.out, ensure_ascii=False, indent=2)
    print(file=ctx.out)
    failed = [r for r in results if "error" in r]
    for item in failed:  # also for a person reading the terminal, not only the JSON
        print(f"error: {item['source']}: {item['error']}", file=ctx.err)
    return 1 if failed else 0


def cmd_delete(args, ctx) -> int:
    ctx.library().delete(args.id)
    print(f"deleted {args.id}", file=ctx.out)
    return 0


def cmd_letter_original(args, ctx) -> int:
    from desktop_app.originals import file_kind

    library = ctx.library()
    library.letter(args.id)  # an unknown letter: NotFound, worded for the command line
    paths = [p for p in library.originals_of(args.id)
             if args.format is None or file_kind(p) == args.format]
    if args.json:
        json.dump([{"format": file_kind(p), "path": str(p)} for p in paths], ctx.out,
                  ensure_ascii=False, indent=2)
        print(file=ctx.out)
    for path in [] if args.json else paths:
        print(path, file=ctx.out)
    if not paths:
        why = (f"it was not imported from a {args.format} file, or that copy was removed"
               if args.format else "its copy was removed from the data folder's originals/")
        print(f"error: the letter {args.id} has no kept {args.format or ''} original file "
              f"({why}). Import the file again to keep a copy.".replace("  ", " "),
              file=ctx.err)
        return 1
    return 0


def _edit_changes(args) -> dict[str, str | None]:
    """The fields ``letter-edit`` changes: values given, and None for each reset."""
    changes = {name: getattr(args, f"edit_{name}") for name in EDITABLE_FIELDS
               if getattr(args, f"edit_{name}") is not None}
    resets = list(EDITABLE_FIELDS) if "all" in args.reset else \
        [EDIT_OPTIONS[option] for option in args.reset]
    both = [name for name in resets if name in changes]
    if both:
        option = both[0].replace("_", "-")
        raise UserError(f"--{option} and --reset {option} contradict each other: give a new "
                        "value or reset the field, not both.")
    changes.update(dict.fromkeys(resets))
    return changes


def cmd_letter_edit(args, ctx) -> int:
    library = ctx.library()
    changes = _edit_changes(args)
    if changes:
        library.edit_letter(args.id, changes, author=args.author)
    shown = library.letter(args.id).metadata.to_dict()
    parsed = library.parsed_metadata(args.id).to_dict()
    edit = library.annotations.letter_edit(args.id)
    edited = edit.fields if edit else {}
    if args.json:
        json.dump({"id": args.id, "metadata": shown, "parsed": parsed,
                   "edited": sorted(edited)}, ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
        return 0
    for name in EDITABLE_FIELDS:
        if name in edited:
            was = f"(edited; the letter says: {parsed[name]})" if parsed[name] else \
                "(edited; the letter does not say)"
            print(f"{name:>15}: {shown[name]}  {was}", file=ctx.out)
        elif shown[name]:
            print(f"{name:>15}: {shown[name]}", file=ctx.out)
    if changes:
        what = plural(len(edited), "edited detail") if edited else "no corrections left"
        print(f"saved: {what} (undo with `desktop-app undo`)", file=ctx.out)
    return 0
