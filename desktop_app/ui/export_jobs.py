"""Export job functions for the JobRunner: a course pack, or the commitments overview's rows.

Like the library jobs, each opens its own ``Library`` on the data folder in the worker thread
(SQLite connections belong to the thread that opened them) and never touches a widget.
A problem (no permission, a full disk, nothing to export) fails the job with a message in
the user's language: :class:`ExportProblems` words the domain's error codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.errors import UserError
from desktop_app.export import export_pack
from desktop_app.export.pack import (
    CoursePack,
    ExportCancelled,
    pack_from_annotations,
    pack_from_collection,
    pack_from_tag,
)
from desktop_app.library import Library
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled
from desktop_app.ui.tasks import JobFn


@dataclass(frozen=True)
class PackRequest:
    """What the export dialog asks for: a source, a format, notes or not, a title."""

    source: str  # "collection" (value: its id), "tag" (value: the tag) or "annotations"
    value: str = ""
    annotation_ids: tuple[str, ...] = ()
    fmt: str = "docx"
    include_notes: bool = True
    title: str = ""


@dataclass(frozen=True)
class ExportDone:
    """The result of an export job: where it went and what it holds."""

    path: Path
    kind: str  # a pack format, "csv" or "ics"
    counts: dict = field(default_factory=dict)  # pack.summary() or {"commitments": n}
    cancelled: bool = False


class ExportProblems(QObject):
    """Export errors in the user's language.

    The domain words them in English for the command line and names each with a ``code``
    and ``params`` (:mod:`desktop_app.export.errors`); an unknown code keeps its English text.
    Thread-safe: a worker makes its own instance (translating is thread-safe in Qt).
    """

    def text(self, error: BaseException) -> str:
        """The message for ``error``: translated when its code is known."""
        known = self._texts().get(getattr(error, "code", "") or "")
        if known is None:
            return str(error)
        template, names = known
        params = getattr(error, "params", None) or {}
        return _fill(template, [params.get(name, "") for name in names])

    def _texts(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Error code -> (translated text, the params that fill %1, %2 …)."""
        return {
            "permission": (self.tr("Cannot write %1: permission denied. Choose a folder you "
                                   "can write to, or close the file if another program has "
                                   "it open."), ("path",)),
            "is-folder": (self.tr("Cannot write %1: it is a folder. Choose a file name."),
                          ("path",)),
            "not-a-file": (self.tr("Cannot write %1: it is not an ordinary file (a device or "
                                   "a pipe). Choose a file name."), ("path",)),
            "no-folder": (self.tr("Cannot write %1: the folder %2 does not exist."),
                          ("path", "folder")),
            "not-a-folder": (self.tr("Cannot write %1: %2 is a file, not a folder. Choose "
                                     "another location."), ("path", "folder")),
            "cannot-create": (self.tr("Cannot write %1: files cannot be created in %2. Choose "
                                      "a folder you can write to."), ("path", "folder")),
            "disk-full": (self.tr("Cannot write %1: the disk is full. Make room or choose "
                                  "another location; nothing was written."), ("path",)),
            "read-only": (self.tr("Cannot write %1: the disk is read-only. Choose another "
                                  "location."), ("path",)),
            "os-error": (self.tr("Cannot write %1: %2. Choose another location."),
                         ("path", "reason")),
            "no-collection": (self.tr("This collection no longer exists. Choose another "
                                      "one."), ()),
            "no-tag-annotations": (self.tr("No annotations have the tag “%1”. Choose another "
                                           "tag, or tag passages in the Annotations tab."),
                                   ("tag",)),
            "no-selection": (self.tr("Select at least one annotation to export (in the "
                                     "Annotations tab)."), ()),
            "unknown-format": (self.tr("Unknown export format “%1”. Choose one of: %2."),
                               ("fmt", "formats")),
        }


def export_error_text(error: BaseException) -> str:
    """``error`` worded in the user's language (see :class:`ExportProblems`)."""
    return ExportProblems().text(error)


def _fill(template: str, values: list[object]) -> str:
    """``%1``, ``%2`` … replaced in one pass (a value holding "%2" is left alone)."""

    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


def _worded(error: UserError) -> UserError:
    """The same problem as a UserError whose message is in the user's language."""
    worded = UserError(export_error_text(error))
    worded.code = getattr(error, "code", "")
    worded.params = getattr(error, "params", {})
    return worded


def build_pack(library, request: PackRequest, progress: Progress = no_progress,
               cancelled: Cancelled = not_cancelled) -> CoursePack:
    """The course pack a request describes (notes as asked), titled as asked."""
    title = request.title.strip()
    if request.source == "collection":
        pack = pack_from_collection(library, request.value, progress=progress,
                                    cancelled=cancelled)
    elif request.source == "tag":
        pack = pack_from_tag(library, request.value, title=title or None, progress=progress,
                             cancelled=cancelled)
    else:
        pack = pack_from_annotations(library, request.annotation_ids, title=title,
                                     progress=progress, cancelled=cancelled)
    if title and title != pack.title:
        pack = replace(pack, title=title)
    return pack if request.include_notes else pack.without_notes()


def pack_job(data_dir: Path, request: PackRequest, out: Path) -> JobFn:
    """Gather the pack and write it in the requested format, atomically."""

    def run(progress: Progress, cancelled: Cancelled) -> ExportDone:
        with Library(data_dir, seed=False) as library:
            try:
                pack = build_pack(library, request, progress, cancelled)
                path = export_pack(pack, request.fmt, out,
                                   include_notes=request.include_notes,
                                   progress=progress, cancelled=cancelled)
            except ExportCancelled:
                return ExportDone(Path(out), request.fmt, cancelled=True)
            except UserError as exc:
                raise _worded(exc) from exc
        return ExportDone(path, request.fmt, pack.summary())

    return run


def commitments_job(data_dir: Path, rows: list, fmt: str, out: Path,
                    delimiter: str = ",") -> JobFn:
    """Write commitment rows as an Excel CSV (``fmt="csv"``) or an iCalendar file ("ics")."""
    from desktop_app.export.ical import dated_count, write_commitments_ics
    from desktop_app.export.spreadsheet import letter_metadata, write_commitments_csv

    rows = list(rows)

    def run(progress: Progress, cancelled: Cancelled) -> ExportDone:
        with Library(data_dir, seed=False) as library:
            metadata = letter_metadata(library)
        try:
            if fmt == "ics":
                path = write_commitments_ics(rows, metadata, out)
                return ExportDone(path, fmt, {"commitments": dated_count(rows)})
            path = write_commitments_csv(rows, metadata, out, delimiter)
        except UserError as exc:
            raise _worded(exc) from exc
        return ExportDone(path, fmt, {"commitments": len(rows)})

    return run
