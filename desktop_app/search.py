"""Full-text search over the library: the only module that touches Whoosh.

Design (see benchmarks/README.md for the numbers behind it):

* One Dutch analysis pass (lowercase, accent folding, Dutch stop words, Dutch Snowball stemming)
  with a per-word cache; the body is indexed with character offsets, so match offsets and
  snippets come from the postings instead of re-analysing stored text.
* Adjacent word pairs are indexed in a ``pairs`` field; a phrase query becomes an AND of pairs,
  and the exact word sequence is verified from stored positions for the visible hits only.
* Prefix and fuzzy queries expand to a bounded number of terms (most frequent first); a prefix
  needs at least :data:`MIN_PREFIX` letters (``b*`` searches the word "b", with a message).
* One scored pass: Whoosh ranks the top N (block-max quality skips what it can); the total and
  the facets come from set algebra on postings ids read a block at a time (:func:`matching_docs`).
* Facet values and scope (document kind) sets are cached per segment by segment name, so an
  incremental update only reads the new small segment.
* Segments are plain files, not compound files: whoosh3 copies a compound segment into memory
  each time it is opened, which made opening and every small commit slow.
* A searcher per thread is cached and reopened when the index changes.
* The index lives in a generation directory named in ``CURRENT``; a rebuild writes a new
  generation and swaps the pointer atomically, so searches use the old one meanwhile and a crash
  mid-rebuild leaves the old index intact.
"""

from __future__ import annotations

import bisect
import errno
import json
import math
import os
import re
import shutil
import threading
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, Token
from whoosh.analysis.tokenizers import Tokenizer
from whoosh.codec import whoosh3 as _w3
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.lang.snowball.dutch import DutchStemmer
from whoosh.lang.stopwords import stoplists
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    MultifieldParser,
    OperatorsPlugin,
)
from whoosh.support.charset import accent_map
from whoosh.util.filelock import FileLock
from whoosh.util.numeric import byte_to_length

from desktop_app.errors import Message, UserError, join_messages
from desktop_app.model import Letter, SearchHit, SearchResult, Snippet

SCHEMA_VERSION = 2

SORTS = ("relevance", "date")
SCOPES = ("letters", "commitments", "annotations", "all")
_SCOPE_KINDS = {
    "letters": ("letter",),
    "commitments": ("commitment",),
    "annotations": ("annotation",),
    "all": ("letter", "commitment", "annotation"),
}
MIN_PREFIX = 3  # shorter prefixes (``b*``) match the exact word instead of expanding
MAX_FUZZY = 2  # largest edit distance of a fuzzy word (``asiel~5`` searches ``asiel~2``)
MAX_EXPANSION = 64  # terms a prefix or fuzzy query may expand to (most frequent first)
POSTINGS_BUDGET = 3  # an expansion reads at most this many postings per indexed document
LOCK_TIMEOUT = 10.0  # seconds to wait for another process's writer
SNIPPET_WIDTH = 200
MAX_SNIPPETS = 3

KIND_NAMES = {  # Dutch and English names of commitment kinds, as typed after soort:/kind:
    "promise": "promise",
    "toezegging": "promise",
    "toezeggingen": "promise",
    "belofte": "promise",
    "action": "action",
    "actie": "action",
    "acties": "action",
    "refusal": "refusal",
    "weigering": "refusal",
    "afwijzing": "refusal",
    "earlier": "earlier",
    "eerder": "earlier",
    "eerdere": "earlier",
}

FIELD_ALIASES = {  # index field -> names a user may type (Dutch and English)
    "title": ["titel", "onderwerp", "subject", "betreft"],
    "body": ["tekst", "text", "inhoud"],
    "dossier": ["kamerstuk"],
    "number": ["nummer", "nr"],
    "signatory": ["van", "from", "door", "by", "ondertekenaar", "minister"],
    "role": ["rol", "functie", "ministerie", "ministry"],
    "date": ["datum"],
    "year": ["jaar"],
    "vergaderjaar": ["session"],
    "kinds": ["soort", "kind", "type"],
    "note": ["notitie", "aantekening", "notes"],
    "tags": ["tag", "label", "labels"],
}
QUERY_FIELDS = {alias for names in FIELD_ALIASES.values() for alias in names} | set(FIELD_ALIASES)
TEXT_FIELDS = ("title", "body", "note")  # fields whose terms are looked up in the body postings


class IndexCorrupt(UserError):
    """The search index is missing or damaged; it is derived data and can be rebuilt."""


class IndexLocked(UserError):
    """Another process holds the search index's writer lock."""


class IndexDiskFull(UserError):
    """The disk holding the search index is full; the index is behind, the library is not."""


_DISK_FULL = {errno.ENOSPC} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())


def _disk_full(root: Path, exc: OSError) -> IndexDiskFull | None:
    """The error to raise for a write that failed because the disk is full (None otherwise)."""
    if exc.errno not in _DISK_FULL:
        return None
    return IndexDiskFull(
        f"The disk holding the search index ({root}) is full, so the index could not be "
        "updated. Free some disk space; the index is then rebuilt from the library the next "
        "time it is used. Your letters and annotations are unchanged.",
        code="index-disk-full", root=str(root))


# --------------------------------------------------------------------------- analysis

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_STOP_WORDS = frozenset(stoplists["nl"])
_STEMMER = DutchStemmer()
_TERM_CACHE: dict[str, str | None] = {}
_PAIR_SEP = " "


