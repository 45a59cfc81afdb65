"""Curation: collections (course packs), commitment reviews, and undo/redo of those changes.

``collections`` lists the collections; its subcommands create, fill, show, reorder, rename
and delete them (deleting keeps the annotations). ``review LETTER_ID N`` records a verdict
on commitment ``#N`` of a letter, numbered as ``commitments --letter LETTER_ID`` lists them.
``undo`` / ``redo`` step through the annotation store's history, which records every
annotation, collection and review change.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from typing import Any

from desktop_app.commands.wording import (
    COLLECTION_HELP,
    LETTER_ID_HELP,
    QUOTE_WIDTH,
    TITLE_WIDTH,
    plural,
    shorten,
    table,
    width,
)
from desktop_app.errors import NotFound, UserError
from desktop_app.model import COMMITMENT_KINDS, Collection

_NOT_GIVEN: Any = object()


def add_parsers(sub: Any) -> None:
    """Register ``collections`` (with its subcommands), ``review``, ``undo`` and ``redo``."""
    _add_collection_parsers(sub)

    p = sub.add_parser(
        "review", help="mark a commitment done, open, confirmed or rejected",
        description="Review commitment #N of a letter, numbered as `desktop-app commitments "
        "--letter LETTER_ID` lists them. Only the given fields change; undo with "
        "`desktop-app undo`.",
        epilog="examples:\n"
        "  desktop-app review kst-19637-2764 3 --done --note 'Brief van 1 maart'\n"
        "  desktop-app review kst-19637-2764 5 --reject\n"
        "  desktop-app review kst-19637-2764 2 --deadline 2026-06-30")
    p.add_argument("letter_id", metavar="LETTER_ID", help=LETTER_ID_HELP)
    p.add_argument("number", metavar="N", type=int, help="the commitment's number (#N)")
    verdict = p.add_mutually_exclusive_group()
    verdict.add_argument("--done", dest="action", action="store_const", const="done",
                         help="the commitment has been fulfilled")
    verdict.add_argument("--open", dest="action", action="store_const", const="open",
                         help="open again (also takes back a rejection)")
    verdict.add_argument("--confirm", dest="action", action="store_const", const="confirm",
                         help="it is a real commitment")
    verdict.add_argument("--reject", dest="action", action="store_const", const="reject",
                         help="not a commitment (a false detection)")
    p.add_argument("--kind", choices=COMMITMENT_KINDS, help="correct the detected kind")
    p.add_argument("--deadline", metavar="YYYY-MM-DD",
                   help="correct the deadline ('none' removes the correction)")
    p.add_argument("--note", metavar="TEXT", help="a note on the commitment")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("undo", help="undo the last annotation, collection or review edit",
                       description="Undo the last change to the annotations, collections or "
                       "reviews (made here or in the window); `desktop-app redo` redoes it.")
    p.set_defaults(func=cmd_undo)
    p = sub.add_parser("redo", help="redo the last undone edit",
                       description="Redo the change the last `desktop-app undo` took back.")
    p.set_defaults(func=cmd_redo)


def _add_collection_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "collections", help="list, create and edit collections (course packs)",
        description="Without a subcommand: list the collections in their order. Export one "
        "with `desktop-app export --collection TITLE --out FILE`. A collection is named by "
        "its title (any case) or its id.",
        epilog="examples:\n"
        "  desktop-app collections create 'IND-cursus' --intro 'Over de IND.'\n"
        "  desktop-app collections add 'IND-cursus' --heading 'Aanpak'\n"
        "  desktop-app collections add 'IND-cursus' --tag cursus\n"
        "  desktop-app collections show 'IND-cursus'")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)
    actions = p.add_subparsers(dest="collections_command", metavar="SUBCOMMAND")

    a = actions.add_parser("list", help="list the collections (the default)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_list)

    a = actions.add_parser("create", help="create an empty collection")
    a.add_argument("title", metavar="TITLE", help="the title, e.g. IND-cursus")
    a.add_argument("--intro", default="", metavar="TEXT", help="the introduction (Markdown)")
    a.set_defaults(func=cmd_create)

    a = actions.add_parser(
        "add", help="add annotations or a section heading at the end",
        description="Add annotations (by id, or every annotation with a tag or a sub-tag, "
        "in letter order) or a section heading. Annotations already in the collection are "
        "skipped.")
    a.add_argument("collection", metavar="TITLE_OR_ID", help=COLLECTION_HELP)
    what = a.add_mutually_exclusive_group(required=True)
    what.add_argument("--annotation", nargs="+", action="extend", metavar="ID",
                      help="annotation ids, as `desktop-app annotations` lists them")
    what.add_argument("--tag", metavar="TAG", help="every annotation with this tag")
    what.add_argument("--heading", metavar="TEXT", help="a section heading")
    a.set_defaults(func=cmd_add)

    a = actions.add_parser("show", help="show a collection's items in order")
    a.add_argument("collection", metavar="TITLE_OR_ID", help=COLLECTION_HELP)
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_show)

    a = actions.add_parser("move", help="move a collection to another place in the list")
    a.add_argument("collection", metavar="TITLE_OR_ID", help=COLLECTION_HELP)
    a.add_argument("position", metavar="POSITION", type=int, help="the new place, 1 = first")
    a.set_defaults(func=cmd_move)

    a = actions.add_parser("rename", help="give a collection another title")
    a.add_argument("collection", metavar="TITLE_OR_ID", help=COLLECTION_HELP)
    a.add_argument("title", metavar="NEW_TITLE", help="the new title")
    a.set_defaults(func=cmd_rename)

    a = actions.add_parser("delete", help="delete a collection (its annotations are kept)")
    a.add_argument("collection", metavar="TITLE_OR_ID", help=COLLECTION_HELP)
    a.set_defaults(func=cmd_delete)


# --- collections -------------------------------------------------------------------------


def _find(library, name: str) -> Collection:
    """By id or title (case-insensitive), exactly as ``export --collection`` finds it."""
    from desktop_app.export.pack import find_collection

    return find_collection(library, name)


def _check_title_free(store, title: str, except_id: str | None = None) -> str:
    title = title.strip()
    if not title:
        raise UserError("A collection needs a title.")
    for coll in store.collections():
        if coll.id != except_id and coll.title.casefold() == title.casefold():
            raise UserError(f"There is already a collection '{coll.title}'. "
                            "Choose another title.")
    return title


def _summary(coll: Collection) -> dict[str, Any]:
    passages = sum(1 for i in coll.items if i.annotation_id)
    return {"id": coll.id, "title": coll.title, "introduction": coll.introduction,
            "position": coll.position + 1, "items": len(coll.items), "annotations": passages,
            "headings": len(coll.items) - passages, "created": coll.created,
            "modified": coll.modified}


def cmd_list(args, ctx) -> int:
    collections = ctx.library().annotations.collections()
    if args.json:
        json.dump([_summary(c) for c in collections], ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
        return 0
    if not collections:
        print("There are no collections yet. Create one with: "
              "desktop-app collections create TITLE", file=ctx.out)
        return 0
    rows = []
    for place, coll in enumerate(collections, 1):
        s = _summary(coll)
        rows.append((f"{place}.", shorten(coll.title, TITLE_WIDTH),
                     f"({plural(s['annotations'], 'annotation')}, "
                     f"{plural(s['headings'], 'heading')})", coll.id))
    places = width(r[0] for r in rows)
    for place, line in zip((r[0] for r in rows), table([r[1:] for r in rows]), strict=True):
        print(f"{place:>{places}} {line}", file=ctx.out)
    print(plural(len(collections), "collection"), file=ctx.out)
    return 0


def cmd_create(args, ctx) -> int:
    store = ctx.library().annotations
    title = _check_title_free(store, args.title)
    coll = store.create_collection(title, args.intro)
    print(f"created collection '{coll.title}' ({coll.id})", file=ctx.out)
    return 0


def cmd_add(args, ctx) -> int:
    store = ctx.library().annotations
    coll = _find(ctx.library(), args.collection)
    if args.heading is not None:
        if not args.heading.strip():
            raise UserError("A section heading needs some text.")
        store.add_to_collection(coll.id, heading=args.heading.strip())
        print(f"added the heading '{args.heading.strip()}' to '{coll.title}'", file=ctx.out)
        return 0
    if args.tag is not None:
        ids = [a.id for a in store.annotations(tag=args.tag)]
        if not ids:
            raise UserError(f"No annotations have the tag '{args.tag}'. "
                            "List annotations and their tags with `desktop-app annotations`.")
    else:
        ids = list(dict.fromkeys(args.annotation))
        for annotation_id in ids:
            store.get(annotation_id)  # all known before anything is added
    present = {i.annotation_id for i in coll.items if i.annotation_id}
    new = [i for i in ids if i not in present]
    for annotation_id in new:
        store.add_to_collection(coll.id, annotation_id=annotation_id)
    skipped = len(ids) - len(new)
    already = f"; {skipped} already in it" if skipped else ""
    print(f"added {plural(len(new), 'annotation', 'annotations')} to '{coll.title}'{already}",
          file=ctx.out)
    return 0


def _item_rows(store, coll: Collection) -> list[dict[str, Any]]:
    annotations = {a.id: a for a in store.annotations()}
    rows = []
    for item in coll.items:
        row: dict[str, Any] = {"id": item.id, "position": item.position + 1}
        if item.heading is not None:
            row.update(kind="heading", heading=item.heading)
        else:
            ann = annotations.get(item.annotation_id)
            row.update(kind="annotation", annotation_id=item.annotation_id)
            if ann is not None:
                row.update(letter_id=ann.letter_id, quote=ann.quote, note=ann.note,
                           tags=list(ann.tags), status=ann.status)
        rows.append(row)
    return rows


def cmd_show(args, ctx) -> int:
    store = ctx.library().annotations
    coll = _find(ctx.library(), args.collection)
    items = _item_rows(store, coll)
    if args.json:
        data = {**asdict(coll), "position": coll.position + 1, "items": items}
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        print(file=ctx.out)
        return 0
    print(f"{coll.title}  ({coll.id})", file=ctx.out)
    if coll.introduction:
        print(f"\n{coll.introduction}", file=ctx.out)
    print(file=ctx.out)
    lines = []
    for row in items:
        if row["kind"] == "heading":
            lines.append((f"{row['position']}.", f"## {row['heading']}"))
        elif "quote" not in row:
            lines.append((f"{row['position']}.",
                          f"(annotation {row['annotation_id']} no longer exists)"))
        else:
            tags = f"#{' #'.join(row['tags'])}" if row["tags"] else ""
            lines.append((f"{row['position']}.", row["letter_id"],
                          f"“{shorten(row['quote'], QUOTE_WIDTH)}”", tags,
                          f"[{row['annotation_id']}]"))
    for line in _item_lines(lines):
        print(line, file=ctx.out)
    if not items:
        print("(empty: add annotations with "
              f"desktop-app collections add '{coll.title}' --tag TAG)", file=ctx.out)
    return 0


def _item_lines(rows: list[tuple[str, ...]]) -> list[str]:
    """A collection's items, numbered: passages in columns, headings and gaps across them."""
    number = width(r[0] for r in rows)
    passages = iter(table([r[1:] for r in rows if len(r) > 2]))
    return [f"{r[0]:>{number}} " + (next(passages) if len(r) > 2 else r[1]) for r in rows]


