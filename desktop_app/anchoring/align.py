"""Anchored (patience-style) alignment of two token sequences.

``difflib`` alone takes the longest common run first, wherever it is; when a paragraph moved
or a stretch was rewritten, short common pieces of the new text (inserted filler, "de", ",")
then get aligned to unrelated old text in the same gap. Here the tokens that occur exactly
once in both sequences are aligned first (their longest increasing subsequence, as in
patience diff), the gaps between them are aligned the same way recursively, and only a gap
without such tokens is left to ``difflib`` (``autojunk=False``). A moved paragraph's unique
words fall outside the increasing subsequence, so the paragraph stays unaligned here and is
found as a move afterwards (``diff.TextChange``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from difflib import SequenceMatcher

Block = tuple[int, int, int]  # (start in a, start in b, length), as difflib's matching blocks


def matching_blocks(a: list[str], b: list[str]) -> list[Block]:
    """Aligned runs of ``a`` and ``b`` in order, ending with ``(len(a), len(b), 0)``."""
    found: list[Block] = []
    todo = [(0, len(a), 0, len(b))]
    while todo:
        a0, a1, b0, b1 = todo.pop()
        # The common head and tail are aligned outright.
        head = 0
        while a0 + head < a1 and b0 + head < b1 and a[a0 + head] == b[b0 + head]:
            head += 1
        tail = 0
        room = min(a1 - a0, b1 - b0) - head
        while tail < room and a[a1 - tail - 1] == b[b1 - tail - 1]:
            tail += 1
        if head:
            found.append((a0, b0, head))
        if tail:
            found.append((a1 - tail, b1 - tail, tail))
        a0, b0, a1, b1 = a0 + head, b0 + head, a1 - tail, b1 - tail
        if a0 == a1 or b0 == b1:
            continue
        anchors = _unique_anchors(a, b, a0, a1, b0, b1)
        if not anchors:
            sm = SequenceMatcher(None, a[a0:a1], b[b0:b1], autojunk=False)
            found += [(a0 + i, b0 + j, n) for i, j, n in sm.get_matching_blocks() if n]
            continue
        prev_a, prev_b = a0, b0
        for i, j in anchors:
            found.append((i, j, 1))
            todo.append((prev_a, i, prev_b, j))
            prev_a, prev_b = i + 1, j + 1
        todo.append((prev_a, a1, prev_b, b1))
    return _merge(sorted(found)) + [(len(a), len(b), 0)]


def _unique_anchors(
    a: list[str], b: list[str], a0: int, a1: int, b0: int, b1: int
) -> list[tuple[int, int]]:
    """Pairs (i, j) of tokens unique in both ranges, the longest run in order in both."""
    count_a = Counter(a[a0:a1])
    count_b = Counter(b[b0:b1])
    where_b = {b[j]: j for j in range(b0, b1) if count_b[b[j]] == 1}
    pairs = [
        (i, where_b[a[i]]) for i in range(a0, a1) if count_a[a[i]] == 1 and a[i] in where_b
    ]
    return _increasing(pairs)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (sorted by i) whose j also increases."""
    tails: list[int] = []  # tails[k]: smallest j ending an increasing run of length k + 1
    tail_at: list[int] = []  # index in pairs of that run's last pair
    back: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_at.append(n)
        else:
            tails[k] = j
            tail_at[k] = n
        back.append(tail_at[k - 1] if k else -1)
    run = []
    n = tail_at[-1] if tail_at else -1
    while n >= 0:
        run.append(pairs[n])
        n = back[n]
    return run[::-1]


def _merge(blocks: list[Block]) -> list[Block]:
    """Join blocks that continue each other in both sequences."""
    merged: list[Block] = []
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    return merged


def moved_blocks(a: list[str], b: list[str], blocks: list[Block]) -> list[Block]:
    """Runs of text that moved: around each token that occurs once in ``a`` and once in ``b``
    with both copies left unaligned by ``blocks``, as far as equal unaligned tokens go."""
    in_a = bytearray(len(a))
    in_b = bytearray(len(b))
    for i, j, n in blocks:
        in_a[i : i + n] = b"\x01" * n
        in_b[j : j + n] = b"\x01" * n
    count_a, count_b = Counter(a), Counter(b)
    where_b = {tok: j for j, tok in enumerate(b) if count_b[tok] == 1 and not in_b[j]}
    found: list[Block] = []
    for i, tok in enumerate(a):
        j = where_b.get(tok)
        if j is None or in_a[i] or count_a[tok] != 1 or in_b[j]:
            continue
        lo = _reach(a, b, in_a, in_b, i - 1, j - 1, -1)
        hi = 1 + _reach(a, b, in_a, in_b, i + 1, j + 1, 1)
        found.append((i - lo, j - lo, lo + hi))
        in_a[i - lo : i + hi] = b"\x01" * (lo + hi)
        in_b[j - lo : j + hi] = b"\x01" * (lo + hi)
    return found


def _reach(a: list[str], b: list[str], in_a: bytearray, in_b: bytearray, i: int, j: int,
           step: int) -> int:  # fmt: skip
    """How many equal, unaligned tokens follow from ``a[i]``/``b[j]`` in direction ``step``."""
    n = 0
    while 0 <= i < len(a) and 0 <= j < len(b) and not in_a[i] and not in_b[j] and a[i] == b[j]:
        n, i, j = n + 1, i + step, j + step
    return n
