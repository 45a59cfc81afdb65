"""Query rewriting: making a parsed query fast on this index and checking its values.

Prefix, wildcard and fuzzy words expand to a bounded number of the most frequent terms; a
phrase in the body becomes an exact phrase of word pairs and body words; dates become ranges
on the numeric ``day`` field. :func:`check_values` explains and drops values that cannot
match (bad dates, unknown commitment kinds) and bounds fuzzy distances. :class:`_Plan` records
what the body is searched for, for match offsets and snippets.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whoosh import query as wq

from desktop_app.errors import Message
from desktop_app.search.matching import TermUnion
from desktop_app.search.phrases import ExactPhrase, VerifiedPhrase
from desktop_app.search.schema import (
    _STOP_MARK,
    KIND_NAMES,
    _day_bound,
    index_term,
    pair_key,
)

MIN_PREFIX = 3  # shorter prefixes (``b*``) match the exact word instead of expanding
MAX_FUZZY = 2  # largest edit distance of a fuzzy word (``asiel~5`` searches ``asiel~2``)
MAX_EXPANSION = 64  # terms a prefix or fuzzy query may expand to (most frequent first)
POSTINGS_BUDGET = 1  # an expansion reads at most this many postings per indexed document
MAX_SCAN = 20_000  # index terms a prefix or wildcard looks at (in term order)
TEXT_FIELDS = ("title", "body", "note")  # fields whose terms are looked up in the body postings


# --------------------------------------------------------------------------- query rewriting


@dataclass
class _Plan:
    """What the rewritten query looks for in the body: single terms and word sequences."""

    terms: set[str] = field(default_factory=set)
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    # (pattern as typed, words it matches, words searched) of a prefix/wildcard cut to its
    # most frequent words: the result says so (see :func:`bounded_message`)
    bounded: list[tuple[str, int, int]] = field(default_factory=list)
    # expansions already made by this searcher: (kind, field, text) -> (terms, words matched);
    # the lexicon only changes with a new searcher, so the SearchIndex keeps one per searcher
    expansions: dict[tuple, tuple[list[str], int]] = field(default_factory=dict)


def _top_terms(pairs: Iterable[tuple[str, int]], limit: int = MAX_EXPANSION,
               budget: int | None = None) -> list[str]:
    """The most frequent terms, at most ``limit`` and (beyond the first) ``budget`` postings."""
    out, used = [], 0
    for term, df in sorted(pairs, key=lambda p: -p[1])[:limit]:
        if out and budget is not None and used + df > budget:
            break
        out.append(term)
        used += df
    return out


_TERMINFO_HEAD = struct.Struct("!BfI")  # flags, weight, doc frequency: a W3TermInfo's start


def _prefix_frequencies(reader: Any, fieldname: str, prefix: str) -> list[tuple[str, int]]:
    """``(term, doc frequency)`` of the terms of ``fieldname`` starting with ``prefix`` (at most
    :data:`MAX_SCAN` per segment).

    Reads the doc frequency straight from each term's index entry: Whoosh's ``iter_prefix``
    decodes the whole term info (unpickling the inlined postings of every rare term), which
    was ten times slower for a short prefix such as ``ver``.
    """
    wanted = prefix.encode("utf-8")
    counts: dict[bytes, int] = {}
    try:
        for leaf, _ in reader.leaf_readers():
            terms = leaf._terms
            key = terms._keycoder(fieldname, wanted)
            skip = len(key) - len(wanted)
            head = _TERMINFO_HEAD.unpack_from
            for i, (keybytes, value) in enumerate(terms._tindex.items_from(key)):
                if i >= MAX_SCAN or not keybytes.startswith(key):
                    break
                term = keybytes[skip:]
                counts[term] = counts.get(term, 0) + head(value)[2]
    except (AttributeError, TypeError, struct.error):  # another codec: the public way
        counts = {}
        for i, (term, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
            if i >= MAX_SCAN:
                break
            counts[term] = info.doc_frequency()
    return [(t.decode("utf-8"), df) for t, df in counts.items()]


def _expand_prefix(reader: Any, fieldname: str, prefix: str) -> tuple[list[str], int]:
    """The most frequent terms starting with ``prefix`` (bounded, so ``ver*`` stays fast),
    and how many terms start with it."""
    found = _prefix_frequencies(reader, fieldname, prefix)
    return _top_terms(found, budget=POSTINGS_BUDGET * max(1, reader.doc_count())), len(found)


def _expand_fuzzy(reader: Any, fieldname: str, text: str, maxdist: int, prefix: int) -> list[str]:
    found = [(t, reader.doc_frequency(fieldname, t))
             for t in reader.terms_within(fieldname, text, maxdist, prefix=max(prefix, 1))]
    return _top_terms(found)


def _expand_wildcard(reader: Any, fieldname: str, pattern: str) -> tuple[list[str], int]:
    prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
    regex = re.compile(re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".") + "$")
    found = [(t, df) for t, df in _prefix_frequencies(reader, fieldname, prefix)
             if regex.match(t)]
    return _top_terms(found, budget=POSTINGS_BUDGET * max(1, reader.doc_count())), len(found)


def _cached(plan: _Plan | None, key: tuple, make: Any) -> tuple[list[str], int]:
    """``make()`` once per searcher (see ``_Plan.expansions``)."""
    if plan is None:
        return make()
    if key not in plan.expansions:
        plan.expansions[key] = make()
    return plan.expansions[key]


def bounded_message(plan: _Plan) -> Message | None:
    """What the result says when a prefix or wildcard was cut to its most frequent words."""
    if not plan.bounded:
        return None
    pattern, matched, searched = plan.bounded[0]
    return Message(
        f"'{pattern}' matches {matched:,} words; searched for the {searched} most frequent of "
        "them. Type more letters before the * to search for fewer words.",
        "prefix-bounded", pattern=pattern, matched=matched, searched=searched)


def _or_terms(fieldname: str, terms: list[str], boost: float, plan: _Plan | None) -> wq.Query:
    if not terms:
        return wq.NullQuery
    if plan is not None and fieldname in TEXT_FIELDS:
        plan.terms.update(terms)
    if len(terms) <= 3:
        return wq.Or([wq.Term(fieldname, t) for t in terms], boost=boost)
    return TermUnion(fieldname, terms, boost)


def _rewrite_phrase(q: wq.Phrase, plan: _Plan | None) -> wq.Query:
    """A phrase as an exact word sequence, stop words included (see ``SurfacePhrase``).

    In the body: :class:`ExactPhrase` (a phrase the ``pairs`` field holds as one pair: that
    term), so no hit lacks the phrase. Other text fields: Whoosh's phrase for the candidates,
    each checked against the stored text (:class:`VerifiedPhrase`).
    """
    words = [w for w in q.words if w]
    surface = getattr(q, "surface", ())
    keys = tuple(pair_key(w) for w in surface) if len(surface) > 1 and q.slop <= 1 else ()
    if keys and (q.fieldname == "body" or q.fieldname in TEXT_FIELDS):
        if plan is not None:
            plan.phrases.append(keys)
        if q.fieldname != "body":  # Whoosh's phrase (stop words skipped) gives candidates
            if len(words) > 1:
                candidates: wq.Query = wq.Phrase(q.fieldname, words, boost=q.boost)
            elif words:
                candidates = wq.Term(q.fieldname, words[0], boost=q.boost)
            else:
                candidates = wq.NullQuery  # stop words only: found in the body's pairs
            return VerifiedPhrase(q.fieldname, keys, candidates, boost=q.boost)
        return _exact_phrase(keys, q.boost)
    if q.fieldname != "body" or not words:
        if plan is not None and q.fieldname in TEXT_FIELDS and words:
            plan.phrases.append(tuple(words))
        if q.fieldname not in TEXT_FIELDS:  # tags, names: no positions
            if len(words) < 2:
                return wq.Term(q.fieldname, words[0], boost=q.boost) if words else wq.NullQuery
            q = q.copy()
            q.degrade = True  # all of its words (Whoosh would raise a QueryError)
        return q
    if len(words) == 1:
        if plan is not None:
            plan.terms.add(words[0])
        return wq.Term("body", words[0], boost=q.boost)
    if q.slop <= 1:  # a phrase built without its typed words: its indexed words in a row
        if plan is not None:
            plan.phrases.append(tuple(words))
        return _exact_phrase(tuple(words), q.boost)
    if plan is not None:
        plan.terms.update(words)  # a phrase with slop: its words anywhere near each other
    return wq.And([wq.Term("body", w) for w in words], boost=q.boost)


def _exact_phrase(keys: tuple[str, ...], boost: float) -> wq.Query:
    """A body phrase of two or more phrase keys; one held by a single pair is that term."""
    phrase = ExactPhrase(keys, boost=boost)
    if len(phrase.constraints) == 1 and not phrase.unheld:
        field, term, _offset = phrase.constraints[0]
        return wq.Term(field, term, boost=boost)
    return phrase


def is_stop_key(key: str) -> bool:
    """True for a phrase key of a stop word (see :func:`~desktop_app.search.schema.pair_key`)."""
    return key.startswith(_STOP_MARK)


_KIND_HELP = ("promise, action, refusal or earlier "
              "(Dutch: toezegging, actie, weigering, eerder)")


def check_values(q: wq.Query, problems: list[str]) -> wq.Query:
    """``q`` with field values that cannot match explained in ``problems`` and left out
    (an invalid date or commitment kind) or bounded (a fuzzy distance above :data:`MAX_FUZZY`).

    Returns ``q`` itself when nothing changed; otherwise the caller should normalize.
    """
    fieldname = getattr(q, "fieldname", None)
    if fieldname == "date" and isinstance(q, (wq.Term, wq.TermRange)):
        values = [str(q.text)] if isinstance(q, wq.Term) else [v for v in (q.start, q.end) if v]
        bad = [v for v in values if _day_bound(v, False) is None]
        if bad or not values:
            value = bad[0] if bad else "*"
            problems.append(Message(
                f"'{value}' is not a date (ignored); write datum:2021, "
                "datum:2021-06, datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30].",
                "bad-date", value=value))
            return wq.NullQuery
        return q
    if fieldname == "kinds" and isinstance(q, wq.Term) and str(q.text).lower() not in KIND_NAMES:
        problems.append(Message(f"Unknown commitment kind '{q.text}' (ignored); use "
                                f"{_KIND_HELP}.", "unknown-kind", kind=str(q.text)))
        return wq.NullQuery
    if isinstance(q, wq.FuzzyTerm):
        if q.maxdist > MAX_FUZZY:
            problems.append(Message(
                f"Fuzzy search allows at most {MAX_FUZZY} differences: searched for "
                f"'{q.text}~{MAX_FUZZY}' instead of '{q.text}~{q.maxdist}'.",
                "fuzzy-limit", word=str(q.text), maximum=MAX_FUZZY, asked=q.maxdist))
            q = q.copy()
            q.maxdist = MAX_FUZZY
        return q
    if q.is_leaf():
        return q
    children = list(q.children())
    checked = [check_values(child, problems) for child in children]
    if all(a is b for a, b in zip(children, checked, strict=True)):
        return q
    replacements = dict(zip(map(id, children), checked, strict=True))
    return q.apply(lambda child: replacements.get(id(child), child))


def _rewrite_date(q: wq.Query) -> wq.Query:
    """Dates become ranges on the numeric ``day`` field (few trie terms, so fast)."""
    if isinstance(q, wq.Term):
        lo, hi = _day_bound(str(q.text), False), _day_bound(str(q.text), True)
        if lo is None:
            return wq.NullQuery
        return wq.NumericRange("day", lo, hi, constantscore=True)
    lo, hi = _day_bound(q.start, False), _day_bound(q.end, True)
    if lo is None and hi is None:
        return wq.NullQuery
    return wq.NumericRange("day", lo, hi, startexcl=q.startexcl, endexcl=q.endexcl,
                           constantscore=True)


def _negated(plan: _Plan | None) -> _Plan | None:
    """The plan for a negated part: its words are not highlighted nor looked for in the body,
    but a cut prefix is still announced (fewer letters are left out than asked) and the
    searcher's expansions are shared."""
    if plan is None:
        return None
    return _Plan(bounded=plan.bounded, expansions=plan.expansions)


