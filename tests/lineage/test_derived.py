"""The linker's derived data in library.db (issue 20 at library scale): each letter's
referring sentences and words are found once, kept, read back, found again for a letter
that is new or changed, and rebuilt when the table is missing; the proposals are the same
as when every letter is read afresh."""

from __future__ import annotations

import pytest
from testdata import CHAIN_PROMISE, import_chain, record_calls

from desktop_app.lineage import linker
from desktop_app.lineage import service as service_module
from desktop_app.lineage.service import LineageService
from desktop_app.store import lineage_derived


@pytest.fixture
def chain(tmp_path):
    with import_chain(tmp_path) as lib:
        yield lib


@pytest.fixture
def found(monkeypatch):
    """The letters whose referring sentences are found (not read back)."""
    letters = record_calls(monkeypatch, service_module, "references", lambda letter: letter.id)
    return letters


def _proposals(lib, service):
    return [(c.number, c.proposals) for c in service.lineage(CHAIN_PROMISE).commitments]


def _fresh(lib) -> list:
    """The proposals with the linker's view built from the letters themselves."""
    service = LineageService(lib)
    service._linker = linker.Library.of(lib.iter_letters())
    service._state = lib._index_state()
    return _proposals(lib, service)


def test_derived_rows_are_kept_read_back_and_rebuilt_when_missing(chain, found):
    n = chain.count()
    first = LineageService(chain)
    proposals = _proposals(chain, first)
    assert sorted(found) == sorted(chain.letters.ids()) and len(found) == n
    assert chain.letters.db[lineage_derived.TABLE].count == n
    found.clear()
    again = LineageService(chain)  # a new session: read back, nothing found again
    assert _proposals(chain, again) == proposals and found == []
    lineage_derived.drop(chain.letters)
    rebuilt = LineageService(chain)
    assert _proposals(chain, rebuilt) == proposals and len(found) == n
    assert chain.letters.db[lineage_derived.TABLE].count == n
    assert proposals == _fresh(chain)
    assert any(p for _, p in proposals)  # real proposals compared, not empty lists


def test_only_a_new_or_changed_letter_is_read_again(chain, found, tmp_path):
    service = LineageService(chain)
    service.linker_library()
    found.clear()
    stale = chain.letters.ids()[0]
    chain.letters.db.execute(f"update {lineage_derived.TABLE} set version = 'old' "
                             "where letter_id = ?", [stale])
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "other.txt").write_text(
        "Geachte voorzitter,\n\nHierbij informeer ik u over de ruimtevaartsubsidies.\n",
        encoding="utf-8")
    added = chain.import_paths([extra / "other.txt"]).added
    service.linker_library()  # the library changed: the view is built again
    assert sorted(found) == sorted([stale, *added]) and len(added) == 1
    assert service.builds == 2


def test_a_read_only_library_keeps_nothing_and_still_proposes(chain, found, monkeypatch):
    monkeypatch.setattr(chain.letters, "read_only", True)
    service = LineageService(chain)
    proposals = _proposals(chain, service)
    assert lineage_derived.TABLE not in chain.letters.db.table_names()
    monkeypatch.setattr(chain.letters, "read_only", False)
    assert proposals == _fresh(chain)
