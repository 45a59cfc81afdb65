"""Colours that read well on the palette in use, light or dark (WCAG 2 contrast)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5  # WCAG AA for body text
ERROR_RED = "#c0392b"


def luminance(colour: QColor) -> float:
    """The relative luminance of a colour (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` with ``amount`` (0–1) of ``b`` blended in."""
    return QColor.fromRgbF(*(x + (y - x) * amount for x, y in
                             zip((a.redF(), a.greenF(), a.blueF()),
                                 (b.redF(), b.greenF(), b.blueF()), strict=True)))


def readable(colour: QColor, background: QColor | Sequence[QColor],
             minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, made lighter on a dark background (darker on a light one) until it has
    at least ``minimum`` contrast against ``background`` (against each, given several: a
    table's rows and alternate rows); its hue is kept. When that way cannot get there, the
    other way is tried, and last black or white."""
    backgrounds = (tuple(QColor(b).name() for b in background)
                   if isinstance(background, Sequence) and not isinstance(background, str)
                   else (QColor(background).name(),))
    return QColor(_readable(QColor(colour).name(), backgrounds, minimum))


@lru_cache(maxsize=256)
def _readable(colour_name: str, background_names: tuple[str, ...], minimum: float) -> str:
    colour = QColor(colour_name)
    backgrounds = [QColor(b) for b in background_names]

    def enough(candidate: QColor) -> bool:
        return min(contrast_ratio(candidate, b) for b in backgrounds) >= minimum

    if enough(colour):
        return colour.name()
    hue, saturation, lightness, _ = colour.getHslF()
    hue = max(hue, 0.0)  # -1 for greys
    lighter_first = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    for lighten in (lighter_first, not lighter_first):
        for step in range(1, 51):
            value = lightness + step * 0.02 if lighten else lightness - step * 0.02
            # in whole 8-bit steps, as it will be painted
            candidate = QColor(QColor.fromHslF(hue, saturation,
                                               min(1.0, max(0.0, value))).name())
            if enough(candidate):
                return candidate.name()
            if not 0.0 < value < 1.0:
                break
    return max((QColor("black"), QColor("white")),
               key=lambda c: min(contrast_ratio(c, b) for b in backgrounds)).name()


def error_colour(palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The red for error texts, readable on ``role`` of ``palette`` (light and dark)."""
    return readable(QColor(ERROR_RED), palette.color(role))


def readable_in_tables(colour: QColor | str, palette: QPalette | None = None) -> QColor:
    """``colour`` as text in a table: readable on its rows and its alternate rows."""
    palette = palette or QGuiApplication.palette()
    return readable(QColor(colour), [palette.color(QPalette.ColorRole.Base),
                                     palette.color(QPalette.ColorRole.AlternateBase)])