def cmd_move(args, ctx) -> int:
    store = ctx.library().annotations
    coll = _find(ctx.library(), args.collection)
    count = len(store.collections())
    if not 1 <= args.position <= count:
        raise UserError(f"POSITION must be between 1 and {count}.")
    store.move_collection(coll.id, args.position - 1)
    print(f"moved '{coll.title}' to place {args.position} of {count}", file=ctx.out)
    return 0


def cmd_rename(args, ctx) -> int:
    store = ctx.library().annotations
    coll = _find(ctx.library(), args.collection)
    title = _check_title_free(store, args.title, except_id=coll.id)
    store.update_collection(coll.id, title=title)
    print(f"renamed '{coll.title}' to '{title}'", file=ctx.out)
    return 0


def cmd_delete(args, ctx) -> int:
    store = ctx.library().annotations
    coll = _find(ctx.library(), args.collection)
    store.delete_collection(coll.id)
    print(f"deleted collection '{coll.title}' ({plural(len(coll.items), 'item', 'items')}); "
          "the annotations themselves are kept. Undo with: desktop-app undo", file=ctx.out)
    return 0


# --- reviews -----------------------------------------------------------------------------


def _deadline(value: str | None) -> Any:
    """The --deadline value for the store: an ISO date, None to clear, or 'not given'."""
    if value is None:
        return _NOT_GIVEN
    if value.strip().lower() in {"none", ""}:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise UserError(f"--deadline needs a date like 2025-12-31 (or 'none'), "
                        f"not '{value}'.") from exc


