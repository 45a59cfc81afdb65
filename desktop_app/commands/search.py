"""``desktop-app search QUERY``: full-text search over the library."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from desktop_app.errors import UserError
from desktop_app.model import SearchHit, SearchResult
from desktop_app.search import SCOPES, SORTS, clean_query

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
    try:
        result = library.index.search(query, limit=args.limit, offset=args.offset,
                                      sort=args.sort, scope=args.scope)
    except RecursionError as exc:  # the query engine nests one level per word of a phrase
        raise UserError("The query is too long or too deeply nested to search. Shorten it: "
                        "fewer words between quotes, fewer brackets.") from exc
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=ctx.out)
        return 0
    if result.error:
        print(f"warning: {result.error}", file=ctx.err)
    print(format_result(result, args.scope, with_error=False), file=ctx.out)
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


def format_result(result: SearchResult, scope: str = "letters", *,
                  with_error: bool = True) -> str:
    """Human-readable result: message, hits with marked snippets, suggestion."""
    lines = []
    if result.error and with_error:
        lines.append(result.error)
    counted = SCOPE_COUNTS.get(scope, "hit(s) found")
    lines.append(f"{result.total} {counted} for: {shorten(result.query)}")
    for n, hit in enumerate(result.hits, 1):
        lines += _format_hit(n, hit)
    if result.suggestion:
        lines.append(f"Bedoelde u: {result.suggestion}")
    return "\n".join(lines)
