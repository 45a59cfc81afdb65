"""File → Print… and Print Preview: the letter in the reader on paper.

The printed document is the reader's own HTML (``render.letter_html``: title, date, Kamerstuk,
the text and the footnotes at the end), without its links, laid out by a ``QTextDocument`` on
the printer's pages with "page 3 of 7" in a footer. With highlights the commitments are painted
in their kind's colour (as the reader's legend shows them) and annotations in theirs; search
hits never are. :func:`print_letter` does the printing and takes a ``QPrinter``, so a test
prints to a PDF file without a dialog.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QDialog, QToolBar, QWidget

from desktop_app.model import Letter
from desktop_app.render import (
    Span,
    annotation_spans,
    commitment_spans,
    letter_html,
    list_title,
)

PRINT_POINT_SIZE = 11.0
PRINT_MUTED = "#555555"  # date and Kamerstuk under the title: grey that prints
FOOTER_GAP_LINES = 1.0  # blank space between the text and the footer, in footer lines

# What only a screen needs: named anchors, and the "↩" back links of footnotes. The markup is
# ``render``'s own (letter text in it is escaped), so these patterns match nothing else.
_ANCHOR = re.compile(r'<a name="[^"<>]*"></a>')
_BACK_LINK = re.compile(r' <a href="#ref-\d+-\d+" title="back">↩</a>')
_LINK_OPEN = re.compile(r'<a href="[^"<>]*"')


def tr(text: str) -> str:
    """Translate in the "Printing" context."""
    return QCoreApplication.translate("Printing", text)


def printable_html(letter: Letter, spans: Iterable[Span] = ()) -> str:
    """``letter_html`` for paper: links become plain spans (no link colour, no underline a
    reader could not click), and anchors and footnote back links are left out."""
    markup = letter_html(letter, spans, PRINT_MUTED)
    markup = _BACK_LINK.sub("", _ANCHOR.sub("", markup))
    # every <a> left is a link (named anchors are gone), so each </a> closes one
    return _LINK_OPEN.sub("<span", markup).replace("</a>", "</span>")


def highlight_spans(letter: Letter, annotations: Iterable = (),
                    colours: dict[str, str] | None = None, kinds: Iterable[str] | None = None,
                    possible: bool = True, reviews: dict | None = None) -> list[Span]:
    """The commitments (of ``kinds``, with their ``reviews`` by (start, end)) and the
    annotations, painted as the reader paints them."""
    reviews = reviews or {}
    by_index = {i: reviews[(c.start, c.end)] for i, c in enumerate(letter.commitments)
                if (c.start, c.end) in reviews}
    spans = commitment_spans(letter, kinds, possible=possible, reviews=by_index)
    return spans + annotation_spans(annotations, colours or {})


def print_document(letter: Letter, with_highlights: bool = True,
                   spans: Iterable[Span] | None = None) -> QTextDocument:
    """The document that is printed (``spans`` default to every commitment)."""
    if not with_highlights:
        spans = ()
    elif spans is None:
        spans = commitment_spans(letter)
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(QFont().family(), PRINT_POINT_SIZE))
    doc.setHtml(printable_html(letter, spans))
    return doc


def page_label(page: int, pages: int) -> str:
    """ "page 3 of 7" in the window's language."""
    return tr("page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))


def print_letter(printer: QPrinter, letter: Letter, with_highlights: bool = True,
                 spans: Iterable[Span] | None = None) -> int:
    """Print ``letter`` on ``printer`` with a footer on each page; returns the pages printed.

    ``spans`` are the highlights (default: every commitment); ``with_highlights`` False
    prints the plain text.
    """
    doc = print_document(letter, with_highlights, spans)
    title = list_title(letter.metadata, letter.source) or letter.id
    printer.setDocName(title)
    painter = QPainter()
    if not painter.begin(printer):  # a PDF file that cannot be written, a printer gone
        return 0
    try:
        return _paint_pages(printer, painter, doc, title)
    finally:
        painter.end()


def _paint_pages(printer: QPrinter, painter: QPainter, doc: QTextDocument, title: str) -> int:
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    footer_font = QFont(doc.defaultFont())
    footer_font.setPointSizeF(PRINT_POINT_SIZE * 0.8)
    line = QFontMetricsF(footer_font, printer).lineSpacing()
    body_height = area.height() - line * (1 + FOOTER_GAP_LINES)
    layout = doc.documentLayout()
    layout.setPaintDevice(printer)  # font metrics of the printer, not of the screen
    doc.setPageSize(QSizeF(area.width(), body_height))
    pages = doc.pageCount()
    first, last = printer.fromPage() or 1, min(printer.toPage() or pages, pages)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))  # not a dark theme's
    printed = 0
    for page in range(first, last + 1):
        if printed:
            printer.newPage()
        top = (page - 1) * body_height
        painter.save()
        painter.setClipRect(QRectF(0, 0, area.width(), body_height))
        painter.translate(0, -top)
        context.clip = QRectF(0, top, area.width(), body_height)
        layout.draw(painter, context)
        painter.restore()
        _paint_footer(painter, footer_font, QRectF(0, area.height() - line, area.width(), line),
                      title, page_label(page, pages))
        printed += 1
    return printed


