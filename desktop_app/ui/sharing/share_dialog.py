"""File → Team Sharing…: the shared folder and one's name, where sharing stands, Sync Now,
and the conflicts to resolve, each shown side by side (mine and theirs).

The dialog only shows what it is given (``set_status``, ``set_conflicts``) and emits intents
(``settings_requested``, ``sync_requested``, ``resolve_requested``); the sharing controller
runs them on the domain (``store/sharing.py``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Annotation
from desktop_app.store.limits import parse_time
from desktop_app.store.sharing import Conflict, ShareStatus
from desktop_app.ui.annotations.palette_words import colour_label
from desktop_app.ui.models import RowTableModel, short
from desktop_app.ui.safe_text import SafeTextBrowser, plain_tooltip
from desktop_app.ui.shell import file_dialogs
from desktop_app.ui.widgets import fill, read_only_table

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole


def when(stamp: str) -> str:
    """A stored UTC time as local "YYYY-MM-DD HH:MM" ("" for none or an unreadable one)."""
    moment = parse_time(stamp) if stamp else None
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def choose_folder(parent: QWidget, title: str, start: str) -> str:
    """The folder dialog; "" when cancelled (tests replace this)."""
    return file_dialogs.existing_folder(parent, title, start)


class ColleagueModel(RowTableModel):
    """The colleagues whose packs were read: name, their annotations here, pack written."""

    COLUMN_COUNT = 3

    def headers(self) -> list[str]:
        return [self.tr("Colleague"), self.tr("Annotations"), self.tr("Pack written")]

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid() or role != _Role.DisplayRole:
            return None
        person: dict = self._rows[index.row()]
        return (person["name"], str(person["annotations"]),
                when(person.get("written") or ""))[index.column()]


class ConflictModel(RowTableModel):
    """The open conflicts: colleague, passage, found."""

    COLUMN_COUNT = 3

    def headers(self) -> list[str]:
        return [self.tr("Colleague"), self.tr("Passage"), self.tr("Found")]

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c: Conflict = self._rows[index.row()]
        quote = (c.theirs or c.mine).quote if (c.theirs or c.mine) else ""
        if role == _Role.DisplayRole:
            return (c.name, short(quote, 80), when(c.found))[index.column()]
        if role == _Role.ToolTipRole and index.column() == 1:
            return plain_tooltip(quote)
        return None


class ShareDialog(QDialog):
    """The team-sharing dialog (window-modal, kept while the window lives)."""

    settings_requested = Signal(str, str)  # folder, name
    sync_requested = Signal()
    resolve_requested = Signal(str, str)  # annotation id, "mine" or "theirs"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team Sharing"))
        self.setObjectName("share-dialog")
        self._build_ui()
        self._connect_signals()
        self.show_conflict(None)
        self.resize(800, 720)

    def _build_ui(self) -> None:
        intro = QLabel(self.tr(
            "Share your annotations with colleagues through a shared folder (a network drive "
            "or a synced folder). Each person's app writes its own file there and reads the "
            "others'. Colleagues' annotations show with their name and are read-only here."),
            self)
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen: sharing is off"))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.save_button = QPushButton(self.tr("&Use This Folder"), self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label = QLabel(self)  # what the last sync did, or what went wrong
        self.message_label.setWordWrap(True)
        self.message_label.setObjectName("share-message")
        self.sync_button = QPushButton(self.tr("&Sync Now"), self)
        self.colleagues = ColleagueModel(self)
        self.colleague_table = self._table(self.colleagues, self.tr("Colleagues"))
        self.conflicts = ConflictModel(self)
        self.conflict_table = self._table(self.conflicts, self.tr("Conflicts"))
        self.conflict_label = QLabel(self)
        self.conflict_label.setWordWrap(True)
        self.mine_view = SafeTextBrowser(self, open_web_links=False)
        self.theirs_view = SafeTextBrowser(self, open_web_links=False)
        self.mine_view.setAccessibleName(self.tr("My version"))
        self.theirs_view.setAccessibleName(self.tr("Their version"))
        for view in (self.mine_view, self.theirs_view):
            view.setMinimumHeight(170)
        self.keep_mine = QPushButton(self.tr("Keep &Mine"), self)
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._lay_out(intro)

    def _table(self, model, name: str) -> QTableView:
        table = read_only_table(self, model, name)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(110)  # a few rows; the versions below get the room
        return table

    def _lay_out(self, intro: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("Shared &folder:"), row)
        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        form.addRow(self.tr("Your &name:"), row)
        for label_row in range(form.rowCount()):
            label = form.itemAt(label_row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy((self.folder_edit, self.name_edit)[label_row])
        layout.addLayout(form)
        status = QGroupBox(self.tr("Status"), self)
        box = QVBoxLayout(status)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(top)
        box.addWidget(self.message_label)
        box.addWidget(self.colleague_table)
        layout.addWidget(status)
        group = QGroupBox(self.tr("Conflicts"), self)
        grid = QGridLayout(group)
        grid.addWidget(self.conflict_label, 0, 0, 1, 2)
        grid.addWidget(self.conflict_table, 1, 0, 1, 2)
        for column, (title, view, button) in enumerate((
                (self.tr("Mine"), self.mine_view, self.keep_mine),
                (self.tr("Theirs"), self.theirs_view, self.keep_theirs))):
            heading = QLabel(f"<b>{html.escape(title)}</b>", self)
            grid.addWidget(heading, 2, column)
            grid.addWidget(view, 3, column)
            grid.addWidget(button, 4, column)
        grid.setRowStretch(3, 1)
        layout.addWidget(group, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.browse_button.clicked.connect(self._browse)
        self.save_button.clicked.connect(self._on_save)
        self.sync_button.clicked.connect(self.sync_requested)
        self.keep_mine.clicked.connect(self._keep_mine)
        self.keep_theirs.clicked.connect(self._keep_theirs)
        self.buttons.rejected.connect(self.reject)
        self.conflict_table.selectionModel().selectionChanged.connect(self._on_conflict_chosen)

    # -- what it shows -------------------------------------------------------------------
    def set_status(self, state: ShareStatus, last_sync: str = "") -> None:
        """Show the settings, the last sync and the colleagues of ``state``."""
        s = state.settings
        if not self.folder_edit.hasFocus():
            self.folder_edit.setText(str(s.folder) if s.folder else "")
        if not self.name_edit.hasFocus():
            self.name_edit.setText(s.name)
        if s.folder is None:
            lines = [self.tr("Sharing is off: choose the shared folder and your name, then "
                             "press “Use This Folder”.")]
        else:
            lines = [fill(self.tr("Folder: %1"), f"<code>{html.escape(str(s.folder))}</code>"),
                     fill(self.tr("You: %1, %2"), html.escape(s.name),
                          self.tr("%n annotation(s) of your own", "", state.own)),
                     fill(self.tr("Last sync: %1"),
                          html.escape(when(last_sync)) if last_sync else self.tr("not yet")),
                     self.tr("%n colleague(s)", "", len(state.colleagues)) + " · "
                     + self.tr("%n open conflict(s)", "", state.conflicts)]
        self.status_label.setText("<br>".join(lines))
        self.sync_button.setEnabled(s.folder is not None)
        self.colleagues.set_rows(state.colleagues)
        self.colleague_table.setVisible(bool(state.colleagues))

    def set_message(self, text: str, error: bool = False) -> None:
        """What the last sync did, or what went wrong (plain text)."""
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.setStyleSheet("color: #b00020;" if error else "")

    def set_syncing(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy and bool(self.folder_edit.text()))
        if busy:
            self.set_message(self.tr("Syncing…"))

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """The open conflicts; the one chosen stays chosen while it is open."""
        chosen = self.current_conflict()
        self.conflicts.set_rows(conflicts)
        self.conflict_label.setText(
            self.tr("No conflicts: nothing was changed here and by its owner at once.")
            if not conflicts else
            self.tr("%n annotation(s) changed here and by the colleague they belong to. "
                    "Choose one, compare the versions and keep one; the other is kept on "
                    "record.", "", len(conflicts)))
        self.conflict_table.setVisible(bool(conflicts))
        ids = [c.annotation_id for c in conflicts]
        row = ids.index(chosen.annotation_id) if chosen and chosen.annotation_id in ids else 0
        if conflicts:
            self.conflict_table.selectRow(row)
        else:
            self.show_conflict(None)

    def current_conflict(self) -> Conflict | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflicts.conflict(rows[0].row()) if rows else None

    def show_conflict(self, conflict: Conflict | None) -> None:
        """Both versions of ``conflict`` side by side (nothing when None)."""
        for view, ann, who in ((self.mine_view, conflict and conflict.mine, self.tr("you")),
                               (self.theirs_view, conflict and conflict.theirs,
                                conflict.name if conflict else "")):
            view.setHtml("" if conflict is None else self.version_html(ann, who))
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(conflict is not None)

    def version_html(self, ann: Annotation | None, who: str) -> str:
        """One version of a conflict as escaped rich text: quote, note, tags, author, times."""
        if ann is None:
            return "<i>" + html.escape(fill(self.tr("Deleted by %1."), who)) + "</i>"
        rows = [(self.tr("Passage"), f"“{ann.quote}”"), (self.tr("Note"), ann.note or "—"),
                (self.tr("Tags"), ", ".join(ann.tags) or "—"),
                (self.tr("Colour"), colour_label(ann.color)),
                (self.tr("Changed by"), who), (self.tr("Changed"), when(ann.modified))]
        return "<br>".join(f"<b>{html.escape(label)}:</b> "
                           f"{html.escape(value).replace(chr(10), '<br>')}"
                           for label, value in rows)

    # -- intents -------------------------------------------------------------------------
    def _browse(self) -> None:
        folder = choose_folder(self, self.tr("Choose the shared folder"),
                               self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self._on_save()

    def _on_save(self) -> None:
        self.settings_requested.emit(self.folder_edit.text().strip(), self.name_edit.text())

    def _on_conflict_chosen(self) -> None:
        self.show_conflict(self.current_conflict())

    def _keep_mine(self) -> None:
        self._resolve("mine")

    def _keep_theirs(self) -> None:
        self._resolve("theirs")

    def _resolve(self, keep: str) -> None:
        conflict = self.current_conflict()
        if conflict is not None:
            self.resolve_requested.emit(conflict.annotation_id, keep)
