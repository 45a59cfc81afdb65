"""Help → Getting Started (F1) and Help → Keyboard Shortcuts.

The getting-started page is a file in ``resources/help/`` per language; which one is read is
itself a translated text, so it follows the language the window speaks. The shortcut sheet is
made from the window's own menus when it opens, so it lists exactly the keys that work, in the
words of the menus.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import resources_dir


def plain_text(text: str) -> str:
    """An action's or menu's text without its ``&`` mnemonic (``&&`` is a literal ``&``)."""
    return re.sub(r"&(.)", r"\1", text)


def getting_started_path() -> Path:
    """The getting-started page in the window's language (English when there is none)."""
    # The Dutch translation of this text names the Dutch page.
    name = QCoreApplication.translate("Help", "getting-started_en.html")
    path = resources_dir() / "help" / Path(name).name
    return path if path.is_file() else resources_dir() / "help" / "getting-started_en.html"


def extra_keys() -> list[tuple[str, str]]:
    """Keys that are not menu actions: (what it does, key)."""
    return [
        (QCoreApplication.translate("Help", "Close the find bar and return to the letter"),
         "Esc"),
        (QCoreApplication.translate("Help", "Zoom the letter"),
         QCoreApplication.translate("Help", "Ctrl+mouse wheel")),
    ]


def shortcut_sections(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per menu (in menu order): the actions that have keys, with every key they answer to."""
    sections = []
    for top in menu_bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        rows = []
        for action in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts() if not k.isEmpty()]
            if action.isSeparator() or not keys:
                continue
            rows.append((_action_name(action.text()), ", ".join(keys)))
        if rows:
            sections.append((plain_text(menu.title()), rows))
    sections.append((QCoreApplication.translate("Help", "In the letter"), extra_keys()))
    return sections


def _action_name(text: str) -> str:
    """A menu text without its access key and without the "&1 " number of colour actions."""
    name = plain_text(text)
    head, _, rest = name.partition(" ")
    return rest if head.isdigit() and rest else name


def shortcuts_html(sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """The shortcut sheet as HTML (every text escaped: colour names are the user's)."""
    heading = QCoreApplication.translate("Help", "Keyboard Shortcuts")
    out = [f"<h2>{html.escape(heading)}</h2><table cellspacing='0' cellpadding='3'>"]
    for title, rows in sections:  # one table, so the keys line up across the sections
        out.append(f"<tr><td colspan='2' style='padding-top:10px'><b><big>"
                   f"{html.escape(title)}</big></b></td></tr>")
        out.extend(f"<tr><td style='padding-right:24px'>{html.escape(name)}</td>"
                   f"<td><b>{html.escape(keys)}</b></td></tr>" for name, keys in rows)
    out.append("</table>")
    return "".join(out)



class HelpBrowser(QTextBrowser):
    """Shows the app's own help text: loads nothing from outside, follows no link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url) -> object:  # noqa: N802 - Qt override
        return None  # the help pages have no images or style sheets to fetch


class HelpDialog(QDialog):
    """A help page in a resizable, non-modal window."""

    def __init__(self, title: str, page_html: str, parent: QWidget | None = None,
                 object_name: str = "help"):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.browser = HelpBrowser(self)
        self.browser.setAccessibleName(title)
        document = QTextDocument(self.browser)
        document.setHtml(page_html)
        self.browser.setDocument(document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 80
        self.resize(width, int(width * 1.1))


def show_getting_started(parent: QWidget) -> HelpDialog:
    """Open (or bring forward) the getting-started page."""
    page = getting_started_path().read_text(encoding="utf-8")
    title = QCoreApplication.translate("Help", "Getting Started")
    return _show(parent, "getting-started", title, page)


def show_shortcuts(parent: QWidget, menu_bar: QMenuBar) -> HelpDialog:
    """Open (or bring forward) the keyboard shortcut sheet, made from the menus now."""
    page = shortcuts_html(shortcut_sections(menu_bar))
    title = QCoreApplication.translate("Help", "Keyboard Shortcuts")
    return _show(parent, "keyboard-shortcuts", title, page)


def _show(parent: QWidget, name: str, title: str, page: str) -> HelpDialog:
    existing = parent.findChild(HelpDialog, name)
    if existing is not None:
        existing.browser.document().setHtml(page)
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = HelpDialog(title, page, parent, name)
    dialog.show()
    return dialog
