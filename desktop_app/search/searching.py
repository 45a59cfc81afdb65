"""Searching: :class:`SearchIndex` and what one search does.

A search cleans and parses the query, rewrites it for this index, restricts it to a scope and
filters, ranks the top N with Whoosh, counts the total and the facets by set algebra on
postings, builds the visible hits with snippets and match offsets, and suggests a spelling
when nothing matched. One long-lived searcher serves every search (under a lock), reopened when
the index changes; a search asks ``cancelled()`` between its phases.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq

from desktop_app.errors import Message, UserError, join_messages
from desktop_app.model import SearchHit, SearchResult
from desktop_app.search.facets import (
    FACETS,
    SCORED_FIELDS,
    _CachedLengthsBM25F,
    _count_facets,
    _field_lengths,
    _segment_key,
    _segment_table,
    load_segment_table,
    save_segment_table,
)
from desktop_app.search.hits import _hit, _surface_word, _term_offsets
from desktop_app.search.lifecycle import _IndexLifecycle
from desktop_app.search.matching import _SharedBlocks, _top, flat_top, matching_docs
from desktop_app.search.phrases import ExactPhrase, VerifiedPhrase
from desktop_app.search.query import (
    _OPERATORS,
    MAX_QUERY_CHARS,
    NOT_SEARCHABLE,
    _make_parser,
    _parse,
    clean_query,
    plain_words,
)
from desktop_app.search.rewriting import (
    MIN_PREFIX,
    _Plan,
    bounded_message,
    check_values,
    is_stop_key,
    rewrite,
)
from desktop_app.search.schema import _SCOPE_KINDS, SCOPES, index_term
from desktop_app.search.storage import DAMAGED_MARK, IndexCorrupt, SearchCancelled

SORTS = ("relevance", "date")


class SearchIndex(_IndexLifecycle):
    """The library's full-text index in ``index_dir`` (derived data: it can always be rebuilt)."""

    # ---- reading

    def _searcher(self) -> Any:
        """The shared searcher, reopened after a swap or a commit (hold ``_search_lock``
        while using it: Whoosh searchers are not for concurrent use)."""
        with self._search_lock:
            generation = self._store.current()
            shared = self._shared
            # A fresh searcher after a commit: Searcher.refresh() reuses segment readers and
            # was seen to keep a segment's old deletion list (a replaced letter still matched).
            # The per-segment tables are cached by segment name, so only new segments are read.
            if shared is not None and shared[1] == generation and shared[0].up_to_date():
                return shared[0]
            self._drop_searcher()
            if generation is None or self._store.meta(generation) is None:
                raise IndexCorrupt(f"There is no search index in {self.root} yet; "
                                   "it is being built from the library.",
                                   code="index-missing", root=str(self.root))
            try:
                ix = whoosh_index.open_dir(str(self.root / generation), schema=self.schema)
                searcher = ix.searcher(weighting=_CachedLengthsBM25F(self._lengths))
                # decoded postings of common words are kept in the generation's folder
                searcher._kb_folder = self.root / generation
            except Exception as exc:  # noqa: BLE001
                raise IndexCorrupt(f"The search index in {self.root} is damaged ({exc}); "
                                   "it will be rebuilt from the library.",
                                   code="index-damaged", root=str(self.root),
                                   detail=str(exc)) from exc
            self._shared = (searcher, generation)
            return searcher

    def warm(self) -> None:
        """Open the searcher and read the per-segment tables now, so that the first search
        of a session does not pay for them. Raises :class:`IndexCorrupt` without an index."""
        with self._search_lock:
            self._tables(self._searcher())

    def search(self, query: str, *, limit: int = 20, offset: int = 0, sort: str = "relevance",
               scope: str = "letters", filters: dict | None = None,
               snippets_for: int = 20,
               cancelled: Callable[[], bool] = lambda: False) -> SearchResult:
        """Search; a malformed query gets ``error`` set and a best-effort result.

        ``cancelled()`` is asked between the phases of the search (parse, ranking, every
        segment of the matching set, facets, each visible hit); once it says True the search
        stops with :class:`SearchCancelled`.
        """
        started = time.perf_counter()
        if sort not in SORTS:
            raise UserError(f"Unknown sort '{sort}'; use one of: {', '.join(SORTS)}.",
                            code="unknown-sort", sort=sort)
        if scope not in SCOPES:
            raise UserError(f"Unknown scope '{scope}'; use one of: {', '.join(SCOPES)}.",
                            code="unknown-scope", scope=scope)
        text, error = clean_query(query)
        if not text.strip():
            return SearchResult(query=query, total=0, facets={}, error=error)
        options = dict(limit=limit, offset=offset, sort=sort, scope=scope, filters=filters,
                       snippets_for=snippets_for, cancelled=cancelled)
        with self._search_lock:
            _check(cancelled)
            searcher = self._searcher()
            try:
                with _SharedBlocks():
                    return self._best_effort(searcher, query, text, error, started, options)
            except (UserError, MemoryError, SearchCancelled):
                raise
            except Exception as exc:  # noqa: BLE001 - see _damaged
                raise self._damaged(exc) from exc

    def _best_effort(self, searcher: Any, query: str, text: str, error: str | None,
                     started: float, options: dict) -> SearchResult:
        """The query as written; too deeply nested for Whoosh, its words; else nothing."""
        try:
            return self._search(searcher, query, text, error, started, **options)
        except RecursionError:
            pass
        words = plain_words(text)
        note = Message("The query is too complex to search as written; searched for its "
                       "words instead.", "too-complex")
        try:
            if words:
                return self._search(searcher, query, words, join_messages((error, note)),
                                    started, suggest=False, **options)
        except RecursionError:
            pass
        return SearchResult(query=query, total=0, facets={},
                            error=join_messages((error, NOT_SEARCHABLE)),
                            elapsed_ms=(time.perf_counter() - started) * 1000)

    def _damaged(self, exc: Exception) -> IndexCorrupt:
        """A failure while reading an index that opened fine: damaged bytes in its files
        (zlib, length or index errors, whatever Whoosh meets). The index is derived data:
        the generation is marked damaged, so ``needs_rebuild`` says so, and rebuilt."""
        generation = self._store.current()
        if generation is not None:
            try:
                (self.root / generation / DAMAGED_MARK).write_text(repr(exc), encoding="utf-8")
            except OSError:
                pass  # a read-only or full disk: the error below still says what happened
        self._drop_searcher()
        return IndexCorrupt(f"The search index in {self.root} is damaged ({exc!r}); "
                            "it will be rebuilt from the library.", code="index-damaged",
                            root=str(self.root), detail=repr(exc))

    def _search(self, searcher: Any, query: str, text: str, error: str | None,
                started: float, *, limit: int, offset: int, sort: str, scope: str,
                filters: dict | None, snippets_for: int, cancelled: Callable[[], bool],
                suggest: bool = True) -> SearchResult:
        q, plan, parse_error = self._build_query(searcher, text, scope, filters)
        error = join_messages((error, parse_error))
        q, narrowing = _split_filters(q)
        allowed = self._allowed_docs(searcher, scope, narrowing)
        _check(cancelled)
        # A word or two (title and body), a prefix: the page and the matching set in one pass
        # over the postings (flat_top); else Whoosh ranks the top N (block-max quality skips
        # what it can) and the total and facets come from set algebra on postings.
        flat = flat_top(searcher, q, allowed, offset, limit) if sort == "relevance" else None
        if flat is None:
            _mark_alone_phrase(q)
        page = flat[0] if flat is not None else _top(searcher, q, allowed, offset, limit, sort)
        _check(cancelled)
        key = (repr(q), scope, tuple(sorted(repr(f) for f in narrowing)))
        cache = searcher.__dict__.setdefault("_kb_matches", {})
        found = cache.pop(key, None) if offset else None  # a further page of the same query
        if found is None:
            docnums, share = (flat[1], None) if flat is not None else _matching(
                searcher, q, allowed, cancelled, full_page=len(page) >= limit)
            _check(cancelled)
            facets = _count_facets(*self._facets(searcher), docnums)
            total = len(docnums)
            if share is not None:  # estimated from a sample of the candidates (see _matching)
                total = round(total * share)
                facets = {name: {v: max(1, round(n * share)) for v, n in counts.items()}
                          for name, counts in facets.items()}
            found = (total, share is not None, facets)
        if len(cache) >= MAX_CACHED_MATCHES:
            cache.pop(next(iter(cache)))
        cache[key] = found  # the newest last: paging through a result reuses it
        total, estimated, facets = found
        if estimated:
            total = max(total, offset + len(page))
        hits = self._hits(searcher, page, plan, snippets_for, cancelled)
        suggestion = None
        if not total and suggest:
            suggestion = self._suggest(searcher, query, scope)
        _check(cancelled)
        return SearchResult(query=query, total=total, hits=tuple(hits), facets=facets,
                            suggestion=suggestion, error=error, total_is_estimate=estimated,
                            elapsed_ms=(time.perf_counter() - started) * 1000)

    def _build_query(self, searcher: Any, text: str, scope: str, filters: dict | None
                     ) -> tuple[wq.Query, _Plan, str | None]:
        """Parse, rewrite and restrict to the scope and filters."""
        fields = ["note", "tags", "body"] if scope == "annotations" else ["title", "body"]
        key = ",".join(fields)
        if key not in self._parsers:
            self._parsers[key] = _make_parser(self.schema, fields)
        problems: list[str] = []
        parsed = _parse(self._parsers[key], text, problems)
        short = sorted({leaf.text for leaf in parsed.leaves()
                        if isinstance(leaf, wq.Prefix) and len(leaf.text) < MIN_PREFIX})
        if short:
            problems.append(Message(
                f"Searching for words starting with '{short[0]}' needs at least "
                f"{MIN_PREFIX} letters before the *; showing letters with the word "
                f"'{short[0]}' itself.", "short-prefix", prefix=short[0], minimum=MIN_PREFIX))
        checked = check_values(parsed, problems)
        if checked is not parsed:
            parsed = checked.normalize()
        # expansions are made once per searcher (its lexicon does not change)
        plan = _Plan(expansions=searcher.__dict__.setdefault("_kb_expansions", {}))
        q = rewrite(parsed, searcher.reader(), plan)
        bound = bounded_message(plan)
        if bound is not None:
            problems.append(bound)
        error = join_messages(dict.fromkeys(problems))  # once, not per field searched
        parts = [q]
        for name, value in (filters or {}).items():
            fieldname = FACETS.get(name, name)
            if value is not None and fieldname in self.schema:
                parts.append(wq.Term(fieldname, str(value)))
        return (wq.And(parts) if len(parts) > 1 else q), plan, error

    def _hits(self, searcher: Any, page: list[tuple[int, float]], plan: _Plan,
              snippets_for: int, cancelled: Callable[[], bool]) -> list[SearchHit]:
        visible = [d for d, _ in page[:max(0, snippets_for)]]
        terms = plan.terms | {w for words in plan.phrases for w in words if not is_stop_key(w)}
        stored = {d: searcher.stored_fields(d) for d in visible}
        texts = {d: fields.get("body") or "" for d, fields in stored.items()
                 if fields.get("kind") != "annotation"}  # an annotation's match is itself
        found = _term_offsets(texts, terms)
        found.update({d: {} for d in stored if d not in found})
        hits = []
        for d, s in page:
            if d in found:
                _check(cancelled)
            hits.append(_hit(searcher, d, s, found.get(d), plan if d in found else None,
                             stored.get(d)))
        return hits

    def _allowed_docs(self, searcher: Any, scope: str, narrowing: list[wq.Query]
                      ) -> set[int] | None:
        """The scope's docnums narrowed by the filter clauses (date, dossier, signatory,
        kind …), each a set cached per searcher (see :func:`_filter_docs`)."""
        allowed = self._scope_docs(searcher, scope)
        if not narrowing:
            return allowed
        sets = [_filter_docs(searcher, f) for f in narrowing]
        if allowed is not None:
            sets.append(allowed)
        sets.sort(key=len)
        out = set(sets[0])
        for other in sets[1:]:
            out &= other
        return out

    def _scope_docs(self, searcher: Any, scope: str) -> set[int] | None:
        """Docnums of the scope's document kinds (a cheap filter), built once per searcher."""
        if scope == "all":
            return None
        return self._tables(searcher)[1][scope]

    def _facets(self, searcher: Any) -> tuple[dict[str, dict[int, list[str]]],
                                              dict[str, dict[str, int]]]:
        tables = self._tables(searcher)
        return tables[0], tables[2]

    def _tables(self, searcher: Any) -> tuple[dict[str, dict[int, list[str]]],
                                              dict[str, set[int]], dict[str, dict[str, int]]]:
        """Facet values per docnum, docnums per scope and facet value bit masks (see
        :func:`_count_facets`) for this searcher.

        Assembled from per-segment tables cached by segment name, so after an incremental
        update only the new small segment is read (deletions need no care: deleted documents
        never reach the facet counts, and a scope set only narrows a search).
        """
        cached = self._shared_tables
        if cached is not None and cached[0] is searcher:
            return cached[1]
        facets: dict[str, dict[int, list[str]]] = {name: {} for name in FACETS}
        scopes: dict[str, set[int]] = {name: set() for name in _SCOPE_KINDS if name != "all"}
        masks: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        leaves = searcher.reader().leaf_readers()
        live = {key for key in (_segment_key(reader) for reader, _ in leaves) if key}
        shared = self._shared
        folder = self.root / shared[1] if shared is not None and shared[0] is searcher \
            else None  # the generation's folder, where segment tables are kept
        for reader, offset in leaves:
            key = _segment_key(reader)
            table = self._segment_tables.get(key) if key else None
            if table is None and key and folder is not None:
                table = load_segment_table(folder, key)
            if table is None:
                table = _segment_table(reader)
                if key and folder is not None:
                    save_segment_table(folder, key, table, live)
            if key:
                self._segment_tables[key] = table
                for fieldname in SCORED_FIELDS:
                    self._segment_lengths.setdefault((key, fieldname),
                                                     table["lengths:" + fieldname])
            shift = offset.__add__
            for name in FACETS:
                joined_docs = facets[name]
                for chunk in table[name]:  # a chunk at a time (see facets.FACET_CHUNK)
                    joined_docs.update(
                        zip(map(shift, chunk), chunk.values(), strict=True) if offset
                        else chunk)
                joined = masks[name]
                for value, mask in table["masks:" + name].items():
                    joined[value] = joined.get(value, 0) | (mask << offset)
            for scope, kinds in _SCOPE_KINDS.items():
                if scope != "all":
                    for kind in kinds:
                        scopes[scope].update(map(shift, table["kind:" + kind]))
        for key in list(self._segment_tables):
            if key not in live:  # merged away
                self._segment_tables.pop(key, None)
        for key in list(self._segment_lengths):
            if key[0] not in live:
                self._segment_lengths.pop(key, None)
        self._shared_tables = (searcher, (facets, scopes, masks))
        return facets, scopes, masks

    def _keep_segment_tables(self, generation: str) -> None:
        """Make and keep the tables of a new generation's segments (after a rebuild, in its
        worker), so that the first search of the next session does not read them."""
        folder = self.root / generation
        ix = whoosh_index.open_dir(str(folder), schema=self.schema)
        try:
            with ix.reader() as reader:
                leaves = reader.leaf_readers()
                live = {key for key in (_segment_key(r) for r, _ in leaves) if key}
                for leaf, _offset in leaves:
                    key = _segment_key(leaf)
                    if key and load_segment_table(folder, key) is None:
                        table = _segment_table(leaf)
                        save_segment_table(folder, key, table, live)
                        self._segment_tables[key] = table
        finally:
            ix.close()

    def _lengths(self, reader: Any, fieldname: str) -> list[int] | None:
        """A segment's field lengths per docnum (as BM25F sees them), read once per segment."""
        key = _segment_key(reader)
        if key is None:
            return None
        lengths = self._segment_lengths.get((key, fieldname))
        if lengths is None:
            lengths = _field_lengths(reader, fieldname)
            self._segment_lengths[(key, fieldname)] = lengths
        return lengths

    def _suggest(self, searcher: Any, query: str, scope: str) -> str | None:
        """``Bedoelde u: …``: the query with unknown words replaced by close indexed words."""
        if len(query) > MAX_QUERY_CHARS:  # only its start was searched: no whole-query advice
            return None
        reader = searcher.reader()
        corrector = searcher.corrector("body")
        suggestion, changed = query, False
        words = list(re.finditer(r"(?<![\w:])\w{3,}(?![\w*~:])", query))
        for m in reversed(words):
            if m.group() in _OPERATORS or len(m.group()) > 64:  # a long "word" is no typo
                continue
            term = index_term(m.group())
            if not term or term.isdigit():
                continue
            if reader.doc_frequency("body", term) > 0:
                continue
            candidates = corrector.suggest(term, limit=1, maxdist=2, prefix=1)
            if not candidates:
                continue
            word = _surface_word(searcher, candidates[0]) or candidates[0]
            suggestion = suggestion[:m.start()] + word + suggestion[m.end():]
            changed = True
        if not changed:
            return None
        text, _ = clean_query(suggestion)
        q, _, _ = self._build_query(searcher, text, scope, None)
        return suggestion if _top(searcher, q, self._scope_docs(searcher, scope), 0, 1,
                                  "relevance") else None

    def close(self) -> None:
        """Close the shared searcher (a later search opens a new one)."""
        self._drop_searcher()


