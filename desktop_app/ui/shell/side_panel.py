"""The side tabs beside the reader: search, the annotation browser and collections."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QTabWidget, QWidget

from desktop_app.ui.annotations.annotations_panel import AnnotationsPanel
from desktop_app.ui.collections.collections_view import CollectionsView
from desktop_app.ui.search.search_pane import SearchPane

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

    def preferred_width(self) -> int:
        """The width at which every pane shows whole (no sideways scrolling): one width for
        all tabs, so bringing another tab to the front never moves the reader."""
        # the tab frame around the pages (all pages share one geometry) and room for a
        # vertical scroll bar: the same whatever page is in front
        page = super().widget(self.currentIndex())
        chrome = max(0, self.width() - page.width()) if page is not None and page.width() else 0
        chrome += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        widest = max((pane.minimumSizeHint().width() for pane in self._areas), default=0)
        return max(self.minimumSizeHint().width(), widest + chrome)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # the same for every tab (QTabWidget's own hint follows its pages' hints)
        return QSize(self.preferred_width(), super().sizeHint().height())

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