def _note_bound(plan: _Plan | None, pattern: str, matched: int, searched: int) -> None:
    if plan is not None and matched > searched and not any(
            b[0] == pattern for b in plan.bounded):
        plan.bounded.append((pattern, matched, searched))


def rewrite(q: wq.Query, reader: Any, plan: _Plan | None) -> wq.Query:
    """Make ``q`` fast on this index; record body terms/phrases in ``plan`` (None when negated)."""
    if isinstance(q, wq.Not):
        return wq.Not(rewrite(q.query, reader, _negated(plan)))
    if isinstance(q, wq.AndNot):
        return wq.AndNot(rewrite(q.a, reader, plan), rewrite(q.b, reader, _negated(plan)))
    fieldname = getattr(q, "fieldname", None)
    if fieldname == "date" and isinstance(q, (wq.Term, wq.TermRange)):
        return _rewrite_date(q)
    if isinstance(q, wq.Phrase):
        return _rewrite_phrase(q, plan)
    if isinstance(q, wq.FuzzyTerm):
        text = (index_term(q.text) or q.text) if fieldname in TEXT_FIELDS else q.text
        dist = min(q.maxdist, MAX_FUZZY)
        terms, _ = _cached(plan, ("fuzzy", fieldname, text, dist, q.prefixlength),
                           lambda: (_expand_fuzzy(reader, fieldname, text, dist,
                                                  q.prefixlength), 0))
        return _or_terms(fieldname, terms, q.boost, plan)
    if isinstance(q, wq.Prefix):
        if len(q.text) < MIN_PREFIX:  # "b*" would expand to most of the index: the word only
            text = (index_term(q.text) or q.text) if fieldname in TEXT_FIELDS else q.text
            return _or_terms(fieldname, [text], q.boost, plan)
        terms, matched = _cached(plan, ("prefix", fieldname, q.text),
                                 lambda: _expand_prefix(reader, fieldname, q.text))
        stem = index_term(q.text) if fieldname in TEXT_FIELDS else None
        if stem and stem != q.text:  # "klimaat*" must also reach the stem "klimaat"
            more, also = _cached(plan, ("prefix", fieldname, stem),
                                 lambda: _expand_prefix(reader, fieldname, stem))
            # one pattern's words hold the other's when one starts the other, else none of them
            nested = stem.startswith(q.text) or q.text.startswith(stem)
            terms = list(dict.fromkeys(terms + more))
            matched = max(matched, also) if nested else matched + also
        terms = terms[:2 * MAX_EXPANSION]
        _note_bound(plan, q.text + "*", matched, len(terms))
        return _or_terms(fieldname, terms, q.boost, plan)
    if isinstance(q, wq.Wildcard):
        terms, matched = _cached(plan, ("wildcard", fieldname, q.text),
                                 lambda: _expand_wildcard(reader, fieldname, q.text))
        _note_bound(plan, q.text, matched, len(terms))
        return _or_terms(fieldname, terms, q.boost, plan)
    if isinstance(q, wq.Term):
        if plan is not None and fieldname in TEXT_FIELDS:
            plan.terms.add(q.text)
        return q
    if q.is_leaf():
        return q
    return q.apply(lambda child: rewrite(child, reader, plan))
