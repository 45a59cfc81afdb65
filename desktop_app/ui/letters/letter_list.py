"""The letter list pane: a filter box, year/dossier/signatory filters and the table."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import LetterSummary
from desktop_app.render import NUMBER_SEPARATOR
from desktop_app.ui.letters.models import LetterFilter, LetterTableModel
from desktop_app.ui.widgets import FlowLayout, fill, fit_combo_to_first_item

DATE, SUBJECT, KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS = range(6)
FIT_COLUMNS = (DATE, KAMERSTUK, COMMITMENTS, ANNOTATIONS)  # as wide as their contents
SUBJECT_CHARS = 22  # the subject keeps this many average characters while others give way
SIGNATORY_CHARS = 9  # the narrowest the signatory gets to make room ("A. Broeke…")
MIN_CHARS = 30  # the pane's minimum width; narrower it collapses (or scrolls sideways)
FIT_ROWS = 100  # rows whose contents size the fitted columns


class SubjectDelegate(QStyledItemDelegate):
    """The Kamerstuk number is what tells the letters of one dossier apart. While the
    Kamerstuk column shows it, the subject leaves it out ("Vreemdelingenbeleid"); when that
    column gave way, a long dossier title is cut short but keeps the number after it
    ("Vreemdelingen… nr. 2764")."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        head, separator, number = option.text.rpartition(NUMBER_SEPARATOR)
        if not separator or option.rect.width() <= 0:
            return
        table = self.parent()  # the delegate belongs to its table
        shown = isinstance(table, QTableView) and not table.isColumnHidden(KAMERSTUK)
        if shown and str(index.siblingAtColumn(KAMERSTUK).data() or "").endswith(f"-{number}"):
            option.text = head
            return
        style = option.widget.style() if option.widget else QApplication.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                        option.widget) + 1)
        room, fm = option.rect.width() - margin, option.fontMetrics
        if fm.horizontalAdvance(option.text) <= room:
            return
        tail = " " + separator.strip(" —") + " " + number  # after "…" the dash is not needed
        head = fm.elidedText(head, Qt.TextElideMode.ElideRight,
                             max(0, room - fm.horizontalAdvance(tail)))
        option.text = (head + tail) if head else "…" + tail.lstrip()


