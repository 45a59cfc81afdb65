"""The library facade: the one object the UI, the command line and the tests use.

It ties the stores together: letters (derived, rebuildable), annotations (user data), the
search index (derived) and commitment detection. Slow methods take ``progress(done, total)``
and ``cancelled()`` callbacks so the UI can run them in a background job.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.errors import IngestError, NotFound, UserError
from desktop_app.ingest import SUPPORTED_EXTENSIONS, display_path, read_failed, read_file
from desktop_app.ingest.ids import (
    letter_id,
    same_details,
    same_letter,
    text_fingerprint,
    text_id,
)
from desktop_app.ingest.merge import MergedLetter, format_name, format_rank, merge_sources
from desktop_app.model import Commitment, Letter, LetterSummary, Metadata, ParsedLetter
from desktop_app.originals import Originals, file_kind
from desktop_app.paths import bundled_letters_dir
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled
from desktop_app.store import letter_pages
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.backup import set_aside
from desktop_app.store.db import StoreCorrupt, StoreError, database_writable, read_only_error
from desktop_app.store.letter_edits import LetterEdit, apply_edit
from desktop_app.store.letter_pages import LetterQuery
from desktop_app.store.letters import LetterStore

LIBRARY_DB, ANNOTATIONS_DB = "library.db", "annotations.db"
# library.db meta key: "pending" while library.db is being rebuilt from originals/
REBUILD_KEY = "rebuild-from-originals"
# between library.db's state and the token of the letter-detail corrections in the index state
_EDITS_MARK = "+edits-"
# letters an import hands to the search index at a time (see _IndexBatch)
INDEX_BATCH = 200
# library.db meta key: the letter list's filter values and the state they were counted in
FACETS_META = "list-facets"
_temporary_indexes: dict[Path, Path] = {}
_temporary_indexes_lock = threading.Lock()


def temporary_index_dir(data_dir: Path) -> Path:
    """Where this process keeps the search index of a read-only data folder.

    The folder's own index cannot be rebuilt there, so it is built in a private temporary
    folder (``mkdtemp``: this user only), one per data folder and process, shared by the
    window and its jobs, and removed when the process ends.
    """
    key = Path(data_dir).resolve()
    with _temporary_indexes_lock:
        if key not in _temporary_indexes:
            folder = Path(tempfile.mkdtemp(prefix="kamerbrieven-index-"))
            atexit.register(shutil.rmtree, folder, True)
            _temporary_indexes[key] = folder
        return _temporary_indexes[key] / "index"


@dataclass(frozen=True)
class KeptApart:
    """A file that named an existing letter but whose text is strongly different from it:
    it did not replace that letter and was imported as a letter of its own."""

    source: str  # the file (printable)
    letter_id: str  # the id it was imported under (``txt-…``)
    existing_id: str  # the letter it would have replaced
    similarity: float  # 0..1, how alike the two texts are

    def message(self) -> str:
        return (f"{self.source}: its text is very different from the letter "
                f"{self.existing_id} already in the library (only {self.similarity:.0%} alike), "
                f"so it did not replace that letter; it was imported as a separate letter "
                f"{self.letter_id}. If it is not a letter, delete it with `desktop-app delete "
                f"{self.letter_id}`; if it is a new version of {self.existing_id}, delete "
                f"{self.existing_id} first and import it again.")


# how a merge note names a metadata field (groups by their first field; see ingest.merge)
_FIELD_WORDS = {"dossier": "Kamerstuk number", "vergaderjaar": "parliamentary year"}


@dataclass(frozen=True)
class Merged:
    """A file recognised as another format of a letter in the library: the letter is now the
    merge of its files (``ingest.merge``)."""

    source: str  # the file imported (printable)
    letter_id: str  # the letter it joined
    formats: tuple[str, ...]  # the letter's files' formats now, best first
    text_format: str  # whose text the letter shows
    taken: tuple[tuple[str, str], ...] = ()  # (field, format) where the files differed

    def message(self) -> str:
        names = " + ".join(format_name(f) for f in self.formats)
        details = ", ".join(f"{_FIELD_WORDS.get(name, name)} from {format_name(fmt)}"
                            for name, fmt in self.taken) or "the details agree"
        return (f"{self.source}: merged with {self.letter_id} ({names}): text from "
                f"{format_name(self.text_format)}; {details}")


@dataclass
class ImportReport:
    """What an import did: letters added, updated, unchanged, and per-file errors."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files in folders of other types
    empty_folders: list[str] = field(default_factory=list)  # folders with no letter files
    cancelled: bool = False
    # the letters are in, but the search index could not follow (a full disk): it is behind
    # and rebuilt from the library on next use
    index_error: UserError | None = None
    # files that named a letter already in the library but were not a version of it (also
    # listed in ``added``, under their own id)
    kept_apart: list[KeptApart] = field(default_factory=list)
    # imported annotations that waited for one of these letters and are now attached, and
    # how many still wait for a letter not in the library
    attached: list[str] = field(default_factory=list)
    pending: int = 0
    # files recognised as another format of a letter, and what the merge took from which
    merged: list[Merged] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def expand_paths(paths: Iterable[str | os.PathLike[str]],
                 skipped: list[str] | None = None,
                 empty_folders: list[str] | None = None) -> list[Path]:
    """Files and folders → the files to import.

    Folders are read recursively for supported types; hidden files and folders are left
    out, and files of other types are listed in ``skipped``; a folder without any letter
    file is listed in ``empty_folders``. A file named explicitly is always tried (and gets
    a clear error if it cannot be read).
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            out.append(path)
            continue
        before = len(out)
        for p in sorted(path.rglob("*")):
            if any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS:
                out.append(p)
            elif (p.is_file() or p.is_symlink()) and skipped is not None:
                skipped.append(display_path(p))
        if len(out) == before and empty_folders is not None:
            empty_folders.append(display_path(path))
    return out


def detector_version() -> str:
    from desktop_app.commitments import DETECTOR_VERSION

    return DETECTOR_VERSION


def detect_for(parsed: ParsedLetter | Letter) -> tuple[Commitment, ...]:
    """Run commitment detection on a letter's normalised text."""
    from desktop_app.commitments import detect

    md = parsed.metadata
    return tuple(detect(parsed.text, parsed.blocks, letter_date=md.date,
                        signatory_role=md.signatory_role))


