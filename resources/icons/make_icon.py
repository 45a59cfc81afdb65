"""Draw the application icon (a letter with a highlighted line) as PNG sizes and an .ico.

Usage: QT_QPA_PLATFORM=offscreen python resources/icons/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """The icon at ``size`` pixels: a blue tile, a white letter, lines, one highlighted."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.fillPath(tile, QColor("#154273"))  # Rijksoverheid blue
    page = QPainterPath()
    page.addRoundedRect(QRectF(60 * s, 36 * s, 136 * s, 184 * s), 10 * s, 10 * s)
    p.fillPath(page, QColor("#ffffff"))
    p.fillRect(QRectF(76 * s, 104 * s, 104 * s, 22 * s), QColor("#ffd54f"))  # a commitment
    pen = QPen(QColor("#5a6b7d"), max(1.0, 8 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for y, right in ((70, 180), (115, 170), (160, 180), (190, 140)):
        p.drawLine(int(84 * s), int(y * s), int(right * s), int(y * s))
    p.end()
    return image


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        draw(size).save(str(HERE / f"app-{size}.png"))
    draw(256).save(str(HERE / "app.ico"))
    print(f"wrote {len(SIZES)} PNG sizes and app.ico to {HERE}")


if __name__ == "__main__":
    main()
