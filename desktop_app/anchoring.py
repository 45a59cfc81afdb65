"""Text selectors for annotations and re-anchoring them when a letter's text changes.

An annotation remembers where it was (W3C TextPositionSelector: ``start``/``end`` in the
normalised text) and what it was (TextQuoteSelector: the exact quote with 32 characters of
prefix and suffix). When the text changes we look, in this order, for:

1. the quote still at its old position (status ``ok``);
2. the exact quote elsewhere, the occurrence whose context fits best, then the nearest
   (status ``moved``);
3. a fuzzy match of prefix + quote + suffix, as Hypothesis does (status ``moved``).

Steps 2 and 3 compare *canonical* text, with whitespace and hyphens removed, so re-flowed
lines and re-hyphenated words do not break a match. What cannot be placed confidently is
an orphan: the caller keeps it. A wrong attachment is worse than an orphan, so the
thresholds are strict.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from os.path import commonprefix
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

CONTEXT_CHARS = 32
# A quote shorter than this (in canonical characters) is placed only with context support.
SHORT_QUOTE = 12
# Minimum mean prefix/suffix similarity for an ambiguous or short exact match.
MIN_CONTEXT = 0.5
# Context scores this close to the best count as a tie, decided by distance.
CONTEXT_TIE = 0.15
# Fuzzy acceptance: quote similarity alone, or quote + context similarity together.
FUZZY_QUOTE_ALONE = 0.9
FUZZY_QUOTE_WITH_CONTEXT = 0.75
FUZZY_CONTEXT = 0.7


class Selector(NamedTuple):
    """Where an annotation was and what it said: position + quote selectors."""

    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


class Placement(NamedTuple):
    """Where an annotation belongs in a new text; status is ``ok`` or ``moved``."""

    start: int
    end: int
    status: str


def make_selector(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return ``(quote, prefix, suffix)`` for the span ``start:end`` of ``text``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"invalid span {start}:{end} for a text of {len(text)} characters")
    prefix = text[max(0, start - CONTEXT_CHARS) : start]
    return text[start:end], prefix, text[end : end + CONTEXT_CHARS]


# Whitespace runs become one space; a hyphen at a line break (re-hyphenation) and soft
# hyphens disappear, so "verantwoor-\ndelijkheid" reads as "verantwoordelijkheid".
_FOLD = re.compile(r"(?<=\w)[-\u00ad\u2010\u2011][ \t]*\n\s*|\u00ad|\s+")


def canonical(text: str) -> tuple[str, list[int]]:
    """Folded text (see ``_FOLD``) plus each kept character's index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    pos = 0
    for match in _FOLD.finditer(text):
        chars.append(text[pos : match.start()])
        index.extend(range(pos, match.start()))
        if match.group()[0].isspace():
            chars.append(" ")
            index.append(match.start())
        pos = match.end()
    chars.append(text[pos:])
    index.extend(range(pos, len(text)))
    return "".join(chars), index


def _canon(text: str) -> str:
    return canonical(text)[0]


def _quote_parts(old: Selector) -> tuple[str, str, str]:
    """Canonical quote (trimmed), prefix and suffix of a selector."""
    return _canon(old.quote).strip(), _canon(old.prefix).lstrip(), _canon(old.suffix).rstrip()


