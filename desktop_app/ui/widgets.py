"""Small window parts: the floating message bar, the job progress in the status bar, a
wrapping layout, combo-box sizing, a splitter pane's View-menu toggle, readable colours from the
palette and ``%1`` filling for translated texts."""

from __future__ import annotations

import html
import math
import re

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QSplitter,
    QTabBar,
    QToolButton,
    QWidget,
)

MIN_CONTRAST = 4.5  # WCAG AA for body text
ERROR_RED = "#c0392b"


# -- colours from the palette ---------------------------------------------------------------
def luminance(colour: QColor) -> float:
    """The relative luminance of a colour (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` with ``amount`` (0–1) of ``b`` blended in."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in
                             zip((a.redF(), a.greenF(), a.blueF()),
                                 (b.redF(), b.greenF(), b.blueF()), strict=True)))


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, made lighter on a dark background (darker on a light one) until it has
    at least ``minimum`` contrast against ``background``; its hue is kept. When that way
    cannot get there, the other way is tried, and last black or white."""
    colour = QColor(colour)
    if contrast_ratio(colour, background) >= minimum:
        return colour
    hue, saturation, lightness, _ = colour.getHslF()
    hue = max(hue, 0.0)  # -1 for greys
    lighter_first = luminance(background) < 0.18
    for lighten in (lighter_first, not lighter_first):
        for step in range(1, 51):
            value = lightness + step * 0.02 if lighten else lightness - step * 0.02
            # in whole 8-bit steps, as it will be painted
            candidate = QColor(QColor.fromHslF(hue, saturation,
                                               min(1.0, max(0.0, value))).name())
            if contrast_ratio(candidate, background) >= minimum:
                return candidate
            if not 0.0 < value < 1.0:
                break
    return max((QColor("black"), QColor("white")),
               key=lambda c: contrast_ratio(c, background))