def fold(text: str) -> str:
    """Lowercase and strip accents: ``Coördinatoren`` -> ``coordinatoren``."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def index_term(word: str) -> str | None:
    """The indexed form of one word: folded and stemmed, or None for a stop word."""
    term = _TERM_CACHE.get(word, "")
    if term != "":
        return term
    folded = fold(word)
    if folded in _STOP_WORDS:
        term = None
    else:
        term = _STEMMER.stem(folded) if len(folded) > 2 and not folded.isdigit() else folded
    if len(_TERM_CACHE) > 500_000:
        _TERM_CACHE.clear()
    _TERM_CACHE[word] = term
    return term


def analyse(text: str) -> list[tuple[str, int, int, int]]:
    """``(term, position, start, end)`` for every indexed word; stop words leave no gap."""
    out = []
    pos = 0
    for m in _WORD_RE.finditer(text):
        term = index_term(m.group())
        if term is not None:
            out.append((term, pos, m.start(), m.end()))
            pos += 1
    return out


_LAST: list[Any] = [None, None]  # one-entry cache: body and pairs analyse the same string


def _analysed(text: str) -> list[tuple[str, int, int, int]]:
    if _LAST[0] is not text:
        _LAST[1] = analyse(text)
        _LAST[0] = text
    return _LAST[1]


class DutchTokenizer(Tokenizer):
    """Whoosh tokenizer doing the whole Dutch analysis in one pass (see :func:`analyse`)."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:  # prefix/wildcard text: fold only, never stem
            t.original = t.text = fold(value)
            t.boost, t.stopped = 1.0, False
            t.pos, t.startchar, t.endchar = start_pos, start_char, start_char + len(value)
            yield t
            return
        for term, pos, start, end in _analysed(value):
            t.text = term
            t.boost, t.stopped = 1.0, False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class PairTokenizer(Tokenizer):
    """Adjacent analysed words joined as one term, for fast phrase search."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 removestops: bool = True, mode: str = "", **kwargs: Any) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode)
        words = _analysed(value)
        for i in range(len(words) - 1):
            t.text = words[i][0] + _PAIR_SEP + words[i + 1][0]
            t.boost, t.stopped = 1.0, False
            if positions:
                t.pos = i
            if chars:
                t.startchar, t.endchar = words[i][2], words[i + 1][3]
            yield t


def _name_analyzer() -> Any:
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


def build_schema() -> Schema:
    """The index schema; bump :data:`SCHEMA_VERSION` whenever it changes."""
    dutch = DutchTokenizer()
    return Schema(
        uid=ID(unique=True, stored=True),
        kind=ID(stored=True),
        group=ID(),  # "L:<id>" for a letter and its commitments, "A:<id>" for annotations
        letter_id=ID(stored=True),
        title=TEXT(analyzer=dutch, stored=True, field_boost=2.0),
        body=TEXT(analyzer=dutch, stored=True, chars=True),
        pairs=TEXT(analyzer=PairTokenizer(), phrase=False),
        note=TEXT(analyzer=dutch, stored=True),
        tags=KEYWORD(lowercase=True, commas=True, stored=True),
        dossier=KEYWORD(lowercase=True, stored=True),
        dossier_facet=ID(stored=True),
        number=ID(stored=True),
        signatory=TEXT(analyzer=_name_analyzer(), stored=True),
        signatory_facet=KEYWORD(commas=True),
        role=TEXT(analyzer=_name_analyzer(), stored=True),
        date=ID(stored=True, sortable=True),
        day=NUMERIC(int, bits=32, signed=False),  # yyyymmdd, for date queries
        year=ID(stored=True),
        vergaderjaar=ID(stored=True),
        kinds=KEYWORD(lowercase=True),
        start=NUMERIC(stored=True),
        end=NUMERIC(stored=True),
        ref=STORED(),
    )


# --------------------------------------------------------------------------- documents


def _year(date: str | None) -> str | None:
    return date[:4] if date and len(date) >= 4 and date[:4].isdigit() else None


def _dossier_terms(dossier: str | None) -> str | None:
    """Index "21501-02" also as "21501", so ``dossier:21501`` finds it."""
    if not dossier:
        return None
    value = dossier.replace(" ", "")
    main = value.split("-")[0]
    return value if main == value else f"{value} {main}"


def _signatories(letter: Letter) -> list[str]:
    raw = letter.metadata.signatory or ""
    return [name.strip() for name in raw.split(";") if name.strip()]


def _common_fields(letter: Letter) -> dict[str, Any]:
    """Metadata fields every document of a letter carries, so field filters work in any scope."""
    meta = letter.metadata
    title = " — ".join(t for t in dict.fromkeys([meta.title, meta.subject]) if t)
    kinds = sorted({c.kind for c in letter.commitments})
    kind_words = [k for k in KIND_NAMES if KIND_NAMES[k] in kinds]
    doc = {
        "letter_id": letter.id,
        "title": title or None,
        "dossier": _dossier_terms(meta.dossier),
        "dossier_facet": meta.dossier.replace(" ", "") if meta.dossier else None,
        "number": meta.number,
        "signatory": meta.signatory,
        "signatory_facet": ",".join(_signatories(letter)) or None,
        "role": meta.signatory_role,
        "date": meta.date,
        "year": _year(meta.date),
        "day": _day_bound(meta.date, False) if _year(meta.date) else None,
        "vergaderjaar": meta.vergaderjaar,
        "kinds": " ".join(kind_words) or None,
    }
    return {k: v for k, v in doc.items() if v is not None}


def letter_documents(letter: Letter) -> Iterator[dict[str, Any]]:
    """The index documents of one letter: the letter itself and each commitment."""
    common = _common_fields(letter)
    yield {**common, "uid": letter.id, "kind": "letter", "group": f"L:{letter.id}",
           "body": letter.text, "pairs": letter.text, "start": 0, "end": len(letter.text)}
    for i, c in enumerate(letter.commitments):
        # Index the letter's own slice so postings offsets + start index Letter.text exactly.
        text = letter.text[c.start:c.end]
        yield {**common, "uid": f"{letter.id}#c{i}", "kind": "commitment",
               "group": f"L:{letter.id}", "body": text, "pairs": text,
               "start": c.start, "end": c.end, "ref": str(i)}


# Letter metadata copied onto annotation documents, so field filters and date sorting work in
# the annotations scope (commitment kinds are left out: they describe the letter's text).
_ANNOTATION_LETTER_FIELDS = ("title", "dossier", "dossier_facet", "number", "signatory",
                             "signatory_facet", "role", "date", "year", "day", "vergaderjaar")


def _letter_fields(common: dict[str, Any]) -> dict[str, Any]:
    """The letter metadata an annotation document carries, from :func:`_common_fields`."""
    return {k: common[k] for k in _ANNOTATION_LETTER_FIELDS if common.get(k) is not None}


def _letter_fields_from_stored(stored: dict[str, Any] | None) -> dict[str, Any]:
    """The same fields rebuilt from an indexed letter document's stored fields."""
    if not stored:
        return {}
    fields = {k: stored[k] for k in _ANNOTATION_LETTER_FIELDS if stored.get(k) is not None}
    names = [n.strip() for n in (stored.get("signatory") or "").split(";") if n.strip()]
    if names:
        fields["signatory_facet"] = ",".join(names)
    if _year(stored.get("date")):
        fields["day"] = _day_bound(stored["date"], False)
    return {k: v for k, v in fields.items() if v is not None}


def annotation_documents(letter_id: str, annotations: list[dict],
                         letter_fields: dict[str, Any] | None = None
                         ) -> Iterator[dict[str, Any]]:
    """Index documents for a letter's annotations (note, tags and quoted text).

    ``letter_fields`` (see :func:`_letter_fields`) adds the letter's title, date, dossier …
    """
    for a in annotations:
        quote = a.get("quote") or ""
        tags = [t.strip() for t in a.get("tags") or [] if t and t.strip()]
        doc = {**(letter_fields or {}),
               "uid": f"{letter_id}#a{a['id']}", "kind": "annotation", "group": f"A:{letter_id}",
               "letter_id": letter_id, "body": quote, "pairs": quote,
               "note": a.get("note") or None, "tags": ",".join(tags) or None,
               "start": int(a.get("start") or 0), "end": int(a.get("end") or 0),
               "ref": str(a["id"])}
        yield {k: v for k, v in doc.items() if v is not None}


# --------------------------------------------------------------------------- storage


@dataclass
class _Meta:
    schema_version: int
    library_state: str | None
    generation: str
    annotations_token: str | None = None


