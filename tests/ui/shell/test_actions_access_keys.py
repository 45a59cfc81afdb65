"""No two controls shown together share an Alt access key: within each menu, and within
each pane of annotating (its buttons and check boxes, with the menu bar's titles beside
them), in English and in Dutch."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

# A Dutch text of the fix (merged into the .qm by the lead): without it, the .qm is older.
PROBE = ("CommitmentsView", "Reo&pen")


def access_key(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    found = defaultdict(list)
    for text in texts:
        if key := access_key(text):
            found[key].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


def _menu_bar(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _check(window, qtbot) -> None:
    for entry in window.menuBar().actions():
        texts = [a.text() for a in entry.menu().actions() if not a.isSeparator()]
        assert clashes(texts) == {}, entry.text()
    for pane in (window.annotations, window.collections, window.commitments):
        buttons = [b.text() for b in pane.findChildren(QAbstractButton)]
        assert clashes(_menu_bar(window) + buttons) == {}, type(pane).__name__
    window.actions.edit_palette.trigger()
    qtbot.addWidget(window.palette_dialog)
    buttons = [b.text() for b in window.palette_dialog.findChildren(QAbstractButton)]
    assert clashes(buttons) == {}


@pytest.fixture
def installed(qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = []

    def install(lang):
        translators.extend(install_translators(qapp, lang))

    yield install
    for t in translators:
        qapp.removeTranslator(t)


def test_the_reviewers_clashes_are_found():
    assert clashes(["&Overdue", "Re&open"]) == {"o": ["&Overdue", "Re&open"]}
    assert clashes(["Tom && Jerry", "&Tag"]) == {}


def test_english_access_keys_are_unique(make_window, library, installed, qtbot):
    installed("en")
    window = make_window(library)
    assert window.commitments.reopen_button.text() == "Reo&pen"
    _check(window, qtbot)


def test_dutch_access_keys_are_unique(make_window, library, installed, qtbot):
    installed("nl")
    # the Dutch texts must be in the shipped .qm (resources/i18n/update_translations.py)
    assert QCoreApplication.translate(*PROBE) != PROBE[1]
    window = make_window(library)
    _check(window, qtbot)
