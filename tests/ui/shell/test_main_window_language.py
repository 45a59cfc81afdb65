"""Languages other than Dutch and English fall back to English (with its plural forms)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale


@pytest.fixture
def installed(qapp):
    from desktop_app.ui.shell.app import install_translators

    translators = []

    def install(lang):
        found = install_translators(qapp, lang)
        translators.extend(found)
        return found

    yield install
    for t in translators:
        qapp.removeTranslator(t)


def _plural(translators, n: int) -> set[str]:
    """What the translators say for "%n letter(s)" (QCoreApplication fills in %n)."""
    found = {t.translate("MainWindow", "%n letter(s)", "", n) for t in translators} - {""}
    return {text.replace("%n", str(n)) for text in found}


@pytest.mark.parametrize("lang", ["de_DE", "C", "fr", "en_GB"])
def test_other_languages_get_the_english_plurals(installed, lang):
    translators = installed(lang)
    assert _plural(translators, 1) == {"1 letter"}
    assert _plural(translators, 2) == {"2 letters"}
    assert QCoreApplication.translate("MainWindow", "%n letter(s)", "", 2) == "2 letters"


def test_the_system_language_falls_back_too(installed, monkeypatch):
    from desktop_app.ui.shell import app

    monkeypatch.setattr(app.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    translators = installed(None)
    assert _plural(translators, 2) == {"2 letters"}


def test_dutch_is_still_dutch(installed):
    translators = installed("nl")
    assert _plural(translators, 2) == {"2 brieven"}


def test_a_german_window_counts_letters_in_english(make_window, library, installed):
    installed("de")
    window = make_window(library)
    assert window.counts_label.text().startswith("5 letters · ")
    assert "(s)" not in window.counts_label.text()
