"""The window's search service: a newer query cancels the running one; stale results are
never shown. The running search is held by an injected blocking step, released on conditions."""

from __future__ import annotations

import threading

import pytest

from desktop_app.model import Letter, Metadata
from desktop_app.search import SearchCancelled, SearchIndex, searching
from desktop_app.ui.library.library_jobs import SearchService

LETTERS = [
    Letter(id="asiel", metadata=Metadata(title="Asiel", date="2021-01-01"),
           text="De opvang van asielzoekers en het asiel beleid."),
    Letter(id="gas", metadata=Metadata(title="Gas", date="2022-01-01"),
           text="De gaswinning in Groningen wordt afgebouwd."),
]


@pytest.fixture
def index_dir(tmp_path):
    ix = SearchIndex(tmp_path / "index")
    ix.rebuild(LETTERS, library_state="s1")
    ix.close()
    return tmp_path / "index"


@pytest.fixture
def blocked(monkeypatch):
    """Ranking of a query on "asiel" blocks until ``release`` is set; ``entered`` says it is
    blocked."""
    entered, release = threading.Event(), threading.Event()

    def blocking(real):
        def ranking(searcher, q, *args):
            if "asiel" in repr(q) and not release.is_set():
                entered.set()
                assert release.wait(60), "the test never released the blocked search"
            return real(searcher, q, *args)
        return ranking

    # a word is ranked by flat_top, other queries by Whoosh (_top)
    monkeypatch.setattr(searching, "_top", blocking(searching._top))
    monkeypatch.setattr(searching, "flat_top", blocking(searching.flat_top))
    return entered, release


@pytest.fixture
def service(index_dir, qtbot):
    service = SearchService(index_dir)
    outcomes: list[tuple[str, str]] = []
    real_search = service.index.search

    def recording(query, **options):
        try:
            result = real_search(query, **options)
        except SearchCancelled:
            outcomes.append((query, "cancelled"))
            raise
        outcomes.append((query, "done"))
        return result

    service.index.search = recording
    service.outcomes = outcomes
    yield service
    service.close()


def test_a_newer_query_cancels_the_running_one(service, blocked, qtbot):
    entered, release = blocked
    shown = []
    service.result_ready.connect(shown.append)
    service.search("asiel")
    qtbot.waitUntil(entered.is_set, timeout=30_000)  # the first search is running
    service.search("gaswinning")  # cancels it
    with qtbot.waitSignal(service.result_ready, timeout=30_000) as blocker:
        release.set()
    assert blocker.args[0].query == "gaswinning"
    assert [h.id for h in blocker.args[0].hits] == ["gas"]
    qtbot.waitUntil(lambda: not service.runner._jobs, timeout=30_000)  # both delivered
    # the running search stopped at its next phase instead of finishing its (stale) result
    assert service.outcomes == [("asiel", "cancelled"), ("gaswinning", "done")]
    assert [r.query for r in shown] == ["gaswinning"]


def test_a_search_that_is_not_replaced_finishes(service, blocked, qtbot):
    entered, release = blocked
    service.search("asiel")
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    with qtbot.waitSignal(service.result_ready, timeout=30_000) as blocker:
        release.set()
    assert [h.id for h in blocker.args[0].hits] == ["asiel"]
    assert service.outcomes == [("asiel", "done")]


def test_closing_cancels_the_running_search(service, blocked, qtbot):
    entered, release = blocked
    service.search("asiel")
    qtbot.waitUntil(entered.is_set, timeout=30_000)
    asked_to_stop = service.runner._jobs[service._job][1]  # the job's cancel event
    helper = threading.Thread(target=lambda: (asked_to_stop.wait(60), release.set()))
    helper.start()  # releases the blocked step once close() has asked the search to stop
    service.close()
    helper.join(60)
    assert service.runner.wait(60_000)
    assert service.outcomes == [("asiel", "cancelled")]
