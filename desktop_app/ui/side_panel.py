"""The side tabs beside the reader: search, the annotation browser and collections."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from desktop_app.ui.annotations_panel import AnnotationsPanel
from desktop_app.ui.collections_view import CollectionsView
from desktop_app.ui.search_pane import SearchPane

MIN_CHARS = 34  # the panel's minimum width in average characters (a search hit still reads)


class SidePanel(QTabWidget):
    """Holds the three side panes; the window wires their signals.

    Each pane sits in a scroll area, so the panel can be narrower than a pane's widest row
    of buttons (that row then scrolls sideways) and the reader keeps the room. The tab
    methods take the panes themselves (``setCurrentWidget(panel.annotations)``).
    """

    pane_requested = Signal()  # a pane was brought to the front: the panel should be shown

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("side-tabs")
        # a narrow panel shortens the tab titles rather than hide a tab behind arrows
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.search = SearchPane(self)
        self.annotations = AnnotationsPanel(library, self)
        self.collections = CollectionsView(library, self)
        self._areas: dict[QWidget, QScrollArea] = {}
        for pane, title in ((self.search, self.tr("Search")),
                            (self.annotations, self.tr("Annotations")),
                            (self.collections, self.tr("Collections"))):
            area = QScrollArea(self)
            area.setWidget(pane)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the pane, not here
            self._areas[pane] = area
            self.addTab(area, title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_CHARS)

    def panes(self) -> list[QWidget]:
        return list(self._areas)

    def needed_width(self) -> int:
        """The width at which the current pane shows whole (no sideways scrolling)."""
        pane = self.currentWidget()
        area = self._areas.get(pane)
        if pane is None or area is None:
            return self.minimumSizeHint().width()
        chrome = self.width() - area.viewport().width()
        return max(self.minimumSizeHint().width(), pane.minimumSizeHint().width() + chrome)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt name
        super().setCurrentWidget(self._areas.get(widget, widget))
        self.pane_requested.emit()

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt name
        return self.widget(self.currentIndex())

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt name
        return super().indexOf(self._areas.get(widget, widget))