class TextIndex:
    """A new text prepared once for re-anchoring many annotations."""

    def __init__(self, text: str):
        self.text = text
        self.canon, self.index = canonical(text)

    def to_canon(self, raw: int) -> int:
        """The canonical offset of the first kept character at or after ``raw``."""
        return bisect_left(self.index, raw)

    def to_raw(self, cstart: int, cend: int) -> tuple[int, int]:
        """The raw span covering the canonical span ``cstart:cend`` (non-empty)."""
        return self.index[cstart], self.index[cend - 1] + 1

    def occurrences(self, needle: str) -> list[int]:
        """Canonical start offsets of every occurrence of ``needle`` in the canonical text."""
        found: list[int] = []
        pos = self.canon.find(needle)
        while pos != -1:
            found.append(pos)
            pos = self.canon.find(needle, pos + 1)
        return found


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``text`` whose content equals ``quote`` up to whitespace and hyphenation."""
    target = TextIndex(text)
    cquote = _canon(quote).strip()
    if not cquote:
        return []
    return [target.to_raw(c, c + len(cquote)) for c in target.occurrences(cquote)]


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


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _same_edges(target: TextIndex, cstart: int, cend: int, cq: str, cp: str, cs: str) -> bool:
    """A candidate starts/ends on a word boundary exactly where the original did.

    Stops "EN" from matching the end of "ZAKEN", or "van" the start of "vanaf".
    """
    canon = target.canon
    was_inside_start = bool(cp) and _is_word(cp[-1]) and _is_word(cq[0])
    is_inside_start = cstart > 0 and _is_word(canon[cstart - 1]) and _is_word(cq[0])
    was_inside_end = bool(cs) and _is_word(cs[0]) and _is_word(cq[-1])
    is_inside_end = cend < len(canon) and _is_word(canon[cend]) and _is_word(cq[-1])
    return was_inside_start == is_inside_start and was_inside_end == is_inside_end


Allowed = Callable[[int, int], bool] | None


def _exact(
    target: TextIndex, old: Selector, cq: str, cp: str, cs: str, allowed: Allowed = None
) -> Placement | None:
    """Step 1 and 2: the quote unchanged, at its old place or the best-fitting occurrence."""
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
    if len(cq) < SHORT_QUOTE:
        return quote_sim >= FUZZY_QUOTE_ALONE and context >= FUZZY_CONTEXT
    if quote_sim >= FUZZY_QUOTE_ALONE:
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


def _fuzzy(
    target: TextIndex, cq: str, cp: str, cs: str, allowed: Allowed = None
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
    return Placement(start, end, "moved")


# Words and single punctuation marks of canonical text: the units the diff aligns.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# An aligned run shorter than this (canonical characters) is a coincidence ("de" matching
# "de" inside a rewritten sentence), not evidence that text stayed.
MIN_BLOCK_CHARS = 10
# Unaligned old and new stretches are compared again to find moved text this long (tokens).
MIN_MOVE_TOKENS = 8
# Share of a quote's non-space characters that must survive for it to be placed by the diff.
MIN_SURVIVING = 0.5


class TextChange:
    """How an old text became a new one: each old canonical character's new canonical offset.

    The old text is diffed against the new one word by word (``difflib``, no junk heuristic);
    stretches left over on both sides are diffed again to catch moved paragraphs. Only aligned
    runs of at least ``MIN_BLOCK_CHARS`` count.
    """

    def __init__(self, old_text: str, target: TextIndex):
        self.old = TextIndex(old_text)
        self.target = target
        self.mapped = [-1] * len(self.old.canon)
        # New canonical characters that came from old text; the rest was inserted.
        self.covered = bytearray(len(target.canon))
        old_tokens = [m.span() for m in _TOKEN.finditer(self.old.canon)]
        new_tokens = [m.span() for m in _TOKEN.finditer(target.canon)]
        a = [self.old.canon[x:y] for x, y in old_tokens]
        b = [target.canon[x:y] for x, y in new_tokens]
        matched = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        blocks = self._solid(matched, old_tokens)
        for i, j, n in blocks:
            self._map_block(old_tokens[i : i + n], new_tokens[j : j + n])
        self._extend_edges(blocks, old_tokens, new_tokens)
        for i, j, n in self._moves(a, b, blocks, old_tokens):
            self._map_block(old_tokens[i : i + n], new_tokens[j : j + n])

    @staticmethod
    def _solid(blocks: list[tuple[int, int, int]], spans: list[tuple[int, int]]) -> list:
        """The aligned runs to trust: long ones, and short ones with no rewrite beside them.

        A short run between two pure insertions (or deletions) is old text that stayed; one
        beside a stretch where old text was replaced by new may be a chance match.
        """
        end = blocks[-1]  # difflib's final block (len(a), len(b), 0)
        blocks = sorted(b for b in blocks if b[2])
        kept = []
        for k, (i, j, n) in enumerate(blocks):
            if spans[i + n - 1][1] - spans[i][0] >= MIN_BLOCK_CHARS:
                kept.append((i, j, n))
                continue
            before = blocks[k - 1] if k else (0, 0, 0)
            after = blocks[k + 1] if k + 1 < len(blocks) else end
            rewritten_before = i > before[0] + before[2] and j > before[1] + before[2]
            rewritten_after = after[0] > i + n and after[1] > j + n
            if not (rewritten_before or rewritten_after):
                kept.append((i, j, n))
        return kept

    def _moves(self, a: list[str], b: list[str], blocks: list, spans: list) -> list:
        """Aligned runs between the stretches the first diff left unaligned (moved text)."""
        edges = [(0, 0, 0), *sorted(blocks), (len(a), len(b), 0)]
        old_gaps = [(p[0] + p[2], q[0]) for p, q in zip(edges, edges[1:], strict=False)]
        new_gaps = sorted((p[1] + p[2], q[1]) for p, q in zip(edges, edges[1:], strict=False))
        found = []
        for a0, a1 in old_gaps:
            for b0, b1 in new_gaps:
                if a1 > a0 and a1 - a0 == b1 - b0 and a[a0:a1] == b[b0:b1]:
                    found.append((a0, b0, a1 - a0))  # a short paragraph moved whole
                    continue
                if min(a1 - a0, b1 - b0) < MIN_MOVE_TOKENS:
                    continue
                sm = SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
                found += [(a0 + i, b0 + j, n) for i, j, n in sm.get_matching_blocks()
                          if n >= MIN_MOVE_TOKENS]  # fmt: skip
        return [
            (i, j, n) for i, j, n in found if spans[i + n - 1][1] - spans[i][0] >= MIN_BLOCK_CHARS
        ]

    def _extend_edges(self, blocks: list, olds: list, news: list) -> None:
        """Map the common head and tail of each old/new stretch between aligned runs.

        A deletion that cuts into a word ("zend ik u de voortgangsrapportage" becoming
        "zenangsrapportage") leaves word pieces the word diff cannot align.
        """
        spans = [(0, 0, 0, 0)]
        for i, j, n in blocks:
            spans.append((olds[i][0], olds[i + n - 1][1], news[j][0], news[j + n - 1][1]))
        spans.append((len(self.old.canon), 0, len(self.target.canon), 0))
        for (_, o0, _, n0), (o1, _, n1, _) in zip(spans, spans[1:], strict=False):
            old_gap, new_gap = self.old.canon[o0:o1], self.target.canon[n0:n1]
            head = len(commonprefix([old_gap, new_gap]))
            tail = len(commonprefix([old_gap[head:][::-1], new_gap[head:][::-1]]))
            self._map_chars(o0, n0, head)
            self._map_chars(o1 - tail, n1 - tail, tail)

    def _map_chars(self, o0: int, n0: int, length: int) -> None:
        self.mapped[o0 : o0 + length] = range(n0, n0 + length)
        self.covered[n0 : n0 + length] = b"\x01" * length

    def _map_block(self, olds: list[tuple[int, int]], news: list[tuple[int, int]]) -> None:
        """Map the characters of aligned tokens, and the spaces between them when equal."""
        for k, ((o0, o1), (n0, n1)) in enumerate(zip(olds, news, strict=True)):
            self._map_chars(o0, n0, o1 - o0)
            if k + 1 < len(olds):
                gap_old, gap_new = (o1, olds[k + 1][0]), (n1, news[k + 1][0])
                if self.old.canon[slice(*gap_old)] == self.target.canon[slice(*gap_new)]:
                    self.mapped[slice(*gap_old)] = range(*gap_new)

    def place(self, old: Selector) -> Placement | None:
        """The surviving part of ``old``'s text in the new text, or None if it is gone."""
        cs, ce = self.old.to_canon(old.start), self.old.to_canon(old.end)
        solid = [p for p in range(cs, ce) if self.old.canon[p] != " "]
        runs: list[list[int]] = []
        for p in solid:
            q = self.mapped[p]
            if q < 0:
                continue
            if runs and self._continues(runs[-1][-1], q):
                runs[-1].append(q)
            else:
                runs.append([q])
        best = max(runs, key=len, default=[])
        # A short quote that lost characters is a mutilated word or two: too little to go on.
        needed = len(solid) if len(solid) < SHORT_QUOTE else MIN_SURVIVING * len(solid)
        if not best or len(best) < needed:
            return None
        start, end = self.target.to_raw(best[0], best[-1] + 1)
        same = (start, end) == (old.start, old.end) and self.target.text[start:end] == old.quote
        return Placement(start, end, "ok" if same else "moved")

    def _continues(self, last: int, q: int) -> bool:
        """Whether new offset ``q`` continues a run ending at ``last``: in order, and with only
        inserted text in between (old text in between means the quote was torn by a move)."""
        between = range(last + 1, q)
        return q > last and not any(
            self.covered[k] and self.target.canon[k] != " " for k in between
        )

    def inserted(self, cstart: int, cend: int) -> bool:
        """Whether the new canonical span is (almost all) inserted text, not old text."""
        return cend > cstart and sum(self.covered[cstart:cend]) <= 0.1 * (cend - cstart)


