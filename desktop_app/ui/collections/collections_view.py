"""Collections (course packs): the list, and the chosen one's introduction and items.

Every change is an intent (``change_requested(verb, kwargs)`` naming a store method); the
window runs it through the undo stack and calls ``reload``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import NotFound
from desktop_app.ui.annotations.annotation_dialogs import ask_confirm, ask_text
from desktop_app.ui.collections.models import CollectionItemsModel, CollectionListModel


class IntroductionEdit(QPlainTextEdit):
    """The introduction editor; says when the focus leaves it (not for its own menus).

    Tab moves on to the next control, as in a form: a tab character has no place in an
    introduction, and keyboard users would be trapped here.
    """

    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.focus_left.emit()


class CollectionsView(QWidget):
    """Create, rename and delete collections; add headings; reorder items by drag and drop."""

    change_requested = Signal(str, dict)  # store method name, keyword arguments
    open_requested = Signal(str, str)  # letter id, annotation id
    export_requested = Signal(str)  # collection id

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self._shown_id = ""  # the collection whose introduction the editor holds
        self._loaded_intro = ""  # its introduction as last read from (or sent to) the store
        self._select_row = -1  # the item row to make current once the store has answered
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.list_model = CollectionListModel(self)
        self.collections = QListView(self)
        self.collections.setModel(self.list_model)
        self.collections.setAccessibleName(self.tr("Collections"))
        self.empty = QLabel(self.tr("No collections yet.\n\nClick New… to make one, then drag "
                                    "annotations into it from the Annotations tab (or use "
                                    "To collection there)."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(6)  # it shares a short splitter pane with the New… row
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.rename_button = QPushButton(self.tr("Rena&me…"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Export the collection as a course pack"))
        self.collection_up = QPushButton("▲", self)
        self.collection_down = QPushButton("▼", self)
        for button, text in ((self.collection_up, self.tr("Move the collection up")),
                             (self.collection_down, self.tr("Move the collection down"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.setMaximumWidth(32)
        self.introduction = IntroductionEdit(self)
        self.introduction.setAccessibleName(self.tr("Introduction"))
        self.introduction.setPlaceholderText(self.tr("Introduction of the collection "
                                                     "(Markdown)"))
        self.save_intro = QPushButton(self.tr("&Save introduction"), self)
        self.items_model = CollectionItemsModel(self)
        self.items = QListView(self)
        self.items.setModel(self.items_model)
        self.items.setAccessibleName(self.tr("Items of the collection"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items.setDropIndicatorShown(True)
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        self.hint = QLabel(self.tr("Drag annotations here from the Annotations tab; drag "
                                   "items to reorder them."), self)
        self.hint.setWordWrap(True)
        self.heading_button = QPushButton(self.tr("Add hea&ding…"), self)
        self.up_button = QPushButton(self.tr("&Up"), self)
        self.down_button = QPushButton(self.tr("Do&wn"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self._lay_out()

    def _lay_out(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        beside = QHBoxLayout()  # the move buttons stand beside the list, not in the button row
        self.list_stack = QStackedLayout()  # the list, or what to do when there is none
        self.list_stack.addWidget(self.collections)
        self.list_stack.addWidget(self.empty)
        beside.addLayout(self.list_stack, 1)
        arrows = QVBoxLayout()
        arrows.addWidget(self.collection_up)
        arrows.addWidget(self.collection_down)
        arrows.addStretch(1)
        beside.addLayout(arrows)
        top_layout.addLayout(beside, 1)
        row = QHBoxLayout()
        for w in (self.new_button, self.rename_button, self.delete_button, self.export_button):
            row.addWidget(w)
        top_layout.addLayout(row)
        bottom = QWidget(self)
        b = QVBoxLayout(bottom)
        b.setContentsMargins(0, 0, 0, 0)
        b.addWidget(self.introduction, 1)
        b.addWidget(self.save_intro, 0, Qt.AlignmentFlag.AlignRight)
        b.addWidget(self.hint)
        b.addWidget(self.items, 3)
        row = QHBoxLayout()
        for w in (self.heading_button, self.up_button, self.down_button, self.remove_button):
            row.addWidget(w)
        b.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([160, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def _connect_signals(self) -> None:
        self.collections.selectionModel().currentChanged.connect(self._show_current)
        self.new_button.clicked.connect(self.new_collection)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        self.export_button.clicked.connect(self._export)
        self.save_intro.clicked.connect(self._save_introduction)
        self.introduction.focus_left.connect(self._keep_introduction)  # keep what was typed
        self.heading_button.clicked.connect(self._add_heading)
        self.collection_up.clicked.connect(self._collection_up)
        self.collection_down.clicked.connect(self._collection_down)
        self.up_button.clicked.connect(self._up)
        self.down_button.clicked.connect(self._down)
        self.remove_button.clicked.connect(self._remove)
        self.items.doubleClicked.connect(self._on_item_double_clicked)
        self.items_model.move_requested.connect(self._on_move)
        self.items_model.add_requested.connect(self._on_add)

    # -- content -------------------------------------------------------------------------
    def current_id(self) -> str:
        row = self.collections.currentIndex().row()
        return self.list_model.collection(row).id if row >= 0 else ""

    def reload(self, select: str = "") -> None:
        """Read the collections again; keep (or move to) the chosen one."""
        keep = select or self.current_id()
        self.list_model.set_rows(self.library.annotations.collections())
        row = self.list_model.row_of(keep) if keep else -1
        if row < 0 and self.list_model.rowCount():
            row = 0
        self.collections.setCurrentIndex(self.list_model.index(row, 0))
        self.list_stack.setCurrentWidget(self.collections if self.list_model.rowCount()
                                         else self.empty)
        self._show_current()

    def _show_current(self) -> None:
        collection_id = self.current_id()
        same = bool(collection_id) and collection_id == self._shown_id
        if self._shown_id and not same:
            self._keep_introduction()  # switching away: do not lose what was typed
        self._shown_id = collection_id
        store = self.library.annotations
        try:
            collection = store.collection(collection_id) if collection_id else None
        except NotFound:
            collection = None
        has = collection is not None
        for w in (self.rename_button, self.delete_button, self.export_button,
                  self.collection_up, self.collection_down, self.introduction, self.save_intro,
                  self.items, self.heading_button, self.up_button, self.down_button,
                  self.remove_button):
            w.setEnabled(has)
        if not has:
            self._shown_id = self._loaded_intro = ""
            self.items_model.set_items([], {})
            self.introduction.setPlainText("")
            return
        ids = {i.annotation_id for i in collection.items if i.annotation_id}
        annotations = {a.id: a for a in store.annotations() if a.id in ids}
        row = self.items.currentIndex().row()
        if self._select_row >= 0:  # a heading was just added: it becomes the current item
            row, self._select_row = self._select_row, -1
        self.items_model.set_items(collection.items, annotations)
        self._show_introduction(collection.introduction, same)
        if row >= 0 and self.items_model.rowCount():
            self.items.setCurrentIndex(self.items_model.index(
                min(row, self.items_model.rowCount() - 1), 0))

    def _show_introduction(self, stored: str, same: bool) -> None:
        """Put the stored introduction in the editor, unless it holds unsaved typing for this
        same collection and the stored text did not change (another edit, such as adding an
        item, must not wipe it; an undo of the introduction does replace it)."""
        typed = self.introduction.toPlainText()
        if same and typed != self._loaded_intro and stored == self._loaded_intro:
            return
        if typed != stored:
            self.introduction.setPlainText(stored)
        self._loaded_intro = stored

    # -- intents -------------------------------------------------------------------------
    def _request(self, verb: str, **kwargs) -> None:
        self.change_requested.emit(verb, kwargs)

    def new_collection(self) -> bool:
        """Ask for a title and request a new collection; False when cancelled."""
        title = ask_text(self, self.tr("New collection"), self.tr("Title:"))
        if not title or not title.strip():
            return False
        self._request("create_collection", title=title.strip())
        return True

    def _rename(self) -> None:
        row = self.collections.currentIndex().row()
        if row < 0:
            return
        c = self.list_model.collection(row)
        title = ask_text(self, self.tr("Rename the collection"), self.tr("Title:"), c.title)
        if title and title.strip() and title.strip() != c.title:
            self._request("update_collection", collection_id=c.id, title=title.strip())

    def _delete(self) -> None:
        """Delete the chosen collection after saying which one and what it holds."""
        row = self.collections.currentIndex().row()
        if row < 0:
            return
        c = self.list_model.collection(row)
        passages = sum(1 for i in c.items if i.annotation_id)
        question = self.tr("Delete the collection “%1” with %n passage(s)?", "", passages)
        if ask_confirm(self, self.tr("Delete collection"), question.replace("%1", c.title),
                       self.tr("The annotations themselves are kept. Edit → Undo brings the "
                               "collection back."), self.tr("Delete collection")):
            self._request("delete_collection", collection_id=c.id)

    def _export(self) -> None:
        if self.current_id():
            self.export_requested.emit(self.current_id())

    def _save_introduction(self) -> None:
        if self._shown_id:
            self._keep_introduction(force=True)

    def _keep_introduction(self, force: bool = False) -> None:
        """Save the introduction typed for the collection shown, if it differs from the store.

        Nothing is written (no history entry) when the text is unchanged. Only text that
        differs from what was loaded is compared with the store (``force`` compares anyway),
        so a focus change without typing reads no database.
        """
        collection_id = self._shown_id
        text = self.introduction.toPlainText()
        if not collection_id or not (force or text != self._loaded_intro):
            return
        self._loaded_intro = text  # before the request: the reload it starts lands here
        try:
            stored = self.library.annotations.collection(collection_id).introduction
        except NotFound:  # deleted meanwhile (or by undo): nothing to keep it in
            return
        if text != stored:
            self._request("update_collection", collection_id=collection_id,
                          introduction=text)


    def _add_heading(self) -> None:
        heading = ask_text(self, self.tr("Section heading"), self.tr("Heading:"))
        if heading and heading.strip():
            # above the chosen item (a heading starts a section), else at the end; chosen
            # afterwards, so Up and Down move it on at once
            row = self.items.currentIndex().row()
            self._select_row = row if row >= 0 else self.items_model.rowCount()
            self._request("add_to_collection", collection_id=self.current_id(),
                          heading=heading.strip(), position=row if row >= 0 else None)

    def _move_current(self, delta: int) -> None:
        row = self.items.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.items_model.rowCount():
            return
        self.items.setCurrentIndex(self.items_model.index(target, 0))
        self._on_move(self.items_model.item(row).id, target)

    def _move_collection(self, delta: int) -> None:
        row = self.collections.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.list_model.rowCount():
            return
        self._request("move_collection", collection_id=self.current_id(), position=target)

    def _collection_up(self) -> None:
        self._move_collection(-1)

    def _collection_down(self) -> None:
        self._move_collection(1)

    def _up(self) -> None:
        self._move_current(-1)

    def _down(self) -> None:
        self._move_current(1)

    def _remove(self) -> None:
        row = self.items.currentIndex().row()
        if row >= 0:
            self._request("remove_item", collection_id=self.current_id(),
                          item_id=self.items_model.item(row).id)

    def _on_move(self, item_id: str, position: int) -> None:
        self._request("move_item", collection_id=self.current_id(), item_id=item_id,
                      position=position)

    def _on_add(self, annotation_ids: list[str], position: int) -> None:
        self._request("add_annotations", collection_id=self.current_id(),
                      annotation_ids=list(annotation_ids), position=position)

    def _on_item_double_clicked(self, index) -> None:
        ann = self.items_model.annotation_of(index.row())
        if ann is not None:
            self.open_requested.emit(ann.letter_id, ann.id)
