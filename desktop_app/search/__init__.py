"""Full-text search over the library: the only package that touches Whoosh.

The interface (all that the library, the window and the command line use; keep it so):

* ``SearchIndex(index_dir)``: one index, derived data. ``search(query, *, limit, offset, sort,
  scope, filters, snippets_for, cancelled) -> SearchResult`` (``desktop_app.model``: the total,
  the visible hits with snippets and match offsets, facet counts, a suggestion, and ``error``,
  a coded :class:`~desktop_app.errors.Message` saying what was searched instead of what was
  typed, e.g. a prefix cut to its most frequent words); ``warm()``; ``needs_rebuild()``,
  ``rebuild()``, ``update()`` and the annotation updates (``lifecycle``); ``close()``.
* ``SCOPES``, ``SORTS``, ``clean_query`` (the command line's checks) and the errors
  ``IndexCorrupt``, ``IndexDiskFull``, ``IndexLocked``, ``SearchCancelled``.

The other names below are re-exported for the tests and benchmarks; nothing outside this
package reaches into its modules (``tests/search/test_search_interface.py`` checks that).

Design (see benchmarks/README.md for the numbers behind it):

* One Dutch analysis pass (lowercase, accent folding, Dutch stop words, Dutch Snowball stemming)
  with a per-word cache; the body is indexed with character offsets, so match offsets and
  snippets come from the postings instead of re-analysing stored text.
* The body's positions count every word (stop words leave a gap). A ``pairs`` field holds,
  with positions, the adjacent word pairs a phrase needs from the index: a stop word and the
  next word (``=van justitie``), and two words of a short list of common ones (``twed
  kamer``, whose body postings are too long to intersect). A phrase in the body is proved
  from its pairs and its other words' body positions at one start, so no hit lacks the
  phrase (stop words and all), at about half the pair postings of every pair. Phrases in the
  title or a note are checked
  against the stored text (:class:`VerifiedPhrase`); their candidates come from the words'
  cached postings and the positions of those documents only, scored as Whoosh scores them.
* Prefix and fuzzy queries expand to a bounded number of terms (most frequent first, at most
  :data:`MAX_EXPANSION` and :data:`POSTINGS_BUDGET` postings per document); a cut prefix says
  so in the result (``prefix-bounded``); a prefix needs at least :data:`MIN_PREFIX` letters
  (``b*`` searches the word "b", with a message). Expansions are made once per searcher.
* Filter clauses (date, dossier, signatory, kind, year …, typed or from the pane) narrow the
  allowed documents as sets cached per searcher instead of being scored with the words.
* One scored pass. A word or two (title and body) or a prefix: the page and the matching set
  come from one read of the postings, scored with Whoosh's own BM25F formula and ordered as
  Whoosh orders (:func:`~desktop_app.search.matching.flat_top`); the postings of the commonest
  words are kept per searcher. Other queries: Whoosh ranks the top N (block-max quality skips
  what it can) and the total and facets come from set algebra on postings ids read a block at
  a time (:func:`matching_docs`).
* A body phrase is proved lazily: its candidates hold the rarest pair, the top-N pass proves
  them in document order and skips those whose bound cannot reach the page; beyond
  ``searching.PROVE_CAP`` candidate matches the total and facets are estimated from a proved
  sample (``SearchResult.total_is_estimate``: the window says "about N letters").
* Facet values, scope (document kind) sets, facet bit masks and field lengths are tables per
  segment, cached by segment name (an incremental update only reads the new small segment) and
  kept beside the segment (``kbtables-<segment>.marshal``, written by the rebuild's worker or
  the first search), so a new session does not read them from the postings again.
* A full rebuild writes its segments with :class:`~desktop_app.search.segments.LeanSegmentWriter`
  (postings grouped by term, runs of whole terms, a block written in one pass): the bytes
  Whoosh's writer writes, in less CPU; two worker processes write a segment each.
* Segments are plain files, not compound files: whoosh3 copies a compound segment into memory
  each time it is opened, which made opening and every small commit slow.
* One long-lived searcher serves every search of a :class:`SearchIndex` (under a lock: Whoosh
  searchers are not for concurrent use); it is reopened when the index changes and closed on
  ``close()`` and after a rebuild. A search asks ``cancelled()`` between its phases and stops
  with :class:`SearchCancelled`, so a newer query need not wait for an older one.
* The index lives in a generation directory named in ``CURRENT``; a rebuild writes a new
  generation and swaps the pointer atomically, so searches use the old one meanwhile and a crash
  mid-rebuild leaves the old index intact.

Modules (each imports only the ones listed before it):

* ``segments``: the lean segment writer of full rebuilds (Whoosh only).
* ``schema``: the Dutch analyzer, the word-pair tokenizer, the schema and its version.
* ``documents``: the index documents of letters, commitments and annotations.
* ``storage``: the index directory (generations, ``CURRENT``, meta), the writer lock, errors.
* ``query``: the query language (field names, operators) and the hostile-query guards.
* ``matching``: matching sets by postings set algebra, :class:`TermUnion`, the top-N pass.
* ``phrases``: exact phrases (:class:`ExactPhrase` in the body, proved from the positions of
  word pairs and body words, the rarest first; :class:`VerifiedPhrase` in titles and notes).
* ``rewriting``: query rewriting (expansions, exact phrases, dates) and value checks.
* ``hits``: match offsets, snippets and hits.
* ``facets``: facet counts and per-segment tables (facet values, scopes, field lengths).
* ``workers``: the worker processes of a large rebuild (each writes a lean segment).
* ``lifecycle``: state and version checks, rebuild and incremental updates.
* ``searching``: :class:`SearchIndex` and one search from query text to result.

Everything other code imports from ``desktop_app.search`` is re-exported here.
"""