class LetterListPane(QWidget):
    """Emits ``letter_selected(id)`` when the current row changes; never opens letters itself."""

    letter_selected = Signal(str)
    edit_details_requested = Signal(str)  # the context menu's "Edit Letter Details…"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letter-list")
        self.originals = None  # (paths of a letter's originals, label, open): set_originals
        self._quiet = False
        self._columns_set = False  # default widths given (or the user's restored)
        self._sizing = False  # the pane itself is resizing columns (not the user)
        self._fitted: dict[int, int] = {}  # content widths of FIT_COLUMNS
        self._fit_pending = False  # the columns are fitted in the next event-loop turn
        self.signatory_auto = True  # the signatory narrows for the subject until the user sizes it
        self._signatory_user_width = 0  # its width as the user left it (kept while hidden)
        self.import_menus = ("", "")  # "File → Import Files…", "File → Import Folder…"
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
        # side by side when there is room, else below each other: the pane can get narrow
        combos = FlowLayout(spacing=4, fill=True)
        for box in (self.year_box, self.dossier_box, self.signatory_box):
            combos.addWidget(box)
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
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_CHARS)

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
        # content widths from the first rows (each is read from the library): not 1,000
        header.setResizeContentsPrecision(FIT_ROWS)
        table.setItemDelegateForColumn(SUBJECT, SubjectDelegate(table))
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        return table

    def _connect_signals(self) -> None:
        self.filter_box.textChanged.connect(self._apply_filter)
        for box in (self.year_box, self.dossier_box, self.signatory_box):
            box.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)
        self.table.customContextMenuRequested.connect(self._on_context_menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_to_width()
        return False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == SIGNATORY and not self._sizing and self._columns_set and new > 0:
            self.signatory_auto = False  # the user's width from now on
            self._signatory_user_width = new

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[LetterSummary]) -> None:
        """Show these letters (held in memory); keeps the selection when the letter is still
        there."""
        self._refresh(lambda: self.model.set_rows(rows))

    def set_library(self, library) -> None:
        """Show the library's letters, read a page at a time (filtered and sorted in SQL)."""
        self._refresh(lambda: self.model.set_library(library))

    def reload(self) -> None:
        """Read the letters again (after an import): the counts, the filter lists and the
        rows in view; the selection stays when the letter is still there. Nothing is read
        when the letters did not change (the start-up job found the library up to date)."""
        if not self.model.is_current():
            self._refresh(self.model.reload)

    def _refresh(self, fill_model) -> None:
        current = self.current_id()
        fill_model()
        for box, values in ((self.year_box, self.model.years()),
                            (self.dossier_box, self.model.dossiers()),
                            (self.signatory_box, self.model.signatories())):
            self._fill(box, values)
        if not self._columns_set and self.model.all_count() > 0:
            self._fit_columns(first=True)  # before the rows are first painted
        elif not self._fit_pending:
            # later (an import) columns only grow: in the next turn of the event loop, so
            # the window does not stall for the reload and the sizing in one go
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_later)
        self._update_empty()
        if current:
            self.select(current)

    def _fit_later(self) -> None:
        self._fit_pending = False
        self._fit_columns(first=not self._columns_set and self.model.all_count() > 0)

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
        header = self.table.horizontalHeader()
        self._sizing = True
        try:
            for column in FIT_COLUMNS:
                fitted = max(self.table.sizeHintForColumn(column),
                             header.sectionSizeHint(column))
                self._fitted[column] = max(fitted, self._fitted.get(column, 0))
                if first or fitted > header.sectionSize(column):
                    self.table.setColumnWidth(column, fitted)
            if first:
                self.table.setColumnWidth(SIGNATORY, self._signatory_width())
                self._columns_set = True
        finally:
            self._sizing = False
        self._fit_to_width()

    def _signatory_width(self) -> int:
        """The signatory's default width: a usual name ("A. Broekers-Knol") in full."""
        return self.table.fontMetrics().horizontalAdvance("A. Broekers-Knol") + 16

    def _auto_signatory(self, room: int) -> int:
        """The signatory's width in ``room`` (what the subject's minimum leaves): a usual name,
        less when narrow (down to SIGNATORY_CHARS), and a third of any spare room more, up to
        its longest name (at most 28 characters)."""
        avg = self.table.fontMetrics().averageCharWidth()
        width = max(avg * SIGNATORY_CHARS, min(self._signatory_width(), room))
        longest = max(width, min(self.table.sizeHintForColumn(SIGNATORY), avg * 28))
        return min(longest, width + max(0, room - width) // 3)

    def _fit_to_width(self) -> None:
        """The subject is what people scan the list for: when the pane is narrow, the other
        columns give way to it. The signatory narrows (cut short with "…", the tooltip has
        it; not once the user has sized it), then the two counts go (Ann. first), then the
        signatory and the Kamerstuk; they come back when there is room again."""
        if not self._columns_set:
            return
        header = self.table.horizontalHeader()
        avg = self.table.fontMetrics().averageCharWidth()
        room = (self.table.viewport().width() - avg * SUBJECT_CHARS
                - self._fitted.get(DATE, header.sectionSize(DATE)))
        signatory = avg * SIGNATORY_CHARS if self.signatory_auto \
            else self._signatory_user_width or header.sectionSize(SIGNATORY)
        # Ann. goes first, then Comm., the signatory and the Kamerstuk (the tooltip has them
        # all); a signatory width the user chose stays
        shown = [KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS]
        widths = {KAMERSTUK: self._fitted.get(KAMERSTUK, header.sectionSize(KAMERSTUK)),
                  SIGNATORY: signatory, **{c: self._fitted.get(c, 0) for c in shown[2:]}}
        lowest = 0 if self.signatory_auto else 2
        while len(shown) > lowest and room - sum(widths[c] for c in shown) < 0:
            shown.pop()
        counts = [c for c in shown if c in (COMMITMENTS, ANNOTATIONS)]
        room -= widths[KAMERSTUK] if KAMERSTUK in shown else 0
        self._sizing = True
        try:
            for column in (KAMERSTUK, SIGNATORY, COMMITMENTS, ANNOTATIONS):
                if header.isSectionHidden(column) == (column in shown):
                    header.setSectionHidden(column, column not in shown)
            if self.signatory_auto and SIGNATORY in shown:
                room -= sum(self._fitted.get(c, 0) for c in counts)
                self.table.setColumnWidth(SIGNATORY, self._auto_signatory(room))
        finally:
            self._sizing = False

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
        self.signatory_auto = False  # the saved width is the user's (see set_signatory_auto)
        self._signatory_user_width = header.sectionSize(SIGNATORY)
        self._fit_to_width()
        return True

    def set_signatory_auto(self, auto: bool) -> None:
        """Restore whether the signatory's width was left to the pane (settings)."""
        self.signatory_auto = auto
        self._fit_to_width()

    def set_import_menus(self, files: str, folder: str) -> None:
        """The menu paths the empty list names ("File → Import Files…"), as the menus say."""
        self.import_menus = (files, folder)
        self._update_empty()

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
            self.empty.setText(fill(self.tr("There are no letters yet.\n\nImport letter files "
                                            "with %1 or a folder with %2, or drop them on the "
                                            "window."), *self.import_menus).replace("….", "…"))
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

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of a letter's row (None off the rows)."""
        if not index.isValid():
            return None
        letter_id = index.data(LetterTableModel.ID_ROLE)
        menu = QMenu(self)
        action = menu.addAction(self.tr("Edit Letter &Details…"))
        action.triggered.connect(lambda: self.edit_details_requested.emit(letter_id))
        if self.originals is not None:
            source, label, open_path = self.originals
            paths = source(letter_id)
            menu.addSeparator()
            for path in paths:
                entry = menu.addAction(label(path))
                entry.setToolTip(str(path))
                entry.triggered.connect(lambda _=False, p=path: open_path(p))
            if not paths:
                menu.addAction(self.tr("Open Original")).setEnabled(False)
            menu.setToolTipsVisible(True)
        return menu

    def set_originals(self, source, label, open_path) -> None:
        """Offer a letter's kept originals in its row's menu: ``source(letter_id)`` gives the
        paths, ``label(path)`` the entry's text, ``open_path(path)`` opens one (the reader's:
        one place decides how an original is opened and says when it cannot be)."""
        self.originals = (source, label, open_path)

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.table.indexAt(pos))
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            letter_id = current.data(LetterTableModel.ID_ROLE)
            if letter_id:  # None: deleted by another program since the count (until reload)
                self.letter_selected.emit(letter_id)
