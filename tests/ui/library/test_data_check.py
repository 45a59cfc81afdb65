"""Help → Check Data Folder: both databases and the index checked in a job, said in words."""

from __future__ import annotations

import shutil

from desktop_app.ui.library.data_check import DataCheck, check_job
from tests.testdata import damage_file


def _run(data_dir) -> DataCheck:
    return check_job(data_dir)(lambda *_: None, lambda: False)


def test_a_sound_data_folder_is_said_to_be_fine(window, data_dir):
    window.actions.check_data.trigger()  # jobs run inline in tests
    text = window.message_bar.label.text()
    assert "The letters database is fine (5 letter" in text  # plural: the translation
    assert "The annotations database is fine." in text
    assert "The search index is up to date and opens without errors." in text


def test_a_missing_index_names_the_menu_that_builds_it(window, data_dir):
    window.search_service.close()
    shutil.rmtree(data_dir / "index")
    assert _run(data_dir).index == "missing"
    window.actions.check_data.trigger()
    text = window.message_bar.label.text()
    assert "There is no search index yet. Choose File → Rebuild Search Index" in text


def test_a_damaged_letters_database_is_said_and_set_aside_on_the_next_opening(data_dir, qapp):
    from desktop_app.library import Library

    window_library = Library(data_dir, seed=False)  # the window has it open
    damage_file(data_dir / "library.db")
    damaged = (data_dir / "library.db").read_bytes()
    result = _run(data_dir)
    assert result.library_damaged and not result.ok
    assert (data_dir / "library.db").read_bytes() == damaged  # the check moved nothing
    assert not list(data_dir.glob("library.db.damaged-*"))
    window_library.close()  # a clean close: the damage found is still checked next time
    with Library(data_dir, seed=False) as reopened:  # "close the app and open it again"
        assert reopened.damaged_library is not None
    assert list(data_dir.glob("library.db.damaged-*"))


def test_a_damaged_annotations_database_names_its_backup(data_dir, qapp):
    from desktop_app.library import Library

    with Library(data_dir, seed=False) as library:
        library.annotations.add(library.letters.ids()[0], "x" * 20, 0, 5)
    damage_file(data_dir / "annotations.db")
    result = _run(data_dir)
    assert result.annotations_damaged and not result.ok
