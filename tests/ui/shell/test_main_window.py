"""The main window driven as a caseworker would: list, reader, search, legend, import, restart."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from testdata import SEED_001_ID

from desktop_app.render import cue_words
from desktop_app.ui.letters.models import LetterTableModel

SEED_004 = "kst-19637-2764"  # tests/data/seed-letters/004_*.txt
INTERVISIE_LETTER = SEED_001_ID  # seed 001, the only letter that says "intervisie"


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2028", " ").replace("\u2029", " ").split())


def _painted_text(window, prefix: str) -> dict[str, str]:
    """Anchor name -> the document text painted with it."""
    doc_text = window.reader.view.document().toPlainText()
    out: dict[str, str] = {}
    for pos, length, name in window.reader.painted_spans(prefix):
        out[name] = out.get(name, "") + doc_text[pos:pos + length]
    return out


def test_keyboard_in_the_list_opens_letters(window, qtbot):
    table = window.letters.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    first = table.currentIndex().data(LetterTableModel.ID_ROLE)
    assert window.reader.letter.id == first
    qtbot.keyClick(table, Qt.Key.Key_Down)
    second = table.currentIndex().data(LetterTableModel.ID_ROLE)
    assert second != first
    assert window.reader.letter.id == second
    assert window.reader.letter.metadata.date in window.reader.view.toPlainText()


def test_commitments_of_seed_004_are_painted_at_their_offsets(window, library):
    letter = library.letter(SEED_004)
    assert letter.commitments
    window.letters.select(SEED_004)
    assert window.reader.letter.id == SEED_004
    painted = _painted_text(window, "commitment-")
    assert set(painted) == {f"commitment-{i}" for i in range(len(letter.commitments))}
    refs = {pos for note in letter.footnotes for s, e in note.refs for pos in range(s, e)}
    for i, c in enumerate(letter.commitments):
        # a footnote marker inside a commitment links to its note instead; leave it out
        expected = "".join(ch for pos, ch in enumerate(letter.text[c.start:c.end], c.start)
                           if pos not in refs)
        assert _norm(painted[f"commitment-{i}"]) == _norm(expected), i


def test_legend_toggles_a_kind(window, library, qtbot):
    letter = library.letter(SEED_004)
    window.open_letter(SEED_004)
    kinds = {c.kind for c in letter.commitments}
    assert "action" in kinds
    window.reader.legend.boxes["action"].setChecked(False)
    painted = _painted_text(window, "commitment-")
    expected = {f"commitment-{i}" for i, c in enumerate(letter.commitments) if c.kind != "action"}
    assert set(painted) == expected
    window.reader.legend.boxes["action"].setChecked(True)
    assert len(_painted_text(window, "commitment-")) == len(letter.commitments)


def test_hovering_a_commitment_shows_its_details(window, library):
    letter = library.letter(SEED_004)
    window.open_letter(SEED_004)
    c = letter.commitments[0]
    from PySide6.QtCore import QUrl

    window.reader.view.highlighted.emit(QUrl("#commitment-0"))
    details = window.reader.details.text()
    assert cue_words(c.cue, c.text) in details  # the letter's words, not the detector's rule name
    if c.actor:
        assert c.actor in details


def test_search_intervisie_and_jump_to_the_hits(window, qtbot):
    with qtbot.waitSignal(window.search_service.result_ready, timeout=5000):
        qtbot.keyClicks(window.search.query_box, "intervisie")
    result = window.search.result
    assert result.total == 1
    assert "1 letter" in window.search.status.text()
    window.search.list.setFocus()
    qtbot.keyClick(window.search.list, Qt.Key.Key_Return)
    reader = window.reader
    assert reader.letter.id == INTERVISIE_LETTER
    assert window.letters.current_id() == INTERVISIE_LETTER
    hit = result.hits[0]
    positions = [reader.anchor_position(f"hit-{i}") for i in range(len(hit.matches))]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    assert reader.current_hit == 0
    assert reader.view.textCursor().selectedText().lower() == "intervisie"
    first = reader.view.textCursor().selectionStart()
    qtbot.keyClick(reader.view, Qt.Key.Key_F4)
    assert reader.current_hit == 1
    assert reader.view.textCursor().selectionStart() > first
    assert f"2 of {len(hit.matches)}" in reader.details.text()
    qtbot.keyClick(reader.view, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    assert reader.current_hit == 0


def test_malformed_query_and_zero_hits_are_explained(window, qtbot):
    window.search.query_box.setText('"asiel AND (')
    window.search.request_search()
    assert "not" in window.search.status.text().lower()
    assert window.search.result.error
    window.search.query_box.setText("intervsie")
    window.search.request_search()
    status = window.search.status.text()
    assert "No letters found" in status
    assert "intervisie" in status  # the suggestion


def test_find_in_letter(window, qtbot):
    window.open_letter(SEED_004)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.find_bar.isVisible()
    qtbot.keyClicks(window.reader.find_box, "IND")
    first = window.reader.view.textCursor().selectionStart()
    assert window.reader.view.textCursor().selectedText().lower() == "ind"
    qtbot.keyClick(window.reader.find_box, Qt.Key.Key_F3)
    assert window.reader.view.textCursor().selectionStart() > first


def test_import_a_folder_with_a_broken_file(window, qtbot, tmp_path, real_dir):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("okb_kst-27858-461.txt", "okb_kst-30573-196.txt"):
        shutil.copy(real_dir / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"this is not a pdf")
    before = window.letters.model.all_count()
    progress = []
    window.runner.progress.connect(lambda _job, done, total: progress.append((done, total)))
    assert window.import_paths([str(folder)])
    assert progress and progress[-1] == (3, 3)
    assert window.letters.model.all_count() == before + 2
    assert window.message_bar.kind == "error"
    assert "broken.pdf" in window.message_bar.text()
    assert "2 new" in window.message_bar.text()
    assert not window.progress.isVisible()
    with qtbot.waitSignal(window.search_service.result_ready):
        window.search.query_box.setText("gewasbescherming")
        window.search.request_search()
    assert window.search.result.total >= 1  # the index was brought up to date


def test_import_runs_in_a_thread_and_can_be_cancelled(make_window, library, qtbot, real_dir):
    window = make_window(library, synchronous=False)
    with qtbot.waitSignal(window.runner.finished, timeout=20000) as blocker:
        window.import_paths([str(real_dir)])
        assert window.progress.isVisible()
        window.cancel_job()
    report = blocker.args[1]
    assert report.cancelled or not report.errors
    assert window.job_id == 0
    assert not window.progress.isVisible()


def test_settings_are_restored_at_the_next_start(make_window, library, settings, qtbot):
    first = make_window(library)
    first.open_letter(SEED_004)
    first.reader.zoom_in()
    first.reader.zoom_in()
    first.reader.legend.boxes["refusal"].setChecked(False)
    first.resize(760, 540)  # inside the offscreen screen, so the geometry is restored as is
    first.splitter.setSizes([200, 400, 160])
    sizes, size = first.splitter.sizes(), first.size()
    first.close()
    second = make_window(library)
    assert second.reader.letter is not None and second.reader.letter.id == SEED_004
    assert second.letters.current_id() == SEED_004
    assert second.reader.zoom == 2.0
    assert second.reader.legend.visible() == {"promise", "action", "earlier"}
    assert second.size() == size, (second.size(), size)
    assert second.splitter.sizes() == sizes


def test_unknown_letter_is_reported_in_the_window(window):
    assert not window.open_letter("kst-does-not-exist")
    assert "kst-does-not-exist" in window.message_bar.text()
    assert window.message_bar.kind == "error"


def test_empty_library_says_what_to_do(make_window, tmp_path):
    from desktop_app.library import Library

    with Library(tmp_path / "empty", seed=False) as lib:
        window = make_window(lib)
        assert window.letters.stack.currentWidget() is window.letters.empty
        assert "Import" in window.letters.empty.text()
        assert window.counts_label.text().startswith("0 letter")
        window.close()


def test_filter_box_and_year_filter(window, qtbot):
    model = window.letters.model
    total = model.total()
    qtbot.keyClicks(window.letters.filter_box, "Broekers")
    assert 0 < model.total() < total
    assert all("Broekers" in model.summary(r).metadata.signatory for r in range(model.total()))
    window.letters.filter_box.clear()
    box = window.letters.year_box
    box.setCurrentIndex(box.findData("2021"))
    assert model.total() >= 1
    assert all(model.summary(r).metadata.date.startswith("2021") for r in range(model.total()))


def test_about_names_version_and_data_folder(window):
    from desktop_app import __version__

    text = window.about_text()
    assert __version__ in text and str(window.data_dir) in text


def test_dutch_translation_is_complete_and_used(make_window, library, qapp):
    from pathlib import Path

    from desktop_app.ui.shell.app import install_translators

    ts = Path(__file__).resolve().parents[3] / "resources" / "i18n" / "kamerbrieven_nl.ts"
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")
    translators = install_translators(qapp, "nl")
    try:
        assert translators
        window = make_window(library)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&Bestand", "Be&werken"]
        assert "brieven" in window.counts_label.text()
        assert window.letters.model.headerData(1, Qt.Orientation.Horizontal) == "Onderwerp"
        window.close()
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_threaded_search_keeps_only_the_newest_result(library, qtbot):
    from desktop_app.ui.library.library_jobs import SearchService

    service = SearchService(library.index_dir)
    results = []
    service.result_ready.connect(results.append)
    service.search("asiel")
    service.search("minister")
    last = service.search("intervisie")
    with qtbot.waitSignal(service.result_ready, timeout=10000):
        pass
    qtbot.waitUntil(lambda: service.runner.pool.activeThreadCount() == 0, timeout=10000)
    assert last == 3
    assert [r.query for r in results] == ["intervisie"]
    assert results[0].hits[0].id == INTERVISIE_LETTER
    service.close()


def test_dropping_files_imports_them(window, real_dir, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    target = tmp_path / "okb_kst-34293-49.txt"
    shutil.copy(real_dir / "okb_kst-34293-49.txt", target)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    before = window.letters.model.all_count()
    window.dropEvent(event)
    assert window.letters.model.all_count() == before + 1
    assert "1 new" in window.message_bar.text()


def test_inputs_have_accessible_names_and_menus_have_mnemonics(window):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTextEdit

    unnamed = [type(w).__name__ for kind in (QLineEdit, QComboBox, QAbstractItemView, QTextEdit)
               for w in window.findChildren(kind)
               if not w.accessibleName() and not isinstance(w.parent(), QComboBox)
               and not isinstance(w, QHeaderView)
               and w.isVisibleTo(window)]
    assert unnamed == []
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text(), action.text()


def test_zoom_by_keyboard_and_ctrl_wheel(window, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window.open_letter(SEED_004)
    view = window.reader.view
    size = view.document().defaultFont().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 1.0
    assert view.document().defaultFont().pointSizeF() == size + 1
    wheel = QWheelEvent(QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(wheel)
    assert window.reader.zoom == 0.0
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == size


def test_facet_filter_narrows_the_hits(window, qtbot):
    window.search.query_box.setText("asiel")
    window.search.request_search()
    everything = window.search.result
    years = everything.facets["year"]
    assert len(years) >= 2
    year = min(years, key=years.get)
    box = window.search.facet_boxes["year"]
    box.setCurrentIndex(box.findData(year))
    box.activated.emit(box.currentIndex())
    narrowed = window.search.result
    assert narrowed.total == years[year] < everything.total
    assert all((h.date or "").startswith(year) for h in narrowed.hits)


def test_rebuild_index_reports_in_the_status_bar(window):
    window.index_label.clear()
    assert window.rebuild_index()
    assert window.index_label.text() == "Index: up to date"
    assert window.actions.rebuild_index.isEnabled()


def test_caret_in_a_commitment_shows_its_details(window, library, qtbot):
    # Links are not Tab stops: a keyboard user reaches the details with the caret.
    from PySide6.QtGui import QTextCursor

    letter = library.letter(SEED_004)
    window.open_letter(SEED_004)
    reader = window.reader
    start = reader.anchor_position("commitment-0")
    assert start >= 0 and reader.details.text() == ""
    cursor = QTextCursor(reader.view.document())
    cursor.setPosition(start)
    reader.view.setTextCursor(cursor)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Right)
    first = letter.commitments[0]
    assert cue_words(first.cue, first.text) in reader.details.text()
