"""The index rebuild: searches use the old generation while a new one is built."""

from __future__ import annotations

from dataclasses import replace

from testdata import SEED_DIR

from desktop_app.ingest import read_file
from desktop_app.library import parsed_to_letter
from desktop_app.search import SearchIndex


def _seed_letters(n: int):
    return [parsed_to_letter(read_file(p)) for p in sorted(SEED_DIR.glob("*.txt"))[:n]]


def _with_word(letter, word: str):
    return replace(letter, text=f"{letter.text}\n\nHet woord {word} staat alleen hier.\n")


def test_searches_during_a_rebuild_use_the_old_generation(tmp_path):
    letters = _seed_letters(3)
    index = SearchIndex(tmp_path / "index")
    index.rebuild([_with_word(letters[0], "oudewoordx")], library_state="old", procs=1)
    other = SearchIndex(tmp_path / "index")  # another window or process on the same folder
    seen = []

    def new_letters():
        for i, letter in enumerate(letters):
            if i == 2:  # the new generation is half written: search now
                for ix in (index, other):
                    seen.append((ix.search("oudewoordx").total, ix.search("nieuwwoordx").total,
                                 ix.state()))
            yield _with_word(letter, "nieuwwoordx")

    assert index.rebuild(new_letters(), library_state="new", total=3, procs=1)
    assert seen == [(1, 0, "old"), (1, 0, "old")]
    for ix in (index, other):
        assert ix.search("oudewoordx").total == 0
        assert ix.search("nieuwwoordx").total == 3
        assert ix.state() == "new"
        ix.close()


