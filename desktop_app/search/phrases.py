"""Phrases matched exactly: word sequences with their stop words, never a bag of words.

:class:`PairPhrase` finds a body phrase as pairs of adjacent words (stop words included, see
``schema.pair_key``) at consecutive positions of the ``pairs`` field; :class:`VerifiedPhrase`
checks the candidates of a phrase in a short stored field (title, note) against the stored
text. Both compute a segment's matching documents once per query and serve the scored top-N
pass and the total/facets pass (:func:`~desktop_app.search.matching.matching_docs`) alike.
"""

from __future__ import annotations

import math
import pickle
from collections.abc import Iterable
from itertools import accumulate
from typing import Any

from whoosh import query as wq
from whoosh.formats import Positions
from whoosh.matching import NullMatcher
from whoosh.matching.wrappers import FilterMatcher

from desktop_app.search.matching import _docset, _intersect, _ScoredList, segment_ids
from desktop_app.search.schema import _scan


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
            for docnum in sorted(_docset(self.candidates, sub)):
                text = sub.stored_fields(docnum).get(self.fieldname) or ""
                if holds_sequence(_scan(text)[1], self.keys):
                    found.add(docnum)
            cache[key] = (reader, found)  # the reader kept: its id() stays valid
        return cache[key][1]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        ids = self.segment_ids(searcher)  # a leaf (segment) searcher
        if not ids:
            return NullMatcher()
        return _PlainFilterMatcher(self.candidates.matcher(searcher, context), frozenset(ids))


class PairPhrase(wq.Query):
    """Documents holding the word pairs ``pairs`` at consecutive positions of the ``pairs``
    field: a phrase of ``len(pairs) + 1`` words, stop words included.

    The matching documents of a segment are found once per query (postings ids intersected,
    then positions read for those documents only) and serve both the scored top-N pass and
    the total/facets pass; Whoosh's own phrase matcher did the span work twice, in Python.
    Scores are those of the AND of the pairs.
    """

    def __init__(self, pairs: Iterable[str], boost: float = 1.0):
        self.pairs, self.boost = tuple(pairs), boost

    def __repr__(self) -> str:
        return f"PairPhrase({list(self.pairs)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, PairPhrase) and other.pairs == self.pairs
                and other.boost == self.boost)

    def __hash__(self) -> int:
        return hash((self.pairs, self.boost))

    segment_docset = True  # matching._docset takes segment_ids() as the matching set

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader: Any) -> int:
        return min(ixreader.doc_frequency("pairs", t) for t in self.pairs)

    def segment_ids(self, sub: Any) -> set[int]:
        """Segment docnums holding the pairs in a row (once per segment and query)."""
        return set(self._segment(sub)[0])

    def _segment(self, sub: Any) -> tuple[list[int], list[float]]:
        """Sorted docnums holding the phrase and their weights: the summed idf of the pairs,
        saturated by how often the phrase occurs (as BM25 saturates a term's frequency)."""
        cache = self.__dict__.setdefault("_segments", {})
        reader = sub.reader()
        key = id(reader)
        if key not in cache:
            distinct = list(dict.fromkeys(self.pairs))
            found = _intersect([set(segment_ids(reader, "pairs", t)) for t in distinct])
            counts = _verified_counts(reader, self.pairs, found) if found else {}
            total = max(1, reader.doc_count_all())
            idf = sum(math.log(1 + total / max(1, reader.doc_frequency("pairs", t)))
                      for t in distinct) * self.boost
            ids = sorted(counts)
            weights = [idf * counts[d] * 2.2 / (counts[d] + 1.2) for d in ids]
            cache[key] = (reader, ids, weights)  # the reader kept: its id() stays valid
        return cache[key][1], cache[key][2]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        ids, weights = self._segment(searcher)  # a leaf (segment) searcher
        return _ScoredList(ids, weights) if ids else NullMatcher()


def pair_cover(n: int) -> list[int]:
    """Offsets of the pairs that prove a phrase of ``n + 1`` words (``n`` pairs): every
    other pair, and the last one. Pair ``k`` at position ``p`` says which words are at
    ``p`` and ``p + 1``, so pairs 0 and 2 at ``p`` and ``p + 2`` already fix words
    ``p .. p + 3``, and pair 1 at ``p + 1`` follows."""
    return sorted({*range(0, n, 2), n - 1}) if n else []


def _verified_counts(reader: Any, pairs: tuple[str, ...], candidates: set[int]
                     ) -> dict[int, int]:
    """``docnum -> occurrences`` of the phrase of ``pairs`` among ``candidates`` (documents
    holding every pair), from the positions of the covering pairs (:func:`pair_cover`),
    rarest first: a document is dropped as soon as no start is left, so the positions of
    the commoner pairs are read for fewer documents."""
    offsets = pair_cover(len(pairs))
    offsets.sort(key=lambda k: reader.doc_frequency("pairs", pairs[k]))
    starts: dict[int, set[int]] = {}
    alive = candidates
    for n, k in enumerate(offsets):
        positions = _positions(reader, pairs[k], alive)
        if n == 0:
            starts = {d: {p - k for p in ps} for d, ps in positions.items()}
        else:
            for d in list(starts):
                left = starts[d].intersection([p - k for p in positions.get(d, ())])
                if left:
                    starts[d] = left
                else:
                    del starts[d]
        alive = set(starts)
        if not alive:
            break
    return {d: len(v) for d, v in starts.items()}


def _positions(reader: Any, term: str, docnums: set[int]) -> dict[int, list[int]]:
    """``docnum -> positions`` of ``term`` in the ``pairs`` field, for ``docnums`` only,
    reading whole postings blocks (Whoosh's ``skip_to`` costs several calls per posting)."""
    out: dict[int, list[int]] = {}
    m = reader.postings("pairs", term)
    if isinstance(m, FilterMatcher) and getattr(m, "_exclude", False):
        m = m.child  # deleted documents: not among ``docnums``
    if not (hasattr(m, "_read_ids") and hasattr(m, "_read_values")):
        for d in sorted(docnums):  # another codec: the public (slower) way
            if m.is_active() and m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = list(m.value_as("positions"))
        return out
    decode = _decode_positions if type(m.format) is Positions else m.format.decoder("positions")
    while m.is_active():
        m._read_ids()
        ids = m._ids
        wanted = [i for i in range(m._i, len(ids)) if ids[i] in docnums]
        if wanted:
            m._read_values()
            values = m._values
            for i in wanted:
                out[ids[i]] = decode(values[i])
        m._next_block()
    return out


def _decode_positions(value: bytes) -> list[int]:
    """Whoosh's ``Positions.decode_positions`` (a length, then the pickled position deltas
    without the pickle's final stop byte), with the running sum in C."""
    if not value.endswith(b"."):
        value += b"."
    return list(accumulate(pickle.loads(value[4:])))
