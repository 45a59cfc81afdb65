"""The letter list after a job (issue 17: no GUI stall over 100 ms after an import): nothing
is read when no letter changed, the columns are fitted in a later turn of the event loop,
and a cell asked for a role without a value reads no rows."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from testdata import SEED_DIR

from desktop_app.ui.letters.letter_list import KAMERSTUK, LetterListPane


def _resets(model) -> list[int]:
    seen: list[int] = []
    model.modelReset.connect(lambda: seen.append(1))
    return seen


def test_a_job_that_changed_no_letter_does_not_read_the_list_again(window, tmp_path):
    model = window.letters.model
    resets = _resets(model)
    window._on_library_changed()  # what the start-up job's end does, the library as it was
    assert resets == []
    letter = tmp_path / "brief.txt"
    letter.write_text((SEED_DIR / "001_9568cf77c8ab2b63.txt").read_text(encoding="utf-8")
                      .replace("intervisie", "intervisie en supervisie"), encoding="utf-8")
    window.import_paths([str(letter)])  # inline in the tests: the import changes the letters
    assert resets == [1] and model.is_current()


def test_the_columns_grow_in_the_next_turn_after_a_reload(library, qtbot):
    from desktop_app.library import detector_version
    from desktop_app.model import Letter, Metadata

    pane = LetterListPane()
    qtbot.addWidget(pane)
    pane.set_library(library)
    width = pane._fitted[KAMERSTUK]  # the content width (the pane may hide the column)
    md = Metadata(title="Breed", subject="Een brief met een lang Kamerstuknummer",
                  date="2099-12-31", dossier="36000-XVIII-XVIII-XVIII", number="123456")
    library.letters.save(Letter(id="kst-lang", metadata=md, text="Tekst."),
                         fingerprint="lang", source_hash="lang", original="",
                         detector_version=detector_version())
    pane.reload()
    assert pane.model.all_count() == 6  # read at once; the sizing waits for the next turn
    assert pane._fitted[KAMERSTUK] == width
    qtbot.waitUntil(lambda: pane._fitted[KAMERSTUK] > width, timeout=10000)


def test_a_role_without_a_value_reads_no_rows(library, qtbot, monkeypatch):
    pane = LetterListPane()
    qtbot.addWidget(pane)
    pane.set_library(library)
    model = pane.model
    model.reload()  # forget the pages read
    pages: list[int] = []
    real = library.letter_page
    monkeypatch.setattr(library, "letter_page",
                        lambda *a, **k: pages.append(1) or real(*a, **k))
    index = model.index(0, 1)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole):
        assert model.data(index, role) is None
    assert pages == []
    assert model.data(index, Qt.ItemDataRole.DisplayRole) and pages == [1]


def test_the_window_lets_the_gui_thread_wait_at_most_a_millisecond_for_the_gil(window):
    assert sys.getswitchinterval() <= 0.001
