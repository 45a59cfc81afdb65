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
        2018: ("2018-02-23", "2018-03-05"),
        2024: ("2024-02-16", "2024-02-26"),
    },
    "mei": {
        2018: ("2018-04-27", "2018-05-14"),
        2023: ("2023-04-21", "2023-05-08"),
        2024: ("2024-04-26", "2024-05-13"),
    },
    "zomer": {
        2010: ("2010-07-02", "2010-09-06"),
        2016: ("2016-07-08", "2016-09-05"),
        2018: ("2018-07-06", "2018-09-03"),
        2019: ("2019-07-05", "2019-09-02"),
        2021: ("2021-07-09", "2021-09-06"),
        2022: ("2022-07-08", "2022-09-05"),
        2023: ("2023-07-07", "2023-09-04"),
        2024: ("2024-07-05", "2024-09-02"),
    },
    "herfst": {
        2015: ("2015-10-16", "2015-10-26"),
        2017: ("2017-10-13", "2017-10-23"),
        2023: ("2023-10-13", "2023-10-23"),
    },
    "kerst": {
        2017: ("2017-12-22", "2018-01-15"),
        2020: ("2020-12-18", "2021-01-11"),
        2023: ("2023-12-22", "2024-01-15"),
        2025: ("2025-12-19", "2026-01-12"),
    },
}
ALIASES = {"krokus": "voorjaars"}
SOURCES = {
    "zomer 2010": "nu.nl/politiek/2205586 (early 2010): zomerreces begins 2 juli; the Kamer starts"
    " again on dinsdag 7 september (so last day Monday 6 September)",
    "herfst 2015": "tweedekamer.nl/nieuws/kamernieuws/tweede-kamer-met-herfstreces-tot-dinsdag-27-"
    "oktober: last regular meeting donderdag 15 oktober, recess until dinsdag 27 oktober (a special"
    " joint session on vrijdag 16 oktober fell in the recess)",
    "zomer 2016": "tweedekamer.nl/nieuws/kamernieuws/kamer-met-zomerreces-tot-dinsdag-6-september:"
    " 'tot en met maandag 5 september 2016 met zomerreces'; last meeting day donderdag 7 juli",
    "2017-2018": "tweedekamer.nl/debat_en_vergadering/recessen (the page as stored in 2017/18):"
    " herfstreces 2017, kerstreces 2017, krokusreces 2018, meireces 2018, zomerreces 2018, each"
    " 'vrijdag ... t/m maandag ...'; zomer 2018 also tweedekamer.nl/nieuws/kamernieuws/"
    "tweede-kamer-met-zomerreces-0 ('tot en met maandag 3 september 2018')",
    "zomer 2019": "nieuws.nl/algemeen/20190705/tweede-kamer-met-vakantie: last meeting closed"
    " in the night of Thursday 4 July; 'Op 3 september komt de Tweede Kamer weer voor het"
    " eerst bijeen'",
    "kerst 2020": "Arib's year-end speech (copied at kikotapasando.com/2021/01/07): last debate"
    " in the night of 17 december; parlement.com (24 Dec 2020): 'De Kamer zou eigenlijk pas"
    " op 12 januari weer vergaderen'",
    "zomer 2021": "tweedekamer.nl/nieuws/kamernieuws/vergaderingen-tijdens-zomerreces: 'Het"
    " zomerreces gaat in op 9 juli'; tweedekamer.nl/nieuws/kamernieuws?page=56: 'Op dinsdag 7"
    " september eindigt het zomerreces' (first meeting day after it)",
    "zomer 2022": "nu.nl/politiek/6214963: 'van 8 juli tot 5 september met zomerreces'; the first"
    " plenary after it was dinsdag 6 september (Kamer news, 5 Sep 2022)",
    "2023-2024": "tweedekamer.nl/debat_en_vergadering/recessen (the page as stored in 2024)",
    "kerst 2025": "hartvannederland.nl (19 Dec 2025): 'Van vrijdag 19 december tot en met 12"
    " januari is er kerstreces'",
}

# The pattern when a year is not in the table: the first day is the Friday on or after
# (month, day); the recess lasts ``days`` days (first to last day inclusive).
_PATTERN = {
    "voorjaars": ((2, 12), 11),
    "mei": ((4, 21), 18),
    "zomer": ((7, 2), 60),
    "herfst": ((10, 10), 11),
    "kerst": ((12, 16), 25),
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
