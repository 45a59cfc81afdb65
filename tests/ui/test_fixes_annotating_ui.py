"""Review fixes of annotating: tag completion, collections, the commitments overview, Tab,
Markdown notes in the browser and the empty states."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.model import Annotation, Commitment
from desktop_app.overview import make_row
from desktop_app.ui import annotation_dialogs

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"


def _activate(window, qtbot) -> None:
    window.activateWindow()  # shortcuts and focus changes only reach the active window
    qtbot.waitUntil(window.isActiveWindow)


def _annotate(window, qtbot, phrase: str, key=Qt.Key.Key_1) -> None:
    _activate(window, qtbot)
    reader = window.reader
    start = reader.letter.text.index(phrase)
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position(start))
    cursor.setPosition(reader.document_position(start + len(phrase)),
                       QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, key)


def _answers(monkeypatch, *answers) -> None:
    it = iter(answers)
    monkeypatch.setattr("desktop_app.ui.collections_view.ask_text", lambda *a, **k: next(it))


# -- 1. tag completion ------------------------------------------------------------------
def test_tag_completer_offers_a_tag_in_use(qtbot):
    ann = Annotation("a1", "kst-1", 0, 5, "tekst", tags=("vraag",))
    dialog = annotation_dialogs.AnnotationDialog(ann, ["thema/asiel", "vraag", "zorg"])
    qtbot.addWidget(dialog)
    gc.collect()  # the completer's word list must outlive the constructor
    completer = dialog.tags.completer()
    assert completer.model() is not None
    dialog.tags.setText("vraag, asi")
    completer.setCompletionPrefix(completer.splitPath(dialog.tags.text())[0])
    assert completer.completionCount() == 1
    assert completer.completionModel().index(0, 0).data() == "thema/asiel"
    assert completer.currentCompletion() == "vraag, thema/asiel, "  # the earlier tags kept
