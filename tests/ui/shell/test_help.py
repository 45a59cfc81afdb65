"""Help → Getting Started (F1) and Help → Keyboard Shortcuts, in English and Dutch."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from desktop_app.ui.shell import help as help_pages


def _dialog(window, name):
    return window.findChild(help_pages.HelpDialog, name)


def test_f1_opens_getting_started_in_the_window_language(lang_window, qtbot):
    window = lang_window
    assert window.findChild(help_pages.HelpDialog) is None
    action = window.actions.getting_started
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert action in window.actions.menus  # in the Help menu
    action.trigger()
    dialog = _dialog(window, "getting-started")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    dutch = window.actions.tr("&File") == "&Bestand"  # the window speaks Dutch
    assert ("Aan de slag" in text) == dutch
    assert dialog.windowTitle() == ("Aan de slag" if dutch else "Getting Started")
    assert ("Import Files" in text) != dutch and ("Bestanden importeren" in text) == dutch
    action.trigger()  # a second F1 brings the same page forward
    assert len(window.findChildren(help_pages.HelpDialog)) == 1


def test_the_shortcut_sheet_lists_the_keys_of_the_menus(lang_window):
    window = lang_window
    sections = dict(help_pages.shortcut_sections(window.menuBar()))
    rows = {name: keys for section in sections.values() for name, keys in section}
    menu_titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert set(sections) - {help_pages.QCoreApplication.translate("Help", "In the letter")} \
        <= set(menu_titles)
    open_key = QKeySequence(QKeySequence.StandardKey.Open).toString(
        QKeySequence.SequenceFormat.NativeText)
    import_name = next(n for n in rows if "import" in n.lower() and "…" in n
                       and rows[n] == open_key)
    assert import_name in ("Import Files…", "Bestanden importeren…")
    assert rows.get("Esc") is None and "Esc" in rows.values()
    # the colour actions: "1" marks in the first colour, named without its "&1 " number
    assert any(keys == "1" and not name[0].isdigit() for name, keys in rows.items())
    assert "Ctrl+Z" in rows.values() and "F1" in rows.values()


def test_the_shortcut_sheet_escapes_colour_names():
    page = help_pages.shortcuts_html([("Annotate", [("Mark as <img src=x>", "1")])])
    assert "<img" not in page and "&lt;img src=x&gt;" in page


def test_help_pages_load_nothing_from_outside(qtbot):
    browser = help_pages.HelpBrowser()
    qtbot.addWidget(browser)
    for url in ("file:///etc/passwd", "https://example.org/x.png", "/dev/zero"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_every_language_has_its_getting_started_page():
    folder = help_pages.resources_dir() / "help"
    pages = {p.name for p in folder.glob("getting-started_*.html")}
    assert pages == {"getting-started_en.html", "getting-started_nl.html"}
