"""Wording shared by the commands' human output: counts, placeholders and table cells.

Every listing (``letters``, ``search``, ``commitments``, ``annotations``, ``collections``)
says a missing date and a missing title the same way, cuts long text with "…" at the same
width, and pads its columns to the widest value shown, so the columns line up.
"""

from __future__ import annotations

from collections.abc import Iterable

NO_DATE = "(no date)"  # a letter without a date
NO_TITLE = "(no title)"  # a letter without a subject or title
DATE_WIDTH = 10  # an ISO date, 2021-07-12
TITLE_WIDTH = 60  # a title or subject in a listing
QUOTE_WIDTH = 60  # an annotated passage in a listing
SHOWN_PATHS = 5  # file names listed in a message about several files
LETTER_ID_HELP = "a letter id, as `desktop-app letters` lists it, e.g. kst-19637-2764"
COLLECTION_HELP = "the collection's title (any case) or id"


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 letter``, ``2 letters``; ``many`` when the plural is not ``one`` + s."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with "…" when longer."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def date_cell(value: str | None) -> str:
    """A date column: the ISO date, or the placeholder, padded to the same width."""
    return (value or NO_DATE).ljust(DATE_WIDTH)


def title_text(*candidates: str | None, width: int = TITLE_WIDTH) -> str:
    """The first non-empty candidate (subject, title …) cut to ``width``, or the placeholder."""
    for value in candidates:
        if value and value.strip():
            return shorten(value, width)
    return NO_TITLE


def width(values: Iterable[str]) -> int:
    """The width of a column holding ``values`` (0 for none)."""
    return max((len(v) for v in values), default=0)


def joined_paths(paths: list[str], shown: int = SHOWN_PATHS) -> str:
    """The first ``shown`` paths, then "… and N more"."""
    text = ", ".join(paths[:shown])
    more = len(paths) - shown
    return text + (f" … and {more} more" if more > 0 else "")


def file_types(paths: Iterable[str]) -> list[str]:
    """The distinct extensions of ``paths``, lower case and sorted ("" for none, last)."""
    from pathlib import PurePath

    return sorted({PurePath(p).suffix.lower() for p in paths}, key=lambda t: (not t, t))


def count_cells(counts: list[int], one: str, many: str | None = None) -> list[str]:
    """``  1 commitment `` / `` 33 commitments``: numbers right-aligned, words padded."""
    many = many or one + "s"
    digits = width(str(n) for n in counts)
    return [f"{n:>{digits}} {one if n == 1 else many:<{len(many)}}" for n in counts]


def table(rows: list[tuple[str, ...]], right: tuple[int, ...] = ()) -> list[str]:
    """Rows of cells as lines, every column but the last padded to its widest cell.

    Columns in ``right`` are right-aligned (numbers); cells are joined by two spaces.
    """
    if not rows:
        return []
    widths = [width(row[i] for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                 for i, cell in enumerate(row[:-1])]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines
