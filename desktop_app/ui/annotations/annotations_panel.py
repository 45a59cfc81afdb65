"""The annotation browser: every annotation of a letter or of all letters, filtered and sorted.

Emits intents (open, tag, recolour, delete, add to a collection, re-attach); the window
applies them through the undo stack and calls ``apply_changes`` with what the store says
changed (``reload`` reads everything again: at start, after a restore or a palette change,
and when another program changed the store).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Annotation
from desktop_app.store import sharing
from desktop_app.store.history import ChangeSet
from desktop_app.ui.annotations.annotation_dialogs import ask_tag
from desktop_app.ui.annotations.models import (
    MINE,
    AnnotationFilter,
    AnnotationTableModel,
    annotation_sort_key,
)
from desktop_app.ui.annotations.palette_words import colour_label
from desktop_app.ui.exchange.pending_notice import PendingNotice
from desktop_app.ui.models import SortProxy
from desktop_app.ui.widgets import FlowLayout, HeaderSortState, colour_icon

OPEN_LETTER = "\x00open"  # scope value: the letter open in the reader
PERSON = "\x00person:"  # author filter value: PERSON + a colleague's person id


def _table(parent: QWidget, model, name: str) -> QTableView:
    """A table of annotations sorted by a click on a header (a third click: the order chosen
    in the Sort list again); ``table.proxy`` maps its rows to the model's."""
    table = QTableView(parent)
    table.proxy = SortProxy(table)
    table.proxy.setSourceModel(model)
    table.setModel(table.proxy)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control, not cell to cell
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate((90, 140, 110, 100, 150, 80)):
        table.setColumnWidth(column, width)
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # unsorted: the source order
    table.setSortingEnabled(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def _source_rows(table: QTableView) -> list[int]:
    """The model rows selected in a table, in the order shown."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.proxy.source_row(table.proxy.index(r, 0)) for r in rows]


class AnnotationsPanel(HeaderSortState, QWidget):
    """Filters, the annotation table, bulk actions and the orphans of the scope."""

    open_requested = Signal(str, str)  # letter id, annotation id
    tag_requested = Signal(object, str)  # annotation ids, tag
    recolour_requested = Signal(object, str)  # annotation ids, colour name
    delete_requested = Signal(object)  # annotation ids
    collect_requested = Signal(str, object)  # collection id, annotation ids
    new_collection_requested = Signal(object)  # annotation ids
    reattach_requested = Signal(str)  # orphan id: place on the reader's selection
    export_requested = Signal(object)  # annotation ids

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.open_letter = ""
        self.titles: dict[str, str] = {}
        self.letter_order: dict[str, int] = {}
        self._all: dict[str, Annotation] = {}  # every annotation, by id
        self.owners: dict[str, tuple[str, str]] = {}  # colleagues': id → (person, name)
        # kept up to date by every change, so that a change never reads all of ``_all``:
        # one's own annotations per author, and the annotations per letter
        self._own_counts: Counter[str] = Counter()
        self._letter_counts: Counter[str] = Counter()
        self._palette: list = []
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Which letters"))
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort order"))
        self.sort.addItem(self.tr("In text order"), "position")
        self.sort.addItem(self.tr("Newest first"), "date")
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Filter annotations…"))
        self.filter_box.setAccessibleName(self.tr("Filter annotations"))
        self.filter_box.setClearButtonEnabled(True)
        self.tag_combo = self._combo(self.tr("Filter by tag"))
        self.colour_combo = self._combo(self.tr("Filter by colour"))
        self.author_combo = self._combo(self.tr("Filter by author"))
        self.author_combo.setToolTip(self.tr("Your annotations, everyone's, or a "
                                             "colleague's (shared through the team folder)"))
        self.since_combo = self._combo(self.tr("Filter by date"))
        for label, days in ((self.tr("Any date"), None), (self.tr("Today"), 0),
                            (self.tr("Last 7 days"), 7), (self.tr("Last 30 days"), 30),
                            (self.tr("Last year"), 365)):
            self.since_combo.addItem(label, days)
        self.model = AnnotationTableModel(self)
        self.table = _table(self, self.model, self.tr("Annotations"))
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.empty = QLabel(self)  # says what to do when the table has nothing to show
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.count_label = QLabel(self)
        self.pending_notice = PendingNotice(self.library.annotations, self)  # imported, waiting
        self.tag_button = QPushButton(self.tr("&Tag…"), self)
        self.colour_button = QToolButton(self)
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_button.setMenu(QMenu(self.colour_button))
        self.collect_button = QToolButton(self)
        self.collect_button.setText(self.tr("To collection"))
        self.collect_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.collect_button.setMenu(QMenu(self.collect_button))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Export the selected annotations as a course "
                                              "pack"))
        self.orphan_label = QLabel(self)
        self.orphan_label.setWordWrap(True)
        self.orphan_model = AnnotationTableModel(self)
        self.orphans = _table(self, self.orphan_model, self.tr("Annotations not found"))
        self.reattach_button = QPushButton(self.tr("&Re-attach to the selected text"), self)
        self.reattach_button.setToolTip(self.tr("Select the passage in the letter first"))
        self._lay_out()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)  # long tags and authors are elided, not widening it
        return combo

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # side by side when the pane has room, else below each other: the side panel leaves
        # the reader at least half the window, so it is narrow on a laptop
        for widgets in ((self.scope, self.sort), (self.filter_box,),
                        (self.tag_combo, self.colour_combo, self.author_combo,
                         self.since_combo)):
            row = FlowLayout(spacing=4, fill=True)
            for w in widgets:
                row.addWidget(w)
            layout.addLayout(row)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack, 3)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pending_notice)
        buttons = FlowLayout(spacing=4)  # the buttons wrap onto a second line when narrow
        for w in (self.tag_button, self.colour_button, self.collect_button, self.delete_button,
                  self.export_button):
            buttons.addWidget(w)
        layout.addLayout(buttons)
        layout.addWidget(self.orphan_label)
        layout.addWidget(self.orphans, 1)
        layout.addWidget(self.reattach_button)

    def _connect_signals(self) -> None:
        for combo in (self.scope, self.sort, self.tag_combo, self.colour_combo,
                      self.author_combo, self.since_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.filter_box.textChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.activated.connect(self._on_double_clicked)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.orphans.customContextMenuRequested.connect(self._show_orphan_menu)
        self.tag_button.clicked.connect(self.ask_tag)
        self.delete_button.clicked.connect(self.request_delete)
        self.export_button.clicked.connect(self.request_export)
        self.reattach_button.clicked.connect(self._on_reattach)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        self.orphans.selectionModel().selectionChanged.connect(self._on_orphan_selection)
        self.sort.currentIndexChanged.connect(self._unsort_header)

    # -- content -------------------------------------------------------------------------
    def set_titles(self, titles: dict[str, str], order: list[str]) -> None:
        """Letter titles (for the letter column and the scope list) and the list order."""
        self.titles = dict(titles)
        self.letter_order = {lid: i for i, lid in enumerate(order)}
        self.model.titles = self.orphan_model.titles = self.titles

    def set_open_letter(self, letter_id: str) -> None:
        self.open_letter = letter_id
        if self.scope.currentData() == OPEN_LETTER:
            self.apply_filter()

    def reload(self) -> None:
        """Read the annotations, palette and collections again (after any change)."""
        store = self.library.annotations
        self._all = {a.id: a for a in store.annotations()}
        self.owners = sharing.colleague_authors(store)
        self._own_counts = Counter(a.author for a in self._all.values()
                                   if a.id not in self.owners)
        self._letter_counts = Counter(a.letter_id for a in self._all.values())
        self.pending_notice.reload()
        self.model.owners = self.orphan_model.owners = self.owners
        palette = self._palette = store.palette()
        self.model.colours = self.orphan_model.colours = {c.name: c.hex for c in palette}
        self._refill(self.scope, [(self.tr("Letter in the reader"), OPEN_LETTER),
                                  (self.tr("All letters"), "")]
                     + sorted(((self.titles.get(lid) or lid), lid)
                              for lid in self._letter_counts))
        self._refill(self.tag_combo, [(self.tr("All tags"), "")]
                     + [(t, t) for t in store.tags()])
        self._refill(self.colour_combo, [(self.tr("All colours"), "")]
                     + [(colour_label(c.name), c.name) for c in palette])
        self._fill_authors()
        self._fill_menus(palette, store.collections())
        self.apply_filter()

    def apply_changes(self, changes: ChangeSet) -> None:
        """Update only the rows of the annotations ``changes`` names (added, changed,
        removed): no reset, so the tables keep their selection and scroll position. A new
        letter, tag or author joins the filter lists (ones no longer used stay until the next
        ``reload``). A palette change, or ``everything``, reads everything again."""
        if changes.touches("palette"):
            self.reload()
            return
        if changes.touches("pending_annotations"):
            self.pending_notice.reload()
        if changes.touches("collections"):
            self._fill_menus(self._palette, self.library.annotations.collections())
        if not changes.annotation_ids:
            return
        fresh = {a.id: a for a in
                 self.library.annotations.annotations_by_id(changes.added | changes.changed)}
        gone = changes.annotation_ids - fresh.keys()
        for annotation_id in changes.annotation_ids:
            self._count(self._all.pop(annotation_id, None), -1)
            self.owners.pop(annotation_id, None)
        self._all.update(fresh)
        self.owners.update(sharing.colleague_authors(self.library.annotations, list(fresh)))
        for a in fresh.values():
            self._count(a, +1)
        selected = set(self.selected_ids())
        f = self.current_filter()
        key = annotation_sort_key(self.sort.currentData(), self.letter_order)
        for model, orphans in ((self.model, False), (self.orphan_model, True)):
            shown = [a for a in fresh.values() if (a.status == "orphan") == orphans
                     and f.accepts(a, self.titles.get(a.letter_id, ""), self._origin(a.id))]
            hidden = gone | (fresh.keys() - {a.id for a in shown})
            model.update_rows(shown, hidden, key)
        lost = selected & fresh.keys() - set(self.selected_ids())
        for annotation_id in lost:  # a selected row that moved is selected again
            if not self.select(annotation_id, clear=False):
                self._select_orphan(annotation_id)
        self._add_filter_values(fresh.values())
        self._show_counts()

    def _count(self, a: Annotation | None, step: int) -> None:
        """Count ``a`` in (``step`` 1) or out (-1) of the tallies of authors and letters;
        call it while ``owners`` says whose ``a`` is."""
        if a is None:
            return
        tallies = [(self._letter_counts, a.letter_id)]
        if a.id not in self.owners:
            tallies.append((self._own_counts, a.author))
        for tally, value in tallies:
            tally[value] += step
            if tally[value] <= 0:
                del tally[value]

    def _add_filter_values(self, anns) -> None:
        """New letters, tags and authors of changed annotations join the filter lists."""
        anns = list(anns)

        def missing(combo: QComboBox, values: set[str]) -> set[str]:
            return {v for v in values if combo.findData(v) < 0}

        if missing(self.scope, {a.letter_id for a in anns}):
            self._refill(self.scope, [(self.tr("Letter in the reader"), OPEN_LETTER),
                                      (self.tr("All letters"), "")]
                         + sorted(((self.titles.get(lid) or lid), lid)
                                  for lid in self._letter_counts))
        new = missing(self.tag_combo, {t for a in anns for t in a.tags})
        if new:
            known = {self.tag_combo.itemData(i) for i in range(1, self.tag_combo.count())}
            self._refill(self.tag_combo, [(self.tr("All tags"), "")]
                         + [(v, v) for v in sorted(known | new)])
        several = len(self._own_counts) > 1
        if missing(self.author_combo, {self._author_value(a, several) for a in anns}):
            self._fill_authors()

    def _origin(self, annotation_id: str) -> str:
        """The person id of the colleague an annotation belongs to ("" for one's own)."""
        return self.owners.get(annotation_id, ("", ""))[0]

    def _author_value(self, a: Annotation, several_own: bool) -> str:
        """The author filter's value that shows ``a`` (Mine covers one's own annotations
        unless they have ``several_own`` authors)."""
        if a.id in self.owners:
            return PERSON + self.owners[a.id][0]
        return a.author if several_own else MINE

    def _own_authors(self) -> set[str]:
        """The authors of one's own annotations (kept as counts: no pass over them)."""
        return set(self._own_counts)

    def _fill_authors(self) -> None:
        """Everyone, Mine, each colleague by name, then (only when one's own annotations
        have several authors, from imported files) each of those authors."""
        colleagues = sorted({(name, PERSON + person) for person, name in self.owners.values()})
        own = self._own_authors()
        self._refill(self.author_combo, [(self.tr("Everyone"), ""), (self.tr("Mine"), MINE)]
                     + colleagues + ([(a, a) for a in sorted(own)] if len(own) > 1 else []))

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_menus(self, palette, collections) -> None:
        menu = self.colour_button.menu()
        menu.clear()
        for c in palette:
            action = menu.addAction(colour_icon(c.hex), colour_label(c.name).replace("&", "&&"))
            action.triggered.connect(self._recolour_slot(c.name))
        menu = self.collect_button.menu()
        menu.clear()
        for c in collections:
            action = menu.addAction(c.title)
            action.triggered.connect(self._collect_slot(c.id))
        menu.addSeparator()
        menu.addAction(self.tr("New collection…")).triggered.connect(self._new_collection)

    def current_filter(self) -> AnnotationFilter:
        scope = self.scope.currentData() or ""
        days = self.since_combo.currentData()
        since = (date.today() - timedelta(days=days)).isoformat() if days is not None else ""
        who = self.author_combo.currentData() or ""
        owner = who.removeprefix(PERSON) if who.startswith(PERSON) or who == MINE else ""
        return AnnotationFilter(
            letter_id=self.open_letter or "\x00none" if scope == OPEN_LETTER else scope,
            tag=self.tag_combo.currentData() or "", color=self.colour_combo.currentData() or "",
            author="" if owner else who, since=since, text=self.filter_box.text(),
            owner=owner)

    def apply_filter(self) -> None:
        """Show the annotations the filters accept, placed ones in the table, orphans below."""
        f = self.current_filter()
        one_letter = self.scope.currentData() != ""
        self.table.setColumnHidden(4, one_letter)  # the letter column says nothing then
        rows = [a for a in self._all.values()
                if f.accepts(a, self.titles.get(a.letter_id, ""), self._origin(a.id))]
        key = annotation_sort_key(self.sort.currentData(), self.letter_order)
        rows.sort(key=key)
        selected = set(self.selected_ids())
        self.model.set_rows((r for r in rows if r.status != "orphan"), key)
        orphans = [r for r in rows if r.status == "orphan"]
        self.orphan_model.set_rows(orphans, key)
        for annotation_id in selected:
            if not self.select(annotation_id, clear=False):
                self._select_orphan(annotation_id)
        self._show_counts()

    def _show_counts(self) -> None:
        """The count line, the orphans' explanation and the empty state, after a change."""
        orphans = self.orphan_model.rowCount()
        count = self.tr("%n annotation(s)", "", self.model.rowCount())
        if orphans:  # "0 annotations, 1 no longer found": the list below is not nothing
            count += ", " + self.tr("%n no longer found", "", orphans)
        self.count_label.setText(count)
        self.orphan_label.setText(self.tr(
            "%n annotation(s) whose passage is no longer in the letter. Select the passage in "
            "the letter, choose the annotation and re-attach it:", "", orphans))
        for w in (self.orphan_label, self.orphans, self.reattach_button):
            w.setVisible(bool(orphans))
        self._update_empty(bool(orphans))
        self._update_buttons()

    def _update_empty(self, orphans: bool) -> None:
        """Show the table, or say why it is empty and what to do (as the letter list does)."""
        if self.model.rowCount() or orphans:  # orphans have their own explanation below
            self.stack.setCurrentWidget(self.table)
            return
        if not self._all:
            text = self.tr("No annotations yet.\n\nSelect text in a letter and press 1–9 to "
                           "highlight it in a colour, or Ctrl+M to add a note.")
        elif self.scope.currentData() == OPEN_LETTER and not self.open_letter:
            text = self.tr("No letter is open.\n\nOpen a letter, or choose “All letters” "
                           "above.")
        elif (self.scope.currentData() == OPEN_LETTER
              and not self._letter_counts[self.open_letter]):
            text = self.tr("This letter has no annotations yet.\n\nSelect text in it and "
                           "press 1–9 to highlight it, or choose “All letters” above.")
        else:
            text = self.tr("No annotation matches the filters.\n\nClear the filter box or "
                           "choose “All” in the lists above.")
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    # -- selection and intents -----------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The annotations selected in the table, or else in the list of orphans (selecting
        in one clears the other, so the buttons act on what was chosen last)."""
        ids = [self.model.annotation(r).id for r in _source_rows(self.table)]
        return ids + [self.orphan_model.annotation(r).id for r in _source_rows(self.orphans)]

    def select(self, annotation_id: str, clear: bool = True) -> bool:
        """Select an annotation's row (clicked in the reader) and scroll to it."""
        return self._select_in(self.table, self.model, annotation_id, clear)

    def _select_orphan(self, annotation_id: str) -> bool:
        return self._select_in(self.orphans, self.orphan_model, annotation_id, False)

    @staticmethod
    def _select_in(table: QTableView, model, annotation_id: str, clear: bool) -> bool:
        row = model.row_of(annotation_id)
        selection = table.selectionModel()
        if clear:
            selection.clearSelection()
        if row < 0:
            return False
        index = table.proxy.mapFromSource(model.index(row, 0))
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        selection.select(index, flags)
        if clear:
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
            table.scrollTo(index)
        return True

    def _on_table_selection(self) -> None:
        if self.table.selectionModel().hasSelection():
            self.orphans.selectionModel().clearSelection()
        self._update_buttons()

    def _on_orphan_selection(self) -> None:
        if self.orphans.selectionModel().hasSelection():
            self.table.selectionModel().clearSelection()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ids = self.selected_ids()
        some = bool(ids)
        for w in (self.collect_button, self.export_button):
            w.setEnabled(some)
        # colleagues' annotations are read-only: tag, colour and delete need one's own
        theirs = some and all(i in self.owners for i in ids)
        tip = self.tr("Colleagues' annotations are read-only here") if theirs else ""
        for w in (self.tag_button, self.colour_button, self.delete_button):
            w.setEnabled(some and not theirs)
            w.setToolTip(tip)

    def _unsort_header(self) -> None:
        """A choice in the Sort list undoes a sort by a column header."""
        for table in (self.table, self.orphans):
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            table.proxy.sort(-1)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        a = self.model.annotation(self.table.proxy.source_row(index))
        self.open_requested.emit(a.letter_id, a.id)

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Tag…"), self.ask_tag)
        colours = menu.addMenu(self.tr("Colour"))
        colours.addActions(self.colour_button.menu().actions())
        collect = menu.addMenu(self.tr("Add to collection"))
        collect.addActions(self.collect_button.menu().actions())
        menu.addAction(self.tr("Export…"), self.request_export)
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete"), self.request_delete)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    def _show_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = self._menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def orphan_menu(self) -> QMenu:
        """The same verbs for annotations whose passage is gone, and re-attaching one."""
        menu = self._menu()
        first = menu.actions()[0]
        reattach = QAction(self.tr("Re-attach to the selected text"), menu)
        reattach.triggered.connect(self._on_reattach)
        menu.insertAction(first, reattach)
        menu.insertSeparator(first)
        return menu

    def _show_orphan_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = self.orphan_menu()
        menu.exec(self.orphans.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def ask_tag(self) -> None:
        ids = self.selected_ids()
        tag = ask_tag(self, self.library.annotations.tags()) if ids else None
        if tag:
            self.tag_requested.emit(ids, tag)

    def request_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def request_export(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.export_requested.emit(ids)

    def _recolour_slot(self, name: str):
        return lambda: self.recolour_requested.emit(self.selected_ids(), name)

    def _collect_slot(self, collection_id: str):
        return lambda: self.collect_requested.emit(collection_id, self.selected_ids())

    def _new_collection(self) -> None:
        self.new_collection_requested.emit(self.selected_ids())

    def _on_reattach(self) -> None:
        index = self.orphans.currentIndex()
        if not index.isValid() and self.orphan_model.rowCount():
            index = self.orphans.proxy.index(0, 0)
        if index.isValid():
            row = self.orphans.proxy.source_row(index)
            self.reattach_requested.emit(self.orphan_model.annotation(row).id)
