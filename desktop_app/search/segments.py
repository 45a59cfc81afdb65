"""A lean segment writer for full index rebuilds.

Whoosh's ``SegmentWriter`` sends every posting through one flat pool: a tuple per posting,
sorted in memory and through run files, merged back with a heap and written with one
``add_posting`` call and one field-length lookup per posting. That was about two thirds of a
rebuild's CPU. :class:`LeanSegmentWriter` keeps postings grouped by term as they are made
(per field, term -> document numbers, weights, values), spills a sorted run of whole terms
when its memory limit is reached, merges runs term by term, and hands Whoosh's own block
writer (``W3PostingsWriter._write_block``) a block of up to 128 postings at a time. The
segment's files are the same bytes Whoosh writes for the same documents (a test compares
them); only the way there is shorter.

It writes the fields this app's schema has (no term vectors, no spelling fields: it refuses a
schema with them rather than leave them out).
"""

from __future__ import annotations

import heapq
import marshal
import struct
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import groupby, islice
from operator import itemgetter
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import COMPRESSION_MIN_SIZE, WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_int, pack_ushort
from whoosh.util import random_name
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.util.numlists import delta_encode
from whoosh.writing import SegmentWriter

RUN_CHUNK = 4_000  # terms per compressed chunk of a run file
BYTES_PER_POSTING = 70  # memory of one posting held in the pool, its term's share included
_CHUNK_SIZE = struct.Struct("<I")

# (fieldname, term bytes, document numbers, weights, values): one term's postings
TermPostings = tuple[str, bytes, array, array, list[bytes]]


def new_postings(docnum: int, weight: float, value: bytes) -> tuple[array, array, list]:
    """A term's first posting in a pool: document numbers and weights in arrays (4 and 8
    bytes a posting instead of an object and a pointer each), values in a list."""
    return array("i", (docnum,)), array("d", (weight,)), [value]


class TermPool:
    """Postings grouped by field and term, spilled to sorted run files past ``limit``
    postings; :meth:`terms` gives every term once, in Whoosh's order, its postings in
    document order."""

    def __init__(self, tempstore: Any, limit: int):
        self.tempstore, self.limit = tempstore, max(1, limit)
        self.fields: dict[str, dict[bytes, tuple[array, array, list]]] = {}
        self.count = 0  # postings held in memory
        self.runs: list[str] = []
        self.spilled = 0  # runs written
        self.fieldnames: set[str] = set()  # read by Whoosh's multi-process writer

    def field(self, fieldname: str) -> dict[bytes, tuple[array, array, list]]:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        return terms

    def _sorted(self) -> Iterator[TermPostings]:
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for term in sorted(terms):
                ids, weights, values = terms[term]
                yield fieldname, term, ids, weights, values

    def spill(self) -> None:
        """Write the postings held in memory to a new run file and let them go."""
        name = f"{random_name()}.terms"
        f = self.tempstore.create_file(name).raw_file()
        try:
            it = self._sorted()
            while chunk := list(islice(it, RUN_CHUNK)):
                flat = [(f, t, ids.tobytes(), weights.tobytes(), values)
                        for f, t, ids, weights, values in chunk]
                data = zlib.compress(marshal.dumps(flat), 1)
                f.write(_CHUNK_SIZE.pack(len(data)))
                f.write(data)
        finally:
            f.close()
        self.runs.append(name)
        self.spilled += 1
        self.fields, self.count = {}, 0

    def _read_run(self, name: str) -> Iterator[TermPostings]:
        f = self.tempstore.open_file(name).raw_file()
        try:
            while header := f.read(_CHUNK_SIZE.size):
                (size,) = _CHUNK_SIZE.unpack(header)
                for fieldname, term, id_bytes, weight_bytes, values in marshal.loads(
                        zlib.decompress(f.read(size))):
                    ids, weights = array("i"), array("d")
                    ids.frombytes(id_bytes)
                    weights.frombytes(weight_bytes)
                    yield fieldname, term, ids, weights, values
        finally:
            f.close()
            self.tempstore.delete_file(name)

    def terms(self) -> Iterator[TermPostings]:
        """Every (field, term) once, sorted, with the postings of all runs in run order."""
        if not self.runs:
            yield from self._sorted()
            return
        # runs hold earlier documents than later runs and memory: on equal keys heapq.merge
        # keeps the order of its inputs, so each term's postings stay in document order
        sources = [self._read_run(name) for name in self.runs] + [self._sorted()]
        merged = heapq.merge(*sources, key=itemgetter(0, 1))
        for (fieldname, term), group in groupby(merged, key=itemgetter(0, 1)):
            parts = list(group)
            if len(parts) == 1:
                yield parts[0]
            else:
                ids, weights, values = array("i"), array("d"), []
                for p in parts:
                    ids += p[2]
                    weights += p[3]
                    values += p[4]
                yield fieldname, term, ids, weights, values

    def cleanup(self) -> None:
        for name in self.runs:
            try:
                self.tempstore.delete_file(name)
            except OSError:
                pass  # read (and so removed) already
        self.runs, self.fields, self.count = [], {}, 0


