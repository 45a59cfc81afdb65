"""Matching sets: which documents match a query, without scoring them twice.

:class:`TermUnion` scores a prefix/wildcard/fuzzy expansion from one list of postings ids;
:func:`matching_docs` gives every matching document by set algebra on postings ids read a block
at a time (:func:`segment_ids`); :func:`_top` is the one scored pass for the top N. Decoded
postings blocks are shared within one search (:class:`_SharedBlocks`).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import heapq
import math
import os
import struct
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.codec import whoosh3 as _w3
from whoosh.fields import Schema
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher

from desktop_app.search.storage import SearchCancelled


class _ScoredList(ListMatcher):
    """A list matcher whose max quality is computed once (ListMatcher recomputes max() per doc)."""

    def __init__(self, ids: list[int], weights: list[float]):
        super().__init__(ids, weights)
        self._max = max(weights)

    def copy(self) -> _ScoredList:
        return _ScoredList(self._ids, self._weights)

    def supports_block_quality(self) -> bool:
        return True

    def max_quality(self) -> float:
        return self._max

    def block_quality(self) -> float:
        return self._max

    def block_max_weight(self) -> float:
        return self._max


class TermUnion(wq.Query):
    """Documents holding any of ``terms``, scored by the summed idf of the terms they hold.

    Used for prefix/wildcard/fuzzy expansions: one list matcher built from the postings ids is
    far cheaper in Whoosh than an ``Or`` of dozens of term matchers.
    """

    def __init__(self, fieldname: str, terms: Iterable[str], boost: float = 1.0):
        self.fieldname, self.terms, self.boost = fieldname, tuple(terms), boost

    def __repr__(self) -> str:
        return f"TermUnion({self.fieldname!r}, {list(self.terms)!r})"

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, TermUnion) and other.fieldname == self.fieldname
                and other.terms == self.terms and other.boost == self.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, self.terms, self.boost))

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader: Any) -> int:
        return sum(ixreader.doc_frequency(self.fieldname, t) for t in self.terms)

    def segment_weights(self, reader: Any, sub: Any = None, stats: Any = None
                        ) -> tuple[list[int], list[float]]:
        """Sorted segment docnums and their summed idf; computed once per segment and query
        (the top-N pass and the total/facets pass both need them). With ``sub`` (the leaf
        searcher of ``reader``) common terms' postings come from the searcher's cache.

        The idf is the whole index's (``stats``, else the top-level searcher of ``sub``): a
        segment's own counts would score the same letter differently in another segment.
        """
        cache = self.__dict__.setdefault("_segments", {})
        key = id(reader)
        if key not in cache:
            if stats is None:
                stats = sub.get_parent() if sub is not None else reader
            total = max(1, stats.doc_count_all())
            weights: dict[int, float] = {}
            for term in self.terms:
                if not reader.doc_frequency(self.fieldname, term):
                    continue
                df = stats.doc_frequency(self.fieldname, term)
                idf = math.log(1 + total / df) * self.boost
                ids = (segment_ids(reader, self.fieldname, term) if sub is None
                       else cached_ids_weights(sub, self.fieldname, term)[0])
                get = weights.get
                for docnum in ids:
                    weights[docnum] = get(docnum, 0.0) + idf
            ids = sorted(weights)
            cache[key] = (reader, ids, [weights[d] for d in ids])  # reader kept: id() stays valid
        return cache[key][1], cache[key][2]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # a leaf (segment) searcher; the idf from its parent's counts
        ids, weights = self.segment_weights(searcher.reader(), stats=searcher.get_parent())
        return _ScoredList(ids, weights) if ids else NullMatcher()


# --------------------------------------------------------------------------- matching sets


# One search reads the same postings blocks up to three times: Whoosh's scored top-N pass, the
# total/facets pass (:func:`matching_docs`) and the match offsets of the visible hits. A block
# is one zlib-compressed pickle (ids, weights and positions together), so each read paid the
# whole decode again. While a search runs, decoded blocks are shared through this per-thread
# table (it lives for one search only: no caching across queries).
_BLOCKS = threading.local()
_plain_read_data = _w3.W3LeafMatcher._read_data


def _read_data_shared(self: Any) -> None:
    cache = getattr(_BLOCKS, "cache", None)
    if cache is None:
        _plain_read_data(self)
        return
    key = (self._postfile, self._dataoffset)  # the key keeps the file object alive
    data = cache.get(key)
    if data is None:
        _plain_read_data(self)
        cache[key] = self._data
    else:
        self._data = data


_w3.W3LeafMatcher._read_data = _read_data_shared


class _SharedBlocks:
    """``with _SharedBlocks():`` decoded postings blocks are shared until the block ends."""

    def __enter__(self) -> None:
        self._outer = getattr(_BLOCKS, "cache", None)
        if self._outer is None:
            _BLOCKS.cache = {}

    def __exit__(self, *exc: object) -> None:
        if self._outer is None:
            _BLOCKS.cache = None



def segment_ids(reader: Any, fieldname: str, term: str | bytes) -> list[int]:
    """Docnums of one term's postings in a segment (deleted documents left out).

    Reads whole postings blocks: Whoosh's generic ``all_ids()`` costs several Python calls per
    posting, which dominated the total/facet pass for words found in most letters.
    """
    try:
        m = reader.postings(fieldname, term)
    except Exception:  # noqa: BLE001 - TermNotFound
        return []
    deleted = None
    if isinstance(m, FilterMatcher) and getattr(m, "_exclude", False):
        deleted, m = m._ids, m.child
    if hasattr(m, "_read_ids") and hasattr(m, "_next_block"):  # whoosh3 block postings
        out: list[int] = []
        while m.is_active():
            m._read_ids()
            out.extend(m._ids[m._i:])
            m._next_block()
    else:
        out = list(m.all_ids())
    if deleted:
        out = [d for d in out if d not in deleted]
    return out


def segment_ids_weights(reader: Any, fieldname: str, term: str | bytes
                        ) -> tuple[list[int], list[float]]:
    """Docnums (deleted left out) and weights (term frequencies) of one term in a segment."""
    try:
        m = reader.postings(fieldname, term)
    except Exception:  # noqa: BLE001 - TermNotFound
        return [], []
    deleted = None
    if isinstance(m, FilterMatcher) and getattr(m, "_exclude", False):
        deleted, m = m._ids, m.child
    ids: list[int] = []
    weights: list[float] = []
    if hasattr(m, "_read_ids") and hasattr(m, "_read_weights") and hasattr(m, "_next_block"):
        while m.is_active():
            m._read_ids()
            m._read_weights()
            ids.extend(m._ids[m._i:])
            weights.extend(m._weights[m._i:])
            m._next_block()
    else:
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            m.next()
    if deleted:
        keep = [i for i, d in enumerate(ids) if d not in deleted]
        ids, weights = [ids[i] for i in keep], [weights[i] for i in keep]
    return ids, weights


# Decoded postings (docnums and frequencies) of the commonest terms, kept per searcher (an
# index generation) for the last terms searched: a block of a word in most letters decodes at
# about a microsecond per posting, ~60 ms for "minister" at 50,000 letters, and the words
# people search for come back (a query typed on, a filter added, the next page).
CACHED_TERM_MIN = 4000  # postings in a segment from which a term's postings are kept
MAX_CACHED_TERMS = 24  # entries (segment, field, term) per searcher: ~10 MB at most
POSTINGS_DECODED = [0]  # tests: postings decoded for the cache (not served from it)


def cached_ids_weights(sub: Any, fieldname: str, text: str | bytes
                       ) -> tuple[Sequence[int], Sequence[float]]:
    """:func:`segment_ids_weights` of a leaf searcher's segment, kept per searcher for
    common terms (see :data:`CACHED_TERM_MIN`), and kept on disk beside the segment when the
    searcher knows its folder (see :func:`load_postings`), so that a common word decoded once
    is read back in a millisecond after it left the memory cache, or in the next session."""
    reader = sub.reader()
    if reader.doc_frequency(fieldname, text) < CACHED_TERM_MIN:
        return segment_ids_weights(reader, fieldname, text)
    parent = sub.get_parent()
    cache = parent.__dict__.setdefault("_kb_postings", {})
    key = (id(reader), fieldname, text)
    found = cache.pop(key, None)
    if found is None:
        folder = parent.__dict__.get("_kb_folder")
        kept = load_postings(folder, reader, fieldname, text) if folder is not None else None
        if kept is None:
            ids, weights = segment_ids_weights(reader, fieldname, text)
            POSTINGS_DECODED[0] += len(ids)
            kept = (array("i", ids), array("f", weights))
            if folder is not None:
                save_postings(folder, reader, fieldname, text, kept)
        found = (reader, *kept)  # the reader kept: id() valid
    cache[key] = found  # the newest last
    while len(cache) > MAX_CACHED_TERMS:
        cache.pop(next(iter(cache)))
    return found[1], found[2]


# Decoded postings of common terms kept on disk: ``kbpostings-<segment>-<deleted>-<term>.bin``
# in the generation's folder (derived data: remade when missing or damaged). A segment's
# postings never change; its deletions only grow, so their count names the version.
POSTINGS_PREFIX = "kbpostings-"
# at most this many bytes of kept postings per index generation (the commonest words of 150,000
# letters take about 1.2 MB each; beyond the budget a word is decoded each time it is needed)
KEPT_POSTINGS_BYTES = 256 * 2**20
_POSTINGS_MAGIC = b"KBP1"
_POSTINGS_HEADER = struct.Struct("<4sI")


def postings_file_name(segment: str, deleted: int, fieldname: str, text: str | bytes) -> str:
    """The file name of a term's kept postings in a segment with ``deleted`` deletions."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    digest = hashlib.blake2b(fieldname.encode("utf-8") + b"\0" + raw, digest_size=12)
    return f"{POSTINGS_PREFIX}{segment}-{deleted}-{digest.hexdigest()}.bin"