def _paint_footer(painter: QPainter, font: QFont, rect: QRectF, title: str, label: str) -> None:
    """The letter's title (shortened to fit) on the left, "page 3 of 7" on the right."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(PRINT_MUTED))
    metrics = QFontMetricsF(font, painter.device())
    room = rect.width() - metrics.horizontalAdvance(label) - metrics.horizontalAdvance("MM")
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 0)))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.restore()


class PrintController(QObject):
    """Print… and Print Preview for the letter in the reader; enabled while one is open.

    ``highlights`` is a checkable action (File → Print with Highlights, also on the preview's
    toolbar) that says whether the commitment and annotation colours are printed.
    """

    def __init__(self, reader, print_action: QAction, preview_action: QAction,
                 highlights: QAction, parent: QWidget):
        super().__init__(parent)
        self.reader = reader
        self.window = parent
        self.actions = (print_action, preview_action)
        self.highlights = highlights
        self.printer: QPrinter | None = None  # made on first use; keeps the paper chosen
        self.preview: QPrintPreviewDialog | None = None  # while one is open
        self._pages: QPrintPreviewWidget | None = None  # its pages
        print_action.triggered.connect(self.print_)
        preview_action.triggered.connect(self.show_preview)
        # the reader shows another letter (or none): every change of the view's text
        reader.view.textChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        """Printing needs a letter in the reader."""
        for action in self.actions:
            action.setEnabled(self.reader.letter is not None)

    def spans(self) -> list[Span]:
        """What the reader highlights now, but search hits."""
        r = self.reader
        return highlight_spans(r.letter, r.annotations, r.colours, r.legend.visible(),
                               r.legend.show_possible(), r.reviews)

    def html(self) -> str:
        """The HTML printed for the reader's letter now ("" without one)."""
        if self.reader.letter is None:
            return ""
        spans = self.spans() if self.highlights.isChecked() else ()
        return printable_html(self.reader.letter, spans)

    def print_on(self, printer: QPrinter) -> int:
        """Print the reader's letter on ``printer`` as the highlights action says."""
        if self.reader.letter is None:
            return 0
        with_highlights = self.highlights.isChecked()
        return print_letter(printer, self.reader.letter, with_highlights,
                            self.spans() if with_highlights else ())

    def _printer(self) -> QPrinter:
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self.printer

    def print_(self) -> None:
        """File → Print…: the print dialog, then the letter."""
        if self.reader.letter is None:
            return
        dialog = QPrintDialog(self._printer(), self.window)
        dialog.setWindowTitle(tr("Print Letter"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_on(self._printer())
        dialog.deleteLater()

    def make_preview(self) -> QPrintPreviewDialog:
        """The preview dialog, with the highlights switch on its toolbar (not yet shown)."""
        preview = QPrintPreviewDialog(self._printer(), self.window)
        preview.setWindowTitle(tr("Print Preview"))
        preview.paintRequested.connect(self.print_on)
        toolbar = preview.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.highlights)
        self._pages = preview.findChild(QPrintPreviewWidget)
        if self._pages is not None:  # the switch repaints the pages at once
            self.highlights.toggled.connect(self._pages.updatePreview)
        preview.finished.connect(self._preview_closed)
        self.preview = preview
        return preview

    def show_preview(self) -> None:
        """File → Print Preview: the pages as they will print; Print from there prints."""
        if self.reader.letter is None:
            return
        preview = self.make_preview()
        preview.resize(self.window.width() * 3 // 4, self.window.height() * 9 // 10)
        preview.open()

    def _preview_closed(self) -> None:
        preview, self.preview = self.preview, None
        pages, self._pages = self._pages, None
        if pages is not None:
            self.highlights.toggled.disconnect(pages.updatePreview)
        if preview is not None:
            preview.deleteLater()