class _Store:
    """The index directory: ``CURRENT`` names the live generation directory ``gen-*``."""

    def __init__(self, root: Path):
        self.root = root

    @property
    def current_file(self) -> Path:
        return self.root / "CURRENT"

    def current(self) -> str | None:
        try:
            name = self.current_file.read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name or None

    def meta(self, generation: str) -> _Meta | None:
        try:
            data = json.loads((self.root / generation / "meta.json").read_text("utf-8"))
            token = data.get("annotations_token")
            return _Meta(int(data["schema_version"]), data.get("library_state"), generation,
                         token if isinstance(token, str) else None)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def update_meta(self, generation: str, **changes: Any) -> None:
        """Change some meta values, keeping the others (the schema version in particular:
        an incremental write must not make an index of another version look current)."""
        path = self.root / generation / "meta.json"
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        data.setdefault("schema_version", SCHEMA_VERSION)
        data.update(changes, written_at=time.strftime("%Y-%m-%dT%H:%M:%S"))
        _atomic_write(path, json.dumps(data))

    def new_generation(self) -> tuple[str, Path]:
        name = f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        path = self.root / (name + ".tmp")
        path.mkdir(parents=True)
        return name, path

    def publish(self, name: str, tmp_path: Path) -> None:
        """Make a finished generation live (rename, then swap ``CURRENT`` atomically)."""
        os.replace(tmp_path, self.root / name)
        _atomic_write(self.current_file, name)
        self.cleanup(keep=name)

    def cleanup(self, keep: str | None) -> None:
        """Remove old and abandoned generations; ones still open elsewhere are retried later."""
        for path in self.root.glob("gen-*"):
            if path.name != keep:
                shutil.rmtree(path, ignore_errors=True)


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{uuid.uuid4().hex[:6]}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)  # a disk-full write leaves no half file behind
        raise


class _WriteLock:
    """Cross-process writer lock (a file lock in the index directory) plus a thread lock."""

    def __init__(self, root: Path, timeout: float):
        self.root = root
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._file_lock: FileLock | None = None
        self._depth = 0

    def __enter__(self) -> _WriteLock:
        if not self._thread_lock.acquire(timeout=self.timeout):
            raise IndexLocked("The search index is busy with another update; try again shortly.",
                              code="index-busy")
        if self._depth == 0:
            try:
                self._acquire_file_lock()
            except BaseException:
                self._thread_lock.release()
                raise
        self._depth += 1
        return self

    def _acquire_file_lock(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.root / "WRITE.lock"))
        deadline = time.monotonic() + self.timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexLocked(
                    f"The search index in {self.root} is being updated by another program "
                    f"(waited {self.timeout:.0f} s). Close the other copy of the app or wait "
                    "until its indexing has finished, then try again.",
                    code="index-in-use", seconds=round(self.timeout))
            time.sleep(0.05)
        self._file_lock = lock

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None
        self._thread_lock.release()


# --------------------------------------------------------------------------- the index


