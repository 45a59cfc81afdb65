"""Text selectors for annotations and re-anchoring them when a letter's text changes.

An annotation remembers where it was (W3C TextPositionSelector: ``start``/``end`` in the
normalised text) and what it was (TextQuoteSelector: the exact quote with 32 characters of
prefix and suffix). When the text changes we look, in this order, for:

1. the quote still at its old position (status ``ok``);
2. the exact quote elsewhere, the occurrence whose context fits best, then the nearest
   (status ``moved``), and only when its prefix and suffix agree with the remembered ones
   (``quote.MOVED_CONTEXT_*``); a copy whose context disagrees leaves an orphan;
3. a fuzzy match of prefix + quote + suffix, as Hypothesis does (status ``moved``).

Steps 2 and 3 compare *canonical* text, with whitespace and hyphens removed, so re-flowed
lines and re-hyphenated words do not break a match. When the old text is known, a word diff
maps old offsets to new ones instead (``diff.TextChange``); a placement is kept only when at
least half of the quote survives as whole words and its edges are certain (see
``TextChange.place``). What cannot be placed confidently is
an orphan: the caller keeps it. A wrong attachment is worse than an orphan, so the
thresholds are strict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.anchoring.diff import TextChange
from desktop_app.anchoring.quote import REJECTED, exact, fuzzy
from desktop_app.anchoring.text import (
    CONTEXT_CHARS,
    Placement,
    Selector,
    TextIndex,
    canonical,
    find_quote,
    make_selector,
    quote_parts,
)

# A quote the diff lost is searched for only when it has this many words.
MIN_SEARCH_WORDS = 4
_WORD = re.compile(r"\w+")

__all__ = [
    "CONTEXT_CHARS", "Placement", "Selector", "TextChange", "TextIndex",
    "canonical", "find_quote", "make_selector", "reanchor", "reanchor_all",
]  # fmt: skip


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
        if len(_WORD.findall(old.quote)) < MIN_SEARCH_WORDS:
            return None  # a word or two the diff lost: any copy of it would be a guess
        allowed = change.inserted
    cq, cp, cs = quote_parts(old)
    if not cq:
        unchanged = old.quote and target.text[old.start : old.end] == old.quote
        return Placement(old.start, old.end, "ok") if unchanged else None
    placed = exact(target, old, cq, cp, cs, allowed)
    if placed is REJECTED:
        return None
    return placed or fuzzy(target, old, cq, cp, cs, allowed)


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
