"""The letter list pane: a filter box, year/dossier/signatory filters and the table."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import LetterSummary
from desktop_app.ui.models import LetterFilter, LetterTableModel
from desktop_app.ui.widgets import fit_combo_to_first_item

SUBJECT = 1
SIGNATORY = 3
FIT_COLUMNS = (0, 2, 4, 5)  # date, Kamerstuk and the two counts: as wide as their contents


class LetterListPane(QWidget):
    """Emits ``letter_selected(id)`` when the current row changes; never opens letters itself."""

    letter_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._quiet = False
        self._columns_set = False  # default widths given (or the user's restored)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = LetterTableModel(self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter letters…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter letters"))
        self.year_box = self._combo(self.tr("All years"))
        self.dossier_box = self._combo(self.tr("All dossiers"))
        self.signatory_box = self._combo(self.tr("All signatories"))
        combos = QHBoxLayout()
        for box in (self.year_box, self.dossier_box, self.signatory_box):
            combos.addWidget(box, 1)
        self.table = self._make_table()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addWidget(self.filter_box)
        layout.addLayout(combos)
        layout.addLayout(self.stack, 1)

    def _combo(self, everything: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(everything, "")
        box.setAccessibleName(everything)
        fit_combo_to_first_item(box)
        return box

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Letters"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        # Tab moves on to the reader instead of from cell to cell
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        return table

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._apply_filter)
        for box in (self.year_box, self.dossier_box, self.signatory_box):
            box.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[LetterSummary]) -> None:
        """Show the library's letters; keeps the selection when the letter is still there."""
        current = self.current_id()
        self.model.set_rows(rows)
        for box, values in ((self.year_box, self.model.years()),
                            (self.dossier_box, self.model.dossiers()),
                            (self.signatory_box, self.model.signatories())):
            self._fill(box, values)
        self._fit_columns(first=not self._columns_set and self.model.all_count() > 0)
        self._update_empty()
        if current:
            self.select(current)

    def _fill(self, box: QComboBox, values: list[str]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value in values:
            box.addItem(value, value)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def _fit_columns(self, first: bool) -> None:
        """Date, Kamerstuk and counts as wide as their contents; the subject takes the rest.

        The first time there are rows (unless the user's widths were restored) the signatory
        gets a default width too; later (after an import) columns only grow to fit new values,
        so widths the user chose stay.
        """
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in FIT_COLUMNS:
            fitted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            if first or fitted > header.sectionSize(column):
                self.table.setColumnWidth(column, fitted)
        if first:
            self.table.setColumnWidth(SIGNATORY, fm.horizontalAdvance("A. Broekers-Knol") + 16)
            self._columns_set = True
        # the subject is what people read the list for: never squeeze it to "…"
        others = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                     if c != SUBJECT and not header.isSectionHidden(c))
        self.setMinimumWidth(max(min(others, fm.averageCharWidth() * 80)
                                 + fm.horizontalAdvance("Reactie op de") + 24,
                                 self.layout().minimumSize().width()))

    def header_state(self) -> QByteArray:
        """Column widths and sort order, for the settings."""
        return self.table.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | bytes | None) -> bool:
        """Apply the user's saved column widths and sort order; False when there were none."""
        header = self.table.horizontalHeader()
        if not state or not header.restoreState(QByteArray(state)):
            return False
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._columns_set = True
        return True

    def _apply_filter(self) -> None:
        current = self.current_id()
        self.model.set_filter(LetterFilter(self.filter_box.text(), self.year_box.currentData(),
                                           self.dossier_box.currentData(),
                                           self.signatory_box.currentData()))
        self._update_empty()
        if current:
            self.select(current, emit=False)

    def show_busy(self, text: str) -> None:
        """While the library is being filled (first start): say so instead of "no letters"."""
        if self.model.all_count() == 0:
            self.empty.setText(text)

    def _update_empty(self) -> None:
        if self.model.all_count() == 0:
            self.empty.setText(self.tr("There are no letters yet.\n\nImport letter files or a "
                                       "folder with File → Import, or drop them on the window."))
        elif self.model.total() == 0:
            self.empty.setText(self.tr("No letter matches the filter.\n\nClear the filter box "
                                       "or choose “All” in the lists above."))
        self.stack.setCurrentWidget(self.table if self.model.total() else self.empty)

    # -- selection -----------------------------------------------------------------------
    def current_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(LetterTableModel.ID_ROLE) if index.isValid() else ""

    def select(self, letter_id: str, emit: bool = True) -> bool:
        """Make a letter the current row (and scroll to it); False when it is not shown."""
        row = self.model.row_of(letter_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        if self.table.currentIndex().row() != row:
            self._quiet = not emit
            try:
                self.table.setCurrentIndex(index)
            finally:
                self._quiet = False
        self.table.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.letter_selected.emit(current.data(LetterTableModel.ID_ROLE))
