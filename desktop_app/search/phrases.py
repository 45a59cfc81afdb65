"""Phrases matched exactly: word sequences with their stop words, never a bag of words.

:class:`ExactPhrase` finds a body phrase word for word (stop words included, see
``schema.pair_key``) from the ``pairs`` field and the body's positions; :class:`VerifiedPhrase`
checks the candidates of a phrase in a short stored field (title, note) against the stored
text. Both compute a segment's matching documents once per query and serve the scored top-N
pass and the total/facets pass (:func:`~desktop_app.search.matching.matching_docs`) alike.
"""

from __future__ import annotations

import bisect
import math
import pickle
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from whoosh import query as wq
from whoosh.formats import Positions
from whoosh.matching import Matcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher

from desktop_app.search.matching import (
    _docset,
    _ScoredList,
    _term_ids,
    bm25_scores,
    segment_ids_weights,
)
from desktop_app.search.schema import _PAIR_SEP, _STOP_MARK, _scan, indexed_pair


class _PlainFilterMatcher(FilterMatcher):
    """A filter matcher without block-quality skipping (a skip could land on a filtered doc)."""

    def supports_block_quality(self) -> bool:
        return False


def holds_sequence(keys: list[str], wanted: tuple[str, ...]) -> bool:
    """True when ``wanted`` occurs as a contiguous run in ``keys``."""
    n = len(wanted)
    first = wanted[0]
    return any(keys[i] == first and tuple(keys[i:i + n]) == wanted
               for i in range(len(keys) - n + 1))


class _ListByDoc(_ScoredList):
    """A scored list whose quality skipping moves past single documents (its block quality
    stays the list's maximum, a bound for every document ahead, so an OR with a
    :class:`_LazyPhraseMatcher` can skip safely and always makes progress)."""

    def copy(self) -> _ListByDoc:
        return _ListByDoc(self._ids, self._weights)

    def skip_to_quality(self, minquality: float) -> int:
        ids, weights, i = self._ids, self._weights, self._i
        start = i
        while i < len(ids) and weights[i] <= minquality:
            i += 1
        self._i = i
        return i - start


class VerifiedPhrase(wq.Query):
    """Documents of ``candidates`` whose stored ``fieldname`` text holds the word sequence
    ``keys`` (phrase keys, stop words included: see ``schema.pair_key``).

    For short stored fields (title, note), whose phrase search in Whoosh skips stop words:
    the candidates' own scores are kept, the others are filtered out.
    """

    def __init__(self, fieldname: str, keys: tuple[str, ...], candidates: wq.Query,
                 boost: float = 1.0):
        self.fieldname, self.keys, self.candidates, self.boost = (fieldname, tuple(keys),
                                                                  candidates, boost)

    def __repr__(self) -> str:
        return f"VerifiedPhrase({self.fieldname!r}, {list(self.keys)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, VerifiedPhrase) and other.fieldname == self.fieldname
                and other.keys == self.keys and other.boost == self.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, self.keys, self.boost))

    segment_docset = True  # matching._docset takes segment_ids() as the matching set

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader: Any) -> int:
        return self.candidates.estimate_size(ixreader)

    def segment_ids(self, sub: Any) -> set[int]:
        """Segment docnums holding the phrase (once per segment and query)."""
        cache = self.__dict__.setdefault("_segments", {})
        reader = sub.reader()
        key = id(reader)
        if key not in cache:
            found = set()
            words = _phrase_words(self.candidates)
            candidates = (_consecutive(sub, self.candidates.fieldname, words)
                          if words is not None else sorted(_docset(self.candidates, sub)))
            for docnum in candidates:
                text = sub.stored_fields(docnum).get(self.fieldname) or ""
                if holds_sequence(_scan(text)[1], self.keys):
                    found.add(docnum)
            cache[key] = (reader, found)  # the reader kept: its id() stays valid
        return cache[key][1]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        ids, weights = self.segment_scores(searcher, context)  # a leaf (segment) searcher
        # the candidates' own scores, as a list that supports block quality: a filter matcher
        # does not, which kept Whoosh from skipping anything in an OR with the body's phrase
        return _ListByDoc(ids, weights) if ids else NullMatcher()

    flat_scores = True  # matching.flat_top takes segment_scores() as its scores

    def segment_scores(self, sub: Any, context: Any = None) -> tuple[list[int], list[float]]:
        """Sorted segment docnums holding the phrase and the candidates' scores for them."""
        ids = sorted(self.segment_ids(sub))
        if not ids:
            return [], []
        words = _phrase_words(self.candidates)
        if words is not None:
            scores = _phrase_scores(sub, self.candidates, words, ids)
            if scores is not None:
                return ids, scores
        m = self.candidates.matcher(sub, context if context is not None else sub.context())
        weights = []
        for d in ids:
            if m.id() < d:
                m.skip_to(d)
            weights.append(m.score())
        return ids, weights