def _postings_path(folder: Path, reader: Any, fieldname: str, text: str | bytes
                   ) -> Path | None:
    try:
        segment = reader.segment()
        name, deleted = segment.segment_id(), segment.deleted_count()
    except Exception:  # noqa: BLE001 - not a plain segment reader
        return None
    return folder / postings_file_name(name, deleted, fieldname, text)


def _postings_bytes(ids: array, weights: array) -> bytes:
    return _POSTINGS_HEADER.pack(_POSTINGS_MAGIC, len(ids)) + ids.tobytes() + weights.tobytes()


def load_postings(folder: Path, reader: Any, fieldname: str, text: str | bytes
                  ) -> tuple[array, array] | None:
    """Kept ``(ids, weights)`` of a term in a segment, or None (missing or damaged)."""
    path = _postings_path(folder, reader, fieldname, text)
    if path is None:
        return None
    try:
        data = path.read_bytes()
        magic, count = _POSTINGS_HEADER.unpack_from(data)
    except (OSError, struct.error):
        return None
    ids, weights = array("i"), array("f")
    start = _POSTINGS_HEADER.size
    middle = start + count * ids.itemsize
    if magic != _POSTINGS_MAGIC or len(data) != middle + count * weights.itemsize:
        return None
    ids.frombytes(data[start:middle])
    weights.frombytes(data[middle:])
    return ids, weights


