"""The commitments overview: a deadline timeline above a filtered table of every commitment.

Reviews are intents (``review_requested``); the window stores them (undoable) and calls
``reload``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
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

from desktop_app.overview import CommitmentRow
from desktop_app.render import KIND_COLOURS
from desktop_app.ui.annotation_dialogs import ask_deadline, ask_text
from desktop_app.ui.annotation_models import CommitmentTableModel, SortProxy

MAX_MONTHS = 120  # the timeline draws at most ten years; deadlines beyond are counted
TEXT_COLUMN = 4  # the commitment's sentence: it takes the width the others leave


class DeadlineTimeline(QWidget):
    """Open commitments per deadline month as bars; overdue months in red.

    The months run from the earliest deadline (or today) to the latest (or today). When that
    is more than :data:`MAX_MONTHS`, the ten years around today holding the most deadlines
    are drawn and the deadlines before and after them are counted at the edges, so one
    far-off date ("in 2050") does not squeeze every bar into a sliver.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[tuple[str, int, bool]] = []  # (yyyy-mm, count, has overdue)
        self.earlier = 0  # deadlines before the months drawn
        self.later = 0  # deadlines after them
        self._today_month = ""
        self.setMinimumHeight(86)
        self.setAccessibleName(self.tr("Deadlines by month"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(600, 96)

    def set_rows(self, rows: list[CommitmentRow], today: date) -> None:
        counts: Counter[str] = Counter()
        late: set[str] = set()
        for r in rows:
            due = r.deadline_to or r.deadline_from
            if not due or r.status == "rejected":
                continue
            counts[due[:7]] += 1
            if r.overdue(today):
                late.add(due[:7])
        self._today_month = today.isoformat()[:7]
        first, last = _drawn_range(counts, self._today_month)
        self.months = [(m, counts[m], m in late) for m in _months_between(first, last)]
        self.earlier = sum(n for m, n in counts.items() if first and m < first)
        self.later = sum(n for m, n in counts.items() if last and m > last)
        self.setToolTip(self._tooltip(counts, first, last))
        self.update()

    def _tooltip(self, counts: Counter[str], first: str, last: str) -> str:
        lines = [f"{m}: {n}" for m, n, _ in self.months if n]
        if self.earlier:
            lines.insert(0, self.tr("%n deadline(s) before %1:", "", self.earlier)
                         .replace("%1", first) + " "
                         + ", ".join(f"{m} ({n})" for m, n in sorted(counts.items())
                                     if m < first))
        if self.later:
            lines.append(self.tr("%n deadline(s) after %1:", "", self.later)
                         .replace("%1", last) + " "
                         + ", ".join(f"{m} ({n})" for m, n in sorted(counts.items())
                                     if m > last))
        return "\n".join(lines)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.months:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No deadlines among the commitments shown."))
            return
        fm = self.fontMetrics()
        label_h = fm.height() + 2
        left_note = ("◀ " + self.tr("%n earlier", "", self.earlier)) if self.earlier else ""
        right_note = (self.tr("%n later", "", self.later) + " ▶") if self.later else ""
        left = 4 + (fm.horizontalAdvance(left_note) + 8 if left_note else 0)
        right = self.width() - 4 - (fm.horizontalAdvance(right_note) + 8 if right_note else 0)
        width = max(1.0, (right - left) / len(self.months))
        top, bottom = 4 + label_h, self.height() - label_h - 2
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        centred = Qt.AlignmentFlag.AlignVCenter
        if left_note:  # deadlines before the months drawn
            painter.drawText(QRectF(4, top, left - 8, bottom - top),
                             centred | Qt.AlignmentFlag.AlignLeft, left_note)
        if right_note:  # and after them
            painter.drawText(QRectF(right + 4, top, self.width() - right - 8, bottom - top),
                             centred | Qt.AlignmentFlag.AlignRight, right_note)
        self._paint_bars(painter, text, left, width, top, bottom, label_h)

    def _paint_bars(self, painter: QPainter, text: QColor, left: float, width: float,
                    top: float, bottom: float, label_h: int) -> None:
        fm = self.fontMetrics()
        most = max(n for _, n, _ in self.months) or 1
        step = max(1, int(fm.horizontalAdvance("2026-00 ") // width) + 1)
        gap = min(1.0, width / 4)  # between bars, even when a month is a pixel or two wide
        names = [m for m, _, _ in self.months]
        if self._today_month in names:
            x = left + names.index(self._today_month) * width + width / 2
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(int(x), int(top - label_h), int(x), int(bottom))
            label = self.tr("today")
            room = fm.horizontalAdvance(label) + 6
            if x + room > self.width():  # today is the last month: label left of the line
                painter.drawText(QRectF(x - room, 2, room - 3, label_h),
                                 Qt.AlignmentFlag.AlignRight, label)
            else:
                painter.drawText(QRectF(x + 3, 2, room, label_h), Qt.AlignmentFlag.AlignLeft,
                                 label)
        for i, (month, n, late) in enumerate(self.months):
            x = left + i * width
            h = (bottom - top) * n / most
            painter.fillRect(QRectF(x + gap, bottom - h, max(1.0, width - 2 * gap), h),
                             QColor("#e57373" if late else KIND_COLOURS["promise"]).darker(110))
            painter.setPen(text)
            if n and width >= fm.horizontalAdvance(str(n)) + 2:  # a count that fits
                painter.drawText(QRectF(x, bottom - h - label_h, width, label_h),
                                 Qt.AlignmentFlag.AlignCenter, str(n))
            if i % step == 0:
                painter.drawText(QRectF(x, bottom + 2, width * step, label_h),
                                 Qt.AlignmentFlag.AlignLeft, month)


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (yyyy-mm), both included."""
    if not first:
        return []
    return [_month_name(i) for i in range(_month_index(first), _month_index(last) + 1)]


def _drawn_range(counts: Counter[str], today: str) -> tuple[str, str]:
    """The first and last month to draw: every deadline and today, at most MAX_MONTHS.

    Longer spans keep the MAX_MONTHS window around today that holds the most deadlines
    (the latest such window on a tie), trimmed to the deadlines in it and today.
    """
    if not counts:
        return "", ""
    now = _month_index(today)
    months = {_month_index(m): n for m, n in counts.items()}
    lo, hi = min(min(months), now), max(max(months), now)
    if hi - lo < MAX_MONTHS:
        return _month_name(lo), _month_name(hi)
    best, best_start = -1, now
    for start in range(now - MAX_MONTHS + 1, now + 1):
        held = sum(n for i, n in months.items() if start <= i < start + MAX_MONTHS)
        if held >= best:
            best, best_start = held, start
    inside = [i for i in months if best_start <= i < best_start + MAX_MONTHS] + [now]
    return _month_name(min(inside)), _month_name(max(inside))


class CommitmentsView(QWidget):
    """Filters, timeline, the table and the review buttons."""

    open_requested = Signal(str, int, int)  # letter id, start, end
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
        for column, width in enumerate((12, 22, 14, 18, 0, 16, 21)):
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
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport commitments…"))
        self.export_button.setToolTip(self.tr("Save the commitments shown (as filtered) as a "
                                              "spreadsheet or a calendar"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, fmt, delimiter in (
                (self.tr("CSV for Excel (comma)…"), "csv", ","),
                (self.tr("CSV for Excel with Dutch settings (semicolon)…"), "csv", ";"),
                (self.tr("CSV with tabs…"), "csv", "\t"),
                (self.tr("iCalendar (deadlines as events)…"), "ics", "")):
            menu.addAction(text).triggered.connect(self._export_slot(fmt, delimiter))
        self.export_button.setMenu(menu)
        self._lay_out()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        return combo

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for w in (self.kind_combo, self.status_combo, self.dossier_combo, self.actor_box,
                  self.due_check, self.due_days, self.overdue_check):
            filters.addWidget(w)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addSpacing(12)
        for w in (self.confirm_button, self.reject_button, self.done_button, self.reopen_button,
                  self.kind_button, self.deadline_button):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.timeline)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        for combo in (self.kind_combo, self.status_combo, self.dossier_combo):
            combo.currentIndexChanged.connect(self.reload)
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

    # -- content -------------------------------------------------------------------------
    def filters(self) -> dict:
        """The keyword filters of ``Library.commitment_rows``."""
        out: dict = {}
        for key, combo in (("kind", self.kind_combo), ("status", self.status_combo),
                           ("dossier", self.dossier_combo)):
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
        self.model.set_rows(rows)
        self.timeline.set_rows(rows, self.today)
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

    def _show_empty(self, empty: bool) -> None:
        """An empty table says why: no commitments at all, or none through the filters."""
        if empty and not self.library.commitment_count():
            self.empty.setText(self.tr("No commitments yet.\n\nThey are found in the letters "
                                       "you import; the letters list shows how many each "
                                       "letter has."))
        elif empty:
            self.empty.setText(self.tr("No commitment matches these filters.\n\nChoose "
                                       "“All kinds” and “Any status”, clear the actor, or "
                                       "widen the number of days."))
        self.stack.setCurrentWidget(self.empty if empty else self.table)

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

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column the table is sorted by (-1: newest letter first) and the direction."""
        header = self.table.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def set_sort_state(self, column: int, order: Qt.SortOrder) -> None:
        if -1 <= column < self.model.columnCount():
            self.table.horizontalHeader().setSortIndicator(column, order)

    def _update_buttons(self) -> None:
        some = bool(self.table.selectionModel().selectedRows())
        for w in (self.confirm_button, self.reject_button, self.done_button, self.reopen_button,
                  self.kind_button, self.deadline_button):
            w.setEnabled(some)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        r = self.model.commitment_row(self.proxy.source_row(index))
        self.open_requested.emit(r.letter_id, r.commitment.start, r.commitment.end)

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
        rows = self.selected_rows()
        if not rows:
            return
        note = ask_text(self, self.tr("Mark as done"), self.tr("How was it done? (optional)"),
                        rows[0].note, multiline=True)
        if note is not None:
            self._review(status="done", note=note)

    def _deadline(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        first = rows[0]
        value = ask_deadline(self, self.tr("Correct the deadline"), first.deadline_to,
                             corrected=any(r.deadline_corrected for r in rows),
                             detected=first.commitment.deadline_text or "")
        if value is not None:  # "" clears the correction: the detected deadline counts again
            self._review(deadline=value or None)

    def export_rows(self, fmt: str, delimiter: str = ",") -> None:
        """Ask to export every row the filters show (not only the selected ones)."""
        self.export_requested.emit(self.shown_rows(), fmt, delimiter)

    def _export_slot(self, fmt: str, delimiter: str):
        return lambda: self.export_rows(fmt, delimiter)

    def _kind_slot(self, kind: str):
        return lambda: self._review(kind=kind)
