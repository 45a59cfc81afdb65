"""Hits: match offsets, snippets and the :class:`SearchHit` of one document.

Match offsets come from the stored text of the visible hits (:func:`_term_offsets`), phrases
are verified there too, and snippets are the windows holding the most distinct matches.
:func:`_surface_word` finds how a stemmed term is written, for suggestions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cache
from itertools import islice
from typing import Any

from desktop_app.model import SearchHit, Snippet
from desktop_app.search.rewriting import _Plan, is_stop_key
from desktop_app.search.schema import _WORD_RE, fold, index_term, pair_key

SNIPPET_WIDTH = 200
MAX_SNIPPETS = 3


# --------------------------------------------------------------------------- hits


@cache
def _fold_classes() -> dict[str, str]:
    """Per folded letter (see ``schema.fold``), a regex class of the characters that fold to it,
    upper and lower case, with and without accents, superscript digits … (the first 12,000
    code points: Latin, Greek, Cyrillic, punctuation and number forms)."""
    classes: dict[str, set[str]] = {}
    for code in range(0x30, 0x3000):
        char = chr(code)
        folded = fold(char)
        if len(folded) == 1 and folded.isalnum():
            classes.setdefault(folded, set()).add(char)
    return {f: "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
            for f, chars in classes.items()}


def _candidates(terms: Iterable[str]) -> re.Pattern[str]:
    """Words that may be written forms of ``terms``: every word whose folded form starts with
    a term less its last two letters (stemming changes only a stem's end: "tweede" ->
    "twed"), as whole ``\\w+`` words of the text as written."""
    prefixes = sorted({t[:max(1, len(t) - 2)] for t in terms})
    kept: list[str] = []
    for prefix in prefixes:  # sorted: a prefix comes before the longer ones it covers
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    classes = _fold_classes()  # made on the first search (17 ms), not at start-up
    parts = ["".join(classes.get(c, re.escape(c)) for c in prefix) for prefix in kept]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\w*")


def _term_offsets(texts: dict[int, str], terms: Iterable[str]
                  ) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """``docnum -> term -> [(start, end)]`` of the words of ``terms`` in each document's
    stored text (the index keeps positions, not character offsets: the few visible hits are
    read again, which costs less than offsets in every posting of every build). Only the
    words that may be written forms of the terms (:func:`_candidates`) are analysed."""
    wanted = {t for t in terms if t}
    out: dict[int, dict[str, list[tuple[int, int]]]] = {d: {} for d in texts}
    if not wanted:
        return out
    candidates = _candidates(wanted)
    for docnum, text in texts.items():
        found = out[docnum]
        for m in candidates.finditer(text):
            term = index_term(m.group())
            if term in wanted:
                found.setdefault(term, []).append(m.span())
    return out


def _phrase_spans(found: dict[str, list[tuple[int, int]]], keys: tuple[str, ...],
                  text: str) -> list[tuple[int, int]]:
    """Offsets of each word of every occurrence of the phrase ``keys`` in ``text``: at each
    place of its first indexed word, the words around it are read in the text itself."""
    content = [i for i, k in enumerate(keys) if not is_stop_key(k)]
    if not content:  # a phrase of stop words only: read the text
        return _scan_spans(text, keys)
    first, spans = content[0], []
    for start, _end in found.get(keys[first], ()):
        after = list(islice(_WORD_RE.finditer(text, start), len(keys) - first))
        if [pair_key(m.group()) for m in after] != list(keys[first:]):
            continue
        before = list(_WORD_RE.finditer(text, max(0, start - 40 * first), start))[-first:] \
            if first else []
        if [pair_key(m.group()) for m in before] != list(keys[:first]):
            continue
        spans.extend(m.span() for m in before + after)
    return spans


def _scan_spans(text: str, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    matches = list(_WORD_RE.finditer(text))
    found = [pair_key(m.group()) for m in matches]
    n, spans = len(keys), []
    for i in range(len(found) - n + 1):
        if tuple(found[i:i + n]) == keys:
            spans.extend((m.start(), m.end()) for m in matches[i:i + n])
    return spans


def _doc_matches(found: dict[str, list[tuple[int, int]]], plan: _Plan, text: str
                 ) -> list[tuple[int, int]]:
    spans = {span for t in plan.terms for span in found.get(t, ())}
    for keys in plan.phrases:
        spans.update(_phrase_spans(found, keys, text))
    return sorted(spans)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen/narrow a window to whole words."""
    start, end = max(0, start), min(len(text), end)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return start, end


