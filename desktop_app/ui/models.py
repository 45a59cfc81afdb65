"""Qt models over domain results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.model import LetterSummary

_Index = QModelIndex | QPersistentModelIndex


class LetterTableModel(QAbstractTableModel):
    """The letter list: date, subject, dossier-number, signatory, counts."""

    COLUMNS = ("date", "subject", "kamerstuk", "signatory", "commitments", "annotations")
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[LetterSummary] = []

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Subject"), self.tr("Kamerstuk"), self.tr("Signatory"),
                self.tr("Commitments"), self.tr("Annotations")]

    def set_rows(self, rows: list[LetterSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, letter_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == letter_id:
                return i
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.headers()[section]
        return None

    def _value(self, r: LetterSummary, column: int) -> Any:
        md = r.metadata
        if column == 0:
            return md.date or ""
        if column == 1:
            return md.subject or md.title or self.tr("(no subject)")
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
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            return self._value(r, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            md = r.metadata
            return "\n".join(x for x in (md.subject, md.title, md.signatory_role, r.id) if x)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.ID_ROLE:
            return r.id
        return None