def _phrase_words(q: wq.Query) -> list[str] | None:
    """The words of a Whoosh phrase of adjacent words (slop 1), else None."""
    if type(q) is not wq.Phrase or q.slop != 1 or len(q.words) < 2 or not all(q.words):
        return None
    return list(q.words)


def _consecutive(sub: Any, fieldname: str, words: list[str]) -> list[int]:
    """Segment docnums whose ``fieldname`` holds ``words`` at consecutive positions: what
    Whoosh's phrase matcher finds (a span matcher walking every document holding all the
    words), from the cached postings of the words and the positions of those documents only."""
    schema = sub.schema
    sets = [_term_ids(sub, schema, wq.Term(fieldname, w)) for w in words]
    if not all(sets):
        return []
    alive = sorted(set.intersection(*sorted(sets, key=len)))
    reader = sub.reader()
    starts: dict[int, set[int]] = {}
    for k, word in enumerate(words):
        if not alive:
            return []
        positions = _positions(_Cursor(reader, word, fieldname), alive)
        starts = _narrow(starts if k else None, positions, k)
        alive = [d for d in alive if d in starts]
    return alive


def _narrow(starts: dict[int, set[int]] | None, positions: dict[int, list[int]], k: int
            ) -> dict[int, set[int]]:
    """The phrase starts per document that also put the word (or pair) found at
    ``positions`` at offset ``k``; None: the first word, every start it allows. A document
    left without a start is dropped."""
    if starts is None:
        return {d: {p - k for p in ps} for d, ps in positions.items()}
    for d in list(starts):
        left = starts[d].intersection([p - k for p in positions.get(d, ())])
        if left:
            starts[d] = left
        else:
            del starts[d]
    return starts


def _tree_sum(values: list[float]) -> float:
    """A sum in the order of Whoosh's binary tree of intersection matchers
    (``make_binary_tree``: a + (b + c)), so the floats are the same."""
    if len(values) == 1:
        return values[0]
    half = len(values) // 2
    return _tree_sum(values[:half]) + _tree_sum(values[half:])


def _phrase_scores(sub: Any, q: wq.Phrase, words: list[str], ids: list[int]
                   ) -> list[float] | None:
    """The scores Whoosh's phrase matcher gives ``ids`` (each holding the phrase): the sum of
    its words' BM25F scores, times the phrase's boost. None when not BM25F."""
    per_word = []
    for word in words:
        found = bm25_scores(sub, q.fieldname, sub.schema[q.fieldname].to_bytes(word), ids)
        if found is None:
            return None
        per_word.append(found[1])
    scores = [_tree_sum([column[i] for column in per_word]) for i in range(len(ids))]
    return [v * q.boost for v in scores] if q.boost != 1.0 else scores


# (field, term, offset): the index holds ``term`` in ``field`` at the phrase's start + offset
Constraint = tuple[str, str, int]


def phrase_constraints(keys: tuple[str, ...]) -> tuple[list[Constraint], list[tuple[int, str]]]:
    """What the index can say of the phrase ``keys`` (phrase keys, see ``schema.pair_key``).

    Every pair of adjacent words the ``pairs`` field holds (``schema.indexed_pair``), and
    every content word no such pair holds, as a body term: both fields count positions over
    every word, so the constraints share one start. A stop word no pair holds (a last word
    after a content word: "minister van") cannot be found in the index; it comes back as
    ``(offset, key)``, to be checked in the stored text.
    """
    constraints: list[Constraint] = []
    held: set[int] = set()
    for i in range(len(keys) - 1):
        if indexed_pair(keys[i], keys[i + 1]):
            constraints.append(("pairs", keys[i] + _PAIR_SEP + keys[i + 1], i))
            held.update((i, i + 1))
    unheld: list[tuple[int, str]] = []
    for j, key in enumerate(keys):
        if j not in held:
            if key.startswith(_STOP_MARK):
                unheld.append((j, key))
            else:
                constraints.append(("body", key, j))
    return constraints, unheld