def error_colour(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The red for error texts, readable on ``role`` of ``palette`` (light and dark)."""
    return readable(QColor(ERROR_RED), palette.color(role))


def plain_text(text: str) -> str:
    """An action's or menu's text without its ``&`` mnemonic (``&&`` is a literal ``&``)."""
    return re.sub(r"&(.)", r"\1", text)


# -- the message bar ------------------------------------------------------------------------
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
        self.label.setTextFormat(Qt.TextFormat.AutoText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._open_link)
        self.label.setAccessibleName(self.tr("Message"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.close_button.setToolTip(self.tr("Dismiss the message"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
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

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text``; ``kind`` is "info" (goes away by itself) or "error" (stays)."""
        self.kind = kind
        self.label.setText(text)
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
        words = re.sub(r"<[^>]+>", "", text)
        return max(self.MIN_MS, min(self.MAX_MS, self.MS_PER_CHAR * len(html.unescape(words))))

    def clear_transient(self) -> None:
        """The user did something else: an info message has served its purpose."""
        if self.isVisible() and self.kind != "error":
            self.dismiss()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self._reserve(0)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

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
        self.layout().setContentsMargins(10, 1, 3, 1)  # snug: within the tab row
        one_line = self.heightForWidth(1 << 20)
        if row and width >= min(420, parent.width() // 2) and self.heightForWidth(width) <= one_line:
            self._reserve(0)
            self.setGeometry(left, 1, width, max(row, one_line))
            return
        self.layout().setContentsMargins(10, 4, 3, 4)
        width = max(0, parent.width() - 8)
        height = self.heightForWidth(width)
        height = height if height > 0 else self.sizeHint().height()
        self._reserve(height + 4)
        self.setGeometry(4, 2, width, height)

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


class PaneToggle(QObject):
    """A View-menu action that shows or hides one pane of a splitter.

    The action stays checked only while the pane is on screen: a pane dragged down to nothing
    counts as hidden (and is disabled, so Tab does not walk into it); dragging it out again or
    the action brings it back at its former width.
    """

    def __init__(self, splitter: QSplitter, pane: QWidget, action: QAction):
        super().__init__(action)
        self.splitter, self.pane, self.action = splitter, pane, action
        self._width = 0  # its width before it was hidden
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(self.set_shown)
        splitter.splitterMoved.connect(self.sync)

    def _size(self) -> int:
        return self.splitter.sizes()[self.splitter.indexOf(self.pane)]

    def is_shown(self) -> bool:
        return not self.pane.isHidden() and self._size() > 0

    def set_shown(self, shown: bool) -> None:
        """Show the pane (at its former width) or hide it; its neighbours take the room."""
        if shown != self.is_shown():
            if shown:
                self._show()
            else:
                self._width = self._size() or self._width
                self.pane.hide()
        self.sync()

    def reveal(self) -> None:
        """Show the pane when an action needs it (its shortcut, a search …)."""
        if not self.is_shown():
            self.set_shown(True)

    def _show(self) -> None:
        """Back at the width it had (its neighbours give it back, the widest first)."""
        self.pane.setEnabled(True)
        self.pane.show()
        width = max(self._width, self.pane.minimumSizeHint().width())
        grow_pane(self.splitter, self.pane, width, shrink_to=True)

    def sync(self, *_args) -> None:
        """Follow the splitter: a collapsed pane is disabled and its action unchecked."""
        collapsed = not self.pane.isHidden() and self._size() == 0
        self.pane.setEnabled(not collapsed)
        self.action.blockSignals(True)
        self.action.setChecked(self.is_shown())
        self.action.blockSignals(False)


def grow_pane(splitter: QSplitter, pane: QWidget, width: int, shrink_to: bool = False) -> None:
    """Make ``pane`` ``width`` wide (or wider: only grow, unless ``shrink_to``). The other
    shown panes give (or get) the difference in proportion to their room above their
    minimum width, so showing a pane again brings back the layout it was hidden from."""
    sizes = splitter.sizes()
    i = splitter.indexOf(pane)
    need = width - sizes[i]
    if need == 0 or (need < 0 and not shrink_to):
        return
    others = [k for k in range(len(sizes)) if k != i and sizes[k] > 0]
    spare = {k: max(0, sizes[k] - splitter.widget(k).minimumSizeHint().width()) for k in others}
    if need < 0:  # room to give away: by the sizes of the others
        spare = {k: sizes[k] for k in others}
    total = sum(spare.values())
    if total <= 0:
        return
    need = max(need, -total) if need < 0 else min(need, total)
    given = 0
    for n, k in enumerate(others):
        share = need - given if n == len(others) - 1 else round(need * spare[k] / total)
        sizes[k] -= share
        given += share
    sizes[i] += given
    splitter.setSizes(sizes)


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
    """Lays its items out left to right and wraps them onto the next line when narrow.

    With ``fill`` the items of a line share its spare width (a row of filter boxes that
    spans the pane when it is wide and stacks up when it is narrow).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, fill: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill = fill

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal if self._fill else Qt.Orientation(0)

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
        items = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in items)
        width += self._spacing * max(0, len(items) - 1)
        height = max((i.sizeHint().height() for i in items), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # the widest item: narrower than that would clip it
        m = self.contentsMargins()
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().width()
            if lines[-1] and x + self._spacing + hint > width:
                lines.append([])
                x = 0
            x += (self._spacing if lines[-1] else 0) + hint
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            if not line:
                continue
            hints = [item.sizeHint() for item in line]
            spare = area.width() - sum(h.width() for h in hints) \
                - self._spacing * (len(line) - 1)
            extra = max(0, spare) // len(line) if self._fill else 0
            height = max(h.height() for h in hints)
            x = area.x()
            for item, hint in zip(line, hints, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width() + extra,
                                                               hint.height())))
                x += hint.width() + extra + self._spacing
            y += height + self._spacing // 2
        return max(0, y - self._spacing // 2 - area.y()) + m.top() + m.bottom()
