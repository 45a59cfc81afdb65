"""A course pack as PDF, laid out by Qt (QTextDocument) and written by QPdfWriter.

The one module outside ``ui/`` that imports Qt (STYLE.md allows a PDF renderer that uses
Qt); it is imported only when a PDF is asked for. QPdfWriter embeds (subsets of) the fonts
used. Pages are painted one by one so each gets a "Pagina N van M" footer; the title page
has none. Safe to call from a worker thread while the GUI runs (QPainter on a QPdfWriter
and a QTextDocument created in that thread); from the command line a QGuiApplication is
created on the offscreen platform when there is no display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop_app.export import wording as w
from desktop_app.export.atomic import write_bytes
from desktop_app.export.html import note_html
from desktop_app.export.pack import CoursePack, ExportCancelled, Passage

SANS = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
SERIF = "'Noto Serif', 'DejaVu Serif', Georgia, 'Times New Roman', serif"
ACCENT = "#154273"
RESOLUTION = 300  # dots per inch for layout; text stays vector in the PDF
_app: QGuiApplication | None = None  # kept alive for the process when we made it


def _pt(points: float) -> str:
    """A CSS length given in points (QTextDocument takes px as CSS pixels, 1/96 inch)."""
    return f"{round(points * 96 / 72)}px"


def ensure_gui_app() -> None:
    """Fonts need a QGuiApplication; make one (offscreen without a display) if none runs."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["desktop-app"])


def _passage(number: int, p: Passage) -> str:
    quote = "".join(f'<p style="margin-bottom:{_pt(3)};">{escape(q)}</p>'
                    for q in w.quote_paragraphs(p.quote))
    parts = [
        f'<h3 style="color:#555555; font-size:10.5pt; margin-top:{_pt(12)}; '
        f'margin-bottom:{_pt(3)};">{escape(w.passage_heading(number, p))}</h3>',
        f'<table width="100%" cellpadding="{round(6 * 96 / 72)}" cellspacing="0">'
        f'<tr><td style="background-color:#f3f6fa; border-left: {_pt(2.5)} solid {ACCENT};'
        f' font-family:{SERIF}; font-size:11pt;">{quote}</td></tr></table>',
        f'<p style="font-size:9pt; color:#444444; margin-top:{_pt(3)};"><b>{w.SOURCE}:</b> '
        f"{escape(p.citation)}</p>",
    ]
    if p.orphan:
        parts.append(f'<p style="font-size:9pt; color:#9a3412;"><i>{escape(w.ORPHAN)}</i></p>')
    if p.note:
        parts.append(f'<p style="font-size:10pt; margin-bottom:0;"><b>'
                     f"{escape(w.note_label(p))}:</b></p>"
                     f'<div style="font-size:10pt;">'
                     f"{note_html(p.note)}</div>")
    if p.tags:
        parts.append(f'<p style="font-size:9pt; color:#555555;"><i>{w.TAGS}: '
                     f"{escape(', '.join(p.tags))}</i></p>")
    return "\n".join(parts)


def _title_page(pack: CoursePack) -> str:
    subtitle = (f'<p style="font-size:15pt; color:#444444;">{escape(pack.subtitle)}</p>'
                if pack.subtitle else "")
    # The first block's top margin is ignored, so an empty paragraph pushes the title down.
    return (f'<p style="margin-bottom:{_pt(150)};">&nbsp;</p>'
            f'<h1 style="font-size:26pt; color:{ACCENT};">'
            f"{escape(pack.title)}</h1>"
            f'<hr style="background-color:{ACCENT}; height:{_pt(1.5)};"/>{subtitle}'
            f'<p style="font-size:10pt; color:#555555; page-break-after:always;">'
            f"{escape(w.colophon(pack))}</p>")


def _h2(text: str, first: bool = False) -> str:
    space = _pt(0 if first else 18)
    return (f'<h2 style="color:{ACCENT}; font-size:16pt; margin-top:{space};">'
            f"{escape(text)}</h2>")


