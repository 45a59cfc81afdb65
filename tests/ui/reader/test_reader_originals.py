"""Open Original (issue 15): the reader opens a letter's kept original files in the system's
viewer, one entry per format, and says so when none is kept."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QUrl
from testdata import SEED_DIR

SEED_004 = "kst-19637-2764"


def _labels(actions) -> list[str]:
    return [a.text() for a in actions]


def test_open_original_offers_each_format_and_opens_that_file(window, library, tmp_path):
    copy = tmp_path / "doorlichting.md"  # the same letter once more, as markdown
    shutil.copy(SEED_DIR / "004_3134c7e4b499cdc3.txt", copy)
    report = library.import_paths([copy])
    assert [m.letter_id for m in report.merged] == [SEED_004]
    opened: list[QUrl] = []
    reader = window.reader
    reader.set_original_source(library.originals_of, lambda url: opened.append(url) or True)
    window.open_letter(SEED_004)

    originals = library.data_dir / "originals"
    assert reader.original_button.isVisible() and reader.original_button.isEnabled()
    assert _labels(reader.original_actions) == ["Open Original Markdown", "Open Original Text"]
    assert _labels(reader.original_button.menu().actions()) == _labels(reader.original_actions)
    reader.original_actions[1].trigger()
    assert opened == [QUrl.fromLocalFile(str(originals / f"{SEED_004}.txt"))]

    # the reader's context menu offers them too
    menu = reader.view.context_menu(reader.view.rect().center())
    texts = [a.text() for a in menu.actions()]
    assert "Open Original Markdown" in texts and "Open Original Text" in texts
    next(a for a in menu.actions() if a.text() == "Open Original Markdown").trigger()
    assert opened[-1] == QUrl.fromLocalFile(str(originals / f"{SEED_004}.md"))


def test_a_letter_without_a_kept_original_says_why(window, library):
    opened: list[QUrl] = []
    reader = window.reader
    reader.set_original_source(library.originals_of, lambda url: opened.append(url) or True)
    for path in library.originals_of(SEED_004):
        path.unlink()  # the copy was removed from the data folder
    window.open_letter(SEED_004)
    assert reader.original_actions == []
    assert not reader.original_button.isEnabled()
    assert "No original file is kept for this letter" in reader.original_button.toolTip()
    menu = reader.view.context_menu(reader.view.rect().center())
    (entry,) = [a for a in menu.actions() if a.text() == "Open Original"]
    assert not entry.isEnabled() and "import the file again" in entry.toolTip()
    assert opened == []


def test_an_original_removed_while_the_letter_is_open_is_not_opened(window, library):
    opened: list[QUrl] = []
    reader = window.reader
    reader.set_original_source(library.originals_of, lambda url: opened.append(url) or True)
    window.open_letter(SEED_004)
    (action,) = reader.original_actions
    (path,) = library.originals_of(SEED_004)
    path.unlink()
    action.trigger()
    assert opened == []
    assert "could not be opened" in reader.details.text()
    assert not reader.original_button.isEnabled()


def test_the_window_wires_the_library_originals(window, library):
    window.open_letter(SEED_004)
    assert _labels(window.reader.original_actions) == ["Open Original Text"]
    assert window.reader.original_actions[0].toolTip() == str(
        library.data_dir / "originals" / f"{SEED_004}.txt")
