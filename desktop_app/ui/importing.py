"""Importing from the window: the file and folder choosers, and the report after an import."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.errors import IngestError
from desktop_app.library import ImportReport
from desktop_app.ui.widgets import fill

MAX_LISTED = 10  # unreadable files or empty folders named in the message


def choose_files(parent: QWidget) -> list[str]:
    """The native dialog for letter files; [] when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("MainWindow", "Import letters"), str(Path.home()),
        QCoreApplication.translate("MainWindow", "Letters (*.txt *.md *.html *.htm *.xml "
                                   "*.pdf);;All files (*)"))
    return paths


def choose_folder(parent: QWidget) -> list[str]:
    """The native dialog for a folder of letters; [] when cancelled."""
    folder = QFileDialog.getExistingDirectory(
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

    def skipped_text(self, skipped: list[str]) -> str:
        """Files a folder import left out, by type, and what to do (as the CLI says it)."""
        types = sorted({Path(p).suffix.lower() for p in skipped}, key=lambda t: (not t, t))
        listed = ", ".join(t or self.tr("no extension") for t in types)
        return fill(self.tr("%n file(s) skipped (%1): this app reads only .txt, .md, .html, "
                            ".xml and .pdf files. Save letters in other formats as PDF or "
                            "HTML first.", "", len(skipped)), listed)

    def error_text(self, error: IngestError) -> str:
        """"<file>: <problem>" in the user's language (the domain words it in English)."""
        known = self._problem_texts().get(getattr(error, "code", ""))
        if known is None:
            return str(error)
        template, names = known
        params = dict(error.params)
        if error.code == "unsupported-type" and not params.get("ext"):
            params["ext"] = self.tr("no extension")
        problem = fill(template, *(params.get(name, "") for name in names))
        return fill(self.tr("%1: %2", "file name: problem"), error.source, problem)

    def _problem_texts(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """IngestError code -> (translated problem, the params that fill %1, %2 …)."""
        return {
            "folder": (self.tr("this is a folder; import it with File → Import Folder."), ()),
            "unsupported-type": (self.tr("unsupported file type “%1”. Supported: %2."),
                                 ("ext", "supported")),
            "too-large": (self.tr("the file is %1 MB, larger than the %2 MB limit for one "
                                  "letter. Split it or import the letter itself."),
                          ("size_mb", "limit_mb")),
            "too-long": (self.tr("the letter's text is %1 MB, more than the %2 MB one letter "
                                 "may have (a longer letter is slow to open and to search). "
                                 "Split the file into parts of at most %2 MB and import "
                                 "those."), ("size_mb", "limit_mb")),
            "missing": (self.tr("the file does not exist."), ()),
            "permission": (self.tr("permission denied: the file cannot be read."), ()),
            "unreadable": (self.tr("the file cannot be read (%1)."), ("reason",)),
            "no-text": (self.tr("no letter text was found in this file."), ()),
            "empty": (self.tr("the file is empty. Choose a file that contains a letter."), ()),
            "binary": (self.tr("this is not a text file (it contains binary data). Import the "
                               "letter as .txt, .md, .html, .xml or .pdf."), ()),
            "bad-utf16": (self.tr("the file says it is UTF-16 but is not valid UTF-16. Save it "
                                  "again as UTF-8."), ()),
            "binary-xml": (self.tr("this is not an XML file (it contains binary data)."), ()),
            "bad-xml": (self.tr("the XML is not well-formed (%1). Download the file again."),
                        ("detail",)),
            "not-kamerstuk": (self.tr("this XML is not a Kamerstuk (root element <%1>); only "
                                      "the official Kamerstuk schema is read."), ("root",)),
            "pdf-encrypted": (self.tr("the PDF is encrypted (password protected). Save an "
                                      "unprotected copy and import that."), ()),
            "pdf-damaged": (self.tr("the PDF is damaged or not a PDF (%1). Download the letter "
                                    "again or import its text version."), ("detail",)),
            "pdf-too-long": (self.tr("the PDF has %1 pages; a letter has at most %2. Import the "
                                     "letter itself, not a whole volume."),
                             ("pages", "max_pages")),
            "not-a-file": (self.tr("this is not an ordinary file (a pipe or a device), so it "
                                   "cannot be read as a letter. Import the letter file "
                                   "itself."), ()),
            "xml-too-deep": (self.tr("the XML is nested more than %1 levels deep, so it is "
                                     "not a Kamerstuk. Download the file again."),
                             ("max_depth",)),
            "too-deep": (self.tr("the file could not be read: its structure is nested too "
                                 "deeply to be a letter."), ()),
            "read-failed": (self.tr("the file could not be read (%1). The other files are not "
                                    "affected; please report this file as a problem of the "
                                    "app."), ("detail",)),
            "pdf-scan": (self.tr("the PDF has no text layer (it is a scan). Run OCR on it "
                                 "first, or import a text version of the letter."), ()),
        }


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
