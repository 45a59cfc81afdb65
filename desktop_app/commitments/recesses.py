"""The Tweede Kamer's recesses: the dates letters mean by "voor het zomerreces".

A recess runs from its first day (a Friday) to its last day (a Monday) inclusive, as the Kamer
publishes them ("Zomerreces 2023: vrijdag 7 juli t/m maandag 4 september 2023"); the Kamer meets
again the day after. ``RECESSES`` holds the published dates (see ``SOURCES`` for where each year
comes from); for a year it does not hold, :func:`recess` estimates the dates from the pattern
the Kamer keeps (a Friday early in July, and so on), and says so.
"""

from __future__ import annotations

from datetime import date, timedelta

# name -> year -> (first day, last day); the year is the one the recess starts in
RECESSES: dict[str, dict[int, tuple[str, str]]] = {
    "voorjaars": {
        2024: ("2024-02-16", "2024-02-26"),
    },
    "mei": {
        2023: ("2023-04-21", "2023-05-08"),
        2024: ("2024-04-26", "2024-05-13"),
    },
    "zomer": {
        2023: ("2023-07-07", "2023-09-04"),
        2024: ("2024-07-05", "2024-09-02"),
    },
    "herfst": {
        2023: ("2023-10-13", "2023-10-23"),
    },
    "kerst": {
        2023: ("2023-12-22", "2024-01-15"),
    },
}
ALIASES = {"krokus": "voorjaars"}
SOURCES = {
    "2023-2024": "tweedekamer.nl/debat_en_vergadering/recessen (the page as stored in 2024)",
}

# The pattern when a year is not in the table: the first day is the Friday on or after
# (month, day); the recess lasts ``days`` days (first to last day inclusive).
_PATTERN = {
    "voorjaars": ((2, 12), 11),
    "mei": ((4, 21), 18),
    "zomer": ((7, 2), 60),
    "herfst": ((10, 9), 11),
    "kerst": ((12, 18), 25),
}
NAMES = tuple(_PATTERN)


def recess(name: str, year: int) -> tuple[date, date]:
    """The first and last day of a recess that starts in ``year`` (published or estimated)."""
    name = ALIASES.get(name, name)
    known = RECESSES.get(name, {}).get(year)
    if known:
        return date.fromisoformat(known[0]), date.fromisoformat(known[1])
    (month, day), days = _PATTERN[name]
    start = date(year, month, day)
    start += timedelta(days=(4 - start.weekday()) % 7)  # the Friday on or after
    return start, start + timedelta(days=days - 1)


def is_published(name: str, year: int) -> bool:
    """Whether the dates of this recess come from the Kamer's own schedule."""
    return year in RECESSES.get(ALIASES.get(name, name), {})


def next_recess(name: str, ref: date) -> tuple[date, date]:
    """The first recess of this name that has not ended on ``ref``."""
    for year in (ref.year - 1, ref.year, ref.year + 1):
        first, last = recess(name, year)
        if last >= ref:
            return first, last
    return recess(name, ref.year + 1)
