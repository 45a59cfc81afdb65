"""Deadline phrases in Dutch letters ("voor het zomerreces", "eind oktober") and their dates.

``find_deadline`` picks the deadline phrase out of a sentence; ``normalise_deadline`` turns a phrase
into ``{"from": iso, "to": iso}`` against the letter's date. Conventions (approximate where
parliament's calendar varies by year):

* "voor/vóór X" ends the day before X; "uiterlijk X" ends on X; both start at the letter date.
* seasons: voorjaar Mar–May, zomer Jun–Aug, najaar Sep–Nov, winter Dec–Feb.
* recesses start: zomerreces 1 Jul, kerstreces 18 Dec, herfstreces 14 Oct, voorjaarsreces
  14 Feb, meireces 24 Apr; the budget debates ("begrotingsbehandeling") end 30 Nov.
* "begin/medio/eind" of a month: days 1–10 / 11–20 / 21–end; of a year: Jan–Feb / Jun–Jul /
  Nov–Dec.
* vague phrases ("de komende periode", "zo spoedig mogelijk") are found but normalise to None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from desktop_app.ingest.dutch import MONTH_NAMES as MONTHS

_MONTH = "(" + "|".join(MONTHS) + ")"
_YEAR = r"((?:19|20)\d\d)"
_ORD = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4}
_ORDS = "(" + "|".join(_ORD) + ")"
_SEASONS = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11),
            "herfst": (9, 11), "winter": (12, 2)}
_RECESS = {"zomer": (7, 1), "kerst": (12, 18), "herfst": (10, 14), "voorjaars": (2, 14),
           "krokus": (2, 14), "mei": (4, 24)}
_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "zes": 6, "acht": 8, "tien": 10}

_PREFIX = (
    r"(?:(?:uiterlijk in|uiterlijk|vóór|voor|in|op|per|vanaf|tijdens|rond|na|in de loop van)\s+)"
)
_YEAR_REF = rf"(?:van\s+)?(?:{_YEAR}|dit jaar|volgend jaar|komend jaar|het komende jaar)"

VAGUE = (
    r"de komende (?:periode|tijd|maanden|weken|jaren)|zo spoedig mogelijk|zo snel mogelijk"
    r"|binnenkort|op (?:zo )?korte termijn|te zijner tijd|op de reguliere verantwoordingsmomenten"
)

# Each pattern is tried on the lower-cased sentence; order does not decide, position and
# specificity do (see find_deadline).
PATTERNS: tuple[str, ...] = (
    rf"{_PREFIX}?(?:de\s+)?(?:{_ORDS}|laatste)\s+week\s+van\s+{_MONTH}(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:het\s+)?{_ORDS}\s+kwartaal(?:\s+{_YEAR_REF})?",
    rf"{_PREFIX}?(?:de\s+|het\s+)?{_ORDS}\s+(?:helft|halfjaar)(?:\s+{_YEAR_REF})?",
    rf"{_PREFIX}?\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:(?:begin|medio|half|halverwege|eind|einde|eind van)\s+)?{_MONTH}"
    rf"(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:het|de)\s+(?:zomer|kerst|herfst|voorjaars|krokus|mei)reces",
    rf"(?:{_PREFIX}|(?:dit|deze|komend|komende|volgend|volgende)\s+)?(?:het\s+|de\s+)?"
    rf"(?:voorjaar|lente|zomer|najaar|herfst|winter)"
    rf"(?:\s+van\s+(?:{_YEAR}|het daaropvolgende jaar|volgend jaar))?",
    r"(?:(?:uiterlijk |ruim |nog )?(?:voor|vóór)|na|rond)\s+de\s+(?:komende\s+)?"
    r"begrotingsbehandeling(?:en)?",
    rf"{_PREFIX}?(?:het\s+)?(?:begin|medio|half|halverwege|eind|einde)\s+(?:van\s+)?"
    rf"(?:{_YEAR}|dit jaar|het jaar|volgend jaar)",
    rf"{_PREFIX}?{_YEAR}(?!\s*[/-]\s*\d)",
    r"(?:in\s+|voor\s+|vóór\s+)?(?:dit jaar|volgend jaar|komend jaar|het komende jaar"
    r"|de jaarwisseling|het einde van (?:dit|het) jaar|het eind van (?:dit|het) jaar)",
    r"(?:volgende|komende|deze)\s+(?:week|maand)",
    r"binnen\s+(?:\d+|een|twee|drie|vier|zes|acht|tien)\s+(?:weken|week|maanden|maand)",
    VAGUE,
)
_COMPILED = tuple(re.compile(rf"(?<!\w){p}(?!\w)", re.I) for p in PATTERNS)
_TRIGGER = re.compile(
    r"\d|" + _MONTH[1:-1] + r"|voorjaar|lente|zomer|najaar|herfst|winter|reces|kwartaal|helft"
    r"|halfjaar|begroting|jaar|week|maand|komende|spoedig|snel|binnenkort|termijn|zijner",
    re.I,
)
_PAST_MARK = re.compile(
    r"\s*(?:jl\.|j\.l\.|jongstleden|\d{4}\s*\(|\(handelingen|\(kamerstuk)", re.I
)
_REFERENCE_BEFORE = re.compile(
    r"(?:brief|motie|besluit|overleg|debat|rapport|nota|kamerstuk|handelingen|d\.d\.|van|sinds"
    r"|afgelopen|vorig|vorige|jl\.?)\s*$",
    re.I,
)


def find_deadline(
    sentence: str, letter_date: str | None = None, *, allow_past: bool = False
) -> str | None:
    """The deadline phrase of a sentence, or None; concrete dates win over vague phrases.

    Dates before the letter are skipped unless ``allow_past`` (a reference to an earlier promise
    quotes that promise's deadline); dates marked "jl." are never deadlines.
    """
    best: tuple[int, int, str] | None = None
    if not _TRIGGER.search(sentence):
        return None
    for pattern in _COMPILED:
        for match in pattern.finditer(sentence):
            phrase = match.group(0).strip()
            if not _plausible(sentence, match, None if allow_past else letter_date):
                continue
            concrete = 0 if re.fullmatch(VAGUE, phrase, re.I) else 1
            key = (concrete, len(phrase), phrase)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def _plausible(sentence: str, match: re.Match[str], letter_date: str | None) -> bool:
    """Reject references to past documents and dates that lie before the letter."""
    before = sentence[: match.start()]
    phrase = match.group(0).lower()
    bare_year = re.fullmatch(_YEAR, phrase)
    if (bare_year or re.match(r"\d", phrase)) and _REFERENCE_BEFORE.search(before):
        return False
    if re.search(r"\d\s*$", before) or re.match(r"[\d/]", sentence[match.end() : match.end() + 1]):
        return False
    if _PAST_MARK.match(sentence, match.end()) or re.search(r"\btijdens\s+$", before):
        return False
    span = normalise_deadline(phrase, letter_date) if letter_date else None
    return not (span and letter_date and span["to"] < letter_date)


def normalise_deadline(phrase: str, letter_date: str | None) -> dict[str, str] | None:
    """Normalise a deadline phrase to {"from", "to"} ISO dates; None when vague or unknown."""
    text = " ".join(phrase.lower().replace("vóór", "voor").split())
    ref = date.fromisoformat(letter_date) if letter_date else None
    mode, core = _split_mode(text)
    for pattern, parser in _PARSERS:
        match = re.fullmatch(pattern, core)
        if match:
            span = parser(match, ref)
            if mode == "voor" and (parser is _p_year_end or core.startswith(("eind", "het eind"))):
                mode = "uiterlijk"
            return _apply_mode(span, mode, ref) if span else None
    return None


def _split_mode(text: str) -> tuple[str, str]:
    """Separate "voor"/"uiterlijk"/"per" … from the time expression itself."""
    match = re.match(r"(ruim voor|nog voor|uiterlijk in|uiterlijk|voor|in de loop van|in|op|per"
                     r"|vanaf|tijdens|rond|na)\s+(.*)", text)
    if not match:
        return "in", text
    mode = {"ruim voor": "voor", "nog voor": "voor", "uiterlijk in": "uiterlijk"}.get(
        match.group(1), match.group(1))
    return mode, match.group(2)


def _apply_mode(span: tuple[date, date], mode: str, ref: date | None) -> dict[str, str]:
    """Turn the period a phrase names into the range the mode (before, by, from …) implies."""
    first, last = span
    if mode == "voor":
        first, last = (ref or first - timedelta(days=1)), first - timedelta(days=1)
    elif mode == "uiterlijk":
        first = ref or last
    elif mode in ("per", "vanaf"):
        last = first
    elif mode == "na":
        first, last = last + timedelta(days=1), last + timedelta(days=61)
    if ref and mode in ("voor", "uiterlijk") and first > last:
        first = last
    return {"from": first.isoformat(), "to": last.isoformat()}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_year_for(month: int, ref: date | None, day: int = 1) -> int | None:
    """The year in which (month, day) next occurs on or after the letter date."""
    if ref is None:
        return None
    return ref.year if (month, day) >= (ref.month, min(day, ref.day)) else ref.year + 1


def _year_of(token: str | None, ref: date | None) -> int | None:
    """A year from "2022", "dit jaar", "volgend jaar" … relative to the letter date."""
    if token and token.isdigit():
        return int(token)
    if ref is None:
        return None
    if token and ("volgend" in token or "komend" in token):
        return ref.year + 1
    return ref.year


def _p_week_of_month(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    which, month_name, year_s = m.group(1), m.group(2), m.group(3)
    month = MONTHS.index(month_name) + 1
    year = int(year_s) if year_s else _next_year_for(month, ref)
    if year is None:
        return None
    if which is None:  # "laatste week"
        end = _month_end(year, month)
        return end - timedelta(days=6), end
    start = date(year, month, 1 + 7 * (_ORD[which] - 1))
    return start, start + timedelta(days=6)


def _p_quarter(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    quarter = _ORD[m.group(1)]
    year = _year_of(m.group(2), ref)
    if year is None:
        return None
    if m.group(2) is None and ref and quarter * 3 < ref.month:
        year += 1
    return date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3)


def _p_half(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    year = _year_of(m.group(2), ref)
    if year is None:
        return None
    if _ORD[m.group(1)] == 1:
        return date(year, 1, 1), date(year, 6, 30)
    return date(year, 7, 1), date(year, 12, 31)


def _p_day(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    day, month_name, year_s = int(m.group(1)), m.group(2), m.group(3)
    month = MONTHS.index(month_name) + 1
    year = int(year_s) if year_s else _next_year_for(month, ref, day)
    if year is None:
        return None
    the_day = date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return the_day, the_day


def _p_month(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    part, month_name, year_s = m.group(1), m.group(2), m.group(3)
    month = MONTHS.index(month_name) + 1
    year = int(year_s) if year_s else _next_year_for(month, ref)
    if year is None:
        return None
    end = _month_end(year, month)
    if part in ("begin",):
        return date(year, month, 1), date(year, month, 10)
    if part in ("medio", "half", "halverwege"):
        return date(year, month, 11), date(year, month, 20)
    if part in ("eind", "einde", "eind van"):
        return date(year, month, 21), end
    return date(year, month, 1), end


def _p_recess(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    month, day = _RECESS[m.group(1)]
    year = _next_year_for(month, ref, day)
    if year is None:
        return None
    start = date(year, month, day)
    return start, start


def _p_season(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    qualifier, season, year_s = m.group(1), m.group(2), m.group(3)
    first_month, last_month = _SEASONS[season]
    if year_s and year_s.isdigit():
        year = int(year_s)
    elif ref is None:
        return None
    elif year_s:
        year = ref.year + 1
    elif ref is None:
        return None
    elif qualifier in ("dit", "deze"):
        year = ref.year
    else:
        year = ref.year if ref.month <= (last_month if last_month > first_month else 12) else (
            ref.year + 1)
        if qualifier in ("volgend", "volgende") and ref.month >= first_month:
            year = ref.year + 1
    last_year = year + 1 if last_month < first_month else year
    return date(year, first_month, 1), _month_end(last_year, last_month)


def _p_budget(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    year = ref.year if ref.month <= 11 else ref.year + 1
    return date(year, 12, 1), date(year, 12, 1)


def _p_part_of_year(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    part, token = m.group(1), m.group(2)
    year = _year_of(token if token != "het jaar" else "dit jaar", ref)
    if year is None:
        return None
    if part == "begin":
        return date(year, 1, 1), _month_end(year, 2)
    if part in ("medio", "half", "halverwege"):
        return date(year, 6, 1), date(year, 7, 31)
    return date(year, 11, 1), date(year, 12, 31)


def _p_year(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    year = _year_of(m.group(1), ref)
    if year is None:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def _p_year_end(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    end = date(ref.year, 12, 31)
    return end, end


def _p_coming_year(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    return ref, ref.replace(year=ref.year + 1) - timedelta(days=1)


def _p_relative(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    which, unit = m.group(1), m.group(2)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday())
        if which != "deze":
            monday += timedelta(days=7)
        return max(monday, ref), monday + timedelta(days=6)
    month, year = (ref.month, ref.year) if which == "deze" else (
        (ref.month % 12) + 1, ref.year + (ref.month == 12))
    return date(year, month, 1), _month_end(year, month)


def _p_within(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    days = count * 7 if m.group(2).startswith("we") else count * 30
    return ref, ref + timedelta(days=days)


_YR = rf"({_YEAR[1:-1]}|dit jaar|volgend jaar|komend jaar)"
_PARSERS: tuple[tuple[str, Callable[[re.Match[str], date | None], tuple[date, date] | None]],
                ...] = (
    (rf"(?:de )?(?:{_ORDS}|laatste) week van {_MONTH}(?: {_YEAR})?", _p_week_of_month),
    (rf"(?:het )?{_ORDS} kwartaal(?: van)?(?: {_YR})?", _p_quarter),
    (rf"(?:de |het )?{_ORDS} (?:helft|halfjaar)(?: van)?(?: {_YR})?", _p_half),
    (rf"(\d{{1,2}}) {_MONTH}(?: {_YEAR})?", _p_day),
    (rf"(?:(begin|medio|half|halverwege|eind van|eind|einde) )?{_MONTH}(?: {_YEAR})?", _p_month),
    (r"(?:het|de) (zomer|kerst|herfst|voorjaars|krokus|mei)reces", _p_recess),
    (r"(?:(dit|deze|komend|komende|volgend|volgende) )?(?:het |de )?"
     rf"(voorjaar|lente|zomer|najaar|herfst|winter)(?: van ({_YEAR[1:-1]}|het daaropvolgende jaar"
     r"|volgend jaar))?", _p_season),
    (r"de (?:komende )?begrotingsbehandeling(?:en)?", _p_budget),
    (r"(?:het )?(?:einde?) van (?:dit|het) jaar|de jaarwisseling", _p_year_end),
    (rf"(?:het )?(begin|medio|half|halverwege|eind|einde) (?:van )?({_YEAR[1:-1]}|dit jaar"
     r"|het jaar|volgend jaar)", _p_part_of_year),
    (rf"{_YR}", _p_year),
    (r"het komende jaar", _p_coming_year),
    (r"(volgende|komende|deze) (week|maand)", _p_relative),
    (r"binnen (\d+|een|twee|drie|vier|zes|acht|tien) (weken|week|maanden|maand)", _p_within),
)
