"""Build small real PDFs for tests with Qt: text placed in points from the page's top left,
in a chosen size and weight, superscript marks, and rules (the line above footnotes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class Text:
    """A run of text whose baseline starts at (x, y) points from the top left."""

    x: float
    y: float
    text: str
    size: float = 8.5
    bold: bool = False


@dataclass
class Sup:
    """A superscript mark drawn right after the run before it on the same line."""

    text: str


@dataclass
class Rule:
    """A horizontal line (the short rule above a page's footnotes)."""

    x: float
    y: float
    width: float = 140.0


def line(x: float, y: float, *parts: str | Sup, size: float = 8.5, bold: bool = False
         ) -> list[Text]:
    """A line of text with superscript marks in it: 'grondstoffen', Sup('1'), '. Versnellen'."""
    out: list[Text] = []
    cursor = x
    for part in parts:
        if isinstance(part, Sup):
            small = size * 0.6
            out.append(Text(cursor, y - size * 0.35, part.text, small, bold))
            cursor += advance(part.text, small, bold)
        else:
            out.append(Text(cursor, y, part, size, bold))
            cursor += advance(part, size, bold)
    return out


def advance(text: str, size: float, bold: bool = False) -> float:
    """How far ``text`` reaches on a 72 dpi page, in points."""
    from PySide6.QtGui import QFontMetricsF, QImage

    page = QImage(1, 1, QImage.Format.Format_RGB32)
    page.setDotsPerMeterX(round(72 / 0.0254))
    page.setDotsPerMeterY(round(72 / 0.0254))
    return QFontMetricsF(_font(size, bold), page).horizontalAdvance(text)


def _font(size: float, bold: bool):
    from PySide6.QtGui import QFont

    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def write_pdf(path: Path, pages: list[list[Text | Rule]]) -> Path:
    """Draw the pages into an A4 PDF at 72 dpi (so painter units are points)."""
    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(writer)
    for n, items in enumerate(pages):
        if n:
            writer.newPage()
        for item in items:
            if isinstance(item, Rule):
                painter.setPen(QPen(painter.pen().color(), 0.5))
                painter.drawLine(QPointF(item.x, item.y), QPointF(item.x + item.width, item.y))
                continue
            painter.setFont(_font(item.size, item.bold))
            painter.drawText(QPointF(item.x, item.y), item.text)
    painter.end()
    del painter, writer  # release Qt objects now, not during interpreter shutdown
    return path


# A ministry letter's page: text column from x=80, letterhead column from x=470 in small type,
# 'Pagina n van N' at the bottom of that column.
LEFT, COLUMN, PITCH = 80.0, 470.0, 13.0


def letterhead(page: int, pages: int, *, first: bool) -> list[Text | Rule]:
    """The letterhead column of a Rijksoverheid letter; page 1 has the full address."""
    items: list[Text | Rule] = []
    rows = ["Ministerie van", "Infrastructuur en", "Waterstaat"]
    if first:
        rows += ["", "Rijnstraat 8", "2515 XP Den Haag", "Postbus 20901", "2500 EX Den Haag"]
    rows += ["", "Kenmerk", "IENW/BSK-2023/1234"]
    if first:
        rows += ["", "Bijlage(n)", "2"]
    for i, row in enumerate(rows):
        if row:
            items.append(Text(COLUMN, 120 + 9 * i, row, 6.0, bold=row in (
                "Ministerie van", "Infrastructuur en", "Waterstaat", "Kenmerk", "Bijlage(n)")))
    items.append(Text(COLUMN, 815, f"Pagina {page} van {pages}", 6.0))
    return items


Row = str | tuple | None  # text, parts with Sup marks, or a blank line


def body(rows: list[Row], top: float = 120.0, *, x: float = LEFT, size: float = 8.5,
         bold: bool = False, pitch: float = PITCH) -> list[Text | Rule]:
    """Body lines from ``top`` down, one per ``pitch``; None leaves a blank line; a tuple of
    strings and Sup marks is one line with footnote marks in it."""
    items: list[Text | Rule] = []
    for i, row in enumerate(rows):
        y = top + pitch * i
        if isinstance(row, tuple):
            items.extend(line(x, y, *row, size=size, bold=bold))
        elif row is not None:
            items.append(Text(x, y, row, size, bold))
    return items


def notes(rows: list[Row], top: float = 740.0) -> list[Text | Rule]:
    """Footnotes under a short rule at the page bottom, in 8 pt type: a row ``(Sup('1'),
    ' Zie …')`` starts a note, a string continues it."""
    items: list[Text | Rule] = [Rule(LEFT, top - 12)]
    for i, row in enumerate(rows):
        y = top + 10 * i
        if isinstance(row, tuple):
            items.extend(line(LEFT, y, *row, size=7.0))
        elif row is not None:
            items.append(Text(LEFT, y, row, 7.0))
    return items