def phrase_cover(constraints: list[Constraint]) -> list[int]:
    """Indexes of the constraints that prove the phrase: left to right, each word not yet
    fixed takes the constraint that starts at it, else the pair that ends at it. A pair fixes
    two words, so a run of pairs is proved by every other pair and the last one."""
    starting = {offset: k for k, (_f, _t, offset) in enumerate(constraints)}
    ending = {offset + 1: k for k, (f, _t, offset) in enumerate(constraints) if f == "pairs"}
    words = sorted({o for _f, _t, o in constraints}
                   | {o + 1 for f, _t, o in constraints if f == "pairs"})
    fixed: set[int] = set()
    chosen: list[int] = []
    for j in words:
        if j in fixed:
            continue
        k = starting.get(j, ending.get(j))
        field, _term, offset = constraints[k]
        chosen.append(k)
        fixed.update((offset, offset + 1) if field == "pairs" else (offset,))
    return sorted(chosen)


class ExactPhrase(wq.Query):
    """Documents holding the phrase ``keys`` (phrase keys, stop words included: see
    ``schema.pair_key``) word for word, from the ``pairs`` field and the body's positions
    (:func:`phrase_constraints`).

    A segment's candidates are the documents holding its rarest constraint; a candidate is
    proved (its phrase occurrences counted from the positions of the covering constraints,
    :func:`phrase_cover`) only when it is needed: the scored top-N pass proves candidates in
    document order and skips those whose upper bound (the rarest constraint's frequency)
    cannot reach the page (:class:`_LazyPhraseMatcher`), so a common phrase is not proved in
    every letter to show its first page. The matching set proves every candidate (within
    :meth:`prove_only`), once per segment and query. Scores: the summed idf of the
    constraints, saturated by how often the phrase occurs (as BM25 saturates a term's
    frequency).
    """

    def __init__(self, keys: Iterable[str], boost: float = 1.0):
        self.keys, self.boost = tuple(keys), boost
        self.constraints, self.unheld = phrase_constraints(self.keys)

    def __repr__(self) -> str:
        return f"ExactPhrase({list(self.keys)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, ExactPhrase) and other.keys == self.keys
                and other.boost == self.boost)

    def __hash__(self) -> int:
        return hash((self.keys, self.boost))

    segment_docset = True  # matching._docset takes segment_ids() as the matching set

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader: Any) -> int:
        return min(ixreader.doc_frequency(f, t) for f, t, _o in self.constraints)

    def prove_only(self, only: set[int] | None, candidates: bool = False) -> None:
        """Restrict :meth:`segment_ids` to the global docnums in ``only`` (None: every
        candidate); with ``candidates`` it gives the unproved candidates instead (a superset:
        used to count what a large total would cost and to estimate it)."""
        self.__dict__["_only"] = (only, candidates)

    def candidates(self, sub: Any) -> list[int]:
        """A segment's candidates (sorted docnums holding the rarest constraint)."""
        return self._state(sub).ids

    def segment_ids(self, sub: Any) -> set[int]:
        """Segment docnums holding the phrase (see :meth:`prove_only`)."""
        state = self._state(sub)
        only, candidates = self.__dict__.get("_only", (None, False))
        wanted = state.ids
        if only is not None:
            offset = _segment_offset(sub)
            wanted = [d for d in wanted if d + offset in only]
        if candidates:
            return set(wanted)
        state.prove(wanted)
        counts = state.counts
        return {d for d in wanted if counts[d]}

    def _state(self, sub: Any) -> _SegmentPhrase:
        """The segment's candidates and proved counts, kept per searcher for the last
        phrases searched (a further page, a filter added, the same phrase again)."""
        reader = sub.reader()
        cache = self.__dict__.setdefault("_segments", {})
        key = id(reader)
        if key not in cache:
            kept = sub.get_parent().__dict__.setdefault("_kb_phrases", {})
            shared = (key, self.keys, self.boost)
            found = kept.pop(shared, None)
            if found is None:
                found = (reader, _SegmentPhrase(reader, self.keys, self.boost))
            kept[shared] = found  # the newest last; the reader kept: its id() stays valid
            while len(kept) > MAX_KEPT_PHRASES:
                kept.pop(next(iter(kept)))
            cache[key] = found
        return cache[key][1]

    # True when the phrase is the whole scored query (alone or in an OR with its title phrase):
    # only then may the top-N pass skip candidates by quality. Whoosh's AND and OR skip one
    # side by the other's current block quality, which a per-candidate bound does not keep.
    alone = False

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        state = self._state(searcher)  # a leaf (segment) searcher
        return _LazyPhraseMatcher(state, skipping=self.alone) if state.ids else NullMatcher()


