"""Wires the annotation verbs to the actions, the reader and the side panes, and brings the
views of the annotations up to date after a change (kept out of main_window.py).

The store announces what each committed change, undo and redo changed (a ``ChangeSet``);
those are gathered until the undo stack says the user's step is done (``changed``), then each
view updates only what it shows of them: the annotation browser the rows concerned, the reader
only when the letter it shows is concerned, the letter list the counts of those letters.
Everything is read again only at start, after a restore, after a palette change and when
another program changed the store (``refresh``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QWidget

from desktop_app.store import sharing
from desktop_app.store.history import ChangeSet
from desktop_app.ui.annotations.annotating import AnnotationController
from desktop_app.ui.annotations.annotation_dialogs import PaletteDialog
from desktop_app.ui.annotations.palette_words import colour_label, colour_meaning
from desktop_app.ui.commitments.commitments_view import CommitmentsView
from desktop_app.ui.letters.letter_list import LetterListPane
from desktop_app.ui.reader.reader import ReaderPane
from desktop_app.ui.safe_text import plain_tooltip
from desktop_app.ui.shell.actions import Actions
from desktop_app.ui.shell.side_panel import SidePanel


class AnnotationWiring(QObject):
    """Connects controller, actions, reader and panes; owns the palette dialog."""

    def __init__(self, library, actions: Actions, reader: ReaderPane, letters: LetterListPane,
                 side: SidePanel, commitments: CommitmentsView, dialog_parent: QWidget):
        super().__init__(dialog_parent)
        self.library = library
        self.actions, self.reader, self.letters = actions, reader, letters
        self.side, self.commitments = side, commitments
        self.dialog_parent = dialog_parent
        self.controller = AnnotationController(library, reader, side.annotations, dialog_parent)
        self.palette: list = []
        self.palette_dialog: PaletteDialog | None = None
        self._undo_texts = ("", "")  # what Undo and Redo would do now
        self._pending: ChangeSet | None = None  # announced by the store, not yet shown
        self._unsubscribe = library.annotations.subscribe(self._on_store_changed)
        dialog_parent.destroyed.connect(self._unsubscribe)
        # the window's settings (its ``settings``), for the tables' sort order
        settings = getattr(dialog_parent, "settings", None)
        self.settings = settings if isinstance(settings, QSettings) else None
        self._connect()
        self._restore_sorting()

    def _connect(self) -> None:
        a, r, c, p = self.actions, self.reader, self.controller, self.side.annotations
        c.changed.connect(self.flush)
        c.undo.canUndoChanged.connect(a.undo.setEnabled)
        c.undo.canRedoChanged.connect(a.redo.setEnabled)
        c.undo.undoTextChanged.connect(self._on_undo_text)
        c.undo.redoTextChanged.connect(self._on_redo_text)
        for widget in (r.view, p.table, p.orphans):  # where the Delete key deletes
            widget.addAction(a.delete_annotation)
        a.undo.triggered.connect(c.undo.undo_step)
        a.redo.triggered.connect(c.undo.redo_step)
        a.edit_note.triggered.connect(c.edit_note)
        a.edit_tags.triggered.connect(c.edit_tags)
        a.delete_annotation.triggered.connect(c.delete_current)
        a.edit_palette.triggered.connect(self.edit_palette)
        r.colour_requested.connect(c.mark)
        r.annotation_clicked.connect(c.select)
        p.tag_requested.connect(c.add_tag)
        p.recolour_requested.connect(c.recolour)
        p.delete_requested.connect(c.delete)
        p.collect_requested.connect(c.collect)
        p.new_collection_requested.connect(self._collect_into_new)
        p.reattach_requested.connect(c.reattach_to_selection)
        self.side.collections.change_requested.connect(c.change_collection)
        self.commitments.review_requested.connect(c.review)
        r.review_requested.connect(c.review)  # the reader's context menu on a commitment
        r.set_review_source(self.library.commitment_rows)  # done ones look done
        r.set_owner_source(self.colleague_names)  # a colleague's shows their name

    def colleague_names(self, annotation_ids: list[str]) -> dict[str, str]:
        """Of these annotations, the colleagues' ones: id -> the colleague's name."""
        found = sharing.colleague_authors(self.library.annotations, annotation_ids)
        return {key: name for key, (_person, name) in found.items()}

    def _on_store_changed(self, changes: ChangeSet) -> None:
        """The store committed a change: remember it; it is shown when the step is done
        (``changed``), or on the next turn of the event loop for a change made otherwise."""
        first = self._pending is None
        self._pending = changes if first else self._pending | changes
        if first:
            try:
                QTimer.singleShot(0, self, self.flush)
            except RuntimeError:  # the window is gone
                self._unsubscribe()

    def flush(self) -> None:
        """Show the changes the store announced since the last time (if any)."""
        changes, self._pending = self._pending, None
        if changes is not None:
            self.apply(changes)

    def apply(self, changes: ChangeSet) -> None:
        """Update only the views, and the rows of them, that ``changes`` concerns."""
        if changes.everything or changes.touches("palette"):
            self.refresh()
            return
        store = self.library.annotations
        letter = self.reader.letter
        if letter is not None and letter.id in changes.letter_ids:  # reviews are painted too
            self.reader.set_annotations(store.annotations(letter.id))
        if changes.added or changes.removed:
            self.letters.model.update_annotation_counts(
                store.counts_by_letter(changes.letter_ids))
        self.side.annotations.apply_changes(changes)
        if changes.touches("collections", "collection_items") or changes.changed \
                or changes.removed:  # a collection shows its annotations' passages and notes
            self.side.collections.reload(self.controller.take_collection_to_show())
        if (not self.commitments.isHidden()  # the current page of the centre tabs
                and changes.touches("commitment_reviews", "letter_edits",
                                     "lineage_links")):
            self.commitments.reload()

    def refresh(self) -> None:
        """Repaint and re-read every view of the annotations: at start, after a restore or a
        palette change, and after another program changed the store."""
        self._pending = None
        store = self.library.annotations
        palette = store.palette()
        if palette != self.palette:
            self.palette = palette
            self.reader.set_palette(palette)
            self._label_colour_actions(palette)
            self.reader.view.context_actions = self.actions.set_colour_actions(
                self.reader.colour_actions)
        if self.reader.letter is not None:
            self.reader.set_annotations(store.annotations(self.reader.letter.id))
        self.letters.model.set_annotation_counts(self.library.annotation_counts())
        self.side.annotations.reload()
        self.side.collections.reload(self.controller.take_collection_to_show())
        if not self.commitments.isHidden():  # the current page of the centre tabs
            self.commitments.reload()
        if self.palette_dialog is not None:
            self.palette_dialog.set_rows(palette)

    def _label_colour_actions(self, palette: list) -> None:
        """The reader's "Mark as …" actions name a default colour in the user's language
        ("Mark as Important"), not by its stored Dutch name."""
        for n, (action, colour) in enumerate(zip(self.reader.colour_actions, palette,
                                                 strict=False), 1):
            label = colour_label(colour.name)
            text = self.reader.tr("Mark as %1").replace("%1", label.replace("&", "&&"))
            action.setText(f"&{n} {text}" if n <= 9 else "&" + text)
            action.setIconText(label)
            tip = colour_meaning(colour) or label
            action.setToolTip(plain_tooltip(f"{tip} ({n})" if n <= 9 else tip))

    def _on_undo_text(self, text: str) -> None:
        self._undo_texts = (text, self._undo_texts[1])
        self._show_undo_texts()

    def _on_redo_text(self, text: str) -> None:
        self._undo_texts = (self._undo_texts[0], text)
        self._show_undo_texts()

    def _show_undo_texts(self) -> None:
        try:
            self.actions.set_undo_texts(*self._undo_texts)
        except RuntimeError:  # the window's actions are gone: it is closing
            pass

    # -- the sort order of the tables, kept in the window's settings -----------------------
    def _sorted_tables(self) -> tuple:
        return (("annotations/sort", self.side.annotations),
                ("commitments/sort", self.commitments))

    def _restore_sorting(self) -> None:
        for key, view in self._sorted_tables():
            value = str(self.settings.value(key, "")) if self.settings is not None else ""
            column, _, order = value.partition(",")
            if column.lstrip("-").isdigit() and order in ("0", "1"):
                view.set_sort_state(int(column), Qt.SortOrder(int(order)))
            header = view.table.horizontalHeader()
            header.sortIndicatorChanged.connect(self._save_sorting)

    def _save_sorting(self) -> None:
        if self.settings is None:
            return
        for key, view in self._sorted_tables():
            column, order = view.sort_state()
            self.settings.setValue(key, f"{column},{order.value}")

    def edit_palette(self) -> None:
        if self.palette_dialog is None:
            self.palette_dialog = PaletteDialog(self.dialog_parent)
            self.palette_dialog.set_requested.connect(self.controller.set_colour)
            self.palette_dialog.remove_requested.connect(self.controller.remove_colour)
        self.palette_dialog.set_rows(self.palette)
        self.palette_dialog.show()

    def _collect_into_new(self, ids: list[str]) -> None:
        """"New collection…" in the browser: make one and add the annotations to it.

        Cancelling the title (or a failed create) adds nothing anywhere.
        """
        collections = self.side.collections
        if not collections.new_collection() or not self.controller.last_collection:
            return
        self.controller.collect(self.controller.last_collection, ids)
        self.side.setCurrentWidget(collections)