class LeanSegmentWriter(SegmentWriter):
    """Whoosh's ``SegmentWriter`` with a :class:`TermPool`: the same segment, less CPU.

    For full rebuilds only (adding documents to a new segment): deleting, updating and merging
    go through Whoosh's own writer.
    """

    def __init__(self, ix: Any, limitmb: int = 128, keep: Any = None,
                 compression: int | None = None, **kwargs: Any):
        """``keep``: a :class:`~desktop_app.search.matching.BuildKeptPostings` that keeps the
        postings of the segment's common terms beside it (None: keep nothing).
        ``compression``: the zlib level of the postings blocks (None: Whoosh's, 3); any level
        reads back the same."""
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self.keep = keep
        self.compression = compression
        for name, field in self.schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"LeanSegmentWriter cannot write field {name!r} "
                                 "(term vectors or spelling)")
        self.pool = TermPool(self._tempstorage, limitmb * 2**20 // BYTES_PER_POSTING)
        # field -> docnum -> the field length as Whoosh reads it back (a length byte)
        self._lengths: dict[str, dict[int, int]] = {}

    def add_document(self, **fields: Any) -> None:
        """Whoosh's ``SegmentWriter.add_document`` with postings going to the term pool."""
        self._check_state()
        perdocwriter, schema, docnum, pool = self.perdocwriter, self.schema, self.docnum, \
            self.pool
        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields if not name.startswith("_")])
        self._check_fields(schema, fieldnames)
        added = 0
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    scorable = field.scorable
                    terms = pool.field(fieldname)
                    fast = getattr(field, "add_postings", None)  # DutchText
                    done = None if fast is None else \
                        fast(value, terms, docnum, fieldboost, new_postings)
                    if done is not None:  # straight into the pool
                        if scorable:
                            length = done[0]
                        added += done[1]
                    else:
                        get = terms.get
                        for tbytes, freq, weight, vbytes in field.index(value):
                            weight *= fieldboost
                            if scorable:
                                length += freq
                            entry = get(tbytes)
                            if entry is None:
                                terms[tbytes] = new_postings(docnum, weight, vbytes)
                            else:
                                entry[0].append(docnum)
                                entry[1].append(weight)
                                entry[2].append(vbytes)
                            added += 1
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None,
                                       length)
                if length:
                    lbyte = length_to_byte(length)
                    if lbyte:
                        self._lengths.setdefault(fieldname, {})[docnum] = \
                            byte_to_length(lbyte)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column,
                                                  field.to_column_value(customval))
        except ValueError:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        pool.count += added
        self._added = True
        self.docnum += 1
        if pool.count > pool.limit:
            pool.spill()

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        keep = wanted = None
        if self.keep is not None and hasattr(self.storage, "folder"):
            keep = partial(self.keep.keep, self.storage.folder, self.newsegment.segment_id())
            wanted = self.keep.wanted
        write_terms(self.fieldwriter, self.schema, self._lengths, self.pool.terms(),
                    wanted, keep, self.compression)
        self.fieldwriter.close()


