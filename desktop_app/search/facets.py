"""Facets and per-segment tables: facet counts, scope sets and field lengths.

Facet values and document kinds are read per segment (cached by segment name by
:class:`SearchIndex`), counted per document or with bit masks for large match sets. Field
lengths per segment feed :class:`_CachedLengthsBM25F`, Whoosh's BM25F with the same scores.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import scoring
from whoosh.codec import whoosh3 as _w3
from whoosh.util.numeric import byte_to_length

from desktop_app.search.matching import POSTINGS_PREFIX, segment_ids
from desktop_app.search.schema import _SCOPE_KINDS

# --------------------------------------------------------------------------- facets

FACETS = {"year": "year", "dossier": "dossier_facet", "signatory": "signatory_facet"}


def _segment_table(reader: Any) -> dict[str, Any]:
    """One segment's ``facet -> local docnum -> values``, ``kind:<kind> -> local docnums``,
    ``masks:<facet> -> value -> bit mask of local docnums`` and ``lengths:<field>`` (see
    :func:`_field_lengths`)."""
    table: dict[str, Any] = {}
    for name, fieldname in FACETS.items():
        per_doc: dict[int, list[str]] = {}
        for term in reader.lexicon(fieldname):
            value = term.decode("utf-8") if isinstance(term, bytes) else term
            for docnum in segment_ids(reader, fieldname, term):
                per_doc.setdefault(docnum, []).append(value)
        # tuples of strings, not lists: the garbage collector stops tracking them, so its full
        # collections (every few searches) no longer walk one list per document and facet
        # (~50 ms at 50,000 letters, paid by whichever search was running)
        table[name] = _chunks({d: tuple(values) for d, values in per_doc.items()})
    for kinds in _SCOPE_KINDS.values():
        for kind in kinds:
            table["kind:" + kind] = set(segment_ids(reader, "kind", kind))
    for name in FACETS:
        table["masks:" + name] = _value_masks({d: v for chunk in table[name]
                                               for d, v in chunk.items()})
    for fieldname in SCORED_FIELDS:
        table["lengths:" + fieldname] = _field_lengths(reader, fieldname)
    return table


# Documents per chunk of a segment's facet values: a search worker fills and reads them a chunk
# at a time, each step short, so the window's thread gets the interpreter in between (one
# dict of 150,000 documents took 20-60 ms in one call, a stall of the window at start-up).
FACET_CHUNK = 8192


def _chunks(per_doc: dict[int, tuple[str, ...]]) -> list[dict[int, tuple[str, ...]]]:
    """``per_doc`` in dicts of at most :data:`FACET_CHUNK` documents, in docnum order."""
    docnums = sorted(per_doc)
    return [{d: per_doc[d] for d in docnums[i:i + FACET_CHUNK]}
            for i in range(0, len(docnums), FACET_CHUNK)]


# --------------------------------------------------------------------------- kept tables

# A segment never changes, so its table is kept beside it (``kbtables-<segment>.marshal`` in
# the generation's folder: derived data, remade when missing, damaged or of another version)
# and the next session reads it instead of reading the segment's postings and columns again:
# at 50,000 letters about 0.8 s of the first search. Bump when the table's layout changes.
TABLES_VERSION = 2  # 2: facet values in chunks
TABLES_PREFIX, TABLES_SUFFIX = "kbtables-", ".marshal"


def load_segment_table(folder: Path, key: str) -> dict[str, Any] | None:
    """A kept table of segment ``key``, or None (missing, damaged, another version)."""
    try:
        data = marshal.loads((folder / f"{TABLES_PREFIX}{key}{TABLES_SUFFIX}").read_bytes())
        if not isinstance(data, tuple) or len(data) != 2 or data[0] != TABLES_VERSION \
                or not isinstance(data[1], dict):
            return None
        table = data[1]
        for name in FACETS:  # each chunk read on its own (see FACET_CHUNK)
            table[name] = [marshal.loads(blob) for blob in table[name]]
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None
    return table


def save_segment_table(folder: Path, key: str, table: dict[str, Any], live: set[str]) -> None:
    """Keep a segment's table (written whole, then renamed), and remove the tables of
    segments that are no longer in the index (``live``). Best effort: a read-only or full
    disk only means the table is made again next time."""
    path = folder / f"{TABLES_PREFIX}{key}{TABLES_SUFFIX}"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    kept = dict(table)
    for name in FACETS:
        kept[name] = [marshal.dumps(chunk) for chunk in table[name]]
    try:
        tmp.write_bytes(marshal.dumps((TABLES_VERSION, kept)))
        os.replace(tmp, path)
        for old in folder.glob(f"{TABLES_PREFIX}*{TABLES_SUFFIX}"):
            if old.name[len(TABLES_PREFIX):-len(TABLES_SUFFIX)] not in live:
                old.unlink(missing_ok=True)
        for old in folder.glob(f"{POSTINGS_PREFIX}*.bin"):  # see matching.load_postings
            if old.name[len(POSTINGS_PREFIX):].rsplit("-", 2)[0] not in live:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _segment_key(reader: Any) -> str | None:
    """A segment's name: its docnums never change, so tables built for it stay valid."""
    try:
        return reader.segment().segment_id()
    except Exception:  # noqa: BLE001 - not a plain segment reader
        return None


