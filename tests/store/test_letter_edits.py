"""Corrections of a letter's details (title, date …): user data in annotations.db, validated,
undoable, applied over what the parser read, and kept through re-import, a rebuilt library.db
and a letter deleted and imported again."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils
from testdata import SEED_DIR

from desktop_app.errors import UserError
from desktop_app.library import Library
from desktop_app.model import Metadata
from desktop_app.store.annotation_schema import migrations
from desktop_app.store.annotations import AnnotationStore
from desktop_app.store.letter_edits import LetterEdit, apply_edit

SEED_004 = SEED_DIR / "004_3134c7e4b499cdc3.txt"
NEW_TITLE = "Doorlichting asielketen"


@pytest.fixture
def store():
    s = AnnotationStore(None, auto_backup=False)
    yield s
    s.close()


def test_a_correction_is_stored_per_field_with_author_and_time(store):
    edit = store.edit_letter("kst-1", {"title": f"  {NEW_TITLE} ", "date": "2021-07-13"},
                             author="Ans")
    assert edit.fields == {"title": NEW_TITLE, "date": "2021-07-13"}
    assert edit.author == "Ans" and edit.created == edit.modified != ""
    later = store.edit_letter("kst-1", {"reference": "3370303"})
    assert later.fields == {"title": NEW_TITLE, "date": "2021-07-13", "reference": "3370303"}
    assert later.created == edit.created and later.modified > edit.modified
    assert later.author  # the OS user made this change
    assert store.letter_edit("kst-1") == later
    assert store.letter_edits() == {"kst-1": later}
    assert store.letter_edit("kst-2") is None


def test_clearing_a_field_brings_back_the_letters_value_and_the_last_removes_the_row(store):
    store.edit_letter("kst-1", {"title": NEW_TITLE, "date": "2021-07-13"})
    assert store.edit_letter("kst-1", {"date": ""}).fields == {"title": NEW_TITLE}
    assert store.edit_letter("kst-1", {"title": None}) is None
    assert store.letter_edit("kst-1") is None
    assert store.db.execute("SELECT COUNT(*) FROM letter_edits").fetchone()[0] == 0


def test_a_change_that_changes_nothing_writes_no_history(store):
    store.edit_letter("kst-1", {"title": NEW_TITLE})
    before = len(store.history())
    store.edit_letter("kst-1", {"title": NEW_TITLE + "  ", "date": None})
    assert len(store.history()) == before


@pytest.mark.parametrize(("changes", "says"), [
    ({"date": "2021-02-30"}, "does not exist"),
    ({"date": "12-07-2021"}, "YYYY-MM-DD"),
    ({"date": "2021-7-12"}, "YYYY-MM-DD"),
    ({"date": "２０２１-07-12"}, "YYYY-MM-DD"),  # full-width digits are not a date
    ({"title": "x" * 501}, "more than the 500 allowed"),
    ({"title": "Vreemdelingen\nbeleid"}, "control character"),
    ({"signatory": "A.\tBroekers"}, "control character"),
    ({"reference": "ab\x00c"}, "control character"),
    ({"title": "half \ud800 pair"}, "invalid character"),
    ({"ministry": "JenV"}, "not a letter detail"),
])
def test_a_value_that_cannot_be_kept_is_refused_saying_what_to_do(store, changes, says):
    store.edit_letter("kst-1", {"subject": "kept"})
    with pytest.raises(UserError) as info:
        store.edit_letter("kst-1", {"title": "Nieuw", **changes})
    assert says in str(info.value)
    assert info.value.code in ("bad-letter-edit", "bad-letter-field")
    assert store.letter_edit("kst-1").fields == {"subject": "kept"}  # nothing was saved


def test_a_title_of_500_characters_and_a_leap_day_are_kept(store):
    edit = store.edit_letter("kst-1", {"title": "x" * 500, "date": "2024-02-29"})
    assert len(edit.fields["title"]) == 500 and edit.fields["date"] == "2024-02-29"


def test_each_edit_is_one_undo_step(store):
    store.edit_letter("kst-1", {"title": NEW_TITLE, "dossier": "19637"})
    store.edit_letter("kst-1", {"date": "2021-07-13"})
    assert store.history(limit=1)[0].label == "Edit letter details"
    store.undo()
    assert store.letter_edit("kst-1").fields == {"title": NEW_TITLE, "dossier": "19637"}
    store.undo()
    assert store.letter_edit("kst-1") is None
    store.redo()
    assert store.letter_edit("kst-1").fields == {"title": NEW_TITLE, "dossier": "19637"}


def test_the_token_changes_with_every_correction(store):
    assert store.letter_edits_token() == ""
    store.edit_letter("kst-1", {"title": NEW_TITLE})
    first = store.letter_edits_token()
    store.edit_letter("kst-1", {"title": "Iets anders"})
    assert first and store.letter_edits_token() not in ("", first)
    store.undo()
    store.undo()
    assert store.letter_edits_token() == ""


def test_a_corrected_title_takes_the_place_of_the_parsed_subject():
    parsed = Metadata(title="Vreemdelingenbeleid", subject="Kamerbrief over X",
                      date="2021-07-12", number="2764")
    shown = apply_edit(parsed, LetterEdit("kst-1", {"title": NEW_TITLE}))
    assert (shown.title, shown.subject, shown.date, shown.number) == (
        NEW_TITLE, None, "2021-07-12", "2764")
    both = apply_edit(parsed, LetterEdit("kst-1", {"title": NEW_TITLE, "subject": "Eigen"}))
    assert (both.title, both.subject) == (NEW_TITLE, "Eigen")
    assert apply_edit(parsed, None) is parsed


def test_an_older_database_gets_the_table_and_keeps_its_data(tmp_path):
    path = tmp_path / "annotations.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m004_letter_edits")
    db.execute("INSERT INTO collections (id, title, created, modified, position) "
               "VALUES ('c1', 'Asiel', 'x', 'x', 0)")
    db.conn.commit()
    db.close()
    store = AnnotationStore(path, auto_backup=False)
    try:
        assert [c.title for c in store.collections()] == ["Asiel"]
        assert store.edit_letter("kst-1", {"title": NEW_TITLE}).fields == {"title": NEW_TITLE}
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "m004_letter_edits" in applied


# -- through the library: the corrections outlive what the parser read ---------------------

@pytest.fixture
def lib(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(SEED_004.read_bytes())
    with Library(tmp_path / "data", seed=False) as library:
        (lid,) = library.import_paths([path]).added
        assert library.letter(lid).metadata.title == "Vreemdelingenbeleid"
        yield library, lid, path


def test_a_correction_survives_reimporting_a_changed_letter(lib):
    library, lid, path = lib
    library.edit_letter(lid, {"title": NEW_TITLE, "date": "2021-07-13"})
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Met deze brief voorzie ik", "Met deze gewijzigde brief voorzie ik"), encoding="utf-8")
    assert library.import_paths([path]).updated == [lid]
    letter = library.letter(lid)
    assert "gewijzigde brief" in letter.text
    assert (letter.metadata.title, letter.metadata.date) == (NEW_TITLE, "2021-07-13")
    assert library.letters.row(lid)["title"] == "Vreemdelingenbeleid"  # what the parser read


def test_a_correction_survives_a_rebuild_of_library_db_from_the_originals(lib, tmp_path):
    library, lid, _ = lib
    library.edit_letter(lid, {"title": NEW_TITLE})
    library.close()
    (tmp_path / "data" / "library.db").unlink()
    with Library(tmp_path / "data", seed=False) as again:
        if again.rebuild_pending:
            again.rebuild_from_originals()
        assert again.letters.row(lid)["title"] == "Vreemdelingenbeleid"
        assert again.letter(lid).metadata.title == NEW_TITLE
        assert [s.metadata.title for s in again.summaries()] == [NEW_TITLE]


def test_a_correction_survives_deleting_and_importing_the_letter_again(lib):
    library, lid, path = lib
    library.edit_letter(lid, {"title": NEW_TITLE})
    library.delete(lid)
    assert library.annotations.letter_edit(lid).fields == {"title": NEW_TITLE}  # user data
    assert library.import_paths([path]).added == [lid]
    assert library.letter(lid).metadata.title == NEW_TITLE


def test_editing_an_unknown_letter_is_refused_naming_the_command(lib):
    library, _, _ = lib
    with pytest.raises(UserError, match="desktop-app letters"):
        library.edit_letter("kst-0-0", {"title": NEW_TITLE})
    assert library.annotations.letter_edits() == {}