def _segment_offset(sub: Any) -> int:
    """The first global docnum of a leaf searcher's segment."""
    parent = sub.get_parent()
    if parent is sub:
        return 0
    for leaf, offset in parent.leaf_searchers():
        if leaf is sub or leaf.reader() is sub.reader():
            return offset
    raise LookupError("segment not found in its searcher")


# Phrases (per segment) whose candidates and proved counts a searcher keeps.
MAX_KEPT_PHRASES = 8
# Candidates proved together when the top-N pass reaches one (amortises the cursor calls).
PROVE_BATCH = 16


def _saturated(idf: float, count: float) -> float:
    return idf * count * 2.2 / (count + 1.2)


class _SegmentPhrase:
    """One segment's phrase: candidates with upper-bound weights, and the counts proved."""

    def __init__(self, reader: Any, keys: tuple[str, ...], boost: float):
        constraints, self.unheld = phrase_constraints(keys)
        distinct = list(dict.fromkeys((f, t) for f, t, _o in constraints))
        total = max(1, reader.doc_count_all())
        dfs = {c: reader.doc_frequency(*c) for c in distinct}
        self.idf = sum(math.log(1 + total / max(1, dfs[c])) for c in distinct) * boost
        rarest = min(distinct, key=lambda c: dfs[c])
        self.ids, tfs = segment_ids_weights(reader, *rarest)
        # the phrase occurs at most as often as its rarest constraint: an upper bound
        self.bounds = [_saturated(self.idf, tf) for tf in tfs]
        suffix, best = [0.0] * (len(tfs) + 1), 0.0
        for i in range(len(tfs) - 1, -1, -1):
            best = max(best, self.bounds[i])
            suffix[i] = best
        self.suffix_max = suffix
        cover = [constraints[k] for k in phrase_cover(constraints)]
        cover.sort(key=lambda c: dfs[c[0], c[1]])
        self.cover = cover
        self.reader = reader
        self.cursors: dict[int, _Cursor] = {}
        self.counts: dict[int, int] = {}

    def weight(self, count: int) -> float:
        return _saturated(self.idf, count)

    def prove(self, docnums: list[int]) -> None:
        """Count the phrase in ``docnums`` (sorted) not counted yet, from the positions of the
        covering constraints, rarest first: a document is dropped as soon as no start is left;
        stop words no pair holds are checked in the stored text of the documents left."""
        counts = self.counts
        alive = [d for d in docnums if d not in counts]
        if not alive:
            return
        todo = alive
        starts: dict[int, set[int]] = {}
        for n, (field, term, offset) in enumerate(self.cover):
            cursor = self.cursors.get(n)
            if cursor is None or (alive and alive[0] < cursor.last
                                  and not cursor.rewind(alive[0])):
                cursor = self.cursors[n] = _Cursor(self.reader, term, field)
            positions = _positions(cursor, alive)
            starts = _narrow(starts if n else None, positions, offset)
            alive = [d for d in alive if d in starts]
            if not alive:
                break
        if self.unheld:
            for d in alive:
                keys = _scan(self.reader.stored_fields(d).get("body") or "")[1]
                left = {p for p in starts[d]
                        if all(p + o < len(keys) and keys[p + o] == k for o, k in self.unheld)}
                if left:
                    starts[d] = left
                else:
                    del starts[d]
        for d in todo:
            counts[d] = len(starts.get(d, ()))


