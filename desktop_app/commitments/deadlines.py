"""Deadline phrases in Dutch letters ("voor het zomerreces", "eind oktober") and their dates.

``find_deadline`` picks the deadline phrase out of a sentence; ``normalise_deadline`` turns a phrase
into ``{"from": iso, "to": iso}`` against the letter's date. Conventions (approximate where
parliament's calendar varies by year):

* "voor/vóór/tegen/voorafgaand aan X" ends the day before X; "uiterlijk X" ends on the last day
  of X; both start at the letter date. Before an end ("voor eind 2025", "per eind 2020", "tegen
  het einde van het jaar") they mean "by the end": letter date up to the last day of X.
* "per/vanaf/met ingang van X" is the first day of X (an end excepted, see above); "na X" is the
  two months after X; "in/rond/tijdens/in de loop van X" is X itself.
* seasons: voorjaar Mar–Jun (the spring of a political year runs up to the summer recess),
  zomer Jun–Aug, najaar Sep–Dec (the autumn of a political year runs to the Christmas recess
  and beyond: a promise for "dit najaar" is kept by 31 December),
  winter Dec–Feb. "voor de zomer" means before the summer recess, like "voor het zomerreces";
  a season without a year that has already begun is next year's after "voor". "rond de zomer"
  (around a season) is vague: no date.
* recesses are the Tweede Kamer's own (``recesses.py``: the published dates, else the pattern
  the Kamer keeps): "voor het zomerreces" ends the day before it starts, "tijdens" spans it,
  "na het zomerreces" is its last day; the budget debates ("begrotingsbehandeling") end 30 Nov.
* "begin/medio/eind" of a month: days 1–10 / 11–20 / 21–end; of a year ("eind 2025", "eind dit
  jaar", "het einde van het jaar"): Jan–Mar / Jun–Jul / Nov–Dec. "ultimo X" is X's last day;
  "de jaarwisseling" is 31 Dec; "later dit jaar" runs from the letter date to 31 Dec;
  Prinsjesdag is the third Tuesday of September.
* "binnen N weken/maanden/jaar" runs from the letter date to N calendar weeks/months/years later;
  "over N weken/maanden" is that day.
* a bare year is a deadline only after a temporal word ("in/voor/uiterlijk/vanaf/tegen 2030");
  after a noun it is part of a name ("Agenda 2030", "MIRT 2015", "Klimaatakkoord 2019") and
  year ranges ("2023-2030") are never deadlines.
* "binnen de (wettelijke) termijn van N dagen" counts from the letter date like "binnen N dagen";
  "binnen N weken na <event>" counts from an event the phrase does not date: no deadline.
* "aanstaande maandag", "donderdag a.s." is the first such weekday after the letter; "a.s." after
  a date marks it as still to come even where "van" would make it a reference ("het overleg van
  9 november a.s."). "in de begroting 2023" is Prinsjesdag 2022, when that budget is presented.
* "per/vanaf X" when X has already begun at the letter date ("vanaf 2023" in February 2023) is
  some day in the rest of X.
* a sentence that hands over or describes this letter ("Hierbij bied ik u ... aan", "In deze
  brief ...") has no deadline, unless it says what will happen ("... laat ik u weten dat ...").
* a footnote mark printed after a year ("19 januari 2022¹" extracted as "20221") is dropped.
* vague phrases ("de komende periode", "zo spoedig mogelijk") are found but normalise to None.
* a time more than :data:`HORIZON_YEARS` years after the letter is a policy target ("in 2050 is
  de economie circulair", "voor 2030 50% minder"), not a deadline: ``find_deadline`` skips it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from desktop_app.commitments import fastre
from desktop_app.commitments.recesses import next_recess, recess
from desktop_app.ingest.dutch import MONTH_NAMES as MONTHS

HORIZON_YEARS = 3  # further ahead than this, a year names a policy target, not a deadline

_MONTH = "(" + "|".join(MONTHS) + ")"
_YEAR = r"((?:19|20)\d\d)"
_ORD = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4}
_ORDS = "(" + "|".join(_ORD) + ")"
_SEASONS = {"voorjaar": (3, 6), "lente": (3, 6), "zomer": (6, 8), "najaar": (9, 12),
            "herfst": (9, 12), "winter": (12, 2)}
_NUMBERS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
            "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12}
_FRACTIONS = {"een half": 0.5, "een halve": 0.5, "anderhalf": 1.5, "anderhalve": 1.5}
_COUNT = "(" + "|".join([*_FRACTIONS, r"\d{1,2}", *_NUMBERS]) + ")"

# Temporal words before a time expression; their meaning is decided by _split_mode.
_PREFIX_WORDS = (
    r"uiterlijk in|uiterlijk op|uiterlijk|vóór|voor|voorafgaand aan|tegen|in de loop van"
    r"|met ingang van|m\.i\.v\.|in|op|per|vanaf|tijdens|rond|omstreeks|na|aan"
)
_PREFIX = rf"(?:(?:{_PREFIX_WORDS})\s+)"
_YEAR_REF = rf"(?:van\s+)?(?:{_YEAR}|dit jaar|volgend jaar|komend jaar|het komende jaar)"
_REL_YEAR = r"dit jaar|het jaar|volgend jaar|komend jaar"
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WEEKDAY = "(" + "|".join(_WEEKDAYS) + ")"
_UNIT = r"(?:dagen|dag|weken|week|maanden|maand|jaar)"

VAGUE = (
    r"de komende (?:periode|tijd|maanden|weken|jaren)|zo spoedig mogelijk|zo snel mogelijk"
    r"|binnenkort|op (?:zo )?(?:korte|afzienbare) termijn|te zijner tijd"
    r"|binnen (?:enkele|een aantal|afzienbare) (?:dagen|weken|maanden|tijd)"
    r"|in de nabije toekomst|op de reguliere verantwoordingsmomenten"
)

# Each pattern is tried on the lower-cased sentence; order does not decide, position and
# specificity do (see find_deadline).
PATTERNS: tuple[str, ...] = (
    rf"{_PREFIX}?(?:de\s+)?(?:{_ORDS}|laatste)\s+week\s+van\s+{_MONTH}(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:het\s+)?{_ORDS}\s+kwartaal(?:\s+{_YEAR_REF})?",
    rf"{_PREFIX}?q[1-4](?:\s+(?:van\s+)?(?:{_YEAR}|{_REL_YEAR}))?",
    rf"{_PREFIX}?(?:de\s+|het\s+)?{_ORDS}\s+(?:helft|halfjaar)(?:\s+{_YEAR_REF})?",
    rf"{_PREFIX}?\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:(?:begin|medio|half|halverwege|eind|einde|eind van|ultimo)\s+)?{_MONTH}"
    rf"(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:het|de)\s+(?:zomer|kerst|herfst|voorjaars|krokus|mei)reces"
    rf"(?:\s+van\s+{_YEAR})?",
    rf"(?:{_PREFIX}|(?:dit|deze|komend|komende|volgend|volgende)\s+)?(?:het\s+|de\s+)?"
    rf"(?:voorjaar|lente|zomer|najaar|herfst|winter)"
    rf"(?:\s+van\s+(?:{_YEAR}|het daaropvolgende jaar|volgend jaar|dit jaar))?",
    r"(?:(?:uiterlijk |ruim |nog )?(?:voor|vóór)|na|rond)\s+de\s+(?:komende\s+)?"
    r"begrotingsbehandeling(?:en)?",
    rf"{_PREFIX}?(?:het\s+)?(?:begin|medio|half|halverwege|eind|einde)\s+(?:van\s+)?"
    rf"(?:{_YEAR}|{_REL_YEAR})",
    rf"{_PREFIX}?ultimo\s+(?:{_YEAR}|{_REL_YEAR})",
    # A bare year needs a temporal word before it: "Agenda 2030" is a name, not a deadline.
    rf"{_PREFIX}{_YEAR}(?!\s*[/–-]\s*\d)",
    rf"(?:{_PREFIX}|(?:met|bij)\s+)?prinsjesdag(?:\s+{_YEAR})?",
    rf"{_PREFIX}?(?:dit jaar|volgend jaar|komend jaar|het komende jaar|de jaarwisseling"
    r"|het einde? van (?:dit|het|volgend|komend) jaar)",
    r"later dit jaar",
    r"(?:volgende|komende|deze)\s+(?:week|maand)",
    rf"{_PREFIX}?(?:aanstaande|komende|volgende)\s+{_WEEKDAY}",
    rf"{_PREFIX}?{_WEEKDAY}\s+(?:a\.s\.|aanstaande)",
    # "in de begroting 2023": the budget for a year is presented on the Prinsjesdag before it
    rf"(?:in|bij|met)\s+de\s+(?:ontwerp)?begroting(?:\s+(?:voor|van))?\s+{_YEAR}",
    rf"(?:uiterlijk\s+)?(?:binnen\s+)?(?:de|een)\s+(?:wettelijke\s+|gestelde\s+)?termijn\s+van"
    rf"\s+{_COUNT}\s+{_UNIT}",
    rf"(?:uiterlijk\s+)?binnen\s+{_COUNT}\s+(?:dagen|dag|weken|week|maanden|maand|jaar)",
    rf"over\s+{_COUNT}\s+(?:weken|week|maanden|maand)",
    VAGUE,
)
_COMPILED = tuple(fastre.compile(rf"(?<!\w){p}(?!\w)", re.I) for p in PATTERNS)
# The same, for a lower-cased sentence of the same length: no case folding, several times faster
_COMPILED_LOW = tuple(fastre.compile(rf"(?<!\w){p}(?!\w)") for p in PATTERNS)
_MONTH_WORDS = tuple(MONTHS)
_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
# Per pattern (in order), words it cannot match without: a pattern whose words are all absent
# from the lower-cased sentence is not tried (most sentences name no time at all).
_NEEDLES: tuple[tuple[str, ...], ...] = (
    ("week",),  # de tweede week van maart
    ("kwartaal",),
    ("q",),
    ("helft", "halfjaar"),
    _MONTH_WORDS,  # 1 juli
    _MONTH_WORDS,  # eind oktober
    ("reces",),
    ("voorjaar", "lente", "zomer", "najaar", "herfst", "winter"),
    ("begrotingsbehandeling",),
    ("begin", "medio", "half", "eind"),
    ("ultimo",),
    ("19", "20"),  # a bare year
    ("prinsjesdag",),
    ("jaar", "jaarwisseling"),
    ("later dit jaar",),
    ("week", "maand"),
    _WEEKDAYS,  # aanstaande maandag
    _WEEKDAYS,  # maandag a.s.
    ("begroting",),
    ("termijn",),
    ("binnen",),
    ("over",),
    ("komende", "spoedig", "snel", "binnenkort", "termijn", "zijner", "binnen", "toekomst",
     "verantwoordingsmomenten"),
)
assert len(_NEEDLES) == len(PATTERNS), "one needle tuple per pattern"
# Words without which no pattern can match (a cheap first test). A number alone is not one:
# numbers in a deadline come with a month, a year, a quarter or "binnen/over N …".
_TRIGGER = fastre.compile(
    r"\b(?:19|20)\d\d|\bq[1-4]\b|\bover\s+\S+\s+(?:weken|week|maanden|maand)\b|"
    + _MONTH[1:-1] + r"|voorjaar|lente|zomer|najaar|herfst|winter|reces|kwartaal|helft"
    r"|halfjaar|begroting|jaar|week|maand|komende|spoedig|snel|binnenkort|termijn|zijner"
    r"|toekomst|dagen|weken|binnen|prinsjesdag|dag\b|aanstaande",
)  # searched in the lower-cased sentence
_PAST_MARK = re.compile(
    r"\s*(?:jl\.|j\.l\.|jongstleden|\d{4}\s*\(|\(handelingen|\(kamerstuk)", re.I
)
# "a.s." marks a date as still to come, even after "van" ("het overleg van 9 november a.s.")
_FUTURE_MARK = re.compile(r"\s*(?:a\.s\.|aanstaande|eerstkomende)", re.I)
# the first of two dates joined by "en"/"t/m" ("het debat van 27 maart en 2 april")
_FIRST_OF_TWO = re.compile(rf"\d{{1,2}}(?:\s+{_MONTH})?\s+(?:en|t/m|tot en met)\s+$", re.I)
# A sentence that hands over this letter or describes it ("Hierbij bied ik u ... aan", "In deze
# brief ...") is kept by the letter itself: its dates name meetings, reports or periods.
_THIS_LETTER = re.compile(
    r"\s*(?:(?:hierbij|hiermee|bij deze|bijgaand)\s+(?:bied|bieden|zend|zenden|stuur|sturen"
    r"|doe|doen|ontvangt|treft|informeer|informeren|bericht|berichten|geef|geven)\b"
    r"|(?:met|in|bij)\s+(?:deze|dit|bijgaande)\s+(?:brief|kamerbrief|notitie)\b)",
    re.I,
)
# ... unless it says what will happen: "Hierbij laat ik u weten dat ik voor de zomer ..."
_CONTENT = re.compile(
    r"\b(?:weten|melden|mededelen|meedelen|informeren|aangeven|informeer\w*(?:\s+\w+){0,3}"
    r"|bericht\w*(?:\s+\w+){0,3})\s+dat\b",
    re.I,
)
# "binnen drie maanden na afloop ...": counted from an event, not from the letter
_AFTER_EVENT = re.compile(
    r"\s+(?:na|nadat|vanaf)\b(?!\s+(?:dagtekening|de datum van deze brief|vandaag))", re.I
)
# a footnote mark printed after a year ("op 19 januari 2022¹" -> "20221")
_FIVE_DIGITS = fastre.compile(r"\d{5}")  # what _FOOTNOTE_YEAR cannot match without
_FOOTNOTE_YEAR = fastre.compile(
    rf"((?:{_MONTH}|kwartaal van|helft van)\s+(?:19|20)\d\d)\d(?!\w)", re.I)
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
    low = sentence.lower()
    if not _TRIGGER.search(low):
        return None
    if _FIVE_DIGITS.search(low) and _FOOTNOTE_YEAR.search(low):  # (a cheap test first)
        sentence = _FOOTNOTE_YEAR.sub(lambda m: m.group(1) + " ", sentence)  # same length
        low = sentence.lower()
    after = 0
    if _THIS_LETTER.match(sentence):
        content = _CONTENT.search(sentence)
        if content is None:
            return None
        after = content.end()
    # the patterns read the lower-cased sentence where lower-casing keeps every offset
    same = len(low) == len(sentence)
    for pattern, needles, fast in zip(_COMPILED, _NEEDLES, _COMPILED_LOW, strict=True):
        for needle in needles:
            if needle in low:
                break
        else:
            continue
        for match in (fast.finditer(low) if same else pattern.finditer(sentence)):
            if match.start() < after:
                continue
            phrase = sentence[match.start():match.end()].strip()
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
    if (bare_year or re.match(r"\d", phrase)) and not _FUTURE_MARK.match(sentence, match.end()):
        first_of_two = _FIRST_OF_TWO.search(before)
        lead = before[: first_of_two.start()] if first_of_two else before
        if _REFERENCE_BEFORE.search(before) or (first_of_two and _REFERENCE_BEFORE.search(lead)):
            return False
    if re.match(r"(?:uiterlijk\s+)?(?:binnen|over)\s", phrase) and _AFTER_EVENT.match(
        sentence, match.end()
    ):
        return False
    if re.search(r"\d\s*[/–-]?\s*$", before) or re.match(
        r"[\d/]", sentence[match.end() : match.end() + 1]
    ):
        return False
    if _PAST_MARK.match(sentence, match.end()) or re.search(r"\btijdens\s+$", before):
        return False
    span = normalise_deadline(phrase, letter_date) if letter_date else None
    if span and letter_date and span["to"][:4] > str(int(letter_date[:4]) + HORIZON_YEARS):
        return False  # a policy target, not a deadline
    return not (span and letter_date and span["to"] < letter_date)


def normalise_deadline(phrase: str, letter_date: str | None) -> dict[str, str] | None:
    """Normalise a deadline phrase to {"from", "to"} ISO dates; None when vague or unknown."""
    span = _normalised(phrase, letter_date)
    return {"from": span[0], "to": span[1]} if span else None


@lru_cache(maxsize=4096)  # the same phrases recur across letters and within one
def _normalised(phrase: str, letter_date: str | None) -> tuple[str, str] | None:
    span = _normalise(phrase, letter_date)
    return (span["from"], span["to"]) if span else None


def _normalise(phrase: str, letter_date: str | None) -> dict[str, str] | None:
    """Normalise a deadline phrase to {"from", "to"} ISO dates; None when vague or unknown."""
    text = " ".join(phrase.lower().replace("vóór", "voor").split())
    ref = date.fromisoformat(letter_date) if letter_date else None
    mode, core = _split_mode(text)
    for pattern, parser in _PARSERS:
        match = re.fullmatch(pattern, core)
        if not match:
            continue
        if parser is _p_season and mode == "rond":
            return None  # "rond de zomer": around a season is vague
        if parser is _p_season and mode == "voor" and match.group(2) == "zomer":
            parser, match = _p_recess, re.fullmatch(  # before the summer = its recess
                r"(zomer)(?: van (\d{4}))?", "zomer" + (
                    f" van {match.group(3)}" if (match.group(3) or "").isdigit() else ""))
        span = parser(match, ref)
        if span is None:
            return None
        if mode in ("voor", "per") and _names_an_end(core):
            mode = "uiterlijk"  # "voor eind 2025", "per eind 2020": by the end of it
        if mode == "voor" and parser is _p_season and ref and not match.group(3):
            span = _season_ahead(span, match.group(2), ref)
        if parser is _p_recess and ref and not match.group(2) and mode == "voor" \
                and span[0] <= ref:  # "voor het zomerreces" written during it: next year's
            span = recess(match.group(1), span[0].year + 1)
        if mode == "na" and parser is _p_recess:
            return {"from": span[1].isoformat(), "to": span[1].isoformat()}  # its last day
        return _apply_mode(span, mode, ref)
    return None


def _names_an_end(core: str) -> bool:
    """Whether a time expression names the end of a period ("eind 2025", "ultimo maart")."""
    return bool(re.match(r"(?:het )?(?:eind|einde|ultimo)\b|de jaarwisseling", core))


def _season_ahead(span: tuple[date, date], season: str, ref: date) -> tuple[date, date]:
    """ "voor <season>" when that season has begun: next year's."""
    first, last = span
    if first > ref:
        return span
    return _add_months(first, 12), _add_months(last, 12)