class SearchIndex:
    """The library's full-text index in ``index_dir`` (derived data: it can always be rebuilt)."""

    def __init__(self, index_dir: Path, *, lock_timeout: float = LOCK_TIMEOUT):
        self.root = Path(index_dir)
        self._store = _Store(self.root)
        self._lock = _WriteLock(self.root, lock_timeout)
        self._local = threading.local()
        self._open: list[Any] = []  # every searcher handed out, closed by close()
        self._open_lock = threading.Lock()
        self.schema = build_schema()
        self._parsers: dict[str, MultifieldParser] = {}
        self._segment_tables: dict[str, dict] = {}  # segment name -> _segment_table()
        self._segment_lengths: dict[tuple[str, str], list[int]] = {}  # (segment, field) ->

    # ---- state

    def state(self) -> str | None:
        """The library-state token stored at the last commit, or None without a usable index."""
        generation = self._store.current()
        meta = self._store.meta(generation) if generation else None
        return meta.library_state if meta else None

    def annotations_token(self) -> str | None:
        """The annotation-store token recorded by :meth:`replace_annotations` or
        :meth:`rebuild`, or None when none was recorded (or there is no usable index)."""
        generation = self._store.current()
        meta = self._store.meta(generation) if generation else None
        return meta.annotations_token if meta else None

    def needs_rebuild(self, library_state: str) -> bool:
        """True when the index is missing, of another schema version, corrupt or stale."""
        generation = self._store.current()
        meta = self._store.meta(generation) if generation else None
        if meta is None or meta.schema_version != SCHEMA_VERSION:
            return True
        if meta.library_state != library_state:
            return True
        try:
            ix = whoosh_index.open_dir(str(self.root / generation), schema=self.schema)
            with ix.searcher() as searcher:
                searcher.doc_count_all()
                searcher.reader().doc_frequency("kind", "letter")
            ix.close()
        except Exception:  # noqa: BLE001 - any failure to read means "rebuild"
            return True
        return False

    # ---- writing

    def rebuild(self, letters: Iterable[Letter], *, library_state: str,
                total: int | None = None,
                progress: Callable[[int, int], None] = lambda done, total: None,
                cancelled: Callable[[], bool] = lambda: False,
                annotations: Iterable[dict] = (), annotations_token: str | None = None,
                procs: int | None = None) -> bool:
        """Build a fresh index from ``letters`` next to the live one and swap it in atomically.

        Searches keep using the old index meanwhile. Returns False when cancelled (the old
        index is left untouched). ``annotations`` are dicts as for :meth:`replace_annotations`;
        ``annotations_token`` is recorded as :meth:`annotations_token` (None: unknown).
        """
        with self._lock:
            try:
                return self._rebuild(letters, library_state, total, progress, cancelled,
                                     annotations, annotations_token, procs)
            except OSError as exc:
                full = _disk_full(self.root, exc)
                if full is None:
                    raise
                raise full from exc

    def _rebuild(self, letters: Iterable[Letter], library_state: str, total: int | None,
                 progress: Callable[[int, int], None], cancelled: Callable[[], bool],
                 annotations: Iterable[dict], annotations_token: str | None,
                 procs: int | None) -> bool:
        self.root.mkdir(parents=True, exist_ok=True)
        self._store.cleanup(keep=self._store.current())
        name, tmp = self._store.new_generation()
        try:
            done = self._fill(tmp, letters, annotations, total, progress, cancelled, procs)
            if done is not None:
                _atomic_write(tmp / "meta.json", json.dumps(
                    {"schema_version": SCHEMA_VERSION, "library_state": library_state,
                     "annotations_token": annotations_token, "letters": done,
                     "written_at": time.strftime("%Y-%m-%dT%H:%M:%S")}))
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        if done is None:
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        self._store.publish(name, tmp)
        return True

    def _fill(self, path: Path, letters: Iterable[Letter], annotations: Iterable[dict],
              total: int | None, progress: Callable[[int, int], None],
              cancelled: Callable[[], bool], procs: int | None) -> int | None:
        """Write all documents into a new index at ``path``; None when cancelled."""
        ix = whoosh_index.create_in(str(path), self.schema)
        total = total if total is not None else (len(letters) if hasattr(letters, "__len__")
                                                 else 0)
        procs = procs if procs is not None else (min(2, os.cpu_count() or 1)
                                                 if total >= 500 else 1)
        if procs > 1:
            writer = ix.writer(procs=procs, multisegment=True, limitmb=128, compound=False)
        else:
            writer = ix.writer(limitmb=256, compound=False)
        by_letter: dict[str, list[dict]] = {}
        for a in annotations:
            by_letter.setdefault(a["letter_id"], []).append(a)
        done = 0
        try:
            for letter in letters:
                if done % 25 == 0 and cancelled():
                    writer.cancel()
                    return None
                for doc in letter_documents(letter):
                    writer.add_document(**doc)
                items = by_letter.pop(letter.id, None)
                if items:
                    fields = _letter_fields(_common_fields(letter))
                    for doc in annotation_documents(letter.id, items, fields):
                        writer.add_document(**doc)
                done += 1
                progress(done, max(total, done))
            for letter_id, items in by_letter.items():  # annotations of letters not indexed
                for doc in annotation_documents(letter_id, items):
                    writer.add_document(**doc)
            writer.commit()
        finally:
            ix.close()
        return done

    def _writer_index(self) -> Any:
        generation = self._store.current()
        if generation is None or self._store.meta(generation) is None:
            raise IndexCorrupt(
                f"There is no search index in {self.root} yet; it is built from the library.",
                code="index-missing", root=str(self.root))
        try:
            return whoosh_index.open_dir(str(self.root / generation), schema=self.schema)
        except Exception as exc:  # noqa: BLE001
            raise IndexCorrupt(f"The search index in {self.root} is damaged ({exc}); "
                               "it will be rebuilt from the library.", code="index-damaged",
                               root=str(self.root), detail=str(exc)) from exc

    def _write(self, change: Callable[[Any], None], **meta: Any) -> None:
        """Run ``change(writer)`` in one committed transaction, then record ``meta`` values
        (``library_state``, ``annotations_token``); other meta values are kept."""
        from whoosh.index import LockError

        with self._lock:
            ix = self._writer_index()
            try:
                try:
                    writer = ix.writer(timeout=self._lock.timeout, delay=0.05,
                                       compound=False)
                except LockError as exc:
                    raise IndexLocked(
                        f"The search index in {self.root} is locked by another program; "
                        "wait until it has finished indexing, then try again.",
                        code="index-locked") from exc
                with writer:
                    change(writer)
                self._store.update_meta(self._store.current() or "", **meta)
            except OSError as exc:
                # The meta values are not recorded, so the index counts as stale (letters)
                # or behind (annotations) and is brought up to date on a later use.
                full = _disk_full(self.root, exc)
                if full is None:
                    raise
                raise full from exc
            finally:
                ix.close()

    def update(self, letters: Iterable[Letter], *, library_state: str) -> None:
        """Add letters, or replace them (and their commitments) when already indexed."""

        def change(writer: Any) -> None:
            for letter in letters:
                writer.delete_by_term("group", f"L:{letter.id}")
                for doc in letter_documents(letter):
                    writer.add_document(**doc)

        self._write(change, library_state=library_state)

    def delete(self, ids: Iterable[str], *, library_state: str) -> None:
        """Remove letters with their commitments and annotations."""

        def change(writer: Any) -> None:
            for letter_id in ids:
                writer.delete_by_term("letter_id", letter_id)

        self._write(change, library_state=library_state)

    def update_annotations(self, letter_id: str, annotations: list[dict], *,
                           library_state: str | None) -> None:
        """Replace the indexed annotations of one letter."""

        def change(writer: Any) -> None:
            writer.delete_by_term("group", f"A:{letter_id}")
            fields = _letter_fields_from_stored(writer.searcher().document(uid=letter_id))
            for doc in annotation_documents(letter_id, annotations, fields):
                writer.add_document(**doc)

        self._write(change, library_state=library_state)

    def replace_annotations(self, annotations: list[dict], *, library_state: str | None = None,
                            token: str) -> None:
        """Replace every indexed annotation by ``annotations`` in one transaction.

        Each dict has ``id``, ``letter_id``, ``quote``, ``note``, ``tags`` (list of str),
        ``start`` and ``end``; the letter's title, date, dossier … are taken from its indexed
        letter document. ``token`` (the annotation store's state) is recorded for
        :meth:`annotations_token`. The library state is changed only when ``library_state``
        is given, so a stale letter index stays stale. Letters and commitments are untouched.
        Raises :class:`IndexCorrupt` without a usable index, :class:`IndexLocked` when busy.
        """
        by_letter: dict[str, list[dict]] = {}
        for a in annotations:
            by_letter.setdefault(str(a["letter_id"]), []).append(a)

        def change(writer: Any) -> None:
            writer.delete_by_term("kind", "annotation")
            searcher = writer.searcher()
            for letter_id, items in by_letter.items():
                fields = _letter_fields_from_stored(searcher.document(uid=letter_id))
                for doc in annotation_documents(letter_id, items, fields):
                    writer.add_document(**doc)

        meta: dict[str, Any] = {"annotations_token": token}
        if library_state is not None:
            meta["library_state"] = library_state
        self._write(change, **meta)

    # ---- reading

    def _searcher(self) -> Any:
        """This thread's cached searcher, reopened after a swap and refreshed after commits."""
        generation = self._store.current()
        local = self._local
        cached = getattr(local, "searcher", None)
        # A fresh searcher after a commit: Searcher.refresh() reuses segment readers and
        # was seen to keep a segment's old deletion list (a replaced letter still matched).
        if cached is not None and local.generation == generation and cached.up_to_date():
            return cached
        if cached is not None:
            cached.close()  # this thread's own searcher; it is replaced below
            local.searcher = None
        if generation is None or self._store.meta(generation) is None:
            raise IndexCorrupt(f"There is no search index in {self.root} yet; "
                               "it is being built from the library.",
                               code="index-missing", root=str(self.root))
        try:
            ix = whoosh_index.open_dir(str(self.root / generation), schema=self.schema)
            searcher = ix.searcher(weighting=_CachedLengthsBM25F(self._lengths))
        except Exception as exc:  # noqa: BLE001
            raise IndexCorrupt(f"The search index in {self.root} is damaged ({exc}); "
                               "it will be rebuilt from the library.", code="index-damaged",
                               root=str(self.root), detail=str(exc)) from exc
        local.searcher, local.generation = searcher, generation
        self._track(searcher)
        return searcher

    def search(self, query: str, *, limit: int = 20, offset: int = 0, sort: str = "relevance",
               scope: str = "letters", filters: dict | None = None,
               snippets_for: int = 20) -> SearchResult:
        """Search; a malformed query gets ``error`` set and a best-effort result."""
        started = time.perf_counter()
        if sort not in SORTS:
            raise UserError(f"Unknown sort '{sort}'; use one of: {', '.join(SORTS)}.")
        if scope not in SCOPES:
            raise UserError(f"Unknown scope '{scope}'; use one of: {', '.join(SCOPES)}.")
        text, error = clean_query(query)
        if not text.strip():
            return SearchResult(query=query, total=0, facets={}, error=error)
        searcher = self._searcher()
        options = dict(limit=limit, offset=offset, sort=sort, scope=scope, filters=filters,
                       snippets_for=snippets_for)
        with _SharedBlocks():
            try:
                return self._search(searcher, query, text, error, started, **options)
            except RecursionError:  # too deeply nested for Whoosh: its words instead, below
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

    def _search(self, searcher: Any, query: str, text: str, error: str | None,
                started: float, *, limit: int, offset: int, sort: str, scope: str,
                filters: dict | None, snippets_for: int, suggest: bool = True) -> SearchResult:
        q, plan, parse_error = self._build_query(searcher, text, scope, filters)
        error = join_messages((error, parse_error))
        allowed = self._scope_docs(searcher, scope)
        # Top N by Whoosh (block-max quality skips most postings of frequent words); the
        # total and facets by set algebra on postings, never a second scored pass.
        page = _top(searcher, q, allowed, offset, limit, sort)
        docnums = matching_docs(searcher, q, allowed)
        hits = self._hits(searcher, page, plan, snippets_for)
        suggestion = None
        if not docnums and suggest:
            suggestion = self._suggest(searcher, query, scope)
        facets = _count_facets(*self._facets(searcher), docnums)
        return SearchResult(query=query, total=len(docnums), hits=tuple(hits), facets=facets,
                            suggestion=suggestion, error=error,
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
        error = join_messages(dict.fromkeys(problems))  # once, not per field searched
        plan = _Plan()
        q = rewrite(parsed, searcher.reader(), plan)
        parts = [q]
        for name, value in (filters or {}).items():
            fieldname = FACETS.get(name, name)
            if value is not None and fieldname in self.schema:
                parts.append(wq.Term(fieldname, str(value)))
        return (wq.And(parts) if len(parts) > 1 else q), plan, error

    def _hits(self, searcher: Any, page: list[tuple[int, float]], plan: _Plan,
              snippets_for: int) -> list[SearchHit]:
        visible = [d for d, _ in page[:max(0, snippets_for)]]
        terms = plan.terms | {w for words in plan.phrases for w in words}
        found = _term_positions(searcher.reader(), terms, visible) if visible else {}
        return [_hit(searcher, d, s, found.get(d), plan if d in found else None)
                for d, s in page]

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
        local = self._local
        cached = getattr(local, "tables", None)
        if cached is not None and cached[0] is searcher:
            return cached[1]
        facets: dict[str, dict[int, list[str]]] = {name: {} for name in FACETS}
        scopes: dict[str, set[int]] = {name: set() for name in _SCOPE_KINDS if name != "all"}
        live = set()
        for reader, offset in searcher.reader().leaf_readers():
            key = _segment_key(reader)
            table = self._segment_tables.get(key) if key else None
            if table is None:
                table = _segment_table(reader)
                if key:
                    self._segment_tables[key] = table
            live.add(key)
            for fieldname in SCORED_FIELDS:
                self._lengths(reader, fieldname)
            for name in FACETS:
                facets[name].update((d + offset, v) for d, v in table[name].items())
            for scope, kinds in _SCOPE_KINDS.items():
                if scope != "all":
                    for kind in kinds:
                        scopes[scope].update(d + offset for d in table["kind:" + kind])
        for key in list(self._segment_tables):
            if key not in live:  # merged away
                self._segment_tables.pop(key, None)
        for key in list(self._segment_lengths):
            if key[0] not in live:
                self._segment_lengths.pop(key, None)
        masks = {name: _value_masks(per_doc) for name, per_doc in facets.items()}
        local.tables = (searcher, (facets, scopes, masks))
        return facets, scopes, masks

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

    def _track(self, searcher: Any) -> None:
        with self._open_lock:
            self._open.append(searcher)

    def close(self) -> None:
        """Close every searcher this object opened."""
        with self._open_lock:
            for searcher in self._open:
                try:
                    searcher.close()
                except Exception:  # noqa: BLE001, S110 - closing is best effort
                    pass
            self._open.clear()
        self._local = threading.local()


# --------------------------------------------------------------------------- query text

_OPERATORS = {"AND", "OR", "NOT", "EN", "OF", "NIET", "ANDNOT", "ANDMAYBE", "REQUIRE"}
_NEGATIONS = {"NOT", "NIET"}
_FIELD_RE = re.compile(r"(?<![\w\"])([A-Za-z_]+):")
_QUERY_TOKEN_RE = re.compile(r'"[^"]*"|[()]|[^\s()"]+')  # a phrase, a parenthesis or a word
MAX_PHRASE_WORDS = 64  # longer phrases are cut (a phrase of thousands of words exhausted the
MAX_QUERY_WORDS = 256  # Python stack in Whoosh's matchers); so are longer queries, and
MAX_QUERY_CHARS = 4000  # queries longer than this (Whoosh's parser slows down quadratically)


def _outside_quotes(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` outside double quotes."""
    spans, start, inside = [], 0, False
    for i, ch in enumerate(text):
        if ch == '"':
            if not inside:
                spans.append((start, i))
            else:
                start = i + 1
            inside = not inside
    if not inside:
        spans.append((start, len(text)))
    return spans


def _fix_quotes(text: str, problems: list[str]) -> str:
    if text.count('"') % 2:
        i = text.rfind('"')
        text = text[:i] + " " + text[i + 1:]
        problems.append(Message("a quote (\") is not closed", "open-quote"))
    return text


def _fix_pairs(text: str, opening: str, closing: str, what: str, problems: list[str]) -> str:
    """Drop unmatched brackets (outside quotes)."""
    chars, stack, bad = list(text), [], []
    inside = False
    for i, ch in enumerate(chars):
        if ch == '"':
            inside = not inside
        elif inside:
            continue
        elif ch == opening:
            stack.append(i)
        elif ch == closing:
            if stack:
                stack.pop()
            else:
                bad.append(i)
    bad += stack
    for i in bad:
        chars[i] = " "
    if bad:
        problems.append(Message(f"unmatched {what}", f"unmatched-{what}"))
    return "".join(chars)


def _fix_fields(text: str, problems: list[str]) -> str:
    """Lowercase known field names; turn unknown ``name:`` and empty ``name:`` into words."""
    out, last = [], 0
    spans = _outside_quotes(text)
    for m in _FIELD_RE.finditer(text):
        if not any(s <= m.start() < e for s, e in spans):
            continue
        name = m.group(1).lower()
        after = text[m.end():m.end() + 1]
        out.append(text[last:m.start()])
        if name not in QUERY_FIELDS:
            problems.append(Message(f"unknown field '{m.group(1)}' (ignored)", "unknown-field",
                                    field=m.group(1)))
            out.append(" ")
        elif after in ("", " "):
            problems.append(Message(f"'{m.group(0)}' has no value", "no-value",
                                    field=m.group(0)))
            out.append(" ")
        else:
            out.append(name + ":")
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _cap_phrases(text: str, problems: list[str]) -> str:
    """Cut quoted phrases to :data:`MAX_PHRASE_WORDS` words (quotes are balanced here)."""
    longest = 0

    def cut(m: re.Match[str]) -> str:
        nonlocal longest
        inner = m.group()[1:-1]
        words = list(_WORD_RE.finditer(inner))
        if len(words) <= MAX_PHRASE_WORDS:
            return m.group()
        longest = max(longest, len(words))
        return '"' + inner[:words[MAX_PHRASE_WORDS - 1].end()] + '"'

    text = re.sub(r'"[^"]*"', cut, text)
    if longest:
        problems.append(Message(
            f"a phrase of {longest} words is too long; searched for its first "
            f"{MAX_PHRASE_WORDS} words", "long-phrase", words=longest, maximum=MAX_PHRASE_WORDS))
    return text


def _closers(text: str) -> str:
    """What closes the quote and brackets left open at the end of ``text``."""
    stack: list[str] = []
    inside = False
    for ch in text:
        if ch == '"':
            inside = not inside
        elif inside:
            continue
        elif ch in "([{":
            stack.append(")" if ch == "(" else "]")
        elif ch in ")]}" and stack:
            stack.pop()
    return ('"' if inside else "") + "".join(reversed(stack))


def _cap_length(text: str, problems: list[str]) -> str:
    """Cut the query after :data:`MAX_QUERY_WORDS` words or :data:`MAX_QUERY_CHARS`
    characters (at a space where there is one), closing what was left open."""
    end = len(text)
    if end > MAX_QUERY_CHARS:
        space = text.rfind(" ", MAX_QUERY_CHARS // 2, MAX_QUERY_CHARS + 1)
        end = space if space > 0 else MAX_QUERY_CHARS
    count = 0
    for m in _WORD_RE.finditer(text, 0, end):
        count += 1
        if count == MAX_QUERY_WORDS:
            end = m.end()
            break
    if end == len(text):
        return text
    text = text[:end]
    problems.append(Message(
        f"the query is too long (at most {MAX_QUERY_WORDS} words and {MAX_QUERY_CHARS} "
        "characters); searched for its start only", "long-query", words=MAX_QUERY_WORDS,
        characters=MAX_QUERY_CHARS))
    return text + _closers(text)


def _operator_kind(token: str) -> str:
    if token in _NEGATIONS:
        return "not"
    if token in _OPERATORS:
        return "op"
    return {"(": "open", ")": "close"}.get(token, "word")


def _fix_operators(text: str, problems: list[str]) -> str:
    """``-word`` means NOT; drop operators with nothing to combine.

    A binary operator needs something on both sides, NOT something after it, within the
    query or the parenthesised group; a binary operator right after another operator (``a
    REQUIRE ANDMAYBE b``, ``a OR OR b``, ``a NOT OR b``) is dropped too. Phrases are left as
    they are. Kept operators get spaces around them, as the parser needs.
    """
    spans = _outside_quotes(text)
    pieces, last = [], 0
    for start, end in spans:  # "-word" -> "NOT word", outside phrases only
        pieces.append(text[last:start])
        pieces.append(re.sub(r"(^|(?<=[\s(]))-(?=[\w\"(])", "NOT ", text[start:end]))
        last = end
    text = "".join(pieces) + text[last:]
    matches = list(_QUERY_TOKEN_RE.finditer(text))
    tokens = [m.group() for m in matches]
    kinds = [_operator_kind(t) for t in tokens]
    dropped: set[int] = set()
    kept: list[int] = []
    for i, kind in enumerate(kinds):
        if kind == "op" and (not kept or kinds[kept[-1]] == "open"):
            problems.append(Message(f"'{tokens[i]}' at the start has nothing to combine",
                                    "operator-at-start", operator=tokens[i]))
            dropped.add(i)
        elif kind == "op" and kinds[kept[-1]] in ("op", "not"):
            previous = tokens[kept[-1]]
            problems.append(Message(
                f"'{tokens[i]}' right after '{previous}' has nothing to combine (ignored)",
                "operator-repeated", operator=tokens[i], previous=previous))
            dropped.add(i)
        else:
            kept.append(i)
    following = None
    for i in reversed(kept):
        if kinds[i] in ("op", "not") and following in (None, "close"):
            problems.append(Message(f"'{tokens[i]}' at the end has nothing to combine",
                                    "operator-at-end", operator=tokens[i]))
            dropped.add(i)
            continue
        following = kinds[i]
    out, last = [], 0
    for i, m in enumerate(matches):
        out.append(text[last:m.start()])
        if i in dropped:
            out.append(" ")
        elif kinds[i] in ("op", "not"):
            out.append(f" {m.group()} ")
        else:
            out.append(m.group())
        last = m.end()
    out.append(text[last:])
    return " ".join("".join(out).split())


def clean_query(text: str) -> tuple[str, str | None]:
    """A query Whoosh can parse, and a message describing what was wrong with ``text``."""
    problems: list[Message] = []
    text = _fix_quotes(text.strip(), problems)
    text = _fix_pairs(text, "(", ")", "parenthesis", problems)
    text = _fix_pairs(text, "[", "]", "bracket", problems)
    text = _cap_phrases(text, problems)
    text = _cap_length(text, problems)
    text = _fix_fields(text, problems)
    text = _fix_operators(text, problems)
    if not problems:
        return text, None
    problems = list(dict.fromkeys(problems))  # "'OR' at the end …" once, however often
    return text, Message("Query not understood completely: " + "; ".join(problems)
                         + ". Showing results for what could be read.", "partly-understood",
                         problems)


def plain_words(text: str) -> str:
    """The words of a query without its operators, syntax and field names (at most
    :data:`MAX_QUERY_WORDS`): what is searched when the query itself cannot be."""
    words = (w for w in _WORD_RE.findall(_FIELD_RE.sub(" ", text)) if w not in _OPERATORS)
    return " ".join(list(words)[:MAX_QUERY_WORDS])


def _parse(parser: MultifieldParser, text: str, problems: list[str]) -> wq.Query:
    """Parse ``text``; when the parser fails, its plain words; failing that, nothing."""
    try:
        return parser.parse(text)
    except Exception:  # noqa: BLE001 - any parser failure (Whoosh asserts, deep nesting …)
        pass
    try:
        parsed = parser.parse(plain_words(text))
    except Exception:  # noqa: BLE001
        problems.append(NOT_SEARCHABLE)
        return wq.NullQuery
    problems.append(Message("Query not understood; searched for its words instead.",
                            "not-understood"))
    return parsed


NOT_SEARCHABLE = Message("The query could not be searched; try fewer or plainer words.",
                         "not-searchable")


def _make_parser(schema: Schema, fields: list[str]) -> MultifieldParser:
    parser = MultifieldParser(fields, schema, group=AndGroup)
    parser.remove_plugin_class(OperatorsPlugin)
    parser.add_plugin(OperatorsPlugin(
        And=r"(?<=\s)(AND|EN)(?=\s)", Or=r"(?<=\s)(OR|OF)(?=\s)",
        AndNot=r"(?<=\s)ANDNOT(?=\s)", AndMaybe=r"(?<=\s)ANDMAYBE(?=\s)",
        Not=r"(^|(?<=(\s|[()])))(NOT|NIET)(?=\s)", Require=r"(^|(?<=\s))REQUIRE(?=\s)"))
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    return parser


# --------------------------------------------------------------------------- query rewriting


@dataclass
class _Plan:
    """What the rewritten query looks for in the body: single terms and word sequences."""

    terms: set[str] = field(default_factory=set)
    phrases: list[tuple[str, ...]] = field(default_factory=list)


def _top_terms(pairs: Iterable[tuple[str, int]], limit: int = MAX_EXPANSION,
               budget: int | None = None) -> list[str]:
    """The most frequent terms, at most ``limit`` and (beyond the first) ``budget`` postings."""
    out, used = [], 0
    for term, df in sorted(pairs, key=lambda p: -p[1])[:limit]:
        if out and budget is not None and used + df > budget:
            break
        out.append(term)
        used += df
    return out


def _expand_prefix(reader: Any, fieldname: str, prefix: str) -> list[str]:
    """The most frequent terms starting with ``prefix`` (bounded, so ``a*`` stays fast)."""
    found = []
    for i, (term, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
        if i >= 20_000:
            break
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        found.append((text, info.doc_frequency()))
    return _top_terms(found, budget=POSTINGS_BUDGET * max(1, reader.doc_count()))


def _expand_fuzzy(reader: Any, fieldname: str, text: str, maxdist: int, prefix: int) -> list[str]:
    found = [(t, reader.doc_frequency(fieldname, t))
             for t in reader.terms_within(fieldname, text, maxdist, prefix=max(prefix, 1))]
    return _top_terms(found)


def _expand_wildcard(reader: Any, fieldname: str, pattern: str) -> list[str]:
    prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
    regex = re.compile(re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".") + "$")
    found = []
    for i, (term, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
        if i >= 20_000:
            break
        text = term.decode("utf-8") if isinstance(term, bytes) else term
        if regex.match(text):
            found.append((text, info.doc_frequency()))
    return _top_terms(found, budget=POSTINGS_BUDGET * max(1, reader.doc_count()))


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

    def segment_weights(self, reader: Any) -> tuple[list[int], list[float]]:
        """Sorted segment docnums and their summed idf; computed once per segment and query
        (the top-N pass and the total/facets pass both need them)."""
        cache = self.__dict__.setdefault("_segments", {})
        key = id(reader)
        if key not in cache:
            total = max(1, reader.doc_count_all())
            weights: dict[int, float] = {}
            for term in self.terms:
                df = reader.doc_frequency(self.fieldname, term)
                if not df:
                    continue
                idf = math.log(1 + total / df) * self.boost
                for docnum in segment_ids(reader, self.fieldname, term):
                    weights[docnum] = weights.get(docnum, 0.0) + idf
            ids = sorted(weights)
            cache[key] = (reader, ids, [weights[d] for d in ids])  # reader kept: id() stays valid
        return cache[key][1], cache[key][2]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        ids, weights = self.segment_weights(searcher.reader())  # a leaf (segment) searcher
        return _ScoredList(ids, weights) if ids else NullMatcher()


def _or_terms(fieldname: str, terms: list[str], boost: float, plan: _Plan | None) -> wq.Query:
    if not terms:
        return wq.NullQuery
    if plan is not None and fieldname in TEXT_FIELDS:
        plan.terms.update(terms)
    if len(terms) <= 3:
        return wq.Or([wq.Term(fieldname, t) for t in terms], boost=boost)
    return TermUnion(fieldname, terms, boost)


def _rewrite_phrase(q: wq.Phrase, plan: _Plan | None) -> wq.Query:
    words = [w for w in q.words if w]
    if q.fieldname != "body" or not words:
        if plan is not None and q.fieldname in TEXT_FIELDS and words:
            plan.phrases.append(tuple(words))
        return q
    if len(words) == 1:
        if plan is not None:
            plan.terms.add(words[0])
        return wq.Term("body", words[0], boost=q.boost)
    if plan is not None:
        if q.slop > 1:
            plan.terms.update(words)
        else:
            plan.phrases.append(tuple(words))
    if q.slop > 1:
        return wq.And([wq.Term("body", w) for w in words], boost=q.boost)
    pairs = [words[i] + _PAIR_SEP + words[i + 1] for i in range(len(words) - 1)]
    return wq.And([wq.Term("pairs", p) for p in pairs], boost=q.boost)


def _day_bound(value: str | None, upper: bool) -> int | None:
    """``2021`` / ``2021-06`` / ``2021-06-30`` as a yyyymmdd bound (None when open or invalid)."""
    parts = re.findall(r"\d+", value or "")
    if not parts or len(parts[0]) != 4:
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
    day = int(parts[2]) if len(parts) > 2 else (31 if upper else 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year * 10000 + month * 100 + day


_KIND_HELP = ("promise, action, refusal or earlier "
              "(Dutch: toezegging, actie, weigering, eerder)")


def check_values(q: wq.Query, problems: list[str]) -> wq.Query:
    """``q`` with field values that cannot match explained in ``problems`` and left out
    (an invalid date or commitment kind) or bounded (a fuzzy distance above :data:`MAX_FUZZY`).

    Returns ``q`` itself when nothing changed; otherwise the caller should normalize.
    """
    fieldname = getattr(q, "fieldname", None)
    if fieldname == "date" and isinstance(q, (wq.Term, wq.TermRange)):
        values = [str(q.text)] if isinstance(q, wq.Term) else [v for v in (q.start, q.end) if v]
        bad = [v for v in values if _day_bound(v, False) is None]
        if bad or not values:
            value = bad[0] if bad else "*"
            problems.append(Message(
                f"'{value}' is not a date (ignored); write datum:2021, "
                "datum:2021-06, datum:2021-06-30 or datum:[2021-01-01 TO 2021-06-30].",
                "bad-date", value=value))
            return wq.NullQuery
        return q
    if fieldname == "kinds" and isinstance(q, wq.Term) and str(q.text).lower() not in KIND_NAMES:
        problems.append(Message(f"Unknown commitment kind '{q.text}' (ignored); use "
                                f"{_KIND_HELP}.", "unknown-kind", kind=str(q.text)))
        return wq.NullQuery
    if isinstance(q, wq.FuzzyTerm):
        if q.maxdist > MAX_FUZZY:
            problems.append(Message(
                f"Fuzzy search allows at most {MAX_FUZZY} differences: searched for "
                f"'{q.text}~{MAX_FUZZY}' instead of '{q.text}~{q.maxdist}'.",
                "fuzzy-limit", word=str(q.text), maximum=MAX_FUZZY, asked=q.maxdist))
            q = q.copy()
            q.maxdist = MAX_FUZZY
        return q
    if q.is_leaf():
        return q
    children = list(q.children())
    checked = [check_values(child, problems) for child in children]
    if all(a is b for a, b in zip(children, checked, strict=True)):
        return q
    replacements = dict(zip(map(id, children), checked, strict=True))
    return q.apply(lambda child: replacements.get(id(child), child))


def _rewrite_date(q: wq.Query) -> wq.Query:
    """Dates become ranges on the numeric ``day`` field (few trie terms, so fast)."""
    if isinstance(q, wq.Term):
        lo, hi = _day_bound(str(q.text), False), _day_bound(str(q.text), True)
        if lo is None:
            return wq.NullQuery
        return wq.NumericRange("day", lo, hi, constantscore=True)
    lo, hi = _day_bound(q.start, False), _day_bound(q.end, True)
    if lo is None and hi is None:
        return wq.NullQuery
    return wq.NumericRange("day", lo, hi, startexcl=q.startexcl, endexcl=q.endexcl,
                           constantscore=True)


def rewrite(q: wq.Query, reader: Any, plan: _Plan | None) -> wq.Query:
    """Make ``q`` fast on this index; record body terms/phrases in ``plan`` (None when negated)."""
    if isinstance(q, wq.Not):
        return wq.Not(rewrite(q.query, reader, None))
    if isinstance(q, wq.AndNot):
        return wq.AndNot(rewrite(q.a, reader, plan), rewrite(q.b, reader, None))
    fieldname = getattr(q, "fieldname", None)
    if fieldname == "date" and isinstance(q, (wq.Term, wq.TermRange)):
        return _rewrite_date(q)
    if isinstance(q, wq.Phrase):
        return _rewrite_phrase(q, plan)
    if isinstance(q, wq.FuzzyTerm):
        text = (index_term(q.text) or q.text) if fieldname in TEXT_FIELDS else q.text
        terms = _expand_fuzzy(reader, fieldname, text, min(q.maxdist, MAX_FUZZY),
                              q.prefixlength)
        return _or_terms(fieldname, terms, q.boost, plan)
    if isinstance(q, wq.Prefix):
        if len(q.text) < MIN_PREFIX:  # "b*" would expand to most of the index: the word only
            text = (index_term(q.text) or q.text) if fieldname in TEXT_FIELDS else q.text
            return _or_terms(fieldname, [text], q.boost, plan)
        terms = _expand_prefix(reader, fieldname, q.text)
        stem = index_term(q.text) if fieldname in TEXT_FIELDS else None
        if stem and stem != q.text:  # "klimaat*" must also reach the stem "klimat"
            terms = list(dict.fromkeys(terms + _expand_prefix(reader, fieldname, stem)))
        return _or_terms(fieldname, terms[:2 * MAX_EXPANSION], q.boost, plan)
    if isinstance(q, wq.Wildcard):
        return _or_terms(fieldname, _expand_wildcard(reader, fieldname, q.text), q.boost, plan)
    if isinstance(q, wq.Term):
        if plan is not None and fieldname in TEXT_FIELDS:
            plan.terms.add(q.text)
        return q
    if q.is_leaf():
        return q
    return q.apply(lambda child: rewrite(child, reader, plan))


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


def _term_ids(reader: Any, schema: Schema, q: wq.Term) -> set[int]:
    if q.fieldname not in schema:
        return set()
    try:
        text = schema[q.fieldname].to_bytes(q.text)
    except ValueError:
        return set()
    return set(segment_ids(reader, q.fieldname, text))


def _docset(q: wq.Query, sub: Any) -> set[int]:
    """Segment docnums matching ``q``, by set algebra on postings (no scoring, one pass)."""
    reader = sub.reader()
    kind = type(q)
    if kind is wq.Term:
        return _term_ids(reader, sub.schema, q)
    if kind is TermUnion:
        return set(q.segment_weights(reader)[0])
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


def matching_docs(searcher: Any, q: wq.Query, allowed: set[int] | None) -> list[int]:
    """Global docnums of every document matching ``q`` (within ``allowed`` when given)."""
    out: list[int] = []
    for sub, offset in searcher.leaf_searchers():
        local = _docset(q, sub)
        if offset:
            out.extend(d + offset for d in local)
        else:
            out.extend(local)
    if allowed is not None:
        out = [d for d in out if d in allowed]
    return out


# --------------------------------------------------------------------------- hits


def _term_positions(reader: Any, terms: Iterable[str], docnums: list[int]
                    ) -> dict[int, dict[str, list[tuple[int, int, int]]]]:
    """``docnum -> term -> [(position, start, end)]`` read from the body postings."""
    out: dict[int, dict[str, list[tuple[int, int, int]]]] = {d: {} for d in docnums}
    ordered = sorted(docnums)
    for term in terms:
        try:
            m = reader.postings("body", term)
        except Exception:  # noqa: BLE001 - TermNotFound: the term is not in any body
            continue
        for d in ordered:
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
                if not m.is_active():
                    break
            if m.id() == d:
                out[d][term] = m.value_as("characters")
    return out


def _phrase_spans(found: dict[str, list[tuple[int, int, int]]], words: tuple[str, ...]
                  ) -> list[tuple[int, int]]:
    """Offsets of each word of every occurrence of the word sequence."""
    by_pos = [{p: (s, e) for p, s, e in found.get(w, ())} for w in words]
    spans = []
    for p in by_pos[0]:
        if all(p + k in by_pos[k] for k in range(1, len(words))):
            spans.extend(by_pos[k][p + k] for k in range(len(words)))
    return spans


def _doc_matches(found: dict[str, list[tuple[int, int, int]]], plan: _Plan
                 ) -> list[tuple[int, int]]:
    spans = {(s, e) for t in plan.terms for _, s, e in found.get(t, ())}
    for words in plan.phrases:
        spans.update(_phrase_spans(found, words))
    return sorted(spans)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen/narrow a window to whole words."""
    start, end = max(0, start), min(len(text), end)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space >= 0 else end
    return start, end


def make_snippets(text: str, matches: list[tuple[int, int]], base: int = 0,
                  width: int = SNIPPET_WIDTH, count: int = MAX_SNIPPETS) -> list[Snippet]:
    """Up to ``count`` windows of ``text`` holding the most (distinct) matches, in text order.

    ``matches`` are offsets into ``text``; returned offsets are shifted by ``base``.
    """
    if not text:
        return []
    if not matches:
        s, e = _snap(text, 0, width)
        return [Snippet(text[s:e], base + s, base + e)]
    starts = [s for s, _ in matches]
    candidates = []
    for i, (s, _) in enumerate(matches[:400]):
        lo, hi = s - width // 4, s - width // 4 + width
        inside = matches[i:bisect.bisect_left(starts, hi)]
        words = {text[a:b].lower() for a, b in inside if b <= hi}
        candidates.append((len(words), len(inside), -s, lo, hi))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for *_, lo, hi in candidates:
        if all(hi <= a or lo >= b for a, b in chosen):
            chosen.append(_snap(text, lo, hi))
        if len(chosen) == count:
            break
    out = []
    for lo, hi in sorted(chosen):
        marks = tuple((base + a, base + b) for a, b in matches if a >= lo and b <= hi)
        out.append(Snippet(text[lo:hi], base + lo, base + hi, marks))
    return out


def _hit(searcher: Any, docnum: int, score: float, found: dict | None, plan: _Plan | None
         ) -> SearchHit:
    """A :class:`SearchHit` for one document; snippets and matches only when ``found``."""
    stored = searcher.stored_fields(docnum)
    kind = stored.get("kind", "letter")
    if kind == "annotation" and stored.get("letter_id"):
        # The letter's current metadata (annotation documents written before a letter update,
        # or by an older version, may lack or hold old values).
        letter = searcher.document(uid=stored["letter_id"]) or {}
        stored = {**stored, **{k: letter[k] for k in ("title", "date", "dossier_facet",
                                                      "signatory") if letter.get(k)}}
    base = 0 if kind == "letter" else int(stored.get("start") or 0)
    snippets: list[Snippet] = []
    matches: list[tuple[int, int]] = []
    if found is not None and plan is not None:
        if kind == "annotation":
            span = (base, int(stored.get("end") or base))
            matches = [span]
            snippets = [Snippet(stored.get("body", ""), span[0], span[1], (span,))]
        else:
            local = _doc_matches(found, plan)
            snippets = make_snippets(stored.get("body", ""), local, base)
            matches = [(base + s, base + e) for s, e in local]
    return SearchHit(
        id=stored.get("letter_id", ""), title=stored.get("title"), date=stored.get("date"),
        score=score if isinstance(score, (int, float)) else 0.0,  # date sort: no score
        snippets=tuple(snippets), matches=tuple(matches), kind=kind,
        ref=stored.get("ref"), start=stored.get("start") if kind != "letter" else None,
        end=stored.get("end") if kind != "letter" else None,
        dossier=stored.get("dossier_facet"), signatory=stored.get("signatory"),
        note=stored.get("note"))


# --------------------------------------------------------------------------- facets

FACETS = {"year": "year", "dossier": "dossier_facet", "signatory": "signatory_facet"}


def _segment_table(reader: Any) -> dict[str, dict[int, list[str]] | set[int]]:
    """One segment's ``facet -> local docnum -> values`` and ``kind -> local docnums``."""
    table: dict[str, Any] = {}
    for name, fieldname in FACETS.items():
        per_doc: dict[int, list[str]] = {}
        for term in reader.lexicon(fieldname):
            value = term.decode("utf-8") if isinstance(term, bytes) else term
            for docnum in segment_ids(reader, fieldname, term):
                per_doc.setdefault(docnum, []).append(value)
        table[name] = per_doc
    for kinds in _SCOPE_KINDS.values():
        for kind in kinds:
            table["kind:" + kind] = set(segment_ids(reader, "kind", kind))
    return table


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


def _surface_word(searcher: Any, term: str) -> str | None:
    """How an indexed (stemmed) term is written in the first letter that contains it."""
    try:
        m = searcher.reader().postings("body", term)
        _, start, end = m.value_as("characters")[0]
        body = searcher.stored_fields(m.id()).get("body", "")
    except Exception:  # noqa: BLE001 - no readable occurrence: fall back to the stem
        return None
    return body[start:end].lower() or None