def make_snippets(text: str, matches: list[tuple[int, int]], base: int = 0,
                  width: int = SNIPPET_WIDTH, count: int = MAX_SNIPPETS) -> list[Snippet]:
    """Up to ``count`` windows of ``text`` holding the most (distinct) matches, in text order.

    ``matches`` are offsets into ``text``; returned offsets are shifted by ``base``.
    """
    if not text:
        return []
    if not matches:
        s, e = _snap(text, 0, width)
        return [Snippet(text[s:e], base + s, base + e)]
    starts = [s for s, _ in matches]
    candidates = []
    for i, (s, _) in enumerate(matches[:400]):
        lo, hi = s - width // 4, s - width // 4 + width
        inside = matches[i:bisect.bisect_left(starts, hi)]
        words = {text[a:b].lower() for a, b in inside if b <= hi}
        candidates.append((len(words), len(inside), -s, lo, hi))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for *_, lo, hi in candidates:
        if all(hi <= a or lo >= b for a, b in chosen):
            chosen.append(_snap(text, lo, hi))
        if len(chosen) == count:
            break
    out = []
    for lo, hi in sorted(chosen):
        marks = tuple((base + a, base + b) for a, b in matches if a >= lo and b <= hi)
        out.append(Snippet(text[lo:hi], base + lo, base + hi, marks))
    return out


def _hit(searcher: Any, docnum: int, score: float, found: dict | None, plan: _Plan | None,
         stored: dict | None = None) -> SearchHit:
    """A :class:`SearchHit` for one document; snippets and matches only when ``found``
    (``stored``: its stored fields, when read already)."""
    if stored is None:
        stored = searcher.stored_fields(docnum)
    kind = stored.get("kind", "letter")
    if kind == "annotation" and stored.get("letter_id"):
        # The letter's current metadata (annotation documents written before a letter update,
        # or by an older version, may lack or hold old values).
        letter = searcher.document(uid=stored["letter_id"]) or {}
        stored = {**stored, **{k: letter[k] for k in ("title", "date", "dossier_facet",
                                                      "signatory") if letter.get(k)}}
    base = 0 if kind == "letter" else int(stored.get("start") or 0)
    snippets: list[Snippet] = []
    matches: list[tuple[int, int]] = []
    if found is not None and plan is not None:
        if kind == "annotation":
            span = (base, int(stored.get("end") or base))
            matches = [span]
            snippets = [Snippet(stored.get("body", ""), span[0], span[1], (span,))]
        else:
            body = stored.get("body", "")
            local = _doc_matches(found, plan, body)
            snippets = make_snippets(body, local, base)
            matches = [(base + s, base + e) for s, e in local]
    return SearchHit(
        id=stored.get("letter_id", ""), title=stored.get("title"), date=stored.get("date"),
        score=score if isinstance(score, (int, float)) else 0.0,  # date sort: no score
        snippets=tuple(snippets), matches=tuple(matches), kind=kind,
        ref=stored.get("ref"), start=stored.get("start") if kind != "letter" else None,
        end=stored.get("end") if kind != "letter" else None,
        dossier=stored.get("dossier_facet"), signatory=stored.get("signatory"),
        note=stored.get("note"))


def _surface_word(searcher: Any, term: str) -> str | None:
    """How an indexed (stemmed) term is written in the first letter that contains it."""
    try:
        m = searcher.reader().postings("body", term)
        position = m.value_as("positions")[0]
        body = searcher.stored_fields(m.id()).get("body", "")
    except Exception:  # noqa: BLE001 - no readable occurrence: fall back to the stem
        return None
    word = next(islice(_WORD_RE.finditer(body), position, None), None)  # positions: every word
    return word.group().lower() if word is not None else None