def cmd_review(args, ctx) -> int:
    from desktop_app.commands.commitments import format_row, numbered_rows

    library = ctx.library()
    library.letter(args.letter_id)  # a clear error for an unknown letter
    library.redetect(only=[args.letter_id])  # number as `commitments` does
    numbered = numbered_rows(library, args.letter_id)
    if not numbered:
        raise NotFound(f"Letter {args.letter_id} has no detected commitments.")
    if not 1 <= args.number <= len(numbered):
        raise NotFound(f"Letter {args.letter_id} has {plural(len(numbered), 'commitment')}; "
                       f"N must be between 1 and {len(numbered)}. List them with: "
                       f"desktop-app commitments --letter {args.letter_id}")
    row = numbered[args.number - 1][1]
    changes: dict[str, Any] = {}
    if args.action == "done":
        changes["status"] = "done"
    elif args.action == "open":
        changes["status"] = "open"
    elif args.action == "confirm":
        changes["verdict"] = "confirmed"
    elif args.action == "reject":
        changes["verdict"] = "rejected"
    if args.action in ("done", "open") and row.verdict == "rejected":
        changes["verdict"] = None  # done or open again: no longer a false detection
    if args.kind is not None:
        changes["kind"] = args.kind
    deadline = _deadline(args.deadline)
    if deadline is not _NOT_GIVEN:
        changes["deadline"] = deadline
    if args.note is not None:
        changes["note"] = args.note
    if not changes:
        raise UserError("Nothing to change: give --done, --open, --confirm or --reject, "
                        "or --kind, --deadline or --note.")
    text = library.letter(args.letter_id).text  # the review remembers its context
    library.annotations.review_row(row, letter_text=text, **changes)
    updated = numbered_rows(library, args.letter_id)[args.number - 1][1]
    print(f"reviewed {format_row(args.number, updated)}", file=ctx.out)
    return 0


# --- undo / redo -------------------------------------------------------------------------


def _step(ctx, undo: bool) -> int:
    store = ctx.library().annotations
    entry = store.undo() if undo else store.redo()
    if entry is None:
        print(f"Nothing to {'undo' if undo else 'redo'}.", file=ctx.out)
        return 1
    edited = store.letters_edited_in(entry.id)
    if edited:  # corrected letter details: the index holds them, replace those letters
        try:
            ctx.library().reindex_letters(edited)
        except (UserError, OSError):
            pass  # the index is then behind and rebuilt on its next use
    verb = "undid" if undo else "redid"
    print(f"{verb}: {entry.label} ({plural(entry.changes, 'change', 'changes')}, "
          f"made {entry.at[:19].replace('T', ' ')} UTC)", file=ctx.out)
    return 0


def cmd_undo(args: argparse.Namespace, ctx: Any) -> int:
    return _step(ctx, undo=True)


def cmd_redo(args: argparse.Namespace, ctx: Any) -> int:
    return _step(ctx, undo=False)
