"""Small window parts: the in-window message bar, the job progress in the status bar, a
wrapping layout, combo-box sizing and ``%1`` filling for translated texts."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
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


def fill(template: str, *values: object) -> str:
    """``template`` (a translated text) with ``%1``, ``%2`` … replaced by ``values`` in one
    pass, so a value that itself contains "%2" is left alone."""

    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


def fit_combo_to_first_item(box: QComboBox, popup_chars: int = 48) -> None:
    """Size a filter combo box to its first item ("All signatories") in any language.

    The box never gets narrower than that text; long values (signatories) do not widen it
    but are shown elided in the list, which is at most ``popup_chars`` average characters wide.
    """
    fm = box.fontMetrics()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    # QComboBox measures the minimum contents length in widths of "X"
    box.setMinimumContentsLength(max(1, math.ceil(fm.horizontalAdvance(box.itemText(0))
                                                  / fm.horizontalAdvance("X"))))
    view = box.view()
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.window().setMaximumWidth(max(box.sizeHint().width(),
                                      fm.averageCharWidth() * popup_chars))


class FlowLayout(QLayout):
    """Lays its items out left to right and wraps them onto the next line when narrow."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # everything on one line
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # the widest item: narrower than that would clip it
        m = self.contentsMargins()
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing // 2, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()
