"""The chain view of one commitment across letters (issue 20).

A window over :meth:`desktop_app.lineage.service.LineageService.chain`: the promise (letter,
date, sentence, due date), then each later letter people linked, in date order (the kind,
the sentence, who confirmed it and when, a postponement's new due date), the earlier due
dates, and below the open proposals with Confirm / Reject. It only renders what the service
found and emits intent (open a letter at a sentence, confirm or reject a proposal, remove a
link); the lineage control reads the chain in the background and wires the verbs to the
window's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.lineage.service import Chain, ChainProposal, ChainStep
from desktop_app.ui.lineage_words import proposal_label
from desktop_app.ui.models import short
from desktop_app.ui.reader.lineage_panel import LinkRequest, reasons_text
from desktop_app.ui.widgets import fill, read_only_table

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ChainRow:
    """One line of a chain table: a letter at a sentence and what it says of the promise."""

    date: str
    letter_id: str
    start: int  # -1: the sentence is no longer found (the letter opens at its top)
    end: int
    letter: str  # the letter as the window names it
    kind: str  # shown words: "Promise", "Postponed in", "Possibly fulfilled by" …
    sentence: str
    due: str
    who: str  # who confirmed it and when; a proposal's reasons
    request: LinkRequest | None = None  # a proposal: what Confirm / Reject link
    link_id: str = ""  # a person's link: what Remove link takes back


class ChainModel(QAbstractTableModel):
    """Rows of a chain table (the letters of the chain, or its proposals)."""

    def __init__(self, headers: list[str], parent: Any = None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[ChainRow] = []

    def set_rows(self, rows: list[ChainRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        values = (r.date, r.letter, r.kind, r.sentence, r.due, r.who)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= index.column() < len(values):
            return short(values[index.column()], 200) if index.column() == 3 \
                else values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 3, 5):
            return values[index.column()] or None
        return None


class ChainView(QDialog):
    """One commitment across letters; Enter or a double click opens a letter."""

    open_requested = Signal(str, int, int)  # letter id, start, end
    link_requested = Signal(object, bool)  # LinkRequest, reject
    unlink_requested = Signal(str)  # link id

    def __init__(self, title: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.chain: Chain | None = None
        self.setObjectName("chain-view")
        self.setWindowTitle(self.tr("Chain of a commitment"))
        self._build_ui()
        self._connect_signals()
        self.resize(980, 560)

    def _build_ui(self) -> None:
        self.promise_label = QLabel(self)
        self.promise_label.setWordWrap(True)
        self.promise_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)  # "Looking for later letters…", empty states
        self.status_label.setWordWrap(True)
        self.steps = ChainModel([self.tr("Date"), self.tr("Letter"), self.tr("Link"),
                                 self.tr("Sentence"), self.tr("Due"),
                                 self.tr("Confirmed by")], self)
        self.steps_table = self._table(self.steps, self.tr("Letters of the chain"))
        self.history_label = QLabel(self)
        self.history_label.setWordWrap(True)
        self.proposals_heading = QLabel(self.tr("Possible links"), self)
        self.proposals = ChainModel([self.tr("Date"), self.tr("Letter"), self.tr("Proposal"),
                                     self.tr("Sentence"), self.tr("New due"),
                                     self.tr("Why")], self)
        self.proposals_table = self._table(self.proposals, self.tr("Possible links"))
        self.proposals_empty = QLabel(self)
        self.proposals_empty.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open letter"), self)
        self.remove_button = QPushButton(self.tr("Re&move link"), self)
        self.confirm_button = QPushButton(self.tr("&Confirm"), self)
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.confirm_button.setToolTip(self.tr("Link the selected proposal (Ctrl+Z undoes)"))
        self.reject_button.setToolTip(self.tr("Say the selected proposal is wrong: it is not "
                                              "proposed again (Ctrl+Z undoes)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.promise_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.steps_table, 3)
        layout.addWidget(self.history_label)
        layout.addWidget(self.proposals_heading)
        layout.addWidget(self.proposals_empty)
        layout.addWidget(self.proposals_table, 2)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.confirm_button, self.reject_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.proposals_heading.setBuddy(self.proposals_table)
        for button in (self.open_button, self.remove_button, self.confirm_button,
                       self.reject_button):
            button.setAutoDefault(False)

    def _table(self, model: ChainModel, name: str) -> QTableView:
        table = read_only_table(self, model, name)  # Tab moves on to the next table
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(1, 28 * table.fontMetrics().averageCharWidth())
        return table

    def _connect_signals(self) -> None:
        for table in (self.steps_table, self.proposals_table):
            table.activated.connect(self._open_row)  # Enter, a double click
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.steps_table.clicked.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.steps_table, self.remove_selected)

    # -- content -------------------------------------------------------------------------
    def show_waiting(self) -> None:
        """While the chain is read: say so (the last chain shown stays until it arrives)."""
        self.status_label.setText(self.tr("Looking for later letters…"))
        self.status_label.show()

    def show_gone(self) -> None:
        """The commitment is no longer detected (the letter changed or was deleted)."""
        self.chain = None
        self.steps.set_rows([])
        self.proposals.set_rows([])
        self.promise_label.setText("")
        self.history_label.hide()
        self.proposals_empty.hide()
        self.status_label.setText(self.tr("This commitment is no longer found in its letter. "
                                          "Close this window and open the chain again from "
                                          "the commitments overview."))
        self.status_label.show()
        self._update_buttons()

    def show_chain(self, chain: Chain) -> None:
        """Render a chain (the selection stays on the same letter where it can)."""
        self.chain = chain
        promise = chain.promise
        row = promise.row
        self.promise_label.setText(fill(self.tr("Promise in %1: “%2”"),
                                        self.title(row.letter_id),
                                        short(row.commitment.text, 300)))
        self.promise_label.setAccessibleName(self.promise_label.text())
        self.steps.set_rows([self._promise_row(chain)]
                            + [self._step_row(s) for s in chain.steps]
                            + [self._step_row(s) for s in chain.rejected])
        if chain.steps:
            self.status_label.hide()
        else:
            self.status_label.setText(self.tr("No later letter is linked to this commitment "
                                              "yet. Confirm a possible link below, or link a "
                                              "letter from the reader."))
            self.status_label.show()
        history = chain.due_history
        self.history_label.setText(fill(self.tr("Earlier due dates: %1"), ", ".join(history)))
        self.history_label.setVisible(bool(history))
        self.proposals.set_rows([self._proposal_row(p) for p in chain.proposals])
        self.proposals_empty.setText(self.tr("No other later letter in the library looks back "
                                             "at this commitment."))
        self.proposals_empty.setVisible(not chain.proposals)
        self.proposals_table.setVisible(bool(chain.proposals))
        self._update_buttons()

    def _promise_row(self, chain: Chain) -> ChainRow:
        row = chain.promise.row
        c = row.commitment
        first_due = chain.due_history[0] if chain.due_history else (row.due or "")
        return ChainRow(row.letter_date or "", row.letter_id, c.start, c.end,
                        self.title(row.letter_id), self.tr("Promise"), c.text, first_due, "")

    def _step_row(self, step: ChainStep) -> ChainRow:
        placed, link = step.link, step.link.link
        if link.state == "rejected":
            kind = self.tr("Not linked (rejected)")
        else:
            kind = {"fulfils": self.tr("Fulfilled by"), "postpones": self.tr("Postponed in"),
                    "repeats": self.tr("Repeated in"),
                    "changes": self.tr("Changed in")}.get(link.kind, link.kind)
        sentence = link.later_quote
        if not placed.found:
            sentence += " " + self.tr("(the sentence is no longer found)")
        due = link.new_due or "" if link.kind == "postpones" else ""
        who = fill(self.tr("%1, %2"), link.author or self.tr("someone"),
                   (link.modified or "")[:16].replace("T", " "))
        return ChainRow(step.letter_date or "", link.later_letter_id,
                        placed.later_start if placed.found else -1,
                        placed.later_end if placed.found else -1,
                        self.title(link.later_letter_id), kind, sentence, due, who,
                        link_id=link.id)

    def _proposal_row(self, item: ChainProposal) -> ChainRow:
        p = item.proposal
        ref = p.reference
        kind = proposal_label(p)
        request = LinkRequest(p.promise.letter_id, (p.promise.start, p.promise.end),
                              ref.letter_id, ref.start, ref.end, p.kind)
        return ChainRow(item.letter_date or "", ref.letter_id, ref.start, ref.end,
                        self.title(ref.letter_id), kind, ref.text, p.new_due or "",
                        reasons_text(p.reasons), request=request)

    # -- selection and verbs -------------------------------------------------------------
    def _selected(self, table: QTableView) -> ChainRow | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        model = table.model()
        assert isinstance(model, ChainModel)
        return model.rows[rows[0].row()]

    def select(self, table: QTableView, row: int) -> None:
        """Select a row of a table (and give it the focus), as the arrow keys do."""
        table.setFocus()
        table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        step = self._selected(self.steps_table)
        proposal = self._selected(self.proposals_table) if self.proposals_table.isVisible() \
            or self.proposals.rows else None
        self.open_button.setEnabled(step is not None or proposal is not None)
        self.remove_button.setEnabled(step is not None and bool(step.link_id))
        self.confirm_button.setEnabled(proposal is not None)
        self.reject_button.setEnabled(proposal is not None)

    def _open_row(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, ChainModel) and 0 <= index.row() < len(model.rows):
            r = model.rows[index.row()]
            self.open_requested.emit(r.letter_id, r.start, r.end)

    def open_selected(self) -> None:
        """Open the letter of the selected row (the focused table's first)."""
        tables = [self.steps_table, self.proposals_table]
        if self.proposals_table.hasFocus():
            tables.reverse()
        for table in tables:
            r = self._selected(table)
            if r is not None:
                self.open_requested.emit(r.letter_id, r.start, r.end)
                return

    def confirm_selected(self) -> None:
        r = self._selected(self.proposals_table)
        if r is not None and r.request is not None:
            self.link_requested.emit(r.request, False)

    def reject_selected(self) -> None:
        r = self._selected(self.proposals_table)
        if r is not None and r.request is not None:
            self.link_requested.emit(r.request, True)

    def remove_selected(self) -> None:
        r = self._selected(self.steps_table)
        if r is not None and r.link_id:
            self.unlink_requested.emit(r.link_id)
