"""``desktop-app search QUERY``: full-text search over the library."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop_app.model import SearchHit, SearchResult
from desktop_app.search import SCOPES, SORTS

QUERY_HELP = """query language (Dutch or English field names):
  asiel opvang             all words must match (Dutch stemming, accents ignored)
  asiel OR klimaat         either word;  asiel NOT opvang / asiel -opvang: exclude
  "exact phrase"           words in this order
  bekeer*  asiel~          prefix, fuzzy (one edit; asiel~2: two, the most allowed)
  dossier:19637  van:"Broekers-Knol"  rol:justitie  soort:toezegging
  datum:2021  datum:[2021-01-01 TO 2021-06-30]
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
        "search", help="search all letters",
        description="Search the letters, commitments or your annotations.",
        epilog=QUERY_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("query", nargs="+", help="the query (quote it in the shell)")
    parser.add_argument("--limit", type=_count(1, "must be a whole number of at least 1"),
                        default=20, help="hits to show (default 20)")
    parser.add_argument("--offset", type=_count(0, "must be a whole number of 0 or more"),
                        default=0, help="skip this many hits first")
    parser.add_argument("--sort", choices=SORTS, default="relevance")
    parser.add_argument("--scope", choices=SCOPES, default="letters")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace, ctx: Any) -> int:
    """Run the search and print it; exit code 0 also for zero hits."""
    library = ctx.library()
    result = library.index.search(" ".join(args.query), limit=args.limit,
                                  offset=args.offset, sort=args.sort, scope=args.scope)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    print(format_result(result, args.scope), file=ctx.out)
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


def _format_hit(n: int, hit: SearchHit) -> list[str]:
    what = "" if hit.kind == "letter" else f" ({hit.kind} {hit.ref})"
    lines = [f"{n:3}. {hit.id}{what}  {hit.date or '????-??-??'}  {hit.title or '(no title)'}"
             f"  [{hit.score:.2f}]"]
    if hit.note:
        lines.append(f"     note: {hit.note}")
    for snippet in hit.snippets:
        lines.append(f"     … {mark(snippet.text, snippet.start, snippet.highlights)} …")
    return lines


SCOPE_COUNTS = {  # scope -> what the summary line counts
    "letters": "letter(s) found",
    "commitments": "commitment(s) found",
    "annotations": "annotation(s) found",
    "all": "hit(s) found in letters, commitments and annotations",
}


def format_result(result: SearchResult, scope: str = "letters") -> str:
    """Human-readable result: message, hits with marked snippets, suggestion."""
    lines = []
    if result.error:
        lines.append(result.error)
    counted = SCOPE_COUNTS.get(scope, "hit(s) found")
    lines.append(f"{result.total} {counted} for: {result.query}")
    for n, hit in enumerate(result.hits, 1):
        lines += _format_hit(n, hit)
    if result.suggestion:
        lines.append(f"Bedoelde u: {result.suggestion}")
    return "\n".join(lines)
