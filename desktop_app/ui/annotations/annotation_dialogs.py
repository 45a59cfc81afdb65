"""Small dialogs of annotating: note and tags, the palette editor, a text, a deadline.

Callers use the ``ask_*`` functions, which tests replace with monkeypatch.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Annotation
from desktop_app.ui.annotations.models import PaletteModel
from desktop_app.ui.annotations.palette_words import colour_meaning
from desktop_app.ui.safe_text import SafeTextBrowser, markdown_html


class TagCompleter(QCompleter):
    """Completes the last comma-separated tag of a line edit from the tags in use."""

    def __init__(self, tags: list[str], parent=None):
        super().__init__(parent)
        # Parented to the completer (and referenced): a model nobody owns is garbage-collected
        # right after the constructor, leaving the completer with nothing (or a dangling model).
        self.tag_model = QStringListModel(tags, self)
        self.setModel(self.tag_model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._done: list[str] = []  # the tags before the one being completed
        self._written = ""  # the line as the last completion wrote it

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        self._written = ""  # the user typed: the line's text is theirs again
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        # A row highlighted with arrow down is written into the line at once, and Enter then
        # completes again: the tag just written is not one of the tags before it (that made
        # "asiel, asiel, "), so the tags before are the ones the user had typed.
        line = self.widget().text() if self.widget() else ""
        if not self._written or line != self._written:
            self._done = [t.strip() for t in line.split(",")[:-1] if t.strip()]
        self._written = ", ".join([*self._done, index.data()]) + ", "
        return self._written


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b/c" → ["a", "b/c"]."""
    return [t.strip() for t in text.split(",") if t.strip()]


