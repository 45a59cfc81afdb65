"""Letter → Edit Details…: correct a letter's title, date, reference … (user data kept with
the annotations; see ``store.letter_edits``).

:class:`LetterDetailsDialog` shows each detail with what the letter itself says (as the
placeholder and below the field) and a button that brings that value back.
:class:`LetterDetailsController` opens it, saves the corrections as one undoable step, and
notices every change of corrections (its own, undo/redo, the command line) to re-index those
letters and tell the window which letters to show again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.model import Metadata
from desktop_app.render import display_title
from desktop_app.store.letter_edits import MAX_FIELD_CHARS, problem_code
from desktop_app.ui.widgets import fill

# The details the dialog offers, in this order (the command line can edit every field).
DIALOG_FIELDS = ("title", "subject", "date", "dossier", "number", "reference", "signatory",
                 "signatory_role")


class LetterDetailsDialog(QDialog):
    """The details of one letter; ``changes()`` is what OK saves."""

    def __init__(self, letter_id: str, parsed: Metadata, edited: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter-details")
        self.letter_id = letter_id
        self.parsed, self.edited = parsed, dict(edited)
        self.edits: dict[str, QLineEdit] = {}
        self.resets: dict[str, QToolButton] = {}
        self.origins: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Edit Letter Details"))
        self._build_ui()

    def _labels(self) -> dict[str, str]:
        return {"title": self.tr("&Title:"), "subject": self.tr("&Subject:"),
                "date": self.tr("&Date:"), "dossier": self.tr("Dossi&er:"),
                "number": self.tr("&Number:"), "reference": self.tr("&Reference (kenmerk):"),
                "signatory": self.tr("Si&gnatory:"),
                "signatory_role": self.tr("Signatory's role / &ministry:")}

    def _build_ui(self) -> None:
        intro = QLabel(fill(self.tr(
            "Correct what the letter “%1” says about itself. Your corrections are kept with "
            "your annotations and stay when the letter is imported again; an empty field "
            "shows what the letter says."), display_title(self.parsed) or self.letter_id), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        for name, label in self._labels().items():
            form.addRow(label, self._field_row(name))
            form.labelForField(self.edits[name].parentWidget()).setBuddy(self.edits[name])
        self.error = QLabel(self)
        self.error.setObjectName("letter-details-error")
        self.error.setWordWrap(True)
        font = self.error.font()
        font.setBold(True)
        self.error.setFont(font)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)

    def _field_row(self, name: str) -> QWidget:
        """The line edit, its "Reset to the letter's value" button and "From the letter: …"."""
        box = QWidget(self)
        edit = QLineEdit(self.edited.get(name, ""), box)
        edit.setMaxLength(MAX_FIELD_CHARS)
        edit.setClearButtonEnabled(False)
        own = getattr(self.parsed, name) or ""
        edit.setPlaceholderText(own or self.tr("(not in the letter)"))
        if name == "date":
            edit.setToolTip(self.tr("Write the date as YYYY-MM-DD, e.g. 2021-07-12"))
        elif name in ("title", "subject"):
            edit.setToolTip(self.tr("The lists show a letter's subject before its title; a "
                                    "corrected title takes the subject's place unless you "
                                    "correct the subject too."))
        reset = QToolButton(box)
        reset.setText(self.tr("Reset"))
        reset.setToolTip(self.tr("Reset to the letter's value"))
        reset.setAccessibleName(self.tr("Reset to the letter's value"))
        reset.clicked.connect(edit.clear)
        origin = QLabel(box)
        origin.setText(fill(self.tr("From the letter: %1"), own) if own
                       else self.tr("The letter does not say."))
        origin.setTextFormat(Qt.TextFormat.PlainText)  # letter text is data, not markup
        origin.setEnabled(False)  # drawn muted: a hint, not a value
        edit.textChanged.connect(self._update_resets)
        self.edits[name], self.resets[name], self.origins[name] = edit, reset, origin
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(edit, 1)
        line.addWidget(reset)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(origin)
        reset.setEnabled(bool(edit.text().strip()))
        return box

    def _update_resets(self) -> None:
        for name, edit in self.edits.items():
            self.resets[name].setEnabled(bool(edit.text().strip()))
        self.error.hide()

    def changes(self) -> dict[str, str | None]:
        """The fields whose correction changes: the new value, or None to clear it."""
        out: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            value = edit.text().strip() or None
            if value != self.edited.get(name):
                out[name] = value
        return out

    def problem(self) -> tuple[str, str] | None:
        """(field, what to do) for the first value that cannot be saved, or None."""
        for name, edit in self.edits.items():
            value = edit.text().strip()
            code = problem_code(name, value) if value else None
            if code:
                return name, self._problem_text(code)
        return None

    def _problem_text(self, code: str) -> str:
        return {
            "too-long": fill(self.tr("This is longer than %1 characters; shorten it."),
                             MAX_FIELD_CHARS),
            "not-text": self.tr("This contains a character that cannot be saved; retype it."),
            "control": self.tr("Write this on one line, without tabs or line breaks."),
            "date-format": self.tr("Write the date as YYYY-MM-DD, e.g. 2021-07-12."),
            "date-invalid": self.tr("This date does not exist; give a real date, e.g. "
                                    "2021-07-12."),
        }.get(code, self.tr("This value cannot be saved; change it."))

    def accept(self) -> None:
        """OK: refuse (and say why, at the field) a value the store would refuse."""
        found = self.problem()
        if found is not None:
            name, text = found
            label = self._labels()[name].replace("&", "").rstrip(":")
            self.error.setText(fill(self.tr("%1: %2"), label, text))
            self.error.show()
            self.edits[name].setFocus()
            self.edits[name].selectAll()
            return
        super().accept()


class LetterDetailsController(QObject):
    """Opens the dialog, saves as one undo step, and reports changed letters.

    ``letters_changed(ids)`` fires after the corrections of letters changed by any means (an
    edit here, Undo/Redo, the command line); their index documents are replaced first.
    """

    letters_changed = Signal(list)
    info = Signal(str)

    def __init__(self, library, undo, parent: QWidget):
        super().__init__(parent)
        self.library = library
        self.undo = undo  # the window's StoreUndoStack: the edit is one step of its history
        self.parent_widget = parent
        self.dialog: LetterDetailsDialog | None = None
        self._stamps = self._read_stamps()

    def _read_stamps(self) -> dict[str, str]:
        try:
            return self.library.annotations.letter_edit_stamps()
        except Exception:  # noqa: BLE001 - a closed or damaged store: nothing to compare
            return {}

    def edit(self, letter_id: str) -> LetterDetailsDialog | None:
        """Open the dialog for a letter (window-modal; OK saves)."""
        if not letter_id:
            self.info.emit(self.tr("Choose a letter in the list first."))
            return None
        try:
            parsed = self.library.parsed_metadata(letter_id)
        except UserError:
            self.info.emit(fill(self.tr("The letter “%1” is no longer in the library."),
                                letter_id))
            return None
        edit = self.library.annotations.letter_edit(letter_id)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = LetterDetailsDialog(letter_id, parsed, edit.fields if edit else {},
                                          self.parent_widget)
        self.dialog.accepted.connect(self._save)
        self.dialog.open()
        return self.dialog

    def _save(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        changes = dialog.changes()
        if not changes:
            return
        label = fill(self.tr("Edit details of “%1”"), display_title(dialog.parsed)
                     or dialog.letter_id)
        store = self.library.annotations
        self.undo.run(label, lambda: store.edit_letter(dialog.letter_id, changes))
        self.check()  # ``undo.changed`` also calls it; a failed save changed nothing

    def check(self) -> list[str]:
        """After any change of user data: the letters whose corrections changed are
        re-indexed and announced (``letters_changed``); returns their ids."""
        stamps = self._read_stamps()
        if stamps == self._stamps:
            return []
        changed = sorted(set(stamps.items()) ^ set(self._stamps.items()))
        ids = list(dict.fromkeys(lid for lid, _ in changed))
        self._stamps = stamps
        try:
            self.library.reindex_letters(ids)
        except (UserError, OSError):
            pass  # the index keeps the old state and is rebuilt on its next use
        self.letters_changed.emit(ids)
        return ids
