"""Qt models over annotations, commitment rows, collections and the palette."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop_app.model import Annotation, Collection, PaletteColor
from desktop_app.overview import CommitmentRow
from desktop_app.ui.colours import readable_in_tables
from desktop_app.ui.palette_words import colour_label, colour_meaning
from desktop_app.ui.safe_text import markdown_html, markdown_plain, plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
ANNOTATION_MIME = "application/x-kamerbrieven-annotations"
ITEM_MIME = "application/x-kamerbrieven-collection-item"
SORT_ROLE = _Role.UserRole + 10  # the value a column sorts by ("" or None: always last)
OVERDUE_RED = "#b3261e"


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


@dataclass(frozen=True)
class AnnotationFilter:
    """What the annotation browser shows; empty fields mean: any."""

    letter_id: str = ""
    tag: str = ""
    color: str = ""
    author: str = ""
    since: str = ""  # ISO date: changed on or after
    text: str = ""

    def accepts(self, a: Annotation, title: str = "") -> bool:
        if self.letter_id and a.letter_id != self.letter_id:
            return False
        if self.tag and not any(t == self.tag or t.startswith(self.tag + "/") for t in a.tags):
            return False
        if self.color and a.color != self.color:
            return False
        if self.author and a.author != self.author:
            return False
        if self.since and a.modified[:10] < self.since:
            return False
        haystack = " ".join((a.quote, a.note, " ".join(a.tags), title)).lower()
        return all(word in haystack for word in self.text.lower().split())


def sort_annotations(rows: list[Annotation], by: str, letter_order: dict[str, int]) -> None:
    """Sort in place: "position" (letter, then place in it) or "date" (newest first)."""
    if by == "date":
        rows.sort(key=lambda a: a.modified, reverse=True)
    else:
        rows.sort(key=lambda a: (letter_order.get(a.letter_id, len(letter_order)), a.letter_id,
                                 a.start, a.created))


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


class AnnotationTableModel(RowTableModel):
    """Annotations as rows: colour, passage, note, tags, letter, author, date.

    Rows drag out as a list of annotation ids (into a collection).
    """

    ID_ROLE = _Role.UserRole + 1
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self.colours: dict[str, str] = {}  # name → hex, in palette order
        self.titles: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Colour"), self.tr("Passage"), self.tr("Note"), self.tr("Tags"),
                self.tr("Letter"), self.tr("Author"), self.tr("Changed")]

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == annotation_id), -1)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, column = self._rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            return self._text(a, column)
        if role == _Role.ToolTipRole:
            return plain_tooltip(a.quote) if column != 2 else note_tooltip(a.note)
        if role == _Role.DecorationRole and column == 0:
            return QColor(self.colours.get(a.color, "#bdbdbd"))
        if role == _Role.FontRole and a.status == "orphan" and column == 1:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            return self._sort_key(a, column)
        return None

    def _sort_key(self, a: Annotation, column: int) -> Any:
        if column == 0:  # palette order, then the name (a colour since removed)
            order = list(self.colours)
            return f"{order.index(a.color) if a.color in order else len(order):04d}{a.color}"
        if column == 6:
            return a.modified  # ISO time stamp: sorts as a date
        return self._text(a, column).casefold()

    def _text(self, a: Annotation, column: int) -> str:
        if column == 0:
            return colour_label(a.color)
        if column == 1:
            return short(a.quote, 160)
        if column == 2:
            return short(note_plain(a.note), 120)
        if column == 3:
            return ", ".join(a.tags)
        if column == 4:
            return self.titles.get(a.letter_id) or a.letter_id
        if column == 5:
            return a.author
        return a.modified[:10]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ANNOTATION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(ANNOTATION_MIME, "\n".join(ids).encode("utf-8"))
        return mime


class CommitmentTableModel(RowTableModel):
    """The commitments overview: letter date, letter, kind, actor, text, deadline, status.

    A possible commitment (the detector is unsure of it) is in italics and says so in the
    tooltip of its kind.
    """

    COLUMN_COUNT = 7

    def __init__(self, kind_label: Callable[[str], str] = str, parent: Any = None):
        super().__init__(parent)
        self._rows: list[CommitmentRow] = []
        self.kind_label = kind_label
        self.today = date.today()

    def headers(self) -> list[str]:
        return [self.tr("Letter date"), self.tr("Letter"), self.tr("Kind"), self.tr("Actor"),
                self.tr("Text"), self.tr("Deadline"), self.tr("Status")]

    def status_label(self, row: CommitmentRow) -> str:
        labels = {"open": self.tr("open"), "done": self.tr("done"),
                  "rejected": self.tr("rejected")}
        text = labels.get(row.status, row.status)
        if row.status == "open" and row.verdict == "confirmed":
            text += " · " + self.tr("confirmed")
        if row.overdue(self.today):
            text += " · " + self.tr("overdue")
        if row.orphan:  # a review whose commitment the letter no longer has (as detected)
            text += " · " + self.tr("not found in the letter")
        return text

    def commitment_row(self, row: int) -> CommitmentRow:
        return self._rows[row]

    def rows(self) -> list[CommitmentRow]:
        return list(self._rows)

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, column = self._rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            return self._text(r, column)
        if role == _Role.ToolTipRole:
            if column == 2:
                return self.confidence_tip(r) or plain_tooltip(r.note) or None
            if column == 4:
                return plain_tooltip(r.commitment.text)
            if column == 5:
                return self._deadline_tip(r) or plain_tooltip(r.note) or None
            return plain_tooltip(r.note) or None
        if role == _Role.FontRole and r.confidence == "possible":
            font = QFont()
            font.setItalic(True)
            return font
        if role == _Role.ForegroundRole and column == 6 and r.overdue(self.today):
            return readable_in_tables(OVERDUE_RED)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        return None

    def _sort_key(self, r: CommitmentRow, column: int) -> Any:
        if column == 0:
            return r.letter_date or ""  # ISO date; none sorts last
        if column == 5:  # the ISO deadline; the letter's own words only ("in het voorjaar")
            return r.deadline_to or r.deadline_from or ""  # have none: they sort last
        if column == 6:  # most urgent first: overdue, open, confirmed, done, rejected
            rank = {"open": 1, "done": 3, "rejected": 4}.get(r.status, 5)
            if r.status == "open" and r.overdue(self.today):
                rank = 0
            elif r.status == "open" and r.verdict == "confirmed":
                rank = 2
            return rank
        return self._text(r, column).casefold()

    def _text(self, r: CommitmentRow, column: int) -> str:
        c = r.commitment
        if column == 0:
            return r.letter_date or ""
        if column == 1:
            return short(r.letter_title or r.letter_id, 60)
        if column == 2:
            return self.kind_label(r.kind)
        if column == 3:
            return c.actor or ""
        if column == 4:
            return short(c.text, 200)
        if column == 5:
            return deadline_text(r)
        return self.status_label(r)


    def confidence_tip(self, r: CommitmentRow) -> str:
        """The tooltip of a possible commitment's kind ("" for one detected with confidence)."""
        if r.confidence != "possible":
            return ""
        return plain_tooltip(self.tr("Possible commitment: the detector is not sure of this "
                                     "sentence. Confirm or reject it."))

    def _deadline_tip(self, r: CommitmentRow) -> str:
        """The letter's words for the deadline and the range they allow (rich text, escaped:
        the words come from the letter)."""
        lines = []
        if r.commitment.deadline_text:
            lines.append(self.tr("In the letter: “%1”").replace(
                "%1", html.escape(r.commitment.deadline_text)))
        if r.deadline_from and r.deadline_to and r.deadline_from != r.deadline_to:
            lines.append(self.tr("Between %1 and %2; due by the last day").replace(
                "%1", html.escape(r.deadline_from)).replace("%2", html.escape(r.deadline_to)))
        if r.deadline_corrected:
            lines.append(self.tr("Deadline set by a person"))
        elif r.commitment.deadline_text and not r.deadline_to:
            lines.append(self.tr("No date: the letter names none that can be pinned down"))
        return "<qt>" + "<br>".join(lines) + "</qt>" if lines else ""


def deadline_text(r: CommitmentRow) -> str:
    """The due date (the latest day the letter's words allow, or a person's correction), or
    the letter's own words when they name no date ("zo spoedig mogelijk")."""
    return r.deadline_to or r.deadline_from or (r.commitment.deadline_text or "")


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


class PaletteModel(QAbstractTableModel):
    """The palette: key, name, colour and meaning of every annotation colour."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[PaletteColor] = []

    def set_rows(self, rows: Iterable[PaletteColor]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def color(self, row: int) -> PaletteColor:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _Role.DisplayRole:
            return [self.tr("Key"), self.tr("Name"), self.tr("Colour"),
                    self.tr("Meaning")][section] if 0 <= section < 4 else None
        return None

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c, column = self._rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            key = str(index.row() + 1) if index.row() < 9 else ""
            return (key, colour_label(c.name), c.hex, colour_meaning(c))[column]
        if role == _Role.ToolTipRole and column == 1 and colour_label(c.name) != c.name:
            return plain_tooltip(self.tr("Stored as “%1”").replace("%1", c.name))
        if role == _Role.DecorationRole and column == 2:
            return QColor(c.hex)
        return None