def _value_masks(per_doc: dict[int, list[str]]) -> dict[str, int]:
    """``value -> bit mask of the docnums holding it`` (bit ``d`` set for docnum ``d``)."""
    by_value: dict[str, list[int]] = {}
    for docnum, values in per_doc.items():
        for value in values:
            by_value.setdefault(value, []).append(docnum)
    return {value: _mask(docnums) for value, docnums in by_value.items()}


def _mask(docnums: Iterable[int]) -> int:
    docnums = list(docnums)
    if not docnums:
        return 0
    bits = bytearray(max(docnums) // 8 + 1)
    for d in docnums:
        bits[d >> 3] |= 1 << (d & 7)
    return int.from_bytes(bits, "little")


MASK_COUNT_FROM = 1500  # from this many matches, facets are counted with bit masks


SCORED_FIELDS = ("title", "body", "pairs", "note")  # field lengths kept in memory for BM25F
_BYTE_LENGTHS = [byte_to_length(b) if b else 1 for b in range(256)]


def _field_lengths(reader: Any, fieldname: str) -> list[int]:
    """Every document's length of ``fieldname`` in one segment (1 where it has none, as
    Whoosh's scorer is never asked for those). One read of the lengths column instead of a
    column lookup per scored posting."""
    count = reader.doc_count_all()
    try:
        column = reader._perdoc._cached_reader(_w3._lenfield(fieldname), _w3.LENGTHS_COLUMN)
        if column is None:
            return [1] * count
        if column._fixedlen != 1:
            raise TypeError("lengths column of another layout")
        raw = column._dbfile.get(column._basepos, min(column._count, count))
        table = _BYTE_LENGTHS
        return [table[b] for b in raw] + [1] * (count - len(raw))
    except (AttributeError, TypeError):  # another codec: the public (slower) way
        return [reader.doc_field_length(d, fieldname, 1) or 1 for d in range(count)]


class _CachedLengthsBM25F(scoring.BM25F):
    """Whoosh's BM25F with field lengths looked up in per-segment lists (same scores)."""

    def __init__(self, lengths: Callable[[Any, str], list[int] | None]):
        super().__init__()
        self._lengths_for = lengths

    def scorer(self, searcher: Any, fieldname: str, text: str, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf)
        if isinstance(scorer, scoring.BM25FScorer) and fieldname in SCORED_FIELDS:
            lengths = self._lengths_for(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer


def _count_facets(table: dict[str, dict[int, list[str]]], masks: dict[str, dict[str, int]],
                  docnums: Iterable[int], top: int = 50) -> dict[str, dict[str, int]]:
    """The ``top`` most frequent values per facet among ``docnums`` (ties by value).

    Many matches are counted with one bit mask AND + popcount per facet value (a few hundred
    values), which is several times faster than looking up every document's values.
    """
    docnums = list(docnums)
    out = {}
    match = _mask(docnums) if len(docnums) >= MASK_COUNT_FROM else None
    for name, per_doc in table.items():
        if match is not None:
            counts = {v: n for v, m in masks[name].items() if (n := (m & match).bit_count())}
        else:
            get = per_doc.get
            counts = Counter(v for d in docnums for v in get(d, ()))
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        out[name] = dict(ranked)
    return out