def save_postings(folder: Path, reader: Any, fieldname: str, text: str | bytes,
                  kept: tuple[array, array]) -> None:
    """Keep a term's decoded postings (written whole, then renamed; best effort)."""
    path = _postings_path(folder, reader, fieldname, text)
    if path is None:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    ids, weights = kept
    size = _POSTINGS_HEADER.size + len(ids) * (ids.itemsize + weights.itemsize)
    try:
        with os.scandir(folder) as entries:
            used = sum(e.stat().st_size for e in entries if e.name.startswith(POSTINGS_PREFIX))
    except OSError:
        return
    if used + size > KEPT_POSTINGS_BYTES:
        return
    try:
        tmp.write_bytes(_postings_bytes(ids, weights))
        os.replace(tmp, path)
        segment, _deleted, digest = path.name[len(POSTINGS_PREFIX):].rsplit("-", 2)
        for older in folder.glob(f"{POSTINGS_PREFIX}{segment}-*-{digest}"):
            if older != path:  # the same term before the segment's latest deletions
                older.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


class BuildKeptPostings:
    """Keeps the postings of common terms while a rebuild writes a segment (see
    :class:`~desktop_app.search.segments.LeanSegmentWriter`), so that no search decodes them
    the first time: the writer holds each term's document numbers and weights in hand, and
    the files are those :func:`save_postings` would write (no deletions yet).

    Picklable (index workers get it as an argument). Each writer keeps at most ``budget``
    bytes: past it the term with the fewest postings is let go first, as decoding costs in
    proportion to the postings.
    """

    def __init__(self, fields: Iterable[str], budget: int, min_postings: int | None = None):
        self.fields = frozenset(fields)
        self.budget = budget
        self.min_postings = CACHED_TERM_MIN if min_postings is None else min_postings
        self._kept: list[tuple[int, str, int]] = []  # heap of (postings, path, bytes) written
        self._used = 0

    def wanted(self, fieldname: str, postings: int) -> bool:
        return postings >= self.min_postings and fieldname in self.fields

    def keep(self, folder: str | Path, segment: str, fieldname: str, term: bytes,
             ids: Sequence[int], weights: Sequence[float]) -> None:
        data = _postings_bytes(array("i", ids), array("f", weights))
        if len(data) > self.budget:
            return
        path = Path(folder) / postings_file_name(segment, 0, fieldname, term)
        path.write_bytes(data)  # the generation is published only once it is complete
        heapq.heappush(self._kept, (len(ids), str(path), len(data)))
        self._used += len(data)
        while self._used > self.budget:
            _count, fewest, size = heapq.heappop(self._kept)
            self._used -= size
            Path(fewest).unlink()


