"""Which later letter fulfils, postpones, repeats or changes a commitment (issue 20).

For a commitment in letter A, every later letter B of the library is a candidate; its best
referring sentence (see :mod:`desktop_app.lineage.references`) is scored on evidence a person
can check, and each proposal carries that evidence as its reasons:

- B names A: its Kamerstuk number, or its date ("mijn brief van 28 oktober 2013");
- B is in A's dossier;
- the words B's sentence (or B's subject) shares with the commitment, weighted by how rare
  they are in the library;
- the sentence looks back ("toegezegd", "zoals aangekondigd") or says it delivers;
- B came around the commitment's due date; B came long after (a weaker candidate).

The weights are few and set by hand from what each kind of evidence means; they are not
fitted to the labelled chains (tests/data/lineage), which only measure them.

Each reason is a :class:`~desktop_app.errors.Message`: the English the command line, JSON and
the evaluation show, with a ``code`` ("lineage-…") and its ``params`` for the window, which
words it in the user's language (``ui/shell/messages.py``). The params are the letter's own
words and dates (Dutch, as written); ``n`` is a count (weeks, months, years).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop_app.errors import Message
from desktop_app.ingest.dutch import MONTH_PATTERN, MONTHS
from desktop_app.lineage.references import (
    KAMERSTUK_REF,
    Reference,
    cited_kamerstukken,
    is_standing,
    kamerstuk_key,
    references,
)
from desktop_app.model import Letter

KINDS = ("fulfils", "postpones", "repeats", "changes")
PROPOSE_AT = 2.0  # below this score a later letter is not shown, not even as possible
TOP = 3
# weights of the evidence (set by hand; see evaluate.py for the figures on chains not looked
# at while setting them)
NAMED = 4.0  # the later sentence names the promise's letter
SAME_DOSSIER = 1.5
SAYS = 5.0  # times the weighted share of the promise's rare words the sentence says again
RESTATES = 0.3  # that share, in the same dossier, is direct evidence
TOPIC = 1.5
CONFLICT = 2.0  # about another dated or counted thing of the same kind
# the sentence keeps a promise made elsewhere (a debate, a motion) than the promise's letter
ELSEWHERE = 1.0
# the later letter hands over (its subject, or a sentence that hands over) at least this
# weighted share of what the promise says it will send ('het Integraal Herbeleggingsplan')
HANDS_OVER = 0.75
DELIVERABLE = 1.5
SOON = 1.0  # in the same dossier within SOON_DAYS of the promise (no due date to go by)
SOON_DAYS = 365
# a dossier's words said again this many years after the promise no longer show that it is
# the one answered (the dossier has gone on since; naming the letter still does), and the
# score starts to fall
LATE_YEARS = 3
# within a dossier of at least DOSSIER_MIN letters in the library, a word in at least this
# share of them is the dossier's vocabulary, not the promise's object
DOSSIER_COMMON = 0.75
DOSSIER_MIN = 5

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset("""
aangezien alleen alsnog andere anders betreft binnen brief daarbij daarnaast daarom dat deze
dient doen door echter eerder eerste enkele gaat geen heeft hebben hierbij hierin hierover hoe
informeren kabinet kamer kunnen maar meer mede minister mijn moet naar namelijk nieuwe niet nog
omdat onder ongeveer onze over reeds staatssecretaris tevens toegezegd toegezegde toezegging
toezeggingen tussen uiterlijk
verder voor vooral waar waarin want welke werd wordt worden zal zijn zich zoals zodat zullen
voorzitter geachte hoogachtend graag ingaan informeer stuur stuurt ontvangt bied zend
spoedig mogelijk daarna begin eind einde medio zomer najaar voorjaar winter herfst lente week
weken maand maanden binnenkort termijn verwacht verwachten korte volgende komende loop inmiddels
januari februari maart april juni juli augustus september oktober november december maandag
dinsdag woensdag donderdag vrijdag zaterdag zondag zomerreces kerstreces toekomen toesturen
sturen zenden
""".split())  # and time words: when is not what ('zo spoedig mogelijk', 'dit najaar')


def _stem(word: str) -> str:
    for suffix in ("ingen", "en", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Lower-case content words with a light Dutch stem (plural and inflection endings off),
    so 'evaluaties' and 'evaluatie', 'onderzoeken' and 'onderzoek' meet."""
    return list(_content_words(text))


@functools.lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(_stem(word) for word in _WORD.findall(text.lower()) if word not in _STOP)


def letter_words(text: str) -> set[str]:
    """The distinct content words of a whole letter (as :func:`content_words` finds them;
    not cached: a letter's text is met once)."""
    return {_stem(word) for word in _WORD.findall(text.lower()) if word not in _STOP}


def as_written(stems: Sequence[str], text: str) -> list[str]:
    """Stems shown as the words ``text`` has for them ('ruimtevaartsubsidi' → the
    'ruimtevaartsubsidies' of the sentence): reasons are read by people."""
    written: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        written.setdefault(_stem(word), word)
    return [written.get(stem, stem) for stem in stems]


@dataclass(frozen=True)
class Promise:
    """A commitment to link: its letter, place and sentence, and its due date if any."""

    letter_id: str
    start: int
    end: int
    text: str
    due: str | None = None  # ISO date: the latest day it allows
    kind: str | None = None  # promise, action, refusal, earlier (None: not known)
    # high or possible (a person's confirmation makes it high); None: not known, as sure as high
    confidence: str | None = None


@dataclass(frozen=True)
class Proposal:
    """A later sentence proposed as fulfilling, postponing, repeating or changing a promise."""

    promise: Promise
    reference: Reference
    kind: str
    score: float
    reasons: tuple[Message, ...]  # the evidence in words; str() is the English
    new_due: str | None = None  # a postponement's new due phrase
    # the evidence is direct (the letter named, the promise's words said again, or a look
    # back around the due date): shown as a proposal; otherwise only as a possible link
    direct: bool = False