# Fields whose clauses narrow a search rather than rank it: their matching sets are cached
# per searcher (an index generation, reopened when the index changes), so "asiel datum:2021"
# and "zorg datum:2021" read the date postings once.
FILTER_FIELDS = frozenset({"day", "dossier", "dossier_facet", "signatory", "signatory_facet",
                           "kinds", "kind", "year", "vergaderjaar", "number", "role"})
# Filter sets kept per searcher, the oldest dropped first (a year's date set holds thousands
# of docnums, so a few megabytes at most).
MAX_CACHED_FILTERS = 16


def _is_filter(q: wq.Query) -> bool:
    return (type(q) in (wq.Term, wq.NumericRange, wq.TermRange)
            and getattr(q, "fieldname", None) in FILTER_FIELDS)


def _split_filters(q: wq.Query) -> tuple[wq.Query, list[wq.Query]]:
    """``q`` without its top-level filter clauses, and those clauses.

    Only when words remain to rank by: a query of filters only keeps them as its query.
    """
    parts = list(q.subqueries) if type(q) is wq.And else [q]
    narrowing = [p for p in parts if _is_filter(p)]
    rest = [p for p in parts if not _is_filter(p)]
    if not narrowing or not rest:
        return q, []
    return (rest[0] if len(rest) == 1 else wq.And(rest, boost=q.boost)), narrowing


