"""The letter list, the reader and the side tabs side by side in one splitter: the list and
the side tabs can be hidden (View menu), a side tab that needs more room gets it and gives it
back, and the first real width of the window is shared out."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from desktop_app.ui.widgets import PaneToggle, grow_pane
from desktop_app.ui.window_state import default_sizes


class PaneLayout(QObject):
    """How the splitter's panes share the width; the window keeps the panes themselves."""

    def __init__(self, splitter: QSplitter, letters: QWidget, side, show_letters: QAction,
                 show_side: QAction, parent: QObject | None = None):
        super().__init__(parent)
        self.splitter, self.side = splitter, side
        self.letters_toggle = PaneToggle(splitter, letters, show_letters)
        self.side_toggle = PaneToggle(splitter, side, show_side)
        self.sized = False  # the splitter has sizes (restored, or shared out when first shown)
        self._side_width = 0  # the side tabs' width before a wide tab widened them
        side.pane_requested.connect(self.side_toggle.reveal)
        side.currentChanged.connect(self.make_room_for_side_pane)
        splitter.splitterMoved.connect(self._forget_side_width)

    @property
    def toggles(self) -> tuple[PaneToggle, PaneToggle]:
        return self.letters_toggle, self.side_toggle

    def shown(self) -> None:
        """The window is shown: nothing restored, so share its first real width out."""
        if not self.sized:
            self.sized = True
            self.splitter.setSizes(default_sizes(self.splitter.width()))

    def make_room_for_side_pane(self, _index: int = 0) -> None:
        """The annotation browser is wider than the search: widen the side tabs for it (from
        the list and the reader) rather than let it scroll sideways, and give the room back
        on the way back to a narrower tab (unless the user has moved the panes meanwhile)."""
        if not self.side_toggle.is_shown():
            return
        need = self.side.needed_width()
        width = self.splitter.sizes()[self.splitter.indexOf(self.side)]
        if need > width:
            self._side_width = self._side_width or width
            grow_pane(self.splitter, self.side, need)
        elif self._side_width and need <= self._side_width:
            grow_pane(self.splitter, self.side, self._side_width, shrink_to=True)
            self._side_width = 0

    def _forget_side_width(self, *_args) -> None:
        self._side_width = 0  # the user sized the panes: theirs from now on
