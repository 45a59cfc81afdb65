"""Team sharing: ``share set-folder``, ``share sync``, ``status``, ``conflicts``, ``resolve``.

Each person writes a pack of their own annotations into a shared folder (a network drive
or a synced folder) and reads their colleagues' packs; see ``desktop_app/store/sharing.py``
for the pack format and the rules (ownership, versions, tombstones, conflicts).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from desktop_app.commands.wording import QUOTE_WIDTH, plural, shorten, table
from desktop_app.model import Annotation
from desktop_app.store import sharing

DESCRIPTION = (
    "Share annotations with colleagues through a shared folder (a network drive or a synced "
    "folder), without a server. Each person's app writes its own pack file there and reads "
    "the colleagues' packs. Colleagues' annotations show with their author and are "
    "read-only here; an annotation changed on both sides is listed as a conflict to resolve.")


def add_parsers(sub: Any) -> None:
    """Register ``share`` and its subcommands."""
    p = sub.add_parser(
        "share", help="share annotations with colleagues through a shared folder",
        description=DESCRIPTION,
        epilog="examples:\n"
        "  desktop-app share set-folder /mnt/team/kamerbrieven --name 'Anne de Vries'\n"
        "  desktop-app share sync\n"
        "  desktop-app share conflicts\n"
        "  desktop-app share resolve 3f2a --theirs")
    p.set_defaults(func=cmd_status)
    actions = p.add_subparsers(dest="share_command", metavar="SUBCOMMAND",
                               help="what to do (default: status)")

    a = actions.add_parser("set-folder", help="choose the shared pack folder (and your name)",
                           description="Share through PATH (it must exist). NAME is the name "
                           "colleagues see (default: your user name).")
    a.add_argument("path", metavar="PATH", help="the shared folder")
    a.add_argument("--name", metavar="NAME", help="your display name")
    a.set_defaults(func=cmd_set_folder)

    a = actions.add_parser("sync", help="read colleagues' packs and write yours",
                           description="Read every colleague's pack in the shared folder into "
                           "this data folder, then write your own pack. Exit code 1 when a "
                           "conflict is new or a pack could not be read.")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_sync)

    a = actions.add_parser("status", help="the folder, your pack and your colleagues' (default)")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_status)

    a = actions.add_parser("conflicts", help="list annotations changed on both sides",
                           description="List the annotations changed here and by their owner "
                           "since the last sync; settle each with `desktop-app share resolve`.")
    a.add_argument("--all", action="store_true", help="also the resolved ones")
    a.add_argument("--json", action="store_true", help="print JSON")
    a.set_defaults(func=cmd_conflicts)

    a = actions.add_parser("resolve", help="settle a conflict: keep your version or theirs",
                           description="Keep your version (--mine) or your colleague's "
                           "(--theirs) of an annotation in conflict; the other version stays "
                           "in the conflict record (`share conflicts --all`).")
    a.add_argument("annotation", metavar="ID", help="the annotation id (or its first letters)")
    keep = a.add_mutually_exclusive_group(required=True)
    keep.add_argument("--mine", dest="keep", action="store_const", const="mine",
                      help="keep the version here")
    keep.add_argument("--theirs", dest="keep", action="store_const", const="theirs",
                      help="take the colleague's version")
    a.set_defaults(func=cmd_resolve)


def cmd_set_folder(args: argparse.Namespace, ctx: Any) -> int:
    """``share set-folder PATH [--name NAME]``."""
    current = sharing.set_folder(ctx.library().annotations, args.path, args.name)
    print(f"Sharing through {current.folder} as {current.name}; your pack is "
          f"{sharing.pack_path(current.folder, current.person).name}. "
          "Run `desktop-app share sync` to exchange annotations.", file=ctx.out)
    return 0


def cmd_sync(args: argparse.Namespace, ctx: Any) -> int:
    """``share sync``: read the colleagues' packs, write one's own."""
    library = ctx.library()
    report = sharing.sync(library.annotations, sharing.library_placer(library))
    try:
        library.sync_annotation_index()
    except Exception:  # noqa: BLE001 - the index is behind and brought up to date on use
        pass
    if args.json:
        data = {"people": [asdict(p) for p in report.people], "problems": report.problems,
                "written": str(report.written)}
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
    else:
        for person in report.people:
            parts = [f"{len(person.added)} added", f"{len(person.updated)} updated",
                     f"{len(person.deleted)} deleted"]
            if person.conflicts:
                parts.append(plural(len(person.conflicts), "new conflict", "new conflicts"))
            if person.waiting:
                parts.append(f"{len(person.waiting)} waiting for a letter not in the library")
            print(f"{person.name}: {', '.join(parts)}", file=ctx.out)
        if not report.people:
            print("No colleague's pack in the folder yet.", file=ctx.out)
        print(f"Your pack: {report.written}", file=ctx.out)
    for problem in report.problems:
        print(f"warning: {problem}", file=ctx.err)
    new_conflicts = sum(len(p.conflicts) for p in report.people)
    if new_conflicts:
        print("note: resolve conflicts with `desktop-app share conflicts` and "
              "`desktop-app share resolve ID --mine|--theirs`.", file=ctx.err)
    return 1 if new_conflicts or report.problems else 0


def cmd_status(args: argparse.Namespace, ctx: Any) -> int:
    """``share`` / ``share status``."""
    state = sharing.status(ctx.library().annotations)
    if getattr(args, "json", False):
        data = {"folder": str(state.settings.folder) if state.settings.folder else None,
                "name": state.settings.name, "person": state.settings.person,
                "pack": str(state.pack) if state.pack else None, "own": state.own,
                "colleagues": state.colleagues, "conflicts": state.conflicts}
        print(json.dumps(data, ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    if state.settings.folder is None:
        print("Sharing is off: no shared folder is set. Set one with "
              "`desktop-app share set-folder PATH --name NAME`.", file=ctx.out)
        return 0
    print(f"Folder: {state.settings.folder}", file=ctx.out)
    print(f"You: {state.settings.name} (pack {state.pack.name if state.pack else '-'}, "
          f"{plural(state.own, 'annotation')})", file=ctx.out)
    for person in state.colleagues:
        print(f"Colleague: {person['name']} ({plural(person['annotations'], 'annotation')}, "
              f"pack written {person['written'][:19].replace('T', ' ')} UTC)", file=ctx.out)
    print(f"Open conflicts: {state.conflicts}", file=ctx.out)
    return 0


def _summary(ann: Annotation | None) -> str:
    if ann is None:
        return "(deleted)"
    tags = f" [{', '.join(ann.tags)}]" if ann.tags else ""
    note = f" — {ann.note}" if ann.note else ""
    return shorten(f"“{ann.quote}”{note}{tags} ({ann.color})", QUOTE_WIDTH)


def cmd_conflicts(args: argparse.Namespace, ctx: Any) -> int:
    """``share conflicts``: the annotations changed on both sides."""
    found = sharing.conflicts(ctx.library().annotations, include_resolved=args.all)
    if args.json:
        print(json.dumps([asdict(c) for c in found], ensure_ascii=False, indent=2),
              file=ctx.out)
        return 0
    if not found:
        print("No conflicts.", file=ctx.out)
        return 0
    rows = [(c.annotation_id, c.name, c.state, _summary(c.mine), _summary(c.theirs))
            for c in found]
    for line in table([("ID", "COLLEAGUE", "STATE", "MINE", "THEIRS"), *rows]):
        print(line, file=ctx.out)
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: Any) -> int:
    """``share resolve ID --mine|--theirs``."""
    conflict = sharing.resolve(ctx.library().annotations, args.annotation, args.keep)
    kept = conflict.mine if args.keep == "mine" else conflict.theirs
    print(f"resolved {conflict.annotation_id}: kept {args.keep} {_summary(kept)}; the other "
          "version stays listed in `desktop-app share conflicts --all`.", file=ctx.out)
    return 0
