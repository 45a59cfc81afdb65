"""The reader with hostile data: an imported annotation whose id, colour, tag and note carry
HTML, images of /dev/zero and a file: link, and a Kamerstuk with an injected footnote marker.
Nothing of it becomes markup, no file is read, and the note's file link opens nothing.

Then the reader's first hour (issue 19): back and forward, the find count, footnote marks
glued to the text, and selections that snap to whole words before annotating."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from testdata import DATA, SEED_001_ID, select_in_reader

from desktop_app.export import w3c
from desktop_app.model import PaletteColor, SearchHit
from desktop_app.ui.annotations.annotation_dialogs import AnnotationDialog
from desktop_app.ui.models import note_tooltip
from desktop_app.ui.reader.reader import Place, ReaderPane, ReadingHistory, snap_to_words

HOSTILE = DATA / "hostile"
SEED_004 = "kst-19637-2764"  # "Vreemdelingenbeleid", the longest seed letter
PAYLOAD = '"><img src=/dev/zero>'


def _fragments(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment()
            it += 1
        block = block.next()


def _images(doc) -> list[str]:
    return [f.charFormat().toImageFormat().name() for f in _fragments(doc)
            if f.charFormat().isImageFormat()]


def _markup_names(doc) -> list[str]:
    """Every anchor name and link of the document."""
    out = []
    for f in _fragments(doc):
        out += f.charFormat().anchorNames() + [f.charFormat().anchorHref()]
    return [x for x in out if x]


def test_a_hostile_imported_annotation_is_shown_as_text(window, qtbot):
    incoming = w3c.read_file(HOSTILE / "annotations_injected_id.json")
    assert incoming[0].id == PAYLOAD  # the store keeps the id as given …
    window.library.import_annotations(incoming)
    window.open_letter(SEED_004)
    reader = window.reader
    (ann,) = reader.annotations
    assert reader.select_annotation(ann.id)

    doc = reader.view.document()
    assert _images(doc) == []  # … and the letter's document holds no image
    assert reader.view.blocked() == []  # nor asked for one
    assert not any("/dev/zero" in name or "img" in name for name in _markup_names(doc))
    painted = reader.painted_spans("ann-")
    assert painted and {name for _, _, name in painted} == {f"ann-{ann.id}"}

    details = reader.details.text()  # the note shown under the letter (rich text)
    assert "<img" not in details and "file:" not in details and "javascript:" not in details
    assert "zero" in details and "het wachtwoordbestand" in details  # alt text, link words
    assert "&lt;img" in details  # the tag and the raw HTML, as text

    tips = [f.charFormat().toolTip() for f in _fragments(doc) if f.charFormat().toolTip()]
    assert tips and not any("<img" in tip or "file:" in tip for tip in tips)
    assert "<img" not in note_tooltip(ann.note)

    reader.current_annotation = ""
    with qtbot.waitSignal(reader.annotation_clicked, timeout=5000) as clicked:
        reader.view.anchorClicked.emit(reader.annotation_url(ann.id))  # a click on it
    assert clicked.args == [ann.id] and reader.current_annotation == ann.id


def test_a_note_preview_follows_no_file_link(qtbot, monkeypatch):
    (ann,) = w3c.read_file(HOSTILE / "annotations_injected_id.json")
    opened = []
    monkeypatch.setattr("desktop_app.ui.safe_text.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    dialog = AnnotationDialog(ann, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.preview
    assert _images(preview.document()) == [] and preview.blocked() == []
    shown = preview.toPlainText()
    assert "zero" in shown and '<img src="/dev/zero">' in shown
    links = [f.charFormat().anchorHref() for f in _fragments(preview.document())
             if f.charFormat().isAnchor()]
    assert links == []  # the file: and javascript: links are plain words
    found = preview.document().find("wachtwoordbestand")
    qtbot.mouseClick(preview.viewport(), Qt.MouseButton.LeftButton,
                     pos=preview.cursorRect(found).center())
    assert preview.toPlainText() == shown and preview.source().isEmpty() and opened == []


def test_an_injected_footnote_marker_is_text_in_the_reader(qtbot, library):
    report = library.import_paths([HOSTILE / "letter_injected_footnote_marker.xml"])
    (letter_id,) = report.added
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(library.letter(letter_id))
    doc = reader.view.document()
    assert _images(doc) == [] and reader.view.blocked() == []
    assert "note-0" in _markup_names(doc)
    assert '¹"><img src=/dev/zero>' in doc.toPlainText()  # the marker as the letter has it


def test_a_colour_meaning_that_looks_like_html_is_a_text_tooltip(window):
    palette = [PaletteColor("x", "#ffe08a", "<img src=/dev/zero>")]
    window.reader.set_palette(palette)
    assert window.reader.colour_actions[0].toolTip() == "<qt>&lt;img src=/dev/zero&gt; (1)</qt>"
    window.wiring._label_colour_actions(palette)  # the window's labels, translated
    assert window.reader.colour_actions[0].toolTip() == "<qt>&lt;img src=/dev/zero&gt; (1)</qt>"


# -- the reader's first hour (issue 19) -----------------------------------------------------

Alt = Qt.KeyboardModifier.AltModifier


def _caret(reader) -> tuple[int, int]:
    cursor = reader.view.textCursor()
    return cursor.anchor(), cursor.position()


def _active(window, qtbot) -> None:
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)


def _read_in_the_middle(window, qtbot, letter_id: str = SEED_004):
    """Open a letter and put the caret in its middle, as when reading."""
    _active(window, qtbot)
    window.open_letter(letter_id)
    view = window.reader.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=10_000)
    bar.setValue(bar.maximum() // 2)
    view.setTextCursor(view.cursorForPosition(view.viewport().rect().center()))
    view.setFocus()
    return view, bar


# 1. Back and forward

def test_the_history_keeps_places_and_forgets_forward_after_a_new_jump():
    a, b, c = (Place(x, 1, 1, 0) for x in "abc")
    history = ReadingHistory(limit=2)
    assert history.back(a) is None and history.back_places == []
    history.record(a)
    history.record(a)  # the same place twice is one step back
    assert history.back_places == [a]
    assert history.back(b) == a and history.forward_places == [b]
    assert history.forward(a) == b and history.back_places == [a]
    history.record(b)  # a new jump: nothing to go forward to
    history.record(c)
    assert history.back_places == [b, c] and history.forward_places == []  # limit 2


def test_back_and_forward_are_in_the_view_menu_with_the_standard_keys(window):
    actions = window.actions
    assert actions.menus[actions.back].title() == "&View"
    assert actions.menus[actions.forward].title() == "&View"
    assert actions.back.shortcut().toString() == "Alt+Left"
    assert actions.forward.shortcut().toString() == "Alt+Right"
    assert not any("Backspace" in k.toString() for k in actions.back.shortcuts())
    assert not actions.back.isEnabled() and not actions.forward.isEnabled()


def test_back_returns_from_a_search_hit_to_the_letter_and_place_read(window, library, qtbot):
    reader = window.reader
    view, bar = _read_in_the_middle(window, qtbot)
    reading = (_caret(reader), bar.value())
    assert reading[1] > 0
    text = library.letter(SEED_001_ID).text
    at = text.index("intervisie")
    hit = SearchHit(SEED_001_ID, None, None, 1.0, matches=((at, at + len("intervisie")),))
    window.open_hit(hit)
    assert reader.letter.id == SEED_001_ID and window.actions.back.isEnabled()
    at_hit = (_caret(reader), bar.value())
    qtbot.keyClick(reader.view, Qt.Key.Key_Left, Alt)
    assert reader.letter.id == SEED_004
    assert (_caret(reader), bar.value()) == reading
    assert window.actions.forward.isEnabled() and not window.actions.back.isEnabled()
    qtbot.keyClick(reader.view, Qt.Key.Key_Right, Alt)
    assert reader.letter.id == SEED_001_ID
    assert (_caret(reader), bar.value()) == at_hit
    assert reader.matches == hit.matches  # the hits are painted again
    assert reader.view.textCursor().selectedText() == "intervisie"


def test_back_returns_from_a_commitment_an_annotation_and_another_letter(window, library,
                                                                          qtbot):
    reader = window.reader
    view, bar = _read_in_the_middle(window, qtbot)
    reading = (_caret(reader), bar.value())
    first = library.letter(SEED_004).commitments[0]
    window.open_at(SEED_004, first.start, first.end)  # the overview's jump, same letter
    assert reader.selection_span() == (first.start, first.end)
    at_commitment = (_caret(reader), bar.value())
    assert at_commitment != reading
    other = library.letter(SEED_001_ID)
    ann = library.annotations.add(SEED_001_ID, other.text, 100, 120)
    window.open_annotation(SEED_001_ID, ann.id)  # the annotation browser's jump
    assert reader.letter.id == SEED_001_ID
    window.letters.letter_selected.emit(SEED_004)  # a letter chosen in the list
    assert reader.letter.id == SEED_004 and _caret(reader) == (0, 0)
    window.actions.back.trigger()
    assert reader.letter.id == SEED_001_ID and reader.selection_span() == (100, 120)
    window.actions.back.trigger()
    assert reader.letter.id == SEED_004 and (_caret(reader), bar.value()) == at_commitment
    window.actions.back.trigger()
    assert (_caret(reader), bar.value()) == reading
    assert not window.actions.back.isEnabled()
    window.actions.back.trigger()  # nothing further back: nothing moves
    assert reader.letter.id == SEED_004 and (_caret(reader), bar.value()) == reading


# 2. Find in letter: "3 of 12"

def _starts(reader, needle: str) -> list[int]:
    plain = reader.view.document().toPlainText()
    return [m.start() for m in re.finditer(re.escape(needle), plain, re.IGNORECASE)]


def test_find_says_which_match_of_how_many_on_typing_f3_and_shift_f3(window, qtbot):
    reader = window.reader
    _active(window, qtbot)
    window.open_letter(SEED_004)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reader.find_box, "Asielketen")
    starts = _starts(reader, "asielketen")
    n = len(starts)
    assert n >= 3

    def current() -> int:
        cursor = reader.view.textCursor()
        assert cursor.selectedText().lower() == "asielketen"
        return starts.index(cursor.selectionStart()) + 1

    assert reader.find_count.text() == f"1 of {n}" and current() == 1
    qtbot.keyClick(reader.find_box, Qt.Key.Key_F3)
    qtbot.keyClick(reader.find_box, Qt.Key.Key_F3)
    assert reader.find_count.text() == f"3 of {n}" and current() == 3
    qtbot.keyClick(reader.find_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_count.text() == f"2 of {n}" and current() == 2
    for _ in range(2):
        qtbot.keyClick(reader.find_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.find_count.text() == f"{n} of {n}" and current() == n
    assert reader.find_status.text() == "Continued from the end"
    qtbot.keyClicks(reader.find_box, "qq")  # typing on: nothing matches
    assert reader.find_count.text() == "No matches" and reader.find_status.text() == ""
    reader.find_box.clear()
    assert reader.find_count.text() == ""


def test_the_find_count_in_dutch(make_window, library, qapp, qtbot):
    from desktop_app.ui.shell.app import install_translators

    translators = install_translators(qapp, "nl")
    try:
        window = make_window(library)
        reader = window.reader
        window.open_letter(SEED_004)
        reader.show_find()
        reader.find_box.setText("asielketen")
        n = len(_starts(reader, "asielketen"))
        assert reader.find_count.text() == f"1 van {n}"
        assert reader.find_next() and reader.find_count.text() == f"2 van {n}"
        reader.find_box.setText("qqxyzzy")
        assert reader.find_count.text() == "Geen treffers"
        assert window.actions.back.text() == "&Terug"
    finally:
        for t in translators:
            qapp.removeTranslator(t)


# 3. Footnote numbers glued to the text are marks

def test_a_footnote_number_glued_to_a_year_is_a_mark_in_the_reader(window):
    """The seed letter's notes 3 and 4 are not in its text (only the first page's are), yet
    "13 november 20184" has a footnote mark: it reads "2018⁴"."""
    window.open_letter(SEED_001_ID)
    plain = " ".join(window.reader.view.document().toPlainText().split())
    assert "13 november 2018⁴ gemeld" in plain
    assert "4 juli 2018³ lijkt" in plain and "4 juli 2018¹ informeerde" in plain
    assert "20184" not in plain and "20183" not in plain


# 4. Selections for annotations snap to whole words

@pytest.mark.parametrize(("text", "selected", "expected"), [
    ("goed werk worden", "werk wor", "werk worden"),  # the course pack's "…goed werk wor"
    ("goed werk worden", "oed werk wor", "goed werk worden"),
    ("goed werk worden", " werk ", "werk"),  # white space at the edges goes
    ("goed werk worden", "werk", "werk"),  # whole words stay as they are
    ("de dilemma’s van", "lemma", "dilemma’s"),  # an apostrophe inside a word
    ("de ‘werk’ nu", "werk", "werk"),  # quotes around a word stay outside
    ("in 2018⁴ gemeld", "018", "2018⁴"),
    ("a   b", "  ", ""),  # only white space: nothing
])
def test_snap_to_words(text, selected, expected):
    start = text.index(selected)
    s, e = snap_to_words(text, start, start + len(selected))
    assert text[s:e] == expected


def test_a_selection_inside_words_is_annotated_as_whole_words(window, library, qtbot):
    phrase = "doorlichting geeft een aanvullende opdracht"
    _active(window, qtbot)
    window.open_letter(SEED_004)
    reader = window.reader
    start, end = select_in_reader(window, phrase)
    assert reader.select_span(start + 4, end - 3)  # "lichting … opdr"
    reader.view.setFocus()
    before = {a.id for a in library.annotations.annotations(letter_id=SEED_004)}
    qtbot.keyClick(reader.view, Qt.Key.Key_1)
    (new,) = [a for a in library.annotations.annotations(letter_id=SEED_004)
              if a.id not in before]
    assert (new.start, new.end, new.quote) == (start, end, phrase)


def test_an_annotation_that_is_not_whole_words_is_recoloured_not_widened(window, library,
                                                                          qtbot):
    """An annotation made elsewhere (the command line, an import) on part of a word: choosing
    it and pressing a colour key recolours it; it does not become a second, wider one."""
    _active(window, qtbot)
    text = library.letter(SEED_004).text
    start = text.index("doorlichting") + 4
    colours = [c.name for c in library.annotations.palette()]
    ann = library.annotations.add(SEED_004, text, start, start + 8, color=colours[0])
    window.refresh_annotations()
    window.open_annotation(SEED_004, ann.id)
    assert window.reader.selection_span() == (start, start + 8)
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_2)
    (after,) = library.annotations.annotations(letter_id=SEED_004)
    assert (after.id, after.start, after.end, after.color) == (ann.id, start, start + 8,
                                                               colours[1])


# -- commitments in the reader: confidence, reviews (issue 14 item 4, issue 19) -------------
def _make_possible(library, letter_id: str, indices: set[int]) -> list:
    """Store some of a letter's commitments as "possible" (as the detector will)."""
    from dataclasses import replace

    from desktop_app.library import detector_version

    letter = library.letter(letter_id)
    # the others "high", whatever the detector of the day says
    changed = [replace(c, confidence="possible" if i in indices else "high")
               for i, c in enumerate(letter.commitments)]
    library.letters.set_commitments(letter_id, changed, detector_version())
    return changed


