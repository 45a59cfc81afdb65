"""A splitter pane's View-menu toggle, and growing a pane at its neighbours' expense."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QSplitter,
    QWidget,
)


class PaneToggle(QObject):
    """A View-menu action that shows or hides one pane of a splitter.

    The action stays checked only while the pane is on screen: a pane dragged down to nothing
    counts as hidden (and is disabled, so Tab does not walk into it); dragging it out again or
    the action brings it back at its former width.
    """

    def __init__(self, splitter: QSplitter, pane: QWidget, action: QAction):
        super().__init__(action)
        self.splitter, self.pane, self.action = splitter, pane, action
        self._width = 0  # its width before it was hidden
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(self.set_shown)
        splitter.splitterMoved.connect(self.sync)

    def _size(self) -> int:
        return self.splitter.sizes()[self.splitter.indexOf(self.pane)]

    def is_shown(self) -> bool:
        return not self.pane.isHidden() and self._size() > 0

    def set_shown(self, shown: bool) -> None:
        """Show the pane (at its former width) or hide it; its neighbours take the room."""
        if shown != self.is_shown():
            if shown:
                self._show()
            else:
                self._width = self._size() or self._width
                self.pane.hide()
        self.sync()

    def reveal(self) -> None:
        """Show the pane when an action needs it (its shortcut, a search …)."""
        if not self.is_shown():
            self.set_shown(True)

    def _show(self) -> None:
        """Back at the width it had (its neighbours give it back, the widest first)."""
        self.pane.setEnabled(True)
        self.pane.show()
        width = max(self._width, self.pane.minimumSizeHint().width())
        grow_pane(self.splitter, self.pane, width, shrink_to=True)

    def sync(self, *_args) -> None:
        """Follow the splitter: a collapsed pane is disabled and its action unchecked."""
        collapsed = not self.pane.isHidden() and self._size() == 0
        self.pane.setEnabled(not collapsed)
        self.action.blockSignals(True)
        self.action.setChecked(self.is_shown())
        self.action.blockSignals(False)


def grow_pane(splitter: QSplitter, pane: QWidget, width: int, shrink_to: bool = False) -> None:
    """Make ``pane`` ``width`` wide (or wider: only grow, unless ``shrink_to``). The other
    shown panes give (or get) the difference in proportion to their room above their
    minimum width, so showing a pane again brings back the layout it was hidden from."""
    sizes = splitter.sizes()
    i = splitter.indexOf(pane)
    need = width - sizes[i]
    if need == 0 or (need < 0 and not shrink_to):
        return
    others = [k for k in range(len(sizes)) if k != i and sizes[k] > 0]
    spare = {k: max(0, sizes[k] - splitter.widget(k).minimumSizeHint().width()) for k in others}
    if need < 0:  # room to give away: by the sizes of the others
        spare = {k: sizes[k] for k in others}
    total = sum(spare.values())
    if total <= 0:
        return
    need = max(need, -total) if need < 0 else min(need, total)
    given = 0
    for n, k in enumerate(others):
        share = need - given if n == len(others) - 1 else round(need * spare[k] / total)
        sizes[k] -= share
        given += share
    sizes[i] += given
    splitter.setSizes(sizes)