def _term_ids(sub: Any, schema: Schema, q: wq.Term) -> set[int]:
    if q.fieldname not in schema:
        return set()
    try:
        text = schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return set()
    return set(cached_ids_weights(sub, q.fieldname, text)[0])


def _docset(q: wq.Query, sub: Any) -> set[int]:
    """Segment docnums matching ``q``, by set algebra on postings (no scoring, one pass)."""
    reader = sub.reader()
    kind = type(q)
    if kind is wq.Term:
        return _term_ids(sub, sub.schema, q)
    if kind is TermUnion:
        return set(q.segment_weights(reader, sub)[0])
    if getattr(q, "segment_docset", False):  # phrases.ExactPhrase, phrases.VerifiedPhrase
        return set(q.segment_ids(sub))
    if q is wq.NullQuery or kind is type(wq.NullQuery):
        return set()
    if kind is wq.Or and getattr(q, "minmatch", 0) in (0, 1, None):
        out: set[int] = set()
        for child in q.subqueries:
            out |= _docset(child, sub)
        return out
    if kind is wq.And:
        keep = [c for c in q.subqueries if type(c) is not wq.Not]
        drop = [c.query for c in q.subqueries if type(c) is wq.Not]
        out = _intersect([_docset(c, sub) for c in keep]) if keep else set(reader.all_doc_ids())
        for child in drop:
            if out:
                out -= _docset(child, sub)
        return out
    if kind is wq.Not:
        return set(reader.all_doc_ids()) - _docset(q.query, sub)
    if kind is wq.AndNot:
        out = _docset(q.a, sub)
        return out - _docset(q.b, sub) if out else out
    if kind is wq.AndMaybe:
        return _docset(q.a, sub)
    if kind is wq.Require:
        return _intersect([_docset(q.a, sub), _docset(q.b, sub)])
    return set(q.docs(sub))  # phrases in short fields, numeric ranges …: Whoosh's own way


def _intersect(sets: list[set[int]]) -> set[int]:
    sets.sort(key=len)
    out = sets[0]
    for other in sets[1:]:
        if not out:
            break
        out = out & other
    return out


