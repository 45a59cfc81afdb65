"""Placing a selector from its quote and context alone (no old text): exact, then fuzzy."""

from __future__ import annotations

import re
from collections.abc import Callable
from os.path import commonprefix

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from desktop_app.anchoring.text import SHORT_QUOTE, Placement, Selector, TextIndex, is_word

# Minimum mean prefix/suffix similarity for an ambiguous or short exact match.
MIN_CONTEXT = 0.5
# Context scores this close to the best count as a tie, decided by distance.
CONTEXT_TIE = 0.15
# An exact copy away from the old place: prefix and suffix similarity both at least this, or
# one side the same and the other at least MOVED_CONTEXT_ONE_EXACT.
MOVED_CONTEXT_BOTH = 0.8
MOVED_CONTEXT_ONE_EXACT = 0.6
# Fuzzy acceptance: quote similarity alone, or quote + context similarity together.
FUZZY_QUOTE_ALONE = 0.9
FUZZY_QUOTE_WITH_CONTEXT = 0.75
FUZZY_CONTEXT = 0.7
# A quote of fewer words is never placed fuzzily: too many near copies in a letter.
FUZZY_MIN_WORDS = 4
_WORD = re.compile(r"\w+")
_PARAGRAPH = re.compile(r"\n\s*\n")


