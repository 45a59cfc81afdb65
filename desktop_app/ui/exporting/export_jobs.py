"""Export job functions for the JobRunner: a course pack, or the commitments overview's rows.

Like the library jobs, each opens its own ``Library`` on the data folder in the worker thread
(SQLite connections belong to the thread that opened them) and never touches a widget.
A problem (no permission, a full disk, nothing to export) fails the job with a message in
the user's language: the job fails with the error itself and the window's catalogue
(``ui/shell/messages.py``) words its code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.export import atomic, export_pack
from desktop_app.export.pack import (
    CoursePack,
    ExportCancelled,
    pack_from_annotations,
    pack_from_collection,
    pack_from_tag,
)
from desktop_app.export.qdpx import FORMAT as QDPX
from desktop_app.export.qdpx import annotations_for, write_qdpx
from desktop_app.export.w3c import export_document
from desktop_app.library import Library
from desktop_app.progress import Cancelled, Progress, no_progress, not_cancelled
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.shell.tasks import JobFn


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
    kind: str  # a pack format, "qdpx", "w3c", "csv" or "ics"
    counts: dict = field(default_factory=dict)  # pack.summary() or {"commitments": n}
    cancelled: bool = False


def export_error_text(error: BaseException) -> str:
    """``error`` worded in the user's language (the window's catalogue of messages)."""
    return message_text(error)


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


def write_qdpx_request(library, request: PackRequest, out: Path, progress: Progress,
                       cancelled: Cancelled) -> ExportDone:
    """The request's annotations as a REFI-QDA project (notes as asked), titled as asked."""
    title, annotations = annotations_for(library, request.source, request.value,
                                         request.annotation_ids)
    if not request.include_notes:
        annotations = [replace(a, note="") for a in annotations]
    done = write_qdpx(library, annotations, out, title=request.title.strip() or title,
                      progress=progress, cancelled=cancelled)
    return ExportDone(done.path, QDPX, {"passages": done.annotations, "letters": done.letters,
                                        "notes": done.notes, "left_out": len(done.left_out)})


W3C = "w3c"  # the export dialog's format for W3C Web Annotations (JSON-LD)
W3C_SUFFIX = ".json"


def write_w3c_request(library, request: PackRequest, out: Path) -> ExportDone:
    """The request's annotations as a W3C AnnotationCollection (notes as asked), labelled with
    the title, written atomically (a temporary file, then a rename)."""
    title, annotations = annotations_for(library, request.source, request.value,
                                         request.annotation_ids)
    if not request.include_notes:
        annotations = [replace(a, note="") for a in annotations]
    palette = {c.name: c.hex for c in library.annotations.palette()}
    document = export_document(annotations, label=request.title.strip() or title,
                               palette=palette)
    atomic.write_text(Path(out), json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return ExportDone(Path(out), W3C, {"annotations": len(annotations),
                                       "letters": len({a.letter_id for a in annotations})})


def pack_job(data_dir: Path, request: PackRequest, out: Path) -> JobFn:
    """Gather the pack and write it in the requested format, atomically."""

    def run(progress: Progress, cancelled: Cancelled) -> ExportDone:
        with Library(data_dir, seed=False) as library:
            try:
                if request.fmt == QDPX:
                    return write_qdpx_request(library, request, out, progress, cancelled)
                if request.fmt == W3C:
                    return write_w3c_request(library, request, out)
                pack = build_pack(library, request, progress, cancelled)
                path = export_pack(pack, request.fmt, out,
                                   include_notes=request.include_notes,
                                   progress=progress, cancelled=cancelled)
            except ExportCancelled:
                return ExportDone(Path(out), request.fmt, cancelled=True)
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
        if fmt == "ics":
            path = write_commitments_ics(rows, metadata, out)
            return ExportDone(path, fmt, {"commitments": dated_count(rows)})
        path = write_commitments_csv(rows, metadata, out, delimiter)
        return ExportDone(path, fmt, {"commitments": len(rows)})

    return run
