"""One long-lived searcher per index object, and searches that stop when cancelled."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from testdata import record_calls

from desktop_app.model import Letter, Metadata
from desktop_app.search import SearchCancelled, SearchIndex, matching, searching

LETTERS = [
    Letter(id=f"l{i}", metadata=Metadata(title=f"Brief {i}", date=f"202{i % 5}-03-15",
                                         dossier=f"1963{i % 3}"),
           text=f"De minister schrijft over asiel en opvang, brief nummer {i}. "
                + ("Gaswinning in Groningen. " if i % 2 else "Klimaat en energie. ") * 3)
    for i in range(12)
]


@pytest.fixture
def index(tmp_path) -> SearchIndex:
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(LETTERS, library_state="s1")
    yield ix
    ix.close()


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The index generations a searcher was opened on, in order."""
    calls = record_calls(monkeypatch, searching.whoosh_index, "open_dir")
    return calls


def _in_thread(fn):
    out: list = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join(60)
    assert not thread.is_alive()
    return out[0]


def test_searches_from_any_thread_share_one_searcher(index, opened):
    first = index.search("asiel")
    again = _in_thread(lambda: index.search("gaswinning"))
    third = _in_thread(lambda: index.search("asiel"))
    assert len(opened) == 1  # a searcher per thread opened one per (short-lived) pool thread
    assert first.total == third.total == 12 and again.total == 6


def test_a_commit_opens_a_new_searcher_and_closes_the_old(index):
    index.search("asiel")
    old = index._shared[0]
    extra = replace(LETTERS[0], id="new", text="Een nieuwe brief over stikstof.")
    index.update([extra], library_state="s2")
    assert [h.id for h in index.search("stikstof").hits] == ["new"]
    assert old.is_closed
    new = index._shared[0]
    assert new is not old
    index.search("stikstof")
    assert index._shared[0] is new  # unchanged index: the same searcher


def test_a_rebuild_closes_the_searcher(index):
    index.search("asiel")
    old = index._shared[0]
    index.rebuild(LETTERS[:3], library_state="s3")
    assert old.is_closed and index._shared is None
    assert index.search("asiel").total == 3


def test_close_closes_the_searcher_and_a_later_search_opens_one(index):
    index.search("asiel")
    old = index._shared[0]
    index.close()
    assert old.is_closed
    assert index.search("asiel").total == 12


def test_concurrent_searches_take_turns_and_give_their_own_results(index):
    barrier = threading.Barrier(4)
    results: dict[str, set] = {}

    def run(query: str) -> None:
        barrier.wait(30)
        for _ in range(5):
            result = index.search(query, limit=50)
            results.setdefault(query, set()).add(frozenset(h.id for h in result.hits))

    threads = [threading.Thread(target=run, args=(q,))
               for q in ("asiel", "gaswinning", "klimaat", '"in groningen"')]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    odd = frozenset(f"l{i}" for i in range(1, 12, 2))
    even = frozenset(f"l{i}" for i in range(0, 12, 2))
    assert results == {"asiel": {odd | even}, "gaswinning": {odd}, "klimaat": {even},
                       '"in groningen"': {odd}}


def test_warm_opens_the_searcher_and_its_tables(index, opened):
    index.warm()
    assert len(opened) == 1 and index._shared_tables is not None
    index.search("asiel")
    assert len(opened) == 1


# -- cancelling ------------------------------------------------------------------------------

def test_a_search_cancelled_from_the_start_stops(index):
    with pytest.raises(SearchCancelled):
        index.search("asiel", cancelled=lambda: True)


def _count_checks(index: SearchIndex, query: str) -> int:
    asked = []
    index.search(query, cancelled=lambda: asked.append(1) and False)
    return len(asked)


@pytest.mark.parametrize("query", ["asiel", '"minister schrijft"', "gas*", "asiel datum:2021"])
def test_a_search_stops_at_whichever_phase_it_is_cancelled_in(index, query):
    checks = _count_checks(index, query)
    assert checks >= 5  # start, ranking, matching set, hits, facets
    expected = index.search(query)
    for stop_at in range(1, checks + 1):
        asked = []

        def cancelled(stop_at=stop_at, asked=asked) -> bool:
            asked.append(1)
            return len(asked) >= stop_at

        with pytest.raises(SearchCancelled):
            index.search(query, cancelled=cancelled)
        assert len(asked) == stop_at  # it stopped at the first True, asked nothing more
    again = index.search(query)  # a cancelled search leaves nothing behind
    assert (again.hits, again.total, again.facets) == (expected.hits, expected.total,
                                                       expected.facets)
    assert getattr(matching._BLOCKS, "cache", None) is None  # no decoded blocks kept
