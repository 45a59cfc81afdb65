"""The main window: the letter list beside the reader."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.ui.models import LetterTableModel
from desktop_app.ui.reader import ReaderView


class MainWindow(QMainWindow):
    """Composes the panes and wires their signals; holds no domain logic."""

    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(APP_NAME)
        self._build_ui()
        self._connect_signals()
        self.reload_letters()

    def _build_ui(self) -> None:
        self.model = LetterTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(LetterTableModel.SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter letters…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter letters"))

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Letters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        left = QWidget(self)
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table)

        self.reader = ReaderView(self)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reader)
        self.splitter.setSizes([520, 680])
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def reload_letters(self) -> None:
        self.model.set_rows(self.library.summaries())
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        count = self.model.rowCount()
        self.statusBar().showMessage(self.tr("%n letter(s)", "", count))

    def _on_current_changed(self, current, previous) -> None:
        if not current.isValid():
            self.reader.show_empty()
            return
        letter_id = self.proxy.data(current, LetterTableModel.ID_ROLE)
        self.open_letter(letter_id)

    def open_letter(self, letter_id: str) -> None:
        self.reader.show_letter(self.library.letter(letter_id))
        row = self.model.row_of(letter_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if self.table.currentIndex().row() != index.row():
                self.table.setCurrentIndex(index)
