"""Qt models of collections: the list of collections and the items of one."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop_app.model import Annotation, Collection
from desktop_app.ui.models import ANNOTATION_MIME, note_plain, note_tooltip, short
from desktop_app.ui.safe_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
ITEM_MIME = "application/x-kamerbrieven-collection-item"


class CollectionListModel(QAbstractListModel):
    """The collections by title, with their number of items."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Collection] = []

    def set_rows(self, rows: Iterable[Collection]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def collection(self, row: int) -> Collection:
        return self._rows[row]

    def row_of(self, collection_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == collection_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == _Role.DisplayRole:
            return f"{c.title} ({len(c.items)})"
        if role == _Role.ToolTipRole:
            return plain_tooltip(c.introduction) or None
        return None


class CollectionItemsModel(QAbstractListModel):
    """The items of one collection: headings and annotations, reordered by drag and drop.

    A drop does not change the model: it emits an intent (``move_requested`` or
    ``add_requested``); the store makes the change and the panel reloads.
    """

    move_requested = Signal(str, int)  # item id, new position
    add_requested = Signal(object, int)  # annotation ids, position

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: list = []
        self._annotations: dict[str, Annotation] = {}

    def set_items(self, items: Iterable, annotations: dict[str, Annotation]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._annotations = dict(annotations)
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]

    def annotation_of(self, row: int) -> Annotation | None:
        """The annotation of an item (None for a heading or a deleted annotation)."""
        annotation_id = self._items[row].annotation_id
        return None if annotation_id is None else self._annotations.get(annotation_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        ann = None if item.annotation_id is None else self._annotations.get(item.annotation_id)
        if role == _Role.DisplayRole:
            if item.heading is not None:
                return item.heading
            if ann is None:
                return self.tr("(deleted annotation)")
            note = f"\n    {short(note_plain(ann.note), 100)}" if ann.note.strip() else ""
            return f"“{short(ann.quote, 110)}”{note}"
        if role == _Role.FontRole and item.heading is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == _Role.ToolTipRole and ann is not None:
            note = note_tooltip(ann.note)
            return (f"<p>“{html.escape(ann.quote)}”</p>{note}" if note
                    else plain_tooltip(ann.quote))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME, ANNOTATION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            mime.setData(ITEM_MIME, self._items[rows[0]].id.encode("utf-8"))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: _Index) -> bool:
        return data.hasFormat(ITEM_MIME) or data.hasFormat(ANNOTATION_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: _Index) -> bool:
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        if data.hasFormat(ITEM_MIME):
            item_id = bytes(data.data(ITEM_MIME).data()).decode("utf-8")
            old = next((i for i, it in enumerate(self._items) if it.id == item_id), -1)
            if old < 0:
                return False
            self.move_requested.emit(item_id, row - 1 if row > old else row)
            return False  # the store reorders; nothing for the view to remove
        if data.hasFormat(ANNOTATION_MIME):
            ids = [i for i in bytes(data.data(ANNOTATION_MIME).data()).decode().split("\n") if i]
            if ids:
                self.add_requested.emit(ids, row)
            return bool(ids)
        return False