def _top(searcher: Any, q: wq.Query, allowed: set[int] | None, offset: int, limit: int,
         sort: str) -> list[tuple[int, float]]:
    """``(docnum, score)`` of hits ``offset .. offset + limit`` (within ``allowed`` if given).

    An empty ``allowed`` set means no hits: Whoosh treats an empty filter as no filter.
    """
    if allowed is not None and not allowed:
        return []
    options = dict(limit=max(1, offset + limit), filter=allowed,
                   sortedby="date" if sort == "date" else None, reverse=sort == "date")
    try:
        results = searcher.search(q, **options)
    except AssertionError:
        # Whoosh's block-quality skipping trips its own assertion for some REQUIRE queries
        # (RequireMatcher.skip_to_quality); the plain collector gives the same hits.
        results = searcher.search(q, optimize=False, **options)
    return [(hit.docnum, hit.score) for hit in results[offset:offset + limit]]


def flat_top(searcher: Any, q: wq.Query, allowed: set[int] | None, offset: int, limit: int
             ) -> tuple[list[tuple[int, float]], list[int]] | None:
    """The page and every matching docnum of a query of one or two scored leaves (a word in
    the title and the body, a prefix's :class:`TermUnion`, a phrase in titles), less what its
    NOTs match, in one pass; None for any other query.

    Whoosh's top-N collector spends several Python calls per matching document, and its block
    quality skips little when a word is in most letters (``minister``), while the matching set
    for the total and the facets needs every posting anyway: here each posting is read once,
    scored with the same formula (BM25F: the same floats, so the same order) and the page taken
    by score, ties by docnum, as Whoosh orders them.
    """
    positive, negatives = _without_nots(q)
    leaves = _flat_leaves(positive)
    if leaves is None:
        return None
    scored: dict[int, float] = {}
    for sub, base in searcher.leaf_searchers():
        found = [_leaf_scores(sub, leaf) for leaf in leaves]
        if any(f is None for f in found):
            return None
        if negatives:  # "zorg NOT defensie": Whoosh scores what is left by its positive part
            excluded = set().union(*(_docset(n, sub) for n in negatives))
            found = [_left(f, excluded) for f in found] if excluded else found
        found.sort(key=lambda f: -len(f[0]))  # the larger one in C, the other added to it
        ids, scores = found[0]
        scored.update(zip([d + base for d in ids] if base else ids, scores, strict=True))
        for ids, scores in found[1:]:
            get = scored.get
            for d, score in zip(ids, scores, strict=True):
                d += base
                known = get(d)
                scored[d] = score if known is None else known + score
    if negatives:  # the NOT's inverse matcher scores 1.0 in Whoosh's intersection
        scored = {d: v + 1.0 for d, v in scored.items()}
    if allowed is not None:
        docnums = [d for d in scored if d in allowed]
    else:
        docnums = list(scored)
    FLAT_PASSES[0] += 1  # tests: which searches took this path
    want = max(1, offset + limit)
    if not docnums:
        return [], docnums
    # the want-th best score, then only the documents scoring at least that, by (score, docnum)
    values = [scored[d] for d in docnums]
    floor = heapq.nlargest(want, values)[-1] if len(values) > want else min(values)
    best = sorted((-v, d) for d, v in zip(docnums, values, strict=True) if v >= floor)[:want]
    return [(d, -v) for v, d in best[offset:offset + limit]], docnums


FLAT_PASSES = [0]


def _without_nots(q: wq.Query) -> tuple[wq.Query, list[wq.Query]]:
    """An AND of one positive part and one NOT (``asiel NOT opvang``) as that part and what
    the NOT excludes; any other query as itself and no exclusions. (Whoosh scores the AND as
    the positive part's score plus the NOT's 1.0; with more NOTs the order of those additions
    follows its matcher tree, so they take Whoosh's way.)"""
    if type(q) is wq.And and q.boost == 1.0 and len(q.subqueries) == 2:
        nots = [sub.query for sub in q.subqueries if type(sub) is wq.Not]
        rest = [sub for sub in q.subqueries if type(sub) is not wq.Not]
        if len(nots) == 1 and len(rest) == 1:
            return rest[0], nots
    return q, []


