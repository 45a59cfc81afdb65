"""Small window parts shared by several features: ``%1`` filling for translated texts, a
wrapping layout, combo-box sizing and a colour swatch icon."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLayout,
    QLayoutItem,
    QTableView,
    QWidget,
)


def read_only_table(parent: QWidget, model, name: str) -> QTableView:
    """A table of whole rows, one selectable at a time, not editable, without row numbers;
    Tab leaves it for the next widget (the arrow keys move within it)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    return table


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


class HeaderSortState:
    """``sort_state``/``set_sort_state`` of a view whose ``table`` sorts by a header click,
    so the window can remember the sort across restarts. Column -1 is the view's own order."""

    table: QTableView

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column the table is sorted by (-1: the view's own order) and the direction."""
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def set_sort_state(self, column: int, order: Qt.SortOrder) -> None:
        if -1 <= column < self.table.model().columnCount():
            self.table.horizontalHeader().setSortIndicator(column, order)


def colour_icon(hex_value: str, size: int = 14) -> QIcon:
    """A filled square of a palette colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_value))
    return QIcon(pixmap)
