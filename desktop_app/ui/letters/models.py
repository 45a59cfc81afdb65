"""Qt models of the letter list: the filter and the lazily fed, sorted table."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.model import LetterSummary
from desktop_app.render import kamerstuk, summary_title

_Index = QModelIndex | QPersistentModelIndex
BATCH = 400  # rows handed to the view per fetchMore


@dataclass(frozen=True)
class LetterFilter:
    """What the letter list shows: words in any column, and exact year/dossier/signatory."""

    text: str = ""
    year: str = ""
    dossier: str = ""
    signatory: str = ""

    def accepts(self, row: LetterSummary, haystack: str) -> bool:
        md = row.metadata
        if self.year and not (md.date or "").startswith(self.year):
            return False
        if self.dossier and md.dossier != self.dossier:
            return False
        if self.signatory and self.signatory not in _signatories(row):
            return False
        return all(word in haystack for word in self.text.lower().split())


def _signatories(row: LetterSummary) -> list[str]:
    return [s.strip() for s in (row.metadata.signatory or "").split(";") if s.strip()]


class LetterTableModel(QAbstractTableModel):
    """The letter list: sorted and filtered over all rows, handed to the view in batches.

    Sorting and filtering happen here, over every row, so a lazily loaded view still sorts
    the whole library and not only the rows fetched so far.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    COLUMN_COUNT = 6

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._all: list[LetterSummary] = []
        self._keys: list[str] = []  # lower-cased text per row of _all, for the filter box
        self._view: list[int] = []  # indexes into _all, filtered and sorted
        self._shown = 0
        self._filter = LetterFilter()
        self._sort = (0, Qt.SortOrder.DescendingOrder)

    def headers(self) -> list[str]:
        """Full column names (tooltips and screen readers)."""
        return [self.tr("Date"), self.tr("Subject"), self.tr("Kamerstuk"), self.tr("Signatory"),
                self.tr("Commitments"), self.tr("Annotations")]

    def short_headers(self) -> list[str]:
        """Column titles as shown: the two counts get narrow titles."""
        full = self.headers()
        return full[:4] + [self.tr("Comm.", "short for Commitments"),
                           self.tr("Ann.", "short for Annotations")]

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[LetterSummary]) -> None:
        """Replace every row (after an import); keeps the filter and the sort order."""
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [" ".join(str(self._value(r, c)) for c in range(4)).lower()
                      for r in self._all]
        self._arrange()
        self.endResetModel()

    def set_annotation_counts(self, counts: dict[str, int]) -> None:
        """Update the "Ann." column in place (after annotating), keeping the selection."""
        self._all = [replace(r, annotation_count=counts.get(r.id, 0)) for r in self._all]
        if self._shown:
            self.dataChanged.emit(self.index(0, 5), self.index(self._shown - 1, 5))

    def update_annotation_counts(self, counts: dict[str, int]) -> None:
        """Change the "Ann." count of these letters only (the others keep theirs)."""
        changed = False
        for i, r in enumerate(self._all):
            count = counts.get(r.id)
            if count is not None and count != r.annotation_count:
                self._all[i] = replace(r, annotation_count=count)
                changed = True
        if changed and self._shown:
            self.dataChanged.emit(self.index(0, 5), self.index(self._shown - 1, 5))

    def set_filter(self, letter_filter: LetterFilter) -> None:
        """Show only the rows the filter accepts."""
        self.beginResetModel()
        self._filter = letter_filter
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange(keep_shown=True)
        self.layoutChanged.emit()

    def _arrange(self, keep_shown: bool = False) -> None:
        f = self._filter
        view = [i for i, r in enumerate(self._all) if f.accepts(r, self._keys[i])]
        column, order = self._sort
        key: Callable[[int], Any] = lambda i: _sort_key(self._value(self._all[i], column))  # noqa: E731
        view.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        if column in (0, 2, 3):  # rows without a date, dossier or signatory go last either way
            view.sort(key=lambda i: not self._value(self._all[i], column))
        self._view = view
        self._shown = min(len(view), max(self._shown if keep_shown else 0, BATCH))

    def years(self) -> list[str]:
        return sorted({(r.metadata.date or "")[:4] for r in self._all} - {""}, reverse=True)

    def dossiers(self) -> list[str]:
        return sorted({r.metadata.dossier for r in self._all if r.metadata.dossier})

    def signatories(self) -> list[str]:
        return sorted({s for r in self._all for s in _signatories(r)})

    def total(self) -> int:
        """Rows that pass the filter (fetched or not)."""
        return len(self._view)

    def all_count(self) -> int:
        return len(self._all)

    def commitment_total(self) -> int:
        return sum(r.commitment_count for r in self._all)

    def contains(self, letter_id: str) -> bool:
        """True when the library has the letter (shown or filtered out)."""
        return any(r.id == letter_id for r in self._all)

    def summary(self, row: int) -> LetterSummary:
        return self._all[self._view[row]]

    def row_of(self, letter_id: str) -> int:
        """The row of a letter, fetching more rows if needed; -1 when filtered out."""
        for row, i in enumerate(self._view):
            if self._all[i].id == letter_id:
                if row >= self._shown:
                    self.beginInsertRows(QModelIndex(), self._shown, row)
                    self._shown = row + 1
                    self.endInsertRows()
                return row
        return -1

    # -- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._view)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        count = min(BATCH, len(self._view) - self._shown)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + count - 1)
        self._shown += count
        self.endInsertRows()

    # -- the model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.short_headers()[section]
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.headers()[section]
        return None

    def _value(self, r: LetterSummary, column: int) -> Any:
        md = r.metadata
        if column == 0:
            return md.date or ""
        if column == 1:
            return summary_title(r) or self.tr("(no subject)")
        if column == 2:
            if md.dossier:
                return f"{md.dossier}-{md.number}" if md.number else md.dossier
            return ""
        if column == 3:
            return md.signatory or md.signatory_role or ""
        if column == 4:
            return r.commitment_count
        return r.annotation_count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        r = self.summary(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            return self._value(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole letter, so a cell cut short with "…" can be read in full
            return letter_tooltip(r)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return r.id
        return None


def _sort_key(value: Any) -> Any:
    """Numbers sort as numbers, text case-insensitively."""
    return value if isinstance(value, int) else str(value).casefold()


def letter_tooltip(row: LetterSummary) -> str:
    """Everything that tells a letter apart, as rich text (it wraps): the list title, the
    dossier title beside a subject, the Kamerstuk, the date, the signatory and the file."""
    md = row.metadata
    esc = lambda text: html.escape(text, quote=False)  # noqa: E731
    lines = [f"<b>{esc(summary_title(row) or row.id)}</b>"]
    if md.subject and md.title:
        lines.append(esc(QCoreApplication.translate("LetterTableModel", "Dossier: %1")
                         .replace("%1", md.title)))
    meta = " · ".join(x for x in (md.date, kamerstuk(md)) if x)
    for line in (meta, md.signatory, md.signatory_role):
        if line:
            lines.append(esc(line))
    lines.append(f"<small>{esc(row.id)}</small>")
    return "<br>".join(lines)
