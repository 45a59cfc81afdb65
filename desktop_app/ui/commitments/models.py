"""The Qt model of the commitments overview's table."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop_app.overview import CommitmentRow
from desktop_app.ui.colours import readable_in_tables
from desktop_app.ui.models import SORT_ROLE, RowTableModel, short
from desktop_app.ui.safe_text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
OVERDUE_RED = "#b3261e"


LINEAGE_COLUMN = 7


@dataclass(frozen=True)
class LineageCell:
    """What the overview's Lineage column says of a commitment (from the lineage service)."""

    status: str  # open | done | fulfilled | postponed | rejected
    fulfilled_by: str | None = None  # the later letter (id) of a confirmed "fulfils"
    postponed_in: str | None = None  # the later letter of the latest confirmed "postpones"

    @property
    def still_open(self) -> bool:
        return self.status in ("open", "postponed")


class CommitmentTableModel(RowTableModel):
    """The commitments overview: letter date, letter, kind, actor, text, deadline, status,
    lineage (fulfilled by / postponed in / proposals).

    A possible commitment (the detector is unsure of it) is in italics and says so in the
    tooltip of its kind.
    """

    COLUMN_COUNT = 8

    def __init__(self, kind_label: Callable[[str], str] = str, parent: Any = None):
        super().__init__(parent)
        self._rows: list[CommitmentRow] = []
        self.kind_label = kind_label
        self.today = date.today()
        self.lineage: dict[tuple, LineageCell] = {}  # by CommitmentRow.identity()

    def set_lineage(self, cells: dict[tuple, LineageCell]) -> None:
        """The Lineage column's cells (set before ``set_rows``, which repaints)."""
        self.lineage = cells

    def headers(self) -> list[str]:
        return [self.tr("Letter date"), self.tr("Letter"), self.tr("Kind"), self.tr("Actor"),
                self.tr("Text"), self.tr("Deadline"), self.tr("Status"),
                self.tr("Lineage")]

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
            if column == LINEAGE_COLUMN:
                return self._lineage_tip(r) or None
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
        if column == LINEAGE_COLUMN:  # still open, longest first: by the letter's date
            cell = self.lineage.get(r.identity())
            if cell is None or cell.still_open:
                return (0, r.letter_date or "9999", r.letter_id, r.commitment.start)
            return (1, r.letter_date or "9999", r.letter_id, r.commitment.start)
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
        if column == LINEAGE_COLUMN:
            return self.lineage_text(r)
        return self.status_label(r)

    def lineage_text(self, r: CommitmentRow) -> str:
        """"fulfilled by kst-…", "postponed in kst-…" ("" when no link is confirmed): what
        people confirmed, not the linker's proposals (see ``CommitmentsView.lineage_cells``)."""
        cell = self.lineage.get(r.identity())
        if cell is None:
            return ""
        if cell.fulfilled_by:
            return self.tr("fulfilled by %1").replace("%1", cell.fulfilled_by)
        if cell.postponed_in:
            return self.tr("postponed in %1").replace("%1", cell.postponed_in)
        return ""

    def _lineage_tip(self, r: CommitmentRow) -> str:
        cell = self.lineage.get(r.identity())
        if cell is not None and not cell.still_open:
            return ""
        return plain_tooltip(self.tr("Which later letters may fulfil, postpone or repeat "
                                     "this commitment: select it and click Chain…, or open "
                                     "the letter and click the commitment."))

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
