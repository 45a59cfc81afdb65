"""``desktop-app search QUERY``: full-text search over the library."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop_app.commands.wording import date_cell, plural, title_text, width
from desktop_app.errors import UserError
from desktop_app.model import SearchHit, SearchResult
from desktop_app.search import SCOPES, SORTS, IndexCorrupt, clean_query

QUERY_HELP = """query language (Dutch or English field names):
  asiel opvang        all words must match (Dutch stemming, accents ignored)
  asiel OR klimaat    either word;  asiel NOT opvang / asiel -opvang: exclude
  "exact phrase"      words in this order
  bekeer*  asiel~     prefix, fuzzy (one edit; asiel~2: two, the most allowed)
  dossier:19637  van:"Broekers-Knol"  rol:justitie  soort:toezegging
  datum:2021  datum:[2021-01-01 TO 2021-06-30]
"""

EXAMPLES = """
examples:
  desktop-app search 'asiel opvang'
  desktop-app search 'intervisie datum:2021' --sort date
  desktop-app search informeren --scope commitments --limit 5
"""


def _count(minimum: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < minimum:
            raise argparse.ArgumentTypeError(f"{what}, not '{text}'")
        return value

    return parse


def add_parsers(subparsers: Any) -> None:
    """Add the ``search`` subcommand."""
    parser = subparsers.add_parser(
        "search", help="search the letters, commitments or annotations",
        description="Search the letters, commitments or your annotations. Matched words are "
        "shown in [brackets]; the number after the date is the relevance score.",
        epilog=QUERY_HELP + EXAMPLES)
    parser.add_argument("query", nargs="+", metavar="QUERY",
                        help="the query (quote it in the shell)")
    parser.add_argument("--limit", type=_count(1, "must be a whole number of at least 1"),
                        default=20, metavar="N", help="hits to show (default: 20)")
    parser.add_argument("--offset", type=_count(0, "must be a whole number of 0 or more"),
                        default=0, metavar="N", help="skip this many hits first (default: 0)")
    parser.add_argument("--sort", choices=SORTS, default="relevance",
                        help="best match first, or newest first (default: relevance)")
    parser.add_argument("--scope", choices=SCOPES, default="letters",
                        help="what to search (default: letters)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=handler)


ECHO_LIMIT = 200  # characters of the query repeated in the summary line


def shorten(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (a query echoed back)."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def check_query(query: str) -> None:
    """Refuse a query with nothing to search for (empty, or only operators and brackets).

    A query that is partly understood is searched for what could be read (the result
    says what was left out); only one with nothing left is an error.
    """
    text, problem = clean_query(query)
    if text.strip():
        return
    hint = ("Give the words to search for, e.g. desktop-app search 'asiel opvang'; "
            "`desktop-app search --help` explains the query language.")
    if not problem:
        raise UserError(f"The query is empty. {hint}")
    parts = getattr(problem, "parts", ()) or (problem,)
    raise UserError(f"Nothing to search for in “{shorten(query, 80)}”: "
                    f"{'; '.join(str(p) for p in parts)}. {hint}")


def handler(args: argparse.Namespace, ctx: Any) -> int:
    """Run the search and print it; exit code 0 also for zero hits.

    A partly understood query is searched best-effort: the problem is said on stderr (and
    as ``error`` in the JSON). A query with nothing to search for is an error (exit 2).
    """
    query = " ".join(args.query)
    check_query(query)
    library = ctx.library()
    options = dict(limit=args.limit, offset=args.offset, sort=args.sort, scope=args.scope)
    try:
        try:
            result = library.index.search(query, **options)
        except IndexCorrupt as exc:
            if exc.code != "index-damaged":
                raise
            # found damaged while searching (it opened fine): rebuilt once, then searched
            print("The search index was damaged; rebuilding it from the library…",
                  file=ctx.err)
            result = library.index.search(query, **options)
    except RecursionError as exc:  # the query engine nests one level per word of a phrase
        raise UserError("The query is too long or too deeply nested to search. Shorten it: "
                        "fewer words between quotes, fewer brackets.") from exc
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    if result.error:
        print(f"warning: {result.error}", file=ctx.err)
    print(format_result(result, args.scope, with_error=False, offset=args.offset),
          file=ctx.out)
    return 0


def mark(hit_text: str, start: int, highlights: tuple[tuple[int, int], ...]) -> str:
    """The snippet with matched words in [brackets] and whitespace collapsed."""
    out, pos = [], 0
    for a, b in highlights:
        a, b = a - start, b - start
        if a < pos or b > len(hit_text):
            continue
        out += [hit_text[pos:a], "[", hit_text[a:b], "]"]
        pos = b
    out.append(hit_text[pos:])
    return " ".join("".join(out).split())


def _hit_label(hit: SearchHit) -> str:
    """The hit's letter, and which commitment (#N as `commitments` numbers it) or annotation."""
    if hit.kind == "commitment" and hit.ref is not None and hit.ref.isdigit():
        return f"{hit.id} #{int(hit.ref) + 1}"
    return hit.id if hit.kind == "letter" else f"{hit.id} ({hit.kind})"


def _format_hits(hits: tuple[SearchHit, ...], first: int = 1) -> list[str]:
    """Numbered hits in columns (letter, date, score, title), each with its snippets."""
    labels = [_hit_label(h) for h in hits]
    label_width, number_width = width(labels), len(str(first + len(hits) - 1))
    indent = " " * (number_width + 2)
    lines = []
    for n, (hit, label) in enumerate(zip(hits, labels, strict=True), first):
        lines.append(f"{n:>{number_width}}. {label:<{label_width}}  {date_cell(hit.date)}  "
                     f"{hit.score:5.2f}  {title_text(hit.title)}")
        if hit.kind == "annotation" and hit.ref:
            lines.append(f"{indent}annotation {hit.ref}")
        if hit.note:
            lines.append(f"{indent}note: {shorten(' '.join(hit.note.split()), 200)}")
        for snippet in hit.snippets:
            lines.append(f"{indent}… {mark(snippet.text, snippet.start, snippet.highlights)} …")
    return lines


SCOPE_COUNTS = {  # scope -> what the summary line counts: (one, many, where)
    "letters": ("letter", "letters", ""),
    "commitments": ("commitment", "commitments", ""),
    "annotations": ("annotation", "annotations", ""),
    "all": ("hit", "hits", " in letters, commitments and annotations"),
}


def format_result(result: SearchResult, scope: str = "letters", *,
                  with_error: bool = True, offset: int = 0) -> str:
    """Human-readable result: message, hits with marked snippets, more, suggestion."""
    lines = []
    if result.error and with_error:
        lines.append(result.error)
    one, many, where = SCOPE_COUNTS.get(scope, ("hit", "hits", ""))
    lines.append(f"{plural(result.total, one, many)} found{where} for: {shorten(result.query)}")
    lines += _format_hits(result.hits, offset + 1)
    shown = offset + len(result.hits)
    if result.hits and shown < result.total:
        lines.append(f"{result.total - shown} more: add --offset {shown} to see them")
    if result.suggestion:
        lines.append(f"Did you mean: {result.suggestion}")
    return "\n".join(lines)