def _left(found: tuple[list[int], list[float]], excluded: set[int]
          ) -> tuple[list[int], list[float]]:
    """A leaf's docnums and scores without the ``excluded`` docnums."""
    ids, scores = found
    keep = [i for i, d in enumerate(ids) if d not in excluded]
    return [ids[i] for i in keep], [scores[i] for i in keep]


def _flat_leaves(q: wq.Query) -> list[wq.Query] | None:
    """The scored leaves of ``q`` when it is one leaf or an OR of two (two scores add the
    same in either order; three might not), else None."""
    leaves, pending = [], [q]
    while pending:  # ORs within ORs ("ver*" in the title and the body) flattened
        part = pending.pop(0)
        if part is wq.NullQuery or type(part) is type(wq.NullQuery):
            continue
        if type(part) is wq.Or and part.boost == 1.0 and not getattr(part, "scale", None) \
                and getattr(part, "minmatch", 0) in (0, 1, None):
            pending[:0] = part.subqueries
        else:
            leaves.append(part)
    if not leaves or len(leaves) > 2:
        return None
    for leaf in leaves:
        if type(leaf) is wq.Term:
            if leaf.boost != 1.0:
                return None
        elif not (type(leaf) is TermUnion or getattr(leaf, "flat_scores", False)):
            return None
    return leaves


def _leaf_scores(sub: Any, leaf: wq.Query) -> tuple[list[int], list[float]] | None:
    """Segment docnums and scores of one leaf (as its Whoosh matcher scores them)."""
    reader = sub.reader()
    if type(leaf) is TermUnion:
        return leaf.segment_weights(reader, sub)
    if type(leaf) is not wq.Term:
        return leaf.segment_scores(sub)  # phrases.VerifiedPhrase
    if leaf.fieldname not in sub.schema:
        return [], []
    try:
        text = sub.schema[leaf.fieldname].to_bytes(leaf.text)
    except ValueError:
        return [], []
    if (leaf.fieldname, text) not in reader:
        return [], []
    return bm25_scores(sub, leaf.fieldname, text)


def bm25_scores(sub: Any, fieldname: str, text: bytes, docnums: Sequence[int] | None = None
                ) -> tuple[Sequence[int], list[float]] | None:
    """Segment docnums holding a term and their scores, as the term's Whoosh matcher scores
    them (BM25F); with ``docnums`` (sorted, each holding the term) only those. None when the
    searcher does not weigh by BM25F."""
    scorer = sub.weighting.scorer(sub, fieldname, text)
    if not isinstance(scorer, scoring.BM25FScorer):
        return None
    ids, tfs = cached_ids_weights(sub, fieldname, text)
    if docnums is not None:
        tfs = [tfs[bisect.bisect_left(ids, d)] for d in docnums]
        ids = docnums
    dfl = scorer.dfl
    lengths = getattr(dfl, "__self__", None)
    fl = lengths if isinstance(lengths, list) else [dfl(d) for d in range(
        sub.reader().doc_count_all())]
    # scoring.bm25, written out: the same operations in the same order (the same floats)
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    k1p, nb = k1 + 1, 1 - b
    return ids, [idf * ((tf * k1p) / (tf + k1 * (nb + b * fl[d] / avgfl)))
                 for d, tf in zip(ids, tfs, strict=True)]


def matching_docs(searcher: Any, q: wq.Query, allowed: set[int] | None,
                  cancelled: Callable[[], bool] | None = None) -> list[int]:
    """Global docnums of every document matching ``q`` (within ``allowed`` when given).

    ``cancelled`` is asked before each segment; when it says True, :class:`SearchCancelled`
    is raised.
    """
    out: list[int] = []
    for sub, offset in searcher.leaf_searchers():
        if cancelled is not None and cancelled():
            raise SearchCancelled
        local = _docset(q, sub)
        if offset:
            out.extend(d + offset for d in local)
        else:
            out.extend(local)
    if allowed is not None:
        out = [d for d in out if d in allowed]
    return out
