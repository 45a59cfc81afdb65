"""How the letter list, the reader and the side tabs share the window (ui/shell/panes.py,
ui/shell/window_state.py): the reader gets at least half, keeps its width whatever side tab is in
front, and a saved layout that squeezed the reader is not brought back (issue 19)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.shell.window_state import default_sizes

SIZES = [(1366, 768), (1920, 1080)]


def _settled(window) -> bool:
    splitter = window.splitter
    handles = sum(splitter.handle(i).width() for i in range(1, splitter.count())
                  if not splitter.widget(i).isHidden())
    return sum(splitter.sizes()) + handles == splitter.width()


def _resize(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height
                    and window.centralWidget().width() == width and _settled(window))


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_reader_gets_at_least_half_the_window(lang_window, qtbot, width, height):
    window = lang_window
    _resize(window, qtbot, width, height)
    assert window.reader.width() >= 0.5 * window.centralWidget().width(), \
        window.splitter.sizes()
    # the list and the side tabs keep a usable width beside it
    assert window.letters.width() >= window.letters.minimumSizeHint().width()
    assert window.side.width() >= window.side.minimumSizeHint().width()
    assert window.letters.width() >= 0.2 * width and window.side.width() >= 0.2 * width


@pytest.mark.parametrize(("width", "height"), [*SIZES, (1024, 700)])
def test_changing_the_side_tab_does_not_move_the_reader(lang_window, qtbot, width, height):
    window = lang_window
    _resize(window, qtbot, width, height)
    reader, sizes = window.reader.width(), window.splitter.sizes()
    side = window.side
    for pane in [*side.panes(), side.panes()[0]]:
        side.setCurrentWidget(pane)
        QApplication.processEvents()  # any layout the change asks for is done
        assert side.currentWidget() is pane
        assert window.reader.width() == reader, type(pane).__name__
        assert window.splitter.sizes() == sizes, type(pane).__name__


def test_the_side_panel_prefers_one_width_for_every_tab(window):
    side = window.side
    widths = set()
    for pane in side.panes():
        side.setCurrentWidget(pane)
        widths.add((side.preferred_width(), side.sizeHint().width()))
    assert len(widths) == 1
    (preferred, hint), = widths
    assert preferred == hint >= max(p.minimumSizeHint().width() for p in side.panes())


def _restart_with_sizes(make_window, library, qtbot, sizes):
    first = make_window(library)
    # inside the offscreen screen (800 wide), so the geometry is restored as is
    _resize(first, qtbot, 790, 540)
    first.splitter.setSizes(sizes)
    saved = first.splitter.sizes()
    first.close()
    return saved, make_window(library)


def test_a_saved_layout_with_a_cramped_reader_is_not_restored(make_window, library, qtbot,
                                                              settings):
    saved, second = _restart_with_sizes(make_window, library, qtbot, [330, 100, 330])
    assert saved[1] < 0.34 * sum(saved)  # an older version's layout: the reader a strip
    qtbot.waitUntil(lambda: _settled(second))
    assert second.splitter.sizes() != saved
    assert second.reader.width() >= 0.5 * second.centralWidget().width()
    second.close()  # the new layout is saved in its place
    assert settings.value("window/splitter") is not None


def test_a_layout_the_user_chose_is_kept(make_window, library, qtbot):
    saved, second = _restart_with_sizes(make_window, library, qtbot, [250, 300, 200])
    assert 0.35 < saved[1] / sum(saved) < 0.5  # narrower than the default, but a choice
    assert second.splitter.sizes() == saved


@pytest.mark.parametrize("width", [900, 1024, 1366, 1920, 2560])
def test_default_sizes_share_the_width(width):
    letters, reader, side = default_sizes(width, side_width=420)
    assert letters + reader + side == width
    assert reader >= 0.5 * width and side <= 420 and letters >= side
    assert default_sizes(width, side_width=10)[2] == 10  # a narrow panel gets what it asks



def test_the_annotations_tab_fits_its_narrow_pane(lang_window, qtbot):
    """At 1366 px the side panel is about 320 px: the filters and buttons of the annotation
    browser wrap onto more lines instead of running off its right edge."""
    window = lang_window
    _resize(window, qtbot, 1366, 768)
    panel = window.annotations
    window.side.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.width() > 0)
    QApplication.processEvents()
    controls = [panel.scope, panel.sort, panel.filter_box, panel.tag_combo, panel.colour_combo,
                panel.author_combo, panel.since_combo, panel.tag_button, panel.colour_button,
                panel.collect_button, panel.delete_button, panel.export_button]
    side = window.side  # what shows of the tab (a wider tab would scroll inside it)
    side_right = side.mapTo(window, side.rect().topRight()).x()
    for control in controls:
        right = control.mapTo(window, control.rect().topRight()).x()
        assert right <= side_right, (control.accessibleName() or control.text(), right,
                                     side_right)
