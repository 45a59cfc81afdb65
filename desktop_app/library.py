"""The library facade: the one object the UI, the command line and the tests use.

It ties the stores together: letters (derived, rebuildable), annotations (user data), the
search index (derived) and commitment detection. Slow methods take ``progress(done, total)``
and ``cancelled()`` callbacks so the UI can run them in a background job.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.errors import IngestError, NotFound, UserError
from desktop_app.ingest import SUPPORTED_EXTENSIONS, read_file
from desktop_app.ingest.ids import letter_id, text_fingerprint
from desktop_app.model import Commitment, Letter, LetterSummary, ParsedLetter
from desktop_app.paths import bundled_letters_dir
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.letters import LetterStore


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
                skipped.append(str(p))
        if len(out) == before and empty_folders is not None:
            empty_folders.append(str(path))
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

    def __init__(self, data_dir: str | os.PathLike[str], *, seed: bool = True):
        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError) as exc:
            raise UserError(f"Cannot use {self.data_dir} as the data folder: it (or a folder "
                            "above it) is a file, not a folder. Choose another folder with "
                            "--data-dir.") from exc
        except OSError as exc:
            raise UserError(f"Cannot create the data folder {self.data_dir}: {exc.strerror}. "
                            "Choose another folder with --data-dir.") from exc
        self.letters = LetterStore(self.data_dir / "library.db")
        self.annotations = AnnotationStore(self.data_dir / "annotations.db")
        self._index = None
        if seed and self.needs_seed:
            self.import_bundled()

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
        counts = self.annotation_counts()
        return [replace(s, annotation_count=counts.get(s.id, 0)) for s in self.letters.summaries()]

    def annotation_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for ann in self.annotations.annotations():
            counts[ann.letter_id] = counts.get(ann.letter_id, 0) + 1
        return counts

    def letter(self, letter_id: str) -> Letter:
        letter = self.letters.get(letter_id)
        if letter is None:
            raise NotFound(f"There is no letter with id '{letter_id}'. "
                           "List the letters with `desktop-app letters`.")
        return letter

    def iter_letters(self) -> Iterator[Letter]:
        return self.letters.iter_letters()

    def count(self) -> int:
        return self.letters.count()

    def commitment_count(self) -> int:
        """Detected commitments in all letters (reviews do not change the number)."""
        return self.letters.commitment_count()

    # -- importing -----------------------------------------------------------------------
    @property
    def needs_seed(self) -> bool:
        """True until the bundled letters have been imported once."""
        return self.letters.get_meta("seeded") is None

    def import_bundled(self, *, progress: Progress = no_progress,
                       cancelled: Cancelled = not_cancelled) -> ImportReport:
        """First start: import the letters that ship with the app (once)."""
        folder = bundled_letters_dir()
        report = (self.import_paths([folder], progress=progress, cancelled=cancelled)
                  if folder.is_dir() else ImportReport())
        if not report.cancelled:
            self.letters.set_meta("seeded", "1")
        return report

    def import_paths(self, paths: Iterable[str | os.PathLike[str]], *,
                     progress: Progress = no_progress,
                     cancelled: Cancelled = not_cancelled) -> ImportReport:
        """Import files and folders; a failing file is reported and the rest still imported."""
        report = ImportReport()
        files = expand_paths(paths, report.skipped, report.empty_folders)
        state_before = self.letters.state()
        changed: list[Letter] = []
        for done, path in enumerate(files):
            if cancelled():
                report.cancelled = True
                break
            progress(done, len(files))
            try:
                outcome, letter = self._import_one(path)
            except IngestError as exc:
                report.errors.append(exc)
                continue
            getattr(report, outcome).append(letter.id)
            if outcome != "unchanged":
                changed.append(letter)
        progress(len(files), len(files))
        if changed:
            from desktop_app.search import IndexDiskFull

            try:
                self._index_update(changed, state_before)
            except IndexDiskFull as exc:  # the import itself stands; keep its report
                report.index_error = exc
        return report

    def _import_one(self, path: Path) -> tuple[str, Letter]:
        parsed = read_file(path)
        data_hash = hashlib.sha256(path.read_bytes()).hexdigest()
        fingerprint = text_fingerprint(parsed.text)
        existing_id = self._existing_id(parsed, fingerprint, str(path.resolve()))
        new_id = existing_id or letter_id(parsed.metadata, parsed.text)
        old = self.letters.row(new_id)
        same = old and old["fingerprint"] == fingerprint
        if same and old["detector_version"] == detector_version():
            return "unchanged", self.letter(new_id)
        letter = replace(parsed_to_letter(parsed, new_id), source=str(path.resolve()))
        original = self._keep_original(path, new_id)
        self.letters.save(letter, fingerprint=fingerprint, source_hash=data_hash,
                          original=str(original), detector_version=detector_version())
        if old and old["text"] != letter.text:
            self.annotations.reanchor_letter(new_id, letter.text, old_text=old["text"])
        return ("updated" if old else "added"), self.letter(new_id)

    def _existing_id(self, parsed: ParsedLetter, fingerprint: str, source: str) -> str | None:
        """The same letter again: same kamerstuk id, same text, or the same file re-imported."""
        kst = letter_id(parsed.metadata, parsed.text)
        if kst.startswith("kst-") and self.letters.row(kst):
            return kst
        return self.letters.find(fingerprint=fingerprint) or self.letters.find(source=source)

    def _keep_original(self, path: Path, new_id: str) -> Path:
        """Copy the original file into the data folder (atomically)."""
        folder = self.data_dir / "originals"
        folder.mkdir(exist_ok=True)
        target = folder / f"{new_id}{path.suffix.lower()}"
        tmp = ""
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".import-")
            os.close(fd)
            shutil.copyfile(path, tmp)
            os.replace(tmp, target)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise UserError(
                    f"The disk holding the data folder {self.data_dir} is full, so "
                    f"{path.name} and the files after it were not imported (the letters "
                    "before it were). Free some disk space and import again.",
                    code="import-disk-full", folder=str(self.data_dir), file=path.name,
                ) from exc
            raise
        finally:
            if tmp and os.path.exists(tmp):
                os.unlink(tmp)
        return target

    def delete(self, letter_id: str) -> None:
        """Remove a letter (its annotations are kept: user data is never deleted implicitly)."""
        state_before = self.letters.state()
        if not self.letters.delete(letter_id):
            raise NotFound(f"There is no letter with id '{letter_id}'.")
        index = self.search_index()
        if index.state() == state_before:
            index.delete([letter_id], library_state=self.letters.state())

    def redetect(self, *, only: Iterable[str] | None = None, progress: Progress = no_progress,
                 cancelled: Cancelled = not_cancelled) -> int:
        """Recompute commitments of letters detected by an older detector version.

        Detected commitments are derived data; reviews (user data) are keyed by the
        commitment's text in the annotations database and survive the recomputation.
        """
        version = detector_version()
        state_before = self.letters.state()
        ids = self.letters.outdated_detection(version)
        if only is not None:
            wanted = set(only)
            ids = [i for i in ids if i in wanted]
        for done, lid in enumerate(ids):
            if cancelled():
                break
            progress(done, len(ids))
            letter = self.letter(lid)
            self.letters.set_commitments(lid, detect_for(letter), version)
        if ids:
            self._index_update([self.letter(i) for i in ids], state_before)
        return len(ids)

    def import_annotations(self, incoming: list) -> tuple:
        """Merge exchanged annotations, then check each against its letter's text here.

        An imported annotation whose quote is not in the letter (another version, another
        library) becomes an orphan instead of pointing at the wrong text. Returns the merge
        report and the ids of the imported annotations that are orphans.
        """
        report = self.annotations.merge(incoming)
        changed = set(report.added) | set(report.updated)
        orphans: list[str] = []
        for lid in sorted({a.letter_id for a in incoming if a.id in changed}):
            letter = self.letters.get(lid)
            if letter is None:
                continue  # the letter is not in this library: keep the annotation as it came
            result = self.annotations.reanchor_letter(lid, letter.text)
            orphans.extend(i for i in result.orphaned if i in changed)
        return report, orphans

    def commitment_rows(self, **filters) -> list:
        """The commitments overview: every commitment with its review applied, filtered."""
        from desktop_app.overview import filter_rows, make_row

        if filters.get("letter"):
            self.letter(filters["letter"])  # an unknown letter is an error, not "0 found"
        reviews = {r.key: r for r in self.annotations.reviews()}
        from desktop_app.store.reviews import review_key

        rows = [
            make_row(letter, c, reviews.get(review_key(letter["id"], c.text)))
            for letter, c in self.letters.all_commitments()
        ]
        return filter_rows(rows, **filters)

    # -- search index --------------------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

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
        return not self.search_index().needs_rebuild(self.letters.state())

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
        state = self.letters.state()
        return self.search_index().rebuild(
            self.letters.iter_letters(), library_state=state, total=self.letters.count(),
            progress=progress, cancelled=cancelled, annotations=self._annotation_docs(),
            annotations_token=self.annotations_token(),
        ) is not False

    def annotations_token(self) -> str:
        """Changes whenever any annotation is added, edited, re-anchored or deleted."""
        rows = sorted((a.id, a.modified, a.status, a.start) for a in self.annotations.annotations())
        return hashlib.sha1(repr(rows).encode("utf-8")).hexdigest()[:16]

    def sync_annotation_index(self) -> None:
        """Make notes, tags and quotes searchable after annotations changed (cheap: only the
        annotation documents are replaced, not the letters)."""
        token = self.annotations_token()
        index = self.search_index()
        if index.annotations_token() != token:
            index.replace_annotations(self._annotation_docs(), token=token)

    def _annotation_docs(self) -> list[dict]:
        return [
            {"id": a.id, "letter_id": a.letter_id, "quote": a.quote, "note": a.note,
             "tags": list(a.tags), "start": a.start, "end": a.end}
            for a in self.annotations.annotations()
        ]

    def _index_update(self, letters: list[Letter], state_before: str) -> None:
        """Add changed letters to an index that was current; otherwise it is rebuilt on use."""
        index = self.search_index()
        if index.state() != state_before:
            return
        index.update(letters, library_state=self.letters.state())
