"""The commitments overview: a deadline timeline above a filtered table of every commitment.

Reviews are intents (``review_requested``); the window stores them (undoable) and calls
``reload``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.export.spreadsheet import locale_delimiter
from desktop_app.lineage.service import service_for
from desktop_app.overview import CommitmentRow, filter_rows
from desktop_app.render import KIND_COLOURS
from desktop_app.ui.annotations.annotation_dialogs import ask_deadline, ask_text
from desktop_app.ui.commitments.commitment_menu import deadline_fields, done_fields
from desktop_app.ui.commitments.deadline_timeline import DeadlineTimeline
from desktop_app.ui.commitments.models import (
    LINEAGE_COLUMN,
    CommitmentTableModel,
    LineageCell,
)
from desktop_app.ui.models import SortProxy
from desktop_app.ui.widgets import FlowLayout, HeaderSortState

TEXT_COLUMN = 4  # the commitment's sentence: it takes the width the others leave


class CommitmentsView(HeaderSortState, QWidget):
    """Filters, timeline, the table and the review buttons."""

    open_requested = Signal(str, int, int)  # letter id, start, end
    chain_requested = Signal(str, int, int)  # the chain view of a commitment
    review_requested = Signal(object, dict)  # rows, review fields
    export_requested = Signal(object, str, str)  # the rows shown, "csv" or "ics", delimiter

    def __init__(self, library, kind_label=str, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.kind_label = kind_label
        self.today = date.today()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.kind_combo = self._combo(self.tr("Kind"))
        self.kind_combo.addItem(self.tr("All kinds"), "")
        for kind in KIND_COLOURS:
            self.kind_combo.addItem(self.kind_label(kind), kind)
        self.status_combo = self._combo(self.tr("Status"))
        for text, value in ((self.tr("Open"), "open"), (self.tr("Done"), "done"),
                            (self.tr("Rejected"), "rejected"), (self.tr("Any status"), "")):
            self.status_combo.addItem(text, value)
        self.dossier_combo = self._combo(self.tr("Dossier"))
        self.confidence_combo = self._combo(self.tr("Confidence"))
        for text, value in ((self.tr("High confidence"), "high"),
                            (self.tr("All detected"), "")):
            self.confidence_combo.addItem(text, value)
        self.confidence_combo.setToolTip(self.tr("“All detected” adds the possible "
                                                 "commitments: sentences the detector is not "
                                                 "sure of"))
        self.month_combo = self._combo(self.tr("Due in month"))  # the timeline's clicks, by key
        self.month_combo.addItem(self.tr("Any month"), "")
        self.month = ""  # the deadline month the table is filtered to ("" any)
        self.month_chip = QToolButton(self)  # "Due in 2026-03 ✕": a click clears it
        self.month_chip.setAccessibleName(self.tr("Clear the month filter"))
        self.month_chip.setToolTip(self.tr("List the commitments of every month again"))
        self.month_chip.hide()
        self.actor_box = QLineEdit(self)
        self.actor_box.setPlaceholderText(self.tr("Actor…"))
        self.actor_box.setAccessibleName(self.tr("Filter by actor"))
        self.actor_box.setClearButtonEnabled(True)
        self.due_check = QCheckBox(self.tr("Due &within"), self)
        self.due_days = QSpinBox(self)
        self.due_days.setRange(1, 3650)
        self.due_days.setValue(90)
        self.due_days.setSuffix(self.tr(" days"))
        self.due_days.setAccessibleName(self.tr("Days until the deadline"))
        self.overdue_check = QCheckBox(self.tr("&Overdue"), self)
        self.overdue_check.setToolTip(self.tr("Deadline passed and not done"))
        self.timeline = DeadlineTimeline(self)
        self.model = CommitmentTableModel(self.kind_label, self)
        self.proxy = SortProxy(self)  # a click on a header sorts; a third click unsorts
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Commitments of all letters"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons, not cell to cell
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the text takes what is left, so the deadline and the status stay in view in a
        # narrow window; the others are as wide as their usual contents (in characters)
        chars = self.table.fontMetrics().averageCharWidth()
        for column, width in enumerate((12, 22, 14, 18, 0, 16, 21, 24)):
            if width:
                self.table.setColumnWidth(column, width * chars)
        # a date is digits, wider than the average character: measure it (with the room the
        # header's sort arrow and the cell margins take) so "2025-12-08" is never cut off
        date_width = self.table.fontMetrics().horizontalAdvance("0000-00-00") + 4 * chars
        for column in (0, 5):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), date_width))
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * chars)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest letters first
        self.table.setSortingEnabled(True)
        self.empty = QLabel(self)  # instead of a blank table: why there is nothing
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.count_label = QLabel(self)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.done_button = QPushButton(self.tr("Mark &done…"), self)
        self.reopen_button = QPushButton(self.tr("Reo&pen"), self)
        self.kind_button = QToolButton(self)
        self.kind_button.setText(self.tr("Kind"))
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.kind_button)
        for kind in KIND_COLOURS:
            menu.addAction(self.kind_label(kind)).triggered.connect(self._kind_slot(kind))
        self.kind_button.setMenu(menu)
        self.deadline_button = QPushButton(self.tr("Dead&line…"), self)
        self.chain_button = QPushButton(self.tr("Chai&n…"), self)
        self.chain_button.setToolTip(self.tr("The selected commitment across letters: the "
                                             "later letters that fulfil, postpone or repeat "
                                             "it"))
        self.open_longest_button = QToolButton(self)
        self.open_longest_button.setText(self.tr("Still open, longest first"))
        self.open_longest_button.setToolTip(self.tr("Sort the open commitments by how long "
                                                    "they have been open: the oldest first"))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport commitments…"))
        self.export_button.setToolTip(self.tr("Save the commitments shown (as filtered) as a "
                                              "spreadsheet or a calendar"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        csv_choices = [(self.tr("CSV for Excel (comma)…"), "csv", ","),
                       (self.tr("CSV for Excel with Dutch settings (semicolon)…"), "csv", ";")]
        # the one a spreadsheet with this computer's regional settings opens right comes first
        ours = locale_delimiter(QLocale.system().name())
        csv_choices.sort(key=lambda choice: choice[2] != ours)
        for text, fmt, delimiter in (
                *csv_choices,
                (self.tr("CSV with tabs…"), "csv", "\t"),
                (self.tr("iCalendar (deadlines as events)…"), "ics", "")):
            action = menu.addAction(text)
            if delimiter == ours:
                action.setToolTip(self.tr("What a spreadsheet with this computer's regional "
                                          "settings expects"))
            action.triggered.connect(self._export_slot(fmt, delimiter))
        menu.setToolTipsVisible(True)
        self.export_button.setMenu(menu)
        self._lay_out()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        return combo

    def _lay_out(self) -> None:
        # the filters wrap onto a second line in a narrow window (they never force it wider)
        self.filter_bar = QWidget(self)
        filters = FlowLayout(self.filter_bar)
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind_combo, self.status_combo, self.confidence_combo, self.dossier_combo,
                  self.actor_box, self.due_check, self.due_days, self.overdue_check,
                  self.month_combo, self.month_chip, self.open_longest_button):
            w.setParent(self.filter_bar)
            filters.addWidget(w)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addSpacing(12)
        for w in (self.confirm_button, self.reject_button, self.done_button, self.reopen_button,
                  self.kind_button, self.deadline_button, self.chain_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.timeline)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        for combo in (self.kind_combo, self.status_combo, self.dossier_combo,
                      self.confidence_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.month_combo.currentIndexChanged.connect(self._on_month_chosen)
        self.month_chip.clicked.connect(self.clear_month)
        self.timeline.month_clicked.connect(self._on_month_clicked)
        self.actor_box.textChanged.connect(self.reload)
        for box in (self.due_check, self.overdue_check):
            box.toggled.connect(self.reload)
        self.due_days.valueChanged.connect(self._on_days)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.confirm_button.clicked.connect(self._confirm)
        self.reject_button.clicked.connect(self._reject)
        self.done_button.clicked.connect(self._done)
        self.reopen_button.clicked.connect(self._reopen)
        self.deadline_button.clicked.connect(self._deadline)
        self.open_longest_button.clicked.connect(self.sort_open_longest_first)
        self.chain_button.clicked.connect(self.show_chain)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)

    # -- content -------------------------------------------------------------------------
    def filters(self) -> dict:
        """The keyword filters of ``Library.commitment_rows``."""
        out: dict = {}
        for key, combo in (("kind", self.kind_combo), ("status", self.status_combo),
                           ("dossier", self.dossier_combo),
                           ("confidence", self.confidence_combo)):
            if combo.currentData():
                out[key] = combo.currentData()
        if self.actor_box.text().strip():
            out["actor"] = self.actor_box.text().strip()
        if self.due_check.isChecked():  # from today on: overdue ones have their own filter
            out["due_within"] = (self.today, self.due_days.value())
        if self.overdue_check.isChecked():
            out["overdue_on"] = self.today
        return out

    def reload(self) -> None:
        """Query the rows again (after a review or an import), keeping the selection."""
        self._fill_dossiers()
        keys = {r.identity() for r in self.selected_rows()}
        self.model.today = self.today
        rows = self.library.commitment_rows(**self.filters())
        rows.sort(key=lambda r: (r.letter_date or "", r.letter_id, r.commitment.start),
                  reverse=True)
        # the timeline shows every month the other filters leave, so another can be clicked
        self.timeline.set_rows(rows, self.today)
        self._fill_months()
        if self.month:
            rows = filter_rows(rows, due_month=self.month)
        self.model.set_lineage(self.lineage_cells(rows))
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        for i, r in enumerate(rows):
            if r.identity() in keys:
                selection.select(self.proxy.mapFromSource(self.model.index(i, 0)),
                                 selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        overdue = sum(r.overdue(self.today) for r in rows)
        text = self.tr("%n commitment(s)", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.count_label.setText(text)
        self._show_empty(not rows)
        self._update_buttons()

    def sort_open_longest_first(self) -> None:
        """The open commitments first, the one open longest (the oldest letter) on top."""
        self.table.sortByColumn(LINEAGE_COLUMN, Qt.SortOrder.AscendingOrder)

    def lineage_cells(self, rows: list) -> dict[tuple, LineageCell]:
        """The Lineage column of ``rows``: the links people confirmed (fulfilled by /
        postponed in), read from the store for the letters that have links. The linker's
        proposals are not asked for here: ranking them for every commitment of a large
        library takes minutes of background work per change, and a bare count cannot be
        acted on; they are shown where they are judged (the reader, the chain view)."""
        return {key: LineageCell(state.status, state.fulfilled_by, state.postponed_in)
                for key, state in service_for(self.library).row_lineage(rows).items()}

    def _show_empty(self, empty: bool) -> None:
        """An empty table says why: no commitments at all, or none through the filters (and
        which of the month and confidence filters hides some)."""
        if empty and not self.library.commitment_count():
            self.empty.setText(self.tr("No commitments yet.\n\nThey are found in the letters "
                                       "you import; the letters list shows how many each "
                                       "letter has."))
        elif empty:
            hints = []
            if self.month:
                hints.append(self.tr("Only commitments due in %1 are listed: click "
                                     "“Due in %1 ✕” to list every month.")
                             .replace("%1", self.month))
            if self.filters().get("confidence") == "high" and self._possible_hidden():
                hints.append(self.tr("Possible commitments are hidden: choose “All "
                                     "detected” to list them too."))
            self.empty.setText(self.tr("No commitment matches these filters.\n\nChoose "
                                       "“All kinds” and “Any status”, clear the actor, or "
                                       "widen the number of days.")
                               + "".join("\n\n" + h for h in hints))
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def _possible_hidden(self) -> bool:
        """Whether the other filters would list possible commitments in this month."""
        filters = {**self.filters(), "confidence": "possible"}
        if self.month:
            filters["due_month"] = self.month
        return bool(self.library.commitment_rows(**filters))

    # -- the month filter: a click on the timeline, the month combo or the chip --------------
    def set_month(self, month: str) -> None:
        """List only the commitments due in ``month`` (yyyy-mm; "" every month)."""
        self.month = month
        self.timeline.set_selected(month)
        self.month_chip.setText(self.tr("Due in %1").replace("%1", month) + " ✕")
        self.month_chip.setVisible(bool(month))
        self.reload()

    def clear_month(self) -> None:
        self.set_month("")

    def _on_month_clicked(self, month: str) -> None:
        """A click on a month's bar filters to it; a second click on it clears the filter."""
        self.set_month("" if month == self.month else month)

    def _on_month_chosen(self) -> None:
        month = self.month_combo.currentData() or ""
        if month != self.month:
            self.set_month(month)

    def _fill_months(self) -> None:
        """The months with deadlines (and the one chosen), in the combo."""
        months = list(self.timeline.counts.items())
        if self.month and not self.timeline.counts.get(self.month):
            months.append((self.month, 0))
        self.month_combo.blockSignals(True)
        self.month_combo.clear()
        self.month_combo.addItem(self.tr("Any month"), "")
        for month, n in sorted(months):
            self.month_combo.addItem(f"{month} ({n})", month)
        self.month_combo.setCurrentIndex(max(0, self.month_combo.findData(self.month)))
        self.month_combo.blockSignals(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Read the rows again whenever the overview becomes the tab shown."""
        self.reload()
        super().showEvent(event)

    def _fill_dossiers(self) -> None:
        current = self.dossier_combo.currentData()
        dossiers = sorted({r.dossier for r in self.library.commitment_rows() if r.dossier})
        self.dossier_combo.blockSignals(True)
        self.dossier_combo.clear()
        self.dossier_combo.addItem(self.tr("All dossiers"), "")
        for d in dossiers:
            self.dossier_combo.addItem(d, d)
        self.dossier_combo.setCurrentIndex(max(0, self.dossier_combo.findData(current)))
        self.dossier_combo.blockSignals(False)

    def _on_days(self) -> None:
        if self.due_check.isChecked():
            self.reload()

    def selected_rows(self) -> list[CommitmentRow]:
        """The selected rows, in the order shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.commitment_row(self.proxy.source_row(self.proxy.index(r, 0)))
                for r in rows]

    def shown_rows(self) -> list[CommitmentRow]:
        """Every row the filters show, in the order shown (sorted by a header or not)."""
        return [self.model.commitment_row(self.proxy.source_row(self.proxy.index(r, 0)))
                for r in range(self.proxy.rowCount())]

    def _update_buttons(self) -> None:
        some = bool(self.table.selectionModel().selectedRows())
        for w in (self.confirm_button, self.reject_button, self.done_button, self.reopen_button,
                  self.kind_button, self.deadline_button):
            w.setEnabled(some)
        rows = self.table.selectionModel().selectedRows()
        self.chain_button.setEnabled(len(rows) == 1 and not self.selected_rows()[0].orphan)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        r = self.model.commitment_row(self.proxy.source_row(index))
        self.open_requested.emit(r.letter_id, r.commitment.start, r.commitment.end)

    def show_chain(self) -> None:
        """Ask for the chain view of the selected commitment."""
        rows = self.selected_rows()
        if len(rows) == 1 and not rows[0].orphan:
            c = rows[0].commitment
            self.chain_requested.emit(rows[0].letter_id, c.start, c.end)

    def _row_menu(self, pos) -> None:
        """A row's menu: open the letter, or the commitment's chain across letters."""
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open the letter")).triggered.connect(
            lambda: self._on_double_clicked(index))
        chain = menu.addAction(self.tr("Show the chain across letters…"))
        chain.triggered.connect(self.show_chain)
        chain.setEnabled(self.chain_button.isEnabled())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # -- reviews -------------------------------------------------------------------------
    def _review(self, **fields) -> None:
        rows = self.selected_rows()
        if rows:
            self.review_requested.emit(rows, fields)

    def _confirm(self) -> None:
        self._review(verdict="confirmed")

    def _reject(self) -> None:
        self._review(verdict="rejected")

    def _reopen(self) -> None:
        self._review(verdict=None, status="open")

    def _done(self) -> None:
        fields = done_fields(self, self.selected_rows(), ask_text)
        if fields is not None:
            self._review(**fields)

    def _deadline(self) -> None:
        fields = deadline_fields(self, self.selected_rows(), ask_deadline)
        if fields is not None:
            self._review(**fields)

    def export_rows(self, fmt: str, delimiter: str = ",") -> None:
        """Ask to export every row the filters show (not only the selected ones)."""
        self.export_requested.emit(self.shown_rows(), fmt, delimiter)

    def _export_slot(self, fmt: str, delimiter: str):
        return lambda: self.export_rows(fmt, delimiter)

    def _kind_slot(self, kind: str):
        return lambda: self._review(kind=kind)
