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
from desktop_app.store.letter_pages import SORT_COLUMNS, LetterQuery

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


class RowsSource:
    """Letters held in memory (tests, small lists): filtered and sorted in Python."""

    def __init__(self, rows: Iterable[LetterSummary], value: Callable[[LetterSummary, int], Any]):
        self.rows = list(rows)
        self._value = value
        self._keys = [" ".join(str(value(r, c)) for c in range(4)).lower() for r in self.rows]
        self._arranged: tuple[LetterQuery, list[int]] | None = None
        self._counts_version = 0  # changes with the annotation counts

    def _view(self, query: LetterQuery) -> list[int]:
        if self._arranged is not None and self._arranged[0] == query:
            return self._arranged[1]
        f = LetterFilter(query.text, query.year, query.dossier, query.signatory)
        view = [i for i, r in enumerate(self.rows) if f.accepts(r, self._keys[i])]
        column = SORT_COLUMNS.index(query.sort)
        key: Callable[[int], Any] = lambda i: _sort_key(self._value(self.rows[i], column))  # noqa: E731
        view.sort(key=key, reverse=query.descending)
        if column in (0, 2, 3):  # rows without a date, dossier or signatory go last either way
            view.sort(key=lambda i: not self._value(self.rows[i], column))
        self._arranged = (query, view)
        return view

    def count(self, query: LetterQuery) -> int:
        return len(self._view(query))

    def page(self, query: LetterQuery, offset: int, limit: int) -> list[LetterSummary]:
        return [self.rows[i] for i in self._view(query)[offset:offset + limit]]

    def position(self, query: LetterQuery, letter_id: str) -> int:
        return next((n for n, i in enumerate(self._view(query))
                     if self.rows[i].id == letter_id), -1)

    def facets(self) -> tuple[list[str], list[str], list[str]]:
        years = sorted({(r.metadata.date or "")[:4] for r in self.rows} - {""}, reverse=True)
        dossiers = sorted({r.metadata.dossier for r in self.rows if r.metadata.dossier})
        names = sorted({s for r in self.rows for s in _signatories(r)})
        return years, dossiers, names

    def all_count(self) -> int:
        return len(self.rows)

    def commitment_total(self) -> int:
        return sum(r.commitment_count for r in self.rows)

    def contains(self, letter_id: str) -> bool:
        return any(r.id == letter_id for r in self.rows)

    def set_annotation_counts(self, counts: dict[str, int], only_these: bool) -> None:
        self.rows = [r if only_these and r.id not in counts
                     else replace(r, annotation_count=counts.get(r.id, 0)) for r in self.rows]
        self._arranged = None
        self._counts_version += 1

    def arrangement(self, query: LetterQuery) -> object:
        """Changes when the rows' order under ``query`` may have (see LibrarySource)."""
        return self._counts_version if query.sort == "annotations" else 0


class LibrarySource:
    """The library's letters, asked of SQLite a page at a time (``Library.letter_page``)."""

    def __init__(self, library: Any):
        self.library = library

    def count(self, query: LetterQuery) -> int:
        return self.library.letter_count(query)

    def page(self, query: LetterQuery, offset: int, limit: int) -> list[LetterSummary]:
        return self.library.letter_page(query, offset, limit)

    def position(self, query: LetterQuery, letter_id: str) -> int:
        return self.library.letter_position(query, letter_id)

    def facets(self) -> tuple[list[str], list[str], list[str]]:
        return self.library.letter_facets()

    def all_count(self) -> int:
        return self.library.count()

    def commitment_total(self) -> int:
        return self.library.commitment_count()

    def contains(self, letter_id: str) -> bool:
        return self.library.has_letter(letter_id)

    def set_annotation_counts(self, counts: dict[str, int], only_these: bool) -> None:
        """Nothing to keep: the next page read counts them again."""

    def arrangement(self, query: LetterQuery) -> object:
        """Changes when the rows or their order under ``query`` may have: pages read before
        and after such a change do not fit together (``Library.letter_list_state``)."""
        return self.library.letter_list_state(query)


