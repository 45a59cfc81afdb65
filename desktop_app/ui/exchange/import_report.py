"""The report after File → Import Annotations…: a line for the message bar, and a dialog that
lists per file what became of each annotation (added, updated, attached, orphaned, pending,
rejected with the reason).

Everything a file brought (ids, quotes, reasons, letter addresses) is data: it reaches the
rich text only escaped (STYLE.md rule 16).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.ui.exchange.import_jobs import OUTCOMES, AnnotationImportDone, FileOutcome
from desktop_app.ui.safe_text import SafeTextBrowser
from desktop_app.ui.widgets import fill

QUOTE_CHARS = 120  # a quote in the report is cut after so many characters


def _short(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


class ImportReportWords(QObject):
    """Words the report (a QObject for ``tr()`` with plural forms)."""

    def heading(self, outcome: str, n: int) -> str:
        """The heading of one group of annotations in the dialog."""
        texts = {
            "rejected": self.tr("%n annotation(s) not imported:", "", n),
            "pending": self.tr("%n annotation(s) wait for a letter not in the library:", "", n),
            "orphaned": self.tr("%n annotation(s) imported, but their passage was not found in "
                                "the letter (shown under “Annotations not found”):", "", n),
            "attached": self.tr("%n annotation(s) that waited for their letter are now "
                                "attached:", "", n),
            "added": self.tr("%n annotation(s) added:", "", n),
            "updated": self.tr("%n annotation(s) updated with a newer version:", "", n),
            "unchanged": self.tr("%n annotation(s) already up to date:", "", n),
        }
        return texts[outcome]

    def counts(self, done: AnnotationImportDone) -> str:
        """"3 added, 1 updated, …": every outcome that occurred."""
        texts = {
            "added": self.tr("%n added", "", done.count("added")),
            "updated": self.tr("%n updated", "", done.count("updated")),
            "attached": self.tr("%n attached", "", done.count("attached")),
            "unchanged": self.tr("%n already up to date", "", done.count("unchanged")),
            "orphaned": self.tr("%n with their passage not found", "", done.count("orphaned")),
            "pending": self.tr("%n waiting for a letter not in the library", "",
                               done.count("pending")),
            "rejected": self.tr("%n not imported", "", done.count("rejected")),
        }
        order = ("added", "updated", "attached", "unchanged", "orphaned", "pending", "rejected")
        return ", ".join(texts[o] for o in order if done.count(o))

    def summary(self, done: AnnotationImportDone) -> str:
        """The message bar's line (plain text)."""
        parts = []
        if any(f.items for f in done.files):
            parts.append(fill(self.tr("Annotations imported: %1."), self.counts(done)
                              or self.tr("the files held none")))
        elif not done.failed:
            parts.append(self.tr("The files held no annotations; nothing was imported."))
        for f in done.failed:
            parts.append(self.problem(f))
        if done.cancelled:
            parts.append(self.tr("The import was cancelled; the files not yet imported were "
                                 "left out."))
        if done.count("pending"):
            parts.append(self.pending_warning(done.count("pending")))
        return " ".join(parts)

    def pending_warning(self, n: int) -> str:
        return self.tr("%n annotation(s) are kept waiting for letters that are not in the "
                       "library; they attach when you import those letters.", "", n)

    def problem(self, outcome: FileOutcome) -> str:
        """Why a whole file was not imported, and what to do."""
        name = Path(outcome.path).name
        d = outcome.detail
        texts = {
            "invalid-json": fill(self.tr(
                "“%1” is not valid JSON (a mistake at line %2, column %3), so nothing in it was "
                "imported and nothing was changed. Export the annotations again, or choose "
                "another file."), name, d.get("line", "?"), d.get("column", "?")),
            "not-text": fill(self.tr(
                "“%1” is not a text (JSON) file, so nothing in it was imported. Choose a .json "
                "file of W3C Web Annotations or a Hypothesis export."), name),
            "too-large": fill(self.tr(
                "“%1” is larger than %2 MB, so nothing in it was imported. Export fewer "
                "annotations per file and import those files."), name, d.get("limit_mb", "")),
            "unreadable": fill(self.tr(
                "“%1” could not be read (it is missing, a folder, or you have no permission); "
                "nothing in it was imported."), name),
        }
        return texts.get(outcome.problem, fill(self.tr(
            "“%1” holds no W3C Web Annotations or Hypothesis annotations, so nothing in it was "
            "imported. Choose an annotation collection, page or annotation (.json), or a "
            "Hypothesis export or search result."), name))

    def item_html(self, item, titles: dict[str, str]) -> str:
        """One annotation as a list item: its passage, its letter, and the reason or address."""
        quote = f"“{html.escape(_short(item.quote))}”" if item.quote else ""
        bits = [quote or html.escape(item.name)]
        if item.letter_id:
            bits.append(html.escape(fill(self.tr("in %1"),
                                         titles.get(item.letter_id) or item.letter_id)))
        if item.outcome == "pending" and item.source:
            bits.append(html.escape(fill(self.tr("for %1"), item.source)))
        if item.reason:  # the name leads when there is no quote to show
            reason = (fill(self.tr("%1: %2", "annotation: reason"), item.name, item.reason)
                      if item.quote else item.reason)
            bits.append("<br>" + html.escape(reason))
        return "<li>" + " ".join(bits) + "</li>"

    def file_html(self, outcome: FileOutcome, titles: dict[str, str]) -> str:
        """One file's section of the dialog."""
        out = [f"<h3>{html.escape(Path(outcome.path).name)}</h3>"]
        if outcome.problem:
            return out[0] + f"<p>{html.escape(self.problem(outcome))}</p>"
        if not outcome.items:
            return out[0] + f"<p>{html.escape(self.tr('The file holds no annotations.'))}</p>"
        for kind in OUTCOMES:
            items = [i for i in outcome.items if i.outcome == kind]
            if not items:
                continue
            out.append(f"<p><b>{html.escape(self.heading(kind, len(items)))}</b></p><ul>")
            out += [self.item_html(i, titles) for i in items]
            out.append("</ul>")
        return "".join(out)


class ImportReportDialog(QDialog):
    """What an annotation import did, file by file; a warning when some wait for letters."""

    def __init__(self, done: AnnotationImportDone, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotations imported"))
        self.words = ImportReportWords(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label = QLabel(self)  # pending: they attach when the letter comes
        self.warning_label.setObjectName("pending-warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setStyleSheet("QLabel#pending-warning { background: #fff4ce; "
                                         "color: #3d2e00; border: 1px solid #c19c00; "
                                         "padding: 6px; }")
        self.details = SafeTextBrowser(self)
        self.details.setAccessibleName(self.tr("What became of each annotation"))
        self.details.setMinimumSize(560, 300)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.show_result(done)

    def show_result(self, done: AnnotationImportDone) -> None:
        w = self.words
        self.summary_label.setText(w.counts(done) or w.tr("Nothing was imported."))
        pending = done.count("pending")
        self.warning_label.setText(w.pending_warning(pending) if pending else "")
        self.warning_label.setVisible(bool(pending))
        self.details.setHtml("".join(w.file_html(f, done.titles) for f in done.files))
