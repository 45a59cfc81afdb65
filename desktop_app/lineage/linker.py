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
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop_app.lineage.references import Reference, kamerstuk_key, references
from desktop_app.model import Letter

KINDS = ("fulfils", "postpones", "repeats", "changes")
PROPOSE_AT = 3.0  # below this score no link is proposed
TOP = 3

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset("""
aangezien alleen alsnog andere anders betreft binnen brief daarbij daarnaast daarom dat deze
dient doen door echter eerder eerste enkele gaat geen heeft hebben hierbij hierin hierover hoe
informeren kabinet kamer kunnen maar meer mede minister mijn moet naar namelijk nieuwe niet nog
omdat onder ongeveer onze over reeds staatssecretaris tevens toegezegd toezegging tussen uiterlijk
verder voor vooral waar waarin want welke werd wordt worden zal zijn zich zoals zodat zullen
voorzitter geachte hoogachtend graag ingaan informeer stuur stuurt ontvangt bied zend
""".split())


def _stem(word: str) -> str:
    for suffix in ("ingen", "en", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Lower-case content words with a light Dutch stem (plural and inflection endings off),
    so 'evaluaties' and 'evaluatie', 'onderzoeken' and 'onderzoek' meet."""
    return [_stem(word) for word in _WORD.findall(text.lower()) if word not in _STOP]


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


@dataclass(frozen=True)
class Proposal:
    """A later sentence proposed as fulfilling, postponing, repeating or changing a promise."""

    promise: Promise
    reference: Reference
    kind: str
    score: float
    reasons: tuple[str, ...]
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

    @classmethod
    def of(cls, letters: Iterable[Letter]) -> Library:
        lib = cls({letter.id: letter for letter in letters})
        seen: Counter[str] = Counter()
        for lid, letter in lib.letters.items():
            lib.dates[lid] = _date(letter.metadata.date)
            lib.refs[lid] = references(letter)
            seen.update(set(content_words(letter.text)))
            md = letter.metadata
            lib.subjects[lid] = content_words(" ".join(x for x in (md.subject, md.title) if x))
        n = max(len(lib.letters), 1)
        # a word in more than one letter in twelve says nothing about which letter answers
        # which ('verwacht', 'week', 'inzet'): it weighs nothing
        common = max(3, n // 12)
        lib.idf = {word: (math.log((n + 1) / (count + 0.5)) if count <= common else 0.0)
                   for word, count in seen.items()}
        return lib

    def weight(self, word: str) -> float:
        return self.idf.get(word, math.log(len(self.letters) + 2))

    def informative(self, words: Sequence[str]) -> list[str]:
        return [w for w in words if self.weight(w) > 0]


def _date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def _overlap(lib: Library, a: Sequence[str], b: Sequence[str]) -> tuple[float, list[str]]:
    """Weighted share of ``a``'s distinct words that ``b`` has (0..1), and those words."""
    wa, wb = set(lib.informative(a)), set(lib.informative(b))
    if not wa or not wb:
        return 0.0, []
    shared = sorted(wa & wb, key=lambda w: -lib.weight(w))
    total = sum(lib.weight(w) for w in wa)
    return (sum(lib.weight(w) for w in shared) / total if total else 0.0), shared


def _dutch(d: date) -> str:
    from desktop_app.lineage.references import month_name

    return f"{d.day} {month_name(d.month)} {d.year}"


def _kind(ref: Reference) -> str:
    if ref.postpones:
        return "postpones"
    if ref.changes:
        return "changes"
    if ref.delivers or ref.looks_back and not ref.repeats:
        return "fulfils"
    if ref.repeats:
        return "repeats"
    return "fulfils"


def _score(lib: Library, promise: Promise, source: Letter, ref: Reference,
           words: list[str], subject: list[str]) -> tuple[float, list[str], bool]:
    """A later sentence's score for a promise, the reasons, and whether the evidence is
    direct: the letter is named, the sentence says what the promise said, or a sentence
    looking back or delivering came around the due date. Being in the same dossier on a
    like subject is not enough: later letters of a dossier always are."""
    score, reasons, direct = 0.0, [], False
    md = source.metadata
    key = kamerstuk_key(md.dossier, md.number)
    if key and key in ref.cites:
        score += 4.0
        direct = True
        reasons.append(f"names the letter (Kamerstuk {md.dossier}, nr. {md.number})")
    source_date = lib.dates.get(source.id)
    if source_date and source_date.isoformat() in ref.dates:
        score += 3.0
        direct = True
        reasons.append(f"names the letter of {_dutch(source_date)}")
    later = lib.letters[ref.letter_id].metadata
    if md.dossier and later.dossier and md.dossier == later.dossier:
        score += 1.5
        reasons.append(f"same dossier ({md.dossier})")
    similarity, shared = _overlap(lib, words, content_words(ref.text))
    if shared:
        score += 5.0 * similarity
        direct = direct or (similarity >= 0.3 and len(shared) >= 2)
        reasons.append("says " + ", ".join(as_written(shared[:5], ref.text)))
    topic_sim, topic_shared = _overlap(lib, words + subject, lib.subjects.get(ref.letter_id, [])
                                       + content_words(ref.text))
    if topic_shared and topic_sim > similarity:
        score += 1.5 * topic_sim
        topic_text = ref.text + " " + " ".join(
            x for x in (later.subject, later.title) if x)
        reasons.append("on " + ", ".join(as_written(topic_shared[:3], topic_text)))
    if ref.looks_back:
        score += 1.0
        reasons.append("looks back at a promise")
    elif ref.delivers or ref.postpones:
        score += 0.5
    later_date = lib.dates.get(ref.letter_id)
    if promise.due and later_date:
        due = _date(promise.due)
        if due and -60 <= (later_date - due).days <= 120:
            score += 1.0
            direct = direct or ref.looks_back or ref.delivers
            reasons.append("around the due date")
    if source_date and later_date:
        years = (later_date - source_date).days / 365.25
        if years > 3:
            score -= min(2.0, (years - 3) / 2 + 0.5)
            reasons.append(f"{years:.0f} years later")
    return score, reasons, direct


def propose(lib: Library, promise: Promise, *, top: int = TOP,
            at_least: float = PROPOSE_AT) -> list[Proposal]:
    """The best later sentences for a promise, one per later letter, best first (at most
    ``top``, each scoring at least ``at_least``)."""
    from desktop_app.commitments.deadlines import find_deadline

    source = lib.letters[promise.letter_id]
    source_date = lib.dates.get(promise.letter_id)
    # the promise's words, and its letter's subject ('de toegezegde informatie' says nothing
    # of what was promised; the subject does)
    words = content_words(promise.text)
    subject = lib.subjects.get(promise.letter_id, [])
    best: dict[str, Proposal] = {}
    for lid, refs in lib.refs.items():
        if lid == promise.letter_id:
            continue
        later_date = lib.dates.get(lid)
        if later_date is None or (source_date and later_date <= source_date):
            continue  # only a letter known to be later can answer
        for ref in refs:
            score, reasons, direct = _score(lib, promise, source, ref, words, subject)
            if score < at_least:
                continue
            if lid in best and (best[lid].direct, best[lid].score) >= (direct, score):
                continue
            kind = _kind(ref)
            new_due = None
            if kind == "postpones":
                later = lib.letters[lid].metadata.date
                new_due = find_deadline(ref.text, later)
            best[lid] = Proposal(promise, ref, kind, round(score, 2), tuple(reasons), new_due,
                                 direct)
    return sorted(best.values(), key=lambda p: (not p.direct, -p.score))[:top]
