"""The side tabs beside the reader: search, the annotation browser and collections."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.ui.annotations_panel import AnnotationsPanel
from desktop_app.ui.collections_view import CollectionsView
from desktop_app.ui.search_pane import SearchPane


class SidePanel(QTabWidget):
    """Holds the three side panes; the window wires their signals."""

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("side-tabs")
        self.search = SearchPane(self)
        self.annotations = AnnotationsPanel(library, self)
        self.collections = CollectionsView(library, self)
        for pane, title in ((self.search, self.tr("Search")),
                            (self.annotations, self.tr("Annotations")),
                            (self.collections, self.tr("Collections"))):
            self.addTab(pane, title)
