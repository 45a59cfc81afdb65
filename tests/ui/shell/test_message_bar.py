"""Messages after the UX review: the message bar (clears, moves the layout only to make
room, palette colours), error reds that read on light and dark palettes, and empty states
that name the menus as they are."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop_app.ui import colours
from desktop_app.ui.shell.help import plain_text

SEED_004 = "kst-19637-2764"
EXPORTED = ("Exported 3 passages to <code>/tmp/x.docx</code>. "
            "<a href='file:///tmp'>Open folder</a>")

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
}


def _palette(window, theme: str) -> QPalette:
    palette = QPalette(window.style().standardPalette())
    if theme == "dark":
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
    return palette


def _luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance (computed here, not with the code under test)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(x / 255) for x in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_contrast_helper_agrees():
    assert colours.contrast_ratio(QColor("#c0392b"), QColor("#2b2b2b")) == pytest.approx(
        _contrast(QColor("#c0392b"), QColor("#2b2b2b")), abs=0.01)
    assert _contrast(QColor("#c0392b"), QColor("#2b2b2b")) < 4.5  # the old red on dark


# -- 4. the message bar ---------------------------------------------------------------------

def test_a_message_that_fits_beside_the_tabs_does_not_move_the_panes(window, qapp):
    tabs, letters = window.tabs.geometry(), window.letters.mapTo(window, window.rect().topLeft())
    bar = window.message_bar
    for text, kind in ((EXPORTED, "info"), ("Short.", "error")):
        bar.show_message(text, kind)
        qapp.processEvents()
        assert bar.isVisible() and bar.text() == text
        assert window.tabs.geometry() == tabs
        assert window.letters.mapTo(window, window.rect().topLeft()) == letters
        tab_bar = window.tabs.tabBar()
        last_tab = tab_bar.tabRect(tab_bar.count() - 1)
        # beside the tabs, not over them
        assert bar.geometry().left() > tab_bar.mapTo(bar.parentWidget(), last_tab.topRight()).x()
        assert bar.geometry().bottom() <= window.tabs.geometry().top() + tab_bar.height()
    bar.dismiss()
    qapp.processEvents()
    assert window.tabs.geometry() == tabs


def test_a_long_message_makes_room_instead_of_covering_the_panes(window, qapp):
    tabs = window.tabs.geometry()
    bar = window.message_bar
    bar.show_message("Import failed: " + "a reason " * 40, "error")
    qapp.processEvents()
    assert bar.isVisible() and bar.height() > window.tabs.tabBar().height()
    assert window.tabs.geometry().top() > bar.geometry().bottom()  # below it, not under it
    assert window.tabs.geometry().height() == tabs.height() - (window.tabs.geometry().top()
                                                                - tabs.top())
    window.resize(window.width() - 200, window.height())  # narrower: taller, still no overlap
    qapp.processEvents()
    assert window.tabs.geometry().top() > bar.geometry().bottom()
    window.resize(window.width() + 200, window.height())
    qapp.processEvents()
    bar.dismiss()
    qapp.processEvents()
    assert window.tabs.geometry() == tabs
    bar.show_message("Short.", "error")  # and a short one floats again
    qapp.processEvents()
    assert window.tabs.geometry() == tabs


def test_an_info_message_goes_after_a_while_an_error_stays(window):
    bar = window.message_bar
    bar.show_message(EXPORTED, "info")
    assert bar.timer.isActive() and bar.timer.interval() >= 8000
    bar.timer.timeout.emit()  # the time is up
    assert not bar.isVisible() and bar.text() == ""
    bar.show_message("The letter is gone.", "error")
    assert not bar.timer.isActive()
    assert bar.close_button.isVisible()
    bar.close_button.click()
    assert not bar.isVisible()


def test_the_next_action_clears_an_info_message_not_an_error(window):
    bar = window.message_bar
    bar.show_message(EXPORTED, "info")
    window.letters.select(SEED_004)  # the user chooses a letter
    assert window.reader.letter.id == SEED_004
    assert bar.text() == ""
    bar.show_message("Import failed: broken.pdf", "error")
    window.letters.select("kst-19637-3003")
    assert bar.text() == "Import failed: broken.pdf"
    bar.dismiss()
    bar.show_message(EXPORTED, "info")
    window.rebuild_index()  # a job starts: the old result is history
    assert bar.text() == ""


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["info", "error"])
def test_message_colours_come_from_the_palette(window, qapp, theme, kind):
    window.setPalette(_palette(window, theme))
    bar = window.message_bar
    bar.show_message(EXPORTED, kind)
    qapp.processEvents()
    painted = bar.grab().toImage().pixelColor(5, bar.height() // 2)
    own = bar.label.palette()
    text = own.color(QPalette.ColorRole.WindowText)
    link = own.color(QPalette.ColorRole.Link)
    assert _contrast(text, painted) >= 4.5
    assert _contrast(link, painted) >= 4.5  # "Open folder"
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    if theme == "dark":  # a tint of the dark window, not a light box that glares
        assert _luminance(painted) < 0.1
    assert _contrast(painted, window_colour) < 1.6  # a tint, not a foreign colour
    window.setPalette(QPalette())


@pytest.mark.parametrize(("colour", "background"), [
    ("#c0392b", "#2b2b2b"), ("#c0392b", "#ffffff"), ("#0000ff", "#1f1f1f"),
    ("#e6e6e6", "#f0f0f0"), ("#777777", "#777777"),
])
def test_readable_reaches_the_contrast(colour, background):
    out = colours.readable(QColor(colour), QColor(background))
    assert _contrast(out, QColor(background)) >= 4.5


# -- 5. error reds on light and dark --------------------------------------------------------

@pytest.mark.parametrize("theme", ["light", "dark"])
def test_search_errors_are_readable(window, theme):
    window.setPalette(_palette(window, theme))
    status = window.search.status
    background = status.palette().color(QPalette.ColorRole.Window)
    window.search.show_error("The search index is damaged.")
    colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", status.text()).group(1)
    assert _contrast(QColor(colour), background) >= 4.5
    window.search.query_box.setText('"asiel AND (')
    window.search.request_search()
    colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", status.text()).group(1)
    assert _contrast(QColor(colour), background) >= 4.5
    window.setPalette(QPalette())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_not_found_is_red_and_readable(window, theme):
    window.setPalette(_palette(window, theme))
    reader = window.reader
    window.open_letter(SEED_004)
    reader.show_find()
    reader.find_box.setText("qqxyzzy")
    box = reader.find_box.palette()
    assert _contrast(box.color(QPalette.ColorRole.Text), box.color(QPalette.ColorRole.Base)) \
        >= 4.5
    status = reader.find_count.palette()  # "No matches"
    assert _contrast(status.color(QPalette.ColorRole.WindowText),
                     status.color(QPalette.ColorRole.Window)) >= 4.5
    window.setPalette(QPalette())


# -- 8. empty states name the menus as they are ---------------------------------------------

@pytest.mark.parametrize(("lang", "files", "folder"), [
    ("en", "File → Import Files…", "File → Import Folder…"),
    ("nl", "Bestand → Bestanden importeren…", "Bestand → Map importeren…"),
])
def test_the_empty_list_and_reader_name_the_import_menus(make_window, tmp_path, qapp, lang,
                                                         files, folder):
    from desktop_app.library import Library
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, lang)
    library = Library(tmp_path / "empty", seed=False)
    try:
        window = make_window(library)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        texts = {plain_text(m.title()) + " → " + plain_text(a.text())
                 for m in menus for a in m.actions()}
        assert {files, folder} <= texts  # the paths are the menus' own
        empty = window.letters.empty.text()
        assert files in empty and folder in empty and "→ Import," not in empty
        assert "…." not in empty
        reader = window.reader.view.toPlainText()
        assert files in reader and folder in reader
    finally:
        library.close()
        for t in translators:
            qapp.removeTranslator(t)


@pytest.mark.parametrize("query", ["van:", "datum:[2021 TO", "OR"])
def test_a_query_with_nothing_searchable_gets_no_advice_about_word_count(window, query):
    window.search.query_box.setText(query)
    window.search.request_search()
    status = window.search.status.text()
    assert window.search.result is not None and window.search.result.error
    assert "No letters found" in status
    assert "Try fewer or shorter words" not in status


def test_a_clean_query_without_hits_still_gets_the_advice(window):
    window.search.query_box.setText("qqqqzzzz xxyyzz")
    window.search.request_search()
    status = window.search.status.text()
    assert "No letters found" in status
    assert "Did you mean" in status or "Try fewer or shorter words" in status


@pytest.mark.parametrize("width", [800, 1000, 1400])
def test_a_standing_long_message_settles(window, qtbot, monkeypatch, width):
    # placing the bar used to change its margins back and forth, and every change placed it
    # again: the window spun at 100 % CPU for as long as a long message stood
    window.resize(width, 774)
    qtbot.waitUntil(lambda: window.width() == width)
    bar = window.message_bar
    calls = []
    place = bar.place
    monkeypatch.setattr(bar, "place", lambda: (calls.append(1), place()))
    bar.show_message("Import failed: " + "a reason " * 40, "error")
    qtbot.waitUntil(lambda: window.tabs.geometry().top() > bar.geometry().bottom())
    # counted in rounds of the event loop, not in milliseconds: a spinning bar places itself
    # again in every round however busy the machine is, a settled one never
    _drain_events(rounds=50)
    settled = len(calls)
    _drain_events(rounds=50)
    assert len(calls) == settled and settled < 20
    assert window.tabs.geometry().top() > bar.geometry().bottom()


def _drain_events(rounds: int) -> None:
    """Deliver every posted event (layout requests, resizes) ``rounds`` times over."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def test_a_message_with_line_breaks_makes_room_too(window, qtbot):
    # an import report is several short lines: it must not float over the side tabs
    tabs = window.tabs.geometry()
    bar = window.message_bar
    bar.show_message("Import finished: 0 new.\n1 file could not be read:\n/tmp/a.pdf: damaged.",
                     "error")
    qtbot.waitUntil(lambda: window.tabs.geometry().top() > bar.geometry().bottom())
    bar.dismiss()
    qtbot.waitUntil(lambda: window.tabs.geometry() == tabs)


def test_a_file_name_with_markup_shows_as_text_and_loads_nothing(window, qtbot, tmp_path):
    # a file named like markup must be shown as its characters, not rendered (an <img> would
    # make Qt read the file it names)
    from PySide6.QtCore import Qt

    hostile = str(tmp_path / "brief<img src=/dev/zero>.pdf")
    window._show_error(f"Cannot read {hostile}: the file is damaged.")
    bar = window.message_bar
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=/dev/zero>" in bar.text()
    window._show_report("Import finished: 1 new.<br>a &lt;b&gt; name", "info")
    assert bar.label.textFormat() == Qt.TextFormat.RichText


def test_the_message_bar_opens_only_local_folders(window, monkeypatch, tmp_path):
    from desktop_app.ui.shell import message_bar

    opened = []
    monkeypatch.setattr(message_bar.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()))
    bar = window.message_bar
    for url in ("file:///etc/passwd", "https://example.org", "javascript:alert(1)",
                tmp_path.as_uri() + "/missing"):
        bar._open_link(url)
    assert opened == []
    bar._open_link(tmp_path.as_uri())
    assert opened == [tmp_path.as_uri()]
