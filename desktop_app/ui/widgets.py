"""Small window parts: the job progress in the status bar, a wrapping layout, combo-box
sizing, a splitter pane's View-menu toggle, ``%1`` filling for translated texts, a Markdown
note as HTML (from :mod:`desktop_app.ui.safe_text`) and a colour swatch icon."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

# a note as HTML lives with the other safe rich text (no raw HTML, no images, no file links)
from desktop_app.ui.safe_text import markdown_html  # noqa: F401 - re-exported


def plain_text(text: str) -> str:
    """An action's or menu's text without its ``&`` mnemonic (``&&`` is a literal ``&``)."""
    return re.sub(r"&(.)", r"\1", text)


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


def colour_icon(hex_value: str, size: int = 14) -> QIcon:
    """A filled square of a palette colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_value))
    return QIcon(pixmap)
