"""A read-only data folder opens as a read-only session: the window shows the letters, opens
them and searches, says that changes cannot be saved, and refuses each change with one message.

Root ignores chmod, so the tests replace the app's one writability probe; SQLite then opens
the databases read-only and refuses writes even for root.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from testdata import SEED_001_ID, SEED_DIR, select_in_reader

from desktop_app.store import db as store_db

SEED_004 = "kst-19637-2764"
PHRASE = "doorlichting geeft een aanvullende opdracht"


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest()
                                         if p.is_file() else "folder")
            for p in sorted(folder.rglob("*"))}


@pytest.fixture
def read_only_window(make_window, data_dir, monkeypatch):
    from desktop_app.library import Library

    monkeypatch.setattr(store_db, "can_write", lambda _path: False)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)  # an automatic backup is due
    before = snapshot(data_dir)
    library = Library(data_dir, seed=False)
    window = make_window(library)
    yield window
    window.close()
    library.close()
    assert snapshot(data_dir) == before  # the session wrote nothing in the data folder


def test_the_window_starts_as_a_read_only_session(read_only_window, qtbot):
    window = read_only_window
    assert window.library.read_only
    assert window.windowTitle().endswith("(read-only)")
    assert window.read_only_label.isVisible()
    assert window.read_only_label.text() == "Read-only: changes cannot be saved"
    assert "is read-only" in window.read_only_label.toolTip()
    assert "is read-only" in window.message_bar.text()
    window.start()  # the start-up job (inline): nothing to seed, the index is used as it is
    qtbot.waitUntil(lambda: window.job_id == 0, timeout=10000)
    assert window.index_label.text() == "Index: up to date"
    assert window.letters.model.all_count() == 5


def test_it_opens_letters_and_searches(read_only_window, qtbot):
    window = read_only_window
    assert window.open_letter(SEED_004)
    assert window.reader.letter.id == SEED_004 and PHRASE in window.reader.letter.text
    with qtbot.waitSignal(window.search_service.result_ready, timeout=5000):
        qtbot.keyClicks(window.search.query_box, "intervisie")
    assert [hit.id for hit in window.search.result.hits] == [SEED_001_ID]


def test_annotating_and_importing_say_the_folder_is_read_only(read_only_window, qtbot):
    window = read_only_window
    window.message_bar.dismiss()
    window.open_letter(SEED_004)
    window.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(window.isActiveWindow)
    select_in_reader(window, PHRASE)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_1)
    text = window.message_bar.text()
    assert text.startswith(f"The data folder {window.data_dir} is read-only: ")
    assert "IT support" in text and "--data-dir" not in text  # the window's own wording
    assert window.message_bar.kind == "error"
    assert window.library.annotations.annotations(SEED_004) == []
    window.message_bar.dismiss()
    assert window.import_paths([str(SEED_DIR / "004_3134c7e4b499cdc3.txt")]) is False
    assert window.job_id == 0  # no import job was started
    assert window.message_bar.text() == text