from __future__ import annotations

from desktop_app.search.documents import annotation_documents, letter_documents
from desktop_app.search.facets import FACETS, MASK_COUNT_FROM, SCORED_FIELDS
from desktop_app.search.hits import MAX_SNIPPETS, SNIPPET_WIDTH, make_snippets
from desktop_app.search.lifecycle import LOCK_TIMEOUT
from desktop_app.search.matching import _BLOCKS, TermUnion, matching_docs, segment_ids
from desktop_app.search.phrases import ExactPhrase, VerifiedPhrase
from desktop_app.search.query import (
    FIELD_ALIASES,
    MAX_PHRASE_WORDS,
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    NOT_SEARCHABLE,
    QUERY_FIELDS,
    clean_query,
    plain_words,
)
from desktop_app.search.rewriting import (
    MAX_EXPANSION,
    MAX_FUZZY,
    MIN_PREFIX,
    POSTINGS_BUDGET,
    TEXT_FIELDS,
    check_values,
    rewrite,
)
from desktop_app.search.schema import (
    KIND_NAMES,
    SCHEMA_VERSION,
    SCOPES,
    DutchTokenizer,
    PairTokenizer,
    analyse,
    build_schema,
    fold,
    index_term,
)
from desktop_app.search.searching import SORTS, SearchIndex
from desktop_app.search.storage import (
    IndexCorrupt,
    IndexDiskFull,
    IndexLocked,
    SearchCancelled,
)

__all__ = [
    "FACETS", "FIELD_ALIASES", "KIND_NAMES", "LOCK_TIMEOUT", "MASK_COUNT_FROM", "MAX_EXPANSION",
    "MAX_FUZZY", "MAX_PHRASE_WORDS", "MAX_QUERY_CHARS", "MAX_QUERY_WORDS", "MAX_SNIPPETS",
    "MIN_PREFIX", "NOT_SEARCHABLE", "POSTINGS_BUDGET", "QUERY_FIELDS", "SCHEMA_VERSION",
    "SCOPES", "SCORED_FIELDS", "SNIPPET_WIDTH", "SORTS", "TEXT_FIELDS", "_BLOCKS",
    "DutchTokenizer", "IndexCorrupt", "IndexDiskFull", "IndexLocked", "PairTokenizer",
    "ExactPhrase", "SearchCancelled", "SearchIndex", "TermUnion", "VerifiedPhrase", "analyse",
    "annotation_documents", "build_schema",
    "check_values", "clean_query", "fold", "index_term", "letter_documents", "make_snippets",
    "matching_docs", "plain_words", "rewrite", "segment_ids",
]
