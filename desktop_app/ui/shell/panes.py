"""The letter list, the reader and the side tabs side by side in one splitter: the list and
the side tabs can be hidden (View menu), and the first real width of the window is shared
out with at least half of it for the reader. Changing the side tab never moves the panes:
the side tabs keep one width whatever tab is in front (a wide tab scrolls sideways)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QWidget

from desktop_app.ui.shell.pane_toggle import PaneToggle
from desktop_app.ui.shell.window_state import default_sizes


class PaneLayout(QObject):
    """How the splitter's panes share the width; the window keeps the panes themselves."""

    def __init__(self, splitter: QSplitter, letters: QWidget, side, show_letters: QAction,
                 show_side: QAction, parent: QObject | None = None):
        super().__init__(parent)
        self.splitter, self.side = splitter, side
        self.letters_toggle = PaneToggle(splitter, letters, show_letters)
        self.side_toggle = PaneToggle(splitter, side, show_side)
        self.sized = False  # the splitter has sizes (restored, or shared out when first shown)
        side.pane_requested.connect(self.side_toggle.reveal)

    @property
    def toggles(self) -> tuple[PaneToggle, PaneToggle]:
        return self.letters_toggle, self.side_toggle

    def shown(self) -> None:
        """The window is shown: nothing restored, so share its first real width out."""
        if not self.sized:
            self.sized = True
            self.splitter.setSizes(default_sizes(self.splitter.width(),
                                                 self.side.preferred_width()))
