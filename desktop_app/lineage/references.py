"""Sentences of a letter that look back: they name an earlier letter or promise, deliver
what was promised, postpone it, repeat it or change it.

A later letter refers to a commitment in a few ways (issue 20): it cites the earlier letter
(by Kamerstuk number or date), it names the promise ("heb ik toegezegd", "Met deze brief doe
ik mijn toezegging gestand"), it says it delivers ("Hierbij informeer ik u over …"), or it
postpones ("niet binnen de gestelde termijn … verwacht ik u … te sturen"). This module finds
those sentences and what they cite; :mod:`desktop_app.lineage.linker` ranks them against a
commitment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.ingest.dutch import DATE_RE, MONTHS, normalise_dossier, parse_dutch_date
from desktop_app.model import Block, Letter

# "Kamerstuk 31016, nr. 58", "Kamerstukken II 2013/14, 31 016, nr. 58", "(31016-58)"
KAMERSTUK_REF = re.compile(
    r"\b(\d{2}\s?\d{3}(?:[-\s](?:[IVXL]{1,5}|[A-Z]{1,2}|\d{2}))?)\s*,?\s*(?:nr\.|nrs?\.?)\s*"
    r"(\d{1,4})\b|\bkst-(\d{5}(?:-[0-9A-Z]{1,5})?)-(\d{1,4})\b")

_LOOKING_BACK = re.compile(
    r"toegezegd|toezegging|heb(?:ben)? (?:ik|wij|we) (?:u|uw Kamer)?\s*(?:\w+\s){0,3}?"
    r"(?:laten weten|gemeld|bericht|geïnformeerd|aangekondigd|toegezegd|beloofd)|"
    r"zoals (?:eerder )?(?:aangekondigd|toegezegd|gemeld|vermeld|aangegeven|afgesproken)|"
    r"in (?:mijn|onze|de) (?:vorige |eerdere )?(?:brief|voortgangsbrief|voortgangsrapportage)"
    r" van|eerder (?:heb ik|hebben wij|is uw Kamer)|gestand|ter uitvoering van|"
    r"(?:conform|volgens) (?:de |mijn )?(?:toezegging|afspraak)",
    re.IGNORECASE)
_WITH_THIS_LETTER = r"\b(?:hierbij|met deze brief|bijgaand|in deze brief)"
_DELIVERS = re.compile(
    _WITH_THIS_LETTER + r"\b.{0,80}?\b(?:informeer|ontvangt|bied|stuur|zend|doe|geef|kom|"
    r"reageer|ga)\b|"
    # the plural right after it ("Hierbij bieden de ministers u …"): further on, "bieden" or
    # "gaan" is an infinitive ("Hierbij is verzocht om in te gaan op …")
    + _WITH_THIS_LETTER + r"\s+(?:informeren|bieden|sturen|zenden|doen|geven|komen|reageren|"
    r"gaan)\b|\b(?:informeer|bied|stuur|zend) (?:ik|wij|we) "
    r"(?:u|uw Kamer)\b|\bontvangt u\b|"
    # a summary page of the letter (rijksoverheid.nl): "Kamerbrief waarin de minister … zijn
    # visie … aanbiedt", "Kamerbrief over …: de minister stuurt de Kamer …"
    r"\bkamerbrief\s+(?:waarin|waarmee|over|met)\b.{0,200}?\b(?:aanbiedt|aanbieden|stuurt|"
    r"toestuurt|informeert|presenteert|reageert)\b",
    re.IGNORECASE)
_POSTPONES = re.compile(
    r"\buitstel|\blater dan|\bvertraging|\bvertraagd|\bniet (?:binnen|voor|vóór|eerder dan|"
    r"op tijd)\b|\bniet mogelijk (?:gebleken|om)\b|\bmeer tijd\b|\btermijn\b.{0,60}\bniet\b|"
    r"\bverwacht(?:en)? (?:ik|wij|we) (?:u|uw Kamer)\b|\b(?:kan|kunnen) (?:ik|wij|we) "
    r"(?:u|uw Kamer) (?:pas|nog niet)\b|\bverlengen\b|\bopschorten\b",
    re.IGNORECASE)
_CHANGES = re.compile(
    r"\bin afwijking van\b|\banders dan (?:eerder|aangekondigd|toegezegd)|\bheb(?:ben)? "
    r"(?:ik|wij|we) besloten\b.{0,80}\b(?:niet|anders|af te zien)\b|\bzie(?:n)? (?:ik|wij|we) "
    r"af van\b|\bgewijzigd\b|\bniet langer\b|\bherzien\b",
    re.IGNORECASE)
_REPEATS = re.compile(
    r"\b(?:zal|zullen|blijf|blijven|wil|willen)\b.{0,80}\b(?:informeren|sturen|rapporteren|"
    r"toesturen|zenden|op de hoogte (?:houden|stellen))\b|\belk(?:e)? (?:half )?jaar\b|"
    r"\bjaarlijks\b|\bhalfjaarlijks\b|\bperiodiek\b",
    re.IGNORECASE)
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})[-/](\d{1,2})[-/](\d{4})\b")
# "27 mei jl.", "1 en 10 juni", "25 januari1" (a footnote mark glued on), "4 en 5 december"
_DAY_MONTHS = re.compile(
    r"\b(\d{1,2}(?:\s*(?:,|en|t/m|tot en met|[-–])\s*\d{1,2})*)\s+(" + "|".join(MONTHS)
    + r")(?![a-z])", re.IGNORECASE)
_LETTER_WORD = re.compile(r"\b(?:brief|brieven|kamerbrief|schrijven)\b", re.IGNORECASE)
_LETTER_OF = re.compile(r"\b(?:brief|brieven|kamerbrief|schrijven)\s+(?:[^\W\d]+\s+){0,6}?"
                        r"(?:van|d\.d\.)\s+$", re.IGNORECASE)
# a meeting right before a date, with no letter between: "het debat van", "het AO op"
_MEETING_DATE = re.compile(
    r"\b(?:debat|debatten|begrotingsbehandeling|overleg|ao|notaoverleg|wetgevingsoverleg"
    r"|commissiedebat|commissieoverleg|vragenuur|plenaire behandeling|behandeling|vergadering"
    r"|bijeenkomst|hoorzitting|rondetafelgesprek|regeling van werkzaamheden)\b"
    rf"(?:(?!{_LETTER_WORD.pattern})[^.;])*$", re.IGNORECASE)
_TIME_WORD = re.compile(
    r"\b(?:voor|vóór|uiterlijk|in|op|per|vanaf|tot|na|tegen|rond|sinds|dat|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+$", re.IGNORECASE)
# "het verslag van de Eurogroep van 17 en 18 februari": the date of what the sentence is about
_OF_DATE = re.compile(r"\bvan\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
# a delivery still to come, with a term: "stuur ik u in januari 2014", "verwacht ik u … te",
# "streef ik naar toezending in september", "zal … doen toekomen"
_ANNOUNCES = re.compile(
    r"\b(?:stuur|zend|informeer|bied)\s+(?:ik|wij|we)\s+(?:u|uw Kamer)\b(?!\s+hierbij)|"
    r"\bverwacht(?:en)?\s+(?:ik|wij|we)\b.{0,120}?\bte\s+(?:kunnen\s+)?(?:\w+\s+)?"
    r"(?:sturen|informeren|zenden|toesturen|aanbieden|ronden|afronden)\b|"
    r"\b(?:streef|streven)\b.{0,40}\b(?:toezending|verzending|te\s+(?:sturen|informeren|"
    r"zenden))\b|"
    r"\b(?:zal|zullen)\b.{0,120}?\b(?:sturen|toesturen|informeren|zenden|toekomen|"
    r"aanbieden|ontvangen)\b|\bontvangt u\b.{0,80}?\b(?:in|voor|vóór|na|rond)\s+"
    r"(?:de |het )?(?:" + "|".join(MONTHS) + r"|zomer|najaar|voorjaar|winter|eind|begin|medio)",
    re.IGNORECASE)
# the letter itself hands over: then "stuur ik u" is not a delivery still to come
_HERE = re.compile(r"\b(?:hierbij|bijgaand|hiermee|met deze brief|in deze brief)\b",
                   re.IGNORECASE)
# a standing promise restated: "elk half jaar informeer ik u", "twee keer per jaar", "sinds"
_STANDING = re.compile(
    r"\belk(?:e)?\s+(?:half\s+)?(?:jaar|kwartaal|maand)\b|\b(?:half)?jaarlijks(?:e)?\b|"
    r"\b(?:twee|drie|vier)\s+keer\s+per\s+jaar\b|\bper\s+(?:kwartaal|half\s+jaar)\b|"
    r"\bperiodiek(?:e)?\b|\bnog\s+steeds\b|\bzoals\s+gebruikelijk\b|\bregelmatig\b",
    re.IGNORECASE)

# where a promise was made, when not in a letter: a debate or meeting of (a committee of) the
# Kamer, a motion, questions; the phrase runs to the verb of the sentence ('heb ik …
# toegezegd'), a comma or the sentence's end ('jl.' is no end)
_ORIGIN_END = (r".{0,140}?(?=\s(?:heb|hebben|heeft|is|zijn|was|werd|werden|toegezegd|zeg|zegde|"
               r"zegden|gedane?|gevraagd|verzocht|aangenomen|ingediend|zal|zou)\b|"
               r"\sen\s+(?:[^\W\d]+\s+)?(?:ik|wij|we)\b|\s?[,;:]|\.\s+[A-Z]|\.?$)")
_ORIGIN = re.compile(
    r"\b(?:tijdens|in|bij|na)\s+(?:het|de|dat|die)\s+(?:[^\W\d]+\s+){0,3}?"
    r"(?:(?:algemeen|schriftelijk|notaoverleg|wetgevingsoverleg|commissie|plenair|plenaire)"
    r"[^\W\d]*\s+)?(?:overleg|debat|commissiedebat|notaoverleg|wetgevingsoverleg|"
    r"dertigledendebat|tweeminutendebat|ao|vao|vragenuur|begrotingsbehandeling|"
    r"begrotingsdebat|mondelinge vragenuur)\b" + _ORIGIN_END
    + r"|\b(?:de|een|deze|die)\s+(?:door\s+uw\s+kamer\s+)?(?:aangenomen\s+|gewijzigde\s+)?"
    r"(?:motie|moties|amendement)(?:\s+van\s+(?:het\s+lid|de\s+leden)\s+"
    r"(?:(?:van|der|de|den)\s+)*[\w’'-]+(?:\s+(?:en|c\.s\.)\s*[\w’'-]*)*|"
    r"[-\s][\w’'-]+(?:/[\w’'-]+)*)"
    + r"|\b(?:de\s+)?(?:schriftelijke\s+|kamer)?vragen\s+van\s+(?:het\s+lid|de\s+leden)"
    r"\s+[\w’'-]+",
    re.IGNORECASE)


def origins(text: str) -> tuple[str, ...]:
    """Where a sentence says something was promised or asked, other than a letter: a debate
    or meeting ('tijdens het algemeen overleg van 19 september'), a motion ('de motie-Flach/
    Zeedijk'), questions of a member; the phrases as written."""
    return tuple(m.group(0).strip() for m in _ORIGIN.finditer(text))


@dataclass(frozen=True)
class Reference:
    """A sentence of a letter that may refer back to a commitment."""

    letter_id: str
    start: int
    end: int
    text: str
    cites: tuple[str, ...] = ()  # Kamerstukken named ("31016-58"), with its footnotes
    dates: tuple[str, ...] = ()  # dates named (ISO), e.g. "mijn brief van 28 oktober 2013"
    looks_back: bool = False  # "toegezegd", "zoals aangekondigd" …
    delivers: bool = False  # "Hierbij informeer ik u over …"
    postpones: bool = False
    changes: bool = False
    repeats: bool = False
    opening: bool = False  # among the first sentences of the letter (what it is about)
    # dates without a year, (day, month), in a sentence about a letter: "mijn brief van 27
    # mei jl.", "mijn brieven van 1 en 10 juni"
    letter_days: tuple[tuple[int, int], ...] = ()
    # the dates of what the sentence is about: "het verslag van de Eurogroep van 17 en 18
    # februari" (a report of another meeting is not the one promised)
    of_days: tuple[tuple[int, int], ...] = ()
    announces: bool = False  # a delivery still to come, with or without a (new) term
    standing: bool = False  # a standing, periodic promise ("elk half jaar", "nog steeds")
    context: str = ""  # the sentences after and before: what they say decides the kind
    # where the sentence says a promise was made, other than a letter it cites: a debate
    # ("tijdens het algemeen overleg over … op 22 november jl."), a motion ("de motie-Flach"),
    # questions of a member; the phrases as written
    origins: tuple[str, ...] = ()


def kamerstuk_key(dossier: str | None, number: str | None) -> str | None:
    """'31 016', '58' → '31016-58'; '21 501-07', '1642' → '21501-07-1642' (the form
    references are compared in)."""
    if not dossier or not number:
        return None
    compact = normalise_dossier(dossier) or re.sub(r"\s", "", dossier).upper()
    return f"{compact}-{str(number).lstrip('0') or '0'}"


def cited_kamerstukken(text: str) -> set[str]:
    """The Kamerstukken a text names, as '31016-58' keys."""
    found = set()
    for m in KAMERSTUK_REF.finditer(text):
        dossier, number = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        key = kamerstuk_key(dossier, number)
        if key:
            found.add(key)
    return found


def cited_dates(text: str) -> set[str]:
    """The dates a text names (ISO): '28 oktober 2013', '28-10-2013'; not the date of a debate
    or meeting ('Tijdens de begrotingsbehandeling op 7 en 8 november 2017 heb ik toegezegd'
    names no letter of 8 November)."""
    found = set()
    for m in DATE_RE.finditer(text):
        if _MEETING_DATE.search(text[max(0, m.start() - 60):m.start()]):
            continue
        iso = parse_dutch_date(m.group(0))
        if iso:
            found.add(iso)
    for m in _DATE_NUMERIC.finditer(text):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.add(f"{year:04d}-{month:02d}-{day:02d}")
    return found


def is_standing(text: str) -> bool:
    """The text states a standing, periodic promise ('elk half jaar', 'jaarlijks')."""
    return bool(_STANDING.search(text))


def day_months(text: str) -> list[tuple[int, int, int]]:
    """Day-month mentions without regard to the year: (day, month, where) for '27 mei jl.',
    each day of '1 en 10 juni'."""
    out = []
    for m in _DAY_MONTHS.finditer(text):
        month = MONTHS[m.group(2).lower()]
        for day in re.findall(r"\d{1,2}", m.group(1)):
            if 1 <= int(day) <= 31:
                out.append((int(day), month, m.start()))
    return out


def letter_days(text: str) -> set[tuple[int, int]]:
    """The (day, month) dates a sentence about a letter names ('mijn brief van 27 mei')."""
    return {(d, m) for d, m, at in day_months(text)
            if _LETTER_OF.search(text[max(0, at - 60):at])}


def object_days(text: str) -> set[tuple[int, int]]:
    """The (day, month) dates of what a sentence is about: those after 'van' that do not date
    a letter ('het verslag van de Eurogroep van 4 en 5 december', not 'mijn brief van …')."""
    out = set()
    for d, m, at in day_months(text):
        before = text[max(0, at - 40):at]
        if _OF_DATE.search(before) and not _LETTER_WORD.search(before):
            out.add((d, m))
    return out


def named_days(text: str) -> set[tuple[int, int]]:
    """The (day, month) dates a later sentence gives what it is about: after 'van' or right
    after a name ('Verslag Eurogroep 16 maart 2020'), not a term ('voor 1 december'), a
    moment ('op 5 oktober') or a letter's date."""
    out = set()
    for d, m, at in day_months(text):
        before = text[max(0, at - 60):at]
        if _LETTER_OF.search(before) or _TIME_WORD.search(before):
            continue
        out.add((d, m))
    return out


def _notes_of(letter: Letter, start: int, end: int) -> str:
    """The texts of the footnotes whose marks stand in ``text[start:end]``."""
    parts = []
    for note in letter.footnotes:
        if any(start <= a < end for a, _ in note.refs):
            parts.append(letter.text[note.start:note.end])
    return " ".join(parts)


OPENING_SENTENCES = 3


def references(letter: Letter) -> list[Reference]:
    """The sentences of a letter that may refer back to a commitment: those that look back,
    deliver, postpone, change or cite, and the letter's first sentences (what it is about:
    an implicit fulfilment often says no more than that)."""
    body_end = min((n.start for n in letter.footnotes), default=len(letter.text))
    blocks = [b for b in letter.blocks if b.kind in ("paragraph", "list_item")
              and b.end <= body_end] or [Block("paragraph", 0, body_end)]
    out: list[Reference] = []
    # imported here: the package imports the whole detector (0.1 s of the window's start)
    from desktop_app.commitments.rules import earlier_cue, is_postponement, lowered
    from desktop_app.commitments.sentences import split_sentences

    spans = split_sentences(letter.text, blocks)
    for index, (start, end) in enumerate(spans):
        sentence = letter.text[start:end]
        context = sentence + " " + _notes_of(letter, start, end)
        cites = tuple(sorted(cited_kamerstukken(context)))
        dates = tuple(sorted(cited_dates(context)))
        # what happens to the promise is often said in the sentence after the one that names
        # it ('Zoals ik in mijn brief van … heb aangekondigd, …. Dit blijkt niet mogelijk …')
        after = letter.text[spans[index + 1][0]:spans[index + 1][1]] \
            if index + 1 < len(spans) else ""
        before = letter.text[spans[index - 1][0]:spans[index - 1][1]] if index else ""
        both = sentence + " " + after
        # the commitment detector's rules for an earlier promise ("Ik heb daarin een
        # inhoudelijke reactie aangekondigd"); a postponement ("niet binnen de termijn") has a
        # flag of its own
        earlier = earlier_cue(lowered(sentence))
        flags = {
            "looks_back": bool(_LOOKING_BACK.search(sentence)
                               or (earlier and not is_postponement(earlier))),
            "delivers": bool(_DELIVERS.search(sentence)),
            "postpones": bool(_POSTPONES.search(both)),
            "changes": bool(_CHANGES.search(both)),
            "repeats": bool(_REPEATS.search(sentence)),
        }
        opening = index < OPENING_SENTENCES and not sentence.startswith("Geachte")
        days = tuple(sorted(letter_days(context)))
        announces = bool(_ANNOUNCES.search(sentence)) and not _HERE.search(sentence)
        if announces:  # "stuur ik u in januari 2014": still to come, not handed over
            flags["delivers"] = False
        standing = bool(_STANDING.search(sentence))
        if opening or cites or days or announces or standing or any(flags.values()):
            out.append(Reference(letter.id, start, end, sentence, cites, dates,
                                 opening=opening, letter_days=days,
                                 of_days=tuple(sorted(named_days(sentence))),
                                 announces=announces, standing=standing,
                                 context=(after + " " + before).strip(),
                                 origins=origins(sentence), **flags))
    return out


def month_name(month: int) -> str:
    return next(name for name, number in MONTHS.items() if number == month)


# derived data: a letter's references are kept in library.db (see lineage.derived) and read
# back as they were found; bump REFERENCES_VERSION whenever what ``references`` finds changes,
# the commitment detector's rules for an earlier promise included (a test ties them together)
# 8: the detector's earlier rules of 2.18 (a promise kept "gestand" further after
# "toezegging"); 7: the detector's earlier rules of 2.9 (a promise reported in the passive, "zich
# gecommitteerd aan"); 6: the date of a debate or meeting names no letter;
REFERENCES_VERSION = "8"  # 5: the detector's earlier rules of 2.7 (simple past, glued digit)
# 4: plural verbs of handing over ("Hierbij bieden wij u")
_PAIRS = ("letter_days", "of_days")


def reference_to_dict(ref: Reference) -> dict:
    """A reference as plain JSON values (its letter id is the row's, left out)."""
    data = {k: v for k, v in ref.__dict__.items() if k != "letter_id"}
    return {k: v for k, v in data.items() if v or k in ("start", "end", "text")}


def reference_from_dict(letter_id: str, data: dict) -> Reference:
    """The reference :func:`reference_to_dict` wrote."""
    fields = dict(data)
    for key in ("cites", "dates", "origins"):
        if key in fields:
            fields[key] = tuple(fields[key])
    for key in _PAIRS:
        if key in fields:
            fields[key] = tuple(tuple(pair) for pair in fields[key])
    return Reference(letter_id, **fields)
