"""The message bar: results, hints and errors at the top of the window, in palette colours."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabBar, QToolButton, QWidget

from desktop_app.ui.colours import error_colour, mix, readable

SNUG = (10, 1, 3, 1)  # beside the tabs: within the tab row
ROOMY = (10, 4, 3, 4)  # across the window, over several lines


class MessageBar(QWidget):
    """A notice at the top of its parent. One that fits beside ``beside`` (the tab bar) floats
    there, so showing or hiding it does not move the layout; a longer one spans the parent
    and pushes its content down while it shows, so it never covers the filter box or the
    legend (an error stays until dismissed).

    Results and hints ("info") go away after a while (not while the mouse is on them) or on
    the next action (:meth:`clear_transient`); errors stay until dismissed with the × button.
    Colours are tints of the palette, so light and dark themes both read well.
    """

    MIN_MS, MAX_MS, MS_PER_CHAR = 8000, 30000, 60

    def __init__(self, parent: QWidget, beside: QWidget | None = None):
        super().__init__(parent)
        self.beside = beside
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._open_link)
        self.label.setAccessibleName(self.tr("Message"))
        # a verb the message offers ("3 annotations deleted — Undo"): a button calling back
        # into the app, never a link handed to the system
        self.action_button = QToolButton(self)
        self.action_button.hide()
        self.action_button.clicked.connect(self._run_action)
        self._action: Callable[[], object] | None = None
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setToolTip(self.tr("Dismiss the message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)  # with an action: takes the room, so the button follows the text
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.dismiss)
        self.kind = ""
        self.background = QColor()
        self.border = QColor()
        parent.installEventFilter(self)
        if beside is not None:
            beside.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, kind: str = "info", rich: bool = False,
                     action: tuple[str, Callable[[], object]] | None = None) -> None:
        """Show ``text``; ``kind`` is "info" (goes away by itself) or "error" (stays).

        ``action`` (a button text and what it does) adds a button after the text, such as
        Undo after a delete; clicking it runs the callback and dismisses the message.

        The text is plain unless ``rich``: a message names files and letters, and a name such
        as ``x<img src=/dev/zero>.pdf`` must show as those characters, never load anything.
        A rich message (an import report, an export's "Open folder" link) escapes what it
        quotes itself.
        """
        self.kind = kind
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setText(text)
        self._action = action[1] if action else None
        self.action_button.setText(action[0] if action else "")
        self.action_button.setVisible(action is not None)
        self.layout().setStretch(0, 0 if action else 1)  # the label
        self.layout().setStretch(2, 1 if action else 0)  # the room after the button
        # a wrapping label left to its size hint breaks even a short text into two lines
        one_line = self.label.fontMetrics().horizontalAdvance(text) + 4
        self.label.setMinimumWidth(min(one_line, self.parentWidget().width() // 2)
                                   if action and not rich else 0)
        self._apply_colours()
        if kind == "error":
            self.timer.stop()
        else:
            self.timer.start(self.timeout_ms(text))
        self.show()
        self.raise_()
        self.place()

    def timeout_ms(self, text: str) -> int:
        """How long an info message stays: longer for longer texts."""
        if self.label.textFormat() == Qt.TextFormat.RichText:
            text = html.unescape(re.sub(r"<[^>]+>", "", text))
        return max(self.MIN_MS, min(self.MAX_MS, self.MS_PER_CHAR * len(text)))

    def clear_transient(self) -> None:
        """The user did something else: an info message has served its purpose."""
        if self.isVisible() and self.kind != "error":
            self.dismiss()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self._reserve(0)
        self._action = None

    def text(self) -> str:
        """The message shown ("" when none), with its action: "3 annotations deleted — Undo"."""
        if not self.isVisible():
            return ""
        if self._action is None:
            return self.label.text()
        return f"{self.label.text()} — {self.action_button.text().replace('&', '')}"

    def _run_action(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    # -- looks ---------------------------------------------------------------------------
    def _apply_colours(self) -> None:
        palette = self.parentWidget().palette()
        window = palette.color(QPalette.ColorRole.Window)
        accent = (error_colour(palette) if self.kind == "error"
                  else palette.color(QPalette.ColorRole.Highlight))
        self.background = mix(window, accent, 0.16)
        self.border = mix(window, accent, 0.6)
        own = QPalette(palette)
        text = readable(palette.color(QPalette.ColorRole.WindowText), self.background)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            own.setColor(role, text)
        own.setColor(QPalette.ColorRole.Window, self.background)
        own.setColor(QPalette.ColorRole.Link,
                     readable(palette.color(QPalette.ColorRole.Link), self.background))
        own.setColor(QPalette.ColorRole.LinkVisited, own.color(QPalette.ColorRole.Link))
        self.label.setPalette(own)
        self.close_button.setPalette(own)
        self.action_button.setPalette(own)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.border, 1))
        painter.setBrush(self.background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.kind:
            self._apply_colours()

    # -- place and timing ----------------------------------------------------------------
    def place(self) -> None:
        """Beside ``beside`` when the text fits there in its height, else across the top of
        the parent with room made for it in the parent's layout."""
        parent = self.parentWidget()
        right = parent.width() - 4
        left, row = 4, 0
        if self.beside is not None and self.beside.isVisible():
            left = self.beside.mapTo(parent, QPoint(self._used_width(self.beside), 0)).x() + 12
            row = self.beside.height() - 2
        width = right - left
        roomy = width >= min(420, parent.width() // 2)
        if row and roomy and self._fits_one_line(width):
            self._set_margins(SNUG)
            one_line = self.heightForWidth(1 << 20)
            self._reserve(0)
            self.setGeometry(left, 1, width, max(row, one_line))
            return
        self._set_margins(ROOMY)
        width = max(0, parent.width() - 8)
        height = self.heightForWidth(width)
        height = height if height > 0 else self.sizeHint().height()
        self._reserve(height + 4)
        self.setGeometry(4, 2, width, height)

    def _fits_one_line(self, width: int) -> bool:
        """Whether the text takes one line in a bar ``width`` wide (judged from the label, so
        the bar's own margins need not change to find out)."""
        left, _, right, _ = SNUG
        room = width - left - right - self.close_button.sizeHint().width() \
            - self.layout().spacing()
        if not self.action_button.isHidden():
            room -= self.action_button.sizeHint().width() + self.layout().spacing()
        line = self.label.fontMetrics().lineSpacing()  # a text with line breaks is not one
        return 0 < room and self.label.heightForWidth(room) < 1.8 * line

    def _set_margins(self, margins: tuple[int, int, int, int]) -> None:
        """Only a real change: each one makes a layout request, which places the bar again."""
        current = self.layout().contentsMargins()
        if (current.left(), current.top(), current.right(), current.bottom()) != margins:
            self.layout().setContentsMargins(*margins)

    def _reserve(self, top: int) -> None:
        """Room at the top of the parent's layout (0: none); only changed when it differs,
        since the change comes back here as a layout event."""
        layout = self.parentWidget().layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        if margins.top() != top:
            margins.setTop(top)
            layout.setContentsMargins(margins)

    @staticmethod
    def _used_width(widget: QWidget) -> int:
        """How much of ``widget`` is taken: a tab bar spans the window in document mode,
        but only its tabs are in use."""
        if isinstance(widget, QTabBar) and widget.count():
            return max(widget.tabRect(i).right() + 1 for i in range(widget.count()))
        return widget.width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.LayoutRequest) \
                and self.isVisible():
            self.place()
        return False

    def enterEvent(self, event) -> None:  # noqa: N802 - Qt override
        # reading or reaching for the link: do not take the message away meanwhile
        self._paused = self.timer.isActive()
        self.timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self, "_paused", False):
            self.timer.start(self.MIN_MS // 2)
        self._paused = False
        super().leaveEvent(event)

    def _open_link(self, url: str) -> None:
        # "Open folder" after an export: the app's own link to a local folder, nothing else
        target = QUrl(url)
        if target.isLocalFile() and Path(target.toLocalFile()).is_dir():
            QDesktopServices.openUrl(target)