class _LazyPhraseMatcher(Matcher):
    """The candidates of one segment in document order, each proved when reached.

    With ``skipping``, quality skipping moves past single candidates (by their upper bound
    until proved, then their weight), so Whoosh's top-N collector passes over candidates that
    cannot reach the page without proving them.
    """

    def __init__(self, state: _SegmentPhrase, i: int = 0, skipping: bool = True):
        self._state, self._i, self._skipping = state, i, skipping
        self._settle(0.0)

    def _settle(self, minquality: float) -> int:
        """Move to the next proved candidate whose weight is above ``minquality``."""
        state, i, skipped = self._state, self._i, 0
        ids, bounds, counts = state.ids, state.bounds, state.counts
        n = len(ids)
        while i < n:
            count = counts.get(ids[i])
            if count is None:
                if bounds[i] > minquality:
                    batch = [ids[j] for j in range(i, min(n, i + 4 * PROVE_BATCH))
                             if bounds[j] > minquality and ids[j] not in counts]
                    state.prove(batch[:PROVE_BATCH])
                    continue
            elif count and state.weight(count) > minquality:
                break
            i += 1
            skipped += 1
        self._i = i
        return skipped

    def is_active(self) -> bool:
        return self._i < len(self._state.ids)

    def reset(self) -> None:
        self._i = 0
        self._settle(0.0)

    def copy(self) -> _LazyPhraseMatcher:
        return _LazyPhraseMatcher(self._state, self._i, self._skipping)

    def id(self) -> int:
        return self._state.ids[self._i]

    def next(self) -> bool:
        self._i += 1
        self._settle(0.0)
        return True  # every candidate is its own block: check the quality again

    def skip_to(self, id: int) -> None:  # noqa: A002 - Whoosh's name
        if self.is_active() and self.id() < id:
            self._i = bisect.bisect_left(self._state.ids, id, self._i)
            self._settle(0.0)

    def supports_block_quality(self) -> bool:
        return self._skipping

    def max_quality(self) -> float:
        return self._state.suffix_max[self._i]

    def block_quality(self) -> float:
        return self.max_quality()  # a bound for every candidate ahead (see ExactPhrase.alone)

    def skip_to_quality(self, minquality: float) -> int:
        if self.score() > minquality:
            return 0
        self._i += 1
        return 1 + self._settle(minquality)

    def replace(self, minquality: float = 0) -> Matcher:
        if not self.is_active() or (minquality and self.max_quality() <= minquality):
            return NullMatcher()
        return self

    def value(self) -> Any:
        return None

    def supports(self, astype: str) -> bool:
        return False

    def value_as(self, astype: str) -> Any:
        # Whoosh asks only for what supports() grants, and this matcher grants nothing
        raise NotImplementedError(astype)

    def weight(self) -> float:
        return self.score()

    def score(self) -> float:
        return self._state.weight(self._state.counts[self.id()])


class _Cursor:
    """A forward-only reader of the positions of one term's postings in a field of a
    segment."""

    def __init__(self, reader: Any, term: str, fieldname: str = "pairs"):
        m = reader.postings(fieldname, term)
        if isinstance(m, FilterMatcher) and getattr(m, "_exclude", False):
            m = m.child  # deleted documents: never asked for (candidates leave them out)
        self.m, self.term, self.last = m, term, -1
        self.blocks = hasattr(m, "_read_ids") and hasattr(m, "_read_values") \
            and hasattr(m, "_maxid")
        self.decode = (_decode_positions if type(m.format) is Positions
                       else m.format.decoder("positions"))
        # the blocks read so far: their last docnums and file positions, so that going back
        # (a candidate skipped by quality and proved later) jumps to its block instead of
        # reading every block header again from the first
        self.maxids: list[int] = [m._maxid] if self.blocks else []
        self.offsets: list[int] = [m._baseoffset] if self.blocks else []

    def rewind(self, docnum: int) -> bool:
        """Go back to the block that may hold ``docnum``; False when this cursor cannot (then
        make a new one)."""
        if not self.blocks:
            return False
        m = self.m
        i = min(bisect.bisect_left(self.maxids, docnum), len(self.offsets) - 1)
        m._lastblock = m._atend = False
        m._goto(self.offsets[i])
        self.last = -1
        return True


def _positions(cursor: _Cursor, docnums: list[int]) -> dict[int, list[int]]:
    """``docnum -> positions`` for ``docnums`` (sorted, not before the cursor), skipping
    postings blocks by their headers and decoding only the blocks that hold one of them
    (Whoosh's ``skip_to`` costs several calls per posting)."""
    out: dict[int, list[int]] = {}
    m = cursor.m
    if not docnums:
        return out
    cursor.last = docnums[-1]
    if not cursor.blocks:  # another codec: the public (slower) way
        for d in docnums:
            if m.is_active() and m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = list(m.value_as("positions"))
        return out
    decode = cursor.decode
    for d in docnums:
        if not m.is_active():
            break
        if m._maxid < d:
            while m.is_active() and m._maxid < d:
                at = m._nextoffset
                m._next_block()
                if m.is_active() and m._maxid > cursor.maxids[-1]:
                    cursor.maxids.append(m._maxid)
                    cursor.offsets.append(at)
            if not m.is_active():
                break
        if m._ids is None:
            m._read_ids()
        ids = m._ids
        i = bisect.bisect_left(ids, d, m._i)
        m._i = i
        if i < len(ids) and ids[i] == d:
            if m._values is None:
                m._read_values()
            out[d] = decode(m._values[i])
    return out


def _decode_positions(value: bytes) -> list[int]:
    """Whoosh's ``Positions.decode_positions`` (a length, then the pickled position deltas
    without the pickle's final stop byte), with the running sum in C."""
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(pickle.loads(value[4:])))