def reanchor(
    old: Selector, new_text: str | TextIndex, change: TextChange | None = None
) -> Placement | None:
    """Where ``old`` belongs in ``new_text``; None when it cannot be placed (an orphan).

    With ``change`` (the old text is known) the diff decides; only a quote whose text the
    diff lost is searched for, and then only in inserted text, where moved text reappears.
    """
    target = new_text if isinstance(new_text, TextIndex) else TextIndex(new_text)
    allowed = None
    if change is not None and change.old.text[old.start : old.end] == old.quote:
        placed = change.place(old)
        if placed is not None:
            return placed
        allowed = change.inserted
    cq, cp, cs = _quote_parts(old)
    if not cq:
        unchanged = old.quote and target.text[old.start : old.end] == old.quote
        return Placement(old.start, old.end, "ok") if unchanged else None
    return _exact(target, old, cq, cp, cs, allowed) or _fuzzy(target, cq, cp, cs, allowed)


def reanchor_all(
    selectors: Iterable[Selector], new_text: str, old_text: str | None = None
) -> list[Placement | None]:
    """Re-anchor many selectors against one new text (the text is prepared once).

    ``old_text`` is the text the selectors' positions refer to; when given, a diff between it
    and ``new_text`` maps positions, which is far more reliable than the quotes alone.
    """
    target = TextIndex(new_text)
    change = TextChange(old_text, target) if old_text is not None else None
    return [reanchor(sel, target, change) for sel in selectors]
