"""What the window calls the palette's colours: default names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.model import PaletteColor
from desktop_app.store.annotation_schema import SEEDED_MEANINGS


def _palette_words() -> dict[str, tuple[str, str]]:
    """The label and meaning shown for each default colour (translated in the "Palette"
    context; the stored names and meanings are the user's data and stay as they are)."""
    # QCoreApplication.translate written out, so that lupdate finds the texts
    return {
        "belangrijk": (QCoreApplication.translate("Palette", "Important"),
                       QCoreApplication.translate("Palette", "Important: key passage")),
        "vraag": (QCoreApplication.translate("Palette", "Question"),
                  QCoreApplication.translate("Palette", "Question: to ask or look into")),
        "lesmateriaal": (QCoreApplication.translate("Palette", "Course material"),
                         QCoreApplication.translate(
                             "Palette", "Course material: a passage for a collection")),
        "kritiek": (QCoreApplication.translate("Palette", "Critique"),
                    QCoreApplication.translate("Palette", "Critique: weak point or risk")),
    }


def colour_label(name: str) -> str:
    """What the window calls a palette colour: a default name in the user's language, any
    other (the user's own) name as it is stored."""
    words = _palette_words().get(name)
    return words[0] if words else name


def colour_meaning(colour: PaletteColor) -> str:
    """The meaning shown for a colour: a default one still as seeded is translated."""
    words = _palette_words().get(colour.name)
    if words and colour.meaning in SEEDED_MEANINGS.get(colour.name, ()):
        return words[1]
    return colour.meaning
