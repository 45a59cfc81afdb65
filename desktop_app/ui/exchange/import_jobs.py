"""The annotation-import job for the JobRunner: read W3C / Hypothesis files and merge them.

Like the library jobs, it opens its own ``Library`` on the data folder in the worker thread
(SQLite connections belong to the thread that opened them) and never touches a widget. Every
file is read first; a file that cannot be read (malformed JSON, not annotations, too large)
changes nothing and is reported with what is wrong. Each readable file is then merged as one
store transaction, so one history entry and, in the window, one undo step per file. The
result says, per annotation, what became of it (added, updated, attached, orphaned, pending,
rejected …); the window words it.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.export import w3c
from desktop_app.library import Library
from desktop_app.progress import Cancelled, Progress
from desktop_app.render import summary_title
from desktop_app.ui.shell.tasks import JobFn

IMPORT_LABEL = "Import annotations"  # the store's history label of a merge
# one outcome per annotation, in the order the report lists them (what needs a look first)
OUTCOMES = ("rejected", "pending", "orphaned", "attached", "added", "updated", "unchanged")


@dataclass(frozen=True)
class ImportedItem:
    """One annotation of a file and what became of it."""

    outcome: str  # one of OUTCOMES
    name: str  # its id, or "annotation N (id)" for an item the file could not give
    quote: str = ""
    letter_id: str = ""  # the letter here it belongs to (placed ones)
    source: str = ""  # the letter as the file names it (pending ones)
    reason: str = ""  # why it was rejected (the domain's words)


@dataclass(frozen=True)
class FileOutcome:
    """One file: its items, or the problem that kept the whole file out."""

    path: str
    items: tuple[ImportedItem, ...] = ()
    entry_ids: tuple[int, ...] = ()  # the store history entries its merge wrote (one step)
    problem: str = ""  # "" or: invalid-json, not-text, not-annotations, too-large, unreadable
    detail: dict = field(default_factory=dict)  # line/column, limit_mb …

    def count(self, outcome: str) -> int:
        return sum(1 for i in self.items if i.outcome == outcome)


@dataclass(frozen=True)
class AnnotationImportDone:
    """The result of an annotation import: one outcome per file, and letter titles."""

    files: tuple[FileOutcome, ...]
    titles: dict = field(default_factory=dict)  # letter id -> its title in the letter list
    cancelled: bool = False

    def count(self, outcome: str) -> int:
        return sum(f.count(outcome) for f in self.files)

    @property
    def failed(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.problem)

    @property
    def changed(self) -> bool:
        """True when any file wrote to the store."""
        return any(f.entry_ids for f in self.files)


def problem_of(path: Path, error: w3c.ImportRejected) -> tuple[str, dict]:
    """Why a whole file was refused, as a code and its details (the window words them)."""
    cause = error.__cause__
    if getattr(error, "code", "") == "import-too-large":
        return "too-large", {"limit_mb": w3c.MAX_FILE_BYTES >> 20}
    if isinstance(cause, json.JSONDecodeError):
        return "invalid-json", {"line": cause.lineno, "column": cause.colno}
    if isinstance(cause, UnicodeDecodeError):
        return "not-text", {}
    if isinstance(cause, OSError) or path.is_dir() or not path.exists():
        return "unreadable", {}
    return "not-annotations", {}


def _newest_entry(library) -> int:
    entries = library.annotations.history(limit=1, own=True)
    return entries[0].id if entries else 0


def _import_entries(library, before: int) -> tuple[int, ...]:
    """The merge entries written since ``before`` (a sync's or another window's are not)."""
    return tuple(sorted(e.id for e in library.annotations.history(limit=1000, own=True)
                        if e.id > before and e.state == "done" and e.label == IMPORT_LABEL))


def _items(library, parsed: w3c.ParsedFile, report, waiting_before: set[str]
           ) -> tuple[ImportedItem, ...]:
    """Each annotation of the file with its one outcome (see OUTCOMES)."""
    incoming = {i.annotation.id: i for i in parsed.items}
    stored = {a.id: a for a in library.annotations.annotations_by_id(
        [*report.added, *report.updated, *report.unchanged])}
    orphaned = set(report.orphaned)
    out: list[ImportedItem] = []
    for name, reason in report.rejected:
        quote = incoming[name].annotation.quote if name in incoming else ""
        out.append(ImportedItem("rejected", name, quote, reason=reason))
    for ann_id in report.pending:
        item = incoming.get(ann_id)
        out.append(ImportedItem("pending", ann_id, item.annotation.quote if item else "",
                                source=item.source if item else ""))
    for outcome, ids in (("added", report.added), ("updated", report.updated),
                         ("unchanged", report.unchanged)):
        for ann_id in ids:
            ann = stored.get(ann_id)
            if ann_id in orphaned:
                outcome_here = "orphaned"
            elif ann_id in waiting_before:  # it waited for its letter and found it now
                outcome_here = "attached"
            else:
                outcome_here = outcome
            out.append(ImportedItem(outcome_here, ann_id, ann.quote if ann else "",
                                    ann.letter_id if ann else ""))
    return tuple(sorted(out, key=lambda i: OUTCOMES.index(i.outcome)))


def import_one(library, path: Path, parsed: w3c.ParsedFile) -> FileOutcome:
    """Merge one parsed file (one transaction); what became of each annotation."""
    waiting_before = {row["id"] for row in library.annotations.pending()}
    before = _newest_entry(library)
    report, _orphans = library.import_annotations(parsed)
    return FileOutcome(str(path), _items(library, parsed, report, waiting_before),
                       _import_entries(library, before))


def annotation_import_job(data_dir: Path, paths: list[str]) -> JobFn:
    """Read every file, then merge the readable ones one by one; returns
    :class:`AnnotationImportDone`."""
    paths = [Path(p) for p in paths]

    def run(progress: Progress, cancelled: Cancelled) -> AnnotationImportDone:
        read: dict[int, w3c.ParsedFile] = {}
        outcomes: dict[int, FileOutcome] = {}
        for n, path in enumerate(paths):
            progress(n, 2 * len(paths))
            try:
                read[n] = w3c.read_file(path)
            except w3c.ImportRejected as exc:
                problem, detail = problem_of(path, exc)
                outcomes[n] = FileOutcome(str(path), problem=problem, detail=detail)
        stopped = False
        with Library(data_dir, seed=False) as library:
            for n, parsed in read.items():
                if cancelled():
                    stopped = True
                    break
                progress(len(paths) + n, 2 * len(paths))
                outcomes[n] = import_one(library, paths[n], parsed)
            wanted = {i.letter_id for f in outcomes.values() for i in f.items if i.letter_id}
            titles = {s.id: summary_title(s) for s in library.summaries() if s.id in wanted}
            # the index is derived data: when it is busy it catches up on its next use
            with contextlib.suppress(Exception):
                library.sync_annotation_index()
        files = tuple(outcomes[n] for n in sorted(outcomes))
        return AnnotationImportDone(files, titles, cancelled=stopped)

    return run