def _filter_docs(searcher: Any, q: wq.Query) -> frozenset[int]:
    """Global docnums matching the filter clause ``q``, read once per searcher."""
    cache = searcher.__dict__.setdefault("_kb_filters", {})
    key = repr(q)
    found = cache.get(key)
    if found is None:
        found = frozenset(matching_docs(searcher, q, None))
        if len(cache) >= MAX_CACHED_FILTERS:
            cache.pop(next(iter(cache)))
        cache[key] = found
    return found


# A phrase query whose candidate matches (documents holding the rarest pair of each phrase,
# combined with the rest of the query, within the scope and filters) number more than this is
# not proved in every candidate for its total and facets: a sample is proved and the total
# given as "about N" (``SearchResult.total_is_estimate``). The visible hits are always proved.
PROVE_CAP = 3000
# The sample: runs of candidates spread evenly over the index (a run reads few postings blocks).
SAMPLE_RUNS, SAMPLE_RUN = 16, 32
# Matching sets (total, estimate flag, facets) kept per searcher for the last queries, so that
# a further page (``offset`` > 0) does not count again; a first page always counts.
MAX_CACHED_MATCHES = 4


def _mark_alone_phrase(q: wq.Query) -> None:
    """Let a phrase that is the whole scored query (alone, or in an OR with the same phrase
    in titles) skip candidates in the top-N pass (see ``ExactPhrase.alone``)."""
    parts = list(q.subqueries) if type(q) is wq.Or and q.boost == 1.0 else [q]
    phrases = [p for p in parts if isinstance(p, ExactPhrase)]
    others = [p for p in parts if not isinstance(p, ExactPhrase)]
    if len(phrases) == 1 and all(isinstance(p, VerifiedPhrase) or p is wq.NullQuery
                                 or type(p) is type(wq.NullQuery) for p in others):
        phrases[0].alone = True