_MODES = {"ruim voor": "voor", "nog voor": "voor", "voorafgaand aan": "voor", "tegen": "voor",
          "uiterlijk in": "uiterlijk", "uiterlijk op": "uiterlijk", "met ingang van": "per",
          "m.i.v.": "per", "aan": "in", "in de loop van": "in", "omstreeks": "rond", "met": "in",
          "bij": "in"}


def _split_mode(text: str) -> tuple[str, str]:
    """Separate "voor"/"uiterlijk"/"per" … from the time expression itself."""
    match = re.match(r"(ruim voor|nog voor|voorafgaand aan|uiterlijk in|uiterlijk op|uiterlijk"
                     r"|voor|tegen|in de loop van|met ingang van|m\.i\.v\.|in|op|per|vanaf"
                     r"|tijdens|rond|omstreeks|na|aan|met|bij)\s+(.*)", text)
    if not match:
        return "in", text
    return _MODES.get(match.group(1), match.group(1)), match.group(2)


def _apply_mode(span: tuple[date, date], mode: str, ref: date | None) -> dict[str, str]:
    """Turn the period a phrase names into the range the mode (before, by, from …) implies."""
    first, last = span
    if mode == "voor":
        first, last = (ref or first - timedelta(days=1)), first - timedelta(days=1)
    elif mode == "uiterlijk":
        first = ref or last
    elif mode in ("per", "vanaf"):
        if not (ref and first < ref <= last):
            last = first  # from a period that has already begun: some day in the rest of it
        first = max(first, ref) if ref else first
    elif mode == "na":
        first, last = last + timedelta(days=1), last + timedelta(days=61)
    if ref and mode in ("voor", "uiterlijk") and first > last:
        first = last
    return {"from": first.isoformat(), "to": last.isoformat()}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


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


