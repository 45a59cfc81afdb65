"""Importing from the window: the file and folder choosers, and the report after an import."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.errors import IngestError
from desktop_app.library import ImportReport, Merged
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.widgets import fill

MAX_LISTED = 10  # unreadable files or empty folders named in the message


def choose_files(parent: QWidget) -> list[str]:
    """The native dialog for letter files; [] when cancelled."""
    return file_dialogs.open_files(
        parent, QCoreApplication.translate("MainWindow", "Import letters"), str(Path.home()),
        QCoreApplication.translate("MainWindow", "Letters (*.txt *.md *.html *.htm *.xml "
                                   "*.pdf);;All files (*)"))


def choose_folder(parent: QWidget) -> list[str]:
    """The native dialog for a folder of letters; [] when cancelled."""
    folder = file_dialogs.existing_folder(
        parent, QCoreApplication.translate("MainWindow", "Import a folder of letters"),
        str(Path.home()))
    return [folder] if folder else []


class ImportReporter(QObject):
    """Words the message after an import (a QObject for ``tr()`` with plural forms)."""

    def text(self, report: ImportReport) -> str:
        """What happened: counts (or that nothing was imported), folders without letters,
        skipped files, cancelled, and up to ten unreadable files."""
        if nothing_imported(report) and not report.cancelled:
            text = self.tr("No letters were imported.")
        else:
            text = self.tr("Import finished: %1 new, %2 updated, %3 unchanged.")
            for i, n in enumerate((report.added, report.updated, report.unchanged), 1):
                text = text.replace(f"%{i}", str(len(n)))
        if report.cancelled:
            text += " " + self.tr("The import was cancelled.")
        for folder in report.empty_folders[:MAX_LISTED]:
            text += "<br>" + html.escape(fill(self.tr(
                "No letters found in folder “%1”: there are no letter files (.txt, .md, .html, "
                ".xml, .pdf) in it. Choose the folder that holds the letters."), folder))
        if report.skipped:
            text += "<br>" + html.escape(self.skipped_text(report.skipped))
        if report.errors:
            problems = "<br>".join(html.escape(self.error_text(e))
                                   for e in report.errors[:MAX_LISTED])
            more = len(report.errors) - MAX_LISTED
            if more > 0:
                problems += "<br>" + self.tr("… and %n more", "", more)
            text += "<br>" + self.tr("%n file(s) could not be read:", "",
                                     len(report.errors)) + "<br>" + problems
        for kept in report.kept_apart[:MAX_LISTED]:
            text += "<br>" + html.escape(self.kept_apart_text(kept))
        for merged in report.merged[:MAX_LISTED]:
            text += "<br>" + html.escape(self.merged_text(merged))
        if report.attached:
            text += "<br>" + self.tr("%n imported annotation(s) that waited for these letters "
                                     "are now attached.", "", len(report.attached))
        if report.pending:
            text += "<br>" + self.tr("%n imported annotation(s) still wait for letters that "
                                     "are not in the library; import those letters to attach "
                                     "them.", "", report.pending)
        if report.index_error is not None:
            text += "<br>" + html.escape(self.tr(
                "The search index could not be updated: the disk is full. Free some disk "
                "space; the index is then rebuilt from the library. The imported letters are "
                "in the library."))
        return text

    def kept_apart_text(self, kept) -> str:
        """A file that named a letter but did not replace it (see ``library.KeptApart``)."""
        return fill(self.tr(
            "%1: its text is very different from the letter %2 already in the library (only "
            "%3% alike), so it did not replace that letter; it was imported as a separate "
            "letter %4. Delete it if it is not a letter; if it is a new version of %2, delete "
            "%2 first and import it again."), kept.source, kept.existing_id,
            str(round(kept.similarity * 100)), kept.letter_id)

    def merged_text(self, merged: Merged) -> str:
        """A file recognised as another format of a letter: what the merge took from which
        file (see ``library.Merged``; the command line says the same in English)."""
        details = ", ".join(fill(self.tr("%1 from %2"), self.field_name(name),
                                 self.format_name(fmt)) for name, fmt in merged.taken)
        return fill(self.tr("%1: merged with %2 (%3): text from %4; %5"), merged.source,
                    merged.letter_id, " + ".join(self.format_name(f) for f in merged.formats),
                    self.format_name(merged.text_format),
                    details or self.tr("the details agree"))

    def format_name(self, fmt: str) -> str:
        names = {"xml": self.tr("XML"), "html": self.tr("HTML"), "markdown": self.tr("markdown"),
                 "text": self.tr("text"), "pdf": self.tr("PDF")}
        return names.get(fmt, fmt)

    def field_name(self, name: str) -> str:
        """A metadata field as the report names it (the first field of a group)."""
        names = {"title": self.tr("title"), "subject": self.tr("subject"),
                 "date": self.tr("date"), "dossier": self.tr("Kamerstuk number"),
                 "vergaderjaar": self.tr("parliamentary year"),
                 "signatory": self.tr("signatory"), "reference": self.tr("reference"),
                 "chamber": self.tr("chamber")}
        return names.get(name, name)

    def skipped_text(self, skipped: list[str]) -> str:
        """Files a folder import left out, by type, and what to do (as the CLI says it)."""
        types = sorted({Path(p).suffix.lower() for p in skipped}, key=lambda t: (not t, t))
        listed = ", ".join(t or self.tr("no extension") for t in types)
        return fill(self.tr("%n file(s) skipped (%1): this app reads only .txt, .md, .html, "
                            ".xml and .pdf files. Save letters in other formats as PDF or "
                            "HTML first.", "", len(skipped)), listed)

    def error_text(self, error: IngestError) -> str:
        """"<file>: <problem>" in the user's language (the window's catalogue words it)."""
        return message_text(error)


def nothing_imported(report: ImportReport) -> bool:
    """True when no letter was added, updated or found unchanged."""
    return not (report.added or report.updated or report.unchanged)


def report_text(report: ImportReport) -> str:
    """The message after an import."""
    return ImportReporter().text(report)


def report_kind(report: ImportReport) -> str:
    """The message bar's kind: "error" when a file failed, a folder held no letters or
    nothing was imported (and the import was not cancelled); otherwise "info"."""
    if report.errors or report.empty_folders or report.index_error is not None:
        return "error"
    return "error" if nothing_imported(report) and not report.cancelled else "info"
