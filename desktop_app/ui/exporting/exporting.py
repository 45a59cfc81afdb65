"""Exports from the window: the course-pack dialog, the save dialog, and the export job on the
window's job control; results and problems go to the message bar."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.export import SUFFIXES
from desktop_app.export.qdpx import FORMAT as QDPX
from desktop_app.export.qdpx import SUFFIX as QDPX_SUFFIX
from desktop_app.ui.exporting.export_dialog import ExportDialog
from desktop_app.ui.exporting.export_jobs import (
    W3C,
    W3C_SUFFIX,
    ExportDone,
    PackRequest,
    commitments_job,
    pack_job,
)
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.job_control import JobControl

COMMITMENT_SUFFIXES = {"csv": ".csv", "ics": ".ics"}


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> str:
    """The native save dialog; returns the chosen path or "" (tests replace this)."""
    return file_dialogs.save_file(parent, title, suggested, file_filter)


def file_name(title: str, suffix: str) -> str:
    """A file name from a title: "Asiel & migratie" → "Asiel-migratie.docx"."""
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-")[:80]
    return (stem or "export") + suffix


def with_suffix(path: str, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (added when the name has none or another one)."""
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


class ExportController(QObject):
    """Opens the export dialog, asks where to save, and runs the export as a job."""

    info = Signal(str)  # a result for the message bar (rich text)

    def __init__(self, library, jobs: JobControl, dialog_parent: QWidget):
        super().__init__(dialog_parent)
        self.library = library
        self.data_dir = Path(library.data_dir)
        self.jobs = jobs
        self.dialog_parent = dialog_parent
        self.folder = Path.home()
        self.dialog: ExportDialog | None = None
        jobs.finished.connect(self._on_finished)

    # -- course packs --------------------------------------------------------------------
    def open_dialog(self, selected: list[str] | tuple[str, ...] = (),
                    initial: PackRequest | None = None) -> ExportDialog:
        """Show the export dialog (window-modal); the export starts from its Export button."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = ExportDialog(self.library, selected, initial, self.dialog_parent)
        self.dialog.export_requested.connect(self._on_export_requested)
        self.dialog.open()
        return self.dialog

    def export_collection(self, collection_id: str) -> ExportDialog:
        return self.open_dialog(initial=PackRequest("collection", collection_id))

    def export_annotations(self, ids: list[str]) -> ExportDialog:
        return self.open_dialog(ids, PackRequest("annotations", annotation_ids=tuple(ids)))

    def _on_export_requested(self, request: PackRequest) -> None:
        suffix, caption, file_filter = self._save_choice(request.fmt)
        path = ask_save_path(self.dialog_parent, caption,
                             str(self.folder / file_name(request.title, suffix)), file_filter)
        if not path:
            return  # back to the dialog
        if self.dialog is not None:
            self.dialog.accept()
        out = with_suffix(path, suffix)
        self.folder = out.parent
        self.jobs.run("export", pack_job(self.data_dir, request, out), self.tr("Exporting…"))

    def _save_choice(self, fmt: str) -> tuple[str, str, str]:
        """The suffix, the save dialog's title and its file filter for an export format."""
        if fmt == W3C:
            return (W3C_SUFFIX, self.tr("Export as Web Annotations"),
                    self.tr("Web Annotation files (*.json)"))
        suffix = QDPX_SUFFIX if fmt == QDPX else SUFFIXES[fmt]
        caption = (self.tr("Export a QDA project") if fmt == QDPX
                   else self.tr("Export the course pack"))
        return (suffix, caption,
                self.tr("%1 files (*%2)").replace("%1", fmt.upper()).replace("%2", suffix))

    # -- commitments ---------------------------------------------------------------------
    def export_commitments(self, rows: list, fmt: str, delimiter: str = ",") -> bool:
        """Save the overview's rows as CSV (for Excel) or iCalendar; False if not started.

        Nothing is asked or written when there is nothing to export (an empty file is no use).
        """
        from desktop_app.export.ical import dated_count

        if not rows:
            self.info.emit(self.tr("There are no commitments to export: the filters leave "
                                   "none. Change the filters and export again."))
            return False
        if fmt == "ics" and not dated_count(rows):
            self.info.emit(self.tr("None of the commitments shown has a deadline, so there is "
                                   "nothing to put in a calendar. Export them as CSV instead."))
            return False
        suffix = COMMITMENT_SUFFIXES[fmt]
        file_filter = (self.tr("iCalendar files (*.ics)") if fmt == "ics"
                       else self.tr("CSV files (*.csv)"))
        path = ask_save_path(self.dialog_parent, self.tr("Export the commitments"),
                             str(self.folder / (self.tr("commitments") + suffix)), file_filter)
        if not path:
            return False
        out = with_suffix(path, suffix)
        self.folder = out.parent
        return self.jobs.run("export", commitments_job(self.data_dir, rows, fmt, out, delimiter),
                             self.tr("Exporting…"))

    # -- result --------------------------------------------------------------------------
    def _on_finished(self, kind: str, result: object) -> None:
        if kind == "export" and isinstance(result, ExportDone):
            self.info.emit(self.result_text(result))

    def result_text(self, done: ExportDone) -> str:
        """What the message bar says after an export, with a link to open the folder."""
        if done.cancelled:
            return self.tr("The export was cancelled; no file was written.")
        c = done.counts
        if done.kind == "ics":
            what = self.tr("%n dated commitment(s) as calendar events", "", c["commitments"])
        elif done.kind == "csv":
            what = self.tr("%n commitment(s)", "", c["commitments"])
        elif done.kind == W3C:
            what = (self.tr("%n annotation(s)", "", c["annotations"]) + " "
                    + self.tr("from %n letter(s)", "", c["letters"]))
        else:
            what = (self.tr("%n passage(s)", "", c["passages"]) + " "
                    + self.tr("from %n letter(s)", "", c["letters"]))
        folder = QUrl.fromLocalFile(str(done.path.parent)).toString()
        link = self.tr("Open folder")
        text = self.tr("Exported %1 to %2.").replace("%1", what).replace(
            "%2", f"<code>{html.escape(str(done.path))}</code>")
        if c.get("left_out"):  # a QDA project cannot hold passages it cannot place
            text += " " + self.tr("%n annotation(s) left out: no longer found in their "
                                  "letter.", "", c["left_out"])
        return text + f' <a href="{html.escape(folder)}">{link}</a>'
