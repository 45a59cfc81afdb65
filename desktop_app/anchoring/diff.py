"""Mapping old offsets to new ones through a word diff of the old and the new text."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cached_property
from os.path import commonprefix

from desktop_app.anchoring.align import matching_blocks, moved_blocks
from desktop_app.anchoring.text import SHORT_QUOTE, Placement, Selector, TextIndex, is_word

# Words and single punctuation marks of canonical text: the units the diff aligns.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# An aligned run shorter than this (canonical characters) is a coincidence ("de" matching
# "de" inside a rewritten sentence), not evidence that text stayed.
MIN_BLOCK_CHARS = 10
# Unaligned old and new stretches are compared again to find moved text this long (tokens).
MIN_MOVE_TOKENS = 8
# A moved run found around a word unique in both texts needs this many tokens ("blijft het"
# in inserted text is no move of an old "blijft het").
MIN_UNIQUE_MOVE_TOKENS = 3
# Share of a quote's non-space characters that must survive for it to be placed by the diff.
MIN_SURVIVING = 0.5
# Share of a quote's words that must reappear whole (every letter mapped, word edges intact).
MIN_WORD_SHARE = 0.5
_WORD = re.compile(r"\w+")
# How far beside a placement lost edge text is looked for (canonical characters).
NEARBY = 200
# A placement must keep this share of the span it might have to cover (its own span plus
# unaligned text beside a lost edge): the benchmark counts overlap / union >= 0.8 as right.
MIN_OVERLAP = 0.85
# A word piece this long shared by a lost edge word and its new neighbour may be its remnant.
MIN_PIECE = 3


def _shared_piece(lost: str, new: str, at: int, step: int) -> bool:
    """Whether the lost edge word next to the placement (``step`` -1: before offset ``at``;
    1: from ``at``) and the new word there share a piece of ``MIN_PIECE`` letters or more:
    a deletion cut into the word and its remnant may be either's."""
    words = _WORD.findall(lost)
    if not words:
        return False
    if step < 0:
        found = re.search(r"(\w+)\W*$", new[max(0, at - NEARBY) : at])
        lost_word, new_word = words[-1][::-1], found and found.group(1)[::-1]
    else:
        found = re.match(r"\W*(\w+)", new[at : at + NEARBY])
        lost_word, new_word = words[0], found and found.group(1)
    return bool(new_word) and len(commonprefix([lost_word, new_word])) >= MIN_PIECE


