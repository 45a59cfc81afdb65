"""The index lifecycle: state and version checks, rebuild and incremental updates.

:class:`_IndexLifecycle` is the writing half of :class:`SearchIndex` (the searching half is in
:mod:`desktop_app.search.searching`): it checks whether the index is current, builds a new
generation and swaps it in, and applies incremental updates of letters and annotations under
the writer lock, turning a full disk into :class:`IndexDiskFull`.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.qparser import MultifieldParser

from desktop_app.model import Letter
from desktop_app.search.documents import (
    _common_fields,
    _letter_fields,
    _letter_fields_from_stored,
    annotation_documents,
    letter_documents,
)
from desktop_app.search.matching import KEPT_POSTINGS_BYTES, BuildKeptPostings
from desktop_app.search.schema import SCHEMA_VERSION, build_schema
from desktop_app.search.storage import (
    DAMAGED_MARK,
    IndexCorrupt,
    IndexLocked,
    _atomic_write,
    _disk_full,
    _Store,
    _WriteLock,
)

LOCK_TIMEOUT = 10.0  # seconds to wait for another process's writer
# zlib level of a rebuild's postings blocks: Whoosh writes 3; 1 costs a few percent more disk
# and reads back the same, for less of the build's CPU
BUILD_COMPRESSION = 1
# fields searched by their postings, whose common terms a rebuild keeps decoded; the rebuild
# uses three quarters of the kept-postings budget, leaving room for what searches keep later
KEPT_FIELDS = ("title", "body", "pairs", "note")
BUILD_KEPT_POSTINGS_BYTES = KEPT_POSTINGS_BYTES * 3 // 4


# --------------------------------------------------------------------------- the index


class _IndexLifecycle:
    """Opening, checking and writing the index in ``index_dir``: the half of
    :class:`~desktop_app.search.searching.SearchIndex` that is not searching."""

    def __init__(self, index_dir: Path, *, lock_timeout: float = LOCK_TIMEOUT):
        self.root = Path(index_dir)
        self._store = _Store(self.root)
        self._lock = _WriteLock(self.root, lock_timeout)
        # One long-lived searcher shared by every search of this object (Whoosh searchers are
        # not for concurrent use: a search holds _search_lock while it uses it), replaced when
        # the index changed, closed by close() and after a rebuild by this object.
        self._search_lock = threading.RLock()
        self._shared: tuple[Any, str] | None = None  # (searcher, generation)
        self._shared_tables: tuple[Any, Any] | None = None  # (searcher, its tables)
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
        if (self.root / generation / DAMAGED_MARK).exists():  # a search found it damaged
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

    def remove_abandoned(self) -> list[str]:
        """Remove half-built generations (``gen-*.tmp``) that a killed rebuild left behind.

        Only when no writer runs (the writer lock is free at once): a rebuild in progress,
        in this process or another, builds in such a folder. Returns the names removed.
        """
        if not self.root.is_dir() or not any(self.root.glob("gen-*.tmp")):
            return []
        try:
            with _WriteLock(self.root, 0):
                abandoned = sorted(p for p in self.root.glob("gen-*.tmp") if p.is_dir())
                for path in abandoned:
                    shutil.rmtree(path, ignore_errors=True)
        except IndexLocked:
            return []
        return [p.name for p in abandoned]

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
        self._drop_searcher()  # of the old generation: its files are removed on the next build
        with contextlib.suppress(Exception):  # best effort: the first search makes them
            self._keep_segment_tables(name)
        return True

    def _keep_segment_tables(self, generation: str) -> None:
        """After a rebuild, in its worker: what searching keeps beside a new generation's
        segments (``SearchIndex`` makes its tables); nothing here."""

    def _drop_searcher(self) -> None:
        """Close the shared searcher (the next search opens one on the live generation)."""
        with self._search_lock:
            shared, self._shared, self._shared_tables = self._shared, None, None
            if shared is not None:
                with contextlib.suppress(Exception):  # closing is best effort
                    shared[0].close()

    def _fill(self, path: Path, letters: Iterable[Letter], annotations: Iterable[dict],
              total: int | None, progress: Callable[[int, int], None],
              cancelled: Callable[[], bool], procs: int | None) -> int | None:
        """Write all documents into a new index at ``path``; None when cancelled."""
        ix = whoosh_index.create_in(str(path), self.schema)
        total = total if total is not None else (len(letters) if hasattr(letters, "__len__")
                                                 else 0)
        procs = procs if procs is not None else (min(2, os.cpu_count() or 1)
                                                 if total >= 500 else 1)
        # the postings of common words are kept as they are written, so that no search
        # decodes them the first time (see matching.BuildKeptPostings)
        keep = BuildKeptPostings(KEPT_FIELDS, BUILD_KEPT_POSTINGS_BYTES // max(1, procs))
        if procs > 1:  # worker processes that die with this one (see search.workers)
            from desktop_app.search.workers import MortalMpWriter

            writer = MortalMpWriter(ix, procs=procs, multisegment=True, limitmb=128,
                                    compound=False,
                                    subargs={"limitmb": 128, "compound": False, "keep": keep,
                                             "compression": BUILD_COMPRESSION})
        else:
            from desktop_app.search.segments import LeanSegmentWriter

            writer = LeanSegmentWriter(ix, limitmb=256, compound=False, keep=keep,
                                       compression=BUILD_COMPRESSION)
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
        except BaseException:
            if not getattr(writer, "is_closed", True):  # stop its workers, release its files
                with contextlib.suppress(Exception):  # the first error is the one to see
                    writer.cancel()
            raise
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