def parsed_to_letter(parsed: ParsedLetter, letter_id_: str | None = None) -> Letter:
    """A parsed file as a Letter with commitments detected (not stored)."""
    return Letter(
        id=letter_id_ or parsed.id, metadata=parsed.metadata, text=parsed.text,
        blocks=parsed.blocks, footnotes=parsed.footnotes, commitments=detect_for(parsed),
        source=parsed.source, format=parsed.format,
    )


class Library:
    """A data folder: ``library.db``, ``annotations.db``, ``index/``, ``originals/``."""

    def __init__(self, data_dir: str | os.PathLike[str], *, seed: bool = True,
                 check: bool | None = None, read_only: bool = False):
        """``check``: True checks the integrity of both databases now (`desktop-app
        check`), None only where due (see :func:`desktop_app.store.db.check_due`).
        ``read_only``: only look, also in a writable folder (Help → Check Data Folder while
        the window has it open): nothing is migrated, cleaned, backed up or set aside, and
        the index is the folder's own, never rebuilt elsewhere."""
        self.data_dir = Path(data_dir)
        self._check = check
        self._look_only = read_only
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise UserError(f"Cannot use {self.data_dir} as the data folder: it (or a folder "
                            "above it) is a file, not a folder. Choose another folder with "
                            "--data-dir.", code="data-folder-is-file",
                            path=str(self.data_dir)) from exc
        except OSError as exc:
            raise UserError(f"Cannot create the data folder {self.data_dir}: {exc.strerror}. "
                            "Choose another folder with --data-dir.",
                            code="cannot-create-data-folder", path=str(self.data_dir),
                            reason=exc.strerror or str(exc)) from exc
        # a read-only folder (a locked-down machine) is still read and searched; every
        # change is refused with one message (store.db.read_only_error)
        self.read_only = read_only or not all(database_writable(self.data_dir / name)
                                              for name in (LIBRARY_DB, ANNOTATIONS_DB))
        self.originals = Originals(self.data_dir / "originals")
        # a damaged or foreign library.db, set aside so it can be rebuilt from originals/
        self.damaged_library: Path | None = None
        self.letters, self.annotations = self._open_stores()
        self._index = None
        self._index_dir: Path | None = None
        if not self.read_only:
            self._check_rebuild()
            self._clean_originals()
            self._clean_index()
        if seed:
            if self.rebuild_pending:
                self.rebuild_from_originals()
            if self.needs_seed:
                self.import_bundled()

    def _open_stores(self) -> tuple[LetterStore, AnnotationStore]:
        """The letter and annotation stores; read-only when the folder (or a file in it) is,
        also when that shows only as a failed write while opening."""
        if not self.read_only:
            try:
                return self._open_stores_as(read_only=False)
            except StoreError as exc:
                if exc.code not in ("read-only", "read-only-folder"):
                    raise
                self.read_only = True
        return self._open_stores_as(read_only=True)

    def _open_stores_as(self, *, read_only: bool) -> tuple[LetterStore, AnnotationStore]:
        letters = self._open_letters(read_only)
        try:
            return letters, AnnotationStore(self.data_dir / ANNOTATIONS_DB, read_only=read_only,
                                            check=self._check)
        except BaseException:
            letters.close()
            raise

    def _open_letters(self, read_only: bool) -> LetterStore:
        """library.db; a damaged or foreign one is set aside and a new one started (it holds
        only derived data: :meth:`rebuild_from_originals` fills it again)."""
        path = self.data_dir / LIBRARY_DB
        try:
            return LetterStore(path, read_only=read_only, check=self._check)
        except StoreCorrupt:
            if read_only:
                raise
        self.damaged_library = set_aside(path)
        return LetterStore(path)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
        self.annotations.close()
        self.letters.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------
    def summaries(self) -> list[LetterSummary]:
        """The letter list, newest first, with the person's corrections of the details."""
        counts = self.annotation_counts()
        edits = self.annotations.letter_edits()
        rows = [replace(s, annotation_count=counts.get(s.id, 0),
                        metadata=apply_edit(s.metadata, edits.get(s.id)))
                for s in self.letters.summaries()]
        if edits:  # a corrected date moves its letter (the store sorted by the parsed date)
            rows.sort(key=lambda s: s.id)
            rows.sort(key=lambda s: s.metadata.date or "", reverse=True)
        return rows

    def annotation_counts(self) -> dict[str, int]:
        """Annotations per annotated letter (counted in SQL)."""
        return self.annotations.counts_per_letter()

    # -- the letter list, a page at a time (store.letter_pages) ------------------------
    def letter_count(self, query: LetterQuery | None = None) -> int:
        """How many letters the list shows with this query (all letters without one)."""
        return letter_pages.count(self._list_db(), query or LetterQuery())

    def letter_page(self, query: LetterQuery, offset: int, limit: int) -> list[LetterSummary]:
        """Rows ``offset`` … ``offset + limit - 1`` of the letter list: filtered, sorted and
        paged in SQL, with the person's corrections and the annotation counts."""
        ids = letter_pages.page_ids(self._list_db(query), query, offset, limit)
        return self.letter_summaries(ids)

    def letter_position(self, query: LetterQuery, letter_id: str) -> int:
        """The row of a letter in the list with this query; -1 when it is not shown."""
        return letter_pages.position(self._list_db(query), query, letter_id)

    def letter_summaries(self, letter_ids: Iterable[str]) -> list[LetterSummary]:
        """These letters' list rows (corrections applied, annotation counts), in this order;
        letters no longer in the library are left out."""
        ids = list(dict.fromkeys(letter_ids))
        rows = letter_pages.summaries(self.letters.db, ids)
        if not rows:
            return rows
        counts = self.annotations.counts_by_letter([r.id for r in rows])
        edits = self._list_edits_by_id
        return [replace(r, annotation_count=counts.get(r.id, 0),
                        metadata=apply_edit(r.metadata, edits.get(r.id)) if r.id in edits
                        else r.metadata) for r in rows]

    def letter_facets(self) -> tuple[list[str], list[str], list[str]]:
        """The years (newest first), dossiers and signatories the letter list's filters
        offer (corrected details included): as remembered by :meth:`remember_letter_facets`
        while the letters and their corrections stay the same, else counted now."""
        key = self._facets_key()
        return self._remembered_facets(key) or letter_pages.facets(self._list_db())

    def remember_letter_facets(self) -> None:
        """Count the letter list's filter values and keep them in library.db with the state
        they were counted in, so the window, reading the list again after an import or at
        start, finds them (three scans of every letter: tens of milliseconds at 150,000,
        for a background job to pay, not the window)."""
        if self.read_only:
            return
        key = self._facets_key()  # first: a letter saved meanwhile makes it outdated
        if self._remembered_facets(key) is not None:
            return
        facets = letter_pages.facets(self._list_db())
        try:
            self.letters.set_meta(FACETS_META, json.dumps({"key": key, "facets": facets}))
        except Exception:  # noqa: BLE001 - locked, a full disk: the window counts them
            pass

    def _facets_key(self) -> str:
        return f"{self.letters.state()}|{self.annotations.letter_edits_token()}"

    def _remembered_facets(self, key: str) -> tuple[list[str], list[str], list[str]] | None:
        try:
            kept = json.loads(self.letters.get_meta(FACETS_META) or "null")
        except ValueError:
            return None
        if not isinstance(kept, dict) or kept.get("key") != key:
            return None
        years, dossiers, names = kept["facets"]
        return years, dossiers, names

    def has_letter(self, letter_id: str) -> bool:
        return letter_pages.contains(self.letters.db, letter_id)

    def letter_list_state(self, query: LetterQuery) -> tuple[str, str, str]:
        """Changes when the letter list's rows or their order under ``query`` may have:
        library.db's letters, the corrections of their details and, sorted by them, the
        annotation counts (pages read before and after such a change do not fit)."""
        counts = self.annotations_token() if query.sort == "annotations" else ""
        return self.letters.state(), self.annotations.letter_edits_token(), counts

    def prepare_letter_list(self) -> bool:
        """Index the list's columns when the library has no such index yet (once, in a
        background job: seconds at 150,000 letters). True when it was created."""
        if self.read_only:
            return False
        with self.letters.writing():
            created = letter_pages.ensure_index(self.letters.db)
        self.remember_letter_facets()
        return created

    @property
    def _list_edits_by_id(self) -> dict[str, LetterEdit]:
        self._list_db()
        return self.__dict__.get("_list_edits", ({}, None))[0]

    def _list_db(self, query: LetterQuery | None = None):
        """The letters connection ready for the list's queries: its functions, the corrected
        details (re-read when they changed) and, to sort by them, the annotation counts."""
        db = self.letters.db
        if not self.__dict__.get("_list_prepared"):
            letter_pages.prepare(db)
            self.__dict__["_list_prepared"] = True
        # the corrected rows hold the letters' stored fields too: re-read them when either
        # the corrections or library.db changed (another window or program may save a letter)
        token = (self.annotations.letter_edits_token(), self.letters.state())
        edits, known = self.__dict__.get("_list_edits", ({}, None))
        if token != known:
            edits = self.annotations.letter_edits() if token[0] else {}
            rows = []
            for lid, edit in edits.items():
                row = self.letters.row(lid)
                if row is not None:
                    md = apply_edit(Metadata.from_dict(row), edit)
                    rows.append({"id": lid, **{f: getattr(md, f) for f in
                                               letter_pages.LIST_FIELDS}})
            letter_pages.set_edits(db, rows)
            self.__dict__["_list_edits"] = (edits, token)
        if query is not None and query.sort == "annotations":
            token = self.annotations_token()
            if self.__dict__.get("_list_counts") != token:
                letter_pages.set_annotation_counts(db, self.annotation_counts())
                self.__dict__["_list_counts"] = token
        return db

    def letter(self, letter_id: str) -> Letter:
        """A letter with the person's corrections of its details applied."""
        letter = self.letters.get(letter_id)
        if letter is None:
            raise NotFound(f"There is no letter with id '{letter_id}'. "
                           "List the letters with `desktop-app letters`.")
        return self._edited(letter, self.annotations.letter_edit(letter_id))

    def iter_letters(self) -> Iterator[Letter]:
        """Every letter (corrections applied), in id order."""
        edits = self.annotations.letter_edits()
        return (self._edited(letter, edits.get(letter.id))
                for letter in self.letters.iter_letters())

    @staticmethod
    def _edited(letter: Letter, edit: LetterEdit | None) -> Letter:
        return letter if edit is None else replace(
            letter, metadata=apply_edit(letter.metadata, edit))

    def parsed_metadata(self, letter_id: str) -> Metadata:
        """What the letter itself says about itself (without the person's corrections)."""
        row = self.letters.row(letter_id)
        if row is None:
            self.letter(letter_id)  # raises NotFound, worded for the command line
        return Metadata.from_dict(row)

    def edit_letter(self, letter_id: str, changes: dict, *,
                    author: str | None = None) -> LetterEdit | None:
        """Correct details of a letter (user data, see ``store.letter_edits``); a value of
        None or "" brings back what the letter says. One undo step. The letter's documents
        in the search index are replaced, so ``title:``/``datum:`` find the new values."""
        self.letter(letter_id)  # only a letter in the library (NotFound names the command)
        edit = self.annotations.edit_letter(letter_id, changes, author=author)
        try:
            self.reindex_letters([letter_id])
        except (UserError, OSError):  # the edit is saved; the index, not updated, records
            pass  # the old state and is rebuilt on its next use (``ensure_index``)
        return edit

    def reindex_letters(self, letter_ids: Iterable[str]) -> bool:
        """Replace the index documents of letters whose corrections changed (an edit, an
        undo); False when the index is behind anyway (it is rebuilt on its next use)."""
        index = self.search_index()
        indexed = index.state()
        if self.read_only or indexed is None \
                or indexed.partition(_EDITS_MARK)[0] != self.letters.state():
            return False
        letters = []
        for lid in dict.fromkeys(letter_ids):
            try:
                letters.append(self.letter(lid))
            except NotFound:  # a deleted letter's corrections are kept, it is not indexed
                continue
        state = self._index_state()
        index.update(letters, library_state=state)
        # annotation documents carry their letter's title and date too (only these letters')
        for letter in letters:
            index.update_annotations(letter.id, self._annotation_docs(letter.id),
                                     library_state=state)
        return True

    def _index_state(self) -> str:
        """What the index records as the library's state: library.db's, and the corrections
        of letter details when there are any (the index holds the corrected values)."""
        token = self.annotations.letter_edits_token()
        return f"{self.letters.state()}{_EDITS_MARK}{token}" if token else self.letters.state()

    def count(self) -> int:
        return self.letters.count()

    def commitment_count(self) -> int:
        """Detected commitments in all letters (reviews do not change the number)."""
        return self.letters.commitment_count()

    # -- rebuilding library.db from originals/ -------------------------------------------
    @property
    def rebuild_pending(self) -> bool:
        """True while library.db has to be (or is being) rebuilt from ``originals/``."""
        return not self.read_only and self.letters.get_meta(REBUILD_KEY) == "pending"

    def _check_rebuild(self) -> None:
        """A library.db that never held a letter beside kept originals was lost (deleted,
        or set aside as damaged): mark it to be rebuilt from them."""
        letters = self.letters
        if (letters.get_meta("generation") is None and letters.get_meta(REBUILD_KEY) is None
                and self.originals.files()):
            letters.set_meta(REBUILD_KEY, "pending")

    def rebuild_from_originals(self, *, progress: Progress = no_progress,
                               cancelled: Cancelled = not_cancelled) -> ImportReport:
        """Read every kept original into library.db again, each under its id (its file name).

        Letters already rebuilt (an earlier, interrupted rebuild) are kept; an original that
        cannot be read is reported and moved to ``originals/unreadable/``. Annotations are
        checked against the letters' text. The search index follows on its next use (the
        new database's state never matches the old index).
        """
        report = ImportReport()
        originals = sorted(self.originals.by_letter().items())
        for done, (lid, paths) in enumerate(originals):
            if cancelled():
                report.cancelled = True
                break
            progress(done, len(originals))
            if self.letters.row(lid) is not None:
                report.unchanged.append(lid)
                continue
            if self._rebuild_one(lid, paths, report):
                report.added.append(lid)
        progress(len(originals), len(originals))
        if not report.cancelled:
            if self.originals.seeded():  # the bundled letters are among the originals (or
                self.letters.set_meta("seeded", "1")  # were deleted): not imported again
            self.letters.set_meta(REBUILD_KEY, "done")
        return report

    def _rebuild_one(self, lid: str, paths: list[Path], report: ImportReport) -> bool:
        """One letter from its kept copies, merged as at import; a copy that cannot be read
        is reported and set aside (the others still make the letter)."""
        sources: list[tuple[Path, ParsedLetter]] = []
        for path in paths:
            try:
                sources.append((path, _read_original(path)))
            except IngestError as exc:
                report.errors.append(exc)
                self.originals.set_aside_unreadable(path)
        if not sources:
            return False
        merged = merge_sources([parsed for _, parsed in sources])
        path = sources[merged.text_from][0]
        try:
            letter = replace(parsed_to_letter(merged.parsed, lid), source=display_path(path))
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the rebuild
            report.errors.append(read_failed(display_path(path), exc))
            return False
        self.letters.save(letter, fingerprint=text_fingerprint(letter.text),
                          source_hash=hashlib.sha256(path.read_bytes()).hexdigest(),
                          original=str(path), detector_version=detector_version())
        self._reanchor_arrived(lid, letter.text)
        return True

    def _clean_originals(self) -> None:
        """Remove what a killed import left in ``originals/``: temporary copies, and copies
        whose letter row was never committed (checked under the write lock, so an import
        running in another program, which moves its copy in before committing, is waited
        for).

        Only when an import or delete ended without finishing (its marker says so, see
        :meth:`Originals.changing`): listing the folder and every letter id costs a third of
        a second at 150,000 letters, and every open (the window, each job, each command)
        would pay it."""
        due = self.originals.check_due()
        if due == []:
            return
        for tmp in self.originals.stray_temp_files():
            self.originals.discard(tmp)
        if not self.rebuild_pending:
            self._discard_copies_without_letter()
        self.originals.checked(due)

    def _discard_copies_without_letter(self) -> None:
        """Remove kept copies whose letter row is not in library.db."""
        ids = set(self.letters.ids())
        if all(p.stem in ids for p in self.originals.files()):
            return
        with self.letters.writing():
            ids = set(self.letters.ids())
            for path in self.originals.files():
                if path.stem not in ids:
                    self.originals.discard(path)

    def _clean_index(self) -> None:
        """Remove the half-built index a killed rebuild left (when no rebuild runs now)."""
        if any((self.data_dir / "index").glob("gen-*.tmp")):
            self.search_index().remove_abandoned()

    # -- importing -----------------------------------------------------------------------
    @property
    def needs_seed(self) -> bool:
        """True until the bundled letters have been imported once (never when read-only)."""
        return not self.read_only and self.letters.get_meta("seeded") is None

    def import_bundled(self, *, progress: Progress = no_progress,
                       cancelled: Cancelled = not_cancelled) -> ImportReport:
        """First start: import the letters that ship with the app (once)."""
        folder = bundled_letters_dir()
        report = (self.import_paths([folder], progress=progress, cancelled=cancelled)
                  if folder.is_dir() else ImportReport())
        if not report.cancelled:
            self.letters.set_meta("seeded", "1")
            self.originals.mark_seeded()
        return report

    def import_paths(self, paths: Iterable[str | os.PathLike[str]], *,
                     progress: Progress = no_progress,
                     cancelled: Cancelled = not_cancelled) -> ImportReport:
        """Import files and folders; a failing file is reported and the rest still imported."""
        self._check_writable()
        with self.originals.changing():  # a killed import leaves its marker (see _clean_originals)
            return self._import_paths(paths, progress, cancelled)

    def _import_paths(self, paths: Iterable[str | os.PathLike[str]], progress: Progress,
                      cancelled: Cancelled) -> ImportReport:
        report = ImportReport()
        files = expand_paths(paths, report.skipped, report.empty_folders)
        # the search index follows in batches (memory stays flat however many files), each
        # letter once per batch: a letter updated twice in one writer would be indexed twice
        batch = _IndexBatch(self, report)
        for done, path in enumerate(files):
            if cancelled():
                report.cancelled = True
                break
            progress(done, len(files))
            try:
                outcome, letter = self._import_one(path, report)
            except IngestError as exc:
                report.errors.append(exc)
                continue
            except UserError:  # the library itself cannot go on (a full disk …)
                raise
            except Exception as exc:  # noqa: BLE001 - one odd file must not stop an import
                report.errors.append(read_failed(display_path(path), exc))
                continue
            getattr(report, outcome).append(letter.id)
            if outcome != "unchanged":
                batch.add(letter)
        progress(len(files), len(files))
        batch.flush()
        if report.added or report.updated:
            self.remember_letter_facets()  # the window reads them next, counted here
            attached = self.attach_pending()
            if attached is not None:
                report.attached = list(attached.attached)
        report.pending = len(self.annotations.pending())
        if batch.error is not None:  # the letters are all in; the index is rebuilt on use
            raise batch.error
        return report

    def _check_writable(self) -> None:
        """Refuse a change in a read-only data folder, before anything is written."""
        if self.read_only:
            raise read_only_error(self.data_dir)

    def _import_one(self, path: Path, report: ImportReport) -> tuple[str, Letter]:
        """Import one file: a new letter, a new version of one, or another format of one
        (merged with the letter's other kept files, see ``ingest.merge``)."""
        parsed = read_file(path)
        data_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        fingerprint = text_fingerprint(parsed.text)
        source = display_path(path.resolve())
        new_id = self._existing_id(parsed, fingerprint, source, report)
        old = self.letters.row(new_id)
        target = self.originals.target(new_id, path.suffix)
        current = old is not None and old["detector_version"] == detector_version()
        # a kept copy of this file is no proof that its letter row was saved (a crash between
        # moving the copy in and the commit): only the row itself says the file is in it
        if current and target.is_file() and old["fingerprint"] == fingerprint:
            return "unchanged", self.letter(new_id)
        others = self._other_originals(target) if old else []
        merged = merge_sources([parsed, *(p for _, p in others)])
        if current and target.is_file() and _same_row(old, merged):
            return "unchanged", self.letter(new_id)  # another copy of a file kept already
        from_new = merged.text_from == 0
        letter = replace(parsed_to_letter(merged.parsed, new_id),
                         source=source if from_new else old["source"])
        shown = target if from_new else others[merged.text_from - 1][0]
        staged = self._stage_original(path)
        try:
            self.letters.save(letter, fingerprint=text_fingerprint(letter.text),
                              source_hash=data_hash, original=str(shown),
                              detector_version=detector_version(),
                              before_commit=lambda: self.originals.publish(staged, target))
        finally:
            self.originals.discard(staged)
        for replaced in self.originals.others_of_kind(target):  # an .htm beside the .html
            self.originals.discard(replaced)
        if others:
            report.merged.append(_merge_note(source, new_id, merged))
        if old and old["text"] != letter.text:
            self.annotations.reanchor_letter(new_id, letter.text, old_text=old["text"])
        elif not old:
            self._reanchor_arrived(new_id, letter.text)
        return ("updated" if old else "added"), self.letter(new_id)

    def _reanchor_arrived(self, lid: str, text: str) -> None:
        """A letter arrived (again) under an id that still has annotations, e.g. deleted and
        imported anew: the text they were made on is gone, so their quotes and context place
        them in the new text, or they become orphans; never stale offsets on other text."""
        if self.annotations.annotations(lid):
            self.annotations.reanchor_letter(lid, text)

    def _other_originals(self, target: Path) -> list[tuple[Path, ParsedLetter]]:
        """The letter's kept copies of other kinds than ``target``'s, read (one that cannot
        be read any more is left out; a rebuild reports it)."""
        found = []
        for path in self.originals.of_letter(target.stem):
            if file_kind(path) == file_kind(target):
                continue
            try:
                found.append((path, _read_original(path)))
            except IngestError:
                continue
        return found

    def originals_of(self, letter_id: str) -> list[Path]:
        """The kept original files of a letter, best-ranked format first ([] when it has
        none, e.g. the copy was removed); for "Open original" and ``letter-original``."""
        return sorted(self.originals.of_letter(letter_id),
                      key=lambda p: (format_rank(file_kind(p)), p.name))

    def _existing_id(self, parsed: ParsedLetter, fingerprint: str, source: str,
                     report: ImportReport) -> str:
        """The id to import under: the letter's own when the library has it (same kamerstuk
        id, same text, the same file re-imported, or the same letter in another format: the
        same reference or date and a like text, see :meth:`_same_letter_by_details`), else a
        new one.

        A kamerstuk id or file path that matches a letter whose text is strongly different
        (a README citing a letter's number, another file saved under the same name) does
        not replace that letter: the file becomes a letter of its own (its ``txt-`` id) and
        the report lists it in ``kept_apart``.
        """
        same_text = self.letters.find(fingerprint=fingerprint)
        if same_text:
            return same_text
        kst = letter_id(parsed.metadata, parsed.text)
        named = kst if kst.startswith("kst-") and self.letters.row(kst) else None
        candidate = named or self.letters.find(source=source)
        if candidate is None:
            return self._same_letter_by_details(parsed) or kst
        alike, similarity = same_letter(self.letters.row(candidate)["text"] or "", parsed.text)
        if alike:
            return candidate
        own = text_id(parsed.text)
        report.kept_apart.append(KeptApart(source, own, candidate, similarity))
        return own

    def _same_letter_by_details(self, parsed: ParsedLetter) -> str | None:
        """A letter in the library that ``parsed`` is another format of: one of the same date
        (for a file without a date: the same reference), nothing stated that tells them apart
        (``same_details``) and a like text (``same_letter``); the most alike when several are.
        A letter without a date is not found by a file with one (two letters then, never one
        wrongly joined)."""
        md = parsed.metadata
        best, best_similarity = None, 0.0
        for lid in self.letters.with_details(reference=md.reference, date=md.date):
            row = self.letters.row(lid)
            if row is None or not same_details(Metadata.from_dict(row), md):
                continue
            alike, similarity = same_letter(row["text"] or "", parsed.text)
            if alike and similarity > best_similarity:
                best, best_similarity = lid, similarity
        return best

    def _stage_original(self, path: Path) -> Path:
        """Copy the original file into ``originals/`` as a temporary file (moved into place
        when the letter is saved); a full disk stops the import with a clear message."""
        try:
            return self.originals.stage(path)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise UserError(
                    f"The disk holding the data folder {self.data_dir} is full, so "
                    f"{display_path(path.name)} and the files after it were not imported "
                    "(the letters before it were). Free some disk space and import again.",
                    code="import-disk-full", folder=str(self.data_dir),
                    file=display_path(path.name),
                ) from exc
            raise

    def delete(self, letter_id: str) -> None:
        """Remove a letter and its kept original (its annotations are kept: user data is
        never deleted implicitly); it does not come back when library.db is rebuilt."""
        self._check_writable()
        state_before = self._index_state()
        with self.originals.changing():  # a crash between the two leaves a stray copy
            deleted = self.letters.delete(letter_id)
            if deleted:
                self.originals.remove(letter_id)  # after the commit
        if not deleted:
            raise NotFound(f"There is no letter with id '{letter_id}'.")
        index = self.search_index()
        expected = _advanced(state_before, 1)  # this delete alone, not another program's save
        if index.state() == state_before and self._index_state() == expected:
            index.delete([letter_id], library_state=expected)

    def redetect(self, *, only: Iterable[str] | None = None, progress: Progress = no_progress,
                 cancelled: Cancelled = not_cancelled) -> int:
        """Recompute commitments of letters detected by an older detector version.

        Detected commitments are derived data; reviews (user data) are keyed by the
        commitment's text in the annotations database and survive the recomputation.
        """
        if self.read_only:  # derived data that cannot be stored: the older detection stays
            return 0
        version = detector_version()
        state_before = self._index_state()
        ids = self.letters.outdated_detection(version)
        if only is not None:
            wanted = set(only)
            ids = [i for i in ids if i in wanted]
        done_ids: list[str] = []
        for done, lid in enumerate(ids):
            if cancelled():
                break
            progress(done, len(ids))
            letter = self.letter(lid)
            self.letters.set_commitments(lid, detect_for(letter), version)
            done_ids.append(lid)
        if done_ids:
            self._index_update([self.letter(i) for i in done_ids], state_before,
                               len(done_ids))
        return len(ids)

    def import_annotations(self, incoming: Iterable) -> tuple:
        """Merge exchanged annotations, each placed in its letter's text here.

        ``incoming`` is what ``w3c.read_file`` returns (or our own annotations). Each finds
        its letter by the app's id, a Kamerstuk id, or a Tweede Kamer document id in its
        target (:meth:`letter_for`) and is placed by its quote (``w3c.place``); one whose
        passage is not in the letter is kept as an orphan, one whose letter is not in the
        library waits as pending until that letter is imported. Items the file could not give
        are listed as rejected. One transaction, one undo step. Returns the merge report
        (added, updated, unchanged, rejected, pending, orphaned) and the orphans' ids.
        """
        from desktop_app.export.w3c import Incoming, ParsedFile

        items = (incoming.items if isinstance(incoming, ParsedFile)
                 else [Incoming.of(a) for a in incoming])
        placed, waiting = self.place_incoming(items)
        report = self.annotations.merge(placed, attached=[a.id for a in placed], pending=[
            (i.annotation.id, i.source, i.to_json(), i.annotation.modified) for i in waiting])
        report = self._with_orphans(report, placed)
        if isinstance(incoming, ParsedFile) and incoming.rejected:
            report = replace(report, rejected=tuple(incoming.rejected) + report.rejected)
        return report, list(report.orphaned)

    def letter_for(self, refs, existing: str | None = None) -> str | None:
        """The letter here that ``refs`` (``w3c.LetterRefs``) name, else ``existing`` (the
        letter an annotation of that id already has), else None (not in the library)."""
        for candidate in refs.ids:
            found = self.letters.id_like(letter_id=candidate)
            if found:
                return found
        for document in refs.documents:
            found = self.letters.id_like(source_part=document)
            if found:
                return found
        return existing

    def place_incoming(self, items: list) -> tuple[list, list]:
        """(annotations placed in their letters, items whose letter is not here)."""
        from desktop_app.export.w3c import place

        known = {a.id: a.letter_id for a in
                 self.annotations.annotations_by_id([i.annotation.id for i in items])}
        texts: dict[str, str | None] = {}
        placed, waiting = [], []
        for item in items:
            lid = self.letter_for(item.refs, known.get(item.annotation.id))
            if lid is None:
                waiting.append(item)
                continue
            if lid not in texts:
                row = self.letters.row(lid)
                texts[lid] = row["text"] if row else None
            ann = replace(item.annotation, letter_id=lid)
            text = texts[lid]
            placed.append(place(ann, text, item.positions_only) if text is not None else ann)
        return placed, waiting

    @staticmethod
    def _with_orphans(report, placed: list):
        changed = set(report.added) | set(report.updated)
        orphans = tuple(a.id for a in placed if a.id in changed and a.status == "orphan")
        return replace(report, orphaned=orphans)

    def pending_annotations(self) -> list:
        """The annotations waiting for a letter not in the library (``w3c.Incoming``)."""
        from desktop_app.export.w3c import Incoming

        return [Incoming.from_json(row["data"]) for row in self.annotations.pending()]

    def attach_pending(self):
        """Attach the pending annotations whose letter is now in the library (one step);
        returns the merge report (``attached``: their ids; ``orphaned`` among them)."""
        if self.read_only:
            return None
        items = [i for i in self.pending_annotations()
                 if self.letter_for(i.refs) is not None]
        if not items:
            return None
        placed, _ = self.place_incoming(items)
        ids = [a.id for a in placed]
        report = self.annotations.merge(placed, attached=ids,
                                        label="Attach annotations to an imported letter")
        return replace(self._with_orphans(report, placed), attached=tuple(ids))

    def commitment_rows(self, **filters) -> list:
        """The commitments overview: every commitment with its review applied, filtered.

        Per letter (newest first) its commitments in text order, then the reviews whose
        commitment is no longer detected (orphan rows: user data is listed, never dropped).
        Filters: see ``overview.filter_rows`` (``confidence="high"``, ``due_month`` …); with
        ``letter`` only that letter's commitments and reviews are read.
        """
        from desktop_app.overview import filter_rows, make_row, orphan_row
        from desktop_app.store.reviews import match_reviews

        only = filters.get("letter")
        groups = self._commitments_of(only) if only else self._commitments_by_letter()
        rows = []
        for letter, commitments, reviews in groups:
            lid = letter["id"]
            found = match_reviews(lid, commitments, reviews,
                                  lambda lid=lid: (self.letters.row(lid) or {}).get("text"))
            rows += [make_row(letter, c, review, key) for c, review, key
                     in zip(commitments, found.reviews, found.keys, strict=True)]
            rows += [orphan_row(letter, review) for review in found.orphans]
        return filter_rows(rows, **filters)

    def _commitments_of(self, letter_id: str) -> list[tuple[dict, list[Commitment], list]]:
        """``_commitments_by_letter`` for one letter (the reader asks for the letter shown);
        an unknown letter is an error, not "0 found"."""
        row = self.letters.row(letter_id)
        if row is None:
            self.letter(letter_id)  # raises NotFound, worded for the command line
        letter = {k: v for k, v in row.items() if k != "text"}
        letter.update(_corrected_fields(self.annotations.letter_edit(letter_id)))
        return [(letter, self.letters.commitments(letter_id),
                 self.annotations.reviews(letter_id))]

    def _commitments_by_letter(self) -> list[tuple[dict, list[Commitment], list]]:
        """(letter metadata, its commitments, its reviews) of every letter with either,
        newest letter first as ``LetterStore.all_commitments`` orders them."""
        reviews: dict[str, list] = {}
        for review in self.annotations.reviews():
            reviews.setdefault(review.letter_id, []).append(review)
        groups: dict[str, tuple[dict, list[Commitment]]] = {}
        for letter, c in self.letters.all_commitments():
            groups.setdefault(letter["id"], (letter, []))[1].append(c)
        for lid in reviews.keys() - groups.keys():  # every commitment gone: reviews remain
            row = self.letters.row(lid)
            if row is not None:  # a deleted letter's reviews are not listed
                groups[lid] = ({k: v for k, v in row.items() if k != "text"}, [])
        edits = self.annotations.letter_edits()
        for lid, (letter, _) in groups.items():  # the person's corrected title and date
            letter.update(_corrected_fields(edits.get(lid)))
        ordered = sorted(groups.values(), key=lambda g: g[0]["id"])
        ordered.sort(key=lambda g: g[0].get("date") or "", reverse=True)  # stable: id order
        return [(letter, cs, reviews.get(letter["id"], [])) for letter, cs in ordered]

    # -- search index --------------------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        """``index/`` in the data folder; in a read-only folder whose index is behind, a
        private temporary folder of this process where it is rebuilt (see
        :func:`temporary_index_dir`)."""
        if self._index_dir is None:
            index_dir = self.data_dir / "index"
            if self.read_only and not self._look_only and not self._index_usable(index_dir):
                index_dir = temporary_index_dir(self.data_dir)
            self._index_dir = index_dir
        return self._index_dir

    def _index_usable(self, index_dir: Path) -> bool:
        """True when the index in ``index_dir`` serves searches without being written."""
        from desktop_app.search import SearchIndex

        index = SearchIndex(index_dir)
        try:
            return (not index.needs_rebuild(self._index_state())
                    and index.annotations_token() == self.annotations_token())
        finally:
            index.close()

    def search_index(self):
        """The search index, opened lazily (not brought up to date; see ``ensure_index``)."""
        if self._index is None:
            from desktop_app.search import SearchIndex

            self._index = SearchIndex(self.index_dir)
        return self._index

    @property
    def index(self):
        """The search index, rebuilt first if missing, stale or corrupt."""
        self.ensure_index()
        return self.search_index()

    def index_is_current(self) -> bool:
        return not self.search_index().needs_rebuild(self._index_state())

    def ensure_index(self, *, progress: Progress = no_progress,
                     cancelled: Cancelled = not_cancelled) -> bool:
        """Rebuild the index when needed, and bring its annotations up to date.

        Returns True when the index is current.
        """
        if not self.index_is_current():
            if not self.rebuild_index(progress=progress, cancelled=cancelled):
                return False
        self.sync_annotation_index()
        return True

    def rebuild_index(self, *, progress: Progress = no_progress,
                      cancelled: Cancelled = not_cancelled) -> bool:
        if self.read_only and self.index_dir == self.data_dir / "index":
            raise read_only_error(self.data_dir)  # only a temporary index is built then
        state = self._index_state()
        return self.search_index().rebuild(
            self.iter_letters(), library_state=state, total=self.letters.count(),
            progress=progress, cancelled=cancelled, annotations=self._annotation_docs(),
            annotations_token=self.annotations_token(),
        ) is not False

    def annotations_token(self) -> str:
        """Changes whenever any annotation is added, edited, re-anchored or deleted (read
        from the store's history, not by hashing every annotation)."""
        return self.annotations.annotations_token()

    def sync_annotation_index(self) -> None:
        """Make notes, tags and quotes searchable after annotations changed (cheap: only the
        annotation documents are replaced, not the letters)."""
        token = self.annotations_token()
        index = self.search_index()
        if index.annotations_token() != token:
            index.replace_annotations(self._annotation_docs(), token=token)

    def _annotation_docs(self, letter_id: str | None = None) -> list[dict]:
        """The search documents of the annotations (of one letter, when given)."""
        return [
            {"id": a.id, "letter_id": a.letter_id, "quote": a.quote, "note": a.note,
             "tags": list(a.tags), "start": a.start, "end": a.end}
            for a in self.annotations.annotations(letter_id)
        ]

    def _index_update(self, letters: list[Letter], state_before: str, saves: int) -> bool:
        """Add letters this library saved to an index that was current at ``state_before``;
        False (the index is left behind, rebuilt on use) when it was not.

        ``saves``: how many letter saves of this library the letters are. The state recorded
        is ``state_before`` advanced by exactly those saves, and only when the library's
        state now is that one: a letter another window or program saved meanwhile is not
        in these documents, so its change must not be recorded as indexed (that program's
        own update then finds the index as it expects). Counting instead of holding
        library.db's write lock while the index is written: the other window may hold the
        index's writer lock while it waits for library.db, and neither would give way.
        """
        index = self.search_index()
        expected = _advanced(state_before, saves)
        if index.state() != state_before or self._index_state() != expected:
            return False
        index.update(letters, library_state=expected)
        return True


def _advanced(state: str, saves: int) -> str:
    """The index state ``state`` after ``saves`` more letter saves (library.db's generation
    counts one per save; the corrections' token, after :data:`_EDITS_MARK`, stays)."""
    library, mark, edits = state.partition(_EDITS_MARK)
    library_id, dot, generation = library.rpartition(".")
    return f"{library_id}{dot}{int(generation) + saves}{mark}{edits}"


class _IndexBatch:
    """The letters an import changed, handed to the search index :data:`INDEX_BATCH` at a
    time (so an import keeps no more than one batch in memory), each letter once per batch.

    Each batch is added only when the index was current before it and the library changed
    since by this import's saves alone (it records the library's state after each batch);
    otherwise the index is behind and rebuilt on its next use (later batches are not added
    either). A full disk is reported in ``report.index_error``, another error of the index
    (locked by another program, an I/O error) in ``error``, raised once every file is
    imported; either way the import goes on and the index, behind, is rebuilt on its next use.
    """

    def __init__(self, library: Library, report: ImportReport):
        self.library, self.report = library, report
        self.letters: dict[str, Letter] = {}
        self.saves = 0  # letter saves since state_before
        self.state_before = library._index_state()
        self.behind = False  # a batch was not added: the index is rebuilt on use
        self.error: Exception | None = None

    def add(self, letter: Letter) -> None:
        """A letter this import saved (once per save)."""
        self.letters.pop(letter.id, None)  # the newest version, in import order
        self.letters[letter.id] = letter
        self.saves += 1
        if len(self.letters) >= INDEX_BATCH:
            self.flush()

    def flush(self) -> None:
        letters, saves = list(self.letters.values()), self.saves
        self.letters.clear()
        self.saves = 0
        if (not letters or self.behind or self.report.index_error is not None
                or self.error is not None):
            return
        from desktop_app.search import IndexDiskFull

        try:
            added = self.library._index_update(letters, self.state_before, saves)
        except IndexDiskFull as exc:  # the import itself stands; keep its report
            self.report.index_error = exc
        except (UserError, OSError) as exc:  # the other files are still imported
            self.error = exc
        else:
            self.behind = not added
            self.state_before = _advanced(self.state_before, saves)


def _read_original(path: Path) -> ParsedLetter:
    """A kept copy read again; any failure is that file's ``IngestError``."""
    try:
        return read_file(path)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop the others
        raise read_failed(display_path(path), exc) from exc


def _same_row(row: dict, merged: MergedLetter) -> bool:
    """Whether the merged letter is what library.db holds already (text and details)."""
    return (row["text"] == merged.parsed.text
            and Metadata.from_dict(row) == merged.parsed.metadata)


def _merge_note(source: str, letter_id_: str, merged: MergedLetter) -> Merged:
    return Merged(source=source, letter_id=letter_id_, formats=merged.formats,
                  text_format=merged.text_format, taken=merged.taken)


def _corrected_fields(edit: LetterEdit | None) -> dict:
    """The metadata fields a person corrected, as ``apply_edit`` gives them (for rows)."""
    if edit is None or not edit.fields:
        return {}
    corrected = apply_edit(Metadata.from_dict({}), edit)
    names = [*edit.fields, *(("subject",) if "title" in edit.fields else ())]
    return {name: getattr(corrected, name) for name in names}
