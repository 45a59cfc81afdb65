"""The reader: one letter as a readable document with its commitments highlighted."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser

from desktop_app.model import Letter
from desktop_app.render import commitment_spans, letter_html


class ReaderView(QTextBrowser):
    """Shows a letter; highlights are spans of the normalised text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Letter text"))
        font = QFont("DejaVu Serif")
        font.setPointSizeF(11.5)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(24)
        self.letter: Letter | None = None
        self.visible_kinds: set[str] | None = None
        self.show_empty()

    def show_empty(self) -> None:
        self.letter = None
        self.setHtml("<p style='color:#777'>" + self.tr(
            "Choose a letter in the list to read it. Import letters with File → Import.")
            + "</p>")

    def show_letter(self, letter: Letter) -> None:
        self.letter = letter
        self.refresh()

    def refresh(self) -> None:
        if self.letter is None:
            return
        spans = commitment_spans(self.letter, self.visible_kinds)
        self.setHtml(letter_html(self.letter, spans))