def _similarity(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0


def _side_scores(target: TextIndex, cstart: int, cend: int, cp: str, cs: str) -> list[float]:
    """Similarity of the remembered prefix and suffix with the text around a candidate."""
    scores = []
    if cp:
        scores.append(_similarity(cp, target.canon[max(0, cstart - len(cp)) : cstart]))
    if cs:
        scores.append(_similarity(cs, target.canon[cend : cend + len(cs)]))
    return scores


def _context_score(target: TextIndex, cstart: int, cend: int, cp: str, cs: str) -> float:
    """Mean prefix/suffix similarity around a candidate (1.0 when there is no context)."""
    scores = _side_scores(target, cstart, cend, cp, cs)
    return sum(scores) / len(scores) if scores else 1.0


def _same_edges(target: TextIndex, cstart: int, cend: int, cq: str, cp: str, cs: str) -> bool:
    """A candidate starts/ends on a word boundary exactly where the original did.

    Stops "EN" from matching the end of "ZAKEN", or "van" the start of "vanaf".
    """
    canon = target.canon
    was_inside_start = bool(cp) and is_word(cp[-1]) and is_word(cq[0])
    is_inside_start = cstart > 0 and is_word(canon[cstart - 1]) and is_word(cq[0])
    was_inside_end = bool(cs) and is_word(cs[0]) and is_word(cq[-1])
    is_inside_end = cend < len(canon) and is_word(canon[cend]) and is_word(cq[-1])
    return was_inside_start == is_inside_start and was_inside_end == is_inside_end


def _context_agrees(sides: list[float]) -> bool:
    """Both sides similar, or one the same and the other close enough (see the constants)."""
    if len(sides) < 2:
        return bool(sides) and sides[0] >= MOVED_CONTEXT_BOTH
    low, high = sorted(sides)
    return low >= MOVED_CONTEXT_BOTH or (high >= 1.0 and low >= MOVED_CONTEXT_ONE_EXACT)


# What ``exact`` returns for a copy of the quote it will not take (see ``exact``).
REJECTED = Placement(-1, -1, "rejected")

Allowed = Callable[[int, int], bool] | None


def exact(
    target: TextIndex, old: Selector, cq: str, cp: str, cs: str, allowed: Allowed = None
) -> Placement | None:
    """Step 1 and 2: the quote unchanged, at its old place or the best-fitting occurrence.

    None when the quote does not occur; ``REJECTED`` when it occurs only away from its old
    place with context that does not agree (an orphan: do not search further).
    """
    candidates = [
        c for c in target.occurrences(cq)
        if _same_edges(target, c, c + len(cq), cq, cp, cs)
        and (allowed is None or allowed(c, c + len(cq)))
    ]  # fmt: skip
    if not candidates:
        return None
    expected = target.to_canon(old.start)
    scored = {c: _context_score(target, c, c + len(cq), cp, cs) for c in candidates}
    best = max(scored.values())
    # Among the occurrences whose context fits (almost) as well as the best, the nearest wins:
    # a repeated passage is told apart by where the annotation was.
    near_best = [c for c, score in scored.items() if score >= best - CONTEXT_TIE]
    cstart = min(near_best, key=lambda c: abs(c - expected))
    if (len(candidates) > 1 or len(cq) < SHORT_QUOTE) and scored[cstart] < MIN_CONTEXT:
        return None
    if target.text[old.start : old.end] == old.quote and target.to_canon(old.start) == cstart:
        return Placement(old.start, old.end, "ok")
    # Away from its old place a copy of the quote is taken only when its surroundings agree:
    # a deleted quote's twin elsewhere often has similar, but not the same, context. Nor is
    # the quote then looked for fuzzily: its words are in the text, just not (surely) its own.
    if not _context_agrees(_side_scores(target, cstart, cstart + len(cq), cp, cs)):
        return REJECTED
    start, end = target.to_raw(cstart, cstart + len(cq))
    return Placement(start, end, "moved")


def _map_through(opcodes: Levenshtein.Opcodes, i: int) -> int:
    """Map an offset in the source of ``opcodes`` to the matching offset in its destination."""
    for tag, a1, a2, b1, b2 in opcodes:
        if a1 <= i < a2:
            return min(b1 + (i - a1), b2) if tag in ("equal", "replace") else b1
    return opcodes[-1].dest_end if len(opcodes) else 0


def _locate(part: str, haystack: str) -> tuple[int, int] | None:
    """Best approximate occurrence of ``part`` in ``haystack`` when it is a good one."""
    if not part or len(part) > len(haystack):
        return None
    found = fuzz.partial_ratio_alignment(part, haystack, score_cutoff=80)
    return None if found is None else (found.dest_start, found.dest_end)


def _refine(region: str, qs: int, qe: int, cp: str, cs: str) -> tuple[int, int]:
    """Move the quote's edges to where its prefix ends and its suffix begins."""
    suffix_at = _locate(cs, region[qs:])
    if suffix_at is not None and suffix_at[0] > 0:
        qe = qs + suffix_at[0]
    prefix_at = _locate(cp, region[:qe])
    if prefix_at is not None and prefix_at[1] < qe:
        qs = prefix_at[1]
    return qs, qe


def _accept_fuzzy(cq: str, found: str, sides: list[float]) -> bool:
    """Strict rules for a fuzzy placement: a wrong attachment is worse than an orphan."""
    quote_sim = _similarity(cq, found)
    context = sum(sides) / len(sides) if sides else 0.0
    if len(_WORD.findall(cq)) < FUZZY_MIN_WORDS:
        return False
    if quote_sim >= FUZZY_QUOTE_ALONE and context >= FUZZY_CONTEXT:
        return True
    if quote_sim >= FUZZY_QUOTE_WITH_CONTEXT and context >= FUZZY_CONTEXT:
        return True
    # Text inserted inside the quote: both ends firmly anchored and the quote's head and tail
    # found intact at the two ends of the span.
    anchored = len(sides) == 2 and min(sides) >= 0.9
    head = len(commonprefix([cq, found]))
    tail = len(commonprefix([cq[::-1], found[::-1]]))
    return anchored and len(found) <= 4 * len(cq) and min(head + tail, len(cq)) >= 0.9 * len(cq)


def _rough_region(target: TextIndex, cq: str, cp: str, cs: str) -> tuple[int, int] | None:
    """Approximately where prefix + quote + suffix now are, in canonical offsets."""
    needle = cp + cq + cs
    if len(needle) < SHORT_QUOTE:
        return None
    rough = _locate(needle, target.canon)
    if rough is not None:
        return rough
    # A long insertion inside the quote: find its head (with prefix) and tail (with suffix).
    head = _locate(cp + cq[:16], target.canon)
    if head is None:
        return None
    reach = target.canon[head[1] : head[1] + 4 * len(cq) + len(cs)]
    tail = _locate(cq[-16:] + cs, reach)
    return None if tail is None else (head[0], head[1] + tail[1])


def fuzzy(
    target: TextIndex, old: Selector, cq: str, cp: str, cs: str, allowed: Allowed = None
) -> Placement | None:
    """Step 3: locate prefix + quote + suffix approximately, then align it precisely."""
    rough = _rough_region(target, cq, cp, cs)
    if rough is None:
        return None
    needle = cp + cq + cs
    margin = len(needle) // 4 + 8
    w0 = max(0, rough[0] - margin)
    region = target.canon[w0 : min(len(target.canon), rough[1] + margin)]
    opcodes = Levenshtein.opcodes(needle, region)
    qs = _map_through(opcodes, len(cp))
    qe = _map_through(opcodes, len(needle) - len(cs))
    qs, qe = _refine(region, qs, qe, cp, cs)
    while qs < qe and region[qs] == " ":
        qs += 1
    while qe > qs and region[qe - 1] == " ":
        qe -= 1
    if qe <= qs:
        return None
    sides = _side_scores(target, w0 + qs, w0 + qe, cp, cs)
    if not _accept_fuzzy(cq, region[qs:qe], sides):
        return None
    if allowed is not None and not allowed(w0 + qs, w0 + qe):
        return None
    start, end = target.to_raw(w0 + qs, w0 + qe)
    if len(_PARAGRAPH.findall(target.text, start, end)) > len(_PARAGRAPH.findall(old.quote)):
        return None  # a paragraph now inside the quote may be one moved there: not its text
    return Placement(start, end, "moved")
