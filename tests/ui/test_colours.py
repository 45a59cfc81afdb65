"""Colours that read on a light and a dark palette (overdue status, Undo/Redo icons), and the
default annotation colours named in the user's language rather than by their stored names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QStyleFactory

from desktop_app.model import PaletteColor
from desktop_app.ui.annotations.palette_words import colour_label, colour_meaning
from desktop_app.ui.colours import contrast_ratio as contrast
from desktop_app.ui.colours import luminance
from desktop_app.ui.colours import readable_in_tables as readable_colour
from desktop_app.ui.commitments.models import OVERDUE_RED

SEED_004 = "kst-19637-2764"
_Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    """The dark palette the reviewer used (Fusion colours, as a dark desktop sets them)."""
    p = QPalette()
    for role, colour in ((_Role.Window, "#2b2b2b"), (_Role.WindowText, "#e6e6e6"),
                         (_Role.Base, "#1f1f1f"), (_Role.AlternateBase, "#262626"),
                         (_Role.Text, "#e6e6e6"), (_Role.Button, "#353535"),
                         (_Role.ButtonText, "#e6e6e6"), (_Role.Highlight, "#3d6fb4"),
                         (_Role.HighlightedText, "#ffffff")):
        p.setColor(role, QColor(colour))
    return p


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


@pytest.fixture
def app_palette(qapp):
    """Set the application palette for one test; the old one comes back afterwards."""
    old = qapp.palette()
    yield qapp.setPalette
    qapp.setPalette(old)


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_overdue_text_has_enough_contrast(palette):
    p = palette()
    colour = readable_colour(OVERDUE_RED, p)
    for role in (_Role.Base, _Role.AlternateBase):
        assert contrast(colour, p.color(role)) >= 4.5, (colour.name(), role)
    assert colour.red() > colour.green() and colour.red() > colour.blue()  # still a red


def test_the_fixed_red_was_unreadable_on_the_dark_palette():
    assert contrast(QColor(OVERDUE_RED), dark_palette().color(_Role.Base)) < 3


def test_the_overview_paints_overdue_in_the_readable_red(window, app_palette):
    app_palette(dark_palette())
    view = window.commitments
    window.actions.show_commitments.trigger()
    view.overdue_check.setChecked(True)
    model = view.model
    assert model.rowCount() > 0
    colour = model.data(model.index(0, 6), Qt.ItemDataRole.ForegroundRole)
    assert contrast(colour, QColor("#1f1f1f")) >= 4.5


def _ink(icon: QIcon, mode=QIcon.Mode.Normal) -> float:
    """The mean luminance of an icon's drawn (opaque) pixels."""
    image = icon.pixmap(24, 24, mode).toImage()
    values = [luminance(image.pixelColor(x, y)) for x in range(image.width())
              for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
    assert values, "the icon draws nothing"
    return sum(values) / len(values)


def test_undo_and_redo_icons_follow_the_palette(window):
    actions = window.actions
    window.setPalette(dark_palette())  # the palette-change event redraws them
    for action in (actions.undo, actions.redo):
        assert _ink(action.icon()) > 0.6  # light ink on the dark toolbar
    window.setPalette(light_palette())
    for action in (actions.undo, actions.redo):
        assert _ink(action.icon()) < 0.1  # dark ink on a light one
        assert not action.icon().pixmap(24, 24, QIcon.Mode.Disabled).isNull()


# -- the default colours in the user's language ------------------------------------------

def test_default_colours_have_english_labels_and_meanings():
    assert [colour_label(n) for n in ("belangrijk", "vraag", "lesmateriaal", "kritiek")] == [
        "Important", "Question", "Course material", "Critique"]
    assert colour_label("debat") == "debat"  # the user's own colour keeps its name
    seeded = PaletteColor("lesmateriaal", "#89e03e", "Lesmateriaal: voor een cursusmap", 2)
    assert colour_meaning(seeded) == "Course material: a passage for a collection"
    typed = PaletteColor("vraag", "#30dce8", "Open vraag", 1)
    assert colour_meaning(typed) == "Open vraag"


def test_the_window_names_default_colours_in_english(window, library, qtbot):
    actions = [a.text() for a in window.reader.colour_actions]
    assert actions == ["&1 Mark as Important", "&2 Mark as Question",
                       "&3 Mark as Course material", "&4 Mark as Critique"]
    assert window.reader.colour_actions[0].iconText() == "Important"  # the toolbar
    assert window.reader.colour_actions[2].toolTip() == (
        "Course material: a passage for a collection (3)")
    window.open_letter(SEED_004)
    text = window.reader.letter.text
    library.annotations.add(SEED_004, text, 0, 20, color="kritiek")
    window.refresh_annotations()
    panel = window.annotations
    assert panel.model.data(panel.model.index(0, 0)) == "Critique"
    assert [panel.colour_combo.itemText(i) for i in range(panel.colour_combo.count())][1:] == [
        "Important", "Question", "Course material", "Critique"]
    assert panel.colour_combo.itemData(4) == "kritiek"  # the filter uses the stored name
    assert [a.text() for a in panel.colour_button.menu().actions()][0] == "Important"
    window.actions.edit_palette.trigger()
    dialog = window.palette_dialog
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.data(model.index(0, 1)) == "Important"
    assert model.data(model.index(0, 3)) == "Important: key passage"
    assert library.annotations.palette()[0].name == "belangrijk"  # stored data unchanged


def test_the_reader_names_an_annotation_by_its_colour_label(lang_window, library):
    window = lang_window
    window.open_letter(SEED_004)
    ann = library.annotations.add(SEED_004, window.reader.letter.text, 0, 20,
                                  color="belangrijk", tags=["thema/asiel"])
    window.refresh_annotations()
    title = window.reader.annotation_title(ann)
    assert colour_label("belangrijk") in title and "#thema/asiel" in title
    assert ("Important" in title) != ("Belangrijk" in title)  # one language, not the stored name
    window.reader.view.highlighted.emit(window.reader.annotation_url(ann.id))
    assert colour_label("belangrijk") in window.reader.details.text()
    assert "belangrijk" not in window.reader.details.text()


def test_confirming_the_shown_meaning_writes_nothing(window, library, qtbot, monkeypatch):
    window.actions.edit_palette.trigger()
    dialog = window.palette_dialog
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    seen = []
    monkeypatch.setattr("desktop_app.ui.annotations.annotation_dialogs.ask_text",
                        lambda parent, title, label, text="", **k: seen.append(text) or text)
    dialog.meaning_button.click()
    assert seen == ["Important: key passage"]
    assert library.annotations.palette()[0].meaning == "Belangrijk: kernpassage"
    assert window.annotating.undo.count() == 0


def test_model_tester_passes_for_the_sorted_views(window, qtmodeltester):
    for table in (window.commitments.table, window.annotations.table,
                  window.annotations.orphans):
        qtmodeltester.check(table.model())
