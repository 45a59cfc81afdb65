"""The reader after the UX review: find in the letter, the details line, long words, the zoom
level and the empty reader."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontMetricsF, QPalette, QTextCursor, QTextOption

from desktop_app.render import cue_words

SEED_004 = "kst-19637-2764"  # "Vreemdelingenbeleid", the longest seed letter


def _caret(reader) -> tuple[int, int]:
    cursor = reader.view.textCursor()
    return cursor.anchor(), cursor.position()


def _read_in_the_middle(window, qtbot):
    """Open the long letter and put the caret in its middle, as when reading."""
    window.open_letter(SEED_004)
    view = window.reader.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    view.setTextCursor(view.cursorForPosition(view.viewport().rect().center()))
    view.setFocus()
    return view, bar


# -- 1. find in the letter ------------------------------------------------------------------

def test_a_typo_in_the_find_box_keeps_the_place_and_marks_the_box(window, qtbot):
    reader = window.reader
    view, bar = _read_in_the_middle(window, qtbot)
    reading = (_caret(reader), bar.value())
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_box.hasFocus()
    qtbot.keyClicks(reader.find_box, "ketenpartner")
    assert view.textCursor().selectedText().lower() == "ketenpartner"
    found = (_caret(reader), bar.value())
    normal_base = reader.find_box.palette().color(QPalette.ColorRole.Base)
    qtbot.keyClicks(reader.find_box, "z")  # the typo: nothing matches any more
    assert reader.find_count.text() == "No matches"
    # the caret and the scroll position stay where the last match was (not the top)
    assert (_caret(reader), bar.value()) == found
    assert reader.find_box.property("notFound") is True
    tinted = reader.find_box.palette().color(QPalette.ColorRole.Base)
    assert tinted != normal_base and tinted.red() > tinted.green()
    # Enter (find next) with the typo does not move either
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Return)
    assert (_caret(reader), bar.value()) == found
    # Esc: back where the user was reading before the find started
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Escape)
    assert not reader.find_bar.isVisible()
    assert (_caret(reader), bar.value()) == reading
    assert reader.find_box.property("notFound") is False


def test_a_failed_find_does_not_jump_to_the_top(window, qtbot):
    reader = window.reader
    view, bar = _read_in_the_middle(window, qtbot)
    before = (_caret(reader), bar.value())
    reader.show_find()
    reader.find_box.setText("qqxyzzy")
    assert reader.find_count.text() == "No matches"
    assert (_caret(reader), bar.value()) == before
    assert not reader.find_next() and not reader.find_previous()
    assert (_caret(reader), bar.value()) == before


def test_esc_after_a_match_leaves_the_caret_on_the_match(window, qtbot):
    reader = window.reader
    _read_in_the_middle(window, qtbot)
    reader.show_find()
    qtbot.keyClicks(reader.find_box, "ketenpartner")
    match = _caret(reader)
    qtbot.keyClick(reader.find_box, Qt.Key.Key_Escape)
    assert _caret(reader) == match
    assert reader.view.hasFocus()


def test_find_wraps_around_and_says_so(window, qtbot):
    reader = window.reader
    window.open_letter(SEED_004)
    cursor = reader.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    reader.view.setTextCursor(cursor)
    reader.show_find()
    reader.find_box.setText("Vreemdelingenbeleid")  # only in the title at the top
    assert reader.view.textCursor().selectedText() == "Vreemdelingenbeleid"
    assert reader.find_status.text() == "Continued from the start"


def test_a_find_replaces_the_search_hit_line(window, library, qtbot):
    reader = window.reader
    text = library.letter(SEED_004).text
    at = [i for i in range(len(text)) if text.startswith("asielketen", i)][:3]
    window.open_letter(SEED_004, [(i, i + len("asielketen")) for i in at])
    assert reader.details.text().startswith("Search hit 1 of 3")
    reader.show_find()
    qtbot.keyClicks(reader.find_box, "qqxyzzy")  # not found: still not about the hit
    assert "Search hit" not in reader.details.text()
    reader.find_box.clear()
    assert reader.next_hit()
    assert reader.details.text().startswith("Search hit 2 of 3")
    reader.find_box.setText("IND")
    assert "Search hit" not in reader.details.text()


# -- 6. long words and the zoom level -------------------------------------------------------

def test_the_title_is_not_split_inside_a_word_in_a_narrow_reader(window, qtbot):
    reader = window.reader
    assert reader.view.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    window.open_letter(SEED_004)
    sizes = window.splitter.sizes()
    narrow = reader.minimumSizeHint().width()
    window.splitter.setSizes([sizes[0] + sizes[1] - narrow, narrow, sizes[2]])
    qtbot.waitUntil(lambda: reader.view.width() <= narrow + 2)
    title = reader.view.document().begin()
    assert title.text() == "Vreemdelingenbeleid"
    assert title.layout().lineCount() == 1  # the whole word on one line
    # wide again: the title is as large as before
    window.splitter.setSizes(sizes)
    qtbot.waitUntil(lambda: reader.view.width() > 400)
    cursor = QTextCursor(title)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter,
                        QTextCursor.MoveMode.KeepAnchor)
    base = reader.view.document().defaultFont().pointSizeF()
    assert cursor.charFormat().fontPointSize() == pytest.approx(base * 1.5)


def test_words_of_the_body_are_not_split(window, qtbot):
    reader = window.reader
    window.open_letter(SEED_004)
    sizes = window.splitter.sizes()
    narrow = reader.minimumSizeHint().width()
    window.splitter.setSizes([sizes[0] + sizes[1] - narrow, narrow, sizes[2]])
    qtbot.waitUntil(lambda: reader.view.width() <= narrow + 2)
    block = reader.view.document().begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        metrics = QFontMetricsF(block.charFormat().font())
        for i in range(layout.lineCount() - 1):
            end = layout.lineAt(i).textStart() + layout.lineAt(i).textLength()
            # a word wider than the whole line ("samenwerkingsverbanden." at the reader's
            # narrowest) has to break; every other word moves to the next line whole
            word = re.search(r"\S*$", text[:end]).group() + re.match(r"\S*", text[end:]).group()
            if metrics.horizontalAdvance(word) > layout.lineAt(i).width():
                continue
            assert text[end - 1].isspace() or not text[end].isalnum() \
                or not text[end - 1].isalnum(), text[max(0, end - 20):end + 20]
        block = block.next()


def test_the_zoom_level_is_shown_when_not_100_percent(window):
    label = window.zoom_label
    assert label.isHidden()
    window.actions.zoom_in.trigger()
    window.actions.zoom_in.trigger()
    assert not label.isHidden()
    assert label.text() == f"Zoom {window.reader.zoom_percent()} %"
    assert window.reader.zoom_percent() == round(100 * 14 / 12)
    window.actions.zoom_reset.trigger()
    assert label.isHidden()


# -- 7. the commitment details line ---------------------------------------------------------

@pytest.mark.parametrize(("cue", "words"), [
    ("gaan: gaan we", "gaan we"),
    ("eerder aangegeven: heb ik u de door ey opgestelde rapporten aangeboden en aang…",
     "heb ik u de door ey opgestelde rapporten aangeboden en aang…"),
    ("tegenwoordige tijd: daarnaast vergroot de ind", "daarnaast vergroot de ind"),
    ("toegezegd", "toegezegd"),  # no rule name: the cue as it is
    ("", ""),
])
def test_cue_words(cue, words):
    assert cue_words(cue) == words


@pytest.mark.parametrize(("cue", "sentence", "words"), [
    ("eerder aangegeven: heb ik u de door ey opgestelde rapporten aangeboden en aang…",
     "Op 21 mei jl. heb ik u de door EY opgestelde rapporten\naangeboden en aangegeven dat",
     "heb ik u de door EY opgestelde rapporten aangeboden en aangegeven…"),
    ("tegenwoordige tijd: daarnaast vergroot de ind", "Daarnaast vergroot de IND de capaciteit.",
     "Daarnaast vergroot de IND"),
    ("gaan: gaan we", "Samen gaan we aan de slag.", "gaan we"),
    ("gaan: gaan we", "Text that was changed since.", "gaan we"),  # not found: as stored
])
def test_cue_words_as_the_letter_writes_them(cue, sentence, words):
    assert cue_words(cue, sentence) == words


def test_the_details_show_the_cue_as_the_letter_writes_it(window, library):
    letter = library.letter(SEED_004)
    index = next(i for i, c in enumerate(letter.commitments) if " ey " in c.cue)
    window.open_letter(SEED_004)
    window.reader.view.highlighted.emit(QUrl(f"#commitment-{index}"))
    assert "door EY opgestelde" in window.reader.details.text()


def test_the_details_name_the_words_not_the_rule(window, library):
    letter = library.letter(SEED_004)
    index = next(i for i, c in enumerate(letter.commitments) if c.cue.startswith("gaan: "))
    window.open_letter(SEED_004)
    window.reader.view.highlighted.emit(QUrl(f"#commitment-{index}"))
    details = window.reader.details.text()
    assert "recognised by: “gaan we”" in details
    assert "cue" not in details and "gaan: " not in details


def test_the_details_go_when_the_caret_leaves_the_passage(window, library, qtbot):
    letter = library.letter(SEED_004)
    reader = window.reader
    window.open_letter(SEED_004)
    first = letter.commitments[0]
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position(first.start) + 1)
    reader.view.setTextCursor(cursor)
    assert cue_words(first.cue, first.text) in reader.details.text()
    outside = next(b.start for b in letter.blocks
                   if b.kind == "paragraph" and not any(c.start <= b.start < c.end
                                                        for c in letter.commitments))
    cursor.setPosition(reader.document_position(outside))
    reader.view.setTextCursor(cursor)
    assert reader.details.text() == ""
    # the mouse leaving a passage: the line describes the caret's place again (nothing)
    reader.view.highlighted.emit(QUrl("#commitment-0"))
    assert reader.details.text() != ""
    reader.view.highlighted.emit(QUrl())
    assert reader.details.text() == ""


# -- 8. the empty reader names the menus as they are ---------------------------------------

def test_the_empty_reader_names_the_import_menus(window):
    window.reader.show_empty()
    text = window.reader.view.toPlainText()
    assert "File → Import Files…" in text and "File → Import Folder…" in text