def write_terms(fieldwriter: Any, schema: Any, lengths: dict[str, dict[int, int]],
                terms: Iterable[TermPostings],
                wanted: Callable[[str, int], bool] | None = None,
                keep: Callable[[str, bytes, Any, Any], None] | None = None,
                compression: int | None = None) -> None:
    """Write sorted terms' postings through a ``W3FieldWriter``: the bytes Whoosh's
    ``FieldWriter.add_postings`` writes for the same postings.

    Whoosh adds one posting at a time (``W3PostingsWriter.add_posting``) and writes a block
    each 128 postings (``_write_block``), a dozen method calls per term even for a term in one
    document - many terms of the word-pair field. Here each block is written in one pass, by
    the same steps in the same order: header magic, pickled block info and data (compressed
    from :data:`~whoosh.codec.whoosh3.COMPRESSION_MIN_SIZE` bytes), the term's statistics.

    ``keep(fieldname, term, ids, weights)`` is given the postings of each term for which
    ``wanted(fieldname, postings)`` holds. ``compression``: the zlib level of the blocks
    (None: the codec's).
    """
    postfile = fieldwriter._postfile
    codec = fieldwriter._codec
    limit = codec._blocklimit
    level = codec._compression if compression is None else compression
    tindex_add = fieldwriter._tindex.add
    write, tell = postfile.write, postfile.tell
    for fieldname, field_terms in groupby(terms, key=itemgetter(0)):
        fieldobj = schema[fieldname]
        fieldwriter.start_field(fieldname, fieldobj)
        field_key = pack_ushort(fieldwriter._fieldid)
        fixed = fieldobj.format.fixed_value_size()
        field_lengths = lengths.get(fieldname, {}).get
        for _f, term, ids, weights, values in field_terms:
            info = W3TermInfo()
            start = tell()
            write(WHOOSH3_HEADER_MAGIC)
            n = len(ids)
            total, minlength, maxlength, maxweight = 0.0, None, 0, 0
            for i in range(0, n, limit):
                block_ids = ids[i:i + limit] if n > limit else ids
                block_weights = weights[i:i + limit] if n > limit else weights
                block_values = values[i:i + limit] if n > limit else values
                stored_weights = array("f", block_weights)
                top = max(block_weights)
                block_max = top if top > 0 else 0
                known = list(filter(None, map(field_lengths, block_ids)))
                block_min = min(known) if known else None
                block_maxlength = max(known) if known else 0
                # the block's data, as W3PostingsWriter._mini_ids/_mini_weights/_mini_values
                if fixed == 0:
                    mini_values = None
                else:
                    if not all(block_values):
                        block_values = [v for v in block_values if v]
                    mini_values = tuple(block_values) if fixed is None or fixed < 0 \
                        else b"".join(block_values)
                first = stored_weights[0]
                if first == 1.0 and stored_weights.count(1.0) == len(stored_weights):
                    mini_weights = None
                elif stored_weights.count(first) == len(stored_weights):
                    mini_weights = first
                else:
                    mini_weights = tuple(stored_weights)
                data = dumps((tuple(delta_encode(block_ids)), mini_weights, mini_values), 2)
                comp = level if len(data) >= COMPRESSION_MIN_SIZE else 0
                if comp:
                    data = zlib.compress(data, comp)
                infobytes = dumps((len(block_ids), block_ids[-1], block_max, comp,
                                   length_to_byte(block_min), length_to_byte(block_maxlength)),
                                  2)
                size = len(infobytes) + len(data)
                write(pack_int(-size if i + limit >= n else size))
                write(infobytes)
                write(data)
                # the term's statistics, as W3TermInfo.add_block
                total += sum(stored_weights)
                minlength = block_min if minlength is None else min(minlength, block_min)
                maxlength = max(maxlength, block_maxlength)
                maxweight = max(maxweight, block_max)
            info._weight, info._df = total, n
            info._minlength, info._maxlength, info._maxweight = minlength, maxlength, maxweight
            info._minid, info._maxid = ids[0], ids[-1]
            info.set_extent(start, tell() - start)
            tindex_add(field_key + term, info.to_bytes())
            if keep is not None and wanted is not None and wanted(fieldname, n):
                keep(fieldname, term, ids, weights)
        fieldwriter.finish_field()