class LetterTableModel(QAbstractTableModel):
    """The letter list: filtered and sorted by its source over every letter (in SQL for the
    library), read a page at a time and handed to the view in batches.

    Only the pages the view shows are read (and kept, up to ``MAX_PAGES``), so a library of
    150,000 letters costs a count and one page at start, not every row in Python.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2
    _ROLES = frozenset({Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, ID_ROLE})
    COLUMN_COUNT = 6
    MAX_PAGES = 64

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._source: RowsSource | LibrarySource = RowsSource([], self._value)
        self._pages: dict[int, list[LetterSummary]] = {}
        self._total = 0  # rows that pass the filter
        self._all = 0  # letters in the source
        self._commitments = 0
        self._facets: tuple[list[str], list[str], list[str]] | None = None
        self._shown = 0
        self._filter = LetterFilter()
        self._sort = (0, Qt.SortOrder.DescendingOrder)
        self._arranged_by: object = None  # the source's arrangement the pages were read in

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
    def query(self) -> LetterQuery:
        """The filter and the sort order as the source's query."""
        f, (column, order) = self._filter, self._sort
        return LetterQuery(f.text, f.year, f.dossier, f.signatory, SORT_COLUMNS[column],
                           order == Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Iterable[LetterSummary]) -> None:
        """Show these letters (held in memory); keeps the filter and the sort order."""
        self.set_source(RowsSource(rows, self._value))

    def set_library(self, library: Any) -> None:
        """Show the library's letters, read from it a page at a time."""
        self.set_source(LibrarySource(library))

    def set_source(self, source: RowsSource | LibrarySource) -> None:
        self._source = source
        self.reload()

    @property
    def library(self) -> Any:
        """The library the rows are read from (None for rows held in memory)."""
        return getattr(self._source, "library", None)

    def reload(self) -> None:
        """Read the counts again and forget the pages read (after an import); the filter,
        the sort order and how far the view had scrolled stay."""
        self.beginResetModel()
        self._all = self._source.all_count()
        self._commitments = self._source.commitment_total()
        self._facets = None
        self._arrange(keep_shown=True)
        self.endResetModel()

    def is_current(self) -> bool:
        """True when the library's letters, their corrections and the rows' order are as
        they were when the rows were read (a job that changed nothing): nothing to reload."""
        return isinstance(self._source, LibrarySource) and self._arranged_by is not None \
            and self._source.arrangement(self.query()) == self._arranged_by

    def set_annotation_counts(self, counts: dict[str, int]) -> None:
        """Update the "Ann." column in place (after annotating), keeping the selection; the
        rows in their new order when they moved (sorted by annotations, details corrected
        by another program)."""
        self._source.set_annotation_counts(counts, only_these=False)
        if self._rearrange_if_moved():
            return
        # the pages read stay (what each row is changes only with a reload): their counts
        for page in self._pages.values():
            page[:] = [r if counts.get(r.id, 0) == r.annotation_count
                       else replace(r, annotation_count=counts.get(r.id, 0)) for r in page]
        if self._shown:
            self.dataChanged.emit(self.index(0, 5), self.index(self._shown - 1, 5))

    def update_annotation_counts(self, counts: dict[str, int]) -> None:
        """Change the "Ann." count of these letters only (the others keep theirs); the rows
        in their new order when they moved (see :meth:`set_annotation_counts`)."""
        self._source.set_annotation_counts(counts, only_these=True)
        if self._rearrange_if_moved():
            return
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                count = counts.get(r.id)
                if count is not None and count != r.annotation_count:
                    page[i] = replace(r, annotation_count=count)
                    row = number * BATCH + i
                    if row < self._shown:
                        self.dataChanged.emit(self.index(row, 5), self.index(row, 5))

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
        self._pages.clear()
        self._arranged_by = self._source.arrangement(self.query())
        self._total = self._source.count(self.query())
        self._shown = min(self._total, max(self._shown if keep_shown else 0, BATCH))

    def _rearrange_if_moved(self) -> bool:
        """Forget the pages read when the rows' order changed since (a page read now would
        not fit them: a letter twice, another never), as a layout change that keeps the
        selected letters; False when nothing moved."""
        query = self.query()
        arrangement = self._source.arrangement(query)
        if arrangement == self._arranged_by:
            return False
        old_pages, old_shown = self._pages, self._shown
        self._pages = {}
        self._arranged_by = arrangement
        self._total = self._source.count(query)

        def old_id(row: int) -> str | None:
            page = old_pages.get(row // BATCH)
            return page[row % BATCH].id if page and row % BATCH < len(page) else None

        persistent = self.persistentIndexList()
        rows = {lid: self._source.position(query, lid)
                for lid in {old_id(p.row()) for p in persistent} - {None}}
        shown = min(self._total, max(old_shown, BATCH, *(r + 1 for r in rows.values())))
        if shown > old_shown:  # a selected letter moved below the rows shown
            self.beginInsertRows(QModelIndex(), old_shown, shown - 1)
            self._shown = shown
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = rows.get(old_id(index.row()), -1)  # type: ignore[arg-type]
            moved.append(self.index(row, index.column()) if 0 <= row < self._shown
                         else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        if shown < self._shown:  # letters gone meanwhile (another program)
            self.beginRemoveRows(QModelIndex(), shown, self._shown - 1)
            self._shown = shown
            self.endRemoveRows()
        return True

    def _page(self, number: int) -> list[LetterSummary]:
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self.query(), number * BATCH, BATCH)
            if len(self._pages) >= self.MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            self._pages[number] = page
        return page

    def _row(self, row: int) -> LetterSummary | None:
        page = self._page(row // BATCH)
        return page[row % BATCH] if row % BATCH < len(page) else None

    def _all_facets(self) -> tuple[list[str], list[str], list[str]]:
        if self._facets is None:
            self._facets = self._source.facets()
        return self._facets

    def years(self) -> list[str]:
        return self._all_facets()[0]

    def dossiers(self) -> list[str]:
        return self._all_facets()[1]

    def signatories(self) -> list[str]:
        return self._all_facets()[2]

    def total(self) -> int:
        """Rows that pass the filter (fetched or not)."""
        return self._total

    def all_count(self) -> int:
        return self._all

    def commitment_total(self) -> int:
        return self._commitments

    def contains(self, letter_id: str) -> bool:
        """True when the library has the letter (shown or filtered out)."""
        return self._source.contains(letter_id)

    def summary(self, row: int) -> LetterSummary:
        found = self._row(row)
        if found is None:
            raise IndexError(row)
        return found

    def row_of(self, letter_id: str) -> int:
        """The row of a letter, fetching more rows if needed; -1 when filtered out."""
        row = next((number * BATCH + i for number, page in self._pages.items()
                    for i, r in enumerate(page) if r.id == letter_id), -1)
        if row < 0:
            row = self._source.position(self.query(), letter_id)
        if row < 0:
            return -1
        if row >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, row)
            self._shown = row + 1
            self.endInsertRows()
        return row

    # -- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        count = min(BATCH, self._total - self._shown)
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
        # the view asks ~10 roles per cell (font, colours, …): those without a value are
        # answered before the row is looked up (sizing the columns after an import asks
        # thousands)
        if role not in self._ROLES or not index.isValid() \
                or not (0 <= index.row() < self._shown):
            return None
        r = self._row(index.row())
        if r is None:  # the library lost letters since the count: until the next reload
            return None
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