def _gaps(runs: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of ``range(length)`` outside the runs ``(start, size)``."""
    gaps, at = [], 0
    for start, size in sorted(runs):
        if start > at:
            gaps.append((at, start))
        at = max(at, start + size)
    if length > at:
        gaps.append((at, length))
    return gaps


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
        matched = matching_blocks(a, b)
        blocks = self._solid(matched, old_tokens)
        for i, j, n in blocks:
            self._map_block(old_tokens[i : i + n], new_tokens[j : j + n])
        self._extend_edges(blocks, old_tokens, new_tokens)
        moved = [
            m for m in moved_blocks(a, b, blocks)
            if m[2] >= MIN_UNIQUE_MOVE_TOKENS and self._long(m, old_tokens, SHORT_QUOTE)
        ]  # fmt: skip
        for i, j, n in moved:
            self._map_block(old_tokens[i : i + n], new_tokens[j : j + n])
        blocks = sorted(blocks + moved)
        for i, j, n in self._moves(a, b, blocks, old_tokens):
            self._map_block(old_tokens[i : i + n], new_tokens[j : j + n])

    @staticmethod
    def _long(block: tuple[int, int, int], spans: list[tuple[int, int]], chars: int) -> bool:
        """Whether an aligned run spans ``chars`` canonical characters or more."""
        i, _, n = block
        return spans[i + n - 1][1] - spans[i][0] >= chars

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
        old_gaps = _gaps([(i, n) for i, _, n in blocks], len(a))
        new_gaps = _gaps([(j, n) for _, j, n in blocks], len(b))
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
        """The surviving part of ``old``'s text in the new text, or None if it is gone.

        Enough of the quote must survive as whole words, and the edges must be certain: when
        the quote lost words (or a word piece) at an edge and the lost text, or a piece of the
        lost edge word, stands right beside the placement, the diff may have aligned the wrong
        copy, so the annotation is orphaned instead.
        """
        cs, ce = self.old.to_canon(old.start), self.old.to_canon(old.end)
        solid = [p for p in range(cs, ce) if self.old.canon[p] != " "]
        runs: list[list[tuple[int, int]]] = []
        for p in solid:
            q = self.mapped[p]
            if q < 0:
                continue
            if runs and self._continues(runs[-1][-1][1], q):
                runs[-1].append((p, q))
            else:
                runs.append([(p, q)])
        best = max(runs, key=len, default=[])
        # A short quote that lost characters is a mutilated word or two: too little to go on.
        needed = len(solid) if len(solid) < SHORT_QUOTE else MIN_SURVIVING * len(solid)
        if not best or len(best) < needed:
            return None
        span = (best[0][1], best[-1][1] + 1)
        if not self._enough_words(cs, ce, *span, len(solid)) or not self._certain(cs, ce, best):
            return None
        start, end = self.target.to_raw(*span)
        same = (start, end) == (old.start, old.end) and self.target.text[start:end] == old.quote
        return Placement(start, end, "ok" if same else "moved")

    def _certain(self, cs: int, ce: int, run: list[tuple[int, int]]) -> bool:
        """Whether the run's edges are where the quote's edges went (see ``place``)."""
        pieces = self._pieces(run)
        # A short piece beyond inserted text may be a chance match inside the insertion ("zal
        # [... wil ik uw Kamer ...] ik uw Kamer"): it is trusted only when the old text
        # outside the quote continues from it unbroken. Dropping it would be no safer: if it
        # is the quote's own text, the quote reaches past the insertion.
        if len(pieces) > 1:
            head, tail = pieces[0], pieces[-1]
            if len(head) < SHORT_QUOTE and not self._held(head[0][0], -1):
                return False
            if len(tail) < SHORT_QUOTE and not self._held(tail[-1][0], 1):
                return False
        # A word or two: which copy is it? Its old neighbour on one side must still be beside
        # it, and one still in the text but elsewhere ("De [reactie]" aligned to the "De" of a
        # paragraph moved in front of it) leaves it in doubt. A deleted neighbour does not.
        if len(run) < SHORT_QUOTE and (
            not (self._linked(cs, -1) or self._linked(ce - 1, 1))
            or self._detached(cs, -1)
            or self._detached(ce - 1, 1)
        ):
            return False
        old, new = self.old.canon, self.target.canon
        first, last = run[0][1], run[-1][1] + 1
        lost_head, lost_tail = old[cs : run[0][0]], old[run[-1][0] + 1 : ce]
        # Text the diff could not align right beside a lost edge may be what is left of it
        # ("Tweede Kamer" cut to "de Kamer"), or an insertion with the edge's remnant beyond:
        # the quote may reach over it, so it must be too short to matter.
        doubt = 0
        if self._lost_edge(run[0][0], cs, -1):
            doubt += self._unaligned_beside(first, -1)
        if self._lost_edge(run[-1][0], ce, 1):
            doubt += self._unaligned_beside(last - 1, 1)
        if doubt and (last - first) < MIN_OVERLAP * (last - first + doubt):
            return False
        if self._lost_nearby(cs, run[0][0], max(0, first - NEARBY), first) or _shared_piece(
            lost_head, new, first, -1
        ):
            return False
        return not (
            self._lost_nearby(run[-1][0] + 1, ce, last, last + NEARBY)
            or _shared_piece(lost_tail, new, last, 1)
            or self._echoed(cs, ce, first, last)
        )

    def _echoed(self, cs: int, ce: int, first: int, last: int) -> bool:
        """Whether new text the diff could not align, in or near the placement, repeats a
        stretch of the quote (``SHORT_QUOTE`` characters or more, whole words) that old text
        the diff lost holds too: the text was there twice, one copy is gone, and the diff may
        have kept the wrong one."""
        quote = self.old.canon[cs:ce].strip()
        if len(quote) < SHORT_QUOTE or not self.lost_text:
            return False
        new = self.target.canon
        lo, hi = max(0, first - NEARBY), min(len(new), last + NEARBY)
        k = lo
        while k < hi:
            if self.covered[k] or new[k] == " ":
                k += 1
                continue
            end = k
            while end < hi and not self.covered[end]:
                end += 1
            if self._repeats(new[k:end], quote, self.lost_text):
                return True
            k = end
        return False

    @staticmethod
    def _repeats(piece: str, quote: str, lost: str) -> bool:
        """Whether ``piece`` holds a run of whole words, ``SHORT_QUOTE`` characters or more,
        that occurs as whole words in ``quote`` and in ``lost``.
        A word at the piece's edge may be a fragment of a word cut by a deletion: it is left
        out."""
        need = SHORT_QUOTE
        words = [m.span() for m in _WORD.finditer(piece)]
        if words and words[0][0] == 0:
            words = words[1:]
        if words and words[-1][1] == len(piece):
            words = words[:-1]
        for i, (a, _) in enumerate(words):
            for _, b in words[i:]:
                if b - a >= need:
                    found = re.compile(rf"(?<!\w){re.escape(piece[a:b])}(?!\w)")
                    if found.search(quote) and found.search(lost):
                        return True
                    break
        return False

    @cached_property
    def lost_text(self) -> str:
        """The old text the diff mapped nowhere, stretch by stretch (NUL between stretches)."""
        old, mapped = self.old.canon, self.mapped
        stretches, k = [], 0
        while k < len(old):
            if mapped[k] >= 0:
                k += 1
                continue
            end = k
            while end < len(old) and mapped[end] < 0:
                end += 1
            stretches.append(old[k:end])
            k = end
        return "\0".join(stretches)

    def _lost_edge(self, p: int, bound: int, step: int) -> bool:
        """Whether quote text right beyond old offset ``p`` (up to ``bound``) was lost: not
        mapped anywhere (text torn off by a move is mapped elsewhere, not lost)."""
        q = p + step
        while q != bound and self.mapped[q] < 0:
            if is_word(self.old.canon[q]):
                return True
            q += step
        return False

    def _unaligned_beside(self, q: int, step: int) -> int:
        """How many new characters before (-1) or after (1) new offset ``q`` came from no old
        text, up to the first one that did (at most ``NEARBY``)."""
        new = self.target.canon
        k, far = q + step, 0
        while 0 <= k < len(new) and far < NEARBY and not (self.covered[k] and new[k] != " "):
            k, far = k + step, far + 1
        while far and new[k - step] == " ":  # spaces before old text are no remnant
            k, far = k - step, far - 1
        return far

    def _held(self, p: int, step: int) -> bool:
        """Whether the old text beyond old offset ``p`` (before: -1, after: 1) follows it in
        the new text unbroken for ``SHORT_QUOTE`` non-space characters (or to the text's end)."""
        old, mapped = self.old.canon, self.mapped
        solid, q = 0, p
        while solid < SHORT_QUOTE:
            nxt = q + step
            if not 0 <= nxt < len(old):
                return True
            if mapped[nxt] < 0 or mapped[nxt] != mapped[q] + step:
                return False
            solid += old[nxt] != " "
            q = nxt
        return True

    def _lost_nearby(self, o0: int, o1: int, n0: int, n1: int) -> bool:
        """Whether old text ``o0:o1`` (lost from a placement's edge) appears in the new span
        ``n0:n1`` somewhere the diff did not map it to: then the edge is in doubt."""
        lost = self.old.canon[o0:o1].strip()
        if not _WORD.search(lost):
            return False
        mapped_to = set(self.mapped[o0:o1])
        pattern = re.compile(rf"(?<!\w){re.escape(lost)}(?!\w)")
        return any(
            any(self.target.canon[k] != " " and k not in mapped_to for k in range(*m.span()))
            for m in pattern.finditer(self.target.canon, n0, min(n1, len(self.target.canon)))
        )

    def _pieces(self, run: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
        """Split a run where inserted (non-space) text lies between two of its characters."""
        pieces = [[run[0]]]
        for prev, cur in zip(run, run[1:], strict=False):
            if self.target.canon[prev[1] + 1 : cur[1]].strip():
                pieces.append([])
            pieces[-1].append(cur)
        return pieces

    def _neighbour(self, p: int, step: int) -> int | None:
        """Old offset of the nearest word character before (-1) or after (1) old offset ``p``."""
        old = self.old.canon
        q = p + step
        while 0 <= q < len(old) and not is_word(old[q]):
            q += step
        return q if 0 <= q < len(old) else None

    def _linked(self, p: int, step: int) -> bool:
        """Whether the old word beside old offset ``p`` (before: -1, after: 1) is still beside
        it in the new text, with only inserted text or the old text between them in between."""
        q = self._neighbour(p, step)
        if q is None:
            return self.mapped[p] >= 0  # the text's first or last word: no neighbour
        if self.mapped[p] < 0 or self.mapped[q] < 0:
            return False
        (o0, n0), (o1, n1) = sorted(((p, self.mapped[p]), (q, self.mapped[q])))
        own = set(self.mapped[o0 + 1 : o1])
        return n1 > n0 and not any(
            self.covered[k] and self.target.canon[k] != " " and k not in own
            for k in range(n0 + 1, n1)
        )

    def _detached(self, p: int, step: int) -> bool:
        """Whether the old word beside old offset ``p``, on the same line, is still in the new
        text but no longer beside it: ``p`` was aligned to another copy of its word (a moved
        paragraph carries its lines whole, so a neighbour across a line break may part)."""
        q = self._neighbour(p, step)
        if q is None or self.mapped[q] < 0 or self._linked(p, step):
            return False
        raw = self.old.index
        a, b = sorted((raw[p], raw[q]))
        return "\n" not in self.old.text[a:b]

    def _enough_words(self, cs: int, ce: int, qs: int, qe: int, solid: int) -> bool:
        """Whether enough of the old quote reappears as whole words inside ``qs:qe``.

        Letters of a word cut by a deletion do not count: at a cut like "voor|zitter" next to
        "Voor|tgangsoverleg" nobody can tell which old letters survived.
        """
        words = [m.span() for m in _WORD.finditer(self.old.canon, cs, ce)]
        whole = [b - a for a, b in words if self._whole_word(a, b, qs, qe)]
        return sum(whole) >= MIN_SURVIVING * solid and len(whole) >= MIN_WORD_SHARE * len(words)

    def _whole_word(self, a: int, b: int, qs: int, qe: int) -> bool:
        """Old word ``a:b`` maps, letter by letter, onto a whole word inside ``qs:qe``."""
        first = self.mapped[a]
        if first < qs or first + (b - a) > qe:
            return False
        if any(self.mapped[a + k] != first + k for k in range(b - a)):
            return False
        new = self.target.canon
        last = first + (b - a)
        return (first == 0 or not is_word(new[first - 1])) and (
            last == len(new) or not is_word(new[last])
        )

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
