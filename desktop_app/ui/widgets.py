"""Small window parts: the in-window message bar and the job progress in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QToolButton,
    QWidget,
)

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c6cb;",
    "info": "background:#e8f4fd; color:#0c3c60; border:1px solid #b8daff;",
}


class MessageBar(QWidget):
    """A dismissable line at the top of the window for errors and results of jobs."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._open_link)
        self.label.setAccessibleName(self.tr("Message"))
        close = QToolButton(self)
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss the message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.setAutoFillBackground(True)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text``; ``kind`` is "info" or "error"."""
        self.kind = kind
        self.label.setText(text)
        self.setStyleSheet(f"MessageBar {{ {_STYLES[kind]} border-radius:3px; }}"
                           f" QLabel {{ {_STYLES[kind].split(' border')[0]} border:none; }}")
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))  # "Open folder" after an export


class JobProgress(QWidget):
    """Status-bar progress of the running job with a cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(200)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running job"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def finish(self) -> None:
        self.hide()
