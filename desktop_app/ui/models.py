"""Shared pieces of the Qt models: the sort role and its proxy, the row-table base class, a
note (Markdown) as table text and as a tooltip, and the drag format of annotations."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.ui.safe_text import markdown_html, markdown_plain

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
ANNOTATION_MIME = "application/x-kamerbrieven-annotations"
SORT_ROLE = _Role.UserRole + 10  # the value a column sorts by ("" or None: always last)


class SortProxy(QSortFilterProxyModel):
    """Sorts a table by its :data:`SORT_ROLE`; empty values (no deadline, no date) come last
    whichever way the column is sorted. Sorting by column -1 gives the source order."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802 - Qt override
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        a_empty, b_empty = a is None or a == "", b is None or b == ""
        if a_empty or b_empty:
            if a_empty == b_empty:
                return False
            # the proxy swaps the arguments for a descending sort: empty ones stay last
            return b_empty if self.sortOrder() == Qt.SortOrder.AscendingOrder else a_empty
        return a < b

    def source_row(self, index: _Index) -> int:
        """The source row of an index of this proxy (an index of the source passes as is)."""
        if index.model() is self:
            return self.mapToSource(index).row()
        return index.row()


def short(text: str, width: int = 120) -> str:
    """One line of at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@lru_cache(maxsize=4096)
def note_plain(note: str) -> str:
    """A Markdown note as one line of plain text (marks removed as Qt's reader removes them;
    paragraphs and list items joined by " · "), for table cells and list rows."""
    if not note.strip():
        return ""
    return " · ".join(" ".join(line.split()) for line in markdown_plain(note).splitlines()
                      if line.strip())


def note_tooltip(note: str) -> str | None:
    """A Markdown note rendered (rich text) for a tooltip; None for no note."""
    return markdown_html(note) if note.strip() else None


class RowTableModel(QAbstractTableModel):
    """A table over a list of domain rows; subclasses give COLUMN_COUNT, headers() and data()."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        return []  # one header per column; subclasses name theirs

    def set_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _Role.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT
                and role == _Role.DisplayRole):
            return self.headers()[section]
        return None
