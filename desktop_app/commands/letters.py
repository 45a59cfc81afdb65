"""Letters: import, list, show, inspect, delete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.errors import IngestError
from desktop_app.model import Letter


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("import", help="import letter files and folders into the library",
                       description="Import files and folders (recursively). Supported: .txt, "
                       ".md, .html, .xml, .pdf. A file that cannot be read is reported and "
                       "the others are still imported; the exit code is 1 if any failed.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("letters", help="list the letters in the library")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_letters)

    p = sub.add_parser("show", help="show one letter: metadata, text and commitments")
    p.add_argument("id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("inspect", help="parse files without touching the library",
                       description="Parse letter files (folders: every letter file in them) "
                       "and print what was read as JSON; the library is not touched. The exit "
                       "code is 1 if any file could not be read.")
    p.add_argument("files", nargs="+", metavar="PATH")
    p.add_argument("--json", action="store_true", help="print JSON (the default)")
    p.set_defaults(func=cmd_inspect)

    p = sub.add_parser("delete", help="remove a letter from the library (annotations are kept)")
    p.add_argument("id")
    p.set_defaults(func=cmd_delete)


def _progress_printer(err):
    interactive = err.isatty() if hasattr(err, "isatty") else False

    def progress(done: int, total: int) -> None:
        if total and (interactive or done == total or done % 100 == 0):
            end = "\n" if done == total else ("\r" if interactive else "\n")
            print(f"importing {done}/{total}", end=end, file=err, flush=True)

    return progress


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
        shown = ", ".join(report.skipped[:5]) + (" …" if len(report.skipped) > 5 else "")
        print(f"skipped {len(report.skipped)} file(s) that are not letters (.txt, .md, .html, "
              f".xml, .pdf): {shown}", file=ctx.err)
    print(f"{len(report.added)} added, {len(report.updated)} updated, "
          f"{len(report.unchanged)} unchanged, {len(report.errors)} failed", file=ctx.out)
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
    for r in rows:
        md = r.metadata
        label = md.subject or md.title or "(no subject)"
        print(f"{r.id:<22} {md.date or '----------'}  {r.commitment_count:>3} commitments  "
              f"{label[:70]}", file=ctx.out)
    print(f"{len(rows)} letters", file=ctx.out)
    return 0


def _print_letter(letter: Letter, out) -> None:
    md = letter.metadata
    for key, value in md.to_dict().items():
        if value:
            print(f"{key:>15}: {value}", file=out)
    print(file=out)
    print(letter.text, file=out)
    if letter.commitments:
        print(f"\n{len(letter.commitments)} commitments:", file=out)
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
    from desktop_app.ingest import read_file
    from desktop_app.library import parsed_to_letter

    try:
        item = parsed_to_letter(read_file(path)).to_dict()
    except IngestError as exc:
        return {"source": source, "error": exc.problem}
    item["source"] = source
    return item


def cmd_inspect(args, ctx) -> int:
    from desktop_app.library import expand_paths

    results = []
    for raw in args.files:
        path = Path(raw)
        if path.is_dir():
            files = expand_paths([path])
            if not files:
                results.append({"source": raw, "error": EMPTY_FOLDER})
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