@dataclass
class Library:
    """The letters a linker looks in: texts, dates, dossiers and word rarity."""

    letters: dict[str, Letter]
    dates: dict[str, date | None] = field(default_factory=dict)
    refs: dict[str, list[Reference]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    subjects: dict[str, list[str]] = field(default_factory=dict)
    # per dossier: how many of its letters the library holds, and per word in how many
    dossier_letters: Counter[str] = field(default_factory=Counter)
    dossier_seen: dict[str, Counter[str]] = field(default_factory=dict)
    _informative: dict[tuple[str, ...], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False)
    _index: _Index | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, letters: Iterable[Letter]) -> Library:
        """The view of these letters (their references and words found here)."""
        return cls.of_parts((letter, references(letter), letter_words(letter.text))
                            for letter in letters)

    @classmethod
    def of_parts(cls, parts: Iterable[tuple[Letter, list[Reference], Iterable[str]]]
                 ) -> Library:
        """The view of letters whose references and distinct content words are known (kept
        as derived data, see :mod:`desktop_app.lineage.derived`); the letters' texts are not
        needed (only their details)."""
        found = {letter.id: (letter, refs, words) for letter, refs, words in parts}
        lib = cls({lid: letter for lid, (letter, _, _) in found.items()})
        seen: Counter[str] = Counter()
        for lid, (letter, refs, words) in found.items():
            lib.dates[lid] = _date(letter.metadata.date)
            lib.refs[lid] = list(refs)
            distinct = set(words)
            seen.update(distinct)
            md = letter.metadata
            if md.dossier:
                lib.dossier_letters[md.dossier] += 1
                lib.dossier_seen.setdefault(md.dossier, Counter()).update(distinct)
            lib.subjects[lid] = content_words(" ".join(x for x in (md.subject, md.title) if x))
        n = max(len(lib.letters), 1)
        # a word in more than one letter in twelve says nothing about which letter answers
        # which ('verwacht', 'week', 'inzet'): it weighs nothing
        common = max(3, n // 12)
        lib.idf = {word: (math.log((n + 1) / (count + 0.5)) if count <= common else 0.0)
                   for word, count in seen.items()}
        return lib

    def weight(self, word: str) -> float:
        weight = self.idf.get(word)
        return weight if weight is not None else math.log(len(self.letters) + 2)

    def informative(self, words: Sequence[str]) -> list[str]:
        return [w for w in words if self.weight(w) > 0]

    def dossier_words(self, dossier: str) -> frozenset[str]:
        """The words most letters of a dossier use (at least DOSSIER_COMMON of them, and at
        least DOSSIER_MIN letters): the dossier's own vocabulary, no evidence within it."""
        key = ("dossier", dossier, DOSSIER_MIN, DOSSIER_COMMON)
        found = self._informative.get(key)
        if found is None:
            n = self.dossier_letters.get(dossier, 0)
            seen = self.dossier_seen.get(dossier, Counter())
            found = frozenset(w for w, c in seen.items() if c >= DOSSIER_COMMON * n) \
                if n >= DOSSIER_MIN else frozenset()
            self._informative[key] = found
        return found

    def informative_set(self, words: Sequence[str]) -> frozenset[str]:
        """The words that say something, as a set (cached: each sentence is met per promise)."""
        key = tuple(words)
        found = self._informative.get(key)
        if found is None:
            found = self._informative[key] = frozenset(self.informative(words))
        return found


# a library of more letters than this is searched through its index (below, the later
# letters are all read: the same proposals either way)
SCAN_BELOW = 64
# the most a later sentence scores without any evidence the index finds (it looks back): a
# threshold at or below it reads every later letter
NO_EVIDENCE_MAX = 1.0


class _Index:
    """Which later letters can answer a promise at all, without reading every letter.

    A later sentence scores at least ``PROPOSE_AT`` (2) only with evidence of one of four
    kinds; without any of them its score is at most 1 (it looks back):

    - it is in the promise's dossier;
    - it names the promise's letter (its Kamerstuk, its date, or its day and month);
    - it or its letter's subject shares a word that weighs something with the promise or
      the promise's subject (the words of the evidence, ``_overlap``);
    - its letter came around the promise's due date (60 days before to 120 after).

    So the letters of the dossier, the letters citing that Kamerstuk or date, the letters
    listed under the promise's weighing words (an inverted index of each letter's referring
    sentences and subject) and the letters dated in the due window are the candidates; the
    rest cannot be proposed. Per promise this costs the postings of its few distinctive
    words, its dossier and one date window, not the whole library.
    """

    def __init__(self, lib: Library):
        self.order = {lid: n for n, lid in enumerate(lib.refs)}
        self.by_dossier: dict[str, list[str]] = {}
        self.by_cite: dict[str, list[str]] = {}
        self.by_date: dict[str, list[str]] = {}
        self.by_day: dict[tuple[int, int], list[str]] = {}
        self.by_word: dict[str, list[str]] = {}
        # per letter: what its sentences cite, the dates and days they name, its words
        self.of_letter: dict[str, tuple[frozenset, frozenset, frozenset, frozenset]] = {}
        dated = []
        for lid, refs in lib.refs.items():
            letter = lib.letters.get(lid)
            if letter is None:
                continue
            if letter.metadata.dossier:
                self.by_dossier.setdefault(letter.metadata.dossier, []).append(lid)
            if lib.dates.get(lid) is not None:
                dated.append((lib.dates[lid], lid))
            words = set(lib.subjects.get(lid, ()))
            cites, dates, days = set(), set(), set()
            for ref in refs:
                words.update(content_words(ref.text))
                cites.update(ref.cites)
                dates.update(ref.dates)
                days.update(ref.letter_days)
            informative = frozenset(lib.informative(words))
            self.of_letter[lid] = (frozenset(cites), frozenset(dates), frozenset(days),
                                   informative)
            for key, found in ((self.by_cite, cites), (self.by_date, dates),
                               (self.by_day, days), (self.by_word, informative)):
                for value in found:
                    key.setdefault(value, []).append(lid)
        dated.sort()
        self.dated = dated
        self.days = [d for d, _ in dated]

    def word_bound(self, lib: Library, letter_id: str, said: frozenset[str],
                   topic: frozenset[str]) -> float:
        """The most a sentence of the letter can score for a promise on the words alone
        (not in its dossier, not naming it, not around its due date): the shares of the
        promise's words the whole letter's referring sentences and subject have, weighed
        as ``_weigh`` weighs them, and a look back."""
        have = self.of_letter[letter_id][3]
        bound = NO_EVIDENCE_MAX
        for weight, words in ((SAYS, said), (TOPIC, topic)):
            total = sum(lib.weight(w) for w in words)
            if total:
                bound += weight * sum(lib.weight(w) for w in words & have) / total
        return bound

    def candidates(self, lib: Library, promise: Promise, words: Sequence[str],
                   subject: Sequence[str], bound: float | None = None) -> list[str]:
        """The letters that may answer the promise, in the library's order (``bound``: a
        letter only its words speak for must be able to reach this score)."""
        source = lib.letters[promise.letter_id]
        md = source.metadata
        found: set[str] = set()
        if md.dossier:
            found.update(self.by_dossier.get(md.dossier, ()))
        key = kamerstuk_key(md.dossier, md.number)
        if key:
            found.update(self.by_cite.get(key, ()))
        source_date = lib.dates.get(promise.letter_id)
        if source_date is not None:
            found.update(self.by_date.get(source_date.isoformat(), ()))
            found.update(self.by_day.get((source_date.day, source_date.month), ()))
        due = _date(promise.due) if promise.due else None
        if due is not None:
            lo = bisect.bisect_left(self.days, due - timedelta(days=60))
            hi = bisect.bisect_right(self.days, due + timedelta(days=120))
            found.update(lid for _, lid in self.dated[lo:hi])
        said, topic = lib.informative_set(words), lib.informative_set([*words, *subject])
        by_words: set[str] = set()
        for word in topic:
            by_words.update(self.by_word.get(word, ()))
        by_words -= found
        if bound is not None:  # only the words speak for these: can they reach ``bound``?
            by_words = {lid for lid in by_words
                        if self.word_bound(lib, lid, said, topic) >= bound}
        found |= by_words
        order = self.order
        return sorted((lid for lid in found if lid in lib.refs and lid in order),
                      key=order.__getitem__)


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _overlap(lib: Library, a: Sequence[str], b: Sequence[str],
             dossier: str | None = None) -> tuple[float, list[str]]:
    """Weighted share of ``a``'s distinct words that ``b`` has (0..1), and those words; within
    ``dossier``, the words its letters commonly use weigh nothing."""
    wa, wb = lib.informative_set(a), lib.informative_set(b)
    if dossier:
        wa = wa - lib.dossier_words(dossier)
    if not wa or not wb:
        return 0.0, []
    shared = sorted(wa & wb, key=lambda w: (-lib.weight(w), w))
    total = sum(lib.weight(w) for w in wa)
    return (sum(lib.weight(w) for w in shared) / total if total else 0.0), shared


def _dutch(d: date) -> str:
    from desktop_app.lineage.references import month_name

    return f"{d.day} {month_name(d.month)} {d.year}"


_ORDINAL = re.compile(
    r"\b(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\b"
    r"((?:\s+[^\W\d_]+){1,4})", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _ordinals(text: str) -> dict[str, str]:
    """Stem of a counted thing → its ordinal: 'de tweede voortgangsrapportage' →
    {'voortgangsrapportag': 'tweede'}."""
    out: dict[str, str] = {}
    for m in _ORDINAL.finditer(text):
        for word in content_words(m.group(2)):
            out.setdefault(word, m.group(1).lower())
    return out


def _conflict(promise_text: str, ref: Reference, subject: str = "") -> Message | None:
    """Why the later sentence is about another thing of the same kind than the promise: it
    dates it otherwise ('het verslag van de Eurogroep van 17 en 18 februari' for the report of
    4 and 5 December), counts it otherwise ('de derde voortgangsrapportage' for the second) or
    gives it other years ('Stand spreiding rijkswerkgelegenheid 2025 - 2029' in the letter's
    subject for the stand 2024–2028)."""
    from desktop_app.lineage.references import month_name, object_days

    ours, theirs = _years(promise_text), _years(ref.text + " \n " + subject)
    for word, years in ours.items():
        if word in theirs and theirs[word] != years:
            return Message(f"but {theirs[word]}, not {years}", "lineage-other-years",
                           theirs=theirs[word], ours=years)

    mine, theirs = object_days(promise_text), set(ref.of_days)
    if mine and theirs and not mine & theirs:
        day, month = sorted(theirs)[0]
        day_month = f"{day} {month_name(month)}"
        return Message(f"but about {day_month}, not the promised one", "lineage-other-day",
                       day=day_month)
    counted, other = _ordinals(promise_text), _ordinals(ref.text)
    for word, ordinal in counted.items():
        if word in other and other[word] != ordinal:
            return Message(f"but the {other[word]}, not the {ordinal}", "lineage-other-ordinal",
                           theirs=other[word], ours=ordinal)
    return None


# a thing named with its year or years: 'rijkswerkgelegenheid 2024–2028', 'Jaarverslag 2022',
# 'de begroting 2025' (not 'in 2025', 'voor 2025', 'voorjaar 2022': times, not names)
_NAMED_YEARS = re.compile(
    r"([^\W\d_]{4,})[ \t]+((?:19|20)\d{2}(?:[ \t]*[-–/][ \t]*(?:19|20)?\d{2}(?!\d))?)(?!\d)")


@functools.lru_cache(maxsize=4096)
def _years(text: str) -> dict[str, str]:
    """Stem of a thing named with years → those years ('2024-2028'): 'stand spreiding
    rijkswerkgelegenheid 2024 - 2028' → {'rijkswerkgelegenheid': '2024-2028'}."""
    out: dict[str, str] = {}
    for m in _NAMED_YEARS.finditer(text):
        words = content_words(m.group(1))
        if not words:
            continue  # a time word ('voorjaar 2022', 'januari 2014')
        years = re.sub(r"\s", "", m.group(2)).replace("–", "-")
        low, _, high = years.partition("-")
        if high and len(high) == 2:
            high = low[:2] + high
        out.setdefault(words[0], f"{low}-{high}" if high else low)
    return out


# what a promise says it will send or inform about: 'informeren over dit Integraal
# Herbeleggingsplan Vastgoed Defensie', 'De Kamerbrief stand spreiding … zal … worden
# aangeboden', 'zal ik u de visie op het mestbeleid … toesturen', 'ontvangt u het rapport'
_NP = r"(?:de|het|een|dit|deze|mijn|onze|die|dat)\s[^.;:]{4,140}?"
_SEND = (r"(?:sturen|toesturen|zenden|toezenden|aanbieden|toekomen|aan\s+(?:u|uw\s+Kamer|de\s+"
         r"Kamer)\s+(?:te\s+)?(?:sturen|zenden|aanbieden|toesturen)|ontvangen|aangeboden|"
         r"toegestuurd|gestuurd|verzonden|toegezonden|gepubliceerd|aan)\b")
_DELIVERABLE = re.compile(
    r"\b(?:informeren|informeer|inlichten|rapporteren|berichten|op de hoogte stellen)"
    r"(?:\s+(?:ik|wij|we|u|uw\s+Kamer|de\s+Kamer))*(?:\s+[^\W\d]+){0,4}?\s+over\s+"
    r"(?P<a>[^.;:]{4,140}?)(?=\s*(?:[.;:]|$|,\s|\s(?:en\s+)?(?:te|zal|zullen|voor|vóór|in|"
    r"uiterlijk|rond|na|begin|eind|medio)\s))|"
    r"^\W*(?P<b>" + _NP + r")\s+(?:zal|zullen|wordt|worden)\b.{0,120}?\b" + _SEND + "|"
    r"\b(?:zal|zullen|stuur|zend|bied|ontvangt)\s+(?:(?:ik|wij|we)\s+)?(?:u|uw\s+Kamer|de\s+Kamer)"
    r"\s+(?:(?:[^\W\d]+|\d+)\s+){0,7}?(?P<c>" + _NP + r")\s+(?:(?:te|doen)\s+)?" + _SEND + "|"
    r"\b(?:uw\s+Kamer|de\s+Kamer|u)\s+(?:zal|zult|zullen|ontvangt)\s+(?:(?:[^\W\d]+|\d+)\s+){0,7}?"
    r"(?P<d>" + _NP + r")(?:\s+ontvangen\b|\s*[.;:]|$)|"
    r"\bontvangt\s+(?:u|uw\s+Kamer)\s+(?P<f>" + _NP + r")(?=\s*(?:[.;:,]|$))|"
    r"\bom\s+(?:(?:[^\W\d]+|\d+)\s+){0,4}?(?P<e>" + _NP + r")\s+aan\s+(?:de|uw)\s+Kamer\s+"
    r"(?:te\s+(?:sturen|zenden|doen\s+toekomen)|toe\s+te\s+sturen|aan\s+te\s+bieden)",
    re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def deliverable(promise_text: str) -> str | None:
    """What the promise says it will send or inform about, as written ('dit Integraal
    Herbeleggingsplan Vastgoed Defensie'), if the sentence says it plainly."""
    m = _DELIVERABLE.search(promise_text.strip())
    if m is None:
        return None
    return next(g for g in m.groups() if g).strip()


# 'een stand-van-zakenbrief te sturen': the noun phrase before a verb of sending names the
# thing sent ('ben ik voornemens u … een «beleids- en uitvoeringsbrief» te sturen')
_TO_SEND = re.compile(r"\s(?:te\s+(?:sturen|versturen|zenden|doen\s+toekomen)|toe\s+te\s+"
                      r"(?:sturen|zenden)|aan\s+te\s+bieden)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:de|het|een|dit|deze|mijn|onze)\s", re.IGNORECASE)
# what every promised letter may be called: it says nothing of which one
_GENERIC_THING = frozenset(content_words("brief kamerbrief informatie reactie"))


def sent_thing(text: str) -> str | None:
    """What a sentence says is (or was) to be sent or told about, as written, if it says so
    plainly: its :func:`deliverable`, or the noun phrase before 'te sturen'."""
    thing = deliverable(text)
    if thing:
        return thing
    m = _TO_SEND.search(text)
    if m is None:
        return None
    before = text[max(0, m.start() - 80):m.start()]
    determiners = list(_DETERMINER.finditer(before))
    if not determiners:
        return None
    return before[determiners[-1].start():].strip() or None


def _recalls_other(promise_text: str, ref: Reference) -> str | None:
    """The thing a later sentence says was promised, when that is plainly not the promise's
    thing: 'In mijn brief van 16 maart heb ik toegezegd … een stand-van-zakenbrief te
    sturen' names the letter of a promise to send a «beleids- en uitvoeringsbrief», but for
    another of its promises. None when either says no thing of its own ('een brief', 'u te
    informeren'), the promise's sentence has the words of the recalled thing, or the later
    sentence has the words of the promise's thing ('toegezegd u de voortgangsrapportage voor
    de begrotingsbehandeling te sturen': the phrase before 'te sturen' may be a time)."""
    if not ref.looks_back:
        return None
    said, own = sent_thing(ref.text), sent_thing(promise_text)
    if not said or not own:
        return None
    said_words = set(content_words(said)) - _GENERIC_THING
    own_words = set(content_words(own)) - _GENERIC_THING
    if not said_words or not own_words or said_words & set(content_words(promise_text)) \
            or own_words & set(content_words(ref.text)):
        return None
    return said


def _cites_other(promise_text: str, ref: Reference) -> str | None:
    """The Kamerstuk a later sentence looks back at, when it is not the promise's letter nor
    one the promise cites itself: 'Ik heb in mijn brief van 3 maart 2011 (…, 29 659, nr. 66)
    aangegeven dat Staatsbosbeheer en de Waddengemeenten een bestuurlijk akkoord hebben
    bereikt' recalls what letter 66 said, not the promise of letter 64 to report it."""
    if not ref.looks_back or not ref.cites:
        return None
    own = cited_kamerstukken(promise_text)
    return next((key for key in ref.cites if key not in own), None)


def _kind(ref: Reference, promise: Promise | None = None, later_date: str | None = None,
          letter_delivers: bool = False) -> str:
    """The kind of reference, read from the sentence and its neighbours: it hands over
    (fulfils), announces a delivery still to come with a new term (postpones) or the old one
    (repeats), restates a standing promise (repeats), or departs from it (changes).
    ``letter_delivers``: the later letter's opening hands something over (a delay it names
    was then made up)."""
    text = ref.text + " " + ref.context
    if promise is not None and is_standing(promise.text):
        return "repeats"  # a periodic promise is never done: each instalment restates it
    if ref.changes and not ref.delivers:
        return "changes"
    if ref.delivers and not ref.announces:
        if _PROGRESS.search(ref.text) and not (promise and _PROGRESS.search(promise.text)):
            return "repeats"  # progress on what was promised: still open
        return "fulfils"
    if ref.announces or ref.postpones:
        if promise is not None and promise.due and _same_term(ref, promise.due, later_date):
            return "repeats"
        if ref.standing and not ref.postpones:
            return "repeats"
        if ref.postpones and not ref.announces and letter_delivers:
            return "fulfils"
        return "postpones" if (ref.postpones or _has_term(ref.text, later_date)) else "repeats"
    if ref.standing or _REPEATS_CUE.search(text) and not ref.looks_back:
        return "repeats"
    return "fulfils"


_PROGRESS = re.compile(r"\bvoortgang|\bstand van zaken\b|\btussenstand", re.IGNORECASE)
_REPEATS_CUE = re.compile(r"\b(?:wordt|worden)\s+(?:u|uw Kamer)\b.{0,120}\bgeïnformeerd\b|"
                          r"\b(?:blijf|blijven)\s+(?:ik|wij|we)\b", re.IGNORECASE)


def _has_term(text: str, letter_date: str | None) -> bool:
    from desktop_app.commitments.deadlines import find_deadline

    return find_deadline(text, letter_date) is not None


def _same_term(ref: Reference, due: str, letter_date: str | None) -> bool:
    """The sentence (or its neighbours) keeps the promise's term ('nog steeds streef ik naar
    toezending in september' for a visie promised in September) and names no later one."""
    from desktop_app.commitments.deadlines import find_deadline, normalise_deadline

    terms = []
    for text in (ref.text, ref.context):
        phrase = find_deadline(text, letter_date)
        span = normalise_deadline(phrase, letter_date) if phrase else None
        if span and span.get("to"):
            terms.append(span["to"][:7])
    # the old term said again beside a later one ('zou ik u voor 1 december … ; ik verwacht u
    # voor 1 maart …') is a postponement
    return bool(terms) and all(term <= due[:7] for term in terms) and due[:7] in terms


def _names(lib: Library, source: Letter, ref: Reference) -> Message | None:
    """How the later sentence names the promise's letter, if it does: by Kamerstuk number,
    by its date, or by day and month in a sentence about a letter ('mijn brief van 27 mei')."""
    md = source.metadata
    key = kamerstuk_key(md.dossier, md.number)
    source_date = lib.dates.get(source.id)
    if key and key in ref.cites and not (source_date and _cited_on_other_day(ref.text,
                                                                            source_date, key)):
        return Message(f"names the letter (Kamerstuk {md.dossier}, nr. {md.number})",
                       "lineage-names-kamerstuk", dossier=md.dossier, number=md.number)
    if source_date is None:
        return None
    # a date names "my letter of 4 March": many letters share a day, so only a letter of the
    # same dossier or the same signer or ministry is the one meant (a Kamerstuk number is
    # unique and needs no such check)
    later = lib.letters.get(ref.letter_id)
    if later is not None and not _same_hand(md, later.metadata):
        return None
    later_date = lib.dates.get(ref.letter_id)
    by_date = source_date.isoformat() in ref.dates
    by_day = bool(later_date and (source_date.day, source_date.month) in ref.letter_days
                  and (later_date - source_date).days <= 366)
    if (by_date or by_day) and not (key and _dated_as_other(ref.text, source_date, key)):
        return Message(f"names the letter of {_dutch(source_date)}", "lineage-names-date",
                       date=_dutch(source_date))
    return None


# a Kamerstuk named after a date: "mijn brief van 13 februari 2013 (Kamerstuk 33 400 A,
# nr. 103)", "bij brief van 31 december jl. (Kamerstukken 28 286 en 25 295, nr. 1166)", with a
# footnote mark or a comma between them. A date no letter word names ("Op 20 december 2018
# heb ik u het onderzoeksrapport «…» (Kamerstuk 33 578, nr. 60) toegezonden") is the day of
# the document cited by the first bracket after it in the clause, not of a letter of another
# dossier that day; "brief van <day> … (Kamerstuk …)" later in the clause may cite a motion.
_DATED_CITATION = re.compile(
    rf"\b(\d{{1,2}})\s+({MONTH_PATTERN})(?:\s+((?:19|20)\d\d))?(?:\s+(?:j\.?l\.?|jongstleden))?"
    r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d(?!\d))?(\s*,?\s*|[^();:.]{0,100}?)\(([^()]{0,160})\)",
    re.IGNORECASE)
_LETTER_OF = re.compile(r"\bbrie(?:f|ven)\s+(?:van|d\.d\.)\s*$", re.IGNORECASE)
# the words a citation of one document may hold besides its number ("Kamerstukken II 2019/20,
# 35 300 VII, nr. 14", "Tweede Kamer, vergaderjaar 2010–2011, 29 659, nr. 66")
_CITATION_WORDS = frozenset(
    "kamerstuk kamerstukken kst ii tk tweede kamer vergaderjaar nr".split())
_WORDS = re.compile(r"[^\W\d_]+")
# a day said beside a Kamerstuk number within this many days of the letter's own is its day
# (a page may date a letter by the day it was sent or the day it was published)
SAME_DAY_SLACK = 7


@dataclass(frozen=True)
class _DatedCitation:
    day: int
    month: int
    year: int | None
    cited: frozenset[str]
    # one document and nothing else: not "nrs. 384 en 385", "29 984 en 33 400", "de motie …"
    plain: bool


def _dated_citations(text: str) -> list[_DatedCitation]:
    """Each date in the sentence followed by a citation, with the Kamerstukken cited."""
    out = []
    for m in _DATED_CITATION.finditer(text):
        if m.group(4).strip(" ,") and _LETTER_OF.search(text, 0, m.start()):
            continue  # a letter's day with words between it and the bracket
        inside = m.group(5)
        cited = frozenset(cited_kamerstukken(inside))
        if cited:
            words = {w.lower() for w in _WORDS.findall(KAMERSTUK_REF.sub(" ", inside))}
            plain = len(cited) == 1 and words <= _CITATION_WORDS
            out.append(_DatedCitation(int(m.group(1)), MONTHS[m.group(2).lower()],
                                      int(m.group(3)) if m.group(3) else None, cited, plain))
    return out


def _days_apart(day: date, c: _DatedCitation) -> int | None:
    """How far the cited day lies from ``day`` (a day without a year: its nearest year), or
    None when it is no date."""
    years = (c.year,) if c.year else (day.year - 1, day.year, day.year + 1)
    apart = []
    for year in years:
        try:
            apart.append(abs((date(year, c.month, c.day) - day).days))
        except ValueError:  # "31 april"
            continue
    return min(apart) if apart else None


def _dated_as_other(text: str, day: date, key: str) -> bool:
    """Whether the sentence gives the letter's day to another document: the one Kamerstuk
    it names right after that date is not the promise's letter (many letters share a day;
    the number said beside it tells which one is meant)."""
    return any(c.plain and key not in c.cited and _days_apart(day, c) == 0
               for c in _dated_citations(text))


def _cited_on_other_day(text: str, day: date, key: str) -> bool:
    """Whether the sentence gives the promise letter's Kamerstuk number a day more than
    SAME_DAY_SLACK days from the letter's ("brief van 31 december jl. (Kamerstukken 28 286 en
    25 295, nr. 1166)" for a nr. 1166 of 23 April): a number read across two dossiers, or a
    slip; the day says it is another letter."""
    for c in _dated_citations(text):
        apart = _days_apart(day, c) if key in c.cited else None
        if apart is not None and apart > SAME_DAY_SLACK:
            return True
    return False


def _signers(md) -> set[str]:
    """The signers' surnames ('mr. dr. J.A. de Vries; H. Bruins' -> {'vries', 'bruins'})."""
    return {name.split()[-1].lower() for name in (md.signatory or "").split(";")
            if name.split()}


def _ministries(md) -> set[str]:
    """The ministries in the signers' roles ('Minister van Buitenlandse Zaken' ->
    'buitenlandse zaken'; 'Staatssecretaris van Financiën - Fiscaliteit' -> 'financiën')."""
    found = set()
    for role in (md.signatory_role or "").split(";"):
        match = re.search(r"\b(?:van|voor)\s+(.+)", role.strip(), re.I)
        if match:
            found.add(re.split(r"\s+[-–]\s+|,", match.group(1))[0].strip().lower())
    return found


def _same_hand(a, b) -> bool:
    """Whether two letters may come from the same hand: the same dossier, a signer or a
    ministry in common, or too little known about either to tell."""
    if a.dossier and a.dossier == b.dossier:
        return True
    signers_a, signers_b = _signers(a), _signers(b)
    ministries_a, ministries_b = _ministries(a), _ministries(b)
    if (signers_a & signers_b) or (ministries_a & ministries_b):
        return True
    return not ((signers_a or ministries_a) and (signers_b or ministries_b))


@dataclass(frozen=True)
class Evidence:
    """What a later sentence shows about a promise, before any weight: computed once per
    (promise, sentence) and weighed by :func:`_weigh` (so weights can be tried cheaply)."""

    named: Message | None  # how it names the promise's letter
    cue: bool  # it looks back, hands over, postpones, announces or restates
    looks_back: bool
    hands: bool  # it hands over, postpones or announces (weaker than looking back)
    same_dossier: bool
    dossier: str | None
    similarity: float  # weighted share of the promise's distinctive words it says again
    shared: tuple[str, ...]  # those words (stems: shown as written by _reasons)
    conflict: Message | None  # it is about another dated or counted thing
    topic_similarity: float
    topic_shared: tuple[str, ...]
    around_due: bool
    # how soon after the promise, in the same dossier: ("weeks", 3) or ("months", 5)
    soon: tuple[str, int] | None
    years: float | None
    text: str = ""  # the sentence, and with its letter's subject (to show words as written)
    topic_text: str = ""
    # the sentence keeps a promise made elsewhere: the debate or motion it names, as written
    elsewhere: str | None = None
    # the later letter hands over what the promise said it would send: those words (stems)
    handed: tuple[str, ...] = ()
    # why no later letter is proposed with confidence for it (see ``_settled``), or None
    settled: Message | None = None
    # it names the letter but recalls another of its promises: that thing, as written
    other_promise: str | None = None
    # it looks back at what another letter said: that letter's Kamerstuk, as cited
    cites_other: str | None = None
    # the promise is an action (a measure, not something to send or tell the Kamer)
    action: bool = False


def _evidence(lib: Library, promise: Promise, source: Letter, ref: Reference,
              words: list[str], subject: list[str]) -> Evidence:
    """A later sentence's evidence for a promise (no weights)."""
    md = source.metadata
    later = lib.letters[ref.letter_id].metadata
    same_dossier = bool(md.dossier and later.dossier and md.dossier == later.dossier)
    # within a dossier, the words every letter of it uses (a Council's name, 'geannoteerde
    # agenda', the programme's name) say nothing about which letter answers which
    within = md.dossier if same_dossier else None
    named = _names(lib, source, ref)
    # a letter named for another of its promises is not named for this one
    other_promise = _recalls_other(promise.text, ref) if named else None
    names_it = bool(named) and not other_promise
    elsewhere = None if names_it else _elsewhere(promise, ref)
    said_text = ref.text
    if elsewhere:  # the words that name the debate or motion do not restate the promise
        for phrase in ref.origins:
            said_text = said_text.replace(phrase, " ")
    sentence_words = content_words(said_text)
    similarity, shared = _overlap(lib, words, sentence_words, within)
    later_subject = later.subject or ""
    handed = _handed(lib, promise, ref, said_text, later_subject, within)
    conflict = None if names_it or not (shared or handed or ref.opening) \
        else _conflict(promise.text, ref, later_subject)
    if conflict:
        handed = ()
    topic_sim, topic_shared = _overlap(
        lib, words + subject, lib.subjects.get(ref.letter_id, []) + sentence_words, within)
    topic_text = ref.text + " " + " ".join(x for x in (later.subject, later.title) if x)
    later_date = lib.dates.get(ref.letter_id)
    source_date = lib.dates.get(source.id)
    due = _date(promise.due) if promise.due else None
    around_due = bool(due and later_date and -60 <= (later_date - due).days <= 120)
    soon = None
    if not around_due and same_dossier and source_date and later_date and \
            (later_date - source_date).days <= SOON_DAYS:
        soon = _weeks(later_date, source_date)
    years = (later_date - source_date).days / 365.25 if source_date and later_date else None
    return Evidence(
        named=named,
        cue=ref.looks_back or ref.delivers or ref.postpones or ref.announces or ref.repeats,
        looks_back=ref.looks_back, hands=ref.delivers or ref.postpones or ref.announces,
        same_dossier=same_dossier, dossier=md.dossier, similarity=similarity,
        shared=tuple(shared[:5]), conflict=conflict,
        topic_similarity=topic_sim if topic_sim > similarity else 0.0,
        topic_shared=tuple(topic_shared[:3]) if topic_sim > similarity else (),
        around_due=around_due, soon=soon, years=years, text=ref.text, topic_text=topic_text,
        elsewhere=elsewhere, handed=handed,
        settled=_settled(promise, source_date.isoformat() if source_date else None),
        other_promise=other_promise,
        cites_other=None if names_it else _cites_other(promise.text, ref),
        action=promise.kind == "action")


_REFUSAL = Message("but a refusal: nothing to fulfil", "lineage-settled-refusal")
_UNSURE = Message("but the detector is unsure it is a commitment", "lineage-settled-unsure")
_KEPT_HERE = Message("but its own letter keeps it", "lineage-settled-kept")
# a measure's words said again in its dossier: the later letters of a dossier report on its
# measures in the same words whether or not they were taken
_ACTION_WORDS = Message("but a measure: its words said again do not say it was taken",
                        "lineage-action-words")
_IN_MEETING = Message("but it is kept in a meeting with the Kamer", "lineage-settled-meeting")


@functools.lru_cache(maxsize=4096)
def _settled(promise: Promise, letter_date: str | None = None) -> Message | None:
    """Why no later letter can be proposed with confidence as answering the promise, or
    None: it is a refusal (a decision not to act); the detector is unsure it is a commitment
    (until a person confirms it); it is kept in a meeting with the Kamer, which no letter
    records (a talk with the Kamer, an answer in a debate); or its own letter keeps it. The
    last is a sentence about the letter itself in the present tense with no time ("Hierbij
    doe ik u het rapport toekomen"; "Deze brief zal … worden voorbereid" is a letter still to
    come), or a promise recalled with nothing still to come ("Tijdens het AO heb ik toegezegd
    u te informeren over …"; a letter that cannot keep it in time says so: a
    postponement)."""
    from desktop_app.commitments.rules import (
        about_this_letter,
        earlier_cue,
        is_postponement,
        kept_in_meeting,
        lowered,
    )

    if promise.kind == "refusal":
        return _REFUSAL
    if promise.confidence == "possible":
        return _UNSURE
    low = lowered(promise.text)
    if kept_in_meeting(low):
        return _IN_MEETING
    if promise.due is not None:
        return None
    if about_this_letter(low) and not _WILL.search(low):
        return _KEPT_HERE
    if _AHEAD.search(low) or promise.kind != "earlier" or is_standing(promise.text):
        return None
    if is_postponement(earlier_cue(low)) or _has_term(promise.text, letter_date):
        return None
    return _KEPT_HERE


_WILL = re.compile(r"\b(?:zal|zullen)\b")
# what is still to come: "zal", "gaan", "wil", "verwacht", "streef", "voornemens"
_AHEAD = re.compile(r"\b(?:zal|zullen|ga|gaat|gaan|wil|wilt|willen|verwacht|verwachten"
                    r"|streef|streeft|streven|voornemens)\b")


def _elsewhere(promise: Promise, ref: Reference) -> str | None:
    """The debate or motion a later sentence says it answers, when the promise's sentence
    names no such origin of the same day or name (a promise of 'het AO van 19 september'
    is not the promise of a letter of June)."""
    from desktop_app.lineage.references import day_months, origins

    if not ref.origins or not (ref.looks_back or ref.delivers or _ANSWERS.search(ref.text)):
        return None
    own = origins(promise.text)
    own_days = {(d, m) for phrase in own for d, m, _ in day_months(phrase)}
    own_words = {w for phrase in own for w in content_words(phrase)}
    for phrase in ref.origins:
        days = {(d, m) for d, m, _ in day_months(phrase)}
        if days and days & own_days:
            continue
        if not days and own and set(content_words(phrase)) & own_words:
            continue
        return phrase
    return None


# a sentence that answers a request of a debate or motion ('zoals verzocht in de motie-X',
# 'geef ik uitvoering aan de motie')
_ANSWERS = re.compile(r"\b(?:verzocht|gevraagd|uitvoering|naar aanleiding|conform|ingevolge)\b",
                      re.IGNORECASE)


_LETTER_WORDS = frozenset(content_words("kamerbrief kamerbrieven brieven"))


def _handed(lib: Library, promise: Promise, ref: Reference, said: str, subject: str,
            within: str | None) -> tuple[str, ...]:
    """What the promise said it would send, when the later letter hands it over: its
    subject, or a sentence of it that hands over (not one that announces), says at least
    HANDS_OVER of the deliverable's distinctive words (at least two). ``said``: the sentence
    without the debate or motion it names."""
    thing = deliverable(promise.text)
    if not thing or not (ref.delivers and not ref.announces or ref.opening and subject):
        return ()
    told = content_words(subject) + (content_words(said) if ref.delivers else [])
    # 'de Kamerbrief stand …': that it is a letter says nothing of which letter
    wanted = [w for w in content_words(thing) if w not in _LETTER_WORDS]
    share, shared = _overlap(lib, wanted, told, within)
    return tuple(shared) if share >= HANDS_OVER and len(shared) >= 2 else ()


def _weigh(e: Evidence) -> tuple[float, bool]:
    """A later sentence's score for a promise, and whether the evidence is direct enough to propose
    the link: the letter is named in a sentence that looks back, hands over, announces or shares
    the promise's words; or, in the same dossier, a sentence that looks back, hands over,
    announces or restates says the promise's distinctive words again and is not about another
    dated or counted thing (not for an action: a dossier's later letters report on its measures
    in their words whether or not they were taken). The same dossier, the subject, the time, a
    delivering phrase or the promise's words alone are not enough: every later letter of a
    dossier has them. A day names a letter of another dossier only with the promise's words
    beside it; its words said again more than LATE_YEARS after it are no direct evidence; and a
    settled promise (``Evidence.settled``) has none. (:func:`_reasons` says the same in words,
    with why a promise is settled.)"""
    score, direct = 0.0, False
    if e.named and not e.other_promise:  # naming the letter for another promise says nothing
        score += NAMED
        # a day names a letter of another dossier only with what the promise said: letters
        # of many dossiers share a day, and a look back alone does not say which it is
        by_day_only = e.named.code == "lineage-names-date" and not e.same_dossier
        direct = bool(e.shared) if by_day_only else bool(e.cue or e.shared)
    if e.same_dossier:
        score += SAME_DOSSIER
    if e.shared:
        score += SAYS * e.similarity
        direct = direct or (e.same_dossier and e.cue and e.similarity >= RESTATES
                            and len(e.shared) >= 2 and not e.conflict and not e.cites_other
                            and not e.action and (e.years is None or e.years <= LATE_YEARS))
    if e.conflict:
        score -= CONFLICT
    if e.elsewhere:
        score -= ELSEWHERE
    if e.handed and e.same_dossier:
        score += DELIVERABLE
        direct = True
    if e.topic_shared:
        score += TOPIC * e.topic_similarity
    if e.looks_back:
        score += 1.0
    elif e.hands:
        score += 0.5
    if e.around_due:
        score += 1.0
    elif e.soon:
        score += SOON
    if e.years is not None and e.years > LATE_YEARS:
        score -= min(2.0, (e.years - LATE_YEARS) / 2 + 0.5)
    return score, direct and not e.settled


def _reasons(e: Evidence) -> list[Message]:
    """The evidence :func:`_weigh` scores, in words a person can check."""
    reasons = []
    if e.named:
        reasons.append(e.named)
    if e.same_dossier:
        reasons.append(Message(f"same dossier ({e.dossier})", "lineage-same-dossier",
                               dossier=e.dossier))
    if e.shared:
        words = ", ".join(as_written(e.shared, e.text))
        reasons.append(Message(f"says {words}", "lineage-says", words=words))
    if e.conflict:
        reasons.append(e.conflict)
    if e.elsewhere:
        reasons.append(Message(f"but keeps a promise of {e.elsewhere}", "lineage-elsewhere",
                               origin=e.elsewhere))
    if e.named and e.other_promise:
        reasons.append(Message(f"but recalls another promise: {e.other_promise}",
                               "lineage-other-promise", thing=e.other_promise))
    if e.action and e.shared and not e.named:
        reasons.append(_ACTION_WORDS)
    if e.cites_other and e.shared:  # what it costs: the words said again are no evidence
        dossier, _, number = e.cites_other.rpartition("-")
        reasons.append(Message(f"but recalls Kamerstuk {dossier}, nr. {number}",
                               "lineage-cites-other", dossier=dossier, number=number))
    if e.settled:
        reasons.append(e.settled)
    if e.handed and e.same_dossier:
        words = ", ".join(as_written(e.handed, e.topic_text))
        reasons.append(Message(f"hands over {words}", "lineage-hands-over", words=words))
    if e.topic_shared:
        words = ", ".join(as_written(e.topic_shared, e.topic_text))
        reasons.append(Message(f"on {words}", "lineage-on", words=words))
    if e.looks_back:
        reasons.append(Message("looks back at a promise", "lineage-looks-back"))
    if e.around_due:
        reasons.append(Message("around the due date", "lineage-around-due"))
    elif e.soon:
        unit, n = e.soon
        if unit == "weeks":
            reasons.append(Message(f"{n} weeks later in the dossier", "lineage-weeks-later",
                                   n=n))
        else:
            reasons.append(Message(f"{n} months later in the dossier", "lineage-months-later",
                                   n=n))
    if e.years is not None and e.years > LATE_YEARS:
        years = f"{e.years:.0f}"
        reasons.append(Message(f"{years} years later", "lineage-years-later", n=int(years)))
    return reasons


def _weeks(later: date, earlier: date) -> tuple[str, int]:
    """How long after: ("weeks", 3) under 120 days, else ("months", 5)."""
    days = (later - earlier).days
    return ("weeks", days // 7) if days < 120 else ("months", round(days / 30.4))


def propose(lib: Library, promise: Promise, *, top: int = TOP,
            at_least: float = PROPOSE_AT, cache: dict | None = None) -> list[Proposal]:
    """The best later sentences for a promise, one per later letter (at most ``top``, each
    scoring at least ``at_least``): those with direct evidence first, the earliest letter
    first among them, then the others by score. ``cache``: a dict kept between calls on
    the same library (the evaluation's weight search) that holds each sentence's evidence
    and kind, so that only the weighing is done again."""
    # a cache kept across weight settings holds every candidate the index gives; without
    # one the letters whose words cannot reach ``at_least`` are left out too
    bound = at_least if cache is None else None
    cache = {} if cache is None else cache
    indexed = at_least > NO_EVIDENCE_MAX
    key = (promise, DOSSIER_MIN, DOSSIER_COMMON, indexed)
    candidates = cache.get(key)
    if candidates is None:
        candidates = cache[key] = list(_candidates(lib, promise, indexed, bound))
    best: dict[str, Proposal] = {}
    for lid, ref, evidence, refs in candidates:
        score, direct = _weigh(evidence)
        if score < at_least:
            continue
        if lid in best and (best[lid].direct, best[lid].score) >= (direct, score):
            continue
        kind, new_due = _kind_cached(cache, (promise, lid, ref.start, ref.end), lib, promise,
                                     ref, refs)
        if evidence.handed and evidence.same_dossier and kind == "repeats" and \
                ref.standing and not ref.announces and not ref.postpones and \
                not _PROGRESS.search(ref.text) and not is_standing(promise.text):
            # the letter hands over what was promised once; a standing phrase ('jaarlijks')
            # names the series, not a promise still open
            kind = "fulfils"
        best[lid] = Proposal(promise, ref, kind, round(score, 2), tuple(_reasons(evidence)),
                             new_due, direct)
    # the best ``top`` by evidence; of those, the direct ones first and the earliest of them
    # first: a chain starts where a later letter first names or answers the promise (those
    # after it follow it: repeats, follow-ups)
    chosen = sorted(best.values(), key=lambda p: (not p.direct, -p.score))[:top]
    return sorted(chosen, key=lambda p: (
        not p.direct, (lib.dates.get(p.reference.letter_id) or date.max) if p.direct
        else date.max, -p.score))


def _candidates(lib: Library, promise: Promise, indexed: bool = True,
                bound: float | None = None):
    """Each sentence of each later letter with its evidence for the promise (``indexed``:
    only of the letters that can reach a score above ``NO_EVIDENCE_MAX``)."""
    source = lib.letters[promise.letter_id]
    source_date = lib.dates.get(promise.letter_id)
    # the promise's words, and its letter's subject ('de toegezegde informatie' says nothing
    # of what was promised; the subject does)
    words = content_words(promise.text)
    subject = lib.subjects.get(promise.letter_id, [])
    for lid in _later_letters(lib, promise, words, subject, indexed, bound):
        refs = lib.refs[lid]
        if lid == promise.letter_id:
            continue
        later_date = lib.dates.get(lid)
        if later_date is None or (source_date and later_date <= source_date):
            continue  # only a letter known to be later can answer
        for ref in refs:
            yield lid, ref, _evidence(lib, promise, source, ref, words, subject), refs


def may_answer(lib: Library, promise: Promise, letter_id: str,
               at_least: float = PROPOSE_AT) -> bool:
    """Whether a sentence of the letter can score ``at_least`` for the promise (the
    evidence :class:`_Index` looks for; False means it is never proposed for it)."""
    source, later = lib.letters.get(promise.letter_id), lib.letters.get(letter_id)
    if source is None or later is None or letter_id == promise.letter_id:
        return False
    source_date, later_date = lib.dates.get(promise.letter_id), lib.dates.get(letter_id)
    if later_date is None or (source_date and later_date <= source_date):
        return False
    md = source.metadata
    if md.dossier and md.dossier == later.metadata.dossier:
        return True
    if lib._index is None:
        lib._index = _Index(lib)
    found = lib._index.of_letter.get(letter_id)
    if found is None:
        return False
    cites, dates, days, words = found
    if kamerstuk_key(md.dossier, md.number) in cites:
        return True
    if source_date and (source_date.isoformat() in dates
                        or (source_date.day, source_date.month) in days):
        return True
    due = _date(promise.due) if promise.due else None
    if due and -60 <= (later_date - due).days <= 120:
        return True
    said = lib.informative_set(content_words(promise.text))
    topic = lib.informative_set(content_words(promise.text)
                                + lib.subjects.get(promise.letter_id, []))
    return not words.isdisjoint(topic) and \
        lib._index.word_bound(lib, letter_id, said, topic) >= at_least


def _later_letters(lib: Library, promise: Promise, words: Sequence[str],
                   subject: Sequence[str], indexed: bool = True,
                   bound: float | None = None) -> Iterable[str]:
    """The letters to read for a promise: every one of a small library, else those its
    index gives (:class:`_Index`: the others score at most ``NO_EVIDENCE_MAX``)."""
    if not indexed or len(lib.refs) < SCAN_BELOW or promise.letter_id not in lib.letters:
        return list(lib.refs)
    if lib._index is None:
        lib._index = _Index(lib)
    return lib._index.candidates(lib, promise, words, subject, bound)


def _kind_cached(cache: dict, key: tuple, lib: Library, promise: Promise, ref: Reference,
                 refs: list[Reference]) -> tuple[str, str | None]:
    """The kind of a later sentence for a promise and a postponement's new due phrase."""
    from desktop_app.commitments.deadlines import find_deadline

    found = cache.get(("kind", key))
    if found is None:
        later = lib.letters[ref.letter_id].metadata.date
        kind = _kind(ref, promise, later, any(r.opening and r.delivers for r in refs))
        new_due = find_deadline(ref.text, later) if kind == "postpones" else None
        found = cache[("kind", key)] = (kind, new_due)
    return found