class AnnotationDialog(QDialog):
    """Edit the Markdown note (with a rendered preview) and the tags of an annotation."""

    def __init__(self, annotation: Annotation, all_tags: list[str], parent=None,
                 focus: str = "note"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note and tags"))
        quote = QLabel(f"“{annotation.quote[:300]}”", self)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # the letter's words, not markup
        quote.setWordWrap(True)
        quote.setStyleSheet("color: palette(placeholder-text); font-style: italic;")
        self.note = QPlainTextEdit(annotation.note, self)
        self.note.setAccessibleName(self.tr("Note (Markdown)"))
        self.note.setPlaceholderText(self.tr("A note in Markdown: **bold**, *italic*, - lists"))
        # loads no image or file; a click opens only a web link, in the system browser
        self.preview = SafeTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Note as shown"))
        self.tags = QLineEdit(", ".join(annotation.tags), self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas (theme/asylum)"))
        self.tags.setCompleter(TagCompleter(all_tags, self.tags))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.note)
        split.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Tags:"), self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.textChanged.connect(self._preview)
        self._preview()
        (self.tags if focus == "tags" else self.note).setFocus()
        self.resize(720, 420)

    def _preview(self) -> None:
        # as the note is shown everywhere: no raw HTML, images as their alt text
        self.preview.setHtml(markdown_html(self.note.toPlainText()))

    def values(self) -> tuple[str, list[str]]:
        return self.note.toPlainText(), split_tags(self.tags.text())


def ask_note_and_tags(parent, annotation: Annotation, all_tags: list[str],
                      focus: str = "note") -> tuple[str, list[str]] | None:
    """The new note and tags, or None when cancelled."""
    dialog = AnnotationDialog(annotation, all_tags, parent, focus)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_text(parent, title: str, label: str, text: str = "", multiline: bool = False
             ) -> str | None:
    """A line (or lines) of text, or None when cancelled."""
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    else:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_confirm(parent, title: str, text: str, informative: str, action: str) -> bool:
    """Ask before a change (``action`` names the button that makes it; Cancel is the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    box.setInformativeText(informative)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        box.exec()
        return box.clickedButton() is yes
    finally:
        box.deleteLater()


def ask_tag(parent, all_tags: list[str]) -> str | None:
    """One tag to add, with completion from the tags in use."""
    value, ok = QInputDialog.getItem(parent, QInputDialog.tr("Add a tag"),
                                     QInputDialog.tr("Tag:"), all_tags, 0, True)
    return value.strip() if ok and value.strip() else None


class IsoDateEdit(QDateEdit):
    """A date typed as it is shown, "2027-01-15": Qt moves on to the month after four year
    digits by itself, and the "-" typed next would skip the month as well (saving
    2027-12-01). A separator at the start of a section is therefore taken as already done."""

    SEPARATORS = frozenset("-/.")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        position = self.lineEdit().cursorPosition()
        if text and text in self.SEPARATORS and position in self._section_starts():
            event.accept()
            return
        super().keyPressEvent(event)

    def _section_starts(self) -> set[int]:
        shown = self.lineEdit().text()
        return {0} | {i + 1 for i, c in enumerate(shown) if c in self.SEPARATORS}


class DeadlineDialog(QDialog):
    """A corrected deadline: pick a date, or clear the correction (back to the detected one)."""

    def __init__(self, parent: QWidget | None, title: str, current: str | None,
                 corrected: bool = False, detected: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._cleared = False
        self.edit = IsoDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(title)
        self.edit.setDate(QDate.fromString(current, "yyyy-MM-dd") if current
                          else QDate.currentDate())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.clear_button = buttons.addButton(self.tr("&Use the detected deadline"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setToolTip(self.tr("Remove the corrected deadline"))
        self.clear_button.setEnabled(corrected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self._clear)
        layout = QVBoxLayout(self)
        if detected:
            found = QLabel(self.tr("In the letter: “%1”").replace("%1", detected), self)
            found.setTextFormat(Qt.TextFormat.PlainText)  # the letter's words
            found.setWordWrap(True)
            layout.addWidget(found)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def _clear(self) -> None:
        self._cleared = True
        self.accept()

    def value(self) -> str:
        """The chosen date as ISO text, or "" when the correction was cleared."""
        return "" if self._cleared else self.edit.date().toString("yyyy-MM-dd")


def ask_deadline(parent, title: str, current: str | None, corrected: bool = False,
                 detected: str = "") -> str | None:
    """A corrected deadline as ISO text, "" to clear the correction, or None when cancelled."""
    dialog = DeadlineDialog(parent, title, current, corrected, detected)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class PaletteDialog(QDialog):
    """The annotation colours: change a colour or its meaning, add one, remove an unused one.

    Emits intents; the window applies them to the store (undoable) and calls ``set_rows``.
    """

    set_requested = Signal(str, str, str)  # name, hex, meaning
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotation colours"))
        self.model = PaletteModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Annotation colours"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)  # Tab reaches the buttons below
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.colour_button = QPushButton(self.tr("&Colour…"), self)
        self.meaning_button = QPushButton(self.tr("&Meaning…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        row = QHBoxLayout()
        for button in (self.add_button, self.colour_button, self.meaning_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        hint = QLabel(self.tr("Keys 1–9 in the letter mark the selection with the colours in "
                              "this order."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._add)
        self.colour_button.clicked.connect(self._change_colour)
        self.meaning_button.clicked.connect(self._change_meaning)
        self.remove_button.clicked.connect(self._remove)
        self.resize(560, 340)

    def set_rows(self, palette) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(palette)
        self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.table.resizeColumnsToContents()

    def _current(self):
        row = self.table.currentIndex().row()
        return self.model.color(row) if 0 <= row < self.model.rowCount() else None

    def _add(self) -> None:
        name = ask_text(self, self.tr("New colour"), self.tr("Name of the colour:"))
        if not name:
            return
        colour = QColorDialog.getColor(parent=self, title=self.tr("Choose the colour"))
        if colour.isValid():
            self.set_requested.emit(name.strip(), colour.name(), "")

    def _change_colour(self) -> None:
        current = self._current()
        if current is None:
            return
        from PySide6.QtGui import QColor

        colour = QColorDialog.getColor(QColor(current.hex), self, self.tr("Choose the colour"))
        if colour.isValid():
            self.set_requested.emit(current.name, colour.name(), current.meaning)

    def _change_meaning(self) -> None:
        current = self._current()
        if current is None:
            return
        shown = colour_meaning(current)  # a default meaning in the user's language
        meaning = ask_text(self, self.tr("Meaning"), self.tr("What the colour means:"), shown)
        if meaning is not None and meaning != shown:
            self.set_requested.emit(current.name, current.hex, meaning)

    def _remove(self) -> None:
        current = self._current()
        if current is not None:
            self.remove_requested.emit(current.name)
