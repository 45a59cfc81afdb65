"""Importing from the window: the file and folder choosers, and the report after an import."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.library import ImportReport


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
        """Counts, cancelled, and up to ten unreadable files."""
        text = self.tr("Import finished: %1 new, %2 updated, %3 unchanged.")
        for i, n in enumerate((report.added, report.updated, report.unchanged), 1):
            text = text.replace(f"%{i}", str(len(n)))
        if report.cancelled:
            text += " " + self.tr("The import was cancelled.")
        if report.errors:
            problems = "<br>".join(html.escape(str(e)) for e in report.errors[:10])
            more = len(report.errors) - 10
            if more > 0:
                problems += "<br>" + self.tr("… and %n more", "", more)
            text += "<br>" + self.tr("%n file(s) could not be read:", "",
                                     len(report.errors)) + "<br>" + problems
        return text


def report_text(report: ImportReport) -> str:
    """The message after an import."""
    return ImportReporter().text(report)
