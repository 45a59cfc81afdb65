"""The library applies a person's corrections of letter details wherever details are read:
the letter list, the letter, the search index (title:, datum:, annotation documents), course
packs and commitment exports; an undo done elsewhere is caught up by re-indexing."""

from __future__ import annotations

import pytest
from testdata import SEED_DIR

from desktop_app.export.pack import pack_from_annotations
from desktop_app.export.spreadsheet import letter_metadata
from desktop_app.library import Library

SEED_004 = "kst-19637-2764"  # seed 004, titled "Vreemdelingenbeleid", dated 2021-07-12
NEW_TITLE = "Doorlichting asielketen"


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("edits") / "data"
    with Library(folder, seed=False) as lib:
        lib.import_paths([SEED_DIR])
        lib.ensure_index()
    return folder


@pytest.fixture
def lib(_template, tmp_path):
    import shutil

    shutil.copytree(_template, tmp_path / "data")
    with Library(tmp_path / "data", seed=False) as library:
        yield library


def _ids(lib, query, **kw):
    return [h.id for h in lib.index.search(query, **kw).hits]


def test_the_list_and_the_letter_show_the_corrections_sorted_by_the_corrected_date(lib):
    before = [s.id for s in lib.summaries() if s.metadata.date]
    assert before.index(SEED_004) < len(before) - 1  # some letter is older
    lib.edit_letter(SEED_004, {"title": NEW_TITLE, "date": "1999-01-02"})
    rows = [s for s in lib.summaries() if s.metadata.date]
    assert rows[-1].id == SEED_004  # now the oldest dated letter
    assert (rows[-1].metadata.title, rows[-1].metadata.date) == (NEW_TITLE, "1999-01-02")
    assert lib.letter(SEED_004).metadata.title == NEW_TITLE
    assert lib.parsed_metadata(SEED_004).title == "Vreemdelingenbeleid"
    assert {x.id: x.metadata.date for x in lib.iter_letters()}[SEED_004] == "1999-01-02"


def test_search_finds_the_corrected_title_and_date_without_rebuilding(lib):
    assert SEED_004 in _ids(lib, "title:vreemdelingenbeleid")
    generation = lib.index._store.current()
    lib.edit_letter(SEED_004, {"title": NEW_TITLE, "date": "2019-03-04"})
    assert lib.index_is_current()
    assert _ids(lib, "title:doorlichting") == [SEED_004]
    assert SEED_004 not in _ids(lib, "title:vreemdelingenbeleid")
    assert _ids(lib, "datum:2019-03-04") == [SEED_004]
    assert SEED_004 not in _ids(lib, "datum:2021-07-12")
    assert lib.index._store.current() == generation  # updated in place, not rebuilt
    lib.rebuild_index()  # a rebuild from library.db applies them too
    assert _ids(lib, "title:doorlichting") == [SEED_004]


def test_annotation_documents_carry_the_corrected_title(lib):
    text = lib.letter(SEED_004).text
    start = text.index("doorlichting")
    ann = lib.annotations.add(SEED_004, text, start, start + len("doorlichting"), note="zie")
    lib.ensure_index()
    lib.edit_letter(SEED_004, {"title": NEW_TITLE})
    hits = lib.index.search("title:asielketen", scope="annotations").hits
    assert [h.ref for h in hits] == [ann.id]


def test_course_pack_and_commitment_exports_cite_the_corrected_details(lib):
    text = lib.letter(SEED_004).text
    start = text.index("doorlichting")
    ann = lib.annotations.add(SEED_004, text, start, start + len("doorlichting"))
    lib.edit_letter(SEED_004, {"title": NEW_TITLE, "date": "2021-07-13"})
    (section,) = pack_from_annotations(lib, [ann.id], title="Map").sections
    (passage,) = section.passages
    assert passage.source_title == NEW_TITLE and passage.letter_date == "2021-07-13"
    assert "brief van 13 juli 2021" in passage.citation
    assert letter_metadata(lib)[SEED_004].title == NEW_TITLE


def test_clearing_the_correction_brings_back_the_parsed_values_everywhere(lib):
    lib.edit_letter(SEED_004, {"title": NEW_TITLE})
    lib.edit_letter(SEED_004, {"title": ""})
    assert lib.letter(SEED_004).metadata.title == "Vreemdelingenbeleid"
    assert SEED_004 in _ids(lib, "title:vreemdelingenbeleid")
    assert _ids(lib, "title:doorlichting") == []
    assert lib.index_is_current()


def test_an_undo_in_the_store_makes_the_index_stale_until_the_letter_is_reindexed(lib):
    lib.edit_letter(SEED_004, {"title": NEW_TITLE})
    lib.annotations.undo()  # as `desktop-app undo` or the window's Undo do it
    assert not lib.index_is_current()  # never serves the undone title as current
    assert lib.reindex_letters([SEED_004])
    assert lib.index_is_current()
    assert _ids(lib, "title:doorlichting") == []
    assert SEED_004 in _ids(lib, "title:vreemdelingenbeleid")


def test_the_commitments_overview_shows_the_corrected_title_and_date(tmp_path) -> None:
    lib = Library(tmp_path / "data")
    lib.import_paths([SEED_DIR])
    lid = next(r.letter_id for r in lib.commitment_rows())
    lib.edit_letter(lid, {"title": "Doorlichting asielketen", "date": "2021-07-13"})
    for rows in (lib.commitment_rows(), lib.commitment_rows(letter=lid)):
        mine = [r for r in rows if r.letter_id == lid]
        assert mine and all(r.letter_title == "Doorlichting asielketen" for r in mine)
        assert all(r.letter_date == "2021-07-13" for r in mine)