def _painted_commitments(reader) -> set[int]:
    return {int(name.removeprefix("commitment-"))
            for _, _, name in reader.painted_spans("commitment-")}


def _format_at(reader, offset: int):
    """The character format the reader paints the letter's character at ``offset`` with."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position(offset) + 1)  # the format before the caret
    return cursor.charFormat()


def test_possible_commitments_are_paler_say_so_and_the_legend_hides_them(make_window, library):
    from desktop_app.render import KIND_COLOURS, POSSIBLE_FADE, fade

    changed = _make_possible(library, SEED_004, {0, 1})
    window = make_window(library)
    window.open_letter(SEED_004)
    reader = window.reader
    assert _painted_commitments(reader) == set(range(len(changed)))
    pale = fade(KIND_COLOURS[changed[0].kind], POSSIBLE_FADE)
    assert _format_at(reader, changed[0].start).background().color().name() == pale
    sure = changed[2]
    assert (_format_at(reader, sure.start).background().color().name()
            == KIND_COLOURS[sure.kind])
    assert "possible commitment" in reader.commitment_text(0)
    assert "possible commitment" not in reader.commitment_text(2)
    assert reader.legend.possible_box.text() == "Show possible commitments (2)"

    reader.legend.possible_box.setChecked(False)  # as a click does
    assert _painted_commitments(reader) == set(range(2, len(changed)))
    reader.legend.possible_box.setChecked(True)
    assert _painted_commitments(reader) == set(range(len(changed)))
    _action(_menu_on(reader, changed[0].start + 1), "Confirm").trigger()  # a person is sure
    assert reader.legend.possible_box.text() == "Show possible commitments (1)"
    assert (_format_at(reader, changed[0].start).background().color().name()
            == KIND_COLOURS[changed[0].kind])


def test_hiding_possible_commitments_is_remembered_at_the_next_start(make_window, library):
    _make_possible(library, SEED_004, {0})
    first = make_window(library)
    first.open_letter(SEED_004)
    assert first.reader.legend.show_possible()  # on by default
    first.reader.legend.possible_box.setChecked(False)
    first.close()
    second = make_window(library)
    assert second.reader.letter is not None and second.reader.letter.id == SEED_004
    assert not second.reader.legend.show_possible()
    assert 0 not in _painted_commitments(second.reader)
    assert 1 in _painted_commitments(second.reader)


def _menu_on(reader, offset: int, keyboard: bool = False):
    """The reader's context menu opened with the mouse on the letter's ``offset`` (or, from
    the keyboard, with the caret there)."""
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(reader.document_position(offset) + 1)
    reader.view.setTextCursor(cursor)
    pos = reader.view.cursorRect(cursor).center()
    pos.setX(pos.x() - 2)  # on the character before the caret
    return reader.view.context_menu(pos, keyboard)


def _action(menu, text: str):
    found = [a for a in menu.actions() if a.text().replace("&", "").split("\t")[0] == text]
    return found[0] if found else None


@pytest.mark.parametrize("keyboard", [False, True])
def test_the_context_menu_on_a_commitment_marks_it_done_undoably(window, library, monkeypatch,
                                                                  keyboard):
    from desktop_app.render import DONE_TEXT

    monkeypatch.setattr("desktop_app.ui.commitments.commitment_menu.ask_text",
                        lambda *a, **k: "Verstuurd")
    window.open_letter(SEED_004)
    reader = window.reader
    c = library.letter(SEED_004).commitments[1]
    menu = _menu_on(reader, c.start + 3, keyboard)
    assert [_action(menu, t) is not None for t in
            ("Confirm", "Reject", "Mark done…", "Reopen", "Set deadline…")] == [True] * 5
    assert not _action(menu, "Reopen").isEnabled()  # an open commitment without a verdict
    _action(menu, "Mark done…").trigger()

    (review,) = library.annotations.reviews(SEED_004)
    assert (review.quote, review.status, review.note) == (c.text, "done", "Verstuurd")
    done = _format_at(reader, c.start + 3)  # the reader learnt it: struck, muted
    assert done.fontStrikeOut() and done.foreground().color().name() == DONE_TEXT
    assert "✓ done" in reader.commitment_text(1)
    assert window.actions.undo.isEnabled()

    window.actions.undo.trigger()  # one undo step
    assert library.annotations.reviews(SEED_004) == []
    assert not _format_at(reader, c.start + 3).fontStrikeOut()


def test_the_context_menu_rejects_reopens_and_sets_a_deadline(window, library, monkeypatch):
    from desktop_app.render import KIND_COLOURS, POSSIBLE_FADE, REJECTED_FADE, fade

    monkeypatch.setattr("desktop_app.ui.commitments.commitment_menu.ask_deadline",
                        lambda *a, **k: "2026-03-31")
    window.open_letter(SEED_004)
    reader = window.reader
    c = library.letter(SEED_004).commitments[0]
    _action(_menu_on(reader, c.start + 1), "Reject").trigger()
    (review,) = library.annotations.reviews(SEED_004)
    assert review.verdict == "rejected"
    faint = fade(KIND_COLOURS[c.kind], REJECTED_FADE)
    assert _format_at(reader, c.start + 1).background().color().name() == faint

    menu = _menu_on(reader, c.start + 1)  # still there to reopen
    assert not _action(menu, "Reject").isEnabled()
    _action(menu, "Reopen").trigger()
    (review,) = library.annotations.reviews(SEED_004)
    assert (review.verdict, review.status) == (None, "open")
    reopened = KIND_COLOURS[c.kind] if c.confidence == "high" else fade(KIND_COLOURS[c.kind],
                                                                        POSSIBLE_FADE)
    assert _format_at(reader, c.start + 1).background().color().name() == reopened

    _action(_menu_on(reader, c.start + 1), "Set deadline…").trigger()
    (row,) = [r for r in library.commitment_rows(letter=SEED_004) if r.commitment == c]
    assert (row.deadline_to, row.deadline_corrected) == ("2026-03-31", True)
    _action(_menu_on(reader, c.start + 1), "Confirm").trigger()
    assert library.annotations.reviews(SEED_004)[0].verdict == "confirmed"
    assert not _action(_menu_on(reader, c.start + 1), "Confirm").isEnabled()


def test_the_context_menu_off_a_commitment_has_no_review_verbs(window, library):
    window.open_letter(SEED_004)
    reader = window.reader
    letter = library.letter(SEED_004)
    inside = {i for c in letter.commitments for i in range(c.start, c.end)}
    body = next(b for b in letter.blocks if b.kind == "paragraph"
                and not inside & set(range(b.start, b.end)))
    menu = _menu_on(reader, body.start + 1)
    assert _action(menu, "Confirm") is None and _action(menu, "Copy") is not None


def test_a_review_made_in_the_overview_shows_in_the_reader(window, library, qtbot):
    window.open_letter(SEED_004)
    c = library.letter(SEED_004).commitments[2]
    assert not _format_at(window.reader, c.start + 1).fontStrikeOut()
    (row,) = [r for r in library.commitment_rows(letter=SEED_004) if r.commitment == c]
    window.commitments.review_requested.emit([row], {"status": "done", "note": ""})
    assert _format_at(window.reader, c.start + 1).fontStrikeOut()


def test_where_pages_of_the_original_begin_is_marked_and_positions_skip_the_mark(qtbot):
    from desktop_app.model import Block, Footnote, Letter, Metadata

    text = "Eerste alinea op pagina een.\n\nTweede alinea op pagina twee.\n\n¹ Een noot."
    letter = Letter(id="paged", metadata=Metadata(), text=text, blocks=(
        Block("paragraph", 0, 28, page=1), Block("paragraph", 30, 59, page=2),
        Block("footnote", 61, 72, label="1", page=2)),
        footnotes=(Footnote("1", 61, 72),))
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_letter(letter)
    shown = reader.view.document().toPlainText()
    assert "p. 2" in shown and "p. 1" not in shown  # only where a new page begins
    assert shown.count("p. 2") == 1  # the footnote on page 2 starts no second mark
    second = text.index("Tweede")
    assert reader.text_offset(reader.document_position(second)) == second
    cursor = reader.view.textCursor()
    cursor.setPosition(reader.document_position(0))
    cursor.setPosition(reader.document_position(second + 6), cursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    assert reader.selection_span() == (0, second + 6)
