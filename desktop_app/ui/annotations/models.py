"""Qt models of the annotation browser and the palette editor: the filter, the sort, the
annotation table and the palette table."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import total_ordering
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop_app.model import Annotation, PaletteColor
from desktop_app.ui.annotations.palette_words import colour_label, colour_meaning
from desktop_app.ui.models import (
    ANNOTATION_MIME,
    SORT_ROLE,
    RowTableModel,
    note_plain,
    note_tooltip,
    short,
)
from desktop_app.ui.safe_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
# more rows than this moving at once are put in place in one layout change, not one by one
MOVES_IN_ONE_LAYOUT = 32
MINE = "\x00mine"  # AnnotationFilter.owner: one's own annotations (not a colleague's)


@dataclass(frozen=True)
class AnnotationFilter:
    """What the annotation browser shows; empty fields mean: any."""

    letter_id: str = ""
    tag: str = ""
    color: str = ""
    author: str = ""
    since: str = ""  # ISO date: changed on or after
    text: str = ""
    owner: str = ""  # MINE, or a colleague's person id (shared through the team folder)

    def accepts(self, a: Annotation, title: str = "", origin: str = "") -> bool:
        """``origin``: the person id of the colleague ``a`` belongs to ("" for one's own)."""
        if self.owner and origin != ("" if self.owner == MINE else self.owner):
            return False
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


@total_ordering
class _Descending:
    """A sort key that orders its value the other way round (newest first)."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Descending) and self.value == other.value

    def __lt__(self, other: _Descending) -> bool:
        return other.value < self.value

    __hash__ = None  # type: ignore[assignment]


def annotation_sort_key(by: str, letter_order: dict[str, int]) -> Callable[[Annotation], Any]:
    """The key of the browser's order: "position" (letter, then place in it) or "date"
    (newest first); ascending and unique, so that rows are inserted and found in place with
    ``bisect``."""
    if by == "date":
        return lambda a: (_Descending(a.modified), a.id)
    last = len(letter_order)
    # the id last: no two rows have the same key, so a row is found by bisection
    return lambda a: (letter_order.get(a.letter_id, last), a.letter_id, a.start, a.created,
                      a.id)


class AnnotationTableModel(RowTableModel):
    """Annotations as rows: colour, passage, note, tags, letter, author, date.

    Rows drag out as a list of annotation ids (into a collection).
    """

    ID_ROLE = _Role.UserRole + 1
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[Annotation] = []
        # the rows by id, and the key they are in order of (when known): a row is found by
        # bisection, not by a pass over every row (100,000 annotations: issue 17)
        self._by_id: dict[str, Annotation] = {}
        self._key: Callable[[Annotation], Any] | None = None
        self.colours: dict[str, str] = {}  # name → hex, in palette order
        self.titles: dict[str, str] = {}
        # a colleague's annotation (shared through the team folder): id → (person id, name)
        self.owners: dict[str, tuple[str, str]] = {}

    def headers(self) -> list[str]:
        return [self.tr("Colour"), self.tr("Passage"), self.tr("Note"), self.tr("Tags"),
                self.tr("Letter"), self.tr("Author"), self.tr("Changed")]

    def set_rows(self, rows: Iterable[Annotation],
                 key: Callable[[Annotation], Any] | None = None) -> None:
        """All rows anew (a reset); ``key``: the order they are in (``annotation_sort_key``),
        which lets :meth:`row_of` and :meth:`update_rows` find a row without a scan."""
        super().set_rows(rows)
        self._by_id = {a.id: a for a in self._rows}
        self._key = key

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: str) -> int:
        """The row of an annotation, -1 when it is not shown."""
        a = self._by_id.get(annotation_id)
        if a is None:
            return -1
        if self._key is not None:  # unique keys in order: bisection finds it
            at = bisect.bisect_left(self._rows, self._key(a), key=self._key)
            if at < len(self._rows) and self._rows[at].id == annotation_id:
                return at
        # not in the order of the key (the letter order changed since): look through them
        return next((i for i, r in enumerate(self._rows) if r.id == annotation_id), -1)

    def update_rows(self, upserts: Iterable[Annotation], removals: Iterable[str],
                    key: Callable[[Annotation], Any]) -> None:
        """Change, remove and insert only these rows (kept in ``key`` order), without a
        reset: the views keep their selection, current row and scroll position.

        A changed row whose sort key is the same stays where it is (``dataChanged``); one
        whose key changed moves (removed, then inserted at its new place; many rows that
        move at once, as a recolour in date order, are put in place in one layout change).
        Neighbouring rows are removed and inserted together: every removal or insertion
        costs the views a pass over their rows.
        """
        self._key = key
        gone = {i for i in removals if i in self._by_id}
        inserts: list[Annotation] = []
        moves: dict[int, Annotation] = {}  # row → the annotation that moves away from it
        last = self.COLUMN_COUNT - 1
        for a in upserts:
            row = self.row_of(a.id)
            if row < 0:
                inserts.append(a)
            elif a.id in gone:
                continue
            elif key(self._rows[row]) == key(a):
                self._rows[row] = self._by_id[a.id] = a
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            else:
                moves[row] = a
        if len(moves) > MOVES_IN_ONE_LAYOUT:
            self._remove_rows({self.row_of(i) for i in gone})
            self._move_rows(list(moves.values()), key)
        else:
            self._remove_rows({self.row_of(i) for i in gone} | moves.keys())
            inserts += moves.values()
        self._insert_rows(inserts, key)

    def _remove_rows(self, rows: set[int]) -> None:
        """Remove these rows, each run of neighbouring rows at once (the last run first)."""
        runs: list[list[int]] = []
        for row in sorted(rows):
            if runs and runs[-1][1] == row - 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        for first, end in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, end)
            for a in self._rows[first:end + 1]:
                del self._by_id[a.id]
            del self._rows[first:end + 1]
            self.endRemoveRows()

    def _insert_rows(self, inserts: list[Annotation], key: Callable[[Annotation], Any]) -> None:
        """Insert rows at their places in ``key`` order, those that go to one place at once."""
        inserts.sort(key=key)
        n = 0
        while n < len(inserts):
            at = bisect.bisect_right(self._rows, key(inserts[n]), key=key)
            end = n + 1
            while end < len(inserts) and (at == len(self._rows)
                                          or key(inserts[end]) < key(self._rows[at])):
                end += 1
            self.beginInsertRows(QModelIndex(), at, at + end - n - 1)
            self._rows[at:at] = inserts[n:end]
            self._by_id.update((a.id, a) for a in inserts[n:end])
            self.endInsertRows()
            n = end

    def _move_rows(self, moved: list[Annotation], key: Callable[[Annotation], Any]) -> None:
        """Give rows their changed annotations and put every row in ``key`` order in one
        layout change; the views' selection and current row follow their annotations."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in before]
        ids = {a.id for a in moved}
        self._rows = [a for a in self._rows if a.id not in ids]  # no key made: not a sort
        for a in sorted(moved, key=key):
            self._rows.insert(bisect.bisect_right(self._rows, key(a), key=key), a)
            self._by_id[a.id] = a
        after = []
        for annotation_id, column in held:
            row = self.row_of(annotation_id)
            after.append(self.index(row, column) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, column = self._rows[index.row()], index.column()
        if role == _Role.DisplayRole:
            return self._text(a, column)
        if role == _Role.ToolTipRole:
            if column == 5 and a.id in self.owners:
                return plain_tooltip(self.tr("Shared by %1: read-only here")
                                     .replace("%1", self.owners[a.id][1]))
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
        if column == 5:  # a colleague's by the name they share under
            return self.owners[a.id][1] if a.id in self.owners else a.author
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