def _quarter(quarter: int, token: str | None, ref: date | None) -> tuple[date, date] | None:
    year = _year_of(token, ref)
    if year is None:
        return None
    if token is None and ref and quarter * 3 < ref.month:
        year += 1
    return date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3)


def _p_quarter(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    return _quarter(_ORD[m.group(1)], m.group(2), ref)


def _p_q(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    return _quarter(int(m.group(1)), m.group(2), ref)


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
    if part == "ultimo":
        return end, end
    return date(year, month, 1), end


def _p_recess(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    """A recess of the Tweede Kamer: the one of the year given, else the next one."""
    if m.group(2):
        return recess(m.group(1), int(m.group(2)))
    return next_recess(m.group(1), ref) if ref else None


def _p_season(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    qualifier, season, year_s = m.group(1), m.group(2), m.group(3)
    first_month, last_month = _SEASONS[season]
    if year_s and year_s.isdigit():
        year = int(year_s)
    elif ref is None:
        return None
    elif year_s == "dit jaar":
        year = ref.year
    elif year_s and year_s != "het daaropvolgende jaar":
        year = ref.year + 1
    elif qualifier in ("dit", "deze"):
        year = ref.year
    else:
        # the season of this year until it is over ("van het daaropvolgende jaar" follows a
        # year named elsewhere, usually a recurring report's: the next such season); autumn is
        # due by 31 December but a letter of December that says "in het najaar" means next one
        until = 11 if season in ("najaar", "herfst") else (
            last_month if last_month > first_month else 12)
        year = ref.year if ref.month <= until else ref.year + 1
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
        return date(year, 1, 1), date(year, 3, 31)
    if part in ("medio", "half", "halverwege"):
        return date(year, 6, 1), date(year, 7, 31)
    if part == "ultimo":
        return date(year, 12, 31), date(year, 12, 31)
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


def _p_rest_of_year(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    return ref, date(ref.year, 12, 31)


def _p_prinsjesdag(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    """The third Tuesday of September (the King's speech and the budget)."""
    def third_tuesday(year: int) -> date:
        first = date(year, 9, 1)
        return first + timedelta(days=(1 - first.weekday()) % 7 + 14)

    if m.group(1):
        day = third_tuesday(int(m.group(1)))
    elif ref is None:
        return None
    else:
        day = third_tuesday(ref.year)
        if day < ref:
            day = third_tuesday(ref.year + 1)
    return day, day


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


def _p_weekday(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    """ "aanstaande maandag", "donderdag a.s.": the first such day after the letter date."""
    if ref is None:
        return None
    day = ref + timedelta(days=(_WEEKDAYS.index(m.group(1)) - ref.weekday() - 1) % 7 + 1)
    return day, day


def _p_budget_year(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    """The budget for a year: Prinsjesdag (third Tuesday of September) of the year before."""
    first = date(int(m.group(1)) - 1, 9, 1)
    day = first + timedelta(days=(1 - first.weekday()) % 7 + 14)
    return day, day


def _later(ref: date, count: str, unit: str) -> date:
    """The letter date plus a count of days, weeks, months or years ("een half jaar" …)."""
    n = _FRACTIONS.get(count) or (int(count) if count.isdigit() else _NUMBERS[count])
    if unit.startswith("dag"):
        return ref + timedelta(days=round(n))
    if unit.startswith("we"):
        return ref + timedelta(days=round(n * 7))
    months = n * (12 if unit == "jaar" else 1)
    if months != int(months):  # "een halve maand"
        return _add_months(ref, int(months)) + timedelta(days=15)
    return _add_months(ref, int(months))


def _p_within(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    return ref, _later(ref, m.group(1), m.group(2))


def _p_in_time(m: re.Match[str], ref: date | None) -> tuple[date, date] | None:
    if ref is None:
        return None
    day = _later(ref, m.group(1), m.group(2))
    return day, day


_YR = rf"({_YEAR[1:-1]}|dit jaar|volgend jaar|komend jaar)"
_UNITS = r"(dagen|dag|weken|week|maanden|maand|jaar)"
_PARSERS: tuple[tuple[str, Callable[[re.Match[str], date | None], tuple[date, date] | None]],
                ...] = (
    (rf"(?:de )?(?:{_ORDS}|laatste) week van {_MONTH}(?: {_YEAR})?", _p_week_of_month),
    (rf"(?:het )?{_ORDS} kwartaal(?: van)?(?: {_YR})?", _p_quarter),
    (rf"q([1-4])(?: van)?(?: {_YR})?", _p_q),
    (rf"(?:de |het )?{_ORDS} (?:helft|halfjaar)(?: van)?(?: {_YR})?", _p_half),
    (rf"(\d{{1,2}}) {_MONTH}(?: {_YEAR})?", _p_day),
    (rf"(?:(begin|medio|half|halverwege|eind van|eind|einde|ultimo) )?{_MONTH}(?: {_YEAR})?",
     _p_month),
    (rf"(?:het|de) (zomer|kerst|herfst|voorjaars|krokus|mei)reces(?: van {_YEAR})?", _p_recess),
    (r"(?:(dit|deze|komend|komende|volgend|volgende) )?(?:het |de )?"
     rf"(voorjaar|lente|zomer|najaar|herfst|winter)(?: van ({_YEAR[1:-1]}|het daaropvolgende jaar"
     r"|volgend jaar|dit jaar))?", _p_season),
    (r"de (?:komende )?begrotingsbehandeling(?:en)?", _p_budget),
    (r"de jaarwisseling", _p_year_end),
    (r"later dit jaar", _p_rest_of_year),
    (rf"(?:het )?(begin|medio|half|halverwege|eind|einde) (?:van )?({_YEAR[1:-1]}|{_REL_YEAR})",
     _p_part_of_year),
    (rf"(ultimo) ({_YEAR[1:-1]}|{_REL_YEAR})", _p_part_of_year),
    (r"(?:het )?(einde?) van ((?:dit|het|volgend|komend) jaar)", _p_part_of_year),
    (rf"{_YR}", _p_year),
    (rf"prinsjesdag(?: {_YEAR})?", _p_prinsjesdag),
    (r"het komende jaar", _p_coming_year),
    (r"(volgende|komende|deze) (week|maand)", _p_relative),
    (rf"(?:uiterlijk )?binnen {_COUNT} {_UNITS}", _p_within),
    (rf"over {_COUNT} {_UNITS}", _p_in_time),
    (rf"(?:aanstaande |komende |volgende )?{_WEEKDAY}(?: a\.s\.| aanstaande)?", _p_weekday),
    (rf"de (?:ontwerp)?begroting(?: voor| van)? {_YEAR}", _p_budget_year),
    (rf"(?:binnen )?(?:de|een) (?:wettelijke |gestelde )?termijn van {_COUNT} {_UNITS}",
     _p_within),
)
