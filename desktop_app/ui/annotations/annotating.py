"""The annotation verbs of the window: each runs store writes as one undoable step.

Annotation writes are fast SQLite transactions, so they run in the GUI thread on the
window's own ``Library``. Every verb is one store call (one transaction, one history entry)
run through :class:`StoreUndoStack`; the store announces what it changed and the views update
those rows (see ``annotation_wiring.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.errors import NotFound
from desktop_app.model import Annotation, Letter
from desktop_app.store import sharing
from desktop_app.store.annotations import ColleagueAnnotation
from desktop_app.ui.annotations.annotation_dialogs import ask_note_and_tags
from desktop_app.ui.annotations.palette_words import colour_label
from desktop_app.ui.shell.undo import StoreUndoStack

COLLECTION_VERBS = ("create_collection", "update_collection", "delete_collection",
                    "add_to_collection", "move_item", "remove_item", "move_collection")


class AnnotationController(QObject):
    """Annotate, edit, tag, recolour, delete, re-attach, collect, review: all undoable.

    The reader (selection, current annotation) and the browser (selected rows) say what a
    verb applies to; the controller only reads them and never wires them to each other.
    """

    info = Signal(str)  # a hint for the message bar ("select a passage first")
    deleted = Signal(int)  # so many annotations were deleted (the window offers Undo)

    def __init__(self, library, reader, browser, dialog_parent: QWidget,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.store = library.annotations
        self.reader = reader
        self.browser = browser
        self.dialog_parent = dialog_parent
        self.undo = StoreUndoStack(self.store, self)
        self.changed = self.undo.changed
        self.failed = self.undo.failed
        # The collection the newest "create_collection" made ("" after a cancel or a failure)
        # and, once, the one the collections pane should move to (see take_collection_to_show).
        self.last_collection = ""
        self._show_collection = ""

    # -- what the window's actions apply to ----------------------------------------------
    def mark(self, colour: str) -> None:
        """Keys 1–9 / toolbar: mark the selection, or recolour the current annotation."""
        r = self.reader
        span = r.selection_span()
        if r.letter is not None and span is not None and not self._is_current(span):
            ann = self.annotate(r.letter, *span, colour)
            if ann is not None:
                self.select(ann.id)
        elif r.current_annotation:
            self.recolour([r.current_annotation], colour)
        else:
            self.info.emit(self.tr("Select a passage in the letter first."))

    def select(self, annotation_id: str) -> None:
        """Make an annotation current in the reader and select it in the browser."""
        self.reader.current_annotation = annotation_id
        self.browser.select(annotation_id)

    def _is_current(self, span: tuple[int, int]) -> bool:
        current = self.reader.annotation(self.reader.current_annotation)
        return current is not None and (current.start, current.end) == span

    def _fresh_span(self) -> tuple[int, int] | None:
        """The reader's selection when it is not the current annotation's passage."""
        span = self.reader.selection_span()
        if span is None or self.reader.letter is None or self._is_current(span):
            return None
        return span

    def edit_note(self, focus: str = "note") -> None:
        """Ctrl+M: the note (and tags) of the current annotation or of the selection.

        A fresh selection is only marked when the dialog is confirmed (Cancel leaves no
        highlight and no undo step behind).
        """
        focus = focus if isinstance(focus, str) else "note"
        span = self._fresh_span()
        if span is not None and self.store.palette():
            self.annotate_with_note(self.reader.letter, *span, focus)
            return
        ids = self.browser.selected_ids()
        target = self.reader.current_annotation or (ids[0] if ids else "")
        if target:
            self.edit(target, focus)
        else:
            self.info.emit(self.tr("Select a passage or an annotation first."))

    def edit_tags(self) -> None:
        self.edit_note("tags")

    def delete_current(self) -> None:
        """Delete (the key or the menu): the rows selected in the annotation browser when it
        has the focus, else the reader's current annotation (else the browser's rows)."""
        focus = QApplication.focusWidget()
        in_browser = focus is not None and _contains(self.browser, focus)
        if in_browser:
            ids = self.browser.selected_ids()
        elif self.reader.current_annotation:
            ids = [self.reader.current_annotation]
        elif focus is not None and _contains(self.reader, focus):
            ids = []  # the reader has the focus: never delete rows the reader does not show
        else:
            ids = self.browser.selected_ids()
        if ids:
            self.delete(ids)
        else:
            self.info.emit(self.tr("Click an annotation in the letter, or select one in the "
                                   "Annotations tab, then delete it."))

    def reattach_to_selection(self, annotation_id: str) -> None:
        span = self.reader.selection_span()
        if span is None or self.reader.letter is None:
            self.info.emit(self.tr("Select the passage in the letter first, then re-attach."))
            return
        self.reattach(annotation_id, self.reader.letter, *span)

    # -- annotations ---------------------------------------------------------------------
    def annotate(self, letter: Letter, start: int, end: int, color: str) -> Annotation | None:
        """Annotate ``letter.text[start:end]`` in a palette colour."""
        return self.undo.run(self.tr("Mark “%1”").replace("%1", _short(letter.text[start:end])),
                             lambda: self.store.add(letter.id, letter.text, start, end,
                                                    color=color))

    def annotate_with_note(self, letter: Letter, start: int, end: int,
                           focus: str = "note") -> Annotation | None:
        """Ask for a note and tags for ``letter.text[start:end]``; mark it (first colour) with
        them in one undoable step on OK, and leave nothing behind on Cancel."""
        palette = self.store.palette()
        draft = Annotation(id="", letter_id=letter.id, start=start, end=end,
                           quote=letter.text[start:end], prefix="", suffix="",
                           color=palette[0].name, note="", tags=(), author="", created="",
                           modified="", status="ok")
        answer = ask_note_and_tags(self.dialog_parent, draft, self.store.tags(), focus)
        if answer is None:
            return None
        note, tags = answer
        ann = self.undo.run(self.tr("Mark “%1”").replace("%1", _short(draft.quote)),
                            lambda: self.store.add(letter.id, letter.text, start, end,
                                                   color=draft.color, note=note, tags=tags))
        if ann is not None:
            self.select(ann.id)
        return ann

    def edit(self, annotation_id: str, focus: str = "note") -> bool:
        """Ask for the note and tags of an annotation and save them (a colleague's is
        refused before the dialog opens: nothing typed is lost)."""
        if self.refuse_colleagues([annotation_id]):
            return False
        ann = self.store.get(annotation_id)
        answer = ask_note_and_tags(self.dialog_parent, ann, self.store.tags(), focus)
        if answer is None:
            return False
        note, tags = answer
        if note == ann.note and tuple(tags) == ann.tags:
            return False
        self.undo.run(self.tr("Edit note and tags"),
                      lambda: self.store.update(annotation_id, note=note, tags=tags))
        return True

    def refuse_colleagues(self, ids: list[str]) -> bool:
        """True (and ``failed`` says why, naming the colleague) when any of ``ids`` is a
        colleague's annotation, shared through the team folder and read-only here."""
        found = sharing.colleague_authors(self.store, ids)
        if not found:
            return False
        key, (_person, name) = next(iter(found.items()))
        self.failed.emit(ColleagueAnnotation(
            f"Annotation {key} is {name}'s, read from the shared pack folder: it is "
            "read-only here.", annotation=key, author=name))
        return True

    def recolour(self, ids: list[str], color: str) -> None:
        if self.refuse_colleagues(ids):
            return
        self.undo.run(self.tr("Mark %n annotation(s) as %1", "", len(ids))
                      .replace("%1", colour_label(color)),
                      lambda: self.store.recolour_many(ids, color))

    def add_tag(self, ids: list[str], tag: str) -> None:
        if self.refuse_colleagues(ids):
            return
        self.undo.run(self.tr("Tag %n annotation(s)", "", len(ids)),
                      lambda: self.store.tag_many(ids, add=[tag]))

    def delete(self, ids: list[str]) -> None:
        """Delete at once, no question asked: one store change, one undo step; ``deleted``
        lets the window offer to undo it."""
        if self.refuse_colleagues(ids):
            return
        count = self.undo.run(self.tr("Delete %n annotation(s)", "", len(ids)),
                              lambda: self.store.delete_many(ids))
        if count:
            self.deleted.emit(count)

    def reattach(self, annotation_id: str, letter: Letter, start: int, end: int) -> None:
        self.undo.run(self.tr("Re-attach annotation"),
                      lambda: self.store.reattach(annotation_id, letter.text, start, end))

    # -- palette, collections, reviews ---------------------------------------------------
    def set_colour(self, name: str, hex_value: str, meaning: str) -> None:
        self.undo.run(self.tr("Change colour %1").replace("%1", colour_label(name)),
                      lambda: self.store.set_palette_color(name, hex_value, meaning))

    def remove_colour(self, name: str) -> None:
        self.undo.run(self.tr("Remove colour %1").replace("%1", colour_label(name)),
                      lambda: self.store.remove_palette_color(name))

    def change_collection(self, verb: str, kwargs: dict) -> None:
        """Run a collection verb of the store (or ``add_annotations``, several at once)."""
        if verb == "add_annotations":
            cid, ids, at = kwargs["collection_id"], kwargs["annotation_ids"], kwargs["position"]
            self.undo.run(self.tr("Add %n annotation(s) to a collection", "", len(ids)),
                          lambda: self.store.add_many_to_collection(cid, ids, at))
            return
        if verb not in COLLECTION_VERBS:
            raise ValueError(f"not a collection verb: {verb}")
        if verb == "create_collection":
            self.last_collection = ""

        def change():
            result = getattr(self.store, verb)(**kwargs)
            if verb == "create_collection":
                # set before ``changed`` fires, so the refresh it starts shows the new one
                self.last_collection = self._show_collection = result.id
            return result

        self.undo.run(self._collection_label(verb, kwargs), change)

    def _collection_label(self, verb: str, kwargs: dict) -> str:
        """What Edit → Undo says for a collection verb ("Undo Delete collection “Week 1”")."""
        title = kwargs.get("title", "")
        if not title and kwargs.get("collection_id"):
            try:
                title = self.store.collection(kwargs["collection_id"]).title
            except NotFound:
                title = ""
        labels = {
            "create_collection": self.tr("New collection “%1”"),
            "update_collection": (self.tr("Edit the introduction of “%1”")
                                  if "introduction" in kwargs and "title" not in kwargs
                                  else self.tr("Rename collection “%1”")),
            "delete_collection": self.tr("Delete collection “%1”"),
            "add_to_collection": (self.tr("Add a heading to “%1”") if "heading" in kwargs
                                  else self.tr("Add to “%1”")),
            "move_item": self.tr("Move an item in “%1”"),
            "remove_item": self.tr("Remove an item from “%1”"),
            "move_collection": self.tr("Move collection “%1”"),
        }
        return labels[verb].replace("%1", _short(title))

    def take_collection_to_show(self) -> str:
        """The collection just created, once (the pane selects it); else "" (keep the choice)."""
        collection_id, self._show_collection = self._show_collection, ""
        return collection_id

    def collect(self, collection_id: str, ids: list[str]) -> None:
        """Add annotations at the end of a collection."""
        at = len(self.store.collection(collection_id).items)
        self.change_collection("add_annotations", {"collection_id": collection_id,
                                                   "annotation_ids": ids, "position": at})

    def review(self, rows: list, fields: dict) -> None:
        """Store a review of each commitment row (one undoable step)."""
        self.undo.run(self.tr("Review %n commitment(s)", "", len(rows)),
                      lambda: self._review_rows(rows, fields))

    def _review_rows(self, rows: list, fields: dict) -> None:
        texts: dict[str, str] = {}  # the reviews remember their commitment's context
        for r in rows:
            if r.letter_id not in texts:
                texts[r.letter_id] = self.library.letter(r.letter_id).text
            self.store.review_row(r, letter_text=texts[r.letter_id], **fields)


def _contains(widget, focus) -> bool:
    """``focus`` is ``widget`` or inside it."""
    return focus is widget or (hasattr(widget, "isAncestorOf") and widget.isAncestorOf(focus))


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
