"""The search pane: search as you type, facets, hits with marked snippets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import SearchHit, SearchResult
from desktop_app.ui.colours import error_colour
from desktop_app.ui.safe_text import SafeTextDocument
from desktop_app.ui.search.models import SearchHitModel
from desktop_app.ui.shell.messages import message_text
from desktop_app.ui.widgets import FlowLayout, fit_combo_to_first_item

DEBOUNCE_MS = 250
FACETS = ("year", "dossier", "signatory")


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's rich-text display role (a hit's title and marked snippets)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple[str, int], int] = {}  # (html, width) -> height

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> SafeTextDocument:
        doc = SafeTextDocument()  # a hit's text is the letter's, escaped; and nothing loads
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.widget is not None:
            opt.rect.setWidth(opt.widget.viewport().width())
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", opt.rect.width())
        if key not in self._heights:
            if len(self._heights) > 500:
                self._heights.clear()
            self._heights[key] = int(self._document(opt, index).size().height()) + 4
        return QSize(opt.rect.width(), self._heights[key])


class SearchPane(QWidget):
    """Emits ``search_requested`` (debounced) and ``open_hit_requested``; shows results."""

    search_requested = Signal(str, dict)  # query, facet filters
    open_hit_requested = Signal(object)  # SearchHit

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.result: SearchResult | None = None
        self._failure: object = None  # why the last search failed (show_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._pending = False
        self._busy_timer = QTimer(self)  # say "Searching…" only when it takes a while
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(150)
        self._build_ui()
        self._connect_signals()
        self.show_result(None)

    def _build_ui(self) -> None:
        self.query_box = QLineEdit(self)
        self.query_box.setPlaceholderText(self.tr("Search all letters…"))
        self.query_box.setAccessibleName(self.tr("Search query"))
        self.query_box.setClearButtonEnabled(True)
        self.facet_boxes: dict[str, QComboBox] = {}
        facets = FlowLayout(spacing=4, fill=True)  # below each other when the pane is narrow
        for name, label in zip(FACETS, (self.tr("Any year"), self.tr("Any dossier"),
                                        self.tr("Any signatory")), strict=True):
            box = QComboBox(self)
            box.addItem(label, "")
            box.setAccessibleName(label)
            fit_combo_to_first_item(box)
            facets.addWidget(box)
            self.facet_boxes[name] = box
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("Search status"))
        self.model = SearchHitModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_box)
        layout.addLayout(facets)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        self.setTabOrder(self.query_box, self.facet_boxes["year"])

    def _connect_signals(self) -> None:
        self.query_box.textChanged.connect(self._timer.start)
        self.query_box.returnPressed.connect(self._on_return)
        self._timer.timeout.connect(self.request_search)
        self._busy_timer.timeout.connect(self._show_busy)
        for box in self.facet_boxes.values():
            box.activated.connect(self.request_search)
        self.list.activated.connect(self._on_activated)
        self.list.doubleClicked.connect(self._on_activated)
        self.status.linkActivated.connect(self._on_suggestion)

    def filters(self) -> dict:
        """The chosen facet values (facet name -> value)."""
        return {name: box.currentData() for name, box in self.facet_boxes.items()
                if box.currentData()}

    def request_search(self) -> None:
        """Ask for a search now (the debounce timer and the facet boxes end here)."""
        self._timer.stop()
        self._pending = True
        self._busy_timer.start()
        self.search_requested.emit(self.query_box.text(), self.filters())

    def _show_busy(self) -> None:
        if self._pending:
            self.status.setText(self.tr("Searching…"))

    def focus_query(self) -> None:
        self.query_box.setFocus()
        self.query_box.selectAll()

    # -- results -------------------------------------------------------------------------
    def show_result(self, result: SearchResult | None) -> None:
        """Show a result (None: nothing searched yet)."""
        self.result = result
        self._pending = False
        self._failure = None
        self.model.set_hits(result.hits if result else ())
        self.status.setText(self._status_text(result))
        if result is not None:
            self._fill_facets(result.facets or {})
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def show_error(self, message: object) -> None:
        """Show why searching failed: a text, or a domain error (no index yet …) to word."""
        self._pending = False
        self._failure = message
        self.model.set_hits(())
        self.status.setText(self._error_html(self.message_text(message)))

    def message_text(self, message: object) -> str:
        """A domain message about a query or the index in the user's language (the
        window's catalogue, ``desktop_app/ui/shell/messages.py``, words its code)."""
        return message_text(message)

    def _status_text(self, result: SearchResult | None) -> str:
        if result is None or not result.query.strip():
            return self.tr("Type words to search every letter. Use quotes for a phrase, "
                           "* for a prefix, datum:2021 or van:name to narrow down.")
        lines = []
        if result.error:
            lines.append(self._error_html(self.message_text(result.error)))
        if result.total and result.total_is_estimate:  # a common phrase, counted from a sample
            lines.append(self.tr("About %n letter(s) found", "", result.total))
        elif result.total:
            lines.append(self.tr("%n letter(s) found", "", result.total))
        else:
            lines.append(self.tr("No letters found."))
            if result.suggestion:
                link = f"<a href='suggest'>{_escape(result.suggestion)}</a>"
                lines.append(self.tr("Did you mean %1?").replace("%1", link))
            elif not result.error:  # the error above already says what to change
                lines.append(self.tr("Try fewer or shorter words, or remove a filter."))
        return "<br>".join(lines)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a dark theme: errors in its red
            self.status.setText(self._error_html(self.message_text(self._failure))
                                if self._failure is not None else self._status_text(self.result))

    def _error_html(self, text: str) -> str:
        """An error in red that reads on this pane's background (light or dark palette)."""
        colour = error_colour(self.status.palette()).name()
        return f"<span style='color:{colour}'>{_escape(text)}</span>"

    def _fill_facets(self, facets: dict[str, dict[str, int]]) -> None:
        for name, box in self.facet_boxes.items():
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            values = facets.get(name, {})
            if chosen and chosen not in values:
                values = {chosen: 0, **values}
            for value, count in sorted(values.items()):
                box.addItem(f"{value} ({count})", value)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
            box.blockSignals(False)

    def _on_return(self) -> None:
        if self._timer.isActive() or self.result is None \
                or self.result.query != self.query_box.text():
            self.request_search()
            return
        index = self.list.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        hit: SearchHit = self.model.data(index, SearchHitModel.HIT_ROLE)
        if hit is not None:
            self.open_hit_requested.emit(hit)

    def _on_suggestion(self, _link: str) -> None:
        if self.result and self.result.suggestion:
            self.query_box.setText(self.result.suggestion)
            self.request_search()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