def pack_html(pack: CoursePack) -> str:
    """The pack as the HTML subset QTextDocument lays out well."""
    body = [_title_page(pack)]
    first = True
    if pack.introduction.strip():
        body += [_h2(w.INTRODUCTION, True), note_html(pack.introduction)]
        first = False
    for heading, items in w.numbered(pack):
        body.append(_h2(w.section_heading(heading), first))
        first = False
        body += [_passage(n, p) for n, p in items]
    return "<html><body>" + "\n".join(body) + "</body></html>"


def _writer(device: QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(22, 20, 22, 14), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Kamerbrieven")
    return writer


def _font(size: float) -> QFont:
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(size)
    return font


def _document(pack: CoursePack, writer: QPdfWriter, size: QSizeF) -> QTextDocument:
    """The laid-out document; fonts are measured at the writer's resolution."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(_font(10.5))
    doc.setDocumentMargin(0)
    doc.setHtml(pack_html(pack))
    doc.setPageSize(size)
    _keep_together(doc)
    return doc


def _unit_starts(doc: QTextDocument) -> list[QTextBlock]:
    """Blocks that start a unit to keep on one page: a passage heading (h3), or a section
    heading (h2) together with the passage heading right after it."""
    starts: list[QTextBlock] = []
    previous = 0
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3) and not (level == 3 and previous == 2):
            starts.append(block)
        if block.text().strip():
            previous = level
        block = block.next()
    return starts


def _keep_together(doc: QTextDocument, share: float = 0.6) -> None:
    """Start a passage on a new page when it would break across two and is short.

    QTextDocument has no "keep together"; a page break before the unit does it. Passages
    longer than ``share`` of a page may break (moving them would leave a half-empty page).
    """
    layout = doc.documentLayout()
    page_h = doc.pageSize().height()
    starts = _unit_starts(doc)
    for i, block in enumerate(starts):
        top = layout.blockBoundingRect(block).top()
        bottom = (layout.blockBoundingRect(starts[i + 1]).top() if i + 1 < len(starts)
                  else layout.documentSize().height())
        crosses = int(top // page_h) != int((bottom - 1) // page_h)
        if crosses and bottom - top < page_h * share:
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(fmt)


def _footer(painter: QPainter, rect: QRectF, page: int, pages: int) -> None:
    painter.setFont(_font(8.5))
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                     f"{w.PAGE} {page} van {pages}")


def _paint(doc: QTextDocument, writer: QPdfWriter, footer: QRectF,
           progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
    page_h = doc.pageSize().height()
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if cancelled():
                raise ExportCancelled()
            progress(page, pages)
            if page:
                writer.newPage()
            painter.save()
            painter.translate(QPointF(0, -page * page_h))
            doc.drawContents(painter, QRectF(0, page * page_h, doc.pageSize().width(), page_h))
            painter.restore()
            if page:  # no number on the title page
                _footer(painter, footer, page + 1, pages)
        progress(pages, pages)
    finally:
        painter.end()


def write_pdf(pack: CoursePack, out: str | os.PathLike[str], *,
              progress: Callable[[int, int], None] = lambda done, total: None,
              cancelled: Callable[[], bool] = lambda: False) -> None:
    """Lay out the pack and write it as an A4 PDF with page numbers, atomically.

    The PDF is made in memory and then written by Python: QPdfWriter says nothing when
    the disk is full, Python raises (a clear ExportError, and no half-written file).
    """
    ensure_gui_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, pack.title)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_h = RESOLUTION * 0.3  # 0.3 inch for the page number line
    body = QSizeF(area.width(), area.height() - footer_h)
    footer = QRectF(0, body.height(), area.width(), footer_h)
    _paint(_document(pack, writer, body), writer, footer, progress, cancelled)
    del writer  # flushes the last of the PDF into the buffer
    buffer.close()
    write_bytes(out, bytes(buffer.data()))