def _positive_phrases(q: wq.Query, negated: bool = False) -> tuple[list[ExactPhrase], bool]:
    """The :class:`ExactPhrase` leaves of ``q``, and whether any of them is negated."""
    if isinstance(q, ExactPhrase):
        return ([], True) if negated else ([q], False)
    if isinstance(q, wq.Not):
        return _positive_phrases(q.query, not negated)
    if isinstance(q, wq.AndNot):
        a, bad_a = _positive_phrases(q.a, negated)
        b, bad_b = _positive_phrases(q.b, not negated)
        return a + b, bad_a or bad_b
    found: list[ExactPhrase] = []
    bad = False
    if not q.is_leaf():
        for child in q.children():
            more, worse = _positive_phrases(child, negated)
            found += more
            bad = bad or worse
    return found, bad


def _matching(searcher: Any, q: wq.Query, allowed: set[int] | None,
              cancelled: Callable[[], bool], full_page: bool = True
              ) -> tuple[list[int], float | None]:
    """Every matching docnum and None; or, for a phrase query with more than
    :data:`PROVE_CAP` candidate matches, the candidate matches and the share of a sample of
    them that holds the phrase (the total is about ``len(candidates) * share``)."""
    phrases, negated = _positive_phrases(q)
    if not phrases or negated:
        return matching_docs(searcher, q, allowed, cancelled), None
    try:
        for phrase in phrases:
            phrase.prove_only(allowed, candidates=True)
        candidates = matching_docs(searcher, q, allowed, cancelled)
        if len(candidates) <= PROVE_CAP or not full_page:
            only = set(candidates)
            for phrase in phrases:
                phrase.prove_only(only)
            return matching_docs(searcher, q, only, cancelled), None
        candidates.sort()
        n = len(candidates)
        sample: set[int] = set()
        for run in range(SAMPLE_RUNS):
            start = run * n // SAMPLE_RUNS
            sample.update(candidates[start:start + SAMPLE_RUN])
        for phrase in phrases:
            phrase.prove_only(sample)
        held = matching_docs(searcher, q, sample, cancelled)
        return candidates, len(held) / len(sample)
    finally:
        for phrase in phrases:
            phrase.prove_only(None)


def _check(cancelled: Callable[[], bool]) -> None:
    if cancelled():
        raise SearchCancelled
