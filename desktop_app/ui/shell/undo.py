"""A QUndoStack over the annotation store's own history.

The store records every change and can undo/redo them; its history is the truth. Each
command on this stack stands for the store history entries one user action wrote (a bulk
recolour writes several). Undoing a command asks the store to undo exactly that many
entries, after checking that the newest entry in the store is still this command's: if
something else wrote in between (a re-import re-anchoring annotations, another window), the
window's stack no longer matches the store and is cleared instead of undoing the wrong change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.errors import UserError


class StoreCommand(QUndoCommand):
    """History entries ``entry_ids`` of the store, undone and redone as one step."""

    def __init__(self, stack: StoreUndoStack, label: str, entry_ids: list[int]):
        super().__init__(label)
        self.stack = stack
        self.entry_ids = entry_ids
        self._applied = True  # the change was made before the command was pushed

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the store already did it
            self._applied = False
            return
        self.stack.step(undo=False, count=len(self.entry_ids))

    def undo(self) -> None:
        self.stack.step(undo=True, count=len(self.entry_ids))


class StoreUndoStack(QUndoStack):
    """Runs store changes as undoable commands; ``changed`` fires after every change."""

    changed = Signal()
    failed = Signal(object)  # the UserError (the window words its code)
    reset = Signal(str)  # the stack was cleared because the store changed elsewhere

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store

    def run(self, label: str, change: Callable[[], Any]) -> Any:
        """Run ``change`` (one or more store writes) and push it as one undoable step.

        Returns what ``change`` returned, or None when it failed (``failed`` says why).
        """
        before = self._newest_id()
        try:
            result = change()
        except UserError as exc:
            self.failed.emit(exc)
            result = None
        new = [e.id for e in self.store.history(limit=1000, own=True)
               if e.id > before and e.state == "done"]
        if new:
            self.push(StoreCommand(self, label, sorted(new)))
            self.changed.emit()
        return result

    def undo_step(self) -> bool:
        """Ctrl+Z: undo the newest command if the store still agrees it is the newest."""
        if not self.canUndo():
            return False
        command = self.command(self.index() - 1)
        done = [e.id for e in self.store.history(limit=1000, own=True) if e.state == "done"]
        if not done or max(done) != command.entry_ids[-1]:
            return self._reset()
        self.undo()
        return True

    def redo_step(self) -> bool:
        """Ctrl+Shift+Z: redo the next command if the store's redo chain still starts there."""
        if not self.canRedo():
            return False
        command = self.command(self.index())
        undone = [e.id for e in self.store.history(limit=1000, own=True) if e.state == "undone"]
        if not undone or min(undone) != command.entry_ids[0]:
            return self._reset()
        self.redo()
        return True

    def step(self, *, undo: bool, count: int) -> None:
        """Undo or redo ``count`` store entries (called by the commands)."""
        try:
            for _ in range(count):
                entry = self.store.undo() if undo else self.store.redo()
                if entry is None:
                    break
        except UserError as exc:
            self.failed.emit(exc)
        self.changed.emit()

    def _newest_id(self) -> int:
        entries = self.store.history(limit=1, own=True)
        return entries[0].id if entries else 0

    def _reset(self) -> bool:
        self.clear()
        self.reset.emit(self.tr("The annotations were changed elsewhere (for example by "
                                "re-importing a letter), so there is nothing to undo here."))
        return False


class UndoOffer(QObject):
    """"3 annotations deleted — Undo" in the message bar after a delete: nothing is asked
    before it, and its Undo undoes that delete, as long as it is still the latest step (any
    later step, or Ctrl+Z, takes the offer away)."""

    def __init__(self, bar, stack: StoreUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.bar = bar
        self.stack = stack
        self._index = -1  # the stack's index right after the offered step; -1: no offer
        self._shown = ""  # the offer as the bar shows it
        stack.indexChanged.connect(self._on_index_changed)

    def deleted(self, count: int) -> None:
        """Offer to undo the step just pushed, which deleted ``count`` annotations."""
        self._index = self.stack.index()
        self.bar.show_message(self.tr("%n annotation(s) deleted", "", count), "info",
                              action=(self.tr("Undo"), self.undo))
        self._shown = self.bar.text()

    def undo(self) -> bool:
        """The bar's Undo: undo the delete if nothing came after it."""
        if self._index < 1 or self.stack.index() != self._index:
            self._index = -1
            return False
        self._index = -1
        return self.stack.undo_step()

    def _on_index_changed(self, index: int) -> None:
        if self._index >= 0 and index != self._index:
            self._index = -1
            if self.bar.text() == self._shown:  # not a message shown since
                self.bar.dismiss()
