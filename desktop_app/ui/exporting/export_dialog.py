"""The export dialog: what to export (a collection, a tag or the selected annotations), the
format (a course pack, a REFI-QDA project or W3C Web Annotations of the same annotations),
personal notes or not,
the title, and a preview of what the file will hold."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.ui.exporting.export_jobs import PackRequest, build_pack, export_error_text
from desktop_app.ui.safe_text import SafeTextBrowser, markdown_html

PREVIEW_PASSAGES = 5


class ExportDialog(QDialog):
    """Choose and preview a course pack; ``export_requested`` carries the choice."""

    export_requested = Signal(object)  # PackRequest

    def __init__(self, library, selected: list[str] | tuple[str, ...] = (),
                 initial: PackRequest | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.selected = tuple(selected)
        self.setWindowTitle(self.tr("Export a course pack"))
        self._title_edited = False
        self._build_ui()
        self._fill_sources(initial)
        self._connect_signals()
        self.update_preview()

    def _build_ui(self) -> None:
        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName(self.tr("What to export"))
        self.value_combo = QComboBox(self)
        self.value_combo.setAccessibleName(self.tr("Which collection or tag"))
        self.title_box = QLineEdit(self)
        self.title_box.setAccessibleName(self.tr("Title of the course pack"))
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        for text, fmt in ((self.tr("Word document (.docx)"), "docx"),
                          (self.tr("PDF document (.pdf)"), "pdf"),
                          (self.tr("Web page (.html)"), "html"),
                          (self.tr("Markdown (.md)"), "md"),
                          (self.tr("QDA project for QualCoder, ATLAS.ti, NVivo (.qdpx)"),
                           "qdpx"),
                          (self.tr("Web Annotations (W3C JSON, for Hypothesis and other "
                                   "tools) (.json)"), "w3c")):
            self.format_combo.addItem(text, fmt)
        self.notes_check = QCheckBox(self.tr("Include my personal &notes"), self)
        self.notes_check.setChecked(True)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)  # built escaped, as HTML
        self.summary_label.setWordWrap(True)
        self.passages = SafeTextBrowser(self)  # notes may hold links: no file is loaded
        self.passages.setAccessibleName(self.tr("The first passages"))
        self.passages.setMinimumSize(520, 220)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        form = QFormLayout()
        form.addRow(self.tr("&Source:"), self.source_combo)
        form.addRow(self.tr("&From:"), self.value_combo)
        form.addRow(self.tr("&Title:"), self.title_box)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        form.addRow("", self.notes_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Preview</b>"), self))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.passages, 1)
        layout.addWidget(self.buttons)

    def _fill_sources(self, initial: PackRequest | None) -> None:
        store = self.library.annotations
        self.collections = [(c.title, c.id) for c in store.collections()]
        self.tags = [(t, t) for t in store.tags()]
        for text, kind, present in ((self.tr("A collection"), "collection", self.collections),
                                    (self.tr("A tag"), "tag", self.tags),
                                    (self.tr("The selected annotations"), "annotations",
                                     self.selected)):
            if present:
                self.source_combo.addItem(text, kind)
        if initial is not None:
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(initial.source)))
        self._fill_values()
        if initial is not None and initial.value:
            self.value_combo.setCurrentIndex(max(0, self.value_combo.findData(initial.value)))
        self._default_title()

    def _connect_signals(self) -> None:
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        self.value_combo.currentIndexChanged.connect(self._on_value_changed)
        self.notes_check.toggled.connect(self.update_preview)
        self.title_box.textEdited.connect(self._on_title_edited)
        self.title_box.editingFinished.connect(self.update_preview)
        self.export_button.clicked.connect(self._on_export)
        self.buttons.rejected.connect(self.reject)

    # -- choices -------------------------------------------------------------------------
    def _fill_values(self) -> None:
        kind = self.source_combo.currentData()
        self.value_combo.blockSignals(True)
        self.value_combo.clear()
        if kind == "annotations":
            self.value_combo.addItem(self.tr("%n selected annotation(s)", "",
                                             len(self.selected)), "")
        for text, value in {"collection": self.collections, "tag": self.tags}.get(kind, []):
            self.value_combo.addItem(text, value)
        self.value_combo.setEnabled(kind in ("collection", "tag"))
        self.value_combo.blockSignals(False)

    def _default_title(self) -> None:
        if self._title_edited:
            return
        kind = self.source_combo.currentData()
        title = self.value_combo.currentText() if kind in ("collection", "tag") else ""
        self.title_box.setText(title or self.tr("Selected annotations"))

    def _on_source_changed(self) -> None:
        self._fill_values()
        self._on_value_changed()

    def _on_value_changed(self) -> None:
        self._default_title()
        self.update_preview()

    def _on_title_edited(self) -> None:
        self._title_edited = True

    def request(self) -> PackRequest | None:
        """The export as chosen now, or None when there is nothing to export."""
        kind = self.source_combo.currentData()
        if kind is None:
            return None
        return PackRequest(
            source=kind, value=self.value_combo.currentData() or "",
            annotation_ids=self.selected if kind == "annotations" else (),
            fmt=self.format_combo.currentData(), include_notes=self.notes_check.isChecked(),
            title=self.title_box.text().strip())

    # -- preview -------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Gather the pack as chosen and show its counts and first passages."""
        request = self.request()
        if request is None:
            self._show_problem(self.tr("There is nothing to export yet: make a collection, "
                                       "tag annotations or select some in the Annotations "
                                       "tab."))
            return
        try:
            pack = build_pack(self.library, request)
        except UserError as exc:
            self._show_problem(export_error_text(exc))
            return
        self.summary_label.setText(self.summary_text(pack.summary(), request.include_notes))
        self.passages.setHtml(self._passages_html(pack.passages[:PREVIEW_PASSAGES]))
        self.export_button.setEnabled(bool(pack.passages))

    def _show_problem(self, text: str) -> None:
        self.summary_label.setText(html.escape(text))
        self.passages.clear()
        self.export_button.setEnabled(False)

    def summary_text(self, summary: dict, include_notes: bool) -> str:
        parts = [self.tr("%n passage(s)", "", summary["passages"]),
                 self.tr("from %n letter(s)", "", summary["letters"]),
                 self.tr("%n note(s)", "", summary["notes"]) if include_notes
                 else self.tr("personal notes left out")]
        text = " · ".join(parts)
        if summary["orphans"]:
            text += " · " + self.tr("%n passage(s) no longer found in the letter", "",
                                    summary["orphans"])
        headings = [h for h in summary["sections"] if h]
        if headings:
            text += "<br>" + self.tr("Sections: %1").replace(
                "%1", html.escape("; ".join(headings)))
        return text

    def _passages_html(self, passages) -> str:
        out, note = [], html.escape(self.tr("Note:"))
        for p in passages:
            quote = p.quote if len(p.quote) <= 240 else p.quote[:239].rstrip() + "…"
            out.append(f"<p>“{html.escape(quote)}”<br><i>{html.escape(p.citation)}</i></p>")
            if p.note:  # Markdown, shown as it will print
                out.append(f"<div style='margin-left: 1em'><b>{note}</b>{markdown_html(p.note)}"
                           "</div>")
        return "".join(out)

    def _on_export(self) -> None:
        request = self.request()
        if request is not None:
            self.export_requested.emit(request)
